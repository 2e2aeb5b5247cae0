package claim

import "strings"

// nominalCues are reporting verbs whose forms are also common nouns or
// noun modifiers ("under Taliban rule", "the ruling",
// "the forecast", "an outline"): they report speech only when the parse
// reads them as verbs.
var nominalCues = map[string]bool{
	"rule": true, "forecast": true, "outline": true, "plead": true,
	"agree": true, "determine": true, "caution": true, "think": true, "remark": true,
	"comment on": true,
}

// feelingCues hold a belief or feeling about what is or will be: a claim
// only with a clause ("donors fear the party could lose"), never with an
// object of the feeling ("fear for their lives", "worry about the
// storm", "feared the worst") or as an adjective ("were worried").
var feelingCues = map[string]bool{"fear": true, "worry": true, "doubt": true}

// feelingWithoutClause: the feeling verb at i states no view here: a
// noun after a determiner ("the fear that"), an adjective after a copula
// ("were worried"), or a verb with the object of the feeling after it.
func (st *state) feelingWithoutClause(i int) bool {
	p := st.norm(i - 1)
	if passiveAux[p] || possessiveDet[p] || p == "the" || p == "a" || p == "an" || p == "no" || p == "any" || p == "little" || p == "without" || p == "'s" {
		return true
	}
	switch st.norm(i + 1) {
	case "for", "about", "of", "over", "it", "him", "her", "them", "so", "not":
		return true
	case "the":
		return st.norm(i+2) == "worst" // "feared the worst"
	}
	return false
}

// stateNounModified are the nouns that "state" modifies as a noun
// ("state media", "state television", "state news agency"), where it is
// no reporting verb.
var stateNounModified = map[string]bool{
	"media": true, "television": true, "tv": true, "broadcaster": true, "radio": true, "news": true,
	"agency": true, "newspaper": true, "newspapers": true, "press": true, "outlet": true, "outlets": true,
	"channel": true, "channels": true, "daily": true, "website": true, "department": true, "officials": true,
	"security": true, "forces": true, "authorities": true, "governor": true, "legislature": true,
	"prosecutor": true, "prosecutors": true, "police": true, "emergency": true, "council": true,
	// a state legislature's members ("Republican state Sen. NAME", "state
	// Rep. NAME", "state lawmakers")
	"sen": true, "sens": true, "senator": true, "senators": true, "rep": true, "reps": true,
	"representative": true, "lawmaker": true, "lawmakers": true, "legislator": true, "legislators": true,
	"senate": true, "assembly": true, "attorney": true, "treasurer": true,
}

// nominalUse: token i, a form of a cue that doubles as a noun, is used as
// a noun or adjective here, or as a verb that takes no reported content
// ("agreed with the proposal", "agreed to talks", "determined to win").
func (st *state) nominalUse(si, i int, c cue) bool {
	if c.lemma == "state" && (stateNounModified[st.norm(i+1)] || st.norm(i+1) == "-") {
		return true // "Russian state media reported", "the state-run agency"
	}
	if c.lemma == "state" && st.norm(i) == "state" && i > 0 && st.toks[i-1].Cap && st.toks[i-1].Word {
		if _, ok := st.cueAt(i + 1); ok {
			return true // "Activists in Gezira state said": a federal state's name
		}
		if t, _, ok := st.parsed(si, i+1); ok && (t.UPOS == "VERB" || t.UPOS == "AUX") && st.toks[i+1].Word && !st.toks[i+1].Cap {
			return true // "Washington state sued the government": a verb follows the name
		}
	}
	if c.lemma == "state" && st.placeStateNoun(i) {
		return true // "the capital of North Darfur state, killing", "three northern U.S. states that border"
	}
	if c.lemma == "state" && st.toks[i].Text == "state" && st.stateAfterDeterminer(i) {
		return true // "the Lebanese state alone could decide", "a Palestinian state"
	}
	if st.norm(i) == c.lemma && !c.participle && !c.gerund && st.adjectiveDeterminer(i) {
		// "termed the Russian claim “a cynical lie”", "rejected the
		// Ukrainian report": a base form after a determiner and one
		// capitalised adjective is a noun, since a verb needs a plural
		// subject there ("the Taliban claim that ..." the parse reads as
		// a verb)
		if t, ok := st.tagged(si, i); !ok || t.UPOS != "VERB" && t.UPOS != "AUX" {
			return true
		}
	}
	if !nominalCues[c.lemma] {
		return false
	}
	next := st.norm(i + 1)
	if c.lemma == "think" {
		switch next {
		case "tank", "tanks", "-", "of", "about", "so", "twice", "again", "through", "over", "ahead", "back", "up", "it", "otherwise", "too", "alike", "big", "carefully", "hard", "aloud":
			return true // "a think tank", "thought of leaving", "think so"
		}
	}
	switch c.lemma {
	case "agree", "determine":
		// only "agreed that ...", or a cue after a quotation (`," agreed X`)
		if next == "with" || next == "to" || next == "on" || next == "upon" {
			return true
		}
	}
	det := false
	switch st.norm(i - 1) {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that":
		det = true
	}
	if c.lemma == "comment on" {
		// "his comments on", "in comments on", "recent comments on": a
		// noun; after a name or a title the form is a verb, which the
		// tagger may miss in a headline ("Minister X comments on ...")
		p := st.norm(i - 1)
		return det || possessiveDet[p] || prepositions(p) || p == "'s" || p == "these" || p == "those" || p == "recent" || p == "no" || p == "any" || p == "such" || p == "earlier" || p == "latest"
	}
	if next == "that" && !det {
		return false // "the central bank forecast that": the tagger may read a noun
	}
	if t, ok := st.tagged(si, i); ok {
		switch t.UPOS {
		case "NOUN", "PROPN", "ADJ":
			return true
		}
	}
	// without a parse: a determiner or possessive before the form makes
	// it a noun ("the ruling", "its forecast")
	return det
}

// quotedLabel: after a labelling verb at i-1, a short object and then a
// quotation that ends the clause ("called the ruling “arbitrary.”",
// "described the strike as “a war crime”"): the label is the speaker's
// words. A quotation that opens right after the verb is a title or name
// ("called “Operation Dawn”"), not a label of something named before.
func (st *state) quotedLabel(i, b int) bool {
	// (up to 12 words: "called the EU move to tax U.S.-produced spirits
	// “deeply disappointing”")
	for k := i + 1; k < b && k < i+12; k++ {
		w := st.norm(k)
		if w == "." || w == ";" || w == "," {
			return false
		}
		if st.isOpenQuote(k) {
			q := st.quotes[st.quoteOf[k]]
			if q.close > k && q.close < b && q.close-k <= 12 {
				return true
			}
			// a longer quotation that ends the sentence is the label all
			// the same ("called it “a response to the crimes of the
			// enemy in Gaza and the siege of its people.”")
			return q.close > k && q.close-k <= 30 && st.endsSentence(q.close, b)
		}
	}
	return false
}

// quotedLabelEnd is the token after the closing mark of the label that
// quotedLabel found after the verb at i-1, 0 if none.
func (st *state) quotedLabelEnd(i, b int) int {
	for k := i; k < b && k < i+8; k++ {
		if st.isOpenQuote(k) {
			if q := st.quotes[st.quoteOf[k]]; q.close > k && q.close < b {
				return q.close + 1
			}
			return 0
		}
	}
	return 0
}

// stateAfterDeterminer: the lower-case "state" at i follows a determiner,
// directly or through one capitalised modifier that is no plural noun
// ("the state", "the Lebanese state", "a Palestinian state"): a noun, since
// the verb's subject is no bare determiner and "the Palestinians state"
// ends in a plural.
func (st *state) stateAfterDeterminer(i int) bool {
	k := i - 1
	if k >= 1 && st.toks[k].Cap && st.toks[k].Word && !strings.HasSuffix(st.norm(k), "s") {
		k--
	}
	if k < 0 {
		return false
	}
	switch st.norm(k) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "every", "each", "any":
		return true
	}
	return false
}

// adjectiveDeterminer: token i follows "the", "a" or "an" and one
// capitalised word that is no plural ("the Russian claim", "an Israeli
// report").
func (st *state) adjectiveDeterminer(i int) bool {
	if i < 2 || !st.toks[i-1].Cap || !st.toks[i-1].Word || strings.HasSuffix(st.norm(i-1), "s") {
		return false
	}
	switch st.norm(i - 2) {
	case "the", "a", "an":
		return true
	}
	return false
}

// endsSentence: after token c only closing punctuation is left before b,
// the sentence's end.
func (st *state) endsSentence(c, b int) bool {
	for k := c + 1; k < b && k < len(st.toks); k++ {
		if w := st.norm(k); w != "." && w != "!" && w != "?" && !st.isCloseQuote(k) {
			return false
		}
	}
	return true
}

// placeStateNoun: "state" or "states" at i ends a place's name, a
// federal state or states named by a place: the name follows a
// preposition ("the capital of North Darfur state", "fighting in Blue
// Nile state"; a clause after "that" keeps the verb: "Officials in Kano
// state that ...") or a count ("three northern U.S. states that border
// Canada", "both Sudanese states"), where no subject stands.
func (st *state) placeStateNoun(i int) bool {
	if w := st.norm(i); w != "state" && w != "states" {
		return false
	}
	j := i
	for j > 0 && st.toks[j-1].Word && st.toks[j-1].Cap && j > i-4 {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	p := st.norm(j - 1)
	if (p == "of" || p == "in" || p == "from" || p == "across" || p == "throughout") && st.norm(i+1) != "that" {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		w := st.norm(k)
		if w == "the" || w == "a" || w == "an" {
			return false // "the Pentagon states that"
		}
		if numberWords[w] || digits(w) || w == "both" || w == "several" || w == "many" || w == "all" || w == "other" || w == "neighbouring" || w == "neighboring" {
			return true
		}
		if !st.toks[k].Word || st.toks[k].Cap {
			return false
		}
	}
	return false
}
