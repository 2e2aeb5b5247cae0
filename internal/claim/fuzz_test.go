package claim

import (
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// FuzzProcess: on any UTF-8 text the stage does not panic, and the claimed
// span, the speaker and the cue of every claim lie inside the text, with
// parents that name earlier-emitted claims of the document.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"“We will respond,” he said, “soon.” Baku says Yerevan claims that it attacked.",
		"According to , . it is noted that \" said the",
		"In Armenia, Azerbaijan is blamed for it, saying that",
		"said said said “ ” , told that according to",
		"LURIN, Feb 3 (Reuters) - The army said it, but they denied it and said that - QUETTA: (",
	} {
		f.Add(s)
	}
	analyze(f, "", "")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Text: text}
		actorSt.Process(doc)
		New().Process(doc)
		ids := map[string]bool{}
		for _, c := range doc.Claims {
			ids[c.ID] = true
		}
		for _, c := range doc.Claims {
			in := func(a, b int) bool { return 0 <= a && a <= b && b <= len(text) }
			if !in(c.Start, c.End) || !in(c.Cue.Start, c.Cue.End) || c.Cue.Text != text[c.Cue.Start:c.Cue.End] {
				t.Fatalf("claim span or cue outside the text: %+v", c)
			}
			if c.Speaker.Text != "" && (!in(c.Speaker.Start, c.Speaker.End) || c.Speaker.Text != text[c.Speaker.Start:c.Speaker.End]) {
				t.Fatalf("speaker outside the text: %+v", c.Speaker)
			}
			if c.Parent != "" && (!ids[c.Parent] || c.Parent == c.ID) {
				t.Fatalf("bad parent %q", c.Parent)
			}
			if c.Stance != parallax.StanceAssert && c.Stance != parallax.StanceDeny || c.Quote != parallax.QuoteDirect && c.Quote != parallax.QuoteIndirect {
				t.Fatalf("bad stance or quote: %+v", c)
			}
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	arts := testutil.Seeds(b)
	analyze(b, "", "")
	docs := make([]parallax.Document, len(arts))
	for i, a := range arts {
		docs[i] = parallax.Document{Article: a, Text: a.Body}
		actorSt.Process(&docs[i])
	}
	st := New()
	b.ResetTimer()
	for range b.N {
		for i := range docs {
			d := docs[i]
			d.Claims = nil
			st.Process(&d)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkDemoCorpus runs the claim stage over the embedded demo corpus
// after the actor stage (which is not timed).
func BenchmarkDemoCorpus(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	analyze(b, "", "")
	docs := make([]parallax.Document, len(arts))
	for i, a := range arts {
		docs[i] = parallax.Document{Article: a, Text: a.Body}
		actorSt.Process(&docs[i])
	}
	st := New()
	b.ResetTimer()
	for range b.N {
		for i := range docs {
			d := docs[i]
			d.Claims = nil
			st.Process(&d)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
