package event

import (
	"math/rand/v2"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestInDateAsWalk holds inDate's search of the joined spans to a walk
// over every time expression, on random sets of spans (overlapping,
// touching, nested, empty and reversed ones among them) and every offset
// around them.
func TestInDateAsWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	for range 2000 {
		var dates []parallax.DateMention
		for range r.IntN(8) {
			start := r.IntN(60)
			dates = append(dates, parallax.DateMention{Span: parallax.Span{Start: start, End: start + r.IntN(12) - 2}})
		}
		dc := &docContext{doc: &parallax.Document{Dates: dates}, dateSpans: dateSpans(dates)}
		for off := -2; off < 80; off++ {
			want := false
			for _, d := range dates {
				if d.Start <= off && off < d.End {
					want = true
				}
			}
			if got := dc.inDate(off); got != want {
				t.Fatalf("inDate(%d) = %v over %v, the walk says %v", off, got, dates, want)
			}
		}
	}
}
