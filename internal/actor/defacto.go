package actor

import "github.com/parallaxhq/parallax"

// deFactoRulers are states whose government and forces were taken over
// by a party the project keeps apart from the state it rules: from the
// day given, "the Afghan Defence Ministry", "Kabul said" and an official
// titled with the state's office speak for that party (the Taliban took
// Kabul on 15 August 2021), while the state's people and places stay the
// state's.
var deFactoRulers = []struct{ state, from, side string }{
	{"AFG", "2021-08-15", "TALIBAN"},
}

// deFactoGovernments gives the state bodies, forces and officials of a
// state under a de facto ruler that ruler's side, on stories published
// from the day it took power. A person the knowledge base lists with the
// state's side (a president of the former government) keeps it: their
// offices end on that day, and the former-office rules speak for them.
func (st *docState) deFactoGovernments() {
	for _, r := range deFactoRulers {
		st.passSide(r.state, r.from, r.side, true)
	}
}

// passSide gives the mentions with side from the side to on stories
// published from day: with bodiesOnly the state bodies, forces and
// persons only (a de facto ruler takes the government, not the state's
// people and places), otherwise every mention. A person the knowledge
// base lists with the old side keeps it (a president of the former
// government, a colonial governor).
func (st *docState) passSide(from, day, to string, bodiesOnly bool) {
	if st.day == "" || st.day < day {
		return
	}
	for i := range st.ments {
		m := &st.ments[i]
		if m.side != from {
			continue
		}
		switch m.kind {
		case parallax.KindPerson:
			if p, ok := st.kb.Actor(m.actor); ok && p.Side == from {
				continue
			}
		case parallax.KindGovernment, parallax.KindMilitary:
		default:
			if bodiesOnly {
				continue
			}
		}
		m.side = to
	}
}

// sovereignRegions are territories the knowledge base lists as countries
// of their own that became special regions of another state: from the
// day given their government, police and officials speak for that state
// (DESIGN.md sides are states; the golds give Hong Kong's authorities
// China's side since the 1997 handover, Macau's since 1999).
var sovereignRegions = []struct{ region, from, side string }{
	{"HKG", "1997-07-01", "CHN"},
	{"MAC", "1999-12-20", "CHN"},
}

// regionsSovereign gives every mention with a special region's side the
// sovereign state's side on stories published from the handover. A person
// the knowledge base lists with the region's own side (a colonial
// governor) keeps it.
func (st *docState) regionsSovereign() {
	for _, r := range sovereignRegions {
		st.passSide(r.region, r.from, r.side, false)
	}
}

// sceneStateBodies: a state body named by its kind alone right after an
// opening "In COUNTRY," ("In neighbouring Niger, the Defence Ministry
// said", "In Iran, the army said") is that country's, whatever state the
// story's dateline, outlet or other bodies give.
func (st *docState) sceneStateBodies() {
	for i := range st.ments {
		m := &st.ments[i]
		waiting := !m.resolved && m.anaphor == "inst" // "the Defense Ministry" no state has claimed yet
		if m.inst == "" || !waiting && (!m.resolved || m.kind != parallax.KindGovernment && m.kind != parallax.KindMilitary) || st.namesCountry(m.a, m.b) {
			continue
		}
		c := m.a - 1
		if st.tokNorm(c) == "the" {
			c--
		}
		if c < 2 || st.tokNorm(c) != "," {
			continue
		}
		l, ok := st.lexEndingAt(c)
		if !ok {
			continue
		}
		h, ok := l.first(hitCountry)
		if !ok {
			continue
		}
		k := l.a - 1
		if w := st.tokNorm(k); w == "neighbouring" || w == "neighboring" || w == "nearby" {
			k--
		}
		if st.tokNorm(k) != "in" || k > 0 && st.sentOf[k-1] == st.sentOf[k] {
			continue // the phrase must open the sentence
		}
		side := st.kb.Countries[h.idx].Side
		ci, ok := st.kb.bySide[side]
		if !ok || side == m.side {
			continue
		}
		m.actor, m.kind = st.bodyName(ci, m.inst)
		m.side, m.resolved = side, true
	}
}

// lexEndingAt is the knowledge base's item that ends right before token b.
func (st *docState) lexEndingAt(b int) (lexItem, bool) {
	for _, l := range st.lex {
		if l.b == b {
			return l, true
		}
		if l.a >= b {
			break
		}
	}
	return lexItem{}, false
}

// DeFactoSide is the side of the party that rules the state of side on
// day (an ISO date, as an article's published day), for a state under a
// de facto ruler from that day; else side itself. Later stages that give
// a bare state body the story's state ("the interior ministry said" in a
// Kabul story) call it so that the body speaks for whoever rules.
func DeFactoSide(side, day string) string {
	if day == "" {
		return side
	}
	for _, r := range deFactoRulers {
		if side == r.state && day >= r.from {
			return r.side
		}
	}
	return side
}

// Authority is a de facto or separatist authority: a party that rules,
// or claims to rule, land the map gives a recognised state, and that
// speaks for itself, not for that state (DESIGN.md's NKR; the golds'
// SOUTHOSSETIA, TRANSNISTRIA, ICHKERIA). The claim stage reads a story
// as the authority's own when its outlet names the authority or its
// dateline is one of the authority's towns, and takes "the separatists"
// and a "rebel spokesman" of a story that names the authority's land as
// the authority's.
type Authority struct {
	Side  string // the authority's side
	State string // the side of the state the gazetteer puts its land in
	// Names are folded words and phrases that name the authority or its
	// land ("abkhazia", "abkhaz", "south ossetian"), whole words
	Names []string
	// Towns are the folded names of the towns it governs from: a
	// dateline there files from its land
	Towns []string
	// From and To bound the days it held the land (ISO dates, "" open)
	From, To string
	// Region marks a region in arms against its own state rather than
	// a breakaway state: its people stay the state's (the civilians
	// Tigray's government counts are Ethiopia's, as wiregold10 gives
	// them), only its government, forces and officials are a party
	Region bool
}

// authorities are the de facto and separatist authorities the claim
// stage knows by land and date. The days are those of the authority's
// own rule or war (a story of 2024 from Khankendi is Azerbaijan's; a
// story of 1996 that names Chechnya and its separatists is Ichkeria's
// war). Hand-kept from the project's own curation, as orgs.tsv's rows.
var authorities = []Authority{
	{Side: "ABKHAZIA", State: "GEO", Names: []string{"abkhazia", "abkhaz", "abkhazian", "apsny"}, Towns: []string{"sukhumi", "sokhumi", "sukhum", "gudauta"}, From: "1992-07-23"},
	{Side: "SOUTHOSSETIA", State: "GEO", Names: []string{"south ossetia", "south ossetian", "south ossetians"}, Towns: []string{"tskhinvali", "tskhinval"}, From: "1990-09-20"},
	{Side: "TRANSNISTRIA", State: "MDA", Names: []string{"transnistria", "transnistrian", "pridnestrovie", "pridnestrovian", "dniester republic", "dniester moldavian", "dnestrovskaya", "trans-dniester", "transdniestria", "transdniestrian"}, Towns: []string{"tiraspol"}, From: "1990-09-02"},
	{Side: "NKR", State: "AZE", Names: []string{"karabakh", "artsakh"}, Towns: []string{"stepanakert"}, From: "1991-09-02", To: "2023-09-30"},
	{Side: "SOMALILAND", State: "SOM", Names: []string{"somaliland"}, Towns: []string{"hargeisa", "hargeysa"}, From: "1991-05-18"},
	{Side: "ICHKERIA", State: "RUS", Names: []string{"chechnya", "chechen", "chechens", "ichkeria", "grozny"}, From: "1991-11-01", To: "2007-10-31"},
	{Side: "KRAJINA", State: "HRV", Names: []string{"krajina"}, Towns: []string{"knin"}, From: "1991-12-19", To: "1995-08-07"},
	{Side: "BIAFRA", State: "NGA", Names: []string{"biafra", "biafran", "biafrans"}, Towns: []string{"umuahia", "owerri"}, From: "1967-05-30", To: "1970-01-15"},
	{Side: "BIAFRA", State: "NGA", Towns: []string{"enugu"}, From: "1967-05-30", To: "1967-10-04"},
	{Side: "LTTE", State: "LKA", Names: []string{"tamil tiger", "tamil tigers", "ltte", "eelam", "kilinochchi", "vanni", "wanni"}, Towns: []string{"kilinochchi"}, From: "1990-06-11", To: "2009-01-02"},
	// Regions in arms against their own state, on the days of that war
	// only: a region's government, forces and officials speak for the
	// state where the region is not the other party (an Iranian strike
	// on Erbil, the Peshmerga beside the Iraqi army against Islamic
	// State, an Amhara official in a border dispute with Sudan), and for
	// the region as a party of its own where they fight the state (the
	// Kurdistan Region after Baghdad moved on Kirkuk in October 2017,
	// Tigray's government and forces in the war of 2020-2022, the
	// Bougainville rebels' government and army, the Bosnian Serbs'
	// republic in the Bosnian war). No town makes a story the region's
	// own: a wire filed from Mekelle or Erbil is not the region's paper
	// (a story is the region's own by its outlet's name only).
	{Side: "KRG", State: "IRQ", Names: []string{"kurdistan", "kurdish", "kurds", "peshmerga", "krg"}, From: "2017-10-13", To: "2017-10-31", Region: true},
	{Side: "TPLF", State: "ETH", Names: []string{"tigray", "tigrayan", "tigrayans"}, From: "2020-11-04", To: "2022-11-02", Region: true},
	{Side: "BOUGAINVILLE", State: "PNG", Names: []string{"bougainville", "bougainvillean", "bougainvilleans"}, From: "1988-11-22", To: "1998-04-30", Region: true},
	{Side: "REPUBLIKASRPSKA", State: "BIH", Names: []string{"republika srpska", "bosnian serb", "bosnian serbs"}, From: "1992-04-06", To: "1995-12-14", Region: true},
}

// AuthoritiesOn returns the authorities that held, or fought for, their
// land on day (an ISO date; all of them when day is "").
func AuthoritiesOn(day string) []Authority {
	var out []Authority
	for _, a := range authorities {
		if day != "" && (a.From != "" && day < a.From || a.To != "" && day > a.To) {
			continue
		}
		out = append(out, a)
	}
	return out
}
