package fuse

// bandIndex finds the LSH entries with a band key, latest first. Entries
// are chained per bucket (the key's low bits), not per key: a bucket holds
// on average less than one other key, whose entries a walk skips by their
// check (the key's low 32 bits) and, when the check matches, by the key
// recomputed from the signature (entry e is band e%lshBands of signature
// e/lshBands), so that signatures are read only for entries that are
// likely candidates (a compacted one is read back). With one bucket for
// one to two entries that takes 10 to 12 bytes per entry, where a table of
// keys with chains per key took 18;
// the entries of a key are met in the same order (latest first), so what a
// scan of a key's entries finds is unchanged.
type bandIndex struct {
	heads []int32  // bucket → latest entry in it, -1 when empty
	next  []int32  // entry → the previous entry in its bucket, -1 at the end
	chk   []uint32 // entry → the low 32 bits of its key
}

// first returns the latest entry in key's bucket (of any key), -1 if none:
// follow next and skip the entries whose key differs.
func (t *bandIndex) first(key uint64) int32 {
	if len(t.heads) == 0 {
		return -1
	}
	return t.heads[int(key)&(len(t.heads)-1)]
}

// push adds the next entry (numbered len(t.next)) with key.
func (t *bandIndex) push(key uint64) {
	if len(t.next) >= 2*len(t.heads) {
		t.grow()
	}
	b := int(key) & (len(t.heads) - 1)
	t.next = append(t.next, t.heads[b])
	t.chk = append(t.chk, uint32(key))
	t.heads[b] = int32(len(t.next) - 1)
}

// grow doubles the buckets (at two entries per bucket on average) and
// rechains every entry, oldest first, so that each bucket's chain stays
// latest first. A bucket is the key's low bits, which the check holds.
func (t *bandIndex) grow() {
	t.heads = make([]int32, max(1024, 2*len(t.heads)))
	for i := range t.heads {
		t.heads[i] = -1
	}
	mask := len(t.heads) - 1
	for e := range t.next {
		b := int(t.chk[e]) & mask
		t.next[e] = t.heads[b]
		t.heads[b] = int32(e)
	}
}
