package claim

// headerBlocks finds statement headers of the press-release kind: a
// paragraph that is only a speaker and a colon ("FCO Minister Alistair
// Burt:", "The Foreign Secretary:") opens the statement printed in the
// paragraphs after it. The header is the reporting act, as "X said:" is;
// its content is the next paragraph, and extendBlocks carries it over
// the following ones.
func (st *state) headerBlocks() {
	for si, r := range st.sentTok {
		a, b := r[0], r[1]
		if a < 0 || b-a < 2 || b-a > 14 {
			continue
		}
		colon := b - 1
		if st.toks[colon].Text != ":" || b >= len(st.toks) || !st.toks[b].Newline {
			continue // not a paragraph of its own ending in a colon
		}
		if a > 0 && !st.toks[a].Newline {
			continue // the colon ends a sentence inside a paragraph
		}
		if st.claimIn(a, colon, st.drafts) || st.finiteVerbIn(si, a, colon) {
			continue // "X said:" is a cue of its own; "Here is what we know:" is no header
		}
		// the header names its speaker with capitals ("Minister for
		// Africa, Jane Doe", "The Defence Secretary")
		capped := false
		for k := a; k < colon; k++ {
			if st.toks[k].Word && !st.toks[k].Cap && !prepositions(st.norm(k)) && st.norm(k) != "the" && st.norm(k) != "and" {
				capped = false
				break
			}
			if st.toks[k].Word && st.toks[k].Cap {
				capped = true
			}
		}
		if !capped {
			continue
		}
		spk, ok := st.subject(si, a, colon)
		if !ok {
			continue
		}
		if st.inPP(spk.a, a) {
			// "The Minister for Africa:": the title speaks, not the place
			// it names
			from := a
			if st.norm(from) == "the" {
				from++
			}
			spk = speaker{a: from, b: colon, ent: -1}
		}
		end := st.paragraphEnd(b)
		d := draft{cueA: colon, cueB: colon + 1, contA: b, contB: end + 1, spk: spk, block: true}
		if st.isOpenQuote(b) {
			d.contA, d.direct = b+1, true
		}
		st.addDraft(d)
	}
}
