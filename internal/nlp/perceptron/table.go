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

// slot holds a key and its row's place in the weight list, so that a
// lookup costs one cache miss for the slot and one for the weights.
type slot struct {
	key        uint64
	start, end uint32
}

func newTable(keys []uint64, starts []uint32) table {
	size := uint64(16)
	for size*3 < uint64(len(keys))*4 { // load factor at most 3/4
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: size - 1}
	for r, k := range keys {
		t.put(slot{k, starts[r], starts[r+1]})
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

// get returns the range of k's weights; empty when k is unknown.
func (t *table) get(k uint64) (start, end uint32) {
	if k == 0 {
		return t.zero.start, t.zero.end
	}
	i := k & t.mask
	for {
		s := &t.slots[i]
		if s.key == k {
			return s.start, s.end
		}
		if s.key == 0 {
			return 0, 0
		}
		i = (i + 1) & t.mask
	}
}
