package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// taggedDoc builds a one-sentence document from "word/UPOS" pairs joined by
// spaces, as the tagger would leave it (no parse).
func taggedDoc(tagged string) *parallax.Document {
	doc := &parallax.Document{}
	var text strings.Builder
	var toks []parallax.Token
	for i, wt := range strings.Fields(tagged) {
		w, tag, _ := strings.Cut(wt, "/")
		tag, xpos, _ := strings.Cut(tag, "/") // "word/UPOS/XPOS"
		if i > 0 && w != "." && w != "," {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(w)
		toks = append(toks, parallax.Token{Span: parallax.Span{Start: start, End: text.Len()}, Text: w, UPOS: tag, XPOS: xpos, Lemma: strings.ToLower(w)})
	}
	doc.Text = text.String()
	doc.Sentences = []parallax.Sentence{{Span: parallax.Span{End: len(doc.Text)}, Tokens: toks}}
	return doc
}

// TestMistaggedVerb checks that a curated verb's past form read as an
// adjective by the tagger still triggers where it stands as the predicate,
// and not where it modifies a noun.
func TestMistaggedVerb(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		tagged string
		want   string // CAMEO code of the event at the word, "" for none
		word   string
	}{
		{"Rioters/NOUN looted/ADJ shops/NOUN and/CCONJ set/VERB cars/NOUN on/ADP fire/NOUN ./PUNCT", "145", "looted"},
		{"Youths/NOUN looted/ADJ a/DET supermarket/NOUN in/ADP Lagos/PROPN ./PUNCT", "145", "looted"},
		{"Crowds/NOUN looted/ADJ warehouses/NOUN of/ADP the/DET agency/NOUN ./PUNCT", "145", "looted"},
		{"Police/NOUN guarded/VERB the/DET looted/ADJ shops/NOUN ./PUNCT", "", "looted"},
		{"Owners/NOUN of/ADP looted/ADJ shops/NOUN asked/VERB for/ADP help/NOUN ./PUNCT", "", "looted"},
		// a verb tagged as a noun in a headline
		{"Rebels/NOUN/NNS shell/NOUN Goma/PROPN airport/NOUN", "194", "shell"},
		{"The/DET strike/NOUN hit/VERB a/DET UAV/PROPN/NNP launch/NOUN site/NOUN ./PUNCT", "", "launch"},
		{"A/DET shell/NOUN hit/VERB the/DET house/NOUN ./PUNCT", "", "shell"},
	}
	for _, tc := range tests {
		doc := taggedDoc(tc.tagged)
		s.Process(doc)
		got := ""
		for _, e := range doc.Events {
			if strings.Contains(doc.Text[e.Start:e.End], tc.word) {
				got = e.CAMEO
			}
		}
		if got != tc.want {
			t.Errorf("%s: event at %q %q, want %q", doc.Text, tc.word, got, tc.want)
		}
	}
}
