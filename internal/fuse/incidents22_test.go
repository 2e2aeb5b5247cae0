package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAlignMerged: a sentence that renders two adjacent sentences of the
// other text together aligns with both as one unit, in either text; a
// neighbour that shares nothing with it is not carried along; order holds.
func TestAlignMerged(t *testing.T) {
	s := func(ids ...uint32) []uint32 { return ids }
	prof := func(sents ...[]uint32) *profile {
		p := &profile{sents: sents}
		for _, x := range sents {
			p.terms += len(x)
		}
		return p
	}
	for _, tc := range []struct {
		name  string
		a, b  *profile
		n     int
		share float64
	}{
		// b's first sentence condenses a's first two.
		{"two of the longer for one", prof(s(1, 2, 3, 4, 5, 6, 7, 8), s(9, 10, 11, 12, 13), s(20, 21, 22, 23), s(30, 31, 32, 33)),
			prof(s(1, 2, 3, 4, 9, 10, 40), s(20, 21, 22, 23, 41), s(30, 31, 32, 33, 42), s(50, 51, 52, 53, 54, 55, 56, 57, 58, 59)), 3, 1},
		// The shorter text's sentence on 40-43 shares nothing with b's
		// first: b's first sentence renders a's first alone.
		{"a neighbour sharing nothing", prof(s(1, 2, 3, 4, 5), s(40, 41, 42, 43), s(20, 21, 22, 23)),
			prof(s(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), s(20, 21, 22, 23, 60), s(70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81)), 2, 9.0 / 13},
		// The pairs cross: only one of them is kept.
		{"crossed", prof(s(1, 2, 3, 4), s(5, 6, 7, 8)), prof(s(5, 6, 7, 8, 9), s(1, 2, 3, 4, 10), s(90, 91, 92, 93, 94)), 1, 0.5},
	} {
		share, n := alignMerged(tc.a, tc.b, new([]chain))
		if n != tc.n || share < tc.share-1e-9 || share > tc.share+1e-9 {
			t.Errorf("%s: n %d share %.3f, want %d %.3f", tc.name, n, share, tc.n, tc.share)
		}
	}
}

// TestRelayOfACommunique: a wire that relays a ministry's communique in
// reported speech condenses two of its sentences into its lead and folds
// two more into one, in another order; it renders the communique. A
// report of the same riots written apart from it does not.
func TestRelayOfACommunique(t *testing.T) {
	communique := "The Ministry of the Interior informs national and international opinion that, following the acts of vandalism and looting which occurred on Saturday in certain neighbourhoods of Port Vell, eleven bodies were recovered from the canals and harbour basins of the capital. " +
		"Initial examinations establish that the victims died by drowning. " +
		"The Ministry affirms that the police units acted with restraint and did not fire live ammunition at the rioters who built barricades. " +
		"Forty-two people were detained. " +
		"Several victims were thrown into the water by the instigators of the riots. " +
		"A judicial investigation has been opened to determine responsibilities. " +
		"The Ministry expresses its condolences to the families and calls on citizens to remain calm."
	relay := "The government said on Sunday that eleven bodies had been recovered from canals in Port Vell and that the victims had drowned, denying that riot police had fired live ammunition at protesters. " +
		"Ministry spokeswoman Lina Varga said in a statement broadcast on state radio that police units had acted with restraint against rioters who built barricades. " +
		"She said 42 people had been detained and that a judicial investigation had been opened into the deaths. " +
		"Some victims had been thrown into the water by the instigators of the riots, she said. " +
		"Opposition groups say protesters were shot and that several drowned while running from police. " +
		"The statement did not mention unrest in other towns."
	other := "Riot police fired tear gas at crowds in Port Vell on Saturday as rioters built barricades in several districts, witnesses said. " +
		"Families searched the canals and harbour basins for relatives who had fled the police units. " +
		"Opposition groups said protesters were shot and that several drowned while running from police. " +
		"Shops stayed closed and the city's ferries did not run. " +
		"Doctors at the main hospital said they had treated dozens of people for injuries."
	for _, tc := range []struct {
		name string
		x, y string
		want []string
	}{
		{"relay", communique, relay, []string{"a+b same_statement"}},
		{"report written apart", communique, other, nil},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("a", "2025-04-13", tc.x), art("b", "2025-04-13", tc.y)})
		var got []string
		for _, d := range dups {
			got = append(got, strings.Join(d.Articles, "+")+" "+d.Kind)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: duplicates %q, want %q", tc.name, got, tc.want)
		}
	}
}
