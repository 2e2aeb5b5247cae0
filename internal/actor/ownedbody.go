package actor

import "github.com/parallaxhq/parallax"

// bodyKind: the mention kinds of bodies, which own their parts and speak.
func bodyKind(k string) bool {
	switch k {
	case parallax.KindGroup, parallax.KindGovernment, parallax.KindMilitary, parallax.KindOrganization:
		return true
	}
	return false
}

// possessedBodies gives a body the knowledge base gives no side, named
// right after a sided body's possessive ("the Libyan National Army's
// General Command", "the ELN's Western War Front", "the Sudanese army's
// 6th Infantry Division"), its owner's side: a command, front or
// division of a force speaks for that force. A person or a place before
// the possessive owns nothing of a party's ("Lee's office" is left to the
// claim stage, "Kenya's Lake Turkana" is no body).
func (st *docState) possessedBodies() {
	for i := range st.ments {
		m := &st.ments[i]
		if m.side != "" || !bodyKind(m.kind) || m.a < 2 || m.inst != "" {
			continue
		}
		if w := st.tokNorm(m.a - 1); w != "'s" && w != "'" && w != "’s" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := st.ments[j]
			if o.b < m.a-1 {
				break
			}
			if o.b == m.a-1 && o.resolved && o.side != "" && bodyKind(o.kind) {
				m.side = o.side
				break
			}
		}
	}
}

// possessedEntities is possessedBodies for the recogniser's bodies that
// no mention holds ("the Sudanese army's 6th Infantry Division"), once
// the entities are out.
func (st *docState) possessedEntities() {
	ents := st.doc.Entities
	ends := map[int]int{} // entity index by end offset, for sided bodies
	for j, e := range ents {
		if e.Side != "" && bodyKind(e.Kind) {
			if k, ok := ends[e.End]; !ok || ents[k].Start > e.Start {
				ends[e.End] = j // the longest ending there
			}
		}
	}
	for j := range ents {
		e := &ents[j]
		if e.Side != "" || e.Actor != "" || !bodyKind(e.Kind) {
			continue
		}
		k := st.tokenStarting(e.Start)
		if k < 2 {
			continue
		}
		if w := st.tokNorm(k - 1); w != "'s" && w != "'" && w != "’s" {
			continue
		}
		if o, ok := ends[st.toks[k-1].Start]; ok {
			e.Side = ents[o].Side
		}
	}
}

// tokenStarting is the token that starts at byte offset off, or -1.
func (st *docState) tokenStarting(off int) int {
	lo, hi := 0, len(st.toks)
	for lo < hi {
		h := (lo + hi) / 2
		if st.toks[h].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(st.toks) && st.toks[lo].Start == off {
		return lo
	}
	return -1
}
