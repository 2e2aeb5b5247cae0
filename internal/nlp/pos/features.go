package pos

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// sentenceContext holds the hashes of the strings of each word that the
// feature templates read, computed once per sentence.
type sentenceContext struct {
	hashes []wordHashes
	sure   []int32 // the class the lexicon is sure of for the word, or -1
	// memo keeps the hashes of the words already seen (across sentences
	// and calls, with the lexicon they were computed with): most words of
	// running text recur, and one map lookup is far cheaper than
	// lower-casing, shaping, six lexicon lookups and eighteen hashes.
	memo    map[string]int32 // word → its entry in memos
	memos   []wordMemo
	memoLex *lexicon
	// at is, for each word of the sentence, its entry in memos.
	at []int32
	// parts holds, for the words of memos that the tagger scores, the
	// unscaled sums of the weights of their word features (the
	// left-to-right features that read only the word itself; see
	// wordFeatures) under memoModel: a word that recurs is scored by
	// looking up only its context features, 29 of 45.
	parts     sumArena
	memoModel *perceptron.Model
	// pads are the memo entries of the positions beyond the sentence's
	// ends (padStart, padEnd), which the neighbour roles read like words
	// (see neighbourParts); they are not in memo, whose keys are words.
	pads [2]wordMemo
	// shapes interns word shapes, so that computing a shape allocates only
	// the first time it is seen.
	shapes map[string]string
}

type wordMemo struct {
	h    wordHashes
	sure int32
	// part[first] is the offset in parts of the sums of the word's own
	// features (wordFeatures), by whether it opens the sentence; -1
	// until computed.
	part [2]int32
	// role[r] is the offset in parts of the sums of the word's features
	// as the neighbour in role r (see roleFeatures): roleNone until the
	// word first takes the role, roleOnce after that first time (whose
	// features are looked up with the context's), then the sums, kept
	// from the second time on, so that words seen once cost no sums.
	role [nRoles]int32
	// lemma[k] is the word's lemma under class lemmaClass[k] (-1: none
	// yet), for the last two classes the word had ("said" is VBD and VBN
	// in turn): a word that recurs nearly always gets one of them, and the
	// lemma rules cost a few map lookups and often a lower-cased copy.
	lemmaClass [2]int32
	lemma      [2]string
	lemmaNext  uint8 // the slot the next new class takes
	// hits counts the word's occurrences after its first since the memo
	// last filled (see keepFrequent).
	hits uint32
}

// memoMax bounds the memo: odd input (long runs of unique tokens) must
// not grow it without limit.
const memoMax = 1 << 14

const (
	padStart = "-START-"
	padEnd   = "-END-"
)

func (c *sentenceContext) reset(words []string, lex *lexicon) {
	if c.memo == nil || c.memoLex != lex {
		c.memo, c.memoLex = make(map[string]int32, 1024), lex
		clear(c.memos)
		c.memos, c.memoModel = c.memos[:0], nil
		c.parts.reset()
		c.pads = [2]wordMemo{newMemo(padStartH), newMemo(padEndH)}
	} else if len(c.memo) >= memoMax {
		c.keepFrequent()
	}
	c.hashes, c.sure, c.at = c.hashes[:0], c.sure[:0], c.at[:0]
	for _, w := range words {
		k, ok := c.memo[w]
		if ok {
			c.memos[k].hits++
		} else {
			k = int32(len(c.memos))
			c.memos = append(perceptron.GrowMemo(c.memos, 1), c.word(w, lex))
			// A copy of the key, so that the memo does not keep the
			// caller's text alive.
			c.memo[strings.Clone(w)] = k
		}
		m := &c.memos[k]
		c.hashes = append(c.hashes, m.h)
		c.sure = append(c.sure, m.sure)
		c.at = append(c.at, k)
	}
}

// keepFrequent makes room in a full memo: it keeps the words met most
// often since it last filled (at most half of it, and only words met more
// than once) with their sums, and drops the others. Emptying it instead
// made every run over memoMax words start cold: on a long ingest, each
// worker's memo filled every few hundred articles.
//
// It compacts the memo where it is: the kept entries move to the front
// of memos, the kept sums to the front of parts (in the order they lie
// there, so that none is overwritten before it has moved), and the map
// loses the dropped words. A new parts of half the size, which the next
// words then grew again by doubling, was the tagger's largest allocation
// (about 100 KB an article on news).
func (c *sentenceContext) keepFrequent() {
	minLen := perceptron.KeepBits(len(c.memos), memoMax/2, func(i int) uint32 { return c.memos[i].hits })
	nc := 0
	if c.memoModel != nil {
		nc = c.memoModel.NClasses
	}
	at := make([]int32, len(c.memos))
	n := int32(0)
	for i := range c.memos {
		at[i] = -1
		if bits.Len32(c.memos[i].hits) >= minLen {
			w := c.memos[i]
			w.hits = 0
			c.memos[n], at[i] = w, n
			n++
		}
	}
	// The dropped entries' lemmas are released.
	clear(c.memos[n:])
	c.memos = c.memos[:n]
	// The offsets of the kept sums, by where they lie.
	var offs []*int32
	keep := func(w *wordMemo) {
		for k := range w.part {
			if w.part[k] >= 0 {
				offs = append(offs, &w.part[k])
			}
		}
		for r := range w.role {
			if w.role[r] >= 0 {
				offs = append(offs, &w.role[r])
			}
		}
	}
	for i := range c.memos {
		keep(&c.memos[i])
	}
	for k := range c.pads {
		keep(&c.pads[k])
	}
	slices.SortFunc(offs, func(a, b *int32) int { return cmp.Compare(*a, *b) })
	// Each sum moves to the place a sum appended after the ones before
	// it takes: never after its own, so none is overwritten before it has
	// moved (copy handles an overlap).
	c.parts.reset()
	for _, off := range offs {
		to := c.parts.place(nc)
		copy(c.parts.sum(to, nc), c.parts.sum(*off, nc))
		*off = to
	}
	for key, k := range c.memo {
		if at[k] < 0 {
			delete(c.memo, key)
		} else {
			c.memo[key] = at[k]
		}
	}
}

// wordPart returns the unscaled sums of the word features of word i of
// the sentence under model m, computing them the first time the word is
// seen (the memo and its sums are dropped together, and when the model
// changes).
func (c *sentenceContext) wordPart(i int, m *perceptron.Model, feats []uint64) ([]int32, []uint64) {
	c.follow(m)
	nc := m.NClasses
	w := &c.memos[c.at[i]]
	first := 0
	if i == 0 {
		first = 1
	}
	off := w.part[first]
	if off < 0 {
		off = c.parts.alloc(nc)
		w.part[first] = off
		feats = c.wordFeatures(feats[:0], i)
		m.Accumulate(feats, c.parts.sum(off, nc))
	}
	return c.parts.sum(off, nc), feats
}

// follow drops the sums kept under another model than m.
func (c *sentenceContext) follow(m *perceptron.Model) {
	if c.memoModel == m {
		return
	}
	c.memoModel = m
	c.parts.reset()
	for k := range c.memos {
		c.memos[k].forget()
	}
	for k := range c.pads {
		c.pads[k].forget()
	}
}

// forget drops the offsets of the word's sums.
func (w *wordMemo) forget() {
	w.part = [2]int32{-1, -1}
	w.role = [nRoles]int32{roleNone, roleNone, roleNone}
}

// The roles of a word as a neighbour whose features read only that
// neighbour (see roleFeatures): the word before, the word after and the
// second word after. The second word before has one such feature (T17),
// which is looked up with the context's.
const (
	roleBefore = iota
	roleAfter
	roleAfter2
	nRoles
)

const (
	roleNone = -1
	roleOnce = -2
)

// roleFeatures appends the left-to-right features that read only the
// neighbour w in role r.
func roleFeatures(dst []uint64, w *wordHashes, r int) []uint64 {
	T := templates[:nTemplates]
	switch r {
	case roleBefore:
		return append(dst,
			T[15].U64(w.norm).Sum(),
			T[16].U64(w.suf3).Sum(),
			T[29].U64(w.shape).Sum(),
			T[40].U64(w.c4).Sum(),
			T[41].U64(w.c6).Sum(),
			T[42].U64(w.call).Sum(),
		)
	case roleAfter:
		return append(dst,
			T[18].U64(w.norm).Sum(),
			T[19].U64(w.suf3).Sum(),
			T[22].U64(w.amb).Sum(),
			T[28].U64(w.shape).Sum(),
			T[37].U64(w.c4).Sum(),
			T[38].U64(w.c6).Sum(),
			T[39].U64(w.call).Sum(),
		)
	}
	return append(dst,
		T[20].U64(w.norm).Sum(),
		T[23].U64(w.amb).Sum(),
		T[43].U64(w.c6).Sum(),
	)
}

// memoAt is the memo entry of position i of the sentence, the pads
// beyond its ends included.
func (c *sentenceContext) memoAt(i int) *wordMemo {
	switch {
	case i < 0:
		return &c.pads[0]
	case i >= len(c.at):
		return &c.pads[1]
	}
	return &c.memos[c.at[i]]
}

// neighbourParts sets acc (len NClasses) to part, the sums of word i's
// own features, plus the sums under model m of the features of its
// neighbours in their roles (before, after, second after) that the memo
// keeps, and appends to feats the features of the roles whose sums it
// does not keep yet (a neighbour's first time in the role): the caller
// scores feats with the context features. m must be the model of the
// word parts (wordPart is called first).
func (c *sentenceContext) neighbourParts(i int, m *perceptron.Model, part, acc []int32, feats []uint64) []uint64 {
	nc := m.NClasses
	var kept [nRoles][]int32
	nk := 0
	for r, j := range [nRoles]int{i - 1, i + 1, i + 2} {
		w := c.memoAt(j)
		switch off := w.role[r]; off {
		case roleNone:
			w.role[r] = roleOnce
			feats = roleFeatures(feats, &w.h, r)
		case roleOnce:
			// The sums are computed into parts at its end; feats may
			// hold features of the roles before, so the role's own go
			// after them and are cut off again.
			off := c.parts.alloc(nc)
			n := len(feats)
			feats = roleFeatures(feats, &w.h, r)
			m.Accumulate(feats[n:], c.parts.sum(off, nc))
			feats = feats[:n]
			w.role[r] = off
			kept[nk] = c.parts.sum(off, nc)
			nk++
		default:
			kept[nk] = c.parts.sum(off, nc)
			nk++
		}
	}
	// One pass over the classes for all the sums (most words have
	// three).
	acc, part = acc[:nc], part[:nc]
	switch nk {
	case 3:
		a, b, d := kept[0][:nc], kept[1][:nc], kept[2][:nc]
		for k := range acc {
			acc[k] = part[k] + a[k] + b[k] + d[k]
		}
	case 2:
		a, b := kept[0][:nc], kept[1][:nc]
		for k := range acc {
			acc[k] = part[k] + a[k] + b[k]
		}
	case 1:
		a := kept[0][:nc]
		for k := range acc {
			acc[k] = part[k] + a[k]
		}
	default:
		copy(acc, part)
	}
	return feats
}

// lemma returns the lemma of word i of the sentence (w, tagged class,
// whose XPOS is xpos), from the word's memo when it had that class
// recently. The memo keeps a copy, so that it does not keep the caller's
// text alive.
func (c *sentenceContext) lemma(i int, class int32, w, xpos string, t *lemmaTable) string {
	m := &c.memos[c.at[i]]
	for k, cl := range m.lemmaClass {
		if cl == class {
			return m.lemma[k]
		}
	}
	k := m.lemmaNext
	m.lemma[k], m.lemmaClass[k] = strings.Clone(t.lemma(w, xpos)), class
	m.lemmaNext = 1 - k
	return m.lemma[k]
}

// lowerASCIIFast lower-cases w, returning w itself when nothing changes.
func lowerASCIIFast(w string) string {
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= 0x80 || ('A' <= b && b <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// normalize folds the words whose identity matters less than their kind:
// numbers, years and hyphenated compounds (after Honnibal's tagger).
func normalize(w, lower string) string {
	if w == "" {
		return "!EMPTY"
	}
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if digits > 0 && letters == 0 {
		if digits == 4 && len(w) == 4 {
			return "!YEAR"
		}
		return "!DIGITS"
	}
	if digits > 0 && letters > 0 {
		return "!ALNUM" + suffix(lower, 2)
	}
	return lower
}

func (c *sentenceContext) internShape(w string) string {
	var buf [24]byte
	b := appendShape(buf[:0], w)
	if s, ok := c.shapes[string(b)]; ok {
		return s
	}
	if c.shapes == nil || len(c.shapes) > 1<<12 {
		c.shapes = map[string]string{} // bounded: odd input has many shapes
	}
	s := string(b)
	c.shapes[s] = s
	return s
}

// shape maps characters to X, x, d or themselves and collapses runs, so
// "McCain" → "XxXx", "3.5" → "d.d", "U.S." → "X.X.".
func shape(w string) string {
	var buf [24]byte
	return string(appendShape(buf[:0], w))
}

// appendShape appends the shape of w (at most 24 bytes) to b[:0].
func appendShape(b []byte, w string) []byte {
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == 24 {
			break
		}
		b = append(b, c)
		n++
	}
	return b
}

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// wordHashes are the hashes of one word's strings, computed once per
// sentence and combined by the feature templates.
type wordHashes struct {
	norm, form, shape, amb uint64
	suf1, suf2, suf3, suf4 uint64
	pre1, pre2, pre3       uint64
	// Cluster path prefixes of 4, 6 and 10 bits and the whole path.
	c4, c6, c10, call uint64
}

var (
	hashStart = perceptron.StrHash(padStart)
	hashEnd   = perceptron.StrHash(padEnd)
	padStartH = wordHashes{norm: hashStart, form: hashStart, shape: hashStart, amb: hashStart, suf3: hashStart,
		c4: hashStart, c6: hashStart, c10: hashStart, call: hashStart}
	padEndH = wordHashes{norm: hashEnd, form: hashEnd, shape: hashEnd, amb: hashEnd, suf3: hashEnd,
		c4: hashEnd, c6: hashEnd, c10: hashEnd, call: hashEnd}
)

// word computes the hashes of w's strings and looks it up in the lexicon.
func (c *sentenceContext) word(w string, lex *lexicon) wordMemo {
	H := perceptron.StrHash
	lw := lowerASCIIFast(w)
	a, ok := lex.amb[lw]
	if !ok {
		a = "?"
	}
	path := lex.cluster(w, lw)
	m := newMemo(wordHashes{
		norm: H(normalize(w, lw)), form: H(w), shape: H(c.internShape(w)), amb: H(a),
		suf1: H(suffix(lw, 1)), suf2: H(suffix(lw, 2)), suf3: H(suffix(lw, 3)), suf4: H(suffix(lw, 4)),
		pre1: H(prefix(lw, 1)), pre2: H(prefix(lw, 2)), pre3: H(prefix(lw, 3)),
		c4: H(clusterPrefix(path, 4)), c6: H(clusterPrefix(path, 6)), c10: H(clusterPrefix(path, 10)), call: H(path),
	})
	if cl, ok := lex.sure[w]; ok {
		m.sure = cl
	}
	return m
}

// newMemo is the memo entry of a word with hashes h, before any lexicon
// or model look-up.
func newMemo(h wordHashes) wordMemo {
	m := wordMemo{h: h, sure: -1, lemmaClass: [2]int32{-1, -1}}
	m.forget()
	return m
}

// clusterPrefix is the first n bits of path (all of it when shorter).
func clusterPrefix(path string, n int) string {
	if len(path) > n {
		return path[:n]
	}
	return path
}

func (c *sentenceContext) h(i int) *wordHashes {
	switch {
	case i < 0:
		return &padStartH
	case i >= len(c.hashes):
		return &padEndH
	}
	return &c.hashes[i]
}

// templates are the hash starts of the feature templates, computed once.
// The second half serves the right-to-left direction.
var templates = func() (t [2 * nTemplates]perceptron.Hasher) {
	for i := range t {
		t[i] = perceptron.Template(i)
	}
	return t
}()

const nTemplates = 64

// features appends the feature hashes of word i, given the hashes of the
// classes of the two words before it, to dst. With back, the sentence is
// read right to left: "before" is to the right, and the templates are a
// separate set, so that both directions' weights share one model.
func (c *sentenceContext) features(dst []uint64, i int, p1, p2 uint64, back bool) []uint64 {
	T := templates[:nTemplates]
	d, first := 1, uint64(0)
	if back {
		T, d = templates[nTemplates:], -1
		if i == len(c.hashes)-1 {
			first = 1
		}
	} else if i == 0 {
		first = 1
	}
	w, m1, m2, n1, n2 := c.h(i), c.h(i-d), c.h(i-2*d), c.h(i+d), c.h(i+2*d)
	dst = append(dst,
		T[0].Sum(),
		T[1].U64(w.norm).Sum(),
		T[2].U64(w.form).Sum(),
		T[3].U64(w.suf3).Sum(),
		T[4].U64(w.suf2).Sum(),
		T[5].U64(w.suf1).Sum(),
		T[6].U64(w.suf4).Sum(),
		T[7].U64(w.pre1).Sum(),
		T[8].U64(w.pre2).Sum(),
		T[9].U64(w.pre3).Sum(),
		T[10].U64(w.shape).Sum(),
		T[11].U64(first).U64(w.shape).Sum(),
		T[12].U64(p1).Sum(),
		T[13].U64(p2).U64(p1).Sum(),
		T[14].U64(p1).U64(w.norm).Sum(),
		T[15].U64(m1.norm).Sum(),
		T[16].U64(m1.suf3).Sum(),
		T[17].U64(m2.norm).Sum(),
		T[18].U64(n1.norm).Sum(),
		T[19].U64(n1.suf3).Sum(),
		T[20].U64(n2.norm).Sum(),
		T[21].U64(w.amb).Sum(),
		T[22].U64(n1.amb).Sum(),
		T[23].U64(n2.amb).Sum(),
		T[24].U64(w.norm).U64(n1.norm).Sum(),
		T[25].U64(m1.norm).U64(w.norm).Sum(),
		T[26].U64(p1).U64(n1.amb).Sum(),
		T[27].U64(w.amb).U64(n1.amb).Sum(),
		T[28].U64(n1.shape).Sum(),
		T[29].U64(m1.shape).Sum(),
		T[30].U64(p1).U64(w.suf3).Sum(),
		T[31].U64(p1).U64(w.amb).Sum(),
		T[32].U64(m1.norm).U64(w.norm).U64(n1.norm).Sum(),
		T[33].U64(w.c4).Sum(),
		T[34].U64(w.c6).Sum(),
		T[35].U64(w.c10).Sum(),
		T[36].U64(w.call).Sum(),
		T[37].U64(n1.c4).Sum(),
		T[38].U64(n1.c6).Sum(),
		T[39].U64(n1.call).Sum(),
		T[40].U64(m1.c4).Sum(),
		T[41].U64(m1.c6).Sum(),
		T[42].U64(m1.call).Sum(),
		T[43].U64(n2.c6).Sum(),
		T[44].U64(p1).U64(w.c6).Sum(),
	)
	return dst
}

// The left-to-right features of a word are scored in two parts that
// together are exactly the features of features (TestFeatureParts): those
// that read only the word itself (and whether it opens the sentence),
// whose sums the context keeps for each word it has seen (wordPart), and
// the others.

// wordFeatures appends the left-to-right features of word i that read
// only the word itself and whether it opens the sentence.
func (c *sentenceContext) wordFeatures(dst []uint64, i int) []uint64 {
	T := templates[:nTemplates]
	w := c.h(i)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(dst,
		T[11].U64(first).U64(w.shape).Sum(),
		T[0].Sum(),
		T[1].U64(w.norm).Sum(),
		T[2].U64(w.form).Sum(),
		T[3].U64(w.suf3).Sum(),
		T[4].U64(w.suf2).Sum(),
		T[5].U64(w.suf1).Sum(),
		T[6].U64(w.suf4).Sum(),
		T[7].U64(w.pre1).Sum(),
		T[8].U64(w.pre2).Sum(),
		T[9].U64(w.pre3).Sum(),
		T[10].U64(w.shape).Sum(),
		T[21].U64(w.amb).Sum(),
		T[33].U64(w.c4).Sum(),
		T[34].U64(w.c6).Sum(),
		T[35].U64(w.c10).Sum(),
		T[36].U64(w.call).Sum(),
	)
}

// contextFeatures appends the other left-to-right features of word i:
// those that read its neighbours, its position or the classes before it.
// It is the features of the neighbours in their roles (roleFeatures) and
// pairFeatures.
func (c *sentenceContext) contextFeatures(dst []uint64, i int, p1, p2 uint64) []uint64 {
	dst = roleFeatures(dst, c.h(i-1), roleBefore)
	dst = roleFeatures(dst, c.h(i+1), roleAfter)
	dst = roleFeatures(dst, c.h(i+2), roleAfter2)
	return c.pairFeatures(dst, i, p1, p2)
}

// pairFeatures appends the left-to-right features of word i that read
// the classes before it or it together with a neighbour, and the one
// feature of the second word before it.
func (c *sentenceContext) pairFeatures(dst []uint64, i int, p1, p2 uint64) []uint64 {
	T := templates[:nTemplates]
	w, m1, m2, n1 := c.h(i), c.h(i-1), c.h(i-2), c.h(i+1)
	return append(dst,
		T[12].U64(p1).Sum(),
		T[13].U64(p2).U64(p1).Sum(),
		T[14].U64(p1).U64(w.norm).Sum(),
		T[17].U64(m2.norm).Sum(),
		T[24].U64(w.norm).U64(n1.norm).Sum(),
		T[25].U64(m1.norm).U64(w.norm).Sum(),
		T[26].U64(p1).U64(n1.amb).Sum(),
		T[27].U64(w.amb).U64(n1.amb).Sum(),
		T[30].U64(p1).U64(w.suf3).Sum(),
		T[31].U64(p1).U64(w.amb).Sum(),
		T[32].U64(m1.norm).U64(w.norm).U64(n1.norm).Sum(),
		T[44].U64(p1).U64(w.c6).Sum(),
	)
}
