package when

import (
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
)

func TestGoldenSeeds(t *testing.T) {
	type row struct {
		Article string             `json:"article"`
		Text    string             `json:"text"`
		Start   int                `json:"start"`
		End     int                `json:"end"`
		Date    parallax.DateRange `json:"date"`
	}
	var rows []row
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		New().Process(doc)
		for _, d := range doc.Dates {
			rows = append(rows, row{a.ID, doc.Text[d.Start:d.End], d.Start, d.End, d.Date})
		}
	}
	testutil.GoldenJSON(t, "seeds.json", rows)
}

func FuzzWhen(f *testing.F) {
	f.Add("The clashes began early Sunday morning, on 13 September 2022.", "2020-09-27")
	f.Add("from 10 to 12 May; 1988–1994; two days ago; mid-September; Sept. 12, 2022", "2022-01-01")
	f.Add("31 February 2021 and 0-0 May", "")
	f.Add("In 2019 it began. Three years later, that winter, the following spring, Q3 2025, the end of that year, on the 15th, Christmas Eve, 3/7/2025, 2025-26, Monday last, the second anniversary of the May 2 attack", "2025-03-27")
	f.Fuzz(func(t *testing.T, text, pub string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Article: parallax.Article{Published: pub}, Text: text}
		New().Process(doc)
		for _, d := range doc.Dates {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End {
				t.Fatalf("span %d..%d outside text of %d bytes", d.Start, d.End, len(text))
			}
			if d.Date.Precision == "" {
				t.Fatalf("no precision: %+v", d)
			}
			if (d.Date.Start == "") != (d.Date.Precision == Unknown) {
				t.Fatalf("resolved without a precision, or precision without a date: %+v", d)
			}
		}
	})
}

func BenchmarkWhen(b *testing.B) {
	seeds := testutil.Seeds(b)
	b.ReportAllocs()
	s := New()
	for b.Loop() {
		for _, a := range seeds {
			doc := &parallax.Document{Article: a, Text: a.Body}
			s.Process(doc)
		}
	}
	b.ReportMetric(float64(b.N*len(seeds))/b.Elapsed().Seconds(), "articles/s")
}
