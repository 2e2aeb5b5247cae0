package actor

import "github.com/parallaxhq/parallax"

// A story names a non-state party once by its full name and then by the
// head noun of that name, the way its own outlet and the press write of
// it: "the Southern Transitional Council said ... The council's
// spokesman, NAME, said", "the United Liberation Front of Asom ... the
// front's publicity secretary, NAME". The head noun is no class noun of
// armed groups ("the council" is a city's or the UN's as often), so it
// takes up a group only when the story names one non-state group whose
// name holds the noun and no other body before it does (a junta's "State
// Administration Council", the "Saudi-led coalition", the "UN Security
// Council" leave "the council" or "the coalition" to the other rules).

// nameHeadNouns head the names of non-state parties that are not armed
// bodies by their name: councils, fronts, coalitions and alliances of
// groups, unions, parties. ("army" and "forces" are left out: "the army"
// of a story on the Arakan Army is the state's.)
var nameHeadNouns = map[string]bool{
	"council": true, "front": true, "alliance": true, "coalition": true, "union": true, "congress": true,
	"party": true, "brotherhood": true, "movement": true, "organisation": true, "organization": true,
}

// nameHeadGroupSide is the side of the one non-state group named before
// token i whose name holds noun, a head noun of such names; "" when
// none, when two groups of other sides hold it, or when a body that is no
// sided non-state group and holds the noun is named before i.
func (st *docState) nameHeadGroupSide(noun string, i int) string {
	if !nameHeadNouns[noun] {
		return ""
	}
	side := ""
	for _, m := range st.ments {
		if m.a >= i || m.anaphor != "" || !st.mentionHolds(m, noun) {
			continue
		}
		if !m.resolved || m.kind != parallax.KindGroup || m.side == "" {
			return ""
		}
		if _, isState := st.kb.bySide[m.side]; isState {
			return ""
		}
		if side != "" && side != m.side {
			return ""
		}
		side = m.side
	}
	return side
}

// mentionHolds: the mention's words hold noun or its plural.
func (st *docState) mentionHolds(m mention, noun string) bool {
	for k := m.a; k < m.b && k < len(st.toks); k++ {
		if w := st.toks[k].Norm; w == noun || w == noun+"s" {
			return true
		}
	}
	return false
}

// nameHeadAntecedent is the mention that the head noun mention i ("the
// council said") takes up: the last one before it of the one non-state
// group whose name holds the noun, as nameHeadGroupSide reads it; -1 for
// none.
func (st *docState) nameHeadAntecedent(i int) int {
	m := st.ments[i]
	noun := st.tokNorm(m.b - 1)
	if st.nameHeadGroupSide(noun, m.a) == "" {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if a := st.ments[j]; a.a < m.a && a.anaphor == "" && a.resolved && a.actor != "" && st.mentionHolds(a, noun) {
			return j
		}
	}
	return -1
}
