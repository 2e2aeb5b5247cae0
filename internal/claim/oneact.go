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
		if k >= 0 && st.sameAct(out[k], d) || st.demandAfterClaim(out, d) || st.secondActAfterClaim(out, d) {
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

// demandAfterClaim: d is a demand ("called for", "called on", "urged",
// "appealed for") coordinated after a claim of the same speaker in the
// same sentence ("The mission said C and called for a ceasefire", "The
// ministry condemned X and urged Y to act", "said C, calling on Z to
// ..."): the golds keep one claim there (33 of 39 such sentences in the
// development golds), since a demand states no fact the record lacks. A
// demand that is its speaker's only act stays a claim ("The AU urged
// both sides to return to talks"), and so does one nested in the first
// claim's words or of another speaker.
func (st *state) demandAfterClaim(out []draft, d draft) bool {
	if d.cont || d.block || d.agentless || d.passive || d.spk.a < 0 || !st.demandCue(d.cueA) {
		return false
	}
	p := d.cueA - 1
	for p >= 0 && adverbials[st.norm(p)] {
		p--
	}
	if w := st.norm(p); w != "and" && w != "," || st.inQuote(d.cueA) {
		return false
	}
	si := st.sentOf[d.cueA]
	for _, o := range out {
		if o.cont || o.block || o.agentless || o.passive || o.cueA >= d.cueA || st.sentOf[o.cueA] != si || o.contB > d.cueA || st.demandCue(o.cueA) {
			continue
		}
		if o.spk.a == d.spk.a && o.spk.b == d.spk.b || o.spk.actor != "" && o.spk.actor == d.spk.actor {
			return true
		}
	}
	return false
}

// demandCue: the cue at k asks another to act ("called for", "calls on",
// "urged", "appealing to").
func (st *state) demandCue(k int) bool {
	switch st.norm(k) {
	case "urge", "urges", "urged", "urging":
		return true
	case "call", "calls", "called", "calling":
		w := st.norm(k + 1)
		return w == "for" || w == "on"
	case "appeal", "appeals", "appealed", "appealing":
		w := st.norm(k + 1)
		return w == "for" || w == "to"
	}
	return false
}
