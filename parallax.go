// Package parallax holds the domain types of parallax: articles, the document
// that the analysis stages fill layer by layer, and the items of report
// contract v1 (entities, places, claims, events, counts, incidents,
// duplicates). It imports only the standard library; every other package
// points inward to it.
package parallax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in an article's cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Article is one news article as read from an input, before analysis.
type Article struct {
	ID        string // JSONL id, else the file name without extension (see DESIGN §2)
	Source    string // where it came from: a path, "path:line" for JSONL, or "-"
	URL       string
	Outlet    string
	Title     string
	Language  string
	Published string // YYYY-MM-DD, or "" when unknown
	Body      string // the text as received (valid UTF-8), before cleaning
}

// Document is an article under analysis. Each stage reads the layers that
// earlier stages filled and adds its own; all offsets point into Text.
type Document struct {
	Article Article
	// Text is the cleaned body. Every Span in the document indexes it.
	Text string
	// Origin maps offsets in Text back to offsets in Article.Body.
	Origin OffsetMap

	Sentences []Sentence
	Entities  []Entity
	Places    []Place
	Claims    []Claim
	Events    []Event
	Counts    []Count
	// Dates are the time expressions of the text resolved against the
	// publication date; events take their dates from them.
	Dates []DateMention

	// Parser, while the pipeline analyses the document, parses a sentence
	// the first time a stage asks for its parse (Parsed): only a few
	// sentences' trees decide anything, and parsing was the largest part
	// of the analysis time. Nil outside the pipeline, and once it is done.
	Parser SentenceParser `json:"-"`

	// derived holds the values that stages derive the same way from Text
	// and Sentences (a word split, a tokenisation), computed the first
	// time one asks (Derived). Nil outside the pipeline (KeepDerived),
	// and once it is done (DropDerived).
	derived *derivedValues

	// Err is set when a stage failed on this document: a panic on an input
	// no rule foresaw. The stages after it did not run, so the document is
	// neither reported nor stored as analysed; the other documents of the
	// run go on.
	Err error
}

// DateMention is a time expression in the text ("early Sunday", "on
// August 3") and the days it denotes.
type DateMention struct {
	Span
	Date DateRange
}

// Sentence is one sentence of the cleaned text with its tokens.
//
// A sentence may be left unparsed: the pipeline parses only the sentences
// a later stage reads the parse of (pipeline.Options.ParseAll parses all),
// when the stage asks for it through Document.Parsed. Every token of an
// unparsed sentence has Head 0 and Rel "", so a reader must check Rel !=
// "" (or Parsed) before trusting Head.
type Sentence struct {
	Span
	Tokens []Token
	// Bullet marks a sentence that stood as a bullet point or list item.
	Bullet bool
}

// Token is one word or punctuation mark with the layers the NLP stages add.
type Token struct {
	Span
	Text  string // Document.Text[Start:End]
	UPOS  string // universal part of speech ("NOUN"); "" before tagging
	XPOS  string // Penn Treebank tag ("NNS")
	Lemma string
	// Head is the 1-based index of this token's head in its sentence, 0 for
	// the root (the CoNLL-U convention). Meaningful only when Rel != "".
	Head int
	Rel  string // UD dependency relation ("nsubj"); "" before parsing
	NER  string // BIO entity tag ("B-PER", "I-ORG", "O"); "" before NER
}

// SentenceParser parses sentence si of doc in place: it sets Head and Rel
// of every token.
type SentenceParser interface {
	ParseSentence(doc *Document, si int)
}

// Parsed reports whether sentence si carries a parse (its first token a
// relation), parsing it first when the document has a Parser and the
// sentence has no parse yet. A stage that reads a sentence's parse asks
// here first, so that the pipeline parses only what some stage reads.
func (d *Document) Parsed(si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	toks := d.Sentences[si].Tokens
	if len(toks) == 0 {
		return false
	}
	if toks[0].Rel == "" && d.Parser != nil {
		d.Parser.ParseSentence(d, si)
	}
	return toks[0].Rel != ""
}

// ParsedOnDemand reports what Parsed(si) would, without parsing: whether
// sentence si carries a parse or would get one when a stage asks (the
// document has a Parser, which sets every token's Rel). A stage that reads
// only a sentence's tags, which the tagger set, asks here, so that its
// answer matches that of a reader of the parse and the sentence is parsed
// only for stages that read the parse itself.
func (d *Document) ParsedOnDemand(si int) bool {
	if si < 0 || si >= len(d.Sentences) || len(d.Sentences[si].Tokens) == 0 {
		return false
	}
	return d.Parser != nil || d.Sentences[si].Tokens[0].Rel != ""
}

// Derived returns the value that compute derives from d's Text and
// Sentences. While the pipeline analyses the document (KeepDerived) it
// computes it only the first time a stage asks for key while they stay
// the same: several stages split a document into words or tokens the same
// way, and each split was computed again by each of them. The value is
// shared by every stage that asks, so no reader may change it. key is a
// comparable value of a type of the asking package, as a context key is.
// A copy of the document (c := *d) and a document whose Text or Sentences
// were replaced compute their own values; a change of the tokens' spans
// in place is not noticed (no stage makes one after segmenting). Outside
// the pipeline nothing is kept, so that a document read back from a store
// or built by a test stays a plain value.
func (d *Document) Derived(key any, compute func() any) any {
	m := d.derived
	if m == nil {
		return compute()
	}
	if m.owner != d || m.text != d.Text || !sameSentences(m.sentences, d.Sentences) {
		m = &derivedValues{owner: d, text: d.Text, sentences: d.Sentences}
		d.derived = m
	}
	for i, k := range m.keys {
		if k == key {
			return m.values[i]
		}
	}
	v := compute()
	m.keys = append(m.keys, key)
	m.values = append(m.values, v)
	return v
}

// KeepDerived makes Derived keep its values for d until DropDerived: the
// pipeline calls it when it starts a document.
func (d *Document) KeepDerived() {
	d.derived = &derivedValues{owner: d, text: d.Text, sentences: d.Sentences}
}

// DropDerived forgets the values of Derived and keeps no more, so that an
// analysed document does not hold on to them.
func (d *Document) DropDerived() { d.derived = nil }

// derivedValues is the cache of Document.Derived, valid for the document
// owner while its Text and Sentences are text and sentences. Few keys
// are asked for, so they are searched in order.
type derivedValues struct {
	owner     *Document
	text      string
	sentences []Sentence
	keys      []any
	values    []any
}

// sameSentences reports whether a and b are the same slice (not only
// equal ones).
func sameSentences(a, b []Sentence) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// SentenceIndex returns the index of the sentence that holds byte offset
// off, or -1 when no sentence does.
func (d *Document) SentenceIndex(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// SentenceText returns the whitespace-normalised text of the sentence that
// holds byte offset off, or "" when none does. Report items carry it in
// their "sentence" field.
func (d *Document) SentenceText(off int) string {
	return d.SentenceTextAt(d.SentenceIndex(off))
}

// SentenceTextAt returns the whitespace-normalised text of sentence si, ""
// when there is none. In the pipeline each sentence is normalised once
// per document (Derived) and its text shared by the items it holds: the
// places, events and counts of a sentence asked for it one by one.
func (d *Document) SentenceTextAt(si int) string {
	if si < 0 || si >= len(d.Sentences) {
		return ""
	}
	texts := d.Derived(sentenceTextsKey{}, func() any { return make([]string, len(d.Sentences)) }).([]string)
	if texts[si] == "" {
		texts[si] = NormalizeSpace(d.Text[d.Sentences[si].Start:d.Sentences[si].End])
	}
	return texts[si]
}

// sentenceTextsKey is the key of SentenceTextAt's texts among the derived
// values.
type sentenceTextsKey struct{}

// NormalizeSpace collapses every run of white space to one space and trims
// both ends: strings.Join(strings.Fields(s), " ") in one pass and one
// allocation (every report item carries its sentence through it, and the
// list of fields cost more than the copy).
func NormalizeSpace(s string) string {
	if normalASCII(s) {
		return s // most names and sentences: nothing to collapse or trim, no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // of the current field, -1 between fields
	for i := 0; i < len(s); {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf { // most bytes: ASCII, no space
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		n := 1
		space := c == ' ' || '\t' <= c && c <= '\r' // the ASCII spaces of unicode.IsSpace
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// normalASCII reports whether s is ASCII with no white space but single
// spaces between non-space bytes: what NormalizeSpace returns for it is s
// itself.
func normalASCII(s string) bool {
	prev := byte(' ') // a space at the start is not normal
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || '\t' <= c && c <= '\r' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return prev != ' ' || s == ""
}

// OffsetMap maps byte offsets in a cleaned text back to byte offsets in the
// original text. It is a sorted list of anchors: from an anchor's Clean
// offset on, cleaned bytes map one to one onto original bytes starting at
// its Orig offset, up to the next anchor.
type OffsetMap []OffsetAnchor

// OffsetAnchor is one point of an OffsetMap.
type OffsetAnchor struct {
	Clean int
	Orig  int
}

// Original returns the offset in the original text of cleaned offset off.
// An empty map is the identity.
func (m OffsetMap) Original(off int) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].Clean > off }) - 1
	if i < 0 {
		return off
	}
	return m[i].Orig + off - m[i].Clean
}

// Ref qualifies an item id that is local to one article ("c3") with that
// article's id, giving the id the item carries in a report ("001:c3"): unique
// across a report and stable from one run to the next.
func Ref(article, local string) string { return article + ":" + local }
