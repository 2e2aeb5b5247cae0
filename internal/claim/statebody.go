package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
)

// stateBodyHeads head the name of a state body written without its
// state ("the Interior Ministry", "Dhaka Metropolitan Police", "the
// National Police"): the body speaks for the state the story is set in.
var stateBodyHeads = map[string]bool{
	"ministry": true, "police": true, "army": true, "military": true, "gendarmerie": true,
	"prosecutors": true, "presidency": true, "government": true, "cabinet": true,
	// "the Government Communication Service", "the National Intelligence
	// Service": a capitalised service whose every word is a state's
	"service": true,
	// "the regional Peace and Security Bureau", "the Public Security
	// Bureau": a bureau whose every word is a state's portfolio
	"bureau": true,
}

// stateBodyWords are the capitalised words that may name such a body
// beside its head: portfolios and the common words of forces' names. A
// word not listed ("Hamas-run", "Rebel", "Opposition") makes the body no
// state's, or another's.
var stateBodyWords = map[string]bool{
	"home": true, "interior": true, "internal": true, "defence": true, "defense": true, "foreign": true,
	"security": true, "health": true, "justice": true, "information": true, "public": true,
	"national": true, "federal": true, "state": true, "metropolitan": true, "city": true,
	"provincial": true, "regional": true, "district": true, "border": true, "affairs": true,
	"emergency": true, "emergencies": true, "central": true, "civil": true, "of": true, "and": true,
	// portfolios ("the Commerce Ministry", "the Ministry of Emergency
	// Situations")
	"commerce": true, "finance": true, "trade": true, "energy": true, "agriculture": true, "education": true,
	"economy": true, "transport": true, "environment": true, "situations": true, "labour": true, "labor": true,
	"water": true, "culture": true, "tourism": true, "communications": true, "industry": true, "planning": true,
	"development": true, "humanitarian": true, "disaster": true, "management": true, "relief": true,
	"reconstruction": true, "human": true, "rights": true, "territorial": true, "refugees": true,
	"religious": true, "endowments": true, "youth": true, "social": true, "welfare": true, "oil": true,
	"petroleum": true, "mines": true, "electricity": true, "housing": true, "works": true, "veterans": true,
	"intelligence": true, "population": true, "displaced": true, "reintegration": true,
	"government": true, "communication": true, "press": true, "peace": true,
}

// headFirstBodies head a state body's name that runs on with "of" and
// its portfolio ("the Ministry of National Defence", "the Department of
// Health").
var headFirstBodies = map[string]bool{"ministry": true, "department": true, "directorate": true}

// capitalStateBody reports whether the speaker tokens [a, b) name a state
// body without a state ("the Home Ministry", "Dhaka Metropolitan
// Police"), and the side of the town a word of it names ("" for none):
// capitalised portfolio words and place names before a state body's head.
// A body placed by what follows ("the Interior Ministry in Gaza", "the
// police of Kosovo") is left to the rules that read the place.
func (st *state) capitalStateBody(a, b int) (bool, string) {
	if ok, done := st.headFirstBody(a, b); done {
		return ok, ""
	}
	if a < 0 || b-a < 2 || b > len(st.toks) || !stateBodyHeads[st.norm(b-1)] || !st.toks[b-1].Cap {
		return false, ""
	}
	if n := st.norm(b); n == "in" || n == "of" || n == "for" {
		return false, ""
	}
	if a > 0 && st.toks[a-1].Word && st.sentOf[a-1] == st.sentOf[a] {
		switch st.norm(a - 1) {
		case "the", "a", "an", "for", "from", "by", "to", "with", "and":
		default:
			return false, "" // "the Hamas-run Interior Ministry", "Ukraine's Defence Ministry"
		}
	}
	town := ""
	for k := a; k < b-1; k++ {
		t := st.toks[k]
		if k == a && t.Norm == "the" {
			continue
		}
		if !t.Word || !t.Cap && t.Norm != "of" && t.Norm != "and" {
			return false, ""
		}
		if stateBodyWords[t.Norm] {
			continue
		}
		side, ok := st.townSideAt(k)
		if !ok {
			return false, ""
		}
		town = side
	}
	return true, town
}

// headFirstBody reports, when the speaker tokens [a, b) open with a
// body's head and "of" ("the Ministry of National Defence", "Ministry of
// Health"), whether the rest is a portfolio of capitalised words: such a
// body named without its state is the story's state's as "the Defence
// Ministry" is. done is false for a name of any other form, left to the
// "Defence Ministry" form. A state or town after "of" ("the Ministry of
// Defence of Tajikistan") or after the name ("in Gaza") is read elsewhere.
func (st *state) headFirstBody(a, b int) (ok, done bool) {
	if a < 0 || b > len(st.toks) {
		return false, false
	}
	h := a
	if st.norm(h) == "the" {
		h++
	}
	if h+2 >= b+1 || !headFirstBodies[st.norm(h)] || !st.toks[h].Cap || st.norm(h+1) != "of" {
		return false, false
	}
	if n := st.norm(b); n == "in" || n == "of" || n == "for" {
		return false, true
	}
	if h > 0 && st.toks[h-1].Word && st.sentOf[h-1] == st.sentOf[h] && h == a {
		switch st.norm(h - 1) {
		case "the", "a", "an", "for", "from", "by", "to", "with", "and":
		default:
			return false, true // "Ukraine's Ministry of Defence", "the Hamas-run Ministry of Health"
		}
	}
	for k := h + 2; k < b; k++ {
		t := st.toks[k]
		if !t.Word || !t.Cap && t.Norm != "of" && t.Norm != "and" || !stateBodyWords[t.Norm] {
			return false, true
		}
	}
	return h+2 < b, true
}

// townSideAt is the state of the place below the country level that the
// word at token k names, here or elsewhere in the story ("Dhaka" of
// "Dhaka Metropolitan Police", a name the recogniser took whole as a body,
// after the dateline "DHAKA").
func (st *state) townSideAt(k int) (string, bool) {
	w := st.toks[k].Text
	for _, p := range st.doc.Places {
		if p.Country == "" || strings.HasPrefix(p.Feature, "A.PCL") || !(p.Start == st.toks[k].Start || strings.EqualFold(p.Text, w)) {
			continue
		}
		side, ok := st.sideOfISO2[p.Country]
		return side, ok && side != ""
	}
	return "", false
}

// stateOfficers reports whether the speaker tokens [a, b) are unnamed
// members of the state's forces ("a military officer", "a senior police
// officer", "security personnel"): lower-case modifiers, one of them a
// state body's, none pointing elsewhere.
func (st *state) stateOfficers(a, b int) bool {
	if a < 0 || b-a < 2 || b > len(st.toks) {
		return false
	}
	switch st.norm(b - 1) {
	case "officer", "officers", "personnel", "commander", "commanders":
	default:
		return false
	}
	si := st.sentOf[a]
	state := false
	for i := a; i < b-1; i++ {
		t := st.toks[i]
		if nonStateModifiers[t.Norm] || formerWords(t.Norm) || t.Cap && !(si >= 0 && i == st.sentTok[si][0]) {
			return false
		}
		state = state || stateSourceMods[t.Norm] && t.Norm != "official" && t.Norm != "ministry"
	}
	return state
}

// datelineState is the state of the dateline's city ("DHAKA, May 2
// (Reuters) -"): a story no state's mentions dominate and no towns place
// is set where it was filed. "" when the first sentence opens with no
// dateline, or another state is named at least twice and more often
// than the dateline's (a story filed from a bureau abroad: "NAIROBI" on
// a story about Somalia's ministers).
func (st *state) datelineState() string {
	side := st.datelinePlace()
	if side == "" {
		return ""
	}
	named := map[string]int{}
	for _, e := range st.doc.Entities {
		if e.Side != "" && stateKind(e.Kind) {
			named[e.Side]++
		}
	}
	for s, k := range named {
		if s != side && k >= 2 && k > named[side] {
			// filed from a bureau abroad: the state the story names most
			return leadingState(st.doc.Entities)
		}
	}
	return side
}

// datelinePlace is the side of the state of the place the first
// sentence's dateline names ("DHAKA, May 2 (Reuters) -"), however often
// the story names other states; "" when there is no dateline or its
// place has no state.
func (st *state) datelinePlace() string {
	if len(st.sentTok) == 0 || len(st.sents) == 0 {
		return ""
	}
	first := -1
	for si, r := range st.sentTok {
		if r[0] >= 0 {
			first = si
			break
		}
	}
	if first < 0 {
		return ""
	}
	end := st.sentTok[first][0]
	start := st.sents[first].Start
	if end <= 0 || end >= len(st.toks) || st.toks[end].Start <= start {
		return ""
	}
	for _, p := range st.doc.Places {
		if p.Start >= start && p.End <= st.toks[end].Start && p.Country != "" {
			return st.sideOfISO2[p.Country]
		}
	}
	return ""
}

// agencyHeads end or head the name of a state's agency that begins with
// the state's name ("Nigeria Centre for Disease Control", "Kenya Wildlife
// Service", "Pakistan Meteorological Department").
var agencyHeads = map[string]bool{
	"centre": true, "center": true, "agency": true, "commission": true, "authority": true,
	"ministry": true, "department": true, "directorate": true, "bureau": true, "police": true,
	"army": true, "forces": true, "service": true, "services": true, "office": true, "administration": true,
}

// countryAgency returns the side of the state whose name begins the body
// the speaker tokens [a, b) name, when a word of the name is an agency's
// ("the Nigeria Centre for Disease Control"); a company, club or
// federation ("Nigeria Airways", "Kenya Football Federation") has none.
func (st *state) countryAgency(a, b int) (string, bool) {
	if a < 0 || b-a < 2 || b > len(st.toks) {
		return "", false
	}
	if side, ok := st.countrySuffixBody(a, b); ok {
		return side, true
	}
	if st.norm(a) == "the" {
		a++
	}
	side := ""
	for n := 1; n <= 3 && a+n < b; n++ {
		words := make([]string, 0, n)
		for k := a; k < a+n; k++ {
			words = append(words, st.toks[k].Norm)
		}
		if w := st.countryWords[strings.Join(words, " ")]; w.name && st.toks[a].Cap {
			side = w.side
		}
	}
	if side == "" {
		return "", false
	}
	for k := a + 1; k < b; k++ {
		if !st.toks[k].Word || !st.toks[k].Cap && !prepositions(st.norm(k)) && st.norm(k) != "and" {
			return "", false
		}
		if agencyHeads[st.norm(k)] {
			return side, true
		}
	}
	return "", false
}

// suffixBodyHeads head a state body whose long name ends in its state
// ("the Border Troops of the State Committee for National Security of
// Tajikistan", "the Ministry of Emergency Situations of Kyrgyzstan").
var suffixBodyHeads = map[string]bool{
	"committee": true, "troops": true, "guard": true, "guards": true, "council": true, "command": true,
}

// countrySuffixBody returns the side of the state whose name (or the
// name with "the") ends the body the speaker tokens [a, b) name after
// "of", when a word of the name before it is a state agency's head; a
// company or a party ("the Workers' Party of Kurdistan", "Bank of
// Georgia") has none.
func (st *state) countrySuffixBody(a, b int) (string, bool) {
	side, at := "", -1
	for n := 1; n <= 3 && b-n > a+1; n++ {
		words := make([]string, 0, n)
		for k := b - n; k < b; k++ {
			words = append(words, st.toks[k].Norm)
		}
		w := st.countryWords[strings.Join(words, " ")]
		if !w.name || !st.toks[b-n].Cap {
			continue
		}
		k := b - n - 1
		if st.norm(k) == "the" {
			k--
		}
		if st.norm(k) == "of" {
			side, at = w.side, k
		}
	}
	if side == "" {
		return "", false
	}
	if st.norm(a) == "the" {
		a++
	}
	head := false
	for k := a; k < at; k++ {
		t := st.toks[k]
		if !t.Word || !t.Cap && !prepositions(t.Norm) && t.Norm != "and" && t.Norm != "the" {
			return "", false
		}
		if nonStateModifiers[t.Norm] || t.Norm == "party" || t.Norm == "bank" {
			return "", false
		}
		head = head || agencyHeads[t.Norm] || stateBodyHeads[t.Norm] || suffixBodyHeads[t.Norm]
	}
	return side, head
}

// ownStaff are the bodies and aides that speak for the person who has
// them ("his office said", "her spokeswoman said"); a lawyer or a family
// speaks for itself (possessedSpeaker).
var ownStaff = map[string]bool{
	"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "aides": true,
}

// staffOf returns the entity index of the person a possessive pronoun
// before the speaker tokens [a, b) names ("President NAME will speak on
// Wednesday, his office said"): the last person named before it in the
// same sentence or the one before, or -1.
func (st *state) staffOf(a, b int) int {
	if a > 0 && b-a == 2 && (st.norm(a) == "his" || st.norm(a) == "her") {
		a++ // the span holds the pronoun ("Her spokeswoman")
	}
	if a <= 0 || b-a != 1 || b > len(st.toks) || !ownStaff[st.norm(a)] {
		return -1
	}
	if w := st.norm(a - 1); w != "his" && w != "her" {
		return -1
	}
	return st.officeOwnerBefore(a - 1)
}

// coordinatedWith: the participle clause whose subject starts at token w+1
// is joined by "and" (at w) to an earlier absolute clause of the sentence
// opened by "with" whose own participle is a cue ("with Thailand saying
// ... and Cambodia accusing Bangkok of ..."): it is an absolute clause too.
func (st *state) coordinatedWith(a, w int) bool {
	if w <= a || st.norm(w) != "and" || st.inQuote(w) {
		return false
	}
	gerund := false
	for k := w - 1; k > a; k-- {
		if st.inQuote(k) {
			continue
		}
		if c, ok := st.cueAt(k); ok && c.gerund {
			gerund = true
		}
		if st.norm(k) == "with" {
			return gerund
		}
	}
	return false
}

// accusedObject: after "accusing" at token j the accused and "of" follow
// within a few words ("accusing Bangkok of using cluster munitions"): the
// content runs from the accused, as for the finite verb.
func (st *state) accusedObject(c cue, j, b int) bool {
	if c.lemma != "accuse" {
		return false
	}
	for k := j + 1; k < b && k <= j+5; k++ {
		if st.norm(k) == "of" {
			return true
		}
		if !st.toks[k].Word {
			return false
		}
	}
	return false
}

// andAbsolute: "and" at token i opens a second absolute clause, a named
// subject and a participle cue, after one opened by "with" ("with Thailand
// saying C and Cambodia accusing ..."); C ends before it.
func (st *state) andAbsolute(i, b int) bool {
	k := i + 1
	if st.norm(k) == "the" {
		k++
	}
	_, eb, ok := st.entityStartingAt(k)
	if !ok || eb >= b {
		return false
	}
	if c, ok := st.cueAt(eb); !ok || !c.gerund {
		return false
	}
	si := st.sentOf[i]
	if si < 0 {
		return false
	}
	return st.coordinatedWith(st.sentTok[si][0], i)
}

// officeBefore returns the office the capitalised title right before the
// name at token a gives ("prime minister" of "Thailand's acting Prime
// Minister NAME", "president" of "President NAME"): its last two words,
// without marks of a temporary holder; "" when no title stands there.
func (st *state) officeBefore(a int) string {
	var words []string
	for k := a - 1; k >= 0 && k >= a-5 && st.sentOf[k] == st.sentOf[a]; k-- {
		t := st.toks[k]
		if t.Text == "." {
			continue
		}
		if !t.Word || !t.Cap || formerWords(t.Norm) {
			break
		}
		if t.Norm == "acting" || t.Norm == "interim" || t.Norm == "caretaker" {
			continue
		}
		words = append([]string{t.Norm}, words...)
	}
	if len(words) == 0 {
		return ""
	}
	if h := words[len(words)-1]; !(titleWords[h] || stateOffices[h] || cabinetOffices[h] || h == "president") {
		return ""
	}
	if len(words) > 2 {
		words = words[len(words)-2:]
	}
	return strings.Join(words, " ")
}

// officeTakenInStory: another person the story names with the same
// office holds it for the state side ("Thailand's acting Prime Minister
// NAME1 said ... Prime Minister NAME2 called for"): NAME2 is no second
// holder of that state's office, so the story's state is not theirs.
func (st *state) officeTakenInStory(spk speaker, side string) bool {
	if spk.a <= 0 || side == "" {
		return false
	}
	office := st.officeBefore(spk.a)
	if office == "" {
		return false
	}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Side != side || e.Actor == "" || e.Actor == spk.actor {
			continue
		}
		if k, ok := st.tokenAt(e.Start); ok && k > 0 && st.officeBefore(k) == office {
			return true
		}
	}
	return false
}

// countryAgencyNames maps the names of the story's state agencies that
// begin with their state's name, and the acronyms given for them (", or
// NCDC,"), to that state's side.
func (st *state) countryAgencyNames() map[string]string {
	m := map[string]string{}
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindPerson {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		side, ok := st.countryAgency(a, b)
		if !ok {
			continue
		}
		m[e.Text] = side
		if st.norm(b) == "," && st.norm(b+1) == "or" && b+2 < len(st.toks) && upperWord(st.toks[b+2].Text) {
			m[st.toks[b+2].Text] = side
		}
	}
	return m
}

// agencyStaffSide is the side of the state agency a person's title names
// ("NCDC lead Dr. NAME", "Kenya Wildlife Service spokesman NAME"), from
// names, or "".
func (st *state) agencyStaffSide(actor string, names map[string]string) string {
	if len(names) == 0 {
		return ""
	}
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		for k := a - 1; k >= 0 && k >= a-5 && st.sentOf[k] == st.sentOf[a]; k-- {
			t := st.toks[k]
			if t.Text == "." {
				continue
			}
			if !t.Word {
				break
			}
			if side, ok := names[t.Text]; ok {
				return side
			}
			if !t.Cap && !titleWords[t.Norm] && !staffWords[t.Norm] {
				break
			}
		}
	}
	return ""
}

// staffWords are lower-case roles of a body's staff written between its
// name and a person's ("NCDC lead NAME", "agency head NAME").
var staffWords = map[string]bool{"lead": true, "boss": true, "epidemiologist": true, "scientist": true}

// governmentSpeaker: the speaker tokens [a, b) are the government's own
// members or the government ("government ministers", "the government",
// "the cabinet"), which speak for the state the story names most even
// where it does not dominate; other unnamed officials ("officials",
// "police") may be another state's and do not.
func (st *state) governmentSpeaker(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	switch st.norm(b - 1) {
	case "ministers", "government", "cabinet":
	default:
		return false
	}
	for k := a; k < b-1; k++ {
		if w := st.norm(k); w != "the" && w != "government" && w != "senior" && w != "top" {
			return false
		}
	}
	return true
}

// arrivals are what one welcomes in person rather than as news: people
// and deliveries ("welcomed visiting soldiers", "welcomed the vaccines").
var arrivals = map[string]bool{
	"soldiers": true, "troops": true, "visitors": true, "guests": true, "delegation": true, "delegations": true,
	"refugees": true, "migrants": true, "pilgrims": true, "fans": true, "players": true, "students": true,
	"tourists": true, "vaccines": true, "doses": true, "shipment": true, "shipments": true, "aid": true,
	"crowds": true, "crowd": true, "passengers": true, "arrivals": true, "veterans": true, "children": true,
}

// welcomesArrival: the object of "welcome" from token k, past
// determiners and modifiers, is people or a delivery received in person,
// or a person named by name: no stance on what someone did.
func (st *state) welcomesArrival(k int) bool {
	for j := k; j < len(st.toks) && j < k+4; j++ {
		t := st.toks[j]
		if !t.Word {
			return false
		}
		if arrivals[t.Norm] {
			return true
		}
		if ei, ok := st.entStart[j]; ok && st.doc.Entities[ei].Kind == parallax.KindPerson {
			return true
		}
	}
	return false
}

// courtOrder: the subject before the cue at token i, within the clause
// from a, is a court or a judge ("Malawi's High Court on Jan. 14 ordered",
// "a judge in Lagos ordered"): no comma or quotation between them.
func (st *state) courtOrder(a, i int) bool {
	for k := i - 1; k >= a && k >= i-8; k-- {
		t := st.toks[k]
		if !t.Word && t.Text != "." && t.Text != "'s" && t.Text != "’s" {
			return false
		}
		switch t.Norm {
		case "court", "judge", "tribunal", "justice", "magistrate":
			return true
		}
	}
	return false
}

// localOfficeHeads are the posts of a region's or town's own officials
// ("the regional governor", "the mayor").
var localOfficeHeads = map[string]bool{
	"governor": true, "governors": true, "mayor": true, "mayors": true,
}

// localOfficeWords may stand before such a post ("the acting regional
// governor", "the city's mayor") or name the administration a head
// leads ("the head of the regional military administration").
var localOfficeWords = map[string]bool{
	"the": true, "regional": true, "provincial": true, "local": true, "district": true, "city": true,
	"town": true, "oblast": true, "region's": true, "city's": true, "town's": true, "province's": true,
	"acting": true, "deputy": true, "military": true, "civil": true, "state": true, "municipal": true,
	"county": true, "village": true,
}

// localOfficial: the speaker tokens [a, b) are a region's or a town's
// official named only by the post ("the regional governor", "the
// mayor", "the head of the regional administration"): lower-case words,
// none pointing elsewhere. Such an official governs where the story's
// towns lie, not the state the story names most: "Ukrainian drones
// attacked Saratov ..., the regional governor said" is Russia's governor.
func (st *state) localOfficial(a, b int) bool {
	if a < 0 || b <= a || b > len(st.toks) {
		return false
	}
	head := b - 1
	if w := st.norm(head); w == "administration" || w == "region" || w == "city" || w == "province" {
		// "the head of the regional administration", "the head of the region"
		k := a
		if st.norm(k) == "the" {
			k++
		}
		if w := st.norm(k); (w != "head" && w != "chief") || st.norm(k+1) != "of" {
			return false
		}
		for i := k + 2; i < head; i++ {
			if !localOfficeWords[st.norm(i)] || st.toks[i].Cap {
				return false
			}
		}
		return true
	}
	if !localOfficeHeads[st.norm(head)] {
		return false
	}
	si := st.sentOf[a]
	for i := a; i < head; i++ {
		t := st.toks[i]
		if !localOfficeWords[t.Norm] || t.Cap && !(si >= 0 && i == st.sentTok[si][0]) {
			return false
		}
	}
	return true
}

// localPlaceState is the state the story's towns and regions lie in
// (places below the country level): at least two of them, and at least
// twice as many as any other state's, however often other states are
// named (the attacker of those towns most of all). "" when the places do
// not agree. placeState adds that no other state be named more often.
func (st *state) localPlaceState() string {
	n := map[string]int{}
	for _, p := range st.doc.Places {
		if p.Country == "" || strings.HasPrefix(p.Feature, "A.PCL") {
			continue // a country's own name places nothing
		}
		if side, ok := st.sideOfISO2[p.Country]; ok { // loadISO2Sides keeps no empty side
			n[side]++
		}
	}
	best, first, second := "", 0, 0
	for side, k := range n {
		switch {
		case k > first || k == first && side < best:
			if best != "" {
				second = max(second, first)
			}
			best, first = side, k
		case k > second:
			second = k
		}
	}
	if first < 2 || first < 2*second {
		return ""
	}
	return best
}

// titleBodies are the state bodies a spokesman's or commander's title
// may name without the state ("Army spokesman NAME", "Police spokesman
// NAME"), and whether any armed force of the state answers to the word.
var titleBodies = map[string]bool{
	"army": true, "military": true, "navy": true, "police": true, "ministry": true, "gendarmerie": true,
	// international bodies' staff ("Commission spokesperson NAME" after
	// "The European Commission will ...")
	"commission": true,
}

// bodyRoles are the posts that speak for a body named before them in a
// title ("Army spokesman", "Police chief"); an analyst or an expert on
// the military speaks for no one.
var bodyRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true, "chief": true,
	"official": true, "officer": true, "head": true, "press": true, "information": true,
}

// bodyTitleSide is the side of the body a person's title names by its
// kind alone ("Army spokesman Nabil Osman" after "Sudan's army said"):
// the body of that kind named last before the person, in the same
// sentence or the five before, whose name ends in the title's word (for
// "army" and "military", any state's armed force). "" when the title
// names no such body or none was named before.
func (st *state) bodyTitleSide(actor string) string {
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		word := ""
		for k := a - 1; k >= 0 && k >= a-4 && st.sentOf[k] == st.sentOf[a]; k-- {
			t := st.toks[k]
			if t.Text == "." {
				continue
			}
			if !t.Word || !(t.Cap || titleWords[t.Norm] || titleBodies[t.Norm]) || formerWords(t.Norm) {
				break
			}
			if st.countryWords[t.Norm].name {
				return "" // a state named in the title is read elsewhere
			}
			if titleBodies[t.Norm] && bodyRoles[st.norm(k+1)] {
				word = t.Norm // "Army spokesman", not "Military analyst"
			}
		}
		if word == "" {
			continue
		}
		// the body named last before the person, else (a story that
		// quotes the spokesman first) the first named after, within
		// three sentences
		best, after := -1, -1
		for ei, o := range st.doc.Entities {
			if o.Side == "" || ei == after || best >= 0 && o.Start <= st.doc.Entities[best].Start && o.End <= e.Start {
				continue
			}
			ob, obe := st.tokensIn(o.Start, o.End)
			if obe <= ob {
				continue
			}
			armed := (word == "army" || word == "military") && o.Kind == parallax.KindMilitary
			if !armed && !(st.norm(obe-1) == word && (o.Kind == parallax.KindMilitary || o.Kind == parallax.KindGovernment || word == "commission" && o.Kind == parallax.KindOrganization)) {
				continue
			}
			switch {
			case o.End <= e.Start && st.sentOf[a]-st.sentOf[ob] <= 5:
				best = ei
			case o.Start >= e.End && after < 0 && st.sentOf[ob]-st.sentOf[a] <= 3:
				after = ei
			}
		}
		if best < 0 {
			best = after
		}
		if best >= 0 {
			return st.doc.Entities[best].Side
		}
	}
	return ""
}

// appositionSubject: the words of the sentence before the comma at
// token before are a subject and its apposition, with no verb of their
// own ("The army spokesman in North Kivu, Captain NAME, said the M23,
// backed by ..., attacked"): the cue after the comma has its subject
// before it, and the name after the cue is its object's, not an
// inverted speaker's.
func (st *state) appositionSubject(si, a, before int) bool {
	if before <= a || st.isCloseQuote(before) || st.norm(before) != "," || st.finiteVerbIn(si, a, before) {
		return false
	}
	for k := a; k < before; k++ {
		if st.norm(k) == "," {
			return true
		}
		if st.inQuote(k) || st.isCloseQuote(k) {
			return false
		}
	}
	return false
}

// kindBodyWords name a state's forces and offices by their kind ("the
// army general staff", "the General Command of the Army and Armed
// Forces", "military intelligence", "the regional military
// administration"), besides the portfolio words of stateBodyWords.
var kindBodyWords = map[string]bool{
	"the": true, "general": true, "staff": true, "command": true, "army": true, "armies": true, "armed": true,
	"forces": true, "force": true, "military": true, "administration": true, "air": true, "navy": true,
	"naval": true, "police": true, "gendarmerie": true, "operational": true, "headquarters": true, "joint": true,
	"chiefs": true, "high": true, "supreme": true, "ministry": true, "expatriates": true, "emigrants": true,
}

// kindBodyHeads are the words of which one makes such a name a state
// body's rather than a portfolio's alone ("national security" is none).
var kindBodyHeads = map[string]bool{
	"staff": true, "command": true, "administration": true, "intelligence": true, "army": true, "armies": true,
	"military": true, "ministry": true, "police": true, "gendarmerie": true, "navy": true, "headquarters": true,
}

// kindOnlyStateBody reports whether the speaker tokens [a, b) name a
// state's body by its kind alone, in lower case or capitalised, with no
// state and no other party in its words ("the army general staff said",
// "according to military intelligence", "the Ministry of Foreign Affairs
// and Expatriates said"), or the information such a body gave
// ("according to preliminary information from the regional military
// administration"): the body of the state the story is set in, as a
// reader takes "the army" there. One word alone ("the army") is left to
// the anaphora that take up a body named before.
func (st *state) kindOnlyStateBody(a, b int) bool {
	if a < 0 || b > len(st.toks) || b <= a {
		return false
	}
	for k := b - 1; k > a; k-- {
		if w := st.norm(k); w == "from" || w == "by" {
			a = k + 1 // the body that gave the information or the toll
			break
		}
	}
	if st.norm(a) == "the" {
		a++
	}
	if b-a < 2 {
		return false
	}
	if a > 0 && st.toks[a-1].Word && st.sentOf[a-1] == st.sentOf[a] {
		switch st.norm(a - 1) {
		case "the", "a", "an", "for", "from", "by", "to", "with", "and":
		default:
			return false // "Ukraine's military intelligence", "the rebel army command"
		}
	}
	head := false
	for k := a; k < b; k++ {
		t := st.toks[k]
		if !t.Word || st.inQuote(k) {
			return false
		}
		if ei, ok := st.entStart[k]; ok && (st.doc.Entities[ei].Side != "" || st.doc.Entities[ei].Kind == parallax.KindPerson) {
			return false
		}
		if !kindBodyWords[t.Norm] && !stateBodyWords[t.Norm] {
			return false
		}
		head = head || kindBodyHeads[t.Norm]
	}
	return head
}

// bareSpokesTitleSide is the side of the body a spokesperson named by
// the bare title that opens the sentence ("Spokesman NAME said in
// Islamabad") speaks for: the state or sided body that opens the
// sentence just before ("Pakistan's Foreign Office also summoned
// India's envoy. Spokesman NAME said"), the subject of that act. "" when
// the title names a body of its own or the sentence before opens with
// no sided body.
func (st *state) bareSpokesTitleSide(actor string) string {
	for _, e := range st.doc.Entities {
		if e.Actor != actor || e.Kind != parallax.KindPerson {
			continue
		}
		a, _ := st.tokensIn(e.Start, e.End)
		if a < 1 {
			continue
		}
		si := st.sentOf[a]
		if si < 1 || st.sentTok[si][0] != a-1 || !st.toks[a-1].Cap || !spokesTitles[st.norm(a-1)] {
			continue
		}
		prev := st.sentTok[si-1]
		if prev[0] < 0 {
			continue
		}
		for k := prev[0]; k < prev[1] && k < prev[0]+4; k++ {
			ei, eb, ok := st.entityStartingAt(k)
			if !ok {
				if st.toks[k].Word && !st.toks[k].Cap && st.norm(k) != "the" {
					break
				}
				continue
			}
			o := st.doc.Entities[ei]
			if o.Kind == parallax.KindPerson || o.Side == "" || !stateKind(o.Kind) && o.Kind != parallax.KindOrganization && o.Kind != parallax.KindGroup {
				break
			}
			if st.norm(eb) == "'s" || st.norm(eb) == "’s" {
				// "Pakistan's Foreign Office": the possessed body, when
				// sided, else the possessor's state
				if pi, _, ok := st.entityStartingAt(eb + 1); ok && st.doc.Entities[pi].Side != "" && st.doc.Entities[pi].Kind != parallax.KindPerson {
					return st.doc.Entities[pi].Side
				}
			}
			return o.Side
		}
	}
	return ""
}

// spokesTitles are the bare titles of a body's spokesperson.
var spokesTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}
