package claim

import parallax "github.com/parallaxhq/parallax"

// authorLinks join a document or a toll to the body that wrote it ("a
// statement by the ministry", "a statement from the group's office").
var authorLinks = map[string]bool{"by": true, "from": true}

// documentAuthorSide is the side of the body that wrote the document a
// speaker names ("according to a statement by the Health Ministry's
// Emergency Operations Center", "a statement signed by its military
// command", "a statement from the group's military operations office",
// "the provisional toll established by the unit command"): the document
// speaks for its author. The author is a sided body's entity, "its" for
// the body that spoke last, "the group's" for the armed group named
// last, or a body's own head that takes up one named before. "" when the
// phrase names no such body (a person, a place, "a research group").
func (st *state) documentAuthorSide(spk speaker, si int, lastBody speaker, lastBodySent int, spoke []spokenBody) string {
	if spk.a < 0 || spk.b > len(st.toks) || spk.b-spk.a < 3 || !sourceNouns[st.norm(spk.a)] && !tollNouns[st.norm(spk.a)] && !(spk.a+1 < spk.b && (sourceNouns[st.norm(spk.a+1)] || tollNouns[st.norm(spk.a+1)])) {
		return ""
	}
	k := spk.a + 1
	for k < spk.b && !authorLinks[st.norm(k)] {
		k++
	}
	k++
	if k >= spk.b {
		return ""
	}
	switch w := st.norm(k); {
	case w == "its" || w == "their":
		if lastBody.side != "" && si-lastBodySent <= 1 {
			return lastBody.side
		}
		return ""
	case w == "the" && k+2 < spk.b && (st.norm(k+2) == "'s" || st.norm(k+2) == "’s") && (st.norm(k+1) == "group" || st.norm(k+1) == "movement"):
		return st.lastGroupSide(st.toks[k].Start, si)
	}
	// the author's own entity, or the sided body whose part it names
	for j := k; j < spk.b; j++ {
		if ei, eb, ok := st.entityStartingAt(j); ok && eb <= spk.b {
			if e := st.doc.Entities[ei]; bodyKind(e.Kind) && e.Side != "" {
				return e.Side
			}
			j = eb - 1
		}
	}
	if st.norm(k) == "the" {
		sub := speaker{a: k + 1, b: spk.b, ent: -1}
		if ei, _ := st.bodyNamedBefore(sub); ei >= 0 {
			return st.doc.Entities[ei].Side
		}
		if p, ok := st.bodySpokeBefore(sub, si, spoke); ok {
			return p.side
		}
	}
	return ""
}

// lastGroupSide is the side of the last armed group named before byte
// offset off, in the five sentences before, or "".
func (st *state) lastGroupSide(off, si int) string {
	side, at := "", -1
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindGroup || e.Side == "" || e.End > off || e.Start <= at {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		if a < 0 || a >= len(st.sentOf) || si-st.sentOf[a] > 5 {
			continue
		}
		side, at = e.Side, e.Start
	}
	return side
}
