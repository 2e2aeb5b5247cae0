package pos

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBestAndMargin: the one-pass pick and margin are argmax and margin's,
// with ties (the first best wins, and a tie leaves a margin of 0), a
// single class and infinite scores, on short and long score lists.
func TestBestAndMargin(t *testing.T) {
	inf := float32(math.Inf(1))
	cases := [][]float32{
		{1}, {2, 2}, {1, 3, 3}, {3, 1, 3}, {-1, -2, -3}, {0, 0, 0, 1},
		{-inf, -inf}, {-inf, 1}, {inf, 1, inf}, {5, 4, 5, 6, 6},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	// Up to 60 classes, so that the groups of four and the rest after
	// them are both read.
	for range 2000 {
		s := make([]float32, 1+rng.IntN(60))
		for k := range s {
			s[k] = float32(rng.IntN(5)) / 4
		}
		cases = append(cases, s)
	}
	for _, s := range cases {
		best, m := bestAndMargin(s)
		wantBest := int32(argmax(s))
		wantM := margin(s, wantBest)
		if best != wantBest || m != wantM && !(math.IsNaN(float64(m)) && math.IsNaN(float64(wantM))) {
			t.Errorf("%v: got %d, %v; want %d, %v", s, best, m, wantBest, wantM)
		}
	}
}

// TestBestAndMarginSums: picking from the integer sums gives what
// bestAndMargin gives on their scores, with ties of sums, sums that
// rounding makes equal scores (large sums, a scale that merges
// neighbours), negative scales and a single class.
func TestBestAndMarginSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 20000 {
		acc := make([]int32, 1+rng.IntN(70), 256)
		spread := []int32{3, 50, 1 << 20, 1 << 29}[n%4]
		for k := range acc {
			acc[k] = rng.Int32N(2*spread) - spread
			if n%7 == 0 {
				acc[k] = 1<<29 + rng.Int32N(64) // neighbours that one score holds
			}
		}
		scale := []float32{1.0 / 4096, 0.37, 3e-5, -0.5, 1}[n%5]
		s := make([]float32, len(acc))
		for k, v := range acc {
			s[k] += float32(v) * scale // as perceptron.Model.AddScaled does
		}
		best, m := bestAndMarginSums(acc, s)
		wantBest, wantM := bestAndMargin(s)
		if best != wantBest || m != wantM {
			t.Fatalf("%v × %v: got %d, %v; want %d, %v", acc, scale, best, m, wantBest, wantM)
		}
	}
}
