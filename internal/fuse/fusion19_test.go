package fuse

import (
	"slices"
	"strings"
	"testing"
)

// Session 19, fusion lane. The invented parties of contra15_test.go:
// Orlan (X), Vessan (Y).

// TestRejectedFigureIsNotTheDeniersOwn: a figure that a party's denial
// repeats to reject it ("dismissed the claim that 12 of its soldiers were
// killed as propaganda") is the rival's figure, not the denier's: the two
// do not agree on it, and the denier's own figure, where it gives one,
// stands against the rival's. A denial that gives a figure no other party
// gives ("denied that more than 3 soldiers died") keeps it.
func TestRejectedFigureIsNotTheDeniersOwn(t *testing.T) {
	s1 := "The Vessan army said its gunners had killed 12 Orlan soldiers near Dorna."
	s2 := "The Orlan ministry said 4 of its soldiers were killed near Dorna."
	s3 := "The Orlan ministry dismissed the claim that 12 of its soldiers were killed as propaganda."
	s4 := "The Orlan ministry denied that more than 3 soldiers were killed near Dorna."
	rival := contraClaim{"Y", "assert", "its gunners had killed 12 Orlan soldiers near Dorna"}
	own := contraClaim{"X", "assert", "4 of its soldiers were killed near Dorna"}
	rejects := contraClaim{"X", "deny", "the claim that 12 of its soldiers were killed as propaganda"}
	lower := contraClaim{"X", "deny", "more than 3 soldiers were killed near Dorna"}
	rivalCount := contraCount{claim: 0, item: "killed", owner: "X", by: "Y", n: 12, words: "12 Orlan soldiers"}
	for _, tc := range []struct {
		name   string
		text   string
		claims []contraClaim
		counts []contraCount
		want   []string // the count contradictions
	}{
		{"the denier's own figure stands", s1 + " " + s2 + " " + s3,
			[]contraClaim{rival, own, rejects},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 4, words: "4 of its soldiers"},
				{claim: 2, item: "killed", owner: "X", by: "X", n: 12, words: "12 of its soldiers"}},
			[]string{"count:killed:X:X=4,Y=12"}},
		{"no figure of its own", s1 + " " + s3,
			[]contraClaim{rival, rejects},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 12, words: "12 of its soldiers"}},
			nil},
		{"a figure of the denial's own", s1 + " " + s4,
			[]contraClaim{rival, lower},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 3, words: "3 soldiers"}},
			[]string{"count:killed:X:X=3,Y=12"}},
	} {
		got := contradictionValues(t, contraDoc{text: tc.text, claims: tc.claims, counts: tc.counts}.doc(t))
		got = slices.DeleteFunc(got, func(s string) bool { return !strings.HasPrefix(s, "count:") })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: count contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
