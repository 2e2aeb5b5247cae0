package pos

import "github.com/parallaxhq/parallax/internal/nlp/perceptron"

// sumArena holds the sums the tagger's memo keeps (sentenceContext.parts),
// all of one length, in chunks of a fixed size. One slice grown as the
// memo filled allocated twice its final size (about 15 MB on news) while
// the first texts were tagged, fresh memory each time; chunks are never
// copied or dropped, and a memo that empties (keepFrequent, follow)
// reuses them. An offset is a chunk's number and a place in it.
type sumArena struct {
	chunks [][]int32 // each arenaChunk sums' room plus perceptron.WideSum
	next   int32     // the offset the next sum takes
}

const (
	arenaShift = 18 // a chunk holds 2^18 int32s (1 MB)
	arenaChunk = 1 << arenaShift
)

// place returns the offset of a new sum of n classes and moves past it,
// without clearing it: a sum never straddles two chunks.
func (a *sumArena) place(n int) int32 {
	c, i := int(a.next>>arenaShift), int(a.next&(arenaChunk-1))
	if i+n > arenaChunk {
		c, i = c+1, 0
	}
	if c == len(a.chunks) {
		// Past each chunk's last sum, the room a wide sum reads
		// (perceptron.WideSum).
		a.chunks = append(a.chunks, make([]int32, arenaChunk+perceptron.WideSum))
	}
	off := int32(c<<arenaShift | i)
	a.next = off + int32(n)
	return off
}

// alloc is place for a sum set to zero.
func (a *sumArena) alloc(n int) int32 {
	off := a.place(n)
	clear(a.sum(off, n))
	return off
}

// sum is the sum of n classes at off; its capacity reaches a wide sum's.
func (a *sumArena) sum(off int32, n int) []int32 {
	i := int(off & (arenaChunk - 1))
	return a.chunks[off>>arenaShift][i : i+n]
}

// reset empties the arena, keeping its chunks.
func (a *sumArena) reset() { a.next = 0 }
