package claim

import (
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// The rules of this file give a de facto or separatist authority's
// speakers the authority's side (actor.Authority), where the earlier
// rules gave them the state the map puts its land in, or none.
//
// An authority's own story (its outlet names it, or its dateline is one
// of its towns: "TSKHINVALI —" in an Ossetian daily) names the
// authority's offices as any home paper names its state's: "the
// interior ministry", "the president", "the press service", "the city's
// executive committee", "Its spokesman, NAME". The reader knows whose
// they are; the actor stage, which knows only recognised states, gives
// them the state of the place. A body or title the story qualifies by a
// state ("the Georgian interior ministry", "Baku said") keeps that state.
//
// Any story that names one authority's land on the days of its rule or
// war calls the authority's people "the separatists", "the rebels", "a
// separatist commander", "the breakaway region's leader, NAME": those
// words give the authority, not the state of the place nor the state a
// demonym in the title names ("rebel Serb leader NAME").

// ownAuthority is the authority whose own story this is: the one whose
// name the outlet holds, else the one whose town the story's first
// dateline names, among those that held their land on the story's day.
func (st *state) ownAuthority() (actor.Authority, bool) {
	if st.ownAuthDone {
		return st.ownAuth, st.ownAuth.Side != ""
	}
	st.ownAuthDone = true
	auths := actor.AuthoritiesOn(st.storyDay())
	outlet := " " + strings.Join(strings.Fields(actor.Fold(st.doc.Article.Outlet)), " ") + " "
	found := 0
	for _, a := range auths {
		for _, n := range a.Names {
			if strings.Contains(outlet, " "+n+" ") {
				if found == 0 || st.ownAuth.Side != a.Side {
					found++
				}
				st.ownAuth = a
				break
			}
		}
	}
	if found > 1 {
		st.ownAuth = actor.Authority{}
		return st.ownAuth, false
	}
	if found == 1 {
		return st.ownAuth, true
	}
	for _, d := range st.datelines {
		if d.Start > homeDatelineReach || d.Towns > 1 || len(d.Places) == 0 {
			break
		}
		town := strings.Join(strings.Fields(actor.Fold(st.doc.Text[d.Places[0].Start:d.Places[0].End])), " ")
		for _, a := range auths {
			for _, t := range a.Towns {
				if t == town {
					st.ownAuth = a
					return a, true
				}
			}
		}
		break
	}
	return st.ownAuth, false
}

// storyDay is the story's publication day, as an ISO date.
func (st *state) storyDay() string {
	day := strings.TrimSpace(st.doc.Article.Published)
	if len(day) > 10 {
		day = day[:10]
	}
	return day
}

// separatistParty is the authority a story's "separatists" and "rebels"
// belong to: its own authority, else the one authority of the story's
// day whose land or name the text names, when the story also names the
// state the authority broke from (a story of Syria's rebels that names
// Abkhazia in passing names no Georgia).
func (st *state) separatistParty() (actor.Authority, bool) {
	if st.sepDone {
		return st.sep, st.sep.Side != ""
	}
	st.sepDone = true
	if a, ok := st.ownAuthority(); ok {
		st.sep = a
		return a, true
	}
	var named map[string]bool // the authorities' names the text holds
	var found actor.Authority
	auths := actor.AuthoritiesOn(st.storyDay())
	for i, a := range auths {
		if i == 0 {
			named = authorityNamesIn(actor.FoldedText(st.doc))
		}
		if !slices.ContainsFunc(a.Names, func(n string) bool { return named[n] }) {
			continue
		}
		if found.Side != "" && found.Side != a.Side {
			return actor.Authority{}, false // two authorities: no one party
		}
		found = a
	}
	if found.Side == "" {
		// a story that names no authority's land: the one authority of
		// the day whose land a place of the story lies in (GeoNames'
		// region "Abkhazia" of a village of Gali), else the one that
		// broke from the state the story is filed from ("the
		// separatists" of a Baku daily of 2016)
		found = st.placedAuthority(auths)
	}
	if found.Side == "" || !st.namesSide(found.State) {
		return actor.Authority{}, false
	}
	st.sep = found
	return found, true
}

// placedAuthority is the one authority of auths whose name is the
// region of one of the story's places, else the one whose state the
// story is filed from (filedFromState); none when two fit.
func (st *state) placedAuthority(auths []actor.Authority) actor.Authority {
	var found actor.Authority
	for _, p := range st.doc.Places {
		region := strings.Join(strings.Fields(actor.Fold(p.Admin1)), " ")
		if region == "" {
			continue
		}
		for _, a := range auths {
			for _, n := range a.Names {
				if n == region {
					if found.Side != "" && found.Side != a.Side {
						return actor.Authority{}
					}
					found = a
				}
			}
		}
	}
	if found.Side != "" {
		return found
	}
	home := st.filedFromState()
	if home == "" {
		return found
	}
	for _, a := range auths {
		if a.State != home {
			continue
		}
		if found.Side != "" && found.Side != a.Side {
			return actor.Authority{}
		}
		found = a
	}
	return found
}

// notWordRune splits folded text into words (letters, digits, hyphens).
func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r >= 0x80)
}

// authorityNamesIn returns the names of actor.Authority (every
// authority's) that folded text holds as whole words: a name of several
// words is those words in a row, whatever separates them. It reads the
// text once, word by word, and looks each word up among the names' first
// words. (The text joined with single spaces and searched for each name
// in spaces, as this was written first, read the text about forty times
// a story: 2 % of the pipeline's instructions.)
func authorityNamesIn(folded string) map[string]bool {
	var named map[string]bool
	for at := 0; at < len(folded); {
		a, b := nextWord(folded, at)
		for _, n := range authorityNameWords[folded[a:b]] {
			if named[n.name] || !wordsFollow(folded, b, n.rest) {
				continue
			}
			if named == nil {
				named = map[string]bool{}
			}
			named[n.name] = true
		}
		at = max(b, at+1)
	}
	return named
}

// nextWord returns the first word of s at or after byte from, as
// strings.FieldsFunc(s, notWordRune) splits s (a == b == len(s) when
// there is none). Every byte of a rune from 0x80 is from 0x80 itself,
// and so is every byte that is no rune: bytes tell words as runes do.
func nextWord(s string, from int) (a, b int) {
	a = from
	for a < len(s) && !isWordByte(s[a]) {
		a++
	}
	b = a
	for b < len(s) && isWordByte(s[b]) {
		b++
	}
	return a, b
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// wordsFollow: the words of s from byte at are, in order, rest (and
// maybe more).
func wordsFollow(s string, at int, rest []string) bool {
	for _, w := range rest {
		a, b := nextWord(s, at)
		if s[a:b] != w {
			return false
		}
		at = b
	}
	return true
}

// authorityName is a name of an authority (actor.Authority.Names) split
// into its first word and the rest.
type authorityName struct {
	name string
	rest []string
}

// authorityNameWords indexes every authority's names by their first word
// (authorityNamesIn). The names are folded words separated by single
// spaces (TestAuthorityNameShapes).
var authorityNameWords = func() map[string][]authorityName {
	out := map[string][]authorityName{}
	for _, a := range actor.AuthoritiesOn("") {
		for _, n := range a.Names {
			ws := strings.Split(n, " ")
			if slices.ContainsFunc(out[ws[0]], func(o authorityName) bool { return o.name == n }) {
				continue
			}
			out[ws[0]] = append(out[ws[0]], authorityName{name: n, rest: ws[1:]})
		}
	}
	return out
}()

// namesSide: an entity of the story has side, or a place lies in its
// state.
func (st *state) namesSide(side string) bool {
	for _, e := range st.doc.Entities {
		if e.Side == side {
			return true
		}
	}
	for _, p := range st.doc.Places {
		if p.Country != "" && st.sideOfISO2[p.Country] == side {
			return true
		}
	}
	return false
}

// separatistWords name a breakaway party's people or bodies.
var separatistWords = map[string]bool{
	"separatist": true, "separatists": true, "rebel": true, "rebels": true, "breakaway": true,
	"secessionist": true, "secessionists": true, "self-proclaimed": true, "facto": true,
}

// parentStateWords name the state a region in arms fights, in the
// region's own paper ("the federal government", "the central
// government"): its bodies are the state's, not the region's.
var parentStateWords = map[string]bool{"federal": true, "central": true}

// authorityHeads head the name of an authority's body or office, as a
// state's (stateHeads, stateTitledHeads), and those a de facto
// authority's own papers use: "the defence department", "the Supreme
// Soviet", "the political wing", "army headquarters".
var authorityHeads = map[string]bool{
	"department": true, "soviet": true, "parliament": true, "assembly": true, "president": true,
	"presidency": true, "headquarters": true, "wing": true, "secretariat": true, "centre": true,
	"center": true, "leadership": true, "cabinet": true, "administration": true, "army": true,
	"government": true, "ministry": true, "committee": true, "service": true, "council": true,
	"leader": true, "minister": true, "office": true, "command": true, "forces": true,
	"bureau": true,
}

// authoritySpeakerSide is the authority's side for speaker spk when the
// story is the authority's own (a bare body, office or titled official
// of the state of the place, or of none) or when its words name the
// story's separatist party ("Separatist commander NAME", "the
// separatists' spokesman, NAME,", "A rebel spokesman", "The
// separatists"). persons are the persons this rule sided before, whose
// pronouns keep the side; prev the speaker of the claim before and gap
// the sentences between them. ok is false when the rule does not apply.
func (st *state) authoritySpeakerSide(spk, prev speaker, gap int, persons map[string]string) (string, bool) {
	a, b := spk.a, spk.b
	if a < 0 || b <= a || b > len(st.toks) {
		return "", false
	}
	isPerson := spk.ent >= 0 && st.doc.Entities[spk.ent].Kind == parallax.KindPerson
	if sep, ok := st.separatistParty(); ok && spk.side != sep.Side && st.actorOfAuthority(sep, spk) {
		// "The Peshmerga General Command gave ... it said": a body the
		// actor stage named for the authority's forces, and the
		// pronouns it takes up
		return sep.Side, true
	}
	if pronoun(st.toks[a].Text) && b == a+1 {
		if side, ok := persons[spk.actor]; ok && spk.actor != "" {
			return side, true
		}
		if sep, ok := st.separatistParty(); ok && prev.side == sep.Side && gap >= 0 && gap <= 1 && (spk.actor != "" && spk.actor == prev.actor || st.norm(a) == "it" && (spk.side == "" || spk.side == sep.State)) {
			// "The Kurdistan Region Security Council said ... It said",
			// "the Peshmerga ministry said. It said"
			return sep.Side, true
		}
		own, ok := st.ownAuthority()
		if ok && st.norm(a) == "it" && gap >= 0 && gap <= 1 && prev.side == own.Side && (spk.side == "" || spk.side == own.State) {
			return own.Side, true // "The defence department said ... It said"
		}
		return "", false
	}
	if sep, ok := st.separatistParty(); ok && spk.side != sep.Side && (st.separatistNamed(a, b) || st.authorityNamed(sep, a, b)) && !st.namesCountryWord(a, b) {
		return sep.Side, true
	}
	if sep, ok := st.separatistParty(); ok && sep.Region && spk.side != sep.Side && (spk.side == "" || st.isStateSide(spk.side)) && st.bareRegionalBody(a, b) {
		return sep.Side, true // "A spokesman for the regional government" in a story of Tigray's war
	}
	own, ok := st.ownAuthority()
	if !ok || spk.side != "" && spk.side != own.State {
		return "", false
	}
	if k := st.ownerBefore(spk); k >= 0 && (st.norm(k) == "regime" || prev.side != own.Side && gap >= 0 && gap <= 1) {
		return "", false // "The regime accuses ... Its communication service said": the state's
	}
	head := st.norm(b - 1)
	if isPerson {
		if spk.side == "" && !authorityHeads[head] {
			return "", false // a resident, or a body the tagger took for a person only
		}
	} else if !authorityHeads[head] && !stateHeads[head] && !stateTitledHeads[head] {
		return "", false
	}
	if st.namesCountryWord(a, b) || st.namesCountryWord(st.modifiersBefore(a), a) {
		return "", false // "the Georgian interior ministry", "Baku"
	}
	for k := st.modifiersBefore(a); k < b; k++ {
		if parentStateWords[st.norm(k)] {
			return "", false // "the federal government" in a region's own paper
		}
	}
	if side, qualified := st.qualifierSide(a, b); qualified && side != "" && side != own.Side {
		return "", false // "Georgia's interior ministry"
	}
	return own.Side, true
}

// separatistNamed: a word for a breakaway party stands among the
// speaker's words [a, b), among the modifiers before them ("Separatist
// commander NAME", "The breakaway region's leader, NAME,"), or in an
// apposition right after them (", the separatists' chief spokesman,").
func (st *state) separatistNamed(a, b int) bool {
	for k := st.modifiersBefore(a); k < b; k++ {
		if separatistWords[st.norm(k)] {
			return true
		}
	}
	if b+1 < len(st.toks) && st.norm(b) == "," && determiners[st.norm(b+1)] {
		for k := b + 1; k < len(st.toks) && k < b+8 && st.sentOf[k] == st.sentOf[a]; k++ {
			if w := st.norm(k); w == "," {
				break
			} else if separatistWords[w] {
				return true
			}
		}
	}
	return false
}

// modifiersBefore is the first token of the words that modify the
// speaker's noun phrase at a from before it: titles, ranks, names and
// possessors back to a determiner ("The separatist leader" before a
// name, "the republic's" before "defence department"), over a comma
// right before a name in apposition ("The breakaway region's leader,
// NAME"); at most six tokens.
func (st *state) modifiersBefore(a int) int {
	if a <= 0 || a >= len(st.toks) {
		return a
	}
	first := st.sentTok[st.sentOf[a]][0]
	k := a
	for k > first && a-k < 6 {
		w := st.norm(k - 1)
		switch {
		case w == "," && k == a && st.personAt(a):
		case w == "'s" || w == "’s" || w == "'" || w == "’":
		case st.toks[k-1].Word && !st.toks[k-1].InQuote:
			if determiners[w] {
				return k - 1
			}
		default:
			return k
		}
		k--
	}
	return k
}

// personAt: a person entity starts at token a (a name after its title
// and a comma, "The breakaway region's leader, NAME").
func (st *state) personAt(a int) bool {
	ei, ok := st.entStart[a]
	return ok && st.doc.Entities[ei].Kind == parallax.KindPerson
}

// authorityNamed: a name of authority au stands among the speaker's
// words [a, b), the modifiers before them ("A Biafran spokesman", "the
// Abkhaz defence ministry") or an apposition after them.
func (st *state) authorityNamed(au actor.Authority, a, b int) bool {
	var ws []string
	for k := st.modifiersBefore(a); k < b; k++ {
		ws = append(ws, st.norm(k))
	}
	if b+1 < len(st.toks) && st.norm(b) == "," && determiners[st.norm(b+1)] {
		// an apposition right after the speaker ("NAME, the Kurdistan
		// Region's president,")
		for k := b + 1; k < len(st.toks) && k < b+8 && st.sentOf[k] == st.sentOf[a] && st.norm(k) != ","; k++ {
			ws = append(ws, st.norm(k))
		}
	}
	words := " " + strings.Join(ws, " ") + " "
	for _, n := range au.Names {
		if strings.Contains(words, " "+n+" ") {
			return true
		}
	}
	return false
}

// actorOfAuthority: the speaker's side is the authority's forces' own
// code that the actor stage gave a group the base lacks ("PESHMERGA"),
// or the speaker, sided with the authority's state or none, takes up an
// actor whose name names the authority ("Peshmerga").
func (st *state) actorOfAuthority(au actor.Authority, spk speaker) bool {
	if spk.side != "" {
		code := strings.ToLower(spk.side)
		for _, n := range au.Names {
			if strings.ReplaceAll(n, " ", "") == code {
				return true
			}
		}
		if spk.side != au.State {
			return false
		}
	}
	if spk.actor == "" {
		return false
	}
	name := " " + strings.Join(strings.FieldsFunc(actor.Fold(spk.actor), notWordRune), " ") + " "
	for _, n := range au.Names {
		if strings.Contains(name, " "+n+" ") {
			return true
		}
	}
	return false
}

// bareRegionalBody: the speaker's words, with the modifiers before them,
// are "the regional" and a body's or office's head, and no name ("the
// regional government", "the regional communication bureau"): in a
// story of one region's war with its state, that region's.
func (st *state) bareRegionalBody(a, b int) bool {
	if !authorityHeads[st.norm(b-1)] {
		return false
	}
	regional := false
	for k := st.modifiersBefore(a); k < b; k++ {
		w := st.norm(k)
		switch {
		case w == "regional":
			regional = true
		case st.toks[k].Cap && !determiners[w] && k > st.sentTok[st.sentOf[k]][0]:
			return false // a name: "the Amhara regional government"
		}
	}
	return regional
}
