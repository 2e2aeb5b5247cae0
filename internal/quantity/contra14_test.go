package quantity

import "testing"

// TestLongTollPhrase: a death toll whose phrase of where and what runs
// long ("the death toll from a missile strike on an apartment block in
// the central city of X rose to 11") ends at its figure when a verb of
// rising leads to it; a number that far after "toll" with no such verb is
// none of it (invented sentences).
func TestLongTollPhrase(t *testing.T) {
	checkCounts(t, []countCase{
		{"long phrase, rose to", "The death toll from a Vessan missile strike on an apartment block in the central Orlan city of Kasu rose to 11 on Sunday.", nil,
			[]entitySpec{{"Kasu", "place:UA", ""}},
			[]string{"11|killed|11|killed|UKR|"}},
		{"long phrase, has climbed to", "The death toll from the collapse of a five-storey apartment block after a drone strike on the northern district of Kasu has climbed to 14.", nil,
			[]entitySpec{{"Kasu", "place:UA", ""}},
			[]string{"14|killed|14|killed|UKR|"}},
		{"long phrase, no rise", "The death toll from a Vessan missile strike on an apartment block in the central Orlan city of Kasu was among the highest in 2023 for 12 regions.", nil,
			[]entitySpec{{"Kasu", "place:UA", ""}},
			nil},
	})
}
