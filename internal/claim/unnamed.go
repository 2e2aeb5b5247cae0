package claim

import (
	"slices"
	"sort"
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// unnamedHeads are the nouns of speakers that act for a state without
// naming it ("authorities said", "a spokesperson said"). Statements and
// releases are left out: in press releases they are the publisher's own.
var unnamedHeads = map[string]bool{
	"authorities": true, "authority": true, "officials": true, "official": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "spokespeople": true,
	"ministry": true, "government": true, "police": true, "military": true, "army": true,
	"prosecutors": true, "prosecutor": true, "parliament": true, "house": true, "senate": true,
	"assembly": true, "congress": true,
	// offices and office holders of the state the article is about ("the
	// disaster management department said", "the interior minister said")
	"department": true, "minister": true, "president": true, "governor": true, "mayor": true,
	"lawmakers": true, "legislators": true, "cabinet": true, "ministers": true, "presidency": true, "commissioner": true,
}

// nonStateModifiers make an otherwise unnamed official speak for someone
// other than the state the article is about.
var nonStateModifiers = map[string]bool{
	"western": true, "foreign": true, "rebel": true, "opposition": true, "former": true,
	"international": true, "humanitarian": true, "aid": true, "hospital": true,
	"militant": true, "insurgent": true, "separatist": true, "party": true, "u.n.": true,
	"un": true, "company": true, "union": true, "campaign": true, "school": true,
	"university": true, "church": true, "club": true, "league": true, "team": true,
	// the de facto authorities of a breakaway region or of a government
	// no one recognises are not the state's
	"facto": true, "breakaway": true,
}

// stateKinds are the entity kinds whose side is a state's: countries,
// their governments, forces and people. Groups and organisations are not.
func stateKind(k string) bool {
	switch k {
	case parallax.KindGPE, parallax.KindGovernment, parallax.KindMilitary, parallax.KindPerson:
		return true
	}
	return false
}

// dominantState is the side of the state that clearly dominates the
// article's resolved entities: at least three mentions and at least twice
// as many as the next state. "" when no state dominates.
func dominantState(ents []parallax.Entity) string {
	best, first, second := topState(ents)
	if first < 3 || first < 2*second {
		return ""
	}
	return best
}

// topState counts the resolved mentions of each state's side and returns
// the side mentioned most (ties to the alphabetically first, so that the
// answer does not depend on map order) with the two highest counts.
func topState(ents []parallax.Entity) (best string, first, second int) {
	counts := map[string]int{}
	for _, e := range ents {
		if e.Side != "" && stateKind(e.Kind) {
			counts[e.Side]++
		}
	}
	for side, n := range counts {
		switch {
		case n > first || (n == first && side < best):
			if best != "" {
				second = max(second, first)
			}
			best, first = side, n
		case n > second:
			second = n
		}
	}
	return best, first, second
}

// unnamedOfficial tells whether the speaker tokens [a, b) are an official
// body or person of no named state: a head from unnamedHeads, preceded
// only by lower-case modifiers (or a capital that opens the sentence) none
// of which points elsewhere.
func (st *state) unnamedOfficial(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) || !unnamedHeads[st.toks[b-1].Norm] {
		return false
	}
	si := st.sentOf[a]
	for i := a; i < b-1; i++ {
		t := st.toks[i]
		if nonStateModifiers[t.Norm] && !(t.Norm == "foreign" && (st.norm(b-1) == "minister" || st.norm(b-1) == "ministry")) && !(t.Norm == "opposition" && legislatorHeads[st.norm(b-1)]) {
			// (the foreign minister is the state's own; opposition
			// lawmakers sit in the state's parliament, as the golds
			// give them the state, where an opposition spokesman is
			// the opposition's)
			return false
		}
		if t.Cap && !(si >= 0 && i == st.sentTok[si][0]) {
			return false
		}
	}
	return !st.privateInstitutionStaff(b) // "a spokeswoman for the hospital"
}

// legislatorHeads are the nouns of members of a state's parliament that
// unnamedHeads holds.
var legislatorHeads = map[string]bool{"lawmakers": true, "legislators": true}

// anaphoricTitles head a definite noun phrase that refers back to a
// person named just before ("the secretary added", "the top U.S.
// diplomat noted"). Unnamed officials ("the official") are left out: they
// are usually another, anonymous person.
var anaphoricTitles = map[string]bool{
	"secretary": true, "minister": true, "president": true, "diplomat": true, "leader": true,
	"envoy": true, "ambassador": true, "general": true, "commander": true, "governor": true,
	"chancellor": true, "premier": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"rapporteur": true, "mayor": true, "senator": true, "lawmaker": true, "congressman": true, "congresswoman": true,
}

// titleAnaphor: the speaker is "the" + a singular title, with no name
// ("the secretary"), or a body's title that the actor stage read as the
// body ("the top U.S. diplomat").
func (st *state) titleAnaphor(spk speaker) bool {
	if spk.a <= 0 || spk.b > len(st.toks) || st.norm(spk.a-1) != "the" && st.norm(spk.a) != "the" && st.norm(spk.a-2) != "the" {
		return false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		return false
	}
	return anaphoricTitles[st.toks[spk.b-1].Norm]
}

// titledBefore finds the person last named with the title that heads
// the anaphoric speaker spk, before token p and within eight sentences
// ("Foreign Secretary Boris Johnson welcomes ... The Foreign Secretary
// said"): the entity index, or -1.
func (st *state) titledBefore(spk speaker, p int) int {
	// the head and every capitalised word of the anaphor must be in the
	// title ("the Foreign Secretary" is not "Secretary of State X")
	need := map[string]bool{st.toks[spk.b-1].Norm: true}
	for k := spk.a; k < spk.b-1; k++ {
		if st.toks[k].Cap && st.toks[k].Word && st.norm(k) != "the" {
			need[st.norm(k)] = true
		}
	}
	si := st.sentOf[p]
	best, bestStart := -1, -1
	for ei, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Actor == "" || e.Start >= st.toks[p].Start || e.Start <= bestStart {
			continue
		}
		a, ok := st.tokenAt(e.Start)
		if !ok || si-st.sentOf[a] > 8 {
			continue
		}
		seen := 0
		for k := a - 1; k >= 0 && k >= a-5; k-- {
			w := st.norm(k)
			if !st.toks[k].Word || w == "and" || w == "the" || !(st.toks[k].Cap || titleWords[w]) {
				break
			}
			if need[w] {
				seen++
			}
		}
		if seen == len(need) {
			best, bestStart = ei, e.Start
		}
	}
	return best
}

// tokensIn is the run [a, b) of tokens that start at or after start and
// end by end: the tokens of an entity's span (a == b when none).
func (st *state) tokensIn(start, end int) (a, b int) {
	a = sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= start })
	b = a
	for b < len(st.toks) && st.toks[b].End <= end {
		b++
	}
	return a, b
}

// tokenAt is the token that starts at byte offset off.
func (st *state) tokenAt(off int) (int, bool) {
	i := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= off })
	return i, i < len(st.toks) && st.toks[i].Start == off
}

// bodyModified: the anaphoric title names a body or level of its own
// ("the provincial police commander", "the regional governor"): it is
// no other word for the last person who spoke, whose title was not
// checked. Only "the", a few rank words and capitalised words (whose
// side is compared) may precede the head.
func (st *state) bodyModified(spk speaker) bool {
	for k := spk.a; k < spk.b-1; k++ {
		if t := st.toks[k]; t.Cap || !t.Word {
			continue // "the Israeli leader", "the top U.S. diplomat": the side checks these
		}
		switch st.norm(k) {
		case "the", "top", "senior", "same", "chief":
		default:
			return true
		}
	}
	return false
}

// bodyNamedBefore: the speaker is "the" and lower-case words ("the air
// force", "the border guard service") that end the name of a sided body
// named before it, in the same sentence or the three before ("the
// Ukrainian air force"); the index of that entity, or -1, and the first
// token of the speaker's noun phrase. A class noun any body may go by
// ("the organization", "the group") takes up only the body named last:
// another in between may be meant. A body's own head ("the service",
// "the command", "the force") takes up the last body whose name, or
// canonical name, ends in it, past bodies of other names ("Georgia's
// State Security Service said Russian border guards had detained ... The
// service said").
func (st *state) bodyNamedBefore(spk speaker) (int, int) {
	if spk.a <= 0 || spk.b > len(st.toks) || spk.b <= spk.a {
		return -1, spk.a
	}
	// the parse may give the head alone ("the border guard service"):
	// the noun phrase runs back to its article over lower-case words
	for k := 0; k < 3 && spk.a > 1 && st.norm(spk.a-1) != "the" && st.sentOf[spk.a-1] == st.sentOf[spk.a]; k++ {
		if t := st.toks[spk.a-1]; !t.Word || t.Cap {
			break
		}
		spk.a--
	}
	led := spk.a > 1 && ledModifier(st.norm(spk.a-1)) && st.norm(spk.a-2) == "the" // "the NATO-led force"
	if st.norm(spk.a-1) != "the" && !led {
		return -1, spk.a
	}
	for i := spk.a; i < spk.b; i++ {
		if t := st.toks[i]; !t.Word || t.Cap {
			return -1, spk.a
		}
	}
	si := st.sentOf[spk.a]
	// "the rebel army", "the paramilitary forces": a state's force's head
	// with a word that says it is no state's
	own := ownBodyHeads[st.norm(spk.b-1)] || armyHeads[st.norm(spk.b-1)] && st.natureModified(spk)
	if led && !own {
		return -1, spk.a
	}
	first := spk.a
	if led {
		first = spk.a - 1
	}
	best, at := -1, -1
	for ei, e := range st.doc.Entities {
		switch e.Kind {
		case parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
		default:
			continue
		}
		if e.End > st.toks[first-1].Start || e.Start <= at {
			continue
		}
		if own && !st.nameEndsIn(e, spk) {
			continue // another body's name: "the service" is not "Russian border guards"
		}
		best, at = ei, e.Start
	}
	if best < 0 || st.doc.Entities[best].Side == "" {
		return -1, spk.a
	}
	a, b := st.tokensIn(st.doc.Entities[best].Start, st.doc.Entities[best].End)
	if a < 0 || si-st.sentOf[a] > 3 {
		return -1, spk.a
	}
	if own {
		return best, first
	}
	if b-a <= spk.b-spk.a {
		return -1, spk.a
	}
	for k := 1; k <= spk.b-spk.a; k++ {
		if st.toks[b-k].Norm != st.toks[spk.b-k].Norm {
			return -1, spk.a
		}
	}
	return best, spk.a
}

// spokenBody is a sided speaker headed by a body's noun ("the Tigray Army
// command") and the sentence it spoke in.
type spokenBody struct {
	spk speaker
	si  int
}

// bodySpokeBefore: the speaker is "the" and a body's own head ("the
// command"), and a sided speaker with that head spoke in the sentences
// before ("the Tigray Army command called ... the command
// said"): the last one, whose side the head takes up. The words before
// the head must be in that speaker's name too ("the military command"
// is not "the Tigray Army command").
func (st *state) bodySpokeBefore(spk speaker, si int, spoke []spokenBody) (speaker, bool) {
	if spk.a <= 0 || spk.b > len(st.toks) || spk.b <= spk.a || st.norm(spk.a-1) != "the" || !ownBodyHeads[st.norm(spk.b-1)] {
		return speaker{}, false
	}
	for i := spk.a; i < spk.b; i++ {
		if t := st.toks[i]; !t.Word || t.Cap && i > spk.a {
			return speaker{}, false
		}
	}
	for k := len(spoke) - 1; k >= 0; k-- {
		p := spoke[k]
		if si-p.si > 6 {
			break
		}
		if p.spk.b-p.spk.a <= spk.b-spk.a {
			continue // the same words: no fuller name to take up
		}
		ok := true
		for j := 1; j <= spk.b-spk.a && ok; j++ {
			ok = st.norm(p.spk.b-j) == st.norm(spk.b-j)
		}
		if ok {
			return p.spk, true
		}
	}
	return speaker{}, false
}

// ownBodyHeads are heads of bodies' names that a story uses alone for
// the body it named in full, and for no other kind of body: "the
// service" is a service, where "the organization" may be any body.
var ownBodyHeads = map[string]bool{
	"service": true, "command": true, "front": true, "force": true, "forces": true, "mission": true,
	"bureau": true, "directorate": true, "division": true, "brigade": true, "corps": true,
	"department": true, "guard": true, "office": true, "council": true, "committee": true,
	"administration": true, "authority": true, "commission": true, "centre": true, "center": true,
}

// ledModifier: a hyphenated "X-led" or "X-backed" before a body's head
// ("the NATO-led force", "the Saudi-led coalition").
func ledModifier(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-backed"))
}

// nameEndsIn: the entity's name, or its canonical name, ends in the
// speaker's head, a plural or singular agreeing, and holds the words
// before the head, but for words that say what kind of body it is ("the
// paramilitary force" for the Rapid Support Forces, "the border guard
// service" not for the State Security Service).
func (st *state) nameEndsIn(e parallax.Entity, spk speaker) bool {
	for _, name := range []string{e.Text, e.Actor} {
		ws := strings.Fields(strings.ToLower(name))
		if len(ws) < 2 || strings.TrimSuffix(ws[len(ws)-1], "s") != strings.TrimSuffix(st.norm(spk.b-1), "s") {
			continue
		}
		ok := true
		for k := spk.a; k < spk.b-1 && ok; k++ {
			// a non-state kind fits an armed group only ("the
			// paramilitary force" is not the Sudanese Armed Forces)
			ok = natureModifiers[st.norm(k)] && e.Kind == parallax.KindGroup || slices.Contains(ws, st.norm(k))
		}
		if ok {
			return true
		}
	}
	return false
}

// armyHeads head the name of an armed force, a state's or a group's.
var armyHeads = map[string]bool{"army": true, "armies": true, "militia": true, "forces": true}

// natureModified: a word before the speaker's head says what kind of
// armed group it is ("the rebel army").
func (st *state) natureModified(spk speaker) bool {
	for k := spk.a; k < spk.b-1; k++ {
		if natureModifiers[st.norm(k)] {
			return true
		}
	}
	return false
}

// natureModifiers say what kind of armed group a head names, not which
// one ("the paramilitary force", "the rebel command").
var natureModifiers = map[string]bool{
	"paramilitary": true, "rebel": true, "militant": true, "armed": true, "separatist": true,
	"insurgent": true, "jihadist": true, "islamist": true, "peacekeeping": true,
}

// usParties name the two parties of the US Congress.
var usParties = map[string]bool{
	"republican": true, "republicans": true, "democratic": true, "democrat": true, "democrats": true, "gop": true,
}

// usLegislature names the US Congress, its chambers and their members.
var usLegislature = map[string]bool{
	"senate": true, "house": true, "senator": true, "senators": true, "congressman": true,
	"congresswoman": true, "congressmen": true, "lawmaker": true, "lawmakers": true,
	"legislator": true, "legislators": true, "congressional": true,
}

// usPartyLegislator: the speaker tokens [a, b), with the noun right
// after them, name members of the US Congress by party and chamber or
// office ("Democratic lawmakers", "Senate Republicans", "one GOP
// senator"); neither word alone does ("Republicans said" may be the
// party, "senators" another state's).
func (st *state) usPartyLegislator(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	if b < len(st.toks) && usLegislature[st.norm(b)] && st.sentOf[b] == st.sentOf[a] {
		b++ // "A GOP senator said", where the speaker is the party's name
	}
	party, chamber := false, false
	for i := a; i < b; i++ {
		w := st.norm(i)
		if w == "former" || w == "state" {
			return false // a former senator, a state senator: not the Congress's
		}
		party = party || usParties[w] && st.toks[i].Cap
		chamber = chamber || usLegislature[w]
	}
	return party && chamber
}
