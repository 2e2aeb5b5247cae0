package fuse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestTallyFills: a tally since the happening began stands as its
// party's figure only where the parties' other figures make no dispute:
// Ruritania's dead since the fighting began (a course tally) against
// Borduria's figure of them; not a week's total (no course), not beside
// the party's own figure of the day, not where two parties give figures
// already.
func TestTallyFills(t *testing.T) {
	n := func(by string, v int, tally, course bool) *countF {
		return &countF{item: "killed", owner: "RUR", by: by, n: v, hasN: true, tally: tally, course: course}
	}
	for _, tc := range []struct {
		name   string
		counts []*countF
		want   string
	}{
		{"course tally against the other's figure", []*countF{n("RUR", 9, true, true), n("BOR", 60, false, false)}, "BOR=60 RUR=9"},
		{"both parties' course tallies", []*countF{n("RUR", 9, true, true), n("BOR", 60, true, true)}, "BOR=60 RUR=9"},
		{"a week's total", []*countF{n("RUR", 9, true, false), n("BOR", 60, false, false)}, "BOR=60"},
		{"beside the party's own figure", []*countF{n("RUR", 9, true, true), n("RUR", 4, false, false), n("BOR", 60, false, false)}, "BOR=60 RUR=4"},
		{"two parties give figures already", []*countF{n("RUR", 4, false, false), n("BOR", 60, false, false), n("UNO", 90, true, true)}, "BOR=60 RUR=4"},
		{"one party alone", []*countF{n("RUR", 9, true, true)}, ""},
	} {
		v := &view{claims: map[string]*claimF{}, counts: tc.counts}
		_, values := v.partyValues()
		var got []string
		for _, p := range values[[2]string{"killed", "RUR"}] {
			got = append(got, fmt.Sprintf("%s=%d", p.side, p.value))
		}
		slices.Sort(got)
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestCourseSpan: a span of days from a day at most maxBegun before its
// end is a happening's course; months of a campaign and a year are not.
func TestCourseSpan(t *testing.T) {
	for _, tc := range []struct {
		prec string
		s, e int32
		want bool
	}{
		{"day", 100, 116, true},
		{"week", 100, 120, true},
		{"day", 100, 174, false},
		{"year", 100, 110, false},
	} {
		if got := courseSpan(tc.prec, tc.s, tc.e); got != tc.want {
			t.Errorf("%s %d..%d: %v, want %v", tc.prec, tc.s, tc.e, got, tc.want)
		}
	}
}

// TestCourseOfTheStory: an act dated from a day two weeks back to the
// report ("had died since 3 June") is the story's course and joins its
// segment; one from months back ("since March") stays background.
func TestCourseOfTheStory(t *testing.T) {
	const text = "Orlan troops entered the old town of Kesh on Saturday. " +
		"Vessan officials said 14 soldiers had died since the first clash. " +
		"Orlan gunners shelled Barro."
	for _, tc := range []struct {
		name  string
		start string // the start of the span of the toll's act
		want  bool   // it is in the story's segment
	}{
		{"since a day two weeks back", "2024-06-17", true},
		{"since a day months back", "2024-03-01", false},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-07-01"}, Text: text}
		d.Events = []parallax.Event{
			dayEvent(t, "a", "e1", text, "troops entered the old town", "2024-06-29", "X", "Y"),
			dayEvent(t, "a", "e2", text, "14 soldiers had died", tc.start, "X", "Y"),
		}
		d.Events[1].Date = parallax.DateRange{Start: tc.start, End: "2024-07-01", Precision: "day"}
		pub, _ := dayNumber(d.Article.Published)
		segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
		k := slices.IndexFunc(segs, func(s segment) bool { return s.main })
		if k < 0 {
			t.Fatalf("%s: no story segment in %+v", tc.name, segs)
		}
		if got := slices.Contains(segs[k].events, 1); got != tc.want {
			t.Errorf("%s: the span's act in the story %v, want %v", tc.name, got, tc.want)
		}
	}
}
