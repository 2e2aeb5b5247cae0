package quantity

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// context is what the count rules know about the whole document: its
// sentences, where parties are named, who opposes whom, the claims and the
// date expressions.
type context struct {
	doc   *parallax.Document
	sents []words.Sentence
	// mentions[si][j] is the side named by word j of sentence si ("" when
	// none): from the entities that carry a side, else from the side names.
	mentions   [][]string
	opponents  map[string]string
	countSpans []parallax.Span
	// dateSpans are the spans of the document's time expressions, joined
	// and sorted (inDate).
	dateSpans words.DateSpans
	// heads maps the start of each count found in earlier sentences to
	// the noun of its people ("soldiers"), where it has one.
	heads map[int]string
	// targets[si] are the sides sentence si names as attacked; mainTarget
	// is the side the article names most often so.
	targets    [][]string
	mainTarget string
	// states are the sides that are states (Stage.states).
	states map[string]bool
	// para is the paragraph number of each sentence.
	para []int
	// codes maps a GeoNames country code to its side (Stage.countryCodes).
	codes map[string]string
	// war: 1 when the article tells of war, -1 when not, 0 not yet known
	// (warStory).
	war int
	// countrySides are the sides of codes, made when first asked for.
	countrySides map[string]bool
	// passing are the groups named only in passing (passingGroups), made
	// when first asked for.
	passing map[string]bool
	// headlines is how many of the first sentences are the headline
	// (headlineSentences).
	headlines int
	// author is the side the document speaks for in its own first person
	// (authorSide), regime the state it names as a regime (namedRegime),
	// made when first asked for.
	author, regime         string
	authorDone, regimeDone bool
}

// dotted are the abbreviations with periods that name a side.
var dotted = map[string]string{"u.s": "USA", "u.k": "GBR", "u.n": "UNO"}

// neutral sides are bodies that take no part in the fighting, so they are
// never anyone's opponent.
var neutral = map[string]bool{"UNO": true, "EU": true, "OSCE": true, "ICRC": true, "AU": true}

func newContext(doc *parallax.Document, sents []words.Sentence, sides *words.Sides, states map[string]bool, codes map[string]string) *context {
	c := &context{doc: doc, sents: sents, mentions: make([][]string, len(sents)), para: make([]int, len(sents)),
		states: states, codes: codes, dateSpans: words.JoinDates(doc.Dates)}
	p := 0
	for si, s := range sents {
		if si > 0 && sents[si-1].End <= s.Start && s.Start <= len(doc.Text) && strings.Contains(doc.Text[sents[si-1].End:s.Start], "\n\n") {
			p++
		}
		c.para[si] = p
		m := make([]string, len(s.Words))
		for j := 0; j < len(s.Words); {
			side, n := sides.At(s.Words, j)
			if n == 0 {
				j++
				continue
			}
			for k := j; k < j+n; k++ {
				m[k] = side
			}
			j += n
		}
		for j := 0; j+1 < len(s.Words); j++ {
			// "U.S." is scanned as "U.S" and ".": the name list has it
			// whole. The list is asked last: few words have a stop
			// joined to them.
			if s.Words[j+1].Lower != "." || s.Words[j].End != s.Words[j+1].Start || m[j] != "" {
				continue
			}
			if side := dotted[s.Words[j].Lower]; side != "" {
				m[j], m[j+1] = side, side
			}
		}
		c.mentions[si] = m
	}
	// Entities with a side override the name list where they overlap.
	if len(doc.Entities) > 0 {
		for _, e := range doc.Entities {
			if e.Side == "" {
				continue
			}
			si := c.sentenceOf(e.Start)
			if si < 0 {
				continue
			}
			ws := sents[si].Words
			for j := range ws {
				if ws[j].Start >= e.Start && ws[j].End <= e.End {
					c.mentions[si][j] = e.Side
				}
			}
		}
	}
	c.opponents = c.findOpponents()
	c.targets = c.targetsOf()
	tally := map[string]int{}
	for _, ts := range c.targets {
		for _, t := range ts {
			tally[t]++
		}
	}
	c.mainTarget = argmax(tally, "")
	return c
}

// sentenceOf returns the index in sents of the sentence holding off.
func (c *context) sentenceOf(off int) int {
	i := sort.Search(len(c.sents), func(i int) bool { return c.sents[i].End > off })
	if i < len(c.sents) && c.sents[i].Start <= off {
		return i
	}
	return -1
}

func (c *context) sideAt(si, j int) string { return c.mentions[si][j] }

// sideInSentence reports whether a word of sentence si names side.
func (c *context) sideInSentence(si int, side string) bool {
	for _, s := range c.mentions[si] {
		if s == side {
			return true
		}
	}
	return false
}

// countBefore reports whether a count was found in sentence si before
// offset off.
func (c *context) countBefore(si, off int) bool {
	for _, sp := range c.countSpans {
		if sp.End <= off && sp.Start >= c.sents[si].Start {
			return true
		}
	}
	return false
}

func (c *context) sentText(si int) string { return words.Text(c.doc, c.sents[si]) }

// inDate reports whether byte off lies in one of the document's time
// expressions (asked for every word: see words.DateSpans).
func (c *context) inDate(off int) bool { return c.dateSpans.Covers(off) }

func (c *context) inCountPhrase(si, j int) bool {
	w := c.sents[si].Words[j]
	for _, sp := range c.countSpans {
		if sp.Start <= w.Start && w.End <= sp.End {
			return true
		}
	}
	return false
}

// claimFor returns the claim that carries a count at [start, end): the
// innermost claim whose span holds it, else a claim whose cue is in the
// same sentence; nil in the reporter's voice.
//
// A claim of responsibility ("ISIS claimed the bombing, which killed 30")
// or a condemnation ("condemns the attack, which killed 50") carries the
// event, not its toll: the toll is the reporter's, so such claims carry no
// count. A statement introduced by "said:" and not quoted (a government
// release: "The Foreign Secretary said:" and then its paragraphs) goes on
// to the end of the text or to the next claim's cue.
func (c *context) claimFor(start, end, si int) *parallax.Claim {
	var best *parallax.Claim
	for i := range c.doc.Claims {
		cl := &c.doc.Claims[i]
		if cl.Start <= start && end <= cl.End && (best == nil || cl.End-cl.Start < best.End-best.Start) {
			best = cl
		}
	}
	if best != nil {
		if c.carriesNoCount(best, start) {
			// ("The United States condemns the bombing that killed 19,
			// the spokeswoman said": the toll is told by another claim
			// that holds it, whoever tells of the condemnation)
			var other *parallax.Claim
			for i := range c.doc.Claims {
				cl := &c.doc.Claims[i]
				if cl != best && cl.Start <= start && end <= cl.End && cl.Speaker.Side != "" && !c.carriesNoCount(cl, start) &&
					(other == nil || cl.End-cl.Start < other.End-other.Start) {
					other = cl
				}
			}
			return other
		}
		if best.Speaker.Text == "" && best.Speaker.Side == "" {
			// "concerned by reports that ISIL has killed 70": a claim with
			// no speaker inside another is told by the outer speaker.
			if outer := c.enclosing(best); outer != nil {
				return outer
			}
		}
		return best
	}
	// A claim whose cue is in the sentence: the one whose claimed words lie
	// nearest the count.
	s := c.sents[si]
	var near *parallax.Claim
	nd := 0
	for i := range c.doc.Claims {
		cl := &c.doc.Claims[i]
		if cl.Cue.End > cl.Cue.Start && s.Start <= cl.Cue.Start && cl.Cue.Start < s.End {
			d := max(cl.Start-end, start-cl.End, 0)
			if near == nil || d < nd {
				near, nd = cl, d
			}
		}
	}
	if near != nil {
		if c.carriesNoCount(near, start) {
			return nil
		}
		return near
	}
	return c.statementBefore(s.Start)
}

// enclosing returns the smallest claim with a speaker's side whose span
// holds cl's, nil if none.
func (c *context) enclosing(cl *parallax.Claim) *parallax.Claim {
	var best *parallax.Claim
	for i := range c.doc.Claims {
		o := &c.doc.Claims[i]
		if o == cl || o.Speaker.Side == "" || !(o.Start <= cl.Start && cl.End <= o.End) {
			continue
		}
		if best == nil || o.End-o.Start < best.End-best.Start {
			best = o
		}
	}
	return best
}

// statementBefore returns the unquoted statement introduced by a colon
// ("said:") that the text at off still belongs to: no other claim's cue
// lies between its cue and off. nil when there is none.
func (c *context) statementBefore(off int) *parallax.Claim {
	var st *parallax.Claim
	for i := range c.doc.Claims {
		cl := &c.doc.Claims[i]
		if cl.Cue.End <= cl.Cue.Start || cl.Cue.Start >= off {
			continue
		}
		if st == nil || cl.Cue.Start > st.Cue.Start {
			st = cl
		}
	}
	if st == nil || st.End > off {
		return nil
	}
	if c.colonStatement(st) {
		return st
	}
	// A claim inside the statement ("The Foreign Secretary said: The
	// United Kingdom condemns ...") does not end it.
	for i := range c.doc.Claims {
		cl := &c.doc.Claims[i]
		if cl != st && cl.Start <= st.Cue.Start && st.Cue.Start < cl.End && cl.End <= off && c.colonStatement(cl) {
			return cl
		}
	}
	return nil
}

// colonStatement reports whether a claim is a statement introduced by its
// cue and a colon, and not quoted ("The minister said:\n\nI am deeply
// concerned ...").
func (c *context) colonStatement(cl *parallax.Claim) bool {
	t := c.doc.Text
	if cl.Cue.End > len(t) || cl.Start > len(t) || cl.End > len(t) || cl.Start >= cl.End {
		return false
	}
	rest := strings.TrimLeft(t[cl.Cue.End:], " \t")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	return !strings.ContainsAny(t[cl.Start:cl.End], "\"“”«»")
}

// carriesNoCount reports whether a claim carries an event rather than what
// happened in it: a claim of responsibility ("claimed responsibility for
// the attack", "claimed the bombing", "attacks claimed by ISIS") or a
// condemnation or other judgement of an event ("condemns the attack").
//
// A count the claimant goes on to tell ("claimed responsibility for the
// bombing, saying it had killed 20") is theirs all the same.
func (c *context) carriesNoCount(cl *parallax.Claim, at int) bool {
	t := c.doc.Text
	if cl.Cue.End <= cl.Cue.Start || cl.Cue.End > len(t) {
		return false
	}
	if cl.Cue.End < at && at <= len(t) {
		for _, w := range strings.Fields(strings.ToLower(t[cl.Cue.End:at])) {
			switch strings.Trim(w, ",.;:“”\"") {
			case "saying", "said", "adding", "added", "claiming", "stating", "announcing", "boasting":
				return false
			}
		}
	}
	cue := strings.ToLower(t[cl.Cue.Start:cl.Cue.End])
	for _, j := range judgementCues {
		if strings.HasPrefix(cue, j) {
			return true
		}
	}
	if !strings.HasPrefix(cue, "claim") {
		return false
	}
	after := strings.Fields(strings.ToLower(t[cl.Cue.End:min(len(t), cl.Cue.End+80)]))
	if len(after) > 0 && (after[0] == "responsibility" || after[0] == "credit" || after[0] == "by") {
		return true
	}
	// "claimed (the) dual attacks": the claimed thing is an attack.
	if cl.Start < cl.Cue.End || cl.End > len(t) {
		return false
	}
	// Not a clause whose subject is the attack: "claimed (that) strikes
	// destroyed 10 tanks" tells what the strikes did.
	fs := strings.Fields(strings.ToLower(t[cl.Start:cl.End]))
	for i, w := range fs {
		if i >= 4 || w == "that" {
			break
		}
		if attackNouns[strings.Trim(w, ",.;:")] {
			if i+1 < len(fs) && (strings.HasSuffix(fs[i+1], "ed") || verbAfterAttack[fs[i+1]]) {
				return false
			}
			if attackSubject(fs, i) {
				return false
			}
			return true
		}
	}
	return false
}

// attackSubject reports whether the attack noun fs[i] heads a phrase of
// place that its verb follows ("claimed that an Israeli strike on a house
// in Nuseirat killed 11"): the attack is the subject of what is claimed,
// not the thing claimed. A relative pronoun or a comma ends the phrase
// ("claimed the attack on the base that killed 12" claims the attack).
func attackSubject(fs []string, i int) bool {
	if i+1 >= len(fs) || !placePrepositions[fs[i+1]] {
		return false
	}
	for j := i + 2; j < len(fs) && j <= i+9; j++ {
		w := fs[j]
		if w == "that" || w == "which" || w == "who" || strings.HasSuffix(w, ",") {
			return false
		}
		if determinerWords[fs[j-1]] || placePrepositions[fs[j-1]] {
			continue // ("on the fortified base": a modifier)
		}
		if strings.HasSuffix(w, "ed") || verbAfterAttack[w] {
			return true
		}
	}
	return false
}

// placePrepositions open the phrase of place after an attack noun.
var placePrepositions = map[string]bool{"on": true, "in": true, "near": true, "at": true, "against": true}

// determinerWords stand before a noun or its modifier.
var determinerWords = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true}

// verbAfterAttack are verbs, not ending in -ed, that make an attack noun
// the subject of a clause: "claimed strikes hit 12 targets".
var verbAfterAttack = map[string]bool{"hit": true, "struck": true, "shot": true, "had": true, "have": true,
	"has": true, "were": true, "was": true, "left": true, "took": true, "brought": true, "cost": true}

// judgementCues are cues that judge an event rather than tell it.
var judgementCues = []string{"condemn", "denounc", "deplor", "decr", "mourn", "welcom", "prais", "hail", "applaud", "lament"}

// attackNouns are the nouns of attacks that a group claims.
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"assault": true, "raid": true, "raids": true, "ambush": true, "massacre": true, "killing": true,
	"killings": true, "explosion": true, "explosions": true, "shooting": true, "strike": true, "strikes": true,
	"operation": true, "assassination": true, "kidnapping": true, "abduction": true, "hijacking": true,
}

// findOpponents works out, for each side that speaks in the article, the
// side it fights: the party it names most inside its own claims, else the
// party the article names most. Neutral bodies are left out.
func (c *context) findOpponents() map[string]string {
	global := map[string]int{}
	inClaims := map[string]map[string]int{}
	// A side said anywhere to arm a party ("accused the UAE of supplying
	// the drones") is its backer, not its opponent's foe in the field, in
	// every sentence of the story.
	backers := map[string]bool{}
	for si, s := range c.sents {
		for j, side := range c.mentions[si] {
			if side != "" && (j == 0 || c.mentions[si][j-1] != side) && armsSupplier(s.Words, c.mentions[si], j) {
				backers[side] = true
			}
		}
	}
	for si, s := range c.sents {
		for j, side := range c.mentions[si] {
			if side == "" || (j > 0 && c.mentions[si][j-1] == side) || supplierMention(s.Words, j) || backers[side] || endorserMention(s.Words, c.mentions[si], j) {
				continue
			}
			global[side]++
			off := s.Words[j].Start
			for _, cl := range c.doc.Claims {
				sp := cl.Speaker.Side
				if sp == "" || sp == side || !(cl.Start <= off && off < cl.End) {
					continue
				}
				if inClaims[sp] == nil {
					inClaims[sp] = map[string]int{}
				}
				inClaims[sp][side]++
			}
		}
	}
	if r := c.namedRegime(); r != "" {
		// "Our only aim is to stop the regime's massacres", "regime
		// forces": in a speaker's words, the regime the story names
		for si, s := range c.sents {
			for j, w := range s.Words {
				if !regimeWords[w.Lower] || c.mentions[si][j] != "" || j > 0 && c.mentions[si][j-1] != "" {
					continue
				}
				for _, cl := range c.doc.Claims {
					if sp := cl.Speaker.Side; sp != "" && sp != r && c.states[sp] && cl.Start <= w.Start && w.Start < cl.End {
						if inClaims[sp] == nil {
							inClaims[sp] = map[string]int{}
						}
						inClaims[sp][r]++
					}
				}
			}
		}
	}
	sides := map[string]bool{}
	for s := range global {
		sides[s] = true
	}
	for _, cl := range c.doc.Claims {
		if cl.Speaker.Side != "" {
			sides[cl.Speaker.Side] = true
		}
	}
	out := map[string]string{}
	var where string // the state the article's places lie in, worked out once
	whereDone := false
	for s := range sides {
		if o := argmax(inClaims[s], s); o != "" {
			out[s] = o
			continue
		}
		out[s] = argmax(global, s)
		if c.states[s] || neutral[s] || c.states[out[s]] {
			continue
		}
		// An armed group fights a state: the one the article names most,
		// else the one where its places lie ("Tehreek-e-Taliban
		// Pakistan" names no state), rather than another group it names.
		states := map[string]int{}
		for k, n := range global {
			if c.states[k] {
				states[k] = n
			}
		}
		if o := argmax(states, s); o != "" {
			out[s] = o
			continue
		}
		if !whereDone {
			where, whereDone = c.dominantCountry(nil), true
		}
		if where != "" {
			out[s] = where
		}
	}
	return out
}

func argmax(m map[string]int, not string) string {
	best, bn := "", 0
	for k, v := range m {
		if k == not || neutral[k] {
			continue
		}
		if v > bn || (v == bn && k < best) {
			best, bn = k, v
		}
	}
	return best
}

// party reports whether side takes part in the story's fighting: it
// speaks in a claim, or a speaker fights it.
func (c *context) party(side string) bool {
	for _, cl := range c.doc.Claims {
		if sp := cl.Speaker.Side; sp == side || sp != "" && c.opponents[sp] == side {
			return true
		}
	}
	return false
}

// soleStateParty returns the one state that takes part in the story's
// fighting, when the parties (speakers and the sides they fight, neutral
// bodies left out) hold exactly one state and the article's places lie in
// it: the state of a war against an armed group at home. "" otherwise (a
// war between states, or one fought abroad). A de facto state
// (deFacto: Ambazonia, Karabakh) is the armed group of that war, not a
// second state.
func (c *context) soleStateParty(deFacto map[string]bool) string {
	state := ""
	for _, cl := range c.doc.Claims {
		for _, side := range []string{cl.Speaker.Side, c.opponents[cl.Speaker.Side]} {
			if side == "" || neutral[side] || !c.states[side] || deFacto[side] || side == state {
				continue
			}
			if state != "" {
				return ""
			}
			state = side
		}
	}
	if state == "" || c.dominantCountry(nil) != state {
		return ""
	}
	return state
}

// opponent returns the side that side fights in this article, "" if unknown.
func (c *context) opponent(side string) string { return c.opponents[side] }

// parsedAgent reads who did what the verb at word j says from the parse,
// where the parser has run: its subject ("nsubj") or passive agent
// ("obl:agent", "by" oblique), or a party among their modifiers ("the
// Armenian army"); a pronoun stands for the claim's speaker.
func (c *context) parsedAgent(si, j int, claim *parallax.Claim) (string, bool) {
	s := c.sents[si]
	if s.Index < 0 || s.Words[j].Tok < 0 {
		return "", false
	}
	c.doc.Parsed(s.Index) // parses it now in the pipeline
	toks := c.doc.Sentences[s.Index].Tokens
	v := s.Words[j].Tok
	if toks[v].Rel == "" || (toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX") {
		return "", false
	}
	sideOf := func(t int) (string, bool) {
		for k, w := range s.Words {
			if w.Tok != t || c.datelineWord(si, k) {
				// (the parser may take the dateline's town for the
				// subject: "MEXICO CITY (Wire) - Gunmen ... killed")
				continue
			}
			if side := c.mentions[si][k]; side != "" {
				return side, true
			}
			switch w.Lower {
			case "it", "we", "they", "he", "she", "our", "its", "their", "his":
				if claim != nil {
					return c.speakerSide(claim), true
				}
			}
		}
		return "", false
	}
	for k, t := range toks {
		if t.Head != v+1 || !(t.Rel == "nsubj" || t.Rel == "obl:agent") {
			continue
		}
		if side, ok := sideOf(k); ok {
			return side, true
		}
		for m, u := range toks {
			if u.Head == k+1 && (u.Rel == "amod" || u.Rel == "compound" || u.Rel == "nmod:poss" || u.Rel == "nmod" || u.Rel == "flat") {
				if c.targetToken(si, m) {
					continue // "airstrikes against al-Qaida operatives": whom they hit
				}
				if side, ok := sideOf(m); ok {
					return side, true
				}
			}
		}
	}
	return "", false
}

// targetMarkers are the words before a party's name that make it the target
// of an attack: a number ("engaged four ISIL tactical units"), a preposition
// of attack ("strikes against al-Qaida") or an attack verb ("hit Hamas
// positions").
var targetMarkers = map[string]bool{
	"against": true, "targeting": true, "targeted": true, "on": true, "engaged": true, "engaging": true,
	"struck": true, "hit": true, "attacked": true, "attacking": true, "bombed": true, "shelled": true,
	"pounded": true, "raided": true,
}

// targetsOf lists, for each sentence, the sides named there as the target
// of an attack: after a target marker, or as the holder in "ISIL-held".
func (c *context) targetsOf() [][]string {
	out := make([][]string, len(c.sents))
	for si := range c.sents {
		for j, side := range c.mentions[si] {
			if side == "" || (j > 0 && c.mentions[si][j-1] == side) {
				continue
			}
			if c.isTarget(si, j) {
				out[si] = append(out[si], side)
			}
		}
	}
	return out
}

// isTarget reports whether the party named from word j of sentence si on
// is named as attacked: "ISIL-held", or after a target marker, a number or
// a target marker and an article ("engaged an ISIL tactical unit").
func (c *context) isTarget(si, j int) bool {
	ws := c.sents[si].Words
	w := ws[j].Lower
	if strings.Contains(w, "-held") || strings.Contains(w, "-controlled") {
		return true
	}
	if j == 0 {
		return false
	}
	p := ws[j-1].Lower
	if (p == "a" || p == "an" || p == "the") && j > 1 {
		p = ws[j-2].Lower
	}
	return targetMarkers[p] || isDigits(p) || units[p] > 0
}

// target returns the party attacked in sentence si: the first one named
// there as a target, else the one the article names most often as a
// target (a strike report names "ISIL" once per paragraph and then lists
// what was destroyed); "" when the article names none.
func (c *context) target(si int) string {
	if len(c.targets[si]) > 0 {
		return c.targets[si][0]
	}
	return c.mainTarget
}

// violentNear reports whether sentence si, or the sentence right before it,
// speaks of an attack or of fighting: "Another 46 people were wounded"
// after the sentence that tells of the strike.
func (c *context) violentNear(si int) bool {
	return c.violent(si) || c.fighting(si) || si > 0 && (c.violent(si-1) || c.fighting(si-1))
}

// warStory reports whether the article tells of war: two of its
// sentences speak of attacks or fighting. People killed where one of its
// sentences places them ("2,900 people were killed in Goma") are then
// victims of the war, not of an accident.
func (c *context) warStory() bool {
	if c.war == 0 {
		c.war = -1
		n := 0
		for si := range c.sents {
			if c.violent(si) || c.fighting(si) || c.militaryLoss(si) {
				n++
			}
		}
		if n >= 2 {
			c.war = 1
		}
	}
	return c.war > 0
}

// militaryLoss reports whether sentence si tells of forces' losses:
// "Ukraine had lost up to 1,610 servicemen and 32 tanks".
func (c *context) militaryLoss(si int) bool {
	force, loss := false, false
	for _, w := range c.sents[si].Words {
		switch w.Lower {
		case "troops", "soldiers", "servicemen", "tanks", "forces", "personnel":
			force = true
		case "lost", "killed", "wounded", "captured", "destroyed", "prisoner", "prisoners":
			loss = true
		}
	}
	return force && loss
}

// unrestAround reports words of civil unrest (a protest, a riot, a crowd
// throwing stones) in sentence si or the one before it.
func (c *context) unrestAround(si int) bool {
	// (news gives most sentences a paragraph of their own: the sentence
	// before counts whatever its paragraph)
	for k := si; k >= 0 && k >= si-1; k-- {
		for _, w := range c.sents[k].Words {
			if unrestWords[w.Lower] {
				return true
			}
		}
	}
	return false
}

// unrestWords tell of a protest or riot and of the crowd's acts.
var unrestWords = map[string]bool{
	"protest": true, "protests": true, "protesters": true, "protestors": true, "demonstrators": true,
	"demonstration": true, "demonstrations": true, "riot": true, "riots": true, "rioters": true, "rioting": true,
	"mob": true, "stones": true, "stone-pelting": true, "agitators": true, "agitation": true, "strikers": true,
	"hartal": true, "bandh": true, "melee": true, "scuffles": true, "marchers": true, "crowd": true,
	"march": true, "marched": true, "rally": true, "teargas": true, "tear-gas": true, "rubber": true, "crackdown": true,
}

// agentNotState reports that count f names no state as who hurt its
// people: no agent, or an agent of no state's side.
func (c *context) agentNotState(si int, f found) bool {
	return f.agent == "" || !c.states[f.agent]
}

// violent reports whether sentence si speaks of an attack.
func (c *context) violent(si int) bool {
	for _, w := range c.sents[si].Words {
		if violenceWords[w.Lower] {
			return true
		}
	}
	return false
}

// placeSide returns the side of the state where sentence si happens, from
// the sentence or its clear context: the country most of its places lie in
// (else a country it names after a preposition, "in northeastern Syria");
// else the places of the sentences before it in its paragraph (at most
// two); else the country of the article's places when one country holds
// two thirds of them, so that a single-conflict story dates its later
// sentences to where it happens while a roundup of several conflicts
// gives a sentence with no place of its own no owner. "" when none of
// these names a state.
//
// The side of an attacker named in the sentence ("the Israeli strike") is
// left out: the victims are not theirs, even where a demonym was taken for
// a place.
func (c *context) placeSide(si int, codes map[string]string, attackers map[string]bool) string {
	// own: a state's forces striking in their own country (a junta's
	// airstrike on a village in Sagaing Region) hit its people; a town or
	// region of the attacker's own state is then where they were, though
	// never a country's name or a demonym taken for a place.
	own := false
	in := func(lo, hi int) string {
		tally := map[string]int{}
		for _, p := range c.doc.Places {
			side := c.placeState(p)
			if q := c.possessor(p); q != "" {
				side = q // "Khartoum's Salha district": in Khartoum's country
			}
			if side == "" || attackers[side] && !(own && c.states[side] && c.ownGround(p)) || c.namesOtherParty(p, side) {
				continue
			}
			if lo <= p.Start && p.End <= hi && originAt(c.doc.Text, p.Start) {
				continue // "shells fired from X killed five": not where they fell
			}
			if c.dateline(p) {
				continue // "DUBAI, Sept 22 (Reuters) -": where the bureau is
			}
			if lo <= p.Start && p.End <= hi {
				tally[side] += 1000
			} else {
				// ties go to the country the article's places lie in most
				tally[side]++
			}
		}
		best := argmax(tally, "")
		if tally[best] < 1000 {
			return ""
		}
		return best
	}
	s := c.sents[si]
	if side := in(s.Start, s.End); side != "" {
		return side
	}
	if side := c.countryNamed(si, attackers); side != "" {
		return side
	}
	if len(attackers) > 0 {
		own = true
		side := in(s.Start, s.End)
		own = false
		if side != "" {
			return side
		}
	}
	for k := si - 1; k >= 0 && si-k <= 2 && c.para[k] == c.para[si]; k-- {
		if side := in(c.sents[k].Start, c.sents[k].End); side != "" {
			return side
		}
	}
	if ws := s.Words; si > 0 && len(ws) > 0 && continuation[ws[0].Lower] {
		// "Another 46 people were wounded": the sentence goes on with
		// the one before, whatever the paragraphs (wire copy gives each
		// sentence its own)
		if side := in(c.sents[si-1].Start, c.sents[si-1].End); side != "" {
			return side
		}
	}
	return c.dominantCountry(attackers)
}

// possessor returns the state of the place whose possessive stands right
// before place p ("Khartoum's Salha district", "Sudan's White Nile
// state"), "" when none does: the smaller place lies in it, whatever
// namesake the geoparser chose.
func (c *context) possessor(p parallax.Place) string {
	t := c.doc.Text
	k := p.Start
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	switch {
	case strings.HasSuffix(t[:k], "'s"), strings.HasSuffix(t[:k], "’s"):
	default:
		return ""
	}
	end := strings.LastIndex(t[:k], "'")
	if e2 := strings.LastIndex(t[:k], "’"); e2 > end {
		end = e2
	}
	for _, q := range c.doc.Places {
		if q.End == end {
			return c.placeState(q)
		}
	}
	return ""
}

// ownGround reports whether place p is a town or region named as such,
// not a country's name or a word the geoparser placed that stands before a
// noun as a demonym does ("Israeli strike").
func (c *context) ownGround(p parallax.Place) bool {
	if p.Feature == "" || strings.HasPrefix(p.Feature, "A.PCL") {
		return false
	}
	si := c.sentenceOf(p.Start)
	if si < 0 {
		return false
	}
	ws := c.sents[si].Words
	for j := range ws {
		if ws[j].Start == p.Start && ws[j].End == p.End && j+1 < len(ws) {
			// one word before the noun of an attack or of forces is the
			// attacker's demonym
			nx := ws[j+1].Lower
			return !(attackNounsBy[nx] || stateForceNouns[nx] || armedNouns[nx] || forceWords[nx])
		}
	}
	return true
}

// forceWords name a state's forces or weapons after its demonym: "Russian
// forces", "Israeli jets".
var forceWords = map[string]bool{"forces": true, "army": true, "military": true, "jets": true, "jet": true,
	"drones": true, "drone": true, "missiles": true, "missile": true, "warplanes": true, "aircraft": true,
	"artillery": true, "navy": true, "air": true, "troops": true}

// placeState returns the side of the state a place lies in: its
// country's, unless the actor stage gave its name the side of de facto
// authorities (Stepanakert, whose GeoNames country is Azerbaijan, is
// NKR's), as the knowledge base records them.
func (c *context) placeState(p parallax.Place) string {
	side := c.codes[p.Country]
	for _, e := range c.doc.Entities {
		if e.Side == "" || e.Side == side || e.Start >= p.End || p.Start >= e.End || !c.states[e.Side] || c.countrySide(e.Side) {
			continue
		}
		if e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation {
			return e.Side
		}
	}
	return side
}

// countrySide reports whether side is a country's (an ISO code of the
// country table), not de facto authorities'.
func (c *context) countrySide(side string) bool {
	if c.countrySides == nil {
		c.countrySides = make(map[string]bool, len(c.codes))
		for _, s := range c.codes {
			c.countrySides[s] = true
		}
	}
	return c.countrySides[side]
}

// dominantCountry returns the side of the country that holds two thirds
// of the article's places (attackers' countries left out), "" when no
// country does.
func (c *context) dominantCountry(attackers map[string]bool) string {
	// (a country's own name is as often its government, "Russia's
	// defence ministry", as where things happen: the places inside
	// countries count when there are any)
	tally, total, inner := map[string]int{}, 0, false
	for _, p := range c.doc.Places {
		inner = inner || p.Feature != "" && !strings.HasPrefix(p.Feature, "A.PCL")
	}
	for _, p := range c.doc.Places {
		side := c.placeState(p)
		if side == "" || attackers[side] || c.namesOtherParty(p, side) || inner && strings.HasPrefix(p.Feature, "A.PCL") {
			continue
		}
		tally[side]++
		total++
	}
	if best := argmax(tally, ""); best != "" && 3*tally[best] >= 2*total {
		return best
	}
	return ""
}

// continuation are the first words of a sentence that goes on with the
// one before it.
var continuation = map[string]bool{"another": true, "among": true, "of": true, "it": true, "they": true,
	"both": true, "most": true}

// countryNamed returns the state sentence si names as where something
// happens: a state's name after a preposition ("in northeastern Syria"),
// not an attacker's; "" when there is none.
func (c *context) countryNamed(si int, attackers map[string]bool) string {
	ws := c.sents[si].Words
	for j, side := range c.mentions[si] {
		if side == "" || !c.states[side] || attackers[side] || (j > 0 && c.mentions[si][j-1] == side) {
			continue
		}
		if originAt(c.doc.Text, ws[j].Start) {
			continue // "the attackers had come from X"
		}
		if words.AfterPreposition(ws, j) && startsUpper(ws[j].Text) && !c.isTarget(si, j) && !demonymLike(ws, j) && c.gpeAt(ws[j]) {
			return side
		}
		if j+1 < len(ws) && placeNouns[ws[j+1].Lower] && startsUpper(ws[j].Text) && demonymLike(ws, j) {
			// "missile attacks on Israeli cities", "in Lebanese
			// villages": a demonym before a noun of places names the
			// state where it happened, as its name would
			return side
		}
	}
	return ""
}

// placeNouns are the nouns of places a demonym can modify: "Israeli
// cities", "Ukrainian territory", "a Syrian village".
var placeNouns = map[string]bool{
	"city": true, "cities": true, "town": true, "towns": true, "village": true, "villages": true,
	"territory": true, "soil": true, "region": true, "regions": true, "province": true, "provinces": true,
	"port": true, "ports": true, "capital": true,
	"communities": true, "settlements": true, "districts": true, "district": true, "countryside": true,
	"hamlet": true, "hamlets": true, "neighbourhoods": true, "neighborhoods": true, "areas": true,
}

// gpeAt reports whether the actor stage took word w for a place or a
// country's name (not a word of an organisation's name, "the Syrian
// Observatory").
func (c *context) gpeAt(w words.Word) bool {
	for _, e := range c.doc.Entities {
		if e.Start <= w.Start && w.End <= e.End {
			return e.Kind == parallax.KindGPE || e.Kind == parallax.KindLocation
		}
	}
	return false
}

// demonymLike reports whether the name at word j stands before a
// lower-case noun, as a demonym does ("in Syrian territory" names no
// country), rather than ending its phrase as a country's name does ("in
// Mali on Sunday", "in northeastern Syria.").
func demonymLike(ws []words.Word, j int) bool {
	if j+1 >= len(ws) {
		return false
	}
	nx := ws[j+1]
	return nx.Text != "" && nx.Text[0] >= 'a' && nx.Text[0] <= 'z' && !npStop[nx.Lower] && !postNoun[nx.Lower] && !bareFollow[nx.Lower]
}

// namesOtherParty reports whether a place's words are an armed group's or
// an organisation's name (the actor stage's entity) of a side other than
// the place's state: a group's name put on the map ("Hamas" placed in
// Germany) says nothing of where the victims were. Names of places that
// stand for their authorities ("Nagorno-Karabakh", "Gaza") are places.
func (c *context) namesOtherParty(p parallax.Place, side string) bool {
	for _, e := range c.doc.Entities {
		if e.Side == "" || e.Side == side || e.Start >= p.End || p.Start >= e.End {
			continue
		}
		switch e.Kind {
		case parallax.KindGroup, parallax.KindOrganization, parallax.KindMilitary:
			return true
		}
	}
	return false
}

// attackNounsBy are the nouns of attacks a party's demonym or name
// modifies: "Israeli strike", "Russian shelling".
var attackNounsBy = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "air": true, "shelling": true,
	"attack": true, "attacks": true, "bombing": true, "bombardment": true, "raid": true, "raids": true,
	"missile": true, "missiles": true, "rocket": true, "rockets": true, "drone": true, "drones": true,
	"forces": true, "troops": true, "jets": true, "warplanes": true, "artillery": true, "fire": true,
	"aggression": true,
}

// weaponModifiers stand between an attacker's demonym and the attack noun:
// "Ukrainian naval drone", "Russian ballistic missile".
var weaponModifiers = map[string]bool{"naval": true, "sea": true, "ballistic": true, "cruise": true,
	"hypersonic": true, "guided": true, "long-range": true, "kamikaze": true, "aerial": true, "unmanned": true,
	"artillery": true, "mortar": true, "tank": true, "glide": true}

// attackers returns the sides named in sentence si as attacking: a party
// right before an attack noun ("Israeli strike", "Russian forces").
func (c *context) attackers(si int) map[string]bool {
	ws := c.sents[si].Words
	var out map[string]bool
	for j := 0; j+1 < len(ws); j++ {
		side := c.mentions[si][j]
		if side == "" || c.mentions[si][j+1] == side {
			continue
		}
		k := j + 1
		for k < len(ws) && k <= j+4 && (ws[k].Lower == "-" || ws[k].Lower == "and" || c.mentions[si][k] != "" && c.mentions[si][k] != side) {
			k++ // "US-Israeli aggression", "Saudi and Emirati strikes"
		}
		for n := 0; k < len(ws) && n < 2 && weaponModifiers[ws[k].Lower]; n++ {
			k++ // "a Ukrainian naval drone attack", "a Russian ballistic missile"
		}
		if k >= len(ws) || !attackNounsBy[ws[k].Lower] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[side] = true
	}
	// A place the geoparser found inside a word before an attack noun
	// ("US-Israeli aggression" as one word): its state attacks too.
	for j := 0; j+1 < len(ws); j++ {
		if !attackNounsBy[ws[j+1].Lower] || !strings.Contains(ws[j].Lower, "-") {
			continue
		}
		for _, p := range c.doc.Places {
			if ws[j].Start <= p.Start && p.End <= ws[j].End {
				if side := c.placeState(p); side != "" {
					if out == nil {
						out = map[string]bool{}
					}
					out[side] = true
				}
			}
		}
	}
	return out
}

// launchVerbs send weapons at a target: "Russia launched 58 drones".
var launchVerbs = map[string]bool{"launched": true, "fired": true, "sent": true, "launching": true,
	"firing": true, "launches": true, "fires": true}

// launcher returns the party that sentence si, or the one before it,
// says launched weapons ("Russia fired 728 drones and 13 missiles", "58
// drones Russia launched overnight"): the first party named as subject
// within three words before a launch verb; "" when there is none.
func (c *context) launcher(si int) string {
	for k := si; k >= 0 && si-k <= 1; k-- {
		ws := c.sents[k].Words
		for j, w := range ws {
			if !launchVerbs[w.Lower] {
				continue
			}
			for i := max(0, j-3); i < j; i++ {
				if side := c.mentions[k][i]; side != "" && !words.AfterPreposition(ws, i) && !c.isTarget(k, i) {
					return side
				}
			}
		}
	}
	return ""
}

// subjectBefore returns the side of the first party named in sentence si
// before word k, not after a preposition nor as a target ("Russia attacked
// Kharkiv with 17 drones": Russia), "" when there is none.
func (c *context) subjectBefore(si, k int) string {
	ws := c.sents[si].Words
	from := 0
	for j := 0; j < len(ws) && j < 10; j++ {
		if w := ws[j].Lower; w == "-" || w == "—" || w == "–" {
			from = j + 1 // "KHARKIV (Ukrinform) - Russia ...": the outlet is no party
			break
		}
	}
	for j := from; j < k && j < len(ws); j++ {
		if side := c.mentions[si][j]; side != "" && !words.AfterPreposition(ws, j) && !c.isTarget(si, j) {
			return side
		}
	}
	return ""
}

// onlyGroupIn returns the one non-state party sentence si names (not a
// state, not an international body), "" when it names none or several.
func (c *context) onlyGroupIn(si int, states map[string]bool) string {
	group := ""
	for _, side := range c.mentions[si] {
		if side == "" || states[side] || neutral[side] {
			continue
		}
		if group != "" && group != side {
			return ""
		}
		group = side
	}
	return group
}

// namedIn reports whether sentence si names side.
func (c *context) namedIn(si int, side string) bool {
	for _, sd := range c.mentions[si] {
		if sd == side && side != "" {
			return true
		}
	}
	return false
}

// onlyGroup returns the one non-state party the article names (not a state,
// not an international body), "" when it names none or several.
func (c *context) onlyGroup(states map[string]bool) string {
	group := ""
	passing := c.passingGroups()
	for si := range c.mentions {
		for _, side := range c.mentions[si] {
			if side == "" || states[side] || neutral[side] || side == "NATO" || side == "CSTO" || side == group || passing[side] {
				continue
			}
			if group != "" {
				return ""
			}
			group = side
		}
	}
	return group
}

// passingGroups returns the groups the article names only as another
// group's patron ("JNIM, linked to al-Qaeda", "the Kashmir Tigers,
// believed to be a shadow group of the Jaish-e-Mohammed"): such a name says
// nothing of whose the unnamed fighters of the story are (the golds give
// the fighters of a story of JNIM's attack to JNIM, and leave the Kupwara
// infiltrators of a story that names the Jaish only so without owner).
func (c *context) passingGroups() map[string]bool {
	if c.passing != nil {
		return c.passing
	}
	patron := map[string]bool{}
	for si := range c.mentions {
		ws := c.sents[si].Words
		for j, side := range c.mentions[si] {
			if side == "" || c.states[side] || neutral[side] || j > 0 && c.mentions[si][j-1] == side {
				continue
			}
			if _, seen := patron[side]; !seen || patron[side] {
				patron[side] = patronAt(ws, j)
			}
		}
	}
	c.passing = map[string]bool{}
	for side, only := range patron {
		if only {
			c.passing[side] = true
		}
	}
	return c.passing
}

// patronAt reports whether the name at ws[j] stands as the patron of
// another named group: "JNIM, linked to al-Qaeda", "the Front, a shadow
// group of the X", "an offshoot of X". Unnamed fighters "linked to the
// Islamic State" are that group's own, so "linked to" makes a patron only
// after a name.
func patronAt(ws []words.Word, j int) bool {
	k := j - 1
	if k >= 0 && ws[k].Lower == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch ws[k].Lower {
	case "to", "with":
		switch ws[k-1].Lower {
		case "linked", "affiliated", "allied", "loyal", "aligned", "tied", "close":
		default:
			return false
		}
		m := k - 2
		for m >= 0 {
			switch ws[m].Lower {
			case ",", "which", "is", "are", "was", "were", "closely", "reportedly", "believed", "said", "to", "be":
				m--
				continue
			}
			break
		}
		// (a capital that opens the sentence is no name: "Insurgents
		// linked to the Islamic State beheaded ...")
		return m >= 0 && (ws[m].Lower == ")" || m > 0 && startsUpper(ws[m].Text)) && !armedNouns[ws[m].Lower]
	case "of":
		switch ws[k-1].Lower {
		case "offshoot", "affiliate", "branch", "proxy", "front", "splinter":
			return true
		case "group", "outfit", "faction", "wing":
			return k >= 2 && (ws[k-2].Lower == "shadow" || ws[k-2].Lower == "splinter" || ws[k-2].Lower == "front")
		}
	}
	return false
}

// placeInSentence reports whether sentence si names a place.
func (c *context) placeInSentence(si int) bool {
	s := c.sents[si]
	for _, p := range c.doc.Places {
		if s.Start <= p.Start && p.End <= s.End {
			return true
		}
	}
	return false
}

// locatedIn reports whether a place of sentence si stands after a
// preposition ("in Russia's Kursk region", "near Bakhmut"), where it says
// where something happened rather than whose body speaks ("Ukraine's
// military said").
func (c *context) locatedIn(si int) bool {
	s := c.sents[si]
	for _, p := range c.doc.Places {
		if p.Start < s.Start || p.End > s.End {
			continue
		}
		for j, w := range s.Words {
			if w.Start == p.Start {
				if words.AfterPreposition(s.Words, j) || j > 0 && (s.Words[j-1].Lower == "of" || s.Words[j-1].Lower == "in") {
					return true
				}
				break
			}
		}
	}
	return false
}

// placeNoun reports whether sentence si places what it tells by a noun of
// the story's place rather than its name: "in the capital", "across the
// city", "in the region".
func (c *context) placeNoun(si int) bool {
	ws := c.sents[si].Words
	for j := 2; j < len(ws); j++ {
		switch ws[j].Lower {
		case "capital", "city", "town", "region", "village", "province", "oblast", "district":
			if ws[j-1].Lower == "the" && words.AfterPreposition(ws, j-1) {
				return true
			}
		}
	}
	return false
}

// violentWithin reports whether sentence si or one of the n sentences
// before it speaks of an attack or of fighting.
func (c *context) violentWithin(si, n int) bool {
	for k := si; k >= 0 && si-k <= n; k-- {
		if c.violent(k) || c.fighting(k) {
			return true
		}
	}
	return false
}

// speakerSide returns the side of a claim's speaker; for a pronoun the
// claim stage left without a side ("It added that ..."), the side of the
// last claim with one within the three sentences before: who "it" is.
func (c *context) speakerSide(cl *parallax.Claim) string {
	if cl.Speaker.Side == "" {
		if side := c.possessorSide(cl); side != "" {
			// "Addis Ababa's military communique said": the party that
			// owns the body or paper that speaks
			return side
		}
	}
	if cl.Speaker.Side != "" || !pronoun(cl.Speaker.Text) && !documentNoun(cl.Speaker.Text) && !ownedByPronoun(cl.Speaker.Text) {
		return cl.Speaker.Side
	}
	if cl.Speaker.Actor != "" && pronoun(cl.Speaker.Text) && c.person(cl.Speaker.Actor) {
		// "He also disputed the prosecution's version ... he admitted
		// that he had abducted two Moroccans": a pronoun the actor stage
		// resolved to a person is that person, with the side another
		// claim of theirs gives, and else no party's, not the party of
		// the last claim with a side
		for i := range c.doc.Claims {
			if o := &c.doc.Claims[i]; o.Speaker.Actor == cl.Speaker.Actor && o.Speaker.Side != "" {
				return o.Speaker.Side
			}
		}
		return ""
	}
	si := c.sentenceOf(cl.Cue.Start)
	side, at := "", -1
	for i := range c.doc.Claims {
		o := &c.doc.Claims[i]
		if o.Speaker.Side == "" || o.Cue.Start >= cl.Cue.Start || o.Cue.Start <= at {
			continue
		}
		if oi := c.sentenceOf(o.Cue.Start); si >= 0 && oi >= 0 && si-oi <= 3 {
			side, at = o.Speaker.Side, o.Cue.Start
		}
	}
	return side
}

// ownedByPronoun reports whether a speaker's words are a body or paper
// owned by a pronoun ("Its General Command", "their military
// spokesman"): whose it is, is the party a claim just before names, as
// for "it" (speakerSide).
func ownedByPronoun(t string) bool {
	first, rest, ok := strings.Cut(t, " ")
	if !ok || rest == "" {
		return false
	}
	switch strings.ToLower(first) {
	case "its", "their":
		return true
	}
	return false
}

// speakingBodies are the heads of a speaker's words that name a party's
// organ or paper ("Baghdad's military communique", "Moscow's defence
// ministry"), whose owner is the party that speaks.
var speakingBodies = map[string]bool{"communique": true, "communiqué": true, "statement": true, "command": true,
	"headquarters": true, "ministry": true, "army": true, "military": true, "forces": true, "radio": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "government": true, "staff": true, "agency": true}

// possessorSide returns the side of the party whose possessive opens the
// words of claim cl's speaker when they name its organ or paper ("Addis
// Ababa's military communique", after a radio of the other side the actor
// stage may have taken it for), "" when they do not.
func (c *context) possessorSide(cl *parallax.Claim) string {
	if cl.Speaker.End <= cl.Speaker.Start {
		return ""
	}
	si := c.sentenceOf(cl.Speaker.Start)
	if si < 0 {
		return ""
	}
	ws := c.sents[si].Words
	side, poss, last := "", false, -1
	for j := range ws {
		if ws[j].Start < cl.Speaker.Start || ws[j].End > cl.Speaker.End {
			continue
		}
		last = j
		if side == "" && c.sideAt(si, j) != "" && j+1 < len(ws) && (ws[j+1].Lower == "'s" || ws[j+1].Lower == "’s") {
			side, poss = c.sideAt(si, j), true
		}
	}
	if !poss || last < 0 || !speakingBodies[ws[last].Lower] {
		return ""
	}
	return side
}

// person reports whether the actor is a person the article names: only
// a person's pronoun is trusted to be theirs ("it said" resolved to a
// unit or a court may stand for the ministry of the sentence before).
func (c *context) person(actor string) bool {
	for _, e := range c.doc.Entities {
		if e.Actor == actor && e.Kind == parallax.KindPerson {
			return true
		}
	}
	return false
}

// documentNoun reports whether a speaker's words name a document rather
// than its author ("According to the report", "the statement said"): the
// author is the speaker before, as for a pronoun.
func documentNoun(t string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(t), "the "), "its ")) {
	case "report", "statement", "update", "bulletin", "briefing", "communique", "communiqué", "summary":
		return true
	}
	return false
}

// announceVerbs announce a death: "The ministry announced on Friday the
// death of a soldier", "the army confirmed the deaths of two airmen".
var announceVerbs = map[string]bool{"announced": true, "announces": true, "announce": true, "confirmed": true,
	"confirms": true, "mourned": true, "mourns": true}

// announcement returns the side that announces a death in sentence si (the
// speaker of the claim whose cue is the verb, else the first party named
// before the verb in its clause) and whether the sentence announces one.
func (c *context) announcement(si int) (string, bool) {
	ws := c.sents[si].Words
	for k := range ws {
		if !announceVerbs[ws[k].Lower] && !nameVerbs[ws[k].Lower] {
			continue
		}
		death := false
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if w := ws[j].Lower; w == "names" && j+1 < len(ws) && ws[j+1].Lower == "of" {
				// "released the names of 21 more servicemen killed":
				// a list of the fallen is an announcement of their
				// deaths, when a death word goes with the servicemen
				death = namesOfFallen(ws, j+2)
				break
			}
			if !announceVerbs[ws[k].Lower] {
				continue
			}
			if w := ws[j].Lower; w == "death" || w == "deaths" {
				// of a soldier: a family announcing a singer's death
				// is no war death
				for m := j + 2; j+1 < len(ws) && ws[j+1].Lower == "of" && m < len(ws) && m <= j+6; m++ {
					if inService(ws, m) {
						death = true
						break
					}
				}
				break
			}
		}
		if !death {
			continue
		}
		for _, cl := range c.doc.Claims {
			if cl.Cue.Start <= ws[k].Start && ws[k].Start < cl.Cue.End && cl.Speaker.Side != "" {
				return cl.Speaker.Side, true
			}
		}
		for j := words.ClauseStart(ws, 0, k); j < k; j++ {
			if side := c.mentions[si][j]; side != "" && !words.AfterPreposition(ws, j) {
				return side, true
			}
		}
		return "", true
	}
	return "", false
}

// reviseVerbs set a toll's figure: "revised the death toll down to 26",
// "put the number of dead at 40". ("raised" is left out: strikes raise a
// toll as much as officials do.)
var reviseVerbs = map[string]bool{"revised": true, "revises": true, "revise": true, "updated": true,
	"updates": true, "lowered": true, "lowers": true, "corrected": true, "adjusted": true, "put": true,
	"puts": true}

// tollReviser returns the side of the party that, as the subject of a verb
// of revising before offset at in sentence si, sets the figure there ("The
// United Nations revised the number of identified women killed to
// 4,959"); "" when there is none. The verb must take a toll, a number or
// a count of the dead as its object.
func (c *context) tollReviser(si, at int) string {
	ws := c.sents[si].Words
	for k := 1; k < len(ws) && ws[k].Start < at; k++ {
		if !reviseVerbs[ws[k].Lower] {
			continue
		}
		object := false
		for j := k + 1; j < len(ws) && j <= k+4 && ws[j].Start < at; j++ {
			switch ws[j].Lower {
			case "toll", "tolls", "number", "numbers", "figure", "figures", "count", "tally":
				object = true
			}
		}
		if !object {
			continue
		}
		for j := words.ClauseStart(ws, 0, k); j < k; j++ {
			if side := c.mentions[si][j]; side != "" && !words.AfterPreposition(ws, j) {
				if j+1 < k && attackNounsBy[ws[j+1].Lower] {
					return "" // "Israeli strikes put the toll at": the attackers
				}
				return side
			}
		}
	}
	return ""
}

// nameVerbs make public a list of names: "released the names of".
var nameVerbs = map[string]bool{"released": true, "releases": true, "release": true, "published": true,
	"publishes": true, "publish": true, "issued": true, "issues": true, "announced": true}

// fallenWords say that the people of a list of names died.
var fallenWords = map[string]bool{"killed": true, "fallen": true, "dead": true, "died": true, "slain": true,
	"perished": true}

// namesOfFallen reports whether the words from m on, after "the names of",
// name people serving in the forces and say they died: "21 more
// servicemen killed in the fighting", "the fallen soldiers" (not "the
// names of 40 soldiers sent to the front").
func namesOfFallen(ws []words.Word, m int) bool {
	service, fallen := false, false
	for j := m; j < len(ws) && j <= m+6; j++ {
		if isPunct(ws[j].Lower) {
			break
		}
		service = service || inService(ws, j)
		fallen = fallen || fallenWords[ws[j].Lower]
	}
	return service && fallen
}

// inService reports whether word j names someone serving in armed forces
// or police: "soldier", "airmen", "peacekeepers", "service member" (a bare
// "member" is of a family or a club as often).
func inService(ws []words.Word, j int) bool {
	switch w := ws[j].Lower; w {
	case "airman", "airmen", "peacekeeper", "peacekeepers":
		return true
	case "member", "members":
		return j > 0 && ws[j-1].Lower == "service"
	default:
		return stateForceNouns[w]
	}
}

// announcedBefore returns the side of the death announcement in sentence si
// or in one of the four sentences before it ("... announced the death of a
// soldier. Sgt. X, 24, died May 3 in Iraq."), and whether there is one.
func (c *context) announcedBefore(si int) (string, bool) {
	for k := si; k >= 0 && si-k <= 4; k-- {
		if side, ok := c.announcement(k); ok {
			return side, true
		}
	}
	return "", false
}

// claimedTo finds a claim made with "claimed to (have)" right before the
// outcome word at word at of sentence si ("Armenia claimed to have killed
// more than 200"): the side of the party named before "claimed" in its
// clause and the index of "claimed".
func (c *context) claimedTo(si, at int) (string, int, bool) {
	ws := c.sents[si].Words
	k := at - 1
	for k >= 0 && (ws[k].Lower == "have" || ws[k].Lower == "also" || ws[k].Lower == "successfully") {
		k--
	}
	if k < 1 || ws[k].Lower != "to" {
		return "", 0, false
	}
	k--
	switch ws[k].Lower {
	case "claimed", "claims", "claim", "claiming":
	default:
		return "", 0, false
	}
	for j := words.ClauseStart(ws, 0, k); j < k; j++ {
		if side := c.mentions[si][j]; side != "" && !words.AfterPreposition(ws, j) {
			return side, k, true
		}
	}
	return "", 0, false
}

// targetToken reports whether token t of sentence si is a party named as
// attacked (isTarget at its first word).
func (c *context) targetToken(si, t int) bool {
	for j, w := range c.sents[si].Words {
		if w.Tok == t {
			return c.mentions[si][j] != "" && c.isTarget(si, j)
		}
	}
	return false
}

// bombingWords name attacks by bombs, from afar or on crowds, whose dead
// are the victims where they struck rather than fighters.
var bombingWords = map[string]bool{"bombing": true, "bombings": true, "bomb": true, "blast": true, "blasts": true,
	"explosion": true, "explosions": true, "airstrike": true, "airstrikes": true, "shelling": true,
	"suicide": true, "massacre": true,
	// strikes from afar: "A Russian missile strike on Dnipro killed 9"
	"strike": true, "strikes": true, "missile": true, "missiles": true, "rocket": true, "rockets": true,
	"drone": true, "drones": true, "shelled": true, "bombardment": true, "barrage": true,
	// a shell or mortar round that lands among people, and a bomber's
	// run: "A shell landed among people queuing for water, killing five"
	"shell": true, "shells": true, "mortar": true, "mortars": true, "bombed": true, "grenade": true}

// bombing reports whether sentence si tells of such an attack.
func (c *context) bombing(si int) bool {
	ws := c.sents[si].Words
	for j, w := range ws {
		if bombingWords[w.Lower] {
			return true
		}
		switch w.Lower {
		case "attack", "attacks", "raid", "raids", "assault":
			// "An attack on a market in Zamfara killed 14": an attack
			// on a place of civilians is as one-sided as a bombing
			if j+1 < len(ws) && (ws[j+1].Lower == "on" || ws[j+1].Lower == "against") {
				for k := j + 2; k < len(ws) && k <= j+5; k++ {
					if civilianSites[ws[k].Lower] {
						return true
					}
				}
			}
		}
	}
	return false
}

// civilianSites are places where an attack hits civilians.
var civilianSites = map[string]bool{"village": true, "villages": true, "market": true, "markets": true,
	"school": true, "schools": true, "mosque": true, "church": true, "hospital": true, "wedding": true,
	"funeral": true, "bus": true, "camp": true, "neighbourhood": true, "neighborhood": true, "town": true,
	"settlement": true, "farm": true, "civilians": true}

// dateline reports whether place p is one of a dateline's places ("DUBAI,
// Sept 22 (Reuters) -", "NAIROBI -", "IMPHAL:"): it names where the story
// was filed, not where the victims were.
func (c *context) dateline(p parallax.Place) bool {
	d, ok := dateline.Containing(dateline.Of(c.doc), p.Start)
	return ok && d.InPlaces(parallax.Span{Start: p.Start, End: p.End})
}

// groupByModifier returns the armed group that one of the two sentences
// before sentence si (in its paragraph, or right before it) names with a
// word that modifies the count in span: "Anglophone separatists killed
// five soldiers." then "Two separatist fighters were also killed." gives
// the separatists' side. "" when none does.
func (c *context) groupByModifier(si int, span parallax.Span, states map[string]bool) string {
	var mods []string
	for _, w := range c.sents[si].Words {
		if w.Start >= span.Start && w.End <= span.End && len(w.Lower) > 3 {
			mods = append(mods, w.Lower)
		}
	}
	if len(mods) == 0 {
		return ""
	}
	head := mods[len(mods)-1]
	mods = mods[:len(mods)-1] // the head is no modifier
	for k := si - 1; k >= 0 && si-k <= 2 && (c.para[k] == c.para[si] || k == si-1); k-- {
		ws := c.sents[k].Words
		for j, w := range ws {
			side := c.mentions[k][j]
			if side == "" || states[side] || neutral[side] {
				continue
			}
			for _, m := range mods {
				if w.Lower == m || w.Lower == m+"s" || w.Lower == m+"es" {
					return side
				}
			}
			if len(mods) == 0 && j+1 < len(ws) && (c.mentions[k][j+1] == "" || c.mentions[k][j+1] == side) && (ws[j+1].Lower == head || ws[j+1].Lower+"s" == head) {
				// "M23 rebels shelled the camp" / "troops killed 15
				// rebels": the group named before the same noun
				return side
			}
		}
	}
	return ""
}

// nonStateArmed reports fighters of an armed group among a sentence's
// words ("militants", "bandits", "separatist fighters").
func nonStateArmed(ws []words.Word) bool {
	for _, w := range ws {
		if armedNouns[w.Lower] {
			return true
		}
	}
	return false
}

// fightersOf reports whether sentence si names fighters of an armed group
// by another side than not: a mention followed by their noun ("Serb
// gunmen", "Baloch militants").
func (c *context) fightersOf(si int, not string) bool {
	ws := c.sents[si].Words
	for j := 0; j+1 < len(ws); j++ {
		if side := c.mentions[si][j]; side != "" && side != not && c.mentions[si][j+1] != side && armedNouns[ws[j+1].Lower] {
			return true
		}
	}
	return false
}

// speaks reports whether side speaks in one of the article's claims.
func (c *context) speaks(side string) bool {
	for _, cl := range c.doc.Claims {
		if cl.Speaker.Side == side {
			return true
		}
	}
	return false
}

// slashNames gives a side to the words that join an armed group's acronym
// to another by a slash ("27 PKK/YPG terrorists"), which no earlier stage
// resolved: the first part that is a known acronym or an entity with a
// side, unless a later part's side speaks in the story and the first's
// does not ("PKK/YPG" in a story where the SDF, the YPG's, speaks and the
// PKK does not: the golds give the fighters to the SDF).
func (c *context) slashNames(acronyms map[string]string) {
	for si, s := range c.sents {
		for j, w := range s.Words {
			if c.mentions[si][j] != "" || !strings.Contains(w.Text, "/") {
				continue
			}
			off := w.Start
			for _, part := range strings.Split(w.Text, "/") {
				side := acronyms[part]
				for _, e := range c.doc.Entities {
					if side == "" && e.Side != "" && e.Start == off && e.End == off+len(part) {
						side = e.Side
					}
				}
				off += len(part) + 1
				if side == "" {
					continue
				}
				if c.mentions[si][j] == "" || c.speaks(side) && !c.speaks(c.mentions[si][j]) {
					c.mentions[si][j] = side
				}
			}
		}
	}
}

// supplierMention reports whether word j names who made or gave a weapon
// ("a howitzer made in France", "tanks supplied by Germany"): a supplier,
// not a party to the fight.
func supplierMention(ws []words.Word, j int) bool {
	if j < 2 {
		return false
	}
	switch ws[j-2].Lower + " " + ws[j-1].Lower {
	case "made in", "built in", "produced in", "manufactured in", "supplied by", "provided by", "donated by",
		"delivered by", "made by", "built by":
		return true
	}
	if j >= 3 && ws[j-1].Lower == "the" {
		switch ws[j-3].Lower + " " + ws[j-2].Lower {
		case "made in", "built in", "produced in", "manufactured in", "supplied by", "provided by", "donated by", "delivered by":
			return true
		}
	}
	return false
}

// endorseWords before "by" name who backs a plan, a proposal or a side
// rather than who fights: "a plan backed by the United States, Spain and
// France" names no foe of the speaker.
var endorseWords = map[string]bool{"backed": true, "supported": true, "endorsed": true, "welcomed": true}

// endorserMention reports whether the mention that starts at word j is
// one of the parties after "backed by" (or "supported", "endorsed",
// "welcomed"), alone or in a list ("by the United States, Spain and
// France"); sides are the words' mention sides, as armsSupplier reads them.
func endorserMention(ws []words.Word, sides []string, j int) bool {
	for n := 0; n < 8; n++ {
		k := j - 1
		if k >= 0 && ws[k].Lower == "the" {
			k--
		}
		if k >= 1 && ws[k].Lower == "by" && endorseWords[ws[k-1].Lower] {
			return true
		}
		// a list: ", " or "and" after the mention before
		sep := false
		if k >= 0 && ws[k].Lower == "and" {
			k, sep = k-1, true
		}
		if k >= 0 && ws[k].Lower == "," {
			k, sep = k-1, true
		}
		if !sep || k < 0 || k >= len(sides) || sides[k] == "" {
			return false
		}
		for k > 0 && sides[k-1] == sides[k] {
			k--
		}
		j = k
	}
	return false
}

// supplyVerbs are what a backer is said to do for a party that fights:
// "accused the X of supplying the drones", "has denied arming the Y".
var supplyVerbs = map[string]bool{"supplying": true, "arming": true, "sponsoring": true, "financing": true,
	"funding": true, "equipping": true}

// armsSupplier reports whether the mention that starts at word j (its side
// on the words sides[j:]) is said to supply or arm a party, or denies it:
// "accused the United Arab Emirates of supplying the drones", "Abu Dhabi
// has repeatedly denied arming the RSF". A backer so named is no party to
// the fight, so not the opponent whose materiel a side shoots down.
func armsSupplier(ws []words.Word, sides []string, j int) bool {
	k := j + 1
	for k < len(ws) && k < len(sides) && sides[k] == sides[j] {
		k++
	}
	for n := 0; k < len(ws) && n < 4; k, n = k+1, n+1 {
		w := ws[k].Lower
		if supplyVerbs[w] {
			return true
		}
		if isPunct(w) || (k < len(sides) && sides[k] != "") {
			return false
		}
	}
	return false
}

// placeWithin returns the state of the first place whose words lie
// between start and end (a speaker's span: "the Gaza health ministry"),
// "" when none does.
func (c *context) placeWithin(start, end int) string {
	for _, p := range c.doc.Places {
		if start <= p.Start && p.End <= end {
			if side := c.placeState(p); side != "" {
				return side
			}
		}
	}
	return ""
}
