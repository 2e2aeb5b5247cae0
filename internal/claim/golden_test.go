package claim

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// TestGoldenSeeds records the claims of the seed articles, after the
// actor stage.
func TestGoldenSeeds(t *testing.T) {
	as := actor.New(loadKB(t))
	cs := New()
	var b strings.Builder
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		as.Process(doc)
		cs.Process(doc)
		fmt.Fprintf(&b, "== %s\n", a.ID)
		for _, c := range doc.Claims {
			fmt.Fprintf(&b, "%s %s %s %q | speaker %q -> %s (%s) parent=%s\n  %q\n", c.ID, c.Stance, c.Quote, c.Cue.Text, c.Speaker.Text, c.Speaker.Actor, c.Speaker.Side, c.Parent, doc.Text[c.Start:c.End])
		}
	}
	testutil.Golden(t, "seeds.txt", []byte(b.String()))
}

func loadKB(t testing.TB) *actor.KB {
	t.Helper()
	kb, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}
