package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// Constructions of ordinary real news copy that the lists of speaker and
// source nouns miss: the source after "according to" is whatever body or
// people the reporter names there ("the district disaster bureau", "the
// hospital", "the coroner", "the ministry of health"), not only the nouns
// conflict wires use.

// normNouns head a phrase after "according to" that is a standard to
// conform to, not a source ("according to plan", "according to the
// constitution", "sorted according to age").
var normNouns = map[string]bool{
	"plan": true, "plans": true, "schedule": true, "timetable": true, "calendar": true, "script": true,
	"law": true, "laws": true, "rule": true, "rules": true, "regulation": true, "regulations": true,
	"constitution": true, "charter": true, "statute": true, "statutes": true, "code": true,
	"tradition": true, "traditions": true, "custom": true, "customs": true, "practice": true,
	"agreement": true, "agreements": true, "deal": true, "treaty": true, "accord": true, "accords": true,
	"protocol": true, "protocols": true, "procedure": true, "procedures": true, "terms": true, "provisions": true,
	"instructions": true, "guidelines": true, "principle": true, "principles": true, "standard": true,
	"standards": true, "criteria": true, "norms": true, "norm": true, "design": true, "formula": true,
	"need": true, "needs": true, "size": true, "age": true, "rank": true, "merit": true, "order": true,
	"orders": true, "logic": true, "pattern": true, "legend": true, "myth": true, "scripture": true,
	"teachings": true, "doctrine": true, "theory": true, "wishes": true, "will": true, "mandate": true,
	"resolution": true, "resolutions": true, "manual": true, "recipe": true, "map": true,
	"ruling": true, "verdict": true, "judgment": true, "judgement": true,
	// what is known with no one named as its source ("according to
	// preliminary information, C, the ministry said")
	"information": true, "info": true,
}

// openSourceHead: token h, the head of the phrase after "according to" at
// i, is a common noun the tagger reads as one and no standard to conform
// to, in an "according to" set off from the clause it sources (opening
// its clause, or after a comma): "..., according to the district
// disaster bureau". Without the comma the phrase is more often one of
// manner ("aid is shared according to need").
func (st *state) openSourceHead(h, i int) bool {
	if h < 0 || h >= len(st.toks) || !st.lowerWord(h) || normNouns[st.norm(h)] || calendarWords[st.norm(h)] {
		return false
	}
	if w := st.norm(h); issueMedia[w] || accountMedia[w] {
		return false // "according to the bulletin": the body that issued it, named before, or none (mediumNamedBefore)
	}
	if w := st.norm(i + 2); w == "which" || w == "whom" || w == "whose" {
		return false // "an account according to which C": the relative's antecedent is the source
	}
	if strings.ContainsAny(st.norm(h), "0123456789") || !st.nominalEnd(h) {
		return false
	}
	if i == 0 || st.sentOf[i-1] != st.sentOf[i] {
		return true
	}
	w := st.norm(i - 1)
	return w == "," || w == ";" || w == "(" || w == "—" || w == "–" || st.isCloseQuote(i-1)
}

// bodyBeforeOf: token k-1, before an "of" in the phrase after "according
// to", heads a body or speaker whose of-phrase only says which one ("the
// ministry of health", "the head of the agency"): the phrase is headed
// there.
func (st *state) bodyBeforeOf(k int) bool {
	return st.norm(k) == "of" && k > 0 && (speakerNouns[st.norm(k-1)] || roleNouns[st.norm(k-1)]) && st.lowerWord(k-1)
}

// ofHead: the head of the phrase [j, h] is the noun before its first
// preposition ("the size of the crowd" is a size, "the mother of the
// victim" a mother, "the map in the town hall" a map), else h.
func (st *state) ofHead(j, h int) int {
	for k := j + 1; k < h; k++ {
		if st.lowerWord(k) && prepositions(st.norm(k)) {
			return k - 1
		}
	}
	return h
}

// localGovernmentNouns head a phrase naming the government of a place
// ("the regional government of X province", "the authorities of X").
var localGovernmentNouns = map[string]bool{
	"government": true, "administration": true, "authorities": true, "authority": true, "governor": true,
	"police": true, "municipality": true, "prefecture": true, "council": true, "governorate": true,
}

// ofPlaceGovernmentSide: the source phrase [j, np) is a government noun
// and "of" a place the geoparser located ("the regional government of
// Norte de Santander province"): the government of a place within a state
// speaks for that state. "" otherwise.
func (st *state) ofPlaceGovernmentSide(j, np int) string {
	for k := j + 1; k+1 < np; k++ {
		if st.norm(k) != "of" {
			continue
		}
		if !localGovernmentNouns[st.norm(k-1)] {
			return ""
		}
		return st.placeSideAt(k + 1)
	}
	return ""
}

// nominalEnd: token h, the last word of a noun phrase, is its noun: the
// tagger says so, or, where it reads a rare noun as a verb or adjective
// ("the provincial roads directorate"), the word has no verb ending and
// follows a determiner, adjective or noun of the same phrase.
func (st *state) nominalEnd(h int) bool {
	switch st.tagAt(h) {
	case "NOUN", "PROPN":
		return true
	case "VERB", "ADJ":
		w := st.norm(h)
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") || h == 0 {
			return false
		}
		switch st.tagAt(h - 1) {
		case "DET", "ADJ", "NOUN":
			return st.lowerWord(h-1) || st.norm(h-1) == "the"
		}
	}
	return false
}

// pastRelayTime: a time may follow the relayer of "as reported by X"
// before the comma or the sentence's end ("As reported by X last month,
// C", "C, as reported by X in June."): the token after that time, else
// end.
func (st *state) pastRelayTime(end, b int) int {
	for k := end + 1; k < b && k <= end+5; k++ {
		if w := st.norm(k); w == "," || w == "." {
			if st.onlyTime(end, k) {
				return k
			}
			return end
		}
	}
	if b <= end+5 && b > end && st.onlyTime(end, b) {
		return b
	}
	return end
}

// roleNounMistagged: w names a role that titles a person ("lecturer",
// "researcher", "commander"), which the tagger may read as a verb in a
// title chain it rarely saw ("said international relations lecturer
// NAME"): no verb there.
func roleNounMistagged(w string) bool {
	return nonPartyRoles[w] || speakerNouns[w] && !strings.HasSuffix(w, "s") || titleWords[w] && len(w) > 3
}

// appositiveSpeakerBefore reads a clause closed by a named person, an
// apposition and the cue when neither the trailing nor the leading
// reading found the speaker (the parse can hang the name elsewhere after
// a clause with a coordinated adverb, "in Chad and elsewhere"): "C, NAME,
// a spokesman for X, told reporters." The apposition after the name holds
// no finite verb, no quotation and a role noun; the clause before the
// name's comma is claimed.
func (st *state) appositiveSpeakerBefore(si, a, b, ca, cb int, c cue) {
	if ca-1 <= a || st.norm(ca-1) != "," || c.gerund || c.participle && !c.clause && c.lemma != "tell" {
		return
	}
	after := cb
	if c.lemma == "tell" || c.lemma == "inform" {
		after = st.addressee(cb, b)
	}
	if !st.endsClause(after, b) {
		return
	}
	k := ca - 2 // the comma that opens the apposition
	role := false
	for ; k > a && k >= ca-14; k-- {
		w := st.norm(k)
		if w == "," {
			break
		}
		if st.inQuote(k) || st.isCloseQuote(k) || w == "." || w == ";" || w == "who" || w == "which" {
			return
		}
		if _, ok := st.cueAt(k); ok {
			return
		}
		if roleNouns[w] || titleWords[w] {
			role = true
		}
	}
	if k <= a || st.norm(k) != "," || !role || st.finiteVerbIn(si, k+1, ca-1) {
		return
	}
	if w := st.norm(k + 1); w != "a" && w != "an" && w != "the" && !possessiveDet[w] && !titleWords[w] && !roleNouns[w] {
		return
	}
	ei, ea, ok := st.entityEndingAt(k)
	if !ok || st.doc.Entities[ei].Kind != parallax.KindPerson || ea-1 <= a || st.norm(ea-1) != "," {
		return
	}
	contA := st.clauseStart(a, ea-1)
	words := 0
	for j := contA; j < ea-1; j++ {
		if st.toks[j].Word {
			words++
		}
	}
	if words < 3 || !st.finiteVerbIn(si, contA, ea-1) {
		return
	}
	spk := st.speakerFromEntity(ei, ea, k)
	st.affiliation(&spk, k, ca-1)
	st.addDraft(draft{cueA: ca, cueB: cb, contA: contA, contB: ea - 1, spk: spk, deny: c.deny})
}

// titledPersonAfterCue narrows an inverted speaker's phrase that is a
// title and a named person with no entity of its own ("said former
// Turkish Ambassador NAME", "said former Defense Minister NAME") to the
// person, who speaks: the title's words stay out, and its state gives
// the side unless the title is a former one.
func (st *state) titledPersonAfterCue(spk *speaker, cb int) {
	if spk.ent >= 0 || spk.a < cb || spk.b-spk.a < 3 || spk.b > len(st.toks) {
		return
	}
	si := st.sentOf[spk.a]
	for k := spk.a + 1; k < spk.b; k++ {
		ei, eb, ok := st.entityStartingAt(k)
		if !ok {
			continue
		}
		e := st.doc.Entities[ei]
		if e.Kind != parallax.KindPerson || eb != spk.b || pronoun(e.Text) || !st.titleNounBefore(si, k) {
			return
		}
		person := st.speakerFromEntity(ei, k, eb)
		if person.side == "" && !st.formerIn(cb, k) {
			for j := spk.a; j < k; j++ {
				if gi, gb, ok := st.entityStartingAt(j); ok && gb <= k && st.doc.Entities[gi].Kind != parallax.KindPerson && st.doc.Entities[gi].Side != "" {
					person.side = st.doc.Entities[gi].Side
					break
				}
			}
		}
		*spk = person
		return
	}
}

// courtNouns are the words by which a story takes up a court it named.
var courtNouns = map[string]bool{"court": true, "tribunal": true}

// namedCourtOfficerSide is the side of the court a judge or officer
// speaks for when the title refers back to it ("The court's president,
// Judge NAME, said", "NAME, the tribunal's registrar, said"): the last
// court named before the speaker with a side (the International Court of
// Justice's UNO), not the state the story is about. A pronoun that takes
// the person up ("she said") has the side of the person's titled
// mention before it. "" when the title holds no "the court" or no sided
// court was named before.
func (st *state) namedCourtOfficerSide(s speaker) string {
	if s.ent < 0 || s.a < 0 || st.doc.Entities[s.ent].Kind != parallax.KindPerson {
		return ""
	}
	if !pronoun(st.toks[s.a].Text) {
		return st.courtOfficerSideAt(s.ent)
	}
	if s.actor == "" {
		return ""
	}
	for ei := s.ent - 1; ei >= 0; ei-- {
		if e := st.doc.Entities[ei]; e.Kind == parallax.KindPerson && e.Actor == s.actor && !pronoun(e.Text) {
			if side := st.courtOfficerSideAt(ei); side != "" {
				return side
			}
		}
	}
	return ""
}

// courtOfficerSideAt: namedCourtOfficerSide of the person entity pi.
func (st *state) courtOfficerSideAt(pi int) string {
	a, b := st.tokensIn(st.doc.Entities[pi].Start, st.doc.Entities[pi].End)
	if a <= 0 || a >= len(st.toks) {
		return ""
	}
	si := st.sentOf[a]
	if si < 0 {
		return ""
	}
	refers := false
	for _, k := range []int{a - 8, b} {
		for j := max(k, st.sentTok[si][0]); j < k+8 && j < len(st.toks) && st.sentOf[j] == si; j++ {
			if j >= a && j < b {
				break
			}
			if _, isCue := st.cueAt(j); isCue && j >= b {
				break
			}
			if courtNouns[st.toks[j].Norm] && !st.toks[j].Cap && (st.norm(j+1) == "'s" || st.norm(j+1) == "’s") && st.norm(j-1) == "the" {
				refers = true
			}
		}
	}
	if !refers {
		return ""
	}
	for ei := len(st.doc.Entities) - 1; ei >= 0; ei-- {
		e := st.doc.Entities[ei]
		if e.Start >= st.doc.Entities[pi].Start || e.Kind == parallax.KindPerson || e.Side == "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.Text)) {
			if courtNouns[w] {
				return e.Side
			}
		}
	}
	return ""
}

// reducedRelativeAgent reads a participle cue with its agent right after
// a noun, a reduced relative with no comma ("the attacks in Iraq,
// including one in Baghdad claimed by Daesh, killed ...", "a bombing
// claimed by the group"): the agent, a named body or person, speaks, as
// byAgent reads the same participle after a comma. The participle must
// not be the clause's own verb: a finite verb stands before it in the
// sentence or after the agent. Reports whether it made the claim.
func (st *state) reducedRelativeAgent(si, a, b, ca, cb int, c cue, p int) bool {
	if !agentCues[c.lemma] || c.deny || st.norm(cb) != "by" || p <= a || p != ca-1 || !st.toks[p].Word || passiveAux[st.norm(p)] || st.inQuote(ca) {
		return false
	}
	if t, ok := st.tagged(si, p); !ok || t.UPOS != "NOUN" && t.UPOS != "PROPN" {
		return false
	}
	if w := st.norm(p); statementNoun(w) || issuedPapers[w] || relayedWords[w] {
		return false // "said in remarks reported by Tasnim": the medium that carried the words, no claim of its own
	}
	j := cb + 1
	if st.norm(j) == "the" {
		j++
	}
	ei, eb, ok := st.entityStartingAt(j)
	if !ok || eb > b {
		return false
	}
	if k := st.doc.Entities[ei].Kind; k == parallax.KindLocation || k == parallax.KindGPE {
		return false // "claimed by Russia" may be a territory's claimant, kept to the other readings
	}
	if !st.finiteVerbIn(si, a, p) && !st.finiteVerbIn(si, eb, b) {
		return false // "Hamas claimed by ...": the participle is the clause's verb
	}
	st.byAgent(si, a, b, ca, cb, c)
	return true
}

// relayedWords are the spoken words a medium carries ("remarks reported
// by", "comments carried by").
var relayedWords = map[string]bool{"remarks": true, "comments": true, "words": true, "interview": true, "speech": true, "address": true}

// subjectAfterClauseBreak: of two subjects the parse gives one cue, the
// one after a comma and a conjunction that open a clause of their own
// ("The meeting focused on the campaign against ISIL, and NAME said"):
// a parse that hangs the first clause's subject on the cue as well has
// lost the clause break, and the subject before it names no speaker.
func subjectAfterClauseBreak(toks []parallax.Token, subjects []int) []int {
	if len(subjects) < 2 {
		return subjects
	}
	last := subjects[len(subjects)-1]
	for k := last - 1; k > subjects[0] && k >= last-2; k-- {
		if toks[k].UPOS == "CCONJ" && k > 0 && toks[k-1].Text == "," {
			return []int{last}
		}
	}
	return subjects
}

// counselNouns name a person's private legal counsel, who speaks for the
// client but for no party the client belongs to.
var counselNouns = map[string]bool{
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "counsel": true,
	"solicitor": true, "barrister": true,
}

// counselFor: the speaker starting at token a closes "a lawyer for ...",
// "Lawyers for the detained activist", "an attorney for NAME": the
// counsel speaks, and is not the client. It returns the counsel noun.
func (st *state) counselFor(a int) (int, bool) {
	k := a
	for k > 0 && k > a-5 && st.toks[k-1].Word && st.norm(k-1) != "for" && (st.lowerWord(k-1) || st.toks[k-1].Cap) && !counselNouns[st.norm(k-1)] {
		k--
	}
	if k < 2 || st.norm(k-1) != "for" || !counselNouns[st.norm(k-2)] || st.sentOf[k-2] != st.sentOf[a] || st.inQuote(k-2) {
		return 0, false
	}
	return k - 2, true
}

// groupSideInStory: side is the side of an armed group some entity of
// the story names, not a state's.
func (st *state) groupSideInStory(side string) bool {
	if side == "" {
		return false
	}
	for _, e := range st.doc.Entities {
		if e.Side == side && e.Kind == parallax.KindGroup {
			return true
		}
	}
	return false
}
