package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 16, contradictions lane: the invented parties of contra15_test.go,
// Orlan (X), Vessan (Y) and the Kasu Front (K), and the UN (UNO).

// TestCivilianDisputeSides: a civilian_targeting dispute stands between
// the side whose civilians were hit and the accused. Where no accuser is
// the side hit, the parties that accuse stand in it and an international
// body only where no party accuses; a side is hit only by an event that
// names civilians as its target (not one typed as violence against
// civilians whose target the extractor read as fighters).
func TestCivilianDisputeSides(t *testing.T) {
	s1 := "The Front said Orlan jets bombed villages near Kasu, killing 30 villagers."
	s2 := "The UN mission said it had credible reports that civilians were killed near Kasu."
	s3 := "The Orlan command said its jets struck camps of the Front near Kasu."
	s4 := "The Vessan ministry said Orlan jets bombed villages near Kasu, killing 30 villagers."
	s5 := "The Front announced the deaths of four of its members near Kasu."
	s6 := "The Orlan command denied that its jets had targeted civilians near Kasu."
	frontAccuses := contraClaim{"K", "assert", "Orlan jets bombed villages near Kasu, killing 30 villagers"}
	unSays := contraClaim{"UNO", "assert", "it had credible reports that civilians were killed near Kasu"}
	strikeOnFront := contraClaim{"X", "assert", "its jets struck camps of the Front near Kasu"}
	bombed := func(claim int) contraEvent {
		return contraEvent{claim: claim, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "Orlan jets bombed villages"}
	}
	unEvent := contraEvent{claim: 1, typ: parallax.EventViolenceCivilians, target: "Y", kind: "civilian", words: "civilians were killed"}
	strikeEvent := contraEvent{claim: 2, typ: parallax.EventExplosions, init: "X", target: "K", kind: "military", words: "its jets struck camps"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"an international body beside an accusing party", contraDoc{text: s1 + " " + s2 + " " + s3,
			claims: []contraClaim{frontAccuses, unSays, strikeOnFront},
			events: []contraEvent{bombed(0), unEvent, strikeEvent}},
			[]string{"civilian_targeting:::K=true,X=false"}},
		{"an international body the only accuser", contraDoc{text: s2 + " " + s3,
			claims: []contraClaim{unSays, strikeOnFront},
			events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "civilians were killed"},
				{claim: 1, typ: parallax.EventExplosions, init: "X", target: "K", kind: "military", words: "its jets struck camps"}}},
			[]string{"civilian_targeting:::UNO=true,X=false"}},
		{"deaths of fighters make their side no side hit", contraDoc{text: s4 + " " + s5 + " " + s6,
			claims: []contraClaim{{"Y", "assert", "Orlan jets bombed villages near Kasu, killing 30 villagers"},
				{"K", "assert", "the deaths of four of its members near Kasu"},
				{"X", "deny", "its jets had targeted civilians near Kasu"}},
			events: []contraEvent{bombed(0),
				{claim: 1, typ: parallax.EventViolenceCivilians, target: "K", kind: "unknown", words: "the deaths of four"}}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
