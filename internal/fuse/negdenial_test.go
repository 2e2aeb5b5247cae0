package fuse

import (
	"slices"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// TestNegatedActDeniesAsADenial: a claim asserted under a neutral cue
// whose hostile act the event stage marks negated ("said its units were
// not involved in the fighting") denies the other side's claim of that
// act as a denial does (its stance is assert by the golds' convention);
// an assertion whose negated event is no hostile act ("said it would not
// negotiate") denies nothing. Invented sentences.
func TestNegatedActDeniesAsADenial(t *testing.T) {
	s1 := "The Orlan command said its artillery destroyed positions of Vessan army units near Kasu."
	s2 := "The Vessan ministry said Vessan army units were not involved in the fighting near Kasu."
	s3 := "The Vessan ministry said Vessan army units would not negotiate over positions near Kasu."
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"negated battle", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{{"X", "assert", "its artillery destroyed positions of Vessan army units near Kasu"},
				{"Y", "assert", "Vessan army units were not involved in the fighting near Kasu"}},
			events: []contraEvent{{claim: 1, typ: parallax.EventBattles, init: "Y", kind: "military", words: "the fighting near Kasu", negated: true}}},
			[]string{"denial:::X=true,Y=false"}},
		{"negated talks", contraDoc{text: s1 + " " + s3,
			claims: []contraClaim{{"X", "assert", "its artillery destroyed positions of Vessan army units near Kasu"},
				{"Y", "assert", "Vessan army units would not negotiate over positions near Kasu"}},
			events: []contraEvent{{claim: 1, typ: parallax.EventStrategic, init: "Y", words: "negotiate over positions", negated: true}}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
