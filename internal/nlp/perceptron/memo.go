package perceptron

import "math/bits"

// KeepBits serves the taggers' word-feature memos, which keep their most
// used words when full instead of starting cold. It returns the least bit
// length of a hit count that keeps at most most of n entries (hits(i) is
// entry i's count since the memo last filled), and at least 1: a word met
// once (no hit since it was added) is not kept. Counting by bit length,
// not sorting, makes the cut one pass; 33 keeps none.
func KeepBits(n, most int, hits func(int) uint32) int {
	var count [33]int
	for i := range n {
		count[bits.Len32(hits(i))]++
	}
	minLen, kept := 33, 0
	for minLen > 1 && kept+count[minLen-1] <= most {
		minLen--
		kept += count[minLen]
	}
	return minLen
}

// GrowMemo returns s with room for n more elements, doubling its capacity
// when it must grow. The taggers' memos grow to megabytes while their
// first texts fill them, and append grows a slice that large by a quarter
// at a time: the first fill of the tagger's sums allocated about 4.7
// times their final size (81 MB for 200 news articles), all of it fresh
// memory the system must fault in. Doubling allocates at most twice.
func GrowMemo[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) >= n {
		return s
	}
	grown := make(S, len(s), max(2*cap(s), len(s)+n))
	copy(grown, s)
	return grown
}
