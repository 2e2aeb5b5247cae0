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

// Gazetteer is a set of lower-cased, space-joined token phrases, each with
// the kinds it belongs to. It is read-only after building.
type Gazetteer struct {
	phrases map[string]uint8
	starts  map[string]bool // first tokens of phrases, to skip most positions fast
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{phrases: map[string]uint8{}, starts: map[string]bool{}}
}

// Add puts a phrase, already split into tokens, under kind. Phrases longer
// than maxPhrase tokens or empty are ignored.
func (g *Gazetteer) Add(tokens []string, kind int) {
	if len(tokens) == 0 || len(tokens) > maxPhrase || kind < 0 || kind >= gazKinds {
		return
	}
	key := strings.ToLower(strings.Join(tokens, " "))
	g.phrases[key] |= 1 << kind
	g.starts[strings.ToLower(tokens[0])] = true
}

// Len is the number of phrases.
func (g *Gazetteer) Len() int { return len(g.phrases) }

// Lookup returns the kinds of a lower-cased space-joined phrase as a bit set.
func (g *Gazetteer) Lookup(phrase string) uint8 { return g.phrases[phrase] }

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
	var buf []byte
	for i := range words {
		if !g.starts[lower[i]] {
			continue
		}
		shift := 0
		if !startsUpperOrDigit(words[i]) {
			shift = 16
		}
		buf = buf[:0]
		for l := 1; l <= maxPhrase && i+l <= len(words); l++ {
			if l > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, lower[i+l-1]...)
			m := g.phrases[string(buf)]
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
