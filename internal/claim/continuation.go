package claim

// continuations adds the quotations that carry on a speaker's words
// without a cue of their own: wire copy quotes a speaker over several
// sentences or paragraphs and names them once ("“…,” she said. “…”"). A
// sentence or paragraph that is a single quotation, with no claim of its
// own, right after a sentence whose claim is a direct quotation, belongs
// to that claim's speaker and cue.
func (st *state) continuations() {
	n := len(st.drafts) // drafts found in sentences; continuations come after
	var added []draft
	for _, q := range st.quotes {
		si := st.sentOf[q.open]
		if q.open <= 0 || si < 0 || !(st.toks[q.open].Newline || st.sentTok[si][0] == q.open) {
			continue // the quotation does not open a sentence
		}
		pEnd := st.paragraphEnd(q.open)
		end, contB := pEnd, pEnd+1
		if q.close >= 0 {
			if q.close > pEnd || st.sentOf[q.close] < 0 {
				continue // a quotation running over several paragraphs is handled as one
			}
			// nothing but the quotation in its sentence ("“…,” he added" has a cue)
			end, contB = st.sentTok[st.sentOf[q.close]][1]-1, q.close
			if st.wordIn(q.close+1, end) {
				continue
			}
		}
		if st.claimIn(q.open, end, st.drafts[:n]) {
			continue
		}
		prev, ok := st.lastBefore(q.open, append(st.drafts[:n:n], added...))
		if !ok || !prev.direct || st.sentOf[max(prev.cueB, prev.contB)-1] != si-1 {
			continue // only right after a direct quotation
		}
		d := draft{cueA: prev.cueA, cueB: prev.cueB, contA: q.open + 1, contB: contB, spk: prev.spk, direct: true, cont: true}
		for d.contB > d.contA && !st.toks[d.contB-1].Word && !st.isCloseQuote(d.contB-1) {
			d.contB--
		}
		words := 0
		for i := d.contA; i < d.contB; i++ {
			if st.toks[i].Word {
				words++
			}
		}
		if words < 2 {
			continue
		}
		d.deny = st.denial(d.contA, d.contB)
		added = append(added, d)
	}
	st.drafts = append(st.drafts, added...)
}

// wordIn: a word token lies in [a, b].
func (st *state) wordIn(a, b int) bool {
	for k := a; k <= b && k < len(st.toks); k++ {
		if st.toks[k].Word {
			return true
		}
	}
	return false
}

// paragraphEnd is the last token of the paragraph holding token i.
func (st *state) paragraphEnd(i int) int {
	for i+1 < len(st.toks) && !st.toks[i+1].Newline {
		i++
	}
	return i
}

// claimIn: a draft has its cue or the start of its content in tokens
// [a, b].
func (st *state) claimIn(a, b int, ds []draft) bool {
	for _, d := range ds {
		if (d.cueA >= a && d.cueA <= b) || (d.contA <= a+1 && a+1 < d.contB) {
			return true
		}
	}
	return false
}

// lastBefore is the claim placed last before token p.
func (st *state) lastBefore(p int, ds []draft) (draft, bool) {
	best, found := draft{}, false
	for _, d := range ds {
		if at := posOf(d); at < p && (!found || at >= posOf(best)) {
			best, found = d, true
		}
	}
	return best, found
}

func posOf(d draft) int {
	if d.cont {
		return d.contA
	}
	return d.cueA
}
