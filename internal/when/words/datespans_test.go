package words

import (
	"math/rand/v2"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestDateSpansAsWalk holds Covers's search of the joined spans to a walk
// over every time expression, on random sets of spans (overlapping,
// touching, nested, empty and reversed ones among them) and every offset
// around them.
func TestDateSpansAsWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for range 2000 {
		var dates []parallax.DateMention
		for range r.IntN(8) {
			start := r.IntN(60)
			dates = append(dates, parallax.DateMention{Span: parallax.Span{Start: start, End: start + r.IntN(12) - 2}})
		}
		spans := JoinDates(dates)
		for off := -2; off < 80; off++ {
			want := false
			for _, d := range dates {
				if d.Start <= off && off < d.End {
					want = true
				}
			}
			if got := spans.Covers(off); got != want {
				t.Fatalf("Covers(%d) = %v over %v, the walk says %v", off, got, dates, want)
			}
		}
	}
}

// BenchmarkDateSpansCovers asks Covers for every offset of a 3,000-byte
// text with 20 time expressions, as the quantity stage asks for every
// word's start.
func BenchmarkDateSpansCovers(b *testing.B) {
	var dates []parallax.DateMention
	for k := range 20 {
		dates = append(dates, parallax.DateMention{Span: parallax.Span{Start: 150*k + 40, End: 150*k + 52}})
	}
	spans := JoinDates(dates)
	n := 0
	for b.Loop() {
		for off := range 3000 {
			if spans.Covers(off) {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no offset in a date")
	}
}
