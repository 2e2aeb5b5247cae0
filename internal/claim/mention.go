package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// speakerMention widens a speaker's tokens [a, b) to the noun phrase of
// the mention that names it, for the report's speaker span: DESIGN §3
// gives "the mention that names the speaker" ("the ministry", not
// "ministry"). The speaker the rules found is often the head or the name
// alone, which the actor and side rules read: "Mayor Jane Holt" gives
// "Jane Holt", "The city's water department" gives "department", "a
// spokeswoman for the health ministry" gives "health ministry". Only the
// span is widened; the speaker, its actor and side stay as found. The
// mention takes its determiner, possessor, titles and modifiers, a
// compound head after it ("Finance Ministry estimates"), the phrases
// with "of" and "for" that name its role ("the governor of Jalisco"),
// one with "at", "from" or "with" that ends where the mention does
// ("analysts at a Frankfurt bank said"), and an apposition set off by
// commas ("Dalton's lawyer, Peter Nguyen, said"; "said Maria Lopez, a
// lawyer for the groups"); never a token of the claim's cue or content,
// nor a word beyond the speaker's sentence.
func (st *state) speakerMention(a, b int, d draft) (int, int) {
	si := st.sentOf[a]
	if si < 0 || b <= a || st.sentOf[b-1] != si {
		return a, b
	}
	s0, s1 := st.sentTok[si][0], st.sentTok[si][1]
	blocked := func(i int) bool {
		if i < s0 || i >= s1 || i >= d.cueA && i < d.cueB || i >= d.contA && i < d.contB || st.toks[i].InQuote {
			return true
		}
		// another claim's cue ("..., reads a message from the ministry,
		// the agency reports": "reports" tagged as a noun would join the
		// agency to the ministry's apposition)
		for k := range st.drafts {
			if o := &st.drafts[k]; o.cueA != d.cueA && i >= o.cueA && i < o.cueB {
				return true
			}
		}
		return false
	}
	if b == a+1 && st.mentionPronoun(a) {
		return a, b // "he", "it", "they": a pronoun takes nothing around it
	}
	a = st.mentionLeft(si, a, blocked)
	b = st.mentionRight(si, b, blocked)
	if a > d.cueA {
		// "said Maria Lopez, a lawyer for the civil rights groups that
		// brought the case": an apposition after a speaker after its cue
		if b < s1 && st.toks[b].Text == "," {
			if e, ok := st.mentionPhrase(si, b+1, blocked); ok && e > b+1 && (e >= s1 || st.appositionEnds(e)) {
				b = e
			}
		}
		return a, b
	}
	// "The King's Fund, a think tank, said": an apposition between the
	// speaker and its cue
	if b+1 < s1 && st.toks[b].Text == "," {
		if e, ok := st.mentionPhrase(si, b+1, blocked); ok && e > b+1 && e < s1 && st.toks[e].Text == "," && st.beforeCue(e+1, d.cueA) {
			return a, e
		}
	}
	// "Dalton's lawyer, Peter Nguyen, said": the speaker is the apposition
	// of a phrase that opens the clause
	if a-2 >= s0 && st.toks[a-1].Text == "," && b < s1 && st.toks[b].Text == "," && st.beforeCue(b+1, d.cueA) && st.mentionWord(si, a-2) {
		h := st.mentionLeft(si, a-1, blocked)
		if h < a-1 && (h == s0 || !st.toks[h-1].Word && st.toks[h-1].Text != ",") {
			if e, ok := st.mentionPhrase(si, h, blocked); ok && e == a-1 {
				return h, b
			}
		}
	}
	return a, b
}

// mentionLeft widens a mention leftwards over its modifiers, possessor
// and determiner, and over the head of "of", "for" or "at" when the
// mention is that phrase's object ("the governor of" Jalisco, "a
// spokeswoman for" the ministry, "analysts at" a bank).
func (st *state) mentionLeft(si, a int, blocked func(int) bool) int {
	base := a
	for a-1 >= 0 && !blocked(a-1) && !st.toks[a].Newline {
		if appositionClaimNouns[st.norm(a-1)] && !st.toks[a-1].Cap {
			break // ", a claim Kigali denies": the claim is what is said, not who says it
		}
		if st.mentionWord(si, a-1) {
			a--
		} else if k := st.titleAbbreviation(a - 1); k >= 0 && !blocked(k) {
			a = k // "Dr. Amina Bello"
		} else {
			break
		}
	}
	if a-1 >= 0 && !blocked(a-1) && !st.toks[a].Newline && st.mentionDeterminer(si, a-1) {
		a--
	}
	if a-2 >= 0 && !blocked(a-1) && !blocked(a-2) && !st.toks[a].Newline && !st.toks[a-1].Newline {
		switch st.norm(a - 1) {
		case "of", "for", "at":
			if t, ok := st.mentionTag(si, a-2); ok && (t.UPOS == "NOUN" || t.UPOS == "PROPN") && !calendarWords[st.norm(a-2)] {
				return st.mentionLeft(si, a-1, blocked)
			}
		}
	}
	if a < base && a-1 >= 0 && !blocked(a-1) && st.toks[base].Cap && !st.toks[base-1].Cap && (a < base-1 || !st.mentionDeterminer(si, a)) {
		// "In the interview Smith said": the common noun before the name
		// and its determiner belong to a phrase of a preposition before
		// them, not to the speaker (but "raised by another lawyer" is the
		// speaker's own phrase; and a determiner alone is the name's:
		// "a message from the Ministry")
		if t, ok := st.mentionTag(si, a-1); ok && t.UPOS == "ADP" {
			return base
		}
	}
	return a
}

// mentionRight widens a mention rightwards over a compound head or a
// possessed head ("Australia's captain") and over the phrases of "of"
// and "for" (and of "at", "from", "with" where the mention ends after
// them) that follow it.
func (st *state) mentionRight(si, b int, blocked func(int) bool) int {
	for b < len(st.toks) && !blocked(b) && !st.toks[b].Newline {
		w := st.norm(b)
		if (w == "'s" || w == "’s" || w == "'" || w == "’") && b+1 < len(st.toks) && !blocked(b+1) && st.mentionNoun(si, b+1) {
			b++
			continue
		}
		if st.mentionNoun(si, b) {
			b++
			continue
		}
		k := b
		if w == "familiar" && st.norm(b+1) == "with" {
			k, w = b+1, "with"
		}
		switch w {
		case "of", "for", "at", "from", "with":
			e, ok := st.mentionPhrase(si, k+1, blocked)
			if !ok || e == k+1 || (w != "of" && w != "for" && !(e >= len(st.toks) || blocked(e) || st.mentionEnds(e))) {
				return b
			}
			b = e
			continue
		}
		return b
	}
	return b
}

// mentionPhrase reads a noun phrase from token i: an optional
// determiner, then its words and possessors, then its "of" and "for"
// phrases; e is the token after it, ok false when no word of a noun
// stands there or its head is a word of time ("for the first time").
func (st *state) mentionPhrase(si, i int, blocked func(int) bool) (e int, ok bool) {
	j := i
	if j < len(st.toks) && !blocked(j) && st.mentionDeterminer(si, j) {
		j++
	}
	k := j
	for k < len(st.toks) && !blocked(k) && (k == i || !st.toks[k].Newline) && (st.mentionWord(si, k) || k > j && possessive(st.norm(k))) {
		k++
	}
	if k == j || timeHeads[st.norm(k-1)] || mentionTimeHeads[st.norm(k-1)] || calendarWords[st.norm(k-1)] {
		return i, false
	}
	for k < len(st.toks) && !blocked(k) && (st.norm(k) == "of" || st.norm(k) == "for") {
		e, ok := st.mentionPhrase(si, k+1, blocked)
		if !ok {
			break
		}
		k = e
	}
	return k, true
}

// mentionTimeHeads end phrases of time, never a mention ("for the first
// time", "for hours"), beside timeHeads.
var mentionTimeHeads = map[string]bool{"days": true, "years": true, "hour": true, "hours": true, "minute": true, "moment": true}

func possessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// mentionWord: token i can stand inside a noun phrase before its head: a
// noun, a name, an adjective, a number written in letters, a possessive
// mark; not a word of the calendar ("Tuesday Mayor Holt").
func (st *state) mentionWord(si, i int) bool {
	if i < 0 || i >= len(st.toks) {
		return false
	}
	w := st.norm(i)
	if possessive(w) {
		return true
	}
	if !st.toks[i].Word || calendarWords[w] {
		return false
	}
	t, ok := st.mentionTag(si, i)
	if !ok {
		return false
	}
	switch t.UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	case "NUM":
		return !strings.ContainsAny(w, "0123456789")
	}
	return false
}

// mentionNoun: token i is a noun or name that can head a mention (not a
// word of time).
func (st *state) mentionNoun(si, i int) bool {
	if i >= len(st.toks) || !st.toks[i].Word || calendarWords[st.norm(i)] || timeHeads[st.norm(i)] || mentionTimeHeads[st.norm(i)] {
		return false
	}
	t, ok := st.mentionTag(si, i)
	return ok && (t.UPOS == "NOUN" || t.UPOS == "PROPN")
}

// mentionDeterminer: token i is an article, a demonstrative or quantifier
// determiner, or a possessive pronoun ("its chief executive").
func (st *state) mentionDeterminer(si, i int) bool {
	switch st.norm(i) {
	case "that", "which", "what", "whose", "whatever":
		return false
	}
	t, ok := st.mentionTag(si, i)
	return ok && (t.UPOS == "DET" || t.XPOS == "PRP$")
}

// mentionPronoun: token i is a personal pronoun.
func (st *state) mentionPronoun(i int) bool {
	switch st.norm(i) {
	case "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// mentionEnds: token e closes a mention: punctuation, a relative
// pronoun, or a verb or auxiliary of the clause.
func (st *state) mentionEnds(e int) bool {
	if !st.toks[e].Word {
		return true
	}
	switch st.norm(e) {
	case "who", "that", "which", "whose":
		return true
	}
	if si := st.sentOf[e]; si >= 0 {
		if t, ok := st.mentionTag(si, e); ok && (t.UPOS == "VERB" || t.UPOS == "AUX") {
			return true
		}
	}
	return false
}

// appositionEnds: token e closes an apposition after an inverted
// speaker: punctuation or a relative pronoun. A verb there makes the
// phrase the subject of a clause of its own ("reads a message from the
// ministry, the agency reports"), and a full stop inside a name
// ("News.az reports") closes nothing.
func (st *state) appositionEnds(e int) bool {
	switch st.norm(e) {
	case "who", "that", "which", "whose":
		return true
	}
	if st.toks[e].Word {
		return false
	}
	inName := st.toks[e].Text == "." && st.toks[e].Start == st.toks[e-1].End &&
		e+1 < len(st.toks) && st.toks[e+1].Start == st.toks[e].End && st.toks[e+1].Word
	return !inName
}

// beforeCue: tokens [i, cue) are none or only auxiliaries and adverbs
// ("Lawyers for the vice president have said").
func (st *state) beforeCue(i, cue int) bool {
	if i > cue || cue-i > 2 {
		return false
	}
	for k := i; k < cue; k++ {
		t, ok := st.mentionTag(st.sentOf[k], k)
		if !ok || t.UPOS != "AUX" && t.UPOS != "ADV" {
			return false
		}
	}
	return true
}

// titleAbbreviation: token i ends a title written short with its full
// stop ("Dr.", "Sen."), whose first token it returns; -1 otherwise.
func (st *state) titleAbbreviation(i int) int {
	if i >= 0 && titleAbbreviations[strings.TrimSuffix(st.norm(i), ".")] && strings.HasSuffix(st.toks[i].Text, ".") {
		return i
	}
	if i >= 1 && st.toks[i].Text == "." && st.toks[i-1].End == st.toks[i].Start && titleAbbreviations[st.norm(i-1)] && !st.toks[i].Newline {
		return i - 1
	}
	return -1
}

// titleAbbreviations are titles written short before a name.
var titleAbbreviations = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true,
	"maj": true, "adm": true, "rev": true, "supt": true, "insp": true, "hon": true}

// mentionTag is the tagger's token of sentence si at token i. The
// tagger tags every sentence, parsed or not: unlike tagged, it does not
// ask whether the sentence would be parsed, so that a mention's extent is
// the same whichever sentences a pipeline parses (TestSelectiveParse).
func (st *state) mentionTag(si, i int) (parallax.Token, bool) {
	if si < 0 || si >= len(st.doc.Sentences) || i < 0 || i >= len(st.toks) {
		return parallax.Token{}, false
	}
	t, _, ok := st.sentenceToken(si, i)
	return t, ok && t.UPOS != ""
}
