package claim_test

import (
	"fmt"
	"testing"
)

// TestHomeStateBodies: a public body the knowledge base lacks, named bare
// ("The Bureau of Border Affairs said"), speaks for the story's state,
// else its dateline's, else its outlet's; its initials and "Its
// spokesman, NAME" follow. A firm's or an activists' body's name, and a
// body after another owner's possessive, stay unsided. Sentences
// invented.
func TestHomeStateBodies(t *testing.T) {
	border := "PHNOM PENH — Thai troops fired shells across the border near Preah Vihear on Monday, Cambodia's army reported. Cambodian officials insisted Thailand had started the fighting. "
	runSpeakerCases(t, []speakerCase{
		{"a bare bureau under a capital's dateline", border + "The Bureau for Border Affairs said two farmers had been wounded.", "said", "Bureau for Border Affairs", "KHM", "-", "-"},
		{"its initials after it", border + "The Bureau for Border Affairs (BBA) said two farmers had been wounded. The BBA added that the shelling had stopped.", "added", "BBA", "KHM", "-", "-"},
		{"its spokesman", border + "The Bureau for Border Affairs reported that two farmers had been wounded. Its spokesman, Chea Sokha, said the shells had hit a school.", "said", "Chea Sokha", "KHM", "-", "-"},
		{"a firm's service stays unsided", border + "The Angkor Taxi Service said its drivers had stopped work.", "said", "Angkor Taxi Service", "", "-", "-"},
		{"an activists' committee stays unsided", border + "The Khmer Solidarity Committee said the farmers were civilians.", "said", "Khmer Solidarity Committee", "", "-", "-"},
	})
}

// TestPlacedOfficials: an unnamed officer or official placed in a town
// by "in" or "at" speaks for the state the town lies in, whichever
// state the story names most; a rebel or former officer, and people of
// no office, stay unsided. Sentences invented.
func TestPlacedOfficials(t *testing.T) {
	story := "Cambodia accused Thailand of killing two farmers. Cambodian troops returned fire, Cambodia's defence ministry reported. Cambodia called for talks with Cambodia's neighbours. "
	runSpeakerCases(t, []speakerCase{
		{"an officer in a town of the other state", story + "A senior army officer in Surin, who asked not to be named, said the Cambodian troops had fired first.", "said", "senior army officer", "THA", "-", "-"},
		{"officials at a town", story + "Two officials at Surin said the shelling had stopped.", "said", "Two officials", "THA", "-", "-"},
		{"a rebel officer stays unsided", story + "A rebel officer in Surin said the shelling had stopped.", "said", "officer", "", "-", "-"},
		{"a doctor stays unsided", story + "A doctor in Surin said six soldiers had been wounded.", "said", "doctor", "", "-", "-"},
	})
}

// TestHomeMinistries: a ministry named bare and capitalised before any
// ministry of its kind has been named with a state is the home state's
// (the dateline's when the story names that state again), and so are
// its initials, even in the headline before it, and "Its spokesperson,
// NAME"; after another state's ministry of the kind, the bare name
// refers back to it. Sentences invented.
func TestHomeMinistries(t *testing.T) {
	nepal := "MHA accuses India over Lipulekh road\n\nKATHMANDU — The Ministry of Home Affairs accused India on Monday of building a road through Lipulekh. Its spokesperson, Sewa Lamsal, said Nepal had sent a diplomatic note. Nepal wants talks, and Nepalese officials expect a reply this month."
	runSpeakerCases(t, []speakerCase{
		{"the bare ministry under the dateline", nepal, "accused", "Ministry of Home Affairs", "NPL", "-", "-"},
		{"its initials in the headline", nepal, "accuses", "MHA", "NPL", "-", "-"},
		{"its spokesperson", nepal, "said", "Sewa Lamsal", "NPL", "-", "-"},
		{"after another state's ministry", "KATHMANDU — India's foreign ministry insisted on Monday that the road lay in India. The Foreign Ministry added that pilgrims had used it for years. Nepal wants talks.", "added", "Foreign Ministry", "IND", "-", "-"},
	})
}

// TestQuestionRelays: a reporter's question in a briefing transcript
// ("Question (OUTLET): NAME has said that C") relays the words of the one
// it names, who speaks; the outlet does not. Sentences invented.
func TestQuestionRelays(t *testing.T) {
	brief := "Briefing on the border, Dhaka (transcript, excerpts)\n\nAdviser Rafiq Hasan: We have closed two crossings.\n\nQuestion (Example Dhaka Radio): %s Will the crossings reopen?\n\nAdviser Rafiq Hasan: Not this week.\n"
	runSpeakerCases(t, []speakerCase{
		{"a body relayed", fmt.Sprintf(brief, "Myanmar's foreign ministry has said that its troops did not fire."), "said", "Myanmar's foreign ministry", "MMR", "-", "-"},
		{"a person relayed", fmt.Sprintf(brief, "Prime Minister Sheikh Hasina has said that the camps will stay open."), "said", "Sheikh Hasina", "BGD", "-", "-"},
	})
}
