package claim

// oneAct folds a participial cue of one speaker into the denial before it
// in the same sentence ("The ministry denied C, saying D"): the
// convention of the golds is one reporting act there, so one claim, on
// the first cue (sameAct says which pairs). A cue nested in the first's
// content and a cue of another speaker keep their own claims. drafts are
// sorted by cue.
func (st *state) oneAct(drafts []draft) []draft {
	var out []draft
	for _, d := range drafts {
		k := len(out) - 1
		for k > 0 && out[k].cueA >= out[k-1].cueB && out[k].cueA < out[k-1].contB {
			k-- // "dismissed the Indian allegation that C, saying D": the allegation is nested in the denial's words
		}
		if k >= 0 && st.sameAct(out[k], d) {
			// the first claim keeps its own content: a denial's is what
			// is denied, which the participle's reasons do not widen
			// ("denied that any tank had been destroyed, saying ...")
			continue
		}
		out = append(out, d)
	}
	return out
}

// sameAct: d is a participle of first's speaker that follows first's
// content after a comma, and first is a denial ("The army denied C,
// saying D", "X dismissed the claim as false, telling Y that D"): the
// participle has no subject of its own and gives the reasons of the
// denial. Left alone: a participle after an assertion ("said C, blaming
// Y for D", where the first claim may be a bare act: "issued a statement
// on Monday, denying C"); coordinated finite cues ("X accused Y of C and
// said D"), on which the golds split (some annotate both acts), so that
// folding them costs as many right claims as it saves; and a participle
// after which the sentence goes on with a finite cue of its own
// ("rejected C, arguing D and warned E").
func (st *state) sameAct(first, d draft) bool {
	if first.cont || d.cont || first.block || d.block || first.agentless || d.agentless || first.passive || d.passive {
		return false
	}
	if !first.deny || first.spk.a < 0 || d.spk.a != first.spk.a || d.spk.b != first.spk.b || d.cueA < first.contB || d.cueA <= first.cueA {
		return false
	}
	si := st.sentOf[first.cueA]
	if si < 0 || st.sentOf[d.cueA] != si || d.contB <= d.contA || st.sentOf[d.contB-1] != si {
		return false
	}
	c, ok := st.cueAt(d.cueA)
	if !ok || !c.gerund || d.cueA < 1 || st.toks[d.cueA-1].Text != "," {
		return false
	}
	for j := d.cueB; j < st.sentTok[si][1]; j++ {
		if w := st.norm(j); (w == "and" || w == "but") && !st.inQuote(j) {
			if n, ok := st.cueAt(j + 1); ok && !n.gerund && st.norm(j+1) != n.lemma {
				return false
			}
		}
	}
	return true
}
