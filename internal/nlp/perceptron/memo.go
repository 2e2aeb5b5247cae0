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
