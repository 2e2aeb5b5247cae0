package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// titleChainPerson reads the speaker of an inverted cue at token j when a
// title of common nouns stands before the person's name (`," said
// disaster management department spokesperson Ana Ruiz`, `, said camp
// manager Leila Haddad`, `, said U.N. humanitarian coordinator Martin
// Griffiths`): English writes such titles in lower case, so the title
// words cannot be told apart by capitals. The chain is a short run of
// words with no verb, no punctuation but abbreviation points and no
// preposition other than "of"/"for" inside a title ("head of
// operations"); it must end in a person the recogniser found, or in a
// run of two or more capitalised words right after a title noun.
// A body named in the chain gives the person its side.
func (st *state) titleChainPerson(si, j, b int) (speaker, bool) {
	if st.norm(j) == "the" || st.norm(j) == "a" || st.norm(j) == "an" {
		return speaker{}, false // "said the camp manager": invertedNP reads it
	}
	side := ""
	for k := j; k < b && k < j+9; k++ {
		t := st.toks[k]
		if t.Text == "." && k > j && st.toks[k-1].Cap && len(st.toks[k-1].Text) <= 4 {
			continue // "U.N.", "Lt."
		}
		if (t.Norm == "'s" || t.Norm == "’s" || t.Text == "-") && k > j && st.toks[k-1].Word {
			continue // "Velmora's deputy mayor", "Lurin-based aid worker"
		}
		if k == j && possessiveDet[t.Norm] {
			continue // "said his daughter Linda Okoro"
		}
		if !t.Word || st.inQuote(k) {
			return speaker{}, false
		}
		if t.Norm == "and" && k > j && st.lowerWord(k-1) && st.lowerWord(k+1) {
			continue // "aid worker and activist Mira Dosti"
		}
		if t.Norm == "based" && st.norm(k-1) == "-" {
			continue
		}
		if k > j {
			if ei, eb, ok := st.entityStartingAt(k); ok && st.doc.Entities[ei].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[ei].Text) && st.titleNounBefore(si, k) {
				spk := st.speakerFromEntity(ei, k, eb)
				if spk.side == "" && !st.formerIn(j, k) {
					spk.side = side
				}
				return spk, true
			}
			if e, ok := st.nameRun(k, b); ok && st.titleNounBefore(si, k) && !st.toks[k-1].Cap {
				return speaker{a: k, b: e, ent: -1, side: side}, true
			}
		}
		if ei, eb, ok := st.entityStartingAt(k); ok && st.doc.Entities[ei].Kind != parallax.KindPerson {
			if side == "" {
				side = st.doc.Entities[ei].Side
			}
			k = eb - 1
			continue
		}
		w := t.Norm
		if _, isCue := st.cueAt(k); isCue && !t.Cap {
			return speaker{}, false
		}
		if (prepositions(w) && w != "of" && w != "for") || notSpeakers[w] && !t.Cap || calendarWords[w] || w == "and" || w == "who" {
			return speaker{}, false
		}
		if tk, ok := st.tagged(si, k); ok && !t.Cap && !(tk.UPOS == "VERB" && roleNounMistagged(w)) {
			switch tk.UPOS {
			case "VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ", "NUM":
				return speaker{}, false
			}
		}
	}
	return speaker{}, false
}

// titleNounBefore: the word before token k ends a title, a noun
// ("spokesperson", "manager", "coordinator") or a capitalised rank or
// abbreviation ("Col.", "Gen."), not an adjective or a preposition.
func (st *state) titleNounBefore(si, k int) bool {
	p := k - 1
	if st.norm(p) == "." && p > 0 {
		return st.toks[p-1].Cap // "Lt. Gen.", "U.N."
	}
	w := st.norm(p)
	if speakerNouns[w] || titleWords[w] && w != "of" && w != "for" && w != "and" && w != "the" || nonPartyRoles[w] {
		return true
	}
	if st.toks[p].Cap {
		return true // "Colonel", "Sheikh"
	}
	if tk, ok := st.tagged(si, p); ok {
		return tk.UPOS == "NOUN"
	}
	return false
}

// cueAt is the reporting verb cue of token k, if it is one: not "think"
// in "think tank", a noun phrase that names a body ("the Dutch think tank
// Clingendael said").
func (st *state) cueAt(k int) (cue, bool) {
	c, ok := verbCues[st.norm(k)]
	if ok && c.lemma == "think" {
		switch st.norm(k + 1) {
		case "tank", "tanks", "-":
			return cue{}, false
		}
	}
	if ok && c.lemma == "state" && (stateNounModified[st.norm(k+1)] || st.norm(k+1) == "-") {
		return cue{}, false // "told the state broadcaster that": a noun modifier
	}
	if ok && k >= 3 && statementNoun(st.norm(k-1)) && (st.norm(k-2) == "a" || st.norm(k-2) == "an") && prepositions(st.norm(k-3)) {
		return cue{}, false // "said in a statement read on state television that": a participle
	}
	if w := st.norm(k); ok && (w == "post" || w == "posts" || w == "tweet" || w == "tweets") && st.determined(k) {
		return cue{}, false // "in a Telegram post that ...": a noun
	}
	if ok && nounHomographs[st.norm(k)] && st.nounInPhrase(k) {
		return cue{}, false // "the South's Unity state", "fired on Tajik posts", "a monitoring project": a noun
	}
	if ok && st.reducedPassiveAccused(k) {
		return cue{}, false // "shot dead two young men accused of collaborating"
	}
	if ok && figureCues[c.lemma] && (!st.listedFigure(k) || c.lemma != "list" && st.speechBefore(k)) {
		return cue{}, false // "the lists of the dead", "listed as missing": no tally given
	}
	if w := st.norm(k); ok && (w == "report" || w == "claim" || w == "statement") && st.indefiniteBefore(k) {
		return cue{}, false // "According to a United Nations report seen by Reuters": a noun
	}
	if ok && st.saidNothing(k) {
		return cue{}, false // "The army has said little about its losses": nothing reported
	}
	return c, ok
}

// saidNothing: the cue at k has "little" or "nothing" for its object and
// no clause after it ("has said little about its losses", "said nothing
// of the prisoners", "would say little else"): the reporter's remark
// that the speaker did not speak, no claim. "said little had changed"
// reports a clause whose subject is "little" and stays a cue.
func (st *state) saidNothing(k int) bool {
	j := k + 1
	if w := st.norm(j); w != "little" && w != "nothing" {
		return false
	}
	switch st.norm(j + 1) {
	case "about", "on", "of", "else", "more", "publicly", "further", "since", ".", ",", ";":
		return true
	}
	return false
}

// nounHomographs: cue words whose noun reading is common in news ("a
// federal state", "border posts", "a research project", "a phone call").
var nounHomographs = map[string]bool{
	"state": true, "states": true, "post": true, "posts": true, "project": true, "projects": true, "call": true,
}

// nounInPhrase: the word at k, which the tagger reads as a noun, ends a
// noun phrase: after a determiner, a possessive or a preposition, with at
// most three capitalised words or two lowercase nouns or adjectives
// between ("the South's Unity state", "on Tajik posts", "a conflict
// monitoring project", "in a phone call"). A subject before a cue has neither ("The
// committee states that", "Kyiv posts a video").
func (st *state) nounInPhrase(k int) bool {
	if st.norm(k) == "call" && (st.norm(k+1) == "for" || st.norm(k+1) == "on") || st.norm(k+1) == "that" {
		return false // "call for", "states that": the verb
	}
	si := st.sentOf[k]
	if t, ok := st.tagged(si, k); !ok || t.UPOS != "NOUN" {
		return false
	}
	lower := 0
	for j := k - 1; j >= 0 && j >= k-4 && st.sentOf[j] == si; j-- {
		w := st.norm(j)
		switch {
		case w == "a" || w == "an" || w == "the" || w == "this" || w == "its" || possessiveDet[w] || w == "'s" || prepositions(w):
			// (not after a quotation: `," the memo states.` inverts the
			// subject and its cue)
			return !(j > 1 && (st.norm(j-1) == "," && st.isCloseQuote(j-2) || st.isCloseQuote(j-1) && st.norm(j-2) == ","))
		case st.toks[j].Cap && st.toks[j].Word:
			continue
		}
		if t, ok := st.tagged(si, j); ok && lower < 2 && (t.UPOS == "NOUN" || t.UPOS == "ADJ" || t.UPOS == "VERB" && strings.HasSuffix(w, "ing")) {
			// (an -ing modifier the tagger reads as a verb: "a conflict
			// monitoring project")
			lower++
			continue
		}
		return false
	}
	return false
}

// speechBefore: a cue of speech stands before token k in its sentence,
// outside quotations ("The ombudsman said his office had recorded 40
// deaths", "According to the statement, ... while the army recorded two
// dead"): a tally there is part of what that cue reports.
func (st *state) speechBefore(k int) bool {
	si := st.sentOf[k]
	if si < 0 {
		return false
	}
	for j := k - 1; j >= st.sentTok[si][0]; j-- {
		if st.norm(j) == "according" && st.norm(j+1) == "to" && !st.inQuote(j) {
			return true
		}
		if c, ok := verbCues[st.norm(j)]; ok && !figureCues[c.lemma] && !st.inQuote(j) {
			if _, ok := st.cueAt(j); ok {
				return true
			}
		}
	}
	return false
}

// figureCues report a tally only: a cue before a figure alone
// (listedFigure).
var figureCues = map[string]bool{"list": true, "record": true, "count": true, "document": true, "tally": true, "publish": true}

// listedFigure: the verb "list" at k gives a figure as its object
// ("lists 2,934 Russian tanks", "listed at least 300 names"), after
// no determiner that would make it a noun ("the lists").
func (st *state) listedFigure(k int) bool {
	if p := st.norm(k - 1); p == "the" || p == "a" || p == "its" || p == "their" || p == "his" || p == "her" || p == "of" || passiveAux[p] {
		return false
	}
	j := k + 1
	lemma := verbCues[st.norm(k)].lemma
	if lemma == "publish" {
		// "published the names of 71 servicemen", "published a list of
		// 40 dead": a roll of the dead; anything else published is no
		// tally
		if w := st.norm(j + 1); !(st.norm(j) == "the" && w == "names" || st.norm(j) == "a" && w == "list") || st.norm(j+2) != "of" {
			return false
		}
		j += 3
	}
	if st.norm(j) == "the" && (st.norm(j+1) == "deaths" || st.norm(j+1) == "killings" || st.norm(j+1) == "killing") && st.norm(j+2) == "of" {
		j += 3 // "documented the deaths of at least 40 civilians"
	} else if verbCues[st.norm(k)].lemma == "document" {
		// "has documented at least 17 cases since 2018": a record of
		// incidents, which the golds do not keep as a claim (2 of 2),
		// unlike a toll of the dead
		return false
	}
	for n := 0; n < 3 && j < len(st.toks) && (st.norm(j) == "at" || st.norm(j) == "least" || st.norm(j) == "about" || st.norm(j) == "more" || st.norm(j) == "than" || st.norm(j) == "some" || st.norm(j) == "nearly" || st.norm(j) == "over"); n++ {
		j++
	}
	if st.norm(j) == "a" && verbCues[st.norm(k)].lemma != "list" {
		// "recorded a dozen deaths", not "recorded a video"
		w := st.norm(j + 1)
		return w == "dozen" || w == "hundred" || w == "thousand" || w == "million"
	}
	return j < len(st.toks) && (digits(strings.ReplaceAll(st.toks[j].Text, ",", "")) || numberWords[st.norm(j)])
}

// indefiniteBefore: the word at k follows "a" or "an", directly or
// through at most three capitalised words ("a United Nations report"):
// a singular noun, since no indefinite subject takes a bare verb.
func (st *state) indefiniteBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := st.norm(j); {
		case w == "a" || w == "an":
			return true
		case st.toks[j].Cap && st.toks[j].Word:
			continue
		default:
			return false
		}
	}
	return false
}

// determined: the word at k follows a determiner or possessive, with at
// most three capitalised words between ("a Telegram post", "his latest
// tweet", "the ministry's report"): a noun.
func (st *state) determined(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := st.norm(j)
		switch {
		case w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || possessiveDet[w] || w == "'s" || w == "latest" || w == "recent":
			return true
		case st.toks[j].Cap && st.toks[j].Word || postMediums[w]:
			continue // "a Telegram post", "his social media post"
		}
		return false
	}
	return false
}

// postMediums stand between a determiner and "post" or "tweet" as a noun
// ("his social media post that ...", "a lengthy online post").
var postMediums = map[string]bool{
	"social": true, "media": true, "online": true, "blog": true, "video": true, "lengthy": true,
	"long": true, "brief": true, "short": true, "separate": true, "earlier": true, "later": true,
	"new": true, "first": true, "second": true, "final": true, "latest": true, "recent": true,
}

// reducedPassiveAccused: "accused" at k is the participle of a noun
// before it, with the charge right after ("two young men accused of
// collaborating", "a commander accused of war crimes"): no one accuses
// there, as the active verb needs its object before "of". After a name
// (a headline's "Russia accused of ...") or an auxiliary ("which Moscow
// has accused of shelling") the other readings stay.
func (st *state) reducedPassiveAccused(k int) bool {
	if st.norm(k) != "accused" || st.norm(k+1) != "of" || k == 0 {
		return false
	}
	p := st.toks[k-1]
	if !p.Word || p.Cap || passiveAux[p.Norm] || adverbials[p.Norm] || pronoun(p.Text) || p.Norm == "has" || p.Norm == "have" || p.Norm == "had" || p.Norm == "and" || p.Norm == "also" {
		return false
	}
	return true
}

// relativeCue reads a relative clause whose object is the clause before
// it: "The army was accused of shelling the market, which General Abdi
// denied.", "..., which the ministry has disputed", "..., which the
// rebels confirmed on Sunday". The speaker stands between "which" and
// the cue, and the cue ends the clause (after at most a short adverbial):
// what is claimed, or denied, is the clause the relative pronoun takes up.
func (st *state) relativeCue(si, a, b, ca, cb int, c cue) bool {
	e := ca
	for e > a && (adverbials[st.norm(e-1)] || perfectAux[st.norm(e-1)]) {
		e-- // "which the army has denied"
	}
	r := -1
	comma := -1
	for k := e - 1; k > a && k >= e-8; k-- {
		if st.norm(k) == "which" && st.norm(k-1) == "," {
			r, comma = k, k-1
			break
		}
		// "..., a claim the army denies", "..., an accusation that
		// Kigali rejects": an appositive speech noun takes up the clause
		if w := st.norm(k); (w == "that" || w == "which") && claimNouns[st.norm(k-1)] && (st.norm(k-2) == "a" || st.norm(k-2) == "an") && st.norm(k-3) == "," {
			r, comma = k, k-3
			break
		}
		if claimNouns[st.norm(k)] && (st.norm(k-1) == "a" || st.norm(k-1) == "an") && st.norm(k-2) == "," {
			r, comma = k, k-2
			break
		}
		// "..., charges the commission denied", "..., claims that
		// Kigali rejects": a bare plural, taken up only by a denial
		// ("rifles, charges the police found" lists weapons)
		if w := st.norm(k); c.deny && (w == "that" || w == "which") && pluralClaimNouns[st.norm(k-1)] && st.norm(k-2) == "," {
			r, comma = k, k-2
			break
		}
		if c.deny && pluralClaimNouns[st.norm(k)] && st.norm(k-1) == "," {
			r, comma = k, k-1
			break
		}
		if !st.toks[k].Word && st.norm(k) != "." && st.norm(k) != "'s" {
			return false
		}
	}
	if r < 0 || r+1 >= e || st.inQuote(r) {
		return false
	}
	var spk speaker
	s := r + 1
	if st.norm(s) == "the" {
		s++
	}
	if ei, ea, ok := st.entityEndingAt(e); ok && (ea == s || ea == r+1) {
		spk = st.speakerFromEntity(ei, ea, e)
	} else if e == r+2 && pronoun(st.toks[r+1].Text) {
		spk = speaker{a: r + 1, b: e, ent: -1}
	} else if ei, ea, eb, ok := st.entityAfterTitle(s, e); ok && eb == e {
		spk = st.speakerFromEntity(ei, ea, eb)
	} else if np, ok := st.speakerNP(r+1, e); ok && np.a <= r+2 {
		spk = np
	} else if ok && st.possessorBefore(s, np.a) >= 0 {
		// "charges Pakistan's election commission denied": the
		// possessor gives the side of the body after it
		ei := st.possessorBefore(s, np.a)
		spk = speaker{a: s, b: e, ent: -1, actor: st.doc.Entities[ei].Actor, side: st.doc.Entities[ei].Side}
	} else {
		return false
	}
	// the cue takes no object of its own: "which the army denied.", not
	// "which the army denied entering"
	after := cb
	if st.norm(after) == "it" {
		return false
	}
	if !st.endsClause(after, b) || st.norm(after) == "," && !(after+1 < b && st.toks[after+1].Word) {
		return false
	}
	if after < b && st.toks[after].Word {
		// a short adverbial only ("on Sunday", "in a statement"), or the
		// label a denial gives what it takes up ("which the army
		// dismissed as pure lies", "which Baku rejected as baseless")
		w := st.norm(after)
		if !(calendarWords[w] || prepositions(w) || w == "last" || w == "this" || w == "earlier" || w == "later" || w == "as" && c.deny) {
			return false
		}
	}
	contB := comma
	contA := st.clauseStart(a, contB)
	// "Rebels said they had shot down a helicopter, which the ministry
	// denied": what is denied is the reported clause, and the relative
	// clause is no part of what the rebels said
	for k := len(st.drafts) - 1; k >= 0; k-- {
		o := &st.drafts[k]
		if o.cueA < contA || !(o.contA <= contB && contB < o.contB) {
			continue
		}
		if o.cueB <= o.contA {
			contA = max(contA, o.contA)
		}
		o.contB = contB
		if oc, ok := st.cueAt(o.cueA); ok && !oc.deny && o.deny && !st.denial(o.contA, contB) {
			// its stance was read with the relative clause in it
			// ("claimed C, which the army dismissed as lies"): C alone
			// asserts
			o.deny = false
		}
		break
	}
	d := draft{cueA: ca, cueB: cb, contA: contA, contB: contB, spk: spk, deny: c.deny}
	st.addDraft(d)
	return true
}

// firstPerson: the mental cue at i ("think", "believe") has "I", "we" or
// "you" for its subject, or stands inside a quotation: a view that
// belongs to the quoted speaker's own words ("does he think ...?",
// "I think"), not a claim reported of someone.
func (st *state) firstPerson(i, a int) bool {
	if st.inQuote(i) {
		return true
	}
	k := i - 1
	for k >= a && (adverbials[st.norm(k)] || st.norm(k) == "do" || st.norm(k) == "don't") {
		k--
	}
	switch st.norm(k) {
	case "i", "we", "you":
		return true
	}
	return false
}

// dataNouns head the subject of "show", "find", "suggest" and "indicate"
// when figures or a study report something ("Figures released Thursday
// showed that ...", "An Ipsos survey found ...", "Satellite images show
// ..."): a non-party source, which speaks with the side of a body named
// in its phrase ("Health Ministry figures") or with none.
var dataNouns = map[string]bool{
	"figures": true, "data": true, "statistics": true, "survey": true, "poll": true, "polls": true,
	"study": true, "report": true, "assessment": true, "analysis": true, "census": true, "estimates": true,
	"images": true, "footage": true, "records": true, "findings": true, "research": true, "results": true,
	"tally": true, "audit": true, "review": true, "investigation": true, "inquiry": true, "documents": true,
	"comparison": true,
}

// phraseMark: the marks a noun phrase may hold ("the tenants'
// association", "Health Ministry's", "U.N.", "state-run").
func phraseMark(w string) bool {
	switch w {
	case "'s", "’s", "'", "’", ".", "-":
		return true
	}
	return false
}

// dataTrailing reads the subject of an evidence cue after the clause it
// reports, between a comma and the cue at before+1 (`C, EU figures show`,
// `C, figures from the nursing council show`, `C, a comparison by
// Transparency International shows`): a noun phrase headed by a data noun,
// with at most its source after "from", "by" or "of". It returns the
// speaker and the comma's index. The side is that of a body named in the
// phrase, as dataSubject gives it.
func (st *state) dataTrailing(si, a, before int, c cue) (speaker, int, bool) {
	if !evidenceCues[c.lemma] {
		return speaker{}, 0, false
	}
	comma := -1
	for k := before; k > a && k > before-10; k-- {
		if st.norm(k) == "," {
			comma = k
			break
		}
		if !st.toks[k].Word && !phraseMark(st.norm(k)) {
			return speaker{}, 0, false
		}
	}
	if comma < 0 || st.inQuote(comma) {
		return speaker{}, 0, false
	}
	s := comma + 1
	for s <= before && (st.norm(s) == "the" || st.norm(s) == "a" || st.norm(s) == "an" || st.norm(s) == "new" || st.norm(s) == "latest" || st.norm(s) == "official") {
		s++
	}
	head := -1
	for k := s; k <= before && k < s+5; k++ {
		if dataNouns[st.norm(k)] && !st.toks[k].Cap {
			head = k
			break
		}
	}
	if head < 0 {
		return speaker{}, 0, false
	}
	if head < before {
		// only the data's source may follow the head, or a participle
		// of publication with its time (`, a study published on
		// Wednesday found`)
		w := st.norm(head + 1)
		if published(w) && st.onlyTimeAfter(head+2, before+1) {
			w = "by"
		}
		if w != "from" && w != "by" && w != "of" {
			return speaker{}, 0, false
		}
		for k := head + 2; k <= before; k++ {
			if _, isCue := st.cueAt(k); isCue {
				return speaker{}, 0, false
			}
			if t, ok := st.tagged(si, k); ok && (t.UPOS == "AUX" || t.UPOS == "VERB" && !strings.HasSuffix(st.norm(k), "ing")) && !st.toks[k].Cap {
				// (a modifier in "-ing" the tagger calls a verb: "the
				// nursing council")
				return speaker{}, 0, false
			}
		}
	}
	spk := speaker{a: comma + 1, b: head + 1, ent: -1}
	if w := st.norm(comma + 1); w != "the" && w != "a" && w != "an" {
		spk.a = s
	}
	if head < before && published(st.norm(head+1)) {
		spk.b = before + 1 // the mention holds its time: "a study published on Wednesday"
	}
	for k := s; k <= before; k++ {
		if ei, eb, ok := st.entityStartingAt(k); ok && eb <= before+1 && st.doc.Entities[ei].Side != "" {
			spk.side = st.doc.Entities[ei].Side
			break
		}
	}
	return spk, comma, true
}

// evidenceCues are the cues whose subject may be data rather than a
// speaker.
var evidenceCues = map[string]bool{"find": true, "show": true, "suggest": true, "indicate": true, "reveal": true, "conclude": true, "estimate": true, "confirm": true}

// dataSubject reads a subject headed by a data noun that opens the clause
// [a, ca) of an evidence cue, with a reduced relative clause between it
// and the cue ("Figures released Thursday by the ministry showed"): the
// noun phrase up to its head speaks.
func (st *state) dataSubject(si, a, ca int) (speaker, bool) {
	s := a
	for k := a; k < ca && k < a+8; k++ {
		if st.norm(k) == "," {
			s = k + 1 // "On Monday, figures released ..."
			break
		}
	}
	for s < ca && (st.norm(s) == "the" || st.norm(s) == "a" || st.norm(s) == "an" || st.norm(s) == "new" || st.norm(s) == "latest") {
		s++
	}
	head := -1
	for k := s; k < ca && k < s+6; k++ {
		if !st.toks[k].Word && st.norm(k) != "'s" && st.norm(k) != "." {
			return speaker{}, false
		}
		if dataNouns[st.norm(k)] && (!st.toks[k].Cap || k == a) {
			head = k
			break
		}
	}
	if head < 0 || st.inQuote(head) {
		return speaker{}, false
	}
	// "an assessment from the National Disaster Agency released
	// Monday": the body whose data they are, named after "from", "by"
	// or "of", before the participle
	after := head + 1
	if w := st.norm(after); (w == "from" || w == "by" || w == "of") && after+1 < ca {
		k := after + 1
		for k < ca && k < after+10 && (st.toks[k].Cap || st.norm(k) == "'s" || st.norm(k) == "’s" || st.norm(k) == "of" || st.norm(k) == "the" || st.norm(k) == "and") {
			k++
		}
		if k > after+1 && st.toks[k-1].Cap {
			after = k
		}
	}
	// between the head and the cue: a participle and its adverbials, no
	// punctuation and no finite verb of its own
	if after < ca {
		p := st.norm(after)
		participle := strings.HasSuffix(p, "ed") || p == "released" || p == "published" || p == "seen" || p == "shown" || p == "made" || p == "taken"
		if !participle || ca-after > 9 {
			return speaker{}, false
		}
		for k := after + 1; k < ca; k++ {
			if !st.toks[k].Word && st.norm(k) != "." && st.norm(k) != "-" && st.norm(k) != "'s" {
				return speaker{}, false
			}
			if _, isCue := st.cueAt(k); isCue {
				return speaker{}, false
			}
		}
	}
	spk := speaker{a: s, b: head + 1, ent: -1}
	for k := s; k < ca; k++ {
		if ei, eb, ok := st.entityStartingAt(k); ok && eb <= ca && st.doc.Entities[ei].Side != "" {
			spk.side = st.doc.Entities[ei].Side
			if k <= head {
				spk.actor = st.doc.Entities[ei].Actor
			}
			break
		}
	}
	return spk, true
}

// withGerund reads "with X warning that C", "with officials saying C",
// "with Iran threatening to close the strait": a participle clause whose
// subject is named after "with" reports that subject's claim.
func (st *state) withGerund(si, a, b, ca, cb int, c cue) bool {
	e := ca
	for e > a && adverbials[st.norm(e-1)] {
		e--
	}
	if o := st.acronymBefore(a, e); o >= 0 {
		e = o // "with Sudan's army (SAF) accusing": the body before its acronym
	}
	var spk speaker
	if ei, ea, ok := st.entityEndingAt(e); ok && ea > a {
		spk = st.speakerFromEntity(ei, ea, e)
		if st.doc.Entities[ei].Kind != parallax.KindPerson {
			if np, ok := st.speakerNP(a, e); ok && np.a < ea {
				ea = np.a // "the Ukrainian army": the words before the body
			}
		}
		spk.a = ea
	} else if np, ok := st.speakerNP(a, e); ok {
		spk = np
	} else if q := st.norm(e - 1); e-1 > a && (q == "some" || q == "many" || q == "others" || q == "several" || q == "most") && st.norm(e-2) == "with" {
		spk = speaker{a: e - 1, b: e, ent: -1} // "with some telling reporters they approve"
	} else {
		return false
	}
	// "with X saying C and Y accusing Z of D": Y's clause is absolute too
	// ("... and the Kremlin insisting D": the article stands between)
	and := spk.a - 1
	if and > a && st.norm(and) == "the" {
		and--
	}
	coord := spk.a > a && st.coordinatedWith(a, and)
	w := spk.a - 1
	for k := 0; k < 6 && w > a && st.toks[w].Word && (st.toks[w].Cap || titleWords[st.norm(w)] || npModifiers[st.norm(w)] || st.norm(w) == "the" || st.norm(w) == "some" || st.norm(w) == "many") && st.norm(w) != "with"; k++ {
		w--
	}
	if (st.norm(w) != "with" || st.inQuote(w)) && !coord {
		return false
	}
	j := cb
	if c.lemma == "tell" {
		j = st.addressee(cb, b) // "telling VOA they agree"
	}
	switch n := st.norm(j); {
	case n == "that":
		j++
	case n == "to" && infinitiveCues[c.lemma]:
	case st.isOpenQuote(j), n == ":":
	case st.clauseFollows(si, ca, j), speechGerunds[c.lemma] && !c.clause && st.toks[j].Word:
	case c.lemma == "tell" && j > cb && (pronoun(st.norm(j)) || n == "we"):
	case st.accusedObject(c, j, b):
	case c.lemma == "demand" && st.toks[j].Word && !st.inQuote(j):
		// "with Kyiv demanding the return of the marines": a demand
		// names what is demanded, as the finite "demanded the return" does
	default:
		return false
	}
	st.addDraft(draft{cueA: ca, cueB: cb, contA: j, contB: st.clauseEnd(j, b), spk: spk, deny: c.deny})
	return true
}

// acronymBefore: the opening bracket of "(ACR)" ending at e, a short
// upper-case abbreviation a body's name is given in brackets, else -1.
func (st *state) acronymBefore(a, e int) int {
	if e-3 <= a || st.toks[e-1].Text != ")" || st.toks[e-3].Text != "(" {
		return -1
	}
	w := st.toks[e-2].Text
	upper := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			upper++
		}
	}
	if len(w) < 2 || len(w) > 8 || upper < 2 || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	return e - 3
}

// threatNouns are what a threat threatens when it is said without a
// clause ("threatened retaliation", "is threatening sanctions").
var threatNouns = map[string]bool{
	"retaliation": true, "reprisals": true, "reprisal": true, "revenge": true, "action": true, "sanctions": true,
	"war": true, "force": true, "strikes": true, "attacks": true, "consequences": true, "response": true,
	"measures": true, "violence": true, "escalation": true, "countermeasures": true, "boycott": true,
	"punishment": true, "lawsuits": true, "invasion": true,
}

// threatObject: the words after "threaten" at j name what is threatened
// within a few words ("threatened swift retaliation", "threatening
// military action against ...").
func (st *state) threatObject(j, b int) bool {
	if j < b && (st.isOpenQuote(j) || st.toks[j].Text == "'" || st.toks[j].Text == "‘") {
		j++ // "vows 'total war'": a headline quotes what is threatened
	}
	for k := j; k < b && k < j+4 && st.toks[k].Word; k++ {
		if threatNouns[st.norm(k)] {
			return true
		}
	}
	return false
}

// labelObject reads the object and label of a labelling verb at i-1:
// "calls the flooding in the south a national tragedy", "described the
// border dispute as a colonial leftover", "branded the strikes war
// crimes" is left out (no article to tell the two noun phrases apart).
// The thing labelled has no verb or punctuation; the label, opened by
// "a"/"an" (or "as"), ends the clause within a few words. It returns the
// token after the label.
// labelDeterminers open the noun phrase a label names.
var labelDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "his": true, "her": true}

func (st *state) labelObject(si, j, b int) (int, bool) {
	const labelObjectWords = 16 // "described the talks with the rebel delegation in the capital last week as productive"
	if e, ok := st.itLabel(si, j, b); ok {
		return e, true // "called it the largest attack of the war"
	}
	if w := st.norm(j); w == "a" || w == "an" || w == "as" || prepositions(w) || w == "it" || w == "off" || w == "up" || !st.toks[j].Word {
		return 0, false // "called a meeting", "called off", "called it quits"
	}
	for k := j; k < b && k < j+labelObjectWords; k++ {
		t := st.toks[k]
		if !t.Word && !(t.Norm == "'s" && k > j) || st.inQuote(k) {
			return 0, false
		}
		tk, tagged := st.tagged(si, k)
		if _, isCue := st.cueAt(k); isCue && k > j && !(tagged && tk.UPOS == "NOUN" && !st.toks[k].Cap) {
			// (a cue's word the tagger reads as a noun names the thing
			// labelled: "described the border dispute as ...")
			return 0, false
		}
		if tagged && (tk.UPOS == "VERB" || tk.UPOS == "AUX") && !(tk.UPOS == "VERB" && k > j && st.norm(k+1) == "of" && labelDeterminers[st.norm(k-1)]) {
			// (a noun the tagger calls a verb between a determiner and
			// "of" heads the object: "the wave of trials")
			return 0, false
		}
		w := t.Norm
		if k == j || w != "a" && w != "an" && w != "as" {
			continue
		}
		if w != "as" && k >= j+9 {
			return 0, false // "called X a Y" keeps a short object; "as" marks the label however long X is
		}
		l := k + 1
		if w == "as" && (st.norm(l) == "a" || st.norm(l) == "an") {
			l++
		}
		if timeHeads[st.norm(l)] || st.norm(l) == "few" || st.norm(l) == "lot" || st.norm(l) == "number" || st.norm(l) == "result" || st.norm(l) == "part" {
			return 0, false // "called the ambassador a day later"
		}
		e := l
		// "a war crime and a violation of the truce", "brutal and
		// unnecessary": a coordinated label, not a second predicate
		andLabel := func(e int) bool {
			if st.norm(e) != "and" {
				return false
			}
			if _, isCue := st.cueAt(e + 1); isCue {
				return false
			}
			tk, ok := st.tagged(si, e+1)
			return !ok || tk.UPOS != "VERB" && tk.UPOS != "AUX"
		}
		// (a possessive inside the label: "a purge of the president's
		// opponents")
		possessive := func(e int) bool { w := st.norm(e); return e > l && (w == "'s" || w == "’s") }
		for e < b && e < l+10 && (st.toks[e].Word || possessive(e)) && !prepositions(st.norm(e)) && (st.norm(e) != "and" || andLabel(e)) && st.norm(e) != "but" || e < b && e < l+10 && st.norm(e) == "of" {
			e++
		}
		if e > l && labelTailPreps[st.norm(e)] && st.toks[e+1].Word {
			// "labelled the violence a threat to the unity of the
			// country": a prepositional phrase that completes the label
			// and ends the clause
			f := e + 1
			for f < b && f < l+16 && st.toks[f].Word && st.norm(f) != "and" && st.norm(f) != "but" && !labelRelatives[st.norm(f)] {
				if tk, ok := st.tagged(si, f); ok && (tk.UPOS == "VERB" || tk.UPOS == "AUX") {
					break
				}
				if calendarWords[st.norm(f)] || timeHeads[st.norm(f)] || digits(st.toks[f].Text) {
					break // "a success on Monday": a time, not part of the label
				}
				f++
			}
			if f < b && (st.norm(f) == "." || st.norm(f) == ";" || st.norm(f) == "!") {
				e = f
			} else if f > e+2 && st.relativeToEnd(si, f, b) {
				// "an act of war against a town that lies inside its
				// borders": a relative clause on the phrase's noun runs
				// to the end of the sentence; the label ends before it
				return f, true
			}
		}

		if e > l && (st.norm(e) == "and" || st.norm(e) == "but") {
			// "called the vote a sham and said ...": a second predicate
			if _, isCue := st.cueAt(e + 1); isCue {
				return e, true
			}
			if tk, ok := st.tagged(si, e+1); ok && tk.UPOS == "VERB" {
				return e, true
			}
			return 0, false
		}
		if e == l || e < b && !(st.norm(e) == "." || st.norm(e) == "," || st.norm(e) == ";" || st.norm(e) == "!") {
			return 0, false
		}
		return e, true
	}
	return 0, false
}

// labelRelatives open a relative clause on a label's noun.
var labelRelatives = map[string]bool{"that": true, "which": true, "who": true, "where": true}

// relativeToEnd: a relative word at k opens a clause of at least two
// words and no cue of speech that runs to the end of the sentence ("that
// lies inside its borders."; the tagger may read its verb as a noun).
func (st *state) relativeToEnd(si, k, b int) bool {
	if !labelRelatives[st.norm(k)] {
		return false
	}
	for j := k + 1; j < b; j++ {
		if w := st.norm(j); w == "." || w == "!" {
			return j+1 >= b && j >= k+3
		}
		if !st.toks[j].Word && st.norm(j) != "," && st.norm(j) != "'s" || st.inQuote(j) {
			return false
		}
		if _, isCue := st.cueAt(j); isCue {
			return false
		}
	}
	return b >= k+3 // (the sentence's end, its stop left out)
}

// exampleOf: the entity at token i follows the subject's head and
// "including", "such as" or "like" after it ("Critics, including the
// opposition leader X, suggest"): an example of the group that speaks,
// not the speaker.
func (st *state) exampleOf(head parallax.Token, i int) bool {
	for k := i - 1; k >= 0 && st.toks[k].Start > head.Start && k >= i-8; k-- {
		switch st.norm(k) {
		case "including", "like", "among":
			return true
		case "as":
			if st.norm(k-1) == "such" {
				return true
			}
		}
	}
	return false
}

// personTitles head a possessed subject that is a person speaking for
// the possessor ("China's U.N. ambassador", "Hamas's spokesman"): the
// words flagged "possessed" in data/lexicon/titles.tsv.
var personTitles = titleSet("possessed")

// possessorTitle reads a subject that is a person named by the title a
// state or body possesses ("China's U.N. ambassador told", "Russia's
// foreign minister said"): the title speaks, for the possessor's side;
// its actor is the person last named with that title and side within
// eight sentences, if any.
func (st *state) possessorTitle(ei, i, eb int, head parallax.Token, ca int) (speaker, bool) {
	if st.norm(eb) != "'s" && st.norm(eb) != "'" {
		return speaker{}, false
	}
	side := st.doc.Entities[ei].Side
	if side == "" {
		return speaker{}, false
	}
	h := -1
	for k := eb + 1; k < ca && k <= eb+5; k++ {
		if st.toks[k].Start == head.Start {
			h = k
			break
		}
	}
	if h >= 0 && !st.lowerWord(h) {
		// a capitalised title is one flat name to the parse, headed by
		// its first word ("Finance Minister", "Deputy Secretary-General"):
		// its last word is the title's head
		for h+1 < ca && (st.toks[h+1].Word && st.toks[h+1].Cap || st.toks[h+1].Text == "-" && h+2 < ca && st.toks[h+2].Cap) {
			h++
		}
	}
	if h < 0 || !personTitles[st.norm(h)] || !st.lowerWord(h) && !st.capitalisedTitle(eb+1, h) {
		return speaker{}, false
	}
	if st.norm(h+1) == "," {
		// "Hezbollah's Deputy Secretary-General, Sheikh NAME, said": the
		// person apposed to the title speaks
		if ej, ejb, ok := st.entityStartingAt(h + 2); ok && ejb < ca && st.norm(ejb) == "," && st.doc.Entities[ej].Kind == parallax.KindPerson {
			return st.speakerFromEntity(ej, h+2, ejb), true
		}
	}
	spk := speaker{a: i, b: h + 1, ent: -1, side: side}
	// the actor stage resolved the title to the holder of the day
	// ("Hezbollah's leader", "Russia's foreign minister")
	for k := eb + 1; k <= h; k++ {
		if ej, ejb, ok := st.entityStartingAt(k); ok && ejb == h+1 {
			if e := st.doc.Entities[ej]; e.Kind == parallax.KindPerson && e.Actor != "" && e.Side == side {
				spk.actor = e.Actor
				return spk, true
			}
		}
	}
	si := st.sentOf[i]
	for ej, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || e.Side != side || e.Start >= st.toks[i].Start {
			continue
		}
		a, ok := st.tokenAt(e.Start)
		if !ok || si-st.sentOf[a] > 8 {
			continue
		}
		for k := a - 1; k >= 0 && k >= a-5 && (st.toks[k].Word || st.norm(k) == "."); k-- {
			if st.norm(k) == st.norm(h) {
				spk.actor = st.doc.Entities[ej].Actor
				break
			}
		}
	}
	return spk, true
}

// capitalisedTitle: the words from k to the title head h are capitalised
// title words with no name after them ("Ghana's Finance Minister said",
// "Kenya's Sports Cabinet Secretary told"), a title written as an office's
// name rather than before a person's.
func (st *state) capitalisedTitle(k, h int) bool {
	for j := k; j <= h; j++ {
		if st.toks[j].Text == "-" && j > k && j < h {
			continue // "Secretary-General"
		}
		if !st.toks[j].Word || !st.toks[j].Cap {
			return false
		}
	}
	return h+1 >= len(st.toks) || !st.toks[h+1].Word || !st.toks[h+1].Cap
}

// exampleAfter: token i of the clause opening at a stands in an
// insertion of examples (", including X,", ", such as X,", ", among them
// X,") after a group noun phrase.
func (st *state) exampleAfter(a, i int) bool {
	for k := i - 1; k > a && k >= i-8; k-- {
		switch st.norm(k) {
		case ",":
			return false
		case "including", "like", "among":
			return st.norm(k-1) == ","
		case "as":
			return st.norm(k-1) == "such" && st.norm(k-2) == ","
		}
	}
	return false
}

// bylineActors are the actors of people named only in a byline ("By
// Sarah Mitchell", "Reported by James Otieno" on a short line of its
// own, or "— VOA's X reported"): the reporter, never the antecedent of a
// pronoun that speaks in the story.
func (st *state) bylineActors() map[string]bool {
	byline := map[string]bool{}
	named := map[string]bool{}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || pronoun(e.Text) {
			continue
		}
		a, ok := st.tokenAt(e.Start)
		if !ok {
			continue
		}
		if st.bylineAt(a) {
			byline[e.Actor] = true
		} else {
			named[e.Actor] = true
		}
	}
	for k := range byline {
		if named[k] {
			delete(byline, k)
		}
	}
	return byline
}

// bylineAt: the name at token a follows "By", "Reported by", "Written
// by" or "Edited by" at the start of a line of at most eight words.
func (st *state) bylineAt(a int) bool {
	k := a - 1
	if st.norm(k) != "by" {
		return false
	}
	if !st.toks[k].Newline && k > 0 {
		switch st.norm(k - 1) {
		case "reported", "written", "edited", "compiled":
			k--
		default:
			return false
		}
	}
	if !st.toks[k].Newline && k > 0 {
		return false
	}
	n := 0
	for j := k; j < len(st.toks) && (j == k || !st.toks[j].Newline); j++ {
		if st.toks[j].Word {
			n++
		}
	}
	return n <= 8
}

// groupWithExamples reads a subject that is a group with an insertion of
// examples before the cue ending at end: "Critics, including Hungary's
// Viktor Orban, suggest", "Rights groups, such as Amnesty, say". The
// group speaks, with the side its own words name (none for "critics").
func (st *state) groupWithExamples(a, end int) (speaker, bool) {
	if end-1 <= a || st.norm(end-1) != "," {
		return speaker{}, false
	}
	for k := a + 1; k < end-1 && k < a+8; k++ {
		if st.norm(k) != "," {
			continue
		}
		if w := st.norm(k + 1); w != "including" && w != "like" && w != "among" && !(w == "such" && st.norm(k+2) == "as") {
			return speaker{}, false
		}
		for j := k + 1; j < end-1; j++ {
			if st.norm(j) == "," || st.inQuote(j) {
				return speaker{}, false // one insertion only, up to the cue
			}
		}
		return st.speakerNP(a, k)
	}
	return speaker{}, false
}

// ritualWords are the objects of "say" that make it a ritual, not a
// report ("said goodbye to the troops", "said their prayers").
var ritualWords = map[string]bool{
	"goodbye": true, "goodbyes": true, "farewell": true, "farewells": true, "prayer": true, "prayers": true,
	"grace": true, "hello": true, "mass": true, "amen": true, "vows": true, "rosary": true,
}

// ritualObject: the object of "say" at k, within its first three words,
// is a ritual word.
func (st *state) ritualObject(k, b int) bool {
	for j := k; j < b && j < k+3 && st.toks[j].Word; j++ {
		if ritualWords[st.norm(j)] {
			switch st.norm(j + 1) {
			case "would", "will", "were", "was", "are", "is", "had", "have", "has", "could", "should", "must", "can", "may", "might":
				return false // "said prayers would be held": a clause
			}
			return true
		}
	}
	return false
}

// clauseAfterAdverbial finds the reported clause after a short adverbial
// that follows the cue at ca ("said on Monday it would appeal", "said in
// a statement the border would close"): the first of the next few tokens
// that the parse makes the subject of a clause complement of the cue, or
// a subject pronoun right after a day or a noun. It returns the clause's
// first token.
func (st *state) clauseAfterAdverbial(si, ca, j, b int) (int, bool) {
	for k := j + 1; k < b && k < j+8 && (st.toks[k].Word || possessiveMark(st.norm(k))); k++ {
		if st.norm(k) == "that" {
			return k + 1, true
		}
		if _, isCue := st.cueAt(k); isCue && !st.modifyingParticiple(si, k) {
			if t, ok := st.tagged(si, k); !ok || t.UPOS != "NOUN" {
				return 0, false // (not "during two phone calls")
			}
		}
		if calendarWords[st.norm(k-1)] && k-1 > j && (st.clauseFollows(si, ca, k) || st.copulaClause(k)) {
			// "said on Sunday Russian forces had shelled ...", "told
			// local radio on Friday the suspects had been released",
			// whatever the parse made of the day
			return k, true
		}
		if t, idx, ok := st.parsed(si, k); ok && strings.HasPrefix(t.Rel, "nsubj") {
			if st.clauseFollows(si, ca, k) {
				// the subject's own determiners and modifiers before it
				for s := k - 1; s > j; s-- {
					if p, _, ok := st.parsed(si, s); !ok || p.Head != idx {
						break
					}
					k = s
				}
				return k, true
			}
			if !subjectPronouns[st.norm(k)] {
				continue
			}
			// a pronoun right after the day is the clause's subject even
			// where the parse hangs its verb elsewhere ("said on
			// Thursday it had captured the town")
		}
		switch st.norm(k) {
		case "it", "he", "she", "they", "we":
			if p := st.norm(k - 1); calendarWords[p] || statementNoun(p) || timeHeads[p] {
				return k, true
			}
		}
	}
	return st.thatAfterLongAdverbial(si, j, b)
}

// thatAfterLongAdverbial finds "that" after a longer adverbial of the
// occasion or the medium at j ("acknowledged in a written reply to a
// parliamentary question that", "said in a written response included in
// the report that"): up to 14 words of noun phrases, prepositions and
// participles, no finite verb, no conjunction; the "that" follows a noun
// and opens no relative clause (not "in the report that was released").
// It returns the clause's first token.
func (st *state) thatAfterLongAdverbial(si, j, b int) (int, bool) {
	for k := j + 1; k < b && k < j+14 && (st.toks[k].Word || possessiveMark(st.norm(k))); k++ {
		w := st.norm(k)
		switch w {
		case "and", "or", "but", "who", "which", "where", "when", "while", "if", "because", "as":
			return 0, false
		case "that":
			prev, next := st.tagAt(k-1), st.tagAt(k+1)
			if k-1 > j && (prev == "NOUN" || prev == "PROPN") && next != "VERB" && next != "AUX" {
				return k + 1, true
			}
			return 0, false
		}
		if t, ok := st.tagged(si, k); !ok || (t.UPOS == "VERB" || t.UPOS == "AUX") && t.XPOS != "VBN" && t.XPOS != "VBG" {
			return 0, false
		}
	}
	return 0, false
}

// modifyingParticiple: the cue form at k is a participle or adjective
// between a determiner and a noun ("in a written reply", "in a recorded
// message"), no verb of its own.
func (st *state) modifyingParticiple(si, k int) bool {
	switch st.norm(k - 1) {
	case "a", "an", "the", "his", "her", "its", "their", "our":
	default:
		return false
	}
	t, ok := st.tagged(si, k)
	if !ok || t.UPOS != "ADJ" && t.XPOS != "VBN" {
		return false
	}
	return st.tagAt(k+1) == "NOUN"
}

// possessiveMark: the possessive clitic ("First Minister's Questions").
func possessiveMark(w string) bool { return w == "'s" || w == "’s" }

var subjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// titleInsertion reads back from the comma at c over a title set off
// before a name (`“Q,” the World Food Programme's country director,
// Jean-Martin Bauer, told reporters`): a noun phrase of at most ten
// tokens with a title or speaker noun and no verb, after a comma or a
// closing quotation mark. It returns that comma or mark.
func (st *state) titleInsertion(c int) (int, bool) {
	title := false
	for k := c - 1; k >= 0 && k >= c-10; k-- {
		t := st.toks[k]
		if t.Text == "," || st.isCloseQuote(k) {
			return k, title && k < c-1
		}
		if !t.Word && t.Text != "'s" && t.Text != "'" && t.Text != "." && t.Text != "-" {
			return 0, false
		}
		if _, isCue := st.cueAt(k); isCue && !t.Cap {
			return 0, false
		}
		if titleWords[t.Norm] || speakerNouns[t.Norm] {
			title = true
		}
	}
	return 0, false
}

// appositionOwner: the body speaker s closes an apposition set off after
// a person (", former chairman of the House Foreign Affairs Committee,"
// or ", a spokesman for the army,"): the person, with the body's side
// when they have none, unless the apposition names a past office.
func (st *state) appositionOwner(s speaker, a int) (speaker, bool) {
	if st.norm(s.b) != "," {
		return speaker{}, false
	}
	title := false
	for k := s.a - 1; k > a && k >= s.a-10; k-- {
		w := st.norm(k)
		if w == "," {
			ei, ea, ok := st.entityEndingAt(k)
			if !ok || !title || st.doc.Entities[ei].Kind != parallax.KindPerson || pronoun(st.doc.Entities[ei].Text) {
				return speaker{}, false
			}
			p := st.speakerFromEntity(ei, ea, k)
			if p.side == "" && !st.formerIn(k, s.a) {
				p.side = s.side
			}
			return p, true
		}
		if !st.toks[k].Word && w != "'s" && w != "." {
			return speaker{}, false
		}
		if _, isCue := st.cueAt(k); isCue && !st.toks[k].Cap {
			return speaker{}, false
		}
		if titleWords[w] || speakerNouns[w] || nonPartyRoles[w] {
			title = true
		}
	}
	return speaker{}, false
}

// barePronoun reads a subject pronoun ("He added that ...") that the
// actor stage left unresolved, right before the cue and opening its
// clause: it stands for the speaker of the claim just before, within two
// sentences, and takes that speaker's actor and side ("“Peace is
// possible,” Ruto said. He added that ..."); with no such claim it names
// no one.
func (st *state) barePronoun(a, end int) (speaker, bool) {
	p := end - 1
	if p < a || !pronoun(st.toks[p].Text) || st.norm(p) == "it" || st.inQuote(p) {
		return speaker{}, false
	}
	if p > a && st.norm(p-1) != "," && st.norm(p-1) != "but" && st.norm(p-1) != "and" {
		return speaker{}, false
	}
	if len(st.drafts) == 0 {
		return speaker{}, false
	}
	d := st.drafts[len(st.drafts)-1]
	if d.spk.a < 0 || st.sentOf[p]-st.sentOf[d.cueA] > 2 || st.sentOf[p] < st.sentOf[d.cueA] {
		return speaker{}, false
	}
	// a person before stands for "he"/"she", a group or body for "they"
	head := st.norm(d.spk.b - 1)
	// (or the same "he" or "she", where no one was resolved: `"...," he
	// said. He said his brothers were among the dead`, after a person
	// named by a noun a sentence before)
	person := d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson ||
		d.spk.ent < 0 && (personTitles[head] || personNouns[head] || st.personRelative(d.spk.b)) ||
		st.roleFor(d.spk.a) ||
		d.spk.b == d.spk.a+1 && head == st.norm(p) && (head == "he" || head == "she")
	group := d.spk.ent < 0 && strings.HasSuffix(head, "s") && speakerNouns[head]
	if st.norm(p) == "they" && !group || st.norm(p) != "they" && !person {
		return speaker{}, false
	}
	return speaker{a: p, b: p + 1, ent: -1, actor: d.spk.actor, side: d.spk.side}, true
}

// roleFor: the speaker starting at token a is the body after a singular
// role noun and its "for" or "of" ("A spokesman for the Ethiopian
// National Defence Force said", read as the body): one person spoke, whom
// a "he" or "she" after may take up.
func (st *state) roleFor(a int) bool {
	k := a - 1
	if w := st.norm(k); w == "the" || w == "a" || w == "an" {
		k--
	}
	if w := st.norm(k); w != "for" && w != "of" {
		return false
	}
	return k >= 1 && roleNouns[st.norm(k-1)] && !strings.HasSuffix(st.norm(k-1), "s")
}

// personNouns head an unnamed speaker who is one person ("the resident",
// "a witness"), whom "he" or "she" takes up.
var personNouns = map[string]bool{
	"resident": true, "witness": true, "analyst": true, "expert": true, "doctor": true, "lawyer": true,
	"judge": true, "prosecutor": true, "soldier": true, "survivor": true, "governor": true, "mayor": true,
	"farmer": true, "mother": true, "father": true, "refugee": true, "teacher": true, "owner": true,
	"vigilante": true, "villager": true, "trader": true, "shopkeeper": true, "nurse": true, "medic": true,
	"paramedic": true, "physician": true, "surgeon": true, "student": true, "driver": true, "fisherman": true,
	"herder": true, "elder": true, "widow": true, "neighbour": true, "neighbor": true, "eyewitness": true,
	"rescuer": true, "volunteer": true, "activist": true, "pastor": true, "imam": true, "priest": true,
	"man": true, "woman": true, "brother": true, "sister": true, "son": true, "daughter": true,
	"husband": true, "wife": true, "journalist": true, "reporter": true, "photographer": true, "pilot": true,
	// one unnamed insider of a force or an office ("A source in the army
	// said C. He said D.", "an officer at the base", "a senior official")
	"officer": true, "official": true, "source": true, "commander": true, "diplomat": true, "fighter": true,
	"militant": true, "rebel": true, "guard": true, "policeman": true, "policewoman": true, "worker": true,
	"employee": true, "insider": true, "negotiator": true, "engineer": true, "civilian": true, "aide": true,
}

// personRelative: the unnamed speaker ending before token b goes on with
// "who" ("a vigilante who was wounded in the leg", "the trader, who
// asked not to be named"), which only a person takes.
func (st *state) personRelative(b int) bool {
	if st.norm(b) == "," {
		b++
	}
	return b < len(st.toks) && st.norm(b) == "who"
}

// titleModifier: the lower-case word at k can stand in a title before a
// name ("camp manager", "disaster management department spokesperson",
// "regional police commander"): a speaker noun or modifier, or a noun or
// adjective by the parse.
func (st *state) titleModifier(si, k int) bool {
	w := st.norm(k)
	if speakerNouns[w] || npModifiers[w] {
		return true
	}
	if _, isCue := st.cueAt(k); isCue {
		return false
	}
	if t, ok := st.tagged(si, k); ok {
		return t.UPOS == "NOUN" || t.UPOS == "ADJ"
	}
	return false
}

// numberComma: the comma at k separates the thousands of a number
// ("40,000"), not two phrases.
func (st *state) numberComma(k int) bool {
	if k <= 0 || k+1 >= len(st.toks) || st.toks[k].Text != "," {
		return false
	}
	p, n := st.toks[k-1], st.toks[k+1]
	digit := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
	return p.End == st.toks[k].Start && n.Start == st.toks[k].End && digit(p.Text) && digit(n.Text)
}

// quantifierStart: the preposition at k opens a number ("at least 40,000
// people", "about 300 soldiers", "over 1,000 homes"), which starts what is
// claimed rather than an adverbial after the cue.
func (st *state) quantifierStart(k int) bool {
	j := k + 1
	if st.norm(k) == "at" || st.norm(k) == "up" {
		switch st.norm(j) {
		case "least", "most", "to":
			j++
		default:
			return false
		}
	}
	t := st.norm(j)
	return t != "" && t[0] >= '0' && t[0] <= '9' || numberWords[t] && j > k+1 // ("at least five houses and a shed")
}

// headBeforePP: the subject's head is a common noun before a
// prepositional phrase that holds the entity at i ("The health ministry
// in Khartoum says", "Protesters in Tbilisi described"): the noun phrase
// of the head speaks, not the place. An official body takes the side of
// the state its place belongs to; other speakers none.
func (st *state) headBeforePP(head parallax.Token, a, i, ei int) (speaker, bool) {
	if !st.inPP(i, a) || st.doc.Entities[ei].Kind == parallax.KindPerson {
		return speaker{}, false // "army chief of staff John Doe": the person speaks
	}
	p := i - 1
	// "residents of eastern Khartoum", "officials in the northern
	// city of": the place's own determiner and modifiers
	for k := 0; k < 2 && p > a && st.lowerWord(p) && !prepositions(st.norm(p)) && !speakerNouns[st.norm(p)]; k++ {
		p--
	}
	if st.norm(p) == "the" {
		p--
	}
	h := -1
	for k := i - 1; k >= a; k-- {
		if st.toks[k].Start == head.Start {
			h = k
			break
		}
	}
	if h < 0 || h != p-1 || !(st.lowerWord(h) || h == a) || !speakerNouns[st.norm(h)] || !placePrep(st.norm(p), st.norm(h)) {
		return speaker{}, false
	}
	np, ok := st.speakerNP(a, h+1)
	if !ok {
		return speaker{}, false
	}
	if e := st.doc.Entities[ei]; np.side == "" && (unnamedHeads[st.norm(h)] && stateKind(e.Kind) || e.Kind == parallax.KindGovernment || e.Kind == parallax.KindMilitary) {
		np.side = e.Side // "sources in the Thai government"
	}
	return np, true
}

// headOverModifier: the subject's head is a lower-case speaker noun
// before the entity at token i (entity ei), which only modifies it
// through a preposition or a participle ("Polls conducted since Labor
// Day suggest", "Emails released by WikiLeaks show", "The lawsuit, filed
// in U.S. District Court, alleges", "Sources in Batibo told", "lawyers
// for the Justice Department argued"): the head speaks, and the body it
// acts for ("lawyers for the ministry") lends it its side. The
// conventions' other readings stay: an author after "by" ("a review by
// the State Department said"), people of a body ("experts at the
// institute") and spokespeople or officials of a body speak as the body;
// a person's aides as the person's.
func (st *state) headOverModifier(head parallax.Token, a, i, ei int) (speaker, bool) {
	h := -1
	for k := a; k < i; k++ {
		if st.toks[k].Start == head.Start {
			h = k
			break
		}
	}
	if h < 0 || !speakerNouns[st.norm(h)] {
		// a parse that made the name the subject ("Polls conducted since
		// Labor Day suggest"): the first noun phrase of the clause, up to
		// its head, before the name's modifier
		h = -1
		for k := a; k < i && k < a+4 && (st.lowerWord(k) || k == a && st.toks[k].Word) && (k == a || st.tagAt(k) != "VERB") && !prepositions(st.norm(k)); k++ {
			if speakerNouns[st.norm(k)] && (k+1 == i || !speakerNouns[st.norm(k+1)]) {
				h = k
				break
			}
		}
	}
	for k := a; k < h; k++ {
		if st.tagAt(k) == "VERB" || st.tagAt(k) == "AUX" || !st.toks[k].Word {
			return speaker{}, false // the head of a later clause ("He said the rebels ...")
		}
	}
	if h < 0 || !(st.lowerWord(h) || h == a) || !speakerNouns[st.norm(h)] || unnamedHeads[st.norm(h)] || roleNouns[st.norm(h)] {
		return speaker{}, false
	}
	if titleWords[st.norm(h)] {
		return speaker{}, false // "Secretary of State NAME", "Leader of the Opposition NAME"
	}
	// the modifier opens right after the head (or its comma): a
	// preposition or a participle, with no other verb before the name
	l := h + 1
	if st.norm(l) == "," {
		l++
	}
	if w := st.norm(l); l >= i || w == "known" || w == "called" || w == "named" || !prepositions(w) && !(st.lowerWord(l) && (st.tagAt(l) == "VERB" || strings.HasSuffix(w, "ed"))) {
		return speaker{}, false // ("The aid group, known by its acronym MSF,": the name is the head's)
	}
	for k := l + 1; k < i; k++ {
		if st.tagAt(k) == "VERB" || st.tagAt(k) == "AUX" {
			return speaker{}, false // "Families in Gaza City buried ..."
		}
	}
	by := i - 1
	if st.norm(by) == "the" {
		by--
	}
	if st.norm(by) == "by" && st.tagAt(by-1) != "VERB" {
		return speaker{}, false // "A review of press freedom by the State Department said": the author
	}
	switch e := st.doc.Entities[ei]; {
	case e.Kind == parallax.KindPerson:
		return speaker{}, false // "Aides to Prime Minister NAME say": the person's entourage, as read elsewhere
	case paperNouns[st.norm(h)], e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation:
	case st.norm(l) == "for":
	default:
		// people of a body speak for it by the conventions ("Experts at
		// the Congo Research Group said", "rebels of the CSP said")
		return speaker{}, false
	}
	np, ok := st.speakerNP(a, h+1)
	if !ok {
		return speaker{}, false
	}
	np.actor, np.side = "", ""
	if st.norm(l) == "for" && by == l && stateKind(st.doc.Entities[ei].Kind) {
		np.side = st.doc.Entities[ei].Side // "lawyers for the Justice Department"
	}
	return np, true
}

// paperNouns are written sources: whoever wrote, released or holds
// them, the paper is what the text cites ("Emails released by WikiLeaks
// show", "A report by the GAO found").
var paperNouns = map[string]bool{
	"report": true, "reports": true, "memo": true, "memos": true, "email": true, "emails": true,
	"filing": true, "filings": true, "lawsuit": true, "complaint": true, "documents": true,
	"study": true, "survey": true, "surveys": true, "poll": true, "polls": true, "analysis": true, "review": true,
	"transcript": true, "readout": true, "indictment": true,
}

// placePrep: the preposition p after the speaker noun head places the
// speaker ("ministry in Khartoum", "residents of Goma"), rather than
// naming whom they speak for ("a spokesperson for the ministry") or the
// author ("a report by the State Department").
func placePrep(p, head string) bool {
	switch p {
	case "in", "at", "near", "inside", "outside", "across", "around", "throughout":
		return true
	case "of":
		switch head {
		case "residents", "resident", "people", "villagers", "citizens", "inhabitants":
			return true
		}
	}
	return false
}

// headBeforePlace: the capitalised noun phrase s read before the cue
// stands in a prepositional phrase after a speaker noun ("The health
// ministry in Khartoum says", "Protesters in Tbilisi say"): the speaker
// noun's phrase speaks; an official body with the side of the state the
// phrase names, when it names one.
func (st *state) headBeforePlace(s speaker, a int) (speaker, bool) {
	p := s.a - 1
	if st.norm(p) == "the" {
		p--
	}
	if p <= a || !placePrep(st.norm(p), st.norm(p-1)) || !(st.lowerWord(p-1) || p-1 == a) || !speakerNouns[st.norm(p-1)] {
		return speaker{}, false
	}
	np, ok := st.speakerNP(a, p)
	if !ok {
		return speaker{}, false
	}
	if np.side == "" && unnamedHeads[st.norm(p-1)] {
		np.side = s.side
		for k := s.a; k < s.b && np.side == ""; k++ {
			if ei, eb, ok := st.entityStartingAt(k); ok && eb <= s.b && stateKind(st.doc.Entities[ei].Kind) {
				np.side = st.doc.Entities[ei].Side
			}
		}
	}
	return np, true
}

// npBeforeRelative reads an unnamed speaker whose relative clause is set
// off before the cue ending at end: "a survivor, who asked not to be
// named, told the AP", "the official, whose name was withheld, said".
func (st *state) npBeforeRelative(a, end int) (speaker, bool) {
	if end-1 <= a || st.norm(end-1) != "," {
		return speaker{}, false
	}
	for k := end - 2; k > a && k >= end-14; k-- {
		if st.norm(k) != "," {
			continue
		}
		if w := st.norm(k + 1); w != "who" && w != "whose" && w != "which" {
			return speaker{}, false
		}
		return st.speakerNP(a, k)
	}
	return speaker{}, false
}

// claimNouns name something said, which an apposition after a clause
// takes up (", a claim the army denies").
var claimNouns = map[string]bool{
	"claim": true, "accusation": true, "allegation": true, "charge": true, "assertion": true,
	"figure": true, "version": true, "account": true, "assessment": true, "estimate": true,
}

// possessorBefore: tokens [a, b) are an entity with a side, its
// possessive mark and at most two lower-case modifiers ("Pakistan's
// election" before "commission"); the entity, else -1.
func (st *state) possessorBefore(a, b int) int {
	ei, eb, ok := st.entityStartingAt(a)
	if !ok || st.doc.Entities[ei].Side == "" || eb >= b || (st.norm(eb) != "'s" && st.norm(eb) != "’s") {
		return -1
	}
	if b-(eb+1) > 2 {
		return -1
	}
	for k := eb + 1; k < b; k++ {
		if !st.toks[k].Word || st.toks[k].Cap {
			return -1
		}
	}
	return ei
}

// pluralClaimNouns: claimNouns in the plural, which take up the clause
// before them without an article (", charges the army denied").
var pluralClaimNouns = map[string]bool{
	"claims": true, "accusations": true, "allegations": true, "charges": true, "assertions": true,
	"figures": true, "accounts": true, "estimates": true,
}

// perfectAux stand between a relative clause's speaker and its cue
// ("which the army has denied").
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

// possessedEntity: after a possessor ending at eb ("Sudan's"), a second
// entity within a few words holds the subject's head ("Sudan's
// paramilitary Rapid Support Forces denied"): that entity speaks.
func (st *state) possessedEntity(eb int, head parallax.Token, ca int) (speaker, bool) {
	if st.norm(eb) != "'s" && st.norm(eb) != "'" {
		return speaker{}, false
	}
	for k := eb + 1; k < ca && k <= eb+3; k++ {
		ej, ejb, ok := st.entityStartingAt(k)
		if !ok || ejb > ca {
			continue
		}
		if st.toks[k].Start <= head.Start && head.End <= st.toks[ejb-1].End {
			return st.speakerFromEntity(ej, k, ejb), true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// raisedParticiples report someone's words through a passive that
// raises the speaker to subject ("was quoted as saying", "is reported
// to have said").
var raisedParticiples = map[string]bool{
	"quoted": true, "cited": true, "reported": true, "understood": true, "heard": true, "said": true,
}

// raisedSpeaker reads "X was quoted (by Y) as saying C" and "X is
// reported to have said C" at the cue ca: the passive's subject X is the
// speaker. It returns the speaker and whether the pattern holds.
func (st *state) raisedSpeaker(si, a, ca int) (speaker, bool) {
	if x, ok := st.quotedObject(a, ca-1); ok {
		return x, true
	}
	k := ca - 1
	switch {
	case st.norm(k) == "as":
		k--
	case st.norm(k) == "have" && st.norm(k-1) == "to":
		k -= 2
	default:
		return speaker{}, false
	}
	// an agent after the participle ("cited by TASS as saying")
	for j := k; j > a && j >= k-6; j-- {
		if st.norm(j) == "by" && raisedParticiples[st.norm(j-1)] {
			k = j - 1
			break
		}
	}
	if !raisedParticiples[st.norm(k)] {
		return speaker{}, false
	}
	aux := k - 1
	for aux > a && adverbials[st.norm(aux)] && !passiveAux[st.norm(aux)] {
		aux--
	}
	if !passiveAux[st.norm(aux)] {
		return speaker{}, false
	}
	if st.norm(aux) == "been" && (st.norm(aux-1) == "has" || st.norm(aux-1) == "have") {
		aux--
	}
	if ei, ea, ok := st.entityEndingAt(aux); ok && ea >= a {
		return st.speakerFromEntity(ei, ea, aux), true
	}
	if np, ok := st.speakerNP(a, aux); ok {
		return np, true
	}
	if x, ok := st.beforeInsertion(a, aux); ok {
		return x, true // "an Indian official, speaking on condition of anonymity, was quoted as saying"
	}
	if aux-1 >= a && pronoun(st.toks[aux-1].Text) {
		return speaker{a: aux - 1, b: aux, ent: -1}, true
	}
	return speaker{}, false
}

// quotedObject reads the active "Y quoted X as saying C" ("state media
// quoted an informed source as saying", "the agency cited the governor
// as saying"), with "as" at token as: the object X, whom Y relays, is the
// speaker.
func (st *state) quotedObject(a, as int) (speaker, bool) {
	if st.norm(as) != "as" || st.inQuote(as) {
		return speaker{}, false
	}
	for j := as - 1; j > a && j >= as-8; j-- {
		w := st.norm(j)
		if w != "quoted" && w != "quotes" && w != "cited" && w != "cites" {
			continue
		}
		if passiveAux[st.norm(j-1)] || j+1 >= as {
			return speaker{}, false // "was quoted as saying": raisedSpeaker's passive
		}
		for _, d := range st.drafts {
			if d.cueA == j {
				return speaker{}, false // "cited" read as the relay's own claim already: one report, one claim
			}
		}
		if ei, eb, ok := st.entityStartingAt(j + 1); ok && eb == as {
			return st.speakerFromEntity(ei, j+1, eb), true
		}
		if np, ok := st.speakerNP(j+1, as); ok {
			return np, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// misreadTitle: the person mention at token j (after an inverted cue)
// does not end the attribution but runs on into title words and
// another name ("Kordavia Power spokesman Eduardo Garza",
// "Velmora's deputy mayor Anton Piskarev").
func (st *state) misreadTitle(j, b int) bool {
	ei, eb, ok := st.entityStartingAt(j)
	if !ok {
		return true
	}
	if st.doc.Entities[ei].Kind != parallax.KindPerson {
		return false
	}
	return eb < b && !st.endsClause(eb, b) && st.norm(eb) != ","
}

// bareSpeakers reads an inverted speaker without a determiner: a few
// lower-case modifiers and a plural speaker noun (", say analysts", ",
// said local officials"), maybe with a short phrase of its own (",
// said leaders of both towns", ", said residents who fled"). It
// returns the speaker and the token after the phrase, where the clause
// must end.
func (st *state) bareSpeakers(si, j, b int) (speaker, int, bool) {
	k := j
	for k < b && k < j+3 && st.lowerWord(k) && !speakerNouns[st.norm(k)] {
		if t, ok := st.tagged(si, k); ok && t.UPOS != "ADJ" && t.UPOS != "NOUN" {
			return speaker{}, 0, false
		}
		k++
	}
	w := st.norm(k)
	if k >= b || !st.lowerWord(k) || !speakerNouns[w] || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return speaker{}, 0, false
	}
	spk := speaker{a: j, b: k + 1, ent: -1}
	e := k + 1
	if st.norm(e) == "who" || st.norm(e) == "of" || st.norm(e) == "from" || st.norm(e) == "in" || st.norm(e) == "close" || st.norm(e) == "familiar" {
		p := e + 1
		for p < b && p < e+7 && st.toks[p].Word && st.norm(p) != "that" {
			p++
		}
		if p < b && st.toks[p].Word {
			return speaker{}, 0, false
		}
		e = p
	}
	return spk, e, true
}

// labelTailPreps open a phrase that may complete a label ("a threat to
// the unity of the country", "an attack on civilians").
var labelTailPreps = map[string]bool{"to": true, "on": true, "against": true, "for": true, "from": true, "with": true, "in": true}

// beforeInsertion reads the subject of a raised cue whose auxiliary at
// aux follows an insertion set off by commas (", speaking on condition
// of anonymity,"): the noun phrase before the insertion, from the
// clause's start or the comma before it, cut before a phrase of place
// ("an Indian official in occupied Kashmir").
func (st *state) beforeInsertion(a, aux int) (speaker, bool) {
	if aux-1 <= a || st.norm(aux-1) != "," {
		return speaker{}, false
	}
	open := -1
	for j := aux - 2; j > a && j >= aux-12; j-- {
		if st.norm(j) == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return speaker{}, false
	}
	start := a
	for j := open - 1; j > a; j-- {
		if st.norm(j) == "," {
			start = j + 1
			break
		}
	}
	if ei, ea, ok := st.entityEndingAt(open); ok && ea >= start {
		return st.speakerFromEntity(ei, ea, open), true
	}
	end := open
	for j := start + 1; j < open; j++ {
		if w := st.norm(j); st.lowerWord(j) && (w == "in" || w == "from" || w == "at") {
			end = j
			break
		}
	}
	return st.speakerNP(start, end)
}

// attributiveParticiple: the verb form at e, tagged tk, is a participle
// that modifies the noun right after it ("the largest combined attack",
// "a coordinated assault"), not a verb of its own.
func (st *state) attributiveParticiple(si, e int, tk parallax.Token) bool {
	if tk.XPOS != "VBN" && tk.XPOS != "VBG" {
		return false
	}
	next, ok := st.tagged(si, e+1)
	return ok && (next.UPOS == "NOUN" || next.UPOS == "PROPN" || next.UPOS == "ADJ")
}

// itLabel: a label given to "it", what the text told just before, after
// a labelling verb at j-1 ("called it the largest drone attack of the
// war", "called it a war crime"): "it" and an article, then words up to
// the clause's end with no verb of their own. "called it a day" and
// "called it quits" label nothing. It returns the token after the label.
func (st *state) itLabel(si, j, b int) (int, bool) {
	if st.norm(j) != "it" {
		return 0, false
	}
	if w := st.norm(j + 1); w != "a" && w != "an" && w != "the" || timeHeads[st.norm(j+2)] {
		return 0, false
	}
	e := j + 2
	for e < b && e < j+16 && (st.toks[e].Word || st.norm(e) == "-" || st.norm(e) == "'s") {
		if tk, ok := st.tagged(si, e); ok && (tk.UPOS == "VERB" || tk.UPOS == "AUX") && e > j+2 && !st.attributiveParticiple(si, e, tk) {
			return 0, false
		}
		e++
	}
	if e == j+2 || e < b && st.norm(e) != "." && st.norm(e) != "," && st.norm(e) != ";" {
		return 0, false
	}
	return e, true
}

// onlyTimeAfter: tokens [j, e) are empty or a short phrase of time ("on
// Wednesday", "last week", "this month", "in March").
func (st *state) onlyTimeAfter(j, e int) bool {
	if j >= e {
		return true
	}
	if e-j > 4 {
		return false
	}
	for k := j; k < e; k++ {
		w := st.norm(k)
		if !(calendarWords[w] || timeHeads[w] || w == "on" || w == "in" || w == "last" || w == "this" || w == "earlier" || w == "late" || w == "early" || digits(st.toks[k].Text)) {
			return false
		}
	}
	return true
}

// published: participles of publication after a paper's noun.
func published(w string) bool { return w == "published" || w == "released" || w == "issued" }
