package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

func TestNeedsParse(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"Russian forces shelled the town.", true},  // a trigger and a party
		{"They shelled the town overnight.", true},  // a pronoun may be the party
		{"Unknown gunmen shelled the town.", false}, // no party: the parse could name none
		{"Russian officials were pleased.", false},  // no trigger
		{"The weather was fine.", false},
	} {
		doc := docOf("Snow fell.", tc.sent)
		got := s.NeedsParse(doc, words.Split(doc))
		if len(got) != 2 || got[0] || got[1] != tc.want {
			t.Errorf("%q: %v, want [false %v]", tc.sent, got, tc.want)
		}
	}
}

// docOf makes a document of the sentences, one after another, untagged.
func docOf(sents ...string) *parallax.Document {
	doc := &parallax.Document{}
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" ")
		}
		start := b.Len()
		b.WriteString(s)
		doc.Sentences = append(doc.Sentences, parallax.Sentence{Span: parallax.Span{Start: start, End: b.Len()}})
	}
	doc.Text = b.String()
	return doc
}
