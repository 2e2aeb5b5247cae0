package pos

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// TestSumArena: sums of an arena never straddle two chunks, start set to
// zero, have a wide sum's capacity and keep their values while more are
// added; a reset arena places sums where the first ones were, reusing its
// chunks.
func TestSumArena(t *testing.T) {
	const nc = 107
	var a sumArena
	var offs []int32
	for k := range 3 * arenaChunk / nc {
		off := a.alloc(nc)
		s := a.sum(off, nc)
		if int(off&(arenaChunk-1))+nc > arenaChunk {
			t.Fatalf("sum %d at %d straddles a chunk", k, off)
		}
		if cap(s) < perceptron.WideSum {
			t.Fatalf("sum %d: capacity %d", k, cap(s))
		}
		for c := range s {
			if s[c] != 0 {
				t.Fatalf("sum %d starts at %d", k, s[c])
			}
			s[c] = int32(k*1000 + c)
		}
		offs = append(offs, off)
	}
	for k, off := range offs {
		if s := a.sum(off, nc); s[0] != int32(k*1000) || s[nc-1] != int32(k*1000+nc-1) {
			t.Fatalf("sum %d was overwritten: %d ... %d", k, s[0], s[nc-1])
		}
	}
	chunks := len(a.chunks)
	a.reset()
	for k := range offs {
		if off := a.place(nc); off != offs[k] {
			t.Fatalf("after reset, sum %d at %d, first at %d", k, off, offs[k])
		}
	}
	if len(a.chunks) != chunks {
		t.Errorf("%d chunks after reset, %d before", len(a.chunks), chunks)
	}
}
