package claim_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// TestSeedsThroughPipeline runs the whole pipeline on the seed articles and
// checks claims and people against the hand gold (testdata/seeds/gold.json)
// with the rules of ../shared/tools/score: a gold claim is right when a
// claim of its article whose sentence holds the anchor has the gold side and
// stance (and actor, where given); a person when the canonical actor given
// most often to person entities with the gold text is the gold one. It
// guards the interplay with the recogniser and the other stages, which the
// stage's own tests leave out.
func TestSeedsThroughPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	b, err := os.ReadFile("../../testdata/seeds/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Claims []struct{ Article, Anchor, Side, Stance, Actor string }
		People []struct{ Article, Text, Canonical string }
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	p := sharedPipeline(t)
	var docs []*parallax.Document
	for _, a := range testutil.Seeds(t) {
		docs = append(docs, p.Analyze(a))
	}
	r := report.Build(docs, nil, nil, report.Options{})
	right := 0
	used := map[int]bool{}
	for _, g := range gold.Claims {
		for i, c := range r.Claims {
			if used[i] || c.Article != g.Article || !strings.Contains(norm(c.Sentence), norm(g.Anchor)) {
				continue
			}
			if c.Speaker.Side == g.Side && c.Stance == g.Stance && (g.Actor == "" || c.Speaker.Actor == g.Actor) {
				used[i] = true
				right++
				break
			}
		}
	}
	if recall := float64(right) / float64(len(gold.Claims)); recall < 0.95 {
		t.Errorf("claims recall %.3f (%d/%d), want >= 0.95", recall, right, len(gold.Claims))
	}
	people := 0
	for _, g := range gold.People {
		count := map[string]int{}
		for _, e := range r.Entities {
			if e.Article == g.Article && e.Kind == parallax.KindPerson && norm(e.Text) == norm(g.Text) {
				count[e.Actor]++
			}
		}
		best, n := "", 0
		for a, k := range count {
			if k > n {
				best, n = a, k
			}
		}
		if best == g.Canonical {
			people++
		} else {
			t.Logf("person %q: got %q, want %q", g.Text, best, g.Canonical)
		}
	}
	if recall := float64(people) / float64(len(gold.People)); recall < 0.95 {
		t.Errorf("people recall %.3f (%d/%d), want >= 0.95", recall, people, len(gold.People))
	}
}

var quotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", "\"", "\u201d", "\"", "\u00ab", "\"", "\u00bb", "\"")

func norm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(quotes.Replace(s)), " "))
}
