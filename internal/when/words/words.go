// Package words gives the stages that run after the claim stage (when,
// quantity, event) one view of a document's sentences as words: the
// segmenter's sentences when there are any, else a simple split of the text,
// and always the same word scan inside them, so that the rules see "T-72",
// "1,200", "twenty-five" and "2022-09-13" as single words whatever the
// tokenizer did. Each word points back to the document token that holds its
// start, so the rules can use the tagger and parser layers where present.
package words

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// Word is one word or punctuation mark of a sentence.
type Word struct {
	parallax.Span
	Text  string // the text as written
	Lower string // Text in lower case, curly apostrophes made straight
	// Tok is the index, in the document sentence's Tokens, of the token
	// that holds this word's start; -1 when there is none.
	Tok int
}

// Sentence is one sentence and its words.
type Sentence struct {
	parallax.Span
	// Index is the sentence's index in Document.Sentences, -1 when the
	// document had no sentences and this one comes from the fallback split.
	Index int
	Words []Word
}

// Split returns the sentences of doc with their words. The when, quantity
// and event stages each read them, so the split is made once per document
// and shared (parallax.Document.Derived): no caller may change the words.
func Split(doc *parallax.Document) []Sentence {
	return doc.Derived(splitKey{}, func() any { return split(doc) }).([]Sentence)
}

// splitKey is the key of Split's words among a document's derived values.
type splitKey struct{}

// split is Split without the cache.
//
// The words of all sentences share one array, and the lower case of an
// ASCII word is a slice of one lower-cased copy of the text: allocating a
// list per sentence and a string per capitalised word was most of its
// cost.
func split(doc *parallax.Document) []Sentence {
	var out []Sentence
	lowerText := lowerASCII(doc.Text)
	buf := make([]Word, 0, len(doc.Text)/5+2) // about one word per five bytes
	// words appends the words of sp to buf and returns them, capped so
	// that no later append reaches the next sentence's words.
	words := func(sp parallax.Span) []Word {
		n0 := len(buf)
		buf = scan(buf, doc.Text, lowerText, sp)
		return buf[n0:len(buf):len(buf)]
	}
	if len(doc.Sentences) > 0 {
		out = make([]Sentence, 0, len(doc.Sentences))
		for i, s := range doc.Sentences {
			if s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End {
				continue
			}
			ws := words(s.Span)
			attach(ws, s.Tokens)
			out = append(out, Sentence{Span: s.Span, Index: i, Words: ws})
		}
		return out
	}
	for _, sp := range SplitSentences(doc.Text) {
		out = append(out, Sentence{Span: sp, Index: -1, Words: words(sp)})
	}
	return out
}

// lowerASCII returns text with its ASCII capitals in lower case (the
// other bytes as they are), text itself when it has none.
func lowerASCII(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b := make([]byte, len(text))
			copy(b, text[:i])
			for k := i; k < len(text); k++ {
				c := text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[k] = c
			}
			return string(b)
		}
	}
	return text
}

// Text returns the whitespace-normalised text of a sentence as report items
// carry it: the document's own sentence text when it has sentences.
func Text(doc *parallax.Document, s Sentence) string {
	if s.Index >= 0 && s.Index < len(doc.Sentences) && doc.Sentences[s.Index].Span == s.Span {
		return doc.SentenceTextAt(s.Index) // normalised once per sentence
	}
	return parallax.NormalizeSpace(doc.Text[s.Start:s.End])
}

// attach points every word at the token that holds its start: the first
// token that ends after the word's start, if it starts at or before it.
// Words are in text order, and so are the tokens of a segmented sentence,
// so one pass over both finds them; tokens out of order (which no
// segmenter makes) are searched for each word as before.
func attach(ws []Word, toks []parallax.Token) {
	for k := 1; k < len(toks); k++ {
		if toks[k].End < toks[k-1].End {
			for i := range ws {
				ws[i].Tok = -1
				k := sort.Search(len(toks), func(k int) bool { return toks[k].End > ws[i].Start })
				if k < len(toks) && toks[k].Start <= ws[i].Start {
					ws[i].Tok = k
				}
			}
			return
		}
	}
	k := 0
	for i := range ws {
		ws[i].Tok = -1
		if i > 0 && ws[i].Start < ws[i-1].Start {
			k = 0 // words out of order: start again
		}
		for k < len(toks) && toks[k].End <= ws[i].Start {
			k++
		}
		if k < len(toks) && toks[k].Start <= ws[i].Start {
			ws[i].Tok = k
		}
	}
}

// Scan splits text[sp.Start:sp.End] into words: runs of letters and digits,
// joined across an inner hyphen, dot, slash or apostrophe ("T-72", "1.5",
// "don't") and across a comma between digit groups ("1,200"); a possessive
// "'s" is a word of its own; every other non-space character is one word.
func Scan(text string, sp parallax.Span) []Word {
	return scan(make([]Word, 0, (sp.End-sp.Start)/5+2), text, "", sp) // about one word per five bytes
}

// scan appends the words of Scan(text, sp) to ws. lowerText, when not "",
// is lowerASCII(text), whose slices serve as the lower case of ASCII
// words.
func scan(ws []Word, text, lowerText string, sp parallax.Span) []Word {
	word := func(s, e int) Word {
		if lowerText != "" && isASCII(text[s:e]) {
			return Word{Span: parallax.Span{Start: s, End: e}, Text: text[s:e], Lower: lowerText[s:e], Tok: -1}
		}
		return newWord(text, s, e)
	}
	i := sp.Start
	for i < sp.End {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if !isAlnum(r) {
			i += n
			ws = append(ws, word(start, i))
			continue
		}
		i += n
		for i < sp.End {
			if c := text[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			if isAlnum(r) {
				i += n
				continue
			}
			if i+n < sp.End && joins(text, start, i, r, n, sp.End) {
				i += n
				continue
			}
			break
		}
		// Split a possessive 's off its noun.
		w := text[start:i]
		if k := possessive(w); k > 0 {
			ws = append(ws, word(start, start+k), word(start+k, i))
			continue
		}
		ws = append(ws, word(start, i))
	}
	return ws
}

func possessive(w string) int {
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

// joins reports whether the punctuation rune r at text[i:i+n] continues the
// word that started at start.
func joins(text string, start, i int, r rune, n, end int) bool {
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	switch r {
	case '-', '/', '.':
		if r == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) && !(unicode.IsLetter(next) && i-start == 1 && unicode.IsUpper(prev)) {
			return false // a dot ends the word unless in "1.5" or "U.S"
		}
		return isAlnum(next)
	case '\'', '’':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case ',':
		// "1,200": a comma followed by exactly three digits.
		if !unicode.IsDigit(prev) || i+n+3 > end {
			return false
		}
		g := text[i+n : i+n+3]
		for k := 0; k < 3; k++ {
			if g[k] < '0' || g[k] > '9' {
				return false
			}
		}
		if i+n+3 < end {
			if c, _ := utf8.DecodeRuneInString(text[i+n+3:]); unicode.IsDigit(c) {
				return false
			}
		}
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func newWord(text string, s, e int) Word {
	t := text[s:e]
	return Word{Span: parallax.Span{Start: s, End: e}, Text: t, Lower: lower(t), Tok: -1}
}

// lower returns t in lower case with curly apostrophes made straight,
// without allocating when t is lower-case ASCII already (most words).
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ReplaceAll(strings.ToLower(t), "’", "'")
		}
	}
	return t
}

// abbreviations that end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"capt": true, "maj": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true,
	"vs": true, "gov": true, "sen": true, "rep": true, "prof": true, "inc": true, "co": true, "corp": true,
	"u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true,
}

// SplitSentences splits text into sentences for documents that the
// segmenter has not split: at line breaks, and after ".", "!" or "?"
// (and any closing quotes) followed by space and an upper-case letter, a
// digit or an opening quote, unless the dot ends a known abbreviation or a
// single initial.
func SplitSentences(text string) []parallax.Span {
	var out []parallax.Span
	emit := func(s, e int) {
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, parallax.Span{Start: s, End: e})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(start, i)
			start = i + n
		case r == '.' || r == '!' || r == '?':
			j := i + n
			for j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '.' {
					j += m
					continue
				}
				break
			}
			if j < len(text) {
				c, _ := utf8.DecodeRuneInString(text[j:])
				if c == ' ' || c == '\t' {
					k := j
					for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
						k++
					}
					if k < len(text) {
						d, _ := utf8.DecodeRuneInString(text[k:])
						if (unicode.IsUpper(d) || unicode.IsDigit(d) || d == '"' || d == '“' || d == '‘') && !(r == '.' && abbreviationBefore(text, start, i)) {
							emit(start, j)
							start = j
						}
					}
				}
			}
		}
		i += n
	}
	emit(start, len(text))
	return out
}

// abbreviationBefore reports whether the word that ends at the dot at i is
// an abbreviation or a single capital initial.
func abbreviationBefore(text string, start, i int) bool {
	k := i
	for k > start {
		r, n := utf8.DecodeLastRuneInString(text[start:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= n
	}
	w := text[k:i]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

// subordinators open a clause that comes before the main one ("After the
// talks failed, ...").
var subordinators = map[string]bool{
	"after": true, "when": true, "while": true, "as": true, "since": true, "because": true,
	"although": true, "though": true, "if": true, "before": true, "despite": true, "following": true,
	"once": true, "whereas": true, "unless": true, "until": true,
}

// relatives open a relative clause, closed by a comma: "Armenia, which
// Russia supports, attacked".
var relatives = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// ClauseStart returns where the clause that holds word hi starts, at or
// after lo: after the last subordinator, "that", conjunction "but" or
// semicolon before hi, passing over relative clauses closed by a comma
// before hi; and past a leading subordinate clause ("After the talks
// failed, ..."). The subject of the verb at hi is the first party named
// from there.
func ClauseStart(ws []Word, lo, hi int) int {
	comma := false
	for k := hi - 1; k >= lo; k-- {
		w := ws[k].Lower
		switch {
		case w == ",":
			comma = true
		case w == ";" || w == ":" || w == "but" || w == "that" || w == "where" || (subordinators[w] && k > lo):
			return k + 1
		case relatives[w]:
			if !comma {
				return k + 1
			}
		}
	}
	if lo < hi && subordinators[ws[lo].Lower] {
		for k := lo + 1; k < hi; k++ {
			if ws[k].Lower == "," {
				return k + 1
			}
		}
	}
	return lo
}

// prepositions before a name that make it a place or an object, not the
// subject: "in Syria", "against al-Qaida".
var prepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "across": true, "inside": true, "within": true,
	"into": true, "throughout": true, "against": true, "on": true, "to": true, "for": true, "with": true,
	"by": true, "toward": true, "towards": true, "around": true, "along": true, "outside": true, "over": true,
}

// AfterPreposition reports whether word j follows a preposition, directly
// or across one lower-case modifier ("in northwestern Syria").
func AfterPreposition(ws []Word, j int) bool {
	if j > 0 && prepositions[ws[j-1].Lower] {
		return true
	}
	if j > 1 && prepositions[ws[j-2].Lower] {
		t := ws[j-1].Text
		return t != "" && t[0] >= 'a' && t[0] <= 'z'
	}
	return false
}

// speechVerbs are the verbs of saying whose day a date right after them
// names ("officials said on Saturday", "told reporters Sunday").
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true, "added": true,
	"stated": true, "confirmed": true, "tweeted": true, "wrote": true, "posted": true, "claimed": true,
	"denied": true, "insisted": true, "warned": true,
}

// SpeechDate reports whether the date mention starting at word j dates a
// saying rather than what was said: it follows a verb of saying, directly
// or past "on" and up to two words for whom it was told to ("said on
// Saturday", "told reporters on Sunday", "the ministry said Monday").
func SpeechDate(ws []Word, j int) bool {
	k := j - 1
	if k >= 0 && ws[k].Lower == "on" {
		k--
	}
	for n := 0; n < 3 && k >= 0; n, k = n+1, k-1 {
		if speechVerbs[ws[k].Lower] {
			return true
		}
		if isPunct(ws[k].Lower) {
			return false
		}
	}
	return false
}

func isPunct(w string) bool {
	return w != "" && !isAlnum(rune(w[0]))
}
