package claim

import (
	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// that sentence's dependency parse (or its tags through st.parsed, which
// answers only for a parsed sentence). Every read is made on behalf of a
// cue in the same sentence (sentence → cue → subject, parseSubject,
// clauseFollows, nominalUse, seesAs, relay) or of a statement header
// (headerBlocks). So a sentence needs its parse when sentence() may reach
// a parse-reading step for one of its words: the word opens a cue and
// none of the checks that sentence() makes without the parse rules it
// out (inside a quotation, "was found", "the U.S. State Department", "not
// said"); or when it ends in a colon. It reads the entities (quotedNested):
// call it after the actor stage. Keep this in step with sentence(): a new
// kind of cue there must be a candidate here (TestSelectiveParse in the
// pipeline fails otherwise).
func NeedsParse(doc *parallax.Document) []bool {
	need := make([]bool, len(doc.Sentences))
	if doc.Text == "" || len(doc.Sentences) == 0 {
		return need
	}
	st := &state{doc: doc, datelines: dateline.Of(doc), toks: actor.DocTokens(doc), lastSent: -10, lastRelease: speaker{a: -1}}
	st.sents = actor.Sentences(doc)
	st.sentOf = actor.SentenceOfTokens(st.toks, st.sents)
	// the first and past-the-last token of each sentence
	start, end := make([]int, len(need)), make([]int, len(need))
	for i := range start {
		start[i] = -1
	}
	for i, si := range st.sentOf {
		if si >= 0 && si < len(end) {
			if start[si] < 0 {
				start[si] = i
			}
			end[si] = i + 1
		}
	}
	// findQuotes reads the sentences' token ranges (ownAttribution)
	st.sentTok = make([][2]int, len(need))
	for si := range st.sentTok {
		start[si] = st.datelineEnd(start[si], end[si])
		st.sentTok[si] = [2]int{start[si], end[si]}
	}
	st.indexEntities()
	st.findQuotes()
	for si := range need {
		for i := start[si]; i >= 0 && i < end[si] && !need[si]; i++ {
			need[si] = st.toks[i].Word && st.mayReadParse(i, start[si], end[si])
		}
		// a paragraph that is a header ending in a colon ("The Foreign
		// Secretary:"): headerBlocks reads its tags and its subject
		if end[si] > 0 && st.toks[end[si]-1].Text == ":" {
			need[si] = true
		}
	}
	return need
}

// mayReadParse: sentence() may read the parse on behalf of the word at i
// of a sentence with tokens [a, b). It follows sentence() up to the first
// step that reads the parse, answering false only where a check made
// without the parse skips the word whatever the parse says.
func (st *state) mayReadParse(i, a, b int) bool {
	t := st.toks[i]
	w := t.Norm
	switch {
	case w == "according", w == "quoting", w == "citing", w == "dubbed", w == "dubs":
		return true
	case labelVerbs[w], raisedWords[w]:
		return true // whatCalls, raisedBy and what follows them
	case seeVerbs[w] && !passiveAux[st.norm(i-1)]:
		return true // seesAs and beliefObject ("is expected to" they skip unread)
	}
	c, ok := st.cueAt(i)
	cueB := i + 1
	if two, ok2 := twoWordCues[w]; ok2 {
		if c2, ok3 := two[st.norm(i+1)]; ok3 {
			c, ok, cueB = c2, true, i+2
		}
	}
	if !ok {
		c, cueB, ok = st.phraseCue(i, b)
	}
	if !ok {
		return false
	}
	if st.inQuote(i) && !st.quotedNested(i) {
		return false
	}
	if c.lemma == "find" && (passiveAux[st.norm(i-1)] || passiveAux[st.norm(i-2)] && st.norm(i-1) != "has" && st.norm(i-1) != "have") {
		return false
	}
	if c.lemma == "believe" && (passiveAux[st.norm(i-1)] || st.norm(i+1) == "in" || st.norm(i+1) == "to") {
		return false
	}
	// nominalUse reads the parse; what follows it runs only when it lets
	// the word through, so a word the later checks skip needs no parse
	if st.norm(i-1) == "to" && st.norm(i-2) == "first" {
		return true // "was the first to reject": the copula opens the cue
	}
	if st.nounish(i, cueB) || (t.Cap && i > a && !st.isOpenQuote(i-1)) || st.infinitiveTo(i) || st.negated(i, a) && !st.deniedNot(i, a) {
		return false
	}
	return true
}
