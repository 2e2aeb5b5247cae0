package quantity

import "testing"

// TestGroupBodyCountsOthersAttack: a group's or de facto authority's body
// telling of the dead of another party's attack ("An Israeli airstrike ...
// left 20 dead, the civil defence agency said", HAMAS) counts the people of
// where they were hit, not the group's own losses; the group telling of
// its dead with no attacker named still counts its own.
func TestGroupBodyCountsOthersAttack(t *testing.T) {
	checkCounts(t, []countCase{
		{"victims", "An Israeli airstrike on a clinic in Beit Hanoun left 14 dead, the civil defence agency said.",
			[]claimCue{{"An Israeli airstrike on a clinic in Beit Hanoun left 14 dead", "said", "HAMAS"}},
			[]entitySpec{{"Beit Hanoun", "place:PS", ""}},
			[]string{"14 dead|killed|14|killed|PSE|HAMAS"}},
		// unchanged: no attacker named
		{"own", "The fighting left 9 dead, the group said.",
			[]claimCue{{"The fighting left 9 dead", "said", "HAMAS"}}, nil,
			[]string{"9 dead|killed|9|killed|HAMAS|HAMAS"}},
	})
}
