package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	shapes []string
	paths  []string
	gaz    []uint32
}

const boundary = "<s>"

// extract computes the features of words into sf, reusing its buffers.
func (fz *featurizer) extract(words []string, sf *sentenceFeatures) {
	n := len(words)
	sf.hashes = sf.hashes[:0]
	sf.offs = sf.offs[:0]
	sf.lower = sf.lower[:0]
	sf.shapes = sf.shapes[:0]
	sf.paths = sf.paths[:0]
	upperWords, letterWords := 0, 0
	for _, w := range words {
		sf.lower = append(sf.lower, lowerASCIIFast(w))
		sf.shapes = append(sf.shapes, shape(w))
		sf.paths = append(sf.paths, fz.clusters.Path(w))
		if hasLetter(w) {
			letterWords++
			if isAllUpper(w) {
				upperWords++
			}
		}
	}
	if fz.gaz != nil {
		sf.gaz = fz.gaz.Match(words, sf.lower, sf.gaz)
	} else {
		sf.gaz = sf.gaz[:0]
		for range words {
			sf.gaz = append(sf.gaz, 0)
		}
	}
	// A headline or shouted sentence in capitals makes case useless.
	capsSentence := letterWords >= 3 && upperWords*10 >= letterWords*8
	at := func(s []string, i int) string {
		if i < 0 || i >= n {
			return boundary
		}
		return s[i]
	}
	add := func(h uint64) { sf.hashes = append(sf.hashes, h) }
	for i, w := range words {
		sf.offs = append(sf.offs, len(sf.hashes))
		lw := sf.lower[i]
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
		sh := sf.shapes[i]
		add(hashAdd(hashStart(fShape), sh))
		add(hashAdd(hashInt(hashStart(fShapeFirst), boolInt(i == 0)), sh))
		add(hashAdd(hashStart(fPrev), at(sf.lower, i-1)))
		add(hashAdd(hashStart(fNext), at(sf.lower, i+1)))
		add(hashAdd(hashStart(fPrev2), at(sf.lower, i-2)))
		add(hashAdd(hashStart(fNext2), at(sf.lower, i+2)))
		add(hashAdd(hashAdd(hashStart(fShapePrevCur), at(sf.shapes, i-1)), sh))
		add(hashAdd(hashAdd(hashStart(fShapeCurNext), sh), at(sf.shapes, i+1)))
		add(hashAdd(hashAdd(hashStart(fBigramPrev), at(sf.lower, i-1)), lw))
		add(hashAdd(hashAdd(hashStart(fBigramNext), lw), at(sf.lower, i+1)))
		if p := sf.paths[i]; p != "" {
			for _, k := range [...]int{4, 6, 10, 20} {
				add(hashAdd(hashInt(hashStart(fCluster), k), wordcluster.Prefix(p, k)))
			}
		} else {
			add(hashAdd(hashStart(fCluster), "?"))
		}
		if i > 0 && sf.paths[i-1] != "" {
			for _, k := range [...]int{6, 10} {
				add(hashAdd(hashInt(hashStart(fClusterPrev), k), wordcluster.Prefix(sf.paths[i-1], k)))
			}
		}
		if i+1 < n && sf.paths[i+1] != "" {
			for _, k := range [...]int{6, 10} {
				add(hashAdd(hashInt(hashStart(fClusterNext), k), wordcluster.Prefix(sf.paths[i+1], k)))
			}
		}
		addGaz := func(tmpl int, code uint32) {
			for b := 0; code != 0; b++ {
				if code&1 != 0 {
					add(hashInt(hashStart(tmpl), b))
				}
				code >>= 1
			}
		}
		addGaz(fGaz, sf.gaz[i])
		if i > 0 {
			addGaz(fGazPrev, sf.gaz[i-1])
		}
		if i+1 < n {
			addGaz(fGazNext, sf.gaz[i+1])
		}
		if startsUpper(w) && lw != w && fz.clusters.Known(lw) {
			// A capitalised word that is common in lower case: a
			// sentence-initial "Troops" rather than a name.
			add(hashInt(hashStart(fCapKnownLower), boolInt(i == 0)))
		}
		add(hashInt(hashStart(fLength), min(utf8.RuneCountInString(w), 12)))
		if capsSentence {
			add(hashAdd(hashStart(fCapsSentence), lw))
		}
	}
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
