package fuse

import "testing"

// TestBandTable: keys that share a fingerprint, or a home slot, or both,
// stay apart; the latest entry wins; growing keeps every key.
func TestBandTable(t *testing.T) {
	var keys []uint64 // entry → key
	keyOf := func(e int32) uint64 { return keys[e] }
	var tb bandTable
	want := map[uint64]int32{}
	add := func(k uint64) {
		e := int32(len(keys))
		keys = append(keys, k)
		tb.set(k, e, keyOf)
		want[k] = e
	}
	for i := range uint64(3000) {
		add(0xabcd0000_00000000 | i<<10) // one fingerprint, home slots 0 apart modulo 1024
		add(i << 40)                     // same home slot (low bits 0), fingerprints apart
		if i%7 == 0 {
			add(0xabcd0000_00000000 | i<<10) // again: the latest entry wins
		}
	}
	for k, e := range want {
		if got, ok := tb.get(k, keyOf); !ok || got != e {
			t.Fatalf("key %#x: entry %d %v, want %d", k, got, ok, e)
		}
	}
	if tb.n != len(want) {
		t.Errorf("%d keys in the table, want %d", tb.n, len(want))
	}
	for _, k := range []uint64{1, 0xabcd0000_00000000 | 5000<<10, 9999 << 40} {
		if e, ok := tb.get(k, keyOf); ok {
			t.Errorf("absent key %#x found: entry %d", k, e)
		}
	}
}
