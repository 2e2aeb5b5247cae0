package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// recallCues takes a second look, once every sentence has been read, at
// the reporting words that gave no claim, for five constructions the
// first reading misses and that hide a party's claim in any outlet:
//
//   - a statement noun with its author and its clause ("rejected claims
//     by the ministry that its jets were downed"): the author claims the
//     clause (recallNounThat);
//   - a passive with its agent ("The junta has been accused by rights
//     groups of executing civilians"): the agent speaks, named or not;
//   - a promise or threat whose infinitive follows a short adverbial
//     ("vowed on Thursday to keep fighting", "pledged in a video posted
//     on Telegram to take the city"): the adverbial is no object;
//   - a cue after a relative clause that holds a cue of its own
//     ("Hezbollah, which denied firing the rockets, said that ..."): the
//     antecedent speaks twice;
//   - a denial after the claim it rejects ("C, a claim denied by X",
//     "The claim was denied by X", "C, something X has always
//     contested"): X denies C (rejectedAfter).
//
// It only adds claims for cue words no claim holds yet, so what the first
// reading decided stays.
func (st *state) recallCues() {
	// the cue tokens of the claims found so far, marked once (a claim
	// added here covers only tokens at or before the one being read)
	covered := make([]bool, len(st.toks))
	for _, d := range st.drafts {
		for k := max(d.cueA, 0); k < d.cueB && k < len(covered); k++ {
			covered[k] = true
		}
	}
	for si, r := range st.sentTok {
		a, b := r[0], r[1]
		if a < 0 || b <= a {
			continue
		}
		if st.toks[b-1].Text == "?" && !st.inQuote(b-1) {
			continue // a question the reporter asks
		}
		for i := a; i < b; i++ {
			t := st.toks[i]
			if !t.Word || st.inQuote(i) || covered[i] {
				continue
			}
			if statementNouns[t.Norm] && st.recallNounThat(a, b, i) {
				continue
			}
			if st.labelledApposition(a, b, i) {
				continue
			}
			c, ok := st.cueAt(i)
			if !ok {
				continue
			}
			cb := i + 1
			if st.norm(i-1) == "to" && !t.Cap && st.hastenedTo(si, a, b, i, cb, c) {
				continue
			}
			if t.Cap && i > a || st.nominalUse(si, i, c) || st.negated(i, a) || st.nounish(i, cb) || st.norm(i-1) == "to" {
				continue
			}
			_ = st.rejectedAfter(si, a, b, i, cb, c, true) ||
				st.recallPassiveBy(si, a, b, i, cb, c) ||
				st.recallInfinitive(si, a, b, i, cb, c) ||
				st.recallAfterRelative(si, a, b, i, cb, c)
		}
	}
}

// rulingNouns name a state's rulers after the state's adjective ("the
// Chadian regime", "the Malian junta"), which speakerNouns leave out
// since the words alone ("the regime said") are a story's own naming.
var rulingNouns = map[string]bool{"regime": true, "junta": true, "administration": true, "leadership": true}

// spreadParticiples name how a statement went about before its "by"
// ("reports spread by", "claims made by", "allegations circulated by").
var spreadParticiples = map[string]bool{
	"spread": true, "made": true, "circulated": true, "disseminated": true, "voiced": true,
	"published": true, "issued": true, "aired": true, "peddled": true, "floated": true,
}

// recallNounThat reads a statement noun at token i with its author and
// its clause, "claims by the Defence Ministry that C", "reports spread by
// the other side that C", "the allegations of some politicians that C":
// the author claims C, whoever reports or rejects the claim around it
// (the claim it sits in becomes its parent).
func (st *state) recallNounThat(a, b, i int) bool {
	j := i + 1
	var spk speaker
	var end int
	var ok bool
	switch w := st.norm(j); {
	case w == "that" && st.lowerWord(i):
		// "rejected Moscow's claims that C", "denied Iranian reports
		// that C": the author stands before the noun (not "told Example
		// News that": a name)
		spk, ok = st.authorBefore(a, i)
		end = j
	case spreadParticiples[w]:
		j++
		if st.norm(j) != "by" {
			return false
		}
		spk, end, ok = st.agentAfter(j+1, b)
	case w == "by" || w == "of" || w == "from":
		spk, end, ok = st.agentAfter(j+1, b)
	}
	if !ok || end >= b || st.norm(end) != "that" || st.inQuote(end) {
		return false
	}
	if tag := st.tagAt(end + 1); tag == "VERB" || tag == "AUX" {
		return false // "the report of the commission that investigated ...": a relative clause
	}
	nounStart := i
	if spk.a >= a && spk.a < i {
		nounStart = spk.a // "Tehran's claims that C were false"
	}
	contA := end + 1
	contB := st.clauseEnd(contA, b)
	for k := contA + 2; k < contB; k++ {
		if st.norm(k) == "," && strings.HasSuffix(st.norm(k+1), "ing") && st.lowerWord(k+1) {
			contB = k // "..., calling them fake": the rejecter's words
			break
		}
		if st.norm(k) == "as" && nounStart < i && (st.judgementAfter(k+1) || st.isOpenQuote(k+1) && st.judgementAfter(k+2)) {
			contB = k // "rejected Moscow's claim that C as “a lie”": the rejecter's label
			break
		}
		if copulas[st.norm(k)] && !st.inQuote(k) && st.subjectNoun(a, nounStart) && (st.judgementAfter(k+1) || st.isOpenQuote(k+1) && st.judgementAfter(k+2)) {
			// "the information spread by X that C is another lie": the
			// statement is the subject of the verb that judges it
			contB = k
			break
		}
	}
	if contB-contA < 3 {
		return false
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: i, cueB: i + 1, contA: contA, contB: contB, spk: spk})
	return len(st.drafts) > n
}

// copulas link a subject to what it is called.
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// judgementAfter: the words from token k call a statement untrue or a
// pretext ("false", "not true", "another lie", "an attempt to").
func (st *state) judgementAfter(k int) bool {
	for j := k; j < len(st.toks) && j < k+3; j++ {
		w := st.norm(j)
		if denialWords[w] || wrongWords[w] || pretextNouns[w] || inventedWords[w] || w == "true" {
			return true
		}
		switch w {
		case "not", "another", "a", "an", "pure", "simply", "completely", "absolutely", "totally", "entirely", "yet",
			"blatant", "outright", "flagrant", "utter", "complete", "total", "big", "brazen", "shameless",
			"crude", "cynical", "deliberate", "gross", "clumsy", "malicious", "obvious":
			continue
		}
		return false
	}
	return false
}

// subjectNoun: the noun at token i heads the subject of its sentence or
// of a "that" clause ("The claims by X that ...", "stressed that the
// reports of X that ..."): only determiners and modifiers stand between
// the clause's start and the noun.
func (st *state) subjectNoun(a, i int) bool {
	k := i - 1
	for k >= a && k >= i-4 && st.toks[k].Word && st.norm(k) != "that" {
		if c, ok := st.cueAt(k); ok {
			// "He said statements by X that C were false": the clause
			// of a cue that takes one opens with the noun; "rejected
			// claims by X": the noun is a denial's object
			return !c.deny
		}
		if prepositions(st.norm(k)) {
			return false
		}
		k--
	}
	return k < a || st.norm(k) == "that"
}

// byAgentCues are the speech acts whose passive with "by" names who
// made them ("was accused by", "has been blamed by", "was condemned
// by"); denials are left out ("access was denied by the army" refuses).
var byAgentCues = map[string]bool{"accuse": true, "blame": true, "allege": true, "condemn": true, "claim": true}

// agentStops end the agent's noun phrase after "by".
var agentStops = map[string]bool{
	"of": true, "for": true, "over": true, "as": true, "that": true, "in": true, "on": true, "after": true,
	",": true, ".": true, ";": true, "and": true, "but": true, "at": true, "with": true, "to": true,
}

// recallPassiveBy reads "X is/was/has been CUED by AGENT of/for C".
func (st *state) recallPassiveBy(si, a, b, ca, cb int, c cue) bool {
	if !c.participle || !byAgentCues[c.lemma] || st.norm(cb) != "by" || meansOfSpeech[st.norm(cb+1)] {
		return false
	}
	aux := ca - 1
	for aux > a && adverbials[st.norm(aux)] && !passiveAux[st.norm(aux)] {
		aux--
	}
	if !passiveAux[st.norm(aux)] {
		return false
	}
	spk, end, ok := st.agentAfter(cb+1, b)
	if !ok {
		return false
	}
	subj := aux - 1
	for subj >= a && (st.norm(subj) == "has" || st.norm(subj) == "have" || st.norm(subj) == "had" || st.norm(subj) == "been" || adverbials[st.norm(subj)]) {
		subj--
	}
	if subj < a {
		return false
	}
	contA := st.clauseStart(a, subj+1)
	contB := st.clauseEnd(end, b)
	if contB <= end {
		return false // "was condemned by the council." names nothing condemned beyond the subject
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: contA, contB: contB, spk: spk, deny: c.deny, passive: true})
	return len(st.drafts) > n
}

// agentAfter reads the agent after "by" at token j: a speaker-capable
// entity, a person after a title, or an unnamed group headed by a speaker
// noun ("rights groups", "local officials", "several witnesses").
// It returns the speaker and the token after the phrase.
func (st *state) agentAfter(j, b int) (speaker, int, bool) {
	if st.norm(j) == "the" {
		j++
	}
	if ei, eb, ok := st.entityStartingAt(j); ok && eb <= b {
		spk := st.speakerFromEntity(ei, j, eb)
		if eb+1 < b && speakerNouns[st.norm(eb)] && st.lowerWord(eb) && !speakerNouns[st.norm(eb+1)] {
			// "by Hamas officials", "by Iranian media": the entity's own
			// people speak
			spk.b = eb + 1
			return spk, eb + 1, true
		}
		if eb+1 < b && rulingNouns[st.norm(eb)] && st.lowerWord(eb) && st.norm(eb+1) == "that" {
			// "the claims of the Chadian regime that C": a state's
			// rulers, named by the state's adjective and a noun of rule
			spk.b = eb + 1
			return spk, eb + 1, true
		}
		if k := st.doc.Entities[ei].Kind; k == parallax.KindLocation {
			return speaker{}, 0, false
		}
		// "by Ukraine's foreign ministry": the entity is the possessor of
		// the speaking body
		if st.norm(eb) == "'s" {
			k := eb + 1
			for k < b && k < eb+5 && st.toks[k].Word && !agentStops[st.norm(k)] {
				k++
			}
			if k > eb+1 && speakerNouns[st.norm(k-1)] {
				spk.a, spk.b = j, k
				return spk, k, true
			}
		}
		return spk, eb, true
	}
	if ei, ea, eb, ok := st.entityAfterTitle(j, b); ok {
		return st.speakerFromEntity(ei, ea, eb), eb, true
	}
	if quantifierDet[st.norm(j)] || st.norm(j) == "a" || st.norm(j) == "an" {
		j++
	}
	k := j
	for k < b && k < j+5 && st.toks[k].Word && !agentStops[st.norm(k)] {
		k++
	}
	if k-j >= 2 && k < b && rulingNouns[st.norm(k-1)] && st.lowerWord(k-1) && st.norm(k) == "that" {
		// "the claims of the Kenyan regime that C": the state's rulers
		if side, first, ok := st.countryWordsEndingAt(j, k-2); ok && first == j {
			return speaker{a: j, b: k, ent: -1, side: side}, k, true
		}
	}
	if k == j || !speakerNouns[st.norm(k-1)] {
		return speaker{}, 0, false
	}
	return speaker{a: j, b: k, ent: -1}, k, true
}

// recallInfinitive reads "vowed on Thursday to C", "threatened in a
// televised speech to C": a promise or threat whose infinitive follows a
// short adverbial, or follows the cue at once where the first reading
// found no subject ("Earlier, X vowed to C").
func (st *state) recallInfinitive(si, a, b, ca, cb int, c cue) bool {
	if !infinitiveCues[c.lemma] || c.lemma == "urge" || c.lemma == "demand" || c.gerund {
		return false // "urged X to", "demanded X to": an object first
	}
	if c.participle && passiveAux[st.norm(ca-1)] {
		return false // "was vowed", "is claimed to be"
	}
	k := cb
	if st.norm(k) != "to" {
		if !prepositions(st.norm(k)) && !calendarWords[st.norm(k)] && !timeHeads[st.norm(k)] {
			return false
		}
		for ; k < b && k < cb+10; k++ {
			w := st.norm(k)
			if w == "to" && k > cb {
				break
			}
			if !st.toks[k].Word || w == "that" {
				return false // a comma, a quotation or a clause: not a short adverbial
			}
			if _, nested := st.cueAt(k); nested && !st.mediumParticiple(cb, k) {
				return false
			}
		}
		if st.norm(k) != "to" {
			return false
		}
	}
	if !st.verbAfterTo(si, k+1, b) {
		return false // "vowed on Monday to the families": no infinitive
	}
	spk, ok := st.subject(si, st.segmentStart(a, ca), ca)
	if !ok {
		return false
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: k, contB: st.clauseEnd(k, b), spk: spk, deny: c.deny})
	return len(st.drafts) > n
}

// verbAfterTo: the word at j (past an opening quotation mark) is an
// infinitive's verb.
func (st *state) verbAfterTo(si, j, b int) bool {
	if j < b && st.isOpenQuote(j) {
		j++
	}
	if j >= b || !st.toks[j].Word || st.toks[j].Cap {
		return false
	}
	if t, ok := st.tagged(si, j); ok {
		return t.UPOS == "VERB" || t.UPOS == "AUX"
	}
	switch st.norm(j) {
	case "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those":
		return false
	}
	return true
}

// segmentStart is where the clause of a cue at ca begins: after the cue
// of the last claim before it in the sentence, or after a semicolon or a
// clause break (", while").
func (st *state) segmentStart(a, ca int) int {
	segA := a
	for _, d := range st.drafts {
		if d.cueB <= ca && d.cueA >= a && d.cueB > segA {
			segA = d.cueB
		}
	}
	for i := ca - 1; i > segA; i-- {
		if st.toks[i].Text == ";" || (clauseBreaks[st.norm(i)] && st.norm(i-1) == ",") {
			return i + 1
		}
	}
	return segA
}

// recallAfterRelative reads "X, which/who CUED ..., CUE C": the clause
// opens with its subject, a relative clause after a comma holds a claim
// of its own, and the cue after the relative clause's closing comma is
// the subject's second act.
func (st *state) recallAfterRelative(si, a, b, ca, cb int, c cue) bool {
	p := ca - 1
	for p > a && adverbials[st.norm(p)] {
		p--
	}
	if st.norm(p) != "," {
		return false
	}
	// the relative pronoun after a comma, with no other comma before p
	r := -1
	for k := p - 1; k > a; k-- {
		w := st.norm(k)
		if w == "," || w == ";" || st.isOpenQuote(k) || st.isCloseQuote(k) {
			if (st.norm(k+1) == "which" || st.norm(k+1) == "who") && w == "," {
				r = k + 1
			}
			break
		}
	}
	if r < 0 {
		return false
	}
	// the relative clause holds a claim
	held := false
	for _, d := range st.drafts {
		if d.cueA > r && d.cueB <= p {
			held = true
			break
		}
	}
	if !held {
		return false
	}
	// the antecedent opens the clause: an entity or a noun phrase headed
	// by a speaker noun, after at most a determiner
	end := r - 1 // the comma before the pronoun
	var spk speaker
	if ei, ea, ok := st.entityEndingAt(end); ok && ea >= a && ea <= a+1 {
		spk = st.speakerFromEntity(ei, ea, end)
	} else if speakerNouns[st.norm(end-1)] && end-1 <= a+3 {
		s := a
		for s < end-1 && (st.norm(s) == "the" || st.norm(s) == "a" || st.norm(s) == "an" || st.norm(s) == "its") {
			s++ // the speaker's words, without the determiner ("the ministry")
		}
		spk = speaker{a: s, b: end, ent: -1}
		if ei, eb, ok := st.entityStartingAt(s); ok && eb == end {
			spk = st.speakerFromEntity(ei, s, end)
		}
	} else {
		return false
	}
	if spk.a > a+1 || spk.a == a+1 && !st.toks[a].Word {
		return false // the antecedent must open the clause
	}
	j, direct := cb, false
	switch {
	case st.norm(j) == "that":
		j++
	case st.isOpenQuote(j):
		j, direct = j+1, true
	case st.norm(j) == ":" && st.isOpenQuote(j+1):
		j, direct = j+2, true
	case st.clauseFollows(si, ca, j):
	default:
		s, ok := st.clauseAfterAdverbial(si, ca, j, b)
		if !ok {
			found := false
			for k := j; k < b && k < j+10; k++ {
				if st.norm(k) == "that" {
					j, found = k+1, true
					break
				}
				if st.norm(k) == "," || st.norm(k) == "." {
					break
				}
			}
			if !found {
				return false
			}
		} else {
			j = s
		}
	}
	n := len(st.drafts)
	d := draft{cueA: ca, cueB: cb, contA: j, contB: st.clauseEnd(j, b), spk: spk, deny: c.deny, direct: direct}
	if direct {
		if q := st.quotes[st.quoteOf[j-1]]; q.close > j {
			d.contB = q.close
		}
	}
	st.addDraft(d)
	return len(st.drafts) > n
}

// hastenVerbs say that a party made haste to speak ("hastened to
// accuse", "rushed to deny", "moved to dismiss"); "was quick to" and
// "was swift to" say so with an adjective.
var hastenVerbs = map[string]bool{
	"hastened": true, "hastens": true, "rushed": true, "rushes": true, "hurried": true, "moved": true,
	"moves": true, "quick": true, "swift": true,
}

// hastenedTo reads a cue after "to" whose verb before it says the
// party hurried to speak ("The Kiev regime hastened to accuse Russia of
// striking ...", "Moscow was quick to deny any role"): the subject of
// that verb speaks what the cue's object or clause says. Verbs of
// trying, refusing or declining stay acts ("refused to confirm").
func (st *state) hastenedTo(si, a, b, ca, cb int, c cue) bool {
	v := ca - 2
	if v <= a || !hastenVerbs[st.norm(v)] {
		return false
	}
	if w := st.norm(v); (w == "quick" || w == "swift") && !passiveAux[st.norm(v-1)] {
		return false
	}
	spk, ok := st.subject(si, a, v)
	if !ok {
		return false
	}
	j := cb
	if st.norm(j) == "that" {
		j++
	}
	e := st.clauseEnd(j, b)
	for e > j && !st.toks[e-1].Word && !st.isCloseQuote(e-1) {
		e--
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: j, contB: e, spk: spk, deny: c.deny})
	return len(st.drafts) > n
}
