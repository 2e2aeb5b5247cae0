package claim

// secondActAfterClaim: d is a finite cue coordinated by "and" after a
// claim of the same speaker in the same sentence ("The army denied C and
// said D", "The envoy condemned X and said C", "The minister called the
// raid Y and said C"): one reporting act, one claim, on the first cue.
// The development golds keep one claim in 73 of 95 such sentences (65 of
// 83 in the wire golds, 8 of 12 in the real-article golds), so the
// second cue's claim costs precision more often than it finds a claim.
// Kept as claims of their own: a denial after a claim that is no denial
// ("said C and denied D": the golds keep both, since the denial's stance
// is new), an accusation ("said C and accused Y of D": it names whom
// the speaker blames, which the record keeps for its contradictions),
// "and added", which marks a further statement, a cue in
// quotation, a cue nested in the first claim's words, and another
// speaker's cue.
//
// The first claim's words then run over the second's when the first
// states a fact ("said C and accused Y of D", "put the toll at N and said
// D": the speaker's record holds D, and a figure in D is still claimed
// by the speaker). A denial, an accusation and a label keep their own
// words: what follows is not denied, and the accused is not the actor of
// what the speaker goes on to say ("blames the militia and says the
// attackers used drones").
func (st *state) secondActAfterClaim(out []draft, d draft) bool {
	if d.cont || d.block || d.agentless || d.passive || d.spk.a < 0 || st.inQuote(d.cueA) {
		return false
	}
	c, ok := st.cueAt(d.cueA)
	if ok && (c.gerund || c.lemma == "add" || accusations[c.lemma]) || !ok && !labelVerbs[st.norm(d.cueA)] {
		return false // (a label: "and called the figures fabricated")
	}
	p := d.cueA - 1
	for p >= 0 && adverbials[st.norm(p)] {
		p--
	}
	if st.norm(p) != "and" {
		return false
	}
	si := st.sentOf[d.cueA]
	// the speaker's act just before d: d folds into it, whether it
	// follows the act's words or the act's words run over it; after a
	// participle it stays ("rejected C, arguing D and warned E")
	for k := len(out) - 1; k >= 0; k-- {
		o := out[k]
		if o.cueA >= d.cueA || st.sentOf[o.cueA] != si {
			continue
		}
		if !(o.spk.a == d.spk.a && o.spk.b == d.spk.b || o.spk.actor != "" && o.spk.actor == d.spk.actor) {
			continue
		}
		if o.cont || o.block || o.agentless || o.passive || d.deny && !o.deny {
			return false
		}
		if o.contB > d.cueA {
			// the first claim's words already run over the second act
			// ("denied losing any tanks and called the figures
			// fabricated"); after a participle, the finite cue is the
			// participle's sibling, not its content's
			if oc, ok := st.cueAt(o.cueA); ok && oc.gerund {
				return false
			}
			return true
		}
		if st.widensTo(o) && d.contB > o.contB {
			out[k].contB = d.contB
		}
		return true
	}
	return false
}

// widensTo: the first claim of a folded pair may take the second's words
// (see secondActAfterClaim): no denial, accusation or label.
func (st *state) widensTo(o draft) bool {
	if o.deny || labelVerbs[st.norm(o.cueA)] {
		return false
	}
	c, ok := st.cueAt(o.cueA)
	return !ok || !accusations[c.lemma]
}
