package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a token under construction: its byte span and what the sentence
// splitter needs to know about it.
type tok struct {
	s, e int
	// abbr marks a word that keeps its full stop ("Gen.", "U.S.", "J.");
	// title marks one that never ends a sentence ("Gen.", "Mr.", "e.g.").
	abbr, title bool
	// opener and closer mark quotes and brackets that open or close.
	opener, closer bool
}

// tokenizeLine appends the tokens of text[s:e] (one line, no "\n") to out,
// following the conventions of UD English EWT: punctuation split off,
// clitics ("n't", "'s", "'re") split, hyphenated compounds split at the
// hyphen except after a prefix ("e-mail", "non-stop"), numbers, URLs and
// e-mail addresses whole, abbreviations keep their full stop.
func tokenizeLine(text string, s, e int, out []tok) []tok {
	i := s
	for i < e {
		if c := text[i]; c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\r' {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); isSpace(r) {
			i += size
			continue
		}
		// Letters and digits first, one table read a byte: a plain word
		// that a space or the line's end follows is one token, the
		// common case.
		j := i
		for j < e && plainByte[text[j]] {
			j++
		}
		plain := j == e || asciiClass[text[j]&0x7f] == clsSpace && text[j] < utf8.RuneSelf
		if !plain && j > i && text[j] == ',' && (j+1 == e || text[j+1] == ' ') {
			// A plain word and a comma ("said,"), the next most common
			// chunk: the tokens tokenizeChunk gives it, the word (or
			// its fused parts) and the comma.
			out = appendWord(out, text, i, j)
			out = append(out, tok{s: j, e: j + 1})
			i = j + 1
			continue
		}
		if !plain && j > i && text[j] == '.' && (j+1 == e || text[j+1] == ' ') {
			// A plain word and a full stop ("killed.", "Gen."): an
			// abbreviation keeps it, else the word (or its fused
			// parts) and the full stop, as tokenizeChunk gives them.
			if a, title := abbreviation(text[i:j], text[j+1:e]); a && !platformX(text, out, text[i:j]) {
				out = append(out, tok{s: i, e: j + 1, abbr: true, title: title})
			} else {
				out = appendWord(out, text, i, j)
				out = append(out, tok{s: j, e: j + 1})
			}
			i = j + 1
			continue
		}
		for !plain && j < e {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiClass[c] == clsSpace {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		if plain && (!mayFuse(text[i:j]) || fusedSplit(text[i:j]) == 0) {
			out = append(out, tok{s: i, e: j})
		} else {
			out = tokenizeChunk(text, i, j, e, out)
		}
		i = j
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r > 0x7f && unicode.IsSpace(r)
}

// tokenizeChunk splits the white-space-free chunk text[s:e] into tokens;
// lineEnd bounds the look-ahead that decides "No. 5".
func tokenizeChunk(text string, s, e, lineEnd int, out []tok) []tok {
	chunk := text[s:e]
	if len(chunk) <= 3 && !isWordByte(chunk[0]) && emoticons[chunk] {
		return append(out, tok{s: s, e: e})
	}
	// Leading punctuation: opening quotes and brackets, dashes, currency.
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		n := leadingPunct(text[s:e], r, size)
		if n == 0 {
			break
		}
		t := tok{s: s, e: s + n}
		t.opener = isOpener(r)
		out = append(out, t)
		s += n
	}
	if s >= e {
		return out
	}
	chunk = text[s:e]
	mask := signsOf(chunk)
	// A bracket opened inside a word is a reference or note mark written
	// onto it ("killed.[2]", "died.[3][4]", "school.[citation"): split
	// before it, so that the full stop ends the sentence and the mark is
	// tokens of its own. Web addresses keep theirs.
	web := (mask&hasSlash != 0 || len(chunk) > 4 && (chunk[0]|0x20) == 'w') && isURL(chunk) || mask&hasAt != 0 && isEmail(chunk)
	if mask&hasBracket != 0 && !web {
		if k := strings.IndexByte(chunk, '['); k > 0 {
			out = tokenizeChunk(text, s, s+k, lineEnd, out)
			return tokenizeChunk(text, s+k, e, lineEnd, out)
		}
	}
	if web {
		core := strings.TrimRightFunc(chunk, func(r rune) bool { return strings.ContainsRune(".,;:!?\"')]}»”’>", r) })
		if strings.HasSuffix(chunk, "/") {
			core = strings.TrimRight(chunk, ".,;:!?\"')]}»”’>")
		}
		out = append(out, tok{s: s, e: s + len(core)})
		return trailing(text, s+len(core), e, out)
	}
	// Trailing punctuation, collected from the end.
	var tail [8]tok
	nt := 0
	for e > s && nt < len(tail) {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if r == '.' {
			dots := 0
			for k := e - 1; k >= s && text[k] == '.'; k-- {
				dots++
			}
			if dots == 1 {
				word := text[s : e-1]
				if word == "" {
					tail[nt] = tok{s: e - 1, e: e}
					nt++
					e--
					continue
				}
				if a, title := abbreviation(word, text[e:lineEnd]); a && !platformX(text, out, word) {
					// The full stop stays with the word; stop peeling.
					return splitCore(text, s, e, true, title, mask, out, tail[:nt])
				}
			}
			tail[nt] = tok{s: e - dots, e: e}
			nt++
			e -= dots
			continue
		}
		n := trailingPunct(text[s:e], r, size)
		if n == 0 {
			break
		}
		t := tok{s: e - n, e: e}
		t.closer = isCloser(r)
		tail[nt] = t
		nt++
		e -= n
	}
	return splitCore(text, s, e, false, false, mask, out, tail[:nt])
}

// trailing tokenizes the punctuation text[s:e] left after a URL.
func trailing(text string, s, e int, out []tok) []tok {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		n := size
		if r == '.' {
			for s+n < e && text[s+n] == '.' {
				n++
			}
		}
		out = append(out, tok{s: s, e: s + n, closer: isCloser(r)})
		s += n
	}
	return out
}

// splitCore splits a word without leading or trailing punctuation into
// clitics and the parts of a compound, then appends the tail (in reverse).
func splitCore(text string, s, e int, abbr, title bool, mask uint8, out []tok, tail []tok) []tok {
	if s < e {
		if abbr {
			out = append(out, tok{s: s, e: e, abbr: true, title: title})
		} else {
			out = splitWord(text, s, e, mask, out)
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitWord splits clitics off the end of text[s:e], then the compound
// parts; mask has the signs of a chunk that holds the word (signsOf).
func splitWord(text string, s, e int, mask uint8, out []tok) []tok {
	w := text[s:e]
	if mask&hasApos == 0 {
		// No apostrophe: no clitic.
	} else if n := cliticLen(w); n > 0 && n < len(w) {
		out = splitCompound(text, s, e-n, out)
		return append(out, tok{s: e - n, e: e})
	}
	if k := fusedSplit(w); k > 0 {
		out = append(out, tok{s: s, e: s + k})
		return append(out, tok{s: s + k, e: e})
	}
	if mask&hasJoin == 0 {
		return append(out, tok{s: s, e: e}) // nothing to split at
	}
	return splitCompound(text, s, e, out)
}

// The signs that signsOf finds in a chunk.
const (
	hasSlash   = 1 << iota // "/": a web address
	hasAt                  // "@": an e-mail address
	hasBracket             // "["
	hasApos                // "'" or a byte of "’" (any non-ASCII byte)
	hasJoin                // "-", "/", ",", "." or a non-ASCII byte: a compound
)

// signsOf returns the signs of chunk that decide whether the tests for
// web addresses, reference marks, clitics and compounds need to look at
// it, in one pass over its bytes.
func signsOf(chunk string) uint8 {
	var m uint8
	for i := 0; i < len(chunk); i++ {
		switch c := chunk[i]; c {
		case '/':
			m |= hasSlash | hasJoin
		case '@':
			m |= hasAt
		case '[':
			m |= hasBracket
		case '\'':
			m |= hasApos
		case '-', ',', '.':
			m |= hasJoin
		default:
			if c >= utf8.RuneSelf {
				m |= hasApos | hasJoin
			}
		}
	}
	return m
}

// cliticLen returns the length of a clitic that ends w ("n't", "'s",
// "'re", "'ve", "'ll", "'d", "'m", with a straight or curly apostrophe).
func cliticLen(w string) int {
	n := len(w)
	if n < 2 || strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return 0
	}
	// The clitic's letters, then the apostrophe before them.
	for _, c := range [...]string{"t", "s", "re", "ve", "ll", "d", "m"} {
		if n <= len(c) || !strings.EqualFold(w[n-len(c):], c) {
			continue
		}
		rest := w[:n-len(c)]
		apos := 0
		switch {
		case strings.HasSuffix(rest, "'"):
			apos = 1
		case strings.HasSuffix(rest, "’"):
			apos = len("’")
		default:
			continue
		}
		stem := rest[:len(rest)-apos]
		if c == "t" {
			// "n't": the n belongs to the clitic ("do" + "n't").
			if len(stem) < 2 || stem[len(stem)-1] != 'n' && stem[len(stem)-1] != 'N' {
				continue
			}
			return len(c) + apos + 1
		}
		if stem == "" {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(stem)
		if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
			return len(c) + apos
		}
	}
	return 0
}

// mayFuse reports a word that fusedSplit needs to look at: its length
// and last letter are those of a fused form. Small enough to be inlined
// where every plain word passes.
// appendWord appends the plain word text[i:j] as one token, or as its two
// parts when it is a fused form ("dont", "cannot").
func appendWord(out []tok, text string, i, j int) []tok {
	if mayFuse(text[i:j]) {
		if n := fusedSplit(text[i:j]); n > 0 {
			return append(out, tok{s: i, e: i + n}, tok{s: i + n, e: j})
		}
	}
	return append(out, tok{s: i, e: j})
}

func mayFuse(w string) bool {
	n := len(w)
	return n >= 2 && n <= 8 && fuseLens[w[n-1]|0x20]>>n&1 != 0
}

// fuseLens has, for each last letter of a fused form, the bit of each
// length a fused form ending in it has: "im"; "ive", "youre"; "outta",
// "gonna"; "thats"; "dont" to "shouldnt", "alot", "cannot".
var fuseLens = [256]uint16{'m': 1 << 2, 'e': 1<<3 | 1<<5, 'a': 1 << 5, 's': 1 << 5, 't': 1<<4 | 1<<5 | 1<<6 | 1<<7 | 1<<8}

// fusedSplit returns where EWT splits a fused form ("cannot" → "can" +
// "not", "gonna" → "gon" + "na", "dont" → "do" + "nt"), or 0.
func fusedSplit(w string) int {
	n := len(w)
	if n < 2 || n > 8 {
		return 0
	}
	// Every fused form ends in "nt" or "ot", in "a" or "e" (five
	// letters, or "ive"), "ts" (five letters) or is "im": most words
	// stop here, before the lower-cased copy below.
	switch prev := w[n-2] | 0x20; w[n-1] | 0x20 {
	case 't':
		if prev != 'n' && prev != 'o' {
			return 0
		}
	case 'a':
		if n != 5 {
			return 0
		}
	case 'e':
		if n != 5 && n != 3 {
			return 0
		}
	case 's':
		if n != 5 || prev != 't' {
			return 0
		}
	case 'm':
		if n != 2 {
			return 0
		}
	default:
		return 0
	}
	var buf [8]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	switch string(buf[:len(w)]) {
	case "cannot":
		return 3
	case "im", "ive":
		return 1
	case "alot":
		return 1
	case "outta", "youre":
		return 3
	case "thats", "whats":
		return 4
	case "gonna", "wanna", "gotta":
		return 3
	case "dont", "cant", "wont", "aint":
		return 2
	case "didnt", "isnt":
		return len(w) - 2
	case "doesnt", "wasnt", "arent", "hasnt", "hadnt":
		return len(w) - 2
	case "werent", "havent", "couldnt", "wouldnt", "shouldnt":
		return len(w) - 2
	}
	return 0
}

// hyphenPrefixes keep their hyphen in EWT ("e-mail", "non-stop",
// "pre-war"): the prefixes that UD English EWT train writes as one token
// with the word after them more often than it splits them.
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "re": true, "mid": true, "post": true,
	"co": true, "over": true, "pro": true, "multi": true, "ex": true, "sub": true,
	"semi": true, "psycho": true, "neo": true, "cross": true, "un": true, "socio": true,
	"micro": true, "intra": true, "counter": true, "inter": true, "mis": true, "ultra": true,
}

// splitCompound splits text[s:e] at hyphens, slashes and dashes that join
// words, as EWT does ("search-engine" → "search" "-" "engine", "and/or" →
// "and" "/" "or"), keeping numbers ("9/11", "1,000", "3.5"), prefixes
// ("e-mail") and single letters ("x-ray", "F-16") whole.
func splitCompound(text string, s, e int, out []tok) []tok {
	plain := true
	for k := s; k < e && plain; k++ {
		switch c := text[k]; {
		case c == '-' || c == '/' || c == ',' || c == '.' || c >= 0x80:
			plain = false
		}
	}
	if plain {
		return append(out, tok{s: s, e: e})
	}
	start := s
	for i := s; i < e; {
		r, size := utf8.DecodeRuneInString(text[i:e])
		split := false
		switch r {
		case '—', '–', '―':
			split = true
		case '-':
			if i+1 < e && text[i+1] == '-' { // "--"
				n := 2
				for i+n < e && text[i+n] == '-' {
					n++
				}
				if i > start {
					out = append(out, tok{s: start, e: i})
				}
				out = append(out, tok{s: i, e: i + n})
				i += n
				start = i
				continue
			}
			split = i > start && i+1 < e && splitHyphen(text[start:i], text[i+1:e])
		case '/':
			// "and/or" splits; "9/11", "b/c", "w/o" stay whole.
			split = i-start >= 2 && e-i-1 >= 2 && !(isDigitByte(text[i-1]) && isDigitByte(text[i+1]))
		case '.':
			// "way...actually": an ellipsis between words.
			if i > start && i+1 < e && text[i+1] == '.' {
				n := 2
				for i+n < e && text[i+n] == '.' {
					n++
				}
				if i+n < e {
					out = append(out, tok{s: start, e: i}, tok{s: i, e: i + n})
					i += n
					start = i
					continue
				}
			}
		case ',':
			// "word,word": a missing space; "1,000" stays.
			split = i > start && i+1 < e && !(isDigitByte(text[i-1]) && isDigitByte(text[i+1]))
		}
		if split {
			if i > start {
				out = append(out, tok{s: start, e: i})
			}
			out = append(out, tok{s: i, e: i + size})
			start = i + size
		}
		i += size
	}
	if start < e {
		out = append(out, tok{s: start, e: e})
	}
	return out
}

// splitHyphen decides a hyphen between left and right (the rest of the
// word).
func splitHyphen(left, right string) bool {
	if left == "" || right == "" {
		return false
	}
	// The hyphen joins the last part before it; "Ahmedbeyli-Fizuli-Shusha"
	// has been cut at the earlier hyphens already.
	if r, n := utf8.DecodeRuneInString(left); n == len(left) && unicode.IsLetter(r) {
		return false // "x-ray", "e-mail", "F-16"
	}
	if hyphenPrefixes[strings.ToLower(left)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(right)
	l, _ := utf8.DecodeLastRuneInString(left)
	// "U.S.-backed" splits after the abbreviation's full stop too.
	return (unicode.IsLetter(l) || unicode.IsDigit(l) || l == '.') && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// leadingPunct returns the length of a punctuation token at the start of
// w (first rune r of size bytes), or 0.
func leadingPunct(w string, r rune, size int) int {
	switch r {
	case '"', '“', '‘', '«', '(', '[', '{', '„', '‹', '`', '$', '€', '£', '¥', '*', '•', '¿', '¡', '<', '>', '=', '~':
		if r < utf8.RuneSelf {
			// A run of one sign is one token: "``", "***", "$$$", "==".
			n := 1
			for n < len(w) && w[n] == byte(r) {
				n++
			}
			return n
		}
		return size
	case '#':
		if len(w) > 1 && isDigitByte(w[1]) {
			return 1 // "#1" → "#" "1"; hashtags stay whole
		}
		return 0
	case '\'':
		// An opening single quote, unless it starts a clitic or a
		// shortened year ("'90s", "'em").
		if len(w) > 1 {
			next, _ := utf8.DecodeRuneInString(w[1:])
			if unicode.IsDigit(next) || len(w) >= 3 && strings.EqualFold(w[:3], "'em") {
				return 0
			}
		}
		return size
	case '-', '—', '–', '―':
		n := size
		for n < len(w) && (w[n] == '-') {
			n++
		}
		if r == '-' && n < len(w) && isDigitByte(w[n]) && n == 1 {
			return 0 // a negative number
		}
		return n
	case '.':
		if strings.HasPrefix(w, "...") {
			n := 3
			for n < len(w) && w[n] == '.' {
				n++
			}
			return n
		}
		if len(w) > 1 && isDigitByte(w[1]) {
			return 0 // ".5"
		}
		return size
	case '!', '?':
		// "!!!", "?!" are one token.
		n := size
		for n < len(w) && (w[n] == '!' || w[n] == '?') {
			n++
		}
		return n
	case '…', ',', ';', ':', ')', ']', '}', '”', '’', '»':
		return size
	}
	return 0
}

// trailingPunct returns the length of a punctuation token at the end of w
// (last rune r of size bytes), or 0. Full stops are handled by the caller.
func trailingPunct(w string, r rune, size int) int {
	switch r {
	case '(', '[', '>', '<', '=':
		if len(w) > size {
			return size
		}
	case '"', '”', '’', '»', ')', ']', '}', ',', ';', ':', '…', '›', '*':
		if r == ')' && strings.Contains(w, "(") {
			// "soldier(s)": the bracket belongs to the word.
			return 0
		}
		return size
	case '\'':
		// A closing quote or the possessive of a plural ("soldiers'"):
		// EWT splits both.
		if len(w) > 1 {
			return size
		}
		return 0
	case '!', '?':
		n := size
		for n < len(w) {
			p, ps := utf8.DecodeLastRuneInString(w[:len(w)-n])
			if p != '!' && p != '?' {
				break
			}
			n += ps
		}
		return n
	case '%', '‰':
		if len(w) > size {
			return size
		}
	case '-':
		// "pre-" (in "pre- and post-war") and cut-off words ("w-") keep
		// their hyphen; "--" and a hyphen after other signs go.
		if len(w) > size {
			if w[len(w)-2] == '-' {
				n := 2
				for n < len(w) && w[len(w)-n-1] == '-' {
					n++
				}
				return n
			}
			p, _ := utf8.DecodeLastRuneInString(w[:len(w)-1])
			if !unicode.IsLetter(p) {
				return size
			}
		}
	case '—', '–':
		if len(w) > size {
			return size
		}
	}
	return 0
}

func isOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '«', '(', '[', '{', '„', '‹', '`', '\'':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '»', ')', ']', '}', '›', '\'':
		return true
	}
	return false
}

// isURL reports a web address: a scheme, or "www.", or a domain followed
// by a path.
func isURL(w string) bool {
	if len(w) > 4 && strings.EqualFold(w[:4], "www.") {
		return true
	}
	slash := strings.IndexByte(w, '/')
	if slash <= 0 {
		return false
	}
	if strings.Contains(w, "://") {
		return true
	}
	host := strings.ToLower(w[:slash])
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 {
		return false
	}
	for _, c := range host[dot+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(host)-dot-1 >= 2 && len(host)-dot-1 <= 6
}

// isEmail reports "name@domain.tld".
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 {
		return false
	}
	return strings.Contains(w[at+1:], ".")
}

// emoticons are one token each.
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ":D": true, ":-D": true, ":P": true,
	":-P": true, ":p": true, ";)": true, ";-)": true, ":/": true, ":o": true, ":O": true,
	"<3": true, ":'(": true, "^_^": true, "^^": true, ":]": true, "=)": true,
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// plainByte marks the ASCII letters and digits.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		k := asciiClass[c]
		t[c] = k == clsLower || k == clsUpper || k == clsDigit
	}
	return t
}()

// clsSpace is the class of the ASCII white space inside a line: " ",
// "\t", "\r" (see asciiClass).
const clsSpace = clsSign + 1

// asciiClass is the class of each ASCII byte as firstClass gives it, and
// clsSpace for the white space inside a line: the tokenizer and the
// boundary model read one table entry a byte or token.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = clsLower
		case c >= 'A' && c <= 'Z':
			t[c] = clsUpper
		case c >= '0' && c <= '9':
			t[c] = clsDigit
		case c == ' ' || c == '\t' || c == '\r':
			t[c] = clsSpace
		default:
			t[c] = clsSign
		}
	}
	return t
}()

// platformX reports the social network X ending a sentence ("wrote on X."),
// which the shape of an initial would otherwise keep inside it ("wrote on X.
// Corneille Nangaa said"): the word before an initial of a name is not "on"
// or "via", while a post's medium is.
func platformX(text string, before []tok, word string) bool {
	if word != "X" || len(before) == 0 {
		return false
	}
	p := before[len(before)-1]
	w := strings.ToLower(text[p.s:p.e])
	return w == "on" || w == "via"
}
