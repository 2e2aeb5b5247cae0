package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// Tok is a word or punctuation mark of the document text, as the actor and
// claim stages see it. The stages tokenise the text themselves so that they
// work before (and independently of) the segmenter's tokens; they read the
// other stages' layers through spans.
type Tok struct {
	parallax.Span
	Text string
	// Norm is the lower-cased, diacritic-folded form used for lexicon
	// look-ups, with typographic apostrophes made straight.
	Norm string
	// Cap marks a word that starts with an upper-case letter.
	Cap bool
	// Word marks a token made of letters or digits (not punctuation).
	Word bool
	// InQuote marks a token inside a quotation.
	InQuote bool
	// Newline marks a token preceded by a line break.
	Newline bool
}

// DocTokens is Tokenize(doc.Text), made once per document and shared by
// the actor and claim stages (parallax.Document.Derived), which both
// tokenised the whole text: no caller may change the tokens.
func DocTokens(doc *parallax.Document) []Tok {
	return doc.Derived(docTokensKey{}, func() any { return Tokenize(doc.Text) }).([]Tok)
}

// docTokensKey is the key of DocTokens among a document's derived values.
type docTokensKey struct{}

// FoldedText is Fold(doc.Text), folded once a document for the stages
// that read the whole folded text (this one, and claim's authorities).
func FoldedText(doc *parallax.Document) string {
	return doc.Derived(foldedTextKey{}, func() any { return Fold(doc.Text) }).(string)
}

// foldedTextKey is the key of FoldedText among a document's derived values.
type foldedTextKey struct{}

// Tokenize splits text into words and punctuation marks. A possessive "'s"
// is its own token; hyphens, inner apostrophes and the dots of an acronym
// ("U.S.") stay inside a word.
func Tokenize(text string) []Tok {
	toks := make([]Tok, 0, len(text)/5)
	newline := false
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			if r == '\n' {
				newline = true
			}
			i += n
			continue
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' {
					next, _ := utf8.DecodeRuneInString(text[j+n2:])
					if !isWordRune(next) {
						break
					}
					if r2 == '.' && !(isUpperAcronym(text[i:j]) && unicode.IsUpper(next)) {
						break
					}
					if (r2 == '\'' || r2 == '’') && possessiveAt(text, j+n2) {
						break
					}
					j += n2
					continue
				}
				break
			}
			// An acronym's closing dot ("U.S.") belongs to it.
			if j < len(text) && text[j] == '.' && strings.Contains(text[i:j], ".") && isUpperAcronym(text[i:j]) {
				j++
			}
			toks = append(toks, newTok(text, i, j, newline))
			i = j
		case (r == '\'' || r == '’') && possessiveAt(text, i+n) && len(toks) > 0 && toks[len(toks)-1].End == i:
			toks = append(toks, newTok(text, i, i+n+1, newline))
			i += n + 1
		default:
			toks = append(toks, newTok(text, i, i+n, newline))
			i += n
		}
		newline = false
	}
	markQuotes(toks)
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isUpperAcronym(s string) bool {
	for _, r := range s {
		if r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// possessiveAt reports whether text at i holds the "s" of a possessive ('s
// followed by a non-letter).
func possessiveAt(text string, i int) bool {
	if i >= len(text) || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 >= len(text) || !isWordRune(next)
}

func newTok(text string, start, end int, newline bool) Tok {
	s := text[start:end]
	r, _ := utf8.DecodeRuneInString(s)
	return Tok{
		Span: parallax.Span{Start: start, End: end}, Text: s, Norm: Fold(s),
		Cap: unicode.IsUpper(r), Word: isWordRune(r), Newline: newline,
	}
}

// IsQuoteMark reports whether s is an opening or closing quotation mark.
func IsQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// markQuotes sets InQuote on the tokens between quotation marks. Curly and
// guillemet marks say which way they face; so does a straight mark
// written against the word it opens ("␣"Both) or closes (one,"␣): a
// quote the writer left unclosed then ends at the next closing mark
// instead of turning every later quote inside out. A straight mark with
// space on both sides or none opens when no quote is open and closes
// otherwise.
func markQuotes(toks []Tok) {
	open := false
	for i := range toks {
		switch toks[i].Text {
		case "“", "«", "„":
			open = true
			continue
		case "”", "»":
			open = false
			continue
		case "\"":
			before := i > 0 && toks[i-1].End == toks[i].Start
			after := i+1 < len(toks) && toks[i+1].Start == toks[i].End
			switch {
			case after && !before:
				open = true
			case before && !after:
				open = false
			default:
				open = !open
			}
			continue
		}
		toks[i].InQuote = open
	}
}

// foldTable maps the accented Latin letters of names in news text to ASCII.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ə': "e",
	'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'İ': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '–': "-", '—': "-", '‐': "-",
}

// Fold lower-cases s and folds accented letters and typographic apostrophes
// and dashes to ASCII, for look-ups that ignore spelling of that kind.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Sentences returns the sentence spans of the document: the segmenter's
// when it ran, else a simple split at line breaks and at sentence-final
// punctuation followed by a capital, a digit or a quotation mark.
func Sentences(doc *parallax.Document) []parallax.Span {
	if len(doc.Sentences) > 0 {
		out := make([]parallax.Span, len(doc.Sentences))
		for i, s := range doc.Sentences {
			out[i] = s.Span
		}
		return out
	}
	return splitSentences(doc.Text)
}

func splitSentences(text string) []parallax.Span {
	var out []parallax.Span
	start := -1
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start && unicode.IsSpace(rune(text[e-1])) {
				e--
			}
			if e > start {
				out = append(out, parallax.Span{Start: start, End: e})
			}
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			i += n
			continue
		}
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		i += n
		if r == '.' || r == '!' || r == '?' {
			// closing quotes and brackets stay with the sentence they end
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == '»' {
					j += n2
					continue
				}
				break
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k == j || k >= len(text) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '«' {
				if r == '.' && abbreviationBefore(text, i-1) {
					continue
				}
				emit(j)
				i = k
			}
		}
	}
	emit(len(text))
	return out
}

// abbreviationBefore reports whether the dot at i ends a title or initial
// ("Mr.", "U.S.", "J.") rather than a sentence.
func abbreviationBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	w := text[j:i]
	if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "st", "prof", "no", "vs", "jr", "sr":
		return true
	}
	return false
}
