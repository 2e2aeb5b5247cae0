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

// groupTitledPersonSide is the story's party's side for a person set off
// after a title "the" and a class noun or name head of armed groups own
// ("The council's vice-president, NAME,", "the head of the group's
// international relations, NAME,"), as groupPossessedTitle gives the
// title itself; "" otherwise.
func (st *state) groupTitledPersonSide(actor string) string {
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		if a < 4 || st.norm(a-1) != "," {
			continue
		}
		// the title's words after the possessive: lower-case words only
		k := a - 2
		for k > 0 && a-2-k < 3 && st.toks[k].Word && !st.toks[k].Cap && st.sentOf[k] == st.sentOf[a] {
			k--
		}
		if k == a-2 || st.norm(k) != "'s" && st.norm(k) != "’s" || k < 2 || st.norm(k-2) != "the" {
			continue
		}
		noun := st.norm(k - 1)
		if st.toks[k-1].Cap && k-2 > 0 && st.norm(k-3) != "of" && st.sentTok[st.sentOf[k-2]][0] != k-2 {
			continue
		}
		switch {
		case groupClassNouns[noun]:
			if (noun == "group" || noun == "movement") && st.civilSubjectBefore(k-2) {
				continue // "Human Rights Watch said ... The group's director, NAME,"
			}
			if side := st.storyGroupBefore(k-2, noun); side != "" {
				return side
			}
		case groupNameHeads[noun]:
			if side := st.storyGroupByHead(k-2, noun); side != "" {
				return side
			}
		}
	}
	return ""
}
