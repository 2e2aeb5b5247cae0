package claim

import (
	"strings"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
)

// A story about one non-state party names it once and then by what it
// is: "the movement said", "Militia denies ..." in the headline, "the
// rebels have threatened", "a source in the movement said". The actor
// stage takes such a noun up when a body spoke just before it; when none
// did (the noun opens the story, or the party last spoke paragraphs
// before), the noun is the story's party: the non-state group the story
// names most up to the noun. The noun takes no side when the story names
// no such group before it, when two groups are named as often, or when a
// body named before carries the noun in its own name ("the Naval Task
// Group ... the group said": a state's unit).

// groupClassNouns are the nouns a story uses for an armed non-state party
// it has named.
var groupClassNouns = map[string]bool{
	"group": true, "movement": true, "militia": true, "rebels": true, "insurgents": true, "militants": true,
	"guerrilla": true, "guerrillas": true, "outfit": true, "cartel": true, "jihadists": true, "rebel": true,
}

// groupNounModifiers may stand before a class noun that takes up the
// story's party ("the armed movement", "the jihadist group").
var groupNounModifiers = map[string]bool{
	"armed": true, "rebel": true, "militant": true, "insurgent": true, "separatist": true, "jihadist": true,
	"islamist": true, "guerrilla": true, "paramilitary": true, "banned": true, "outlawed": true,
	"proscribed": true, "extremist": true, "terrorist": true, "same": true, "criminal": true,
}

// storyGroupSide is the side of the story's non-state party when the
// unresolved speaker at spk is a definite class noun of armed groups ("the
// movement", "the armed group", a headline's bare "Militia") or a source
// in one ("a source in the movement"); "" otherwise.
func (st *state) storyGroupSide(spk speaker) string {
	if spk.a < 0 || spk.b <= spk.a || spk.b > len(st.toks) || spk.ent >= 0 {
		return ""
	}
	noun := spk.b - 1
	if sourceHeads[st.norm(noun)] {
		// "a source in the movement", "sources within the group"
		k := spk.b
		if !sourceLinks[st.norm(k)] || st.norm(k) == "close" || st.norm(k) == "of" {
			return ""
		}
		if st.norm(k+1) != "the" || k+2 >= len(st.toks) || st.toks[k+2].Cap {
			return ""
		}
		if k+3 < len(st.toks) && (st.norm(k+3) == "'s" || st.norm(k+3) == "’s") {
			return "" // "a source in the group's leadership": left to the body's rules
		}
		if !groupClassNouns[st.norm(k+2)] {
			return st.storyGroupByHead(spk.a, st.norm(k+2)) // "sources in the coalition"
		}
		return st.storyGroupBefore(spk.a, st.norm(k+2))
	}
	if side, ok := st.groupPossessedTitle(spk); ok {
		return side
	}
	if side, ok := st.titleOfGroupNoun(spk); ok {
		return side
	}
	if side, ok := st.groupQualifiedTitle(spk); ok {
		return side
	}
	if !groupClassNouns[st.norm(noun)] {
		return st.nameHeadSpeakerSide(spk) // "the council said" (namehead.go)
	}
	// the noun's own phrase: modifiers of armed groups only, after "the"
	// or opening the sentence or a headline's clause (a headline's
	// "Militia denies ...", "...; movement denies ...")
	a := spk.a
	definite := a > 0 && st.norm(a-1) == "the" && st.sentOf[a-1] == st.sentOf[a]
	if st.norm(a) == "the" {
		a, definite = a+1, true
	}
	for i := a; i < noun; i++ {
		if !groupNounModifiers[st.norm(i)] {
			return ""
		}
	}
	si := st.sentOf[spk.a]
	opens := si >= 0 && a == st.sentTok[si][0] || a > 0 && st.norm(a-1) == ";" && st.sentOf[a-1] == si
	if !opens && !definite {
		return ""
	}
	if (st.norm(noun) == "group" || st.norm(noun) == "movement") && st.civilSubjectBefore(spk.a) {
		return ""
	}
	return st.storyGroupBefore(spk.a, st.norm(noun))
}

// civilSubjectBefore: an organisation that has no side opens the
// sentence of token at or one of the two sentences before, or speaks in
// them ("Amnesty International said ... The group said", "..., the Sudan
// Doctors Network said Thursday. The group said", "The Freedom Party, an
// exiled political movement, said ... The movement said"): "the group" or
// "the movement" may be that body, so it takes no party's side. (A
// sideless body named in passing does not count: "the military council's
// Northeastern Command ..., the group announced".)
func (st *state) civilSubjectBefore(at int) bool {
	si := st.sentOf[at]
	if si < 0 {
		return false
	}
	lo := st.sentTok[max(si-2, 0)][0]
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindOrganization || e.Side != "" || e.Start < st.toks[lo].Start || e.End > st.toks[at].Start {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		if a < 0 {
			continue
		}
		first := st.sentTok[st.sentOf[a]][0]
		if a == first || a == first+1 && st.norm(first) == "the" || speechVerbs[st.norm(b)] || speechVerbs[st.norm(b+1)] && !st.toks[b].Word {
			return true
		}
	}
	return false
}

// speechVerbs after a body make it a speaker of its sentence.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "reported": true, "announced": true,
	"stated": true, "added": true, "claimed": true, "warned": true, "accused": true,
}

// storyGroupBefore is the side of the non-state group the story names
// most before token at (in the whole story when the noun comes before any
// group, as a headline does), "" when none or a tie; and "" when a body
// named before at carries the class noun in its own name ("Task Group",
// "Protest Movement").
func (st *state) storyGroupBefore(at int, noun string) string {
	states := map[string]bool{}
	for _, s := range st.sideOfISO2 {
		states[s] = true
	}
	pos := st.toks[at].Start
	count := func(limit int) map[string]int {
		n := map[string]int{}
		for _, e := range st.doc.Entities {
			if e.Start >= limit || e.Kind != parallax.KindGroup || e.Side == "" || states[e.Side] {
				continue
			}
			n[e.Side]++
		}
		return n
	}
	for _, e := range st.doc.Entities {
		if e.Start >= pos {
			continue
		}
		if e.Kind == parallax.KindGroup && e.Side != "" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.Text)) {
			if w == noun || w == noun+"s" {
				return "" // "the Naval Task Group Sulu ... the group said"
			}
		}
	}
	n := count(pos)
	if len(n) == 0 && st.sentOf[at] == 0 {
		n = count(len(st.doc.Text) + 1) // a headline before the story names its party
	}
	return actor.MostNamedSide(n)
}

// groupTitleHeads are the titles of a party's own people that "the
// group's" may own ("The group's spokesman said").
var groupTitleHeads = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true, "leader": true,
	"chief": true, "official": true, "officials": true, "statement": true, "office": true, "wing": true,
	"command": true, "council": true, "head": true, "secretary": true,
}

// groupPossessedTitle: the speaker is a title owned by "the" and a class
// noun of armed groups ("The group's spokesman said", "the movement's
// media office"): the story's party's side, and true; false when the
// speaker is no such title.
func (st *state) groupPossessedTitle(spk speaker) (string, bool) {
	a := spk.a
	if st.norm(a) == "the" {
		a++
	} else if a == 0 || st.norm(a-1) != "the" {
		return "", false
	}
	if a+2 >= spk.b+1 || !groupClassNouns[st.norm(a)] && !groupNameHeads[st.norm(a)] || st.toks[a].Cap && a > 0 && st.norm(a-1) != "the" {
		return "", false
	}
	if p := st.norm(a + 1); p != "'s" && p != "’s" && p != "'" && p != "’" {
		return "", false
	}
	if !groupTitleHeads[st.norm(spk.b-1)] {
		return "", false
	}
	if !groupClassNouns[st.norm(a)] {
		return st.storyGroupByHead(a, st.norm(a)), true // "the council's spokesman" (namehead.go)
	}
	return st.storyGroupBefore(a, st.norm(a)), true
}

// groupStatementSide: the unresolved speaker is "the statement" or "its
// statement" and the body that spoke last, in this sentence or the two
// before, is a non-state group ("The group's spokesman said its losses
// were limited. ... the statement said"): that group's side, else "".
// A state's body that spoke last is left to the other rules.
func (st *state) groupStatementSide(spk speaker, si int, last speaker, lastSent int) string {
	if spk.a < 0 || spk.b != spk.a+1 && !(spk.b == spk.a+2 && (st.norm(spk.a) == "the" || st.norm(spk.a) == "its")) {
		return ""
	}
	if h := st.norm(spk.b - 1); h != "statement" && h != "communique" && h != "communiqué" {
		return ""
	}
	det, reach := st.norm(spk.b-2), 2
	if det == "same" && st.norm(spk.b-3) == "the" {
		// "The same statement says", after the group's spokesman said
		// it in a statement: the words name the statement again, across
		// a transcript's answers (the last body that spoke, up to ten
		// sentences before)
		det, reach = "the", 10
	}
	if spk.b-2 < 0 || det != "the" && det != "its" {
		return ""
	}
	if last.side == "" || si-lastSent > reach || det == "its" && si-lastSent > 1 {
		return ""
	}
	for _, e := range st.doc.Entities {
		if e.Kind == parallax.KindGroup && e.Side == last.side {
			return last.side
		}
	}
	return ""
}

// titleOfGroupNoun: the speaker is a title of a party's own people set
// before "of the" or "for the" and a class noun or name head of armed
// groups ("a commander of the force told", "a spokesman for the
// movement"): the story's party's side, and true; false when the speaker
// is no such title. The noun must end its phrase ("a commander of the
// force's second brigade" is left to the body's rules).
func (st *state) titleOfGroupNoun(spk speaker) (string, bool) {
	k := spk.b
	if !groupTitleHeads[st.norm(k-1)] || st.norm(k) != "of" && st.norm(k) != "for" || st.norm(k+1) != "the" {
		return "", false
	}
	noun := k + 2
	if noun >= len(st.toks) || st.toks[noun].Cap || st.sentOf[noun] != st.sentOf[k-1] {
		return "", false
	}
	if next := st.norm(noun + 1); next == "'s" || next == "’s" || next == "of" || noun+1 < len(st.toks) && st.toks[noun+1].Cap && st.toks[noun+1].Word {
		return "", false
	}
	w := st.norm(noun)
	switch {
	case groupClassNouns[w]:
		return st.storyGroupBefore(spk.a, w), true
	case groupNameHeads[w]:
		return st.storyGroupByHead(spk.a, w), true
	}
	return "", false
}

// fighterNouns are the plural nouns of a movement's fighters that the
// name of a people, a region or a state may qualify ("Tuareg rebels",
// "Chad rebels", "Eritrean guerrillas", "Western rebels").
var fighterNouns = map[string]bool{
	"rebels": true, "guerrillas": true, "insurgents": true, "separatists": true, "militants": true,
}

// qualifiedFightersSide: the speaker is one capitalised word and a plural
// noun of fighters opening its sentence or a headline's clause ("Tuareg
// rebels say ...", "Chad rebels say ...", "...; Eritrean guerrillas claim
// ..."): the story's movement (the non-state group it names most), not
// the state the word may name; "" when the story names none. ok is false
// when the speaker is no such phrase or the word is a group's own name
// ("Seleka rebels", which the actor stage reads).
func (st *state) qualifiedFightersSide(spk speaker) (side string, ok bool) {
	if spk.a < 0 || spk.b-spk.a != 2 || spk.b > len(st.toks) || !fighterNouns[st.norm(spk.b-1)] || !st.toks[spk.a].Cap {
		return "", false
	}
	if spk.ent >= 0 && st.doc.Entities[spk.ent].Kind != parallax.KindGPE {
		return "", false
	}
	si := st.sentOf[spk.a]
	opens := si >= 0 && spk.a == st.sentTok[si][0] || spk.a > 0 && st.norm(spk.a-1) == ";" && st.sentOf[spk.a-1] == si
	if !opens {
		return "", false
	}
	g := st.storyGroupBefore(spk.a, st.norm(spk.b-1))
	if ei, eb, ok := st.entityStartingAt(spk.a); ok && g == "" && eb == spk.b-1 && st.doc.Entities[ei].Kind != parallax.KindGPE && st.doc.Entities[ei].Side != "" {
		// "UNITA rebels said" where the story names no movement
		// before it: the qualifier is the group's own name, which the
		// noun phrase's side already is
		return "", false
	}
	return g, true
}

// groupMediaHeads are a party's own outlets, which speak for it as its
// officials do ("the rebels' radio said").
var groupMediaHeads = map[string]bool{"radio": true, "station": true, "website": true, "newspaper": true, "agency": true}

// fighterAdjectives make a title the title of a non-state armed party's
// man ("a rebel commander", "a guerrilla spokesman").
var fighterAdjectives = map[string]bool{"rebel": true, "insurgent": true, "guerrilla": true, "militant": true, "jihadist": true}

// groupQualifiedTitle: the speaker is a bare title or outlet after an
// armed party's class noun in the possessive ("the rebels' radio", "the
// guerrillas' spokesman") or after an adjective of armed parties ("A
// rebel commander told reporters"): the story's party's side, and true;
// false when the speaker is no such title.
func (st *state) groupQualifiedTitle(spk speaker) (string, bool) {
	a := spk.a
	if spk.b != a+1 || a < 2 || st.sentOf[a-1] != st.sentOf[a] {
		return "", false
	}
	if h := st.norm(a); !groupTitleHeads[h] && !groupMediaHeads[h] {
		return "", false
	}
	if p := st.norm(a - 1); (p == "'" || p == "’" || p == "'s" || p == "’s") && groupClassNouns[st.norm(a-2)] && a >= 3 && st.norm(a-3) == "the" {
		return st.storyGroupBefore(a, st.norm(a-2)), true
	}
	if fighterAdjectives[st.norm(a-1)] && (!st.toks[a-1].Cap || st.norm(a-2) == "a" || st.norm(a-2) == "the") {
		return st.storyGroupBefore(a, st.norm(a-1)), true
	}
	return "", false
}

// rebelApposition is the story's armed party for a person speaker whose
// apposition calls them a fighters' man ("NAME, the rebel leader,",
// "NAME, the rebels' spokesman,"), where the knowledge base or the
// story's state gave the person a state's side (a rebel leader who later
// became his state's president); "" when the speaker has no such
// apposition or the story names no armed party before it.
func (st *state) rebelApposition(spk speaker) string {
	a, b := spk.a, spk.b
	if a < 0 || b+4 > len(st.toks) || spk.ent < 0 || st.doc.Entities[spk.ent].Kind != parallax.KindPerson {
		return ""
	}
	if st.norm(b) != "," || !articleWords[st.norm(b+1)] {
		return ""
	}
	switch {
	case fighterAdjectives[st.norm(b+2)] && !st.toks[b+2].Cap && groupTitleHeads[st.norm(b+3)]:
		return st.storyGroupBefore(a, st.norm(b+2)) // ", the rebel leader"
	case b+5 <= len(st.toks) && groupClassNouns[st.norm(b+2)] && (st.norm(b+3) == "'" || st.norm(b+3) == "’") && groupTitleHeads[st.norm(b+4)]:
		return st.storyGroupBefore(a, st.norm(b+2)) // ", the rebels' spokesman"
	}
	return ""
}
