package claim

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// TestExplore prints the claims of a JSONL corpus named by PARALLAX_EXPLORE
// (a development aid; skipped unless set).
func TestExplore(t *testing.T) {
	path := os.Getenv("PARALLAX_EXPLORE")
	if path == "" {
		t.Skip("PARALLAX_EXPLORE not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r *bufio.Scanner
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = bufio.NewScanner(zr)
	} else {
		r = bufio.NewScanner(f)
	}
	r.Buffer(make([]byte, 1<<20), 1<<24)
	as := actor.New(loadKB(t))
	cs := New()
	n := 0
	for r.Scan() {
		var a struct {
			ID, Text, Published string
		}
		if err := json.Unmarshal(r.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if k := os.Getenv("PARALLAX_EXPLORE_GREP"); k != "" && !strings.Contains(a.Text, k) {
			continue
		}
		n++
		if n > 12 {
			break
		}
		doc := &parallax.Document{Article: parallax.Article{ID: a.ID, Published: a.Published[:min(10, len(a.Published))]}, Text: a.Text}
		as.Process(doc)
		cs.Process(doc)
		fmt.Printf("== %s\n", a.ID)
		for _, e := range doc.Entities {
			if e.Kind == "person" || os.Getenv("ALLENT") != "" {
				fmt.Printf("   E %q %s %s %s\n", e.Text, e.Kind, e.Actor, e.Side)
			}
		}
		for _, c := range doc.Claims {
			fmt.Printf("%s %s %s %q spk=%q->%s(%s) p=%s\n   [%s]\n", c.ID, c.Stance, c.Quote, c.Cue.Text, c.Speaker.Text, c.Speaker.Actor, c.Speaker.Side, c.Parent, doc.Text[c.Start:c.End])
		}
	}
}
