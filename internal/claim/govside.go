package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// The rules of this file correct the state of a state's speaker that an
// earlier rule took from the wrong party of a story about two states. A
// daily of one state, filed from home ("Example Nairobi Nation", dateline
// NAIROBI), calls its own government "the government" and its ministries
// "the ministry" without a country word: its readers know whose they
// are. The other state is always named ("Kampala said", "Ugandan police",
// "Eritrea's information ministry"), and the actor stage, which takes a
// bare body up from the state named nearest, gives the bare body the
// other state's side. A wire story (no state in its outlet's name) or a
// story filed from a third country decides nothing, and a bare noun that
// takes up a body of the other state named before ("Algeria's defence
// ministry said ... The ministry said") keeps that body's side.

// homeDailyState is the state of a home daily's story: the state the
// outlet's name holds (outletState: "Example Ethiopian Herald", "Example
// Rabat Matin"), when the story's first dateline's town lies in that
// state too; "" for a wire, a paper named after no state or two, a
// story with no dateline (a language's name in "Example Khovar English
// Service" is no state's paper), and a home paper's story filed from
// abroad.
func (st *state) homeDailyState() string {
	if st.homeDailyDone {
		return st.homeDaily
	}
	st.homeDailyDone = true
	home := st.outletState()
	if home == "" {
		return ""
	}
	for _, d := range st.datelines {
		if d.Start > homeDatelineReach || d.Towns > 1 || len(d.Places) == 0 {
			break
		}
		if st.placeSideIn(d.Places[0]) == home {
			st.homeDaily = home
		}
		break
	}
	return st.homeDaily
}

// homeDailyBodySide is the home daily's state (homeDailyState) for a
// speaker an earlier rule gave another state's side, or none, when the
// speaker is its state's body or office named bare: "the government",
// "The ministry", "Officials", "A senior official", a headline's
// "Government says" (stateHeaded), with no state, place or possessor in
// or just before its words (qualifierSide, qualifiedBefore), taking up no
// body of its head word named before with another state's side; or a
// pronoun ("It denied", "She said") right after such a speaker, in the
// same sentence or the next. ok is false when the rule does not apply.
func (st *state) homeDailyBodySide(spk, prev speaker, sentsSincePrev int) (side string, ok bool) {
	home := st.homeDailyState()
	if home == "" || spk.side == home || spk.a < 0 || spk.b <= spk.a || spk.b > len(st.toks) {
		return "", false
	}
	if spk.side != "" && !st.isStateSide(spk.side) {
		return "", false // a group's or a body's side: not this rule's
	}
	if spk.b-spk.a == 1 && pronoun(st.toks[spk.a].Text) {
		if sentsSincePrev <= 1 && prev.side == home && prev.a >= 0 && st.bareHomeBody(prev, home) {
			return home, true
		}
		return "", false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		return "", false // a named person: the office rules'
	}
	if !st.bareHomeBody(spk, home) {
		return "", false
	}
	return home, true
}

// bareHomeBody: the speaker's words name a state's body or office with
// no state, place or possessor of their own, and no body of the same head
// word that another state than home owns was named before it.
func (st *state) bareHomeBody(spk speaker, home string) bool {
	a, b := spk.a, spk.b
	headed := st.stateHeaded(a, b)
	if !headed && b-a >= 2 && st.norm(b-2) == "foreign" && foreignOffices[st.norm(b-1)] {
		// "the foreign ministry": a state's office, whatever "foreign
		// officials" are
		headed = b-a == 2 || st.stateHeaded(a, b-2)
	}
	if !headed || st.qualifiedBefore(a) {
		return false
	}
	caps := 0
	for k := a; k < b; k++ {
		if w := st.norm(k); w == "'s" || w == "’s" {
			return false // "The country's health ministry": a state named before
		}
		if st.toks[k].Cap && st.toks[k].Word && !determiners[st.norm(k)] {
			caps++
		}
		if w := st.norm(k); w != "" && w[0] >= '0' && w[0] <= '9' {
			return false // "the 14th Army": a formation's own name, no bare body
		}
	}
	if caps >= 2 && spk.ent >= 0 && st.namedElsewhere(spk.ent) {
		// a body's own name sided for the other state the story names
		// ("the Eastern Theatre Command" in a Taipei daily): no bare
		// body; a namesake of a state the story never names ("Inter
		// Services Public Relations" in a Dhaka daily) is
		return false
	}
	if st.institutionStaffSpeaker(a, b) || st.privateInstitutionStaff(b) {
		return false // "Officials at El-Arish General Hospital"
	}
	if _, qualified := st.qualifierSide(a, b); qualified {
		return false
	}
	if side, found := st.antecedentSide(a, b); found && side != "" && side != home {
		return false
	}
	head := st.norm(b - 1)
	for k := 0; k < a; k++ {
		if st.norm(k) != head {
			continue
		}
		// the words of that earlier body's name: capitalised words, a
		// possessive and a remit's words before its head ("Algeria's
		// defence ministry", "the Ugandan police")
		start, first := k, st.sentTok[st.sentOf[k]][0]
		for start > first && k-start < 4 {
			w := st.norm(start - 1)
			if !(st.toks[start-1].Cap && st.toks[start-1].Word || w == "'s" || w == "’s" || remitWords[w]) {
				break
			}
			start--
		}
		if s, qualified := st.qualifierSide(start, k+1); qualified && s != home {
			return false // "Algeria's defence ministry ... the ministry said"
		}
	}
	return true
}

// isStateSide: side is a state's (a side some state word of the actor
// table gives), not a group's or an international body's.
func (st *state) isStateSide(side string) bool {
	for _, s := range st.sideOfISO2 {
		if s == side {
			return true
		}
	}
	return false
}

// foreignOffices are the heads that "foreign" makes a state's foreign
// affairs office rather than another state's ("the foreign ministry").
var foreignOffices = map[string]bool{"ministry": true, "minister": true, "office": true, "secretary": true}

// An alliance a state leads speaks for that state: "the US-led coalition
// said" is the United States' voice as the golds give it (wiregold15's
// US-led coalition and its spokesman USA, wiregold6's Saudi-led coalition
// SAU), and "Its spokesman, Colonel NAME," or "the command's chief,
// General NAME," speaks for the body his title's possessor names, not
// for the state the story is about.

// ledAllianceSide is the state that leads the alliance the speaker's
// words name ("the US-led coalition", "The Nigerian-led force", "Troops
// of the Russian-led alliance"): the state or demonym before "-led", when
// the words end in an alliance's or a force's noun.
func (st *state) ledAllianceSide(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) || !alliedForceHeads[st.norm(b-1)] {
		return "", false
	}
	// the words from the noun phrase's determiner on: "The Kenyan-led
	// force said" whose speaker's words are "force" alone
	for n, first := 0, st.sentTok[st.sentOf[a]][0]; n < 4 && a > first && !determiners[st.norm(a-1)] && st.toks[a-1].Text != ","; n++ {
		a--
	}
	text := strings.ToLower(st.doc.Text[st.toks[a].Start:st.toks[b-1].End])
	i := strings.Index(text, "-led ")
	if i <= 0 {
		return "", false
	}
	words := strings.Fields(text[:i])
	if len(words) == 0 {
		return "", false
	}
	cw, ok := st.countryWords[words[len(words)-1]]
	if !ok || cw.side == "" {
		return "", false
	}
	return cw.side, true
}

// alliedForceHeads end the name of an alliance or a force several
// states field.
var alliedForceHeads = map[string]bool{
	"coalition": true, "force": true, "forces": true, "alliance": true, "mission": true,
	"troops": true, "operation": true, "contingent": true,
}

// possessedTitleSide is the side of the body whose title a named
// person's mention follows in apposition: "Its spokesman, Colonel NAME,"
// right after a body spoke (last, in the sentence before or this one),
// or "the command's chief, General NAME," after a body whose name ends in
// "command" spoke or was named. ok is false when no such title stands
// before the mention or its owner has no side.
func (st *state) possessedTitleSide(spk speaker, last speaker, sentsSinceLast int) (string, bool) {
	if spk.ent < 0 || spk.a < 0 || st.doc.Entities[spk.ent].Kind != parallax.KindPerson || pronoun(st.toks[spk.a].Text) {
		return "", false
	}
	k := spk.a - 1
	first := st.sentTok[st.sentOf[spk.a]][0]
	for n := 0; k > first && n < 4 && (st.toks[k].Cap && st.toks[k].Word || st.toks[k].Text == "."); n++ {
		k-- // the rank before the name ("Colonel", "Lt. Gen.")
	}
	if k <= first || st.norm(k) != "," || !possessedTitles[st.norm(k-1)] {
		return "", false
	}
	k -= 2
	switch w := st.norm(k); {
	case w == "its":
		if last.a >= 0 && last.side != "" && sentsSinceLast <= 1 && !pronoun(st.toks[last.a].Text) {
			return last.side, true
		}
	case (w == "'s" || w == "’s") && k > 1 && !st.toks[k-1].Cap && st.norm(k-2) == "the":
		// "the command's" (not "the Chilean army's", which its own
		// word qualifies): the last body named before whose name ends
		// in that word
		head := st.norm(k - 1)
		for j := k - 2; j >= 0; j-- {
			if st.norm(j) != head {
				continue
			}
			if ei, ok := st.entEnd[j+1]; ok && st.doc.Entities[ei].Side != "" && st.doc.Entities[ei].Kind != parallax.KindPerson {
				return st.doc.Entities[ei].Side, true
			}
			if last.a >= 0 && last.b == j+1 && last.side != "" {
				return last.side, true
			}
		}
	}
	return "", false
}

// possessedTitles are the titles "Its TITLE, NAME" gives a body's
// officer.
var possessedTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "chief": true, "commander": true,
	"head": true, "director": true, "president": true, "leader": true,
}

// ownerAfterTitleSide is the side of the owner an officer's title names
// after it ("The spokesman of the GNA's Sirte Protection Force said", "a
// spokeswoman for the Kenyan army said"): the body or state named right
// after "of" or "for", whose side beats the person an earlier rule took
// the bare title up as (the other army's spokesman named before). ok is
// false when the title names no owner with a side.
func (st *state) ownerAfterTitleSide(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b+1 >= len(st.toks) || !possessedTitles[st.norm(b-1)] || b-a > 2 {
		return "", false
	}
	if w := st.norm(b); w != "of" && w != "for" || st.sentOf[b] != st.sentOf[a] {
		return "", false
	}
	k := b + 1
	if st.norm(k) == "the" {
		k++
	}
	if k >= len(st.toks) {
		return "", false
	}
	if ei, ok := st.entStart[k]; ok {
		e := st.doc.Entities[ei]
		if e.Side != "" && e.Kind != parallax.KindPerson && e.Kind != parallax.KindLocation {
			return e.Side, true
		}
		return "", false
	}
	if cw, ok := st.countryWords[st.norm(k)]; ok && st.toks[k].Cap && cw.side != "" {
		return cw.side, true // "a spokesman for the Kenyan army"
	}
	return "", false
}

// An official "in" another state's capital is a guest there: "a
// Guinea-Bissau government official in Dakar" speaks for Guinea-Bissau,
// and "Diplomats in Rabat" are the envoys of other states, no one's voice
// that the text names (the golds give diplomats in a capital no side).

// hostedSpeakerSide is the side of a speaker whose words place him "in"
// or "at" a town: the state a country word before his head noun names
// ("a Somali government official in Nairobi"), or none for diplomats
// with no such word ("Diplomats in Addis Ababa said"). ok is false when
// the words place no one so.
func (st *state) hostedSpeakerSide(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b-a < 3 || b > len(st.toks) {
		return "", false
	}
	in := -1
	for k := a + 1; k < b-1; k++ {
		if w := st.norm(k); w == "in" || w == "at" {
			in = k
			break
		}
	}
	if in < 0 {
		return "", false
	}
	named := ""
	for k := a; k < in-1; k++ {
		if cw, ok := st.countryWords[st.norm(k)]; ok && st.toks[k].Cap && cw.side != "" {
			if named != "" && named != cw.side {
				return "", false
			}
			named = cw.side
		}
	}
	head := st.norm(in - 1)
	switch {
	case named != "" && (stateHeads[head] || stateTitledHeads[head] || head == "diplomat" || head == "diplomats"):
		return named, true
	case named == "" && (head == "diplomat" || head == "diplomats") && !st.qualifiedBefore(a):
		return "", true
	}
	return "", false
}

// namedElsewhere: the side of entity ei is a state's that another entity
// of the story, or a state's name or demonym in its text, also names.
func (st *state) namedElsewhere(ei int) bool {
	side := st.doc.Entities[ei].Side
	if side == "" {
		return false
	}
	for j, e := range st.doc.Entities {
		if j != ei && e.Side == side && stateKind(e.Kind) && e.Actor != st.doc.Entities[ei].Actor {
			return true
		}
	}
	for _, t := range st.toks {
		// a demonym the actor stage made no entity of ("30 Chinese
		// military aircraft")
		if cw, ok := st.countryWords[t.Norm]; ok && t.Cap && cw.side == side {
			return true
		}
	}
	return false
}
