package claim

import (
	"strings"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// docOf makes a document of the sentences, one after another.
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

func TestNeedsParse(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"The army said the town had fallen.", true},
		{"According to the ministry, the town fell.", true},
		{"Moscow called the accusations absurd.", true},
		{"Officials denied the report.", true},
		{"The town fell on Monday after heavy fighting.", false},
		{"Rain is expected in the north.", false},
		{"Statement by the Foreign Secretary:", true}, // a header
	} {
		// the sentence between two that need nothing: only it is marked
		doc := docOf("Snow fell.", tc.sent, "Snow fell.")
		got := NeedsParse(doc)
		if len(got) != 3 || got[0] || got[2] || got[1] != tc.want {
			t.Errorf("%q: %v, want [false %v false]", tc.sent, got, tc.want)
		}
	}
	if got := NeedsParse(&parallax.Document{}); len(got) != 0 {
		t.Errorf("empty document: %v", got)
	}
}

// FuzzNeedsParse: any text and sentence spans give one answer per
// sentence, without a panic.
func FuzzNeedsParse(f *testing.F) {
	f.Add("The army said the town fell. Snow fell.", 5)
	f.Add("“We will win,” he said:", 0)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		doc := &parallax.Document{Text: text}
		if cut < 0 || cut > len(text) {
			cut = len(text) / 2
		}
		doc.Sentences = []parallax.Sentence{{Span: parallax.Span{Start: 0, End: cut}}, {Span: parallax.Span{Start: cut, End: len(text)}}}
		if got := NeedsParse(doc); text != "" && len(got) != 2 {
			t.Fatalf("%d answers for 2 sentences", len(got))
		}
	})
}
