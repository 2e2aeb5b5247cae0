package parse

import (
	"math/rand/v2"
	"testing"
)

// TestBestValidSum: the transition picked from integer sums is the one
// bestValid picks from the same values as scores, in every kind of
// configuration (SHIFT, LEFT or RIGHT not allowed) and with ties, which
// go to the lowest transition number.
func TestBestValidSum(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := map[[3]bool]int{}
	for trial := range 2000 {
		n := 1 + rng.IntN(5)
		nc := 5 + rng.IntN(6) // odd as 1+2·labels, and even
		var c config
		c.reset(n)
		for !c.terminal() {
			sums := make([]int32, nc)
			scores := make([]float32, nc)
			for k := range sums {
				sums[k] = int32(rng.IntN(4)) - 2 // small values: many ties
				scores[k] = float32(sums[k])
			}
			kinds[[3]bool{c.canShift(), c.canLeft(), c.canRight()}]++
			got, want := bestValidSum(&c, sums), bestValid(&c, scores)
			if got != want {
				t.Fatalf("trial %d: sums %v, shift %v left %v right %v: picked %d, want %d",
					trial, sums, c.canShift(), c.canLeft(), c.canRight(), got, want)
			}
			var valid []int
			for tr := range nc - (nc+1)%2 {
				if c.valid(tr) {
					valid = append(valid, tr)
				}
			}
			c.apply(valid[rng.IntN(len(valid))])
		}
	}
	for _, k := range [][3]bool{{true, true, true}, {true, true, false}, {false, false, true}, {false, true, false}} {
		if kinds[k] == 0 {
			t.Errorf("no configuration with shift, left, right allowed = %v", k)
		}
	}
}

// TestBestValidParts: the transition picked while adding the parts is the
// one bestValidSum picks from their total, in every kind of configuration
// and with ties.
func TestBestValidParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 2000 {
		n := 1 + rng.IntN(5)
		nc := 5 + rng.IntN(6)
		var c config
		c.reset(n)
		for !c.terminal() {
			var parts [5][]int32
			total := make([]int32, nc)
			for p := range parts {
				parts[p] = make([]int32, nc)
				for k := range nc {
					parts[p][k] = int32(rng.IntN(3)) - 1 // small values: many ties
					total[k] += parts[p][k]
				}
			}
			want := bestValidSum(&c, total)
			got := bestValidParts(&c, parts[0], parts[1], parts[2], parts[3], parts[4])
			if got != want {
				t.Fatalf("trial %d: total %v, shift %v left %v right %v: picked %d, want %d",
					trial, total, c.canShift(), c.canLeft(), c.canRight(), got, want)
			}
			var valid []int
			for tr := range nc - (nc+1)%2 {
				if c.valid(tr) {
					valid = append(valid, tr)
				}
			}
			c.apply(valid[rng.IntN(len(valid))])
		}
	}
}
