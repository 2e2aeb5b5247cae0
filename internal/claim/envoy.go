package claim

import "github.com/parallaxhq/parallax"

// An international body's envoy is often named by the bare title after
// the body spoke: "The UN mission said ... The envoy, NAME, called on the
// army to ...". The title names no body of its own, so the envoy is the
// international body's named in that sentence or the two before; a
// state's envoy is written with the state ("the US envoy") and is the
// title rules' (officeSide).

// envoyTitles are the bare titles of an international body's envoy.
var envoyTitles = map[string]bool{"envoy": true, "representative": true, "coordinator": true, "mediator": true}

// bareEnvoySide is the side of the international body named last in the
// sentence or the two before the person's name, when the name is set off
// after a definite bare envoy title ("The envoy, NAME,", "the special
// representative, NAME,"); "" otherwise.
func (st *state) bareEnvoySide(actor string) string {
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		if a < 3 || st.norm(a-1) != "," || !envoyTitles[st.norm(a-2)] {
			continue
		}
		d := a - 3
		if d > 0 && (st.norm(d) == "special" || st.norm(d) == "personal") {
			d--
		}
		if st.norm(d) != "the" || st.sentOf[d] != st.sentOf[a] {
			continue
		}
		si := st.sentOf[a]
		lo := st.sentTok[max(si-2, 0)][0]
		side := ""
		for _, o := range st.doc.Entities {
			if o.Start >= st.toks[d].Start || o.Start < st.toks[lo].Start || o.Kind == parallax.KindPerson {
				continue
			}
			if internationalSides[o.Side] {
				side = o.Side
			}
		}
		if side != "" {
			return side
		}
	}
	return ""
}
