package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestDeniedCaptureOfFighters: a side that denies that any of its
// soldiers was captured answers the other side's count of its soldiers
// captured, though the two share few words: a denial contradiction, which
// holds the dispute (no count beside it). A denial naming no fighters
// ("any of its people"), or a rival figure of people named otherwise
// ("six villagers"), must still share the claim's words. Parties
// invented: Orlan (X), Vessan (Y).
func TestDeniedCaptureOfFighters(t *testing.T) {
	s1 := "The Orlan command said its units repulsed the attack near Kasu and captured 12 Vessan soldiers."
	assertion := contraClaim{"X", "assert", "its units repulsed the attack near Kasu and captured 12 Vessan soldiers"}
	soldiers := contraCount{claim: 0, item: "captured", owner: "Y", by: "X", n: 12, words: "12 Vessan soldiers"}
	s1v := "The Orlan command said its units repulsed the attack near Kasu and captured 12 Vessan villagers."
	assertionV := contraClaim{"X", "assert", "its units repulsed the attack near Kasu and captured 12 Vessan villagers"}
	villagers := contraCount{claim: 0, item: "captured", owner: "Y", by: "X", n: 12, words: "12 Vessan villagers"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"soldiers captured, denied", contraDoc{text: s1 + " A Vessan spokesman denied that any Vessan soldier had been taken prisoner.",
			claims: []contraClaim{assertion, {"Y", "deny", "any Vessan soldier had been taken prisoner"}},
			counts: []contraCount{soldiers}},
			[]string{"denial:::X=true,Y=false"}},
		{"its people, not named as fighters", contraDoc{text: s1 + " A Vessan spokesman denied that any of its people had been captured.",
			claims: []contraClaim{assertion, {"Y", "deny", "any of its people had been captured"}},
			counts: []contraCount{soldiers}},
			nil},
		{"villagers captured, soldiers denied", contraDoc{text: s1v + " A Vessan spokesman denied that any Vessan soldier had been taken prisoner.",
			claims: []contraClaim{assertionV, {"Y", "deny", "any Vessan soldier had been taken prisoner"}},
			counts: []contraCount{villagers}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestFightersAnswer: the rival figure must be the party's figure of
// fighters, and the denial must name fighters.
func TestFightersAnswer(t *testing.T) {
	fighters := partyValue{value: 12}
	fighters.byVictims[victimsFighters] = classFigure{value: 12, has: true}
	civilians := partyValue{value: 12}
	civilians.byVictims[victimsCivilians] = classFigure{value: 12, has: true}
	mixed := partyValue{value: 20}
	mixed.byVictims[victimsFighters] = classFigure{value: 12, has: true}
	named := &claimF{stance: parallax.StanceDeny, lost: 1<<slices.Index(lossItems, "captured") | lostFighters}
	bare := &claimF{stance: parallax.StanceDeny, lost: 1 << slices.Index(lossItems, "captured")}
	for _, tc := range []struct {
		name string
		d    *claimF
		p    partyValue
		want bool
	}{
		{"fighters and fighters", named, fighters, true},
		{"fighters and civilians", named, civilians, false},
		{"the rival's largest figure is not of fighters", named, mixed, false},
		{"no fighters named in the denial", bare, fighters, false},
	} {
		if got := fightersAnswer(tc.d, tc.p); got != tc.want {
			t.Errorf("%s: fightersAnswer = %v, want %v", tc.name, got, tc.want)
		}
	}
}
