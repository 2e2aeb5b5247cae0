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
		{"protesters arrested stay the state's", "Fighters of the Black Ridge Front stormed a Zorvian border post on Sunday. In the capital, Zorvian police arrested 30 students who were marching against the war, the interior ministry said.",
			[]claimCue{{"In the capital, Zorvian police arrested 30 students who were marching against the war", "said", "BLR"}}, ents,
			// (the hand-made document has no places, so the other rules
			// leave them no owner; the point is that the group is not it)
			[]string{"30 students|captured|30|captured||BLR"}},
		{"captives named by their own words", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said its troops had captured 40 Ruritanian soldiers.",
			[]claimCue{{"its troops had captured 40 Ruritanian soldiers", "said", "BLR"}}, ents,
			[]string{"40 Ruritanian soldiers|captured|40|captured|MDA|BLR"}},
	})
}

// TestCountOwner22SideUnsaid: a sentence that says whose its dead are is
// not known gives them no owner, whatever place or speaker the other rules
// would give them; the count's own words still name theirs (invented
// sentences; golds: hospital bodies "without saying to which side they
// belonged"; battery countowner22: "without saying which side they had
// fought on").
func TestCountOwner22SideUnsaid(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"dead of no stated side", "Zorvian and Ruritanian troops fought in Kesh for three days. The Zorvian health ministry said 40 people had been killed and 90 wounded in Kesh, without saying which side they had fought on.",
			[]claimCue{{"40 people had been killed and 90 wounded in Kesh, without saying which side they had fought on", "said", "BLR@The Zorvian health ministry"}},
			append(ents, entitySpec{"Kesh", "place:BY", ""}),
			[]string{"40 people|killed|40|killed||BLR", "90 wounded|wounded|90|wounded||BLR"}},
		{"named dead keep their side", "Zorvian and Ruritanian troops fought in the town for three days. The Zorvian health ministry said hospitals had received the bodies of 12 Ruritanian soldiers, though it was unclear which side had shot them.",
			[]claimCue{{"hospitals had received the bodies of 12 Ruritanian soldiers, though it was unclear which side had shot them", "said", "BLR"}}, ents,
			[]string{"12 Ruritanian soldiers|killed|12|killed|MDA|BLR"}},
	})
}

// TestCountOwner22GroundForces: soldiers or police whose words name no side,
// killed or wounded by another party on the ground of the state that tells
// of them, are that state's, not the attacker's ally or enemy the rest of
// the story suggests; soldiers the speaker's own aircraft killed on its
// ground stay its enemy's (invented sentences; gold: a government's soldiers struck by an
// ally's aircraft, given the coalition the ally belongs to; materiel
// "of their" own after people of no known side is of no known side,
// battery countowner22: "40 of their pick-up trucks").
func TestCountOwner22GroundForces(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}, {"Ostrian", "gpe", "AUT"},
		{"Kesh", "place:BY", ""}, {"Ostrian-led coalition", "military", "AUT"}}
	checkCounts(t, []countCase{
		{"a state's soldiers on its ground", "The Ostrian-led coalition said Ruritanian forces had attacked its positions. Ruritanian aircraft struck army units near Kesh on Monday, killing 30 soldiers and wounding 45, the Zorvian defence ministry said.",
			[]claimCue{{"Ruritanian forces had attacked its positions", "said", "AUT"}, {"Ruritanian aircraft struck army units near Kesh on Monday, killing 30 soldiers and wounding 45", "said", "BLR"}}, ents,
			[]string{"30 soldiers|killed|30|killed|BLR|BLR", "45|wounded|45|wounded|BLR|BLR"}},
		{"the speaker's own strikes", "Ruritanian troops crossed the river at Kesh on Sunday. Zorvian aircraft struck their columns near Kesh on Monday, killing 30 soldiers, the Zorvian defence ministry said.",
			[]claimCue{{"Zorvian aircraft struck their columns near Kesh on Monday, killing 30 soldiers", "said", "BLR"}}, ents,
			[]string{"30 soldiers|killed|30|killed|MDA|BLR"}},
	})
}
