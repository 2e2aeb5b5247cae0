package actor

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// Armed groups the knowledge base lacks. DESIGN §3 gives a non-state armed
// group the side of its common short name; the base lists a few hundred
// groups, and real stories name others every day. A body the story itself
// presents as an armed party (by its name's head, "Liberation Front",
// "Salvation Army", "Brigades", or by what the story says of it: "a
// militant group", "one of the country's largest armed groups", "its
// fighters", "claimed responsibility") becomes, for this article only, a
// group actor whose side is the short name the story defines ("the
// Ogaden National Liberation Front (ONLF)" -> ONLF), else the name's
// letters ("the Niger Delta Avengers" -> NIGERDELTAAVENGERS). The stage's
// other rules then carry it to spokesmen, commanders, "the group" and
// pronouns as for a listed group. Units "aligned with" or "loyal to" a
// party, and "X-affiliated" officers or media, take that party's side.
// Rights groups, outlets, think tanks, unarmed parties and firms stay
// sideless: their names or the story's words for them say so.

// unlistedGroup is a group found in the text: its name's folded words,
// the acronym the story gives it, its side code, and its display name.
type unlistedGroup struct {
	words   []string
	acronym string
	side    string
	name    string
	tail    []string // the name without the town it opens with ("Protection Force"), or nil
	// nicknames are words the story may call the group by: its name's
	// word for its members ("Sandinistas"), its qualifier ("Maoists")
	nicknames [][]string
}

// localPhrases are the names the article gives its unlisted groups, each
// with the hit its look-up returns.
type localPhrases struct {
	phrases map[string]hit // folded, space-joined words -> hit
	exact   map[string]hit // acronyms, case-sensitive
	maxLen  int
}

// unlistedGroups finds the article's armed groups the knowledge base
// lacks and extends the stage's view of the base with them: st.kb becomes
// a shallow copy whose actor list holds them after the base's own, and
// st.local names them for lookup.
func (st *docState) unlistedGroups() {
	groups := st.findUnlistedGroups()
	if len(groups) == 0 {
		return
	}
	kb := *st.kb
	base := len(kb.Actors)
	kb.Actors = append(st.kb.Actors[:base:base], make([]Actor, 0, len(groups))...)
	st.local = &localPhrases{phrases: map[string]hit{}, exact: map[string]hit{}}
	for _, g := range groups {
		h := hit{kind: hitActor, idx: len(kb.Actors)}
		kb.Actors = append(kb.Actors, Actor{Name: g.name, Kind: parallax.KindGroup, Side: g.side})
		key := strings.Join(g.words, " ")
		if _, ok := st.local.phrases[key]; !ok {
			st.local.phrases[key] = h
		}
		if len(g.words) > st.local.maxLen {
			st.local.maxLen = len(g.words)
		}
		if g.tail != nil {
			// "the Protection Force" after "the Derna Protection Force"
			if _, ok := st.local.phrases[strings.Join(g.tail, " ")]; !ok {
				st.local.phrases[strings.Join(g.tail, " ")] = h
			}
		}
		for _, nick := range g.nicknames {
			// over the base's reading of the word, which is another
			// party's ("Maoists" of India's belt)
			if _, ok := st.local.phrases[strings.Join(nick, " ")]; !ok {
				st.local.phrases[strings.Join(nick, " ")] = h
			}
		}
		if g.acronym != "" {
			if _, ok := st.local.exact[g.acronym]; !ok {
				st.local.exact[g.acronym] = h
			}
		}
	}
	st.kb = &kb
}

// localHit is the longest unlisted group's name starting at token i, with
// its length in tokens (0 for none).
func (st *docState) localHit(i int) ([]hit, int) {
	if st.local == nil {
		return nil, 0
	}
	var best []hit
	bestN := 0
	key := ""
	for n := 1; n <= st.local.maxLen && i+n <= len(st.toks); n++ {
		t := st.toks[i+n-1]
		if n > 1 {
			if t.Newline {
				break
			}
			key += " "
		}
		key += t.Norm
		if h, ok := st.local.phrases[key]; ok && st.toks[i].Cap {
			best, bestN = []hit{h}, n
		}
	}
	if bestN == 0 {
		if h, ok := st.local.exact[st.toks[i].Text]; ok {
			best, bestN = []hit{h}, 1
		}
	}
	return best, bestN
}

// findUnlistedGroups reads the article's organisations the base does not
// know, keeps those the story presents as armed parties, and gives each
// its side; then the parties that units are aligned with or loyal to.
func (st *docState) findUnlistedGroups() []unlistedGroup {
	var out []unlistedGroup
	seen := map[string]bool{}
	addGroup := func(g unlistedGroup) {
		key := strings.Join(g.words, " ")
		if seen[key] || g.side == "" {
			return
		}
		if _, isState := st.kb.bySide[g.side]; isState {
			return // a code a state holds names the state, never a group
		}
		seen[key] = true
		out = append(out, g)
	}
	consider := func(a, b int, person bool) {
		words := st.words(a, b)
		if seen[strings.Join(words, " ")] || st.knownPhrase(words) || st.stateWordIn(a, b) && !liberationName(words) && !st.definedMovement(a, b, words) {
			return
		}
		if _, ok := st.kb.exact[st.nameText(a, b)]; ok {
			return // an acronym the base knows ("SDF")
		}
		if _, ok := dateline.Containing(st.datelines, st.toks[a].Start); ok {
			return // a dateline's town or agency in capitals ("MADRAS, Nov 10 — The Tigers said their guerrillas"), which the gazetteer may lack
		}
		if b-a == 1 && st.definedNonParty(st.toks[a].Text) {
			return // "A FANT officer" after "the Forces armées nationales tchadiennes (FANT)"
		}
		if st.affiliatedAfter(b) {
			return // "the Tulkarm Brigade, which is affiliated with ...": the stage's other rules give it its patron's side
		}
		if st.placedUnit(a, b, words) {
			return
		}
		if hardNonParty(words) || stateArmyName(words) || st.nonPartyContext(a, b) {
			return
		}
		if person && !st.armedApposition(b) {
			return // a person's name is no group unless the story calls it one
		}
		if !armedName(words) && !st.armedContext(a, b, words) {
			return
		}
		if weakArmedName(words) && st.acronymAfter(b) == "" && !st.armedContext(a, b, words) {
			return // "Separate Combined Arms Army": a state's formation as often
		}
		if st.knownAcronymIn(a, b) || st.knownGroupIn(a, b) && !st.ownAcronym(b) {
			return // "Monywa District PDF": a unit of a group the base knows, the stage's other rules decide
		}
		acr := st.acronymAfter(b)
		if acr == "" {
			acr = st.usedInitials(a, b)
		}
		if acr != "" && seen[acr] {
			// the group was found by its acronym first ("TPNPB says its
			// fighters ... The West Papua National Liberation Army
			// (TPNPB)"): its full name is the same group's
			addGroup(unlistedGroup{words: words, side: sideCode(acr), name: st.nameText(a, b)})
			return
		}
		side := sideCode(acr)
		if side == "" && b-a == 1 && isAcronym(st.toks[a].Text) || mixedAcronym(st.toks[a].Text) && b-a == 1 {
			side = sideCode(st.toks[a].Text)
		}
		var nicknames [][]string
		if q := st.qualifierAfter(b); side == "" && q != "" {
			// "Communist Party of Nepal (Maoist)" -> CPNMAOIST; "the
			// Maoists", "Maoist rebels" name it in the story
			ini := st.initialsOf(a, b)
			if ini == "" {
				ini = sideCode(strings.Join(words, ""))
			}
			side = ini + sideCode(q)
			nicknames = append(nicknames, []string{Fold(q)}, []string{Fold(q) + "s"})
		}
		if side == "" {
			side = st.initialsCode(a, b, words)
		}
		if side == "" {
			side = sideCode(strings.Join(words, ""))
		}
		for i := a; i < b; i++ {
			if w := st.toks[i].Norm; st.toks[i].Cap && memberSuffix(w) {
				// "the Sandinistas", "a Zapatista commander": the
				// word of its name its members go by
				nicknames = append(nicknames, []string{w}, []string{w + "s"})
			}
		}
		addGroup(unlistedGroup{words: words, acronym: acr, side: side, name: st.nameText(a, b), tail: st.townlessTail(a, b, words), nicknames: nicknames})
		if acr != "" {
			seen[acr] = true
		}
	}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization && e.Kind != parallax.KindPerson {
			continue
		}
		a, b := st.tokenRange(parallax.Span{Start: e.Start, End: e.End})
		if a < 0 || b <= a {
			continue
		}
		a, b = st.groupNameRange(a, b)
		if a >= b || a > 0 && (st.toks[a-1].Norm == "its" || st.toks[a-1].Norm == "their" || st.toks[a-1].Norm == "'s" || st.toks[a-1].Norm == "'" || strings.HasSuffix(st.toks[a-1].Norm, "s'")) {
			continue // "their Sea Tigers", "the rebels' Political Bureau": a part of the body named before
		}
		consider(a, b, e.Kind == parallax.KindPerson)
	}
	// acronyms the recogniser did not tag that the story shows armed
	// ("armed elements of the CNDD-FDD", "M-19 guerrillas")
	for i, t := range st.toks {
		if t.Word && t.Cap && (groupAcronym(t.Text) || numberedAcronym(t.Text)) && !(i > 0 && st.toks[i-1].Text == "(") && st.bareAcronymArmed(i) {
			consider(i, i+1, false)
		}
	}
	// names the recogniser missed or cut that the acronym after them
	// spells ("the Mouvement populaire ivoirien du Grand Ouest (MPIGO)")
	for i, t := range st.toks {
		if t.Text != "(" {
			continue
		}
		if s, _ := st.definedNameSpan(i); s >= 0 && !(s > 0 && (st.toks[s-1].Norm == "its" || st.toks[s-1].Norm == "their" || st.toks[s-1].Norm == "'s")) {
			consider(s, i, false)
		}
	}
	st.describedBeforeName(addGroup)
	st.namedBeforeArmedNoun(addGroup)
	st.alignedUnits(func() []unlistedGroup { return out }, addGroup)
	return out
}

// alignedSuffixes join a party's name to the units, members and media
// that act for it ("Islah-affiliated officers", "the STC-aligned Giants
// Brigades").
var alignedSuffixes = []string{"-aligned", "-affiliated", "-allied", "-loyalist"}

// partyAdjectives before a party's name after "loyal to" describe it
// ("loyal to the Islamist Islah party") and are no part of its name.
var partyAdjectives = map[string]bool{
	"islamist": true, "marxist": true, "salafist": true, "jihadist": true, "secular": true, "separatist": true,
	"shiite": true, "sunni": true, "nationalist": true, "leftist": true, "rightist": true,
}

// alignedUnits: units "aligned with" or "loyal to" a party, and members
// or media "X-affiliated", act for the party (wiregold12's convention:
// the STC-aligned Giants Brigades are STC's, the Islah-aligned Special
// Security Forces and Islah-affiliated officers ISLAH's). The party takes
// the side the base or the groups found give it, else its name's letters;
// a state (a "UAE-aligned" militia) is left to the stage's other rules.
func (st *docState) alignedUnits(found func() []unlistedGroup, add func(unlistedGroup)) {
	sideOf := func(words []string, text string) (string, bool) {
		key := strings.Join(words, " ")
		for _, g := range found() {
			if strings.Join(g.words, " ") == key || g.acronym == text {
				return g.side, true
			}
		}
		for _, h := range st.kb.phrases[key] {
			switch h.kind {
			case hitCountry, hitDemonym, hitDemonymPlural, hitCapital, hitInstitution, hitRole:
				return "", false
			case hitActor:
				a := st.kb.Actors[h.idx]
				if a.Kind == parallax.KindPerson || a.Side == "" {
					return "", false
				}
				if _, isState := st.kb.bySide[a.Side]; isState {
					return "", false
				}
				return a.Side, true
			}
		}
		if hs, ok := st.kb.exact[text]; ok && len(hs) > 0 {
			return "", false
		}
		return sideCode(text), true
	}
	for i, t := range st.toks {
		if !t.Word {
			continue
		}
		// "Islah-affiliated officers", "the STC-aligned Giants Brigades"
		for _, suf := range alignedSuffixes {
			if !t.Cap || !strings.HasSuffix(t.Norm, suf) || len(t.Norm) == len(suf) {
				continue
			}
			x := t.Text[:len(t.Text)-len(suf)]
			side, ok := sideOf([]string{Fold(x)}, x)
			if !ok || side == "" {
				continue
			}
			add(unlistedGroup{words: []string{Fold(x)}, side: side, name: x})
			j := i + 1
			for j < len(st.toks) && st.toks[j].Cap && st.toks[j].Word && st.sentOf[j] == st.sentOf[i] {
				j++
			}
			if j > i+1 {
				// a named unit: its name, wherever the story repeats it
				add(unlistedGroup{words: st.words(i+1, j), side: side, name: st.nameText(i+1, j)})
			} else if j < len(st.toks) && alignedMembers[st.toks[j].Norm] {
				add(unlistedGroup{words: st.words(i, j+1), side: side, name: t.Text + " " + st.toks[j].Text})
			}
		}
		// "units of the Special Security Forces loyal to the Islamist
		// Islah party": the unit's name before "loyal to"
		if t.Norm != "loyal" && t.Norm != "aligned" {
			continue
		}
		if i+1 >= len(st.toks) || st.toks[i+1].Norm != "to" && st.toks[i+1].Norm != "with" {
			continue
		}
		k := i + 2
		if k < len(st.toks) && st.toks[k].Norm == "the" {
			k++
		}
		for k < len(st.toks) && partyAdjectives[st.toks[k].Norm] {
			k++
		}
		e := k
		for e < len(st.toks) && st.toks[e].Cap && st.toks[e].Word && st.sentOf[e] == st.sentOf[i] {
			e++
		}
		if e == k || st.recognisedPerson(k, e) {
			continue
		}
		side, ok := sideOf(st.words(k, e), st.nameText(k, e))
		if !ok || side == "" {
			continue
		}
		add(unlistedGroup{words: st.words(k, e), side: side, name: st.nameText(k, e)})
		u := i
		for u > 0 && st.toks[u-1].Cap && st.toks[u-1].Word && st.sentOf[u-1] == st.sentOf[i] {
			u--
		}
		if u < i && !st.stateWordIn(u, i) && !st.knownPhrase(st.words(u, i)) {
			add(unlistedGroup{words: st.words(u, i), side: side, name: st.nameText(u, i)})
		}
	}
}

// alignedMembers are the nouns after "X-affiliated" that act or speak for
// the party.
var alignedMembers = map[string]bool{
	"officers": true, "commanders": true, "media": true, "forces": true, "units": true, "fighters": true,
	"militias": true, "militiamen": true, "officials": true, "troops": true, "brigades": true, "outlets": true,
}

// recognisedPerson: the recogniser tags [a, b) a person's name.
func (st *docState) recognisedPerson(a, b int) bool {
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindPerson && e.Start <= st.toks[a].Start && st.toks[b-1].End <= e.End {
			return true
		}
	}
	return false
}

// groupNameRange widens the recogniser's span [a, b) to the whole name: a
// leading "the" is dropped, and a tail the recogniser cut before a
// defined acronym ("Union for Peace" of "the Union for Peace in the
// Central African Republic (UPC)") is taken in.
func (st *docState) groupNameRange(a, b int) (int, int) {
	if a < b && (st.toks[a].Norm == "the") {
		a++
	}
	// the tail before "(ACRONYM)": capitalised words and "of", "in",
	// "the", "for", "and" between
	for j := b; j < len(st.toks) && j < b+8 && st.sentOf[j] == st.sentOf[a]; j++ {
		t := st.toks[j]
		if t.Text == "(" {
			if j > b && st.toks[j-1].Cap && j+2 < len(st.toks) && st.toks[j+2].Text == ")" && groupAcronym(st.toks[j+1].Text) {
				b = j
			}
			break
		}
		if !t.Word || !(t.Cap || nameLinks[t.Norm]) {
			break
		}
	}
	if e := st.definedNameEnd(a); e >= b {
		b = e // "Mouvement des Nigériens pour la justice (MNJ)": the lower-case words of the name
	}
	return a, b
}

// affiliationWords after a unit's name tie it to a patron.
var affiliationWords = map[string]bool{
	"affiliated": true, "aligned": true, "loyal": true, "linked": true, "allied": true, "belonging": true, "part": true,
	"shadow": true, "offshoot": true, "proxy": true, "splinter": true,
}

// affiliatedAfter: within the four tokens after the name ending at b the
// story ties it to a patron ("the Tulkarm Brigade, which is affiliated
// with", "units loyal to").
func (st *docState) affiliatedAfter(b int) bool {
	if b < len(st.toks) && st.toks[b].Norm == "of" {
		return true // "the Ground Force of the IRGC": a part of the body after
	}
	for j := b; j < len(st.toks) && j < b+8 && st.sentOf[j] == st.sentOf[b-1]; j++ {
		if affiliationWords[st.toks[j].Norm] {
			return true
		}
	}
	return false
}

// placedUnit: a name with an army's or brigade's head and a place or a
// name the base knows in it ("Tigray Army", "Tulkarm Brigade") is as often
// a state's or a de facto authority's force as a rebel group; unless the
// story gives it an acronym or it names itself a liberation or
// salvation army, the stage's other rules decide.
func (st *docState) placedUnit(a, b int, words []string) bool {
	if liberationName(words) || st.acronymAfter(b) != "" {
		return false
	}
	head := false
	for _, w := range words {
		if w == "army" || w == "brigade" || w == "brigades" {
			head = true
		}
	}
	if !head {
		return false
	}
	for i := a; i < b; i++ {
		if _, ok := st.kb.phrases[st.toks[i].Norm]; ok && st.toks[i].Norm != "army" && !strings.HasPrefix(st.toks[i].Norm, "brigade") {
			return true
		}
		for _, p := range st.doc.Places {
			w := st.toks[i].Text
			if p.Start <= st.toks[i].Start && st.toks[i].End <= p.End || p.Admin1 == w || p.Name == w || strings.HasPrefix(p.Admin1, w+" ") {
				return true
			}
		}
	}
	return false
}

// nameLinks are the small words inside a body's name.
var nameLinks = map[string]bool{"of": true, "in": true, "the": true, "for": true, "and": true}

// acronymAfter is the acronym the story defines for the name ending at
// token b ("(ONLF)"), or "".
func (st *docState) acronymAfter(b int) string {
	if b+2 < len(st.toks) && st.toks[b].Text == "(" && st.toks[b+2].Text == ")" && (groupAcronym(st.toks[b+1].Text) || numberedAcronym(st.toks[b+1].Text)) {
		return st.toks[b+1].Text
	}
	return ""
}

// groupAcronym: s is written as an acronym ("ONLF", "NSCN", "M23",
// "SPLM-N", "AQIM", "PJAK").
func groupAcronym(s string) bool {
	if isAcronym(s) || mixedAcronym(s) {
		return true
	}
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9', r == '-':
		default:
			return false
		}
	}
	return caps >= 2 && len(s) <= 8
}

// sideCode is DESIGN's side for a group's short name: its letters and
// digits in upper case.
func sideCode(s string) string {
	var b strings.Builder
	for _, r := range Fold(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// knownPhrase: the base names the words (whatever it names them as).
func (st *docState) knownPhrase(words []string) bool {
	_, ok := st.kb.phrases[strings.Join(words, " ")]
	return ok
}

// stateWordIn: a word of [a, b) names a state, its people or its capital
// ("Uganda People's Defence Force", "South African National Defence
// Force"): a state's body, not a rebel group.
func (st *docState) stateWordIn(a, b int) bool {
	for i := a; i < b; i++ {
		if i+1 < b && geoNouns[st.toks[i+1].Norm] {
			continue // "Niger Delta", "Congo River": a place's name
		}
		for _, h := range st.kb.phrases[st.toks[i].Norm] {
			switch h.kind {
			case hitCountry, hitDemonym, hitDemonymPlural, hitCapital:
				return true
			}
		}
	}
	return false
}

// geoNouns after a state's name make a place's name of it.
var geoNouns = map[string]bool{"delta": true, "river": true, "valley": true, "basin": true, "mountains": true, "lake": true, "coast": true, "desert": true}

// liberationName: the name is a liberation or salvation movement's, which
// may carry its state's name ("Sudan Liberation Army").
func liberationName(words []string) bool {
	for _, w := range words {
		switch w {
		case "liberation", "salvation", "liberacion", "libertacao", "liberacao", "liberazione":
			return true
		}
	}
	return false
}

// weakArmedName: the name's only armed word is "army" or "brigade(s)",
// which states' formations share ("Separate Combined Arms Army", "the
// 4th Brigade").
func weakArmedName(words []string) bool {
	if liberationName(words) {
		return false
	}
	for _, w := range words {
		if armedHeads[w] && w != "army" && w != "brigade" && w != "brigades" {
			return false
		}
	}
	return true
}

// indexGroupSides records the sides of the base's groups and other
// non-state actors, which a story may name by that code alone ("PDF").
func (kb *KB) indexGroupSides() {
	kb.groupSides = map[string]bool{}
	for _, a := range kb.Actors {
		if a.Kind != parallax.KindPerson && a.Side != "" {
			if _, isState := kb.bySide[a.Side]; !isState {
				kb.groupSides[a.Side] = true
			}
		}
	}
}

// knownGroupIn: two or more words inside [a, b) name a group the base
// lists ("the Northeastern War Front of the National Liberation Army"): a
// unit of that group, whose side the stage's other rules give.
func (st *docState) knownGroupIn(a, b int) bool {
	for i := a; i < b; i++ {
		for j := i + 2; j <= b; j++ {
			for _, h := range st.kb.phrases[strings.Join(st.words(i, j), " ")] {
				if h.kind != hitActor {
					continue
				}
				if act := st.kb.Actors[h.idx]; act.Kind != parallax.KindPerson && st.kb.groupSides[act.Side] {
					return true
				}
			}
		}
	}
	return false
}

// knownAcronymIn: a word of [a, b) is an acronym the base knows, or the
// side code of a group it lists ("Monywa District PDF").
func (st *docState) knownAcronymIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !groupAcronym(st.toks[i].Text) {
			continue
		}
		if st.kb.groupSides[st.toks[i].Text] {
			return true
		}
		if _, ok := st.kb.exact[st.toks[i].Text]; ok {
			return true
		}
		if _, ok := st.kb.phrases[st.toks[i].Norm]; ok {
			return true
		}
	}
	return false
}

// armedHeads are the words that make a body's name an armed group's.
var armedHeads = map[string]bool{
	"army": true, "brigade": true, "brigades": true, "militia": true, "militias": true,
	"tigers": true, "avengers": true, "junta": true, "guerrillas": true, "guerrilla": true,
	"mujahideen": true, "mujahidin": true,
}

// armedName: the name says the body is an armed group ("Kuki National
// Army", "Southern Resistance Brigades", "Moro National Liberation
// Front"); "the Salvation Army" alone is a charity.
func armedName(words []string) bool {
	if len(words) == 2 && words[0] == "salvation" && words[1] == "army" {
		return false
	}
	for i, w := range words {
		if armedHeads[w] {
			return true
		}
		if w == "liberation" && i+1 < len(words) && (words[i+1] == "front" || words[i+1] == "army" || words[i+1] == "movement" || words[i+1] == "tigers" || words[i+1] == "forces") {
			return true
		}
		if (w == "front" || w == "movement") && i+3 < len(words) && words[i+1] == "for" && words[i+2] == "the" && words[i+3] == "liberation" {
			return true
		}
	}
	return false
}

// hardNonPartyWords in a name make it a body of civil society, the press,
// business or the state, never an armed group.
var hardNonPartyWords = map[string]bool{
	"rights": true, "watch": true, "observatory": true, "institute": true, "institution": true, "network": true,
	"association": true, "news": true, "radio": true, "tv": true, "television": true, "times": true, "post": true,
	"agency": true, "company": true, "corporation": true, "bank": true, "foundation": true, "frontieres": true,
	"borders": true, "charity": true, "church": true, "diocese": true, "federation": true, "university": true,
	"college": true, "school": true, "hospital": true, "students": true, "students'": true, "youth": true, "women": true,
	"bar": true, "chamber": true, "project": true, "centre": true, "center": true, "commission": true, "court": true,
	"parliament": true, "assembly": true, "ministry": true, "police": true, "command": true, "battalion": true,
	"division": true, "regiment": true, "corps": true, "navy": true, "committee": true, "cross": true, "crescent": true,
	"doctors": true, "caritas": true, "unicef": true, "program": true, "programme": true, "office": true,
	"department": true, "daily": true, "tribune": true, "herald": true, "journal": true, "press": true,
	"region": true, "operation": true, "general": true, "headquarters": true, "ombudsman": true, "wiki": true,
	"website": true, "blog": true, "magazine": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true,
}

// hardNonParty: a word of the name makes it a non-party's, or the name
// ends in "group" ("Crisis Group", "Karen Human Rights Group").
func hardNonParty(words []string) bool {
	if len(words) > 0 && (words[0] == "army" || words[0] == "armed") {
		return true // "Army and Armed Forces": a state's
	}
	for i, w := range words {
		if w == "armed" && i+1 < len(words) && words[i+1] == "forces" {
			return true
		}
		if hardNonPartyWords[w] {
			return true
		}
	}
	return len(words) > 1 && words[len(words)-1] == "group"
}

// armedAdjectives qualify a body as armed in an apposition ("a militant
// group", "the separatist movement", "an alliance of rebel groups").
var armedAdjectives = map[string]bool{
	"armed": true, "rebel": true, "rebels": true, "militant": true, "insurgent": true, "separatist": true,
	"jihadist": true, "guerrilla": true, "paramilitary": true, "militia": true, "self-defence": true,
	"self-defense": true, "secessionist": true, "islamist": true,
}

// armedNouns close such an apposition.
var armedNouns = map[string]bool{
	"group": true, "groups": true, "movement": true, "movements": true, "faction": true, "factions": true,
	"militia": true, "alliance": true, "coalition": true, "organisation": true, "organization": true,
	"outfit": true, "force": true, "forces": true, "wing": true, "army": true, "front": true, "council": true,
	"umbrella": true, "rebels": true, "insurgents": true, "militants": true, "fighters": true,
}

// nonPartyNouns in an apposition make the body a non-party ("a rights
// group", "a Manila think tank", "the largest Tamil party", "an
// independent station").
var nonPartyNouns = map[string]bool{
	"rights": true, "humanitarian": true, "charity": true, "aid": true, "monitoring": true, "monitor": true,
	"tank": true, "party": true, "newspaper": true, "station": true, "radio": true, "website": true,
	"agency": true, "company": true, "firm": true, "union": true, "lawyers'": true, "civic": true,
	"community": true, "press": true, "research": true, "advocacy": true, "church": true, "diocese": true,
	"ngo": true, "broadcaster": true, "daily": true, "weekly": true, "outlet": true, "students'": true,
	"student": true, "opposition": true, "relief": true,
}

// appositionOpeners open a noun phrase set off after a name.
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "one": true, "another": true, "now": true}

// apposition is the folded words of the apposition after the name ending
// at token b (after an acronym in brackets), up to the next comma or the
// sentence's end, at most twelve words; nil for none.
func (st *docState) apposition(b int) []string {
	if b+2 < len(st.toks) && st.toks[b].Text == "(" && st.toks[b+2].Text == ")" {
		b += 3
	}
	if b+1 >= len(st.toks) || st.toks[b].Text != "," || !appositionOpeners[st.toks[b+1].Norm] {
		return nil // no apposition: a clause goes on ("Marte, Borno State, killing 35 of the insurgents")
	}
	var ws []string
	for j := b + 1; j < len(st.toks) && j < b+14 && st.sentOf[j] == st.sentOf[b]; j++ {
		t := st.toks[j]
		if t.Text == "," || t.Text == "." || t.Text == ";" {
			break
		}
		ws = append(ws, t.Norm)
	}
	return ws
}

// armedApposition: the apposition after the name calls the body armed
// ("the armed wing of", "a militant group", "one of the country's largest
// armed groups") and no word of it a non-party.
func (st *docState) armedApposition(b int) bool {
	ws := st.apposition(b)
	armed := false
	for i, w := range ws {
		if nonPartyNouns[w] && !armedOpposition(ws, i) || appositionTitles[w] {
			return false
		}
		if w == "militia" || w == "militias" || w == "rebels" || w == "insurgents" || w == "militants" {
			armed = true
		}
		if collectiveNouns[w] && i+2 < len(ws) && ws[i+1] == "of" {
			// "the coalition of local fighters and Islamists", "an
			// alliance of militias": a body made of armed men
			for j := i + 2; j < len(ws) && j <= i+4; j++ {
				if memberWords[ws[j]] || ws[j] == "militias" {
					armed = true
				}
			}
		}
		if !armedAdjectives[w] {
			continue
		}
		// the adjective qualifies a body ("a militant group", "the armed
		// wing", "rebel groups"), not a committee ("the Armed Services
		// Committee")
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if armedNouns[ws[j]] {
				armed = true
				break
			}
		}
	}
	return armed
}

// collectiveNouns in an apposition name a body made of the people the
// "of" phrase after them names ("a coalition of local fighters").
var collectiveNouns = map[string]bool{"coalition": true, "alliance": true, "union": true, "grouping": true, "band": true}

// appositionTitles in an apposition make it a person's post ("NAME, the
// rebels' military spokesman,"), not a body's description.
var appositionTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true, "leader": true,
	"chief": true, "head": true, "official": true, "secretary": true, "member": true, "founder": true,
	"director": true, "deputy": true, "president": true, "chairman": true,
}

// usedInitials: the story writes the initials of the name at [a, b)
// as a word elsewhere ("ONLF" of "Ogaden National Liberation Front", the
// small words "of", "the", "for", "and", "in" left out): the short name
// the story uses.
func (st *docState) usedInitials(a, b int) string {
	var ini strings.Builder
	for i := a; i < b; i++ {
		t := st.toks[i]
		if nameLinks[t.Norm] || romanceLinks[t.Norm] && !t.Cap {
			continue // "Ejército Zapatista de Liberación Nacional" -> EZLN
		}
		if !t.Cap {
			return ""
		}
		for _, part := range strings.Split(t.Text, "-") {
			if part != "" {
				ini.WriteByte(part[0])
			}
		}
	}
	s := ini.String()
	if len(s) < 3 {
		return ""
	}
	for _, t := range st.toks {
		if t.Text == s {
			return s
		}
	}
	return ""
}

// initialsHeads end the English names of armed bodies that such bodies
// go by their initials in English reporting ("Rapid Support Forces",
// "Oromo Liberation Army", "Ogaden National Liberation Front").
var initialsHeads = map[string]bool{"force": true, "forces": true, "army": true, "front": true}

// initialsCode is the side of an armed body the story names by three or
// more capitalised English words ending in an armed head and gives no
// short name: its initials (wiregold14's and wiregold16's convention: the
// initials a group goes by, "Derna Protection Force" -> DPF), the parts of
// a hyphenated word each giving one ("Self-Defence" -> SD). A name whose
// initials are a state's or a listed group's code, or that holds a word
// not capitalised other than "of", "the", "for", "and", "in", keeps its
// letters ("" here): a council, brigades or words of another language
// ("Mujahideen Shura Council") are not read so.
func (st *docState) initialsCode(a, b int, words []string) string {
	if len(words) == 0 || !initialsHeads[words[len(words)-1]] {
		return ""
	}
	return st.initialsOf(a, b)
}

// initialsOf is the initials of the name at [a, b) when it has three or
// more capitalised words besides "of", "the", "for", "and", "in" and they
// are no state's or listed group's code; "" otherwise.
func (st *docState) initialsOf(a, b int) string {
	var ini strings.Builder
	n := 0
	for i := a; i < b; i++ {
		t := st.toks[i]
		if nameLinks[t.Norm] || t.Text == "-" || t.Norm == "'s" {
			continue
		}
		if !t.Cap || !t.Word {
			return ""
		}
		n++
		for _, part := range strings.Split(t.Text, "-") {
			if part == "" {
				continue
			}
			r := []rune(part)[0]
			if r < 'A' || r > 'Z' {
				return ""
			}
			ini.WriteRune(r)
		}
	}
	code := ini.String()
	if n < 3 {
		return ""
	}
	if _, isState := st.kb.bySide[code]; isState || st.kb.groupSides[code] {
		return ""
	}
	return code
}

// townlessTail is the name at [a, b) without the town it opens with, when
// it holds two or more words the base does not know ("Protection Force" of
// "Derna Protection Force"): stories name a town's force so once its town
// is said; nil otherwise.
func (st *docState) townlessTail(a, b int, words []string) []string {
	if len(words) < 3 || b-a != len(words) || !st.townName(st.toks[a].Text) || st.placedWords(a+1, b) {
		return nil
	}
	tail := words[1:]
	if st.knownPhrase(tail) || nameLinks[tail[0]] {
		return nil
	}
	return tail
}

// townName: the geoparser placed the word somewhere in the story (a name
// opening a body's name is often left unplaced there).
func (st *docState) townName(w string) bool {
	for _, p := range st.doc.Places {
		if p.Text == w || p.Name == w {
			return true
		}
	}
	return false
}

// nonPartyContext: the story calls the body a non-party in an apposition.
func (st *docState) nonPartyContext(a, b int) bool {
	ws := st.apposition(b)
	for i, w := range ws {
		if nonPartyNouns[w] && !armedOpposition(ws, i) {
			return true
		}
	}
	return false
}

// armedOpposition: the word at i is "opposition" after an armed adjective
// ("an armed opposition movement"), which names an armed party, not an
// unarmed one.
func armedOpposition(ws []string, i int) bool {
	return ws[i] == "opposition" && i > 0 && armedAdjectives[ws[i-1]]
}

// memberWords are the plural nouns of a group's own members, and the
// nouns of its armed wing and acts, which after the group's name or its
// possessive mark it armed.
var memberWords = map[string]bool{
	"fighters": true, "militants": true, "rebels": true, "guerrillas": true, "insurgents": true,
	"militiamen": true, "cadres": true, "gunmen": true, "rebel": true, "militia": true, "combatants": true,
}

// armedContext: the story calls the body at [a, b) (its name, or the
// acronym defined after it, anywhere in the article) armed: an
// apposition, members after its name or possessive ("ULFA cadres",
// "the group's fighters"), members "of" it, "rebel group" after it, or
// "its fighters" or "claimed responsibility" in a sentence it opens.
func (st *docState) armedContext(a, b int, words []string) bool {
	if st.armedApposition(b) {
		return true
	}
	acr := st.acronymAfter(b)
	q := Fold(st.qualifierAfter(b))
	n := b - a
	for i := 0; i+n <= len(st.toks); i++ {
		var end int
		switch {
		case acr != "" && st.toks[i].Text == acr:
			end = i + 1
		case q != "" && st.toks[i].Norm == q && st.toks[i].Cap && (i == 0 || st.toks[i-1].Text != "("):
			// "Maoist rebels" of "the Communist Party of Nepal (Maoist)"
			end = i + 1
		case st.toks[i].Norm == words[0] && slices.Equal(st.words(i, i+len(words)), words):
			end = i + len(words)
		default:
			continue
		}
		if st.armedOccurrence(i, end) {
			return true
		}
	}
	return false
}

// armedOccurrence: the occurrence of the name at [a, b) is read as an
// armed group's by its neighbours.
func (st *docState) armedOccurrence(a, b int) bool {
	if b+2 < len(st.toks) && st.toks[b].Text == "(" && st.toks[b+2].Text == ")" {
		b += 3
	}
	next := func(k int) string {
		if b+k < len(st.toks) && st.sentOf[b+k] == st.sentOf[a] {
			return st.toks[b+k].Norm
		}
		return ""
	}
	// "ULFA cadres", "the RED-Tabara rebel group", "the group's fighters"
	if memberWords[next(0)] || next(0) == "armed" && next(1) == "group" || next(0) == "'s" && (memberWords[next(1)] || next(1) == "armed" || next(1) == "military" && next(2) == "wing") {
		return true
	}
	// "The MRTA, whose guerrillas have held 72 hostages", "the FRUD,
	// whose fighters hold the north": a relative clause gives the body
	// its own fighters
	if st.whoseMembers(a, b) || st.armedPartOf(a) {
		return true
	}
	// "fighters of the X", "guerrillas from X"
	p := a - 1
	if p >= 0 && st.toks[p].Norm == "the" {
		p--
	}
	if p >= 1 && (st.toks[p].Norm == "of" || st.toks[p].Norm == "from") && memberWords[st.toks[p-1].Norm] && st.sentOf[p-1] == st.sentOf[a] {
		return true
	}
	// "X said its fighters", "X claimed responsibility": X opens the
	// clause (within the sentence's first words)
	if a >= 2 && st.toks[a-1].Text == "(" && b < len(st.toks) && st.toks[b].Text == ")" {
		// the acronym defined after its name: the name opens the clause;
		// a wire's name after a dateline ("May 13 (AFP) - JNIM said")
		// follows no name of its own
		acr := st.toks[a].Text
		open := a - 1
		a = open
		for a > 0 && st.sentOf[a-1] == st.sentOf[a] && (st.toks[a-1].Cap || nameLinks[st.toks[a-1].Norm]) {
			a--
		}
		if a == open || !st.toks[a].Cap || st.toks[a].Text[0] != acr[0] && !(st.toks[a].Norm == "the" && a+1 < open && st.toks[a+1].Text[0] == acr[0]) {
			return false
		}
	}
	sent := st.sentOf[a]
	start := a
	for start > 0 && st.sentOf[start-1] == sent {
		start--
	}
	// a dateline the sentence opens with is no part of its clause
	// ("LISBON, June 12 — RENAMO said its guerrillas"): the sentence
	// splitter joins it to the first sentence as often as not
	if d, ok := dateline.Opening(st.datelines, st.toks[start].Start); ok {
		for start < a && st.toks[start].Start < d.End {
			start++
		}
	}
	if a-2 >= start && nameLinks[st.toks[a-1].Norm] && st.toks[a-2].Cap {
		return false // the tail of a longer name ("The Coordination of | Azawad Movements (CMA) said its fighters"): the whole name opens the clause
	}
	if a-start > 4 && !st.opensClause(a) {
		return false
	}
	for j := b; j < len(st.toks) && j < b+25 && st.sentOf[j] == sent; j++ {
		w := st.toks[j].Norm
		if (w == "its" || w == "their") && j+1 < len(st.toks) && (memberWords[st.toks[j+1].Norm] || st.toks[j+1].Norm == "forces") {
			return true
		}
		if w == "claimed" && j+1 < len(st.toks) && st.toks[j+1].Norm == "responsibility" {
			return true
		}
	}
	return false
}

// namedBeforeArmedNoun: a name the recogniser left out, written before a
// noun of an armed group ("the RED-Tabara rebel group", "Anti-balaka
// militiamen", "the Kamba Hills militia"), is that group's. Only names
// with a hyphen, an inner capital or two words are read: a single plain
// word before "militia" is as often a people's, a faith's or a place's
// ("Hema militia", "Shiite militias"), and words that name a patron or a
// stance ("pro-government", "Iran-backed") name no group.
func (st *docState) namedBeforeArmedNoun(add func(unlistedGroup)) {
	for i := 0; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if !t.Cap || !t.Word || st.sentOf[i+1] != st.sentOf[i] {
			continue
		}
		n1, n2 := st.toks[i+1].Norm, ""
		if i+2 < len(st.toks) {
			n2 = st.toks[i+2].Norm
		}
		if !(n1 == "militia" || n1 == "militiamen" || (n1 == "rebel" || n1 == "armed" || n1 == "militant") && n2 == "group") {
			continue
		}
		a := i
		for a > 0 && st.toks[a-1].Cap && st.toks[a-1].Word && st.sentOf[a-1] == st.sentOf[i] && st.toks[a-1].Norm != "the" {
			a--
		}
		words := st.words(a, i+1)
		text := st.nameText(a, i+1)
		if len(words) < 2 && !strings.Contains(text, "-") && !innerCapital(text) {
			continue
		}
		if st.knownPhrase(words) || st.stateWordIn(a, i+1) || hardNonParty(words) || st.recognisedPerson(a, i+1) || st.placedWords(a, i+1) {
			continue
		}
		stance := false
		for _, w := range words {
			if partyAdjectives[w] || armedAdjectives[w] || stanceWord(w) {
				stance = true
			}
		}
		if !stance {
			add(unlistedGroup{words: words, side: sideCode(text), name: text})
		}
	}
}

// stanceWord: a hyphenated word that names a patron or a stance
// ("pro-government", "anti-government", "Iran-backed", "Kremlin-linked").
func stanceWord(w string) bool {
	if strings.HasPrefix(w, "pro-") {
		return true
	}
	for _, suf := range []string{"-backed", "-linked", "-aligned", "-affiliated", "-allied", "-led", "-based", "-sponsored", "-supported", "-government", "-regime", "-junta", "-state"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// innerCapital: a capital after the first letter ("RED-Tabara", "McKay").
func innerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// placedWords: a word of [a, b) lies in a place the geoparser found.
func (st *docState) placedWords(a, b int) bool {
	for i := a; i < b; i++ {
		for _, p := range st.doc.Places {
			if p.Start <= st.toks[i].Start && st.toks[i].End <= p.End {
				return true
			}
		}
	}
	return false
}

// whoseMembers: a relative clause after the name at [a, b) (or after the
// acronym in brackets it stands in) gives the body fighters of its own
// or says it fights ("The MRTA, whose guerrillas have held 72 hostages",
// "(FRUD), whose fighters have held the north since November", "(UFDD),
// which has fought the army since 2006").
func (st *docState) whoseMembers(a, b int) bool {
	k := b
	if k < len(st.toks) && st.toks[k].Text == ")" && a > 0 && st.toks[a-1].Text == "(" {
		k++
	}
	if k+3 >= len(st.toks) || st.sentOf[k+3] != st.sentOf[a] || st.toks[k].Text != "," {
		return false
	}
	w1, w2, w3 := st.toks[k+1].Norm, st.toks[k+2].Norm, st.toks[k+3].Norm
	switch {
	case w1 == "whose":
		return memberWords[w2] || w2 == "troops"
	case w1 == "which" && (w2 == "has" || w2 == "have"):
		return w3 == "fought" || w3 == "been" && k+4 < len(st.toks) && st.toks[k+4].Norm == "fighting"
	}
	return false
}

// armedPartNouns name a body's armed men or units after an armed
// adjective ("rebel forces of", "armed elements of").
var armedPartNouns = map[string]bool{
	"forces": true, "elements": true, "units": true, "wing": true, "groups": true, "men": true,
	"fighters": true, "factions": true, "columns": true,
}

// armedPartOf: the name at a follows "<armed adjective> <part> of (the)"
// ("rebel forces of the Forces Nouvelles", "armed elements of the
// MFDC", "the armed wing of the X").
func (st *docState) armedPartOf(a int) bool {
	p := a - 1
	if p >= 0 && st.toks[p].Norm == "the" {
		p--
	}
	if p < 2 || st.toks[p].Norm != "of" || st.sentOf[p-2] != st.sentOf[a] {
		return false
	}
	return armedPartNouns[st.toks[p-1].Norm] && armedAdjectives[st.toks[p-2].Norm]
}

// romanceLinks are the small words inside French, Spanish and Portuguese
// names, which their initials leave out.
var romanceLinks = map[string]bool{
	"de": true, "del": true, "des": true, "du": true, "la": true, "le": true, "les": true, "pour": true,
	"et": true, "y": true, "da": true, "do": true, "dos": true, "das": true, "e": true, "para": true, "por": true,
}

// opensClause: the name at a opens a clause after a fronted phrase ("In
// a statement signed by its spokesman, the MNJ said its fighters ...").
func (st *docState) opensClause(a int) bool {
	p := a - 1
	if p >= 0 && st.toks[p].Norm == "the" {
		p--
	}
	return p >= 0 && st.toks[p].Text == "," && st.sentOf[p] == st.sentOf[a]
}

// bareAcronymArmed: the acronym at i, which the recogniser did not tag,
// stands where only an armed body's name does: before its members ("M-19
// guerrillas"), after "<members> of the" or "<armed adjective> <part> of
// the" ("armed elements of the CNDD-FDD"), or before "whose fighters".
// A dateline's town in capitals ("BUNIA, May 12 -") or any placed word is
// none.
func (st *docState) bareAcronymArmed(i int) bool {
	if st.toks[i].Newline || st.placedWords(i, i+1) || st.townName(st.toks[i].Text) {
		return false
	}
	if i+1 < len(st.toks) && st.sentOf[i+1] == st.sentOf[i] && memberWords[st.toks[i+1].Norm] {
		return true
	}
	p := i - 1
	if p >= 0 && st.toks[p].Norm == "the" {
		p--
	}
	if p >= 1 && (st.toks[p].Norm == "of" || st.toks[p].Norm == "from") && memberWords[st.toks[p-1].Norm] && st.sentOf[p-1] == st.sentOf[i] {
		return true
	}
	return st.armedPartOf(i) || st.whoseMembers(i, i+1)
}
