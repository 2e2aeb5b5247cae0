package words

import (
	"reflect"
	"sort"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/segment"
)

// splitBefore is Split as first written: a list per sentence from Scan and
// a binary search per word for its token.
func splitBefore(doc *parallax.Document) []Sentence {
	var out []Sentence
	attach := func(ws []Word, toks []parallax.Token) {
		for i := range ws {
			ws[i].Tok = -1
			k := sort.Search(len(toks), func(k int) bool { return toks[k].End > ws[i].Start })
			if k < len(toks) && toks[k].Start <= ws[i].Start {
				ws[i].Tok = k
			}
		}
	}
	if len(doc.Sentences) > 0 {
		for i, s := range doc.Sentences {
			if s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End {
				continue
			}
			ws := Scan(doc.Text, s.Span)
			attach(ws, s.Tokens)
			out = append(out, Sentence{Span: s.Span, Index: i, Words: ws})
		}
		return out
	}
	for _, sp := range SplitSentences(doc.Text) {
		out = append(out, Sentence{Span: sp, Index: -1, Words: Scan(doc.Text, sp)})
	}
	return out
}

func checkSplit(t *testing.T, doc *parallax.Document) {
	t.Helper()
	got, want := Split(doc), splitBefore(doc)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split(%q) differs from the first version", doc.Text)
	}
}

var splitTexts = []string{
	"", "Zorvania's army said on Tuesday it shot down 1,200 drones near T-72 positions.",
	"THE MINISTRY OF DEFENCE SAID: «NO». Il a dit ‘non’ à Ağdam – 3.5 km away.\nU.S. officials, e.g. Dr. Vale, denied it!",
	"a  b\t\tc\r\nD’Arcy’s O'Neil don't", "1 2 3 4 5 6 7 8 9 0 , . ; ! ?",
}

func TestSplitAsBefore(t *testing.T) {
	for _, text := range splitTexts {
		checkSplit(t, &parallax.Document{Text: text})
		doc := &parallax.Document{Text: text, Sentences: segment.Segment(text)}
		checkSplit(t, doc)
		// Tokens out of order, and sentences with bad spans.
		if len(doc.Sentences) > 0 && len(doc.Sentences[0].Tokens) > 2 {
			toks := doc.Sentences[0].Tokens
			toks[0], toks[2] = toks[2], toks[0]
			doc.Sentences = append(doc.Sentences, parallax.Sentence{Span: parallax.Span{Start: 5, End: 2}},
				parallax.Sentence{Span: parallax.Span{Start: 0, End: len(text) + 1}})
			checkSplit(t, doc)
		}
	}
}

func FuzzSplitAsBefore(f *testing.F) {
	for _, s := range splitTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSplit(t, &parallax.Document{Text: text})
		checkSplit(t, &parallax.Document{Text: text, Sentences: segment.Segment(text)})
	})
}

// TestSplitOncePerDocument checks that Split makes one word split per
// document and gives every caller the same one, and a new one when the
// document's sentences are replaced (a segmenter run again).
func TestSplitOncePerDocument(t *testing.T) {
	seg, err := segment.Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := &parallax.Document{Text: "Troops of the Veltan army crossed at dawn. Two villages were shelled."}
	seg.Process(doc)
	doc.KeepDerived() // as the pipeline does
	a, b := Split(doc), Split(doc)
	if len(a) != 2 || len(b) != 2 || &a[0] != &b[0] || &a[1].Words[0] != &b[1].Words[0] {
		t.Fatalf("two calls on one document gave two splits: %d and %d sentences", len(a), len(b))
	}
	if want := splitBefore(doc); !reflect.DeepEqual(a, want) {
		t.Errorf("shared split %+v, want %+v", a, want)
	}
	doc.Sentences = doc.Sentences[:1:1]
	if c := Split(doc); len(c) != 1 || !reflect.DeepEqual(c, splitBefore(doc)) {
		t.Errorf("after the sentences were replaced: %+v", c)
	}
}
