package actor

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// This file gives the state of the place a story happens in to the local
// speakers it does not name: "police said", "local officials said", "the
// district authorities said" in a story of a killing in one village of
// one state. The claim stage once decided that side for the speaker alone
// (so entities, events and counts never saw it); here it is the actor's,
// for every stage to read, and the same mechanism that gives a named
// town's bodies ("the Dalby Fire Department") their state.

// localModifiers make unnamed officials or authorities the local ones of
// the place where the story happens ("local officials", "district
// authorities").
var localModifiers = map[string]bool{
	"local": true, "district": true, "provincial": true, "regional": true, "municipal": true, "village": true, "county": true,
}

// onePlaceState is the side of the one state that every place of the story
// below the country level lies in, when no sided mention of a state's kind
// names another state (a story of an attack on one village in one
// Nigerian state, and nothing else); "" when the places disagree, when
// there are none, and in stories with a place in a region held by de facto
// authorities (whose police are not the state's the gazetteer gives).
func (st *docState) onePlaceState() string {
	return st.placesState(-1)
}

// sentencePlaceState is the side of the one state that every place below
// the country level in sentence s lies in, when the sentence has such a
// place and no sided mention of a state's kind in it names another state;
// "" otherwise, and when a place of it is held by de facto authorities.
func (st *docState) sentencePlaceState(s int) string {
	if s < 0 {
		return ""
	}
	return st.placesState(s)
}

// placesState is the one state of the places below the country level of
// sentence s, or of the whole story when s is -1, as onePlaceState and
// sentencePlaceState say.
func (st *docState) placesState(s int) string {
	best := ""
	for _, p := range st.doc.Places {
		if p.Country == "" || strings.HasPrefix(p.Feature, "A.PCL") {
			continue // a country's own name places nothing
		}
		if s >= 0 {
			a, _ := st.tokenRange(parallax.Span{Start: p.Start, End: p.End})
			if a < 0 || st.sentOf[a] != s {
				continue
			}
		}
		if deFactoRegions[p.Admin1] || deFactoRegions[p.Text] {
			return ""
		}
		c, ok := st.kb.CountryOfISO2(p.Country)
		if !ok || c.Side == "" || best != "" && c.Side != best {
			return ""
		}
		best = c.Side
	}
	if best == "" {
		return ""
	}
	for _, m := range st.ments {
		if (s < 0 || m.sent == s) && m.resolved && m.side != "" && m.side != best && stateKindMention(m.kind) {
			return ""
		}
	}
	if _, ok := st.kb.bySide[best]; !ok {
		return ""
	}
	return best
}

// stateKindMention: a mention of this kind names a state (its name, its
// government, its forces or its officials).
func stateKindMention(k string) bool {
	switch k {
	case parallax.KindGPE, parallax.KindGovernment, parallax.KindMilitary, parallax.KindPerson:
		return true
	}
	return false
}

// localOfficials adds the unnamed local officials or authorities that
// speak or act ("Local officials said", "district authorities
// confirmed"), and the police named without an article ("police said"):
// lower-case words before the head, one of them a local one for
// officials, none a party's, a charity's or a rebel's; they are the
// state's every place of the story lies in (onePlaceState). "The police"
// is read as a state's body by its kind (storyStateBodies). It reports
// whether it added one.
func (st *docState) localOfficials() bool {
	added := false
	side := ""
	done := false
	for i := 0; i < len(st.toks); i++ {
		t := st.toks[i]
		police := t.Norm == "police"
		if t.Norm != "officials" && t.Norm != "official" && t.Norm != "authorities" && !police || st.cover[i] || t.InQuote {
			continue
		}
		if t.Cap && !(police && (i == 0 || st.sentOf[i-1] != st.sentOf[i])) {
			continue // "Police" opening a sentence, not "Kano State Police"
		}
		a, local := i, false
		for k := i - 1; k >= 0 && i-k <= 3 && st.sentOf[k] == st.sentOf[i] && !st.cover[k]; k-- {
			w := st.toks[k]
			first := k == 0 || st.sentOf[k-1] != st.sentOf[k]
			if !w.Word || w.Cap && !first || foreignModifiers[w.Norm] || civilWords[w.Norm] || !localModifiers[w.Norm] && !bodyModifiers[w.Norm] {
				break
			}
			a, local = k, local || localModifiers[w.Norm]
		}
		if !local && !police {
			continue
		}
		if !st.bodyActs(i+1) && st.tokNorm(i+1) != "," && !(st.tokNorm(a-1) == "to" && st.tokNorm(a-2) == "according") {
			// (", who spoke on condition of anonymity, said" follows a
			// comma; "police officer", "police station" name no force)
			continue
		}
		if !done {
			side, done = st.onePlaceState(), true
		}
		here := side
		if here == "" {
			// "In Dorvale, police said ..." in a story of two states:
			// the one state the sentence's own places lie in
			here = st.sentencePlaceState(st.sentOf[i])
		}
		if here == "" {
			continue
		}
		if st.tokNorm(a-1) == "the" && !st.cover[a-1] && st.sentOf[a-1] == st.sentOf[a] {
			a--
		}
		inst := "gov"
		if police {
			inst = "police"
		}
		name, kind := st.bodyName(st.kb.bySide[here], inst)
		st.add(mention{a: a, b: i + 1, actor: name, kind: kind, side: here, inst: inst, resolved: true})
		added = true
	}
	return added
}

// placeServices gives the recogniser's organisations that name a public
// body without its state ("the Government Communication Service said" in
// a story whose places all lie in western Tigray) the state the story
// happens in (onePlaceState); a body the knowledge base knows, or one a
// resolved mention already names, keeps its own. It reports whether it
// added one.
func (st *docState) placeServices() bool {
	added := false
	side, done := "", false
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Actor != "" {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || b <= a || !st.stateServiceName(a, b) {
			continue
		}
		resolved := false
		for _, m := range st.ments {
			if m.a < b && a < m.b && m.resolved {
				resolved = true
			}
		}
		if resolved {
			continue
		}
		if !done {
			side, done = st.onePlaceState(), true
		}
		if side == "" {
			return added
		}
		st.dropMentionsIn(a, b) // "Government" of the name is no anaphor of its own
		st.add(mention{a: a, b: b, actor: st.nameText(a, b), kind: parallax.KindGovernment, side: side, resolved: true})
		added = true
	}
	return added
}

// stateServiceName: the organisation's name [a, b) is a public body's
// written without its state ("the Government Communication Service",
// "the National Disaster Management Authority"): capitalised words of a
// state's portfolios and services before a state agency's head, so that
// a firm or a club named like an agency ("Marvale Taxi Service") is none.
func (st *docState) stateServiceName(a, b int) bool {
	ws := st.words(a, b)
	if !stateAgencyName(ws) || a > 0 && st.toks[a-1].Word && st.sentOf[a-1] == st.sentOf[a] && st.tokNorm(a-1) != "the" {
		return false // "the Hamas-run Interior Ministry", "Ukraine's Defence Ministry"
	}
	for k := a; k < b-1; k++ {
		t := st.toks[k]
		if !t.Word || !t.Cap && t.Norm != "of" && t.Norm != "and" && t.Norm != "for" || foreignModifiers[t.Norm] {
			return false
		}
		if !portfolioWords[t.Norm] && !publicServiceWords[t.Norm] || t.Norm == "european" {
			return false
		}
	}
	return st.toks[b-1].Cap
}

// publicServiceWords name a state's services beside its portfolios
// (portfolioWords): "the Government Communication Service", "the Federal
// Revenue Authority", "the National Disaster Management Agency".
var publicServiceWords = map[string]bool{
	"government": true, "communication": true, "federal": true, "metropolitan": true, "disaster": true,
	"management": true, "emergency": true, "emergencies": true, "border": true, "civil": true, "revenue": true,
	"intelligence": true, "electoral": true, "statistics": true, "regional": true, "provincial": true,
	"district": true, "city": true, "municipal": true, "central": true, "of": true, "for": true,
	"situations": true, "customs": true, "prisons": true, "correctional": true, "investigation": true,
}

// sameNamedBody is the body a definite name of two words or more takes
// up by its own words: the mention before it, ten sentences back at most,
// whose name opens or ends with them ("the General Staff" after "the
// General Staff of the Armed Forces of Ukraine reported"), however many
// other forces were named in between (the name is the evidence, whatever
// kind of body the knowledge base files each under); -1 for none.
func (st *docState) sameNamedBody(i int) int {
	m := st.ments[i]
	own := st.words(m.a, m.b)
	if len(own) > 0 && own[0] == "the" {
		own = own[1:]
	}
	if len(own) < 2 {
		return -1
	}
	// several bodies of that name a while back: the one of the state of
	// the dateline, which the reporter names by its kind alone ("KYIV ...
	// Russia's Defence Ministry claimed ... the Defence Ministry
	// reported"), unless the nearest spoke just before
	first, home := -1, st.datelineState()
	for j := i - 1; j >= 0; j-- {
		a := st.ments[j]
		if a.sent < m.sent-10 {
			break
		}
		if !a.resolved || a.actor == "" || a.inQuote || a.kind == parallax.KindPerson || a.kind == parallax.KindGPE {
			continue
		}
		ws := st.words(a.a, a.b)
		if len(ws) > 0 && ws[0] == "the" {
			ws = ws[1:]
		}
		if len(ws) > len(own) && (strings.Join(ws[:len(own)], " ") == strings.Join(own, " ") || strings.Join(ws[len(ws)-len(own):], " ") == strings.Join(own, " ")) {
			if first < 0 {
				first = j
			}
			if home == "" || a.sent >= m.sent-2 && j == first || a.side == home {
				return j
			}
		}
	}
	return first
}

// unitHeads end the name of an army's formation or command ("Second Army
// Region", "Northwestern Command", "Western Theatre Command", "3rd
// Infantry Division").
var unitHeads = map[string]bool{
	"command": true, "region": true, "division": true, "brigade": true, "corps": true, "fleet": true,
	"battalion": true, "regiment": true,
}

// militaryUnitName: the organisation's name [a, b) is an army formation's,
// capitalised, ending in a unit's head after an army word, a number or a
// compass word ("Second Army Region", "Northwestern Command", "Western
// Theatre Command", "25th Infantry Division").
func (st *docState) militaryUnitName(a, b int) bool {
	if b-a < 2 || !unitHeads[st.toks[b-1].Norm] {
		return false
	}
	for k := a; k < b; k++ {
		if t := st.toks[k]; !t.Word || !t.Cap && !(t.Norm[0] >= '0' && t.Norm[0] <= '9') {
			return false
		}
	}
	for k := a; k < b-1; k++ {
		w := st.toks[k].Norm
		if armedBodies[w] || unitQualifiers[w] || ordinalWord(w) || compassWord(w) {
			return true
		}
	}
	return false
}

// unitQualifiers name the arm or the area of a formation.
var unitQualifiers = map[string]bool{
	"infantry": true, "armoured": true, "armored": true, "mechanised": true, "mechanized": true, "theatre": true,
	"theater": true, "airborne": true, "artillery": true, "military": true, "operational": true, "special": true,
}

// ordinalWord: "second", "3rd", "25th".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	n := len(w)
	return n >= 3 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// compassWord: "northern", "northwestern", "western" and the like.
func compassWord(w string) bool {
	for _, p := range []string{"north", "south", "east", "west", "central"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// securityServiceName: the words name a state's security, intelligence or
// civil protection service by its function alone ("State Committee for
// National Security", "Defence Intelligence", "the Civil Defense"), which
// every state has one of.
func securityServiceName(ws []string) bool {
	if civilDefence(ws) {
		return true
	}
	n := len(ws)
	if n < 2 {
		return false
	}
	committee := false
	for _, w := range ws {
		committee = committee || w == "committee"
	}
	switch ws[n-1] {
	case "intelligence":
		return portfolioWords[ws[n-2]] || ws[n-2] == "military" // "Defence Intelligence", "Military Intelligence"
	case "security":
		return committee // "State Committee for National Security"
	}
	return false
}

// unownedServices gives the recogniser's organisations that name a state's
// formation or service without its state, in a story of two states
// (where placeServices finds no one state), the state the text gives:
// a formation the side of the army that spoke just before ("The Royal
// Thai Army said ... The Second Army Region claimed"); a security or
// civil protection service the state of the reporter's dateline
// ("RIYADH — ... the Civil Defense said"; a foreign service is named with
// its state). Persons titled with such a body take its side after it
// (affiliate).
func (st *docState) unownedServices() {
	added := false
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Actor != "" {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || b <= a || a > 0 && st.tokNorm(a-1) == "'s" {
			continue // "the ENDF's Northwestern Command": its owner's (orgOwners)
		}
		side, kind := "", parallax.KindGovernment
		switch {
		case st.militaryUnitName(a, b):
			side, kind = st.lastBodySide("army", st.sentOf[a]), parallax.KindMilitary
		case st.formationTail(b) > b:
			// "the Khortytsia operational-strategic group": the army
			// that spoke just before, else the dateline's, else the
			// state whose news agency tells the story
			b = st.formationTail(b)
			if side, kind = st.lastForceSpoke(st.sentOf[a]), parallax.KindMilitary; side == "" {
				side = st.datelineState()
			}
			if side == "" {
				side = st.outletAgencyState() // a state news agency's story
			}
		case securityServiceName(st.words(a, b)):
			side = st.datelineState()
		}
		if _, ok := st.kb.bySide[side]; !ok || st.ofCountryAfter(b) != "" || st.namesCountry(a, b) {
			continue // "Syria Civil Defence" (the rescuers), "... of Tajikistan": named with its land
		}
		resolved := false
		for _, m := range st.ments {
			if m.a < b && a < m.b && m.resolved && m.side != "" {
				resolved = true
			}
		}
		if resolved {
			continue
		}
		st.dropMentionsIn(a, b)
		st.add(mention{a: a, b: b, actor: st.nameText(a, b), kind: kind, side: side, resolved: true})
		added = true
	}
	if added {
		sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
	}
}

// namesCountry: a country's name or demonym stands among the tokens [a, b).
func (st *docState) namesCountry(a, b int) bool {
	for k := a; k < b; k++ {
		if l, ok := st.lexStarting(k); ok && l.b <= b {
			if _, ok := l.countryHit(); ok {
				return true
			}
		}
	}
	return false
}

// formationKinds are the lower-case words that follow a formation's
// proper name ("the Khortytsia operational-strategic group", "the Tavria
// operational group of forces", "the Dnipro operational command").
var formationKinds = map[string]bool{
	"operational": true, "operational-strategic": true, "operational-tactical": true, "strategic": true, "tactical": true,
}

// formationTail is the end of the lower-case words after an
// organisation's name ending at token b that make it an army's formation
// ("operational-strategic group", "operational command", "... group of
// forces"), or b when they do not follow.
func (st *docState) formationTail(b int) int {
	k := b
	for k < len(st.toks) && k < b+3 && formationKinds[st.toks[k].Text] {
		k++
	}
	if k == b || k >= len(st.toks) {
		return b
	}
	switch st.toks[k].Text {
	case "group", "grouping", "command":
	default:
		return b
	}
	k++
	if st.tokNorm(k) == "of" && (st.tokNorm(k+1) == "forces" || st.tokNorm(k+1) == "troops") {
		k += 2
	}
	return k
}

// lastForceSpoke is the side of the last state force that spoke (not in
// a quotation) in sentence sent or the three before it ("the General
// Staff of the Armed Forces of Ukraine reported", "according to the
// General Staff"), or "". A force that
// only acts ("Russian troops carried out 172 attacks") gives none.
func (st *docState) lastForceSpoke(sent int) string {
	for j := len(st.ments) - 1; j >= 0; j-- {
		m := st.ments[j]
		if m.sent > sent {
			continue
		}
		if m.sent < sent-3 {
			break
		}
		if m.resolved && m.side != "" && m.kind == parallax.KindMilitary && !m.inQuote && (st.spoke(m) || st.accordingTo(m.a)) {
			if _, state := st.kb.bySide[m.side]; state {
				return m.side
			}
		}
	}
	return ""
}

// accordingTo: the mention at token a follows "according to (the)".
func (st *docState) accordingTo(a int) bool {
	if st.tokNorm(a-1) == "the" {
		a--
	}
	return st.tokNorm(a-1) == "to" && st.tokNorm(a-2) == "according"
}
