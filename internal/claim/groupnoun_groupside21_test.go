package claim_test

import "testing"

// TestGroupNoun21Rules: a class noun of armed groups, a source in one, a
// title "the group's" owns and "the statement" after the group spoke take
// the story's one non-state party; a class noun after a sideless
// organisation that opened a sentence, one that a state's unit carries in
// its name, and one in a story with two groups named as often take none.
// Sentences and groups invented.
func TestGroupNoun21Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"the movement after the group spoke paragraphs before", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe army has not published its losses. Residents fled to the hills.\n\nThe movement said later that it had lost no one.", "said", "movement", "KORAVUBA", "assert", "it had lost no one"},
		{"a source in the movement", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe army has not published its losses. Residents fled to the hills.\n\nA source in the movement said three fighters had been wounded.", "said", "source", "KORAVUBA", "assert", "three fighters"},
		{"a headline's bare class noun", "Militia denies burning village\n\nThe armed movement KORA-Vuba denied on Friday that its fighters had burned the village of Kiri.", "denies", "Militia", "KORAVUBA", "deny", "burning village"},
		{"the group's spokesman", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe army said it had killed 12 attackers.\n\nThe group's spokesman said its losses were small.", "said", "spokesman", "KORAVUBA", "assert", "its losses were small"},
		{"the statement after the group spoke", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post. The group's spokesman said its losses were small. \"We lost no one,\" the statement said.", "said", "statement", "KORAVUBA", "assert", "We lost no one"},
		// negatives
		{"the group after a rights network", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe Lowa Doctors Network said 14 civilians had been wounded. The group blamed both sides.", "blamed", "group", "-", "assert", "both sides"},
		{"the group of a state's unit", "The armed movement KORA-Vuba said on Friday that its fighters had attacked a police post.\n\nThe navy's Coastal Task Group said it had stopped a boat. The group said four men had been arrested.", "said", "group", "-", "assert", "four men"},
	})
}

// TestDeFactoSpeaker21Rules: a speaker the claim stage sides by the
// story's state takes the state's de facto ruler on the day (the Taliban
// after 15 August 2021); a named person of the former government keeps
// the state's side. Sentences invented.
func TestDeFactoSpeaker21Rules(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"an outlet's own ministry", "KABUL — Afghanistan will not allow attacks from its soil, the spokesman said on Sunday. Our defence ministry has said that the border posts were repaired on Friday.", "said", "defence ministry", "TALIBAN", "assert", "border posts were repaired"},
	})
}
