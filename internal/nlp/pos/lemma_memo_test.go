package pos

import (
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/segment"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// TestLemmaMemo checks that the lemmas Process takes from its word memo
// are those of the lemma table, on the seeds tagged twice with one
// tagger (the second time every word is in the memo) and on words that
// take two classes in one text ("attacks" as noun and verb).
func TestLemmaMemo(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"The attacks continued. Rebels attacks the base. He attacks; the attacks failed.\n\nShe said it. They said so."}
	for _, a := range testutil.Seeds(t) {
		texts = append(texts, a.Body)
	}
	for round := range 2 {
		for _, text := range texts {
			doc := &parallax.Document{Text: text}
			doc.Sentences = segment.Segment(text)
			tg.Process(doc)
			for _, s := range doc.Sentences {
				for _, tk := range s.Tokens {
					if want := tg.lex.lemmas.lemma(tk.Text, tk.XPOS); tk.Lemma != want {
						t.Errorf("round %d: %q/%s has lemma %q, the table gives %q", round, tk.Text, tk.XPOS, tk.Lemma, want)
					}
				}
			}
		}
	}
}
