package parse

import (
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// sentence holds the per-word hashes the feature templates combine,
// computed once per sentence (index n is the root).
type sentence struct {
	word []uint64 // lower-cased form
	tag  []uint64 // XPOS
	upos []uint64
}

var (
	hNone  = perceptron.StrHash("-NONE-")
	hRoot  = perceptron.StrHash("-ROOT-")
	hNoRel = perceptron.StrHash("-NOREL-")
)

func (s *sentence) w(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return s.word[i]
}

func (s *sentence) t(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return s.tag[i]
}

func (s *sentence) u(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return s.upos[i]
}

// rel is the hash of word w's relation in c: hNoRel for none or no
// word.
func (p *Parser) rel(c *config, w int) uint64 {
	if w < 0 || c.rels[w] < 0 {
		return hNoRel
	}
	return p.relHash[c.rels[w]]
}

// child is list[w], the child a list records for word w, or none when
// there is no word.
func child(list []int, w int) int {
	if w < 0 {
		return none
	}
	return list[w]
}

// ahead is the buffer word k places after b0, or none past the end.
func (c *config) ahead(k int) int {
	if c.b+k <= c.n {
		return c.b + k
	}
	return none
}

func distance(a, b int) int {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d >= 10:
		return 10
	case d >= 5:
		return 5
	}
	return d
}

// features appends the feature hashes of configuration c, after the
// templates of Zhang & Nivre (2011) adapted to arc-hybrid (where b0 has
// only left dependents).
func (p *Parser) features(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	s0, s1, s2 := c.s(0), c.s(1), c.s(2)
	b0 := c.b
	b1, b2 := c.ahead(1), c.ahead(2)
	s0w, s0t, s1w, s1t, s2t := s.w(s0), s.t(s0), s.w(s1), s.t(s1), s.t(s2)
	b0w, b0t, b1w, b1t, b2w, b2t := s.w(b0), s.t(b0), s.w(b1), s.t(b1), s.w(b2), s.t(b2)
	s0l1, s0l2, s0r1, s0r2 := child(c.lc1, s0), child(c.lc2, s0), child(c.rc1, s0), child(c.rc2, s0)
	s1l1, s1r1, s1r2 := child(c.lc1, s1), child(c.rc1, s1), child(c.rc2, s1)
	b0l1, b0l2 := child(c.lc1, b0), child(c.lc2, b0)
	d := uint64(distance(s0, b0))
	d1 := uint64(distance(s1, s0))
	vl0, vr0, vlb := uint64(0), uint64(0), uint64(c.nLeft[b0])
	if s0 >= 0 {
		vl0, vr0 = uint64(c.nLeft[s0]), uint64(c.nRight[s0])
	}
	nStack := uint64(min(len(c.stack), 3))
	start := len(dst)
	dst = append(dst,
		T(0).U64(nStack).Sum(),
		// single words
		T(1).U64(s0w).Sum(), T(2).U64(s0t).Sum(), T(3).U64(s0w).U64(s0t).Sum(),
		T(4).U64(s1w).Sum(), T(5).U64(s1t).Sum(), T(6).U64(s1w).U64(s1t).Sum(),
		T(7).U64(b0w).Sum(), T(8).U64(b0t).Sum(), T(9).U64(b0w).U64(b0t).Sum(),
		T(10).U64(b1w).Sum(), T(11).U64(b1t).Sum(), T(12).U64(b1w).U64(b1t).Sum(),
		T(13).U64(b2w).Sum(), T(14).U64(b2t).Sum(), T(15).U64(s2t).Sum(),
		T(16).U64(s.u(s0)).U64(s.u(b0)).Sum(),
		// pairs
		T(20).U64(s0w).U64(s0t).U64(b0w).U64(b0t).Sum(),
		T(21).U64(s0w).U64(s0t).U64(b0w).Sum(),
		T(22).U64(s0w).U64(b0w).U64(b0t).Sum(),
		T(23).U64(s0w).U64(s0t).U64(b0t).Sum(),
		T(24).U64(s0t).U64(b0w).U64(b0t).Sum(),
		T(25).U64(s0w).U64(b0w).Sum(),
		T(26).U64(s0t).U64(b0t).Sum(),
		T(27).U64(b0t).U64(b1t).Sum(),
		T(28).U64(s1t).U64(s0t).Sum(),
		T(29).U64(s1w).U64(s0w).Sum(),
		T(30).U64(s1w).U64(s1t).U64(s0w).U64(s0t).Sum(),
		T(31).U64(s1t).U64(s0w).Sum(),
		T(32).U64(s1w).U64(s0t).Sum(),
		// triples of tags
		T(40).U64(b0t).U64(b1t).U64(b2t).Sum(),
		T(41).U64(s0t).U64(b0t).U64(b1t).Sum(),
		T(42).U64(s1t).U64(s0t).U64(b0t).Sum(),
		T(43).U64(s2t).U64(s1t).U64(s0t).Sum(),
		T(44).U64(s0t).U64(s.t(s0l1)).U64(b0t).Sum(),
		T(45).U64(s0t).U64(s.t(s0r1)).U64(b0t).Sum(),
		T(46).U64(s0t).U64(b0t).U64(s.t(b0l1)).Sum(),
		T(47).U64(s1t).U64(s0t).U64(s.t(s0l1)).Sum(),
		T(48).U64(s1t).U64(s.t(s1r1)).U64(s0t).Sum(),
		T(49).U64(s1t).U64(s0t).U64(s.t(s0r1)).Sum(),
		T(50).U64(s1t).U64(s.t(s1l1)).U64(s0t).Sum(),
		T(51).U64(s1w).U64(s0t).U64(b0t).Sum(),
		T(52).U64(s1t).U64(s0w).U64(b0t).Sum(),
		T(53).U64(s1t).U64(s0t).U64(b0w).Sum(),
		// distance
		T(60).U64(s0w).U64(d).Sum(), T(61).U64(s0t).U64(d).Sum(),
		T(62).U64(b0w).U64(d).Sum(), T(63).U64(b0t).U64(d).Sum(),
		T(64).U64(s0w).U64(b0w).U64(d).Sum(), T(65).U64(s0t).U64(b0t).U64(d).Sum(),
		T(66).U64(s1t).U64(s0t).U64(d1).Sum(), T(67).U64(s1w).U64(s0w).U64(d1).Sum(),
		// valency
		T(70).U64(s0w).U64(vr0).Sum(), T(71).U64(s0t).U64(vr0).Sum(),
		T(72).U64(s0w).U64(vl0).Sum(), T(73).U64(s0t).U64(vl0).Sum(),
		T(74).U64(b0w).U64(vlb).Sum(), T(75).U64(b0t).U64(vlb).Sum(),
		// children of s0, s1, b0
		T(80).U64(s.w(s0l1)).Sum(), T(81).U64(s.t(s0l1)).Sum(), T(82).U64(p.rel(c, s0l1)).Sum(),
		T(83).U64(s.w(s0r1)).Sum(), T(84).U64(s.t(s0r1)).Sum(), T(85).U64(p.rel(c, s0r1)).Sum(),
		T(86).U64(s.w(b0l1)).Sum(), T(87).U64(s.t(b0l1)).Sum(), T(88).U64(p.rel(c, b0l1)).Sum(),
		T(89).U64(s.t(s1r1)).Sum(), T(90).U64(p.rel(c, s1r1)).Sum(), T(91).U64(s.w(s1r1)).Sum(),
		T(92).U64(s.t(s0l2)).Sum(), T(93).U64(p.rel(c, s0l2)).Sum(),
		T(94).U64(s.t(s0r2)).Sum(), T(95).U64(p.rel(c, s0r2)).Sum(),
		T(96).U64(s.t(b0l2)).Sum(), T(97).U64(p.rel(c, b0l2)).Sum(),
		T(98).U64(s0t).U64(p.rel(c, s0l1)).U64(p.rel(c, s0l2)).Sum(),
		T(99).U64(s0t).U64(p.rel(c, s0r1)).U64(p.rel(c, s0r2)).Sum(),
		T(100).U64(b0t).U64(p.rel(c, b0l1)).U64(p.rel(c, b0l2)).Sum(),
		T(101).U64(s0t).U64(s.t(s0l1)).U64(s.t(s0l2)).Sum(),
		T(102).U64(s0t).U64(s.t(s0r1)).U64(s.t(s0r2)).Sum(),
		T(103).U64(b0t).U64(s.t(b0l1)).U64(s.t(b0l2)).Sum(),
		T(104).U64(s1t).U64(p.rel(c, s1r1)).U64(p.rel(c, s1r2)).Sum(),
		T(105).U64(s0w).U64(p.rel(c, s0l1)).Sum(),
		T(106).U64(s0w).U64(p.rel(c, s0r1)).Sum(),
		T(107).U64(b0w).U64(p.rel(c, b0l1)).Sum(),
		T(108).U64(s0t).U64(p.rel(c, s0r1)).U64(b0t).Sum(),
		T(109).U64(s0t).U64(p.rel(c, s0l1)).U64(b0t).Sum(),
	)
	return p.filter(dst, start, listFull)
}

// The parser scores a configuration in parts (see parseInto): the
// features that read only the stack, those that read only the buffer, and
// those that read both (mixedFeatures). Together they are exactly the
// features of features (TestFeatureParts checks it), so the scores are
// the same; a part a transition leaves unchanged is not looked up again.
//
// The stack part reads s0, s1, s2, the children and valency of s0 and s1,
// and the stack's depth: a LEFT transition pops s0 and leaves the stack
// below it as it was before s0 was pushed (nothing attaches to the words
// under the top while it is there), so that part comes back unchanged.
// The buffer part reads b0, b1, b2 and the left children of b0: a RIGHT
// transition leaves it unchanged.

// The stack and buffer parts are each split once more, by what a
// transition changes. A RIGHT transition gives s1 a new child and pops s0:
// the stack below is as before s0 was pushed, but its new top has a new
// child, so only the features that read s0's children or valency change;
// those of the words themselves (stackWordFeatures) and those of s1's
// children (stackS1Features: a word under the top takes a child only in
// the RIGHT that makes it the top, which changes the stack) are as they
// were. A LEFT transition gives b0 a new left child:
// only the buffer features that read b0's children or valency change
// (bufferChildFeatures).

// stackWordFeatures appends the stack part of c's features that reads
// only the words on the stack (s0, s1, s2) and its depth, but for those
// of groupStackTags (see memo.go).
func (p *Parser) stackWordFeatures(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	s0, s1 := c.s(0), c.s(1)
	s0w, s0t, s1w, s1t := s.w(s0), s.t(s0), s.w(s1), s.t(s1)
	d1 := uint64(distance(s1, s0))
	start := len(dst)
	dst = append(dst,
		T(1).U64(s0w).Sum(), T(3).U64(s0w).U64(s0t).Sum(),
		T(4).U64(s1w).Sum(), T(6).U64(s1w).U64(s1t).Sum(),
		T(29).U64(s1w).U64(s0w).Sum(),
		T(30).U64(s1w).U64(s1t).U64(s0w).U64(s0t).Sum(),
		T(31).U64(s1t).U64(s0w).Sum(),
		T(32).U64(s1w).U64(s0t).Sum(),
		T(67).U64(s1w).U64(s0w).U64(d1).Sum(),
	)
	return p.filter(dst, start, listStackWord)
}

// stackS1Features appends the stack part of c's features that reads the
// children of s1, but for those of groupS1 (see memo.go).
func (p *Parser) stackS1Features(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	s0, s1 := c.s(0), c.s(1)
	s0t, s1t := s.t(s0), s.t(s1)
	s1l1, s1r1 := none, none
	if s1 >= 0 {
		s1l1, s1r1 = c.lc1[s1], c.rc1[s1]
	}
	start := len(dst)
	dst = append(dst,
		T(48).U64(s1t).U64(s.t(s1r1)).U64(s0t).Sum(),
		T(50).U64(s1t).U64(s.t(s1l1)).U64(s0t).Sum(),
	)
	return p.filter(dst, start, listStackS1)
}

// stackS0Features appends the stack part of c's features that reads the
// children or valency of s0, but for those of groupS0Left and
// groupS0Right (see memo.go).
func (p *Parser) stackS0Features(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	s0, s1 := c.s(0), c.s(1)
	s0w, s0t, s1t := s.w(s0), s.t(s0), s.t(s1)
	s0l1, s0r1 := none, none
	vl0, vr0 := uint64(0), uint64(0)
	if s0 >= 0 {
		s0l1, s0r1 = c.lc1[s0], c.rc1[s0]
		vl0, vr0 = uint64(c.nLeft[s0]), uint64(c.nRight[s0])
	}
	start := len(dst)
	dst = append(dst,
		T(47).U64(s1t).U64(s0t).U64(s.t(s0l1)).Sum(),
		T(49).U64(s1t).U64(s0t).U64(s.t(s0r1)).Sum(),
		T(70).U64(s0w).U64(vr0).Sum(),
		T(72).U64(s0w).U64(vl0).Sum(),
		T(105).U64(s0w).U64(p.rel(c, s0l1)).Sum(),
		T(106).U64(s0w).U64(p.rel(c, s0r1)).Sum(),
	)
	return p.filter(dst, start, listStackS0)
}

// bufferWordFeatures appends the buffer part of c's features that reads
// only the words b0, b1, b2, but for those of groupBufferTags (see
// memo.go).
func (p *Parser) bufferWordFeatures(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	b0 := c.b
	b1, b2 := c.ahead(1), c.ahead(2)
	b0w, b0t, b1w, b1t, b2w := s.w(b0), s.t(b0), s.w(b1), s.t(b1), s.w(b2)
	start := len(dst)
	dst = append(dst,
		T(7).U64(b0w).Sum(), T(9).U64(b0w).U64(b0t).Sum(),
		T(10).U64(b1w).Sum(), T(12).U64(b1w).U64(b1t).Sum(),
		T(13).U64(b2w).Sum(),
	)
	return p.filter(dst, start, listBufferWord)
}

// bufferChildFeatures appends the buffer part of c's features that reads
// the left children or valency of b0, but for those of groupB0Left (see
// memo.go).
func (p *Parser) bufferChildFeatures(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	b0 := c.b
	b0w := s.w(b0)
	vlb := uint64(c.nLeft[b0])
	start := len(dst)
	dst = append(dst,
		T(74).U64(b0w).U64(vlb).Sum(),
		T(107).U64(b0w).U64(p.rel(c, c.lc1[b0])).Sum(),
	)
	return p.filter(dst, start, listBufferChild)
}

// mixedFeatures appends the features of c that read both the stack and
// the buffer.
func (p *Parser) mixedFeatures(dst []uint64, s *sentence, c *config) []uint64 {
	T := perceptron.Template
	s0, s1 := c.s(0), c.s(1)
	b0 := c.b
	b1 := c.ahead(1)
	s0w, s0t, s1w, s1t := s.w(s0), s.t(s0), s.w(s1), s.t(s1)
	b0w, b0t, b1t := s.w(b0), s.t(b0), s.t(b1)
	s0l1, s0r1 := child(c.lc1, s0), child(c.rc1, s0)
	b0l1 := c.lc1[b0]
	d := uint64(distance(s0, b0))
	start := len(dst)
	dst = append(dst,
		T(16).U64(s.u(s0)).U64(s.u(b0)).Sum(),
		T(20).U64(s0w).U64(s0t).U64(b0w).U64(b0t).Sum(),
		T(21).U64(s0w).U64(s0t).U64(b0w).Sum(),
		T(22).U64(s0w).U64(b0w).U64(b0t).Sum(),
		T(23).U64(s0w).U64(s0t).U64(b0t).Sum(),
		T(24).U64(s0t).U64(b0w).U64(b0t).Sum(),
		T(25).U64(s0w).U64(b0w).Sum(),
		T(26).U64(s0t).U64(b0t).Sum(),
		T(41).U64(s0t).U64(b0t).U64(b1t).Sum(),
		T(42).U64(s1t).U64(s0t).U64(b0t).Sum(),
		T(44).U64(s0t).U64(s.t(s0l1)).U64(b0t).Sum(),
		T(45).U64(s0t).U64(s.t(s0r1)).U64(b0t).Sum(),
		T(46).U64(s0t).U64(b0t).U64(s.t(b0l1)).Sum(),
		T(51).U64(s1w).U64(s0t).U64(b0t).Sum(),
		T(52).U64(s1t).U64(s0w).U64(b0t).Sum(),
		T(53).U64(s1t).U64(s0t).U64(b0w).Sum(),
		T(60).U64(s0w).U64(d).Sum(), T(61).U64(s0t).U64(d).Sum(),
		T(62).U64(b0w).U64(d).Sum(), T(63).U64(b0t).U64(d).Sum(),
		T(64).U64(s0w).U64(b0w).U64(d).Sum(), T(65).U64(s0t).U64(b0t).U64(d).Sum(),
		T(108).U64(s0t).U64(p.rel(c, s0r1)).U64(b0t).Sum(),
		T(109).U64(s0t).U64(p.rel(c, s0l1)).U64(b0t).Sum(),
	)
	return p.filter(dst, start, listMixed)
}
