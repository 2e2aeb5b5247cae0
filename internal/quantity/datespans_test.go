package quantity

import (
	"math/rand/v2"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestInDateAsWalk holds inDate's search of the joined spans to the walk
// over every time expression it replaced, on random sets of spans
// (overlapping, touching, nested, empty and reversed ones among them)
// and every offset around them.
func TestInDateAsWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for range 2000 {
		var dates []parallax.DateMention
		for range r.IntN(8) {
			start := r.IntN(60)
			dates = append(dates, parallax.DateMention{Span: parallax.Span{Start: start, End: start + r.IntN(12) - 2}})
		}
		c := &context{doc: &parallax.Document{Dates: dates}, dateSpans: dateSpans(dates)}
		for off := -2; off < 80; off++ {
			want := false
			for _, d := range dates {
				if d.Start <= off && off < d.End {
					want = true
				}
			}
			if got := c.inDate(off); got != want {
				t.Fatalf("inDate(%d) = %v over %v, the walk says %v", off, got, dates, want)
			}
		}
	}
}

// BenchmarkInDate asks inDate for every offset of a 3,000-byte text with
// 20 time expressions, as sentenceCounts asks for every word's start.
func BenchmarkInDate(b *testing.B) {
	var dates []parallax.DateMention
	for k := range 20 {
		dates = append(dates, parallax.DateMention{Span: parallax.Span{Start: 150*k + 40, End: 150*k + 52}})
	}
	c := &context{doc: &parallax.Document{Dates: dates}, dateSpans: dateSpans(dates)}
	n := 0
	for b.Loop() {
		for off := range 3000 {
			if c.inDate(off) {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no offset in a date")
	}
}
