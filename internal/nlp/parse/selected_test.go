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
