package geo

import (
	"strings"

	"github.com/parallaxhq/parallax/internal/gazetteer"
	"unicode"
	"unicode/utf8"
)

// word is one word of the text as the geoparser sees it: letters and
// digits with inner apostrophes, hyphens and abbreviation dots ("U.S.").
type word struct {
	start, end int
	text       string
	lower      string
	upper      bool // starts with an upper-case letter
	// initial marks the first word of a sentence (or line), whose capital
	// says nothing.
	initial bool
	// gap is the non-word text between the previous word and this one
	// (punctuation and spaces).
	gap string
}

// words splits text into words, remembering the punctuation between them.
func words(text string) []word {
	out := make([]word, 0, maxWords(text))
	// The lower case of every ASCII word is a slice of one lower-cased
	// copy of the text instead of a string of its own.
	lowerText := lowerASCII(text)
	prevEnd := 0
	i := 0
	for i < len(text) {
		// ASCII bytes are told apart without decoding a rune (most of
		// the text): a letter or digit there is [A-Za-z0-9], as
		// unicode's tests say.
		if c := text[i]; c < utf8.RuneSelf {
			if !alnumASCII(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		for i < len(text) {
			r, size := rune(text[i]), 1
			if r < utf8.RuneSelf {
				if alnumASCII(text[i]) {
					i++
					continue
				}
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					i += size
					continue
				}
			}
			// Inner apostrophe, hyphen or abbreviation dot: keep going when a
			// letter follows.
			if r == '\'' || r == '’' || r == '-' || r == 'ʻ' || r == '.' && i-start <= 2 {
				if i+size < len(text) {
					n, _ := utf8.DecodeRuneInString(text[i+size:])
					if unicode.IsLetter(n) && (r != '.' || unicode.IsUpper(n)) {
						i += size
						continue
					}
				}
			}
			// "U.S." keeps its final dot.
			if r == '.' && i-start >= 3 && text[i-2] == '.' {
				i += size
			}
			break
		}
		w := word{start: start, end: i, text: text[start:i], gap: text[prevEnd:start]}
		w.lower = lowerText[start:i]
		for k := start; k < i; k++ {
			if text[k] >= utf8.RuneSelf {
				w.lower = strings.ToLower(w.text)
				break
			}
		}
		first, _ := utf8.DecodeRuneInString(w.text)
		w.upper = unicode.IsUpper(first)
		w.initial = len(out) == 0 || sentenceBreak(w.gap, out[len(out)-1].text)
		out = append(out, w)
		prevEnd = i
	}
	return out
}

// foldWord is gazetteer.Fold(w.text) without a new string for a word of
// ASCII letters and digits only (most words): its fold is its lower case,
// which words already holds (a slice of the text's lower-cased copy).
// The geoparser folds every capitalised word of a document several times
// (demonyms, divisions), and each fold of one was an allocation.
func foldWord(w word) string {
	for i := 0; i < len(w.text); i++ {
		if !alnumASCII(w.text[i]) {
			return gazetteer.Fold(w.text)
		}
	}
	return w.lower
}

// alnumASCII reports an ASCII letter or digit.
func alnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// maxWords is a bound on the number of words of text: a word starts at a
// letter or digit that does not follow an ASCII letter or digit, so every
// word start is an ASCII letter or digit or the first byte of a non-ASCII
// character, after a byte that is no ASCII letter or digit.
func maxWords(text string) int {
	n := 0
	prevAlnum := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if !prevAlnum && (alnum || c >= 0xC0) {
			n++
		}
		prevAlnum = alnum
	}
	return n
}

// lowerASCII returns text with its ASCII capitals in lower case (the
// other bytes as they are), text itself when it has none.
func lowerASCII(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			var b strings.Builder
			b.Grow(len(text))
			b.WriteString(text[:i])
			for k := i; k < len(text); k++ {
				c := text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
			return b.String()
		}
	}
	return text
}

// sentenceBreak reports whether a gap between words ends a sentence: a
// line break, or a full stop, question or exclamation mark that does not
// follow a one-letter abbreviation.
func sentenceBreak(gap, prev string) bool {
	if gap == " " {
		return false // most gaps: asked before the searches, which cost more
	}
	if strings.ContainsAny(gap, "\n•") {
		return true
	}
	if strings.ContainsAny(gap, "!?") {
		return true
	}
	if strings.Contains(gap, ".") && !(len(prev) == 1 || strings.HasSuffix(prev, ".") || nameAbbrevs[prev] || prev == "Co") {
		return true
	}
	return false
}

// nameAbbrevs are the abbreviations that open place names written with
// their dot ("St. Charles County", "Mt. Vernon", "Ft. Myers"): the dot
// ends no sentence, and the name runs on over it.
var nameAbbrevs = map[string]bool{"St": true, "Ste": true, "Mt": true, "Ft": true}

// possessive strips a trailing 's (Azerbaijan’s) from a word's end offset.
func possessive(w word) int {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w.text, s) && len(w.text) > len(s)+1 {
			return w.end - len(s)
		}
	}
	return w.end
}
