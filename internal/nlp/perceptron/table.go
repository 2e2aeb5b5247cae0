package perceptron

// table maps feature keys to row numbers with open addressing and linear
// probing. The keys are already well-mixed hashes, so their low bits pick
// the slot; this is several times faster than a Go map on the hot path of
// tagging and parsing, where every feature is looked up and most are
// absent.
type table struct {
	slots []slot
	mask  uint64
	zero  slot // the row of key 0, which marks empty slots (empty when none)
}

// slot holds a key and its row: the row itself when it is short, its
// place in the weight list otherwise (see Model.layout), so that a lookup
// costs one cache miss, or two for a long row.
type slot struct {
	key  uint64
	a, b uint32
}

// newTable indexes keys[r] with the row (a[r], b[r]).
func newTable(keys []uint64, a, b []uint32) table {
	size := uint64(16)
	for size*3 < uint64(len(keys))*4 { // load factor at most 3/4
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: size - 1, zero: slot{b: emptyRow}}
	for r, k := range keys {
		t.put(slot{k, a[r], b[r]})
	}
	return t
}

func (t *table) put(s slot) {
	if s.key == 0 {
		t.zero = s
		return
	}
	i := s.key & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != s.key {
		i = (i + 1) & t.mask
	}
	t.slots[i] = s
}

// get returns k's row; an empty one when k is unknown.
func (t *table) get(k uint64) (a, b uint32) {
	if k == 0 {
		return t.zero.a, t.zero.b
	}
	i := k & t.mask
	for {
		s := &t.slots[i]
		if s.key == k {
			return s.a, s.b
		}
		if s.key == 0 {
			return 0, emptyRow
		}
		i = (i + 1) & t.mask
	}
}
