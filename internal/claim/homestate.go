package claim

import (
	"strings"

	"github.com/parallaxhq/parallax"
)

// The rules of this file side a state's speaker that every other rule
// left without one, most often in a story about two states, where "the
// story's state" cannot choose ("the Border Service said" in a story of
// a clash on the Kyrgyz-Tajik border). A reporter marks a body's or an
// office's state where it is not obvious: by a possessive ("Tajikistan's
// State Committee for National Security", "Aceh's governor", "the
// president's press secretary"), by a country word or a region in its
// name ("the Moldovan Border Police", "the Sabah state government"), or
// by leaving it bare, which makes it the state the story is filed from
// ("Army says nine terror sites hit" in a New Delhi daily).

// unsidedStateSide is the side of the speaker at spk when its words name
// a state's body or office (stateHeaded) and no earlier rule sided it:
// the state its possessor or its own words name (qualifierSide); for a
// definite noun that takes up a body named before ("the committee" after
// "Belarus's State Border Committee"), that body's; else, named bare,
// the state the story is filed from (filedFromState). "" otherwise.
func (st *state) unsidedStateSide(spk speaker) string {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) {
		return ""
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		return "" // a named person: the office rules' (officeSide)
	}
	if !st.stateHeaded(a, b) {
		if !st.stateHeadOf(a) {
			return ""
		}
		// "the Secretariat of National Defence (Sedena) said", whose
		// name the speaker's words hold from "National" on
		a -= 2
	}
	if side, qualified := st.qualifierSide(a, b); qualified {
		return side
	}
	if side, found := st.antecedentSide(a, b); found {
		return side
	}
	if remitHeads[st.norm(b-1)] && b-a == 1 && !st.toks[a].Cap {
		return "" // "the committee" that takes up nothing named before
	}
	if st.qualifiedBefore(a) {
		return "" // "its spokesman", "the rebels' command": another's
	}
	if side := st.filedFromState(); side != "" {
		return side
	}
	// a story about one state that names it seldom: the state its
	// dateline and places lie in (storystate.go)
	return st.placedHomeState()
}

// stateHeadOf: the speaker's words at a are the remit of a state's body
// named just before them ("Secretariat of" before "National Defence").
func (st *state) stateHeadOf(a int) bool {
	return a >= 2 && st.norm(a-1) == "of" && st.toks[a-2].Cap && stateHeads[st.norm(a-2)] && st.sentOf[a-2] == st.sentOf[a] && st.stateHeaded(a-2, a+1)
}

// stateHeads head the name of a state's body or office: the heads that
// need a state word before them (stateTitledHeads) are not here.
var stateHeads = map[string]bool{
	"army": true, "navy": true, "military": true, "police": true, "government": true, "govt": true,
	"ministry": true, "minister": true, "commissioner": true, "service": true, "committee": true,
	"command": true, "presidency": true, "forces": true, "guard": true, "gendarmerie": true,
	"governor": true, "premier": true, "directorate": true, "board": true, "constabulary": true,
	"official": true, "officials": true, "authorities": true,
	// the Spanish- and French-speaking states' ministries, police and
	// local officers ("the Defence Secretariat", "the Carabineros", "the
	// prefect of Kong")
	"secretariat": true, "carabineros": true, "prefect": true, "prefecture": true,
}

// remitHeads head the names of public bodies and of civil society's
// alike ("committee", "service", "board"): a state's only with a word of
// a state's remit in the name ("the State Border Committee", "the Police
// and Border Guard Board"), or as a definite noun that takes up such a
// body named before ("the committee said").
var remitHeads = map[string]bool{
	"committee": true, "service": true, "board": true, "directorate": true, "council": true,
}

// remitWords are the words of a state's remit in a body's name.
var remitWords = map[string]bool{
	"state": true, "border": true, "security": true, "defence": true, "defense": true, "interior": true,
	"foreign": true, "intelligence": true, "police": true, "customs": true, "emergency": true,
	"emergencies": true, "coast": true, "military": true, "army": true, "naval": true, "guard": true,
	"guards": true, "public": true, "relations": true, "information": true, "immigration": true,
	"migration": true, "presidential": true, "government": true,
}

// stateTitledHeads are heads that speak for a state only after a word of
// a state's body or office ("Army spokesman", "the president's office",
// "the Defence Secretary", "the army chief of staff"): alone they are any
// body's ("its spokesman", "the office of the rights group").
var stateTitledHeads = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "office": true, "secretary": true,
	"staff": true, "adviser": true, "advisor": true, "council": true,
	// "Police chief says", "the provincial police commander", "the chief
	// district officer", "the regional government delegate"
	"chief": true, "commander": true, "officer": true, "delegate": true,
}

// stateTitleWords make a stateTitledHeads head a state's: a state's body
// or office named before it.
var stateTitleWords = map[string]bool{
	"army": true, "navy": true, "military": true, "police": true, "government": true, "govt": true,
	"ministry": true, "defence": true, "defense": true, "foreign": true, "interior": true, "president": true,
	"president's": true, "presidential": true, "prime": true, "minister's": true, "security": true,
	"press": true, "national": true, "state": true, "chief": true, "governor's": true, "cabinet": true,
}

// groupNameWords name a non-state armed group or movement, whatever
// state body its head looks like ("the West Papua National Liberation
// Army", "the People's Defence Forces", "the Popular Resistance
// Committee").
var groupNameWords = map[string]bool{
	"liberation": true, "movement": true, "front": true, "resistance": true, "militia": true,
	"militias": true, "alliance": true, "brigade": true, "brigades": true, "mujahideen": true,
	"jihad": true, "people's": true, "popular": true, "insurgent": true, "insurgents": true,
	"self-defence": true, "self-defense": true, "vigilante": true, "vigilantes": true,
}

// stateHeaded reports whether the speaker tokens [a, b) name a state's
// body or office by its head word, with no word of a party, a rebel
// group, a past office or a body of no state ("the opposition party",
// "former army chief").
func (st *state) stateHeaded(a, b int) bool {
	head := st.norm(b - 1)
	for k := a + 1; k < b-1; k++ {
		if w := st.norm(k); (w == "of" || w == "for") && st.toks[k-1].Cap {
			// "the State Committee for National Security": the name's
			// head is the word before its first "of" or "for"
			head = st.norm(k - 1)
			break
		}
	}
	if head == "head" && st.headOfStateName(a, b) {
		return !st.inQuote(a) // "The Head of State", "the Head of the Federal Military Government"
	}
	if (head == "defence" || head == "defense") && b-a == 1 && st.toks[a].Cap {
		// "Defence says": the ministry, as a headline names it
		return !st.inQuote(a)
	}
	if !stateHeads[head] && !stateTitledHeads[head] && !demonymTitledHeads[head] {
		return false
	}
	leftTitle := false // a state's office word the speaker's words left out ("The interior secretary")
	if p := a - 1; p >= 0 && st.toks[p].Word && st.sentOf[p] == st.sentOf[a] {
		// (not after a possessive: "the party's press secretary" is the
		// party's)
		k := p
		for k >= 0 && k >= a-3 && st.toks[k].Word && st.sentOf[k] == st.sentOf[a] && !determiners[st.norm(k)] && !st.toks[k].Cap {
			k--
		}
		if k >= 0 && st.sentOf[k] == st.sentOf[a] && (st.norm(k) == "'s" || st.norm(k) == "’s") {
			leftTitle = false
		} else {
			for j := k + 1; j < a; j++ {
				leftTitle = leftTitle || stateTitleWords[st.norm(j)]
			}
		}
	}
	for k := a - 1; k >= 0 && k >= a-3 && st.toks[k].Word && st.sentOf[k] == st.sentOf[a]; k-- {
		// "the rebel army command": a modifier the speaker's words left out
		w := st.norm(k)
		if nonStateModifiers[w] || groupNameWords[w] {
			return false
		}
		if determiners[w] || st.toks[k].Cap {
			break
		}
	}
	titled := stateHeads[head] || demonymTitledHeads[head] && st.namesCountryWord(a, b-1) || leftTitle && stateTitledHeads[head]
	if remitHeads[head] && (b-a > 1 || st.toks[a].Cap) {
		// "the State Committee for National Security", not "the
		// Armenian National Committee of America"
		titled = false
		for k := a; k < b; k++ {
			titled = titled || remitWords[st.norm(k)]
		}
		if !titled {
			return false
		}
	}
	for k := a; k < b; k++ {
		w := st.norm(k)
		if w == "foreign" && k == b-2 && foreignOffices[head] && !possessiveDet[st.norm(k-1)] {
			// "the Foreign Minister", "the foreign ministry": a state's
			// office, whatever "foreign fighters" are ("Its foreign
			// ministry" is its owner's, which other rules find)
			titled = true
			continue
		}
		if pronoun(st.toks[k].Text) || nonStateModifiers[w] || groupNameWords[w] || formerWords(w) || st.inQuote(k) {
			return false
		}
		if k < b-1 && (stateTitleWords[w] || (st.norm(k+1) == "'s" || st.norm(k+1) == "’s") && stateTitleWords[w+"'s"]) {
			titled = true // "the governor's office", its possessive cut off
		}
	}
	if !titled && (st.norm(a-1) == "'s" || st.norm(a-1) == "’s") {
		// "Erdogan's spokesman", "the president's office": an office of
		// the person or office that possesses it
		titled = st.possessorOffice(a - 1)
	}
	return titled
}

// headOfStateName: the words [a, b) are "Head of State" or "Head of
// (the) Government", the title a state gives its leader, with the
// government's own words between ("the Head of the Federal Military
// Government"): capitalised, as a title is set.
func (st *state) headOfStateName(a, b int) bool {
	if b-a < 3 || st.norm(a) != "head" || !st.toks[a].Cap || st.norm(a+1) != "of" {
		return false
	}
	last := st.norm(b - 1)
	if last != "state" && last != "government" || !st.toks[b-1].Cap {
		return false
	}
	for k := a + 2; k < b-1; k++ {
		if w := st.norm(k); !(w == "the" || st.toks[k].Cap && st.toks[k].Word && !nonStateModifiers[w] && !groupNameWords[w]) {
			return false
		}
	}
	return true
}

// demonymTitledHeads are officers and sources that speak for a state
// when a state's name or demonym qualifies them ("A Beninese officer who
// served in the north", "a Russian military source"), as "Iranian
// officials" do.
var demonymTitledHeads = map[string]bool{
	"officer": true, "officers": true, "commander": true, "commanders": true, "source": true,
	"sources": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// namesCountryWord: a capitalised state's name or demonym stands among
// tokens [a, b).
func (st *state) namesCountryWord(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := st.countryWords[st.norm(k)]; ok && st.toks[k].Cap {
			return true
		}
	}
	return false
}

// determiners end the words that modify a speaker's noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "some": true, "certain": true,
}

// possessorOffice: the possessor that ends before the "'s" at token p is
// a person or a state's title ("the president's").
func (st *state) possessorOffice(p int) bool {
	if ei, _, ok := st.entityEndingAt(p); ok {
		return st.doc.Entities[ei].Kind == parallax.KindPerson
	}
	return stateTitleWords[st.norm(p-1)] || cabinetOffices[st.norm(p-1)]
}

// qualifierSide is the state the words of the speaker tokens [a, b), or
// the possessor just before them, name: a state or its demonym ("the
// Moldovan Border Police", "Tajikistan's State Committee"), a region or
// town that lies in a state ("the Sabah state government", "Aceh's
// governor": a region's government speaks for the state it lies in, as
// the golds give the Kurdistan Region's bodies Iraq's side), or a sided
// person or body that holds the office ("Nausėda's adviser"). qualified
// is false when they name nothing of the kind; side is "" when they name
// something with no state (an unsided person holds the office).
func (st *state) qualifierSide(a, b int) (side string, qualified bool) {
	if p := a - 1; p > 0 && (st.norm(p) == "'s" || st.norm(p) == "’s") {
		if ei, _, ok := st.entityEndingAt(p); ok {
			e := st.doc.Entities[ei]
			switch {
			case e.Side != "" && (stateKind(e.Kind) || e.Kind == parallax.KindLocation):
				return e.Side, true
			case e.Kind == parallax.KindPerson:
				return st.officeSide(e.Actor, st.filedFromState()), true
			case e.Side == "":
				if side := territoryRuler(e.Text, st.doc.Article.Published); side != "" {
					return side, true // "Gaza's government media office"
				}
				if side := st.placeStateIn(e.Start, e.End); side != "" {
					return side, true
				}
			}
			return "", true
		}
		if cw, ok := st.countryWords[st.norm(p-1)]; ok {
			return cw.side, true
		}
	}
	named := ""
	for k := a; k < b; k++ {
		side := ""
		if ei, ok := st.entStart[k]; ok && territoryRuler(st.doc.Entities[ei].Text, st.doc.Article.Published) != "" {
			side = territoryRuler(st.doc.Entities[ei].Text, st.doc.Article.Published)
		} else if cw, ok := st.countryWords[st.norm(k)]; ok && st.toks[k].Cap {
			side = cw.side
		} else if ei, ok := st.entStart[k]; ok && st.doc.Entities[ei].Side != "" && (st.doc.Entities[ei].Kind == parallax.KindGPE || st.doc.Entities[ei].Kind == parallax.KindLocation) {
			side = st.doc.Entities[ei].Side
		} else if st.toks[k].Cap {
			side = st.placeStateIn(st.toks[k].Start, st.toks[k].End)
		}
		if side == "" {
			continue
		}
		if named != "" && named != side {
			// "the Armenian National Committee of America": a
			// diaspora's body abroad, no state's voice
			return "", true
		}
		named = side
	}
	return named, named != ""
}

// deFactoTerritories are territories of a state that a party the project
// keeps apart from the state has governed since the day given: their
// government's bodies ("Gaza's interior ministry", "Gaza's government
// media office") speak for that party, not for the state the geoparser
// places the territory in (Hamas has run Gaza since June 2007).
var deFactoTerritories = []struct {
	names      []string
	from, side string
}{
	{[]string{"gaza", "gaza strip"}, "2007-06-15", "HAMAS"},
}

// territoryRuler is the side of the party that governs the territory
// named text on day ("" when none does, or the day is before its rule or
// unknown).
func territoryRuler(text, day string) string {
	if day == "" {
		return ""
	}
	f := strings.ToLower(strings.TrimSpace(text))
	for _, t := range deFactoTerritories {
		if day < t.from {
			continue
		}
		for _, n := range t.names {
			if f == n || f == "the "+n {
				return t.side
			}
		}
	}
	return ""
}

// territoryBodySide is the side of the party that governs a territory
// (deFactoTerritories) for a speaker whose words open with the
// territory's name, possessive or not, and name a state's body or office
// ("Gaza's government media office", "the Gaza interior ministry"): the
// territory's government, not the state the territory lies in.
func (st *state) territoryBodySide(spk speaker) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) {
		return "", false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson {
		return "", false
	}
	// the territory's name may open the speaker's words or stand just
	// before them, when they hold only the body's ("Gaza's | Government
	// Media Office", "The Gaza | interior ministry")
	from := a
	for k := a - 1; k >= 0 && k >= a-3 && st.sentOf[k] == st.sentOf[a] && (st.toks[k].Word && !determiners[st.norm(k)] && !prepositions(st.norm(k)) || st.norm(k) == "'s" || st.norm(k) == "’s"); k-- {
		from = k
	}
	for t := from; t < b; t++ {
		if !st.toks[t].Cap || !st.toks[t].Word {
			continue
		}
		side, n := "", 0
		for w := 1; w <= 2 && t+w <= b; w++ {
			if s := territoryRuler(st.doc.Text[st.toks[t].Start:st.toks[t+w-1].End], st.doc.Article.Published); s != "" {
				side, n = s, w
			}
		}
		if side == "" {
			continue
		}
		for k := t + n; k < b; k++ {
			if stateHeads[st.norm(k)] || stateTitleWords[st.norm(k)] {
				return side, true
			}
		}
		return "", false
	}
	return "", false
}

// placeStateIn is the side of the state the geoparser puts a place at
// [start, end) in, when a place lies there; "" otherwise.
func (st *state) placeStateIn(start, end int) string {
	for _, p := range st.doc.Places {
		if p.Country != "" && p.Start < end && start < p.End {
			return st.sideOfISO2[p.Country]
		}
	}
	return ""
}

// antecedentSide takes up, for a definite noun of one word ("the
// committee said", "the service said in a statement"), the last body
// named before whose name ends in that word: its side, its words'
// state, or the state the story is filed from when it too is bare.
// found is false when the speaker is no such noun or nothing was named.
func (st *state) antecedentSide(a, b int) (side string, found bool) {
	if b-a != 1 || st.toks[a].Cap || st.norm(a-1) != "the" {
		return "", false
	}
	head := st.norm(a)
	for k := a - 2; k >= 0; k-- {
		if st.norm(k) != head || !st.toks[k].Cap {
			continue
		}
		if ei, ok := st.entEnd[k+1]; ok && st.doc.Entities[ei].Side != "" {
			return st.doc.Entities[ei].Side, true
		}
		start := k
		for start > 0 && st.toks[start-1].Cap && st.toks[start-1].Word && st.sentOf[start-1] == st.sentOf[k] && st.sentTok[st.sentOf[k]][0] != start {
			start--
		}
		if side, ok := st.qualifierSide(start, k+1); ok {
			return side, true
		}
		if st.qualifiedBefore(start) {
			return "", true
		}
		return st.filedFromState(), true
	}
	return "", false
}

// qualifiedBefore: a possessive word or an owner's possessive stands just
// before token a ("its spokesman", "the rebels' command").
func (st *state) qualifiedBefore(a int) bool {
	switch st.norm(a - 1) {
	case "its", "their", "his", "her", "'s", "’s", "'", "’":
		return true
	}
	return false
}

// filedFromState is the state the story is filed from: the state of the
// town of its first dateline ("BATKEN —", "NEW DELHI:"), else the state
// its outlet's name holds ("Example Colombo Daily Mirror"), when the
// story names that state too (a story filed from a third country's
// bureau is about others). "" otherwise.
func (st *state) filedFromState() string {
	side, filed := "", parallax.Span{}
	for _, d := range st.datelines {
		if d.Start > homeDatelineReach || d.Towns > 1 || len(d.Places) == 0 {
			break
		}
		for _, p := range st.doc.Places {
			if p.Country != "" && d.Places[0].Contains(parallax.Span{Start: p.Start, End: p.End}) {
				side, filed = st.sideOfISO2[p.Country], d.Span
				break
			}
		}
		break
	}
	if side == "" {
		side = st.outletState()
	}
	if side == "" {
		return ""
	}
	for _, e := range st.doc.Entities {
		if e.Side == side && stateKind(e.Kind) {
			return side
		}
	}
	for _, p := range st.doc.Places {
		// a town of the state other than the dateline's ("near
		// Bialowieza" in a Warsaw daily)
		if p.Country != "" && st.sideOfISO2[p.Country] == side && !filed.Contains(parallax.Span{Start: p.Start, End: p.End}) {
			return side
		}
	}
	return ""
}

// outletState is the state whose name, demonym or capital the outlet's
// name holds, or "" when it holds none or two.
func (st *state) outletState() string {
	ws := strings.Fields(strings.ToLower(st.doc.Article.Outlet))
	side := ""
	for i := range ws {
		for j := min(len(ws), i+3); j > i; j-- {
			cw, ok := st.countryWords[strings.Join(ws[i:j], " ")]
			if !ok {
				continue
			}
			if side != "" && side != cw.side {
				return ""
			}
			side = cw.side
			break
		}
	}
	return side
}

// rankWord: a military or police rank, also hyphenated
// ("lieutenant-colonel", "major-general") or a navy's ("commodore").
func rankWord(w string) bool {
	if w == "commodore" || w == "ombudsman" || w == "ombudswoman" {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if stateOffices[part] {
			return true
		}
	}
	return false
}

// appositeOfficeBefore: the person at token a is named in apposition
// after a state's title that opens the phrase ("The Minister of Culture
// and Information, NAME, accused", "The national ombudsman, NAME, said",
// "the Deputy Minister of Information, NAME"): a cabinet office, a rank,
// an ombudsman, or the chair of a local government, with no word of a
// party or another non-state body.
func (st *state) appositeOfficeBefore(a int) bool {
	if a < 2 || st.norm(a-1) != "," {
		return false
	}
	office, local := false, false
	for k := a - 2; k >= 0 && k >= a-10 && st.sentOf[k] == st.sentOf[a]; k-- {
		t := st.toks[k]
		if !t.Word {
			return false
		}
		w := t.Norm
		if nonStateModifiers[w] || groupNameWords[w] || formerWords(w) {
			return false
		}
		office = office || cabinetOffices[w] || rankWord(w) || w == "minister"
		local = local || w == "government" && (st.norm(k+1) == "area" || st.norm(k-1) == "local")
		if w == "the" || w == "a" || k == st.sentTok[st.sentOf[a]][0] {
			break
		}
	}
	if local {
		// "The chairman of Maru Local Government Area, NAME"
		return true
	}
	return office
}
