package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestRenderingFollowsItsStatement: a rendering of a statement follows it
// sentence by sentence. An agency's rendering of a ministry's statement is
// found; a wire story that relays two of its points among another side's
// voice, a report that sums it up in one sentence, and a report that meets
// it only in a spokesman's line and a recalled clash, in the other order,
// are not renderings.
func TestRenderingFollowsItsStatement(t *testing.T) {
	statement := "The Ministry of Defence of Veloria said that units of the Dorvani army shelled Veloria positions near the village of Kestrel Ford with mortars and heavy machine guns on Monday night. " +
		"Veloria units returned fire and silenced the enemy firing points, the ministry said. " +
		"Two Veloria soldiers were wounded and evacuated to the military hospital in Brannock, the ministry said. " +
		"Responsibility for the escalation lies entirely with the political leadership of Dorvan, the statement said."
	rendering := "Units of the Dorvani army shelled Veloria positions near Kestrel Ford village on Monday night using mortars and heavy machine guns, the Veloria Ministry of Defence said. " +
		"The ministry said Veloria units returned fire and silenced the firing points of the enemy. " +
		"According to the ministry, two Veloria soldiers were wounded and were evacuated to the Brannock military hospital. " +
		"The ministry said the political leadership of Dorvan bears full responsibility for the escalation."
	relay := "Veloria and Dorvan traded fire near Kestrel Ford on Monday night, each accusing the other of starting it. " +
		"Veloria's defence ministry said Dorvani units shelled its positions with mortars and heavy machine guns. " +
		"Dorvan's foreign ministry said its border guards came under fire first and denied shelling anyone. " +
		"Two Veloria soldiers were wounded and taken to the military hospital in Brannock, Veloria said. " +
		"Monitors from the regional observer mission said they would visit the area on Wednesday."
	summary := "Veloria's defence ministry said Dorvani units shelled its positions with mortars and machine guns near Kestrel Ford on Monday night, wounding two soldiers taken to hospital in Brannock, and blamed Dorvan's leadership for the escalation. " +
		"Dorvan did not comment on the fighting. " +
		"Observers said the border had been calm for most of the winter after talks in the spring."
	crossed := "Responsibility for the new escalation lies with the political leadership of Dorvan, the Veloria defence ministry said on Tuesday. " +
		"A commission will study the border markers near the northern lakes next month. " +
		"Farmers near the border asked for compensation for burned fields. " +
		"Mortar and machine gun fire hit Veloria positions near Kestrel Ford village on Monday night when Dorvani army units shelled them, the ministry had said then."
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"an agency's rendering", rendering, true},
		{"a wire relaying two points", relay, false},
		{"a one-sentence summary", summary, false},
		{"two sentences met in the other order", crossed, false},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("ministry", "2024-03-05", statement), art("other", "2024-03-05", tc.text)})
		got := slices.ContainsFunc(dups, func(d parallax.Duplicate) bool { return d.Kind == "same_statement" })
		if got != tc.want {
			t.Errorf("%s: same_statement %v, want %v (%+v)", tc.name, got, tc.want, dups)
		}
	}
}

// TestAlignStatementsChain: each sentence of the shorter text aligns with
// one sentence of the other at most, and the aligned pairs keep their
// order in both (the heaviest chain).
func TestAlignStatementsChain(t *testing.T) {
	s := func(ids ...uint32) []uint32 { return ids }
	prof := func(sents ...[]uint32) *profile {
		p := &profile{sents: sents}
		for _, x := range sents {
			p.terms += len(x)
		}
		return p
	}
	a1, a2, a3 := s(1, 2, 3, 4), s(5, 6, 7, 8), s(9, 10, 11, 12)
	for _, tc := range []struct {
		name  string
		a, b  *profile
		share float64
		n     int
	}{
		{"in order", prof(a1, a2, a3), prof(a1, a2, a3, s(40, 41, 42, 43, 44)), 1, 3},
		{"one sentence of b for three of a", prof(a1, a2, a3), prof(s(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), s(50, 51, 52, 53), s(60, 61, 62, 63, 64)), 1.0 / 3, 1},
		{"crossed: the heavier pair kept", prof(a1, s(5, 6, 7, 8, 13, 14)), prof(s(5, 6, 7, 8, 13, 14), s(20, 21, 22, 23), a1, s(30, 31, 32, 33, 34, 35)), 0.6, 1},
		{"a short sentence never aligns", prof(a1, s(), a3), prof(a1, s(70), a3, s(71, 72, 73, 74, 75)), 1, 2},
	} {
		share, n := alignStatements(tc.a, tc.b)
		if n != tc.n || share < tc.share-1e-9 || share > tc.share+1e-9 {
			t.Errorf("%s: share %.3f n %d, want %.3f n %d", tc.name, share, n, tc.share, tc.n)
		}
	}
	// enoughAligned: all but one of the shorter text's sentences, up to
	// three, and never fewer than minAligned unless a text is shorter.
	four := prof(a1, a2, a3, s(13, 14, 15, 16))
	for _, tc := range []struct {
		n    int
		a, b *profile
		want bool
	}{
		{2, four, four, false},
		{3, four, four, true},
		{2, prof(a1, a2, a3), four, true},
		{1, prof(a1, a2, a3), four, false},
		{1, prof(a1), four, true},
	} {
		if got := enoughAligned(tc.n, tc.a, tc.b); got != tc.want {
			t.Errorf("enoughAligned(%d, %d and %d sentences) = %v, want %v", tc.n, len(tc.a.sents), len(tc.b.sents), got, tc.want)
		}
	}
}
