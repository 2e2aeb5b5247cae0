package actor

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// genericHeads are the head nouns of a state's bodies named without the
// state ("the disaster management department", "the national
// electoral commission").
var genericHeads = map[string]bool{
	"department": true, "agency": true, "authority": true, "commission": true, "directorate": true,
	"bureau": true, "service": true, "ministry": true, "inspectorate": true, "secretariat": true,
}

// lawNouns are a state's texts that speak for it ("the law says", "the
// constitution states").
var lawNouns = map[string]bool{"law": true, "constitution": true, "decree": true, "legislation": true, "statute": true, "ordinance": true}

// lawVerbs are what such a text does when it speaks.
var lawVerbs = map[string]bool{
	"says": true, "said": true, "states": true, "stipulates": true, "requires": true, "provides": true,
	"forbids": true, "bans": true, "prohibits": true, "allows": true, "permits": true, "mandates": true,
}

// foreignModifiers make a body no state's own ("the international aid
// agency", "the UN refugee agency", "the rebel health department").
var foreignModifiers = map[string]bool{
	"international": true, "foreign": true, "aid": true, "humanitarian": true, "rebel": true, "opposition": true,
	"un": true, "u.n.": true, "private": true, "company": true, "news": true, "charity": true, "relief": true,
	"refugee": true, "militant": true, "insurgent": true, "separatist": true, "party": true,
}

// genericBodies gives the state the article is about (or the publishing
// government) to two kinds of unnamed speakers it does not name: a body
// written with lower-case modifiers before its head ("the disaster
// management department said") and the state's law ("the law says").
// A bare "the agency" is left to anaphora: it refers back to a body
// named before.
func (st *docState) genericBodies() {
	added := st.stateMedia()
	added = st.placeAuthorities() || added
	added = st.placeGovernments() || added
	added = st.townBodies() || added
	added = st.demonymBodies() || added
	added = st.authoritiesAfterBody() || added
	added = st.localOfficials() || added
	added = st.placeServices() || added
	added = st.ourOffices() || added
	added = st.theKingdom() || added
	side := st.publisherSide()
	if side == "" {
		side = st.dominantState()
	}
	ci, ok := st.kb.bySide[side]
	if !ok {
		if added {
			sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
		}
		return
	}
	for i := 1; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if st.cover[i] || t.InQuote || !t.Word || t.Cap || !st.is(i, kindLaw|kindPartyGovernment|kindGenericHead) {
			continue
		}
		v := st.tokNorm(i + 1)
		if isAdverb(v) || v == "also" {
			v = st.tokNorm(i + 2)
		}
		switch {
		case st.is(i, kindLaw) && st.tokNorm(i-1) == "the" && lawVerbs[v]:
			name, kind := st.bodyName(ci, "gov")
			st.add(mention{a: i - 1, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
			added = true
		case st.is(i, kindPartyGovernment) && i >= 2 && st.tokNorm(i-2) == "the" && st.toks[i-1].Cap && st.toks[i-1].Word &&
			!st.sidedAt(i-1) && !st.cover[i-2] && st.lexAt[i-1] == 0 && !st.personAt(i-1):
			// "the Conservative government", "the Labour administration":
			// a party's name before the government of the day is the
			// government of the story's state
			name, kind := st.bodyName(ci, "gov")
			st.add(mention{a: i - 2, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
			added = true
		case st.is(i, kindGenericHead) && (verbAfterSubject[v] || findingVerbs[v]) && !isAuxiliary(v):
			d := i - 1
			for d > 0 && i-d <= 3 && st.toks[d].Word && !st.toks[d].Cap && !anaphorDeterminers[st.toks[d].Norm] && !foreignModifiers[st.toks[d].Norm] && !st.cover[d] {
				d--
			}
			if d == i-1 || st.tokNorm(d) != "the" || st.cover[d] {
				continue // "the agency" alone refers back
			}
			name, kind := st.bodyName(ci, "gov")
			st.add(mention{a: d + 1, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
			added = true
		}
	}
	if added {
		sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
	}
}

// partyGovernment are the heads a ruling party's name may qualify ("the
// Conservative government", "the Labour administration").
var partyGovernment = map[string]bool{"government": true, "administration": true, "cabinet": true}

// personAt: the recogniser tagged the token at i as (part of) a person:
// "the Trump administration" is that person's.
func (st *docState) personAt(i int) bool {
	for _, e := range st.doc.Entities {
		if e.Kind == "person" && e.Start <= st.toks[i].Start && st.toks[i].End <= e.End {
			return true
		}
	}
	return false
}

// sidedAt: a mention with a side covers the token at i ("the Taliban
// government" is the group's, not a party's in office).
func (st *docState) sidedAt(i int) bool {
	for _, m := range st.ments {
		if m.a <= i && i < m.b && m.side != "" {
			return true
		}
	}
	return false
}

// stateOwned are the words that make media a state's.
var stateOwned = map[string]bool{"state": true, "state-run": true, "state-owned": true, "state-controlled": true, "state-backed": true, "government-run": true, "government-controlled": true}

// mediaNouns are the media a state may run.
var mediaNouns = map[string]bool{"media": true, "television": true, "tv": true, "broadcaster": true, "radio": true, "newspaper": true, "outlets": true, "press": true, "agency": true}

// stateMedia adds a state's media named without their name ("Iranian
// state media reported", "state television said" in a story about one
// state): they speak for that state (DESIGN.md: KCNA is PRK). A named
// agency after the words ("state-run Xinhua") is the knowledge base's.
// It reports whether it added a mention.
func (st *docState) stateMedia() bool {
	added := false
	for i := 0; i+1 < len(st.toks); i++ {
		if !st.is(i, kindStateOwned) || st.cover[i] || st.toks[i].InQuote {
			continue
		}
		j := i + 1
		if st.tokNorm(j) == "news" && st.tokNorm(j+1) == "agency" {
			j++
		}
		if !mediaNouns[st.tokNorm(j)] || st.cover[j] || (st.tokNorm(j) == "agency" && st.tokNorm(j-1) != "news") {
			continue
		}
		if j+1 < len(st.toks) && st.toks[j+1].Word && st.toks[j+1].Cap {
			continue // "state-run Xinhua", "state television KRT" (the name decides)
		}
		a, side := i, ""
		// DEMONYM or COUNTRY 's before
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if l, ok := st.lexStarting(k); ok && (l.b == i || (l.b == i-1 && st.tokNorm(i-1) == "'s")) {
				if ch, ok := l.countryHit(); ok {
					side, a = st.kb.Countries[ch.idx].Side, k
				}
				break
			}
		}
		if side == "" {
			side = st.dominantState()
		}
		ci, ok := st.kb.bySide[side]
		if !ok || st.covered(a, j+1) && a == i {
			continue
		}
		if a < i {
			st.dropMentionsIn(a, i) // the demonym belongs to the media's name
		}
		st.add(mention{a: a, b: j + 1, actor: st.kb.Countries[ci].Adj + " state media", kind: "organization", side: side, resolved: true})
		added = true
		i = j
	}
	return added
}

// storyStateBodies: a state's body named by its kind alone ("the
// military rejected the claim", "the government dismissed it", "the
// army said") that refers back to no body named before is the body of
// the state the story is about (the publishing government, else the
// dominant state), as a reader takes it in a story set in one state.
// In a story about two states no state dominates and it stays unresolved.
func (st *docState) storyStateBodies() {
	side, one := "", ""
	done, oneDone := false, false
	again := false // a body resolved here that later mentions refer back to
	for i := range st.ments {
		m := &st.ments[i]
		source := st.statementSource(m.a)
		if m.resolved || m.anaphor != "inst" || !st.bodyActs(m.b) && !source {
			continue
		}
		if m.inst == "court" {
			// "The court said" after "An appeals court in Tunis upheld":
			// the court of the state that tries the case (courtState), not
			// the story's other state
			if ci, ok := st.kb.bySide[st.courtState()]; ok {
				m.actor, m.kind = st.bodyName(ci, m.inst)
				m.side, m.resolved = st.kb.Countries[ci].Side, true
				again = true
			}
			continue
		}
		if !(storyBodyHeads[st.tokNorm(m.b-1)] || storyBodyCodes[m.inst]) {
			// "the Interior Ministry said" in a state agency's story
			// from its capital ("DAMASCUS, (SANA) -"): the agency's state
			ag := st.agencyStoryState()
			if ag == "" && source {
				// "according to a communiqué of the Ministry of National
				// Defence" under a dateline: the dateline state's ministry
				ag = st.datelineState()
			}
			if ag != "" && ministryCodes[m.inst] {
				if ci, ok := st.kb.bySide[ag]; ok {
					m.actor, m.kind = st.bodyName(ci, m.inst)
					m.side, m.resolved = ag, true
					again = true
				}
			}
			continue // "the government and people of Iraq" may be another state's
		}
		if !done {
			done = true
			if side = st.publisherSide(); side == "" {
				if side = st.datelineState(); side == "" {
					side = st.dominantState()
				}
			}
		}
		s := side
		if s == "" && st.tokNorm(m.b-1) == "police" {
			// "police said" of a killing in one village of Zamfara
			// State: no state dominates, but the story happens in one
			if !oneDone {
				one, oneDone = st.onePlaceState(), true
			}
			s = one
		}
		ci, ok := st.kb.bySide[s]
		if !ok {
			continue
		}
		m.actor, m.kind = st.bodyName(ci, m.inst)
		m.side, m.resolved = s, true
		again = true
	}
	if !again {
		return
	}
	// "The ministry said", "according to the Ministry of Health" after the
	// body resolved here: anaphora once more, now that it has a side
	for i := range st.ments {
		if m := &st.ments[i]; !m.resolved && m.anaphor == "inst" {
			if ant := st.antecedent(i); ant >= 0 {
				a := st.ments[ant]
				m.actor, m.kind, m.side, m.resolved = a.actor, a.kind, a.side, true
			}
		}
	}
}

// ministryCodes are the institutions a state has one of by portfolio.
var ministryCodes = map[string]bool{"mod": true, "mfa": true, "mia": true, "health": true, "emergency": true}

// agencyStoryState is the state of a story its own news agency files from
// its capital ("DAMASCUS, (SANA) -", or the agency as the outlet under a
// dateline of its capital), whose bodies it names by their kind alone;
// "" for other stories.
func (st *docState) agencyStoryState() string {
	side := st.datelineState()
	if side == "" {
		return st.outletAgencyState()
	}
	for _, m := range st.ments {
		if st.datelineWire(m) && m.side == side && m.kind == parallax.KindOrganization {
			return side
		}
	}
	if o := st.doc.Article.Outlet; o != "" {
		key := strings.Join(st.foldWords(o), " ")
		for _, h := range st.kb.phrases[key] {
			if h.kind == hitActor && st.kb.Actors[h.idx].Side == side && st.kb.Actors[h.idx].Kind == parallax.KindOrganization {
				return side
			}
		}
		for _, h := range st.kb.exact[o] {
			if h.kind == hitActor && st.kb.Actors[h.idx].Side == side && st.kb.Actors[h.idx].Kind == parallax.KindOrganization {
				return side
			}
		}
	}
	return ""
}

// outletAgencyState is the state of an outlet named as a state's news
// agency ("Saudi Press Agency", "Kuwait News Agency", "Ukrainian National
// News Agency", "Palestinian News and Information Agency"): the state
// whose name or demonym comes right before the agency's words; "" for
// other outlets.
func (st *docState) outletAgencyState() string {
	ws := st.foldWords(st.doc.Article.Outlet)
	n := len(ws)
	if n < 3 || ws[n-1] != "agency" {
		return ""
	}
	k := n - 2
	for k > 0 && (ws[k] == "news" || ws[k] == "press" || ws[k] == "information" || ws[k] == "and" || ws[k] == "state" || ws[k] == "telegraph" || ws[k] == "national") {
		k--
	}
	if k == n-2 {
		return ""
	}
	for j := 0; j <= k; j++ {
		for _, h := range st.kb.phrases[strings.Join(ws[j:k+1], " ")] {
			switch h.kind {
			case hitCountry, hitDemonym, hitDemonymPlural:
				if c := st.kb.Countries[h.idx]; c.Context == nil {
					return c.Side
				}
			}
		}
	}
	return ""
}

// datelineBody: the lex item l is a body's name bare (after "the" or
// nothing) that the base holds as one state's alias and that is also a
// body noun ("the Foreign Office"), in a story from another state's
// capital, which the name then stands for.
func (st *docState) datelineBody(l lexItem) bool {
	ih, ok := l.first(hitInstitution)
	if !ok || ih.code == "army" || ih.code == "gov" {
		return false
	}
	if _, named := institutionName[ih.code]; !named {
		return false
	}
	ah, _ := l.first(hitActor)
	a := st.kb.Actors[ah.idx]
	if a.Side == "" || (a.Kind != parallax.KindGovernment && a.Kind != parallax.KindMilitary) {
		return false
	}
	if l.a > 0 && st.tokNorm(l.a-1) != "the" && st.toks[l.a-1].Word && st.toks[l.a-1].Cap {
		return false // "Pakistan's", "British": the name before decides
	}
	if l.a > 0 && (st.tokNorm(l.a-1) == "'s" || st.lexAt[l.a-1] != 0) {
		return false
	}
	side := st.bodyDatelineState()
	if side == "" || side == a.Side {
		return false
	}
	_, ok = st.kb.bySide[side]
	return ok
}

// bodyDatelineState is the state whose bodies a story's bare body names
// stand for (datelineBody): its capital's dateline, else the state of a
// town's dateline below the headline ("QUETTA: The Foreign Office said"),
// as the geoparser placed it.
func (st *docState) bodyDatelineState() string {
	if side := st.datelineState(); side != "" {
		return side
	}
	return st.homeDatelineState()
}

// datelineState is the state whose capital, written in capitals, opens
// the story as its dateline ("ISLAMABAD:", "KYIV, March 3 (Reuters) -"):
// the reporter's post, whose state's bodies the story names by their kind
// ("the military's media wing") though it may name another state more
// often. "" without such a dateline.
func (st *docState) datelineState() string {
	if len(st.toks) < 2 || len(st.lex) == 0 {
		return ""
	}
	if side := st.datelineOpening(); side != "" {
		return side
	}
	// a scraped page's dateline alone on its line below the headline and
	// the byline ("... says Rajnath\n\nSpecial Correspondent\n\nNEW
	// DELHI\n\nIndian and Chinese troops clashed")
	if side := st.datelineLine(); side != "" {
		return side
	}
	return st.datedParagraphDateline()
}

// datedParagraphDateline is the state of a capital that is the town of a
// dated dateline opening one of the story's first paragraphs ("Niamey, 12
// December 2024 (AGENCY) - Ten soldiers ..." below the headline), or "".
// The dateline is the document's (dateline.Of), so that this stage and
// the others agree on it; towns a slash joins name no one state.
func (st *docState) datedParagraphDateline() string {
	for _, l := range st.lex {
		if l.a > 80 || l.b >= len(st.toks) {
			break
		}
		if l.a > 0 && !st.toks[l.a].Newline {
			continue
		}
		d, ok := dateline.Opening(st.datelines, st.toks[l.a].Start)
		if !ok || d.Date == (parallax.Span{}) || d.Towns > 1 || d.Places[0] != st.span(l.a, l.b) {
			continue
		}
		if h, ok := l.first(hitCapital); ok {
			return st.kb.Countries[h.idx].Side
		}
	}
	return ""
}

// datelineOpening is the state of a capital that is the town of the
// dateline opening the text, in capitals or before the date
// ("ISLAMABAD:", "KYIV, March 3 (Reuters) -", "SANAA (Masirah) -", "Kyiv,
// November 20."), or "". Towns a slash joins ("NEW DELHI/ISLAMABAD") name
// no one state.
func (st *docState) datelineOpening() string {
	l := st.lex[0]
	h, ok := l.first(hitCapital)
	if !ok || l.a != 0 {
		return ""
	}
	d, ok := dateline.Opening(st.datelines, st.toks[0].Start)
	if !ok || d.Places[0] != st.span(l.a, l.b) || d.Towns > 1 {
		return ""
	}
	// in capitals, or an agency's dateline in mixed case with its date
	// ("Kyiv, November 20. Russian troops ...")
	if !d.Caps && (d.Date == (parallax.Span{}) || len(d.Places) > 1) {
		return ""
	}
	return st.kb.Countries[h.idx].Side
}

// statementSource: the body at token a is named as the source of a
// statement ("according to the Ministry of Defence", "a communiqué of
// the Ministry of National Defence", "a statement from the army").
func (st *docState) statementSource(a int) bool {
	if st.tokNorm(a) == "the" {
		a++
	}
	if st.tokNorm(a-1) == "the" {
		a--
	}
	if st.accordingTo(a) {
		return true
	}
	p := st.tokNorm(a - 1)
	return (p == "of" || p == "from" || p == "by") && statementNouns[st.tokNorm(a-2)]
}

// datelineLine is the state of a capital written in capitals alone on its
// line among the story's first lines (a dateline that fills its line), as
// pages put the dateline below the headline and byline; "" without one.
func (st *docState) datelineLine() string {
	for _, l := range st.lex {
		if l.a > 40 || l.b >= len(st.toks) {
			break
		}
		d, ok := dateline.Opening(st.datelines, st.toks[l.a].Start)
		if !ok || d.Close != dateline.Line || !d.Caps || d.Places[0] != st.span(l.a, l.b) {
			continue
		}
		if h, ok := l.first(hitCapital); ok {
			return st.kb.Countries[h.idx].Side
		}
	}
	return ""
}

// bodyActs: the body noun ending before token k is the subject of a verb
// ("the military rejected", "the government has", "the army also said")
// or a possessor ("the military's media wing"), not one of a list, a body
// "of" someone, or the body in a person's title ("the army's spokesman,
// NAME,").
func (st *docState) bodyActs(k int) bool {
	if isAdverb(st.tokNorm(k)) || st.tokNorm(k) == "also" {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	n := st.toks[k]
	if n.Norm == "'s" || n.Norm == "’s" {
		// "the military's media wing", not "the army's spokesman, NAME,"
		// (the person's title)
		_, title := officialTitles[st.tokNorm(k+1)]
		return !title && !spokesWords[st.tokNorm(k+1)]
	}
	if !n.Word || n.Cap || prepositions[n.Norm] || n.Norm == "and" || n.Norm == "or" {
		return false
	}
	if pos := st.posAt(n.Start); pos != "" {
		return pos == "VERB" || pos == "AUX"
	}
	return verbAfterSubject[n.Norm] || strings.HasSuffix(n.Norm, "ed")
}

// storyBodyHeads are the bodies a story's state has one of, so that its
// kind names it: the government, the armed forces, the police.
var storyBodyHeads = map[string]bool{"government": true, "military": true, "army": true, "police": true, "junta": true, "staff": true, "brigade": true}

// storyBodyCodes are the bodies of the same kind named by their code: a
// state has one air force, one navy, one prosecutor general's office
// ("the Air Force reported", "the Prosecutor General's Office said").
var storyBodyCodes = map[string]bool{"airforce": true, "navy": true, "prosecutor": true}

// deFactoRegions are GeoNames admin-1 regions held wholly or in part by
// authorities other than those of the state the gazetteer gives them
// (Russian-installed, breakaway or Hamas-run): their towns' "authorities"
// are not read as that state's.
var deFactoRegions = map[string]bool{
	"Gaza Strip": true, "Abkhazia": true, "Transnistria": true, "Crimea": true, "Sevastopol City": true,
	"Donetsk": true, "Luhansk": true,
	// and their towns as written, where the gazetteer gives no region
	"Gaza": true, "Gaza City": true, "Sevastopol": true, "Simferopol": true, "Tiraspol": true, "Sukhumi": true,
	"Tskhinvali": true,
}

// titleOf: a title and "of (the)" stand before token a ("head of the
// Amhara regional government's bureau", "spokesman for the Balochistan
// government"): the body after them is the one the title holder serves.
func (st *docState) titleOf(a int) bool {
	k := a - 1
	if st.tokNorm(k) == "the" {
		k--
	}
	if w := st.tokNorm(k); w != "of" && w != "for" {
		return false
	}
	w := st.tokNorm(k - 1)
	return officialTitles[w] || spokesWords[w]
}

// placeNouns are the unnamed bodies a town's name may qualify as the
// speaker ("Ho Chi Minh City authorities said", "Dayton police said").
var placeNouns = map[string]string{"authorities": "gov", "officials": "gov", "police": "police"}

// placeAuthorities adds the authorities, officials or police of a
// geoparsed town or region that speak ("Ho Chi Minh City authorities
// said on Thursday"): they are the state's where the place lies, as a
// capital's court or police are (grammar); a country's name or demonym
// there is read by grammar already. It reports whether it added one.
func (st *docState) placeAuthorities() bool {
	added := false
	for i := 1; i+1 < len(st.toks); i++ {
		if !st.is(i, kindPlace) {
			continue
		}
		t := st.toks[i]
		inst, ok := placeNouns[t.Norm]
		if !ok || st.cover[i] || st.cover[i-1] || t.InQuote || !st.toks[i-1].Cap || st.sentOf[i-1] != st.sentOf[i] {
			continue
		}
		v := st.tokNorm(i + 1)
		if isAdverb(v) || v == "also" || v == "have" || v == "has" {
			v = st.tokNorm(i + 2)
		}
		if !verbAfterSubject[v] && !findingVerbs[v] || isAuxiliary(v) {
			continue
		}
		prev := st.toks[i-1]
		for _, p := range st.doc.Places {
			if p.Start > prev.Start || prev.End > p.End || p.End != prev.End || p.Country == "" {
				continue
			}
			if deFactoRegions[p.Admin1] || deFactoRegions[p.Text] {
				break // "Donetsk authorities" are as often the occupier's
			}
			a, _ := st.tokenRange(parallax.Span{Start: p.Start, End: p.End})
			if a < 0 || st.covered(a, i) || st.countryNameAt(a, i) {
				break // (a country's own name before its authorities is read by grammar)
			}
			c, ok := st.kb.CountryOfISO2(p.Country)
			if !ok {
				break
			}
			ci, ok := st.kb.bySide[c.Side]
			if !ok {
				break
			}
			name, kind := st.bodyName(ci, inst)
			st.add(mention{a: a, b: i + 1, actor: name, kind: kind, side: c.Side, inst: inst, resolved: true})
			added = true
			break
		}
	}
	return added
}

// regionGovModifiers may stand between a region's name and its
// government ("the Amhara regional government").
var regionGovModifiers = map[string]bool{"regional": true, "provincial": true, "state": true, "municipal": true, "city": true, "county": true, "district": true, "local": true}

// placeGovernments adds the government or administration of a geoparsed
// region or town inside a state, and its offices, that speak ("The Amhara
// regional government's communication bureau said", "the Kano state
// government said"): a region's own government is part of its state, as
// its authorities are (placeAuthorities); not in regions held by de facto
// authorities. It reports whether it added one.
func (st *docState) placeGovernments() bool {
	added := false
	for _, p := range st.doc.Places {
		if p.Country == "" || deFactoRegions[p.Admin1] || deFactoRegions[p.Text] {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: p.Start, End: p.End})
		if a < 0 || b >= len(st.toks) || st.covered(a, b) || st.countryNameAt(a, b) {
			continue
		}
		i := b
		if regionGovModifiers[st.tokNorm(i)] && !st.toks[i].Cap {
			i++
		}
		if w := st.tokNorm(i); w != "government" && w != "administration" || st.cover[i] || st.sentOf[i] != st.sentOf[a] {
			continue
		}
		end := i + 1
		if n := st.tokNorm(end); n == "'s" || n == "’s" {
			// "'s communication bureau", "'s press office"
			k := end + 1
			for k < len(st.toks) && k < end+4 && st.toks[k].Word && !st.toks[k].Cap && !verbAfterSubject[st.toks[k].Norm] {
				k++
			}
			if k == end+1 {
				continue
			}
			end = k
		}
		v := st.tokNorm(end)
		if isAdverb(v) || v == "also" || v == "have" || v == "has" {
			v = st.tokNorm(end + 1)
		}
		if (!verbAfterSubject[v] && !findingVerbs[v] || isAuxiliary(v)) && !st.titleOf(a) {
			continue
		}
		c, ok := st.kb.CountryOfISO2(p.Country)
		if !ok {
			continue
		}
		ci, ok := st.kb.bySide[c.Side]
		if !ok || st.covered(a, end) {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: a, b: end, actor: name, kind: kind, side: c.Side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// countryNameAt: tokens [a, b) are exactly a country's name or demonym.
func (st *docState) countryNameAt(a, b int) bool {
	l, ok := st.lexStarting(a)
	if !ok || l.b != b {
		return false
	}
	_, ok = l.countryHit()
	return ok
}

// townNouns are a town's own government named by its kind ("the city",
// "the municipality"); townBodyHeads may follow "city" or "town" ("the
// city council", "the town hall").
var townNouns = map[string]bool{"city": true, "town": true, "municipality": true, "village": true}
var townBodyHeads = map[string]bool{"council": true, "hall": true, "government": true, "administration": true, "authorities": true, "officials": true}

// townBodies adds a town's own government speaking under its kind alone
// ("The city reasoned", "the city council said", "the municipality
// expects"): it is part of the state where the last town the story named
// before it lies, as a named town's authorities are (placeAuthorities);
// not when that town lies in a region held by de facto authorities, nor
// when no town was named before. It reports whether it added one.
func (st *docState) townBodies() bool {
	added := false
	for i := 1; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if !st.is(i, kindTown) || t.Cap || t.InQuote || st.cover[i] || st.cover[i-1] || st.tokNorm(i-1) != "the" {
			continue
		}
		end := i + 1
		if townBodyHeads[st.tokNorm(end)] && !st.toks[end].Cap && !st.cover[end] {
			end++
		}
		v := st.tokNorm(end)
		if isAdverb(v) || v == "also" || v == "has" || v == "have" {
			v = st.tokNorm(end + 1)
		}
		if !verbAfterSubject[v] && !findingVerbs[v] && !townSpeechVerbs[v] || isAuxiliary(v) {
			continue
		}
		country := ""
		for _, p := range st.doc.Places {
			if p.Start >= t.Start {
				break
			}
			if p.Country == "" || !townFeature(p.Feature) {
				continue
			}
			country = p.Country
			if deFactoRegions[p.Admin1] || deFactoRegions[p.Text] {
				country = ""
			}
		}
		c, ok := st.kb.CountryOfISO2(country)
		if !ok {
			continue
		}
		ci, ok := st.kb.bySide[c.Side]
		if !ok {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: i - 1, b: end, actor: name, kind: kind, side: c.Side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// townSpeechVerbs are reporting verbs a town's government takes that
// verbAfterSubject does not hold ("the city reasoned", "the city
// expects").
var townSpeechVerbs = map[string]bool{"reasoned": true, "reasons": true, "expects": true, "expected": true, "argued": true, "argues": true, "estimates": true, "estimated": true}

// demonymBodyHeads are the heads of a state's bodies that a demonym and
// lower-case words may name ("the Moroccan counterterror agency", "the
// Kenyan police agency").
var demonymBodyHeads = map[string]bool{
	"agency": true, "authority": true, "directorate": true, "bureau": true, "department": true,
	"inspectorate": true, "secretariat": true, "commission": true,
}

// demonymBodies adds a state's body named by its state's demonym or name
// and one to three lower-case words before its head ("the Moroccan
// counterterror agency", "the Kenyan police agency"): it is that state's,
// as "the Moroccan interior ministry" is. Modifiers that make a body no
// state's own ("the Kenyan aid agency", "the French news agency") block
// it. It reports whether it added one.
func (st *docState) demonymBodies() bool {
	added := false
	for i := 2; i < len(st.toks); i++ {
		t := st.toks[i]
		// "the Tajik statement said": a state's statement speaks for its
		// government, the demonym right before the noun
		if !st.is(i, kindStatement|kindDemonymBodyHead) {
			continue
		}
		statement := st.is(i, kindStatement) && st.tokNorm(i-2) == "the" && verbAfterSubject[st.tokNorm(i+1)] && !t.InQuote
		if !st.is(i, kindDemonymBodyHead) && !statement || t.Cap || st.cover[i] {
			continue
		}
		d := i - 1
		for d > 0 && i-d <= 3 && st.toks[d].Word && !st.toks[d].Cap && !st.cover[d] && !foreignModifiers[st.toks[d].Norm] && !civilWords[st.toks[d].Norm] {
			d--
		}
		if d == i-1 && !statement || statement && d != i-1 || !st.toks[d].Cap || st.cover[d] || st.sentOf[d] != st.sentOf[i] || !st.countryNameAt(d, d+1) {
			continue
		}
		if w := st.tokNorm(d + 1); foreignModifiers[w] || civilWords[w] {
			continue
		}
		side := st.demonymSideAnyCase(d)
		ci, ok := st.kb.bySide[side]
		if side == "" || !ok {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: d, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// civilWords mark a body of civil society, trade or the press, no
// state's ("news agency", "nongovernmental agency", "travel bureau").
var civilWords = map[string]bool{
	"news": true, "press": true, "advertising": true, "travel": true, "talent": true, "modelling": true, "modeling": true,
	"nongovernmental": true, "non-governmental": true, "nonprofit": true, "non-profit": true, "ngo": true, "charitable": true, "independent": true,
	"employment": true, "recruitment": true, "insurance": true, "rating": true, "ratings": true, "credit": true, "marketing": true,
}

// authoritiesAfterBody gives bare "Authorities said" or "officials said"
// the side of the one state body the sentence before names ("the
// Moroccan counterterror agency broke up a cell. Authorities said ..."):
// they are that body's government. Not when that sentence or this one
// names another state, or places in another state ("Russia's ministry
// said it struck Kharkiv. Authorities said two died": Kharkiv's are
// Ukraine's), nor when the body is a force or a person. It reports
// whether it added one.
func (st *docState) authoritiesAfterBody() bool {
	added := false
	for i := 0; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if t.Norm != "authorities" && t.Norm != "officials" || st.cover[i] || t.InQuote {
			continue
		}
		s := st.sentOf[i]
		if s <= 0 {
			continue
		}
		if i > 0 && st.sentOf[i-1] == s && !(st.tokNorm(i-1) == "the" && (i == 1 || st.sentOf[i-2] != s)) {
			continue // "Moroccan authorities", "local officials": only the bare noun
		}
		v := st.tokNorm(i + 1)
		if isAdverb(v) || v == "also" || v == "have" || v == "has" {
			v = st.tokNorm(i + 2)
		}
		if !verbAfterSubject[v] && !findingVerbs[v] || isAuxiliary(v) {
			continue
		}
		side, body, ok := "", false, true
		for _, m := range st.ments {
			if m.sent != s-1 && m.sent != s || m.side == "" {
				continue
			}
			if side != "" && m.side != side {
				ok = false // another state, group or side named around it
			}
			side = m.side
			if m.sent == s-1 && m.kind == parallax.KindGovernment && m.resolved {
				body = true
			}
		}
		if !body {
			continue
		}
		if !ok || side == "" {
			continue
		}
		for _, p := range st.doc.Places {
			if p.Country == "" {
				continue
			}
			a, _ := st.tokenRange(parallax.Span{Start: p.Start, End: p.End})
			if a < 0 || st.sentOf[a] != s-1 && st.sentOf[a] != s {
				continue
			}
			if c, found := st.kb.CountryOfISO2(p.Country); !found || c.Side != side {
				ok = false
			}
		}
		ci, found := st.kb.bySide[side]
		if !ok || !found {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: i, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// townFeature: a GeoNames feature code is a town's, or a first- or
// second-order division's, which cities that are their own province or
// district are given ("Taipei", "Busan").
func townFeature(f string) bool {
	return strings.HasPrefix(f, "P.") || f == "A.ADM1" || f == "A.ADM2"
}

// theKingdom adds "the Kingdom" that speaks or acts ("The Kingdom has
// repeatedly said"), as the monarchies' own press writes of its state:
// the state of the dateline, else the story's state, when that state is
// a kingdom ("Kingdom of Saudi Arabia" among its names). It reports
// whether it added one.
func (st *docState) theKingdom() bool {
	added := false
	for i := 1; i < len(st.toks); i++ {
		t := st.toks[i]
		if t.Text != "Kingdom" || st.cover[i] || t.InQuote || st.tokNorm(i-1) != "the" || st.tokNorm(i+1) == "of" || !st.bodyActs(i+1) {
			continue
		}
		side := st.datelineState()
		if side == "" {
			side = st.dominantState()
		}
		ci, ok := st.kb.bySide[side]
		if !ok || !st.kingdom(side) {
			continue
		}
		name, kind := st.bodyName(ci, "gov")
		st.add(mention{a: i - 1, b: i + 1, actor: name, kind: kind, side: side, inst: "gov", resolved: true})
		added = true
	}
	return added
}

// kingdom: one of the state's names is "(Hashemite) Kingdom of (the) NAME".
func (st *docState) kingdom(side string) bool {
	c, ok := st.kb.Country(side)
	if !ok {
		return false
	}
	name := strings.Join(st.foldWords(c.Name), " ")
	for _, k := range []string{"kingdom of ", "kingdom of the ", "hashemite kingdom of "} {
		for _, h := range st.kb.phrases[k+name] {
			if h.kind == hitCountry && st.kb.Countries[h.idx].Side == side {
				return true
			}
		}
	}
	return false
}
