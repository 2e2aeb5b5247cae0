package testutil

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// CheckKnown reconciles the results of a probe battery with its list of
// known misses. results maps every item of the battery to "" when it is
// right, else to what is wrong; known maps the items expected to fail to
// the reason. The test fails when an unlisted item fails, when a listed one
// passes (so the list is pruned as fixes land) and when a listed item names
// nothing in the battery. listName names the Go variable to edit. It
// returns the number of items right.
func CheckKnown(t testing.TB, results, known map[string]string, listName string) int {
	t.Helper()
	keys := make([]string, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	right := 0
	for _, k := range keys {
		miss := results[k]
		reason, isKnown := known[k]
		switch {
		case miss == "" && isKnown:
			t.Errorf("%s: passes now; remove it from %s (%s)", k, listName, reason)
		case miss == "":
			right++
		case !isKnown:
			t.Errorf("%s: %s", k, miss)
		default:
			t.Logf("known %s: %s (%s)", k, miss, reason)
		}
	}
	for k := range known {
		if _, ok := results[k]; !ok {
			t.Errorf("%s: in %s but no such item", k, listName)
		}
	}
	return right
}

// ProbeCount compares the count over the first occurrence of want[0] in
// the document's text with want[1:] (item, n, outcome, owner, claimed_by;
// "*" matches anything) and marks the count it took in used, so that a
// battery can report the counts no expectation took. It returns "" when
// the count is right, else what is wrong.
func ProbeCount(doc *parallax.Document, want []string, used map[*parallax.Count]bool) string {
	span := want[0]
	k := strings.Index(doc.Text, span)
	if k < 0 {
		return "span not in the text"
	}
	var got *parallax.Count
	for i := range doc.Counts {
		c := &doc.Counts[i]
		if used[c] || c.Start >= k+len(span) || k >= c.End {
			continue
		}
		if got == nil || c.Item == want[1] && got.Item != want[1] {
			got = c
		}
	}
	if got == nil {
		return "no count"
	}
	used[got] = true
	var miss []string
	check := func(what, w, g string) {
		if w != "*" && w != g {
			miss = append(miss, fmt.Sprintf("%s %q want %q", what, g, w))
		}
	}
	check("item", want[1], got.Item)
	check("n", want[2], CountAmount(got))
	check("outcome", want[3], got.Outcome)
	check("owner", want[4], got.Owner)
	check("claimed_by", want[5], got.ClaimedBy)
	return strings.Join(miss, "; ")
}

// CountAmount writes a count's number as a probe file does: "null" when
// vague, "LOW-HIGH" for a range.
func CountAmount(c *parallax.Count) string {
	switch {
	case c.N == nil:
		return "null"
	case c.NMax != nil:
		return strconv.Itoa(*c.N) + "-" + strconv.Itoa(*c.NMax)
	}
	return strconv.Itoa(*c.N)
}

// DescribeCount is a count in one line, for a count no expectation took.
func DescribeCount(c *parallax.Count) string {
	return fmt.Sprintf("%s %s %s owner %q claimed_by %q", c.Item, CountAmount(c), c.Outcome, c.Owner, c.ClaimedBy)
}

// ProbeLine is one expectation line of a probe battery's TSV file: its
// line number (from 1) and its tab-separated fields, `""` read as empty.
type ProbeLine struct {
	N      int
	Fields []string
}

// ReadProbeLines reads a probe battery's TSV file, skipping blank lines and
// "#" comments.
func ReadProbeLines(t testing.TB, path string) []ProbeLine {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []ProbeLine
	for n, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			if f[i] == `""` {
				f[i] = ""
			}
		}
		out = append(out, ProbeLine{N: n + 1, Fields: f})
	}
	return out
}
