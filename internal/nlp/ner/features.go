package ner

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// The tag set: O, then B- and I- for each type, in this order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

const nLabels = 1 + 2*len(types)

// labelNames are the tags by label index.
var labelNames = [nLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

func labelIndex(tag string) int {
	for i, n := range labelNames {
		if n == tag {
			return i
		}
	}
	return -1
}

// isInside reports whether label l is an I- label, and beginOf gives the
// B- label of the same type.
func isInside(l int) bool { return l > 0 && l%2 == 0 }

// allowed reports whether label cur may follow label prev under BIO
// (prev < 0: sentence start): I-X only after B-X or I-X.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev == cur || prev == cur-1
}

// Feature templates. Each feature is the FNV-1a hash of its template number
// and its value(s); the model maps hashes to weight rows.
const (
	fBias = iota + 1
	fLower
	fWord
	fPrefix
	fSuffix
	fShape
	fShapeFirst
	fPrev
	fNext
	fPrev2
	fNext2
	fShapePrevCur
	fShapeCurNext
	fBigramPrev
	fBigramNext
	fCluster
	fClusterPrev
	fClusterNext
	fGaz
	fGazPrev
	fGazNext
	fCapKnownLower
	fLength
	fCapsSentence
	// Second-pass features (see context.go).
	fDoc
	fFirstLabel
	fFirstLabelPrev
	fFirstLabelNext
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(tmpl int) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(tmpl)
	h *= fnvPrime
	return h
}

func hashAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	// A separator, so that ("ab","c") and ("a","bc") differ.
	h ^= 0xff
	h *= fnvPrime
	return h
}

func hashInt(h uint64, n int) uint64 {
	h ^= uint64(n) + 0x9e3779b97f4a7c15
	h *= fnvPrime
	return h
}

// featurizer turns sentences into feature hashes. It holds the read-only
// resources; per-sentence buffers live in a sentenceFeatures.
type featurizer struct {
	clusters *wordcluster.Clusters
	gaz      *Gazetteer
}

// sentenceFeatures holds the features of one sentence: token i has
// hashes[offs[i]:offs[i+1]].
type sentenceFeatures struct {
	hashes []uint64
	offs   []int
	lower  []string
	gaz    []uint32
	// at is, for each word of the sentence, its entry in memo.entries.
	at   []int32
	memo wordMemo
	// touched keeps what pairTable.touch returns.
	touched uint64
}

// wordMemo keeps, for the words already seen (across sentences and
// documents, with the featurizer they were computed with), everything
// their features read of the word alone: most words of running text
// recur, and one map lookup is far cheaper than lower-casing, shaping,
// two cluster look-ups, a gazetteer look-up and some twenty string hashes.
type wordMemo struct {
	index   map[string]int32 // word → its entry in entries
	entries []wordEntry
	owner   *featurizer
	// edge stands for the words beyond either end of the sentence.
	edge wordEntry
}

// memoMax bounds the memo: odd input (long runs of unique tokens) must
// not grow it without limit.
const memoMax = 1 << 14

// wordEntry holds the strings of a word and the hashes of its features
// that depend on the word alone, in the roles the feature templates give
// it: the current word, and the neighbour before or after one.
type wordEntry struct {
	lower, shape string
	hasPath      bool
	// own: bias, lower, word, prefixes, suffixes, shape (in this order).
	own    [12]uint64
	nOwn   uint8
	nClus  uint8
	letter bool // has a letter
	upper  bool // no lower-case letter
	// capKnown: a capitalised word that is common in lower case.
	capKnown   bool
	shapeFirst [2]uint64 // by i == 0
	// As the neighbour at -1, +1, -2, +2.
	prev, next, prev2, next2 uint64
	// The hash states of the two-word templates up to this word's string:
	// shapePrev/bigramPrev when it is the word before, shapeCur/bigramCur
	// when it is the current word; the other word's string is added per
	// position.
	shapePrev, shapeCur   uint64
	bigramPrev, bigramCur uint64
	cluster               [4]uint64
	clusterPrev           [2]uint64 // as the word before (when hasPath)
	clusterNext           [2]uint64 // as the word after (when hasPath)
	length, caps          uint64
	// The one-word gazetteer look-up: the phrase hash, its value and
	// whether the word starts in lower case (see Gazetteer.Match).
	gazH     uint64
	gazV     uint8
	gazLower bool
	// The unscaled sums of the weights, under the two models of sumsOf
	// (see Model.pairEmissions), of the word's features that read it
	// alone: as the current word (own, cluster, length, and shapeFirst
	// and the capKnown feature, which also read whether it opens the
	// sentence: ownSums[first]) and as a neighbour in each role
	// (roleSums): a word that recurs, and its neighbours, are scored by
	// looking up only the features that read two words together, the
	// gazetteer matches and the capitals of the sentence. Integer sums
	// are exact, so their order does not matter.
	ownSums  [2][2][nLabels]int32
	roleSums [nRoles][2][nLabels]int32
	sumsOf   *Model
	// hits counts the word's occurrences after its first since the memo
	// last filled (see keepFrequent).
	hits uint32
}

// The roles of a word as a neighbour of the current word (see
// wordEntry.roleFeatures).
const (
	roleBefore = iota
	roleAfter
	roleBefore2
	roleAfter2
	nRoles
)

// roleFeatures appends the features of e as the neighbour of the current
// word in role r that read e alone. The edge entry has no cluster path,
// so the condition of features (a neighbour inside the sentence, with a
// path) is the entry's own.
func (e *wordEntry) roleFeatures(dst []uint64, r int) []uint64 {
	switch r {
	case roleBefore:
		dst = append(dst, e.prev)
		if e.hasPath {
			dst = append(dst, e.clusterPrev[:]...)
		}
	case roleAfter:
		dst = append(dst, e.next)
		if e.hasPath {
			dst = append(dst, e.clusterNext[:]...)
		}
	case roleBefore2:
		dst = append(dst, e.prev2)
	case roleAfter2:
		dst = append(dst, e.next2)
	}
	return dst
}

// neighbour fills the hashes of e's roles as the word before or after,
// from its lower-case form and shape.
func (e *wordEntry) neighbour() {
	lw, sh := e.lower, e.shape
	e.prev = hashAdd(hashStart(fPrev), lw)
	e.next = hashAdd(hashStart(fNext), lw)
	e.prev2 = hashAdd(hashStart(fPrev2), lw)
	e.next2 = hashAdd(hashStart(fNext2), lw)
	e.shapePrev = hashAdd(hashStart(fShapePrevCur), sh)
	e.shapeCur = hashAdd(hashStart(fShapeCurNext), sh)
	e.bigramPrev = hashAdd(hashStart(fBigramPrev), lw)
	e.bigramCur = hashAdd(hashStart(fBigramNext), lw)
}

// word computes the entry of w; key is the memo's copy of w, which the
// entry's strings use instead of the caller's text.
func (fz *featurizer) word(key string) wordEntry {
	w := key
	lw := lowerASCIIFast(w)
	e := wordEntry{lower: lw, shape: shape(w)}
	e.neighbour()
	n := 0
	add := func(h uint64) { e.own[n] = h; n++ }
	add(hashStart(fBias))
	add(hashAdd(hashStart(fLower), lw))
	add(hashAdd(hashStart(fWord), w))
	for k, cut := 1, 0; k <= 4; k++ {
		// Affixes by runes, so that no feature ends inside a letter.
		cut = nextRune(w, cut)
		if cut < 0 {
			break
		}
		add(hashAdd(hashInt(hashStart(fPrefix), k), w[:cut]))
	}
	for k, cut := 1, len(lw); k <= 4; k++ {
		cut = prevRune(lw, cut)
		if cut < 0 {
			break
		}
		add(hashAdd(hashInt(hashStart(fSuffix), k), lw[cut:]))
	}
	add(hashAdd(hashStart(fShape), e.shape))
	e.nOwn = uint8(n)
	for k := range e.shapeFirst {
		e.shapeFirst[k] = hashAdd(hashInt(hashStart(fShapeFirst), k), e.shape)
	}
	if p := fz.clusters.Path(w); p != "" {
		e.hasPath = true
		for j, k := range [...]int{4, 6, 10, 20} {
			e.cluster[j] = hashAdd(hashInt(hashStart(fCluster), k), wordcluster.Prefix(p, k))
		}
		e.nClus = 4
		for j, k := range [...]int{6, 10} {
			e.clusterPrev[j] = hashAdd(hashInt(hashStart(fClusterPrev), k), wordcluster.Prefix(p, k))
			e.clusterNext[j] = hashAdd(hashInt(hashStart(fClusterNext), k), wordcluster.Prefix(p, k))
		}
	} else {
		e.cluster[0] = hashAdd(hashStart(fCluster), "?")
		e.nClus = 1
	}
	e.letter = hasLetter(w)
	e.upper = isAllUpper(w)
	e.capKnown = startsUpper(w) && lw != w && fz.clusters.Known(lw)
	e.length = hashInt(hashStart(fLength), min(utf8.RuneCountInString(w), 12))
	e.caps = hashAdd(hashStart(fCapsSentence), lw)
	if fz.gaz != nil {
		e.gazH = phraseAdd(phraseStart(), lw)
		e.gazV = fz.gaz.get(e.gazH)
		e.gazLower = !startsUpperOrDigit(w)
	}
	return e
}

// lookup fills sf.at with the memo entries of words, computing the new
// ones.
func (fz *featurizer) lookup(words []string, sf *sentenceFeatures) {
	m := &sf.memo
	if m.index == nil || m.owner != fz {
		m.index, m.owner = make(map[string]int32, 1024), fz
		clear(m.entries)
		m.entries = m.entries[:0]
		m.edge = wordEntry{lower: boundary, shape: boundary}
		m.edge.neighbour()
	} else if len(m.index) >= memoMax {
		m.keepFrequent()
	}
	sf.at = sf.at[:0]
	for _, w := range words {
		k, ok := m.index[w]
		if ok {
			m.entries[k].hits++
		} else {
			k = int32(len(m.entries))
			// A copy of the key, so that the memo does not keep the
			// caller's text alive.
			key := strings.Clone(w)
			m.entries = append(perceptron.GrowMemo(m.entries, 1), fz.word(key))
			m.index[key] = k
		}
		sf.at = append(sf.at, k)
	}
}

// keepFrequent makes room in a full memo: it keeps the words met most
// often since it last filled (at most half of it, and only words met more
// than once) and drops the others. Emptying it instead made every run
// over memoMax words start cold: on a long ingest, each worker's memo
// filled every few hundred articles, and a new word costs about four
// times a known one.
func (m *wordMemo) keepFrequent() {
	minLen := perceptron.KeepBits(len(m.entries), memoMax/2, func(i int) uint32 { return m.entries[i].hits })
	at := make([]int32, len(m.entries))
	n := int32(0)
	for i := range m.entries {
		at[i] = -1
		if bits.Len32(m.entries[i].hits) >= minLen {
			at[i] = n
			m.entries[n] = m.entries[i]
			m.entries[n].hits = 0
			n++
		}
	}
	// The map loses the dropped words where it is (a new one grew again
	// to the memo's size, an allocation at every fill).
	for key, k := range m.index {
		if at[k] < 0 {
			delete(m.index, key)
		} else {
			m.index[key] = at[k]
		}
	}
	// The dropped entries' strings are released.
	clear(m.entries[n:])
	m.entries = m.entries[:n]
}

const boundary = "<s>"

// gazBit[t][b] is the hash of gazetteer feature template fGaz+t with bit b.
var gazBit = func() (t [3][32]uint64) {
	for k := range t {
		for b := range t[k] {
			t[k][b] = hashInt(hashStart(fGaz+k), b)
		}
	}
	return t
}()

// extract computes the features of words into sf, reusing its buffers.
// The features that read one word alone come from the word memo; those of
// two words, and the multi-word gazetteer matches, are computed per
// position.
func (fz *featurizer) extract(words []string, sf *sentenceFeatures) {
	fz.features(words, sf, true)
}

// features is extract, leaving out the features that read one word
// alone (those whose sums wordEntry.ownSums and roleSums keep) unless
// own.
func (fz *featurizer) features(words []string, sf *sentenceFeatures, own bool) {
	n := len(words)
	fz.lookup(words, sf)
	ents := sf.memo.entries
	sf.hashes = sf.hashes[:0]
	sf.offs = sf.offs[:0]
	sf.lower = sf.lower[:0]
	sf.gaz = sf.gaz[:0]
	upperWords, letterWords := 0, 0
	for _, k := range sf.at {
		e := &ents[k]
		sf.lower = append(sf.lower, e.lower)
		sf.gaz = append(sf.gaz, 0)
		if e.letter {
			letterWords++
			if e.upper {
				upperWords++
			}
		}
	}
	if fz.gaz != nil {
		for i, k := range sf.at {
			if e := &ents[k]; e.gazV&gazStart != 0 {
				fz.gaz.extend(sf.gaz, sf.lower, i, e.gazH, e.gazV, e.gazLower)
			}
		}
	}
	// A headline or shouted sentence in capitals makes case useless.
	capsSentence := letterWords >= 3 && upperWords*10 >= letterWords*8
	edge := &sf.memo.edge
	at := func(i int) *wordEntry {
		if i < 0 || i >= n {
			return edge
		}
		return &ents[sf.at[i]]
	}
	hs := sf.hashes
	for i := range words {
		sf.offs = append(sf.offs, len(hs))
		e := &ents[sf.at[i]]
		prev, next := at(i-1), at(i+1)
		if !own {
			hs = append(hs,
				hashAdd(prev.shapePrev, e.shape),
				hashAdd(e.shapeCur, next.shape),
				hashAdd(prev.bigramPrev, e.lower),
				hashAdd(e.bigramCur, next.lower))
		} else {
			hs = append(hs, e.own[:e.nOwn]...)
			hs = append(hs,
				e.shapeFirst[boolInt(i == 0)],
				prev.prev,
				next.next,
				at(i-2).prev2,
				at(i+2).next2,
				hashAdd(prev.shapePrev, e.shape),
				hashAdd(e.shapeCur, next.shape),
				hashAdd(prev.bigramPrev, e.lower),
				hashAdd(e.bigramCur, next.lower))
			hs = append(hs, e.cluster[:e.nClus]...)
			if i > 0 && prev.hasPath {
				hs = append(hs, prev.clusterPrev[:]...)
			}
			if i+1 < n && next.hasPath {
				hs = append(hs, next.clusterNext[:]...)
			}
		}
		addGaz := func(tmpl int, code uint32) {
			for b := 0; code != 0; b++ {
				if code&1 != 0 {
					hs = append(hs, gazBit[tmpl][b])
				}
				code >>= 1
			}
		}
		addGaz(0, sf.gaz[i])
		if i > 0 {
			addGaz(1, sf.gaz[i-1])
		}
		if i+1 < n {
			addGaz(2, sf.gaz[i+1])
		}
		if own {
			if e.capKnown {
				// A capitalised word that is common in lower case: a
				// sentence-initial "Troops" rather than a name.
				hs = append(hs, hashInt(hashStart(fCapKnownLower), boolInt(i == 0)))
			}
			hs = append(hs, e.length)
		}
		if capsSentence {
			hs = append(hs, e.caps)
		}
	}
	sf.hashes = hs
	sf.offs = append(sf.offs, len(sf.hashes))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nextRune(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}

func prevRune(s string, i int) int {
	if i <= 0 {
		return -1
	}
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// lowerASCIIFast lower-cases w, without allocating when it has no capitals.
func lowerASCIIFast(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// shape maps letters to X/x, digits to d and keeps other characters,
// collapsing runs of one class longer than two: "Armenia" → "Xxx",
// "U.S." → "X.X.", "2020" → "dd", "F-16" → "X-dd".
func shape(w string) string {
	var b [32]byte
	n := 0
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
