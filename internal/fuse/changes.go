package fuse

import (
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// Writing fusion results after each batch of a large ingest must not
// rewrite every incident: Changes returns only what the documents added
// since its last call touched. An incident changes when a segment joins it,
// when another incident merges into it, and when two duplicate groups
// become one (its source count may drop); a merged-away incident is
// removed. Duplicate entries change only with the articles they name, and
// an article names itself only when it is added.

// KeyedDuplicate is a duplicate entry with what identifies it across
// calls: Key (an exact group keeps its key as copies join it) and Order,
// its place in Duplicates.
type KeyedDuplicate struct {
	Key   string
	Order int64
	parallax.Duplicate
}

// markDirty records that incident i (or its root) must be described again.
func (ix *Index) markDirty(i int32) {
	for int(i) >= len(ix.isDirty) {
		ix.isDirty = append(ix.isDirty, false)
	}
	if !ix.isDirty[i] {
		ix.isDirty[i] = true
		ix.dirty = append(ix.dirty, i)
	}
}

// groupsMerging marks the incidents that two duplicate groups' union can
// change: those holding members of both, found among the members of the
// smaller group, so that the cost stays that of the smaller side.
func (ix *Index) groupsMerging(ra, rb int32) {
	small := ra
	if ix.gsize[rb] < ix.gsize[ra] {
		small = rb
	}
	for m := small; ; {
		for _, s := range ix.arts[m].segs {
			ix.markDirty(ix.segs[s].inc)
		}
		if m = ix.gnext[m]; m == small {
			break
		}
	}
	// Splice the two circular member lists into one.
	ix.gnext[ra], ix.gnext[rb] = ix.gnext[rb], ix.gnext[ra]
	ix.gsize[ra] += ix.gsize[rb]
	ix.gsize[rb] = ix.gsize[ra]
}

// Changes returns the incidents that changed since the last call (or since
// the index was made), described afresh, the ids of those that no longer
// exist (merged into others), and the duplicate entries that are new or
// changed, then starts afresh. Applying every call's changes in order to
// an empty result gives Incidents and Duplicates.
func (ix *Index) Changes() (changed []parallax.Incident, removed []string, dups []KeyedDuplicate) {
	each, removed, dups := ix.ChangesFunc()
	changed = []parallax.Incident{}
	each(func(inc parallax.Incident) error {
		changed = append(changed, inc)
		return nil
	})
	return changed, removed, dups
}

// ChangesFunc is Changes with the changed incidents described one at a
// time, as each calls fn with them (in the order Changes lists them), so
// that a caller writing every incident of a large index does not hold
// all their descriptions at once. each must be called, at most once,
// before the index changes again (Compact may come between: it changes
// where features live, not results); it returns fn's first error or the
// Cold store's (Err), stopping there.
func (ix *Index) ChangesFunc() (each func(fn func(parallax.Incident) error) error, removed []string, dups []KeyedDuplicate) {
	var roots []int32
	for _, i := range ix.dirty {
		ix.isDirty[i] = false
		if r := ix.find(i); !slices.Contains(roots, r) {
			roots = append(roots, r)
		}
	}
	ix.dirty = ix.dirty[:0]
	slices.Sort(roots)
	each = func(fn func(parallax.Incident) error) error {
		for _, r := range roots {
			if err := fn(ix.describe(r)); err != nil {
				return err
			}
			if ix.coldErr != nil {
				return ix.coldErr
			}
		}
		return nil
	}
	removed, ix.removed = ix.removed, nil

	firsts := ix.exactDirty
	slices.Sort(firsts)
	firsts = slices.Compact(firsts)
	for _, f := range firsts {
		dups = append(dups, ix.exactGroup(f))
	}
	for _, p := range ix.dups[ix.dupsSent:] {
		dups = append(dups, ix.pair(p))
	}
	ix.exactDirty, ix.dupsSent = ix.exactDirty[:0], len(ix.dups)
	slices.SortStableFunc(dups, func(a, b KeyedDuplicate) int { return int(a.Order - b.Order) })
	return each, removed, dups
}

// KeyedDuplicates is Duplicates with keys and orders.
func (ix *Index) KeyedDuplicates() []KeyedDuplicate {
	var out []KeyedDuplicate
	for i, a := range ix.arts {
		if a.exact == int32(i) && len(ix.copiesOf[int32(i)]) > 0 {
			out = append(out, ix.exactGroup(int32(i)))
		}
	}
	for _, p := range ix.dups {
		out = append(out, ix.pair(p))
	}
	slices.SortStableFunc(out, func(a, b KeyedDuplicate) int {
		switch {
		case a.Order < b.Order:
			return -1
		case a.Order > b.Order:
			return 1
		}
		return 0
	})
	return out
}

func order(a, b int32) int64 { return int64(a)<<32 | int64(b+1) }

// exactGroup is the entry of the exact copies of article f.
func (ix *Index) exactGroup(f int32) KeyedDuplicate {
	ids := []string{ix.arts[f].id}
	for _, c := range ix.copiesOf[f] {
		ids = append(ids, ix.arts[c].id)
	}
	return KeyedDuplicate{Key: "exact\n" + ids[0], Order: order(f, -1),
		Duplicate: parallax.Duplicate{Articles: ids, Kind: "exact", Similarity: 1}}
}

func (ix *Index) pair(p dupPair) KeyedDuplicate {
	ids := []string{ix.arts[p.a].id, ix.arts[p.b].id}
	return KeyedDuplicate{Key: p.kind + "\n" + strings.Join(ids, "\n"), Order: order(p.a, p.b),
		Duplicate: parallax.Duplicate{Articles: ids, Kind: p.kind, Similarity: p.sim}}
}
