package fuse

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/demo"
)

var genBackground = flag.Bool("gen-background", false, "rewrite background_df.tsv.gz from the demo corpus")

// TestBackgroundDF checks the embedded prior, or rebuilds it from the
// Wikinews and re3d documents of the demo corpus with -gen-background (the
// VOA stories are left out: they are the development clusters' text).
func TestBackgroundDF(t *testing.T) {
	if *genBackground {
		arts, err := demo.Articles()
		if err != nil {
			t.Fatal(err)
		}
		df := map[string]int{}
		docs := 0
		for _, a := range arts {
			if !strings.HasPrefix(a.Source, "wikinews") && !strings.HasPrefix(a.Source, "re3d") {
				continue
			}
			docs++
			seen := map[string]bool{}
			scanWords(a.Body, nil, func(w word) {
				if w.Stem == 0 {
					return
				}
				s := string(stem([]byte(strings.ToLower(a.Body[w.Start:w.End]))))
				if !seen[s] {
					seen[s] = true
					df[s]++
				}
			})
		}
		var keys []string
		for k := range df {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		fmt.Fprintf(zw, "#docs\t%d\n", docs)
		for _, k := range keys {
			fmt.Fprintf(zw, "%s\t%d\n", k, df[k])
		}
		zw.Close()
		if err := os.WriteFile("background_df.tsv.gz", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		background = parseBackground(buf.Bytes())
	}
	if background.docs < 100 || len(background.df) < 5000 {
		t.Fatalf("background prior: %d documents, %d stems", background.docs, len(background.df))
	}
	h := func(w string) uint64 { return hashBytes([]byte(w)) }
	if background.df[h("minister")] <= background.df[h("helicopter")] {
		t.Errorf("df(minister)=%d should exceed df(helicopter)=%d", background.df[h("minister")], background.df[h("helicopter")])
	}
}
