package quantity

import "testing"

// TestCountOwner22Captives: people a side arrests or takes prisoner are not
// its own. Suspects the police arrest after an armed group's attack are
// that group's, where the story names one; prisoners a state's forces take
// are the captor's enemy's. Captives whose own words name them, and arrests
// in a story that names no group, keep their owner (invented sentences;
// golds: Kenyan police's and Nigerian troops' arrests of suspects; battery
// countowner22: "the Indian army said it had taken 93,000 prisoners").
func TestCountOwner22Captives(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"suspects of the story's group", "Fighters of the Black Ridge Front stormed a Zorvian border post on Sunday, killing nine guards. Zorvian police later arrested six people on suspicion of sheltering the attackers, the governor said.",
			[]claimCue{{"Zorvian police later arrested six people on suspicion of sheltering the attackers", "said", "BLR"}}, ents,
			[]string{"nine guards|killed|9|killed|BLR|", "six people|captured|6|captured|BRF|BLR"}},
		{"prisoners a state's army took", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said its troops had taken 400 prisoners near the bridge.",
			[]claimCue{{"its troops had taken 400 prisoners near the bridge", "said", "BLR"}}, ents,
			[]string{"400 prisoners|captured|400|captured|MDA|BLR"}},
		{"captives named by their own words", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said its troops had captured 40 Ruritanian soldiers.",
			[]claimCue{{"its troops had captured 40 Ruritanian soldiers", "said", "BLR"}}, ents,
			[]string{"40 Ruritanian soldiers|captured|40|captured|MDA|BLR"}},
	})
}
