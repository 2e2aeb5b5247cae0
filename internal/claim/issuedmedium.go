package claim

import "github.com/parallaxhq/parallax"

// A body's bulletin or communiqué speaks for the body that issued it. A
// story names the issuer once, with the medium ("the Ministry of
// Defence said in a bulletin read on national radio", "The communiqué of
// the Argentine Joint Chiefs of Staff says"), and then lets the medium
// speak alone, often paragraphs later and after other speakers ("the
// bulletin said", "The same communiqué says", "the Argentine communiqué
// also says"): the definite noun takes up the medium the text named, not
// the speaker who spoke last.

// takenUpMedium reads the speaker [a, b) as a definite medium a body
// issues ("the bulletin", "The same communiqué", "the Argentine
// communiqué"): the medium's noun, and the side of the state a demonym
// before it names ("" when none). ok is false for any other speaker.
func (st *state) takenUpMedium(a, b int) (noun, named string, ok bool) {
	if a < 0 || b > len(st.toks) || b-a < 1 || b-a > 3 {
		return "", "", false
	}
	noun = st.norm(b - 1)
	if !issueMedia[noun] || st.toks[b-1].Cap && b-1 > a {
		return "", "", false
	}
	det := st.norm(a - 1)
	first := a
	if w := st.norm(a); w == "the" || w == "this" || w == "that" {
		first, det = a+1, w
	}
	if det != "the" && det != "this" && det != "that" {
		return "", "", false // "a statement said": another medium, not one named before
	}
	for k := first; k < b-1; k++ {
		if st.norm(k) == "same" || st.norm(k) == "latest" {
			continue
		}
		cw, isCountry := st.countryWords[st.norm(k)]
		if !isCountry || !st.toks[k].Cap || cw.side == "" || named != "" {
			return "", "", false // "the army's bulletin", "the final report"
		}
		named = cw.side
	}
	return noun, named, true
}

// namesMedium: the sentence of the claim d names the medium noun outside
// the claim's own words, as what the speaker spoke in or issued ("said
// in a bulletin", "The communiqué of X says", "in its daily bulletin").
func (st *state) namesMedium(d draft, noun string) bool {
	si := st.sentOf[d.cueA]
	if si < 0 {
		return false
	}
	for k := st.sentTok[si][0]; k < st.sentTok[si][1]; k++ {
		if k >= d.contA && k < d.contB || st.norm(k) != noun {
			continue
		}
		if k >= d.spk.a && k < d.spk.b && d.spk.a >= 0 {
			continue // the medium speaking itself: "the bulletin said"
		}
		return true
	}
	return false
}

// personSpeaker: the speaker is a person, by a person's entity or a
// pronoun of one ("he", "she"): no body that issues bulletins.
func (st *state) personSpeaker(s speaker) bool {
	if s.ent >= 0 && s.ent < len(st.doc.Entities) {
		return st.doc.Entities[s.ent].Kind == parallax.KindPerson
	}
	if s.a >= 0 && s.b == s.a+1 {
		w := st.norm(s.a)
		return w == "he" || w == "she" || w == "him" || w == "her"
	}
	return false
}
