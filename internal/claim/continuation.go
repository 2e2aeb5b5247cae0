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
		if !ok || st.sentOf[max(prev.cueB, prev.contB)-1] != si-1 {
			continue // only right after the claim's sentence
		}
		if !prev.direct {
			// the outermost claim of the sentence speaks on ("X said the
			// channel had reported C": X, not the channel)
			for _, d := range st.drafts[:n] {
				if d.contA <= prev.cueA && prev.cueA < d.contB && d.cueA != prev.cueA {
					prev = d
				}
			}
			if !st.quoteParagraphAfter(q.open, prev) {
				continue // after an indirect claim, only a paragraph of its own
			}
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

// quoteParagraphAfter: the quotation opening at token open is a
// paragraph of its own right after the paragraph whose last claim is the
// indirect claim prev ("X said the channel had lied.\n\n“Mali will not
// …”"): wire copy gives a speaker's reported claim and then the speaker's
// words, naming them once. Not a quotation inside the same paragraph,
// which may be anyone's, nor one after a claim of a speaker the rules
// could not name.
func (st *state) quoteParagraphAfter(open int, prev draft) bool {
	if !st.toks[open].Newline || prev.cont || prev.spk.a < 0 || prev.spk.b <= prev.spk.a {
		return false
	}
	// a plain cue inside its first sentence means a mark is misplaced
	// (`“I’m convinced tankers are the key, “Caughlin said.`): the
	// quotation names its own speaker
	if si := st.sentOf[open]; si >= 0 {
		for k := open + 1; k < st.sentTok[si][1]; k++ {
			if c, ok := verbCues[st.norm(k)]; ok && (c.lemma == "say" || c.lemma == "tell" || c.lemma == "add") {
				return false
			}
		}
	}
	// prev is the last claim of the paragraph before
	return st.paragraphEnd(max(prev.cueB, prev.contB)-1) == open-1
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

// quoteSentences gives each later sentence of a quotation its own
// continuation claim: "X said: “S1. S2.”", "“S1,” X said, “S2. S3.”" and
// "X said its forces had “S1. S2.”" hold the words of one speaker over
// several sentences, and the convention (testdata/devgold/README.md,
// probes12.txt) anchors the claim in the sentence of its cue while the
// quotation's sentences after it carry on with the same speaker and cue,
// as quoted paragraphs do (continuations). The claim keeps its first
// sentence of words (the cue's, or the one after a cue that ends with a
// colon); sentences before a cue that follows the quotation ("“S1. S2,” X
// said") stay in the one claim. A sentence that holds a cue of its own
// ends the run.
func (st *state) quoteSentences() {
	var added []draft
	for i := range st.drafts {
		d := &st.drafts[i]
		if d.block || d.agentless || d.contB <= d.contA || d.contA < 0 || d.contB > len(st.toks) {
			continue
		}
		fs := st.sentOf[d.contA]
		if cs := st.sentOf[d.cueA]; !d.cont && d.cueA >= 0 && cs > fs {
			added = append(added, st.leadSentences(d, i, fs, cs)...)
			fs = cs
		}
		if fs < 0 {
			continue
		}
		last := d.contB - 1
		// a quotation opened inside the words and closed in a later
		// sentence of the paragraph ("had “liberated the town. The
		// residents welcomed our troops.”"): its sentences are the
		// speaker's too, whether or not the claim's span reached them
		if qi := st.quoteOf[last]; qi >= 0 && st.quotes[qi].open >= d.contA-1 {
			q := st.quotes[qi]
			end := q.close
			if end < 0 || end > st.paragraphEnd(q.open) {
				end = st.paragraphEnd(q.open)
			}
			if end > last {
				last = end
			}
		}
		ls := st.sentOf[last]
		if ls <= fs {
			continue
		}
		var run []draft
		for s := fs + 1; s <= ls; s++ {
			a, b := st.sentTok[s][0], min(st.sentTok[s][1], last+1)
			if a < d.contA || a >= b || !st.quotedStart(a) || st.cueIn(a, st.sentTok[s][1]-1, i) {
				break
			}
			c := draft{cueA: d.cueA, cueB: d.cueB, contA: a, contB: b, spk: d.spk, direct: true, cont: true}
			for c.contA < c.contB && st.isOpenQuote(c.contA) {
				c.contA++
			}
			st.trimWords(&c)
			if c.contB-c.contA < 2 {
				break
			}
			c.deny = st.denial(c.contA, c.contB)
			run = append(run, c)
		}
		if len(run) == 0 {
			continue
		}
		d.contB = min(d.contB, st.sentTok[fs][1])
		st.trimWords(d)
		added = append(added, run...)
	}
	st.drafts = append(st.drafts, added...)
}

// leadSentences splits off the sentences of a quotation before the
// sentence of its cue ("“S1. S2,” X said"): wire copy quotes a speaker
// over several sentences and names them after the last, and each
// sentence is the speaker's claim (wiregold4 anchors the first sentence
// of such quotes), carried on with the same cue and speaker. The claim
// keeps the words of its cue's sentence. Only a quotation that opens the
// claim's words and runs without a cue of its own up to the cue's
// sentence is split, so reported speech ("S1. S2, X said" without
// quotation marks) stays whole.
func (st *state) leadSentences(d *draft, i, fs, cs int) []draft {
	if fs < 0 || !d.direct || d.block || !st.quotedStart(d.contA) {
		return nil
	}
	q := st.quotes[st.quoteOf[d.contA]]
	if q.open > d.contA || st.sentOf[q.open] != fs || q.close < 0 || st.sentOf[q.close] != cs || q.close > d.cueA {
		return nil // the quotation must run up to the cue's sentence
	}
	var run []draft
	for s := fs; s < cs; s++ {
		a, b := max(st.sentTok[s][0], d.contA), st.sentTok[s][1]
		if a >= b || st.cueIn(st.sentTok[s][0], b-1, i) {
			return nil
		}
		c := draft{cueA: d.cueA, cueB: d.cueB, contA: a, contB: b, spk: d.spk, direct: true, cont: true}
		for c.contA < c.contB && st.isOpenQuote(c.contA) {
			c.contA++
		}
		st.trimWords(&c)
		if c.contB-c.contA < 2 {
			return nil
		}
		c.deny = st.denial(c.contA, c.contB)
		run = append(run, c)
	}
	a := st.sentTok[cs][0]
	for a < d.contB && st.isOpenQuote(a) {
		a++
	}
	if a >= d.contB {
		return nil
	}
	d.contA = a
	return run
}

// quotedStart: token a, the first of a sentence, opens or lies inside a
// quotation.
func (st *state) quotedStart(a int) bool {
	return a >= 0 && a < len(st.toks) && st.quoteOf[a] >= 0 && (st.inQuote(a) || st.isOpenQuote(a))
}

// cueIn: a draft other than the one at skip has its cue in tokens [a, b].
func (st *state) cueIn(a, b, skip int) bool {
	for j, o := range st.drafts {
		if j != skip && o.cueA >= a && o.cueA <= b && !(o.cont && o.cueA < a) {
			return true
		}
	}
	return false
}

// trimWords drops the tokens after a draft's last word, keeping a
// closing quotation mark.
func (st *state) trimWords(d *draft) {
	for d.contB > d.contA && !st.toks[d.contB-1].Word && !st.isCloseQuote(d.contB-1) {
		d.contB--
	}
}
