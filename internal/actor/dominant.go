package actor

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// stateTitles are title words held only in a state's service: a minister,
// prosecutor, judge or military officer named without a country speaks
// for the state the article is about ("Finance Minister NAME said" in
// a story on one state's budget). Titles also held in
// companies and NGOs ("director", "president", "spokesman") are not here.
// Legislators speak for their state too, opposition ones included. They
// are the words flagged "state" in data/lexicon/titles.tsv.
var stateTitles = titleSet("state")

// legislatorTitles are the state titles of members of a legislature
// (flagged "legislature" in data/lexicon/titles.tsv).
var legislatorTitles = titleSet("legislature")

// stateTitleAt: the token at i is a state title, or "secretary" as a
// minister's title: after a portfolio or a cabinet word ("Foreign
// Secretary", "Interior Cabinet Secretary", "Principal Secretary") or
// before "of" and a portfolio ("Secretary of State"); a company's or
// a party's secretary is none.
func (st *docState) stateTitleAt(i int) bool {
	w := st.tokNorm(i)
	if stateTitles[w] {
		return true
	}
	if w != "secretary" {
		return false
	}
	p := st.tokNorm(i - 1)
	if p != "general" && (portfolioWords[p] || titleQualifiers[p]) && p != "the" && p != "and" && p != "party" {
		return true
	}
	return st.tokNorm(i+1) == "of" && portfolioWords[st.tokNorm(i+2)] && st.tokNorm(i+2) != "the"
}

// stateServiceAt: "army", "military" or "government" at i names the
// state's forces or government in a title ("army spokesman NAME",
// "Government spokesman NAME"), unless a capitalised name makes it a
// group's ("Arakan Army spokesman").
func (st *docState) stateServiceAt(i int) bool {
	if st.tokNorm(i) == "department" && !st.toks[i].Cap && st.publicRemitBefore(i) {
		return true // "disaster management department spokesperson NAME"
	}
	if !stateServices[st.tokNorm(i)] {
		return false
	}
	if i == 0 || st.sentOf[i-1] != st.sentOf[i] {
		return true
	}
	p := st.toks[i-1]
	return !(p.Word && p.Cap) || p.Norm == "the" || p.Norm == "a" || p.Norm == "an"
}

// stateServices are the words of a state's own services and offices in a
// title ("army spokesman", "Government spokesman", "Presidential
// spokesperson", "Senate Majority Leader", "parliamentary speaker"):
// a company or a party has none of them.
var stateServices = map[string]bool{
	"army": true, "military": true, "government": true, "presidential": true, "presidency": true,
	"senate": true, "parliament": true, "parliamentary": true, "congressional": true,
	"ministry": true,
}

// roleNouns are lower-case nouns of a post that stand between a state's
// service and a name or rank ("police officer Captain NAME", "army
// commander NAME").
var roleNouns = map[string]bool{"officer": true, "official": true, "commander": true, "chief": true}

// ranksOnly: tokens [i, a) are capitalised words and abbreviation dots
// only (a rank or title run before a name), or none.
func (st *docState) ranksOnly(i, a int) bool {
	for k := i; k < a; k++ {
		if t := st.toks[k]; !(t.Text == "." || t.Word && t.Cap) {
			return false
		}
	}
	return true
}

// titleLinks join the words of a capitalised title ("Minister of
// Justice", "Minister for Foreign Affairs").
var titleLinks = map[string]bool{"of": true, "for": true, "the": true, "and": true}

// partyTitles make a title one of a party out of office: an opposition
// or shadow minister does not speak for the government.
var partyTitles = map[string]bool{"shadow": true, "opposition": true, "rebel": true, "militia": true, "insurgent": true}

// dominantState is the state an article is about: the country named
// (by name, adjective or capital) at least three times and at least twice
// as often as any other, or the only country named at all. "" when no
// country stands out, so that a story about two parties gives no side to
// an untitled official.
func (st *docState) dominantState() string {
	if st.domDone {
		return st.domSide
	}
	st.domDone = true
	n := map[string]int{}
	lead := "" // the first country the story names
	for _, l := range st.lex {
		h, ok := l.countryHit()
		if !ok {
			h, ok = l.first(hitCapital)
		}
		if ok {
			n[st.kb.Countries[h.idx].Side]++
			if lead == "" {
				lead = st.kb.Countries[h.idx].Side
			}
		}
	}
	// the towns and regions the geoparser placed count for their state
	// ("police in Mombasa"), unless the knowledge base read the same
	// words as a country or capital above
	for _, p := range st.doc.Places {
		if p.Country == "" || st.countryWordAt(p.Start, p.End) {
			continue
		}
		if c, ok := st.kb.CountryOfISO2(p.Country); ok {
			n[c.Side]++
		}
	}
	st.domNamed = n
	best, first, second := topCount(n)
	if h := st.homeDatelineState(); h != "" && h != best && n[h] >= 3 {
		// a story filed from a town of one of its parties ("SRINAGAR:
		// ... Pakistani troops violated the ceasefire"): the reporter
		// marks the other party by its state however often it names
		// it, and the untitled officials are the home state's
		st.domSide = h
		return h
	}
	// a short story about one state may name it once ("Floods hit
	// Malawi ... The disaster management department said"): a state
	// that is the only one named is the story's
	if (first >= 3 && first >= 2*second) || (first >= 1 && len(n) == 1) {
		st.domSide = best
	} else if first >= 3 && first > second && best == lead {
		// the story opens on the state it names most ("COUNTRY has
		// made $4 million from hunting licences ... the U.K. may ban
		// trophies"): its untitled minister is that state's
		st.domSide = best
	} else if u := st.unmarkedState(); u != "" && u == lead && n[u] >= 2 {
		// two states named about as often ("Japan protests Chinese
		// incursion" from Tokyo): the one the story opens on, whose
		// officials it names without a country ("Prime Minister NAME"
		// beside "Chinese Foreign Ministry spokesman NAME"), is the
		// reporter's own
		st.domSide = u
	} else if first > second && st.officialsState() == best {
		// a story about one state's policy towards others ("Washington
		// keeps tariffs on Mexico and Canada") names the others often,
		// but its officials are the first state's
		st.domSide = best
	} else if o := st.officialsState(); o != "" && n[o] == first {
		// a political story names its own state as seldom as the others
		// ("Germany must spend more", one mention each of Russia and
		// Washington) but quotes several of its officials
		st.domSide = o
	}
	return st.domSide
}

// unmarkedState is the state of the officials a story names without a
// country word in their titles ("Prime Minister NAME", not "Chinese
// Foreign Ministry spokesman NAME"): journalists mark foreign officials
// and leave their own state's unmarked. "" unless one state's unmarked
// officials outnumber every other's.
func (st *docState) unmarkedState() string {
	marked := map[string]bool{}
	sideOf := map[string]string{}
	for _, m := range st.ments {
		if m.kind != parallax.KindPerson || !m.resolved || m.side == "" || m.actor == "" {
			continue
		}
		if _, ok := st.kb.bySide[m.side]; !ok {
			continue
		}
		sideOf[m.actor] = m.side
		if st.markedTitle(m.a) {
			marked[m.actor] = true
		}
	}
	n := map[string]int{}
	for actor, side := range sideOf {
		if !marked[actor] {
			n[side]++
		}
	}
	best, first, second := topCount(n)
	if first > second {
		return best
	}
	return ""
}

// markedTitle: the title run before the name at token a names a country,
// its capital or a state body of its own ("Chinese Foreign Ministry
// spokesman", "Russia's Foreign Minister", "Kremlin spokesman").
func (st *docState) markedTitle(a int) bool {
	sent := st.sentOf[a]
	for i := a - 1; i >= 0 && i >= a-7 && st.sentOf[i] == sent; i-- {
		t := st.toks[i]
		if !(t.Word || t.Text == "." || t.Norm == "'s") {
			break
		}
		if l, ok := st.lexCovering(i); ok {
			if _, ok := l.countryHit(); ok || l.has(hitCapital) {
				return true
			}
		}
		for _, m := range st.ments {
			if m.kind != parallax.KindPerson && m.side != "" && m.a <= i && i < m.b {
				return true
			}
		}
		if t.Word && !t.Cap && !officialTitles[t.Norm] && !roleNouns[t.Norm] {
			break
		}
	}
	return false
}

// officialsState is the state whose officials the story names: the side
// of at least two different persons or bodies of the state (the
// knowledge base's people, titled people, "the White House"), at least
// twice as many as any other state's; "" when none stands out.
func (st *docState) officialsState() string {
	people := map[string]map[string]bool{}
	for _, m := range st.ments {
		if !m.resolved || m.side == "" || m.actor == "" || m.kind == parallax.KindGPE || m.kind == parallax.KindLocation {
			continue
		}
		if m.kind != parallax.KindPerson && m.kind != parallax.KindGovernment && m.kind != parallax.KindMilitary {
			continue // a state's body ("the White House") counts; a named group does not
		}
		if _, ok := st.kb.bySide[m.side]; !ok {
			continue // an international body's staff
		}
		if people[m.side] == nil {
			people[m.side] = map[string]bool{}
		}
		people[m.side][m.actor] = true
	}
	n := make(map[string]int, len(people))
	for s, ps := range people {
		n[s] = len(ps)
	}
	best, first, second := topCount(n)
	if first >= 2 && first >= 2*second {
		return best
	}
	return ""
}

// serviceBodyEnds: from token i at most two lower-case nouns end an
// apposition after a state's service word ("presidential council,",
// "army.", "government said"): the service names the body, not a thing
// of it ("army veterans' group").
func (st *docState) serviceBodyEnds(i int) bool {
	for k := 0; k < 3 && i < len(st.toks); k, i = k+1, i+1 {
		t := st.toks[i]
		if !t.Word || t.Norm == "said" || t.Norm == "told" || t.Norm == "says" {
			return t.Text == "," || t.Text == "." || t.Text == ";" || t.Word
		}
		if t.Cap || !bodyNouns[t.Norm] {
			return false
		}
	}
	return false
}

// bodyNouns are the heads of a state service's bodies after its word
// ("presidential council", "government office").
var bodyNouns = map[string]bool{
	"council": true, "office": true, "committee": true, "commission": true, "command": true, "cabinet": true,
	"ministry": true, "secretariat": true, "palace": true, "administration": true, "staff": true,
}

// stateTitleNear: a state title stands right before the person named at
// token a ("Finance Minister NAME", "said Judge NAME") or in an apposition right after the name at b (", the
// interior minister,", ", a federal prosecutor,"), within its sentence.
// A former, shadow or opposition title holds no state office.
func (st *docState) stateTitleNear(a, b int) bool {
	if st.appositionTitleState(a) {
		return true // "A presidency spokesman, NAME, said"
	}
	sent := st.sentOf[a]
	i := a - 1
	found := false
	// the title is the run of words right before the name: capitalised
	// ("Minister of Justice", "Lt. Gen."), or a lower-case title word
	// next to the name ("finance minister NAME"); a verb or
	// noun between ("a judge ordered journalist NAME") ends it
	legislator := false
	for k := 0; k < 5 && i >= 0 && st.sentOf[i] == sent; k++ {
		t := st.toks[i]
		if t.Norm == "opposition" && legislator {
			// "opposition lawmaker NAME": a legislator speaks for the
			// state, opposition or not (devgold conventions)
			i--
			continue
		}
		if formerWords[t.Norm] || partyTitles[t.Norm] {
			return false
		}
		if legislatorTitles[t.Norm] {
			legislator = true
		}
		if (spokesWords[t.Norm] && i == a-1 || roleNouns[t.Norm] && i < a-1 && st.ranksOnly(i+1, a)) && !t.Cap && !found {
			// "Police spokesperson NAME", "army spokesman NAME", "police
			// officer Captain NAME": the body before the role noun (and
			// the rank after it) is the state's; a role noun right
			// before the name ("military commander NAME") may be any
			// party's
			i--
			continue
		}
		if t.Norm == "justice" && t.Cap && i == a-1 {
			// "Justice NAME", "Chief Justice NAME": a judge ("Justice
			// Minister NAME" has the minister next to the name)
			found = true
			i--
			continue
		}
		if st.stateTitleAt(i) || st.stateServiceAt(i) {
			found = true
		} else if t.Text == "." || t.Text == "-" || (t.Word && t.Cap) || titleLinks[t.Norm] || (found && t.Word && !t.Cap) {
			// part of the title ("Gen.", "Interior", "of")
		} else {
			break
		}
		if t.Word && !t.Cap && !st.stateTitleAt(i) && !titleLinks[t.Norm] {
			// a lower-case word before the title is a portfolio
			// ("finance") or ends the run; either way the title is found
			break
		}
		i--
	}
	if found {
		return true
	}
	// an apposition: ", the country's / a / the (words) TITLE,"
	if b >= len(st.toks) || st.toks[b].Text != "," {
		return false
	}
	j := b + 1
	if w := st.tokNorm(j); w != "the" && w != "a" && w != "an" {
		if !st.stateTitleAt(j) {
			return false
		}
		j = b // ", minister of environment and tourism,": the title at once
	}
	official := false
	for k := 0; k < 6 && j+1 < len(st.toks) && st.sentOf[j+1] == sent; k++ {
		j++
		t := st.toks[j]
		if formerWords[t.Norm] || partyTitles[t.Norm] {
			return false
		}
		if !t.Word {
			return false
		}
		if officialTitles[t.Norm] {
			official = true
		}
		if official && !t.Cap && st.stateServiceAt(j) && st.serviceBodyEnds(j+1) {
			// ", the head of the transitional presidential council,", ",
			// a spokesman for the army.": a post in the state's own
			// service
			return true
		}
		if st.stateTitleAt(j) {
			// the title ends the apposition ("a prosecutor," not "a
			// prosecutor for the rebels' court")
			next := st.tokNorm(j + 1)
			if next == "of" || next == "for" {
				// a portfolio after the title ("minister of environment
				// and tourism,"), lower-case words up to the comma
				k := j + 2
				for k < len(st.toks) && k < j+8 && st.sentOf[k] == sent && (portfolioWords[st.toks[k].Norm] || titleLinks[st.toks[k].Norm]) {
					k++
				}
				return k > j+2 && st.tokNorm(k) == ","
			}
			return next == "," || next == "said" || next == "told"
		}
	}
	return false
}

// ofOutlet: the mention is the outlet that publishes the article, or its
// reporter ("VOA's Henry Wilkins reported"): a pronoun of the story
// never refers to them ("rights groups told VOA ... They say" are the
// groups), since a story does not quote its own newsroom.
func (st *docState) ofOutlet(m mention) bool {
	o := st.doc.Article.Outlet
	if o == "" {
		return false
	}
	is := func(a, b int) bool {
		if a < 0 || b <= a {
			return false
		}
		f := Fold(st.nameText(a, b))
		return f == Fold(o) || f == outletInitials(o)
	}
	if is(m.a, m.b) || Fold(m.actor) == Fold(o) || Fold(m.actor) == outletInitials(o) {
		return true
	}
	// OUTLET 's NAME
	if m.kind == "person" && m.a >= 2 && st.tokNorm(m.a-1) == "'s" {
		for a := m.a - 2; a >= 0 && a >= m.a-5; a-- {
			if is(a, m.a-1) {
				return true
			}
		}
	}
	return false
}

// outletInitials: the folded initials of an outlet's words ("Voice of
// America" -> "voa"), for an outlet named by its acronym.
func outletInitials(o string) string {
	var b strings.Builder
	for _, w := range strings.Fields(o) {
		b.WriteString(strings.ToLower(w[:1]))
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// countryWordAt: a lex item naming a country, demonym or capital lies
// within byte offsets [start, end).
func (st *docState) countryWordAt(start, end int) bool {
	k := sort.Search(len(st.lex), func(k int) bool { return st.toks[st.lex[k].b-1].End > start })
	for ; k < len(st.lex) && st.toks[st.lex[k].a].Start < end; k++ {
		l := st.lex[k]
		if _, ok := l.countryHit(); ok || l.has(hitCapital) {
			return true
		}
	}
	return false
}

// topCount returns the key with the highest count (ties to the
// alphabetically first, so that the answer does not depend on map order)
// and the two highest counts.
func topCount(n map[string]int) (best string, first, second int) {
	for s, c := range n {
		switch {
		case c > first || (c == first && s < best):
			if best != "" {
				second = max(second, first)
			}
			best, first = s, c
		case c > second:
			second = c
		}
	}
	return best, first, second
}

// publicRemits are the lower-case fields of work before "department"
// that only a state's department has ("the disaster management
// department", "the immigration department"); a firm's or a
// university's department ("marketing", "history") is none.
var publicRemits = map[string]bool{
	"disaster": true, "immigration": true, "customs": true, "police": true, "fire": true, "health": true,
	"meteorological": true, "forestry": true, "wildlife": true, "defence": true, "defense": true, "interior": true,
	"prisons": true, "correctional": true, "revenue": true, "emergency": true, "emergencies": true,
}

// publicRemitBefore: one of the two lower-case words before the token at i
// is a public remit ("disaster management department").
func (st *docState) publicRemitBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && st.sentOf[k] == st.sentOf[i]; k-- {
		t := st.toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if publicRemits[t.Norm] {
			return true
		}
	}
	return false
}

// homeDatelineState is the state of the town of the story's first
// dateline, among its first lines ("SRINAGAR:", "BEIRUT —", "Nabatieh -
// Example Channel" below the headline), as the geoparser placed it; ""
// without one, for towns a slash joins, and for a town of no state.
func (st *docState) homeDatelineState() string {
	if len(st.datelines) == 0 || st.datelines[0].Start > homeDatelineReach || st.datelines[0].Towns > 1 {
		return ""
	}
	town := st.datelines[0].Places[0]
	for _, p := range st.doc.Places {
		if p.Country != "" && town.Contains(parallax.Span{Start: p.Start, End: p.End}) {
			if c, ok := st.kb.CountryOfISO2(p.Country); ok {
				return c.Side
			}
			return ""
		}
	}
	return ""
}

// titledOfficeState is the state whose office a person titled without a
// state holds ("President NAME", "army spokesman Col. NAME"): the state
// the story is about (dominantState), else, in a story about two states
// named about as often, the state of its dateline's town when the story
// names that state as one of its two parties: a reporter titles his own
// state's officers without its name and marks the other state's ("the
// Salvadoran president"). A dateline in a third state decides nothing.
func (st *docState) titledOfficeState() string {
	d := st.dominantState()
	if h := st.hostDateline(); h != "" && (d == "" || d == h) {
		// a wire filed from a third capital ("HARARE — RENAMO rebels
		// said ... Zimbabwean military sources said ... Defence Minister
		// NAME said"): the host names no title, whatever it counts
		return st.stateBesideHost(h)
	}
	if d != "" {
		return d
	}
	h := st.homeDatelineState()
	if h == "" || st.domNamed[h] < 2 {
		return ""
	}
	above := 0 // states named more often than the dateline's
	for s, c := range st.domNamed {
		if s != h && c > st.domNamed[h] {
			above++
		}
	}
	if above > 1 {
		return ""
	}
	return h
}

// homeDatelineReach bounds where the story's dateline may start: below
// the headline, a byline and a date line, not in a later paragraph (a
// live blog's entry, a quoted bulletin).
const homeDatelineReach = 600

// hostDateline is the state of the story's dateline (its town's, else
// its capital's) when the story treats that state as the host of its
// reporter rather than a party: it names the state's own sources by the
// state's demonym or name ("Zimbabwean military sources said", "A
// Pakistani foreign ministry spokesman said", "Ivorian officials said")
// and none of its forces ("Russian troops took", "Argentine aircraft
// hit"). A reporter marks the sources of a state he only files from;
// where that state's forces act, it is a party whatever he marks, and a
// story that names the state nowhere but in its dateline ("MOSCOW —
// Troops took a Ukrainian village, Defence Minister NAME said") is the
// dateline state's own. A body of the state the story names without its
// demonym ("The island's coast guard administration said" from TAIPEI)
// or a person of it so named ("Mulino told reporters his government" from
// PANAMA CITY) is the reporter's own state's: a party. "" otherwise.
func (st *docState) hostDateline() string {
	if !st.hostStateDone {
		st.hostStateDone = true
		st.hostState = st.findHostDateline()
	}
	return st.hostState
}

func (st *docState) findHostDateline() string {
	h := st.homeDatelineState()
	if h == "" {
		h = st.datelineState()
	}
	if h == "" {
		return ""
	}
	sources := false
	home := st.homeSentences(h)
	for _, l := range st.lex {
		ch, ok := l.countryHit()
		if !ok || st.toks[l.a].InQuote {
			continue
		}
		source, force := false, false
		for k := l.b; k < l.b+3 && k < len(st.toks) && st.toks[k].Word; k++ {
			w := st.tokNorm(k)
			source = source || hostSourceNouns[w]
			force = force || hostForceNouns[w]
		}
		if st.kb.Countries[ch.idx].Side != h {
			if force && !source && home[st.sentOf[l.a]] {
				// "tracked six Chinese ships near Kinmen" from TAIPEI:
				// another state's forces at the dateline state's land
				return ""
			}
			continue
		}
		switch {
		case source:
			sources = true // "Thai army spokesman": the spokesman speaks
		case force:
			return ""
		}
	}
	if !sources {
		return ""
	}
	for _, m := range st.ments {
		if m.resolved && m.side == h && m.kind != parallax.KindGPE && !m.inQuote && !st.markedBy(m, h) {
			return ""
		}
	}
	return h
}

// homeSentences are the sentences that name a town or region of the
// state h (as the geoparser placed it) other than the dateline's own.
func (st *docState) homeSentences(h string) map[int]bool {
	out := map[int]bool{}
	var town parallax.Span
	if len(st.datelines) > 0 && len(st.datelines[0].Places) > 0 {
		town = st.datelines[0].Places[0]
	}
	for _, p := range st.doc.Places {
		if p.Country == "" || town.Contains(parallax.Span{Start: p.Start, End: p.End}) {
			continue
		}
		c, ok := st.kb.CountryOfISO2(p.Country)
		if !ok || c.Side != h {
			continue
		}
		k := sort.Search(len(st.toks), func(k int) bool { return st.toks[k].Start >= p.Start })
		if k < len(st.toks) {
			out[st.sentOf[k]] = true
		}
	}
	return out
}

// markedBy: the mention m carries a name or demonym of the state side
// in its words or right before them ("Honduran military sources",
// "Iraq's Revolutionary Command Council").
func (st *docState) markedBy(m mention, side string) bool {
	for _, l := range st.lex {
		if l.a >= m.b {
			break
		}
		if l.b < m.a-1 {
			continue
		}
		if h, ok := l.countryHit(); ok && st.kb.Countries[h.idx].Side == side {
			return true
		}
	}
	return false
}

// hostSourceNouns head a state's sources that a reporter names by their
// state ("Kenyan officials", "Honduran military sources").
var hostSourceNouns = map[string]bool{
	"officials": true, "official": true, "sources": true, "source": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "diplomats": true,
}

// hostForceNouns are a state's forces, whose acts make it a party of the
// story ("Russian troops", "Argentine aircraft", "the Thai military").
var hostForceNouns = map[string]bool{
	"troops": true, "forces": true, "force": true, "army": true, "soldiers": true, "military": true,
	"jets": true, "aircraft": true, "warplanes": true, "planes": true, "bombers": true, "navy": true,
	"warships": true, "ships": true, "vessels": true, "gunboats": true, "artillery": true, "tanks": true, "units": true, "militia": true,
	"marines": true, "paratroopers": true, "missiles": true, "drones": true, "shells": true, "police": true,
}

// stateBesideHost is the state a story filed from the host state h is
// about: the one named most often apart from h, counting its names,
// capitals and towns (domNamed) and its bodies the base resolved ("Radio
// Mozambique"); "" when two states tie.
func (st *docState) stateBesideHost(h string) string {
	n := map[string]int{}
	for s, c := range st.domNamed {
		if s != h {
			n[s] += c
		}
	}
	for _, m := range st.ments {
		if !m.resolved || m.side == "" || m.side == h || m.kind == parallax.KindPerson || m.kind == parallax.KindGPE {
			continue
		}
		if _, ok := st.kb.bySide[m.side]; ok {
			n[m.side]++
		}
	}
	best, first, second := topCount(n)
	if first == 0 || first == second {
		return ""
	}
	return best
}
