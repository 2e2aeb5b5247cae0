package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// The subject search can stop at the body or the office that opens a
// speaker's title and miss the person the title leads to: "Armed Forces
// of X (AFX) spokesperson Col. NAME said", "the militia's spokesman NAME
// claimed", "the deputy commander of the X Front (XF), NAME, in a video
// posted online, claimed", "Company co-founder NAME tweeted ... and
// said". The person heads that noun phrase and speaks, for the body's
// side when they have none of their own.

// titledHeadPerson: the subject s found for the cue at ca is a body, or
// an office that stands for its holder ("President of the Republic of
// X"), and a person named after it, behind title words, closes the
// subject right before the cue, before an aside set off by commas, or
// before a first verb coordinated with the cue. A subject the search
// read as an unnamed office ("the Afghan Taliban's chief spokesman")
// yields to the name that follows it the same way.
func (st *state) titledHeadPerson(s speaker, a, ca int) (speaker, bool) {
	if s.a < 0 || s.b >= ca {
		return speaker{}, false
	}
	if s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson && !officeWord(st.norm(s.a)) {
		return speaker{}, false // a named person already speaks
	}
	if s.ent < 0 && !officeWord(st.norm(s.b-1)) {
		return speaker{}, false // an unnamed speaker ("the ministry", "residents")
	}
	end := st.subjectEnd(s.b, ca)
	if end <= s.b {
		return speaker{}, false
	}
	ei, pa, ok := st.entityEndingAt(end)
	if !ok && st.norm(end-1) == "," {
		ei, pa, ok = st.entityEndingAt(end - 1) // ", NAME, in a video, claimed"
		if ok && !st.commaBefore(pa, s.b) {
			return speaker{}, false
		}
	}
	if !ok || pa < s.b {
		return speaker{}, false
	}
	p := st.doc.Entities[ei]
	if p.Kind != parallax.KindPerson || pronoun(p.Text) {
		return speaker{}, false
	}
	if !st.titleRun(a, s, pa) {
		return speaker{}, false
	}
	_, pb := st.tokensIn(p.Start, p.End)
	spk := st.speakerFromEntity(ei, pa, pb)
	if spk.side == "" && !st.formerIn(a, pa) {
		spk.side = s.side
	}
	return spk, true
}

// subjectEnd: where the subject before the cue at ca ends, after b: the
// cue itself, less adverbs; or the comma that opens an aside between
// commas (", in a post on X,", ", speaking on Sunday,"); or the first of
// two verbs coordinated with the cue ("NAME tweeted to him and said").
// It returns b when neither form holds.
func (st *state) subjectEnd(b, ca int) int {
	e := ca
	for e > b && adverbials[st.norm(e-1)] {
		e--
	}
	if e-1 > b && st.norm(e-1) == "," {
		// an aside: back to the comma that opens it; a verb inside it
		// is only a participle after a preposition ("in a video posted
		// online")
		verb := false
		for k := e - 2; k > b; k-- {
			if st.norm(k) != "," {
				if _, isCue := st.cueAt(k); isCue && !st.toks[k].Cap {
					verb = true
				}
				if st.inQuote(k) {
					return b
				}
				continue
			}
			w := st.norm(k + 1)
			if verb && !prepositions(w) {
				return b
			}
			if insertionOpeners[w] || w == "speaking" || w == "who" || w == "according" {
				return k
			}
			return b
		}
		return b
	}
	if e-1 > b && st.norm(e-1) == "and" {
		// a first verb of the subject's own, coordinated with the cue
		for k := e - 2; k > b; k-- {
			if st.norm(k) == "," || st.inQuote(k) {
				return b
			}
			if _, ok := st.entEnd[k]; ok && st.tagAt(k) == "VERB" {
				return k
			}
		}
	}
	return e
}

// commaBefore: the person starting at token pa is set off by a comma
// right after the body's phrase ("the X Front (XF), NAME,").
func (st *state) commaBefore(pa, b int) bool {
	return pa-1 >= b && st.norm(pa-1) == ","
}

// titleRun: the words between the body s and the person at pa, or the
// words before the body when only an apposition's comma lies between,
// name an office ("spokesperson Col.", "militia's spokesman",
// "co-founder", "deputy commander of the"): words, possessives,
// acronyms in brackets and abbreviation dots, no cue, no other person,
// at most one comma.
func (st *state) titleRun(a int, s speaker, pa int) bool {
	if pa-s.b > 14 {
		return false
	}
	// (an unnamed office read as the subject ends in its title word)
	commas, title := 0, s.ent < 0 && officeWord(st.norm(s.b-1))
	for k := s.b; k < pa; k++ {
		t := st.toks[k]
		switch {
		case t.Text == "," || t.Text == "(" || t.Text == ")" || t.Text == "." || t.Norm == "'s" || t.Norm == "’s" || t.Text == "-":
			if t.Text == "," {
				commas++
			}
			continue
		case !t.Word || st.inQuote(k):
			return false
		}
		if k == s.b && t.Norm == "and" && pa == k+1 && st.lowerWord(k-1) {
			return false // "The secretary and NAME": two conjuncts (titleFirstConjunct)
		}
		if _, isCue := st.cueAt(k); isCue && !t.Cap {
			return false
		}
		if ei, ok := st.entStart[k]; ok && st.doc.Entities[ei].Kind == parallax.KindPerson {
			return false
		}
		if officeWord(t.Norm) {
			title = true
		}
	}
	if commas > 1 {
		return false
	}
	if !title && commas == 1 && pa-1 >= s.b && st.norm(pa-1) == "," {
		// "the deputy commander of the X Front (XF), NAME,": the office
		// opens the phrase before the body
		for k := s.a - 1; k >= a && k >= s.a-6; k-- {
			if st.norm(k) == "," || !st.toks[k].Word {
				break
			}
			if officeWord(st.norm(k)) {
				title = true
				break
			}
		}
	}
	return title
}

// officeWord: a word that names a post or a role a person holds.
func officeWord(w string) bool {
	switch w {
	case "the", "of", "for", "and", "state", "foreign", "policy", "press", "army", "military", "navy",
		"police", "ministry", "government", "forces", "force", "security", "defense", "defence", "interior",
		"operations", "presidential", "former", "senior", "general":
		return false
	}
	if titleHead(w) || personTitles[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		w = w[i+1:] // "co-founder", "vice-president"
	}
	return roleWords[w]
}

// roleWords: offices and roles that head a person's title besides the
// claim stage's title words.
var roleWords = map[string]bool{
	"founder": true, "rapporteur": true, "leader": true, "chief": true, "president": true, "chair": true,
	"chairwoman": true, "chairperson": true, "coach": true, "captain": true, "commissioner": true,
	"assistant": true, "aide": true, "secretary-general": true, "envoy": true, "delegate": true,
}
