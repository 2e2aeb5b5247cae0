package quantity

import "testing"

// TestCountOwner24OfThemNearest: "N of them" after both a state's forces
// and the fighters they engaged stands for the nearer noun, the people the
// verb acted on, not the forces that acted (invented sentences; gold: an
// army's soldiers who engaged rebels "killing N of them").
func TestCountOwner24OfThemNearest(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"the fighters engaged", "Fighters of the Black Ridge Front raided a Zorvian village on Sunday. The Zorvian army said its soldiers had engaged the rebels at dawn, killing 14 of them.",
			[]claimCue{{"its soldiers had engaged the rebels at dawn, killing 14 of them", "said", "BLR"}}, ents,
			[]string{"14 of them|killed|14|killed|BRF|BLR"}},
		{"the soldiers alone", "Fighters of the Black Ridge Front raided a Zorvian base on Sunday. The Zorvian army said 30 soldiers had held the gate and that nine of them were wounded.",
			[]claimCue{{"30 soldiers had held the gate and that nine of them were wounded", "said", "BLR"}}, ents,
			[]string{"nine of them were wounded|wounded|9|wounded|BLR|BLR"}},
	})
}
