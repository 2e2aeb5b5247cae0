package main

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/demo"
)

// One run, both libraries, the same raw text: tokenise + tag + NER.
// Compare with -cpu 1 for per-core figures:
//
//	go test -bench . -benchtime 3x -cpu 1
func BenchmarkTokenizeTagNER(b *testing.B) {
	sys, err := load()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, a := range arts {
		texts = append(texts, a.Body)
	}
	for _, s := range []struct {
		name string
		fn   func(string) int
	}{{"parallax", sys.parallaxText}, {"prose", proseText}} {
		b.Run(s.name, func(b *testing.B) {
			tokens := 0
			cpu := cpuSeconds()
			for i := 0; i < b.N; i++ {
				for _, t := range texts {
					tokens += s.fn(t)
				}
			}
			b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
			b.ReportMetric(float64(tokens)/(cpuSeconds()-cpu), "tokens/cpu-s")
		})
	}
}

func TestMapProse(t *testing.T) {
	cases := map[string]string{"PERSON": "PER", "GPE": "LOC", "ORGANIZATION": "ORG", "DATE": "", "": ""}
	for in, want := range cases {
		if got := mapProse(in); got != want {
			t.Errorf("mapProse(%s) = %s, want %s", in, got, want)
		}
	}
}
