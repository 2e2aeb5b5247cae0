package geo

import (
	"strings"
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
	var out []word
	prevEnd := 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				i += size
				continue
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
		w.lower = strings.ToLower(w.text)
		first, _ := utf8.DecodeRuneInString(w.text)
		w.upper = unicode.IsUpper(first)
		w.initial = len(out) == 0 || sentenceBreak(w.gap, out[len(out)-1].text)
		out = append(out, w)
		prevEnd = i
	}
	return out
}

// sentenceBreak reports whether a gap between words ends a sentence: a
// line break, or a full stop, question or exclamation mark that does not
// follow a one-letter abbreviation.
func sentenceBreak(gap, prev string) bool {
	if strings.ContainsAny(gap, "\n•") {
		return true
	}
	if strings.ContainsAny(gap, "!?") {
		return true
	}
	if strings.Contains(gap, ".") && !(len(prev) == 1 || strings.HasSuffix(prev, ".")) {
		return true
	}
	return false
}

// possessive strips a trailing 's (Azerbaijan’s) from a word's end offset.
func possessive(w word) int {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w.text, s) && len(w.text) > len(s)+1 {
			return w.end - len(s)
		}
	}
	return w.end
}
