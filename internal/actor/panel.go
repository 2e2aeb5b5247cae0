package actor

import "github.com/parallaxhq/parallax"

// panelHeads are the bodies a government sets up to study or decide one
// question ("the government's flag panel", "the government-appointed
// inquiry commission").
var panelHeads = map[string]bool{
	"panel": true, "commission": true, "committee": true, "inquiry": true, "taskforce": true, "force": true,
	"board": true, "council": true, "review": true,
}

// panelRoles are the posts on such a body that speak for it.
var panelRoles = map[string]bool{
	"chairman": true, "chairwoman": true, "chair": true, "chairperson": true, "head": true, "member": true, "leader": true,
}

// govPanelSide is the side of the state whose government set up the panel
// a person chairs, heads or sits on, in an apposition after the name at
// token b ("NAME, chairman of the government's flag panel,") or in a
// title before it at token a ("Government panel chairman NAME"): the
// state named with the government, else the story's (dominantState, else
// the state every place of the story lies in). "" for a panel of anyone
// else's (an opposition's, a firm's) and for a former member.
func (st *docState) govPanelSide(a, b int) string {
	gov, panel, named := false, false, ""
	scan := func(i, j int) bool {
		for k := i; k < j; k++ {
			t := st.toks[k]
			switch {
			case formerWords[t.Norm] || partyTitles[t.Norm] || foreignModifiers[t.Norm] || civilWords[t.Norm] || t.Norm == "company's" || t.Norm == "company":
				return false
			case t.Norm == "government" || t.Norm == "government-appointed" || t.Norm == "state-appointed" || t.Norm == "cabinet" || t.Norm == "ministerial":
				gov = true
			case panelHeads[t.Norm]:
				panel = true
			}
			for _, m := range st.ments {
				if m.a == k && m.resolved && m.side != "" && (m.kind == parallax.KindGPE || m.kind == parallax.KindGovernment) {
					named = m.side // "the Peruvian government's inquiry commission"
				}
			}
		}
		return true
	}
	ok := false
	if b+3 < len(st.toks) && st.toks[b].Text == "," {
		// ", (a/the) chairman of the government's flag panel,"
		i := b + 1
		if w := st.tokNorm(i); w == "a" || w == "an" || w == "the" {
			i++
		}
		if formerWords[st.tokNorm(i)] {
			return ""
		}
		if panelRoles[st.tokNorm(i)] && st.tokNorm(i+1) == "of" {
			j := i + 2
			for j < len(st.toks) && j < i+10 && st.sentOf[j] == st.sentOf[b] && (st.toks[j].Word || st.tokNorm(j) == "'s" || st.tokNorm(j) == "’s") {
				j++
			}
			ok = scan(i+2, j) && gov && panel
		}
	}
	if !ok && a >= 3 && panelRoles[st.tokNorm(a-1)] && st.tokNorm(a-1) != "member" {
		// "Government panel chairman NAME", "government inquiry head NAME"
		gov, panel, named = false, false, ""
		i := a - 1
		for i > 0 && a-i <= 4 && st.toks[i-1].Word && st.sentOf[i-1] == st.sentOf[a] && st.tokNorm(i-1) != "the" {
			i--
		}
		ok = scan(i, a-1) && gov && panel && panelHeads[st.tokNorm(a-2)]
	}
	if !ok {
		return ""
	}
	if named != "" {
		return named
	}
	if side := st.dominantState(); side != "" {
		return side
	}
	return st.onePlaceState()
}
