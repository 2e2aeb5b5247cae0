package actor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// TestGoldenSeeds records the actor entities of the seed articles.
func TestGoldenSeeds(t *testing.T) {
	kb := loadKB(t)
	st := New(kb)
	var b strings.Builder
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		st.Process(doc)
		fmt.Fprintf(&b, "== %s\n", a.ID)
		for _, e := range doc.Entities {
			fmt.Fprintf(&b, "%s\t%d-%d\t%q\t%s\t%s\t%s\n", e.ID, e.Start, e.End, e.Text, e.Kind, e.Actor, e.Side)
		}
	}
	testutil.Golden(t, "seeds.txt", []byte(b.String()))
}

func loadKB(t testing.TB) *KB {
	t.Helper()
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}
