package fuse

import (
	"math"
	"slices"
)

// term is one weighted content stem of a text vector.
type term struct {
	H uint64
	W float32
}

// termVec is a sparse TF-IDF vector: terms sorted by hash, unit length.
type termVec []term

// vecTerms is how many of its heaviest terms a vector keeps. Fifty content
// stems name what a story is about (its people, places, weapons, numbers);
// the long tail adds cost and noise, not signal.
const vecTerms = 48

// newVec builds the vector of term counts tf, weighting each by
// (1 + ln tf) × idf and keeping the vecTerms heaviest.
func newVec(tf map[uint64]int32, idf func(uint64) float64) termVec {
	v := make(termVec, 0, len(tf))
	for h, n := range tf {
		v = append(v, term{h, float32((1 + math.Log(float64(n))) * idf(h))})
	}
	return topTerms(v, vecTerms)
}

// topTerms keeps the k heaviest terms (ties by hash, for determinism),
// sorts them by hash and scales them to unit length.
func topTerms(v termVec, k int) termVec {
	if len(v) > k {
		slices.SortFunc(v, func(a, b term) int {
			switch {
			case a.W > b.W:
				return -1
			case a.W < b.W:
				return 1
			case a.H < b.H:
				return -1
			case a.H > b.H:
				return 1
			}
			return 0
		})
		v = v[:k]
	}
	slices.SortFunc(v, func(a, b term) int {
		switch {
		case a.H < b.H:
			return -1
		case a.H > b.H:
			return 1
		}
		return 0
	})
	var n float64
	for _, t := range v {
		n += float64(t.W) * float64(t.W)
	}
	if n > 0 {
		s := float32(1 / math.Sqrt(n))
		for i := range v {
			v[i].W *= s
		}
	}
	// A copy of its own size: an incident keeps its vector for good, and
	// the array it was cut from holds every term of the text.
	return slices.Clone(v)
}

// cosine is the dot product of two unit vectors.
func cosine(a, b termVec) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].H < b[j].H:
			i++
		case a[i].H > b[j].H:
			j++
		default:
			s += float64(a[i].W) * float64(b[j].W)
			i++
			j++
		}
	}
	return s
}

// centroid is the mean direction of a (the centroid of na vectors) and b
// (of nb), truncated to k terms: an incident's vector as members join.
func centroid(a termVec, na int, b termVec, nb int, k int) termVec {
	out := make(termVec, 0, len(a)+len(b))
	fa, fb := float32(na), float32(nb)
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].H < b[j].H:
			out = append(out, term{a[i].H, a[i].W * fa})
			i++
		case i == len(a) || b[j].H < a[i].H:
			out = append(out, term{b[j].H, b[j].W * fb})
			j++
		default:
			out = append(out, term{a[i].H, a[i].W*fa + b[j].W*fb})
			i++
			j++
		}
	}
	return topTerms(out, k)
}
