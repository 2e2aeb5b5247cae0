package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// sentenceContext holds the per-word strings the feature templates read,
// computed once per sentence.
type sentenceContext struct {
	form  []string // as written
	lower []string // lower-cased
	norm  []string // lower-cased, numbers and hyphenated words folded
	shape []string // compressed character classes ("Xx", "d.d")
	amb   []string // ambiguity class from the lexicon ("NN|VB"), "?" unknown
}

const (
	padStart = "-START-"
	padEnd   = "-END-"
)

func (c *sentenceContext) reset(words []string, lex *lexicon) {
	n := len(words)
	c.form = append(c.form[:0], words...)
	c.lower = c.lower[:0]
	c.norm = c.norm[:0]
	c.shape = c.shape[:0]
	c.amb = c.amb[:0]
	for _, w := range words {
		lw := lowerASCIIFast(w)
		c.lower = append(c.lower, lw)
		c.norm = append(c.norm, normalize(w, lw))
		c.shape = append(c.shape, shape(w))
		a, ok := lex.amb[lw]
		if !ok {
			a = "?"
		}
		c.amb = append(c.amb, a)
	}
	_ = n
}

func (c *sentenceContext) at(list []string, i int) string {
	if i < 0 {
		return padStart
	}
	if i >= len(list) {
		return padEnd
	}
	return list[i]
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

// shape maps characters to X, x, d or themselves and collapses runs, so
// "McCain" → "XxXx", "3.5" → "d.d", "U.S." → "X.X.".
func shape(w string) string {
	var b [24]byte
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
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
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

// features appends the feature hashes of word i given the classes of the
// two words before it (p1, p2; -1 at the start) to dst.
func (c *sentenceContext) features(dst []uint64, i int, p1, p2 string) []uint64 {
	T := perceptron.Template
	w := c.norm[i]
	lw := c.lower[i]
	n1, n2 := c.at(c.norm, i+1), c.at(c.norm, i+2)
	m1, m2 := c.at(c.norm, i-1), c.at(c.norm, i-2)
	a0, a1, a2 := c.amb[i], c.at(c.amb, i+1), c.at(c.amb, i+2)
	first := "0"
	if i == 0 {
		first = "1"
	}
	dst = append(dst,
		T(0).Sum(),
		T(1).Str(w).Sum(),
		T(2).Str(c.form[i]).Sum(),
		T(3).Str(suffix(lw, 3)).Sum(),
		T(4).Str(suffix(lw, 2)).Sum(),
		T(5).Str(suffix(lw, 1)).Sum(),
		T(6).Str(suffix(lw, 4)).Sum(),
		T(7).Str(prefix(lw, 1)).Sum(),
		T(8).Str(prefix(lw, 2)).Sum(),
		T(9).Str(prefix(lw, 3)).Sum(),
		T(10).Str(c.shape[i]).Sum(),
		T(11).Str(first).Str(c.shape[i]).Sum(),
		T(12).Str(p1).Sum(),
		T(13).Str(p2).Str(p1).Sum(),
		T(14).Str(p1).Str(w).Sum(),
		T(15).Str(m1).Sum(),
		T(16).Str(suffix(c.at(c.lower, i-1), 3)).Sum(),
		T(17).Str(m2).Sum(),
		T(18).Str(n1).Sum(),
		T(19).Str(suffix(c.at(c.lower, i+1), 3)).Sum(),
		T(20).Str(n2).Sum(),
		T(21).Str(a0).Sum(),
		T(22).Str(a1).Sum(),
		T(23).Str(a2).Sum(),
		T(24).Str(w).Str(n1).Sum(),
		T(25).Str(m1).Str(w).Sum(),
		T(26).Str(p1).Str(a1).Sum(),
		T(27).Str(a0).Str(a1).Sum(),
		T(28).Str(c.at(c.shape, i+1)).Sum(),
		T(29).Str(c.at(c.shape, i-1)).Sum(),
		T(30).Str(p1).Str(suffix(lw, 3)).Sum(),
		T(31).Str(p1).Str(a0).Sum(),
		T(32).Str(m1).Str(w).Str(n1).Sum(),
	)
	return dst
}
