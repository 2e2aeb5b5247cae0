package claim

// flushOwned adds the claims of others' statements a sentence named
// (asClaimedTail) after the sentence's own acts, so that a gerund or a
// coordinated cue after them (", saying C", "and said D") stays the sentence speaker's;
// nor do they become the last speaker a pronoun refers to.
func (st *state) flushOwned() {
	spk, sent := st.lastSpk, st.lastSent
	for _, d := range st.owned {
		st.addDraft(d)
	}
	st.owned = st.owned[:0]
	st.lastSpk, st.lastSent = spk, sent
}

// asClaimedTail reads ", as X claimed" ending a clause at the "as" at i:
// what the clause before says is X's claim ("denied that the ship had
// links to Israel, as the Houthis claimed").
func (st *state) asClaimedTail(si, a, b, i int) bool {
	if i <= a+3 || st.norm(i-1) != "," {
		return false
	}
	for k := i + 2; k < b && k <= i+7; k++ {
		c, ok := st.cueAt(k)
		if !ok {
			if !st.toks[k].Word {
				return false
			}
			continue
		}
		if c.gerund || !asClaimedCues[c.lemma] {
			return false
		}
		if n := st.norm(k + 1); !(k+1 >= b || n == "." || n == "," || n == ";") {
			return false // "as the Houthis claimed the attack": an act of its own
		}
		spk, ok := st.subject(si, i+1, k)
		if !ok || spk.a <= i {
			return false
		}
		start := st.clauseStart(a, i-1)
		d := draft{cueA: k, cueB: k + 1, contA: start, contB: i - 1, spk: spk, deny: c.deny}
		if d.contB <= d.contA+1 {
			return false
		}
		st.owned = append(st.owned, d)
		return true
	}
	return false
}

// asClaimedCues report another's version after "as": "as the Houthis
// claimed", "as Moscow alleges", "as the army said".
var asClaimedCues = map[string]bool{"claim": true, "allege": true, "say": true, "report": true, "assert": true, "insist": true, "maintain": true}
