package fuse

// bandTable maps an LSH band key to the latest entry with that key. It
// stores per slot a 32-bit fingerprint of the key and the entry, not the
// 64-bit key: an entry's key is recomputed from its signature (entry e is
// band e%lshBands of signature e/lshBands) when a fingerprint matches, so
// lookups stay exact at 8 bytes a slot, half of what a map takes.
type bandTable struct {
	fp    []uint32 // 0: empty slot
	entry []int32
	n     int
}

// fingerprint is never 0, the empty mark.
func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

// slot finds key's slot: the one holding it, or the empty one where it
// goes. keyOf recomputes an entry's key.
func (t *bandTable) slot(key uint64, keyOf func(e int32) uint64) (int, bool) {
	mask := len(t.fp) - 1
	f := fingerprint(key)
	for i := int(key) & mask; ; i = (i + 1) & mask {
		switch {
		case t.fp[i] == 0:
			return i, false
		case t.fp[i] == f && keyOf(t.entry[i]) == key:
			return i, true
		}
	}
}

// get returns the latest entry with key.
func (t *bandTable) get(key uint64, keyOf func(e int32) uint64) (int32, bool) {
	if t.n == 0 {
		return -1, false
	}
	i, ok := t.slot(key, keyOf)
	if !ok {
		return -1, false
	}
	return t.entry[i], true
}

// set makes e the latest entry with key.
func (t *bandTable) set(key uint64, e int32, keyOf func(e int32) uint64) {
	if 4*(t.n+1) > 3*len(t.fp) {
		t.grow(keyOf)
	}
	i, ok := t.slot(key, keyOf)
	if !ok {
		t.fp[i] = fingerprint(key)
		t.n++
	}
	t.entry[i] = e
}

func (t *bandTable) grow(keyOf func(e int32) uint64) {
	old, oldEntry := t.fp, t.entry
	size := max(1024, 2*len(old))
	t.fp, t.entry = make([]uint32, size), make([]int32, size)
	mask := size - 1
	for j, f := range old {
		if f == 0 {
			continue
		}
		key := keyOf(oldEntry[j])
		i := int(key) & mask
		for t.fp[i] != 0 {
			i = (i + 1) & mask
		}
		t.fp[i], t.entry[i] = f, oldEntry[j]
	}
}
