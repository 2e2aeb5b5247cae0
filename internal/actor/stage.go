package actor

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// Stage resolves actor mentions: it sets Actor, Side and Kind on the NER's
// and the geoparser's entities that name actors, and adds entities ("a1",
// "a2"...) for the mentions they did not give: titles, bodies of a state
// ("the Azerbaijani Defense Ministry"), metonyms, demonym phrases, pronouns
// and nominal anaphora.
type Stage struct{ kb *KB }

// New returns the actor stage over a loaded knowledge base.
func New(kb *KB) *Stage { return &Stage{kb: kb} }

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "actor" }

// mention is a stretch of text that names an actor, resolved or waiting for
// anaphora resolution.
type mention struct {
	parallax.Span
	a, b     int // token range [a, b)
	sent     int
	actor    string
	kind     string
	side     string
	inst     string // state body code, for "the ministry"
	anaphor  string // "he", "it", "they", "statement", "inst" when it needs an antecedent
	subject  bool
	inQuote  bool
	surname  string // folded last name of a person, for later bare-surname mentions
	role     string // the title a person was named with
	resolved bool
}

// lexItem is a run of tokens that the knowledge base knows.
type lexItem struct {
	a, b int
	hits []hit
}

func (l lexItem) first(k hitKind) (hit, bool) {
	for _, h := range l.hits {
		if h.kind == k {
			return h, true
		}
	}
	return hit{}, false
}

func (l lexItem) has(k hitKind) bool { _, ok := l.first(k); return ok }

// countryHit returns the country named by a country, demonym or capital hit.
func (l lexItem) countryHit() (hit, bool) {
	for _, k := range []hitKind{hitCountry, hitDemonymPlural, hitDemonym} {
		if h, ok := l.first(k); ok {
			return h, true
		}
	}
	return hit{}, false
}

// docState is the per-document working state of the stage.
type docState struct {
	kb        *KB
	doc       *parallax.Document
	datelines []dateline.Dateline // the document's (dateline.Of)
	toks      []Tok
	sentOf    []int
	folded    string // folded text, for context checks
	// folded names of the countries the geoparser placed the story's
	// places in, for context checks too
	placeLands string
	day        string
	lex        []lexItem
	lexAt      []int  // token index -> 1 + index of the lex item starting there, 0 for none
	cover      []bool // tokens already part of a mention
	// the indices of the "(" tokens, once needed (openParens)
	parens     []int
	parensDone bool
	kinds      []wordKind // each token's word kinds (wordkinds.go)
	ments      []mention
	// names of people the knowledge base does not know, by token range
	unknownNames    [][2]int
	unknownSurnames map[string]bool
	// the side of the government that publishes the article, once known
	pubSide string
	pubDone bool
	// the state the article is about, once known
	domSide string
	domDone bool
	// hostDateline's answer, made once
	hostState     string
	hostStateDone bool
	// domNamed counts each state's mentions as dominantState read them
	domNamed map[string]int
	// the state whose court tries the article's case, once known
	courtSide string
	courtDone bool
	// the index of each actor's first mention, once needed (affiliate)
	firstOf map[string]int
	// the article's armed groups the knowledge base lacks (unlisted.go)
	local *localPhrases
	// the gender the story gives a person actor (genders), for "he"/"she"
	gender map[string]byte
}

// Process implements pipeline.Stage.
func (s *Stage) Process(doc *parallax.Document) {
	if doc.Text == "" {
		return
	}
	st := &docState{kb: s.kb, doc: doc, datelines: dateline.Of(doc), toks: DocTokens(doc), folded: FoldedText(doc), day: doc.Article.Published}
	st.placeLands = st.placeCountryNames()
	st.sentOf = SentenceOfTokens(st.toks, Sentences(doc))
	st.cover = make([]bool, len(st.toks))
	st.kinds = kindsOf(st.toks)
	st.unknownSurnames = map[string]bool{}
	st.unlistedGroups()
	st.personsNamedLikePlaces()
	st.lookup()
	st.grammar()
	st.applyOwners()
	st.placesNamedAsPersons()
	st.names()
	st.unifyPersons()
	st.unownedServices()
	st.definedAcronyms()
	st.homeInstitutions()
	st.shortenedBodies()
	st.affiliate()
	st.placedSpeakerSides()
	st.courtSpeakers()
	st.namedEnemy()
	st.possessedBodies()
	st.genericBodies()
	st.lateAppositions()
	st.anaphors()
	st.describedPersons()
	st.markSubjects()
	st.resolveAnaphora()
	st.storyStateBodies()
	st.unlistedStateBodies()
	st.sceneStateBodies()
	st.selfStyledArmy()
	st.territoryCivilDefence()
	st.membersOfGroups()
	st.deFactoGovernments()
	st.regionsSovereign()
	st.emit()
	st.possessedEntities()
	st.regionForces()
	st.textSpellings()
}

// territoryCivilDefence: a civil defence the story gives the Palestinian
// state ("the Palestinian Civil Defence Agency", "the civil defence
// agency" after "Palestinian officials") is, in a story whose towns lie in
// a territory the knowledge base lists a civil defence for ("Gaza civil
// defence": its de facto rulers'), that territory's, as the claim stage
// decides for the same words; not in a story with towns of another
// territory of the state too (the West Bank's civil defence is the
// Palestinian Authority's).
func (st *docState) territoryCivilDefence() {
	ai, found := -1, false
	for _, p := range st.doc.Places {
		if p.Country != "PS" || strings.HasPrefix(p.Feature, "A.PCL") {
			continue
		}
		this := -1
		for _, n := range []string{p.Admin1, p.Name, p.Text} {
			if n = strings.TrimSuffix(strings.TrimSpace(n), " Strip"); n == "" {
				continue
			}
			for _, h := range st.kb.phrases[strings.Join(st.foldWords(n+" civil defence"), " ")] {
				if h.kind == hitActor {
					this = h.idx
				}
			}
			if this >= 0 {
				break
			}
		}
		if this < 0 || found && this != ai {
			return // a town of another territory, or of two
		}
		ai, found = this, true
	}
	if !found {
		return
	}
	a := st.kb.Actors[ai]
	for i := range st.ments {
		m := &st.ments[i]
		if m.side != "PSE" || m.kind == parallax.KindPerson || m.kind == parallax.KindGPE || !civilDefence(st.words(m.a, m.b)) {
			continue
		}
		m.actor, m.side, m.kind, m.inst = a.Name, a.Side, a.Kind, ""
	}
}

// civilDefence: words name a civil defence body ("civil defence agency",
// "Civil Defense").
func civilDefence(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "civil" && (words[i+1] == "defence" || words[i+1] == "defense") {
			return true
		}
	}
	return false
}

// foldWords: the knowledge base's folded words of a phrase, as its phrase
// index keys them.
func (st *docState) foldWords(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		out = append(out, t.Norm)
	}
	return out
}

// SentenceOfTokens gives, for each token, the index of the sentence that
// holds it (-1 for a token between sentences).
func SentenceOfTokens(toks []Tok, sents []parallax.Span) []int {
	out := make([]int, len(toks))
	j := 0
	for i, t := range toks {
		for j < len(sents) && sents[j].End <= t.Start {
			j++
		}
		if j < len(sents) && sents[j].Start <= t.Start {
			out[i] = j
		} else {
			out[i] = -1
		}
	}
	return out
}

// applies reports whether an entry restricted to some context applies to
// this document.
func (st *docState) applies(ctx []string) bool {
	if len(ctx) == 0 {
		return true
	}
	for _, w := range ctx {
		if strings.Contains(st.folded, w) || strings.Contains(st.placeLands, w) {
			return true
		}
	}
	return false
}

// placeCountryNames folds the names of the countries of the story's
// places: a story set in Gojjam or Hodeidah is about Ethiopia or Yemen
// though it may never name the country, and an entry kept to stories
// about that country ("Fano", "Saba news agency") applies to it.
func (st *docState) placeCountryNames() string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, p := range st.doc.Places {
		if p.Country == "" || seen[p.Country] {
			continue
		}
		seen[p.Country] = true
		if c, ok := st.kb.CountryOfISO2(p.Country); ok {
			b.WriteString(" " + Fold(c.Name) + " " + Fold(c.Adj))
		}
	}
	return b.String()
}

// lookup finds, left to right, the longest token runs that the knowledge
// base knows.
func (st *docState) lookup() {
	kb := st.kb
	st.lexAt = make([]int, len(st.toks))
	// the recogniser's persons of two words or more: a run inside one
	// that is not the whole name is no country or capital ("Chad" of
	// "Chad Mbaye", "Georgia" of "Georgia Halloran")
	// (only at the name's start and before a word that is no title: the
	// recogniser may take "Kenyan President" into the name)
	inPerson := make([]int, len(st.toks)) // 1 + end token of the person starting there
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson {
			continue
		}
		if a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End}); a >= 0 && b-a >= 2 {
			inPerson[a] = b + 1
		}
	}
	// The key of n words is built in one buffer and looked up without
	// making it a string: a string per word was most of this loop's cost.
	key := make([]byte, 0, 64)
	for i := 0; i < len(st.toks); {
		t := st.toks[i]
		if !t.Word {
			i++
			continue
		}
		var best []hit
		bestN := 0
		key = key[:0]
		for n := 1; n <= kb.maxLen && i+n <= len(st.toks); n++ {
			tn := st.toks[i+n-1]
			if n > 1 {
				if tn.Newline && n > 1 {
					break
				}
				key = append(key, ' ')
			}
			key = append(key, tn.Norm...)
			hs, ok := kb.phrases[string(key)]
			if ok && (!kb.capitalized[string(key)] || t.Cap) {
				if hs = st.applicable(hs); len(hs) > 0 {
					best, bestN = hs, n
				}
			}
			if !kb.prefixes[string(key)] { // kb.prefix
				break
			}
		}
		if bestN == 0 {
			if hs, ok := kb.exact[t.Text]; ok {
				if hs = st.applicable(hs); len(hs) > 0 {
					best, bestN = hs, 1
				}
			}
		}
		if hs, n := st.localHit(i); n > 0 && n >= bestN {
			best, bestN = hs, n
		}
		if bestN == 0 {
			i++
			continue
		}
		if end := inPerson[i] - 1; end > 0 && i+bestN < end && placeOnly(best) && !st.titleAt(i+bestN) && !st.titleAt(i+bestN+1) {
			i++ // the first name of a person's name
			continue
		}
		if placeOnly(best) && st.surnameOfPersonAt(i, bestN, inPerson) {
			i += bestN // the family name of a person's name ("Linda Jordan")
			continue
		}
		if st.toks[i].Cap && len(best) > 0 && best[0].kind == hitInstitution && best[0].code == "court" {
			// a court named by its capitalised name ("the Iranian Supreme
			// Court") is the recogniser's organisation, owned by the state
			// before it; the common noun ("a Kenyan court") is the body
			i++
			continue
		}
		if best = st.longerBodyName(i, i+bestN, best); len(best) == 0 {
			i += bestN
			continue
		}
		if st.possessedCommonAlias(i, i+bestN, best) {
			// "the Kurdistan Region's Security Council": the possessor's
			// own body, not the UN's
			if best = withoutIntergovernmental(st.kb, best); len(best) == 0 {
				i += bestN
				continue
			}
		}
		best = st.placedDemonym(i, i+bestN, best)
		st.lexAt[i] = len(st.lex) + 1
		st.lex = append(st.lex, lexItem{a: i, b: i + bestN, hits: best})
		i += bestN
	}
	st.orderNamesakes()
}

// titleAt: the word at token i is a title or part of one.
func (st *docState) titleAt(i int) bool {
	w := st.tokNorm(i)
	_, isRole := roles[w]
	return isRole || titleWord(w) || portfolioWords[w]
}

// portfolioBefore: the portfolio word w stands in the title run right
// before the name at token a ("Commerce Secretary NAME").
func (st *docState) portfolioBefore(a int, w string) bool {
	for i := a - 1; i >= 0 && i >= a-4 && st.sentOf[i] == st.sentOf[a]; i-- {
		t := st.toks[i]
		if t.Norm == w {
			return true
		}
		if !t.Word || !(t.Cap || titleWord(t.Norm)) {
			return false
		}
	}
	return false
}

// locativeBefore are the prepositions that make a capital after them a
// place ("in Washington"), not its government ("talks with Washington").
var locativeBefore = map[string]bool{"in": true, "near": true, "outside": true, "around": true, "across": true}

// intergovernmental are the sides of bodies that states make up: a
// country before their name is that state's delegation or mission ("the
// Russian UN envoy"), never a national branch.
var intergovernmental = map[string]bool{
	"UNO": true, "EU": true, "OSCE": true, "CSTO": true, "NATO": true, "AU": true, "ECOWAS": true, "G7": true,
	"IGAD": true, "SADC": true, "ARABLEAGUE": true, "OIC": true, "EAC": true,
}

// nationalChapter: the actor is a non-governmental international body
// (a side that is no state's and no states' union), whose name after a
// country is the country's own society of it.
func (st *docState) nationalChapter(a Actor) bool {
	if a.Kind != parallax.KindOrganization || a.Side == "" || intergovernmental[a.Side] {
		return false
	}
	_, isState := st.kb.bySide[a.Side]
	return !isState
}

// placeOnly: the hits are all countries, demonyms or capitals.
func placeOnly(hs []hit) bool {
	for _, h := range hs {
		switch h.kind {
		case hitCountry, hitDemonym, hitDemonymPlural, hitCapital:
		default:
			return false
		}
	}
	return len(hs) > 0
}

// placedDemonym: a word the nationality list gives as a demonym that the
// geoparser placed as its state, or the recogniser found as a place, is
// the state's name there; the hits gain the country. (The generator now
// files the lists' names of a state, "Britain", "England", "UK", as
// names; this keeps any such word it cannot tell from an adjective.)
func (st *docState) placedDemonym(a, b int, hs []hit) []hit {
	var dem hit
	found := false
	for _, h := range hs {
		switch h.kind {
		case hitCountry:
			return hs
		case hitDemonym:
			if !found {
				dem, found = h, true
			}
		}
	}
	if !found || !st.toks[a].Cap {
		return hs
	}
	c := st.kb.Countries[dem.idx]
	start, end := st.toks[a].Start, st.toks[b-1].End
	for _, p := range st.doc.Places {
		if p.Start == start && p.End == end && p.Country != "" && p.Country == c.ISO2 {
			return append([]hit{{kind: hitCountry, idx: dem.idx}}, hs...)
		}
	}
	for _, e := range st.doc.Entities {
		if e.Start == start && e.End == end && (e.Kind == "gpe" || e.Kind == parallax.KindLocation) {
			return append([]hit{{kind: hitCountry, idx: dem.idx}}, hs...)
		}
	}
	return hs
}

func (st *docState) applicable(hs []hit) []hit {
	ok, specific := true, false
	for _, h := range hs {
		if !st.hitApplies(h) {
			ok = false
		} else if h.kind == hitActor && len(st.kb.Actors[h.idx].Context) > 0 {
			specific = true
		}
	}
	if ok && !specific {
		return hs
	}
	// an actor kept for the stories of one conflict is more specific
	// than one of the same name kept for all ("the Joint Chiefs of
	// Staff" in a story from Seoul are South Korea's, not America's)
	var out []hit
	for _, h := range hs {
		if st.hitApplies(h) && !(specific && h.kind == hitActor && len(st.kb.Actors[h.idx].Context) == 0) {
			out = append(out, h)
		}
	}
	return out
}

func (st *docState) hitApplies(h hit) bool {
	switch h.kind {
	case hitActor:
		a := st.kb.Actors[h.idx]
		return st.applies(a.Context) && st.ofTheEra(a) && a.heldOn(st.day)
	case hitCountry, hitDemonym, hitDemonymPlural, hitCapital:
		return st.applies(st.kb.Countries[h.idx].Context)
	}
	return true
}

// eraYears is how long before its first dated office and after its last
// an office holder of the generated dictionaries is named by his full name
// alone: a president of 1987 in a story of 1987 or 2000, not a football
// coach of 2021 who bears his name.
const eraYears = 15

// ofTheEra: a person of the generated dictionaries (not curated) held one
// of his dated offices within eraYears of the story's day; curated people,
// bodies and undated stories always apply.
func (st *docState) ofTheEra(a Actor) bool {
	if a.curated || a.Kind != parallax.KindPerson || len(st.day) < 10 || len(a.Roles) == 0 {
		return true
	}
	for _, r := range a.Roles {
		if (r.From == "" || shiftYears(r.From, -eraYears) <= st.day) && (r.To == "" || st.day <= shiftYears(r.To, eraYears)) {
			return true
		}
	}
	return false
}

// shiftYears moves an ISO day ("1990-12-01") by n years; a day not of that
// form is returned unchanged.
func shiftYears(day string, n int) string {
	if len(day) < 4 {
		return day
	}
	y, err := strconv.Atoi(day[:4])
	if err != nil {
		return day
	}
	return fmt.Sprintf("%04d", y+n) + day[4:]
}

// groupWings are the words of an armed group's wing between its name and
// a title ("military spokesman", "political leader").
var groupWings = map[string]bool{"military": true, "political": true, "armed": true, "official": true}

// tokNorm returns the folded token at i, or "" outside the text.
func (st *docState) tokNorm(i int) string {
	if i < 0 || i >= len(st.toks) {
		return ""
	}
	return st.toks[i].Norm
}

func (st *docState) lexStarting(i int) (lexItem, bool) {
	if i < 0 || i >= len(st.lexAt) || st.lexAt[i] == 0 {
		return lexItem{}, false
	}
	return st.lex[st.lexAt[i]-1], true
}

func (st *docState) add(m mention) {
	m.Span = parallax.Span{Start: st.toks[m.a].Start, End: st.toks[m.b-1].End}
	m.sent = st.sentOf[m.a]
	m.inQuote = st.toks[m.a].InQuote
	for i := m.a; i < m.b; i++ {
		st.cover[i] = true
	}
	st.ments = append(st.ments, m)
}

// bodyName builds the canonical name of a state body ("Azerbaijani
// Ministry of Defense"); a curated actor takes precedence for armed forces
// ("Israeli army" -> "Israel Defense Forces").
func (st *docState) bodyName(ci int, inst string) (name, kind string) {
	c := st.kb.Countries[ci]
	if inst == "army" {
		for _, w := range []string{"army", "forces", "military"} {
			for _, h := range st.kb.phrases[Fold(c.Adj+" "+w)] {
				if h.kind == hitActor && st.kb.Actors[h.idx].Side == c.Side {
					return st.kb.Actors[h.idx].Name, st.kb.Actors[h.idx].Kind
				}
			}
		}
	}
	p, ok := institutionName[inst]
	if !ok {
		return fmt.Sprintf("Government of %s", c.Name), parallax.KindGovernment
	}
	arg := c.Adj
	if inst == "gov" {
		arg = withArticle(c.Name)
	}
	return fmt.Sprintf(p.pattern, arg), p.kind
}

// withArticle puts "the" before the names of states that English writes
// with it ("the United States", "the Netherlands", "the Gambia"), so that
// "Government of the United States" is one actor however it is reached.
func withArticle(name string) string {
	for _, p := range []string{"United ", "Republic ", "Democratic ", "Central African", "Czech ", "Dominican ", "Gambia"} {
		if strings.HasPrefix(name, p) {
			return "the " + name
		}
	}
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") && name != "Belarus" && name != "Cyprus" && name != "Mauritius" && name != "Honduras" && name != "Kiribati" && name != "Laos" {
		return "the " + name // "the Netherlands", "the Philippines", "the Solomon Islands"
	}
	return name
}

// grammar combines the looked-up runs into mentions: bodies of states,
// titles with the names that follow them, countries, metonyms and known
// actors.
func (st *docState) grammar() {
	kb := st.kb
	for k := 0; k < len(st.lex); k++ {
		l := st.lex[k]
		if st.cover[l.a] {
			continue
		}
		// COUNTRY/DEMONYM (+ 's) + BODY or TITLE; a capital's body or
		// title is its state's ("Seoul's defense ministry", "Tokyo's top
		// government spokesman")
		ch, ok := l.countryHit()
		if ok && st.insideLongerPlace(l) {
			continue // "Port Sudan authorities": the town's, read by placeAuthorities
		}
		if end := st.pressTitleAfter(l); end > l.b && (ok || l.has(hitCapital)) && Fold(st.nameText(l.a, end)) != Fold(st.doc.Article.Outlet) {
			// "the Cambodia Daily", "the Kyiv Independent": a paper named
			// after its country or city, which speaks for no state (the
			// story's own outlet, its interviewer's label "Kyiv
			// Independent:", is left to the claim stage's outlet rules)
			st.add(mention{a: l.a, b: end, actor: st.nameText(l.a, end), kind: parallax.KindOrganization, resolved: true})
			k = st.skipTo(k, end)
			continue
		}
		if !ok && st.tokNorm(l.b) == "'s" {
			if h, isCap := l.first(hitCapital); isCap {
				ch, ok = hit{kind: hitCountry, idx: h.idx}, true
			}
		}
		// "a Phnom Penh court", "Nairobi police": the capital's courts and
		// police are the state's
		if !ok {
			if h, isCap := l.first(hitCapital); isCap {
				if n, ok2 := st.lexStarting(l.b); ok2 {
					if ih, ok3 := n.first(hitInstitution); ok3 && (ih.code == "court" || ih.code == "police") {
						ch, ok = hit{kind: hitCountry, idx: h.idx}, true
					}
				}
			}
		}
		if ok {
			// "the Ukrainian Red Cross", "a Kenya Red Cross official": a
			// country before a non-governmental international body's name
			// is its national society, an actor of its own with no side
			if n, ok := st.lexStarting(l.b); ok && st.toks[l.b].Cap {
				if ah, ok := n.first(hitActor); ok && st.nationalChapter(kb.Actors[ah.idx]) {
					st.add(mention{a: l.a, b: n.b, actor: st.nameText(l.a, n.b), kind: parallax.KindOrganization, resolved: true})
					k = st.skipTo(k, n.b)
					continue
				}
				// "the Russian UN envoy": the state's envoy to the body,
				// not the body's own envoy
				if ah, ok := n.first(hitActor); ok && intergovernmental[kb.Actors[ah.idx].Side] {
					if r, ok := st.lexStarting(n.b); ok {
						if rh, ok := r.first(hitRole); ok && (rh.code == "envoy" || rh.code == "ambassador" || strings.HasPrefix(rh.code, "spokesperson")) {
							org := kb.Actors[ah.idx]
							st.add(mention{a: n.a, b: n.b, actor: org.Name, kind: org.Kind, side: org.Side, resolved: true})
							st.title(l.a, r.b, kb.Countries[ch.idx].Side, rh.code)
							k = st.skipTo(k, r.b)
							continue
						}
					}
				}
			}
			if end, a, ok := st.otherStatesBodyAfter(l, ch); ok {
				// "the Argentine Joint Chiefs of Staff" when the base
				// lists "Joint Chiefs of Staff" as the United States':
				// the demonym names whose body it is
				c := kb.Countries[ch.idx]
				st.add(mention{a: l.a, b: end, actor: c.Adj + " " + st.nameText(l.b, end), kind: a.Kind, side: c.Side, resolved: true})
				k = st.skipTo(k, end)
				continue
			}
			next, gotNext := st.lexStarting(l.b)
			if !gotNext && ch.kind == hitCountry && st.tokNorm(l.b) == "'s" {
				next, gotNext = st.lexStarting(l.b + 1)
			}
			// "Moroccan and Spanish authorities": a joint body speaks with
			// the first state's side, as the first named leads
			if !gotNext && st.tokNorm(l.b) == "and" {
				if l2, ok := st.lexStarting(l.b + 1); ok && (l2.has(hitDemonym) || l2.has(hitDemonymPlural)) && l.has(hitDemonym) {
					if n, ok := st.lexStarting(l2.b); ok && n.has(hitInstitution) {
						next, gotNext = n, true
					}
				}
			}
			// "Palestinian health officials", "Russian military officials":
			// a modifier or two before the body noun
			if !gotNext {
				from := l.b
				if ch.kind == hitCountry && st.tokNorm(from) == "'s" {
					from++ // "Ethiopia's federal government"
				}
				for j := from + 1; j <= from+2 && bodyModifiers[st.tokNorm(j-1)]; j++ {
					if n, ok := st.lexStarting(j); ok && n.has(hitInstitution) {
						if ih, _ := n.first(hitInstitution); ih.code == "gov" || ih.code == "army" {
							next, gotNext = n, true
							break
						}
					}
				}
				// "Somalia's information minister": one or two words of a
				// portfolio before a minister's title
				if !gotNext {
					j := from
					for j < from+2 && j < len(st.toks) && st.toks[j].Word && !st.toks[j].Cap && st.lexAt[j] == 0 && !verbAfterSubject[st.toks[j].Norm] && !prepositions[st.toks[j].Norm] {
						j++
					}
					if j > from {
						if n, ok := st.lexStarting(j); ok && n.b-n.a == 1 && n.has(hitRole) && portfolioTitles[st.tokNorm(j)] {
							next, gotNext = n, true
						}
					}
				}
			}
			// "a Syrian army officer", "Kenyan lawmakers": a state agent
			// noun of the PLOVER dictionary after the country, when it is
			// longer than the body noun there ("army" in "army officer")
			at := l.b
			if ch.kind == hitCountry {
				at = -1 // "Syria army officer" is no English; "Syria's army officers" is
				if st.tokNorm(l.b) == "'s" {
					at = l.b + 1
				} else if l.b-l.a == 1 && isAcronym(st.toks[l.a].Text) {
					at = l.b // "U.S. lawmakers", "UK officials": an initialism is an adjective
				}
			}
			if at > 0 {
				if end, code := st.agentAt(at); end > at && (!gotNext || end > next.b) {
					name, kind := st.bodyName(ch.idx, code)
					st.add(mention{a: l.a, b: end, actor: name, kind: kind, side: kb.Countries[ch.idx].Side, inst: code, resolved: true})
					k = st.skipTo(k, end)
					continue
				}
			}
			if gotNext {
				// "a Sudanese government statement": the body's own statement
				// "Japanese government sources", "Indian army officials":
				// the body's own people
				stmt := (statementNouns[st.tokNorm(next.b)] || bodyPeopleNouns[st.tokNorm(next.b)]) && !st.bodyHead(next)
				if ih, ok := next.first(hitInstitution); ok && (st.bodyHead(next) || stmt) {
					name, kind := st.bodyName(ch.idx, ih.code)
					end := next.b
					if stmt {
						end++
					}
					if ih.code == "ministry" {
						// "the Iraqi Ministry of Culture"
						if e := st.capitalRunAfterOf(next.b); e > next.b+1 {
							name = kb.Countries[ch.idx].Adj + " Ministry of " + st.nameText(next.b+1, e)
							end = e
						}
					}
					st.add(mention{a: l.a, b: end, actor: name, kind: kind, side: kb.Countries[ch.idx].Side, inst: ih.code, resolved: true})
					k = st.skipTo(k, end)
					continue
				}
				if rh, ok := next.first(hitRole); ok {
					st.title(l.a, next.b, kb.Countries[ch.idx].Side, rh.code)
					k = st.skipTo(k, next.b)
					continue
				}
				// "Tokyo's top government spokesman": a body noun as the
				// modifier of a title
				if next.has(hitInstitution) {
					if r, ok := st.lexStarting(next.b); ok && r.has(hitRole) {
						rh, _ := r.first(hitRole)
						st.title(l.a, r.b, kb.Countries[ch.idx].Side, rh.code)
						k = st.skipTo(k, r.b)
						continue
					}
				}
			}
		}
		// "Security Council of the country": the body, not the UN organ
		bodyOf := l.has(hitInstitution) && st.tokNorm(l.b) == "of"
		switch {
		case l.has(hitActor) && commentatorNouns[st.tokNorm(l.b)]:
			// "Russian military bloggers", "Pentagon reporters", "Kremlin
			// watchers": people who write about the body, not its own
		case l.has(hitActor) && !bodyOf && l.has(hitCapital) && locativeBefore[st.tokNorm(l.a-1)]:
			// "a fellow at a museum in Washington": the capital as a place,
			// not the government its name also stands for
		case l.has(hitActor) && !bodyOf && st.datelineBody(l):
			// "ISLAMABAD: The Foreign Office said": a body's name that one
			// state's base entry holds as an alias (the UK's) and that is
			// also a body noun is, bare in a story from another capital,
			// that capital's state's body
			ih, _ := l.first(hitInstitution)
			ci := kb.bySide[st.bodyDatelineState()]
			name, kind := st.bodyName(ci, ih.code)
			st.add(mention{a: l.a, b: l.b, actor: name, kind: kind, side: kb.Countries[ci].Side, inst: ih.code, resolved: true})
		case l.has(hitActor) && !bodyOf:
			h, _ := l.first(hitActor)
			a := kb.Actors[h.idx]
			// "Sudan's army chief", "the Somali army chief": the alias
			// ends in the head of a title; the chief of the state's army
			// "The junta chief said" of a junta the base lists as the
			// army ruling the state: its commander
			if w := st.tokNorm(l.b - 1); (w == "army" || w == "military" || w == "junta" && juntaHeads[st.tokNorm(l.b)]) && (st.tokNorm(l.b) == "chief" || w == "junta") && a.Kind == parallax.KindMilitary && a.Side != "" {
				if _, ok := kb.bySide[a.Side]; ok {
					st.title(l.a, l.b+1, a.Side, "army chief")
					k = st.skipTo(k, l.b+1)
					continue
				}
			}
			// "Pentagon spokesman John Kirby", "Taliban spokesman", and
			// an armed group's possessive ("Hezbollah's leader")
			at := l.b
			if n := st.tokNorm(at); (n == "'s" || n == "’s" || n == "'" || n == "’") && a.Kind == parallax.KindGroup {
				at++
			}
			// "the Houthis' military spokesman": a wing's word between
			// the group and its title
			if a.Kind == parallax.KindGroup && groupWings[st.tokNorm(at)] {
				if next, ok := st.lexStarting(at); !ok || !next.has(hitRole) {
					at++
				}
			}
			if next, ok := st.lexStarting(at); ok && a.Kind != parallax.KindPerson && a.Side != "" {
				if rh, ok := next.first(hitRole); ok {
					st.add(mention{a: l.a, b: l.b, actor: a.Name, kind: a.Kind, side: a.Side, resolved: true})
					role := rh.code
					// "Kremlin spokesman", "White House press secretary",
					// "State Department spokesperson": the body's own
					if body, ok := seatBodies[strings.Join(st.words(l.a, l.b), " ")]; ok && role == "spokesperson" {
						role += "@" + body
					}
					side := a.Side
					if s := st.ambassadorsState(mention{a: l.a, b: l.b, side: a.Side}, next.b); s != "" {
						side = s // "Britain's U.N. ambassador" speaks for Britain
					}
					st.title(next.a, next.b, side, role)
					k = st.skipTo(k, next.b)
					continue
				}
			}
			if end := st.ownMinistryEnd(l, a); end > 0 {
				// "the National Unity Government's defence ministry",
				// "Hamas's interior ministry": a de facto authority's or
				// an armed group's own ministry speaks for it
				st.add(mention{a: l.a, b: end, actor: a.Name, kind: a.Kind, side: a.Side, resolved: true})
				k = st.skipTo(k, end)
				continue
			}
			m := mention{a: l.a, b: l.b, actor: st.personActorName(a, l.a, l.b), kind: a.Kind, side: a.Side, resolved: true}
			if a.Kind == parallax.KindPerson {
				m.surname = st.surnameAt(l.b)
			}
			st.add(m)
		case l.has(hitCountry):
			if l.has(hitDemonym) && l.b < len(st.toks) && privateNouns[st.toks[l.b].Norm] && st.sentOf[l.b] == st.sentOf[l.a] {
				// "Thai media", "Saudi analysts": a country's alias that
				// is also its demonym, before a noun for people or a
				// press no state speaks through, is the demonym, as
				// "Pakistani media" (no speaker for the state)
				continue
			}
			h, _ := l.first(hitCountry)
			c := kb.Countries[h.idx]
			st.add(mention{a: l.a, b: l.b, actor: c.Name, kind: parallax.KindGPE, side: c.Side, resolved: true})
		case l.has(hitDemonymPlural):
			h, _ := l.first(hitDemonymPlural)
			c := kb.Countries[h.idx]
			st.add(mention{a: l.a, b: l.b, actor: c.Name, kind: parallax.KindGPE, side: c.Side, resolved: true})
		case l.has(hitCapital):
			h, _ := l.first(hitCapital)
			// "the Nairobi government", "the Kabul administration": the
			// capital names the state's government
			if end := st.capitalGovernment(l.b); end > l.b {
				name, kind := st.bodyName(h.idx, "gov")
				st.add(mention{a: l.a, b: end, actor: name, kind: kind, side: kb.Countries[h.idx].Side, inst: "gov", resolved: true})
				k = st.skipTo(k, end)
				continue
			}
			if st.subjectLike(l.a, l.b) {
				if seat, ok := st.seatOf(l); ok {
					st.add(mention{a: l.a, b: l.b, actor: seat.Name, kind: seat.Kind, side: seat.Side, resolved: true})
					break
				}
				name, kind := st.bodyName(h.idx, "gov")
				st.add(mention{a: l.a, b: l.b, actor: name, kind: kind, side: kb.Countries[h.idx].Side, inst: "gov", resolved: true})
			}
		case l.has(hitInstitution) && st.theCountrys(l.a) >= 0 && st.bodyHead(l):
			// "the country's defence ministry": the state named before
			h, _ := l.first(hitInstitution)
			ci := st.theCountrys(l.a)
			name, kind := st.bodyName(ci, h.code)
			st.add(mention{a: st.theCountrysStart(l.a), b: l.b, actor: name, kind: kind, side: kb.Countries[ci].Side, inst: h.code, resolved: true})
		case l.has(hitRole) && st.theCountrys(l.a) >= 0:
			h, _ := l.first(hitRole)
			st.title(st.theCountrysStart(l.a), l.b, kb.Countries[st.theCountrys(l.a)].Side, h.code)
			k = st.skipTo(k, l.b)
		case l.has(hitInstitution) && st.bodyHead(l) && st.groupPossessor(l.a) >= 0:
			// "the rebels' health ministry", "the group's interior
			// ministry": the armed group's own authorities, no state's
			// (none when the group is not known)
			if side := st.classBodySide("group", st.groupPossessor(l.a)); side != "" {
				if name := st.groupName(side); name != "" {
					st.add(mention{a: st.groupPossessor(l.a), b: l.b, actor: name, kind: parallax.KindGroup, side: side, resolved: true})
				}
			}
		case l.has(hitInstitution):
			h, _ := l.first(hitInstitution)
			// "Army spokesman Onyema Nwachukwu" after "the Nigerian Army":
			// the body of the title is the one named before
			// ("NAME, the ministry's spokesperson,": the same over the
			// possessive of a definite body)
			at := l.b
			if st.tokNorm(at) == "'s" && l.a > 0 && st.tokNorm(l.a-1) == "the" {
				at++
			}
			if next, ok := st.lexStarting(at); ok && next.has(hitRole) && !l.has(hitRole) {
				side := st.possessedTitleSide(l.a) // "Its military spokesman"
				if side == "" {
					side = st.lastBodySide(h.code, st.sentOf[l.a])
				}
				if side != "" {
					rh, _ := next.first(hitRole)
					st.title(l.a, next.b, side, rh.code)
					k = st.skipTo(k, next.b)
					continue
				}
			}
			if !st.bodyHead(l) {
				continue
			}
			// BODY of|in [the] COUNTRY|CAPITAL
			// ("envoys from the Arab League": the organisation's own)
			// (not a body an owner's possessive names: "the European
			// Union's delegation in Chisinau" is the Union's)
			if _, named := institutionName[h.code]; named && (st.tokNorm(l.b) == "of" || ((st.tokNorm(l.b) == "in" || st.tokNorm(l.b) == "from") && h.code == "gov" && !possessiveMark(st.tokNorm(l.a-1)))) {
				c, ok := st.lexStarting(l.b + 1)
				if !ok && st.tokNorm(l.b+1) == "the" {
					c, ok = st.lexStarting(l.b + 2)
				}
				if ok && st.tokNorm(l.b) != "in" {
					// "the government of the Palestinian Authority", "the
					// General Staff of Ukraine's Armed Forces": the body of
					// the named one
					if ah, ok := c.first(hitActor); ok {
						if a := kb.Actors[ah.idx]; a.Side != "" && (h.code == "gov" && a.Kind == parallax.KindOrganization || h.code == "army" && a.Kind == parallax.KindMilitary) {
							st.add(mention{a: l.a, b: c.b, actor: a.Name, kind: a.Kind, side: a.Side, inst: "gov", resolved: true})
							k = st.skipTo(k, c.b)
							continue
						}
					}
				}
				if ok {
					if ch, ok := c.countryHit(); ok || c.has(hitCapital) {
						if !ok {
							ch, _ = c.first(hitCapital)
						}
						name, kind := st.bodyName(ch.idx, h.code)
						st.add(mention{a: l.a, b: c.b, actor: name, kind: kind, side: kb.Countries[ch.idx].Side, inst: h.code, resolved: true})
						k = st.skipTo(k, c.b)
						continue
					}
				}
			}
			if st.anaphoricBody(l, h.code) {
				st.add(mention{a: l.a, b: l.b, inst: h.code, anaphor: "inst"})
			}
		case l.has(hitRole):
			if st.adjectiveTitle(l) {
				continue // "the general hospital", "a general strike"
			}
			h, _ := l.first(hitRole)
			side := ""
			end := l.b
			if st.tokNorm(l.b) == "of" {
				c, ok := st.lexStarting(l.b + 1)
				if !ok && st.tokNorm(l.b+1) == "the" {
					c, ok = st.lexStarting(l.b + 2)
				}
				// ("president of Cameroon's poultry farmers' Association" is
				// the association's)
				if ok && !st.privateBodyAfter(c.a) {
					if ch, ok := c.countryHit(); ok {
						side, end = kb.Countries[ch.idx].Side, c.b
						k = st.skipTo(k, c.b)
					}
				}
			}
			// "the Russian Defense Ministry spokesman ...": the body before
			// the title is the one the person speaks for
			if n := len(st.ments); side == "" && n > 0 && st.ments[n-1].b == l.a && st.ments[n-1].side != "" && st.ments[n-1].kind != parallax.KindPerson {
				side = st.ments[n-1].side
			}
			st.title(l.a, end, side, h.code)
		}
	}
}

// adjectiveTitles are title words that are also common adjectives.
var adjectiveTitles = map[string]bool{"general": true}

// adjectiveTitle: the role l is one lower-case word that is also an
// adjective, before a lower-case noun it qualifies ("the city's general
// hospital", "a general strike", "general elections"): no person. The
// title is a person's before a verb ("the general said", "the general
// visited"), a preposition or punctuation ("the general, who").
func (st *docState) adjectiveTitle(l lexItem) bool {
	if l.b != l.a+1 || st.toks[l.a].Cap || !adjectiveTitles[st.toks[l.a].Norm] || l.b >= len(st.toks) {
		return false
	}
	next := st.toks[l.b]
	if !next.Word || next.Cap || st.sentOf[l.b] != st.sentOf[l.a] {
		return false
	}
	w := next.Norm
	return !verbAfterSubject[w] && !prepositions[w] && !notNameWords[w] && !strings.HasSuffix(w, "ed") && w != "who" && w != "whose" && w != "himself" && w != "herself"
}

// agentAt finds the longest state agent noun starting at token i ("army
// officer", "security officials") that heads its phrase (no lower-case
// noun follows: "army officer killed", not "army officer training");
// it returns the end token and the body code, or (i, "").
func (st *docState) agentAt(i int) (int, string) {
	best, code := i, ""
	key := ""
	for n := 1; n <= st.kb.agentLen && i+n <= len(st.toks); n++ {
		t := st.toks[i+n-1]
		if !t.Word || t.Cap && n > 1 {
			break
		}
		if n > 1 {
			key += " "
		}
		key += t.Norm
		if c, ok := st.kb.agents[key]; ok {
			best, code = i+n, c
		}
	}
	if code == "" || st.toks[i].Cap && st.lexAt[i] == 0 {
		return i, "" // "Syrian Army Officers Club" is a name
	}
	if best < len(st.toks) && st.nounFollows(best) {
		return i, ""
	}
	return best, code
}

// nounFollows: the token at i is a lower-case noun that would make the
// words before it a modifier ("army officer training"). The tagger's part
// of speech decides where there is one; without it, a lower-case word that
// is no verb, preposition, conjunction or adverb counts as a noun.
func (st *docState) nounFollows(i int) bool {
	n := st.toks[i]
	if !n.Word || n.Cap {
		return false
	}
	if pos := st.posAt(n.Start); pos != "" {
		return pos == "NOUN" || pos == "PROPN" || pos == "NUM"
	}
	switch {
	case verbAfterSubject[n.Norm], prepositions[n.Norm], isAdverb(n.Norm), strings.HasSuffix(n.Norm, "ed"):
		return false
	case n.Norm == "and", n.Norm == "who", n.Norm == "that", n.Norm == "which", n.Norm == "say", n.Norm == "said":
		return false
	}
	return true
}

// posAt returns the tagger's part of speech of the token starting at byte
// offset off, or "" when there is none.
func (st *docState) posAt(off int) string {
	ss := st.doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > off })
	if k == len(ss) {
		return ""
	}
	toks := ss[k].Tokens
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= off })
	if j < len(toks) && toks[j].Start == off {
		return toks[j].UPOS
	}
	return ""
}

// isAdverb: a word ending in -ly (an adverb between a subject and its
// verb: "officials privately said").
func isAdverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// ownedBy are the participles that give a body to its owner
// ("Houthi-run Saba news agency", "Hamas-controlled health ministry").
var ownedBy = []string{"-run", "-controlled", "-owned", "-operated", "-affiliated"}

// applyOwners gives bodies written after "OWNER-run" the owner's side.
func (st *docState) applyOwners() {
	for i := range st.ments {
		m := &st.ments[i]
		if !m.resolved || m.a == 0 || (m.kind != parallax.KindOrganization && m.kind != parallax.KindGovernment && m.kind != parallax.KindMilitary) {
			continue
		}
		t := st.toks[m.a-1]
		for _, p := range ownedBy {
			if !strings.HasSuffix(t.Norm, p) || len(t.Norm) == len(p) {
				continue
			}
			owner := t.Text[:len(t.Text)-len(p)]
			if side := st.sideOfWord(owner); side != "" {
				m.side = side
			}
		}
	}
	// "the Houthi-run health ministry", "the Taliban-run interior
	// ministry": a body the knowledge base does not name, after its
	// owner, is the owner's
	added := false
	for i := 0; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if st.cover[i] || st.cover[i+1] {
			continue
		}
		for _, p := range ownedBy {
			if !strings.HasSuffix(t.Norm, p) || len(t.Norm) == len(p) {
				continue
			}
			name, side := st.ownerOfWord(t.Text[:len(t.Text)-len(p)])
			if side == "" {
				break
			}
			// (capitalised too: "the Houthi-run Health Ministry", "the
			// PKK-affiliated Firat News Agency")
			for k := i + 1; k < len(st.toks) && k <= i+4 && st.toks[k].Word && !st.cover[k] && st.sentOf[k] == st.sentOf[i]; k++ {
				if ownedBodies[st.toks[k].Norm] {
					st.add(mention{a: i, b: k + 1, actor: name, kind: parallax.KindGovernment, side: side, resolved: true})
					added = true
					break
				}
			}
			break
		}
	}
	if added {
		sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
	}
}

// ownedBodies are the heads of bodies an owner runs ("health ministry",
// "local administration", "police").
var ownedBodies = map[string]bool{
	"ministry": true, "government": true, "administration": true, "authorities": true, "authority": true,
	"police": true, "court": true, "agency": true, "television": true, "media": true, "office": true,
	"department": true, "council": true, "directorate": true,
}

// ownerOfWord: the name and side of a non-person actor, or the country,
// written as one word ("Houthi", "Taliban"); "" when none has a side.
func (st *docState) ownerOfWord(w string) (name, side string) {
	hs := append(st.kb.phrases[Fold(w)], st.kb.exact[w]...)
	for _, h := range st.applicable(hs) {
		switch h.kind {
		case hitActor:
			if a := st.kb.Actors[h.idx]; a.Kind != parallax.KindPerson && a.Side != "" {
				return a.Name, a.Side
			}
		case hitCountry, hitDemonym, hitDemonymPlural:
			c := st.kb.Countries[h.idx]
			return c.Name, c.Side
		}
	}
	return "", ""
}

// sideOfWord: the side of an actor, country or demonym written as one
// word ("Houthi", "Hamas", "Russian"), or "".
func (st *docState) sideOfWord(w string) string {
	hs := append(st.kb.phrases[Fold(w)], st.kb.exact[w]...)
	for _, h := range st.applicable(hs) {
		switch h.kind {
		case hitActor:
			if a := st.kb.Actors[h.idx]; a.Kind != parallax.KindPerson && a.Side != "" {
				return a.Side
			}
		case hitCountry, hitDemonym, hitDemonymPlural:
			return st.kb.Countries[h.idx].Side
		}
	}
	return ""
}

// theCountrys: the tokens before i are "the country's" (or "the
// nation's"); the index of the state last named as a country in that
// sentence or the three before, or -1.
func (st *docState) theCountrys(i int) int {
	start := st.theCountrysStart(i)
	if start < 0 {
		return -1
	}
	sent := st.sentOf[i]
	for j := len(st.ments) - 1; j >= 0; j-- {
		m := st.ments[j]
		if m.a >= i {
			continue
		}
		if m.sent < sent-3 {
			break
		}
		if m.resolved && !m.inQuote && m.kind == parallax.KindGPE {
			if ci, ok := st.kb.bySide[m.side]; ok {
				return ci
			}
		}
	}
	// no country named just before: the state the story is about
	if ci, ok := st.kb.bySide[st.dominantState()]; ok {
		return ci
	}
	return -1
}

// theCountrysStart is the token of "the" in "the country's (PORTFOLIO)
// TITLE" ending before token i ("the country's information minister"),
// or -1.
func (st *docState) theCountrysStart(i int) int {
	j := i - 1
	for k := 0; k < 3 && j >= 0 && portfolioWords[st.tokNorm(j)]; k++ {
		j-- // a portfolio before the title
	}
	if j < 2 || st.tokNorm(j) != "'s" || (st.tokNorm(j-1) != "country" && st.tokNorm(j-1) != "nation") || st.tokNorm(j-2) != "the" {
		return -1
	}
	return j - 2
}

// seatBodies name the office a seat of government or a department
// stands for, so that its spokesperson is that office's
// ("spokesperson@president").
var seatBodies = map[string]string{
	"kremlin": "president", "the kremlin": "president", "white house": "president", "the white house": "president",
	"elysee": "president", "the elysee": "president", "downing street": "president", "number 10": "president",
	"pentagon": "defence", "the pentagon": "defence", "state department": "foreign", "the state department": "foreign",
	"us state department": "foreign", "u.s. state department": "foreign", "foreign office": "foreign", "the foreign office": "foreign",
}

// lastBodySide: the side of the last body of the same kind named in the
// sentence sent or the three before it, or "". A body that spoke comes
// first: "The Royal Thai Army said that Cambodian troops had fired ... A
// deputy army spokesman said" is the Thai army's spokesman, not the army
// its statement was about.
func (st *docState) lastBodySide(code string, sent int) string {
	for _, spoke := range []bool{true, false} {
		for j := len(st.ments) - 1; j >= 0; j-- {
			m := st.ments[j]
			if m.sent < sent-3 {
				break
			}
			if m.resolved && m.side != "" && sameBody(code, m.inst) && (!spoke || !m.inQuote && st.spoke(m)) {
				return m.side
			}
		}
	}
	return ""
}

// capitalRunAfterOf returns the end of "of" + capitalised words at token i
// ("of Culture", "of Culture and Tourism"), or i when there are none.
func (st *docState) capitalRunAfterOf(i int) int {
	if st.tokNorm(i) != "of" {
		return i
	}
	j := i + 1
	for j < len(st.toks) && j-i < 6 && st.toks[j].Word && (st.toks[j].Cap || st.toks[j].Norm == "and") {
		j++
	}
	for j > i+1 && st.toks[j-1].Norm == "and" {
		j--
	}
	if j == i+1 {
		return i
	}
	return j
}

// skipTo returns the index of the last lex item that starts before token b.
func (st *docState) skipTo(k, b int) int {
	for k+1 < len(st.lex) && st.lex[k+1].a < b {
		k++
	}
	return k
}

// bodyHead rejects a body noun used as a modifier ("Azerbaijani military
// helicopter"): "military" and "army" followed by a lower-case noun.
func (st *docState) bodyHead(l lexItem) bool {
	w := st.tokNorm(l.b - 1)
	if w != "military" && w != "army" && w != "police" && w != "government" {
		return true
	}
	if l.b >= len(st.toks) {
		return true
	}
	n := st.toks[l.b]
	if !n.Word || n.Cap {
		return true
	}
	if verbAfterSubject[n.Norm] || prepositions[n.Norm] || n.Norm == "and" || n.Norm == "that" || n.Norm == "which" {
		return true
	}
	// "the government disputed the figure": any verb after the body;
	// "the army now says", "police there said": an adverb before it
	// (an adverb modifies no noun, so the body noun is no modifier)
	if pos := st.posAt(n.Start); pos != "" {
		return pos == "VERB" || pos == "AUX" || pos == "ADV"
	}
	return strings.HasSuffix(n.Norm, "ed") || isAdverb(n.Norm)
}

// anaphoricBody: a bare body noun that refers back to one named before:
// "the ministry", "The Ministry", "MoD", "the army".
func (st *docState) anaphoricBody(l lexItem, code string) bool {
	first := st.toks[l.a]
	if l.b-l.a == 1 && upperCount(first.Text) >= 2 {
		return true
	}
	switch code {
	case "ministry", "mod", "mfa", "mia", "health", "emergency", "army", "gov", "border", "police", "secco", "parl", "airforce", "navy", "prosecutor":
	default:
		return false
	}
	switch first.Norm {
	case "side", "forces", "soldiers", "troops", "officials", "servicemen", "official", "diplomat", "diplomats", "envoy", "delegation", "negotiators", "governments":
		return false // "the official" may be anyone's
	}
	if l.a > 1 && bodyLevels[st.tokNorm(l.a-1)] && (code == "gov" || code == "army") {
		return anaphoricDeterminers[st.tokNorm(l.a-2)] // "the federal government"
	}
	return l.a > 0 && anaphoricDeterminers[st.tokNorm(l.a-1)]
}

// absoluteSubject: the mention at token a follows "with" (perhaps with
// "the"), or "and" after a "with" earlier in its sentence ("with Kyiv
// demanding C and Moscow insisting D").
func (st *docState) absoluteSubject(a int) bool {
	p := a - 1
	if p >= 0 && st.tokNorm(p) == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	switch st.tokNorm(p) {
	case "with":
		return true
	case "and":
		for k := p - 1; k >= 0 && k >= p-40 && st.sentOf[k] == st.sentOf[p]; k-- {
			if st.tokNorm(k) == "with" {
				return true
			}
		}
	}
	return false
}

// absoluteGerunds are reporting participles that open an absolute clause
// after "with" ("with Kyiv demanding the return of ...", "with Baku
// insisting that ..."): the capital before one is that clause's subject.
var absoluteGerunds = map[string]bool{
	"saying": true, "demanding": true, "insisting": true, "warning": true, "urging": true,
	"claiming": true, "accusing": true, "denying": true, "arguing": true, "threatening": true,
	"blaming": true, "calling": true, "stating": true, "maintaining": true, "rejecting": true,
}

// bodyLevels qualify a state's government or forces without naming the
// state ("the federal government", "the central government", "the
// national army").
var bodyLevels = map[string]bool{"federal": true, "central": true, "national": true, "transitional": true, "interim": true, "regular": true}

// capitalPossessions are what a capital's possessive gives its state,
// not the city: its war, its forces, its demands ("Moscow's war",
// "Beijing's demands"); "Moscow's streets" or "Kyiv's mayor" stay the
// city's.
var capitalPossessions = map[string]bool{
	"war": true, "demands": true, "demand": true, "position": true, "policy": true, "policies": true,
	"forces": true, "troops": true, "army": true, "military": true, "offensive": true, "invasion": true,
	"response": true, "decision": true, "claims": true, "proposal": true, "plan": true, "support": true,
	"allies": true, "ally": true, "clout": true, "influence": true, "ambitions": true, "aggression": true,
	"envoy": true, "ambassador": true, "negotiators": true, "diplomats": true, "refusal": true,
	"conditions": true, "stance": true, "backing": true, "threats": true, "sanctions": true,
	"retaliation": true, "intervention": true, "involvement": true, "actions": true, "pressure": true,
	"annexation": true, "occupation": true, "campaign": true, "strikes": true, "missiles": true, "drones": true,
}

// subjectLike: a capital used as the subject of a verb ("Baku said",
// "Paris had supported"), not as a place ("in Baku").
func (st *docState) subjectLike(a, b int) bool {
	if b < len(st.toks) && absoluteGerunds[st.toks[b].Norm] && st.absoluteSubject(a) {
		return true // "with Kyiv demanding ...": the subject of an absolute clause
	}
	if st.tokNorm(b) == "'s" && capitalPossessions[st.tokNorm(b+1)] {
		return true // "Moscow's war", "to Beijing's demands": the state's own, wherever the phrase stands
	}
	if st.accordingTo(a) && (b >= len(st.toks) || st.sentOf[b] != st.sentOf[a] || st.tokNorm(b) == "," || st.tokNorm(b) == "." || st.tokNorm(b) == ";") {
		return true // "..., according to Yerevan.": the source, its government
	}
	if a > 0 && prepositions[st.tokNorm(a-1)] {
		return false
	}
	if b < len(st.toks) && (verbAfterSubject[st.toks[b].Norm] || capitalVerbs[st.toks[b].Norm]) {
		return true
	}
	// "Kyiv, by contrast, insists", "Moscow, for its part, said": a
	// short insertion of lower-case words between the capital and its verb
	if st.tokNorm(b) == "," {
		for k := b + 2; k < len(st.toks) && k <= b+5 && st.sentOf[k] == st.sentOf[a]; k++ {
			if t := st.toks[k-1]; !t.Word || t.Cap {
				break
			}
			if st.tokNorm(k) == "," {
				if n := st.tokNorm(k + 1); verbAfterSubject[n] || capitalVerbs[n] {
					return true
				}
				break
			}
		}
	}
	// "Baku and Moscow said": a capital joined to another state's name
	// or capital before the verb
	if st.tokNorm(b) == "and" {
		if l, ok := st.lexStarting(b + 1); ok && (l.has(hitCapital) || l.has(hitCountry)) && l.b < len(st.toks) && verbAfterSubject[st.toks[l.b].Norm] {
			return true
		}
	}
	return false
}

// title handles an office title over tokens [a, b) with the side it names
// (or ""): the name after it, else the office holder on the publication day.
func (st *docState) title(a, b int, side, role string) {
	if a > 0 && formerWords[st.tokNorm(a-1)] {
		side = "" // "former Turkish ambassador Mithat Rende" speaks for himself
	}
	if secretariatStates[side] && st.tokNorm(b-1) == "secretary" && secretaryMinisters[role] {
		role = "secretary" // a civil servant: no minister of the knowledge base
	}
	na, nb, ok := st.nameAfter(b)
	if j := st.afterRemit(b); !ok && j > b {
		// "Ambassador to the United States NAME", "envoy for Syria NAME":
		// the name after the title's remit, two words at least
		if na, nb, ok = st.nameAfter(j); ok && nb-na < 2 {
			ok = false
		}
	}
	if ok {
		idx, ok := st.resolvePerson(na, nb, side, role)
		if ok && side == "" && st.namesakeTitled(st.kb.Actors[idx], role) {
			ok = false // "Defense Minister Pedro Sanchez" of Colombia, not Spain's prime minister
		}
		if !ok && nb-na >= 2 {
			// "Foreign Minister Ceyhun Bayramov": the holder of the
			// office written in another spelling
			idx, ok = st.holderBySpelling(na, nb, side, role, a > 0 && formerWords[st.tokNorm(a-1)])
		}
		if !ok && nb-na == 1 {
			// "President Sisi", "Egyptian President Sisi": an office
			// holder of the dictionaries by surname, side and date
			idx, ok = st.importedBySurname(st.toks[na].Norm, side)
		}
		if !ok && nb-na >= 3 {
			// "Communication minister Patrick Muyaya Katembwe": a
			// curated person with one more family name, whose own side
			// wins over the one the story's states suggest for the title
			idx, ok = st.curatedWithExtraSurname(na, nb)
		}
		if ok {
			p := st.kb.Actors[idx]
			st.add(mention{a: na, b: nb, actor: st.personActorName(p, na, nb), kind: parallax.KindPerson, side: p.Side, surname: st.surnameAt(nb), role: role, resolved: true})
		} else if nb-na >= 2 {
			// an unknown full name; a single unknown word after a title
			// ("General Assembly") is no name
			st.add(mention{a: na, b: nb, actor: st.nameText(na, nb), kind: parallax.KindPerson, side: side, surname: st.surnameAt(nb), role: role, resolved: true})
		} else {
			return
		}
		// "Chinese Foreign Ministry spokesperson Mao Ning": the body in
		// the title is an actor of its own
		if _, of, ok := strings.Cut(role, "@"); ok && side != "" && b-a >= 3 && spokesWords[st.tokNorm(b-1)] {
			if ci, ok := st.kb.bySide[side]; ok {
				if inst, ok := bodyOfRole[of]; ok {
					name, kind := st.bodyName(ci, inst)
					st.add(mention{a: a, b: b - 1, actor: name, kind: kind, side: side, inst: inst, resolved: true})
				}
			}
		}
		for i := a; i < b; i++ {
			st.cover[i] = true
		}
		return
	}
	if side == "" {
		// "the president said": the person last named with that title
		if st.definiteTitle(a) || st.releaseLeadTitle(a) {
			st.add(mention{a: a, b: b, role: role, anaphor: "role"})
		}
		return
	}
	if p, ok := st.kb.OfficeHolder(side, role, st.day); ok && st.appositionAgrees(b, p) && !st.indefiniteGroupTitle(a, side) && !st.otherBodysSpokesperson(a, b, role, p) {
		st.add(mention{a: a, b: b, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: lastWord(Fold(displayName(p.Name))), role: role, resolved: true})
		return
	}
	// "Somalia's information minister said": an office holder the
	// knowledge base does not list speaks for the government
	if ci, ok := st.kb.bySide[side]; ok && st.tokNorm(b) != "of" {
		inst := "gov"
		if t, _, _ := strings.Cut(role, "@"); t == "commander" || t == "army chief" {
			inst = "army" // "a Ukrainian general said"
		}
		name, kind := st.bodyName(ci, inst)
		// the role marks the unnamed office holder, whom a name in the
		// next sentence may introduce (unnamedOfficeBefore)
		st.add(mention{a: a, b: b, actor: name, kind: kind, side: side, inst: inst, role: role, resolved: true})
	}
}

// namesakeTitled: a person of the knowledge base, in one of a state's
// chief offices on the day, is titled with another chief office the base
// does not give them ("Defense Minister NAME" of a prime minister's name):
// the name is a namesake's, an official of whatever state the story says.
func (st *docState) namesakeTitled(p Actor, role string) bool {
	if st.day == "" || !storyStateOffices[role] {
		return false
	}
	other := false
	for _, r := range p.Roles {
		if !r.activeAt(st.day) {
			continue
		}
		if r.Title == role {
			return false
		}
		if storyStateOffices[r.Title] {
			other = true
		}
	}
	return other
}

// indefiniteGroupTitle: the title starting at token a is an armed
// group's and indefinite ("a Houthi military spokesman"): one of the
// post's holders, not the one the base lists for the day. (A state's
// indefinite title, "a State Department spokeswoman", still names the
// holder: the claim stage reads an unnamed state title's speaker from the
// person mention.)
func (st *docState) indefiniteGroupTitle(a int, side string) bool {
	if _, state := st.kb.bySide[side]; state {
		return false
	}
	for i := a - 1; i >= 0 && i >= a-5 && st.sentOf[i] == st.sentOf[a]; i-- {
		t := st.toks[i]
		switch {
		case t.Norm == "a" || t.Norm == "an":
			return true
		case t.Cap || t.Text == "." || t.Norm == "'s" || groupWings[t.Norm] || serviceWords[t.Norm]:
		default:
			return false
		}
	}
	return false
}

// afterRemit: the title ending before token b has a remit naming a
// state or body ("to the United States", "for Syria", "on Myanmar"); it
// returns the token after the remit, or b.
func (st *docState) afterRemit(b int) int {
	if w := st.tokNorm(b); w != "to" && w != "for" && w != "on" {
		return b
	}
	j := b + 1
	if st.tokNorm(j) == "the" {
		j++
	}
	l, ok := st.lexStarting(j)
	if !ok {
		return b
	}
	if h, ok := l.first(hitActor); ok && st.kb.Actors[h.idx].Kind == parallax.KindPerson {
		return b
	}
	if !l.has(hitCountry) && !l.has(hitCapital) && !l.has(hitActor) {
		return b
	}
	return l.b
}

// appositionAgrees: the office holder p the base lists is the person the
// recogniser names between commas after the title ending before token b
// and its remit ("on Myanmar", "for the Sahel"), or no person stands
// there; "The UN special envoy on Myanmar, NAME, said" is NAME's title,
// whoever else the base lists for the office.
func (st *docState) appositionAgrees(b int, p Actor) bool {
	i := b
	if w := st.tokNorm(i); w == "on" || w == "for" || w == "to" {
		i++
		for k := 0; k < 4 && i < len(st.toks) && (st.toks[i].Cap || st.tokNorm(i) == "the"); k++ {
			i++
		}
	}
	if st.tokNorm(i) != "," || i+1 >= len(st.toks) {
		return true
	}
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindPerson && e.Start == st.toks[i+1].Start {
			if _, end := st.tokenRange(parallax.Span{Start: e.Start, End: e.End}); end < 0 || st.tokNorm(end) != "," {
				return true
			}
			return lastWord(Fold(e.Text)) == lastWord(Fold(displayName(p.Name)))
		}
	}
	return true
}

// secretariatStates are the states whose foreign, defence and home
// secretaries are the civil servants heading a ministry, not its
// ministers: "India's foreign secretary" is not India's foreign minister,
// while Britain's Foreign Secretary is.
var secretariatStates = map[string]bool{"IND": true, "PAK": true, "BGD": true, "LKA": true, "NPL": true}

// secretaryStates title their ministers "Secretary" ("Foreign
// Secretary", "Secretary of State", "Cabinet Secretary").
var secretaryStates = map[string]bool{"GBR": true, "USA": true, "KEN": true, "PHL": true}

// secretaryMinisters are the minister roles a "secretary" title maps to
// elsewhere ("foreign secretary", "defence secretary").
var secretaryMinisters = map[string]bool{"foreign minister": true, "defence minister": true, "interior minister": true}

// portfolioTitles are the titles that a portfolio may precede
// ("information minister", "finance secretary").
var portfolioTitles = map[string]bool{"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true}

// inOffice: the knowledge base gives the person an office held on the
// publication day.
func (st *docState) inOffice(name string) bool {
	p, ok := st.kb.Actor(name)
	if !ok {
		return false
	}
	for _, r := range p.Roles {
		if r.activeAt(st.day) {
			return true
		}
	}
	return false
}

// holds: the mention's person holds role (by the title it was named with,
// or by the knowledge base on the publication day).
func (st *docState) holds(m mention, role string) bool {
	if m.kind != parallax.KindPerson {
		return false
	}
	title, _, _ := strings.Cut(role, "@")
	if t, _, _ := strings.Cut(m.role, "@"); t == title {
		return true
	}
	if p, ok := st.kb.Actor(m.actor); ok {
		for _, r := range p.Roles {
			if r.Title == title && r.activeAt(st.day) {
				return true
			}
		}
	}
	return false
}

// nameAfter finds a personal name (one to four capitalised words, with
// particles) starting at token i, across line breaks.
func (st *docState) nameAfter(i int) (int, int, bool) {
	// a rank between the title and the name ("Government spokesman
	// Colonel NAME", "army spokesman Brig. Gen. NAME") is no part of it
	for k := i; k < len(st.toks) && k < i+4 && (rankWords[st.toks[k].Norm] || rankPrefix(st.toks[k].Norm, st.tokNorm(k+1))) && st.toks[k].Cap; k++ {
		n := k + 1
		if n < len(st.toks) && st.toks[n].Text == "." {
			n++
		}
		if n >= len(st.toks) || !st.toks[n].Cap || !st.toks[n].Word {
			break
		}
		i, k = n, n-1
	}
	if st.burmeseHonorificAt(i) {
		i++ // "spokesman U Khaing Thukha"
	}
	j := i
	// five words at most, seven in a name joined by a particle ("Sheikh
	// Mohammed bin Abdulrahman Al Thani")
	particle := false
	for j < len(st.toks) && (j-i < 5 || particle && j-i < 7) {
		t := st.toks[j]
		if !t.Word {
			break
		}
		if !t.Cap && !(nameParticles[t.Norm] && j > i) && !(j > i && arabicArticle(t.Norm)) {
			break
		}
		if !t.Cap {
			particle = true
		}
		if notNameWords[t.Norm] {
			break
		}
		if l, ok := st.lexStarting(j); ok && !l.has(hitActor) && j > i {
			break
		}
		j++
	}
	if j == i {
		return 0, 0, false
	}
	if j-i >= 3 && st.peerageHonorificAt(i, j) {
		i++ // "Minister Baroness Jenny Chapman"
	}
	return i, j, true
}

func (st *docState) nameText(a, b int) string {
	return parallax.NormalizeSpace(st.doc.Text[st.toks[a].Start:st.toks[b-1].End])
}

// personActorName is the actor name of person p named over tokens [a, b):
// a curated person's canonical name; an office holder of the generated
// dictionaries, named in full, as the text writes him ("Hissène Habré"
// for the dictionaries' "Hissene Habre", "Omar al-Bashir" for an entry
// headed "Umar al-Bashir"): the golds' convention for office holders the
// curated table lacks. A name cut to its surname keeps the entry's.
func (st *docState) personActorName(p Actor, a, b int) string {
	if p.curated || p.Kind != parallax.KindPerson || b-a < 2 {
		return p.Name
	}
	return st.nameText(a, b)
}

func lastWord(w string) string {
	if i := strings.LastIndexAny(w, " "); i >= 0 {
		return w[i+1:]
	}
	return w
}

// resolvePerson resolves the name over tokens [a, b) to a person of the
// knowledge base: exactly, else by the skeleton of first and last name,
// else by surname with a compatible first name, using the side and role
// of a title and the publication day to choose.
func (st *docState) resolvePerson(a, b int, side, role string) (int, bool) {
	words := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		words = append(words, st.toks[i].Norm)
	}
	return st.resolvePersonName(words, side, role)
}

// resolvePersonName is resolvePerson over the folded words of a name.
func (st *docState) resolvePersonName(words []string, side, role string) (int, bool) {
	kb := st.kb
	if len(words) == 0 {
		return 0, false
	}
	if hs, ok := kb.phrases[strings.Join(words, " ")]; ok {
		var ps []int
		for _, h := range hs {
			if h.kind == hitActor && kb.Actors[h.idx].Kind == parallax.KindPerson && st.ofTheEra(kb.Actors[h.idx]) {
				ps = append(ps, h.idx)
			}
		}
		if len(ps) > 0 {
			return ps[st.namesake(ps, -1)], true
		}
	}
	var cands []int
	if len(words) >= 2 {
		for _, i := range kb.fullSkel[nameSkeleton(words)] {
			if fw := strings.Fields(Fold(displayName(kb.Actors[i].Name))); middleAgrees(words, fw) && closeSurname(words[len(words)-1], fw[len(fw)-1]) {
				cands = append(cands, i)
			}
		}
	}
	if len(cands) == 0 {
		first := skeleton(words[0])
		last := words[len(words)-1]
		if keys := surnameKeys(last); len(kb.surname[last]) == 0 && len(keys) > 1 {
			last = keys[1] // "Yahya Al-Sinwar" for the entry "Yahya Sinwar"
		}
		for _, i := range kb.surname[last] {
			fw := strings.Fields(Fold(displayName(kb.Actors[i].Name)))
			if len(words) == 1 || (len(fw) > 0 && (fw[0][0] == words[0][0] && editDistance(skeleton(fw[0]), first) <= 1 || shortFormOf(words[0], fw[0]) || kb.Actors[i].curated && clippedGiven(words[0], fw[0])) && middleAgrees(words, fw)) ||
				(nameParticles[words[0]] || len(words) >= 2) && len(fw) > len(words) && strings.Join(fw[len(fw)-len(words):], " ") == strings.Join(words, " ") {
				// "Von der Leyen added": a surname of several words
				// opened by its particle is the surname of the full name;
				// so are a name's last two words or more without it
				// ("Hoop Scheffer" of "Jaap de Hoop Scheffer": no given
				// name is written there, so no namesake's is mistaken)
				cands = append(cands, i)
			}
		}
	}
	if len(cands) == 0 && len(words) >= 2 {
		// "Salome Zurabishvili" for Salome Zourabichvili: a known
		// person's given name as written and a long surname whose
		// consonants differ by one (French "ch" for English "sh"), a
		// quarter of its letters at most; a curated person only, and one
		// only. Not a hyphenated given name written last: "Lin
		// Chia-hsing" is no "Lin Chia-lung" (family name first)
		last := words[len(words)-1]
		for _, i := range kb.given[words[0]] {
			fw := strings.Fields(Fold(displayName(kb.Actors[i].Name)))
			sl := fw[len(fw)-1]
			if len(last) >= 7 && len(sl) >= 7 && sl[0] == last[0] && sl != last && !strings.Contains(last, "-") && editDistance(skeleton(sl), skeleton(last)) <= 1 && editDistance(last, sl) <= min(len(last), len(sl))/4 && middleAgrees(words, fw) {
				cands = appendUnique(cands, i)
			}
		}
		if len(cands) > 1 {
			cands = nil
		}
	}
	if len(cands) == 0 && len(words) >= 3 && honorifics[words[0]] {
		// "Sir Keir Starmer", "Sheikh Mohammed bin Abdulrahman Al
		// Thani": a courtesy title the name may be written without
		return st.resolvePersonName(words[1:], side, role)
	}
	return st.choose(cands, side, role)
}

// shortForms are the short forms of English given names that news writes
// for a known person ("Tony Blinken" for the entry "Antony Blinken"),
// folded; each with the full forms it may stand for.
var shortForms = map[string][]string{
	"tony": {"anthony", "antony"}, "bill": {"william"}, "billy": {"william"}, "will": {"william"},
	"bob": {"robert"}, "rob": {"robert"}, "bobby": {"robert"}, "mike": {"michael"}, "jim": {"james"},
	"jimmy": {"james"}, "joe": {"joseph"}, "chris": {"christopher", "christine", "christian"},
	"dick": {"richard"}, "rick": {"richard"}, "ted": {"edward", "theodore"}, "ed": {"edward"},
	"tom": {"thomas"}, "dan": {"daniel"}, "dave": {"david"}, "steve": {"stephen", "steven"},
	"nick": {"nicholas", "nikolai"}, "alex": {"alexander", "alexandra", "alexei"}, "liz": {"elizabeth"},
	"kate": {"katherine", "catherine", "kathryn"}, "sam": {"samuel", "samantha"}, "ben": {"benjamin"},
	"andy": {"andrew"}, "pete": {"peter"}, "chuck": {"charles"}, "charlie": {"charles"},
	"larry": {"lawrence"}, "jerry": {"gerald"}, "ron": {"ronald"}, "don": {"donald"}, "matt": {"matthew"},
	"pat": {"patrick", "patricia"}, "jen": {"jennifer"}, "vicky": {"victoria"}, "jeff": {"jeffrey"},
	"greg": {"gregory"}, "tim": {"timothy"}, "jon": {"jonathan"}, "fred": {"frederick"}, "sasha": {"alexander", "oleksandr"},
}

// clippedGiven: the folded given name w is the clipped start of the full
// given name full, three letters or more ("Cres" for "Creswell", "Ros"
// for "Rosalind"), as news writes a known person's given name short;
// kept to curated people, whose names are few and known.
func clippedGiven(w, full string) bool {
	return len(w) >= 3 && len(full) > len(w) && strings.HasPrefix(full, w)
}

// shortForm: the folded given name w is a short form of the full given
// name full.
func shortFormOf(w, full string) bool {
	for _, f := range shortForms[w] {
		if f == full {
			return true
		}
	}
	return false
}

// honorifics are courtesy titles written before a full name that the
// knowledge base may list it without. ("Sheikh" and "Prince" are also
// part of some names, "Sheikh Hasina": so only a name of three words or
// more is tried without them.)
var honorifics = map[string]bool{
	"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "baron": true, "sheikh": true, "sheik": true, "shaikh": true,
	"prince": true, "princess": true, "emir": true, "sayyid": true,
}

// britishHonorifics are the British courtesy titles of knights and peers
// written before a full name ("Sir Keir Starmer", "Baroness Jenny
// Chapman"): the English Wikipedia title of such a person is the name
// without them.
var britishHonorifics = map[string]bool{"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "baron": true}

// peerageHonorificAt: the token at i is a British courtesy title before a
// given name and surname within [i, b) ("Baroness Jenny Chapman"). A
// peer named by the title alone ("Lord Collins of Highbury", "Lord
// Ahmad") keeps it: the title is then the name the person is known by.
func (st *docState) peerageHonorificAt(i, b int) bool {
	if !st.toks[i].Cap || !britishHonorifics[st.toks[i].Norm] {
		return false
	}
	for k := i + 1; k < b; k++ {
		if !st.toks[k].Cap {
			return false // "of Highbury"
		}
	}
	return true
}

// burmeseHonorifics are the Burmese forms of address written before a
// name, as capitalised ("U" for a man, "Daw" for a woman).
var burmeseHonorifics = map[string]bool{"U": true, "Daw": true}

// burmeseYouthHonorifics are the Burmese forms of address of younger
// people ("Ko" for a man, "Ma" for a woman: "Ko Min Khant"), which are
// also Korean and Chinese family names ("Ko Un", "Ma Ying-jeou"): read as
// forms of address only in a story about Myanmar.
var burmeseYouthHonorifics = map[string]bool{"Ko": true, "Ma": true}

// burmeseAddress: the word is a Burmese form of address before a name.
func (st *docState) burmeseAddress(w string) bool {
	return burmeseHonorifics[w] || burmeseYouthHonorifics[w] && st.burmeseStory()
}

// burmeseStory: the story names Myanmar (or Burma).
func (st *docState) burmeseStory() bool {
	return strings.Contains(st.folded, "myanmar") || strings.Contains(st.folded, "burma")
}

// burmeseHonorificAt: the token at i is a Burmese form of address before
// a name of two capitalised words or more ("U Khaing Thukha", "Daw Khin
// Thu"): no part of the name. Before a one-word name ("U Thant", "U Nu")
// it is kept, as those men are known by it.
func (st *docState) burmeseHonorificAt(i int) bool {
	if i+2 >= len(st.toks) || !st.burmeseAddress(st.toks[i].Text) {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if t := st.toks[k]; !t.Word || !t.Cap || notNameWords[t.Norm] || st.sentOf[k] != st.sentOf[i] {
			return false
		}
	}
	return true
}

// choose picks the one candidate that fits the side and role best; ties
// are refused.
func (st *docState) choose(cands []int, side, role string) (int, bool) {
	best, bestScore, tie := -1, -1, false
	title, of, _ := strings.Cut(role, "@")
	for _, i := range cands {
		p := st.kb.Actors[i]
		if side != "" && p.Side != side && p.sideOn(st.day) != side {
			continue
		}
		score := 0
		for _, r := range p.Roles {
			if !r.activeAt(st.day) {
				continue
			}
			score = max(score, 1)
			if title != "" && r.Title == title && (of == "" || r.Of == of) {
				score = 2
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = i, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best < 0 || tie {
		return 0, false
	}
	return best, true
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// names finds the persons not introduced by a title: the NER's person
// entities, capitalised runs that match a known person by skeleton, and
// bare surnames of persons known or named before.
// privateNouns are nouns for the press and for people who speak for no
// state, after a demonym ("Thai media", "Saudi analysts").
var privateNouns = map[string]bool{
	"media": true, "press": true, "newspaper": true, "newspapers": true, "outlets": true, "journalists": true,
	"reporters": true, "analysts": true, "experts": true, "writers": true, "activists": true, "residents": true,
	"citizens": true, "people": true, "farmers": true, "students": true, "voters": true, "fans": true,
	"tourists": true, "workers": true, "traders": true, "businessmen": true, "bloggers": true, "users": true,
}

// companyNouns are common nouns for a business that news writes right
// before the business's name ("the telecom firm Jazz", "the startup
// Go-Jek", "the carmaker Tata").
var companyNouns = map[string]bool{
	"firm": true, "company": true, "startup": true, "start-up": true, "carmaker": true, "automaker": true,
	"retailer": true, "conglomerate": true, "airline": true, "lender": true, "bank": true, "insurer": true,
	"brand": true, "app": true, "platform": true, "website": true, "newspaper": true, "daily": true,
	"tabloid": true, "magazine": true, "outlet": true, "manufacturer": true, "giant": true, "group": true,
	"chain": true, "supermarket": true, "subsidiary": true, "unicorn": true,
}

func (st *docState) names() {
	// the NER's persons
	companies := map[string]bool{}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || st.covered(a, b) {
			continue
		}
		if a > 0 && st.sentOf[a-1] == st.sentOf[a] && !st.toks[a-1].Cap && companyNouns[st.toks[a-1].Norm] || companies[st.nameText(a, b)] {
			// "the telecom firm Jazz", "the ride-hailing startup Go-Jek"
			// (and the name again later): a name after a common noun
			// for a business is the business's, no person a later
			// "she" could stand for
			companies[st.nameText(a, b)] = true
			st.add(mention{a: a, b: b, actor: st.nameText(a, b), kind: parallax.KindOrganization, resolved: true})
			continue
		}
		if b-a == 1 {
			// a bare surname is resolved below, against earlier names; a
			// first name before a quoted nickname is the name's start
			// ("John" of "John “J.D.” Dorrian")
			if _, _, ok := st.nicknameAfter(b); !ok || !st.toks[a].Cap {
				continue
			}
		}
		// the recogniser took a title into the name ("Republican
		// Representative Michael McCaul", "Navy Capt. Jeff Davis",
		// "Secretary Kerry")
		stripped := false
		for b-a >= 2 && st.leadingTitleWord(a) {
			a++
			stripped = true
			if a < b && st.toks[a].Text == "." {
				a++
			}
		}
		// and the portfolio after it ("Minister of Justice Ahmed Farouk",
		// "Minister for Foreign Affairs Ana Lopez")
		if stripped {
			a = st.skipPortfolio(a, b)
		} else {
			a = st.portfolioInName(a, b)
		}
		if b-a >= 3 && st.burmeseHonorificAt(a) {
			a++ // "U Khaing Thukha" is Khaing Thukha
		}
		if b-a >= 3 && st.peerageHonorificAt(a, b) {
			a++ // "Baroness Jenny Chapman" is Jenny Chapman, her article's title
		}
		if a >= b || st.onlyTitle(a, b) {
			continue // a title alone ("Prime Minister") names no one
		}
		// the recogniser left out the first part of a joined name
		// ("Zia-ul Haq Haqmal") or a nickname in quotes before the surname
		// ("John “J.D.” Dorrian")
		if a > 0 && !st.cover[a-1] && joinedNamePart(st.toks[a-1]) && st.sentOf[a-1] == st.sentOf[a] {
			a--
		}
		// the recogniser read the given name "Said" that opens the name
		// as the verb ("Said Abdullahi Deni, the president of Puntland,
		// said ..."): a name with a reporting verb of its own has no
		// verb before it ("Said Deni: ..." is the verb)
		if a > 0 && !st.cover[a-1] && st.toks[a-1].Text == "Said" && st.sentOf[a-1] == st.sentOf[a] &&
			st.ownVerb(mention{a: a, b: b, sent: st.sentOf[a]}) >= 0 {
			a--
		}
		nick := [2]int{-1, -1}
		if na, nb, ok := st.nicknameAfter(b); ok {
			nick = [2]int{b, na}
			b = nb
		}
		if nick[0] >= 0 {
			name := st.nameText(a, nick[0]) + " " + st.nameText(nick[1], b)
			if idx, ok := st.resolvePersonName(strings.Fields(Fold(name)), "", ""); ok {
				p := st.kb.Actors[idx]
				st.add(mention{a: a, b: b, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: st.surnameAt(b), resolved: true})
			} else {
				st.add(mention{a: a, b: b, actor: name, kind: parallax.KindPerson, surname: st.surnameAt(b), resolved: true})
			}
			continue
		}
		if idx, ok := st.resolvePerson(a, b, "", ""); ok {
			p := st.kb.Actors[idx]
			st.add(mention{a: a, b: b, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: st.surnameAt(b), resolved: true})
			continue
		}
		if b-a == 1 {
			continue // a bare surname: resolved below against earlier mentions
		}
		if idx, ok := st.curatedWithExtraSurname(a, b); ok {
			// "Patrick Muyaya Katembwe": a curated person written with
			// one more family name than the base's entry
			p := st.kb.Actors[idx]
			st.add(mention{a: a, b: b, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: st.surnameAt(b - 1), resolved: true})
			continue
		}
		st.add(mention{a: a, b: b, actor: st.personName(a, b), kind: parallax.KindPerson, surname: st.surnameAt(b), resolved: true})
	}
	// the recogniser's organisations that the knowledge base does not know
	// ("Human Rights Watch"): named actors with no side
	owners := st.orgOwners()
	for ei, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Actor != "" {
			continue
		}
		if st.insideWord(e.End) {
			// the entity ends inside a word ("United Nations" of "United
			// Nations-appointed"): resolved by its own text, if at all
			st.resolveByText(&st.doc.Entities[ei])
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || !st.toks[a].Cap || !st.onlyPlacesIn(a, b) {
			continue
		}
		if j := st.portfolioInName(a, b); j > a && britishHonorifics[st.toks[j].Norm] {
			// "Minister for Africa Lord Collins" read as an organisation
			// "Africa Lord Collins": the region is the title's portfolio
			// and the peer from his honorific on a person
			st.add(mention{a: j, b: b, actor: st.personName(j, b), kind: parallax.KindPerson, surname: st.surnameAt(b), resolved: true})
			continue
		}
		if m, ok := st.storyBodyWord(a, b); ok {
			// "Army sources told The Hindu" (the recogniser's "Army"): a
			// state's body by its kind alone is the story's state's, as
			// "the army said" is (storyStateBodies)
			st.add(m)
			continue
		}
		// a country inside an organisation's name ("Singapore Institute of
		// International Affairs") is no actor of its own
		st.dropMentionsIn(a, b)
		side := owners[Fold(st.nameText(a, b))]
		if side == "" && ministryName(st.words(a, b)) && (a == 0 || st.tokNorm(a-1) == "the" || !st.toks[a-1].Word) {
			// "the Department for Education said" in a story about one
			// state: a ministry named without its state is that state's
			// (not one an owner qualifies: "the Hamas-run Interior
			// Ministry")
			side = st.dominantState()
		}
		if side == "" && nationalBody(st.words(a, b)) && (a == 0 || st.tokNorm(a-1) == "the" || !st.toks[a-1].Word) {
			// "the National Task Force said", "The Civil Defence
			// Authority said" in a story about one state: a state's
			// public body named without the state is that state's
			side = st.dominantState()
		}
		if side == "" {
			side = st.homeBodySide(a, b)
		}
		st.add(mention{a: a, b: b, actor: st.nameText(a, b), kind: parallax.KindOrganization, side: side, resolved: true})
	}
	// capitalised runs of two to four words that match a known person
	for i := 0; i < len(st.toks); i++ {
		if st.cover[i] || !st.toks[i].Cap || !st.toks[i].Word || notNameWords[st.toks[i].Norm] {
			continue
		}
		a, b, ok := st.nameAfter(i)
		if !ok {
			continue
		}
		// a title before a surname ("Secretary Kerry") is no name of its own
		for a < b && (st.leadingTitleWord(a) || st.toks[a].Text == ".") {
			a++
		}
		if b-a >= 2 && !st.covered(a, b) {
			resolved := false
			if len(st.kb.fullSkel[nameSkeleton(st.words(a, b))]) > 0 {
				if idx, ok := st.resolvePerson(a, b, "", ""); ok {
					p := st.kb.Actors[idx]
					st.add(mention{a: a, b: b, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: st.surnameAt(b), resolved: true})
					resolved = true
				}
			}
			if !resolved && st.lexAt[a] == 0 && st.lexAt[b-1] == 0 {
				// a name the knowledge base does not know ("Richard
				// Bennett"): its surname must not be taken for a known
				// person's, nor "he" for an organisation near it
				st.unknownNames = append(st.unknownNames, [2]int{a, b})
				st.unknownSurnames[st.toks[b-1].Norm] = true
			}
		}
		i = b - 1
	}
	// bare surnames, against the full names before them
	sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
	var named []mention
	for _, m := range st.ments {
		if m.kind == parallax.KindPerson && m.b-m.a > 1 && m.surname != "" {
			named = append(named, m)
		}
	}
	// the recogniser's persons of one word ("Yang said"): a person the
	// story names by one name only, when no full name claims the word
	single := map[int]bool{}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindPerson {
			continue
		}
		if a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End}); a >= 0 && b == a+1 {
			single[a] = true
		}
	}
	// a bare surname before any full name with it (a headline's or a
	// key-events line's "Sisi vows ...", "President Sisi") refers to
	// the one person the story names in full by it further down
	laterNamed := map[string]int{}
	laterActors := map[string]map[string]bool{}
	for k, n := range named {
		for _, key := range surnameKeys(n.surname) {
			if laterActors[key] == nil {
				laterActors[key] = map[string]bool{}
				laterNamed[key] = k
			}
			laterActors[key][n.actor] = true
		}
	}
	lastNamed := map[string]int{}  // surname -> full name the bare surname refers to
	firstNamed := map[string]int{} // first word -> the same, for family names written first
	midNamed := map[string]int{}   // a compound surname's first word -> the same
	// mentions so far of each person: of two people with one surname
	// ("Sali Berisha" and, later, his son "Shkëlzen Berisha") the bare
	// surname keeps to the one the story has been about, and goes to the
	// newcomer only once it is named as often (more often, for a newcomer
	// introduced as a relative: "her daughter, NAME")
	seen := map[string]int{}
	next := 0
	for i := 0; i < len(st.toks); i++ {
		t := st.toks[i]
		for next < len(named) && named[next].a < i {
			n := named[next]
			seen[n.actor]++
			// ("al-Sisi" ... "Sisi said": the surname without its
			// Arabic article names the person too)
			for _, key := range surnameKeys(n.surname) {
				if k, ok := lastNamed[key]; !ok || named[k].actor == n.actor || seen[n.actor] > seen[named[k].actor] ||
					seen[n.actor] == seen[named[k].actor] && !st.kinApposition(n) {
					lastNamed[key] = next
				}
			}
			// the family name written first ("Wang" of "Wang Lihong",
			// "Park" of "Park Min-jae"): a bare first word of a name named before
			if fw, ok := st.familyFirst(n); ok {
				if k, ok := firstNamed[fw]; !ok || named[k].actor == n.actor || seen[n.actor] >= seen[named[k].actor] {
					firstNamed[fw] = next
				}
			}
			// the first word of a compound surname ("Ndjiké" of
			// "Guillaume Ndjiké Kaiko", "López" of "Andrés Manuel López
			// Obrador"): a name's inner word that is no given name
			for _, w := range st.innerSurnames(n) {
				if _, taken := midNamed[w]; !taken {
					midNamed[w] = next
				}
			}
			next++
		}
		// a person named before whose family name is a state's or a
		// capital's ("Linda Jordan" ... "Jordan said", "Ms. Paris told"):
		// the bare name where a person stands is the person's
		if k, ok := lastNamed[t.Norm]; ok && st.cover[i] && t.Cap && t.Word && st.personalMarkAt(i, i+1) && st.yieldToPerson(i, i+1) {
			m := named[k]
			seen[m.actor]++
			st.add(mention{a: i, b: i + 1, actor: m.actor, kind: m.kind, side: m.side, surname: t.Norm, resolved: true})
			continue
		}
		// a short surname ("Lai", "Wu") only where a full name with it came
		// before; a longer one may also be a known person's alone
		if st.cover[i] || !(t.Cap || arabicArticle(t.Norm)) || !t.Word || len(t.Norm) < 2 || notNameWords[t.Norm] {
			continue
		}
		_, isNamed := lastNamed[t.Norm]
		if _, ok := firstNamed[t.Norm]; ok {
			isNamed = true
		}
		if len(t.Norm) < 4 && (!isNamed || !t.Cap) {
			// or a full name the knowledge base does not know ("Water
			// Lee") came before
			if !t.Cap || !single[i] || !st.unknownSurnames[t.Norm] {
				continue
			}
			if _, ok := st.fullNameBefore(i); !ok {
				continue
			}
		}
		if p := st.tokNorm(i - 1); p == "younger" || p == "elder" {
			// "the younger Lai" is another of the family than the Lai
			// named before; of two or more of the family named before,
			// the younger is the one the story introduced last (the son
			// after the father), the elder the one it introduced first
			if k, ok := kinOfSurname(named[:next], t.Norm, p == "younger"); ok {
				m := named[k]
				seen[m.actor]++
				st.add(mention{a: i, b: i + 1, actor: m.actor, kind: m.kind, side: m.side, surname: t.Norm, resolved: true})
			}
			continue
		}
		if i+1 < len(st.toks) && st.toks[i+1].Cap && st.toks[i+1].Word {
			// the two last words of a longer name named before ("Lefèvre
			// Ndoki" of "Jean-Marie Lefèvre Ndoki", "López Obrador")
			if k, ok := lastNamed[st.toks[i+1].Norm]; ok && (i+2 >= len(st.toks) || !st.toks[i+2].Cap || !st.toks[i+2].Word) {
				// (a last word the lookup took for a body or a place
				// yields: "Kayikwamba Wagner" is no Wagner Group)
				if n := named[k]; n.b-n.a >= 3 && st.toks[n.b-2].Norm == t.Norm && (!st.cover[i+1] || st.yieldToPerson(i+1, i+2)) {
					seen[n.actor]++
					st.add(mention{a: i, b: i + 2, actor: n.actor, kind: n.kind, side: n.side, surname: st.toks[i+1].Norm, resolved: true})
					i++
				}
			}
			continue
		}
		k, ok := lastNamed[t.Norm]
		if keys := surnameKeys(t.Norm); !ok && len(keys) > 1 {
			k, ok = lastNamed[keys[1]] // "Abdel Fattah Sisi" ... "al-Sisi"
		}
		if !ok && t.Cap {
			k, ok = misspelledSurname(t.Norm, lastNamed)
		}
		if !ok && t.Cap && st.aloneAsName(i) {
			k, ok = firstNamed[t.Norm]
		}
		if !ok && t.Cap && len(laterActors[t.Norm]) == 1 && st.aloneAsName(i) {
			k, ok = laterNamed[t.Norm]
		}
		if !ok && t.Cap && st.aloneAsName(i) && len(t.Norm) >= 4 {
			k, ok = midNamed[t.Norm]
		}
		if ok {
			m := named[k]
			seen[m.actor]++
			st.add(mention{a: i, b: i + 1, actor: m.actor, kind: m.kind, side: m.side, surname: t.Norm, resolved: true})
			continue
		}
		if !t.Cap {
			continue
		}
		if st.unknownSurnames[t.Norm] {
			// the recogniser tagged the surname alone ("Wang" of "Will
			// Wang, a student", "Lee" of "Water Lee"): the full name
			// written before is the person's name, here and later
			if r, ok := st.fullNameBefore(i); ok && single[i] {
				if r[1] == i+1 {
					st.add(mention{a: r[0], b: r[1], actor: st.personName(r[0], r[1]), kind: parallax.KindPerson, surname: t.Norm, resolved: true})
				} else {
					st.add(mention{a: i, b: i + 1, actor: st.personName(r[0], r[1]), kind: parallax.KindPerson, surname: t.Norm, resolved: true})
				}
				continue
			}
			st.unknownNames = append(st.unknownNames, [2]int{i, i + 1})
			continue
		}
		if _, ok := st.lexStarting(i); ok {
			continue
		}
		if len(t.Norm) >= 5 && !st.kb.firstNames[t.Norm] { // "Ahmed" alone is more often a first name
			if idx, ok := st.choose(st.kb.surname[t.Norm], "", ""); ok && st.activeOn(idx) {
				p := st.kb.Actors[idx]
				st.add(mention{a: i, b: i + 1, actor: p.Name, kind: parallax.KindPerson, side: p.Side, surname: t.Norm, resolved: true})
				continue
			}
		}
		if single[i] && len(t.Norm) >= 2 && len(st.kb.surname[t.Norm]) == 0 && st.aloneAsName(i) {
			// named by one name only, and the knowledge base knows no
			// one by it: the person is that name
			st.add(mention{a: i, b: i + 1, actor: t.Text, kind: parallax.KindPerson, surname: t.Norm, resolved: true})
		}
	}
}

// ownMinistryEnd: the actor a of lex item l, an armed group or a
// government that is no state's own entry (a de facto or rival
// authority), possesses the ministry or body that follows ("the NUG's
// defence ministry", "Hamas's interior ministry"); it returns the body's
// end token, or 0.
func (st *docState) ownMinistryEnd(l lexItem, a Actor) int {
	if a.Side == "" || (a.Kind != parallax.KindGroup && a.Kind != parallax.KindGovernment) {
		return 0
	}
	if _, state := st.kb.bySide[a.Side]; state {
		return 0
	}
	if n := st.tokNorm(l.b); n != "'s" && n != "’s" && n != "'" && n != "’" {
		return 0
	}
	next, ok := st.lexStarting(l.b + 1)
	if !ok || !next.has(hitInstitution) || !st.bodyHead(next) || st.sentOf[next.a] != st.sentOf[l.a] {
		return 0
	}
	return next.b
}

// curatedWithExtraSurname: the name over [a, b), three words or more,
// is a curated person's full name of one word fewer followed by one more
// capitalised family name ("Patrick Muyaya Katembwe" of "Patrick
// Muyaya"), a person in office on the story's date.
func (st *docState) curatedWithExtraSurname(a, b int) (int, bool) {
	if b-a < 3 || !st.toks[b-1].Cap || len(st.toks[b-1].Norm) < 4 || generational[st.toks[b-1].Norm] {
		return 0, false
	}
	idx, ok := st.kb.byName[st.nameText(a, b-1)]
	if !ok {
		return 0, false
	}
	p := st.kb.Actors[idx]
	if !p.curated || p.Kind != parallax.KindPerson || !st.activeOn(idx) {
		return 0, false
	}
	return idx, true
}

// innerSurnames are the folded inner words of the full name of mention n
// (three words or more) that may stand for the person alone as the first
// word of a compound surname: capitalised, four letters or more, no given
// name the base knows, no particle, initial or title.
func (st *docState) innerSurnames(n mention) []string {
	if n.b-n.a < 3 {
		return nil
	}
	var out []string
	for k := n.a + 1; k < n.b-1; k++ {
		t := st.toks[k]
		if !t.Word || !t.Cap || len(t.Norm) < 4 || st.kb.firstNames[t.Norm] || titleWord(t.Norm) || notNameWords[t.Norm] {
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

// fullNameBefore finds the name the knowledge base does not know, of two
// or three capitalised words, that ends at token i or before it with
// token i's word: the full name a bare surname stands for. A name the
// recogniser tagged as a place or an organisation is none, nor one opened
// by a function word that starts its sentence ("Unlike Wang").
func (st *docState) fullNameBefore(i int) ([2]int, bool) {
	for k := len(st.unknownNames) - 1; k >= 0; k-- {
		r := st.unknownNames[k]
		if r[1] > i+1 || r[1]-r[0] < 2 || r[1]-r[0] > 3 || st.toks[r[1]-1].Norm != st.toks[i].Norm {
			continue
		}
		ok := !functionWords[st.toks[r[0]].Norm]
		for j := r[0]; j < r[1] && ok; j++ {
			// one line's words ("Prejudice" of a heading is no first name
			// of the next paragraph's "Christie")
			ok = st.toks[j].Cap && st.toks[j].Word && st.sentOf[j] == st.sentOf[r[0]] && !strings.Contains(st.doc.Text[st.toks[r[0]].Start:st.toks[j].Start], "\n")
		}
		sa, sb := st.toks[r[0]].Start, st.toks[r[1]-1].End
		for _, e := range st.doc.Entities {
			if ok && e.Kind != parallax.KindPerson && e.Start < sb && e.End > sa {
				ok = false
			}
		}
		return r, ok
	}
	return [2]int{}, false
}

// functionWords open a sentence without starting a name.
var functionWords = map[string]bool{
	"if": true, "as": true, "for": true, "from": true, "with": true, "by": true, "to": true, "of": true,
	"or": true, "so": true, "yet": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "these": true, "those": true, "there": true, "here": true, "what": true,
	"who": true, "where": true, "why": true, "how": true, "some": true, "many": true, "most": true,
	"all": true, "no": true, "not": true, "every": true, "each": true, "another": true, "other": true,
	"such": true, "only": true, "even": true, "still": true, "now": true, "today": true, "before": true,
	"during": true, "under": true, "over": true, "until": true, "without": true, "despite": true,
	"although": true, "though": true, "because": true, "unlike": true, "like": true, "once": true,
	"former": true, "late": true, "dear": true, "did": true, "does": true, "do": true, "is": true,
	"was": true, "were": true, "are": true, "has": true, "had": true, "have": true, "can": true,
	"could": true, "would": true, "should": true, "shall": true, "must": true, "might": true,
	"hey": true, "oh": true, "hi": true, "hello": true, "thanks": true, "thank": true, "yes": true,
}

// closeSurname: two folded surnames whose skeletons agree are one
// spelling apart, not two names that share their few consonants ("Lawal"
// and "La" both reduce to "l"): at most a third of the shorter one's
// letters differ, one at least ("Zelenskiy" and "Zelenskyy").
func closeSurname(a, b string) bool {
	return editDistance(a, b) <= max(1, min(len(a), len(b))/3)
}

// middleAgrees: two names of three words or more that share first and
// last name are one person only if their middle names agree too, or one
// is an initial ("Mohamed El-Hassan Mohamed" is not "Mohamed Abdullahi
// Mohamed").
func middleAgrees(a, b []string) bool {
	if len(a) < 3 || len(b) < 3 {
		return true
	}
	x, y := a[1], b[1]
	return len(x) == 1 || len(y) == 1 || x[0] == y[0] && editDistance(skeleton(x), skeleton(y)) <= 1
}

// misspelledSurname finds the one surname named before that a bare
// surname misspells by one letter ("Equiluz" for "Eguiluz"): both long
// enough that one letter is a typo and not another name, the same first
// letter. A five-letter one may only have lost or gained its letter
// ("Mauer" for "Maurer", "Water" for "Waters"): five letters with one
// changed are as often another name ("Jonas", "Jones").
func misspelledSurname(w string, named map[string]int) (int, bool) {
	if len(w) < 5 {
		return 0, false
	}
	found, n := 0, 0
	for s, k := range named {
		if min(len(s), len(w)) == 5 && len(s) == len(w) {
			continue
		}
		if len(s) >= 5 && s[0] == w[0] && editDistance(s, w) == 1 {
			found = k
			n++
		}
	}
	return found, n == 1
}

// spokesWords end a spokesperson's title.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// bodyOfRole maps the body of a spokesperson's role to its institution.
var bodyOfRole = map[string]string{"foreign": "mfa", "defence": "mod"}

// personName is the canonical name of a person the knowledge base does
// not know: the name as written, without a nickname in quotation marks
// ("John “J.D.” Dorrian" -> "John Dorrian").
func (st *docState) personName(a, b int) string {
	var parts []string
	start := a
	for i := a; i < b; i++ {
		if !isOpenQuote(st.toks[i].Text) {
			continue
		}
		for j := i + 1; j < b && j <= i+4; j++ {
			if isCloseQuote(st.toks[j].Text) {
				if i > start {
					parts = append(parts, st.nameText(start, i))
				}
				start, i = j+1, j
				break
			}
		}
	}
	if start < b {
		parts = append(parts, st.nameText(start, b))
	}
	if len(parts) == 0 {
		return st.nameText(a, b)
	}
	return strings.Join(parts, " ")
}

// importedBySurname finds the one office holder of the PETRARCH2
// dictionaries with the surname (in any spelling the knowledge base
// holds) who held office on the publication day, on the title's side when
// it names one. Without a publication day, the title must name the side.
func (st *docState) importedBySurname(w, side string) (int, bool) {
	if len(w) < 4 || (st.day == "" && side == "") {
		return 0, false
	}
	found, n := 0, 0
	for _, i := range st.kb.importedSurname[w] {
		p := st.kb.Actors[i]
		if side != "" && p.Side != side {
			continue
		}
		active := false
		for _, r := range p.Roles {
			if r.activeAt(st.day) {
				active = true
			}
		}
		if active {
			found, n = i, n+1
		}
	}
	return found, n == 1
}

// familyWords follow a surname that names a family, not one person ("the
// Vessen family", "the Dorr clan"): no "he" refers back to it.
var familyWords = map[string]bool{"family": true, "families": true, "clan": true, "household": true}

// onlyTitle: the tokens [a, b) are one title or body noun of the
// knowledge base ("Prime Minister", "Foreign Ministry").
func (st *docState) onlyTitle(a, b int) bool {
	l, ok := st.lexStarting(a)
	return ok && l.b == b && (l.has(hitRole) || l.has(hitInstitution))
}

// joinedNamePart: a word that is the first half of a joined name, with
// the particle that links it to the next word ("Zia-ul", "Nur-ud",
// "Shams-ur"): the recogniser often leaves it out of the name.
func joinedNamePart(t Tok) bool {
	if !t.Cap || !t.Word {
		return false
	}
	i := strings.LastIndexByte(t.Norm, '-')
	if i <= 0 {
		return false
	}
	switch t.Norm[i+1:] {
	case "ul", "ud", "ur", "us", "al", "ud-din", "e", "i":
		return true
	}
	return false
}

// nicknameAfter: a nickname in quotation marks at token i followed by the
// surname ("“J.D.” Dorrian"); it returns the surname's token range.
func (st *docState) nicknameAfter(i int) (int, int, bool) {
	if i >= len(st.toks) || !isOpenQuote(st.toks[i].Text) {
		return 0, 0, false
	}
	for j := i + 1; j < len(st.toks) && j <= i+4; j++ {
		t := st.toks[j]
		if isCloseQuote(t.Text) {
			if j == i+1 || j+1 >= len(st.toks) || !st.toks[j+1].Cap || !st.toks[j+1].Word || notNameWords[st.toks[j+1].Norm] {
				return 0, 0, false
			}
			na, nb, ok := st.nameAfter(j + 1)
			if !ok || nb-na > 2 {
				return 0, 0, false
			}
			return na, nb, true
		}
		if !t.Cap && t.Text != "." {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func isOpenQuote(s string) bool  { return s == "“" || s == "\"" || s == "‘" }
func isCloseQuote(s string) bool { return s == "”" || s == "\"" || s == "’" }

// onlyPlacesIn: the tokens [a, b) hold no mention but countries and
// places (so an organisation's name may take them over).
func (st *docState) onlyPlacesIn(a, b int) bool {
	for _, m := range st.ments {
		if m.a < b && a < m.b && (m.kind != parallax.KindGPE || m.a <= a && m.b >= b) {
			return false // a body, a person, or the place itself ("Turkey")
		}
	}
	return true
}

// dropMentionsIn removes the mentions inside tokens [a, b).
func (st *docState) dropMentionsIn(a, b int) {
	kept := st.ments[:0]
	for _, m := range st.ments {
		if m.a >= a && m.b <= b {
			for i := m.a; i < m.b; i++ {
				st.cover[i] = false
			}
			continue
		}
		kept = append(kept, m)
	}
	st.ments = kept
}

// activeOn: the person held a role on the publication day (or the day is
// unknown). A bare surname is taken for a known person only then.
func (st *docState) activeOn(idx int) bool {
	if st.day == "" {
		return true
	}
	for _, r := range st.kb.Actors[idx].Roles {
		if r.activeAt(st.day) {
			return true
		}
	}
	return false
}

func (st *docState) words(a, b int) []string {
	w := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		w = append(w, st.toks[i].Norm)
	}
	return w
}

func (st *docState) covered(a, b int) bool {
	for i := a; i < b; i++ {
		if st.cover[i] {
			return true
		}
	}
	return false
}

// tokenRange maps a byte span to the tokens inside it, (-1, -1) when none.
func (st *docState) tokenRange(sp parallax.Span) (int, int) {
	a := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= sp.Start })
	b := a
	for b < len(st.toks) && st.toks[b].End <= sp.End {
		b++
	}
	if b == a {
		return -1, -1
	}
	return a, b
}

// anaphors adds the pronouns and statement nouns that stand for an actor:
// "he"/"she" outside quotations, "it"/"they" as the subject of a verb, and
// "the statement".
func (st *docState) anaphors() {
	for i, t := range st.toks {
		if st.cover[i] || t.InQuote || !t.Word {
			continue
		}
		switch t.Norm {
		case "he", "she":
			if t.Text == "HE" || t.Text == "SHE" {
				continue // "HE" is "His Excellency"
			}
			st.add(mention{a: i, b: i + 1, anaphor: "he"})
		case "it", "they":
			j := i + 1
			if st.tokNorm(j) == "also" || st.tokNorm(j) == "further" || st.tokNorm(j) == "then" {
				j++
			}
			if w := st.tokNorm(j); verbAfterSubject[w] && !isAuxiliary(w) {
				st.add(mention{a: i, b: i + 1, anaphor: t.Norm})
			}
		case "chief", "head", "boss":
			// "The Commerce chief also rebuffed fears": the person titled
			// with that portfolio before ("Commerce Secretary NAME")
			if i >= 2 && st.tokNorm(i-2) == "the" && st.toks[i-1].Cap && portfolioWords[st.tokNorm(i-1)] && !st.cover[i-1] {
				if n := st.toks[min(i+1, len(st.toks)-1)]; i+1 < len(st.toks) && n.Word && !n.Cap {
					st.add(mention{a: i - 2, b: i + 1, anaphor: "portfolio", role: st.tokNorm(i - 1)})
				}
			}
		default:
			if !st.is(i, kindClass|kindNameHead|kindStatement|kindFinding|kindUnnamedOfficial) {
				continue // (none of the nouns below)
			}
			// "The group said", "the militants also claimed", "The agency
			// said": a group or an organisation named before
			// "The militant group said": one modifier of the class may
			// stand between the article and the noun
			det, armed := i-1, false
			if _, ok := classNouns[t.Norm]; ok && i > 1 && (groupModifiers[st.tokNorm(i-1)] || backedModifier(st.tokNorm(i-1))) && st.tokNorm(i-2) == "the" && !st.cover[i-1] && !st.cover[i-2] {
				det, armed = i-2, true
			}
			if cls, ok := classNouns[t.Norm]; ok && det >= 0 && st.tokNorm(det) == "the" && !st.cover[det] {
				j := i + 1
				if isAdverb(st.tokNorm(j)) || st.tokNorm(j) == "also" {
					j++
				}
				if v := st.tokNorm(j); verbAfterSubject[v] || findingVerbs[v] {
					role := ""
					if armed && cls == "group" {
						role = "armed" // an armed group by its modifier: no aid body or agency (antecedent)
					}
					st.add(mention{a: det, b: i + 1, anaphor: cls, role: role})
				} else if p := st.tokNorm(i - 2); (p == "for" || p == "of") && v == "," && i >= 3 && spokesWords[st.tokNorm(i-3)] {
					// "a spokesman for the group, NAME, said": the group
					// named before, whose side the spokesman's title gives
					st.add(mention{a: i - 1, b: i + 1, anaphor: cls})
				}
				continue
			}
			if st.is(i, kindNameHead) && det >= 0 && st.tokNorm(det) == "the" && !st.cover[det] && !st.cover[i] && !t.Cap {
				// "the council said" after "the Southern Transitional
				// Council": the group whose name the noun heads
				// (namehead.go)
				j := i + 1
				if isAdverb(st.tokNorm(j)) || st.tokNorm(j) == "also" {
					j++
				}
				if v := st.tokNorm(j); verbAfterSubject[v] || findingVerbs[v] {
					st.add(mention{a: det, b: i + 1, anaphor: "head"})
				}
				continue
			}
			if !st.is(i, kindStatement|kindFinding|kindUnnamedOfficial) {
				continue
			}
			// DET [one or two modifiers] NOUN VERB: "the statement said",
			// "A statement said", "This independent investigation has
			// concluded", "The official added"
			d := i - 1
			for d >= 0 && i-d <= 3 && st.toks[d].Word && !st.toks[d].Cap && !anaphorDeterminers[st.toks[d].Norm] && !verbAfterSubject[st.toks[d].Norm] {
				d--
			}
			if d < 0 || !anaphorDeterminers[st.toks[d].Norm] || st.sentOf[d] != st.sentOf[i] || st.covered(d, i) {
				continue
			}
			v := st.tokNorm(i + 1)
			if !verbAfterSubject[v] && !findingVerbs[v] {
				continue
			}
			kind := "statement"
			if unnamedOfficials[t.Norm] {
				if d != i-1 && !officialModifiers[st.tokNorm(i-1)] {
					continue
				}
				kind = "official"
			}
			st.add(mention{a: d, b: i + 1, anaphor: kind})
		}
	}
	sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
}

// officeOfTitle: the recogniser's organisation e is the office of the
// title the person mention m resolved ("the Prime Minister's Office said"
// in a story on Netanyahu): an office holder's office speaks for the
// holder's government.
func (st *docState) officeOfTitle(e *parallax.Entity, m mention) {
	if e.Kind != parallax.KindOrganization || e.Actor != "" || m.role == "" || m.side == "" || e.Start != m.Start {
		return
	}
	rest := strings.TrimSpace(strings.NewReplacer("’", "'").Replace(st.doc.Text[m.End:e.End]))
	if rest != "'s Office" && rest != "'s office" && rest != "Office" {
		return
	}
	if ci, ok := st.kb.bySide[m.side]; ok {
		name, kind := st.bodyName(ci, "gov")
		e.Actor, e.Side, e.Kind = name, m.side, kind
	}
}

// commentatorNouns head a noun phrase of people who observe or write
// about the body named before them ("military bloggers", "Kremlin
// watchers"), and are none of its own. ("UN experts" are the UN's own
// rapporteurs, so "experts" is not here.)
var commentatorNouns = map[string]bool{
	"blogger": true, "bloggers": true, "analyst": true, "analysts": true, "historian": true, "historians": true,
	"commentator": true, "commentators": true, "correspondent": true, "correspondents": true,
	"journalist": true, "journalists": true, "reporter": true, "reporters": true, "watcher": true, "watchers": true,
	"veteran": true, "veterans": true,
}

// classNouns refer back to the last actor of a class: "the group", "the
// militants" to an armed group; "the agency", "the bloc" to an
// organisation.
var classNouns = map[string]string{
	"group": "group", "militants": "group", "rebels": "group", "insurgents": "group", "jihadists": "group",
	"militia": "group", "extremists": "group", "movement": "group", "fighters": "group",
	// "the outfit said", "the cartel blamed", "The guerrilla denied":
	// the press's words for an armed group named before (groupside21)
	"outfit": "group", "cartel": "group", "guerrilla": "group", "guerrillas": "group",
	"organisation": "org", "organization": "org", "agency": "org", "bloc": "org", "body": "org",
	// "The command said" after "the ENDF's Northwestern Command said"
	"command": "org",
	// "the mission said" after a peacekeeping or observer mission (ATMIS,
	// UNIFIL, the OSCE's monitors)
	"mission": "org",
}

// groupModifiers may stand between "the" and a class noun of armed
// groups ("the militant group", "the armed movement").
var groupModifiers = map[string]bool{
	"militant": true, "armed": true, "rebel": true, "jihadist": true, "extremist": true, "insurgent": true,
	"separatist": true, "islamist": true, "paramilitary": true,
}

// backedModifier: a modifier names a group's backer or ally ("the
// Iran-backed group", "the Kremlin-linked militia"), which only armed
// groups are written with.
func backedModifier(w string) bool {
	for _, suf := range []string{"-backed", "-aligned", "-allied", "-linked", "-sponsored", "-supported"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return true
		}
	}
	return false
}

// anaphorDeterminers open a noun phrase that refers back to a speaker
// named before ("the statement", "a spokesperson", "this investigation").
var anaphorDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "another": true}

// findingNouns are works of a body that speak for it ("this investigation
// has concluded", "the report found").
var findingNouns = map[string]bool{
	"investigation": true, "inquiry": true, "probe": true, "review": true, "study": true, "findings": true, "assessment": true,
}

// findingVerbs follow a finding or a statement as its subject.
var findingVerbs = map[string]bool{
	"makes": true, "made": true, "found": true, "finds": true, "concluded": true, "concludes": true, "shows": true,
	"showed": true, "established": true, "establishes": true, "determined": true, "determines": true, "read": true, "reads": true,
}

// unnamedOfficials are people who speak for a body named before them
// ("a senior State Department official told reporters ... The official
// added").
var unnamedOfficials = map[string]bool{
	"official": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"officials": true, "diplomats": true, "negotiators": true, "delegates": true, "envoy": true,
}

// officialModifiers may stand between the determiner and an unnamed
// official ("the senior official").
var officialModifiers = map[string]bool{"senior": true, "top": true, "same": true, "military": true, "government": true, "ministry": true,
	"second": true, "third": true, "other": true} // "A second official said"

// governmentOfficial: the unnamed official's words call him the
// government's ("a government spokesman", "a senior government official").
func (st *docState) governmentOfficial(m mention) bool {
	for k := m.a; k < m.b; k++ {
		if st.tokNorm(k) == "government" {
			return true
		}
	}
	return false
}

func isAuxiliary(w string) bool {
	switch w {
	case "has", "had", "have", "is", "was", "are", "were", "will", "would", "could", "can", "did", "does", "also", "further", "then", "later", "earlier", "previously", "repeatedly":
		return true
	}
	return false
}

// markSubjects marks, per sentence, the first mention outside quotations
// and prepositional phrases: the sentence's likely subject, which pronouns
// in the next sentences refer to first.
func (st *docState) markSubjects() {
	// the source after "according to" speaks in its sentence, wherever it
	// stands ("Lai's plight has drawn support, according to Caoilfhionn
	// Gallagher, his attorney. She told VOA ...")
	for i := range st.ments {
		m := &st.ments[i]
		if m.kind == parallax.KindPerson && !m.inQuote && m.a >= 2 && st.tokNorm(m.a-1) == "to" && st.tokNorm(m.a-2) == "according" {
			m.subject = true
		}
	}
	lastSent := -2
	for i := range st.ments {
		m := &st.ments[i]
		if m.sent == lastSent || m.inQuote || st.datelineMention(*m) {
			continue
		}
		j := m.a - 1
		for j >= 0 && (st.toks[j].Norm == "the" || st.toks[j].Norm == "a" || st.toks[j].Norm == "an") {
			j--
		}
		if j >= 0 && prepositions[st.toks[j].Norm] && st.sentOf[j] == m.sent && !st.frontedTopic(*m, j) {
			continue
		}
		// "After meeting NAME, NAME2 said": the name of an opening clause
		// gives way to the one that follows the clause's comma
		if k := st.afterOpeningClause(i); k >= 0 {
			st.ments[k].subject = true
			lastSent = m.sent
			continue
		}
		// "Yemen's Houthi rebels said they": the possessor is no subject,
		// what it possesses is
		if st.tokNorm(m.b) == "'s" && i+1 < len(st.ments) {
			if n := &st.ments[i+1]; n.sent == m.sent && n.a > m.b && n.a <= m.b+3 && !st.covered(m.b+1, n.a) && !n.inQuote {
				n.subject = true
				lastSent = m.sent
				continue
			}
			// "NAME's spokesman NAME2 said": the person the possessor's
			// title names, past any mention of the title itself
			if k := st.possessedPerson(i); k >= 0 {
				st.ments[k].subject = true
				lastSent = m.sent
				continue
			}
			// "NAME's office did not respond": the person's agents are the
			// subject, and a later "he" is not the person they speak for
			if m.kind == parallax.KindPerson && possessedAgents[st.tokNorm(m.b+1)] {
				lastSent = m.sent
				continue
			}
		}
		m.subject = true
		lastSent = m.sent
		if k := st.appositiveSpeaker(m.sent); k > i {
			st.ments[k].subject = true
		}
		// "Taliban spokesperson Zabihullah Mujahid disclosed": the person
		// titled after the body is the subject too
		if m.kind != parallax.KindPerson && i+1 < len(st.ments) {
			if n := &st.ments[i+1]; n.sent == m.sent && n.kind == parallax.KindPerson && n.resolved && (st.titleBetween(m.b, n.a) || n.a == m.b && st.endsInTitle(*m)) {
				n.subject = true
			}
		}
	}
}

// appositiveSpeaker: the person named, between commas, after the title
// that opens sentence sent ("The FARDC spokesman, General NAME,
// acknowledged"; "The spokesperson of the Congolese army (FARDC) in
// Ituri, Lt NAME, confirmed"): the index of that person's mention, else
// -1. The sentence's subject is that person, not the body in the title,
// so "He said" in the next sentence is this person and not the one who
// spoke before.
func (st *docState) appositiveSpeaker(sent int) int {
	s0 := -1
	for k := range st.ments {
		if st.ments[k].sent == sent {
			s0 = st.ments[k].a
			break
		}
	}
	if s0 < 0 {
		return -1
	}
	for s0 > 0 && st.sentOf[s0-1] == sent {
		s0--
	}
	// the title phrase: the sentence's opening words up to its first
	// comma, outside quotations, with a title word among them
	c, titled := -1, false
	for k := s0; k < len(st.toks) && k < s0+16 && st.sentOf[k] == sent; k++ {
		t := st.toks[k]
		if t.InQuote || t.Text == "\"" || t.Text == "“" {
			return -1
		}
		if t.Text == "," {
			c = k
			break
		}
		if officialTitles[t.Norm] || unnamedOfficials[t.Norm] || appositiveTitles[t.Norm] {
			titled = true
		}
		if _, isRole := roles[t.Norm]; isRole {
			titled = true
		}
	}
	if c < 0 || !titled || !st.toks[s0].Cap {
		return -1
	}
	for k := range st.ments {
		n := st.ments[k]
		if n.sent != sent || n.a <= c {
			continue
		}
		if n.a > c+4 || n.kind != parallax.KindPerson || !n.resolved || n.inQuote || n.b-n.a < 2 || st.tokNorm(n.b) != "," {
			return -1
		}
		// only rank words between the comma and the name ("Lt", "Maj.")
		for j := c + 1; j < n.a; j++ {
			if t := st.toks[j]; !(t.Cap && t.Word || t.Text == ".") {
				return -1
			}
		}
		return k
	}
	return -1
}

// appositiveTitles are heads of a title phrase before a named person
// beside the official titles: a commander or a force's spokesman.
var appositiveTitles = map[string]bool{"commander": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "head": true, "chief": true, "governor": true, "director": true}

// frontedTopic: the person mention m after the preposition at token j is
// the topic a sentence opens with ("For NAME, the illness has been a long
// journey. ... he said"; "As for NAME, he hopes"): what follows is about
// that person, so a pronoun after it refers to the person first. Only
// "for" opening the sentence (or "as for") and a comma after the name.
func (st *docState) frontedTopic(m mention, j int) bool {
	if m.kind != parallax.KindPerson || st.toks[j].Norm != "for" || st.tokNorm(m.b) != "," || j+1 != m.a {
		return false
	}
	k := j - 1
	if k >= 0 && st.sentOf[k] == m.sent && st.toks[k].Norm == "as" {
		k--
	}
	return k < 0 || st.sentOf[k] != m.sent
}

// continuationVerbs after a pronoun say that the speaker goes on speaking
// ("he added", "she continued").
var continuationVerbs = map[string]bool{"added": true, "adds": true, "continued": true, "continues": true}

// spoke: the mention is the speaker of a reporting verb: before it ("NAME
// said", "NAME told reporters") or, inverted, after a quotation ('"...,"
// said NAME').
func (st *docState) spoke(a mention) bool {
	if st.reportsAfter(a.b) {
		return true
	}
	// past an apposition ("NAME, director of ..., told"), or the name
	// closing one ("Her mother, NAME, said")
	if a.a > 0 && st.toks[a.a-1].Text == "," && st.tokNorm(a.b) == "," && st.reportsAfter(a.b+1) {
		return true
	}
	// past the acronym in brackets after the name, or the bracket
	// that closes the acronym itself ("the Group for ... (JNIM), linked
	// to al-Qaeda, claimed")
	b := a.b
	if st.tokNorm(b) == "(" {
		for k := b + 1; k < len(st.toks) && k <= b+4; k++ {
			if st.toks[k].Text == ")" {
				b = k + 1
				break
			}
		}
	} else if st.tokNorm(b) == ")" && a.a > 0 && st.toks[a.a-1].Text == "(" {
		b++
	}
	if b > a.b && st.reportsAfter(b) {
		return true
	}
	if st.tokNorm(b) == "," {
		for k := b + 1; k < len(st.toks) && k <= b+16 && st.sentOf[k] == a.sent; k++ {
			if st.toks[k].Text == "," {
				if st.reportsAfter(k + 1) {
					return true
				}
				break
			}
		}
	}
	k := a.a - 1
	return k >= 1 && verbAfterSubject[st.toks[k].Norm] && !isAuxiliary(st.toks[k].Norm) && (st.toks[k-1].InQuote || !st.toks[k-1].Word)
}

// clauseOpeners open an adverbial clause or phrase before the main clause
// of a sentence ("When NAME arrived, ...", "Despite NAME's warning, ...").
var clauseOpeners = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "since": true, "although": true, "though": true,
	"if": true, "despite": true, "following": true, "upon": true, "once": true, "because": true, "unlike": true,
	"whereas": true, "until": true, "as": true,
}

// afterOpeningClause: the mention i opens its sentence's first clause
// after a clause opener ("After meeting NAME, ...", "When NAME arrived,
// ..."), and a named actor outside any prepositional phrase follows that
// clause's comma: the index of that actor's mention, the sentence's
// subject, else -1. A pronoun after the comma ("When NAME arrived, he
// said") leaves the clause's person the antecedent.
func (st *docState) afterOpeningClause(i int) int {
	m := st.ments[i]
	first := m.a
	for first > 0 && st.sentOf[first-1] == m.sent {
		first--
	}
	for first < m.a && !st.toks[first].Word {
		first++ // an opening quotation mark
	}
	if first >= m.a || !(clauseOpeners[st.toks[first].Norm] || st.participialOpener(first)) || st.tokNorm(first+1) == "for" {
		return -1
	}
	comma := -1
	for k := m.b; k < len(st.toks) && st.sentOf[k] == m.sent; k++ {
		if st.toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for k := i + 1; k < len(st.ments); k++ {
		n := st.ments[k]
		if n.sent != m.sent {
			break
		}
		if n.a <= comma || n.inQuote {
			continue
		}
		if n.anaphor != "" {
			return -1
		}
		d := n.a - 1
		for d > comma && anaphorDeterminers[st.toks[d].Norm] {
			d--
		}
		if d > comma && prepositions[st.toks[d].Norm] {
			continue
		}
		return k
	}
	return -1
}

// possessedAgents: nouns for the people or body who act or speak for the
// person who possesses them ("NAME's office", "NAME's lawyers").
var possessedAgents = map[string]bool{
	"office": true, "government": true, "administration": true, "campaign": true, "team": true, "party": true,
	"family": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "aides": true, "aide": true,
	"representatives": true, "representative": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"relatives": true, "allies": true, "supporters": true,
}

// possessedPerson: after the possessor mention i ("NAME's"), the person
// named by a title of the possessor ("'s spokesman NAME2", "'s chief of
// staff, NAME2,"), or -1.
func (st *docState) possessedPerson(i int) int {
	m := st.ments[i]
	for k := i + 1; k < len(st.ments); k++ {
		n := st.ments[k]
		if n.sent != m.sent || n.a > m.b+7 || n.inQuote {
			break
		}
		if n.kind == parallax.KindPerson && n.b-n.a >= 2 && n.a > m.b+1 && st.titleBetween(m.b+1, n.a) {
			return k
		}
	}
	return -1
}

// endsInTitle: the mention's last word is a title ("UN
// Secretary-General" before "Antonio Guterres").
func (st *docState) endsInTitle(m mention) bool {
	w := st.toks[m.b-1].Norm
	_, isRole := roles[w]
	return isRole || officialTitles[w]
}

// titleBetween: the tokens [a, b) are one to five words of a title
// ("spokesperson", "press operations director Navy Capt.").
func (st *docState) titleBetween(a, b int) bool {
	if b <= a || b-a > 6 {
		return false
	}
	official := false
	for i := a; i < b; i++ {
		t := st.toks[i]
		if t.Text == "." || t.Text == "," && i > a {
			continue // "the court's president, NAME,"
		}
		if !t.Word {
			return false
		}
		_, isRole := roles[t.Norm]
		if officialTitles[t.Norm] || isRole || serviceWords[t.Norm] {
			official = true
		}
	}
	return official
}

// resolveAnaphora gives each pronoun, statement noun and bare body noun the
// actor of its antecedent.
func (st *docState) resolveAnaphora() {
	st.gender = st.genders()
	for i := range st.ments {
		m := &st.ments[i]
		if m.resolved {
			st.closeTo(i)
			continue
		}
		if ant := st.antecedent(i); ant >= 0 {
			a := st.ments[ant]
			m.actor, m.kind, m.side, m.resolved = a.actor, a.kind, a.side, true
			if m.inst == "" {
				m.inst = a.inst
			}
		} else if m.anaphor == "role" {
			st.publisherOffice(m)
			if !m.resolved {
				st.storyOffice(m)
			}
		}
		st.closeTo(i)
	}
}

// juntaHeads follow "junta" in the title of the junta's head ("the junta
// chief", "junta leader").
var juntaHeads = map[string]bool{"chief": true, "leader": true, "head": true, "boss": true}

// seats are capitals that also stand for an international body seated
// there ("Brussels said" of the EU), and that body's entry.
var seats = map[string]string{"brussels": "European Union"}

// seatOf: the capital l, as a speaker, is the body seated there when the
// story names that body elsewhere ("the European Commission ... Brussels
// said"), not the host state's government.
func (st *docState) seatOf(l lexItem) (Actor, bool) {
	name, ok := seats[strings.Join(st.words(l.a, l.b), " ")]
	if !ok {
		return Actor{}, false
	}
	body, ok := st.kb.Actor(name)
	if !ok {
		return Actor{}, false
	}
	for _, o := range st.lex {
		if o.a == l.a {
			continue
		}
		for _, h := range o.hits {
			if h.kind == hitActor && st.kb.Actors[h.idx].Side == body.Side {
				return body, true
			}
		}
	}
	return Actor{}, false
}

// closeTo: the mention i, resolved with a side, follows "close to"
// after an unnamed official or source: that one speaks for i's body ("a
// Palestinian official close to the group said" of Hamas, "a security
// source close to the army"), not for the state of its demonym. Done as
// the anaphora are resolved, so that "The official said" after it refers
// to the body.
func (st *docState) closeTo(i int) {
	n := st.ments[i]
	if !n.resolved || n.side == "" || n.actor == "" || n.a < 3 || st.tokNorm(n.a-2) != "close" || st.tokNorm(n.a-1) != "to" {
		return
	}
	for j := range st.ments {
		m := &st.ments[j]
		if m.b != n.a-2 || !m.resolved || m.kind == parallax.KindPerson || m.kind == parallax.KindGPE || m.inst == "" {
			continue
		}
		m.actor, m.side, m.kind, m.inst = n.actor, n.side, n.kind, n.inst
		if n.kind == parallax.KindPerson {
			// a person's entourage speaks for the person's government
			if ci, ok := st.kb.bySide[n.side]; ok {
				m.actor, m.kind = st.bodyName(ci, "gov")
				m.inst = "gov"
			}
		}
	}
}

// storyStateOffices are the offices of a state that news names by title
// alone for its own state ("The Foreign Secretary said", "the defence
// minister told parliament"): one holder on a day.
var storyStateOffices = map[string]bool{
	"president": true, "vice president": true, "prime minister": true, "foreign minister": true,
	"defence minister": true, "interior minister": true, "army chief": true,
}

// storyOffice: a definite title no one in the text held before, speaking
// ("The Foreign Secretary said" in a story on Britain's policy), names the
// holder of that office in the story's state on its day, when the
// knowledge base lists exactly one.
func (st *docState) storyOffice(m *mention) {
	if m.inQuote || m.a > 0 && formerWords[st.tokNorm(m.a-1)] || !storyStateOffices[m.role] || !st.spoke(*m) {
		// a title that does not speak may name the office rather than
		// its holder ("The President has that pulpit")
		return
	}
	// the dateline's state first: a reporter titles his own state's
	// officials without it ("YEREVAN - The Prime Minister said" in a
	// story naming Azerbaijan more)
	side := st.datelineState()
	if side == "" {
		side = st.dominantState()
	}
	if side == "" || st.tokNorm(m.b-1) == "chancellor" && side != "DEU" && side != "AUT" {
		return // Britain's chancellor is its finance minister
	}
	if p, ok := st.kb.OfficeHolder(side, m.role, st.day); ok {
		m.actor, m.kind, m.side, m.resolved = p.Name, parallax.KindPerson, p.Side, true
	}
}

// publisherOffice: a capitalised title no one in the text held before ("The
// Foreign Secretary said:") in a government's own release names that
// government's office holder on the day. A release about another country
// names its own ministers so, and the country it is about may dominate
// its mentions.
func (st *docState) publisherOffice(m *mention) {
	side := st.publisherSide()
	if side == "" || m.inQuote || m.a > 0 && formerWords[st.tokNorm(m.a-1)] || !st.toks[m.b-1].Cap {
		return
	}
	if p, ok := st.kb.OfficeHolder(side, m.role, st.day); ok {
		m.actor, m.kind, m.side, m.resolved = p.Name, parallax.KindPerson, p.Side, true
		return
	}
	// an undated release's lead ("Foreign Secretary welcomes ...
	// NAME said:"): the holder of the office the next sentences name,
	// else the first of the government's people the next sentence names
	// (the base may list that minister without the portfolio)
	if st.day != "" {
		return
	}
	next := -1
	for j, a := range st.ments {
		if a.a <= m.a || a.sent > m.sent+2 || !a.resolved || a.side != side || a.kind != parallax.KindPerson || a.actor == "" {
			continue
		}
		if st.holds(a, m.role) {
			next = j
			break
		}
		if next < 0 && a.sent == m.sent+1 {
			next = j
		}
	}
	if next >= 0 {
		a := st.ments[next]
		m.actor, m.kind, m.side, m.resolved = a.actor, parallax.KindPerson, a.side, true
	}
}

// releaseLeadTitle: in a government's own release a capitalised title
// opens a sentence without a determiner ("Foreign Secretary welcomes
// new sanctions"), the headline style of a release's lead.
func (st *docState) releaseLeadTitle(a int) bool {
	if !st.toks[a].Cap || a > 0 && st.sentOf[a-1] == st.sentOf[a] {
		return false
	}
	return st.publisherSide() != ""
}

func (st *docState) antecedent(i int) int {
	m := st.ments[i]
	compatible := func(a mention) bool {
		if !a.resolved || a.actor == "" || (m.anaphor == "he" && (st.ofOutlet(a) || st.byline(a))) {
			return false // a story's "he" is not its own reporter
		}
		switch m.anaphor {
		case "he":
			// (not a name that only names a family: "the Vessen family")
			return a.kind != parallax.KindGPE && a.kind != parallax.KindLocation && !(a.kind == parallax.KindPerson && familyWords[st.tokNorm(a.b)])
		case "it":
			// (a group's fighters named by a plural noun are "they":
			// "35 khwarij were killed, it added" is the speaker's "it")
			return a.kind != parallax.KindPerson && !st.pluralFighters(a)
		case "they":
			return a.kind != parallax.KindPerson
		case "group":
			return a.kind == parallax.KindGroup
		case "org":
			return a.kind == parallax.KindOrganization && a.side != "" || a.kind == parallax.KindGovernment && a.inst == ""
		case "statement":
			// (not the outlet or the wire of the dateline when it has
			// no side: "RABAT (AFP) - ... the statement said" is the
			// authorities'; a state's agency, "(KCNA)", publishes its
			// state's statements)
			return (a.kind == parallax.KindGovernment || a.kind == parallax.KindMilitary || a.kind == parallax.KindOrganization) && !(a.side == "" && (st.ofOutlet(a) || st.datelineWire(a)))
		case "official":
			// an armed group's officials too ("a senior Hamas official
			// said ... The official added")
			if st.governmentOfficial(m) {
				// "A government spokesman said" after "The World Food
				// Programme said": a state's, not the UN agency's
				if _, state := st.kb.bySide[a.side]; !state {
					return false
				}
			}
			return a.kind == parallax.KindGovernment || a.kind == parallax.KindMilitary || a.kind == parallax.KindOrganization || a.kind == parallax.KindGroup
		case "inst":
			// "the military" after "the Israeli military", which the
			// knowledge base names as an armed force of its own ("Israel
			// Defense Forces") rather than as a state's body
			return sameBody(m.inst, a.inst) || m.inst == "army" && a.inst == "" && a.kind == parallax.KindMilitary
		}
		return false
	}
	if m.anaphor == "role" && m.a > 0 && formerWords[st.tokNorm(m.a-1)] {
		// "the former foreign minister": no one in office now, the subject
		// of a sentence just before first ("NAME says ... The French
		// politician, who may challenge PRESIDENT, ... The former French
		// foreign minister told")
		// A person the story itself introduced as a former holder
		// ("Former Kazakh foreign minister NAME attended ... Foreign
		// Minister NAME2 said ... The former minister told") comes
		// first, past a serving one named in between.
		former := st.namedFormerActors()
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-8 {
				break
			}
			if a.resolved && !a.inQuote && a.kind == parallax.KindPerson && former[a.actor] && !st.inOffice(a.actor) {
				return j
			}
		}
		for _, subj := range []bool{true, false} {
			for j := i - 1; j >= 0; j-- {
				a := st.ments[j]
				if a.sent < m.sent-4 {
					break
				}
				if a.resolved && !a.inQuote && a.kind == parallax.KindPerson && a.actor != "" && (a.subject || !subj) && !st.inOffice(a.actor) {
					return j
				}
			}
		}
		return -1
	}
	if m.anaphor == "role" {
		// "the Foreign Secretary" is no foreign minister of a state that
		// titles its ministers otherwise ("Iraqi Foreign Minister NAME
		// ... The Foreign Secretary underlined the UK's commitment")
		secretary := st.toks[m.b-1].Norm == "secretary" && secretaryMinisters[m.role]
		for j := i - 1; j >= 0; j-- {
			if a := st.ments[j]; a.resolved && st.holds(a, m.role) && (!secretary || secretaryStates[a.side] || secretariatStates[a.side]) {
				return j
			}
		}
		// the person the text titled so a few sentences before ("Lt.
		// Gen. Marcus Hale ... The Air Force general said"; "NAME, the
		// interior minister, ... The minister said")
		head := st.toks[m.b-1].Norm
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-4 {
				break
			}
			if a.resolved && !a.inQuote && a.kind == parallax.KindPerson && a.b-a.a >= 2 && st.titledAs(a, head) {
				return j
			}
		}
		// an office holder the text titled without a name ("the country's
		// information minister shared a video ... The minister said")
		title, _, _ := strings.Cut(m.role, "@")
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-4 {
				break
			}
			if t, _, _ := strings.Cut(a.role, "@"); a.resolved && !a.inQuote && a.actor != "" && a.anaphor == "" && t == title && title != "" {
				return j
			}
		}
		return -1
	}
	if m.anaphor == "described" {
		return st.describedAntecedent(i)
	}
	if m.anaphor == "official" {
		return st.officialAntecedent(i, compatible)
	}
	if m.anaphor == "head" {
		return st.nameHeadAntecedent(i)
	}
	if m.anaphor == "portfolio" {
		// the person last titled with the same portfolio word, a few
		// sentences back at most
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-8 {
				break
			}
			if a.resolved && a.kind == parallax.KindPerson && a.actor != "" && a.b-a.a >= 2 && st.portfolioBefore(a.a, m.role) {
				return j
			}
		}
		return -1
	}
	if m.anaphor == "group" || m.anaphor == "org" {
		// the body that spoke last, a sentence or two back, decides
		// first: "GROUP said in a statement on its radio station that
		// ... The group said" is the group, not its outlet; "Human
		// Rights Watch said ... the militants ... The group said" is no
		// armed group
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-3 {
				break
			}
			if a.sent == m.sent || a.inQuote || !a.resolved || a.actor == "" || !st.spoke(a) {
				continue
			}
			if m.role == "armed" && a.kind != parallax.KindGroup {
				continue // "the paramilitary group" past a doctors' network that spoke
			}
			if a.kind == parallax.KindGroup || a.kind == parallax.KindOrganization || a.kind == parallax.KindGovernment && a.inst == "" {
				if compatible(a) {
					return j
				}
				// a group's own outlet that spoke for it ("ISWAP, in a
				// statement released through Amaq, the news agency of
				// the Islamic State, claimed ... the group claimed"):
				// the group of its side in that sentence
				for k := j - 1; k >= 0 && a.side != "" && st.ments[k].sent == a.sent; k-- {
					if g := st.ments[k]; g.side == a.side && !g.inQuote && compatible(g) {
						return k
					}
				}
				return -1
			}
		}
		// then the nearest group or organisation: "Human Rights
		// Watch ... the group said" is no armed group named earlier
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-3 {
				break
			}
			if a.inQuote || !a.resolved || a.actor == "" || m.role == "armed" && a.kind != parallax.KindGroup {
				continue
			}
			if a.kind == parallax.KindGroup || a.kind == parallax.KindOrganization || a.kind == parallax.KindGovernment && a.inst == "" {
				if compatible(a) {
					return j
				}
				return -1
			}
		}
		return -1
	}
	if m.anaphor == "inst" && st.tokNorm(m.b) == "of" && m.b+1 < len(st.toks) && st.toks[m.b+1].Word {
		// "the General Staff of the Armed Forces of Ukraine": the body of
		// the one named after it, no body named before
		return -1
	}
	if m.anaphor == "inst" {
		if j := st.sameNamedBody(i); j >= 0 {
			return j
		}
	}
	if m.anaphor == "inst" {
		// the body that spoke or acted as the subject of a sentence just
		// before ("The Russian military said it hit sites of the
		// Ukrainian army. The military added"), then the nearest
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-2 {
				break
			}
			if a.subject && !a.inQuote && compatible(a) {
				return j
			}
		}
		// further back, a reporter names the bodies of the state of the
		// dateline by their kind and the other states' with their state
		// ("YEREVAN ... the Ministry of Defense of Armenia said ... The
		// Ministry of Defense of Azerbaijan claimed ... In the evening,
		// the Defense Ministry reported"): the dateline state's body first
		if home := st.datelineState(); home != "" {
			for j := i - 1; j >= 0; j-- {
				if a := st.ments[j]; a.side == home && compatible(a) {
					return j
				}
			}
		}
		for j := i - 1; j >= 0; j-- {
			if compatible(st.ments[j]) {
				return j
			}
		}
		return -1
	}
	if (m.anaphor == "it" || m.anaphor == "they") && st.reportsAfter(m.b) {
		// "it said", "it added": the body that spoke last, a sentence or
		// two back, not a party its statement was about ("the ISPR said
		// ... from the killed khwarij, the ISPR said ... it added"; "the
		// ministry said in a statement that the army had ... It said")
		// (the subject of its own sentence comes first: "The ministry
		// has released footage of the attack, it says")
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-2 {
				break
			}
			if a.inQuote || !compatible(a) || st.datelineMention(a) {
				continue
			}
			if a.sent == m.sent && a.subject || a.sent < m.sent && st.spoke(a) {
				return j
			}
			// a state body named as the subject of the sentence just
			// before, which introduces its account without a reporting
			// verb ("The Azerbaijani Defense Ministry gave a different
			// account. It said"), past the other party's ministry that
			// spoke before it
			if a.sent == m.sent-1 && a.subject && a.anaphor == "" && (a.kind == parallax.KindGovernment || a.kind == parallax.KindMilitary) {
				return j
			}
		}
	}
	if m.anaphor == "statement" {
		// "the report says" after "the General Staff ... reported": the
		// body that spoke last, three sentences back at most, before any
		// subject that did not speak ("Russian troops attacked 90 times,
		// the General Staff reported ... the report says")
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-3 {
				break
			}
			if !a.inQuote && a.sent < m.sent && compatible(a) && st.spoke(a) {
				return j
			}
		}
	}
	// the subject of this sentence before the anaphor, then of the two
	// sentences before; a person first for "he"/"she".
	passes := []func(a mention) bool{compatible}
	if m.anaphor == "he" {
		// a person the story gives the other gender is no antecedent
		// ("Ms. NAME" for "he")
		g := pronounGender(st.toks[m.a].Norm)
		person := func(a mention) bool {
			return compatible(a) && a.kind == parallax.KindPerson && (st.gender[a.actor] == 0 || st.gender[a.actor] == g)
		}
		// a "she" that speaks, with a woman the story named as such
		// (spokeswoman, Ms., "said she") speaking in the four
		// sentences before: she, past people the story gave no gender
		// (not a woman who did not speak: "Her mother, NAME, stood
		// beside her. '...,' she said" is the speaker's).
		// Most people the news quotes are men, so one of no stated
		// gender named in between is less likely the "she" than the
		// woman; "he" keeps the nearest person, as men are the many.
		if g == 'f' && st.reportsAfter(m.b) {
			for j := i - 1; j >= 0; j-- {
				a := st.ments[j]
				if a.sent < m.sent-4 {
					break
				}
				if !a.inQuote && compatible(a) && a.kind == parallax.KindPerson && st.gender[a.actor] == 'f' && st.spoke(a) {
					return j
				}
			}
		}
		// "he added", "she continued": the last person who spoke, not
		// someone a sentence in between was about (when the subject
		// before did not speak)
		subj := -1
		for j := i - 1; j >= 0; j-- {
			if a := st.ments[j]; a.sent < m.sent-2 {
				break
			} else if a.subject && person(a) {
				subj = j
				break
			}
		}
		// (also a quote's "she said" after a relative of the speaker is
		// brought in: "NAME told the crowd ... Her mother, NAME2, stood
		// beside her. \"...,\" she said")
		kin := subj >= 0 && st.kinApposition(st.ments[subj]) && st.reportsAfter(m.b)
		if (continuationVerbs[st.tokNorm(m.b)] || kin) && (subj < 0 || !st.spoke(st.ments[subj])) {
			for j := i - 1; j >= 0; j-- {
				a := st.ments[j]
				if a.sent < m.sent-2 {
					break
				}
				if a.sent < m.sent && !a.inQuote && person(a) && st.spoke(a) {
					return j
				}
			}
		}
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-2 {
				break
			}
			if a.subject && person(a) {
				return j
			}
		}
		// a person named a little further back (inside a quote only as
		// the speaker of a quote the writer left unclosed: '"... Italy,
		// NAME said.')
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-4 {
				break
			}
			if (!a.inQuote || st.reportsAfter(a.b)) && person(a) {
				return j
			}
		}
		if st.unknownNameNear(m) {
			return -1
		}
		// a pronoun whose gender rules out the people near it stands for
		// none of them, and for no body either
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-4 {
				break
			}
			if !a.inQuote && compatible(a) && a.kind == parallax.KindPerson && !person(a) {
				// ... unless the story gave this gender to a person
				// who spoke further back: '"...," he said' after a
				// woman's quotes is the last man who spoke
				if g != 0 && m.sent > 0 && st.reportsAfter(m.b) {
					for j := i - 1; j >= 0; j-- {
						b := st.ments[j]
						if b.sent < m.sent-12 {
							break
						}
						if !b.inQuote && compatible(b) && b.kind == parallax.KindPerson && st.gender[b.actor] == g && st.spoke(b) {
							return j
						}
					}
				}
				return -1
			}
		}
		// translated agency copy says "he" for a ministry or an army; never
		// for a group or a country
		passes = []func(a mention) bool{func(a mention) bool {
			// (never for the prosecutors or papers of a case: "he" there is the accused)
			return compatible(a) && (a.kind == parallax.KindGovernment || a.kind == parallax.KindMilitary || a.kind == parallax.KindOrganization) && a.inst != "prosecutor" && a.inst != "court"
		}}
	}
	for _, ok := range passes {
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-2 {
				break
			}
			if a.subject && ok(a) {
				return j
			}
		}
	}
	for j := i - 1; j >= 0; j-- {
		a := st.ments[j]
		if a.sent < m.sent-2 {
			break
		}
		if !a.inQuote && passes[len(passes)-1](a) {
			return j
		}
	}
	// a statement or finding spoken of again a few sentences on ("This
	// investigation has concluded ... This report makes clear")
	if m.anaphor == "statement" {
		for j := i - 1; j >= 0; j-- {
			a := st.ments[j]
			if a.sent < m.sent-5 {
				break
			}
			if a.anaphor == "statement" && compatible(a) {
				return j
			}
		}
	}
	return -1
}

// kinNouns name a relative ("Her mother, NAME", "his son NAME").
var kinNouns = map[string]bool{
	"mother": true, "father": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"wife": true, "husband": true, "grandmother": true, "grandfather": true, "aunt": true, "uncle": true,
	"cousin": true, "niece": true, "nephew": true, "grandson": true, "granddaughter": true, "parents": true,
}

// kinApposition: the person mention is introduced as a relative of
// someone a pronoun names ("Her mother, NAME," "his brother NAME").
func (st *docState) kinApposition(a mention) bool {
	k := a.a - 1
	if k >= 0 && st.toks[k].Text == "," {
		k--
	}
	if k < 1 || st.sentOf[k] != a.sent || !kinNouns[st.tokNorm(k)] {
		return false
	}
	switch st.tokNorm(k - 1) {
	case "her", "his", "their":
		return true
	}
	return false
}

// pressTitles are the words that end a newspaper's name after a place
// ("Cambodia Daily", "Kyiv Independent", "Jerusalem Post").
var pressTitles = map[string]bool{
	"daily": true, "times": true, "post": true, "herald": true, "tribune": true, "independent": true,
	"gazette": true, "observer": true, "standard": true, "today": true, "chronicle": true, "courier": true,
	"telegraph": true, "mirror": true, "journal": true, "monitor": true, "express": true, "sun": true,
}

// pressTitleAfter: the end of a newspaper's name made of the lex item l (a
// country or capital) and a capitalised press word after it, else l.b.
func (st *docState) pressTitleAfter(l lexItem) int {
	if l.b >= len(st.toks) || st.sentOf[l.b] != st.sentOf[l.a] {
		return l.b
	}
	if t := st.toks[l.b]; t.Cap && t.Word && pressTitles[t.Norm] && (l.a == 0 || st.tokNorm(l.a-1) != "'s") {
		return l.b + 1
	}
	return l.b
}

// insideLongerPlace: the lex item's words end a longer name the geoparser
// placed ("Sudan" of "Port Sudan"): the town, not the country.
func (st *docState) insideLongerPlace(l lexItem) bool {
	lo, hi := st.toks[l.a].Start, st.toks[l.b-1].End
	for _, p := range st.doc.Places {
		if p.Start < lo && hi <= p.End {
			return true
		}
	}
	return false
}

// datelineWire: the mention is the agency in brackets of the story's
// first dateline ("RABAT (AFP) -", "KYIV, March 3 (Reuters) -").
func (st *docState) datelineWire(a mention) bool {
	if len(st.datelines) == 0 || a.a >= a.b || a.b > len(st.toks) {
		return false
	}
	d, t := st.datelines[0], st.doc.Text
	return d.Credit.Start > 0 && t[d.Credit.Start-1] == '(' && d.Credit.Contains(st.span(a.a, a.b))
}

// span is the text span of tokens [a, b).
func (st *docState) span(a, b int) parallax.Span {
	return parallax.Span{Start: st.toks[a].Start, End: st.toks[b-1].End}
}

// pluralFighters: the mention names an armed group by a plural noun for
// its fighters, a state's word for them ("khwarij", "the Khawarij"),
// which "it" cannot stand for.
func (st *docState) pluralFighters(a mention) bool {
	return a.kind == parallax.KindGroup && a.b-a.a == 1 && fighterPlurals[st.tokNorm(a.a)]
}

// fighterPlurals are the designations of armed groups that name their
// fighters (data/actors/orgs.tsv), plural nouns.
var fighterPlurals = map[string]bool{"khawarij": true, "khwarij": true, "khawaarij": true, "kharijis": true, "kharijites": true}

// datelineMention: the mention is the dateline's wire ("(Reuters)") or
// its place written in capitals at the story's start ("PORT SUDAN,",
// "MOGADISHU -"), which is no subject of the lead: "PORT SUDAN (Reuters)
// - Sudan's foreign ministry said ... It said" is the ministry.
func (st *docState) datelineMention(a mention) bool {
	if st.datelineWire(a) {
		return true
	}
	if a.a != 0 || a.b > len(st.toks) {
		return false
	}
	d, ok := dateline.Opening(st.datelines, st.toks[0].Start)
	return ok && d.Caps && d.Places[0].Contains(st.span(a.a, a.b))
}

// officialAntecedent finds the body an unnamed official speaks for: the
// body of the last "BODY official" phrase in the three sentences before
// ("a senior State Department official told ... The official added"),
// else the subject of this sentence or the one before when it is a body
// with a side ("the State Department told VOA ... A spokesperson said").
func (st *docState) officialAntecedent(i int, compatible func(mention) bool) int {
	m := st.ments[i]
	for j := i - 1; j >= 0; j-- {
		a := st.ments[j]
		if a.sent < m.sent-3 {
			break
		}
		if !compatible(a) || a.side == "" {
			continue
		}
		if a.b > a.a && unnamedOfficials[st.toks[a.b-1].Norm] && st.toks[a.b-1].Norm != "envoy" {
			return j // "a Palestinian official said ... The official said"
		}
		for k := a.b; k < len(st.toks) && k <= a.b+2 && st.toks[k].Word; k++ {
			if unnamedOfficials[st.toks[k].Norm] || st.toks[k].Norm == "officials" {
				return j
			}
		}
	}
	for j := i - 1; j >= 0; j-- {
		a := st.ments[j]
		if a.sent < m.sent-1 {
			break
		}
		if a.subject && !a.inQuote && compatible(a) && a.side != "" && st.reportsAfter(a.b) {
			return j
		}
	}
	return -1
}

// reportsAfter: a reporting verb follows token i, perhaps after an
// auxiliary or adverb ("the State Department told VOA", "the ministry has
// said"): the body before it spoke.
func (st *docState) reportsAfter(i int) bool {
	for k := i; k < len(st.toks) && k <= i+2; k++ {
		w := st.tokNorm(k)
		switch w {
		case "launched", "attacked", "supported", "sent", "wants", "wanted", "shelled", "struck":
			return false
		}
		if verbAfterSubject[w] && !isAuxiliary(w) {
			return true
		}
		if !st.toks[k].Word {
			return false
		}
	}
	return false
}

// unknownNameNear: a name the knowledge base does not know stands in the
// pronoun's sentence or the two before it.
func (st *docState) unknownNameNear(m mention) bool {
	for _, r := range st.unknownNames {
		s := st.sentOf[r[0]]
		if r[0] < m.a && s >= m.sent-2 {
			return true
		}
	}
	return false
}

// sameBody: a bare body noun refers to a body of the same type; a bare
// "ministry" matches any ministry.
func sameBody(anaphor, antecedent string) bool {
	if anaphor == antecedent {
		return antecedent != ""
	}
	return anaphor == "ministry" && strings.HasPrefix(institutionName[antecedent].pattern, "%s Ministry")
}

// emit writes the resolved mentions into doc.Entities: onto an entity of
// an earlier stage that covers the mention, else as a new entity.
func (st *docState) emit() {
	st.spreadPersonSides()
	n := 0
	for _, e := range st.doc.Entities {
		if strings.HasPrefix(e.ID, "a") {
			if k, err := strconv.Atoi(e.ID[1:]); err == nil && k > n {
				n = k
			}
		}
	}
	for _, m := range st.ments {
		if !m.resolved || m.actor == "" {
			continue
		}
		j := st.coveringEntity(m.Span)
		if j >= 0 && m.kind == parallax.KindPerson {
			e := &st.doc.Entities[j]
			switch {
			case e.Start == m.Start && e.End == m.End:
			case e.Start == m.Start && e.End == m.End+1 && st.doc.Text[m.End:e.End] == "." && generational[st.tokNorm(m.b-1)]:
				// the recogniser kept the full stop of a generational
				// suffix ("Ferdinand Marcos Jr."), the lookup's name ends
				// before it: the same person
			case e.End == m.End && st.titleOnly(e.Start, m.Start):
				// the recogniser took the title into the name ("Prime
				// Minister Nikol Pashinyan"): the person is the name
				e.Start, e.Text = m.Start, st.doc.Text[m.Start:m.End]
			case e.End == m.End && st.portfolioTaken(e, m):
				// the recogniser took the title's portfolio into the name
				// ("Africa Lord Collins" after "Minister for"): the
				// person is the name
				e.Start, e.Text = m.Start, st.doc.Text[m.Start:m.End]
			default:
				st.officeOfTitle(e, m)
				j = -1 // a person inside a larger entity gets its own
			}
		}
		if j < 0 && m.kind == parallax.KindPerson {
			// the recogniser cut the name short ("Col. John" of "Col.
			// John “J.D.” Dorrian", "Haq Haqmal" of "Zia-ul Haq Haqmal"):
			// its entity takes the whole name
			j = st.truncatedPerson(m.Span)
			if j >= 0 {
				e := &st.doc.Entities[j]
				e.Start, e.End, e.Text = m.Start, m.End, st.doc.Text[m.Start:m.End]
			}
		}
		if j >= 0 && st.placeComplement(st.doc.Entities[j], m) {
			continue
		}
		if j >= 0 {
			e := &st.doc.Entities[j]
			e.Actor, e.Side = m.actor, m.side
			if !((e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation) && (m.kind == parallax.KindGPE || m.kind == parallax.KindGovernment)) {
				e.Kind = m.kind
			}
			continue
		}
		// a recogniser's entity inside the mention that is its head noun
		// ("Defense Ministry" in "the Azerbaijani Defense Ministry")
		for j := range st.doc.Entities {
			e := &st.doc.Entities[j]
			if !strings.HasPrefix(e.ID, "a") && e.Actor == "" && m.Start <= e.Start && e.End == m.End && m.kind != parallax.KindPerson && m.kind != parallax.KindGPE {
				e.Actor, e.Side, e.Kind = m.actor, m.side, m.kind
			}
			// a recogniser's organisation cut inside a word ("CJTF" of
			// "CJTF-OIR")
			if !strings.HasPrefix(e.ID, "a") && e.Actor == "" && e.Start == m.Start && e.End < m.End && e.Kind == parallax.KindOrganization &&
				m.kind != parallax.KindPerson && m.kind != parallax.KindGPE && st.insideWord(e.End) {
				e.End, e.Text = m.End, st.doc.Text[m.Start:m.End]
				e.Actor, e.Side, e.Kind = m.actor, m.side, m.kind
			}
		}
		n++
		st.doc.Entities = append(st.doc.Entities, parallax.Entity{
			ID: "a" + strconv.Itoa(n), Start: m.Start, End: m.End, Text: st.doc.Text[m.Start:m.End],
			Kind: m.kind, Actor: m.actor, Side: m.side,
		})
	}
}

// placeComplement: the place mention m lies inside the name of a body
// that another mention opens, after "in" ("UN Human Rights Monitoring
// Mission in Ukraine", "United Nations Assistance Mission in
// Afghanistan"): the place says where the body works, and the body
// (the UN's) names the entity, not the place.
func (st *docState) placeComplement(e parallax.Entity, m mention) bool {
	if m.kind != parallax.KindGPE || m.Start <= e.Start || m.a < 1 || st.toks[m.a-1].Norm != "in" {
		return false
	}
	for _, o := range st.ments {
		if o.resolved && o.actor != "" && o.Start == e.Start && o.End < m.Start && o.kind != parallax.KindGPE && o.kind != parallax.KindPerson {
			return true
		}
	}
	return false
}

// policeName: the words end in a police body's name ("... Police",
// "... Police Command", "... Police Force", "... Police Service").
func policeName(ws []string) bool {
	n := len(ws)
	if n < 2 {
		return false
	}
	last := strings.ToLower(ws[n-1])
	if last == "police" {
		return true
	}
	switch last {
	case "command", "force", "service", "department", "headquarters":
		return strings.ToLower(ws[n-2]) == "police" && n >= 3
	}
	return false
}

// ofCountryAfter is the side of the state named by "of (the) COUNTRY"
// from token b ("Authority of Thailand"), or "".
func (st *docState) ofCountryAfter(b int) string {
	if b >= len(st.toks) || st.tokNorm(b) != "of" || st.sentOf[b] != st.sentOf[b-1] {
		return ""
	}
	k := b + 1
	if st.tokNorm(k) == "the" {
		k++
	}
	if k >= len(st.toks) || !st.toks[k].Cap {
		return ""
	}
	l, ok := st.lexStarting(k)
	if !ok {
		return ""
	}
	ch, ok := l.countryHit()
	if !ok || l.b < len(st.toks) && st.toks[l.b].Cap && st.sentOf[l.b] == st.sentOf[k] {
		return "" // "of Thailand Airways": a longer name
	}
	c := st.kb.Countries[ch.idx]
	if l.b > k+1 || st.toks[k].Norm == Fold(c.Name) || strings.EqualFold(st.toks[k].Text, c.Name) {
		return c.Side
	}
	if st.countryNameAt(k, l.b) {
		return c.Side
	}
	return ""
}

// ofCountryWithin is the side of the state that ends the organisation's
// name [a, b) after "of", when the words before "of" end in a public
// body's head ("Tourism Authority of Thailand", "Marine Department of
// Peru"), or "".
func (st *docState) ofCountryWithin(a, b int) string {
	for k := a + 1; k+1 < b; k++ {
		if st.tokNorm(k) != "of" {
			continue
		}
		head := st.words(a, k)
		if !stateAgencyName(head) {
			return "" // "Human Rights Commission of Pakistan", "Distilled Spirits Council of the United States"
		}
		c := k + 1
		if st.tokNorm(c) == "the" {
			c++
		}
		l, ok := st.lexStarting(c)
		if !ok || l.b != b {
			return ""
		}
		ch, ok := l.countryHit()
		if !ok || !st.countryNameAt(c, b) {
			return ""
		}
		return st.kb.Countries[ch.idx].Side
	}
	return ""
}

// nonStateBodyWords mark bodies of civil society, the professions,
// business and sport whose names end like a state body's ("Human Rights
// Commission of Pakistan", "Bar Council of India", "Olympic Committee of
// Kenya").
var nonStateBodyWords = map[string]bool{
	"rights": true, "bar": true, "chamber": true, "olympic": true, "football": true, "cricket": true, "students": true,
	"independent": true, "church": true, "churches": true, "bishops": true, "islamic": true, "ulema": true, "trade": true,
	"workers": true, "press": true, "media": true, "medical": true, "private": true,
}

// stateAgencyHeads end the names of a state's agencies; councils,
// committees, corps and courts are left out: industries, sports, artists
// and churches name theirs so as well ("Distilled Spirits Council of the
// United States").
var stateAgencyHeads = map[string]bool{
	"authority": true, "ministry": true, "agency": true, "department": true, "directorate": true, "commission": true,
	"service": true, "inspectorate": true, "bureau": true, "administration": true, "secretariat": true, "police": true,
	"gendarmerie": true,
}

// stateAgencyName: a body's name ends in one of stateAgencyHeads and holds
// no word of civil society ("Tourism Authority", "Revenue Service").
func stateAgencyName(words []string) bool {
	return len(words) >= 2 && stateAgencyHeads[words[len(words)-1]] && !civilSociety(words) && !nonStateBody(words)
}

// nonStateBody: a body's name holds one of nonStateBodyWords.
func nonStateBody(words []string) bool {
	for _, w := range words {
		if nonStateBodyWords[w] {
			return true
		}
	}
	return false
}

// stateDomainWords are the fields a state's agency named "FIELD
// COUNTRY" runs ("Health Canada", "Statistics Norway", "Food Standards
// Australia New Zealand"); firms, sports bodies and charities named so
// ("Air Canada", "Cricket Australia", "Oxfam Australia") take none of
// them.
var stateDomainWords = map[string]bool{
	"health": true, "statistics": true, "transport": true, "tourism": true, "infrastructure": true, "parks": true,
	"fisheries": true, "geoscience": true, "customs": true, "immigration": true, "standards": true, "biosecurity": true,
}

// domainCountryName is the side of the state whose name follows a field
// of state work in an organisation's name [a, b) ("Health Canada", "Food
// Standards Australia New Zealand": the first state named), or "".
func (st *docState) domainCountryName(a, b int) string {
	for k := a + 1; k < b; k++ {
		if !st.toks[k].Cap {
			return ""
		}
		l, ok := st.lexStarting(k)
		if !ok || !st.countryNameAt(k, l.b) || l.b > b {
			continue
		}
		if !stateDomainWords[st.tokNorm(k-1)] {
			return ""
		}
		ch, _ := l.countryHit()
		return st.kb.Countries[ch.idx].Side
	}
	return ""
}

// localBodyTails are the ends of the names of a town's, city's or
// county's own public bodies ("Independent School District", "Fire
// Department", "City Council"), which private bodies do not take.
var localBodyTails = [][]string{
	{"school", "district"}, {"school", "board"}, {"board", "of", "education"}, {"public", "schools"},
	{"fire", "department"}, {"fire", "service"}, {"sheriff", "'s", "office"}, {"sheriff", "’s", "office"}, {"sheriff", "'s", "department"},
	{"city", "council"}, {"town", "council"}, {"county", "council"}, {"municipal", "council"}, {"city", "hall"},
	{"county", "commission"}, {"county", "government"}, {"city", "government"}, {"municipal", "government"},
}

// localBodyName: an organisation's name is a local public body's: a
// word or more before one of localBodyTails.
func localBodyName(ws []string) bool {
	for _, tail := range localBodyTails {
		if len(ws) <= len(tail) {
			continue
		}
		ok := true
		for k, w := range tail {
			if strings.ToLower(ws[len(ws)-len(tail)+k]) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// localBodySide is the side of the state where the place that opens a
// local body's name lies: a place the geoparser found there, or one of
// the same name elsewhere in the story; "" when none, or when the place
// lies in a region held by de facto authorities.
func (st *docState) localBodySide(e parallax.Entity) string {
	country := ""
	for _, p := range st.doc.Places {
		if p.Country == "" || p.Text == "" || !strings.HasPrefix(e.Text, p.Text+" ") {
			continue
		}
		if p.Start != e.Start && p.Start >= e.Start && p.End <= e.End {
			continue // a place inside the name but not at its start
		}
		if deFactoRegions[p.Admin1] || deFactoRegions[p.Text] {
			return ""
		}
		if country == "" {
			country = p.Country
		} else if country != p.Country {
			return "" // namesakes in two states
		}
	}
	c, ok := st.kb.CountryOfISO2(country)
	if !ok {
		return ""
	}
	return c.Side
}

// truncatedPerson returns the index of a recogniser's person entity that
// covers part of the name sp and, before it, at most a title, or -1.
func (st *docState) truncatedPerson(sp parallax.Span) int {
	for i, e := range st.doc.Entities {
		if strings.HasPrefix(e.ID, "a") || e.Kind != parallax.KindPerson || e.End > sp.End || e.End <= sp.Start {
			continue
		}
		if e.Start >= sp.Start || st.titleOnly(e.Start, sp.Start) {
			return i
		}
	}
	return -1
}

// storyBodyWord: the recogniser's organisation [a, b) is one capitalised
// word that names a state's body by its kind ("Army", "Police"), in a
// story whose state the publisher, the dateline or the story's states
// give: that state's body.
func (st *docState) storyBodyWord(a, b int) (mention, bool) {
	if b-a != 1 || !storyBodyHeads[st.toks[a].Norm] {
		return mention{}, false
	}
	l, ok := st.lexStarting(a)
	if !ok || l.b != b {
		return mention{}, false
	}
	ih, ok := l.first(hitInstitution)
	if !ok {
		return mention{}, false
	}
	side := st.publisherSide()
	if side == "" {
		if side = st.datelineState(); side == "" {
			side = st.dominantState()
		}
	}
	ci, ok := st.kb.bySide[side]
	if !ok {
		return mention{}, false
	}
	name, kind := st.bodyName(ci, ih.code)
	return mention{a: a, b: b, actor: name, kind: kind, side: side, inst: ih.code, resolved: true}, true
}

// orgOwners finds the organisations unknown to the knowledge base that an
// article places under a state or an international body where it first
// names them ("Saudi Arabia's Civil Defense Authority", "the UN Board of
// Inquiry"): folded name -> side, for all their mentions. A state owns
// only bodies of a public kind (an authority, not "Russia's Gazprom").
func (st *docState) orgOwners() map[string]string {
	out := map[string]string{}
	ends := map[int]int{}   // token end -> sided non-person mention
	starts := map[int]int{} // token start -> same
	for i, m := range st.ments {
		if m.resolved && m.side != "" && m.kind != parallax.KindPerson {
			ends[m.b] = i
			starts[m.a] = i
		}
	}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Actor != "" {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || b <= a {
			continue
		}
		// "Zamfara State Police Command", "Kano Police Force": a police
		// named with a place is the police of the place's state
		if policeName(st.words(a, b)) {
			country := st.lastPlaceCountry(e.Start, e.End)
			for _, p := range st.doc.Places {
				if country == "" && p.Country != "" && p.Text != "" && strings.HasPrefix(e.Text, p.Text+" ") {
					country = p.Country // the place named elsewhere in the story
				}
			}
			if c, ok := st.kb.CountryOfISO2(country); ok {
				out[Fold(st.nameText(a, b))] = c.Side
				continue
			}
		}
		// "the Orlen Independent School District", "Dalby Fire
		// Department": a town's or county's own public body named after
		// it is part of the state where the place lies (not in regions
		// held by de facto authorities)
		// "the Tourism Authority of Thailand" where the recogniser cut
		// the name before "of": a public body of a state named after it
		// is that state's
		if side := st.ofCountryAfter(b); side != "" && stateAgencyName(st.words(a, b)) {
			out[Fold(st.nameText(a, b))] = side
			continue
		}
		if side := st.domainCountryName(a, b); side != "" {
			out[Fold(st.nameText(a, b))] = side
			continue
		}
		if side := st.ofCountryWithin(a, b); side != "" {
			out[Fold(st.nameText(a, b))] = side
			continue
		}
		if localBodyName(st.words(a, b)) {
			if side := st.localBodySide(e); side != "" {
				out[Fold(st.nameText(a, b))] = side
				continue
			}
		}
		if a == 0 || civilSociety(st.words(a, b)) {
			// "the Norwegian Refugee Council": a body of civil society
			// named after its country is no organ of that state
			continue
		}
		// the body's name after the owner's within the entity ("UN Board
		// of Inquiry" -> "Board of Inquiry")
		// a state's mission, embassy or court named with the state ("U.S.
		// mission", "Iranian Supreme Court") is that state's
		if mi, ok := starts[a]; ok && st.ments[mi].b < b && (st.ments[mi].kind == parallax.KindGPE || st.ments[mi].kind == parallax.KindGovernment) && stateBody(st.words(st.ments[mi].b, b)) {
			out[Fold(st.nameText(a, b))] = st.ments[mi].side
			continue
		}
		if l, ok := st.lexStarting(a); ok && l.b < b && stateBody(st.words(l.b, b)) {
			if side := st.demonymSideAnyCase(a); side != "" {
				out[Fold(st.nameText(a, b))] = side // "Iranian Supreme Court"
				continue
			}
		}
		if l, ok := st.lexStarting(a); ok && l.b < b && stateHeadBeforeOf(st.words(l.b, b)) {
			if side := st.demonymSideAnyCase(a); side != "" {
				out[Fold(st.nameText(a, b))] = side // "the Philippine Department of Migrant Workers"
				continue
			}
		}
		if mi, ok := starts[a]; ok && st.ments[mi].b < b && st.ments[mi].kind == parallax.KindOrganization && st.ments[mi].inst == "" {
			if rest := Fold(st.nameText(st.ments[mi].b, b)); out[rest] == "" {
				out[rest] = st.ments[mi].side
			}
			continue
		}
		name := Fold(st.nameText(a, b))
		if _, done := out[name]; done {
			continue
		}
		j := a
		if st.tokNorm(j-1) == "own" && (st.tokNorm(j-2) == "'s" || st.tokNorm(j-2) == "’s") {
			j-- // "Russia's own Investigative Committee"
		}
		if st.tokNorm(j-1) == "'s" || st.tokNorm(j-1) == "’s" {
			j--
		}
		mi, ok := ends[j]
		if !ok {
			continue
		}
		m := st.ments[mi]
		switch {
		case m.kind == parallax.KindOrganization && m.inst == "":
			out[name] = m.side // "the UN Board of Inquiry"
		case (m.kind == parallax.KindGPE || m.kind == parallax.KindGovernment) && publicBody(st.words(a, b)):
			out[name] = m.side
		case m.kind == parallax.KindMilitary && (publicBody(st.words(a, b)) || st.militaryUnitName(a, b)):
			out[name] = m.side // "the ENDF's Northwestern Command"
		}
	}
	return out
}

// ministryName: an organisation's name is a ministry's, written without
// its state ("Department for Education", "Ministry of Health", "Health
// Ministry").
func ministryName(words []string) bool {
	if len(words) >= 3 && (words[0] == "department" || words[0] == "ministry") && (words[1] == "of" || words[1] == "for") {
		return true
	}
	return len(words) >= 2 && words[len(words)-1] == "ministry"
}

// nationalWords open the name of a state's own public body, which a story
// about the state gives without the state ("National Task Force", "Civil
// Defence Authority", "Air Force", "Joint Command").
var nationalWords = map[string]bool{
	"national": true, "civil": true, "federal": true, "joint": true, "air": true, "internal": true,
}

// nationalBody: an organisation's name is a state's public body by its
// first word and its head ("National Maritime Council"), and no body of
// civil society ("Civil Liberties Union").
func nationalBody(words []string) bool {
	return len(words) >= 2 && nationalWords[words[0]] && publicBody(words) && !civilSociety(words) && !ministryName(words)
}

// civilSociety: an organisation's name holds a word of relief, civil
// liberties or press work ("Danish Refugee Council", "Iraqi Journalists
// Syndicate"), which no state body's name does. (A national human rights
// commission is a state institution, and keeps its state's side.)
func civilSociety(words []string) bool {
	civil := false
	for _, w := range words {
		switch w {
		case "refugee", "refugees", "relief", "rescue", "liberties", "journalists", "helsinki":
			civil = true
		case "ministry", "department", "government", "directorate", "agency", "authority", "service", "office":
			return false // "the Afghan Refugees Ministry" is the state's
		}
	}
	return civil
}

// stateBody: the words after a state's name end in a word for a body of
// that state: a public body, or a diplomatic post ("mission", "embassy").
func stateBody(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "mission", "embassy", "consulate", "delegation", "legation", "government":
		return true
	}
	return publicBody(append([]string{""}, words...))
}

// publicBody: the name of an organisation ends in a word for a public
// body ("Civil Defense Authority", "National Security Directorate").
func publicBody(words []string) bool {
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "authority", "ministry", "agency", "council", "service", "directorate", "department", "committee",
		"commission", "office", "forces", "force", "guard", "police", "command", "army", "navy", "bureau", "headquarters", "staff",
		"administration", "inspectorate", "secretariat", "corps", "gendarmerie", "prosecutor", "court", "intelligence":
		return true
	case "control", "prevention":
		// "Nigeria Centre for Disease Control (and Prevention)": a
		// state's disease-control centre is a public health agency
		for _, w := range words {
			if w == "disease" || w == "diseases" {
				return true
			}
		}
	case "institute", "centre", "center":
		// "Ethiopian Public Health Institute": a state's public health
		// institute (not a school of public health: its name ends in
		// "school" or "university")
		for k := 1; k < len(words); k++ {
			if words[k-1] == "public" && words[k] == "health" {
				return true
			}
		}
	}
	return false
}

// resolveByText gives an entity the organisation or state its whole text
// names in the knowledge base.
func (st *docState) resolveByText(e *parallax.Entity) {
	toks := Tokenize(e.Text)
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Norm)
	}
	hs := st.kb.phrases[strings.Join(words, " ")]
	if len(toks) == 1 {
		hs = append(hs, st.kb.exact[toks[0].Text]...)
	}
	for _, h := range st.applicable(hs) {
		switch h.kind {
		case hitActor:
			if a := st.kb.Actors[h.idx]; a.Kind != parallax.KindPerson {
				e.Actor, e.Side, e.Kind = a.Name, a.Side, a.Kind
				return
			}
		case hitCountry:
			c := st.kb.Countries[h.idx]
			e.Actor, e.Side = c.Name, c.Side
			return
		}
	}
}

// insideWord: byte offset i falls inside one of the stage's tokens.
func (st *docState) insideWord(i int) bool {
	k := sort.Search(len(st.toks), func(k int) bool { return st.toks[k].End > i })
	return k < len(st.toks) && st.toks[k].Start < i
}

// titleOnly: the text between byte offsets a and b holds only a title
// ("Prime Minister of Armenia", "Russian President").
func (st *docState) titleOnly(a, b int) bool {
	for i, t := range st.toks {
		if t.Start < a || t.End > b {
			continue
		}
		if _, isRole := roles[t.Norm]; isRole || t.Norm == "of" || t.Norm == "the" || t.Norm == "minister" || t.Norm == "chairman" || t.Norm == "national" || t.Norm == "assembly" {
			continue
		}
		if l, ok := st.lexStarting(i); ok && (l.has(hitDemonym) || l.has(hitCountry) || l.has(hitRole)) {
			continue
		}
		if st.cover[i] || st.leadingTitleWord(i) || t.Text == "." || honorifics[t.Norm] && t.Cap || st.burmeseAddress(t.Text) {
			continue // "Sir" of "Sir Keir Starmer", "U" of "U Khaing Thukha" is no part of the name
		}
		return false
	}
	return true
}

// leadingTitleWord: the token at i is a word of a title or rank that
// may stand before a name ("Representative", "Capt", "Navy").
func (st *docState) leadingTitleWord(i int) bool {
	w := st.toks[i].Norm
	_, isRole := roles[w]
	return st.toks[i].Word && (officialTitles[w] || usParties[w] || isRole || serviceWords[w] || titleAbbrevs[st.toks[i].Text])
}

// rankWords are military and police ranks written before a name.
var rankWords = map[string]bool{
	"colonel": true, "col": true, "general": true, "gen": true, "lieutenant": true, "lt": true,
	"major": true, "maj": true, "brigadier": true, "brig": true, "captain": true, "capt": true, "cpt": true,
	"sergeant": true, "sgt": true, "admiral": true, "adm": true, "commander": true, "cmdr": true,
	"marshal": true, "lieutenant-colonel": true, "lieutenant-general": true, "major-general": true,
	"brigadier-general": true, "commodore": true, "superintendent": true, "inspector": true,
	// a rank of the francophone armies ("Commandant NAME", a major)
	"commandant": true,
}

// rankPrefix: w opens a rank of two or three words with next ("Rear
// Admiral", "Vice Admiral", "Air Marshal", "Field Marshal", "Air Chief
// Marshal"), and not another title ("Vice President", "Air Force", "Field
// Commander").
func rankPrefix(w, next string) bool {
	switch w {
	case "rear", "vice", "air":
		// abbreviated too ("Rear Adm.", "Vice Adm.")
		return next == "admiral" || next == "adm" || next == "marshal" || next == "vice" || (w == "air" && next == "chief")
	case "field", "chief":
		return next == "marshal"
	}
	return false
}

// titleAbbrevs are upper-case abbreviations of offices written before a
// name ("former DP Rigathi Gachagua", "PM Narendra Modi"); only in capitals,
// so that "Pm" or "pm" in other senses is no title (flagged "capitals" in
// data/lexicon/titles.tsv).
var titleAbbrevs = titleAbbrevSet()

// serviceWords name an armed service or a rank before a name ("Navy
// Capt.", "Petty Officer", "Lt. Gen."), or are courtesy titles (flagged
// "prefix" in data/lexicon/titles.tsv).
var serviceWords = titleSet("prefix")

// coveringEntity returns the index of the smallest existing entity that
// covers sp, or -1.
func (st *docState) coveringEntity(sp parallax.Span) int {
	best := -1
	for i, e := range st.doc.Entities {
		if strings.HasPrefix(e.ID, "a") {
			continue
		}
		if e.Start <= sp.Start && sp.End <= e.End && (best < 0 || e.End-e.Start < st.doc.Entities[best].End-st.doc.Entities[best].Start) {
			best = i
		}
	}
	return best
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if 'A' <= r && r <= 'Z' {
			n++
		}
	}
	return n
}

// arabicArticle: "al-Assad", "el-Sisi", "ad-Din" carry a lower-case article
// inside a name.
func arabicArticle(w string) bool {
	// Every article ends in a hyphen at its third or fourth byte: most
	// words (asked for every word of lower case, names) fail this before
	// the list is walked.
	if len(w) < 5 || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "an-", "ar-", "ash-", "at-", "az-", "bin-", "ibn-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return true
		}
	}
	return false
}

// spreadPersonSides gives every mention of a person the side that one of
// their mentions established ("Nigerian Defense Minister Mohammed Badaru
// Abubakar ... Abubakar said"), when their mentions agree on one side.
func (st *docState) spreadPersonSides() {
	sides := map[string]string{}
	for _, m := range st.ments {
		if !m.resolved || m.actor == "" || m.kind != parallax.KindPerson || m.side == "" {
			continue
		}
		if old, ok := sides[m.actor]; ok && old != m.side {
			sides[m.actor] = "-" // mentions disagree: leave them as they are
			continue
		}
		sides[m.actor] = m.side
	}
	for i := range st.ments {
		m := &st.ments[i]
		if side := sides[m.actor]; m.resolved && m.kind == parallax.KindPerson && m.side == "" && side != "" && side != "-" {
			m.side = side
		}
	}
}

// portfolioWords name a minister's or secretary's portfolio after "of"
// or "for" ("Minister of Justice", "Secretary of State", "Minister for
// Foreign Affairs").
var portfolioWords = map[string]bool{
	"justice": true, "defense": true, "defence": true, "foreign": true, "affairs": true, "interior": true,
	"finance": true, "health": true, "education": true, "state": true, "information": true, "home": true,
	"agriculture": true, "energy": true, "trade": true, "transport": true, "economy": true, "labour": true,
	"labor": true, "culture": true, "public": true, "security": true, "internal": true, "national": true,
	"planning": true, "communications": true, "war": true, "homeland": true, "treasury": true, "commerce": true,
	"industry": true, "mines": true, "oil": true, "petroleum": true, "water": true, "environment": true,
	"tourism": true, "youth": true, "sports": true, "women": true, "social": true, "welfare": true,
	"immigration": true, "migration": true, "refugees": true, "development": true, "cooperation": true,
	"international": true, "european": true, "veterans": true, "and": true, "the": true,
}

// skipPortfolio returns the token after "of/for PORTFOLIO" at a, when a
// name of at least two words follows it; a itself otherwise.
func (st *docState) skipPortfolio(a, b int) int {
	if n := st.tokNorm(a); n != "of" && n != "for" {
		return a
	}
	j := a + 1
	for j < b && (portfolioWords[st.toks[j].Norm] || st.toks[j].Text == "&") {
		j++
	}
	if j == a+1 || b-j < 2 || !st.toks[j].Cap {
		return a
	}
	return j
}

// portfolioTaken: the recogniser's entity e ends with the person m and
// starts with the portfolio of the title before it (portfolioInName).
func (st *docState) portfolioTaken(e *parallax.Entity, m mention) bool {
	a, _ := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
	return a >= 0 && a < m.a && st.portfolioInName(a, m.b) == m.a
}

// portfolioInName returns where the name of the person span [a, b)
// starts when the recogniser took the portfolio of a title written before
// it into the name: after "for" or "of" (and "the") behind a title word,
// the words up to a British honorific that opens the name ("Minister for
// Africa Lord Collins" read as "Africa Lord Collins": Lord Collins, the
// name the peer is known by), or leading portfolio words before a name of
// two words or more. a itself otherwise: with no title before the
// preposition ("a fund for Africa ...") the words may be the name's.
func (st *docState) portfolioInName(a, b int) int {
	// back over the portfolio's first words ("Minister for Development
	// and" before "Africa Andrew Mitchell") to "for" or "of"
	k := a - 1
	for k >= 0 && a-k <= 4 && (st.tokNorm(k) == "the" || st.tokNorm(k) == "and" || st.toks[k].Cap && st.toks[k].Word && !st.leadingTitleWord(k)) {
		k--
	}
	if k < 1 || st.sentOf[k-1] != st.sentOf[a] || !st.toks[k-1].Cap || !st.leadingTitleWord(k-1) {
		return a
	}
	if n := st.tokNorm(k); n != "for" && n != "of" {
		return a
	}
	for j := a + 1; j < b-1 && j <= a+3; j++ {
		if st.toks[j].Cap && britishHonorifics[st.toks[j].Norm] {
			return j
		}
	}
	j := a
	for j < b && portfolioWords[st.toks[j].Norm] && st.toks[j].Cap {
		j++
	}
	if j > a && b-j >= 2 && st.toks[j].Cap {
		return j
	}
	// a region or state before a full name that opens with a given name
	// of the base ("Africa Andrew Mitchell"), the span's first word none
	if !st.kb.givenNames[st.toks[a].Norm] {
		for j := a + 1; j < b-1 && j <= a+2; j++ {
			if st.toks[j].Cap && st.kb.givenNames[st.toks[j].Norm] {
				return j
			}
		}
	}
	return a
}

// capitalGovernment: the words at token i after a capital make it the
// state's government ("government", "administration", "regime",
// "leadership", "cabinet"); the end of those words, or i. "Moscow
// officials" or "Kabul police" may be the city's and are left out.
func (st *docState) capitalGovernment(i int) int {
	switch st.tokNorm(i) {
	case "government", "administration", "regime", "leadership", "cabinet":
		if i+1 < len(st.toks) && st.toks[i+1].Word && !st.toks[i+1].Cap && st.nounFollows(i+1) {
			return i // "the Kabul government building"
		}
		return i + 1
	}
	return i
}

// membersOfGroups: "gunmen from the Viv Ansanm coalition", "fighters of
// the ELN" name the armed group's own members, who act for it; the
// fighters noun heads the phrase and is the subject a later stage reads,
// so it gets the group's side (the group's name after a preposition is no
// subject of its own).
func (st *docState) membersOfGroups() {
	n := len(st.ments)
	for mi := 0; mi < n; mi++ {
		m := st.ments[mi]
		if !m.resolved || m.side == "" || m.anaphor != "" || (m.kind != parallax.KindGroup && m.kind != parallax.KindMilitary) {
			continue
		}
		p := m.a - 1
		if p >= 0 && st.tokNorm(p) == "the" {
			p--
		}
		if p < 1 || !memberLinks[st.tokNorm(p)] {
			continue
		}
		h := p - 1
		if !memberNouns[st.tokNorm(h)] || st.cover[h] || st.sentOf[h] != m.sent || st.cover[p] {
			continue
		}
		if memberSpeechVerbs[st.tokNorm(m.b)] {
			continue // "rebels of the CSP said": the group speaks, as the claim stage reads it
		}
		st.add(mention{a: h, b: h + 1, actor: m.actor, kind: m.kind, side: m.side, resolved: true})
	}
	sort.Slice(st.ments, func(i, j int) bool { return st.ments[i].a < st.ments[j].a })
}

// memberSpeechVerbs after the group's name make the phrase a speaker,
// whose name the claim stage takes.
var memberSpeechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true, "claimed": true,
	"claims": true, "announced": true, "added": true, "denied": true, "confirmed": true, "warned": true,
	"reported": true, "accused": true, "insisted": true, "vowed": true,
}

// memberLinks join a fighters noun to the group its fighters belong to.
var memberLinks = map[string]bool{"from": true, "of": true}

// memberNouns are the plural nouns of an armed body's own members.
var memberNouns = map[string]bool{
	"gunmen": true, "fighters": true, "militants": true, "rebels": true, "insurgents": true,
	"militiamen": true, "combatants": true, "gangsters": true, "members": true, "jihadists": true,
	"soldiers": true, "troops": true, "guerrillas": true, "commandos": true,
}

// stateHeadsBeforeOf are the heads that make a body a state's whatever
// its remit after "of" or "for" names ("Department of Migrant Workers",
// "Ministry for Veterans"): charities, unions and churches call
// themselves councils, committees or centres, not so.
var stateHeadsBeforeOf = map[string]bool{
	"ministry": true, "department": true, "directorate": true, "agency": true, "authority": true, "bureau": true,
	"administration": true, "inspectorate": true, "secretariat": true,
}

// stateHeadBeforeOf: the words after a state's demonym are a state
// body's head and its remit ("Department of Migrant Workers", "Agency
// for Reconstruction"): the head, before the first "of" or "for", ends
// in one of stateHeadsBeforeOf and holds no word of civil society.
func stateHeadBeforeOf(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if words[k] != "of" && words[k] != "for" {
			continue
		}
		head := words[:k]
		if !stateHeadsBeforeOf[head[len(head)-1]] || civilSociety(head) || nonStateBody(head) {
			return false
		}
		// a ministry's remit may be relief or refugees; an agency "for
		// Relief and Development" may be a charity's
		return head[len(head)-1] == "ministry" || !reliefRemit(words[k+1:])
	}
	return false
}

// reliefRemit: the words hold a word of relief or rights work, as a
// charity's remit does ("for Relief and Development", "of Human Rights").
func reliefRemit(words []string) bool {
	for _, w := range words {
		switch w {
		case "refugee", "refugees", "relief", "rescue", "liberties", "journalists", "helsinki", "rights", "development", "aid", "humanitarian":
			return true
		}
	}
	return false
}

// holderBySpelling: a full name after an office title that the base does
// not hold as written, whose surname is another spelling of the surname
// of the one person who held that office on the story's day ("Foreign
// Minister Ceyhun Bayramov" for Jeyhun Bayramov, "foreign ministry
// spokesman Esmail Baqaei" for Esmaeil Baghaei, "Foreign Minister Abbas
// Araqchi"): the title, the state and the day pin one person, and
// transliterations differ in vowels and in letters such as q/gh or c/j,
// given names most (so only the surname is compared, as closeSurname
// does, with its first letter kept, and the given name one
// transliteration apart, givenSpelling). A title without its state tries
// the states whose places the story names, not every state: the holders
// of one office across the world share surnames too often ("Mahamat",
// "Mahama"). After "former" the holders whose term
// ended before the day are the ones tried ("former president NAME").
func (st *docState) holderBySpelling(na, nb int, side, role string, former bool) (int, bool) {
	if st.day == "" || role == "" || nb-na < 2 {
		return 0, false
	}
	last := st.toks[nb-1].Norm
	if len(last) < 4 {
		return 0, false
	}
	title, of, _ := strings.Cut(role, "@")
	held := func(p Actor, s string) bool {
		for _, r := range p.Roles {
			if r.Title != title || of != "" && r.Of != of || roleSide(p, r) != s {
				continue
			}
			if !former && r.activeAt(st.day) || former && r.To != "" && r.To <= st.day {
				return true
			}
		}
		return false
	}
	found := -1
	try := func(s string, idxs []int) bool {
		for _, i := range idxs {
			p := st.kb.Actors[i]
			fw := strings.Fields(Fold(displayName(p.Name)))
			if len(fw) < 2 || !held(p, s) {
				continue
			}
			if sl := fw[len(fw)-1]; sl[0] == last[0] && closeSurname(last, sl) && givenSpelling(st.toks[na].Norm, fw[0]) {
				if found >= 0 && found != i {
					return false
				}
				found = i
			}
		}
		return true
	}
	sides := []string{side}
	if side == "" {
		// a title without its state: the states whose places the story
		// names (a handful), one holder among them all
		sides = nil
		for _, p := range st.doc.Places {
			if c, ok := st.kb.CountryOfISO2(p.Country); ok && !slices.Contains(sides, c.Side) {
				sides = append(sides, c.Side)
			}
		}
	}
	for _, s := range sides {
		if !try(s, st.kb.holders[s+"|"+title]) {
			return 0, false
		}
	}
	return found, found >= 0
}

// givenSpelling: the folded given names a and b are one name in two
// transliterations: the same first letter (or c for j, as Turkish and
// Azerbaijani write it: "Ceyhun" for "Jeyhun"), the rest one spelling
// apart ("Esmail" for "Esmaeil"). "Rui" is not "Luís".
func givenSpelling(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a[0] != b[0] && !(a[0] == 'c' && b[0] == 'j' || a[0] == 'j' && b[0] == 'c') {
		return false
	}
	return editDistance(a[1:], b[1:]) <= max(1, min(len(a), len(b))/3)
}
