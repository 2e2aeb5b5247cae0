package claim

// Where a claim's words end when the sentence goes on past them with
// words that are not the speaker's: a clause after a semicolon that
// judges or reports on its own ("X claims that C; this is untrue",
// "Army says C; govt calls D 'disinformation'"), and the predicate of
// which a reported statement is the subject ("reports that C were
// untrue", "the statements of X that C have no basis in reality"). Left
// inside, those words set the claim's stance from another's verdict.

// semicolonBreak: the ";" at token i closes the claimed clause because
// what follows is another's act or a verdict on it: a clause with a cue
// of its own ("; rebels call the toll 'fabricated'", "; Tripoli denies")
// or a demonstrative or "it" judged with a copula ("; this is untrue",
// "; that was a lie").
func (st *state) semicolonBreak(i, b int) bool {
	if st.toks[i].Text != ";" || st.inQuote(i) {
		return false
	}
	j := i + 1
	if j >= b {
		return false
	}
	if w := st.norm(j); (demonstratives[w] || w == "it") && j+1 < b && copulas[st.norm(j+1)] {
		return true
	}
	for k := j; k < b && k < j+8; k++ {
		if !st.toks[k].Word {
			return false
		}
		if c, ok := st.cueAt(k); ok && !c.gerund && !c.participle && k > j {
			return true
		}
	}
	return false
}

// cutAtLaterClaims ends, at a semicolon, the words of a claim that run
// on into another claim of the sentence ("Army says C; rebels call the
// toll 'fabricated'"): the later claim's cue or speaker lies after the
// semicolon; or at a comma right before a later cue of the same
// speaker, named before the claim's own cue ("Ministry says C, denies
// D"). A claim whose cue is no denial takes its stance again from
// the words left.
func (st *state) cutAtLaterClaims() {
	for i := range st.drafts {
		d := &st.drafts[i]
		if d.direct || d.cont {
			continue
		}
		for k := d.contA + 1; k < d.contB; k++ {
			if st.toks[k].Text != ";" && st.toks[k].Text != "," || st.inQuote(k) {
				continue
			}
			later := false
			for _, o := range st.drafts {
				if st.toks[k].Text == "," {
					// "Ministry says C, denies D": the same speaker's cue
					// right after the comma
					later = later || o.cueA == k+1 && o.cueA > d.cueA && o.spk.a == d.spk.a && o.spk.b == d.spk.b && d.spk.b <= d.cueA
					continue
				}
				if o.cueA > k && o.cueA < d.contB || o.spk.a > k && o.spk.a < d.contB {
					later = true
					break
				}
			}
			if !later {
				continue
			}
			d.contB = k
			if c, ok := st.cueAt(d.cueA); !ok || !c.deny {
				d.deny = st.denial(d.contA, d.contB)
			}
			break
		}
	}
}

// judgedClauseEnd: the claimed words [a, b) are the clause of a noun
// ("reports that C", "the statements of X that C": the token before a is
// "that", after a noun) and run on into the verb of which that noun is
// the subject, with a verdict ("were untrue", "is another lie", "have no
// basis in reality"): the claim ends before that verb. The clause must
// have a verb of its own before the verdict's verb, with no relative word
// before it ("reports that the unit that was hit was false" is left
// whole), so that "X said that the report was false" keeps its verdict.
//
// The noun is the claim's own cue ("reports that C were untrue" read
// with "reports" as the cue), or the cue's author phrase stands between
// them ("statements of X that"); a reporting verb before the noun ("said
// reports that C were fabricated") makes the verdict that verb's
// speaker's, and the claim keeps it.
func (st *state) judgedClauseEnd(cueA, cueB, a, b int) int {
	if a < 2 || st.norm(a-1) != "that" || st.inQuote(a) {
		return b
	}
	if w := st.norm(cueB); !(cueB == a-1 || cueB < a-1 && (w == "of" || w == "by" || w == "from")) || !statementNouns[st.norm(cueA)] {
		return b
	}
	if t := st.tagAt(a - 2); t != "NOUN" && t != "PROPN" {
		return b
	}
	verb := false
	for k := a; k < b; k++ {
		w := st.norm(k)
		if !verb {
			switch w {
			case "that", "which", "who", "whom", "whose", ",", ";", ":":
				return b
			}
			if t := st.tagAt(k); t == "VERB" || t == "AUX" {
				verb = true
			}
			continue
		}
		if !st.toks[k].Word && !st.isOpenQuote(k) && !st.isCloseQuote(k) {
			return b
		}
		if k > a+1 && (copulas[w] && (st.judgementAfter(k+1) || st.isOpenQuote(k+1) && st.judgementAfter(k+2)) || groundlessHave(st, k)) {
			return k
		}
	}
	return b
}

// groundlessHave: "have/has/had no basis (in reality)", "has no
// foundation", "have nothing to do with reality" at token k: a verdict
// that a statement is untrue.
func groundlessHave(st *state, k int) bool {
	switch st.norm(k) {
	case "have", "has", "had":
	default:
		return false
	}
	n := st.norm(k + 1)
	if n == "no" {
		switch st.norm(k + 2) {
		case "basis", "foundation", "grounds", "truth":
			return true
		}
	}
	return n == "nothing" && st.norm(k+2) == "to" && st.norm(k+3) == "do" && st.norm(k+4) == "with" && untrueNothing[st.norm(k+5)]
}

// headingLine: sentence [a, b) is a line of its own without a closing
// stop, as headlines and a list's lines are ("Ministry says C, denies
// D").
func (st *state) headingLine(a, b int) bool {
	if a > 0 && !st.toks[a].Newline && !(bulletMarks[st.toks[a-1].Text] && st.toks[a-1].Newline) {
		return false
	}
	if b < len(st.toks) && !st.toks[b].Newline {
		return false
	}
	switch st.toks[b-1].Text {
	case ".", "?", "!":
		return false
	}
	return true
}
