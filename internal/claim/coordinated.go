package claim

import "strings"

// objectLabelledAs: the words from k are a short object and "as" with
// its label ("dismissed the rest as \"regime propaganda\"", "rejected
// the figures as inflated"): a denial's object, so that the denial is an
// act of its own and the clause before it ends at the "and".
func (st *state) objectLabelledAs(k, b int) bool {
	for j := k + 1; j < b && j <= k+5; j++ {
		w := st.norm(j)
		if w == "as" {
			return j+1 < b && (st.toks[j+1].Word || st.isOpenQuote(j+1))
		}
		if !st.toks[j].Word && w != "'s" || st.inQuote(j) {
			return false
		}
		if _, isCue := st.cueAt(j); isCue && st.tagAt(j) != "NOUN" {
			return false // (a cue's word read as a noun is the object: "the other reports")
		}
	}
	return false
}

// coordinatedAct: the "and"/"but" at token i, inside a reported clause
// that starts at token a, opens a second reporting act of the clause's
// own speaker ("Vucic denied that Serbia was involved and said the men
// were locals"): a finite cue with a reported clause of its own follows
// after at most adverbs, in the same
// form as the cue before the clause, and the parse coordinates it with a
// word before the clause, or with a clause verb of another form (a
// coordination joins like forms: "had been involved and said" cannot),
// not with a like verb inside the clause ("said the rebels attacked and
// claimed the town": the rebels claimed).
func (st *state) coordinatedAct(a, i, b int) bool {
	j := i + 1
	for j < b && adverbials[st.norm(j)] {
		j++
	}
	c, ok := st.cueAt(j)
	if !ok && st.putsToll(j, b) {
		c, ok = cue{lemma: "put toll", object: true}, true
	}
	if two, ok2 := twoWordCues[st.norm(j)]; !ok && ok2 && st.appealAfter(j, b) {
		// "and called on donors to send tents", "and called for an
		// inquiry": a two-word cue
		c, ok = two[st.norm(j+1)]
	}
	if !ok || c.gerund || st.norm(j) == c.lemma || st.inQuote(j) {
		return false
	}
	si := st.sentOf[j]
	if st.norm(j+1) != "that" && !st.clauseFollows(si, j, j+1) && !(c.deny && strings.HasSuffix(st.norm(j+1), "ing")) && !st.accusationOf(c, j, b) && !st.putsToll(j, b) && !st.appealAfter(j, b) && !(c.deny && st.objectLabelledAs(j+1, b)) {
		return false // "and urged people to leave": a request, no reported clause
	}
	t, _, ok := st.parsed(si, j)
	if !ok || t.Rel != "conj" || t.Head <= 0 {
		return false
	}
	appeal := st.appealAfter(j, b)
	first := -1
	for k := a - 1; k >= 0 && k >= a-12 && st.sentOf[k] == si; k-- {
		if _, ok := st.cueAt(k); ok {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	f, _ := st.tagged(si, first)
	// ("put" has one form for present, past and participle: its tag
	// need not match)
	// (an appeal's "called" the parse may read as a participle after a
	// clause's adjective: "were full and called for an inquiry")
	if f.XPOS != t.XPOS && !((st.putsToll(j, b) || appeal) && strings.HasPrefix(t.XPOS, "VB")) {
		return false
	}
	_, ka, ok := st.parsed(si, a)
	if !ok {
		return false
	}
	if t.Head < ka {
		return true
	}
	head := st.doc.Sentences[si].Tokens[t.Head-1]
	return head.XPOS != t.XPOS
}

// coordinatedActSpeaker: the cue at ca follows the "and" or "but" at
// conj that ended the reported clause of an earlier claim as the second
// act of that claim's speaker (coordinatedAct); it returns that speaker.
func (st *state) coordinatedActSpeaker(conj, ca, b, first int) (speaker, bool) {
	if w := st.norm(conj); w != "and" && w != "but" {
		return speaker{}, false
	}
	for k := len(st.drafts) - 1; k >= first; k-- {
		d := st.drafts[k]
		if d.cueB > ca {
			continue
		}
		if d.contA < conj && d.contB <= conj && conj-d.contB <= 1 && d.spk.a >= 0 && st.coordinatedAct(d.contA, conj, b) {
			return d.spk, true
		}
		break
	}
	return speaker{}, false
}

// pronounObject: the denial cue [ca, cb) takes a bare pronoun for its
// object ("but the army denied it", "rejected this as false", "denied
// that outright"), standing for a claim reported just before, in the
// same sentence or the one before, by another speaker than spk; it
// returns that claim's content.
func (st *state) pronounObject(si, ca, cb, contB int, spk speaker) (int, int, bool) {
	w := st.norm(cb)
	if w != "it" && w != "this" && w != "that" && w != "these" && w != "those" && w != "them" {
		return 0, 0, false
	}
	if n := cb + 1; n < contB && st.toks[n].Word && !pronounObjectFollowers[st.norm(n)] {
		return 0, 0, false // "denied that the town fell", "rejected this plan"
	}
	for k := len(st.drafts) - 1; k >= 0; k-- {
		d := st.drafts[k]
		if d.cueA >= ca {
			continue
		}
		if s := st.sentOf[d.cueA]; s != si && s != si-1 {
			break
		}
		if d.deny || spk.actor != "" && d.spk.actor == spk.actor {
			continue // a denial, or the speaker's own claim
		}
		return d.contA, d.contB, true
	}
	return 0, 0, false
}

// pronounObjectFollowers may follow a pronoun object that stands for a
// claim ("denied it outright", "rejected this as false", "denied it on
// Monday").
var pronounObjectFollowers = map[string]bool{
	"as": true, "outright": true, "flatly": true, "strongly": true, "categorically": true, "on": true,
	"in": true, "at": true, "and": true, "but": true, "immediately": true, "later": true, "again": true,
	"too": true, "entirely": true, "vehemently": true, "firmly": true, "publicly": true,
}

// claimApposition: the words from token k, after ", a" or ", an", are a
// claim noun and a relative clause of denial or report ("a claim Ukraine
// rejected as false", "an allegation the government denied", "a charge
// that Moscow dismissed"): a speaker's comment on the clause before it,
// which ends that clause.
func (st *state) claimApposition(k, b int) bool {
	if k >= b || !appositionClaimNouns[st.norm(k)] {
		return false
	}
	// (a relative clause may come first: "a claim for which they gave
	// no evidence and which the army rejected")
	for j := k + 1; j < b && j < k+14; j++ {
		if w := st.norm(j); !st.toks[j].Word && w != "'s" && w != "’s" {
			return false
		}
		if c, ok := st.cueAt(j); ok && !c.gerund {
			return true
		}
		if labelVerbs[st.norm(j)] && st.labelsFalse(j+1, b) {
			return true // "a claim the opposition called absurd"
		}
	}
	return false
}

// appositionClaimNouns name a statement in an apposition that comments on
// it ("..., a claim the army denied").
var appositionClaimNouns = map[string]bool{
	"claim": true, "charge": true, "allegation": true, "accusation": true, "assertion": true,
	"version": true, "statement": true, "figure": true, "report": true, "account": true,
}

// eventNouns head subjects that are events, not speakers: with an
// evidence cue ("the attack showed", "the strikes suggest") they report
// no one's claim.
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "shelling": true, "bombing": true,
	"bombings": true, "offensive": true, "incident": true, "operation": true, "raid": true, "raids": true,
	"assault": true, "war": true, "fighting": true, "escalation": true, "killing": true, "killings": true,
	"move": true, "decision": true, "visit": true, "clashes": true, "violence": true, "explosion": true,
	"blast": true, "massacre": true, "invasion": true, "incursion": true, "ceasefire": true, "truce": true,
}

// meansOfSpeech follow "said by" as the means, not the agent ("NAME,
// said by phone that", "told AFP by telephone").
var meansOfSpeech = map[string]bool{
	"phone": true, "telephone": true, "email": true, "e-mail": true, "text": true, "video": true,
	"videolink": true, "satellite": true, "radio": true, "letter": true, "message": true, "messaging": true,
}

// accusationOf: "accused the army of shelling ...", "blamed Kyiv for the
// blast": an accusation cue at j whose object is followed by what the
// party is charged with, a reported act of its own.
func (st *state) accusationOf(c cue, j, b int) bool {
	if !accusations[c.lemma] {
		return false
	}
	for k := j + 1; k < b && k <= j+6; k++ {
		if w := st.norm(k); w == "of" || w == "for" {
			return k > j+1
		}
		if !st.toks[k].Word && st.norm(k) != "'s" {
			return false
		}
	}
	return false
}

// putsToll: the word at j is "put" with a toll's figure after it ("but
// put the number of dead at 11"), a statement of its own.
func (st *state) putsToll(j, b int) bool {
	c, _, ok := st.phraseCue(j, b)
	return ok && c.lemma == "put toll"
}

// appealAfter: the cue at j is a call or a warning with its object after
// a first reporting act of the speaker ("said C and urged both sides to
// halt", "and called on the world to act", "and called for an inquiry",
// "and warned of a catastrophe"): an act of its own, a gold claim by
// devgold's and wiregold2's conventions.
func (st *state) appealAfter(j, b int) bool {
	switch st.norm(j) {
	case "urged", "urges":
		return st.toInfinitiveAfter(j, b)
	case "called", "calls", "appealed", "appeals":
		switch st.norm(j + 1) {
		case "on", "upon":
			return st.toInfinitiveAfter(j+1, b)
		case "for":
			return j+2 < b && st.toks[j+2].Word
		}
	case "warned", "warns":
		return st.norm(j+1) == "of" && j+2 < b && st.toks[j+2].Word
	}
	return false
}

// coordinatedSpeaker: the cue of d follows "and" after a first reporting
// act of the sentence whose speaker stands before it, and the speaker
// read for d lies inside that act's words: after ", and" ("the ministry
// said the militants claimed C, and insisted D": the ministry insisted)
// or as the object of an accusation ("Minnawi accused the RSF of C and
// urged D": Minnawi urged). The first act's speaker is d's. Without the
// comma a verb coordinated inside the clause keeps its own subject ("said
// the rebels attacked and claimed the town").
func (st *state) coordinatedSpeaker(d draft) (speaker, bool) {
	if d.cont || d.spk.a < 0 || d.cueA < 2 {
		return speaker{}, false
	}
	k := d.cueA - 1
	for k > 0 && adverbials[st.norm(k)] {
		k--
	}
	if st.norm(k) != "and" {
		return speaker{}, false
	}
	si := st.sentOf[d.cueA]
	var first *draft
	for i := range st.drafts {
		p := &st.drafts[i]
		if p.cont || p.cueA >= k || p.spk.a < 0 || p.spk.b > p.cueA || st.sentOf[p.cueA] != si || st.sentOf[p.spk.a] != si {
			continue
		}
		if first == nil || p.cueA < first.cueA {
			first = p
		}
	}
	if first == nil || d.spk.b <= first.cueB {
		return speaker{}, false
	}
	if st.norm(k-1) == "," {
		return first.spk, true
	}
	if accusations[st.norm(first.cueA)] || accusationForms[st.norm(first.cueA)] {
		for j := first.cueB; j < k && j <= first.cueB+6; j++ {
			if w := st.norm(j); w == "of" || w == "for" {
				if d.spk.a >= first.cueB && d.spk.b <= j {
					return first.spk, true
				}
				break
			}
		}
	}
	return speaker{}, false
}

// accusationForms are the past forms of the accusation cues, which
// accusations lists by lemma.
var accusationForms = map[string]bool{"accused": true, "blamed": true, "accuses": true, "blames": true}
