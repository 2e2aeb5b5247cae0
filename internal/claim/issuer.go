package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// issuedNouns name what a body publishes as figures or on its pages
// ("Health Ministry figures", "World Bank data", "the ministry's
// website"): the claim they carry is the issuer's.
var issuedNouns = map[string]bool{
	"figures": true, "data": true, "statistics": true, "stats": true, "estimates": true, "numbers": true,
	"tally": true, "count": true, "records": true, "website": true, "site": true, "database": true,
}

// issuedData: tokens [a, b) are only lower-case data nouns ("figures",
// "data"), what the name before them issued.
func (st *state) issuedData(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if !st.lowerWord(k) || !issuedNouns[st.norm(k)] {
			return false
		}
	}
	return true
}

// earlierIssuer finds who issued the data a bare "the data" or "the
// website" at token k refers back to: the same noun within the three
// sentences before, held by a claim's speaker ("citing Ethiopian
// government data. According to the data, C") or right after a name with
// a side ("China's Foreign Ministry website ... according to the
// website").
func (st *state) earlierIssuer(k int) (speaker, bool) {
	si := st.sentOf[k]
	if si < 0 {
		return speaker{}, false
	}
	from := st.sentTok[max(si-3, 0)][0]
	for p := k - 1; p >= from; p-- {
		if st.norm(p) != st.norm(k) {
			continue
		}
		for _, d := range st.drafts {
			if d.spk.a <= p && p <= d.spk.b && d.spk.a >= 0 && (d.spk.side != "" || d.spk.b > d.spk.a && st.toks[d.spk.a].Cap) {
				return d.spk, true // (its side may be settled later, as for any unnamed body)
			}
		}
		if ei, ok := st.entEnd[p]; ok {
			if e := st.doc.Entities[ei]; e.Side != "" {
				return speaker{a: -1, ent: -1, actor: e.Actor, side: e.Side}, true
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// issuerNamed: tokens [j, last) before a data noun name its issuer: a
// capitalised word ("World Bank data", "Ethiopian government figures").
func (st *state) issuerNamed(j, last int) bool {
	for k := j; k < last; k++ {
		if st.toks[k].Cap && st.toks[k].Word {
			return true
		}
	}
	return false
}

// sourceBodies head a source phrase after "according to" that names a
// body by its kind ("according to civil society in Djugu", "according to
// military intelligence", "according to the network").
var sourceBodies = map[string]bool{
	"society": true, "intelligence": true, "network": true, "observatory": true, "monitors": true,
}

// sourceNamedBefore reads a source phrase [j, np) that refers back: "him"
// or "her" is the person who spoke last, within two sentences ("Governor
// NAME said C. According to him, D"); "the NOUN" is the organisation
// named within three sentences before whose name ends in that noun ("The
// Sudan Doctors Network said C. According to the network, D").
func (st *state) sourceNamedBefore(j, np int) (speaker, bool) {
	if np != j+1 || j >= len(st.toks) {
		return speaker{}, false
	}
	si := st.sentOf[j]
	if si < 0 {
		return speaker{}, false
	}
	switch w := st.norm(j); w {
	case "him", "her":
		if st.lastSpk.actor != "" && si-st.lastSent <= 2 && si >= st.lastSent {
			return speaker{a: j, b: np, ent: -1, actor: st.lastSpk.actor, side: st.lastSpk.side}, true
		}
		return speaker{}, false
	}
	if st.norm(j-1) != "the" || !st.lowerWord(j) {
		return speaker{}, false
	}
	from := st.sentTok[max(si-3, 0)][0]
	for p := j - 2; p >= from; p-- {
		ei, ok := st.entEnd[p+1]
		if !ok || p < 1 || !st.toks[p].Cap || st.norm(p) != st.norm(j) {
			continue
		}
		if e := st.doc.Entities[ei]; e.Kind != parallax.KindPerson {
			return speaker{a: j, b: np, ent: -1, actor: e.Actor, side: e.Side}, true
		}
	}
	return speaker{}, false
}

// verbOnlyForms are third-person forms of reporting verbs that are no
// plural nouns ("informs", "insists", "warns"), unlike "claims", "notes",
// "reports" or "states": a verb even at a sentence's end ("..., the
// ministry informs.").
var verbOnlyForms = map[string]bool{
	"informs": true, "insists": true, "warns": true, "believes": true, "argues": true, "explains": true,
	"confirms": true, "announces": true, "tells": true, "writes": true, "admits": true, "adds": true,
	"alleges": true, "asserts": true, "denies": true, "maintains": true, "reiterates": true,
	"emphasizes": true, "emphasises": true, "acknowledges": true, "declares": true, "contends": true,
}

// sourceInBody: a speaker read as a body's name that follows "a source
// in", "sources at", "an official within" is that unnamed person, who
// speaks for the body's side ("“…,” a source in Ukraine's SBU security
// service told Reuters"): the source speaks, not the service, and has no
// actor of its own.
func (st *state) sourceInBody(spk speaker) (speaker, bool) {
	if spk.a < 2 {
		return speaker{}, false
	}
	ei := spk.ent
	if ei < 0 {
		e, _, ok := st.entityStartingAt(spk.a)
		if !ok {
			return speaker{}, false
		}
		ei = e
	}
	p := spk.a - 1
	if w := st.norm(p); w != "in" && w != "at" && w != "within" {
		return speaker{}, false
	}
	h := p - 1
	switch st.norm(h) {
	case "source", "sources", "official", "officials", "insider", "insiders":
	default:
		return speaker{}, false
	}
	e := st.doc.Entities[ei]
	if e.Kind == parallax.KindPerson || e.Side == "" {
		return speaker{}, false
	}
	a := h
	for a-1 >= 0 && st.lowerWord(a-1) && npModifiers[st.norm(a-1)] {
		a--
	}
	return speaker{a: a, b: h + 1, ent: -1, side: e.Side}, true
}

// firstConjunct: an unnamed speaker of two kinds of people joined by
// "and" ("residents and officials", "witnesses and local officials")
// speaks as the first named, as the golds decide for joint speakers
// ("Both Moroccan and Spanish authorities said": the first party); it
// returns the end of the first conjunct.
func (st *state) firstConjunct(spk speaker) (int, bool) {
	if spk.ent >= 0 || spk.a < 0 || spk.b-spk.a < 3 || spk.b-spk.a > 6 {
		return 0, false
	}
	for k := spk.a + 1; k < spk.b-1; k++ {
		if st.norm(k) != "and" {
			continue
		}
		if !st.lowerWord(k-1) || !speakerNouns[st.norm(k-1)] || !strings.HasSuffix(st.norm(k-1), "s") || !speakerNouns[st.norm(spk.b-1)] {
			return 0, false
		}
		for j := spk.a; j < spk.b; j++ {
			if !st.lowerWord(j) {
				return 0, false
			}
		}
		return k, true
	}
	return 0, false
}

// issueMedia are what a body issues its words in ("said in its daily
// bulletin", "in a statement"), which a later "according to the
// bulletin" refers back to.
var issueMedia = map[string]bool{
	"bulletin": true, "statement": true, "update": true, "communique": true, "communiqué": true,
	"release": true, "briefing": true, "report": true, "post": true,
}

// mediumNamedBefore reads "according to the bulletin" at [j, np): the
// speaker of the claim, within the eight sentences before, whose cue
// named that medium ("the ministry said in its daily bulletin") is the
// source.
//
// The words of a body's own running account ("according to the update",
// "according to the information received"), which no one else issues,
// refer back to the speaker of the last claim within the two sentences
// before, where no sentence names the medium: "The General Staff said ...
// The General Staff published the figures on Facebook. Over the past day,
// C, according to the update."
func (st *state) mediumNamedBefore(j, np int) (speaker, bool) {
	if np == j+2 && accountMedia[st.norm(j)] && issuedWords[st.norm(j+1)] {
		np = j + 1 // "the information received"
	}
	if np != j+1 || !(issueMedia[st.norm(j)] || accountMedia[st.norm(j)]) || st.norm(j-1) != "the" {
		return speaker{}, false
	}
	si := st.sentOf[j]
	if si < 0 {
		return speaker{}, false
	}
	from := st.sentTok[max(si-8, 0)][0]
	for p := j - 2; p >= max(from, 0); p-- {
		if st.norm(p) != st.norm(j) {
			continue
		}
		for k := len(st.drafts) - 1; k >= 0; k-- {
			d := st.drafts[k]
			if d.spk.a >= 0 && d.cueA < p && st.sentOf[d.cueA] == st.sentOf[p] && (p < d.contA || p >= d.contB) {
				return speaker{a: j, b: np, ent: -1, actor: d.spk.actor, side: d.spk.side}, true
			}
		}
		return speaker{}, false
	}
	if accountMedia[st.norm(j)] {
		for k := len(st.drafts) - 1; k >= 0; k-- {
			d := st.drafts[k]
			if d.cueA >= j || st.sentOf[d.cueA] >= si {
				continue
			}
			if st.sentOf[d.cueA] < si-2 || d.spk.side == "" {
				break
			}
			return speaker{a: j, b: np, ent: -1, actor: d.spk.actor, side: d.spk.side}, true
		}
	}
	return speaker{}, false
}

// accountMedia are a body's own running account, which a bare "according
// to the ..." refers back to its last speaker by.
var accountMedia = map[string]bool{"update": true, "information": true, "bulletin": true, "summary": true,
	"communique": true, "communiqué": true}

// issuedWords follow a medium that was given out: "the information
// received".
var issuedWords = map[string]bool{"received": true, "released": true, "published": true, "available": true}
