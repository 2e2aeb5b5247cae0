package parse

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestProcessSentences: the selected sentences get exactly the tree a full
// parse gives them, the others none at all (Head 0, Rel ""), even when
// they carried a stale parse; a nil selection parses everything.
func TestProcessSentences(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seeds := taggedSeeds(t)
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	for _, tc := range []struct {
		name string
		need func(n int) []bool
	}{
		{"nil parses all", func(int) []bool { return nil }},
		{"none", func(n int) []bool { return make([]bool, n) }},
		{"every other", func(n int) []bool {
			b := make([]bool, n)
			for i := range b {
				b[i] = i%2 == 0
			}
			return b
		}},
		{"short selection", func(n int) []bool { return []bool{true} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, d := range seeds {
				full := clone(d)
				p.Process(full)
				sel := clone(full) // starts with a full parse: stale trees must go
				need := tc.need(len(sel.Sentences))
				p.ProcessSentences(sel, need)
				for si, s := range sel.Sentences {
					want := need == nil || si < len(need) && need[si]
					for i, tk := range s.Tokens {
						ft := full.Sentences[si].Tokens[i]
						switch {
						case want && (tk.Head != ft.Head || tk.Rel != ft.Rel):
							t.Fatalf("%s sentence %d token %d: %d %q, full parse %d %q", d.Article.ID, si, i, tk.Head, tk.Rel, ft.Head, ft.Rel)
						case !want && (tk.Head != 0 || tk.Rel != ""):
							t.Fatalf("%s sentence %d token %d: unselected but %d %q", d.Article.ID, si, i, tk.Head, tk.Rel)
						}
					}
				}
			}
		})
	}
}

func clone(d *parallax.Document) *parallax.Document {
	c := *d
	c.Sentences = make([]parallax.Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		c.Sentences[i] = s
		c.Sentences[i].Tokens = append([]parallax.Token(nil), s.Tokens...)
	}
	return &c
}

// TestParseSentence: sentences parsed one at a time on demand, in any
// order and with others left out, get exactly the trees of a full parse
// of the document; the parser asked through the document parses a
// sentence once, and out-of-range or empty sentences are left alone.
func TestParseSentence(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seeds := taggedSeeds(t)
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	for _, d := range seeds {
		full := clone(d)
		p.Process(full)
		lazy := clone(d)
		p.ProcessSentences(lazy, []bool{}) // no parse at all
		lazy.Parser = p
		// Backwards, and every third sentence left out.
		for si := len(lazy.Sentences) - 1; si >= 0; si-- {
			if si%3 == 1 {
				continue
			}
			if !lazy.Parsed(si) && len(lazy.Sentences[si].Tokens) > 0 {
				t.Fatalf("%s sentence %d: not parsed on demand", d.Article.ID, si)
			}
		}
		p.ParseSentence(lazy, -1)
		p.ParseSentence(lazy, len(lazy.Sentences))
		for si, s := range lazy.Sentences {
			for i, tk := range s.Tokens {
				ft := full.Sentences[si].Tokens[i]
				switch {
				case si%3 != 1 && (tk.Head != ft.Head || tk.Rel != ft.Rel):
					t.Fatalf("%s sentence %d token %d: %d %q, full parse %d %q", d.Article.ID, si, i, tk.Head, tk.Rel, ft.Head, ft.Rel)
				case si%3 == 1 && (tk.Head != 0 || tk.Rel != ""):
					t.Fatalf("%s sentence %d token %d: not asked for but %d %q", d.Article.ID, si, i, tk.Head, tk.Rel)
				}
			}
		}
	}
}

// BenchmarkParseSentence parses the demo corpus one sentence at a time,
// as the pipeline's stages ask for them (compare BenchmarkParse, which
// parses it a document at a time).
func BenchmarkParseSentence(b *testing.B) {
	p, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := taggedDemo(b)
	tokens := countTokens(docs)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			for si := range d.Sentences {
				p.ParseSentence(d, si)
			}
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}
