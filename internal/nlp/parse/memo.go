package parse

import "github.com/parallaxhq/parallax/internal/nlp/perceptron"

// Much of the parser's time went into looking up and adding weights: the
// features of a configuration bring about 2,000 weights per word, most of
// them from the features of a word's children (their tags, relations, and
// the word "-NONE-" when there is no child), whose values are few, so
// that each has weights for half of the transitions. Those features are
// gathered in groups that read only a few atoms of the configuration (a
// head's tag and valency, its two nearest children's word, tag and
// relation on one side); the sum of a group's weights is kept in a small memo keyed by the atoms
// themselves, and a configuration whose atoms were seen before (three
// times in four on news for the child groups) copies or adds the kept sum
// instead of looking its features up. The key is the atoms, not a hash of
// them, and the sums are exact integers, so the scores are exactly those
// of looking every feature up. With the model's filter of absent features
// (perceptron.Model.Lookup) this made parsing 6 to 11 % faster, measured
// in one process that alternated with the previous parser batch by batch
// (28 % fewer look-ups and a third fewer weight additions; the look-ups
// saved are mostly of frequent features, whose rows were in the caches).
//
// The tags of the stack's and the buffer's words (groupStackTags,
// groupBufferTags) are memoised the same way: their sums are copied
// rather than added, which costs little even when half of the look-ups
// miss (about 4 % less time in the same kind of measure).

// Feature groups.
const (
	groupS0Left     = iota // s0's tag, left valency and two leftmost children
	groupS0Right           // s0's tag, right valency and two rightmost children
	groupS1                // s1's tag and its two rightmost children
	groupB0Left            // b0's tag, left valency and two leftmost children
	groupStackTags         // the stack's depth, the tags of s0, s1, s2, and s0's distance to s1
	groupBufferTags        // the tags of b0, b1, b2
	numGroups
)

// partGroups lists the groups of each part of the features: the part's
// features are those of its part function and of its groups.
var partGroups = [numParts][]int{
	partStackWord:   {groupStackTags},
	partStackS1:     {groupS1},
	partStackS0:     {groupS0Left, groupS0Right},
	partBufferWord:  {groupBufferTags},
	partBufferChild: {groupB0Left},
}

// groupKey holds the atoms a group's features read (unused ones zero).
type groupKey [7]uint64

// childGroupTemplates are the templates of the groups that read a head h
// and its two nearest children c1, c2 on one side: (h tag, valency),
// c1 word, c1 tag, c1 relation, c2 tag, c2 relation, (h tag, c1 relation,
// c2 relation), (h tag, c1 tag, c2 tag).
var childGroupTemplates = [numGroups][8]int{
	groupS0Left:  {73, 80, 81, 82, 92, 93, 98, 101},
	groupS0Right: {71, 83, 84, 85, 94, 95, 99, 102},
	groupB0Left:  {75, 86, 87, 88, 96, 97, 100, 103},
}

// groupAtoms lists, for each group, the atoms of its key that each of
// its features reads, in the order groupFeatures appends them.
var groupAtoms = [numGroups][][]int{
	groupS0Left:     childGroupAtoms,
	groupS0Right:    childGroupAtoms,
	groupB0Left:     childGroupAtoms,
	groupStackTags:  {{0}, {1}, {2}, {3}, {1, 2}, {1, 2, 3}, {1, 2, 4}},
	groupBufferTags: {{0}, {1}, {2}, {0, 1}, {0, 1, 2}},
	groupS1:         {{2}, {3}, {1}, {0, 3, 4}},
}

var childGroupAtoms = [][]int{{0, 1}, {2}, {3}, {4}, {5}, {6}, {0, 4, 6}, {0, 3, 5}}

// groupKeyOf returns the atoms of group g in configuration c that the
// parser's features read. An atom that only left-out templates read is
// zero, so that configurations that differ in it alone share a memo slot
// (a child's word, for instance, makes most of the child groups' misses).
func (p *Parser) groupKeyOf(g int, s *sentence, c *config) groupKey {
	k := p.groupKeyAll(g, s, c)
	if p.sel.masked[g] {
		for i := range k {
			k[i] &= p.sel.atoms[g][i]
		}
	}
	return k
}

// groupKeyAll returns all the atoms of group g in configuration c.
func (p *Parser) groupKeyAll(g int, s *sentence, c *config) groupKey {
	// children returns the key of head h with children c1, c2 and
	// valency v.
	children := func(h, c1, c2, v int) groupKey {
		return groupKey{s.t(h), uint64(v), s.w(c1), s.t(c1), p.rel(c, c1), s.t(c2), p.rel(c, c2)}
	}
	s0 := c.s(0)
	switch g {
	case groupS0Left:
		if s0 < 0 {
			return children(s0, none, none, 0)
		}
		return children(s0, c.lc1[s0], c.lc2[s0], c.nLeft[s0])
	case groupS0Right:
		if s0 < 0 {
			return children(s0, none, none, 0)
		}
		return children(s0, c.rc1[s0], c.rc2[s0], c.nRight[s0])
	case groupB0Left:
		b0 := c.b
		return children(b0, c.lc1[b0], c.lc2[b0], c.nLeft[b0])
	case groupStackTags:
		s1 := c.s(1)
		return groupKey{uint64(min(len(c.stack), 3)), s.t(s0), s.t(s1), s.t(c.s(2)), uint64(distance(s1, s0))}
	case groupBufferTags:
		b0 := c.b
		b1, b2 := c.ahead(1), c.ahead(2)
		return groupKey{s.t(b0), s.t(b1), s.t(b2)}
	default: // groupS1
		s1 := c.s(1)
		r1, r2 := none, none
		if s1 >= 0 {
			r1, r2 = c.rc1[s1], c.rc2[s1]
		}
		return groupKey{s.t(s1), s.w(r1), s.t(r1), p.rel(c, r1), p.rel(c, r2)}
	}
}

// groupFeatures appends the features of group g with atoms k. They are
// built from k alone, so that equal keys have equal features.
func (p *Parser) groupFeatures(dst []uint64, g int, k *groupKey) []uint64 {
	start := len(dst)
	dst = groupFeaturesAll(dst, g, k)
	return p.filter(dst, start, listGroup+g)
}

// groupFeaturesAll appends every feature of group g with atoms k.
func groupFeaturesAll(dst []uint64, g int, k *groupKey) []uint64 {
	T := perceptron.Template
	switch g {
	case groupStackTags:
		depth, s0t, s1t, s2t, d1 := k[0], k[1], k[2], k[3], k[4]
		return append(dst,
			T(0).U64(depth).Sum(), T(2).U64(s0t).Sum(), T(5).U64(s1t).Sum(), T(15).U64(s2t).Sum(),
			T(28).U64(s1t).U64(s0t).Sum(),
			T(43).U64(s2t).U64(s1t).U64(s0t).Sum(),
			T(66).U64(s1t).U64(s0t).U64(d1).Sum(),
		)
	case groupBufferTags:
		b0t, b1t, b2t := k[0], k[1], k[2]
		return append(dst,
			T(8).U64(b0t).Sum(), T(11).U64(b1t).Sum(), T(14).U64(b2t).Sum(),
			T(27).U64(b0t).U64(b1t).Sum(),
			T(40).U64(b0t).U64(b1t).U64(b2t).Sum(),
		)
	case groupS1:
		s1t, w1, t1, r1, r2 := k[0], k[1], k[2], k[3], k[4]
		return append(dst,
			T(89).U64(t1).Sum(), T(90).U64(r1).Sum(), T(91).U64(w1).Sum(),
			T(104).U64(s1t).U64(r1).U64(r2).Sum(),
		)
	}
	tp := &childGroupTemplates[g]
	ht, v, w1, t1, r1, t2, r2 := k[0], k[1], k[2], k[3], k[4], k[5], k[6]
	return append(dst,
		T(tp[0]).U64(ht).U64(v).Sum(),
		T(tp[1]).U64(w1).Sum(), T(tp[2]).U64(t1).Sum(), T(tp[3]).U64(r1).Sum(),
		T(tp[4]).U64(t2).Sum(), T(tp[5]).U64(r2).Sum(),
		T(tp[6]).U64(ht).U64(r1).U64(r2).Sum(),
		T(tp[7]).U64(ht).U64(t1).U64(t2).Sum(),
	)
}

// memoEntries is the number of sums a group's memo keeps (a power of
// two). On the news of the demo corpus a memo of 1,024 sums answers 75 to
// 90 % of the look-ups of the child groups and 45 to 60 % of those of the
// tag groups; the six memos take 2.5 MB for the parser's 103 transitions.
const memoEntries = 1024

// memo keeps the weight sums of one group's features for recently seen
// keys, one per slot (a new key replaces the one in its slot).
type memo struct {
	nc   int
	keys []groupKey
	full []bool
	sums []int32 // slot i at [i*nc, (i+1)*nc)
}

func (m *memo) reset(entries, nc int) {
	if m.nc == nc && len(m.keys) == entries {
		return
	}
	m.nc = nc
	m.keys = make([]groupKey, entries)
	m.full = make([]bool, entries)
	// Every slot's sum has the room of a wide sum (perceptron.WideSum).
	m.sums = make([]int32, entries*nc, entries*nc+perceptron.WideSum)
}

// find returns k's slot and whether it holds k's sum.
func (m *memo) find(k *groupKey) (int, bool) {
	h := k[0]
	for _, a := range k[1:] {
		h = (h ^ a) * 0x9e3779b97f4a7c15
	}
	h ^= h >> 31
	i := int(h & uint64(len(m.keys)-1))
	return i, m.full[i] && sameKey(&m.keys[i], k)
}

// sameKey is a == b, written out: the compiler calls a memory comparison
// routine for an array of this size, which cost a twentieth of parsing.
func sameKey(a, b *groupKey) bool {
	return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3] &&
		a[4] == b[4] && a[5] == b[5] && a[6] == b[6]
}

func (m *memo) sum(i int) []int32 { return m.sums[i*m.nc : (i+1)*m.nc] }

// fill sets slot i to k with the weights of rows.
func (m *memo) fill(i int, k *groupKey, model *perceptron.Model, rows []perceptron.Row) {
	sum := m.sum(i)
	clear(sum)
	model.AddRows(rows, sum)
	m.keys[i], m.full[i] = *k, true
}
