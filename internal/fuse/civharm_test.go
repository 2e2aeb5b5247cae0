package fuse

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestCivilianHarmWords: a side's toll of civilians told with no act on
// civilians is its accusation, and a denial that points back to an
// accusation over civilians answers it (civharm.go); a toll of fighters,
// a toll a sided speaker cites from another party, a body's count, and a denial pointing back
// to a statement that said more than the harm to civilians do not.
func TestCivilianHarmWords(t *testing.T) {
	claim := func(id, side, stance string) *claimF { return &claimF{id: id, side: side, stance: stance} }
	denied := func(id, side string) *eventF {
		return &eventF{id: id + ":v", claim: id, typ: parallax.EventViolenceCivilians, kind: "civilian", init: side, class: classViolence, negated: true}
	}
	accused := func(id, init string) *eventF {
		return &eventF{id: id + ":v", claim: id, typ: parallax.EventViolenceCivilians, kind: "civilian", init: init, class: classViolence}
	}
	toll := func(claim, by string, victims uint8) *countF {
		return &countF{claim: claim, item: "wounded", by: by, n: 5, hasN: true, victims: victims}
	}
	for _, tc := range []struct {
		name   string
		claims []*claimF
		events []*eventF
		counts []*countF
		want   string
	}{
		{"a toll of passengers against a denial",
			[]*claimF{claim("a:c1", "RUR", "assert"), claim("b:c1", "BOR", "deny")},
			[]*eventF{denied("b:c1", "BOR")}, []*countF{toll("a:c1", "RUR", victimsCivilians)}, "BOR RUR"},
		{"a toll of soldiers",
			[]*claimF{claim("a:c1", "RUR", "assert"), claim("b:c1", "BOR", "deny")},
			[]*eventF{denied("b:c1", "BOR")}, []*countF{toll("a:c1", "RUR", victimsFighters)}, ""},
		{"a toll a sided speaker cites from another",
			[]*claimF{claim("a:c1", "SUD", "assert"), claim("b:c1", "BOR", "deny")},
			[]*eventF{denied("b:c1", "BOR")}, []*countF{toll("a:c1", "RUR", victimsCivilians)}, ""},
		{"a toll of a speaker with no side, its claimant found",
			[]*claimF{claim("a:c1", "", "assert"), claim("b:c1", "BOR", "deny")},
			[]*eventF{denied("b:c1", "BOR")}, []*countF{toll("a:c1", "RUR", victimsCivilians)}, "BOR RUR"},
		{"a body's count",
			[]*claimF{claim("a:c1", "UNO", "assert"), claim("b:c1", "BOR", "deny")},
			[]*eventF{denied("b:c1", "BOR")}, []*countF{toll("a:c1", "UNO", victimsCivilians)}, ""},
		{"a denial pointing back to the accusation",
			[]*claimF{claim("a:c1", "RUR", "assert"), {id: "a:c2", side: "BOR", stance: "deny", refers: "a:c1"}},
			[]*eventF{accused("a:c1", "BOR")}, nil, "BOR RUR"},
		{"a denial pointing back to a toll",
			[]*claimF{claim("a:c1", "RUR", "assert"), {id: "a:c2", side: "BOR", stance: "deny", refers: "a:c1"}},
			nil, []*countF{toll("a:c1", "RUR", victimsCivilians)}, "BOR RUR"},
		{"a denial pointing back to a statement that said more",
			[]*claimF{claim("a:c1", "RUR", "assert"), claim("a:c2", "RUR", "assert"), {id: "a:c3", side: "BOR", stance: "deny", refers: "a:c2"}},
			[]*eventF{accused("a:c2", "BOR")}, nil, ""},
	} {
		v := &view{claims: map[string]*claimF{}, events: tc.events, counts: tc.counts, civAnswered: map[string][]string{}}
		for _, c := range tc.claims {
			v.claims[c.id] = c
			v.inClaims = append(v.inClaims, c)
		}
		var got []string
		for _, c := range v.civilianTargeting(map[string]bool{}) {
			got = append(got, strings.Join(c.Between, " "))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}
