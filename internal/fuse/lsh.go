package fuse

// bandIndex finds the LSH entries with a band key, latest first. Entries
// are chained per bucket (the key's low bits), not per key: a bucket holds
// on average less than one other key, whose entries a walk skips by
// recomputing their keys from the signatures (entry e is band e%lshBands
// of signature e/lshBands). That takes 4 bytes per entry and per bucket
// (about 9 per entry), where a table of keys with chains per key took 18;
// the entries of a key are met in the same order (latest first), so what a
// scan of a key's entries finds is unchanged.
type bandIndex struct {
	heads []int32 // bucket → latest entry in it, -1 when empty
	next  []int32 // entry → the previous entry in its bucket, -1 at the end
}

// first returns the latest entry in key's bucket (of any key), -1 if none:
// follow next and skip the entries whose key differs.
func (t *bandIndex) first(key uint64) int32 {
	if len(t.heads) == 0 {
		return -1
	}
	return t.heads[int(key)&(len(t.heads)-1)]
}

// push adds the next entry (numbered len(t.next)) with key. keyOf
// recomputes an entry's key, for when the buckets double.
func (t *bandIndex) push(key uint64, keyOf func(e int32) uint64) {
	if len(t.next) >= len(t.heads) {
		t.grow(keyOf)
	}
	b := int(key) & (len(t.heads) - 1)
	t.next = append(t.next, t.heads[b])
	t.heads[b] = int32(len(t.next) - 1)
}

// grow doubles the buckets (at one entry per bucket on average) and
// rechains every entry, oldest first, so that each bucket's chain stays
// latest first.
func (t *bandIndex) grow(keyOf func(e int32) uint64) {
	t.heads = make([]int32, max(1024, 2*len(t.heads)))
	for i := range t.heads {
		t.heads[i] = -1
	}
	mask := len(t.heads) - 1
	for e := range t.next {
		b := int(keyOf(int32(e))) & mask
		t.next[e] = t.heads[b]
		t.heads[b] = int32(e)
	}
}
