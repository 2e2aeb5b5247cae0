package claim_test

import "testing"

// TestUnnamedSpeakersOfNamedBodies: an unnamed speaker whose side the
// story gives in its own phrase ("a source in BODY", "a BODY source"), in
// a speaker of the same kind just before ("the same source", "the
// officer"), or by a short form of a body's name given in full before
// ("the Resistance" after "the Islamic Resistance"). Sentences invented.
func TestUnnamedSpeakersOfNamedBodies(t *testing.T) {
	burkina := "Burkinabe soldiers repelled an attack on the town of Kaya on Sunday, Burkina Faso's army reported. Burkina Faso's government praised the troops. " +
		"According to a military source, more than 40 attackers were killed in the fighting. " +
		"\"We pushed them back before dawn,\" the same source said."
	kashmir := "Indian troops and Pakistani soldiers exchanged fire along the Line of Control on Friday, Indian officials said. " +
		"India's army said two soldiers were wounded. Two houses burned in Uri, a police officer said. " +
		"Five civilians were injured, according to the officer."
	lebanon := "An Israeli strike hit a house in a Lebanese village on Tuesday. The Islamic Resistance said its fighters fired rockets at a barracks in response. " +
		"The Resistance also announced that it had downed a drone over the valley."
	runSpeakerCases(t, []speakerCase{
		{"a source in a body", "Two fighters were killed in an Israeli strike in Rafah on Monday. A source in Hamas told reporters that the men were not on duty.", "told", "source", "HAMAS", "-", "-"},
		{"a body's source before the noun", "The Taliban seized a district centre in the north on Monday. A Taliban source said that 12 soldiers had surrendered.", "said", "-", "TALIBAN", "-", "-"},
		{"the same source", burkina, "said", "source", "BFA", "-", "-"},
		{"the officer after a police officer", kashmir, "according to", "officer", "IND", "-", "-"},
		{"short form of a body's name", lebanon, "announced", "Resistance", "HEZBOLLAH", "-", "-"},
	})
}

// TestNamedEnemy: a partisan outlet's bare "the enemy" is the state the
// story itself calls the enemy ("the Israeli enemy"); a story that names
// no state so leaves its enemy unsided. Sentences invented.
func TestNamedEnemy(t *testing.T) {
	named := "The Israeli enemy shelled the outskirts of a southern village at dawn on Tuesday, wounding three farmers, our correspondent reported. " +
		"The enemy claimed that its strikes targeted a weapons depot."
	bare := "Shells fell on the outskirts of a southern village at dawn on Tuesday, wounding three farmers, our correspondent reported. " +
		"The enemy claimed that its strikes targeted a weapons depot."
	runSpeakerCases(t, []speakerCase{
		{"the enemy named before", named, "claimed", "enemy", "ISR", "assert", "-"},
		{"no enemy named", bare, "claimed", "enemy", "", "assert", "-"},
	})
}
