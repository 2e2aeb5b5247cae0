package claim_test

import "testing"

// TestRoleSides20Rules: the forms session 20's role-side lane made
// parallax read, with negatives. "Its" takes the party that opens its
// sentence or the one before, a state named bare included, not the other
// party named since; a rank after the title's comma is the person's; an
// opposition politician (not a lawmaker) speaks for no state; a service's
// unnamed spokesperson is not the foreign ministry's spokesperson of the
// knowledge base; an official of an international body keeps its side in
// the pronouns after; "his office" after a sentence naming two leaders
// is its subject's; a UN mission's acronym defined after "... in STATE"
// is the mission's. Sentences invented.
func TestRoleSides20Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"its after a state named bare",
			"ACCRA — Ghana's navy said Togolese boats had entered its waters on Sunday. Togo rejected the account. Its interior minister, Hodabalo Awate, told reporters the boats had been fishing legally.",
			"told", "Hodabalo Awate", "TGO", "assert", "-"},
		{"its takes the subject, not the party named after it",
			"ACCRA — The Ghana Armed Forces said Burkinabe gunmen had crossed into Bawku district. Its spokesman, Colonel Kwame Asante, warned that patrols would be doubled.",
			"warned", "Kwame Asante", "GHA", "assert", "-"},
		{"its before an unnamed title",
			"ACCRA — Ghana accused Togo of sheltering smugglers on Monday. Togo has given another account. Its military spokesman told reporters that no smuggler had crossed.",
			"told", "military spokesman", "TGO", "assert", "-"},
		{"an opposition politician speaks for no state, whatever office the base gives",
			"NAIROBI — Kenyan opposition leader Raila Odinga told supporters in Kisumu that the police had shot three protesters.",
			"told", "Raila Odinga", "", "assert", "Raila Odinga"},
		{"an army spokesman is not the foreign ministry's",
			"ISLAMABAD — Pakistan's army said Indian shelling had killed two civilians in Kotli. An Army spokesman told reporters one soldier had been wounded.",
			"told", "Army spokesman", "PAK", "assert", "Government of Pakistan"},
		{"a UN official's pronoun",
			"N'DJAMENA — The UN resident coordinator in Chad, Mariam Keita, said 30,000 refugees had arrived this month. She added that the camps were full.",
			"added", "She", "UNO", "assert", "-"},
		{"his office after two leaders: the subject's",
			"ACCRA — President John Mahama spoke by telephone with Togo's President Faure Gnassingbe on Monday, his office said.",
			"said", "his office", "GHA", "assert", "John Mahama"},
		{"a UN mission's acronym after the state it works in",
			"BISSAU — The United Nations Mission in Guinea-Bissau (UNMGB) said three peacekeepers had been hurt. UNMGB warned that the road to Bafata was unsafe.",
			"warned", "UNMGB", "UNO", "assert", "-"},
		{"a state body's acronym stays the state's",
			"CHISINAU — The Border Police of Moldova (BPM) said two smugglers had been detained. BPM warned that the crossing at Palanca would stay closed.",
			"warned", "BPM", "MDA", "assert", "-"},
	})
}
