package fuse

import (
	"bytes"
	"slices"

	"github.com/parallaxhq/parallax"
)

// courseSpan reports whether an event dated from day s to day e with
// precision p (too long to place in one incident) is a happening's course
// told up to the story: a span of days or weeks ("since 3 May", told on
// 17 May) that begins no more than maxBegun days before it ends,
// not a war's years nor a campaign of months ("since April"). The story
// segment takes it where its days meet the story's, as it takes a month
// of the story (segmentArticle).
func courseSpan(p string, s, e int32) bool {
	return (p == "day" || p == "week") && e-s <= maxBegun
}

// tallyFills returns whether a tally (a running or period total: scope.go)
// stands as its party's figure. A tally answers another question than a
// figure of the incident, and stays out where the parties give figures of
// it; but where two parties' figures meet only through their tallies (one
// side's dead "since the fighting began" against the other side's figure
// of them "since 3 May", or both sides' since the offensive began),
// the tally is that party's word on the happening's course: it stands
// where it counts since the happening began (courseTally, not a week's or
// a year's total), its party gives no other figure for the item and
// owner, fewer than two parties give one, and with it two parties do.
func (v *view) tallyFills(sideOf func(*countF) string) func(*countF) bool {
	type key struct{ item, owner string }
	plain := map[key][]string{} // sides with a figure that is no tally
	tallied := map[key][]string{}
	for _, c := range v.counts {
		s := sideOf(c)
		if !c.hasN || c.n < 0 || s == "" {
			continue
		}
		k := key{c.item, c.owner}
		if c.tally {
			tallied[k] = appendUnique(tallied[k], s)
		} else {
			plain[k] = appendUnique(plain[k], s)
		}
	}
	return func(c *countF) bool {
		k := key{c.item, c.owner}
		s := sideOf(c)
		if !c.course || s == "" || slices.Contains(plain[k], s) || len(plain[k]) >= 2 {
			return false
		}
		parties := slices.Clone(plain[k])
		for _, t := range tallied[k] {
			parties = appendUnique(parties, t)
		}
		return len(parties) >= 2
	}
}

// courseMarks count a tally from the start of the happening a report
// tells ("the brigade has lost 14 men since the fighting began"): its
// course, not a war's years or a period's total.
var courseMarks = [][]byte{[]byte("since the fighting began"), []byte("since the fighting started"),
	[]byte("since the fighting broke out"), []byte("since the offensive began"), []byte("since the operation began"),
	[]byte("since the assault began"), []byte("since the clashes began"), []byte("since the battle began")}

// courseTally reports whether count c's sentence counts it since the
// happening began (courseMarks), where no year or month follows the
// mark ("since the fighting began in April 2023" is a war's tally).
func courseTally(c *parallax.Count, sc *sentenceScan) bool {
	_, low := sc.at(c.Start)
	for _, m := range courseMarks {
		k := bytes.Index(low, m)
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(low[k+len(m):], " ")
		if r, ok := bytes.CutPrefix(rest, []byte("in ")); ok && (len(r) > 0 && '0' <= r[0] && r[0] <= '9' || startsMonth(r)) {
			return false
		}
		return true
	}
	return false
}

// startsMonth reports whether s opens with a month's name.
func startsMonth(s []byte) bool {
	for _, m := range monthNames[:12] {
		if bytes.HasPrefix(s, []byte(m)) {
			return true
		}
	}
	return false
}
