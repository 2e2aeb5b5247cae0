package claim

import "github.com/parallaxhq/parallax"

// internationalSides are the sides of international bodies (DESIGN.md
// section 3): an official of one keeps its side wherever they work.
var internationalSides = map[string]bool{
	"UNO": true, "EU": true, "OSCE": true, "CSTO": true, "NATO": true, "AU": true, "ICRC": true, "ECOWAS": true,
}

// spokenPersonSides holds, for each person who spoke under their name with
// an international body's side, or a non-state party's (an armed group's,
// a de facto authority's: "the self-proclaimed deputy commander of the
// ADF, NAME," then "He dismissed"), that side: the side the title around the
// name gave that mention ("The UN special rapporteur on Belarus, NAME,
// said"), which the knowledge base, lacking the person, gives no pronoun
// of theirs.
type spokenPersonSides map[string]string

// carry gives a later pronoun speaker of the same person with no side of
// its own ("He said some had been denied care") the international body's
// side the person spoke with when named. Only a body's or a non-state
// party's side is carried,
// and only to pronouns: a state's side carried so spread the errors of
// its first mention ("Podesta told" after a campaign chairman given his
// state's side).
func (ps spokenPersonSides) carry(st *state, spk *speaker) {
	if spk.actor == "" || spk.ent < 0 || spk.a < 0 || st.doc.Entities[spk.ent].Kind != parallax.KindPerson {
		return
	}
	if pronoun(st.toks[spk.a].Text) {
		if spk.side == "" {
			spk.side = ps[spk.actor]
		}
		return
	}
	if _, ok := ps[spk.actor]; !ok && (internationalSides[spk.side] || spk.side != "" && !st.isStateSide(spk.side)) {
		ps[spk.actor] = spk.side
	}
}

// officeOwnerBefore is the entity of the person whose office or staff the
// "his" or "her" at token k names: the first person named before it in its
// sentence, the clause's subject when the cue trails its words ("President
// NAME1 spoke by telephone with the Tajik leader, NAME2, on Friday, his
// office said"), else the last person of the sentence before ("NAME met
// the envoy. His office said ..."); -1 when none is named.
func (st *state) officeOwnerBefore(k int) int {
	si := st.sentOf[k]
	first := -1
	for ei, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || e.Start >= st.toks[k].Start || pronoun(e.Text) {
			continue
		}
		if t, ok := st.tokenAt(e.Start); ok && st.sentOf[t] == si && (first < 0 || e.Start < st.doc.Entities[first].Start) {
			first = ei
		}
	}
	if first >= 0 {
		return first
	}
	return st.personBefore(k)
}
