package fuse

import (
	"slices"
	"testing"
)

// TestBandIndex: a walk of a key's bucket, skipping other keys, gives that
// key's entries latest first, whatever keys share its bucket and across
// growth; an absent key gives none.
func TestBandIndex(t *testing.T) {
	var keys []uint64 // entry → key
	keyOf := func(e int32) uint64 { return keys[e] }
	var tb bandIndex
	want := map[uint64][]int32{} // latest first
	add := func(k uint64) {
		e := int32(len(keys))
		keys = append(keys, k)
		tb.push(k)
		want[k] = append([]int32{e}, want[k]...)
	}
	for i := range uint64(3000) {
		add(0xabcd0000_00000000 | i<<10) // buckets 0 apart modulo 1024
		add(i << 40)                     // all in bucket 0, one check
		add(i<<40 | 1<<33)               // likewise
		if i%7 == 0 {
			add(0xabcd0000_00000000 | i<<10) // a key with several entries
		}
	}
	walk := func(k uint64) []int32 {
		var got []int32
		for e := tb.first(k); e >= 0; e = tb.next[e] {
			if tb.chk[e] == uint32(k) && keyOf(e) == k {
				got = append(got, e)
			}
		}
		return got
	}
	for k, w := range want {
		if got := walk(k); !slices.Equal(got, w) {
			t.Fatalf("key %#x: entries %v, want %v", k, got, w)
		}
	}
	for _, k := range []uint64{1, 0xabcd0000_00000000 | 5000<<10, 9999 << 40} {
		if got := walk(k); len(got) > 0 {
			t.Errorf("absent key %#x found: entries %v", k, got)
		}
	}
	if 2*len(tb.heads) < len(tb.next) || len(tb.heads) >= 2*len(tb.next) {
		t.Errorf("%d buckets for %d entries", len(tb.heads), len(tb.next))
	}
}
