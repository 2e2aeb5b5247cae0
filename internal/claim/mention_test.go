package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSpeakerMention: the report's speaker span is the whole mention that
// names the speaker (mention.go): its determiner, possessor, titles and
// modifiers, a head after it, its role phrase and an apposition; not a
// relative clause, a phrase of time, the noun a relative cue clause hangs
// on, nor a preposition's phrase before the speaker.
func TestSpeakerMention(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct{ name, text, cue, speaker string }{
		{"determiner and possessor", "The city's water department said repairs would take four days.", "said", "The city's water department"},
		{"title before a name", "Mayor Jane Holt said the budget was balanced.", "said", "Mayor Jane Holt"},
		{"lower-case role before a name", "Consumer rights campaigner Grace Wanjiru said millions had lost service.", "said", "Consumer rights campaigner Grace Wanjiru"},
		{"title written short", "Dr. Amina Bello said the clinic was full.", "said", "Dr. Amina Bello"},
		{"role phrase with of", "The governor of Jalisco said he had never met the owners.", "said", "The governor of Jalisco"},
		{"role phrase with for", "A spokeswoman for the health ministry said clinics would open on weekends.", "said", "A spokeswoman for the health ministry"},
		{"phrase with at that ends the mention", "Analysts at a Frankfurt bank said the cuts were smaller than expected.", "said", "Analysts at a Frankfurt bank"},
		{"people familiar with", "The talks have stalled, according to people familiar with the matter.", "according to", "people familiar with the matter"},
		{"compound head after", "Unemployment rose to 7 per cent, according to Finance Ministry estimates.", "according to", "Finance Ministry estimates"},
		{"possessed head after", "Australia's captain said he still trusted his batters.", "said", "Australia's captain"},
		{"apposition before the cue", "The King's Fund, a think tank, said waiting lists would grow.", "said", "The King's Fund, a think tank"},
		{"a name apposed to a role", "Dalton's lawyer, Peter Nguyen, said his client would appeal.", "said", "Dalton's lawyer, Peter Nguyen"},
		{"apposition after an inverted speaker", `"It is a victory for every voter," said Maria Lopez, a lawyer for the families.`, "said", "Maria Lopez, a lawyer for the families"},
		{"a relative clause stays out", `"I have lost everything," said Siobhan Murphy, who runs a bookshop.`, "said", "Siobhan Murphy"},
		{"a pronoun alone", `"We will appeal," he said.`, "said", "he"},
		{"the noun of a relative cue clause stays out", "The army said the rebels were backed by foreign troops, a claim Kigali denies.", "denies", "Kigali"},
		{"a preposition's phrase before the name stays out", "In the interview Smith said the plan was dead.", "said", "Smith"},
		{"a day before the title stays out", "On Tuesday Mayor Jane Holt said the budget was balanced.", "said", "Mayor Jane Holt"},
		{"an outlet's clause after an inverted speaker stays out", "Troops shelled the border villages, reads a message from the Ministry of Defence, the agency reports.", "reads", "the Ministry of Defence"},
		{"an outlet's dotted name after an inverted speaker stays out", "Troops shelled the border villages, reads a message from the Ministry of Defence, News.az reports.", "reads", "the Ministry of Defence"},
		{"a role phrase after an inverted speaker", `"Rates will stay high for longer," said Anna Berg of the central bank.`, "said", "Anna Berg of the central bank"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				if c.Cue.Text == tc.cue {
					if c.Speaker.Text != tc.speaker {
						t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
					}
					return
				}
				got = append(got, c.Cue.Text+"|"+c.Speaker.Text)
			}
			t.Errorf("no %q claim in %q", tc.cue, got)
		})
	}
}
