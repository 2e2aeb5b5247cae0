package claim_test

import "testing"

// TestSides29GroupSpeakers: an armed group's fighters, commanders and
// media named by the group's name or by a class noun in a story about
// it speak for the group (session 29, lane sides3). Sentences invented;
// the positive cases failed before the rules.
func TestSides29GroupSpeakers(t *testing.T) {
	const angola = "GOMA — Government troops attacked the town of Masisi in Congo. "
	const salvador2 = "GOMA — Soldiers fought M23 fighters near the town of Masisi on Monday. "
	runSpeakerCases(t, []speakerCase{
		{"the group's name before a class noun", angola + "M23 rebels said on Thursday they had beaten back the offensive.", "said", "-", "M23", "assert", "-"},
		{"a rebel commander in a story about one group", salvador2 + "A rebel commander told foreign reporters the offensive would go on.", "told", "-", "M23", "assert", ""},
		{"the rebels' radio", angola + "M23 claimed the town. The rebels' radio said villagers were fleeing government bombing.", "said", "-", "M23", "assert", ""},
		// negatives: a rebel's title in a story that names no armed party,
		// a state's radio
		{"a rebel commander in a story about no group", "GOMA — Soldiers fought near the town of Masisi on Monday. A rebel commander told foreign reporters the offensive would go on.", "told", "-", "", "assert", ""},
		{"the army's radio", "GOMA — Soldiers fought M23 fighters near the town of Masisi on Monday. The army's radio said the town was calm.", "said", "-", "COD", "assert", "-"},
	})
}
