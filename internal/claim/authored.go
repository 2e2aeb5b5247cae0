package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// authorBefore reads the author of the statement noun at token i from
// the words before it: a possessor ("Moscow's claims", "the rebels'
// latest claim") or a party's adjective, maybe with a speaker noun
// ("Russian reports", "the Indian allegation", "Iranian media reports"),
// after at most two modifiers ("recent", "repeated"). Only a possessor
// or adjective with a side counts, so that "the same reports" or "the
// police report" name no author.
func (st *state) authorBefore(a, i int) (speaker, bool) {
	k := i - 1
	for n := 0; n < 2 && k > a && statementModifiers[st.norm(k)]; n++ {
		k--
	}
	if k < a {
		return speaker{}, false
	}
	end := k + 1
	possessed := false
	if w := st.norm(k); w == "'s" || w == "'" {
		possessed = true
		k--
	} else if speakerNouns[st.norm(k)] && st.lowerWord(k) {
		k-- // "Iranian media reports"
	}
	if k < a {
		return speaker{}, false
	}
	var spk speaker
	if possessed && rulingNouns[st.norm(k)] && st.lowerWord(k) && k > a {
		// "The Eritrean regime's claims that C", "the Malian junta's
		// allegations": the state's rulers named by its adjective
		if side, ea, ok := st.rulersBefore(a, k); ok {
			spk = speaker{a: ea, b: k + 1, ent: -1, side: side}
			if spk.a > a && prepositions(st.norm(spk.a-1)) {
				return speaker{}, false
			}
			return spk, true
		}
	}
	if ei, ea, ok := st.entityEndingAt(k + 1); ok && ea >= a && st.doc.Entities[ei].Side != "" && (possessed || st.doc.Entities[ei].Kind != parallax.KindPerson) {
		spk = st.speakerFromEntity(ei, ea, k+1)
	} else if side, ea, ok := st.countryWordsEndingAt(a, k); ok {
		// "Baku's claim", "Azerbaijani reports": a state's name,
		// capital or demonym, which the recogniser may leave without a
		// side or out
		spk = speaker{a: ea, b: k + 1, ent: -1, side: side}
	} else {
		return speaker{}, false
	}
	if spk.a > a && prepositions(st.norm(spk.a-1)) {
		return speaker{}, false // "in Russian reports", "from Baku's claims": a source named elsewhere
	}
	if !possessed {
		spk.b = end
	}
	return spk, true
}

// countryWordsEndingAt reads a state's name, capital or demonym of one to
// three capitalised words ending at token k (not before a): its side and
// first token.
func (st *state) countryWordsEndingAt(a, k int) (string, int, bool) {
	name := ""
	for j := k; j >= a && j > k-3 && st.toks[j].Word && st.toks[j].Cap; j-- {
		if name == "" {
			name = st.norm(j)
		} else {
			name = st.norm(j) + " " + name
		}
		if w, ok := st.countryWords[name]; ok {
			return w.side, j, true
		}
	}
	return "", 0, false
}

// statementModifiers may stand between a statement noun and its author
// ("Baku's repeated claims", "the Indian allegation").
var statementModifiers = map[string]bool{
	"recent": true, "latest": true, "repeated": true, "earlier": true, "new": true, "previous": true,
	"initial": true, "own": true, "official": true, "unfounded": true, "baseless": true, "false": true,
}

// countryWord is what a word of the country table names: a state's side,
// and whether the word is the state's name or an alias ("Nigeria" of
// "Nigeria Centre for Disease Control") and not only a demonym or capital
// ("Nigerian", "Abuja"), which read a speaker's side but head no state
// body.
type countryWord struct {
	side string
	name bool
}

// loadCountryWords maps each state's name, aliases, demonyms and capitals
// in the actor table (lower case) to its side; a word of two states
// ("Congo", "Congolese") is the first row's. An unreadable table gives an
// empty map.
func loadCountryWords() map[string]countryWord {
	m := map[string]countryWord{}
	for _, f := range countryRows() {
		if len(f) < 5 || f[0] == "" {
			continue
		}
		for c, col := range f[1:5] {
			for _, w := range strings.Split(col, "|") {
				w = strings.ToLower(strings.TrimSpace(w))
				if w == "" {
					continue
				}
				cw, seen := m[w]
				if !seen {
					cw.side = f[0]
				}
				cw.name = cw.name || c < 2 // the name and aliases columns
				m[w] = cw
			}
		}
	}
	return m
}

// rulersBefore reads the state named just before the ruling noun at token
// k ("Eritrean" of "the Eritrean regime", "Burmese" of "the Burmese
// junta"): its side and the name's first token.
func (st *state) rulersBefore(a, k int) (string, int, bool) {
	if ei, ea, ok := st.entityEndingAt(k); ok && ea >= a && st.doc.Entities[ei].Side != "" && st.doc.Entities[ei].Kind != parallax.KindPerson {
		return st.doc.Entities[ei].Side, ea, true
	}
	return st.countryWordsEndingAt(a, k-1)
}
