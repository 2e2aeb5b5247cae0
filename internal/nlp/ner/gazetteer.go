package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gazetteer kinds. A phrase may belong to several.
const (
	GazCountry = iota // country names and alternative spellings
	GazDemonym        // nationality adjectives and demonyms ("Armenian")
	GazAdmin1         // states, provinces, regions
	GazCity           // populated places
	GazPerson         // person actors (leaders, officials)
	GazGroup          // organisations, armed groups, international bodies
	GazGiven          // given names (first words of person actors)
	gazKinds
)

// maxPhrase is the longest phrase, in tokens, that the gazetteer matches.
const maxPhrase = 6

// Gazetteer is a set of lower-cased token phrases, each with the kinds it
// belongs to. Phrases are kept as 64-bit FNV-1a hashes of their tokens
// joined by single spaces: the model file stays small, loading builds two
// integer maps, and matching hashes the tokens as it extends a phrase
// instead of building strings. It is read-only after building.
type Gazetteer struct {
	phrases map[uint64]uint8
	starts  map[uint64]bool // hashes of first tokens, to skip most positions fast
	// tab holds both maps in one open-addressing table once frozen
	// (freeze): Match looks up every token of every sentence, and Go maps
	// cost several times as much there.
	tab gazTable
}

// gazStart marks, in a gazTable value, the first token of a phrase.
const gazStart = 1 << 7

type gazTable struct {
	keys []uint64
	vals []uint8 // kind bits, | gazStart
	mask uint64
}

// freeze builds g.tab from the maps. Adding phrases later unfreezes.
func (g *Gazetteer) freeze() {
	if g.tab.keys != nil {
		return
	}
	t := newGazTable(len(g.phrases) + len(g.starts))
	for h, k := range g.phrases {
		t.put(h, k)
	}
	for h := range g.starts {
		t.put(h, gazStart)
	}
	g.tab = t
}

// load fills the table of an empty gazetteer from a model file's arrays.
func (g *Gazetteer) load(hashes []uint64, kinds []uint8, starts []uint64) {
	t := newGazTable(len(hashes) + len(starts))
	for i, h := range hashes {
		t.put(h, kinds[i])
	}
	for _, h := range starts {
		t.put(h, gazStart)
	}
	g.tab = t
}

func newGazTable(n int) gazTable {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return gazTable{keys: make([]uint64, size), vals: make([]uint8, size), mask: uint64(size - 1)}
}

func (t *gazTable) put(h uint64, v uint8) {
	if h == 0 {
		return
	}
	for i := (h * 0x9e3779b97f4a7c15) >> 24 & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == h || t.keys[i] == 0 {
			t.keys[i] = h
			t.vals[i] |= v
			return
		}
	}
}

// get returns the value of h: kind bits and gazStart.
func (g *Gazetteer) get(h uint64) uint8 {
	t := &g.tab
	if t.keys == nil {
		v := g.phrases[h]
		if g.starts[h] {
			v |= gazStart
		}
		return v
	}
	for i := (h * 0x9e3779b97f4a7c15) >> 24 & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{phrases: map[uint64]uint8{}, starts: map[uint64]bool{}}
}

func phraseStart() uint64 { return fnvOffset }

func phraseAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func phraseSpace(h uint64) uint64 {
	h ^= ' '
	h *= fnvPrime
	return h
}

// Add puts a phrase, already split into tokens, under kind. Phrases longer
// than maxPhrase tokens or empty are ignored.
func (g *Gazetteer) Add(tokens []string, kind int) {
	if len(tokens) == 0 || len(tokens) > maxPhrase || kind < 0 || kind >= gazKinds {
		return
	}
	g.thaw()
	h := phraseStart()
	for i, t := range tokens {
		if i > 0 {
			h = phraseSpace(h)
		}
		h = phraseAdd(h, strings.ToLower(t))
		if i == 0 {
			g.starts[h] = true
		}
	}
	g.phrases[h] |= 1 << kind
	g.tab = gazTable{}
}

// thaw makes the maps of a gazetteer loaded as a table only.
func (g *Gazetteer) thaw() {
	if g.phrases != nil {
		return
	}
	g.phrases, g.starts = map[uint64]uint8{}, map[uint64]bool{}
	g.each(func(h uint64, kinds uint8, start bool) {
		if kinds != 0 {
			g.phrases[h] = kinds
		}
		if start {
			g.starts[h] = true
		}
	})
}

// each calls fn for every phrase and first-token hash.
func (g *Gazetteer) each(fn func(h uint64, kinds uint8, start bool)) {
	if g.tab.keys == nil {
		for h, k := range g.phrases {
			fn(h, k, g.starts[h])
		}
		for h := range g.starts {
			if g.phrases[h] == 0 {
				fn(h, 0, true)
			}
		}
		return
	}
	for i, h := range g.tab.keys {
		if h != 0 {
			fn(h, g.tab.vals[i]&^gazStart, g.tab.vals[i]&gazStart != 0)
		}
	}
}

// Len is the number of phrases.
func (g *Gazetteer) Len() int {
	n := 0
	g.each(func(_ uint64, kinds uint8, _ bool) {
		if kinds != 0 {
			n++
		}
	})
	return n
}

// Lookup returns the kinds of a lower-cased, space-joined phrase as a bit
// set.
func (g *Gazetteer) Lookup(phrase string) uint8 {
	return g.get(phraseAdd(phraseStart(), phrase)) &^ gazStart
}

// Match marks the tokens covered by gazetteer phrases. For each token the
// result has bit 2k set when a phrase of kind k starts there and bit 2k+1
// when the token continues one; the same bits shifted by 16 mark phrases
// that start with a lower-case word in the text ("kerala", but also the
// pronoun "us" for "US"), which the model weighs apart. lower holds the
// lower-cased words.
func (g *Gazetteer) Match(words, lower []string, out []uint32) []uint32 {
	out = out[:0]
	for range words {
		out = append(out, 0)
	}
	for i := range words {
		h := phraseAdd(phraseStart(), lower[i])
		v := g.get(h)
		if v&gazStart == 0 {
			continue
		}
		g.extend(out, lower, i, h, v, !startsUpperOrDigit(words[i]))
	}
	return out
}

// extend marks in out the phrases that start at token i, whose one-word
// phrase hash is h and value v; lowerStart tells that the token starts in
// lower case.
func (g *Gazetteer) extend(out []uint32, lower []string, i int, h uint64, v uint8, lowerStart bool) {
	shift := 0
	if lowerStart {
		shift = 16
	}
	for l := 1; l <= maxPhrase && i+l <= len(lower); l++ {
		if l > 1 {
			h = phraseAdd(phraseSpace(h), lower[i+l-1])
			v = g.get(h)
		}
		m := v &^ gazStart
		if m == 0 {
			continue
		}
		for k := 0; k < gazKinds; k++ {
			if m&(1<<k) == 0 {
				continue
			}
			out[i] |= 1 << (2*k + shift)
			for j := i + 1; j < i+l; j++ {
				out[j] |= 1 << (2*k + 1 + shift)
			}
		}
	}
}

func startsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
