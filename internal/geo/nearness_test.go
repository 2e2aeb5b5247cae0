package geo

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// nearnessEveryPoint is nearness as first written: the band of the
// smallest of all the distances, each measured.
func nearnessEveryPoint(p *Geoparser, entry int, points []point, self int) float64 {
	if p.gaz.Feature(entry) == "A.PCLI" {
		return 0
	}
	e := p.gaz.Entry(entry)
	best := math.Inf(1)
	for i, pt := range points {
		if i == self || pt.none {
			continue
		}
		best = math.Min(best, gazetteer.Distance(float64(e.Lat), float64(e.Lon), pt.lat, pt.lon))
	}
	switch {
	case best < 50:
		return 1.5
	case best < 150:
		return 1.2
	case best < 400:
		return 0.7
	case best < 1000:
		return 0.3
	}
	return 0
}

// TestNearnessSkipsOnlyFarPoints checks the chord test of nearness against
// measuring every point: random entries of the embedded gazetteer against
// sets of other entries, some near each other (one region), some spread,
// and points placed right at the band edges, where rounding would show.
func TestNearnessSkipsOnlyFarPoints(t *testing.T) {
	p := embedded(t)
	g := p.gaz
	rng := rand.New(rand.NewPCG(1, 2))
	pointOf := func(i int) point {
		e := g.Entry(i)
		return newPoint(float64(e.Lat), float64(e.Lon))
	}
	n := 2000
	if testing.Short() {
		n = 200
	}
	for trial := range n {
		entry := rng.IntN(g.Len())
		var points []point
		for range 1 + rng.IntN(12) {
			switch rng.IntN(4) {
			case 0:
				points = append(points, point{none: true})
			case 1:
				// A point at a band's edge from the entry, due north or
				// east, give or take ten metres.
				e := g.Entry(entry)
				km := []float64{50, 150, 400, 1000}[rng.IntN(4)] + (rng.Float64()-0.5)*0.02
				lat, lon := float64(e.Lat), float64(e.Lon)
				if rng.IntN(2) == 0 {
					lat += km / (earthRadius * math.Pi / 180)
				} else if c := math.Cos(lat * math.Pi / 180); c > 0.1 {
					lon += km / (earthRadius * math.Pi / 180 * c)
				}
				points = append(points, newPoint(lat, lon))
			default:
				points = append(points, pointOf(rng.IntN(g.Len())))
			}
		}
		self := rng.IntN(len(points) + 1)
		if got, want := p.nearness(entry, points, self), nearnessEveryPoint(p, entry, points, self); got != want {
			t.Fatalf("trial %d: nearness(%d) = %v, measuring every point gives %v", trial, entry, got, want)
		}
	}
}

// TestWordsBoundAndLower checks the two shortcuts of words: maxWords is
// never below the number of words, and each word's lower case is
// strings.ToLower of its text.
func TestWordsBoundAndLower(t *testing.T) {
	for _, text := range []string{
		"", "a", "Kalbajar's U.S.-backed forces, near Ma'arrat al-Nu'man.",
		"Ağdam—Füzuli 12,5 x\u0301y ǅemal İstanbul ÉCOLE café\xc3a 1 2 3 4",
		"\xff\xfeAB", "a.B.c", "ΑΘΗΝΑ και Ρόδος", "x y z 1 2 3 a-b c'd",
	} {
		ws := words(text)
		if n := maxWords(text); n < len(ws) {
			t.Errorf("maxWords(%q) = %d, words gives %d", text, n, len(ws))
		}
		for _, w := range ws {
			if w.lower != strings.ToLower(w.text) {
				t.Errorf("words(%q): lower of %q is %q", text, w.text, w.lower)
			}
		}
	}
}

func FuzzWordsBoundAndLower(f *testing.F) {
	f.Add("Kalbajar's U.S.-backed forces, near Ma'arrat al-Nu'man.")
	f.Add("Ağdam—Füzuli 12,5 İstanbul")
	f.Fuzz(func(t *testing.T, text string) {
		ws := words(text)
		if n := maxWords(text); n < len(ws) {
			t.Errorf("maxWords(%q) = %d, words gives %d", text, n, len(ws))
		}
		for _, w := range ws {
			if w.lower != strings.ToLower(w.text) {
				t.Errorf("words(%q): lower of %q is %q", text, w.text, w.lower)
			}
		}
	})
}
