package claim

import (
	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// that sentence's dependency parse (or its tags through st.parsed, which
// answers only for a parsed sentence). Every read is made on behalf of a
// cue in the same sentence (sentence → cue → subject, parseSubject,
// clauseFollows, nominalUse, seesAs, relay), or of a statement header
// (headerBlocks), so a sentence needs its parse when it has a word that
// sentence() can take for a cue, before any of the checks that consult the
// parse, or when it ends in a colon. Keep this in step with sentence(): a new
// kind of cue there must be a candidate here (TestSelectiveParse in the
// pipeline fails otherwise).
func NeedsParse(doc *parallax.Document) []bool {
	need := make([]bool, len(doc.Sentences))
	if doc.Text == "" || len(doc.Sentences) == 0 {
		return need
	}
	st := &state{doc: doc, toks: actor.Tokenize(doc.Text), lastSent: -10, lastRelease: speaker{a: -1}}
	st.sents = actor.Sentences(doc)
	sentOf := actor.SentenceOfTokens(st.toks, st.sents)
	// the end of each sentence's tokens, which phraseCue reads up to
	end := make([]int, len(need))
	for i, si := range sentOf {
		if si >= 0 && si < len(end) {
			end[si] = i + 1
		}
	}
	for i, si := range sentOf {
		if si < 0 || si >= len(need) || need[si] || !st.toks[i].Word {
			continue
		}
		need[si] = st.cueCandidate(i, end[si])
	}
	// a paragraph that is a header ending in a colon ("The Foreign
	// Secretary:"): headerBlocks reads its tags and its subject
	for si, b := range end {
		if b > 0 && st.toks[b-1].Text == ":" {
			need[si] = true
		}
	}
	return need
}

// cueCandidate: the word at i may open a cue of sentence() in a sentence
// whose tokens end at b.
func (st *state) cueCandidate(i, b int) bool {
	w := st.toks[i].Norm
	switch {
	case w == "according", w == "quoting", w == "citing", w == "dubbed", w == "dubs":
		return true
	case labelVerbs[w], raisedWords[w], seeVerbs[w]:
		return true
	}
	if _, ok := verbCues[w]; ok {
		return true
	}
	if _, ok := twoWordCues[w]; ok {
		return true
	}
	_, _, ok := st.phraseCue(i, b)
	return ok
}
