package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// This file finds the counts of one person named or referred to with no
// number: "X was killed", "He was captured by government
// forces", "the commander died of his wounds". Each is a count of one of
// the state's item (killed, wounded, captured), owned by the person's side.

// onePassive are the words between a person and the state that make a
// finished passive or a past event: "was", "has been", "had been".
var onePassive = map[string]bool{"was": true, "has": true, "had": true, "been": true, "reportedly": true,
	"allegedly": true, "later": true, "subsequently": true, "then": true, "also": true, "eventually": true,
	"apparently": true, "himself": true, "herself": true, "instead": true, "briefly": true, "temporarily": true,
	"first": true, "again": true, "finally": true, "ultimately": true}

// nounStates are the nouns of harm whose "of" names the person harmed.
var nounStates = map[string]string{
	"killing": "killed", "death": "killed", "assassination": "killed", "murder": "killed", "execution": "killed",
	"abduction": "captured", "kidnapping": "captured", "capture": "captured",
}

// listWords end the title before a name: what follows is no title.
var listWords = map[string]bool{"except": true, "but": true, "including": true, "besides": true, "among": true}

// passiveAux make the verb after them a passive.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// oneIntransitive are the state words that need no passive: "X died".
var oneIntransitive = map[string]bool{"died": true, "perished": true}

// oneCounts finds the counts of one person in sentence si; have are the
// counts found there with a number, whose states are not counted again.
func (s *Stage) oneCounts(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	harm := false
	for _, w := range ws {
		if harmWord(w.Lower) {
			harm = true
			break
		}
	}
	if !harm {
		return nil // most sentences: no word of harm, nothing to look for
	}
	var out []found
	for at := 1; at < len(ws); at++ {
		if !oneStateWord(ws[at].Lower) {
			continue
		}
		out2, n := phraseAt(s.outcomes, s.firstLen(ws, at), ws, at)
		if n == 0 || !peopleOutcomes[out2] || out2 == "lost" {
			continue
		}
		taken := false
		for _, f := range have {
			if f.outcomeAt == at {
				taken = true
			}
		}
		if taken || !s.oneSubjectOK(ctx, si, at, out2) {
			continue
		}
		// The words before the state: a passive ("was killed") or an
		// intransitive verb ("died"), then the subject.
		k := at - 1
		if k >= 1 && ws[k].Lower == "and" && harmVerbs[ws[k-1].Lower] {
			k -= 2 // "was struck and killed"
		}
		if harmVerbs[ws[at].Lower] && n == 1 {
			continue // "was shot and killed": the state is the last verb
		}
		passive := false
		for k >= 0 && onePassive[ws[k].Lower] {
			if ws[k].Lower == "was" || ws[k].Lower == "been" {
				passive = true
			}
			k--
		}
		if k >= 1 && (ws[k].Lower == "were" || ws[k].Lower == "have" && passive) && !s.coveredAt(have, ws, at) {
			// "Police officers A, B and C were killed": a count of the
			// names listed
			if first, names, side := s.nameList(ctx, si, k-1); names >= 2 {
				f := found{outcomeAt: at}
				f.N = intp(names)
				f.Item, f.Outcome = itemOf(out2, ws, at), out2
				f.Start, f.End = ws[first].Start, ws[k-1].End
				f.Sentence = ctx.sentText(si)
				f.inClaim = ctx.claimFor(f.Start, f.End, si)
				if f.inClaim != nil {
					f.Claim = parallax.OptionalID(f.inClaim.ID)
				}
				if side == "" {
					side = s.ownServing(ctx, f, ws, first, k-1, at)
				}
				f.Owner, f.ownerNamed, f.stateless = side, side != "", true
				out = append(out, f)
			}
			continue
		}
		if !passive && !oneIntransitive[ws[at].Lower] {
			continue
		}
		// "X, who was killed yesterday": the person the relative clause
		// hangs on.
		if k >= 1 && ws[k].Lower == "who" {
			k--
			if ws[k].Lower == "," && k >= 1 {
				k--
			}
		}
		if k < 0 {
			continue
		}
		first, last, side, ok := s.oneSubject(ctx, si, k)
		if !ok {
			continue
		}
		// The person must not be inside a count already found ("an ISIL
		// gang leader ... was killed" after "Abu Jandal,").
		dup := false
		for _, f := range have {
			if f.Start <= ws[last].Start && ws[first].Start < f.End || f.outcomeAt == at {
				dup = true
			}
		}
		if dup {
			continue
		}
		f := found{outcomeAt: at}
		f.N = intp(1)
		f.Item, f.Outcome = itemOf(out2, ws, at), out2
		f.Start, f.End = ws[first].Start, ws[last].End
		f.Sentence = ctx.sentText(si)
		f.inClaim = ctx.claimFor(f.Start, f.End, si)
		if f.inClaim != nil {
			f.Claim = parallax.OptionalID(f.inClaim.ID)
		}
		if announcer, ok := ctx.announcedBefore(si); ok && side == "" && f.Item == "killed" && serving(ws, first, last) {
			// "... announced the death of a soldier. Sgt. X died May 3
			// in Iraq": the announcing state's soldier (a person named
			// with no rank, "journalist X was killed", is not).
			side = announcer
		}
		if cl := f.inClaim; side == "" && f.Item == "killed" && cl != nil && serving(ws, first, last) &&
			cl.Cue.End <= len(ctx.doc.Text) && announceVerbs[strings.ToLower(ctx.doc.Text[cl.Cue.Start:cl.Cue.End])] {
			// "Sergeant First Class X was killed in combat in southern
			// Lebanon, the IDF announced": an army announces its own
			// ranked dead
			side = ctx.speakerSide(cl)
		}
		if side == "" {
			side = s.ownServing(ctx, f, ws, first, last, at)
		}
		f.Owner, f.ownerNamed, f.stateless = side, side != "", true
		out = append(out, f)
	}
	return append(out, s.oneObjects(ctx, si, append(have, out...))...)
}

// coveredAt reports whether a count already found has the state word
// ws[at] or spans it.
func (s *Stage) coveredAt(have []found, ws []words.Word, at int) bool {
	for _, f := range have {
		if f.outcomeAt == at || f.Start <= ws[at].Start && ws[at].Start < f.End {
			return true
		}
	}
	return false
}

// nameList finds a list of two or more people's names that ends at word
// k ("A, B and C", "A and B"), with the title before the first ("Police
// officers A, B and C"). It returns the list's first word, the number of
// names, and the side the names or their title give.
func (s *Stage) nameList(ctx *context, si, k int) (int, int, string) {
	ws := ctx.sents[si].Words
	names, side, first := 0, "", k
	for j := k; j >= 0; {
		e := ctx.personEndingAt(si, j)
		if e == nil || pronoun(e.Text) {
			return 0, 0, ""
		}
		names++
		if side == "" {
			side = ctx.personSide(e)
		}
		for j > 0 && ws[j-1].Start >= e.Start {
			j--
		}
		first = j
		if j < 2 || ws[j-1].Lower != "," && ws[j-1].Lower != "and" {
			break
		}
		if ws[j-1].Lower == "and" && ws[j-2].Lower == "," {
			j-- // "A, B, and C"
		}
		j -= 2
	}
	if names < 2 {
		return 0, 0, ""
	}
	// "Police officers", "Azerbaijani soldiers": the plural title names
	// who they were and may name their side.
	for j := first - 1; j >= 0 && first-j <= 4; j-- {
		w := ws[j].Lower
		if isPunct(w) || clauseOpener(w) {
			break
		}
		if sd := ctx.sideAt(si, j); sd != "" && side == "" {
			side = sd
		}
		if e, n := s.itemEndingAt(ws, j); n > 0 && e.people || stateForceNouns[w] {
			first = j - n + 1
			if n == 0 {
				first = j
			}
		}
	}
	return first, names, side
}

// ownServing returns the side of the state that tells of its own serving
// people, named with no side, killed or wounded by no one it names ("As a
// result of the provocation, a serviceman of the 2nd Army Corps, private
// X, was wounded," the ministry said; "Police officers A, B and C were
// killed"): the speaker's, when a state speaks; "" otherwise (the
// enemy's dead a state names by their side).
func (s *Stage) ownServing(ctx *context, f found, ws []words.Word, first, last, at int) string {
	cl := f.inClaim
	if cl == nil || f.Item != "killed" && f.Item != "wounded" || !serving(ws, first, last) || agentAfter(ws, at) {
		return ""
	}
	if sp := ctx.speakerSide(cl); s.states[sp] {
		return sp
	}
	return ""
}

// agentAfter reports whether a "by" phrase follows the state word ws[at]
// within its clause ("was killed by a sniper").
func agentAfter(ws []words.Word, at int) bool {
	for j := at + 1; j < len(ws) && j <= at+4 && !isPunct(ws[j].Lower); j++ {
		if ws[j].Lower == "by" {
			return true
		}
	}
	return false
}

// ranks are the military ranks and their abbreviations written before a
// serving person's name ("Sgt. James Holt", "Lance Cpl. X", "Petty
// Officer X").
var ranks = map[string]bool{
	"pvt": true, "private": true, "pfc": true, "spc": true, "specialist": true, "cpl": true, "corporal": true,
	"sgt": true, "sergeant": true, "ssgt": true, "msgt": true, "lt": true, "lieutenant": true, "capt": true,
	"captain": true, "maj": true, "major": true, "col": true, "colonel": true, "gen": true, "general": true,
	"cmdr": true, "commander": true, "adm": true, "admiral": true, "ensign": true, "seaman": true,
	"petty": true, "officer": true, "warrant": true, "airman": true, "marine": true, "lance": true,
	"staff": true, "brig": true, "brigadier": true,
}

// serving reports whether a rank or a noun of service stands in the
// subject [first, last] or among the three words before it ("Sgt. X",
// "The soldier").
func serving(ws []words.Word, first, last int) bool {
	for j := last; j >= 0 && j >= first-3; j-- {
		if w := strings.TrimSuffix(ws[j].Lower, "."); ranks[w] || inService(ws, j) {
			return true
		}
	}
	// a longer rank, with a reservist's mark: "Sergeant First Class
	// (res.) X", "Staff Sergeant (res.) X"
	for j := first - 1; j >= 0 && j >= first-8; j-- {
		w := strings.TrimSuffix(ws[j].Lower, ".")
		if w == "," || w == ";" {
			break
		}
		if ranks[w] {
			return true
		}
	}
	return false
}

// oneObjects finds the counts of one person named right after an active
// verb of harm: "it had killed Hamas commander Ahmed Ghandour", "gunmen
// kidnapped aid worker John Smith". The words between the verb and the
// name may only be a title: a party, role nouns, lower-case words.
func (s *Stage) oneObjects(ctx *context, si int, have []found) []found {
	ws := ctx.sents[si].Words
	var out []found
	for at := 0; at+1 < len(ws); at++ {
		state, ok := activeStates[ws[at].Lower]
		if n, isNoun := nounStates[ws[at].Lower]; isNoun && ws[at+1].Lower == "of" && (ws[at].Lower != "death" || ctx.violent(si) || ctx.fighting(si)) {
			// "the killing of journalist X", "the abduction of X"
			state, ok = n, true
			at++
		} else if !ok || at > 0 && passiveAux[ws[at-1].Lower] {
			continue
		}
		var e *parallax.Entity
		last := -1
		for j := at + 1; j < len(ws) && j <= at+6; j++ {
			if p := ctx.personEndingAt(si, j); p != nil {
				e, last = p, j
				break
			}
			w := ws[j].Lower
			if isPunct(w) && w != "-" || npStop[w] && !determiners[w] || activeStates[w] != "" || listWords[w] {
				break
			}
			if e, n := phraseAt(s.items, s.firstLen(ws, j), ws, j); n > 0 && e.people && strings.HasSuffix(ws[j+n-1].Lower, "s") {
				break // "killing all the civilians except Abdi": the people are the object
			}
		}
		if e == nil || pronoun(e.Text) || last+1 < len(ws) && (ws[last+1].Lower == "'s" || ws[last+1].Lower == "’s") {
			continue // "killed X's brother": someone else
		}
		first := last
		for first > at+1 && ws[first-1].Start >= e.Start {
			first--
		}
		if overlapsFound(have, ws[first].Start, ws[last].End) {
			continue
		}
		f := found{outcomeAt: at}
		f.N = intp(1)
		f.Item, f.Outcome = state, state
		f.Start, f.End = ws[first].Start, ws[last].End
		f.Sentence = ctx.sentText(si)
		f.inClaim = ctx.claimFor(f.Start, f.End, si)
		if f.inClaim != nil {
			f.Claim = parallax.OptionalID(f.inClaim.ID)
		}
		side := ctx.personSide(e)
		if side == "" {
			// "killed Hamas commander X": the title names the side.
			for j := at + 1; j < first; j++ {
				if sd := ctx.sideAt(si, j); sd != "" {
					side = sd
					break
				}
			}
		}
		f.Owner, f.ownerNamed, f.stateless = side, side != "", true
		out = append(out, f)
	}
	return out
}

// harmWord is the cheap test for a sentence that may tell of one person
// harmed: any state word of one person, verb of harm or noun of harm.
func harmWord(w string) bool {
	if oneStateWord(w) {
		return true
	}
	switch w {
	case "killing", "wounding", "injuring", "capturing", "abducting", "kidnapping", "death", "assassination",
		"murder", "execution", "abduction", "capture":
		return true
	}
	return false
}

// oneStateWord is the cheap test for a state word of one person.
func oneStateWord(w string) bool {
	switch w {
	case "killed", "wounded", "injured", "captured", "kidnapped", "abducted", "taken", "died", "perished",
		"assassinated", "slain", "martyred", "mortally", "fatally", "shot", "gunned", "beheaded", "executed", "hanged", "murdered":
		return true
	}
	return false
}

// oneSubjectOK rules out what is not a finished harm: a negation or a near
// miss before the state ("was not killed", "was nearly killed"), and
// deaths outside violence ("his father died in 1927"): "died" counts only
// in a sentence about an attack or fighting, or "of (his) wounds".
func (s *Stage) oneSubjectOK(ctx *context, si, at int, out string) bool {
	ws := ctx.sents[si].Words
	for k := max(0, at-4); k < at; k++ {
		switch ws[k].Lower {
		case "not", "never", "nearly", "almost", "narrowly", "n't", "if", "would", "could", "will", "may", "might":
			return false
		}
	}
	if w := ws[at].Lower; w == "died" || w == "perished" {
		if at+2 < len(ws) && ws[at+1].Lower == "of" && (ws[at+2].Lower == "wounds" || at+3 < len(ws) && ws[at+3].Lower == "wounds") {
			return true
		}
		_, announced := ctx.announcedBefore(si)
		return ctx.violent(si) || ctx.fighting(si) || announced
	}
	return true
}

// oneSubject finds the person that ends at word k: a person entity, "he"
// or "she", or a singular definite or indefinite person noun that the
// number rules did not take ("the commander of the brigade"). An
// appositive between commas may come between ("X, 42, was killed"). It
// returns the person's words and side.
func (s *Stage) oneSubject(ctx *context, si, k int) (int, int, string, bool) {
	ws := ctx.sents[si].Words
	if first, last, side, ok := s.appositiveName(ctx, si, k); ok {
		return first, last, side, true
	}
	// "X, the leader of group G in country C, was killed", "John Miller,
	// 31, of Austin, Texas, died": back over the appositives to the
	// person named before them.
	for n := 0; ws[k].Lower == "," && n < 4; n++ {
		j := k - 1
		for ; j >= 0 && k-j <= 12 && ws[j].Lower != ","; j-- {
		}
		if j <= 0 || k-j > 12 {
			return 0, 0, "", false
		}
		if e := ctx.personEndingAt(si, j-1); e != nil {
			// not "of Dayton": a place a person's name was taken for
			f := j - 1
			for f > 0 && ws[f-1].Start >= e.Start {
				f--
			}
			if f == 0 || !prepositions[ws[f-1].Lower] {
				k = j - 1
				break
			}
		}
		k = j
	}
	if ws[k].Lower == "and" {
		// "He was convicted and was later shot": the subject of the
		// first verb, a pronoun or a name that opens the sentence.
		for j := k - 1; j >= 0 && k-j <= 12; j-- {
			if w := ws[j].Lower; (w == "he" || w == "she") && (j == 0 || clauseOpener(ws[j-1].Lower)) {
				k = j
				break
			}
			if e := ctx.personEndingAt(si, j); e != nil && ws[0].Start >= e.Start {
				k = j
				break
			}
		}
		if ws[k].Lower == "and" {
			return 0, 0, "", false
		}
	}
	switch ws[k].Lower {
	case "he", "she":
		// (a subject pronoun: the object would be "him", "her")
		// The actor stage tells who the pronoun is; else the last
		// person named.
		if e := ctx.personEndingAt(si, k); e != nil && e.Actor != "" {
			return k, k, ctx.personSide(e), true
		}
		return k, k, ctx.lastPersonSide(ws[k].Start), true
	}
	if e := ctx.personEndingAt(si, k); e != nil {
		first := k
		for first > 0 && ws[first-1].Start >= e.Start {
			first--
		}
		if first > 0 && prepositions[ws[first-1].Lower] {
			return 0, 0, "", false // "a friend of X was killed"
		}
		return first, k, ctx.personSide(e), true
	}
	return s.oneNoun(ctx, si, k)
}

// appositiveName finds a name set off by commas after the noun it names,
// ending at the comma ws[k]: "a serviceman of the 4th Army Corps, private
// X, was killed", "One of the guards, Sgt. Y, was wounded". The name (with
// its rank) is the person; their side is the name's own, else one the
// noun before it names ("of the Azerbaijani Army").
func (s *Stage) appositiveName(ctx *context, si, k int) (int, int, string, bool) {
	ws := ctx.sents[si].Words
	if ws[k].Lower != "," || k < 2 {
		return 0, 0, "", false
	}
	e := ctx.personEndingAt(si, k-1)
	if e == nil || pronoun(e.Text) {
		return 0, 0, "", false
	}
	first := k - 1
	for first > 0 && ws[first-1].Start >= e.Start {
		first--
	}
	for first > 0 && ranks[strings.TrimSuffix(ws[first-1].Lower, ".")] {
		first-- // "private", "Sgt."
	}
	if first < 2 || ws[first-1].Lower != "," {
		return 0, 0, "", false
	}
	// The noun before the name: back to the clause's start, a serving
	// or person noun in it.
	side, noun := ctx.personSide(e), false
	for j := first - 2; j >= 0 && first-j <= 10; j-- {
		w := ws[j].Lower
		if isPunct(w) && !isQuote(w) || clauseOpener(w) && w != "-" {
			break
		}
		if e, n := s.itemEndingAt(ws, j); n > 0 && e.people || stateForceNouns[w] || inService(ws, j) {
			noun = true
		}
		if sd := ctx.sideAt(si, j); sd != "" && side == "" {
			side = sd
		}
	}
	if !noun {
		return 0, 0, "", false
	}
	return first, k - 1, side, true
}

// prepositions before a name make it no subject.
var prepositions = map[string]bool{"of": true, "to": true, "by": true, "with": true, "for": true, "from": true,
	"against": true, "on": true, "at": true, "about": true, "near": true, "in": true}

// oneNoun finds a singular person noun phrase that ends at word k, with a
// determiner and modifiers before it and an "of" phrase after it ("the
// commander of the brigade", "the Iraqi general"); it returns its first
// and last words (the "of" phrase left out) and the side its modifiers
// name.
func (s *Stage) oneNoun(ctx *context, si, k int) (int, int, string, bool) {
	ws := ctx.sents[si].Words
	h := k
	// "of the brigade", "of the 5th Division": back to the head before it.
	for j := k; j >= 1 && k-j <= 4; j-- {
		if ws[j].Lower == "of" {
			h = j - 1
			break
		}
	}
	e, n := s.itemEndingAt(ws, h)
	if n == 0 || !e.people || strings.HasSuffix(ws[h].Lower, "s") || strings.HasSuffix(ws[h].Lower, "men") {
		return 0, 0, "", false
	}
	switch ws[h].Lower {
	case "people", "personnel", "police", "crew", "military":
		return 0, 0, "", false
	}
	side := ""
	for j := h - n; j >= 0 && h-j <= 5; j-- {
		w := ws[j].Lower
		if determiners[w] {
			if w == "the" || w == "a" || w == "an" {
				if j > 0 && prepositions[ws[j-1].Lower] {
					return 0, 0, "", false
				}
				return j, h, side, true
			}
			return 0, 0, "", false // "his commander": someone else's, told from elsewhere
		}
		if isPunct(w) || npStop[w] {
			return 0, 0, "", false
		}
		if sd := ctx.sideAt(si, j); sd != "" && side == "" {
			side = sd
		}
	}
	return 0, 0, "", false
}

// itemEnds reports whether an item phrase ends at ws[k].
func (s *Stage) itemEnds(ws []words.Word, k int) bool {
	_, n := s.itemEndingAt(ws, k)
	return n > 0
}

// itemEndingAt returns the item phrase that ends at ws[k] and its length.
func (s *Stage) itemEndingAt(ws []words.Word, k int) (itemEntry, int) {
	for n := min(s.itemMax, k+1); n >= 1; n-- {
		if e, m := phraseAt(s.items, n, ws, k-n+1); m == n {
			return e, n
		}
	}
	return itemEntry{}, 0
}

// clauseOpener reports whether a word can stand before the subject of a
// clause.
func clauseOpener(w string) bool {
	switch w {
	case ",", ";", ":", "and", "but", "when", "after", "before", "while", "until", "as", "that", "where", "then",
		"“", "\"", "(", "-", "–", "—", "because", "since", "although", "though", "so":
		return true
	}
	return false
}

// personEndingAt returns the person entity whose last word is word k of
// sentence si, nil if none.
func (c *context) personEndingAt(si, k int) *parallax.Entity {
	w := c.sents[si].Words[k]
	for i := range c.doc.Entities {
		e := &c.doc.Entities[i]
		if e.Kind == parallax.KindPerson && e.End == w.End && e.Start <= w.Start {
			return e
		}
	}
	return nil
}

// personSide returns the side of a person: the actor stage's, else the
// group or state that a mention of the same person names as theirs, just
// before the name ("ISIL commander Abu X", "Iraqi general Y") or in an
// appositive after it ("X, the leader of al-Qaida in Iraq, ...").
func (c *context) personSide(e *parallax.Entity) string {
	if e.Side != "" || e.Actor == "" {
		return e.Side
	}
	for i := range c.doc.Entities {
		m := &c.doc.Entities[i]
		if m.Actor != e.Actor || m.Kind != parallax.KindPerson {
			continue
		}
		if side := c.affiliationAt(m); side != "" {
			return side
		}
	}
	return ""
}

// roleNouns name a person's place in a group in an appositive.
var roleNouns = map[string]bool{
	"leader": true, "commander": true, "member": true, "founder": true, "chief": true, "head": true, "emir": true,
	"spokesman": true, "spokesperson": true, "official": true, "militant": true, "fighter": true, "officer": true,
	"general": true, "deputy": true, "lieutenant": true, "operative": true, "financier": true, "facilitator": true,
	"recruiter": true, "soldier": true, "minister": true, "ally": true, "associate": true, "assistant": true,
	"planner": true, "strategist": true, "mastermind": true, "cofounder": true, "co-founder": true,
	"colonel": true, "major": true, "captain": true, "sergeant": true, "admiral": true, "islamist": true,
	"jihadist": true, "insurgent": true, "rebel": true, "terrorist": true, "bomber": true, "agent": true,
}

// affiliationAt finds the side a mention's own words give the person: a
// side among the words right before the name, with a role noun between
// them and the name ("ISIL gang leader Abu X"), or in the appositive after
// it ("X, a senior leader of al-Qaida, ...").
func (c *context) affiliationAt(m *parallax.Entity) string {
	si := c.sentenceOf(m.Start)
	if si < 0 {
		return ""
	}
	ws := c.sents[si].Words
	first, last := -1, -1
	for j, w := range ws {
		if w.Start >= m.Start && w.End <= m.End {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	if first < 0 {
		return ""
	}
	// "ISIL gang leader X": a role noun right before the name, a side
	// within the few words before it.
	if first > 0 && roleNouns[ws[first-1].Lower] {
		for j := first - 2; j >= 0 && first-j <= 5; j-- {
			if isPunct(ws[j].Lower) {
				break
			}
			if side := c.mentions[si][j]; side != "" {
				return side
			}
		}
	}
	// "The onetime chief of group G in country C, foreign-born fighter X":
	// a title before the name, after a comma.
	j := first - 1
	for j >= 0 && first-j <= 4 && ws[j].Lower != "," {
		j--
	}
	if j > 0 && ws[j].Lower == "," {
		if side := c.roleSide(si, max(0, j-12), j); side != "" {
			return side
		}
	}
	// "X (born ...) was a fighter loyal to group G in region R",
	// "X is an Iraqi General": a copula with a role noun and a side.
	depth := 0
	for k := last + 1; k < len(ws) && k <= last+30; k++ {
		w := ws[k].Lower
		switch {
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth == 0 && (w == "was" || w == "is"):
			// only a noun phrase after it: "was a militant", not "was
			// arrested by police officers"
			if k+1 < len(ws) && copulaNP[ws[k+1].Lower] && !pronoun(m.Text) {
				if side := c.roleSide(si, k+1, min(len(ws), k+12)); side != "" {
					return side
				}
			}
			k = len(ws)
		case depth == 0 && (w == "." || w == ";"):
			k = len(ws)
		}
	}
	// "X, the leader of al-Qaida in Iraq, ...": an appositive with a
	// role noun and a side.
	if last+1 < len(ws) && ws[last+1].Lower == "," {
		role := false
		for j := last + 2; j < len(ws) && j <= last+12; j++ {
			w := ws[j].Lower
			if w == "," || w == ";" || w == "." || w == "(" {
				break
			}
			if roleNouns[strings.TrimSuffix(w, "s")] || roleNouns[w] {
				role = true
			}
			if side := c.mentions[si][j]; side != "" && role {
				return side
			}
		}
	}
	return ""
}

// copulaNP are the words that open a noun phrase after "was"/"is".
var copulaNP = map[string]bool{"a": true, "an": true, "the": true, "one": true, "former": true, "senior": true}

// roleSide finds, among words [lo, hi) of sentence si, a role noun and a
// party named with it ("leader of Al Qaeda", "an Iraqi General", "a Sunni
// militant active with al-Qaeda"): the party's side; "" when the words
// hold no role noun, no party, or another person.
func (c *context) roleSide(si, lo, hi int) string {
	ws := c.sents[si].Words
	role, side, former := false, "", false
	for k := lo; k < hi && k < len(ws); k++ {
		if c.personEndingAt(si, k) != nil {
			return ""
		}
		w := ws[k].Lower
		if w == "former" || w == "ex" || w == "retired" || strings.HasPrefix(w, "ex-") {
			former = true
		}
		if roleNouns[w] || roleNouns[strings.TrimSuffix(w, "s")] {
			role = true
		}
		if sd := c.mentions[si][k]; sd != "" && side == "" {
			side = sd
		}
	}
	if former && c.states[side] {
		// "a former Iraqi officer": a state's service left, no side now
		// (a group's former leader stays of the group)
		return ""
	}
	if role {
		return side
	}
	return ""
}

// lastPersonSide returns the side of the last person named before off: who
// "he" is in a biography or a report about one person.
func (c *context) lastPersonSide(off int) string {
	side, best := "", -1
	for _, e := range c.doc.Entities {
		if e.Kind == parallax.KindPerson && e.End <= off && e.Start > best && !pronoun(e.Text) {
			side, best = c.personSide(&e), e.Start
		}
	}
	return side
}

func pronoun(t string) bool {
	switch strings.ToLower(t) {
	case "he", "she", "him", "her", "his", "they", "it":
		return true
	}
	return false
}

// fightingWords mark a sentence about fighting, where a death is one of
// its victims'.
var fightingWords = map[string]bool{
	"fighting": true, "clashes": true, "battle": true, "combat": true, "raid": true, "operation": true,
	"firefight": true, "gunfight": true, "airstrike": true, "strike": true, "drone": true, "ambush": true,
	"wounds": true, "offensive": true, "war": true, "skirmish": true, "injuries": true, "attacked": true,
	"enemy": true, "hostile": true, "explosive": true, "ied": true, "gunfire": true, "insurgents": true,
	"shot": true, "mortar": true, "rocket": true, "sniper": true,
}

// fighting reports whether sentence si speaks of fighting.
func (c *context) fighting(si int) bool {
	for _, w := range c.sents[si].Words {
		if fightingWords[w.Lower] {
			return true
		}
	}
	return false
}
