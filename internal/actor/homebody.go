package actor

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// homeBodyHeads are the head nouns of a state's civil or security body
// that a story names without its state ("the Secretariat of Security and
// Civilian Protection", "The Ministry of External Affairs", "the Bureau
// for Reintegration Policies", "the Civil Aviation Authority").
var homeBodyHeads = map[string]bool{
	"ministry": true, "department": true, "authority": true,
	"directorate": true, "secretariat": true,
	"inspectorate": true, "administration": true, "command": true,
	"constabulary": true, "gendarmerie": true, "police": true,
}

// homeServiceHeads are heads a firm's or an activists' body's name shares
// ("Marvale Taxi Service", "Baloch Solidarity Committee"), a state's only with a word of a public remit
// in the name (homeRemitWords): "National Police Service", "Bureau for
// Reintegration Policies".
var homeServiceHeads = map[string]bool{
	"service": true, "bureau": true, "office": true, "committee": true, "commission": true,
	"agency": true, // "Anadolu Agency" is a news agency's
}

// homeRemitWords are words of a state's remit in a body's name.
var homeRemitWords = map[string]bool{
	"national": true, "state": true, "federal": true, "civil": true, "public": true, "security": true,
	"border": true, "prison": true, "prisons": true, "intelligence": true, "customs": true,
	"immigration": true, "migration": true, "emergency": true, "emergencies": true, "policy": true,
	"policies": true, "affairs": true, "defence": true, "defense": true, "investigation": true,
	"investigations": true, "statistics": true, "reintegration": true, "reconstruction": true,
	"police": true, "liberty": true, "election": true, "electoral": true, "action": true,
	"information": true, "communication": true, "communications": true, "home": true,
	"external": true, "interior": true, "internal": true, "justice": true, "education": true,
	"finance": true, "economy": true, "trade": true, "transport": true, "energy": true,
	"agriculture": true, "labour": true, "labor": true, "water": true, "environment": true,
	"culture": true, "tourism": true, "works": true, "planning": true, "religious": true,
	"youth": true, "social": true, "welfare": true, "land": true, "lands": true, "mines": true,
	"petroleum": true, "industry": true, "commerce": true, "reconciliation": true, "peace": true,
	"unification": true, "humanitarian": true, "disaster": true, "management": true, "protection": true,
	"health": true, "aviation": true, "local": true, "government": true, "veterans": true, "ombudsman's": true, "ombudsman": true, "prosecutor's": true,
}

// homeForceHeads are heads of an armed body, a state's only when its name
// also says so (homeForceWords): "Royal Armed Forces", "National Guard",
// "Peace Task Force"; a militia's "Defence Force" is not.
var homeForceHeads = map[string]bool{
	"force": true, "forces": true, "army": true, "navy": true, "guard": true, "corps": true,
}

// homeForceWords mark an armed body's name as a state's.
var homeForceWords = map[string]bool{
	"armed": true, "royal": true, "national": true, "task": true, "border": true, "coast": true,
	"republican": true, "presidential": true, "federal": true,
}

// nonStateNameWords make a body's name one of a party, a movement, a
// people's militia, civil society or an international body, never a
// state's own ("Southern Transitional Council", "People's Defence
// Force", "Committee to Protect Journalists", "International Crisis
// Group").
var nonStateNameWords = map[string]bool{
	"liberation": true, "people's": true, "peoples": true, "popular": true, "resistance": true,
	"revolutionary": true, "rebel": true, "islamic": true, "patriotic": true, "front": true,
	"movement": true, "party": true, "union": true, "transitional": true, "mujahideen": true,
	"militia": true, "brigade": true, "brigades": true, "international": true, "world": true,
	"global": true, "european": true, "african": true, "humanitarian": true, "aid": true,
	"relief": true, "refugee": true, "refugees": true, "journalists": true, "press": true, "news": true,
	"media": true, "association": true, "federation": true, "foundation": true, "institute": true,
	"university": true, "college": true, "school": true, "church": true, "students": true,
	"workers": true, "lawyers": true, "bar": true, "chamber": true, "company": true,
	"corporation": true, "democratic": true, "opposition": true, "self-defence": true,
	"self-defense": true, "political": true, "rights": true, "watch": true, "council": true, "network": true,
	"coalition": true, "alliance": true, "league": true, "society": true, "trust": true,
}

// homeStateBody: an organisation's words are a state's public body by
// its head (the word before the first "of" or "for", else the last) and
// hold no word of a party, militia or civil society.
func homeStateBody(words []string) bool {
	if len(words) < 2 {
		return false
	}
	head := words[len(words)-1]
	for k := 1; k < len(words); k++ {
		if words[k] == "of" || words[k] == "for" {
			head = words[k-1]
			break
		}
	}
	force, remit := false, false
	for _, w := range words {
		if nonStateNameWords[w] {
			return false
		}
		force = force || homeForceWords[w]
		remit = remit || homeRemitWords[w]
	}
	switch {
	case homeBodyHeads[head]:
		return true
	case homeServiceHeads[head]:
		return remit
	}
	return homeForceHeads[head] && force
}

// homeBodySide is the side of the recogniser's organisation at tokens
// [a, b) that the knowledge base lacks, when its name is a state's public
// body (homeStateBody) written bare ("the Bureau for Reintegration
// Policies said", not "Russia's" or "Tiraspol's"): the state the story is
// about, else the state of its dateline, else the state its outlet's name
// holds ("Example Quito Herald"). Reporters mark a foreign state's bodies
// by the state and leave their own state's bare. "" otherwise.
func (st *docState) homeBodySide(a, b int) string {
	if a > 0 && st.tokNorm(a-1) != "the" && st.toks[a-1].Word {
		return ""
	}
	if a > 0 && (st.tokNorm(a-1) == "'s" || st.tokNorm(a-1) == "’s") {
		return ""
	}
	if !homeStateBody(st.words(a, b)) || st.namesCountry(a, b) {
		return ""
	}
	side := st.dominantState()
	if side == "" {
		side = st.bodyDatelineState()
	}
	if side == "" {
		side = st.outletHomeState()
	}
	if _, ok := st.kb.bySide[side]; !ok {
		return ""
	}
	return side
}

// outletHomeState is the state whose country, demonym or capital the
// outlet's name holds ("Example Kathmandu Post", "Kenya Briefings"), or
// "" when it holds none or two.
func (st *docState) outletHomeState() string {
	ws := st.foldWords(st.doc.Article.Outlet)
	side := ""
	for i := range ws {
		for j := min(len(ws), i+3); j > i; j-- {
			for _, h := range st.kb.phrases[strings.Join(ws[i:j], " ")] {
				switch h.kind {
				case hitCountry, hitDemonym, hitDemonymPlural, hitCapital:
					c := st.kb.Countries[h.idx]
					if c.Context != nil {
						continue
					}
					if side != "" && side != c.Side {
						return ""
					}
					side = c.Side
				}
			}
		}
	}
	return side
}

// homeInstitutions gives a side to a ministry named bare and capitalised
// ("The Ministry of External Affairs blamed China", "the Defence Ministry
// said") before any body of its kind has been named with a state: it is
// the home state's, the state of the story's dateline when the story
// names that state again, else the state the story is about, else the
// state the outlet's name holds. Its initials anywhere in the story ("MEA
// accuses Beijing" in the headline) take the same side. Runs before the
// spokespeople are tied to their bodies ("Its spokesperson, NAME, said").
func (st *docState) homeInstitutions() {
	seen := map[string]bool{} // kinds of body already named with a state
	for i := range st.ments {
		m := &st.ments[i]
		if m.resolved && m.side != "" && m.inst != "" {
			seen[m.inst] = true
			continue
		}
		if m.resolved || m.anaphor != "inst" || seen[m.inst] {
			continue
		}
		name := ""
		switch {
		case m.inst == "ministry" && m.b-m.a == 1 && st.toks[m.a].Cap:
			// "the Ministry of Home Affairs": the recogniser's name
			// after the bare head, when it is a state body's
			b := st.orgEndingFrom(m.a)
			if b <= m.b || !homeStateBody(st.words(m.a, b)) || !remitNamed(st.words(m.a+1, b)) || st.namesCountry(m.a, b) {
				continue // ("the Ministry of Sound", a club)
			}
			name = st.nameText(m.a, b)
		case !ministryCodes[m.inst]:
			continue
		case m.b-m.a < 2 || !st.toks[m.a].Cap || !st.toks[m.b-1].Cap:
			continue // "the ministry", "the foreign ministry" refer back
		}
		if a := m.a; a > 0 && (st.tokNorm(a-1) != "the" && st.toks[a-1].Word || st.tokNorm(a-1) == "'s" || st.tokNorm(a-1) == "’s") {
			continue
		}
		if st.insideLargerName(m.a) {
			continue // "the Internal Troops of the Ministry of Internal Affairs": the larger body's name decides
		}
		side := st.homeSide()
		ci, ok := st.kb.bySide[side]
		if !ok || st.otherStateInSentence(m.a, side) {
			continue // "Troops fled in Niger, the Defence Ministry said": the scene may be the other state's
		}
		m.actor, m.kind = st.bodyName(ci, m.inst)
		if name != "" {
			m.actor, m.kind = name, parallax.KindGovernment
		}
		m.side, m.resolved, m.anaphor = side, true, ""
	}
	for _, e := range st.ments {
		if e.side == "" || e.actor == "" || e.kind != parallax.KindOrganization && e.kind != parallax.KindGovernment && e.kind != parallax.KindMilitary {
			continue
		}
		b := max(e.b, st.orgEndingFrom(e.a)) // "Ministry" of "Ministry of Home Affairs"
		if b-e.a < 2 {
			continue
		}
		abbr := st.initials(e.a, b)
		for i := range st.ments {
			m := &st.ments[i]
			if m.b-m.a == 1 && m.side == "" && m.kind == parallax.KindOrganization && st.toks[m.a].Text == abbr && isAcronym(abbr) {
				m.actor, m.kind, m.side, m.inst, m.resolved = e.actor, e.kind, e.side, e.inst, true
			}
		}
	}
}

// homeSide is the story's home state for its bare bodies: the state of
// its dateline when the story names that state at least once more, else
// the state it is about, else the state its outlet's name holds; "" when
// none is known.
func (st *docState) homeSide() string {
	if h := st.bodyDatelineState(); h != "" && st.stateNamed(h) >= 2 {
		return h
	}
	if d := st.dominantState(); d != "" {
		return d
	}
	return st.outletHomeState()
}

// stateNamed counts the story's mentions of the state with this side: its
// name, adjective or capital, and the places the geoparser put in it.
func (st *docState) stateNamed(side string) int {
	n := 0
	for _, l := range st.lex {
		h, ok := l.countryHit()
		if !ok {
			h, ok = l.first(hitCapital)
		}
		if ok && st.kb.Countries[h.idx].Side == side {
			n++
		}
	}
	for _, p := range st.doc.Places {
		if p.Country == "" || st.countryWordAt(p.Start, p.End) {
			continue
		}
		if c, ok := st.kb.CountryOfISO2(p.Country); ok && c.Side == side {
			n++
		}
	}
	return n
}

// orgEndingFrom is the end token of the recogniser's organisation that
// starts at token a, or -1.
func (st *docState) orgEndingFrom(a int) int {
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Start != st.toks[a].Start {
			continue
		}
		if ea, eb := st.tokenRange(parallax.Span{Start: e.Start, End: e.End}); ea == a {
			return eb
		}
	}
	return -1
}

// insideLargerName: the token at a lies inside a recogniser's
// organisation that starts before it.
func (st *docState) insideLargerName(a int) bool {
	at := st.toks[a].Start
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindOrganization && e.Start < at && at < e.End {
			return true
		}
	}
	return false
}

// remitNamed: the words name a public remit (homeRemitWords).
func remitNamed(words []string) bool {
	for _, w := range words {
		if homeRemitWords[w] {
			return true
		}
	}
	return false
}

// otherStateInSentence: the sentence of token a places its scene in a
// state other than side: "in" before that state's name or capital, or
// before a place the geoparser put in it ("Troops fled in Niger"; not
// "blamed China").
func (st *docState) otherStateInSentence(a int, side string) bool {
	sent := st.sentOf[a]
	for _, l := range st.lex {
		if st.sentOf[l.a] != sent || !st.inBefore(l.a) {
			continue
		}
		h, ok := l.countryHit()
		if !ok {
			h, ok = l.first(hitCapital)
		}
		if ok && st.kb.Countries[h.idx].Side != side {
			return true
		}
	}
	for _, p := range st.doc.Places {
		if p.Country == "" {
			continue
		}
		k := st.tokenStarting(p.Start)
		if k < 0 || st.sentOf[k] != sent || !st.inBefore(k) {
			continue
		}
		if c, ok := st.kb.CountryOfISO2(p.Country); ok && c.Side != side {
			return true
		}
	}
	return false
}

// inBefore: "in" stands right before token k, or before one lower-case
// word before it ("in neighbouring Niger").
func (st *docState) inBefore(k int) bool {
	return st.tokNorm(k-1) == "in" || k > 1 && st.toks[k-1].Word && !st.toks[k-1].Cap && st.tokNorm(k-2) == "in"
}
