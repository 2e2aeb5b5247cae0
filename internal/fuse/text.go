package fuse

import (
	"unicode"
	"unicode/utf8"
)

// Word hashing is in-house: FNV-1a over the lower-cased bytes of a word,
// then a splitmix64 finaliser. It is deterministic across runs and machines
// (unlike hash/maphash), allocation-free, and fast enough to hash every word
// of 100,000 articles in well under a second.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix64 is the splitmix64 finaliser: it spreads the bits of x so that any
// subset of the result's bits is usable as a hash.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix64(h)
}

// word is one word of a text: its byte span and the hash of its lower-cased
// form (Hash) and of its content stem (Stem, 0 for stop words and noise).
type word struct {
	Start, End int
	Hash       uint64
	Stem       uint64
}

// scanWords splits text into words (runs of letters and digits; an
// apostrophe or hyphen inside a word splits it, so "Azerbaijan's" gives
// "azerbaijan" and "s") and calls fn for each. buf is scratch space reused
// across calls to avoid allocating per word.
func scanWords(text string, buf []byte, fn func(w word)) []byte {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		buf = buf[:0]
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if r < utf8.RuneSelf {
				c := byte(r)
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			i += n
		}
		w := word{Start: start, End: i, Hash: hashBytes(buf)}
		if s := stem(buf); s != nil {
			w.Stem = hashBytes(s)
		}
		fn(w)
	}
	return buf
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// stem returns the content stem of a lower-cased word, or nil for a stop
// word, a single character or a one- or two-digit number (too common to say
// which story a text tells). The stemming is deliberately light (plural,
// -ed, -ing) so that two renderings of one statement ("planted mines" and
// "mined") meet where they can without merging unrelated words. It reuses
// w's storage.
func stem(w []byte) []byte {
	if len(w) < 2 || stopWords[string(w)] {
		return nil
	}
	if isDigits(w) {
		if len(w) < 3 {
			return nil
		}
		return w
	}
	n := len(w)
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		w = append(w[:n-3], 'y')
	case n > 4 && hasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && hasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && hasSuffix(w, "ed"):
		w = w[:n-2]
	}
	// A doubled final consonant left by -ed/-ing ("planned", "shelling")
	// meets its base form.
	if n = len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) {
		w = w[:n-1]
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

func isDigits(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// stopWords are English function words and the reporting vocabulary that
// every news story shares ("said", "told", "according"): they say nothing
// about which incident or statement a text is about.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
		"did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
		"having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
		"it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
		"once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
		"some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
		"this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
		"where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
		"s", "t", "ll", "re", "ve", "d", "m", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn",
		"may", "might", "must", "shall", "also", "however", "since", "among", "within", "without", "upon", "via",
		"said", "says", "say", "saying", "told", "tell", "tells", "according", "added", "adding", "stated", "states",
		"noted", "reported", "reports", "reporting", "announced", "statement", "news", "new", "one", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "mr", "ms", "mrs", "per", "cent", "percent", "like", "many", "much", "well", "still",
		"yet", "even", "back", "way", "time", "made", "make", "take", "took", "get", "got", "go", "going", "come",
		"came", "use", "used", "using", "according", "including", "include", "includes", "several", "number",
	} {
		m[w] = true
	}
	return m
}()
