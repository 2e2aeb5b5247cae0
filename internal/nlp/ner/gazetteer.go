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
}

// Len is the number of phrases.
func (g *Gazetteer) Len() int { return len(g.phrases) }

// Lookup returns the kinds of a lower-cased, space-joined phrase as a bit
// set.
func (g *Gazetteer) Lookup(phrase string) uint8 { return g.phrases[phraseAdd(phraseStart(), phrase)] }

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
		if !g.starts[h] {
			continue
		}
		shift := 0
		if !startsUpperOrDigit(words[i]) {
			shift = 16
		}
		for l := 1; l <= maxPhrase && i+l <= len(words); l++ {
			if l > 1 {
				h = phraseAdd(phraseSpace(h), lower[i+l-1])
			}
			m := g.phrases[h]
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
	return out
}

func startsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
