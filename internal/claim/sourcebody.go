package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// sourceLinks join an unnamed source to the body it speaks from ("a source
// in the Defence Forces", "sources within the movement", "a source close
// to the group").
var sourceLinks = map[string]bool{"in": true, "within": true, "inside": true, "from": true, "of": true, "close": true}

// bodyKind: the entity kinds of bodies a source may belong to. Places are
// left out ("a source in Kabul" may be anyone's), and so are persons.
func bodyKind(k string) bool {
	switch k {
	case parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
		return true
	}
	return false
}

// sourceBodySide is the side of the body an unnamed source's own phrase
// names: "a source in the Mozambican Defence and Security Forces told
// Lusa", "a Resistance source described", "sources close to the group":
// the source speaks from inside that body, for its side. "" when the
// phrase names no sided body.
func (st *state) sourceBodySide(spk speaker) string {
	if spk.a < 0 || spk.b <= spk.a || spk.b > len(st.toks) || !sourceHeads[st.norm(spk.b-1)] {
		return ""
	}
	si := st.sentOf[spk.a]
	// a capitalised name before the noun ("a Resistance source")
	for i := spk.a; i < spk.b-1; i++ {
		if !st.toks[i].Cap || si >= 0 && i == st.sentTok[si][0] {
			continue
		}
		if side := st.bodySideAt(i, spk.b-1); side != "" {
			return side
		}
	}
	// a body after the noun ("a source in the movement's leadership")
	k := spk.b
	if !sourceLinks[st.norm(k)] {
		return ""
	}
	if st.norm(k) == "close" {
		if st.norm(k+1) != "to" {
			return ""
		}
		k++
	}
	k++
	if st.norm(k) == "the" {
		if side := st.localBodySide(spk.a, k+1); side != "" {
			return side
		}
		k++
	}
	if k >= len(st.toks) || st.sentOf[k] != st.sentOf[spk.a] || !st.toks[k].Cap {
		return ""
	}
	return st.bodySideAt(k, len(st.toks))
}

// localBodyWords open the name of a province's, region's or town's own
// body ("the provincial security council", "the district administration").
var localBodyWords = map[string]bool{
	"provincial": true, "regional": true, "district": true, "municipal": true, "prefectural": true,
	"county": true, "governorate": true,
}

// divisionNouns are the divisions a body's name refers back to by "the
// NOUN's" ("the province's security committee", "the governorate's
// security directorate"). "state" is left out: "the state's" is as often
// the country's.
var divisionNouns = map[string]bool{
	"province": true, "island": true, "district": true, "region": true, "prefecture": true,
	"department": true, "governorate": true, "county": true, "city": true, "town": true,
	"municipality": true, "oblast": true, "canton": true, "territory": true, "village": true,
	"township": true, "emirate": true, "commune": true,
}

// localBodySide: the body after "a source in the" at token k is a
// province's or a town's own ("the provincial security council", "the
// governorate's security directorate"): the local authorities are their
// state's, the state of the last town or region the story named before
// the speaker (at token a) in its sentence or the two before. "" when the
// body is no local one or no such place was named.
func (st *state) localBodySide(a, k int) string {
	if k+1 >= len(st.toks) {
		return ""
	}
	n := st.norm(k)
	local := localBodyWords[n] && st.toks[k+1].Word && st.norm(k+1) != "'s"
	if divisionNouns[n] && (st.norm(k+1) == "'s" || st.norm(k+1) == "’s") {
		local = true
	}
	if !local {
		return ""
	}
	s := st.sentOf[a] - 2
	if s < 0 {
		s = 0
	}
	lo, hi := st.toks[st.sentTok[s][0]].Start, st.toks[a].Start
	country, at := "", -1
	for _, p := range st.doc.Places {
		// (a country is no province)
		if p.Start >= lo && p.End <= hi && p.Country != "" && p.Start > at && !strings.HasPrefix(p.Feature, "A.PCL") {
			country, at = p.Country, p.Start
		}
	}
	return st.sideOfISO2[country]
}

// bodySideAt is the side of a body whose name starts at token k and ends
// by end: an entity of a body's kind, or a capitalised word alone that
// takes up a body named before by the last word of its name.
func (st *state) bodySideAt(k, end int) string {
	if ei, eb, ok := st.entityStartingAt(k); ok && eb <= end {
		if e := st.doc.Entities[ei]; bodyKind(e.Kind) {
			return e.Side
		}
		return ""
	}
	if ei := st.bodyByLastWord(k); ei >= 0 {
		return st.doc.Entities[ei].Side
	}
	return ""
}

// bodyByLastWord: a capitalised word alone, no entity of its own, that
// ends the name of a sided body named before ("the Islamic Resistance
// said ... The Resistance also announced", "the Polisario Front ... the
// Front"): a story shortens a body's name once it has given it in full.
// The body's entity index, or -1.
func (st *state) bodyByLastWord(k int) int {
	if k <= 0 || k >= len(st.toks) || !st.toks[k].Cap || !st.toks[k].Word || st.norm(k-1) != "the" && !sourceHeads[st.norm(k+1)] {
		return -1
	}
	if _, _, ok := st.entityStartingAt(k); ok {
		return -1
	}
	if k+1 < len(st.toks) && st.toks[k+1].Cap && st.toks[k+1].Word {
		return -1 // a longer name of its own ("the Resistance Front")
	}
	si := st.sentOf[k]
	best, at := -1, -1 // the last such body named before
	for ei, e := range st.doc.Entities {
		if e.End > st.toks[k].Start || e.Start <= at || !bodyKind(e.Kind) {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		if a < 0 || b-a < 2 || b > len(st.toks) || si-st.sentOf[a] > 20 || st.toks[b-1].Norm != st.toks[k].Norm {
			continue
		}
		best, at = ei, e.Start
	}
	if best < 0 || st.doc.Entities[best].Side == "" {
		return -1
	}
	return best
}
