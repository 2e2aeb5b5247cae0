package claim

import parallax "github.com/parallaxhq/parallax"

// Claims stated through a noun of opinion rather than a reporting verb:
// "In the view of X, C", "In X's view, C", "In her view, C" and "X's
// position is that C". Analysis pieces and wires paraphrase a party's
// stance this way without "said"; the noun names whose view it is.

// viewNouns name a held and stated view ("in his view", "in the
// assessment of").
var viewNouns = map[string]bool{
	"view": true, "opinion": true, "assessment": true, "estimation": true, "judgment": true, "judgement": true,
	// a party's version of events ("In his telling, C", "In Kyiv's
	// account, C"); only before the comma, so "in his account of the
	// battle" is no source
	"telling": true, "account": true, "version": true, "reading": true,
}

// positionNouns name a party's stated stance ("Israel's position is that
// C", "the ministry's argument was that C").
var positionNouns = map[string]bool{
	"position": true, "stance": true, "view": true, "contention": true, "argument": true, "line": true,
	"assessment": true, "insistence": true, "claim": true, "assertion": true, "belief": true,
}

// hearsayNouns name a statement whose owner "the" leaves unsaid ("the
// claim was that C").
var hearsayNouns = map[string]bool{"claim": true, "allegation": true, "accusation": true, "rumour": true, "rumor": true}

// inView handles an opening "In the view of X, C", "In X's view, C" and
// "In her view, C" at token i of sentence [a, b); it reports whether it
// read one.
func (st *state) inView(si, a, b, i int) bool {
	if st.norm(i) != "in" || st.inQuote(i) {
		return false
	}
	if st.norm(i+1) == "the" && viewNouns[st.norm(i+2)] && st.norm(i+3) == "of" {
		st.sourcePhrase(si, a, b, i, 4) // "in the view of the prosecutor, C"
		return true
	}
	var spk speaker
	k := i + 1
	switch {
	case possessiveDet[st.norm(k)] && st.norm(k) != "our" && st.norm(k) != "its":
		// "In her view, C": the pronoun stands for the last speaker, a
		// person named in the sentences just before
		switch {
		case st.lastSpk.actor != "" && st.sentOf[i]-st.lastSent <= 2:
			spk = speaker{a: k, b: k + 1, ent: -1, actor: st.lastSpk.actor, side: st.lastSpk.side}
		case st.norm(k) == "his" || st.norm(k) == "her":
			// "NAME has spent the week defending the raid. In his
			// telling, C": no one spoke just before, but the person
			// named last in this sentence or the one before is meant
			ei := st.personBefore(k)
			if ei < 0 {
				return false
			}
			e := st.doc.Entities[ei]
			spk = speaker{a: k, b: k + 1, ent: -1, actor: e.Actor, side: e.Side}
		default:
			return false
		}
		k++
	default:
		if st.norm(k) == "the" {
			k++ // "In the Kremlin's view"
		}
		ei, eb, ok := st.entityStartingAt(k)
		if !ok {
			// "In Moscow's view": a capital the actor stage left a
			// place speaks for its state's government
			if side, cok := st.capitalAt(k); cok && (st.norm(k+1) == "'s" || st.norm(k+1) == "’s") {
				spk = speaker{a: k, b: k + 1, ent: -1, side: side}
				k += 2
				break
			}
			return false
		}
		if eb >= b || (st.norm(eb) != "'s" && st.norm(eb) != "’s" && st.norm(eb) != "'") {
			return false
		}
		spk = st.speakerFromEntity(ei, k, eb)
		k = eb + 1
	}
	if !viewNouns[st.norm(k)] || st.norm(k+1) != "," {
		return false
	}
	end := st.clauseEnd(k+2, b)
	st.addDraft(draft{cueA: i, cueB: k + 1, contA: k + 2, contB: end, spk: spk})
	return true
}

// positionIs handles "X's position is that C" with the noun at token i:
// the possessor states C. It reports whether it read one.
func (st *state) positionIs(si, a, b, i int) bool {
	if !positionNouns[st.norm(i)] && !hearsayNouns[st.norm(i)] || st.inQuote(i) || i-1 < a {
		return false
	}
	j := i + 1
	switch st.norm(j) {
	case "is", "was", "remains", "remained":
		j++
	case "has", "had":
		j++
		for j < b && j < i+5 && (adverbials[st.norm(j)] || st.norm(j) == "long" || st.norm(j) == "always") && st.norm(j) != "been" {
			j++ // "has long been that"
		}
		if st.norm(j) != "been" {
			return false
		}
		j++
	default:
		return false
	}
	for j < b && adverbials[st.norm(j)] {
		j++ // "is still that", "has long been that"
	}
	if st.norm(j) == "long" || st.norm(j) == "always" {
		j++
	}
	if st.norm(j) != "that" {
		return false
	}
	p := st.norm(i - 1)
	if p == "the" && hearsayNouns[st.norm(i)] {
		// "the claim was that C": a claim the text gives no owner
		st.addDraft(draft{cueA: i, cueB: i + 1, contA: j + 1, contB: st.clauseEnd(j+1, b), spk: speaker{a: -1, ent: -1}, agentless: true})
		return true
	}
	if p != "'s" && p != "’s" && p != "'" || i-2 < a {
		return false
	}
	var spk speaker
	if ei, ea, ok := st.entityEndingAt(i - 1); ok && ea >= a {
		spk = st.speakerFromEntity(ei, ea, i-1)
	} else if np, ok := st.speakerNP(a, i-1); ok {
		spk = np
	} else {
		return false
	}
	st.addDraft(draft{cueA: i, cueB: i + 1, contA: j + 1, contB: st.clauseEnd(j+1, b), spk: spk})
	return true
}

// asSaidCues may open an "As X said, C" clause.
var asSaidCues = map[string]bool{
	"say": true, "tell": true, "note": true, "write": true, "report": true, "explain": true, "point out": true,
	"argue": true, "insist": true, "observe": true, "remark": true, "add": true, "stress": true,
	"acknowledge": true, "admit": true, "recall": true, "warn": true, "put": true,
}

// asSaid handles "As X told Y, C", "As the minister said on Monday, C":
// a sentence that opens with "As", a speaker and the cue at ca, then a
// comma within a few words; what follows the comma is X's claim. It
// reports whether it read one.
func (st *state) asSaid(si, a, b, ca, cb int, c cue) bool {
	if st.norm(a) != "as" || ca > a+8 || ca <= a+1 || !asSaidCues[c.lemma] || st.inQuote(ca) {
		return false
	}
	comma := -1
	for k := cb; k < b && k < cb+8; k++ {
		if st.toks[k].Text == "," {
			comma = k
			break
		}
		if !st.toks[k].Word && st.norm(k) != "." && st.norm(k) != "'s" {
			return false
		}
		if st.norm(k) == "that" {
			return false // "As X said that ..." is no such opening
		}
	}
	if comma < 0 || comma+2 >= b || st.isOpenQuote(comma+1) {
		return false // (a quotation after the comma: the cue's own reading quotes it)
	}
	spk, ok := st.subject(si, a+1, ca)
	if !ok {
		// whoever "As" names puts it so, whatever the noun ("As one
		// retired controller put it, C"): a short lower-case noun phrase
		if ca-a-1 > 4 || st.tagAt(ca-1) != "NOUN" {
			return false
		}
		for k := a + 1; k < ca; k++ {
			if !st.lowerWord(k) {
				return false
			}
		}
		spk = speaker{a: a + 1, b: ca, ent: -1}
		if w := st.norm(a + 1); w == "one" || w == "a" || w == "an" || w == "the" {
			spk.a++
		}
	}
	st.addDraft(draft{cueA: ca, cueB: cb, contA: comma + 1, contB: st.clauseEnd(comma+1, b), spk: spk, deny: c.deny})
	return true
}

// personBefore is the person named last before token k, in its sentence
// or the one before (an entity index, -1 if none).
func (st *state) personBefore(k int) int {
	si := st.sentOf[k]
	best := -1
	for ei, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || e.Start >= st.toks[k].Start || pronoun(e.Text) {
			continue
		}
		t, ok := st.tokenAt(e.Start)
		if !ok || st.sentOf[t] < si-1 || st.sentOf[t] > si {
			continue
		}
		if best < 0 || e.Start > st.doc.Entities[best].Start {
			best = ei
		}
	}
	return best
}

// capitalAt: token k is a one-word place the geoparser resolved to a
// state's capital; the side of that state.
func (st *state) capitalAt(k int) (string, bool) {
	for _, p := range st.doc.Places {
		if p.Start == st.toks[k].Start && p.End == st.toks[k].End && p.Feature == "P.PPLC" {
			side, ok := st.sideOfISO2[p.Country]
			return side, ok && side != ""
		}
	}
	return "", false
}

// perSourceOpeners open the source after "per" ("per two senior aides",
// "per a person familiar with the talks", "per the filing").
var perSourceOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"several": true, "multiple": true, "his": true, "her": true, "their": true, "its": true,
}

// perSource: "per" at token i is the source preposition of newsletters
// and wires ("according to"): after a comma or opening the clause, before
// a determiner, a count or a name, outside quotations; "per cent", "per
// day" and "$5 per person" measure.
func (st *state) perSource(a, i int) bool {
	if st.inQuote(i) || !(i == a || st.norm(i-1) == ",") {
		return false
	}
	next := st.norm(i + 1)
	if perSourceOpeners[next] {
		return !calendarWords[st.norm(i+2)] && st.norm(i+2) != "year" && st.norm(i+2) != "day"
	}
	return i+1 < len(st.toks) && st.toks[i+1].Cap && st.toks[i+1].Word
}

// appearedTo reads a cue in the infinitive after an appearance on the
// air ("X appeared on state television on Thursday evening to announce
// the capture of the town", "went on national radio to declare that
// ..."): the subject of the appearance speaks, and what follows the cue
// is what was said. The "to" at ca-1 follows, within a few words, an
// appearance verb, "on" and a medium ("television", "radio", "TV"). It
// reports whether it read one.
func (st *state) appearedTo(si, a, b, ca, cb int) bool {
	k := -1
	for j := ca - 2; j > a && j >= ca-10; j-- {
		if !st.toks[j].Word && st.norm(j) != "," || st.inQuote(j) {
			return false
		}
		if appearanceVerbs[st.norm(j)] && st.norm(j+1) == "on" {
			for m := j + 2; m < j+5 && m < ca-1; m++ {
				if airMedia[st.norm(m)] {
					k = j
				}
			}
			break
		}
	}
	if k < 0 {
		return false
	}
	spk, ok := st.subject(si, a, k)
	if !ok {
		return false
	}
	contA := cb
	if st.norm(contA) == "that" {
		contA++
	}
	contB := st.clauseEnd(contA, b)
	sub := false
	for j := a; j < k && j < spk.a; j++ {
		sub = sub || subordinators[st.norm(j)]
	}
	if sub {
		// "When X appeared ... to announce C, he spoke for eleven
		// minutes": the subordinate clause ends at its comma
		for j := contA; j < contB; j++ {
			if st.norm(j) == "," && !st.inQuote(j) && !st.numberComma(j) {
				contB = j
				break
			}
		}
	}
	n := len(st.drafts)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: contA, contB: contB, spk: spk})
	return len(st.drafts) > n
}

// appearanceVerbs put a speaker on the air ("appeared on television",
// "went on radio").
var appearanceVerbs = map[string]bool{"appeared": true, "appears": true, "appear": true, "went": true, "goes": true, "go": true, "came": true}

// airMedia are the media of an appearance on the air.
var airMedia = map[string]bool{"television": true, "tv": true, "radio": true, "air": true, "camera": true}

// subordinators open a clause that ends at a comma before the main one
// ("When X appeared ..., he ...").
var subordinators = map[string]bool{"when": true, "after": true, "as": true, "before": true, "while": true, "once": true, "since": true}

// describedAccount: the words from j after "described" are a noun
// phrase the speaker gave an account of ("a night of terror", "shortages
// of fuel and medicine", "hunger and sniper fire"), not a label ("as
// ..."), a pronoun ("described it as"), a preposition or a question
// word (whClauseCues read "described how"): a determiner or a lower-case
// word the parse calls a noun or adjective opens it, and no "as" follows
// in its clause.
func (st *state) describedAccount(j, b int) bool {
	if j >= b || !st.toks[j].Word || st.inQuote(j) {
		return false
	}
	w := st.norm(j)
	if w == "as" || w == "how" || w == "what" || w == "why" || w == "it" || w == "them" || w == "him" || w == "her" || w == "this" || w == "that" || prepositions(w) {
		return false
	}
	if w != "a" && w != "an" && w != "the" && !(st.lowerWord(j) && (st.tagAt(j) == "NOUN" || st.tagAt(j) == "ADJ")) {
		return false
	}
	for k := j; k < b; k++ {
		if st.norm(k) == "as" {
			return false
		}
		if st.norm(k) == "," || st.norm(k) == ";" {
			break
		}
	}
	return true
}
