package quantity

import "testing"

// TestCountOwner26NamedLosses: a toll given as a side's losses by the
// side's name or demonym right before the toll noun ("X losses were N
// dead", "put X losses at N dead", "X losses in the fighting stood at N
// dead") is that side's, whoever tells it; a toll noun with no name before
// it, or a count a verb of its own governs, is left to the other rules
// (invented sentences; golds: ministries and generals giving the enemy's
// losses as their figure).
func TestCountOwner26NamedLosses(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"losses were", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said Ruritanian losses were \"above 300 dead\".",
			[]claimCue{{"Ruritanian losses were \"above 300 dead\"", "said", "BLR"}}, ents,
			[]string{"300 dead|killed|300|killed|MDA|BLR"}},
		{"put losses at", "Zorvian and Ruritanian troops fought along the river for a week. A Zorvian general said 20 soldiers had been killed and put Ruritanian losses at \"at least 90 dead\".",
			[]claimCue{{"20 soldiers had been killed and put Ruritanian losses at \"at least 90 dead\"", "said", "BLR"}}, ents,
			[]string{"20 soldiers|killed|20|killed|BLR|BLR", "90 dead|killed|90|killed|MDA|BLR"}},
		{"a phrase between", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said Ruritanian losses in three days of fighting near the river stood at about 400 dead.",
			[]claimCue{{"Ruritanian losses in three days of fighting near the river stood at about 400 dead", "said", "BLR"}}, ents,
			[]string{"400 dead|killed|400|killed|MDA|BLR"}},
		{"its own losses", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said its own losses were 12 dead.",
			[]claimCue{{"its own losses were 12 dead", "said", "BLR"}}, ents,
			[]string{"12 dead|killed|12|killed|BLR|BLR"}},
		{"no name before the losses", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said 40 Ruritanian soldiers were killed.",
			[]claimCue{{"40 Ruritanian soldiers were killed", "said", "BLR"}}, ents,
			[]string{"40 Ruritanian soldiers|killed|40|killed|MDA|BLR"}},
	})
}

// TestCountOwner26OfItsFighters: "N of its fighters" in a side's statement
// are the speaker's own, also when the speaker is a party the base counts
// among states (a de facto authority) and "fighters" would otherwise go
// to the group the story names (invented sentences; golds: a movement's
// statement that N of its fighters became martyrs).
func TestCountOwner26OfItsFighters(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"a group's statement", "Fighters of the Black Ridge Front raided a Zorvian base on Sunday. The Black Ridge Front said 47 of its fighters had been killed.",
			[]claimCue{{"47 of its fighters had been killed", "said", "BRF"}}, ents,
			[]string{"47 of its fighters|killed|47|killed|BRF|BRF"}},
		{"a state's statement", "Fighters of the Black Ridge Front raided a Zorvian base on Sunday. The Zorvian defence ministry said 45 of its fighters had been killed.",
			[]claimCue{{"45 of its fighters had been killed", "said", "BLR"}}, ents,
			[]string{"45 of its fighters|killed|45|killed|BLR|BLR"}},
	})
}
