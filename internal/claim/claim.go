// Package claim finds attributed claims: who says what, through which cue,
// with which stance, quoted directly or reported. It reads the actor
// stage's entities to name and resolve speakers, and the dependency parse
// when present to find the subject of a reporting verb.
package claim

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// Stage is the claim stage. Its lexicons are read-only tables in
// cues.go; it reads one column pair of the actor knowledge base, each
// state's side by its ISO alpha-2 code, to place a story by its towns.
type Stage struct {
	sideOfISO2 map[string]string
	// sides of the organisations an outlet may be (loadAgencySides)
	agencySides map[string]string
	// sides of the knowledge base's bodies by folded alias (loadBodySides)
	bodySides map[string]string
	// the states' names, aliases, demonyms and capitals (loadCountryWords)
	countryWords map[string]countryWord
	// speakers re-chooses the rules' speakers (learned.go); nil: rules only
	speakers SpeakerModel
	// sideModel fills the sides the rules leave empty (sidemodel.go);
	// nil: rules only
	sideModel *SideModel
	// states: the sides that are states (stateSides)
	states     map[string]bool
	statesOnce sync.Once
}

// New returns the claim stage.
func New() *Stage {
	return &Stage{sideOfISO2: loadISO2Sides(), agencySides: loadAgencySides(), bodySides: loadBodySides(), countryWords: loadCountryWords()}
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "claim" }

// speaker of a draft claim: tokens [a, b) naming it (a < 0 when nothing
// does) and the entity it resolves to (-1 when none).
type speaker struct {
	a, b  int
	ent   int
	actor string
	side  string
}

type draft struct {
	cueA, cueB   int
	contA, contB int // content tokens [contA, contB)
	spk          speaker
	deny         bool
	direct       bool
	passive      bool
	// cont: a quotation paragraph without a cue of its own that goes on
	// with the speaker and cue of the quotation before it
	cont bool
	// agentless: a passive accusation that names no one ("X was accused
	// of ..."): a claim with no speaker
	agentless bool
	// block: a statement introduced by "X said:" at the end of its
	// paragraph, running over the paragraphs after it
	block bool
}

type quote struct{ open, close int } // token indices of the marks; close -1 when unclosed

type state struct {
	doc       *parallax.Document
	datelines []dateline.Dateline // the document's (dateline.Of)
	home      string              // homeState, read once
	homeDone  bool
	// homeDailyState, read once (govside.go)
	homeDaily     string
	homeDailyDone bool
	toks          []actor.Tok
	sents         []parallax.Span
	sentOf        []int
	sentTok       [][2]int // token range of each sentence
	// entities usable as speakers, by the token where they start and end
	entStart map[int]int
	entEnd   map[int]int
	quotes   []quote
	quoteOf  []int // token -> quote index, -1 outside quotes (marks included)
	drafts   []draft
	lastSpk  speaker // the last named speaker, for agentless passives
	lastSent int
	// the last statement or release named as a source ("a Defense
	// Department news release"), which "the release said" takes up
	lastRelease     speaker
	lastReleaseSent int
	// each state's side by its ISO alpha-2 code (Stage.sideOfISO2)
	sideOfISO2 map[string]string
	// Stage.countryWords
	countryWords map[string]countryWord
	// the side of the state whose release the article is (publisherSide)
	pubSide string
	pubDone bool
	// Stage.agencySides
	agencySides map[string]string
	// Stage.bodySides
	kbBodies map[string]string
	// claims of others' statements the sentence names, added after its
	// own acts (asClaimedTail)
	owned []draft

	// placedHome is placedHomeState's answer, found on first need
	placedHome     string
	placedHomeDone bool

	// ownAuthority's and separatistParty's answers (authority.go)
	ownAuth, sep         actor.Authority
	ownAuthDone, sepDone bool
}

// Process implements pipeline.Stage.
func (s *Stage) Process(doc *parallax.Document) {
	if doc.Text == "" {
		return
	}
	st := &state{doc: doc, datelines: dateline.Of(doc), toks: actor.DocTokens(doc), lastSent: -10, lastRelease: speaker{a: -1}, sideOfISO2: s.sideOfISO2, agencySides: s.agencySides, kbBodies: s.bodySides, countryWords: s.countryWords}
	st.sents = actor.Sentences(doc)
	st.sentOf = actor.SentenceOfTokens(st.toks, st.sents)
	st.sentTok = make([][2]int, len(st.sents))
	for i := range st.sentTok {
		st.sentTok[i] = [2]int{-1, -1}
	}
	for i, si := range st.sentOf {
		if si < 0 {
			continue
		}
		if st.sentTok[si][0] < 0 {
			st.sentTok[si][0] = i
		}
		st.sentTok[si][1] = i + 1
	}
	for si, r := range st.sentTok {
		st.sentTok[si][0] = st.datelineEnd(r[0], r[1])
	}
	st.indexEntities()
	st.findQuotes()
	for si, r := range st.sentTok {
		if r[0] >= 0 {
			st.sentence(si, r[0], r[1])
		}
	}
	st.recallCues()
	st.relayedSpeakers()
	st.interviewTurns()
	st.headlineSource()
	st.headerBlocks()
	st.extendBlocks()
	st.continuations()
	st.quoteSentences()
	st.emit()
	s.learned(doc)
	s.fillSides(doc)
}

func (st *state) norm(i int) string {
	if i < 0 || i >= len(st.toks) {
		return ""
	}
	return st.toks[i].Norm
}

// indexEntities maps the speaker-capable entities onto token positions,
// keeping the longest entity at each start and end.
func (st *state) indexEntities() {
	st.entStart, st.entEnd = map[int]int{}, map[int]int{}
	for ei, e := range st.doc.Entities {
		if e.Actor == "" && !speakerKind(e.Kind) {
			continue
		}
		a, b := st.tokensIn(e.Start, e.End)
		if b == a {
			continue
		}
		if old, ok := st.entStart[a]; !ok || entLen(st.doc.Entities[old]) < entLen(e) {
			st.entStart[a] = ei
		}
		if old, ok := st.entEnd[b]; !ok || entLen(st.doc.Entities[old]) < entLen(e) {
			st.entEnd[b] = ei
		}
	}
}

func entLen(e parallax.Entity) int { return e.End - e.Start }

func speakerKind(k string) bool {
	switch k {
	case parallax.KindPerson, parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
		return true
	}
	return false
}

// findQuotes pairs quotation marks over the whole text: quotes may span
// sentences and paragraphs.
func (st *state) findQuotes() {
	st.quoteOf = make([]int, len(st.toks))
	for i := range st.quoteOf {
		st.quoteOf[i] = -1
	}
	open := -1
	var ends []int // last token of each quote
	// an unclosed quotation ends where the next one opens or at the end of
	// its paragraph (wire copy opens each quoted paragraph anew)
	// It ends earlier, at a sentence end, before a sentence that carries
	// its own closing attribution (", the army said."): that is the
	// reporter's narration again, and the missing mark was a typo.
	unclosed := func(next int) {
		end := open
		for end+1 < next && end+1 < len(st.toks) && !st.toks[end+1].Newline {
			if s := st.sentOf[end+1]; s >= 0 && s != st.sentOf[end] && st.ownAttribution(s) {
				break
			}
			end++
		}
		st.quotes = append(st.quotes, quote{open, -1})
		ends = append(ends, end)
	}
	nested := 0 // straight quotations opened inside the open one
	para := 0   // first token of the current paragraph
	for i, t := range st.toks {
		if t.Newline {
			para = i
		}
		if !actor.IsQuoteMark(t.Text) {
			continue
		}
		// an opening-shaped straight mark in a later paragraph than the
		// open quotation opens a new one: the open one was left unclosed
		// (a typo, or wire copy reopening each quoted paragraph), and
		// pairing across the paragraph break would flip every later
		// quotation of the article inside out. A closing-shaped one
		// ("...direction.\"") still closes a statement quoted over
		// several paragraphs.
		if t.Text == "\"" && open >= 0 && open < para && (i == para || st.openingShaped(i)) {
			unclosed(i)
			open, nested = i, 0
			continue
		}
		// an opening-shaped straight mark that opens a later sentence of
		// the paragraph than the open quotation's, right after a full
		// stop, with no mark between: the open one was left unclosed
		// (`said, "S1 . S2, experts said C. "S3," said Y`), and it ends
		// with its own sentence, as the narration after it carries no
		// mark of its own
		if t.Text == "\"" && open >= 0 && st.toks[open].Text == "\"" && nested == 0 && i > 0 && st.toks[i-1].Text == "." &&
			st.sentOf[i] >= 0 && st.sentOf[open] >= 0 && st.sentOf[i] > st.sentOf[open]+1 && st.openingShaped(i) {
			end := open
			for end+1 < i && st.sentOf[end+1] == st.sentOf[open] {
				end++
			}
			st.quotes = append(st.quotes, quote{open, -1})
			ends = append(ends, end)
			open = i
			continue
		}
		// straight marks nest by their shape: `"We reject "so-called"
		// votes," he said` holds an inner pair; a mark that closes an
		// inner pair right before a cue closes the outer one too
		if t.Text == "\"" && open >= 0 && i > open+1 {
			if st.openingShaped(i) {
				nested++
				continue
			}
			if nested > 0 && !st.cueFollows(i) {
				nested--
				continue
			}
			nested = 0
		}
		opening := t.Text == "“" || t.Text == "«" || t.Text == "„" || (t.Text == "\"" && open < 0)
		if opening {
			if open >= 0 {
				unclosed(i)
			}
			open = i
			continue
		}
		if open >= 0 {
			st.quotes = append(st.quotes, quote{open, i})
			ends = append(ends, i)
			open = -1
		}
	}
	if open >= 0 {
		unclosed(len(st.toks))
	}
	for qi, q := range st.quotes {
		for i := q.open; i <= ends[qi]; i++ {
			st.quoteOf[i] = qi
		}
	}
}

// inQuote: token i lies inside a quotation (its marks excluded).
func (st *state) inQuote(i int) bool {
	if i < 0 || i >= len(st.toks) || st.quoteOf[i] < 0 {
		return false
	}
	q := st.quotes[st.quoteOf[i]]
	return i != q.open && i != q.close
}

func (st *state) isOpenQuote(i int) bool {
	return i >= 0 && i < len(st.toks) && st.quoteOf[i] >= 0 && st.quotes[st.quoteOf[i]].open == i
}

func (st *state) isCloseQuote(i int) bool {
	return i >= 0 && i < len(st.toks) && st.quoteOf[i] >= 0 && st.quotes[st.quoteOf[i]].close == i
}

// sentence finds the claims whose cue lies in sentence si, tokens [a, b).
func (st *state) sentence(si, a, b int) {
	defer st.flushOwned()
	first := len(st.drafts)
	// an interview's answer may itself ask ("Hana Ostrova: You mean
	// the blockade?")
	st.turn(a, b)
	// "Did the army say that the town had fallen?": a question the
	// reporter asks reports no one's claim (a question inside a
	// quotation is the speaker's, and ends in the closing mark)
	if b > a && st.toks[b-1].Text == "?" && !st.inQuote(b-1) {
		return
	}
	for i := a; i < b; i++ {
		t := st.toks[i]
		if !t.Word {
			continue
		}
		kind := wordKinds[t.Norm]
		if t.Norm == "according" && st.norm(i+1) == "to" {
			st.according(si, a, b, i)
			continue
		}
		if t.Norm == "as" && !st.inQuote(i) && st.asClaimedTail(si, a, b, i) {
			continue // "denied that C, as the Houthis claimed"
		}
		if t.Norm == "there" && st.thereAreReports(a, b, i) {
			continue // "There are reports that C"
		}
		if kind&kindImpersonal != 0 && st.reportsArrive(a, b, i) {
			continue // "Reports are coming in that C"
		}
		if t.Norm == "in" && st.inView(si, a, b, i) {
			continue // "In the view of X, C", "In her view, C"
		}
		if kind&(kindPosition|kindHearsay) != 0 && st.positionIs(si, a, b, i) {
			continue // "X's position is that C"
		}
		if t.Norm == "put" && st.norm(i+1) == "it" && st.asSaid(si, a, b, i, i+1, cue{lemma: "put"}) {
			continue // "As one diplomat put it, C": the way of saying is the cue
		}
		if t.Norm == "per" && st.perSource(a, i) {
			st.sourcePhrase(si, a, b, i, 1) // "..., per two senior Democratic aides."
			continue
		}
		if t.Norm == "in" && st.norm(i+1) == "the" && st.norm(i+2) == "words" && st.norm(i+3) == "of" && !st.inQuote(i) {
			st.sourcePhrase(si, a, b, i, 4) // "in the words of the prosecutor, C"
			continue
		}
		if (t.Norm == "reported" || t.Norm == "quoted") && st.norm(i-1) == "as" && st.norm(i+1) == "by" && st.norm(i-2) == "," && !st.inQuote(i) {
			n := len(st.drafts)
			st.asReportedBy(a, b, i)
			if len(st.drafts) > n {
				continue
			}
		}
		if kind&kindRelay != 0 && st.asRelayedBy(a, b, i) {
			continue // "As reported by X, C", "C, as cited by the website X"
		}
		if (t.Norm == "quoting" || t.Norm == "citing") && (st.norm(i-1) == "," || st.outletReportsAt(a, i-1) >= 0) && !st.inQuote(i) && st.relay(si, a, b, i) {
			continue
		}
		if (kind&kindLabel != 0 || t.Norm == "dubbed" || t.Norm == "dubs") && !st.inQuote(i) && st.whatCalls(a, b, i) {
			continue
		}
		if kind&kindLabel != 0 && !st.inQuote(i) && st.relativeLabel(a, b, i) {
			continue
		}
		if st.norm(i+1) == "by" && kind&kindRaised != 0 && speechNounsRaised[st.norm(i-1)] && !st.inQuote(i) && st.raisedBy(a, b, i) {
			continue
		}
		var c cue
		var ok bool
		if kind&kindVerbCue != 0 {
			c, ok = st.cueAt(i)
		}
		cueB := i + 1
		if !ok && kind&kindLabelGerund != 0 && st.norm(i-1) == "," && !st.inQuote(i) && len(st.drafts) == first && st.labelsFalse(i+1, b) {
			// "The White House hit back, calling the assessment “flat-out
			// wrong”": the subject before calls what the clause names
			// untrue, a denial. After a reporting act of the sentence
			// ("denied the charge, calling it a fabrication", "announced
			// the project, calling it a gift") the label is part of that
			// act, as ", saying ..." is
			c, ok = cue{lemma: "call", deny: true, gerund: true}, true
		}
		if !ok && kind&kindLabelGerund != 0 && st.norm(i-1) == "," && !st.inQuote(i) && len(st.drafts) > first && !objectPronouns[st.norm(i+1)] && !st.labelsFalse(i+1, b) && st.quotedLabel(i+1, b) {
			// "said the attack showed ..., calling the strike “a war
			// crime”": a label the sentence's speaker gives a thing it
			// names anew (ownActGerund decides whether it is an act of
			// its own)
			c, ok = cue{lemma: "call", object: true, gerund: true}, true
		}
		if !ok && kind&kindLabel != 0 && st.labelsFalse(i+1, b) {
			// "Moscow called the accusations absurd"
			c, ok = cue{lemma: "call", deny: true}, true
		} else if !ok && kind&kindLabel != 0 && st.quotedLabel(i+1, b) {
			// "called the decision a “blatant case of weaponization”"
			c, ok = cue{lemma: "call", object: true}, true
		} else if kind&kindLabel != 0 && !st.inQuote(i) && (!ok || c.lemma == "describe" || c.lemma == "characterize" || c.lemma == "characterise") {
			// "calls the flooding a national tragedy", "described the
			// dispute as a colonial leftover"
			if e, lok := st.labelObject(si, i+1, b); lok || ok && st.quotedLabel(i+1, b) {
				if !ok {
					c = cue{lemma: "call"}
				}
				c.object, c.clause, ok = true, false, true
				c.labelEnd = e
				if !lok {
					c.labelEnd = st.quotedLabelEnd(i+1, b)
				}
				if c.lemma != "call" && st.labelsFalse(i+1, b) {
					// "described the Pakistani account as “pure
					// fiction”": a description that calls a statement
					// untrue denies it, as "called it fiction" does
					c.deny = true
				}
			}
		}
		if kind&kindTwoWord != 0 {
			two := twoWordCues[t.Norm]
			// (not "called on Monday": a day is a time, not an addressee)
			if c2, ok3 := two[st.norm(i+1)]; ok3 && !(st.norm(i+1) == "on" && calendarWords[st.norm(i+2)]) {
				c, ok, cueB = c2, true, i+2
			}
		}
		if ok && c.lemma == "call on" && strings.HasPrefix(t.Norm, "appeal") && !st.toInfinitiveAfter(cueB, b) {
			continue // "appealed to the Supreme Court": a court filing, no directive
		}
		if ok && c.lemma == "brush aside" && !st.speechObject(cueB, b) && !concernObject(st.norm(cueB+1)) && !concernObject(st.norm(cueB)) {
			continue // "brushed aside the rubble": not a rejection of words
		}
		if !ok {
			c, cueB, ok = st.phraseCue(i, b)
		}
		if !ok && kind&kindSee != 0 {
			c, cueB, ok = st.seesAs(si, i, b)
		}
		if !ok {
			continue
		}
		if objectCues[c.lemma] {
			c.object = true
		}
		if st.inQuote(i) && !st.quotedNested(i) {
			continue
		}
		if nestedShy[c.lemma] && st.insideContent(i, first) {
			// "said the president was confident that C", "is told that
			// four Republicans have signaled C": a conviction or a
			// signal inside another's claim is what that speaker says,
			// not a second reporting act
			continue
		}
		if c.lemma == "order" && !st.courtOrder(a, i) {
			continue // "the army ordered residents to leave": an act, not a ruling
		}
		if c.lemma == "welcome" && st.welcomesArrival(cueB) {
			continue // "welcomed visiting soldiers", "welcomed the vaccines": a reception, no stance
		}
		if c.lemma == "find" && (passiveAux[st.norm(i-1)] || passiveAux[st.norm(i-2)] && st.norm(i-1) != "has" && st.norm(i-1) != "have") {
			continue // "were found dead", "was later found": what was found, not what is claimed
		}
		if (c.lemma == "think" || c.lemma == "believe") && st.firstPerson(i, a) {
			continue // "I think", "we believe" outside quotations: a transcript's voice, or the reporter's
		}
		if c.lemma == "believe" && (passiveAux[st.norm(i-1)] || st.norm(i+1) == "in" || st.norm(i+1) == "to") {
			continue // "is believed to have fled", "believes in": no one's claim
		}
		if c.lemma == "hope" && (st.norm(i+1) == "to" || st.norm(i+1) == "for" || passiveAux[st.norm(i-1)] || possessiveDet[st.norm(i-1)] || hopeNounBefore[st.norm(i-1)]) {
			continue // "hopes to retake", "hope for peace", "my hope is": a wish or the noun, no stated view
		}
		if c.lemma == "say" && st.norm(i+1) == "to" && (st.norm(i+2) == "be" || st.norm(i+2) == "have") && !passiveAux[st.norm(i-1)] {
			continue // "the decree, said to be signed by ...": hearsay of no one
		}
		if t.Norm == "say" && (st.norm(i-1) == "take" || st.norm(i-1) == "," && st.norm(i+1) == "," && !st.isOpenQuote(i+2)) {
			continue // "Take, say, the navy", "in, say, five years": "for example", no speech
		}
		if feelingCues[c.lemma] && st.feelingWithoutClause(i) {
			continue // "fear for their lives", "the fear that", "were worried"
		}
		if st.nominalUse(si, i, c) {
			continue // "under Taliban rule", "the ruling"
		}
		// "was the first to reject": the copula opens the cue
		if c.deny && st.norm(i-1) == "to" && st.norm(i-2) == "first" && st.norm(i-3) == "the" && passiveAux[st.norm(i-4)] && i-4 >= a && !st.inQuote(i-4) {
			c.participle = false
			st.cue(si, a, b, i-4, cueB, c, first)
			continue
		}
		if st.norm(i-1) == "to" && !st.inQuote(i) && st.appearedTo(si, a, b, i, cueB) {
			continue // "X appeared on television on Thursday to announce C"
		}
		if c.deny && st.deniedNot(i, a) {
			c.deny = false // "did not deny that C": the speaker lets C stand
		}
		if st.nounish(i, cueB) || (t.Cap && i > a && !st.isOpenQuote(i-1) && !st.titleCaseVerb(a, b, i, c)) || st.infinitiveTo(i) || st.negated(i, a) && !st.raisedNegation(i, a, c) && !st.deniedNot(i, a) {
			continue // "the U.S. State Department"
		}
		if st.asSaid(si, a, b, i, cueB, c) {
			continue // "As the minister told reporters, C"
		}
		if evidentialCues[c.lemma] && st.norm(i-1) == "and" && st.continuesContent(first, i) {
			// "said the remarks were “dangerous” and showed that C": the
			// remarks show, inside the clause the speaker reported
			continue
		}
		if evidentialCues[c.lemma] && st.thingBefore(i) && st.continuesContent(first, i) {
			// "said the court's ruling showed that C": what an act or an
			// event shows is the speaker's reading, inside the reported
			// clause; figures or a study that show speak as a source
			// ("noted the findings show C"); a verb after "but" is the
			// speaker's own second act ("told RFI C but suggested D")
			continue
		}
		if modals[st.norm(i-1)] && st.norm(i-1) != "to" && st.continuesContent(first, i) {
			// "said the government must brief Parliament on C", "said the
			// minister will announce that C": an act to come or owed,
			// inside the reported clause, reports nothing yet
			continue
		}
		st.cue(si, a, b, i, cueB, c, first)
	}
}

// quotedNested: a cue inside a quotation counts only when a named third
// party speaks ("... Armenia claims that we attacked first"), not the
// quoted speaker's own "we declare".
func (st *state) quotedNested(i int) bool {
	// `said the judge "indicated that ..."`: a quotation that opens on
	// the cue, after a subject outside it, quotes the inner report's
	// wording; the subject still speaks
	if st.isOpenQuote(i-1) && !st.inQuote(i-1) && i >= 2 {
		q := st.quotes[st.quoteOf[i-1]]
		if q.close > i && st.sentOf[q.close] == st.sentOf[i] {
			if _, ok := st.entEnd[i-1]; ok || speakerNouns[st.norm(i-2)] {
				return true
			}
		}
	}
	j := i - 1
	for j >= 0 && adverbials[st.toks[j].Norm] {
		j--
	}
	if j > 0 && st.norm(j) == "," {
		// "“The commanding general, Lt. Gen. X, made it clear ...”"
		if ei, ok := st.entEnd[j]; ok && st.doc.Entities[ei].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[ei].Text) {
			return true
		}
	}
	ei, ok := st.entEnd[j+1]
	if !ok {
		// "... the Taliban officials said that ...": a named body's
		// unnamed speakers
		if !speakerNouns[st.norm(j)] {
			return false
		}
		for k := j - 1; k >= 0 && k >= j-4 && st.toks[k].Word && (st.toks[k].Cap || npModifiers[st.norm(k)]); k-- {
			if ei, eb, ok := st.entityStartingAt(k); ok && eb <= j && st.doc.Entities[ei].Side != "" {
				return true
			}
		}
		return false
	}
	return st.doc.Entities[ei].Actor != "" && st.doc.Entities[ei].Kind != parallax.KindPerson || st.doc.Entities[ei].Kind == parallax.KindPerson
}

// cue tries the patterns of attribution around the cue at tokens
// [ca, cb) of sentence si (tokens [a, b)); first is the first draft of
// the sentence.
func (st *state) cue(si, a, b, ca, cb int, c cue, first int) {
	if spk, ok := st.raisedSpeaker(si, a, ca); ok {
		// "The general was quoted as saying that C", "X is reported to
		// have said that C"
		j := cb
		if st.norm(j) == "that" {
			j++
		}
		st.addDraft(draft{cueA: ca, cueB: cb, contA: j, contB: st.clauseEnd(j, b), spk: spk, deny: c.deny})
		return
	}
	prev := ca - 1
	for prev >= a && (st.norm(prev) == "also" || st.norm(prev) == "reportedly" || st.norm(prev) == "further") {
		prev--
	}
	// a participle with its agent and no auxiliary: "attacks, also
	// claimed by Da'esh, ...", "a hypothesis ..., but dismissed by
	// ambassador Simon as ..."
	p := prev
	for p > a && (st.norm(p) == "later" || st.norm(p) == "since" || st.norm(p) == "subsequently" || st.norm(p) == "quickly" || st.norm(p) == "swiftly") {
		p--
	}
	if c.deny && c.participle && st.norm(cb) == "by" && st.rejectedAfter(si, a, b, ca, cb, c, false) {
		return // "C, a claim (flatly) denied by X": X denies C
	}
	if c.participle && st.norm(cb) == "by" && !meansOfSpeech[st.norm(cb+1)] && p >= a && !passiveAux[st.norm(p)] && (st.norm(p) == "," || st.norm(p) == "but" || st.norm(p) == "and") {
		st.byAgent(si, a, b, ca, cb, c)
		return
	}
	if c.participle && st.reducedRelativeAgent(si, a, b, ca, cb, c, p) {
		return // "including one in Baghdad claimed by Daesh"
	}
	// passive: "it is noted that", "Azerbaijan is blamed for"
	if c.participle && prev >= a && passiveAux[st.norm(prev)] && !(st.norm(prev) == "been" && st.norm(prev-1) == "have" && st.norm(prev-2) == "we") {
		st.passive(si, a, b, ca, cb, c, prev)
		return
	}
	// gerund: ", saying that ..." continues the previous speaker
	// "Ankara is warning it could ...": a progressive reports like a
	// finite verb
	if c.gerund && !(prev >= a && passiveAux[st.norm(prev)] && st.norm(prev) != "been" && st.norm(prev) != "be") {
		if prev >= a && (st.norm(prev) == "," || st.norm(prev) == "while" && st.norm(prev-1) == "," ||
			st.isCloseQuote(prev) && st.norm(prev-1) == "," && len(st.drafts) > first && (c.lemma == "accuse" || c.lemma == "blame")) {
			// ", saying ...", ", while adding ...", `said its forces
			// hit “a command post,” accusing Kyiv of ...` (the comma
			// inside the closing mark: only the acts of their own of
			// ownActGerund, which no other rule reads there)
			st.gerund(si, a, b, ca, cb, c, first)
		} else if !st.gerundAfterAct(si, a, b, ca, cb, prev) {
			st.withGerund(si, a, b, ca, cb, c) // "with Ruto warning that"
		}
		return
	}
	if st.relativeCue(si, a, b, ca, cb, c) {
		return
	}

	if st.trailing(si, a, b, ca, cb, c) {
		return
	}
	n := len(st.drafts)
	st.leading(si, a, b, ca, cb, c, first)
	if len(st.drafts) == n {
		st.appositiveSpeakerBefore(si, a, b, ca, cb, c)
	}
}

// addDraft records a claim unless its content is empty.
func (st *state) addDraft(d draft) {
	// (a quotation mark that ends the text leaves the paragraph's end
	// past the last token: FuzzProcess's 'sAY"')
	d.contB = min(d.contB, len(st.toks))
	// `the judge "indicated that C" at ...`: a report quoted from its cue
	// on claims what the quotation holds
	if st.isOpenQuote(d.cueA-1) && !st.inQuote(d.cueA-1) {
		if q := st.quotes[st.quoteOf[d.cueA-1]]; q.close > d.contA && q.close < d.contB {
			d.contB = q.close
		}
	}
	for d.contA < d.contB && !st.toks[d.contA].Word && !actor.IsQuoteMark(st.toks[d.contA].Text) {
		d.contA++
	}
	for d.contB > d.contA && (st.toks[d.contB-1].Text == "," || st.toks[d.contB-1].Text == "." || st.toks[d.contB-1].Text == ":" || st.toks[d.contB-1].Text == ";") {
		d.contB--
	}
	if !d.direct {
		// the words end where another's verdict on them begins ("C; this
		// is untrue", "reports that C were untrue")
		d.contB = st.judgedClauseEnd(d.cueA, d.cueB, d.contA, d.contB)
		for k := d.contA + 1; k < d.contB; k++ {
			if st.semicolonBreak(k, d.contB) {
				d.contB = k
				break
			}
		}
	}
	words := 0
	for i := d.contA; i < d.contB; i++ {
		if st.toks[i].Word {
			words++
		}
	}
	if words == 1 && st.isOpenQuote(d.cueB) && d.cueB < d.contA && st.sentOf[d.cueA] >= 0 {
		// `acknowledged "losses" in the ambush`: a one-word quotation
		// after the cue is the head of its object, which goes on after
		// the closing mark with a preposition (not `posted "false" and
		// "provocative" messages`, an act)
		q := st.quotes[st.quoteOf[d.cueB]]
		if b := st.sentTok[st.sentOf[d.cueA]][1]; q.close > 0 && q.close+2 < b && st.lowerWord(q.close+1) && prepositions(st.norm(q.close+1)) {
			d.contA, d.contB = d.cueB, st.clauseEnd(q.close+1, b)
			for d.contB > d.contA && !st.toks[d.contB-1].Word && !st.isCloseQuote(d.contB-1) {
				d.contB--
			}
			words = 2
		}
	}
	if words < 2 && st.headlineClause(&d) {
		words = 2 // "Gunmen raid border post, Niger confirms casualties": what is confirmed is the headline's event
	}
	if words < 2 && !(words == 1 && (st.norm(d.contA) == "responsibility" || st.directive(d.cueA) || st.blamedParty(d))) {
		return // ("claimed responsibility, according to X": the act itself is the claim)
	}
	if d.spk.actor == "" && d.spk.a < 0 && !d.agentless {
		return // no one to attribute it to: the reporter's voice
	}
	if !d.direct && st.onlyTime(d.contA, d.contB) {
		return // "The army issued a statement on Sunday.": when, not what
	}
	if spk, ok := st.coordinatedSpeaker(d); ok {
		d.spk = spk // "X said C, and insisted D", "X accused Y of C and urged D"
	}
	if spk, ok := st.sourceInBody(d.spk); ok {
		d.spk = spk // "a source in Ukraine's SBU security service told Reuters"
	}
	if b, ok := st.firstConjunct(d.spk); ok {
		d.spk.b = b // "residents and officials said": the first named speaks
	}
	st.refineSpeaker(&d)
	// "the statement said", "A statement said": the issuer of the
	// statement reported last
	if d.spk.ent >= 0 && st.releaseEntity(d.spk.ent) {
		if st.lastRelease.a >= 0 && st.sentOf[d.cueA]-st.lastReleaseSent <= 6 {
			d.spk.actor, d.spk.side = st.lastRelease.actor, st.lastRelease.side
		} else if ei := st.statementIssuer(d.spk.ent, st.sentOf[d.cueA]); ei >= 0 {
			// "Human Rights Watch released a report ... “…,” said its
			// director. The report said": the body that issued it, not
			// the person who spoke last
			d.spk.actor, d.spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
		} else if st.lastSpk.actor != "" && st.sentOf[d.cueA]-st.lastSent <= 3 {
			d.spk.actor, d.spk.side = st.lastSpk.actor, st.lastSpk.side
		}
	} else if d.spk.ent < 0 && d.spk.a >= 0 && d.spk.actor == "" && d.spk.b-d.spk.a == 1 && statementNoun(st.norm(d.spk.a)) {
		// "A statement said", "the release said": the release cited
		// before ("according to a ministry press release"),
		// else the speaker of the sentence just before
		if st.lastRelease.a >= 0 && st.sentOf[d.cueA]-st.lastReleaseSent <= 6 {
			d.spk.actor, d.spk.side = st.lastRelease.actor, st.lastRelease.side
		} else if st.lastSpk.actor != "" && st.sentOf[d.cueA]-st.lastSent <= 1 {
			d.spk.actor, d.spk.side = st.lastSpk.actor, st.lastSpk.side
		}
	}
	if d.spk.a >= 0 && d.spk.ent < 0 && d.spk.b > d.spk.a && statementNoun(st.norm(d.spk.b-1)) && d.spk.b-d.spk.a > 1 {
		st.lastRelease, st.lastReleaseSent = d.spk, st.sentOf[d.cueA]
	}
	if d.deny && !d.passive && !st.rejectsStatement(d.cueB) {
		// "rejected the budget": a denial cue whose object is no statement
		d.deny = false
	} else if !d.deny {
		// a long quotation is judged by its part in the cue's sentence
		a, b := d.contA, d.contB
		at := d.cueA
		if d.cont {
			at = d.contA // an interview's answer: its own first sentence
		}
		if si := st.sentOf[at]; si >= 0 {
			r := st.sentTok[si]
			if max(a, r[0]) < min(b, r[1]) {
				a, b = max(a, r[0]), min(b, r[1])
			}
		}
		d.deny = st.denial(a, b)
	}
	st.drafts = append(st.drafts, d)
	if d.spk.actor != "" {
		st.lastSpk = d.spk
		st.lastSent = st.sentOf[d.cueA]
	}
}

// capitalSubject: the one-word speaker at token k stands alone as the
// subject, not after a preposition or a determiner nor before more of a
// name ("a worker reached in Ouagadougou said", "A Washington
// Monthly-Lakeview poll found" name no government).
func (st *state) capitalSubject(k int) bool {
	prev := st.norm(k - 1)
	if prepositions(prev) || prev == "a" || prev == "an" || prev == "the" || prev == "-" && !st.toks[k-1].Newline {
		return false // (a list line's "- Baghdad" is no compound's hyphen)
	}
	return k+1 >= len(st.toks) || !st.toks[k+1].Cap && st.norm(k+1) != "-" && st.norm(k+1) != "'s" && st.norm(k+1) != "’s"
}

// hearsayCues report what is said without saying who says it when
// passive and agentless ("it is claimed that", "was reported to have").
var hearsayCues = map[string]bool{"claim": true, "allege": true, "report": true, "say": true, "rumour": true, "rumor": true,
	// "It was announced on Monday that C": an announcement the text
	// gives no author, not the last speaker's
	"announce": true}

// adverbialThenThat: the tokens from cb are a short adverbial of place or
// time, a preposition and up to four words ("in Islamabad", "on Monday",
// "late on Tuesday") or a day ("yesterday"), and then "that": it
// returns the index of "that".
func (st *state) adverbialThenThat(cb, b int) (int, bool) {
	k := cb
	if st.norm(k) == "late" || st.norm(k) == "early" {
		k++
	}
	switch {
	case calendarWords[st.norm(k)]:
		k++
	case st.norm(k) == "in" || st.norm(k) == "on" || st.norm(k) == "at":
		k++
		for n := 0; k < b && n < 4 && st.toks[k].Word && st.norm(k) != "that"; n++ {
			k++
		}
	default:
		return 0, false
	}
	if k < b && st.norm(k) == "that" && k > cb+1 || k < b && st.norm(k) == "that" && calendarWords[st.norm(k-1)] {
		return k, true
	}
	return 0, false
}

// negated: the cue is negated ("did not confirm", "has not said"): nothing
// is claimed.
func (st *state) negated(i, a int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		w := st.norm(k)
		if w == "not" || w == "n't" || w == "never" {
			return true
		}
		if !adverbials[w] && w != "yet" && w != "officially" && w != "publicly" {
			return false
		}
	}
	return false
}

// labelsFalse: a labelling verb's object is called untrue within a few
// words.
func (st *state) labelsFalse(i, b int) bool {
	// (ten words: "dubbed New Delhi's account “a work of fiction”")
	for k := i; k < b && k < i+10; k++ {
		if denialWords[st.norm(k)] && !st.lyingDown(k) {
			// (not "a village that lies inside its borders": a place)
			return true
		}
		if labelFalseWords[st.norm(k)] && k > i && (objectPronouns[st.norm(i)] || statementNouns[st.norm(k-1)] || rejectedStatements[st.norm(k-1)] || st.labelsStatement(i, k)) {
			return true // "calling it “flat-out wrong”", "called the report inaccurate"
		}
		if pretextNouns[st.norm(k)] && k-1 > i && st.pretextArticle(k) && st.labelsStatement(i, k) {
			return true // "called Baku's version “another attempt to mislead”"
		}
		if st.norm(k) == "." || st.norm(k) == ";" {
			return false
		}
	}
	return false
}

// labelsStatement: tokens [i, k) name a statement, a finding or a
// figure ("the assessment", "the ministry's figures").
func (st *state) labelsStatement(i, k int) bool {
	for j := i; j < k; j++ {
		if w := st.norm(j); statementNouns[w] || rejectedStatements[w] || disputedFigures[w] {
			return true
		}
	}
	return false
}

// entityAfterTitle finds a person's entity after a title of up to six
// words at token j ("Professor", "former Turkish ambassador").
func (st *state) entityAfterTitle(j, b int) (ei, ea, eb int, ok bool) {
	for k := j; k < b && k < j+6; k++ {
		t := st.toks[k]
		if !(t.Text == "." || t.Word && t.Norm != "and" && (t.Cap || titleWords[t.Norm])) {
			return 0, 0, 0, false
		}
		if k == j {
			continue
		}
		if ei, eb, ok := st.entityStartingAt(k); ok && st.doc.Entities[ei].Kind == parallax.KindPerson {
			return ei, k, eb, true
		}
	}
	return 0, 0, 0, false
}

// titleBetween: tokens [a, b) hold only the words of a title after a
// body ("spokesperson", "press operations director Navy Capt.").
func (st *state) titleBetween(a, b int) bool {
	if b-a > 8 {
		return false
	}
	// after a possessive any role the tagger calls a noun is the title
	// ("Kenya's coach NAME", "the group's founder NAME", "Chad's
	// football federation president NAME")
	role := b-a >= 2 && b-a <= 5 && (st.norm(a) == "'s" || st.norm(a) == "’s")
	for i := a; i < b; i++ {
		t := st.toks[i]
		if t.Text == "." || t.Text == "'s" || t.Word && t.Norm != "and" && (t.Cap || titleWords[t.Norm] || personTitles[t.Norm]) {
			continue // ("RSF leader NAME, known as X, said": "leader" too)
		}
		if t.Text == "," && i == b-1 && i > a && (titleWords[st.norm(i-1)] || personTitles[st.norm(i-1)]) {
			continue // "the U.S. Consul General, NAME": the title's apposition
		}
		if role && i > a && t.Word && (st.tagAt(i) == "NOUN" || st.tagAt(i) == "ADJ") {
			continue
		}
		if role && i > a && i < b-1 && t.Word && st.tagAt(i) == "VERB" && strings.HasSuffix(t.Norm, "ed") {
			continue // "Kenya's celebrated novelist NAME": a participle before the role
		}
		return false
	}
	return true
}

// spreadVerbs make a denial noun the subject matter ("accused of
// spreading propaganda"), not a label the speaker gives.
var spreadVerbs = map[string]bool{
	"spread": true, "spreading": true, "spreads": true, "broadcast": true, "broadcasting": true, "broadcasts": true,
	"disseminate": true, "disseminating": true, "counter": true, "countering": true, "combat": true, "combating": true,
	"fight": true, "fighting": true, "against": true,
}

// topicNoun: the denial word at i names what is talked about
// ("broadcasting propaganda", "propaganda broadcasts").
func (st *state) topicNoun(i int) bool {
	if spreadVerbs[st.norm(i-1)] || (st.norm(i-1) == "the" || st.norm(i-1) == "of") && spreadVerbs[st.norm(i-2)] {
		return true
	}
	switch st.norm(i + 1) {
	case "broadcast", "broadcasts", "campaign", "campaigns", "war", "loudspeakers", "machine", "outlets", "videos",
		// where a group publishes ("a message on its propaganda
		// channels", "the militants' propaganda arm")
		"channel", "channels", "arm", "wing", "outlet", "website", "websites", "network", "networks",
		"platforms", "accounts", "video", "film", "films", "leaflets", "posters", "magazine", "unit":
		return true
	}
	return false
}

// speakerAt resolves the speaker over tokens [a, b) through the entity
// that covers them.
func (st *state) speakerFromEntity(ei, a, b int) speaker {
	e := st.doc.Entities[ei]
	return speaker{a: a, b: b, ent: ei, actor: e.Actor, side: e.Side}
}

// entityEndingAt returns the entity whose last token is b-1, with its start.
func (st *state) entityEndingAt(b int) (int, int, bool) {
	ei, ok := st.entEnd[b]
	if !ok {
		return 0, 0, false
	}
	a, _ := st.tokensIn(st.doc.Entities[ei].Start, st.doc.Entities[ei].End)
	return ei, a, true
}

func (st *state) entityStartingAt(a int) (int, int, bool) {
	ei, ok := st.entStart[a]
	if !ok {
		return 0, 0, false
	}
	_, b := st.tokensIn(st.doc.Entities[ei].Start, st.doc.Entities[ei].End)
	return ei, b, true
}

// entityWithin: an entity starts at a token of [a, b) and ends by b.
func (st *state) entityWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if _, eb, ok := st.entityStartingAt(i); ok && eb <= b {
			return true
		}
	}
	return false
}

// trailingRelative is the "who" that opens a relative clause without
// commas ending at token before, right before a trailing cue, after a
// lower-case noun ("a teacher who asked not to be named", "a man who
// gave only his first name"); -1 if none.
func (st *state) trailingRelative(a, before int) int {
	for k := before; k > a+1 && k >= before-12; k-- {
		w := st.norm(k)
		if w == "," || w == "." || st.isCloseQuote(k) || st.isOpenQuote(k) {
			return -1
		}
		if w == "who" {
			if st.lowerWord(k-1) && st.tagAt(k-1) == "NOUN" && k < before {
				return k
			}
			return -1
		}
	}
	return -1
}

// trailing handles attributions after what is claimed:
//
//	"Q," he said.   "Q," said the ministry.   Clause, it says.
//	"Q," he said, "R."   ..., reads a message from X.
func (st *state) trailing(si, a, b, ca, cb int, c cue) bool {
	if qa, ok := st.questionQuoteBefore(a, ca); ok {
		// `“…?” Sarr asked.`: the segmenter ends the sentence at the
		// question's closing mark before a capital, so the quotation
		// the cue reports stands in the sentence before
		a = qa
	}
	var spk speaker
	spk.a, spk.ent = -1, -1
	before := ca - 1
	for before >= a && adverbials[st.norm(before)] {
		before--
	}
	if w := st.trailingRelative(a, before); w > a {
		// `,” a teacher who asked not to be named told the paper`: the
		// noun before the relative clause speaks
		before = w - 1
	}
	// speaker before the cue
	if x, k, ok := st.dataTrailing(si, a, before, c); ok {
		// ", EU figures show", ", figures from the nursing council
		// show": data speak for the body named with them
		spk, before = x, k
	} else if x, k, ok := st.informedTrailing(si, a, before); ok {
		// ", three sources familiar with the report told Reuters": the
		// speaker noun before its informed tail, whatever noun ends it
		spk, before = x, k
	} else if np, ok := st.placedTrailing(a, before+1); ok {
		// ", officials in Tiraspol said", ", the civil defence agency in
		// the Hamas-run territory said": the noun before the place speaks
		spk = np
		before = np.a - 1
		k := before
		for k > a && k > before-2 && st.lowerWord(k) && st.norm(k) != "the" && st.norm(k) != "a" && st.norm(k) != "an" {
			k--
		}
		if k < before && (st.norm(k) == "the" || st.norm(k) == "a" || st.norm(k) == "an") {
			spk.a, before = k+1, k
		}
		if w := st.norm(before); w == "the" || w == "a" || w == "an" || possessiveDet[w] || quantifierDet[w] {
			before--
		}
	} else if ei, ea, ok := st.entityEndingAt(before + 1); ok && ea > a {
		spk = st.speakerFromEntity(ei, ea, before+1)
		if st.doc.Entities[ei].Kind != parallax.KindPerson {
			// the mention covers the words that modify the body's head
			// ("the Ukrainian army spokesman", where the actor stage
			// marked "spokesman")
			for ea-1 > a && ea > spk.b-5 && st.toks[ea-1].Word && (st.toks[ea-1].Cap && !notSpeakers[st.norm(ea-1)] || npModifiers[st.norm(ea-1)] || speakerNouns[st.norm(ea-1)]) && !st.isCloseQuote(ea-1) {
				ea--
			}
			spk.a = ea
		}
		before = ea - 1
		// "the top U.S. diplomat": a modifier or two before the body
		k := before
		for k > a && k > before-2 && st.lowerWord(k) && !pronoun(st.toks[k].Text) && st.norm(k) != "the" && st.norm(k) != "a" && st.norm(k) != "an" {
			k--
		}
		if k < before && (st.norm(k) == "the" || st.norm(k) == "a" || st.norm(k) == "an") {
			spk.a = k + 1
			before = k
		}
		if w := st.norm(before); w == "the" || w == "a" || w == "an" {
			before-- // `, an Israeli official said`: the article opens the speaker's phrase
		}
		// `,” Interior Secretary Dara Velt told ...`: a title before the
		// person up to the quotation or comma
		// (an abbreviated rank may end just before the name: "Lt. Gen.
		// NAME", its full stop the token before it)
		if before > a && (st.toks[before].Word || st.norm(before) == "." && st.toks[before-1].Word && st.toks[before-1].Cap) && !st.isCloseQuote(before) && st.doc.Entities[ei].Kind == parallax.KindPerson {
			k := before
			titled := false // a title word read: lower-case portfolio words and a possessive may open it ("its information minister")
			// (a possessive after the title word joins the owner to it:
			// `, the ministry's spokeswoman NAME said`)
			for k > a && k > before-5 && (st.toks[k].Word || titled && (st.norm(k) == "'s" || st.norm(k) == "’s")) && (st.toks[k].Cap || titleWords[st.norm(k)] || titled && (possessiveDet[st.norm(k)] || st.norm(k) == "'s" || st.norm(k) == "’s" || st.lowerWord(k) && !pronoun(st.toks[k].Text))) && !st.isCloseQuote(k) {
				if titleWords[st.norm(k)] {
					titled = true
				}
				k--
			}
			if st.norm(k) == "." && k > a && st.toks[k-1].Cap { // "Lt. Gen."
				for k > a && k > before-7 && (st.toks[k].Word && st.toks[k].Cap || st.norm(k) == ".") {
					k--
				}
				// the lower-case title the rank follows (`,” military
				// spokesman Lt. Gen. NAME told`): its words and modifiers
				// belong to the speaker's phrase, up to the quotation
				for j := k; j > a && j > k-4 && st.lowerWord(j) && (titleWords[st.norm(j)] || npModifiers[st.norm(j)]); j-- {
					if st.isCloseQuote(j-1) || st.norm(j-1) == "," {
						k = j - 1
						break
					}
				}
			}
			if k < before && (st.toks[k].Text == "," || st.isCloseQuote(k)) {
				before = k
			} else if k == before {
				// `,” celebrated poet NAME said`, `,” veteran activist NAME
				// told`: lower-case words the parse calls nouns or
				// adjectives, up to the quotation, describe the person
				for k > a && k > before-3 && st.lowerWord(k) && (st.tagAt(k) == "NOUN" || st.tagAt(k) == "ADJ" || k < before && strings.HasSuffix(st.norm(k), "ed")) {
					k--
				}
				if k < before && st.isCloseQuote(k) {
					before = k
				} else if w := st.norm(k); k < before && (w == "'s" || w == "’s") {
					// `,” Kenya’s poet NAME said`: a place or body owns the
					// description; the person after it speaks
					if _, ea, ok := st.entityEndingAt(k); ok && ea > a && st.isCloseQuote(ea-1) {
						before = ea - 1
					}
				}
			}
		}
	} else if w := st.norm(before); before-2 > a && (w == "them" || w == "us") && st.norm(before-1) == "of" && partitiveHeads[st.norm(before-2)] {
		// `,” one of them said`, `, two of us told VOA`: a partitive of
		// people the text named before speaks, as `one of the women`
		// does; the number opens the phrase
		spk = speaker{a: before - 2, b: before + 1, ent: -1}
		before -= 3
	} else if before > a && pronoun(st.toks[before].Text) {
		// an unresolved pronoun still names a speaker, whom a phrase after
		// the cue may identify ("it says in the message of ...")
		spk = speaker{a: before, b: before + 1, ent: -1}
		before--
	} else if np, ok := st.speakerNP(a, before+1); ok {
		// `,” the spokesman said`, `, an exclusive VOA analysis has found`
		spk = np
		before = np.a - 1
		if w := st.norm(before); (w == "'s" || w == "’s") && before-2 >= a && st.lowerWord(before-1) && st.norm(before-2) == "the" {
			// `, the territory's civil defence agency said`, `, the
			// region's health department said`: the possessor is a
			// place named by its kind, part of the speaker's phrase
			before -= 2
		}
		k := before
		for k > a && k > before-2 && st.lowerWord(k) && st.norm(k) != "the" && st.norm(k) != "a" && st.norm(k) != "an" {
			k--
		}
		if k < before && (st.norm(k) == "the" || st.norm(k) == "a" || st.norm(k) == "an") {
			before = k
		} else if k < before && (st.norm(k) == "'s" || st.norm(k) == "’s") && k-2 >= a && st.lowerWord(k-1) && st.norm(k-2) == "the" {
			// `, the authority's finance chief said`: a modifier between
			// the place or body named by its kind and the speaker's noun
			before = k - 2
		}
		if w := st.norm(before); w == "the" || w == "a" || w == "an" || possessiveDet[w] || quantifierDet[w] {
			before-- // `, his family said`, `, one protester shouted`
		}
		if before-1 > a {
			if _, ok := st.partitiveOf(before - 1); ok {
				// `, one of the officers said`, `, two of the survivors
				// told VOA`: the number before "of" opens the phrase
				spk.a = before - 1
				before -= 2
			}
		}
	}
	if spk.a >= 0 && before-1 > a && (st.norm(before) == "for" || st.norm(before) == "of") && (roleNouns[st.norm(before-1)] || mouthpieceNouns[st.norm(before-1)] && st.norm(before) == "of" && !roleNouns[st.norm(spk.b-1)]) {
		// `, a spokesperson for the command said`, `, the head of the
		// civil defence agency said`: the person of the role speaks,
		// for the body named after it; so does a body's mouthpiece (`,
		// the press service of the region's military administration
		// said`; a person's office, "the media office of the group's
		// spokesman", leaves the person the speaker)
		r := before - 1
		for r-1 > a && (npModifiers[st.norm(r-1)] || st.norm(r-1) == "media" || st.norm(r-1) == "information" || st.toks[r-1].Cap && st.toks[r-1].Word && !notSpeakers[st.norm(r-1)]) {
			r--
		}
		if w := st.norm(r - 1); w == "a" || w == "an" || w == "the" {
			r--
		}
		if st.norm(r-1) == "," || st.isCloseQuote(r-1) {
			body := spk
			if ei, _ := st.bodyNamedBefore(body); body.side == "" && ei >= 0 {
				spk.side = st.doc.Entities[ei].Side // "the command": the Eastern Theater Command named before
			}
			spk.a, spk.ent, spk.actor = r, -1, ""
			if w := st.norm(r); w == "a" || w == "an" || w == "the" {
				spk.a = r + 1
			}
			before = r - 1
		}
	}
	if spk.a < 0 {
		if x, k, ok := st.bracketedBodyTrailing(a, before); ok {
			spk, before = x, k // `, the Popular Front (PF) media office said`
		}
	}
	if spk.a >= 0 && spk.ent < 0 && before-1 > a && st.norm(before) == "and" {
		if k, ok := st.firstConjunctTrailing(a, before); ok {
			// `, residents and a health worker told X`: nouns coordinated
			// before the cue; the noun next to the cue stays the speaker
			// (as the probes have it: "residents and a rebel spokesman
			// said" is the spokesman's), the phrase opens at the comma
			before = k
		}
	}
	if spk.a >= 0 && before > a && st.toks[before].Text != "," && !st.isCloseQuote(before) {
		if k, party, ok := st.partyModifiersTrailing(a, before); ok {
			// `,” a GNA air force officer told us`: a party's name and
			// modifiers between the article and the speaker's noun
			spk.a, before = k+2, k
			if party >= 0 && spk.side == "" {
				spk.actor, spk.side = st.doc.Entities[party].Actor, st.doc.Entities[party].Side
			}
		}
	}
	if before < a {
		return false
	}
	bt := st.toks[before].Text
	if bt != "," && !st.isCloseQuote(before) {
		return false
	}
	// speaker after the cue: `," said the Ministry`, `, reads a message from X`
	after := cb
	if spk.a < 0 && !invertible[c.lemma] {
		return false
	}
	if spk.a < 0 {
		j := cb
		if st.norm(j) == "the" {
			j++
		}
		if x, e, ok := st.possessiveTitlePerson(j, b); ok {
			// `," said Bayrou's budget minister, NAME.`
			spk = x
			after = e
		} else if x, ok := st.titleChainPerson(si, cb, b); ok && st.misreadTitle(j, b) {
			// `," said Velmora's deputy mayor Anton Piskarev`: a title
			// whose first words the recogniser took for a person
			spk = x
			after = x.b
		} else if ei, eb, ok := st.entityStartingAt(j); ok && !st.appositionSubject(si, a, before) {
			spk = st.speakerFromEntity(ei, j, eb)
			after = eb
			if st.doc.Entities[ei].Kind == parallax.KindPerson && st.relativeTail(after, b) >= 0 {
				after = b // (`," said Kristof who fled in 2019`: the clause is about the speaker, as after a noun)
			}
			// `, said Defense Ministry spokesman Ivan Petrov`: the person
			// titled after the body speaks, for the body
			if st.doc.Entities[ei].Kind != parallax.KindPerson {
				if pi, pa, pb, ok := st.entityAfterTitle(eb, b); ok && st.doc.Entities[pi].Kind == parallax.KindPerson {
					person := st.speakerFromEntity(pi, pa, pb)
					if person.side == "" {
						person.side = spk.side
					}
					spk, after = person, pb
				} else if person, ok := st.titleChainPerson(si, eb, b); ok && person.ent >= 0 {
					// `, said U.N. humanitarian coordinator Martin Griffiths`
					if person.side == "" && !st.formerIn(eb, person.a) {
						person.side = spk.side
					}
					spk, after = person, person.b
				}
			}
		} else if ei, ea, eb, ok := st.entityAfterTitle(j, b); ok {
			// `," said Professor Mesut Casin`, `, says Lamu County
			// Commissioner Irungu Macharia`
			spk = st.speakerFromEntity(ei, ea, eb)
			after = eb
		} else if x, ok := st.fromPhrase(cb, b); ok {
			spk = x
			after = x.b
		} else if e, ok := st.nameRun(cb, b); ok {
			// `," said John Smith, a spokesman for ...`
			spk = speaker{a: cb, b: e, ent: -1}
			after = e
		} else if x, ok := st.titleChainPerson(si, cb, b); ok {
			// `," said camp manager Leila Haddad`
			spk = x
			after = x.b
		} else if x, ok := st.invertedNP(si, cb, b); ok && (st.isCloseQuote(before) || st.finiteVerbIn(si, a, before)) {
			// (not "JNIM, al-Qaeda's affiliate in the Sahel, claimed the
			// attacks": an apposition before the comma, no clause, so
			// the noun after the cue is its object)
			// `," said the business owner.`
			spk = x
			after = x.b
			if st.relativeTail(after, b) >= 0 {
				after = b // (`," said a teacher who fled`: the clause is about the speaker)
			}
		} else if x, e, ok := st.bareSpeakers(si, cb, b); ok {
			// `, say analysts.`, `, said leaders of both towns.`
			spk = x
			after = e
		} else if x, ok := st.headlineTailSpeaker(cb, b); ok {
			// "..., dozens killed, says CSP", "... after 26 days of
			// fighting, says alliance": a headline's source after its cue
			spk = x
			after = b
		} else {
			return false
		}
		if x, e, ok := st.appositionName(spk, after, b); ok {
			// `," said the budget minister, NAME.`: the person named in
			// apposition to the title speaks
			spk, after = x, e
		}
		if st.norm(after) == "," {
			st.affiliation(&spk, after, b)
			for after+1 < b && st.norm(after+1) != "," && st.norm(after+1) != "." {
				after++
			}
			after++
		}
	}
	if c.lemma == "tell" || c.lemma == "inform" || c.lemma == "write" || c.lemma == "text" {
		// `,” he told reporters.`, `,” she told VOA on Monday.`
		k := after
		if st.norm(k) == "the" || st.norm(k) == "a" {
			k++
		}
		for k < b && k < after+5 && st.toks[k].Word && !prepositions(st.norm(k)) { // ("told the daily midday briefing")
			k++
		}
		// a programme named in quotation marks: `," she told Radio
		// Lurin's “Evening Hour” program`
		q0 := -1
		if w := st.norm(k - 1); (w == "'s" || w == "’s") && st.isOpenQuote(k) {
			q0 = k
		} else if w := st.norm(k); (w == "'s" || w == "’s") && st.isOpenQuote(k+1) {
			q0 = k + 1
		}
		if q0 > 0 && q0 < b {
			if q := st.quotes[st.quoteOf[q0]]; q.close > q0 && q.close < b && q.close-q0 < 10 {
				k = q.close + 1
				for k < b && k < q.close+3 && st.lowerWord(k) && !prepositions(st.norm(k)) {
					k++
				}
			}
		}
		after = k
	}
	if !st.endsClause(after, b) {
		return false
	}
	if w := st.norm(after); (w == "of" || w == "about" || w == "by" || w == "with" || w == "over" || w == "through") && !spokeOf[c.lemma] {
		return false // "..., opposition parties have complained of ...": the verb's own object
	}
	if c.lemma == "continue" && after < b && st.toks[after].Word {
		return false // ", forces continue to advance": an act, not `," he continued.`
	}
	if bt == "," && st.onlyTime(a, before) && !st.clauseGoesOn(after, b) {
		// "On Friday, X said, “...”": a time opens the clause, the
		// speaker leads it; but "This time, officials in X say, the
		// army dug in": the attribution sits inside the clause, which
		// goes on after it
		return false
	}
	// what is claimed: the quotation that closes before, else the clause
	d := draft{cueA: ca, cueB: cb, spk: spk, deny: c.deny}
	q := before
	if bt == "," && st.isCloseQuote(before-1) {
		q = before - 1
	}
	if st.isCloseQuote(q) {
		qq := st.quotes[st.quoteOf[q]]
		d.contA, d.contB, d.direct = qq.open+1, qq.close, true
		// "Q," he said, "R."
		j := after
		for j < b && j < after+6 && st.toks[j].Text != "," && st.toks[j].Text != "." && !st.isOpenQuote(j) {
			j++
		}
		if st.norm(j) == "," {
			j++
		}
		if st.isOpenQuote(j) {
			if r := st.quotes[st.quoteOf[j]]; r.close > j {
				d.contB = r.close
			}
		}
	} else {
		start := st.clauseStart(a, before)
		d.contA, d.contB = start, before
		// "The attack, the ministry said in a statement, was ...": the
		// short adverbial after the cue belongs to the attribution
		if st.norm(after) != "," {
			k := after
			for k < b && k < after+6 && st.toks[k].Word && !st.isOpenQuote(k) {
				k++
			}
			if k > after && st.norm(k) == "," && (prepositions(st.norm(after)) || calendarWords[st.norm(after)]) {
				after = k
			}
		}
		// "Still, Neth says, opinions remain divided", "This, he says,
		// would enable ...": a parenthetical attribution; what is
		// claimed goes on after it
		if st.norm(after) == "," && after+1 < b && st.toks[after+1].Word && !st.isOpenQuote(after+1) {
			n := st.norm(after + 1)
			nc, isCue := st.cueAt(after + 1)
			isCue = isCue && nc.lemma != "continue" // "analysts say, continued talks will be needed"
			// (a participle attaches to the clause before: "The convoy
			// was hit, officials said, killing three drivers")
			participle := !st.toks[after+1].Cap && len(n) > 5 && strings.HasSuffix(n, "ing")
			if !isCue && !participle && !clauseBreaks[n] && n != "and" && n != "or" && n != "as" && n != "according" && n != "who" && n != "which" {
				d.contB = st.clauseEnd(after+1, b)
			}
		}
		words := 0
		for k := d.contA; k < d.contB; k++ {
			if st.toks[k].Word {
				words++
			}
		}
		if words < 2 {
			// "However, a police spokesman told local radio on Friday C":
			// a connective before the speaker is no clause said before
			// the cue; what is said follows it
			return false
		}
	}
	st.titledPersonAfterCue(&d.spk, cb)
	st.overrideFromMessage(&d, after)
	st.addDraft(d)
	return true
}

// endsClause: after a trailing cue and its speaker come only a short
// adverbial ("in a statement", "on Sunday") and then the end of the
// clause, or the second part of an interrupted quotation.
func (st *state) endsClause(j, b int) bool {
	if j >= b {
		return true
	}
	switch w := st.norm(j); {
	case calendarWords[w] && (w != "may" || st.toks[j].Cap), w == "in", w == "on", w == "at", w == "during", w == "via", w == "to", w == "after", w == "before",
		w == "from", w == "late", w == "earlier", w == "later", w == "last", w == "this", w == "following", w == "aboard",
		w == "while", w == "when", w == "ahead", w == "upon", w == "as",
		w == "of", w == "about", w == "by", w == "with", w == "over", w == "outside", w == "near", w == "through",
		w == "under", w == "amid": // ("said under cross-examination", "said amid jeers")
		// a time or an adverbial phrase up to the end of the clause
		// ("said today", "told reporters aboard a military plane before
		// landing in Jeddah"), or what or how the speaker spoke of
		// (`," she said of the talks`, `," said X by email`); a "that"
		// starts a reported clause instead
		k := j
		for k < b && k < j+14 && (st.toks[k].Word || st.toks[k].Text == "-" || st.toks[k].Text == "'s") {
			if st.norm(k) == "that" {
				return false
			}
			if c, ok := st.cueAt(k); ok && c.gerund && speechGerunds[c.lemma] && k > j {
				return false // "Tuesday saying ...": a reported clause follows
			}
			k++
		}
		j = k
	}
	if j >= b {
		return true
	}
	t := st.toks[j].Text
	return t == "." || t == "," || t == ";" || t == "!" || t == "?" || st.isOpenQuote(j) || st.isCloseQuote(j)
}

// titleCaseVerb: in a headline written in title case ("Karabakh Says
// Scores Killed In Offensive") a capitalised third-person form of a cue
// after a capitalised subject is the verb; elsewhere a capital marks a
// name ("the U.S. State Department").
func (st *state) titleCaseVerb(a, b, i int, c cue) bool {
	w := st.norm(i)
	if c.gerund || w == c.lemma || !strings.HasSuffix(w, "s") || i-1 < a || !st.toks[i-1].Cap || !st.toks[i-1].Word {
		return false
	}
	long, caps := 0, 0
	for k := a; k < b; k++ {
		if t := st.toks[k]; t.Word && len(t.Text) > 3 && !digits(t.Text) {
			long++
			if t.Cap {
				caps++
			}
		}
	}
	return long >= 4 && caps*5 >= long*4
}

// trailingSubject: "..., the national news agency reports." — a form
// that is also a plural noun ends the sentence right after a subject set
// off by a comma that opens with "the" or a capitalised name: wire copy
// puts the source last, and a noun there would leave the phrase with no
// verb. Phrases led by a preposition or participle ("..., according to
// media reports.", "..., citing local reports.") stay nouns.
func (st *state) trailingSubject(ca, cb int) bool {
	if cb >= len(st.toks) || st.norm(cb) != "." || ca < 2 || !(st.toks[ca-1].Word || st.norm(ca-1) == ")") {
		return false
	}
	if st.dataPhraseBefore(ca) {
		return true // `, a study by the group shows.`, `, figures from the council show.`
	}
	for k := ca - 1; k > 0 && k >= ca-10; k-- {
		w := st.norm(k)
		if trailingBreaks[w] {
			return false
		}
		if w != "," {
			continue
		}
		j := k + 1
		if st.isCloseQuote(j) {
			j++ // `,” the memo states.`
		}
		f := st.toks[j].Text
		if j < ca && ca-j <= 3 && st.lowerWord(j) && partyMediaNouns[st.norm(ca-1)] && !listLeads[st.norm(j)] {
			return true // `, state television reports.`, `, local media reports.`: an outlet named by its kind
		}
		return j < ca && st.toks[j].Word && (st.norm(j) == "the" || f != "" && f[0] >= 'A' && f[0] <= 'Z')
	}
	return false
}

// listLeads open a list or an example after a comma (", including
// television reports"), no subject.
var listLeads = map[string]bool{"including": true, "such": true, "like": true, "especially": true, "notably": true, "also": true}

// trailingBreaks open a phrase that is no subject before a sentence-final
// plural noun.
var trailingBreaks = map[string]bool{
	"to": true, "in": true, "on": true, "by": true, "from": true, "with": true, "citing": true,
	"according": true, "after": true, "despite": true, "amid": true, "and": true, "or": true,
	"said": true, "says": true, "quoting": true, "following": true, "under": true, "into": true,
	".": true, ";": true, ":": true,
}

// writtenRulings are documents that state their content ("The ruling
// states that C", "the judgment finds").
var writtenRulings = map[string]bool{
	"ruling": true, "verdict": true, "judgment": true, "judgement": true, "decision": true, "order": true,
	"opinion": true, "indictment": true, "report": true, "document": true, "resolution": true, "charge": true,
	"sheet": true, "memo": true, "letter": true, "statement": true, "complaint": true, "petition": true,
}

// agentGroupBeforeThat: the words from j, after a passive cue's "by",
// are a group named by a speaker noun and "that" opens the clause they
// reported ("had been told by prosecutors that C", "was informed by
// local officials that C"); the group is the speaker.
func (st *state) agentGroupBeforeThat(j, b int) (speaker, bool) {
	e := j
	for e < b && e < j+5 && st.toks[e].Word && st.norm(e) != "that" && !prepositions(st.norm(e)) {
		e++
	}
	if e == j || st.norm(e) != "that" {
		return speaker{}, false
	}
	np, ok := st.speakerNP(j, e)
	if !ok || np.a != j {
		return speaker{}, false
	}
	return np, true
}

// writtenRulingSubject: the clause [a, end) before a cue is "the ruling",
// "the court's ruling", "its judgment": a written decision stating its
// content. The tagger reads "ruling states" as one noun phrase and leaves
// the parse without a subject, so the noun phrase is read from the words.
func (st *state) writtenRulingSubject(a, end int) (speaker, bool) {
	h := end - 1
	if h <= a || !writtenRulings[st.norm(h)] || !st.lowerWord(h) || st.inQuote(h) {
		return speaker{}, false
	}
	k := h - 1
	if w := st.norm(k); w == "'s" || w == "’s" {
		// "the court's ruling", "Peru's Supreme Court's ruling": the
		// owner's name or noun, then its article
		o := k
		for o > a && st.toks[o-1].Word && (st.toks[o-1].Cap || speakerNouns[st.norm(o-1)]) {
			o--
		}
		if o == k {
			return speaker{}, false
		}
		if st.norm(o-1) == "the" && o-1 >= a {
			o--
		}
		k = o
	} else {
		w := st.norm(k)
		if k < a || !(w == "the" || w == "its" || w == "their" || w == "this" || w == "that") {
			return speaker{}, false
		}
	}
	if k > a && st.toks[k-1].Word {
		return speaker{}, false // only the whole subject ("the ruling"), not a phrase inside one
	}
	return speaker{a: k, b: end, ent: -1}, true
}

// nounish: a cue form that is also a plural noun ("states", "claims",
// "reports") is a noun when what follows cannot start a clause.
func (st *state) nounish(ca, cb int) bool {
	w := st.norm(ca)
	if cb-ca != 1 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w == "says" {
		return false
	}
	// "he believes", "she also notes": after a subject pronoun the form
	// is a verb, whatever follows ("..., he believes.")
	p := ca - 1
	for p > 0 && adverbials[st.norm(p)] {
		p--
	}
	if w := st.norm(p); w == "he" || w == "she" || w == "it" {
		return false
	}
	if p == ca-1 && writtenRulings[st.norm(p)] && st.lowerWord(p) && st.norm(cb) == "that" {
		// "The ruling states that C": after a written decision and
		// before "that" the form is its verb, though "ruling states"
		// reads like a noun phrase ("the ruling states of the region")
		return false
	}
	// ", which the army denies.", ", a claim the army disputes.": the
	// verb of a relative or appositive clause
	for k := ca - 1; k > 0 && k >= ca-6; k-- {
		if w := st.norm(k); w == "which" && st.norm(k-1) == "," || claimNouns[w] && (st.norm(k-1) == "a" || st.norm(k-1) == "an") && st.norm(k-2) == "," {
			return false
		}
	}
	single := cb+1 < len(st.toks) && (st.toks[cb].Text == "'" || st.toks[cb].Text == "‘") && st.toks[cb+1].Word
	if (st.isOpenQuote(cb) || single) && !st.inQuote(ca) && st.nameEndsAt(ca) {
		// "Kyiv denounces 'Russian terror'": after a name, a
		// quotation (headlines quote in single marks) opening right
		// after the form is its object
		return false
	}
	if w := st.norm(cb); (w == "," || w == ":") && st.isOpenQuote(cb+1) && !st.inQuote(ca) {
		// `The ministry notes, “...”`: a comma or colon that opens a
		// quotation introduces what the verb says
		return false
	}
	if verbOnlyForms[w] && p >= 0 && (st.toks[p].Word || st.norm(p) == ")") {
		// "..., the Ministry of Defense of Armenia informs.": a form that
		// is no noun, after its subject, is the verb wherever it stands
		return false
	}
	if st.trailingSubject(ca, cb) {
		return false
	}
	if cb >= len(st.toks) || !st.toks[cb].Word {
		return true
	}
	if st.norm(cb) == "to" && (st.norm(cb+1) == "have" || st.norm(cb+1) == "be") {
		return false // "the M23 claims to have shot down a drone": the verb
	}
	if c, _ := st.cueAt(ca); st.norm(cb) == "to" && infinitiveCues[c.lemma] && st.lowerWord(cb+1) && st.tagAt(cb+1) == "VERB" {
		return false // "President X vows to hunt down the attackers", "pledges to rebuild": the verb and its infinitive
	}
	if prepositions(st.norm(cb)) {
		return true
	}
	if p := ca - 1; p > 0 && st.toks[p].Cap && st.toks[p].Word {
		// "dismissed Indian claims that ...", "rejected Russian reports":
		// a demonym or name right after a denial verb is its object's
		// modifier, no subject ("The Army claims" keeps its verb)
		if c, isCue := st.cueAt(p - 1); isCue && c.deny {
			return true // (not "Baku says Yerevan claims that ...": a clause)
		}
	}
	switch st.norm(cb) {
	case "of", "and", "or", "in", "on", "for", "from", "to", "including", "about", "were", "are", "have",
		"had", "will", "would", "by", "with", "which", "who", "as", "at", "against", "is", "was":
		return true
	}
	return false
}

// nameEndsAt: an entity of the document (a place too: "Kyiv",
// "Moscow") ends right before token k, as a subject would.
func (st *state) nameEndsAt(k int) bool {
	if k <= 0 || !st.toks[k-1].Cap {
		return false
	}
	for _, e := range st.doc.Entities {
		if e.End == st.toks[k-1].End && e.Kind != "" {
			return true
		}
	}
	return false
}

// clauseStart finds where the clause ending at token end begins: the
// sentence start or the token after the last semicolon or clause break.
func (st *state) clauseStart(a, end int) int {
	for i := end - 1; i > a; i-- {
		if st.toks[i].Text == ";" || (clauseBreaks[st.norm(i)] && st.norm(i-1) == ",") {
			return i + 1
		}
	}
	return a
}

// fromPhrase reads "a message from X", "a statement by X" after a cue.
func (st *state) fromPhrase(j, b int) (speaker, bool) {
	if st.norm(j) == "a" || st.norm(j) == "the" {
		j++
	}
	if !statementNoun(st.norm(j)) {
		return speaker{}, false
	}
	j++
	if w := st.norm(j); w != "from" && w != "by" && w != "of" {
		return speaker{}, false
	}
	j++
	if st.norm(j) == "the" {
		j++
	}
	if ei, eb, ok := st.entityStartingAt(j); ok {
		return st.speakerFromEntity(ei, j, eb), true
	}
	return speaker{}, false
}

// releaseEntity: the entity's last word is a statement noun ("the
// release", "the ministry's statement").
func (st *state) releaseEntity(ei int) bool {
	words := strings.Fields(strings.ToLower(st.doc.Entities[ei].Text))
	return len(words) > 0 && statementNoun(words[len(words)-1])
}

// statementIssuer finds the body that issued the statement the speaker
// entity ei names by its noun ("The report said"): in the six sentences
// before si, the last sentence that holds the same noun with a body
// before it ("Human Rights Watch released a report", "the agency said in
// a report"), that body's entity; -1 if none. A person is no issuer (a
// body's director speaks about its report).
func (st *state) statementIssuer(ei, si int) int {
	words := strings.Fields(strings.ToLower(st.doc.Entities[ei].Text))
	noun := words[len(words)-1]
	for s := si - 1; s >= 0 && s >= si-6; s-- {
		a, b := st.sentTok[s][0], st.sentTok[s][1]
		for k := a; k < b; k++ {
			if w := st.norm(k); w != noun && w != noun+"s" {
				continue
			}
			best := -1
			for j := a; j < k; j++ {
				ej, eb, ok := st.entityStartingAt(j)
				if !ok {
					continue
				}
				switch e := st.doc.Entities[ej]; e.Kind {
				case parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
					if e.Actor != "" && !st.releaseEntity(ej) {
						best = ej
					}
				}
				j = eb - 1
			}
			if best >= 0 {
				return best
			}
		}
	}
	return -1
}

// mediumParticiple: the cue word at k is a participle after the medium
// of an adverbial that opens at cb ("in a video posted on X", "in a
// statement published on its website", "in remarks broadcast by state
// television"): it says where the words appeared, and what they say still
// follows the outer cue.
func (st *state) mediumParticiple(cb, k int) bool {
	if !prepositions(st.norm(cb)) || k-cb > 5 || k-1 <= cb {
		return false
	}
	w := st.norm(k)
	if !strings.HasSuffix(w, "ed") && w != "broadcast" && w != "shown" && w != "sent" {
		return false
	}
	p := st.norm(k - 1)
	return statementNoun(p) || meansOfSpeech[p] || wordCarriers[p]
}

// wordCarriers carry a speaker's words ("a video", "an audio recording",
// "remarks") besides the statement nouns and means of speech.
var wordCarriers = map[string]bool{
	"videos": true, "clip": true, "recording": true, "footage": true, "interview": true, "remarks": true,
	"speech": true, "address": true, "comments": true, "statements": true, "messages": true, "posts": true,
	"audio": true, "broadcast": true, "tweets": true, "communiqué": true, "note": true,
}

func statementNoun(w string) bool {
	switch w {
	case "statement", "message", "communique", "communiqué", "release", "report", "announcement", "post", "tweet", "letter", "decree":
		return true
	}
	return false
}

// overrideFromMessage: "..., it says in the message of the Armenian
// authorities" names the speaker after the cue; that name wins over a
// pronoun. The phrase may follow a stray full stop.
func (st *state) overrideFromMessage(d *draft, j int) {
	if st.norm(j) == "." && j+1 < len(st.toks) && !st.toks[j+1].Cap {
		j++
	}
	if st.norm(j) != "in" {
		return
	}
	if x, ok := st.fromPhrase(j+1, len(st.toks)); ok && (d.spk.ent < 0 || pronoun(st.doc.Entities[d.spk.ent].Text)) {
		d.spk = x
	}
}

// relayAsideAt: token j opens a ", citing Y," or ", quoting Y," aside
// right after a cue ("X said, citing Y, that C"); relay gives the cue the
// clause after the aside.
func (st *state) relayAsideAt(j int) bool {
	if st.norm(j) == "," {
		j++
	}
	w := st.norm(j)
	return (w == "citing" || w == "quoting") && st.norm(j-1) == ","
}

func pronoun(s string) bool {
	// An ASCII word is lower-cased in a buffer on the stack: the words
	// asked are mostly capitalised names, each of which
	// strings.ToLower copied.
	if len(s) > 4 || !asciiOnly(s) {
		switch strings.ToLower(s) {
		case "he", "she", "it", "they":
			return true
		}
		return false
	}
	var buf [4]byte
	w := buf[:len(s)]
	for i := range w {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[i] = c
	}
	return string(w) == "he" || string(w) == "she" || string(w) == "it" || string(w) == "they"
}

// asciiOnly reports whether s holds ASCII bytes only.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// leading handles "X said (that) C", "X accused Y of C", "X said: “Q”".
func (st *state) leading(si, a, b, ca, cb int, c cue, first int) {
	segA := st.questionLabelEnd(a, ca)
	for k := len(st.drafts) - 1; k >= first; k-- {
		if d := st.drafts[k]; d.cueB <= ca && !st.relayed(d, ca) {
			segA = max(segA, d.cueB)
			break
		}
	}
	for i := ca - 1; i > segA; i-- {
		if st.toks[i].Text == ";" || (clauseBreaks[st.norm(i)] && st.norm(i-1) == "," && !st.insertion(i, ca)) {
			segA = i + 1
			break
		}
	}
	spk, ok := st.subject(si, segA, ca)
	if segA > a {
		// "Israel, which has denied targeting sites in Iran, said C":
		// the relative clause holds a claim of its own, which moved the
		// search past the body the sentence opens with; that body speaks
		if rel, relOK := st.relativeAntecedent(a, ca); relOK && rel.b <= segA {
			spk, ok = rel, true
			// the relative clause's claim ends at the comma that closes
			// the clause, before this cue
			r := ca - 1
			for r > a && adverbials[st.norm(r)] {
				r--
			}
			for k := range st.drafts {
				if d := &st.drafts[k]; d.cueA >= rel.b && d.cueA < r && d.contB > r {
					d.contB = r
				}
			}
		}
	}
	conj := ca - 1
	for conj > a && conj >= segA-1 && adverbials[st.norm(conj)] {
		conj-- // "..., but also said"
	}
	if s, found := st.coordinatedActSpeaker(conj, ca, b, first); found {
		// "X acknowledged that the new US tariffs would hit exporters but
		// insisted that C": the clause before ended at the conjunction
		// for this second act of its speaker, whatever name the clause
		// holds nearer the cue
		spk, ok = s, true
	}
	if w := st.norm(conj); !ok && segA > a && (w == "and" || w == "but") {
		// "X described A as B and announced that C", "X called A B, but
		// also said C": the coordinated cue shares the subject of the
		// claim before it
		for k := len(st.drafts) - 1; k >= first; k-- {
			if d := st.drafts[k]; d.cueB <= ca && d.contB <= conj && d.spk.a >= 0 {
				spk, ok = d.spk, true
				break
			}
		}
		if !ok {
			// "X, in a radio call, avoided the question, but said ...":
			// the subject of the verb the cue is coordinated with
			spk, ok = st.insertedSubject(a, ca)
		}
	}
	if w := st.norm(conj); !ok && (w == "and" || w == "but") && (accusations[c.lemma] || c.deny || st.clauseOpens(cb) || st.norm(cb) == ":" && st.isOpenQuote(cb+1)) {
		// "The rebels took the town and accused the army of ...": the
		// parse's verb the cue is coordinated with has the subject
		// (only an accusation, a denial or a cue with a clause or a
		// quotation after a colon after it: "... and urged them to
		// leave" is part of the act before it, no claim of its own;
		// "saluted their courage and declared: “...”" quotes one)
		if v, found := st.conjVerb(si, a, ca); found {
			spk, ok = st.subject(si, a, v)
		} else if v, found := st.conjChainRoot(si, a, ca); found && st.clauseOpens(cb) {
			spk, ok = st.subject(si, a, v)
		}
	}
	if w := st.norm(conj); !ok && (w == "and" || w == "but") && sayingCues[c.lemma] {
		// "X has denied any wrongdoing and says C": the parse makes the
		// cue a conjunct of the claim's cue before it
		spk, ok = st.coordinatedCue(si, a, ca, conj, first)
		if !ok {
			// "did not confirm C, but said D": a withheld statement
			// before it, no claim
			spk, ok = st.withheldActSubject(si, a, ca, conj)
		}
	}
	if !ok && st.norm(conj) == "," && conj == ca-1 && st.headingLine(a, b) {
		// "Ministry says C, denies D", "Baghdad recalls envoy, calls the
		// strike ...": a headline's or a list line's verbs share the
		// line's subject without an "and"
		for k := len(st.drafts) - 1; k >= first; k-- {
			if d := st.drafts[k]; d.cueB <= conj && d.spk.a >= a && d.spk.b <= d.cueA {
				spk, ok = d.spk, true
				break
			}
		}
		if !ok {
			if v, found := st.conjVerb(si, a, ca); found {
				spk, ok = st.subject(si, a, v)
			}
		}
	}
	if !ok && evidenceCues[c.lemma] {
		spk, ok = st.dataSubject(si, segA, ca) // "Figures released Thursday showed"
	}
	if !ok {
		return
	}
	if evidenceCues[c.lemma] && spk.ent < 0 && spk.b > spk.a && eventNouns[st.norm(spk.b-1)] {
		return // "the attack showed Moscow was not interested": an event is evidence, no speaker
	}
	// what is claimed starts after the cue, "that", or a short adverbial
	j := cb
	contA := -1
	direct, block := false, false
	// an adverbial after the cue ("said in a joint statement on Sunday
	// that"): look further for "that"
	far := cb + 5
	if prepositions(st.norm(cb)) || addresseeCues[c.lemma] {
		far = cb + 16 // "assured visiting Kordavian Defense Minister Ivo Kral that"
	}
	for k := cb; k < b && k < max(cb+8, far); k++ {
		w := st.norm(k)
		if k == cb && st.relayAsideAt(k) {
			contA = k + 1 // "said, citing Y, that C": relay moves the content past the aside
			break
		}
		if g, nested := st.cueAt(k); nested && k > cb {
			if st.mediumParticiple(cb, k) {
				continue // "said in a video posted on social media that": the video's, not a nested cue
			}
			if (wordCarriers[w] || statementNoun(w)) && (prepositions(st.norm(k-1)) || possessiveDet[st.norm(k-1)] || st.norm(k-1) == "the" || st.norm(k-1) == "a") {
				continue // "said in remarks reported by ...", "said in posts": a noun, the medium of the words
			}
			if c.object && g.gerund && speechGerunds[g.lemma] {
				// "issued a statement Tuesday saying ...": what the
				// statement says
				contA = k + 1
				if st.norm(contA) == "that" {
					contA++
				}
			}
			break // "Baku says Yerevan claims that": the "that" is the nested cue's
		}
		if w == "that" && k == cb && c.deny && st.demonstrativeThat(k, b) {
			contA = k // "rejected that view.": the object, pointing back
			break
		}
		if w == "that" && k > cb && prepositions(st.norm(k-1)) && st.demonstrativeThat(k, b) {
			continue // "claimed responsibility for that attack.": a determiner after a preposition
		}
		if w == "that" && k < far {
			contA = k + 1
			break
		}
		if k == cb && st.scareQuote(k) {
			// `says "foreign" agents are behind the unrest`: a word or two
			// quoted inside the reported clause, no direct quotation
			contA = k
			break
		}
		if w == ":" || (st.isOpenQuote(k) && (k == cb || st.norm(k-1) == ",")) {
			q := k
			if w == ":" {
				q = k + 1
			}
			if st.isOpenQuote(q) {
				contA, direct = q+1, true
			} else if w == ":" && q >= b && b < len(st.toks) && st.toks[b].Newline {
				// "Tobias Ellwood said:" closing its paragraph: the
				// statement is the next paragraph, quoted or not
				block = true
				contA = b
				if st.isOpenQuote(b) {
					contA, direct = b+1, true
				}
			} else if w == ":" {
				contA = k + 1
			}
			break
		}
		if w == "," && st.isOpenQuote(k+1) {
			continue // `added, “...”`
		}
		if w == "." && k > cb && (st.toks[k-1].Cap && len(st.toks[k-1].Text) <= 4 || st.siteDot(k) || st.letterDot(k)) {
			continue // an abbreviation ("during his Dec. 14 press conference that", "at 6 p.m. local time that"), a site ("told 24.kg that")
		}
		if w == "," || w == "." || st.isOpenQuote(k) {
			break
		}
	}
	if c.lemma == "continue" && !direct && st.norm(cb) != "that" && st.norm(cb) != ":" {
		return // "continue to lead", "continued its offensive": an act, not speech
	}
	if contA < 0 {
		// `,” Democratic Representative Jason Crow told VOA.`: the
		// speaker and cue close a quotation or clause said before them
		if st.claimedBefore(a, b, ca, cb, c, spk) {
			return
		}
		// "told VOA there was still uncertainty": the addressee, then
		// the reported clause without "that"
		if c.lemma == "tell" || c.lemma == "inform" {
			if k := st.addressee(cb, b); k > cb && k < b && st.toks[k].Word && !prepositions(st.norm(k)) && st.norm(k) != "that" && !st.isOpenQuote(k) {
				j = k
				c.clause = false
			} else if k > cb && k < b && (prepositions(st.norm(k)) || calendarWords[st.norm(k)]) {
				// "told the envoy during two visits in March they had
				// strides": an adverbial after the addressee, then the
				// clause without "that"
				if s, ok := st.clauseAfterAdverbial(si, ca, k, b); ok {
					j = s
					c.clause = false
				} else {
					// "... at the summit last week they had ...": a
					// subject pronoun right after a time
					for m := k + 1; m < b && m < k+10 && st.toks[m].Word; m++ {
						if w := st.norm(m); (w == "it" || w == "he" || w == "she" || w == "they" || w == "we") && (timeHeads[st.norm(m-1)] || calendarWords[st.norm(m-1)]) {
							j = m
							c.clause = false
							break
						}
					}
				}
			}
		}
		// "responded to the reports": a reply to what others said
		if c.lemma == "respond" && st.norm(j) == "to" && st.speechObject(j+1, b) {
			c.clause, c.object = false, true
		}
		if c.lemma == "tell" && st.addresseeInfinitive(cb, b) {
			c.clause = false // "told police commanders to arrest the gunmen": an order, what was said
		}
		if (c.lemma == "declare" || c.lemma == "proclaim") && st.declaredOutcome(j, b) {
			c.clause, c.object = false, true // "declared the war over", "proclaimed victory"
		}
		if c.lemma == "describe" && c.clause && st.norm(ca) == "described" && st.describedAccount(j, b) {
			// "Residents described a night of shelling", "survivors
			// described hunger and sniper fire": an account given ("will
			// describe the plan" is none yet)
			c.clause, c.object = false, true
		}
		if (c.lemma == "threaten" || c.lemma == "vow") && st.threatObject(j, b) {
			c.clause = false // "threatened retaliation", "is threatening sanctions", "vows revenge", "vowed a response"
		}
		if (c.lemma == "dispute" || c.lemma == "contest") && st.disputedStatement(j, b) {
			// "disputed the assessment", "have disputed both figures": a
			// statement or a figure rejected ("disputed the border" is no
			// claim)
			c.clause, c.object = false, true
		}
		if c.clause && whClauseCues[c.lemma] && (st.norm(j) == "how" || st.norm(j) == "why" || st.norm(j) == "whether" && c.lemma == "question") && st.norm(j+1) != "to" && j+1 < b && st.toks[j+1].Word {
			// "explained how the radar changed the defence": the account
			// given ("explained how to apply" is advice, below)
			c.clause = false
		}
		if c.clause && !(st.norm(j) == "to" && infinitiveCues[c.lemma]) && !st.relayAsideAt(j) && !st.clauseFollows(si, ca, j) {
			// "said on Thursday it had captured the town", "said in a
			// video posted online that ...": an adverbial after the cue,
			// then the clause, whatever the parse made of the adverbial
			s, ok := 0, false
			if j < b && (prepositions(st.norm(j)) || calendarWords[st.norm(j)]) {
				s, ok = st.clauseAfterAdverbial(si, ca, j, b)
			}
			if !ok {
				return
			}
			j = s
		}
		contA = j
		// "told reporters (that)": skip the addressee
		if c.lemma == "tell" || c.lemma == "inform" && st.norm(j) != "that" {
			for k := j; k < b && k < j+4; k++ {
				if st.norm(k) == "that" {
					contA = k + 1
					break
				}
			}
		}
	}
	// "News.az reports citing the ministry": the outlet relays the source
	// ("X said, citing Y, that C" is X's claim: relay sets its content)
	if (st.norm(contA) == "citing" || st.norm(contA) == "quoting") && st.norm(contA-1) != "," {
		return
	}
	if c.lemma == "say" && !direct && st.ritualObject(contA, b) {
		return // "said goodbye", "said their prayers": not a report
	}
	// "rejected a plea", "dismissed the appeal": a decision, not a denial;
	// the cue's object is read, not a clause after "that" ("dismissed
	// concerns that the motion would fail" denies)
	if c.deny && !direct {
		for k := cb; k < b && k < cb+4 && st.norm(k) != "that"; k++ {
			if requestNouns[st.norm(k)] {
				return
			}
		}
	}
	// "said in a joint statement on Sunday, ...": the claim follows the
	// adverbial; with nothing after it, what was said is elsewhere
	// ("vowed to fight on" is itself what was vowed, not an adverbial)
	if !direct && !c.object && prepositions(st.norm(contA)) && contA == cb && !st.quantifierStart(contA) && !((st.norm(contA) == "of" || st.norm(contA) == "against") && (c.lemma == "warn" || c.lemma == "accuse" || c.lemma == "caution")) && !(st.norm(contA) == "to" && infinitiveCues[c.lemma]) {
		k := contA
		for k < b && (st.toks[k].Text != "," || st.numberComma(k)) && st.toks[k].Text != "." && st.toks[k].Text != ";" && !st.isOpenQuote(k) {
			k++
		}
		if k >= b || st.toks[k].Text != "," {
			// "said on Monday it would appeal", "said in a statement
			// the border would close": a short adverbial, then the
			// reported clause without "that"
			if s, ok := st.clauseAfterAdverbial(si, ca, contA, b); ok {
				contA = s
			} else if e := st.dayAdverbialEnd(contA, b); e > contA && !c.clause && st.objectStart(e, b) {
				// "denied on Sunday any role in the raid", "confirmed
				// on Sunday the deaths of two soldiers": the day, then the
				// verb's object
				contA = e
			} else {
				return
			}
		} else {
			contA = k + 1
		}
	}
	// "said Saturday its aircraft struck ...": the day belongs to the
	// attribution ("said Tuesday night", not "said Monday's attack")
	if !direct && contA == cb && calendarWords[st.norm(contA)] && st.toks[contA].Cap {
		k := contA + 1
		if timeHeads[st.norm(k)] {
			k++
		}
		if st.norm(k) != "'s" && st.norm(k) != "," && k < b && st.toks[k].Word {
			if st.norm(k) == "that" {
				k++
			}
			contA = k
		}
	}
	contB := st.clauseEnd(contA, b)
	if c.labelEnd > contA && c.labelEnd < contB {
		contB = c.labelEnd // "described X as “a fair deal,” and announced ...": the label ends the claim
	}
	if block {
		contB = st.paragraphEnd(contA) + 1
	}
	d := draft{cueA: ca, cueB: cb, contA: contA, contB: contB, spk: spk, deny: c.deny, direct: direct, block: block}
	if c.deny && !direct {
		// "but the army denied it", "Islamabad rejected this": what is
		// denied is the claim the pronoun stands for
		if pa, pb, ok := st.pronounObject(si, ca, cb, contB, spk); ok {
			d.contA, d.contB = pa, pb
		}
	}
	// a quotation opened in the claim and closed after the sentence
	if direct {
		if q := st.quotes[st.quoteOf[contA-1]]; q.close > 0 {
			d.contB = q.close
		} else if d.contB <= contA {
			// `said:` then a quotation left open at its paragraph's end
			// (wire copy reopens each quoted paragraph): the paragraph
			d.contB = st.paragraphEnd(contA) + 1
		}
	} else {
		for k := contA; k < contB; k++ {
			if st.isOpenQuote(k) {
				if q := st.quotes[st.quoteOf[k]]; q.close >= contB {
					d.contB = q.close + 1
				}
			}
		}
	}
	st.addDraft(d)
}

// scareQuote: the quotation opening at k holds one or two words and the
// clause goes on right after its closing mark with a lower-case noun or
// adjective (`"foreign" agents are behind`, `"illegal" government is`).
func (st *state) scareQuote(k int) bool {
	if !st.isOpenQuote(k) || st.inQuote(k-1) {
		return false
	}
	q := st.quotes[st.quoteOf[k]]
	if q.close <= k+1 || q.close > k+3 || q.close+2 >= len(st.toks) {
		return false
	}
	for i := k + 1; i < q.close; i++ {
		if !st.toks[i].Word {
			return false
		}
	}
	if tag := st.tagAt(q.close + 1); tag != "NOUN" && tag != "ADJ" {
		return false // `responded "effectively" and destroyed`: the quoted word ends its phrase
	}
	return st.lowerWord(q.close+1) && st.toks[q.close+2].Word
}

// conjChainRoot: the sentence's main verb, reached from the cue at ca
// over conjuncts and adverbial clauses only ("The group seized the town,
// renamed its main square and claimed ...": the parse may hang
// "claimed" on "renamed", and "renamed" on "seized"),
// never out of a reported clause.
func (st *state) conjChainRoot(si, a, ca int) (int, bool) {
	t, idx, ok := st.parsed(si, ca)
	if !ok || t.Rel != "conj" {
		return 0, false
	}
	sent := st.doc.Sentences[si].Tokens
	for n := 0; n < 4 && t.Rel != "root"; n++ {
		if t.Rel != "conj" && t.Rel != "advcl" || t.Head < 1 || t.Head > len(sent) {
			return 0, false
		}
		idx = t.Head
		t = sent[idx-1]
	}
	if t.Rel != "root" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
		return 0, false
	}
	for v := ca - 1; v > a; v-- {
		if st.toks[v].Start == t.Start {
			return v, true
		}
	}
	return 0, false
}

// clauseOpens: a reported clause opens right after the cue at cb ("...
// and claimed that", "... and said it would"), which makes the cue
// speech however the act before it was told ("renamed its main square
// and claimed it would be the capital of a new province"); "...
// and urged them to leave" stays part of the act.
func (st *state) clauseOpens(cb int) bool {
	w := st.norm(cb)
	if w == "that" {
		return true
	}
	return subjectPronouns[w] && cb+1 < len(st.toks) && (tensedAux[st.norm(cb+1)] || clauseModals[st.norm(cb+1)])
}

// letterDot: the full stop at k closes a one-letter abbreviation ("p.m.",
// "a.m.", "e.g."), no sentence's end.
func (st *state) letterDot(k int) bool {
	if k < 1 || !st.toks[k-1].Word || len(st.toks[k-1].Text) != 1 {
		return false
	}
	next := k+2 < len(st.toks) && len(st.toks[k+1].Text) == 1 && st.toks[k+1].Word && st.toks[k+2].Text == "."
	return next || k >= 3 && st.toks[k-2].Text == "." && len(st.toks[k-3].Text) == 1
}

// dayAdverbialEnd: the token after a day phrase opening at j ("on
// Saturday", "on Sunday night", "on March 3"), or j when none opens there.
func (st *state) dayAdverbialEnd(j, b int) int {
	if st.norm(j) != "on" || !calendarWords[st.norm(j+1)] {
		return j
	}
	k := j + 2
	if k < b && digits(st.toks[k].Text) {
		k++ // "on March 3"
	}
	if k < b && timeHeads[st.norm(k)] {
		k++ // "on Sunday night"
	}
	return k
}

// objectStart: the token at k can open a noun phrase object ("any link",
// "the deaths", "reports that ..."): a word that is neither a
// preposition, a conjunction nor a verb form that would open a clause.
func (st *state) objectStart(k, b int) bool {
	if k >= b || !st.toks[k].Word || prepositions(st.norm(k)) {
		return false
	}
	switch st.norm(k) {
	case "and", "or", "but", "that", "as", "while", "when", "after", "because", "if", "to":
		return false
	}
	return true
}

// listenerNouns name whom a speaker tells something ("told reporters").
var listenerNouns = map[string]bool{
	"reporters": true, "journalists": true, "media": true, "press": true, "lawmakers": true, "parliament": true,
	"agency": true, "service": true, "newspaper": true, "broadcaster": true, "television": true, "radio": true,
	"channel": true, "station": true, "outlet": true, "audience": true, "crowd": true, "supporters": true,
	"correspondent": true, "court": true, "conference": true, "briefing": true, "website": true,
	// the members of a chamber or a body who hear a statement ("told
	// councillors at question time that", "told the committee that")
	"councillors": true, "councilors": true, "committee": true, "senators": true, "legislators": true,
	"delegates": true, "members": true, "voters": true,
	// the outlet telling its own story ("told this publication", "told
	// this newspaper", "told the paper")
	"publication": true, "paper": true, "magazine": true, "newsroom": true,
}

// addressee skips the listener after "told" at token k ("reporters",
// "VOA", "the Reuters news agency", "Agence France-Presse news
// service") and returns the token after it; k when there is none.
func (st *state) addressee(k, b int) int {
	i := k
	if w := st.norm(i); (w == "us" || w == "me") && !st.inQuote(i) {
		// "told us by phone", "told me they had fled": the outlet or
		// its reporter, an object pronoun outside any quotation
		return i + 1
	}
	// "told this publication", "told our correspondent": the outlet's
	// own determiners
	if w := st.norm(i); w == "the" || w == "a" || w == "this" || w == "our" {
		i++
	}
	start := i
	for i < b && i < start+8 {
		// "RFE/RL's Armenian Service": a slash or possessive joining
		// capitalised names inside the listener's name
		if i > start && i+1 < b && st.toks[i-1].Cap && (st.toks[i].Text == "/" || st.norm(i) == "'s") && st.toks[i+1].Word && (st.toks[i+1].Cap || listenerNouns[st.norm(i+1)]) {
			i++
			continue
		}
		if st.siteDot(i + 1) {
			i += 3 // "told 24.kg news agency", "told news.az": an outlet named by its site
			continue
		}
		if !st.toks[i].Word || !(st.toks[i].Cap && !notSpeakers[st.norm(i)] || listenerNouns[st.norm(i)] || st.norm(i) == "news" || st.norm(i) == "state" || st.norm(i) == "local") {
			break
		}
		if _, isCue := st.cueAt(i); isCue {
			break
		}
		i++
	}
	if i == start {
		return k
	}
	// the addressee ends in a name or a listener noun, not a modifier
	if last := st.norm(i - 1); !st.toks[i-1].Cap && !listenerNouns[last] && !st.siteDot(i-2) {
		return k
	}
	return i
}

// siteDot: the token at k is the dot inside a web address written
// without its scheme, a name and a short top-level domain of letters
// joined without spaces ("24.kg", "Kun.uz", "news.az"), not a sentence's
// end.
func (st *state) siteDot(k int) bool {
	if k < 1 || k+1 >= len(st.toks) || st.toks[k].Text != "." || !st.toks[k-1].Word || !st.toks[k+1].Word {
		return false
	}
	if st.toks[k-1].End != st.toks[k].Start || st.toks[k].End != st.toks[k+1].Start {
		return false
	}
	tld := st.toks[k+1].Text
	if len(tld) < 2 || len(tld) > 4 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// claimedBefore handles a speaker and cue that close the clause after
// what they said: `“Q,” Republican Representative Michael McCaul, former
// chairman of the committee, told VOA.`, `Clause, Pentagon press
// operations director Navy Capt. Jeff Davis said today.` The speaker's
// title, written before the name, is skipped back to the comma or
// closing quotation mark.
func (st *state) claimedBefore(a, b, ca, cb int, c cue, spk speaker) bool {
	if spk.a < 0 || spk.a <= a || c.clause && c.lemma != "tell" && c.lemma != "inform" && c.lemma != "write" {
		return false
	}
	after := cb
	if c.lemma == "tell" || c.lemma == "inform" {
		after = st.addressee(cb, b)
	}
	if !st.endsClause(after, b) {
		return false
	}
	before := spk.a - 1
	si := st.sentOf[ca]
	for k := 0; k < 8 && before > a; k++ {
		t := st.toks[before]
		if t.Word && (t.Cap || titleWords[t.Norm] || st.titleModifier(si, before)) || t.Text == "." && before > a && st.toks[before-1].Cap && len(st.toks[before-1].Text) <= 4 || t.Norm == "'s" && before > a && st.toks[before-1].Cap {
			before--
			continue
		}
		break
	}
	if st.norm(before) == "the" || st.norm(before) == "a" {
		before--
	}
	if before <= a {
		return false
	}
	// `“Q,” the WFP's country director, Jean-Martin Bauer, told
	// reporters`: the title set off before the name
	if st.toks[before].Text == "," && !st.isCloseQuote(before-1) {
		if k, ok := st.titleInsertion(before); ok {
			before = k
		}
	}
	// "Sudanese army spokesman Nabil Abdallah": the body in the title
	// gives an unaffiliated speaker its side
	for i := before + 1; i < spk.a && spk.side == ""; i++ {
		if ei, eb, ok := st.entityStartingAt(i); ok && eb <= spk.a && st.doc.Entities[ei].Side != "" {
			spk.side = st.doc.Entities[ei].Side
		}
	}
	d := draft{cueA: ca, cueB: cb, spk: spk, deny: c.deny}
	q := before
	if st.toks[before].Text == "," && st.isCloseQuote(before-1) {
		q = before - 1
	}
	switch {
	case st.isCloseQuote(q):
		qq := st.quotes[st.quoteOf[q]]
		if qq.open < 0 || qq.open >= q {
			return false
		}
		d.contA, d.contB, d.direct = qq.open+1, qq.close, true
	case st.toks[before].Text == ",":
		d.contA, d.contB = st.clauseStart(a, before), before
		words := 0
		for k := d.contA; k < d.contB; k++ {
			if st.toks[k].Word {
				words++
			}
		}
		if words < 2 {
			return false // "However, a police spokesman told local radio on Friday C": a connective, no clause said before
		}
	default:
		return false
	}
	st.addDraft(d)
	return true
}

// officeTitles are the title words whose holder speaks for the body or
// state that possesses the title ("Ghana's defence minister NAME").
var officeTitles = titleSet("official")

// officeBetween: a word of tokens [a, b) is an office's or a
// spokesperson's title (personTitles, officeTitles), not a private role
// ("novelist", "coach", "playwright").
func (st *state) officeBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if w := st.norm(k); personTitles[w] || officeTitles[w] {
			return true
		}
	}
	return false
}

// titleWords may stand lower-case in a title before a name ("press
// operations director", "senior fellow").
var titleWords = map[string]bool{
	"press": true, "operations": true, "director": true, "secretary": true, "minister": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "senior": true, "deputy": true, "chief": true, "former": true,
	"foreign": true, "defense": true, "defence": true, "interior": true, "state": true, "commander": true,
	"lawyer": true, "writer": true, "analyst": true, "ambassador": true, "adviser": true, "advisor": true,
	"presidential": true, "policy": true, "representative": true, "senator": true, "general": true,
	"governor": true, "official": true, "head": true, "of": true, "for": true, "and": true, "the": true,
	"army": true, "military": true, "navy": true, "police": true, "ministry": true, "government": true,
	"forces": true, "force": true, "security": true, "fellow": true, "editor": true, "chairman": true,
}

// clauseEnd finds where a reported clause starting at token a ends before
// b: at a sibling attribution (", while ...", "; ", ", saying"), else at b.
func (st *state) clauseEnd(a, b int) int {
	for i := a; i < b; i++ {
		if st.toks[i].Text == "," && i+1 < b {
			// a quotation may close after its comma (`given "actionable
			// evidence," while X told VOA that D`, `caught "planning
			// violence," a claim X called absurd`): the clause ends with
			// the quotation, and the words after it are read as after the
			// comma
			at, cut := i+1, i
			if st.isCloseQuote(i+1) && i+2 < b {
				at, cut = i+2, i+2
			}
			n := st.norm(at)
			if clauseBreaks[n] {
				return cut
			}
			if n == "as" {
				for k := at + 1; k < b && k < at+5; k++ {
					if _, ok := st.cueAt(k); ok {
						return cut
					}
				}
			}
			if c, ok := st.cueAt(at); ok && c.gerund {
				return cut
			}
			if c, _, ok := st.phraseCue(at, b); ok && c.gerund {
				return cut // ", making it clear that"
			}
			if n == "according" && st.norm(at+1) == "to" {
				return cut
			}
			if (n == "a" || n == "an") && st.claimApposition(at+1, b) {
				return cut // "C, a claim Ukraine rejected as false": the denial is no part of C
			}
			if (n == "and" || n == "but") && st.secondAct(at+1, b) {
				return cut // "X said C, and he indicated D": a second reporting act
			}
		}
		if st.norm(i) == "and" && i > a && st.andAbsolute(i, b) {
			return i // "with X saying C and Y accusing Z of D": Y's own act
		}
		if (st.norm(i) == "and" || st.norm(i) == "but") && i > a && st.coordinatedAct(a, i, b) {
			return i // "denied that C and said D": the reporting verb's own second act
		}
		if (st.norm(i) == "but" || st.norm(i) == "according") && i > a {
			if st.norm(i) == "according" && st.norm(i+1) == "to" {
				return i
			}
			if st.norm(i) == "but" && st.norm(i+1) == "according" {
				return i
			}
		}
	}
	return b
}

// subject finds the speaker of a cue at token ca in tokens [a, ca): the
// parse's subject of the cue when the sentence is parsed, else the first
// speaker-capable entity outside prepositional phrases and quotations that
// is followed by the cue, else a noun phrase headed by a speaker noun.
func (st *state) subject(si, a, ca int) (speaker, bool) {
	s, ok := st.subjectOnly(si, a, ca)
	if !ok && st.coordinatedAfterDateline(si, a, ca) {
		s, ok = st.datelineSubject(a, ca) // "MOMBASA — The governor went to the port and said C"
	}
	if ok {
		if p, ok := st.issuedIn(s, a); ok {
			return p, true
		}
		if p, ok := st.paperSeenBy(s, a); ok {
			return p, true
		}
		if p, ok := st.titledHeadPerson(s, a, ca); ok {
			return p, true
		}
	}
	if ok && s.ent >= 0 && st.doc.Entities[s.ent].Kind != parallax.KindPerson {
		// "X, former chairman of the House committee, told VOA": the
		// body ends the apposition of the person who speaks
		if p, ok := st.appositionOwner(s, a); ok {
			return p, true
		}
	}
	return s, ok
}

func (st *state) subjectOnly(si, a, ca int) (speaker, bool) {
	if s, ok := st.relativeAntecedent(a, ca); ok {
		return s, true
	}
	if s, ok := st.appositivePerson(si, a, ca); ok {
		return s, true
	}
	// "Washington, which claims", "the ministry, which said": the
	// relative pronoun's antecedent speaks
	r := ca - 1
	for r > a && adverbials[st.norm(r)] {
		r--
	}
	if w := st.norm(r); (w == "which" || w == "who") && st.norm(r-1) == "," {
		if ei, ea, ok := st.entityEndingAt(r - 1); ok && ea >= a && !prepositions(st.norm(ea)) {
			return st.speakerFromEntity(ei, ea, r-1), true
		}
		// "The army's account was disputed by residents, who said C":
		// people named by a noun before ", who"
		if np, ok := st.speakerNP(a, r-1); ok && w == "who" && np.b == r-1 && !st.toks[r-2].Cap {
			return np, true
		}
	}
	if s, ok := st.parseSubject(si, a, ca); ok {
		// a parse that makes a later name the subject may have lost the
		// person the clause opens with ("Andrew Lebovich of the Dutch
		// think tank Clingendael said")
		if p, ok := st.openingPerson(a, ca); ok && p.a < s.a && !st.inOpeningPP(a, p.a, st.toks[s.a].Start) {
			return p, true
		}
		if p, ok := st.nameAfterLongTitle(a, ca, s); ok {
			return p, true
		}
		return s, true
	}
	for i := a; i < ca; i++ {
		ei, eb, ok := st.entityStartingAt(i)
		if !ok || eb > ca {
			continue
		}
		if st.inQuote(i) || st.inPP(i, a) || st.norm(i-1) == "as" || st.exampleAfter(a, i) || st.inRelayInsertion(i, ca) {
			i = eb - 1
			continue
		}
		if st.gapOK(eb, ca) {
			spk := st.speakerFromEntity(ei, i, eb)
			// "Taliban spokesperson Zabihullah Mujahid": the person named
			// after the body of their title speaks, for that body
			if person, ok := st.titledPerson(eb, ca); ok {
				if person.side == "" {
					person.side = spk.side
				}
				spk, eb = person, person.b
			}
			st.affiliation(&spk, eb, ca)
			return spk, true
		}
		i = eb - 1
	}
	// an unresolved name with an apposition: "John Smith, a spokesman for
	// the Ukrainian military, said"
	for i := a; i < ca; i++ {
		if st.inPP(i, a) || st.exampleAfter(a, i) {
			continue
		}
		if j, ok := st.nameRun(i, ca); ok && st.norm(j) == "," && st.gapOK(j, ca) {
			spk := speaker{a: i, b: j, ent: -1}
			st.affiliation(&spk, j, ca)
			return spk, true
		}
	}
	// a noun phrase headed by a speaker noun right before the cue
	end := ca
	for end > a && adverbials[st.norm(end-1)] {
		end--
	}
	if end-1 > a && calendarWords[st.norm(end-1)] && st.norm(end-1) != "may" {
		// "QUETTA: Police on Thursday said": a time phrase between the
		// noun phrase and its cue, where a dateline in the parsed
		// sentence left the parse no subject
		e := end - 1
		if w := st.norm(e - 1); w == "on" || w == "late" || w == "early" || w == "last" || w == "this" {
			e--
		}
		if e > a && st.toks[e-1].Word {
			end = e
		}
	}
	if s, ok := st.bodyIt(a, ca); ok {
		return s, true
	}
	if s, ok := st.speakerNP(a, end); ok {
		if h, ok := st.headBeforePlace(s, a); ok {
			return h, true // "The health ministry in Khartoum says"
		}
		return s, true
	}
	if s, ok := st.npBeforeInsertion(a, end, ca); ok {
		return s, true // "Baku, as it has for decades, blamed"
	}
	if s, ok := st.groupWithExamples(a, end); ok {
		return s, true // "Critics, including X, suggest"
	}
	if s, ok := st.nounSubject(si, a, ca); ok {
		return s, true
	}
	if s, ok := st.npBeforeRelative(a, end); ok {
		return s, true // "a survivor, who asked not to be named, told"
	}
	if s, ok := st.weSpeaker(a, end); ok {
		return s, true
	}
	if s, ok := st.barePronoun(a, end); ok {
		return s, true
	}
	if s, ok := st.writtenRulingSubject(a, end); ok {
		return s, true // "The ruling states that C", "The court's ruling states that C"
	}
	return st.headBeforeOfPhrase(si, a, end)
}

// headBeforeOfPhrase reads a speaker's noun and the phrase after it that
// says whose or where it is, up to the cue at end, where the parse lost
// the subject ("A commander of one of its factions told", "the General
// Staff of the Tigray forces claimed", "Medical sources at the hospital
// told"): the noun speaks, for a party named in the phrase. The noun
// opens the clause, or follows a comma or a time phrase ("On Monday");
// the phrase is words only, with no verb, comma or cue.
func (st *state) headBeforeOfPhrase(si, a, end int) (speaker, bool) {
	for h := a; h < end-2 && h < a+8; h++ {
		w := st.norm(h)
		if !st.toks[h].Word || !(speakerNouns[w] || officeNouns[w] || personHeads[w] || w == "staff") {
			continue
		}
		p := st.norm(h + 1)
		if p != "of" && p != "for" && p != "at" && p != "from" && p != "in" {
			continue
		}
		pe := st.ofPhraseEnd(h+2, end)
		if pe-(h+2) > 8 || pe-(h+2) < 1 {
			return speaker{}, false
		}
		for k := h + 2; k < pe; k++ {
			if !st.toks[k].Word && st.norm(k) != "'s" && st.norm(k) != "’s" || st.inQuote(k) {
				return speaker{}, false
			}
			if tag := st.tagAt(k); tag == "VERB" || tag == "AUX" {
				return speaker{}, false
			}
			if _, isCue := st.cueAt(k); isCue || clauseLinks[st.norm(k)] {
				return speaker{}, false
			}
		}
		// the phrase's start: its article and modifiers back from the noun
		s := h
		for s > a && s > h-4 && st.toks[s-1].Word && (st.toks[s-1].Cap || npModifiers[st.norm(s-1)] || st.lowerWord(s-1) && st.tagAt(s-1) == "ADJ") && !articleWords[st.norm(s-1)] {
			s--
		}
		open := s
		if w := st.norm(s - 1); s > a && (w == "the" || w == "a" || w == "an") {
			open = s - 1
		}
		// (the clause's own start: the sentence's, a comma's, or after
		// a day opening the sentence; not the object of a verb before,
		// which a claim of the same sentence may have cut the search
		// at: "welcomes the Government of Iraq's ... and reiterates")
		start := st.sentTok[si][0]
		switch {
		case open == start:
		case open > start && st.norm(open-1) == ",":
		case open-2 >= start && calendarWords[st.norm(open-1)] && (open-2 == start && st.toks[open-2].Word && prepositions(st.norm(open-2)) || open-1 == start):
		default:
			return speaker{}, false
		}
		spk := speaker{a: s, b: h + 1, ent: -1}
		for i := h + 2; i < pe; i++ {
			if ei, eb, ok := st.entityStartingAt(i); ok && eb <= pe && st.doc.Entities[ei].Side != "" {
				spk.actor, spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
				break
			}
		}
		return spk, true
	}
	return speaker{}, false
}

// ofPhraseEnd is where the phrase after a speaker's noun and its
// preposition, from token from, ends before the cue at end: before an
// apposition between commas that closes right before the cue ("Residents
// of Zabol, the nearest city, said": a noun phrase without a verb), or
// before a relative clause that runs up to the cue ("A producer of the
// channel who was outside the building said"); end otherwise.
func (st *state) ofPhraseEnd(from, end int) int {
	for k := from + 1; k < end; k++ {
		switch w := st.norm(k); {
		case w == "," && st.norm(end-1) == "," && k+1 < end-1 && end-1-(k+1) <= 6:
			for j := k + 1; j < end-1; j++ {
				if !st.toks[j].Word && st.norm(j) != "'s" || st.inQuote(j) || st.tagAt(j) == "VERB" || st.tagAt(j) == "AUX" {
					return end
				}
				if _, isCue := st.cueAt(j); isCue {
					return end
				}
			}
			return k
		case (w == "who" || w == "that") && end-(k+1) >= 2 && end-(k+1) <= 10:
			for j := k + 1; j < end; j++ {
				if !st.toks[j].Word || st.inQuote(j) {
					return end
				}
				if _, isCue := st.cueAt(j); isCue {
					return end
				}
			}
			return k
		}
	}
	return end
}

// npBeforeInsertion reads the speaker's noun phrase that opens the
// clause before an insertion between commas ("Baku, as it has for
// decades, blamed", "The ministry, in a rare step, denied"), when the
// parse, misled by the insertion's own verb, left the cue no subject.
func (st *state) npBeforeInsertion(a, end, ca int) (speaker, bool) {
	if end-1 <= a || st.norm(end-1) != "," {
		return speaker{}, false
	}
	k := a + 1
	for k < end-1 && st.norm(k) != "," {
		k++
	}
	if k >= end-1 || !insertionOpeners[st.norm(k+1)] || !st.gapOK(k, ca) {
		return speaker{}, false
	}
	s, ok := st.speakerNP(a, k)
	if !ok || prepositions(st.norm(s.a)) || s.a > a+1 || s.a == a+1 && st.norm(a) != "the" {
		return speaker{}, false
	}
	return s, true
}

// nameAfterLongTitle: a person's name closes the subject right before
// the cue, after a long title the parse took for the subject
// ("Plenipotentiary representative of the President in Batken region
// NAME told", "Special envoy of the Secretary-General for Yemen NAME
// said"): the named person speaks, not the title's head nor a body or
// office named inside the title.
func (st *state) nameAfterLongTitle(a, ca int, s speaker) (speaker, bool) {
	if s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson && !st.inPP(s.a, a) {
		return speaker{}, false
	}
	e := ca
	for e > a && adverbials[st.norm(e-1)] {
		e--
	}
	ei, ea, ok := st.entityEndingAt(e)
	if !ok || ea <= s.a || st.doc.Entities[ei].Kind != parallax.KindPerson || pronoun(st.doc.Entities[ei].Text) {
		return speaker{}, false
	}
	// the title before the name: words of a noun phrase only, no comma,
	// quotation or verb of its own
	for k := a; k < ea; k++ {
		if !st.toks[k].Word || st.inQuote(k) {
			return speaker{}, false
		}
		if _, isCue := st.cueAt(k); isCue {
			return speaker{}, false
		}
		if st.norm(k) == "and" && k > a && speakerNouns[st.norm(k-1)] && st.lowerWord(k-1) {
			return speaker{}, false // "The secretary and NAME": two conjuncts, no title
		}
	}
	if !titleHead(st.norm(a)) && !titleHead(st.norm(a+1)) {
		return speaker{}, false
	}
	p := st.speakerFromEntity(ei, ea, e)
	if p.side == "" && s.side != "" && s.ent >= 0 && st.doc.Entities[s.ent].Kind != parallax.KindPerson {
		p.side = s.side // "the ministry's envoy in the region NAME": the body's side
	}
	return p, true
}

// titleHead: a word of a title that names the office itself, not its
// article or preposition ("representative", "envoy", "minister").
func titleHead(w string) bool {
	switch w {
	case "the", "of", "for", "and":
		return false
	case "envoy", "emissary", "plenipotentiary", "commissioner", "mayor", "prosecutor", "ombudsman", "coordinator":
		return true
	}
	return titleWords[w]
}

// insertionOpeners open an aside between a subject and its verb ("as it
// has for decades", "like its allies", "in a rare step", "for its part").
var insertionOpeners = map[string]bool{
	"as": true, "like": true, "unlike": true, "in": true, "for": true, "after": true, "despite": true,
	"once": true, "though": true, "although": true, "too": true, "however": true, "meanwhile": true,
	"again": true, "at": true, "on": true, "with": true, "without": true, "usually": true, "typically": true,
}

// contrastQuantifiers head a contrasted group of speakers after
// contrastLinks ("..., but many said", "while most argued").
var contrastQuantifiers = map[string]bool{"many": true, "most": true, "some": true}

// contrastLinks join a contrasted clause to the one before.
var contrastLinks = map[string]bool{"but": true, "while": true, "whereas": true, "though": true}

// speakerNP reads an unnamed speaker's noun phrase ending at token end
// ("local officials", "the spokesman", "Reporters Without Borders"): its
// head must be a speaker noun or a capitalised word.
func (st *state) speakerNP(a, end int) (speaker, bool) {
	if end <= a {
		return speaker{}, false
	}
	head := st.toks[end-1]
	if calendarWords[head.Norm] {
		return speaker{}, false
	}
	if contrastQuantifiers[head.Norm] && end-2 >= 0 && st.sentOf[end-2] == st.sentOf[end-1] && contrastLinks[st.norm(end-2)] && !st.inQuote(end-1) {
		// "some commenters praised the efforts, but many expressed
		// frustration": the quantifier stands for the people the
		// sentence already made speak
		return speaker{a: end - 1, b: end, ent: -1}, true
	}
	if (loneQuantifiers[head.Norm] || head.Norm == "they") && end-1 == a && !st.inQuote(end-1) {
		// "Some noted that C", "Many say C": people the text leaves
		// unnamed, the whole subject; a "they" the actor stage resolved
		// to no one is such people too ("Residents fled. They said C"),
		// or the body or group that spoke just before ("Government
		// ministers say C, but they stress D")
		spk := speaker{a: end - 1, b: end, ent: -1}
		if head.Norm == "they" && len(st.drafts) > 0 {
			d := st.drafts[len(st.drafts)-1]
			person := d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson
			if si := st.sentOf[end-1]; si-st.sentOf[d.cueA] <= 1 && !person && d.spk.side != "" && !d.cont {
				spk.actor, spk.side = d.spk.actor, d.spk.side
			}
		}
		return spk, true
	}
	led := -1 // the article of a noun phrase right after a quotation
	if head.Word && !st.inQuote(end-1) && !(speakerNouns[head.Norm] || ageNoun(head.Norm) || head.Cap || agentNoun(head.Norm)) {
		led = st.quoteLedNoun(a, end)
	}
	if !head.Word || st.inQuote(end-1) || !(speakerNouns[head.Norm] || ageNoun(head.Norm) || agentNoun(head.Norm) || (head.Cap && (end-1 > a || !notSpeakers[head.Norm])) || led >= 0) {
		return speaker{}, false
	}
	start := end - 1
	for led < 0 && start > a && end-start < 6 {
		p := st.toks[start-1]
		if !(p.Word && (p.Cap || speakerNouns[p.Norm] || npModifiers[p.Norm])) && p.Norm != "'s" && p.Norm != "and" {
			break
		}
		start--
	}
	for start < end && (st.norm(start) == "and" || st.norm(start) == "'s" || st.norm(start) == "the" || st.norm(start) == "a" || st.norm(start) == "an") {
		start++
	}
	if led >= 0 {
		start = led + 1
		if w := st.norm(led); w == "one" || w == "another" {
			start = led // (`,” one shopkeeper said`)
		}
	}
	if start >= end {
		return speaker{}, false
	}
	spk := speaker{a: start, b: end, ent: -1}
	// "the Taliban's spokesman", "Ukrainian military officials": the body
	// named inside the phrase is the one that speaks
	for i := start; i < end; i++ {
		if ei, eb, ok := st.entityStartingAt(i); ok && eb <= end && st.doc.Entities[ei].Side != "" && !(eb < end && st.toks[eb].Cap) {
			// (not a country that starts a name: "the Cambodia Daily")
			spk.actor, spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			break
		}
	}
	return spk, true
}

// quoteLedNoun: the tokens before the cue at end are an article and a
// common noun phrase right after a closing quotation (`,” a taxi driver
// lamented`, `,” one shopkeeper told me`); whoever the article opens
// there is the quotation's speaker, whatever the trade or plight names
// them, so the head need not be a known speaker noun, only a noun by the
// parse. It returns the article's index, -1 if the phrase is not such.
func (st *state) quoteLedNoun(a, end int) int {
	if _, ok := st.cueAt(end); !ok && st.norm(end) != "who" { // (`,” a teacher who asked not to be named told`)
		return -1
	}
	h := end - 1
	if n := st.norm(h); h-2 > a && st.norm(h-1) == "of" && (numberWords[n] || n != "" && n[0] >= '1' && n[0] <= '9') {
		h -= 2 // `,” a mother of four told Reuters`: the count of children
	}
	k := h
	for k > a && k > h-4 && st.toks[k].Word && !articleWords[st.norm(k)] {
		k-- // (a name may qualify the noun: `,” a Hamas fighter said`)
	}
	q := k - 1 // the closing quotation before the phrase
	partitive := false
	if _, ok := st.partitiveOf(k - 2); ok && k-3 > a && st.norm(k) == "the" {
		q, partitive = k-3, true // `,” one of the women said`: a partitive opens the phrase
	}
	if k == h || !articleWords[st.norm(k)] || !st.isCloseQuote(q) || st.sentOf[q] != st.sentOf[h] {
		return -1
	}
	if w := st.norm(h); calendarWords[w] || dataNouns[w] || adverbials[w] || pronoun(st.toks[h].Text) {
		return -1
	}
	si := st.sentOf[h]
	t, ok := st.tagged(si, h)
	// (a plural tag on a word without its "s" is no plural noun, but
	// after a partitive the plural is wanted: "one of the women")
	if !ok || t.UPOS != "NOUN" || strings.HasSuffix(t.XPOS, "S") && !strings.HasSuffix(st.norm(h), "s") && !partitive {
		return -1
	}
	for i := k + 1; i < h; i++ {
		if m, ok := st.tagged(si, i); !ok || m.UPOS != "NOUN" && m.UPOS != "ADJ" && m.UPOS != "PROPN" {
			return -1
		}
	}
	return k
}

// articleWords open a noun phrase that names one unnamed speaker or a few.
var articleWords = map[string]bool{"a": true, "an": true, "the": true, "one": true, "another": true}

// loneQuantifiers stand alone for unnamed people as a clause's whole
// subject ("Some noted that", "Many say").
var loneQuantifiers = map[string]bool{"some": true, "many": true, "most": true, "few": true}

// ageNoun: a person named by their age ("the 58-year-old said"), as news
// style calls a speaker already named; the tokenizer keeps the hyphened
// age one token.
func ageNoun(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.HasSuffix(w, "-year-old")
}

// affiliation gives a speaker without a side the side of the body named in
// an apposition after it (", a spokesman for the Ukrainian military,",
// ", senior adviser to President Ilham Aliyev,").
func (st *state) affiliation(spk *speaker, from, to int) {
	if spk.side != "" || st.norm(from) != "," {
		return
	}
	for i := from + 1; i < to && i < from+12 && st.norm(i) != "," && st.norm(i) != "."; i++ {
		if nonPartyRoles[st.norm(i)] || pastService(st.norm(i)) {
			return // ", who once served with an aid agency": not whom they speak for now
		}
	}
	for i := from + 1; i < to && i < from+12; i++ {
		if st.norm(i) == "," || st.norm(i) == "." || nonPartyRoles[st.norm(i)] {
			return
		}
		if ei, eb, ok := st.entityStartingAt(i); ok && st.doc.Entities[ei].Side != "" {
			if w := st.norm(eb); w == "war" || w == "wars" {
				continue // "a Vietnam War veteran": a war, not the state
			}
			if st.countryClosesName(ei, i, eb) {
				continue // "director for Birdlife Spain": the country closes a body's name
			}
			if k := st.doc.Entities[ei].Kind; (k == parallax.KindGPE || k == parallax.KindLocation) && (st.norm(i-1) == "'s" || st.norm(i-1) == "’s" || st.unsidedEmployerAfter(eb, to)) {
				// "the Network's Nigeria director", "Nigeria director of
				// Amnesty International": the country is the post's
				// remit; the possessor or the body after employs them
				// (a sided possessor was read before it)
				continue
			}
			prev := i - 1
			if st.norm(prev) == "the" {
				prev--
			}
			for prev > from && regionAdjectives[st.norm(prev)] {
				prev-- // "chairman for the community in southern Malawi"
			}
			if w := st.norm(prev); w == "in" || w == "at" || w == "from" || w == "near" || w == "based" || w == "born" {
				continue // where the speaker is or comes from, not whom they speak for
			}
			if spk.actor == "" {
				spk.actor = st.doc.Entities[ei].Actor
			}
			spk.side = st.doc.Entities[ei].Side
			return
		}
	}
}

// unsidedEmployerAfter: the title after token k is held "of", "at" or
// "with" an organisation of no side before the apposition ends
// ("director of Amnesty International", "researcher at the Crisis
// Group").
func (st *state) unsidedEmployerAfter(k, to int) bool {
	for i := k; i < to && i < k+4; i++ {
		switch st.norm(i) {
		case ",", ".":
			return false
		case "of", "at", "with":
			j := i + 1
			if st.norm(j) == "the" {
				j++
			}
			ei, _, ok := st.entityStartingAt(j)
			return ok && st.doc.Entities[ei].Kind == parallax.KindOrganization && st.doc.Entities[ei].Side == ""
		}
	}
	return false
}

// regionAdjectives stand between a preposition of place and the state
// ("in southern Malawi", "from rural Kenya").
var regionAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "rural": true, "coastal": true,
}

// countryClosesName: the place mention [i, eb) is a body's name that a
// country's name closes ("Birdlife Spain", "Greenpeace India"), which a
// stage resolved to the country: a capitalised word before the country's
// name that is no region word ("Eastern Ukraine") nor a title, inside the
// mention or right before it.
func (st *state) countryClosesName(ei, i, eb int) bool {
	e := st.doc.Entities[ei]
	if e.Kind != parallax.KindGPE && e.Kind != parallax.KindLocation || e.Actor == "" || eb-i < 1 {
		return false
	}
	name := func(k int) bool {
		t := st.toks[k]
		switch t.Norm {
		case "the", "north", "south", "east", "west", "upper", "lower", "greater", "mainland", "occupied", "free":
			return false // "South Lebanon", "Occupied Palestine": a part of the country
		}
		return t.Word && t.Cap && !regionAdjectives[t.Norm] && !titleWords[t.Norm] && !personTitles[t.Norm]
	}
	if eb-i >= 2 && strings.HasSuffix(e.Text, " "+e.Actor) && e.Text != e.Actor {
		return name(i)
	}
	return false
}

// nonPartyRoles in an apposition make the speaker an outside voice
// whatever country or body the apposition names ("a senior Iran analyst
// at the Eurasia Group", "a fellow at the Atlantic Council"): analysts,
// scholars and journalists speak for no side.
var nonPartyRoles = map[string]bool{
	"analyst": true, "expert": true, "fellow": true, "researcher": true, "scholar": true, "professor": true,
	"journalist": true, "academic": true, "lecturer": true, "consultant": true, "commentator": true,
	"specialist": true, "historian": true, "economist": true,
}

// nameRun reads a run of two to four capitalised words at token i, a
// person's name that no stage resolved ("John Smith").
func (st *state) nameRun(i, limit int) (int, bool) {
	if i >= limit || !st.toks[i].Cap || !st.toks[i].Word || notSpeakers[st.norm(i)] || st.inQuote(i) || prepositions(st.norm(i)) {
		return 0, false
	}
	j := i
	for j < limit && j-i < 4 && st.toks[j].Word && st.toks[j].Cap {
		if _, cue := st.cueAt(j); cue || calendarWords[st.norm(j)] {
			return 0, false
		}
		j++
	}
	return j, j-i >= 2
}

// inPP: the entity at token i follows a preposition (after "the").
func (st *state) inPP(i, a int) bool {
	j := i - 1
	for j >= a && (st.norm(j) == "the" || st.norm(j) == "a") {
		j--
	}
	if j >= a && prepositions(st.norm(j)) {
		return true
	}
	// "by ethnic Armenians": a modifier or two between
	for k := 0; k < 2 && j >= a && st.toks[j].Word && !st.toks[j].Cap; k++ {
		j--
		if j >= a && prepositions(st.norm(j)) {
			return true
		}
	}
	return false
}

func prepositions(w string) bool {
	switch w {
	case "in", "at", "on", "from", "near", "of", "to", "for", "with", "by", "against", "into", "between",
		"among", "toward", "towards", "under", "about", "through", "without", "around", "along", "than",
		"like", "behind", "within", "over", "after", "before", "during", "across", "unlike", "despite",
		"alongside", "amid", "besides":
		return true
	}
	return false
}

// gapOK: between a subject ending at token a and its cue at ca stand only
// adverbs and auxiliaries, comma-delimited insertions (appositions,
// relative clauses) and a prepositional tail of the subject ("of
// Nagorno-Karabakh").
func (st *state) gapOK(a, ca int) bool {
	i := a
	for i < ca {
		w := st.norm(i)
		switch {
		case adverbials[w]:
			i++
		case i == a && st.toks[i].Cap && st.toks[i].Word:
			for i < ca && st.toks[i].Cap && st.toks[i].Word {
				i++
			}
		case w == "," && i == a && i+1 == ca:
			i++ // a stray comma between a name and its cue ("Derrick Van Orden, told VOA")
		case w == "," || i > a && st.norm(i-1) == "," && st.toks[i].Word:
			// an insertion up to the next comma; several may follow one
			// another ("Gregory Brew, a senior analyst at X, a consultancy, said")
			j := i + 1
			for j < ca && st.norm(j) != "," {
				j++
			}
			if j >= ca {
				return false
			}
			i = j + 1
			if i < ca && st.isCloseQuote(i) {
				i++ // the insertion ends in a quotation (`, who faces charges of "inciting violence,"`)
			}
		case w == "(":
			j := i + 1
			for j < ca && st.norm(j) != ")" {
				j++
			}
			i = j + 1
		case prepositions(w) && i == a:
			j := i + 1
			for j < ca && st.norm(j) != "," && !adverbials[st.norm(j)] {
				if _, isCue := st.cueAt(j); isCue {
					return false
				}
				j++
			}
			i = j
		default:
			return false
		}
	}
	return true
}

// parseSubject uses the dependency parse, when the segmenter's tokens
// carry one, to find the nominal subject of the cue verb.
func (st *state) parseSubject(si, a, ca int) (speaker, bool) {
	if si >= len(st.doc.Sentences) {
		return speaker{}, false
	}
	// The speaker found below is an entity that starts and ends in
	// [a, ca), or informedSpeaker's: with neither ("he said", "the
	// official said"), the parse cannot give one, and the sentence is not
	// parsed for it (the pipeline parses only what some stage reads).
	if !st.entityWithin(a, ca) {
		if _, ok := st.informedSpeaker(a, ca); !ok {
			return speaker{}, false
		}
	}
	if !st.doc.Parsed(si) { // parses it now in the pipeline
		return speaker{}, false
	}
	sent := st.doc.Sentences[si]
	cueStart := st.toks[ca].Start
	verb := -1
	for k, t := range sent.Tokens {
		if t.Start == cueStart {
			verb = k + 1 // 1-based, as Head
			break
		}
	}
	if verb < 0 {
		return speaker{}, false
	}
	var subjects []int
	for k, t := range sent.Tokens {
		if t.Head == verb && (t.Rel == "nsubj" || t.Rel == "nsubj:outer") {
			subjects = append(subjects, k)
		}
	}
	// a coordinated cue ("addressed the girls and said") shares its
	// subject; a relative one ("Washington, which claims") has its noun
	if s := subjectOf(sent.Tokens, verb, true); s >= 0 && (len(subjects) == 0 || s != subjects[0]) {
		subjects = []int{s}
	}
	subjects = subjectAfterClauseBreak(sent.Tokens, subjects)
	for _, k := range subjects {
		t := sent.Tokens[k]
		if st.quotedBeforeCue(t.Start, a, ca) {
			// `“The union cares about workers,” a spokesperson told
			// VOA`: a parse that makes a name inside the closed
			// quotation the cue's subject has lost the speaker after it
			continue
		}
		if spk, ok := st.informedSpeaker(a, ca); ok && st.toks[spk.b-1].Start == t.Start {
			return spk, true // "Two sources familiar with the talks in Cairo said"
		}
		// the subject's subtree
		lo, hi := t.Start, t.End
		for changed := true; changed; {
			changed = false
			for _, u := range sent.Tokens {
				if u.Head > 0 && u.Head-1 < len(sent.Tokens) {
					h := sent.Tokens[u.Head-1]
					if h.Start >= lo && h.End <= hi && (u.Start < lo || u.End > hi) && u.Start < cueStart {
						lo, hi = min(lo, u.Start), max(hi, u.End)
						changed = true
					}
				}
			}
		}
		if spk, ok := st.titleFirstConjunct(si, a, ca, t, lo); ok {
			return spk, true // "The secretary and NAME agreed"
		}
		// the first entity of the subject, but a person named in it
		// speaks rather than the body of their title ("Kremlin
		// spokesperson Dmitry Peskov", "Pentagon press operations
		// director Navy Capt. Jeff Davis")
		first := speaker{a: -1}
		poss := -1 // a person who only possesses the subject ("Zamora's lawyer")
		for i := a; i < ca; i++ {
			if st.toks[i].Start < lo || st.toks[i].End > hi {
				continue
			}
			if ei, eb, ok := st.entityStartingAt(i); ok && eb <= ca {
				if st.inRelayInsertion(i, ca) || st.inOpeningPP(a, i, st.toks[ca].Start) {
					// "A charity, citing World Bank data, says": the
					// source it cites is not the subject; nor is a name
					// in an opening adjunct ("Unlike his predecessor X,
					// President Y said") that the parse hung on it
					i = eb - 1
					continue
				}
				if st.originApposition(i) {
					// "Amirov and Omarov, both from Azerbaijan, have
					// pleaded": where the people come from, not who speaks
					i = eb - 1
					continue
				}
				if st.exampleOf(t, i) {
					// "Critics, including X, suggest": X is one of the
					// critics, who speak
					i = eb - 1
					continue
				}
				if first.a < 0 && poss < 0 {
					if spk, ok := st.headBeforePP(t, a, i, ei); ok {
						return spk, true // "The health ministry in Khartoum says"
					}
					if spk, ok := st.headOverModifier(t, a, i, ei); ok {
						return spk, true // "Polls conducted since Labor Day suggest"
					}
				}
				if first.a < 0 && poss < 0 && st.doc.Entities[ei].Kind != parallax.KindPerson {
					if spk, ok := st.possessorTitle(ei, i, eb, t, ca); ok {
						return spk, true // "China's U.N. ambassador told"
					}
					if spk, ok := st.possessedEntity(eb, t, ca); ok {
						return spk, true // "Sudan's paramilitary Rapid Support Forces denied"
					}
				}
				if st.doc.Entities[ei].Kind == parallax.KindPerson && first.a < 0 && poss < 0 && t.Start >= st.toks[eb-1].End && (st.norm(eb) == "'s" || st.norm(eb) == "'" || st.norm(eb) == "’s" || st.norm(eb) == "’") {
					poss = i
					i = eb - 1
					continue
				}
				if st.doc.Entities[ei].Kind == parallax.KindPerson && first.a < 0 {
					if spk, ok := st.personModifiedRole(ei, eb, ca); ok {
						return spk, true // "Clinton spokeswoman NAME told", "A Trump campaign spokeswoman said"
					}
				}
				if st.doc.Entities[ei].Kind == parallax.KindPerson && (first.a < 0 || st.titleBetween(first.b, i)) {
					return st.speakerFromEntity(ei, i, eb), true
				}
				if first.a < 0 {
					first = st.speakerFromEntity(ei, i, eb)
				}
				i = eb - 1
			}
		}
		if first.a >= 0 {
			// the parse may leave the titled person out of the subject
			if person, ok := st.titledPerson(first.b, ca); ok {
				if person.side == "" && st.officeBetween(first.b, person.a) {
					// "Ghana's defence minister NAME": the office is the
					// possessor's; "Kenya's celebrated novelist NAME"
					// holds none and speaks for no one
					person.side = first.side
				}
				return person, true
			}
			if x, ok := st.possessedPeople(first, t, ca); ok {
				return x, true // "Cameroon's poultry sellers say"
			}
			if x, ok := st.bodyHeadNoun(first, t, ca); ok {
				return x, true // "A Home Office spokesperson said"
			}
			return first, true
		}
		if poss >= 0 {
			return st.possessedSpeaker(poss, t, ca)
		}
	}
	return speaker{}, false
}

// originApposition: the entity at token i closes an apposition that
// gives people's origin (", both from COUNTRY,", ", all from PLACE,").
func (st *state) originApposition(i int) bool {
	if st.norm(i-1) != "from" {
		return false
	}
	switch st.norm(i - 2) {
	case "both", "all", "each":
		return st.norm(i-3) == ","
	}
	return false
}

// titleFirstConjunct reads a subject of two conjuncts whose first is a
// bare title ("The secretary and NAME agreed that C", "the minister and
// his Iraqi counterpart said"): the golds give such a sentence one claim,
// of the first conjunct (as "Qatar and Saudi Arabia urged" is Qatar's),
// and the title, which names no entity, lost it to the name after "and".
// The title is read as it is read alone before the cue: its subject
// reading over the tokens before "and". t is the subject's head, lo the
// start of its subtree.
func (st *state) titleFirstConjunct(si, a, ca int, t parallax.Token, lo int) (speaker, bool) {
	h, ok := st.tokenAt(t.Start)
	if !ok || h < a || h+2 >= ca || !speakerNouns[st.norm(h)] || !st.lowerWord(h) || st.norm(h+1) != "and" || st.entityWithin(h, h+1) {
		return speaker{}, false
	}
	start := h
	for start > a && st.toks[start-1].Start >= lo && st.toks[start-1].Word && !st.entityWithin(start-1, start) {
		start--
	}
	if w := st.norm(start); w != "the" {
		return speaker{}, false // "officials and Sudani": no one title
	}
	spk, ok := st.subjectOnly(si, a, h+1)
	if !ok || spk.a < start || spk.b > h+1 {
		return speaker{}, false
	}
	return spk, true
}

// personModifiedRole: the person named over [.., eb) (entity ei) only
// modifies a role after it, as a body does ("Clinton spokeswoman
// Jennifer Palmieri told", "Trump campaign manager NAME told", "A
// Trump campaign spokeswoman said"): the role's holder speaks, named
// after the role or unnamed, for the person's side. The role is a run of
// lower-case nouns before the cue or the holder's name.
func (st *state) personModifiedRole(ei, eb, ca int) (speaker, bool) {
	k := eb
	for k < ca && k < eb+4 && st.lowerWord(k) && st.norm(k) != "and" && (st.tagAt(k) == "NOUN" || speakerNouns[st.norm(k)] || personTitles[st.norm(k)]) {
		k++
	}
	if k == eb {
		return speaker{}, false
	}
	side := st.doc.Entities[ei].Side
	for j := eb; j < k; j++ {
		if st.norm(j) == "campaign" {
			side = "" // a campaign's staff hold no office (the conventions)
		}
	}
	if hj, hb, ok := st.entityStartingAt(k); ok && hb <= ca && st.doc.Entities[hj].Kind == parallax.KindPerson && st.gapOK(hb, ca) {
		spk := st.speakerFromEntity(hj, k, hb)
		if spk.side == "" {
			spk.side = side
		}
		return spk, true
	}
	if k == ca && speakerNouns[st.norm(k-1)] {
		return speaker{a: eb, b: k, ent: -1, side: side}, true
	}
	return speaker{}, false
}

// blamedParty: the draft's one word of content is a party its cue blames
// ("The government blamed Rwanda." after the strike the story told): the
// accusation is the claim, as "blamed Rwanda for the strike" would be.
// A capital named as the party need have no side of its own ("Ankara
// blamed Damascus."): the actor stage resolves a capital to its
// government as a subject, not as an object.
func (st *state) blamedParty(d draft) bool {
	c, ok := st.cueAt(d.cueA)
	if !ok || c.lemma != "blame" {
		return false
	}
	if ei, eb, ok := st.entityStartingAt(d.contA); ok && eb == d.contA+1 && st.doc.Entities[ei].Side != "" {
		return true
	}
	if !st.toks[d.contA].Cap {
		return false
	}
	for _, e := range st.doc.Entities {
		if e.Kind != parallax.KindGPE && e.Kind != parallax.KindLocation {
			continue
		}
		if a, b := st.tokensIn(e.Start, e.End); a == d.contA && b == d.contA+1 {
			return true
		}
	}
	return false
}

// demonstrativeThat: "that" at k is a determiner before a lone noun that
// ends the clause ("has rejected that view.", "disputed that figure,"),
// not the conjunction opening a reported clause.
func (st *state) demonstrativeThat(k, b int) bool {
	if k+2 > b || !st.lowerWord(k+1) || st.tagAt(k+1) != "NOUN" {
		return false
	}
	if k+2 == b {
		return true
	}
	w := st.norm(k + 2)
	return w == "." || w == "," || w == ";"
}

// stateRunWords mark media or a body as run by a state.
var stateRunWords = map[string]bool{
	"state-run": true, "state-owned": true, "state-controlled": true, "government-run": true,
	"government-owned": true, "government-controlled": true,
}

// stateRunMedia: the words before the speaker starting at token a call it
// state-run ("the government-run X", "Iran's state-run X"): the side of
// the state named in the possessive before them, else the story's state
// (story).
func (st *state) stateRunMedia(a int, story string) (string, bool) {
	k := a - 1
	if !stateRunWords[st.norm(k)] {
		return "", false
	}
	if w := st.norm(k - 1); w == "'s" || w == "’s" {
		if ei, ok := st.entEnd[k-1]; ok {
			if e := st.doc.Entities[ei]; e.Side != "" && (e.Kind == parallax.KindGPE || e.Kind == parallax.KindGovernment) {
				return e.Side, true
			}
		}
	}
	return story, story != ""
}

// inOpeningPP: token i lies in the adjunct the sentence [a, ...) opens
// with, a prepositional phrase closed by a comma before the token that
// starts at byte limit (the subject's head, or the cue).
func (st *state) inOpeningPP(a, i, limit int) bool {
	if !prepositions(st.norm(a)) || i <= a {
		return false
	}
	// the adjunct ends at the sentence's first comma, which must follow
	// the name ("After the talks, Putin, who ..., said": Putin is past it)
	for k := a; k < len(st.toks) && st.toks[k].Start < limit; k++ {
		if st.norm(k) == "," {
			return k > i
		}
	}
	return false
}

// inRelayInsertion: token i lies in a ", citing X," or ", quoting X,"
// insertion that closes before the cue at ca.
func (st *state) inRelayInsertion(i, ca int) bool {
	k := i - 1
	for ; k > 0 && k > i-8; k-- {
		if w := st.norm(k); w == "citing" || w == "quoting" {
			break
		}
		if st.norm(k) == "," || st.norm(k) == "." {
			return false
		}
	}
	if w := st.norm(k); (w != "citing" && w != "quoting") || st.norm(k-1) != "," {
		return false
	}
	for j := i; j < ca; j++ {
		if st.norm(j) == "," {
			return true
		}
	}
	return false
}

// quotedBeforeCue: the token starting at byte start lies inside a
// quotation that closes before the cue at token ca, which itself stands
// outside any quotation.
func (st *state) quotedBeforeCue(start, a, ca int) bool {
	if st.inQuote(ca) {
		return false
	}
	for i := a; i < ca; i++ {
		if st.toks[i].Start == start {
			return st.inQuote(i) && st.quotes[st.quoteOf[i]].close >= 0 && st.quotes[st.quoteOf[i]].close < ca
		}
	}
	return false
}

// passive handles "it is (also) noted that C" (the voice of the last
// named speaker) and "In Armenia, Azerbaijan is blamed for C" (the place
// named up front speaks).
func (st *state) passive(si, a, b, ca, cb int, c cue, aux int) {
	subj := aux - 1
	for subj >= a && (st.norm(subj) == "has" || st.norm(subj) == "have" || st.norm(subj) == "had" || st.norm(subj) == "also") {
		subj--
	}
	var spk speaker
	spk.a, spk.ent = -1, -1
	clauseA := st.clauseStart(a, subj+1)
	// "In Armenia, ..." / "In Yerevan, ..."
	if st.norm(clauseA) == "in" {
		if ei, eb, ok := st.entityStartingAt(clauseA + 1); ok && st.norm(eb) == "," {
			spk = st.speakerFromEntity(ei, clauseA+1, eb)
			clauseA = eb + 1
		}
	}
	// "... by the ministry"
	if spk.a < 0 && st.norm(cb) == "by" {
		j := cb + 1
		if st.norm(j) == "the" {
			j++
		}
		if ei, eb, ok := st.entityStartingAt(j); ok {
			spk = st.speakerFromEntity(ei, j, eb)
		} else if ei, ea, eb, ok := st.entityAfterTitle(j, b); ok {
			spk = st.speakerFromEntity(ei, ea, eb)
		} else if np, ok := st.agentGroupBeforeThat(j, b); ok {
			spk = np // "he had been told by prosecutors that C"
		}
	}
	// "it is noted that", "it was reported:", not "it was written by a
	// woman"
	dummy := subj >= a && st.norm(subj) == "it" && (st.norm(cb) == "that" || st.norm(cb) == ":" || st.norm(cb) == ",")
	thatAt := -1
	if subj >= a && st.norm(subj) == "it" && st.norm(cb) == "by" && spk.a >= 0 {
		// "it is asserted by the Crown that C": the agent, then C
		for k := cb + 1; k < b && k < cb+10; k++ {
			if st.norm(k) == "that" {
				thatAt, dummy = k, true
				break
			}
			if !st.toks[k].Word && st.norm(k) != "'s" {
				break
			}
		}
	}
	if subj >= a && st.norm(subj) == "it" && !dummy && spk.a < 0 {
		// "It was announced in Islamabad that C", "it was reported on
		// Monday that C": a place or a time between the passive cue
		// and its clause
		if k, found := st.adverbialThenThat(cb, b); found {
			thatAt, dummy = k, true
		}
	}
	agentless := false
	if spk.a < 0 && hearsayCues[c.lemma] && (dummy && (st.norm(cb) == "that" || thatAt > cb) || !dummy && c.lemma != "say" && st.norm(cb) == "to" && (st.norm(cb+1) == "be" || st.norm(cb+1) == "have")) {
		// "It is claimed that C", "the group has been reported to be
		// close to the state", "700 sites were reported to have been
		// seized": hearsay the text attributes to no one, a claim with
		// no speaker (an "it is noted that" after a speaker goes on in
		// that speaker's voice, below; "is said to be hiding" stays a
		// rumour no one voices, as before)
		agentless = true
	} else if spk.a < 0 && !dummy && (accusations[c.lemma] || labelVerbs[st.norm(ca)] && st.norm(cb) == "as") && st.norm(cb) != "by" && !st.strandedPreposition(cb) {
		// ("the strike has been described as a war crime": a label
		// whose author the text does not name, as an accusation's)
		// "Paris was accused of aiding rebels": a claim whose speaker
		// the text does not name
		agentless = true
	} else if spk.a < 0 {
		if !dummy || st.lastSpk.actor == "" || si-st.lastSent > 3 {
			return
		}
		// an agentless "it is noted" continues the voice the article reports
		spk = speaker{a: -1, ent: -1, actor: st.lastSpk.actor, side: st.lastSpk.side}
	}
	d := draft{cueA: ca, cueB: cb, spk: spk, deny: c.deny, passive: true, agentless: agentless}
	if dummy {
		j := cb
		if st.norm(j) == "that" {
			j++
		}
		if thatAt >= 0 {
			j = thatAt + 1
		}
		d.contA = j
	} else {
		d.contA = clauseA
	}
	d.contB = st.clauseEnd(cb, b)
	st.addDraft(d)
}

// gerund handles ", saying (that) C": the previous claim's speaker, or
// the sentence's subject, goes on.
func (st *state) gerund(si, a, b, ca, cb int, c cue, first int) {
	// a cue that reports speech only with a clause ("continuing",
	// "thinking", "recounting") takes none here: ", continuing its
	// offensive" is an act
	if narrationCues[c.lemma] {
		n := st.norm(cb)
		if n != "that" && n != ":" && !st.isOpenQuote(cb) && !(n == "to" && infinitiveCues[c.lemma]) && !st.clauseFollows(si, ca, cb) {
			return
		}
	}
	if st.insertedParticiple(cb, b) {
		return
	}
	var spk speaker
	found := false
	for k := len(st.drafts) - 1; k >= first; k-- {
		if st.drafts[k].cueA < ca {
			if o := st.outerDraft(k, first); o >= 0 && ownActLemmas[c.lemma] {
				// "said the figures showed C, accusing Moscow of ...":
				// the outer speaker accuses, not the nested "figures"
				k = o
			}
			spk, found = st.drafts[k].spk, true
			defer st.endBefore(k, ca)
			j := cb
			if st.norm(j) == "that" {
				j++
			}
			e := st.clauseEnd(j, b)
			if st.drafts[k].contB <= ca && c.deny && st.drafts[k].deny && objectPronouns[st.norm(cb)] {
				// "rejected the accusations, dismissing them as lies":
				// the gerund repeats the rejection on what it rejected,
				// one act
				st.drafts[k].contB = e
				return
			}
			if !c.deny && st.drafts[k].contB <= ca && st.drafts[k].deny == st.denial(j, e) && !st.ownActGerund(st.drafts[k], c, cb) {
				// "X said ..., adding that ...", "X demanded ..., saying
				// ...": one reporting act (as both golds count them);
				// what the gerund adds belongs to the claim it continues.
				// A denial followed by an assertion stays two claims.
				for e > j && (st.toks[e-1].Text == "." || st.toks[e-1].Text == "," || st.toks[e-1].Text == ";" || st.toks[e-1].Text == ":") {
					e--
				}
				st.drafts[k].contB = e
				return
			}
			break
		}
	}
	if !found {
		s, ok := st.subject(si, a, ca)
		// (a label calling something untrue speaks for the subject of the
		// verb it hangs on: "The Pentagon hit back, calling the memo wrong")
		labelDenial := c.lemma == "call" && c.deny
		if !ok && (speechGerunds[c.lemma] || labelDenial || protestGerunds[c.lemma]) {
			s, ok = st.sentenceSubject(a, ca)
		}
		if !ok && (labelDenial || speechGerunds[c.lemma] || c.lemma == "tell") {
			// "The minister defended the plan, telling MPs ...": the
			// sentence's opening body ("received a message from a
			// friend, telling her ...": the message tells, no claim)
			s, ok = st.definiteSubject(a, ca)
		}
		if !ok && (speechGerunds[c.lemma] || labelDenial || protestGerunds[c.lemma]) {
			var v int
			if s, v, ok = st.governorSubject(si, a, ca); ok {
				if g, gok := st.cueAt(v); gok && g.deny && !c.deny {
					// "X rejected the bill, saying C": one act,
					// the rejection, whose reasons the gerund gives
					j := cb
					if st.norm(j) == "that" {
						j++
					}
					st.addDraft(draft{cueA: v, cueB: v + 1, contA: j, contB: st.clauseEnd(j, b), spk: s, deny: true})
					return
				}
			}
		}
		if !ok && protestGerunds[c.lemma] {
			s, ok = st.crowdSubject(si, a, ca)
		}
		if !ok && (speechGerunds[c.lemma] || stanceGerunds[c.lemma] || verdictGerunds[c.lemma] && st.norm(cb) == "that") {
			s, ok = st.climbedSubject(si, a, ca)
		}
		if !ok {
			return
		}
		spk = s
	}
	j := cb
	if c.lemma == "tell" {
		j = st.addressee(cb, b) // ", telling MPs the country faced ...": the listener is no content
	}
	if st.norm(j) == "that" {
		j++
	}
	st.addDraft(draft{cueA: ca, cueB: cb, contA: j, contB: st.clauseEnd(j, b), spk: spk, deny: c.deny})
}

// issuedPapers are what a body puts out that says something: the -ing form
// right after one ("put out a statement saying C", "filed petitions
// arguing that C") reports what the paper says, for whoever put it out.
var issuedPapers = map[string]bool{
	"statement": true, "statements": true, "petition": true, "petitions": true, "lawsuit": true,
	"lawsuits": true, "letter": true, "letters": true, "resolution": true, "complaint": true,
	"complaints": true, "motion": true, "message": true, "notice": true, "video": true, "post": true,
	"communique": true, "declaration": true, "appeal": true, "cases": true, "suit": true,
}

// gerundAfterAct reads a speech gerund at [ca, cb) that needs no comma:
// after a paper ("The ministry put out a statement saying C": the
// subject of the verb whose object the paper is speaks, else the paper
// itself), or after "by" and the verb it tells the manner of ("The
// government retaliated by announcing C", "reacted by proposing"): that
// verb's subject.
func (st *state) gerundAfterAct(si, a, b, ca, cb, prev int) bool {
	if prev <= a || st.inQuote(ca) {
		return false
	}
	var spk speaker
	ok := false
	switch {
	case issuedPapers[st.norm(prev)]:
		for v := prev - 1; v > a && v >= prev-6; v-- {
			if st.tagAt(v) == "VERB" {
				spk, ok = st.subject(si, a, v)
				break
			}
		}
		if !ok && speakerNouns[st.norm(prev)] {
			spk, ok = st.speakerNP(a, prev+1)
		}
	case st.norm(prev) == "by" && st.tagAt(prev-1) == "VERB" && !passiveAux[st.norm(prev-2)] && !st.toks[prev-1].Cap:
		spk, ok = st.subject(si, a, prev-1)
	}
	if !ok {
		return false
	}
	j := cb
	if st.norm(j) == "that" {
		j++
	}
	st.addDraft(draft{cueA: ca, cueB: cb, contA: j, contB: st.clauseEnd(j, b), spk: spk})
	return true
}

// stanceGerunds are cues whose -ing form after a comma states the
// subject's own demand or stance on what its clause did ("The parliament
// voted 210-12, urging the government to expel the ambassador", "The
// ministry went on alert, announcing three new cases", "met business
// leaders, calling on them to invest"): claims of the clause's subject,
// found through the parse (climbedSubject).
var stanceGerunds = map[string]bool{
	"urge": true, "call on": true, "announce": true, "accuse": true, "blame": true, "condemn": true,
	"denounce": true, "demand": true, "reject": true, "dismiss": true, "confirm": true, "report": true,
}

// paperSeenBy: the speaker s found for a cue is the outlet or person who
// only saw, obtained or reviewed the paper that heads the clause ("A
// leaked memo seen by the Guardian warns", "A confidential report
// obtained by NAME says", "A draft viewed by the FT says"): the paper
// speaks. An author after "by" ("a report published by the ministry",
// "a review by X") is read elsewhere.
func (st *state) paperSeenBy(s speaker, a int) (speaker, bool) {
	if s.a <= a {
		return speaker{}, false
	}
	k := s.a - 1
	if st.norm(k) == "the" {
		k--
	}
	if st.norm(k) != "by" || !sightParticiples[st.norm(k-1)] {
		return speaker{}, false
	}
	h := k - 2 // the paper's head, right before the participle
	if h < a || !st.lowerWord(h) || !sightedPapers[st.norm(h)] {
		return speaker{}, false
	}
	// the paper's phrase from the clause's start: a determiner,
	// adjectives, participles and names, no verb ("A leaked Treasury memo")
	for i := a; i < h; i++ {
		if !st.toks[i].Word {
			return speaker{}, false
		}
		if t := st.tagAt(i); (t == "VERB" || t == "AUX") && !strings.HasSuffix(st.norm(i), "ed") {
			return speaker{}, false
		}
	}
	start := a
	if w := st.norm(a); w == "a" || w == "an" || w == "the" {
		start++
	}
	p := speaker{a: start, b: h + 1, ent: -1}
	// a state body named in the phrase lends the paper its side ("a
	// leaked Pentagon memo")
	for i := start; i < h; i++ {
		if ei, eb, ok := st.entityStartingAt(i); ok && eb <= h && st.doc.Entities[ei].Side != "" && st.doc.Entities[ei].Kind != parallax.KindPerson {
			p.actor, p.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			break
		}
	}
	return p, true
}

// sightParticiples tell how a reporter came by a paper ("seen by the
// Guardian", "obtained by Politico"): not its author.
var sightParticiples = map[string]bool{
	"seen": true, "obtained": true, "reviewed": true, "viewed": true, "examined": true, "verified": true,
}

// sightedPapers are the papers a reporter is said to have seen.
var sightedPapers = map[string]bool{
	"memo": true, "memos": true, "memorandum": true, "note": true, "notes": true, "draft": true, "drafts": true,
	"document": true, "documents": true, "report": true, "reports": true, "letter": true, "letters": true,
	"email": true, "emails": true, "cable": true, "cables": true, "minutes": true, "assessment": true,
	"paper": true, "papers": true, "presentation": true, "audit": true, "analysis": true, "study": true,
	"briefing": true, "file": true, "files": true, "records": true, "messages": true, "message": true,
	"plan": true, "proposal": true, "contract": true, "agreement": true, "transcript": true, "recording": true,
}

// verdictGerunds are cues whose -ing form with "that" after a comma
// gives the finding of the act its clause reports ("The court upheld the
// law, ruling that parliament had acted lawfully", "The inquiry cleared
// the minister, finding that she had followed the rules"): claims of the
// clause's subject, found through the parse (climbedSubject).
var verdictGerunds = map[string]bool{"rule": true, "find": true}

// climbedSubject: the subject of the verb the gerund at ca hangs on, or,
// when that verb has none of its own (an infinitive, a conjunct), of the
// verb above it, over at most three open complements, adverbial clauses
// and conjuncts ("The lawsuit, filed last week, seeks to block the
// transfers, alleging they violate the constitution": "block" has no
// subject, "seeks" has the lawsuit). The gerund itself must hang on a
// verb before it as an adverbial clause or a conjunct.
func (st *state) climbedSubject(si, a, ca int) (speaker, bool) {
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "advcl" && t.Rel != "conj" {
		return speaker{}, false
	}
	sent := st.doc.Sentences[si].Tokens
	for n := 0; n < 3; n++ {
		if t.Head < 1 || t.Head > len(sent) {
			return speaker{}, false
		}
		h := sent[t.Head-1]
		v, vok := st.tokenAt(h.Start)
		if !vok || v < a || v >= ca || h.UPOS != "VERB" && h.UPOS != "AUX" {
			return speaker{}, false
		}
		if spk, sok := st.subject(si, a, v); sok && st.speakerish(spk) {
			return spk, true
		}
		if spk, sok := st.nounNsubj(si, a, t.Head); sok {
			return spk, true
		}
		if h.Rel != "xcomp" && h.Rel != "advcl" && h.Rel != "conj" {
			return speaker{}, false
		}
		t = h
	}
	return speaker{}, false
}

// speakerish: the speaker s names someone who can speak: an entity or
// an actor, a name, or a noun of speakers, people or papers ("the
// storm" is none).
func (st *state) speakerish(s speaker) bool {
	if s.ent >= 0 || s.actor != "" {
		return true
	}
	if s.a < 0 || s.b <= s.a {
		return false
	}
	h := st.norm(s.b - 1)
	return st.toks[s.b-1].Cap || speakerNouns[h] || agentNoun(h) || dataNouns[h] || issuedPapers[h] || paperNouns[h] || pronoun(st.toks[s.b-1].Text)
}

// nounNsubj: the parse's nominal subject of the verb at 1-based index
// verb of sentence si, when it is a noun that names speakers or papers
// ("lawsuit", "parliament", "columnists"), with the words before it that
// the parse hangs on it.
func (st *state) nounNsubj(si, a, verb int) (speaker, bool) {
	sent := st.doc.Sentences[si].Tokens
	for k, u := range sent {
		if u.Head != verb || u.Rel != "nsubj" {
			continue
		}
		i, ok := st.tokenAt(u.Start)
		if !ok || i < a || st.inQuote(i) || !(speakerNouns[st.norm(i)] || agentNoun(st.norm(i)) || dataNouns[st.norm(i)] || issuedPapers[st.norm(i)] || paperNouns[st.norm(i)]) {
			return speaker{}, false
		}
		start := i
		for j := k - 1; j >= 0 && sent[j].Head == k+1 && start-1 >= a; j-- {
			start--
		}
		for start < i && (st.norm(start) == "the" || st.norm(start) == "a" || st.norm(start) == "an") {
			start++
		}
		return speaker{a: start, b: i + 1, ent: -1}, true
	}
	return speaker{}, false
}

// protestGerunds are the cues of a crowd's words after what it did
// ("Protesters blocked the road, chanting that ...", "Thousands marched
// to the palace, demanding the president's resignation"): the
// sentence's subject speaks.
var protestGerunds = map[string]bool{"shout": true, "chant": true, "demand": true}

// endBefore ends the content of draft k, when it ran over the gerund at
// ca that made a claim of its own, at the comma before the gerund (after
// the closing mark of `“…,” accusing`), so that the two claims do not
// overlap.
func (st *state) endBefore(k, ca int) {
	d := &st.drafts[k]
	if len(st.drafts) == k+1 || st.drafts[len(st.drafts)-1].cueA != ca || d.contB <= ca || d.contA >= ca {
		return // no claim added at the gerund, or none to shorten
	}
	e := ca
	for e > d.contA && st.toks[e-1].Text == "," {
		e--
	}
	if e > d.contA {
		d.contB = e
	}
}

// ownActLemmas are the gerunds' lemmas that ownActGerund may make acts
// of their own.
var ownActLemmas = map[string]bool{"accuse": true, "blame": true, "call": true, "describe": true}

// outerDraft is the draft of the sentence (from first) whose reported
// clause holds the cue of draft k, a claim nested in it ("said the
// figures showed ..."); -1 if k is nested in none.
func (st *state) outerDraft(k, first int) int {
	for o := first; o < k; o++ {
		if d := st.drafts[o]; d.contA <= st.drafts[k].cueA && st.drafts[k].cueA < d.contB {
			return o
		}
	}
	return -1
}

// ownActGerund: the gerund c at [.., cb) after the claim prev makes an
// act of its own rather than go on with prev's words: an accusation or
// blame after a cue of another kind ("said its forces hit a command
// post, accusing Kyiv of hiding troops in flats"), or a label given to a
// thing it names anew ("said the attack showed ..., calling the strike
// “a war crime”"), as devgold3 and devgold4 count such second cues. A
// label of what prev spoke of ("announced the plan, calling it a gift",
// "rejected the constitution, calling it exclusionary") is part of prev,
// as ", saying ..." and ", adding that ..." are (the seeds and devgold).
func (st *state) ownActGerund(prev draft, c cue, cb int) bool {
	pc, pok := st.cueAt(prev.cueA)
	switch c.lemma {
	case "accuse", "blame":
		return !pok || pc.lemma != "accuse" && pc.lemma != "blame"
	case "call", "describe":
		if prev.deny || objectPronouns[st.norm(cb)] || possessiveDet[st.norm(cb)] {
			return false
		}
		return c.lemma == "call" || st.labelAs(cb)
	}
	return false
}

// labelAs: "as" follows within the few words after cb, without a
// clause's punctuation between ("describing the firing along the line as
// “a breach”").
func (st *state) labelAs(cb int) bool {
	for k := cb + 1; k < len(st.toks) && k < cb+9; k++ {
		switch st.norm(k) {
		case "as":
			return true
		case ",", ".", ";", "that":
			return false
		}
	}
	return false
}

// insertedParticiple: the gerund phrase from token cb is set off by
// commas between a subject and its own reporting verb ("X, responding to
// Y's remarks, told Z that C", "X, speaking to reporters, said"): the
// finite cue after the closing comma reports, and the phrase is only its
// circumstance, no claim of its own.
func (st *state) insertedParticiple(cb, b int) bool {
	for k := cb; k < b && k < cb+12; k++ {
		if st.inQuote(k) || st.isOpenQuote(k) || st.toks[k].Text == "." || st.toks[k].Text == ";" {
			return false
		}
		if st.norm(k) == "that" && k == cb {
			return false
		}
		if st.toks[k].Text != "," {
			continue
		}
		j := k + 1
		for j < b && adverbials[st.norm(j)] {
			j++
		}
		g, ok := st.cueAt(j)
		return ok && !g.gerund && !st.toks[j].Cap
	}
	return false
}

// according handles "according to X, C" and "C, according to X".
// clauseBefore: the words of sentence [a, ...) before "according to" at i
// are a clause set off by a comma ("Three soldiers were wounded, according
// to ..."), not an opening adverbial ("On Monday morning, according to
// ...", "In Gaza, according to ..."): four words or more, not opening
// with a preposition nor ending in a time.
func (st *state) clauseBefore(a, i int) bool {
	if i-1 < a || st.norm(i-1) != "," {
		return false
	}
	start := st.clauseStart(a, i-1)
	words := 0
	for k := start; k < i-1; k++ {
		if st.toks[k].Word {
			words++
		}
	}
	last := st.norm(i - 2)
	switch last {
	case "which", "that", "who", "and", "but", "or", "because", "as", "while", "when", "where", "if", "so", "since", "although":
		return false // "boats which, according to AFP, the U.N. ...": the clause goes on after
	}
	return words >= 4 && !prepositions(st.norm(start)) && !calendarWords[last] && last != "ago" && !st.isCloseQuote(i-2)
}

func (st *state) according(si, a, b, i int) {
	st.sourcePhrase(si, a, b, i, 2)
}

// sourcePhrase reads a source phrase of n words at token i ("according
// to", "in the words of") with its source and what it is the source of.
func (st *state) sourcePhrase(si, a, b, i, n int) {
	j := i + n
	if st.norm(j) == "the" || st.norm(j) == "a" || st.norm(j) == "an" {
		j++ // ("according to an internal note seen by X")
	}
	end := j
	for end < b && st.toks[end].Text != "," && st.toks[end].Text != "." {
		end++
	}
	// "According to the ministry the toll rose to 40.": no comma closes
	// the source; the reported clause starts with the main verb's subject
	noComma := -1
	if end >= b-1 && st.clauseStart(a, i) == i {
		if s, ok := st.mainSubjectStart(si, j+1, end); ok {
			noComma, end = s, s
		}
	}
	// the source's phrase ends before a participle or relative clause
	// ("a DoD news release issued yesterday")
	np := end
	for k := j + 1; k < end; k++ {
		if w := st.norm(k); !st.toks[k].Cap && (sourceTails[w] || calendarWords[w]) {
			np = k
			break
		}
	}
	var spk speaker
	spk.a, spk.ent = -1, -1
	if x, ok := st.informedSpeaker(j, np); ok {
		spk = x // "according to two people familiar with the discussions"
	}
	// the source is a person named in the phrase ("according to local
	// resident Abala Waro"), the entity that the phrase starts with
	// ("according to the Afghan Interior Ministry"), or the phrase itself
	for k := j; k < np && spk.a < 0; k++ {
		if ei, eb, ok := st.entityStartingAt(k); ok && eb <= np && st.doc.Entities[ei].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[ei].Text) {
			spk = st.speakerFromEntity(ei, k, eb)
			break
		}
	}
	if spk.a >= 0 {
		// found
	} else if ei, eb, ok := st.entityStartingAt(j); ok && eb <= np && !(eb < np && st.toks[eb].Cap) && (!(eb < np && sourceNouns[st.norm(np-1)]) || st.issuedData(eb, np)) {
		// ("according to Health Ministry figures": the body issues them)
		spk = st.speakerFromEntity(ei, j, eb)
	} else if x, ok := st.speakerNP(j, np); ok && x.a == j {
		spk = x
	}
	// "according to the district prosecutor, NAME, C": the person the
	// apposition names is the source
	// (one person's title: a determiner, a singular head; not "police,
	// NAME, 34," naming a victim)
	if h := st.norm(np - 1); spk.ent < 0 && np == end && j > i+n && !strings.HasSuffix(h, "s") && h != "police" && end < b && st.toks[end].Text == "," {
		if ei, eb, ok := st.entityStartingAt(end + 1); ok && eb+1 < b && st.toks[eb].Text == "," && !(digits(st.toks[eb+1].Text) && st.norm(eb+2) == ",") && st.doc.Entities[ei].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[ei].Text) {
			spk = st.speakerFromEntity(ei, end+1, eb)
			end = eb
		}
	}
	var named speaker
	isNamed := false
	if spk.a < 0 {
		head := np - 1
		// a name that ends in a number ("River Watch 2040", "Vision
		// 2030") is headed by its last word before the number, so the
		// phrase is a source even where the recogniser tags no name
		for head > j && digits(st.toks[head].Text) && st.toks[head-1].Cap {
			head--
		}
		sourceHead := func(h int) bool {
			return h >= j && (speakerNouns[st.norm(h)] || sourceNouns[st.norm(h)] || recordNouns[st.norm(h)] || statementNoun(st.norm(h)) || st.toks[h].Cap || sourceBodies[st.norm(h)] || st.ofHead(j, h) == h && st.openSourceHead(h, i))
		}
		// "according to doctors at the hospital": when the phrase's last
		// word heads no source, the noun before its first preposition of
		// place may
		if !sourceHead(head) {
			for k := j + 1; k < np; k++ {
				// ("according to a transcript of the call": a record of
				// words heads the phrase before its "of")
				if w := st.norm(k); st.lowerWord(k) && prepositions(w) && (w != "of" || recordNouns[st.norm(k-1)] || sourceBodies[st.norm(k-1)] || st.bodyBeforeOf(k) || st.openSourceHead(k-1, i) && !sourceNouns[st.norm(k-1)]) && w != "by" && w != "from" {
					if sourceHead(k - 1) {
						head, np = k-1, k
					}
					break
				}
			}
		}
		// "According to him, C", "According to the network, C": the
		// person who spoke or the body named just before
		named, isNamed = st.sourceNamedBefore(j, np)
		if !isNamed {
			named, isNamed = st.mediumNamedBefore(j, np)
		}
		if !isNamed && (head < j || !sourceHead(head) || calendarWords[st.norm(head)]) {
			return
		}
		spk = speaker{a: j, b: np, ent: -1}
		// "recent U.N. figures", "a DoD news release": the body named
		// in the phrase is the source
		for k := j; k < np; k++ {
			if ei, eb, ok := st.entityStartingAt(k); ok && eb <= np && st.doc.Entities[ei].Side != "" {
				spk.actor, spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
				break
			}
		}
		if spk.side == "" {
			spk.side = st.ofPlaceGovernmentSide(j, end)
		}
		if spk.side == "" && sourceNouns[st.norm(head)] && head > j {
			// "according to Israeli tallies", "according to Ukrainian
			// figures": the state a demonym or name before the data
			// names, which the recogniser may leave without a side
			if side, _, ok := st.countryWordsEndingAt(j, head-1); ok {
				spk.side = side
			}
		}
		if h := st.norm(head); spk.side == "" && (recordNouns[h] || sourceNouns[h] || issuedNouns[h]) {
			// "a transcript of the call released by the Kremlin",
			// "figures released by the defense ministry": the record or
			// the data is its publisher's
			if ei, ok := st.publishedBy(np, end); ok {
				spk.actor, spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			} else if x, ok := st.publisherBody(np, end); ok && !recordNouns[h] {
				// "figures released by the defense ministry": a body
				// the text names by its noun alone, whose side the
				// later passes give, is the source
				spk = x
			} else if st.byOwnStaff(np, end) && st.lastSpk.actor != "" && st.lastSent == si {
				// "Netanyahu told Trump ..., according to a readout
				// issued by his office": the speaker of the sentence's
				// claim, whose office it is
				spk.actor, spk.side = st.lastSpk.actor, st.lastSpk.side
			}
		}
	}
	if isNamed {
		spk = named
	}
	if spk.side == "" && spk.a == j && np == j+1 && st.norm(j-1) == "the" && issuedNouns[st.norm(j)] {
		// "citing World Bank data. ... according to the data": the data
		// named before, whose issuer is the source
		if x, ok := st.earlierIssuer(j); ok && x.a >= 0 {
			spk = x // the issuer named before speaks
		} else if ok {
			spk.actor, spk.side = x.actor, x.side
		}
	}
	d := draft{cueA: i, cueB: i + n, spk: spk}
	// "according to X, C" (anywhere) or "C, according to X." or "C,
	// according to X, when ...": a clause of its own before the
	// insertion is what X is the source of
	if noComma >= 0 {
		d.contA, d.contB = noComma, st.clauseEnd(noComma, b)
	} else if end < b && st.toks[end].Text == "," && end+2 < b && !st.clauseBefore(a, i) {
		d.contA, d.contB = end+1, st.clauseEnd(end+1, b)
		// "According to X, a coalition of ..., C": the source's
		// apposition comes before what it is the source of
		if w := st.norm(end + 1); w == "a" || w == "an" || w == "the" {
			for k := end + 2; k < b && k < end+26; k++ {
				if st.norm(k) == "," {
					if !st.finiteVerbIn(si, end+1, k) && k+2 < b {
						d.contA, d.contB = k+1, st.clauseEnd(k+1, b)
					}
					break
				}
			}
		}
	} else {
		d.contA, d.contB = st.clauseStart(a, i), i
		for d.contB > d.contA && (st.norm(d.contB-1) == "but" || st.norm(d.contB-1) == "and" || st.norm(d.contB-1) == ",") {
			d.contB--
		}
	}
	st.addDraft(d)
}

// mainSubjectStart: the first token of the subject of sentence si's main
// verb when that subject starts within tokens [lo, hi); false when the
// sentence has no parse or no such subject.
func (st *state) mainSubjectStart(si, lo, hi int) (int, bool) {
	if si < 0 || si >= len(st.doc.Sentences) {
		return 0, false
	}
	sent := st.doc.Sentences[si].Tokens
	for k := lo; k < hi; k++ {
		t, _, ok := st.parsed(si, k)
		if !ok || !strings.HasPrefix(t.Rel, "nsubj") || t.Head < 1 || t.Head > len(sent) || sent[t.Head-1].Rel != "root" {
			continue
		}
		// the subject's subtree, leftwards
		left := t.Start
		for changed := true; changed; {
			changed = false
			for _, u := range sent {
				if u.Head > 0 && u.Head <= len(sent) && u.Start < left && sent[u.Head-1].Start >= left && sent[u.Head-1].Start <= t.Start {
					left, changed = u.Start, true
				}
			}
		}
		s, ok := st.tokenAt(left)
		if !ok || s < lo {
			return 0, false
		}
		return s, true
	}
	return 0, false
}

// sourceNouns head the phrase of a source after "according to" without
// speaking themselves ("recent U.N. figures", "official data").
// recordNouns are records of what was said, headed before the "of" of
// their occasion ("a transcript of the call", "a readout of the
// meeting") and published by a party.
var recordNouns = map[string]bool{
	"transcript": true, "transcripts": true, "readout": true, "readouts": true, "recording": true,
	"minutes": true, "summary": true, "excerpts": true, "video": true,
}

// byOwnStaff: tokens [k, end) hold a publishing participle and "by
// his office" ("issued by her office").
func (st *state) byOwnStaff(k, end int) bool {
	for ; k+3 < end+1 && k < len(st.toks); k++ {
		if sourceTails[st.norm(k)] && st.norm(k+1) == "by" {
			w := st.norm(k + 2)
			return (w == "his" || w == "her") && ownStaff[st.norm(k+3)]
		}
	}
	return false
}

// publishedBy finds the body after a publishing participle and "by" in
// tokens [k, end) ("released by the Kremlin", "published by the White
// House"): the entity's index, when it has a side.
func (st *state) publishedBy(k, end int) (int, bool) {
	for k < end && !(sourceTails[st.norm(k)] && st.norm(k+1) == "by") {
		k++
	}
	if k >= end {
		return -1, false
	}
	j := k + 2
	if st.norm(j) == "the" {
		j++
	}
	if ei, eb, ok := st.entityStartingAt(j); ok && eb <= end && st.doc.Entities[ei].Side != "" {
		return ei, true
	}
	return -1, false
}

// publisherBody: tokens [k, end) hold a publishing participle and "by"
// with a body named by its noun ("released by the defense ministry on
// Tuesday", "compiled by the health ministry"): that body, up to a word
// of time.
func (st *state) publisherBody(k, end int) (speaker, bool) {
	for k < end && !(sourceTails[st.norm(k)] && st.norm(k+1) == "by") {
		k++
	}
	if k >= end {
		return speaker{}, false
	}
	j := k + 2
	if st.norm(j) == "the" {
		j++
	}
	e := j
	for e < end && st.toks[e].Word && !calendarWords[st.norm(e)] && !prepositions(st.norm(e)) {
		e++
	}
	if e == j || !speakerNouns[st.norm(e-1)] {
		return speaker{}, false
	}
	return st.speakerNP(j, e)
}

var sourceNouns = map[string]bool{
	"figures": true, "data": true, "estimates": true, "estimate": true, "statistics": true, "tally": true,
	"count": true, "records": true, "documents": true, "findings": true, "assessment": true, "analysis": true,
	"study": true, "survey": true, "report": true, "reports": true, "release": true, "statement": true,
	// lists and tallies of the dead ("according to Israeli tallies",
	// "according to a list compiled by community leaders") and what is
	// posted ("according to an Internet posting made a day ago")
	"tallies": true, "counts": true, "list": true, "lists": true, "posting": true, "postings": true,
	// the papers of an office, leaked or released ("according to an
	// internal note seen by X", "according to the minutes of the meeting")
	"note": true, "notes": true, "memo": true, "memorandum": true, "papers": true,
	// where a body publishes ("according to the website", "the ministry's
	// page")
	"website": true, "site": true, "page": true, "account": true, "database": true, "register": true,
	// who counts the dead on the ground ("according to a local rescue
	// team")
	"team": true, "teams": true,
}

// sourceTails end the phrase that names a source: a participle or a
// relative clause after it ("a news release issued yesterday").
var sourceTails = map[string]bool{
	"issued": true, "released": true, "published": true, "posted": true, "seen": true, "obtained": true,
	"which": true, "that": true, "who": true, "last": true, "earlier": true, "this": true, "dated": true,
	// how the reporter reached the source ("according to residents
	// reached by phone", "according to witnesses contacted by AFP")
	"reached": true, "contacted": true, "interviewed": true, "speaking": true, "quoted": true,
	// who made the record ("a list compiled by community leaders and seen
	// by the Network", "a posting made just over a day ago")
	"compiled": true, "drawn": true, "kept": true, "made": true, "prepared": true, "circulated": true,
	"leaked": true,
}

// emit turns the drafts into claims: one per cue and per claimed span,
// nested claims linked to the claim that reports them.
func (st *state) emit() {
	st.cutAtLaterClaims()
	sort.SliceStable(st.drafts, func(i, j int) bool { return st.drafts[i].cueA < st.drafts[j].cueA })
	// (one span may be reported by one speaker and denied or confirmed
	// by another: "X was accused of C, which X denied")
	type key struct {
		a, b int
		deny bool
		spk  int
	}
	seenCue := map[int]bool{}
	seenSpan := map[key]bool{}
	var kept []draft
	for _, d := range st.drafts {
		if (seenCue[d.cueA] && !d.cont) || seenSpan[key{d.contA, d.contB, d.deny, d.spk.a}] {
			continue
		}
		if d.contB <= d.contA {
			continue // its words all cut away by the claims around it: nothing claimed
		}
		if st.publisherNarration(d) {
			continue // a release's own voice, not a claim it reports
		}
		seenCue[d.cueA] = true
		seenSpan[key{d.contA, d.contB, d.deny, d.spk.a}] = true
		kept = append(kept, d)
	}
	// "X told VOA that he believes ...": a pronoun's cue inside the words
	// of the person it stands for is part of the same reporting act
	var acts []draft
	for i, d := range kept {
		own := false
		if d.spk.actor != "" && d.spk.a >= 0 && pronoun(st.toks[d.spk.a].Text) {
			for j, o := range kept {
				same := o.spk.actor == d.spk.actor
				if !same && st.norm(d.spk.a) == "it" && d.spk.side != "" && o.spk.side == d.spk.side && (st.norm(d.spk.a-1) == "who" || st.norm(d.spk.a-1) == "which") {
					// "the militants, who it said belonged to X": a body's
					// "it" in a relative clause of its own statement, named
					// there by another of its mentions (its media wing)
					same = true
				}
				if j != i && same && o.contA <= d.cueA && d.cueB <= o.contB && !(d.contA <= o.cueA && o.cueB <= d.contB) {
					own = true
					break
				}
			}
		}
		if !own {
			acts = append(acts, d)
		}
	}
	kept = st.oneAct(acts)
	n := len(st.doc.Claims)
	base := n
	dominant := dominantState(st.doc.Entities)
	if home := st.homeState(); home != "" {
		dominant = home
	}
	// a state agency's story from home (the story's state is the
	// agency's, or none dominates and its first place lies there): its
	// unnamed sources are the agency's state's; from abroad they are not
	agency := st.agencyState()
	// a dateline in the agency's own state ("Phnom Penh, June 5 (AKP) -")
	// is home however often the story names the state it accuses
	agencyHome := agency != "" && (dominant == agency || dominant == "" && st.leadPlaceSide() == agency || st.datelinePlace() == agency || st.capsDatelineSide() == agency)
	// the state the story's places lie in, found on first need
	placed, placedDone := "", false
	placedState := func() string {
		if !placedDone {
			placed, placedDone = st.placeState(), true
		}
		return placed
	}
	// the story's state for a body named without its own: the state the
	// mentions name most, else the one its places lie in, else the
	// dateline's
	storyState := func() string {
		if dominant != "" {
			return dominant
		}
		if p := placedState(); p != "" {
			return p
		}
		if d := st.datelineState(); d != "" {
			return d
		}
		// a story about one state that names it seldom (storystate.go)
		return st.placedHomeState()
	}
	officeSides := map[string]string{} // officeSide by actor
	var agencyNames map[string]string  // countryAgencyNames, read once
	bodySides := map[string]string{}   // sides this stage gave unsided bodies, by actor
	byline := st.bylineActors()
	last, lastSent := speaker{}, -10 // the last named person who spoke
	type sentSpeaker struct {
		spk speaker
		si  int
	}
	unnamedBefore := map[string]sentSpeaker{} // the last sided unnamed speaker by head noun
	var bodySpoke []spokenBody                // sided speakers headed by a body's noun, in order
	lastBody, lastBodySent := speaker{}, -10  // the last sided body that spoke
	prevSpk, prevSpkSent := speaker{}, -10    // the speaker of the claim before, and its sentence
	// the last claim's speaker when a person named by a noun ("a farmer
	// from Teorama", "the UN humanitarian coordinator"), and the index
	// of the last claim of each named actor
	lastUnnamed, lastUnnamedAt, lastUnnamedEnd := sentSpeaker{si: -10}, -1, -1
	lastClaimOf := map[string]int{}
	spokenSides := spokenPersonSides{}      // each named person's side as a speaker
	titleSides := map[string]string{}       // possessedTitleSide by person
	authorityPersons := map[string]string{} // authoritySpeakerSide by person
	retitled := sentSpeaker{si: -10}        // the person ownerAfterTitleSide took a title from, and the side it gave
	retaken, retakenCue := speaker{}, -1    // the pronoun last given the noun's person, and its cue
	unnamedChain := -10                     // the sentence of the last pronoun that took up lastUnnamed
	spoken := make([]speaker, len(kept))    // each claim's speaker as this loop left it
	for i, d := range kept {
		si := st.sentOf[d.cueA]
		if noun, named, ok := st.takenUpMedium(d.spk.a, d.spk.b); ok {
			// "the Ministry of Defence said in a bulletin ... the bulletin
			// said": the body that issued the medium the story named
			// last (issuedmedium.go)
			j := i - 1
			for j >= 0 && !st.namesMedium(kept[j], noun) {
				j--
			}
			if j < 0 && i > 0 && si-st.sentOf[kept[i-1].cueA] <= 1 && !st.personSpeaker(spoken[i-1]) {
				// "The High Command said C. The bulletin said D": no
				// sentence named the medium, and the body that spoke
				// just before issued it
				j = i - 1
			}
			if p := spoken[max(j, 0)]; j >= 0 && p.side != "" && (named == "" || named == p.side) {
				d.spk.actor, d.spk.side = p.actor, p.side
			}
		}
		if d.cueA == retakenCue && st.personPronoun(d.spk) {
			// the other part of the same quotation ('"Q1. Q2," she said')
			d.spk.actor, d.spk.side = retaken.actor, retaken.side
			if lastUnnamedAt == i-1 {
				lastUnnamedAt = i
			}
		} else if lastUnnamedAt >= 0 && lastUnnamedAt == i-1 && si-max(lastUnnamed.si, unnamedChain) <= 2 && (si > lastUnnamed.si || d.cueA >= lastUnnamedEnd) && st.personPronoun(d.spk) {
			// "A farmer ... said that ... \"...,\" he said": the pronoun
			// after a person named by a noun is that person, not a
			// person named before it who spoke no later
			// (not when the sentence of the noun names the person: "a
			// CPC spokesman who gave his name as NAME rejected")
			if at, ok := lastClaimOf[d.spk.actor]; (d.spk.actor == "" || !ok || at < lastUnnamedAt) && !st.personNamedIn(d.spk.actor, lastUnnamed.si) && !st.personNamedBetween(d.spk.actor, lastUnnamed.si, si) {
				d.spk.actor, d.spk.side = lastUnnamed.spk.actor, lastUnnamed.spk.side
				retaken, retakenCue = d.spk, d.cueA
				// "An LRA commander denied ... \"...,\" he said. He
				// said ... He said ...": each pronoun that takes the
				// person up keeps him for the next, so a head of state
				// only named paragraphs before (no claim in between) is
				// not the later "He"
				lastUnnamedAt, unnamedChain = i, si
			}
		}
		if s, ok := st.platformChannel(d.spk, d.cueA); ok {
			d.spk = s // "A Telegram channel linked to Wagner acknowledged"
		}
		if byline[d.spk.actor] && d.spk.a >= 0 && pronoun(st.toks[d.spk.a].Text) {
			// "By Sarah Mitchell ... She said": not the reporter, and
			// no one the article names
			d.spk.actor, d.spk.side = "", ""
		}
		if (d.spk.actor == "" || d.spk.ent >= 0) && st.titleAnaphor(d.spk) {
			if ei := st.titledBefore(d.spk, d.cueA); ei >= 0 && (d.spk.side == "" || d.spk.side == st.doc.Entities[ei].Side) {
				d.spk.actor, d.spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			} else if last.actor != "" && si-lastSent <= 3 && (d.spk.side == "" || d.spk.side == last.side) && !st.bodyModified(d.spk) {
				d.spk.actor, d.spk.side = last.actor, last.side
			}
		}
		if d.spk.a > 0 && d.spk.ent < 0 && d.spk.actor == "" && d.spk.b-d.spk.a == 1 && ageNoun(st.norm(d.spk.a)) && st.norm(d.spk.a-1) == "the" && last.actor != "" && si-lastSent <= 2 {
			// "NAME said ... 'QUOTE,' the 61-year-old said": the age takes
			// up the person who spoke just before
			d.spk.actor, d.spk.side = last.actor, last.side
		}
		// "a senior State Department official told reporters ... The
		// official added": the definite noun takes up the unnamed
		// speaker with the same head just before
		// ("the same source says", "according to the officer" after "a
		// police officer said")
		if d.spk.a > 0 && d.spk.ent < 0 && d.spk.side == "" && d.spk.actor == "" && (st.norm(d.spk.a-1) == "the" || st.norm(d.spk.a-1) == "same" && st.norm(d.spk.a-2) == "the") && d.spk.b-d.spk.a == 1 {
			if p, ok := unnamedBefore[st.norm(d.spk.b-1)]; ok && si-p.si <= 2 {
				d.spk.actor, d.spk.side = p.spk.actor, p.spk.side
			}
		}
		if d.spk.a >= 2 && d.spk.ent < 0 && st.norm(d.spk.a-1) == "facto" && st.norm(d.spk.a-2) == "de" {
			// "The de facto authorities in Tskhinvali said": the
			// speaker keeps its modifier, which makes it no state's
			d.spk.a -= 2
		}
		if side := st.rebelApposition(d.spk); side != "" {
			// "NAME, the rebel leader, told the BBC" (groupnoun.go)
			d.spk.side = side
		}
		if side, ok := st.qualifiedFightersSide(d.spk); ok {
			// "Chad rebels say", "Tuareg rebels say": the story's
			// movement, not the state (groupnoun.go)
			d.spk.actor, d.spk.side = "", side
		}
		if d.spk.side == "" && d.spk.actor == "" {
			if side := st.sourceBodySide(d.spk); side != "" {
				// "a source in the Defence and Security Forces told
				// Lusa", "a Resistance source said"
				d.spk.side = side
			} else if ei := st.bodyByLastWord(d.spk.a); ei >= 0 && d.spk.b == d.spk.a+1 {
				// "the Islamic Resistance said ... The Resistance also
				// announced"
				d.spk.actor, d.spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			}
		}
		if d.spk.side == "" && d.spk.actor == "" {
			// "the movement said", "a source in the movement said": the
			// story's non-state party (groupnoun.go)
			d.spk.side = st.storyGroupSide(d.spk)
			if d.spk.side == "" {
				// "The group's spokesman said ... the statement said"
				d.spk.side = st.groupStatementSide(d.spk, si, lastBody, lastBodySent)
			}
			if d.spk.side == "" {
				// "a pro-rebel website claimed", "according to a council
				// statement": a party's own outlet (ownvoice.go)
				d.spk.side = st.ownVoiceSide(d.spk)
			}
		}
		if d.spk.side == "" && d.spk.actor == "" {
			// "the Ukrainian air force said ... the air force said": a
			// definite noun takes up the sided body named just before
			// whose name ends in the same words
			if ei, a := st.bodyNamedBefore(d.spk); ei >= 0 {
				d.spk.a, d.spk.actor, d.spk.side = a, st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			} else if p, ok := st.bodySpokeBefore(d.spk, si, bodySpoke); ok {
				// "the Tigray Army command said ... The command said":
				// a body that spoke under a name no entity holds, which
				// a later "the command" takes up through this one
				d.spk.actor, d.spk.side = p.actor, p.side
				bodySpoke = append(bodySpoke, spokenBody{p, si})
			}
		}
		if d.spk.side == "" && d.spk.actor == "" && ownBodyHeads[st.norm(d.spk.b-1)] {
			// "The regime's communication service claimed", "Its
			// communication service said" after "The regime accuses":
			// a body's part speaks for the body that owns it
			if k := st.ownerBefore(d.spk); k >= 0 && st.norm(k) == "regime" {
				d.spk.side = st.regimeState(st.localPlaceState)
			} else if k >= 0 && lastBody.side != "" && si-lastBodySent <= 1 {
				d.spk.side = lastBody.side
			}
		}
		if d.spk.side == "" && d.spk.actor == "" {
			// "according to a statement signed by its military
			// command": the document speaks for its author
			d.spk.side = st.documentAuthorSide(d.spk, si, lastBody, lastBodySent, bodySpoke)
		}
		if d.spk.side == "" && d.spk.actor == "" && st.releaseOwnBody(d.spk) {
			// "..., the command said" in a military command's own
			// release (centcom.mil) that names no command the rules
			// above could take up: the publisher
			d.spk.side = st.publisherSide()
		}
		if d.spk.side == "" && d.spk.actor == "" && st.bareRegime(d.spk) {
			// "The regime denied bombing civilian areas": the state
			// the story calls the regime
			d.spk.side = st.regimeState(st.localPlaceState)
		}
		if d.spk.actor == "" {
			// "President NAME will speak on Wednesday, his office said":
			// the office speaks for the person the pronoun names
			if ei := st.staffOf(d.spk.a, d.spk.b); ei >= 0 {
				d.spk.a = min(d.spk.a, d.spk.b-2)
				d.spk.actor, d.spk.side = st.doc.Entities[ei].Actor, st.doc.Entities[ei].Side
			}
		}
		if d.spk.side == "" && d.spk.actor == "" {
			// "the civil defence agency said" in a story set in Gaza:
			// the body the knowledge base lists for the territory
			d.spk.side = st.territoryBody(d.spk.a, d.spk.b)
		}
		if d.spk.side == "" && d.spk.actor == "" && st.localOfficial(d.spk.a, d.spk.b) {
			// "the regional governor said": the state of the story's
			// towns, not the attacker's the story names most
			d.spk.side = st.localPlaceState()
		}
		if d.spk.side == "" && st.regionOffice(d.spk) {
			// "The province's disaster management agency said", "The
			// regional president, NAME, said": the state the story's
			// towns lie in (regionoffice.go)
			if side := st.localPlaceState(); side != "" {
				d.spk.side = side
			} else {
				d.spk.side = st.filedFromState()
			}
		}
		if d.spk.side == "" && st.usPartyLegislator(d.spk.a, d.spk.b) {
			// "Democratic lawmakers said", `," said one GOP senator`,
			// "House Republicans accused": the US Congress's members
			// speak for their state, as lawmakers do (opposition too)
			d.spk.side = "USA"
		}
		unnamedState := d.spk.side == "" && d.spk.actor == "" && (st.unnamedOfficial(d.spk.a, d.spk.b) || st.stateSources(d.spk.a, d.spk.b) || st.stateOfficers(d.spk.a, d.spk.b))
		if d.spk.side == "" && d.spk.actor == "" && (unnamedState || st.placedOfficer(d.spk.a, d.spk.b) && !st.privateInstitutionStaff(d.spk.b)) {
			// "A senior Army officer in Leh said": the state of the
			// town the official is placed in
			if side := st.placedOfficialSide(d.spk.a, d.spk.b); side != "" {
				d.spk.side, unnamedState = side, false
			} else if side := st.openingPlaceSide(d.spk.a); side != "" && unnamedState {
				d.spk.side, unnamedState = side, false // "In Malabo, a navy spokesman said"
			}
		}
		if dominant != "" && unnamedState {
			d.spk.side = dominant
		} else if d.spk.side == "" && d.spk.actor == "" && agencyHome && st.agencySpeaker(d.spk.a, d.spk.b) {
			d.spk.side = agency // "An informed source said" in IRNA's own story
		} else if d.spk.side == "" && agencyHome && st.agencyBody(d.spk) {
			d.spk.side = agency // "the National Defense Ministry said" in Anadolu's own story
		} else if dominant == "" && unnamedState {
			// no state dominates the story's mentions, but its towns lie
			// in one state: "officials said" in a story set there; else
			// the story is set where it was filed ("DHAKA (Reuters) - ...,
			// police said")
			d.spk.side = placedState()
			if placed == "" {
				d.spk.side = st.datelineState()
			}
			if d.spk.side == "" && st.governmentSpeaker(d.spk.a, d.spk.b) {
				// "Government ministers say" in a story that names one
				// state most, with no dateline and no towns agreeing
				d.spk.side = leadingState(st.doc.Entities)
			}
		}
		if d.spk.side == "" {
			// "the Home Ministry said", "Dhaka Metropolitan Police said": a
			// state body named without its state is the story's state's,
			// or that of the town its name holds
			if ok, town := st.capitalStateBody(d.spk.a, d.spk.b); ok {
				side := town
				if side == "" {
					side = storyState()
				}
				d.spk.side = side
			} else if side, ok := st.countryAgency(d.spk.a, d.spk.b); ok {
				d.spk.side = side // "The Nigeria Centre for Disease Control said"
			} else if d.spk.actor == "" && st.kindOnlyStateBody(d.spk.a, d.spk.b) {
				// "the army general staff said", "according to military
				// intelligence": the story's state, as for "the army"
				d.spk.side = storyState()
			}
		}
		if d.spk.side == "" && d.spk.a > 0 {
			// "the government-run Tishreen newspaper said", "Iran's
			// state-run Kayhan daily": media a state runs, whose name the
			// knowledge base lacks, speak for it
			story := dominant
			if story == "" && stateRunWords[st.norm(d.spk.a-1)] {
				story = placedState()
			}
			if side, ok := st.stateRunMedia(d.spk.a, story); ok {
				d.spk.side = side
			}
		}
		if d.spk.side == "" && d.spk.actor == "" || d.spk.side == "" && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind != parallax.KindPerson {
			// "Libyan radio said", "NAME state television broadcast"
			// (statemedia.go)
			if side, ok := st.stateMediumSide(d.spk.a, d.spk.b, storyState); ok {
				d.spk.side = side
			}
		}
		// the story's state: the one its mentions name most, else (a
		// short story about a bombing in Quetta) the one its places lie in
		story := dominant
		if story == "" && d.spk.side == "" && d.spk.actor != "" {
			story = placedState()
			if story == "" {
				story = st.placedHomeState() // a story about one state that names it seldom
			}
		}
		if side := st.namedCourtOfficerSide(d.spk); side != "" {
			d.spk.side = side // "The court's president, Judge NAME" after the ICJ: the court's, not the story's state
		}
		if story != "" && d.spk.side == "" && st.stateOfficeHolder(d.spk) && !st.officeTakenInStory(d.spk, story) {
			d.spk.side = story // "said Judge Antony Mrima" in an article about Kenya
		}
		if d.spk.side == "" && d.spk.actor != "" && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson {
			// "Energy Secretary Jo Marsh ... Marsh said"
			side, ok := officeSides[d.spk.actor]
			if !ok {
				side = st.officeSide(d.spk.actor, story)
				if side != "" && st.officeTakenInStory(d.spk, side) {
					side = "" // another holder of the office already speaks for the story's state
				}
				if side == "" {
					if agencyNames == nil {
						agencyNames = st.countryAgencyNames()
					}
					side = st.agencyStaffSide(d.spk.actor, agencyNames) // "NCDC lead Dr. NAME"
				}
				if side == "" {
					side = st.bodyTitleSide(d.spk.actor) // "Army spokesman NAME" after "Sudan's army said"
				}
				if side == "" {
					side = st.bareSpokesTitleSide(d.spk.actor) // "Pakistan's Foreign Office summoned ... Spokesman NAME said"
				}
				if side == "" {
					side = st.bareEnvoySide(d.spk.actor) // "The UN mission said ... The envoy, NAME, called on" (envoy.go)
				}
				if side == "" {
					side = st.groupTitledPersonSide(d.spk.actor) // "The council's vice-president, NAME," (envoy.go)
				}
				if side == "" {
					side = st.placedOfficeSide(d.spk.actor) // "The head of the Movses community, NAME,"
				}
				officeSides[d.spk.actor] = side
			}
			d.spk.side = side
		}
		if d.spk.side == "" && !st.institutionStaffSpeaker(d.spk.a, d.spk.b) {
			// "Tajikistan's State Committee for National Security said",
			// "Army says nine terror sites hit" in a New Delhi daily
			// (not "Officials at the Civil Hospital said")
			d.spk.side = st.unsidedStateSide(d.spk)
		}
		if d.spk.side == "" && d.spk.actor == "" {
			// "a security source in Lomé", "According to the Defence
			// Secretariat, ... it said" (storystate.go)
			d.spk.side = st.placedOrTakenUpSide(d.spk, prevSpk, si-prevSpkSent)
		}
		if d.spk.actor != "" && (d.spk.ent < 0 || st.doc.Entities[d.spk.ent].Kind != parallax.KindPerson) {
			// "The Border Troops of the State Committee ... of Tajikistan
			// said ... The statement said": a body this stage gave a side
			// by its name keeps it when taken up again
			if d.spk.side == "" {
				d.spk.side = bodySides[d.spk.actor]
			} else if _, ok := bodySides[d.spk.actor]; !ok && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Side == "" && st.doc.Entities[d.spk.ent].Kind != parallax.KindPerson {
				bodySides[d.spk.actor] = d.spk.side
			}
		}
		spokenSides.carry(st, &d.spk)
		if side, ok := st.homeDailyBodySide(d.spk, prevSpk, si-prevSpkSent); ok {
			// "The government said" in a home daily (govside.go)
			d.spk.side, d.spk.actor = side, ""
		}
		if side, ok := st.ownerAfterTitleSide(d.spk); ok && side != d.spk.side {
			// "The spokesman of the GNA's force said" (govside.go), and
			// the pronoun right after it
			retitled = sentSpeaker{speaker{actor: d.spk.actor, side: side}, si}
			d.spk.side, d.spk.actor = side, ""
		} else if d.spk.a >= 0 && pronoun(st.toks[d.spk.a].Text) && d.spk.actor != "" && d.spk.actor == retitled.spk.actor && si-retitled.si <= 2 {
			d.spk.side, d.spk.actor = retitled.spk.side, ""
			retitled.si = si // the quotation's later sentences
		}
		if side, ok := st.hostedSpeakerSide(d.spk); ok && side != d.spk.side {
			// "a Somali official in Nairobi", "Diplomats in Rabat" (govside.go)
			d.spk.side, d.spk.actor = side, ""
		}
		if side, ok := st.ledAllianceSide(d.spk); ok {
			d.spk.side = side // "The US-led coalition said" (govside.go)
		}
		if side, ok := st.territoryBodySide(d.spk); ok {
			d.spk.side = side // "Gaza's government media office said" (homestate.go)
		}
		if st.formerTitledPerson(d.spk) {
			d.spk.side = "" // "Former Iranian diplomat NAME said": a former official speaks for himself
		}
		if side, ok := st.authoritySpeakerSide(d.spk, prevSpk, si-prevSpkSent, authorityPersons); ok {
			// "the interior ministry said" in a de facto authority's own
			// paper, "Separatist commander NAME said" (authority.go)
			d.spk.side = side
			if d.spk.actor != "" && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson {
				authorityPersons[d.spk.actor] = side
			}
		}
		if side, ok := st.speakerInAuthorityTown(d.spk); ok {
			// "A spokesman for the Serb authorities in Knin said"
			// (namedauthority.go)
			d.spk.side = side
		}
		if side, ok := st.speakerNamesAuthority(d.spk); ok {
			// "The Krajina Serb leadership said" in a story of two
			// authorities' war (namedauthority.go)
			d.spk.side = side
		}
		if side, ok := st.possessedTitleSide(d.spk, lastBody, si-lastBodySent); ok {
			// "Its spokesman, Colonel NAME, denied" (govside.go), and
			// the person's pronouns after it
			d.spk.side = side
			titleSides[d.spk.actor] = side
		} else if side, ok := titleSides[d.spk.actor]; ok && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson {
			d.spk.side = side
		}
		if d.spk.actor != "" && d.spk.ent >= 0 && st.doc.Entities[d.spk.ent].Kind == parallax.KindPerson {
			last, lastSent = d.spk, si
		}
		if d.spk.actor != "" {
			lastClaimOf[d.spk.actor] = i
		}
		if st.nounPerson(d.spk) {
			lastUnnamed, lastUnnamedAt, lastUnnamedEnd = sentSpeaker{d.spk, si}, i, d.contB
		} else if st.titledBody(d.spk, d.cueA) || st.titleOfBody(d.spk) {
			// the person the title names speaks for the body, and is not
			// the body ("the body's spokesman", "a commander of the
			// body")
			p := d.spk
			p.actor = ""
			lastUnnamed, lastUnnamedAt, lastUnnamedEnd = sentSpeaker{p, si}, i, d.contB
		}
		if d.spk.a >= 0 && d.spk.side != "" && (unnamedHeads[st.norm(d.spk.b-1)] || sourceHeads[st.norm(d.spk.b-1)] || officerHeads[st.norm(d.spk.b-1)]) {
			unnamedBefore[st.norm(d.spk.b-1)] = sentSpeaker{d.spk, si}
		}
		if d.spk.a >= 0 && d.spk.side != "" && !pronoun(st.toks[d.spk.a].Text) && (d.spk.ent < 0 || bodyKind(st.doc.Entities[d.spk.ent].Kind)) {
			lastBody, lastBodySent = d.spk, si // the body "its" may take up
		}
		if d.spk.a >= 0 && d.spk.side != "" && ownBodyHeads[st.norm(d.spk.b-1)] && (d.spk.ent < 0 || bodyKind(st.doc.Entities[d.spk.ent].Kind)) {
			bodySpoke = append(bodySpoke, spokenBody{d.spk, si})
		}
		if d.spk.side == "" && d.spk.a >= 0 && d.spk.b == d.spk.a+1 && st.capitalSubject(d.spk.a) {
			// "Dushanbe put the blame on Bishkek", "Kyiv denied it": a
			// capital alone as the speaker is its state's government
			if side, ok := st.capitalAt(d.spk.a); ok {
				d.spk.side = side
			}
		}
		// a state's body or official speaks for whoever rules the state
		// on the story's day (storystate.go)
		d.spk.side = st.deFactoSpeakerSide(d.spk)
		prevSpk, prevSpkSent = d.spk, si
		spoken[i] = d.spk
		c := parallax.Claim{
			ID:    "c" + strconv.Itoa(n+i+1),
			Start: st.toks[d.contA].Start, End: st.toks[d.contB-1].End,
			Cue:    parallax.Cue{Text: st.doc.Text[st.toks[d.cueA].Start:st.toks[d.cueB-1].End], Start: st.toks[d.cueA].Start, End: st.toks[d.cueB-1].End},
			Stance: parallax.StanceAssert, Quote: parallax.QuoteIndirect,
		}
		if d.deny {
			c.Stance = parallax.StanceDeny
		}
		if d.direct {
			c.Quote = parallax.QuoteDirect
		}
		c.Speaker = parallax.Speaker{Actor: d.spk.actor, Side: d.spk.side}
		if d.spk.a >= 0 {
			sa := d.spk.a
			if sa+1 < d.spk.b && st.toks[sa].Newline && bulletMarks[st.toks[sa].Text] {
				sa++ // "- Ministry says": the list's mark is no part of the name
			}
			ma, mb := st.speakerMention(sa, st.officeEnd(d.spk.b, d.cueA), d)
			c.Speaker.Start, c.Speaker.End = st.toks[ma].Start, st.toks[mb-1].End
			c.Speaker.Text = st.doc.Text[c.Speaker.Start:c.Speaker.End]
		}
		sentTok := d.cueA
		if d.cont {
			sentTok = d.contA // the continuation's own sentence, not the cue's
		}
		if si := st.sentOf[sentTok]; si >= 0 {
			if len(st.doc.Sentences) > 0 { // st.sents are the document's sentences (actor.Sentences)
				c.Sentence = st.doc.SentenceTextAt(si) // normalised once per sentence
			} else {
				c.Sentence = parallax.NormalizeSpace(st.doc.Text[st.sents[si].Start:st.sents[si].End])
			}
			if sj := st.sentOf[min(d.contA, len(st.toks)-1)]; st.toks[d.cueA].Text == ":" && d.contA > d.cueA && sj == si+1 && st.sents[si].End == st.toks[d.cueA].End {
				// "IRGC: Operation ... hit dozens of targets", where the
				// segmenter took "IRGC:" for a dateline: the headline
				// line, party and words, is the claim's sentence
				c.Sentence = parallax.NormalizeSpace(st.doc.Text[st.sents[si].Start:st.sents[sj].End])
			}
		}
		// the innermost earlier claim whose span holds this cue reports it
		best := -1
		for j := range kept {
			if j == i {
				continue
			}
			o := kept[j]
			reportsIt := o.contA <= d.cueA && d.cueB <= o.contB
			reportedBy := d.contA <= o.cueA && o.cueB <= d.contB
			same := o.contA == d.contA && o.contB == d.contB // asserted and denied: neither reports the other
			// "X accused Y of C, a charge Y rejected": the denial after
			// the clause rejects the accusation, it does not report it
			rejects := o.deny && !o.direct && o.contB <= o.cueA
			if reportsIt && !reportedBy && !same && !rejects && (best < 0 || o.contB-o.contA < kept[best].contB-kept[best].contA) {
				best = j
			}
		}
		if best >= 0 {
			c.Parent = "c" + strconv.Itoa(base+best+1)
		}
		st.doc.Claims = append(st.doc.Claims, c)
	}
}

// personNamedIn: a person mention of actor, no pronoun, lies in
// sentence si.
func (st *state) personNamedIn(actor string, si int) bool {
	if actor == "" || si < 0 || si >= len(st.sents) {
		return false
	}
	for _, e := range st.doc.Entities {
		if e.Actor == actor && e.Kind == parallax.KindPerson && !pronoun(e.Text) && e.Start >= st.sents[si].Start && e.End <= st.sents[si].End {
			return true
		}
	}
	return false
}

// personNamedBetween: a person entity of actor is named by name in the
// sentences after from up to and including to (a chain of pronouns that
// takes up an unnamed speaker ends where the text names someone else).
func (st *state) personNamedBetween(actor string, from, to int) bool {
	if actor == "" {
		return false
	}
	for si := from + 1; si <= to; si++ {
		if st.personNamedIn(actor, si) {
			return true
		}
	}
	return false
}

// personPronoun: the speaker is "he" or "she" alone.
func (st *state) personPronoun(s speaker) bool {
	if s.a < 0 || s.b != s.a+1 {
		return false
	}
	w := st.norm(s.a)
	return w == "he" || w == "she"
}

// nounPerson: the speaker is one person named by a noun, no name ("a
// farmer from the rural area", "The UN humanitarian coordinator for
// Sudan", "Armenia's human rights defender", "the spokesman"): its head
// is a singular noun for a person.
func (st *state) nounPerson(s speaker) bool {
	if s.a < 0 || s.b <= s.a || s.ent >= 0 && st.doc.Entities[s.ent].Kind == parallax.KindPerson && !pronoun(st.doc.Entities[s.ent].Text) {
		return false
	}
	if pronoun(st.toks[s.a].Text) {
		return false
	}
	// the head before a phrase of place ("a fisherman from Bol")
	h := s.b - 1
	for k := s.a + 1; k < s.b; k++ {
		if prepositions(st.norm(k)) || st.norm(k) == "," || st.norm(k) == "who" {
			h = k - 1
			break
		}
	}
	return personHeads[st.norm(h)]
}

// titledBody: the speaker is a body that a title after it, up to the
// cue, makes one of its people ("The UN humanitarian coordinator for
// Sudan said", "Armenia's human rights defender said"): the body's name
// is the speaker's words and the title's head is a person's noun.
func (st *state) titledBody(s speaker, cueA int) bool {
	if s.a < 0 || s.ent < 0 || st.doc.Entities[s.ent].Kind == parallax.KindPerson {
		return false
	}
	for k := s.b; k < cueA && k < s.b+6; k++ {
		w := st.norm(k)
		if w == "'s" || w == "’s" {
			continue
		}
		if !st.lowerWord(k) {
			return false
		}
		if personHeads[w] {
			return true
		}
	}
	return false
}

// personHeads are singular nouns for one person who speaks.
var personHeads = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officer": true,
	"source": true, "witness": true, "resident": true, "villager": true, "farmer": true, "trader": true,
	"doctor": true, "nurse": true, "survivor": true, "coordinator": true, "defender": true, "ombudsman": true,
	"ombudswoman": true, "director": true, "commander": true, "envoy": true, "man": true, "woman": true,
	"analyst": true, "expert": true, "activist": true, "teacher": true, "student": true, "driver": true,
	"worker": true, "refugee": true, "mother": true, "father": true, "soldier": true, "fighter": true,
	"mayor": true, "governor": true, "chief": true, "head": true, "minister": true, "fisherman": true,
	"shopkeeper": true, "herder": true, "journalist": true, "reporter": true, "correspondent": true,
	"lawyer": true, "judge": true, "prosecutor": true, "priest": true, "elder": true, "chairman": true,
	"leader": true, "pilot": true, "engineer": true, "owner": true, "medic": true, "surgeon": true,
	"paramedic": true, "rescuer": true, "volunteer": true, "guard": true,
	// a broadcaster's staff who witness a raid on it ("A producer of the
	// channel who was outside said")
	"producer": true, "technician": true, "cameraman": true, "photographer": true, "presenter": true, "editor": true,
}

// secondAct: the words from token k are a reporting act of their own, a
// finite cue after at most a short subject and adverbs ("he indicated",
// "also said", "the minister later added"), after ", and" or ", but".
func (st *state) secondAct(k, b int) bool {
	for j := k; j < b && j < k+5; j++ {
		t := st.toks[j]
		if !t.Word || st.inQuote(j) || st.norm(j) == "that" {
			return false
		}
		if c, ok := st.cueAt(j); ok {
			// a finite form: not a gerund, nor the base form of an
			// infinitive run on ("to suggest designs, and determine
			// whether ...")
			return !c.gerund && st.norm(j) != c.lemma
		}
	}
	return false
}

// asReportedBy: "C, X said, as reported by Reuters": the outlet that
// relays the words makes a claim of its own, the clause before it.
func (st *state) asReportedBy(a, b, i int) {
	j := i + 2
	if st.norm(j) == "the" {
		j++
	}
	ei, eb, ok := st.entityStartingAt(j)
	if !ok || !st.endsClause(eb, b) {
		return
	}
	contB := i - 2
	contA := st.clauseStart(a, contB)
	if q := contB - 1; st.isCloseQuote(q) || q > a && st.norm(q) == "," && st.isCloseQuote(q-1) {
		// `"Q," Vogt said, as reported by Reuters`: the quotation
		for k := contB - 1; k >= a; k-- {
			if st.isCloseQuote(k) {
				if o := st.quotes[st.quoteOf[k]].open; o >= a {
					contA, contB = o+1, k
				}
				break
			}
		}
	}
	st.addDraft(draft{cueA: i - 1, cueB: i + 2, contA: contA, contB: contB, spk: st.speakerFromEntity(ei, j, eb)})
}

// concernObject: a word for what others fear or suggest, which a
// rejection may brush aside ("brushed aside concerns").
func concernObject(w string) bool {
	switch w {
	case "concerns", "concern", "fears", "fear", "suggestions", "suggestion", "speculation", "worries", "doubts", "calls":
		return true
	}
	return false
}

// conjVerb: the token in [a, ca) of the finite verb the parse makes the
// cue at ca a conjunct of.
func (st *state) conjVerb(si, a, ca int) (int, bool) {
	t, _, ok := st.parsed(si, ca)
	if !ok || t.Rel != "conj" || t.Head <= 0 {
		return 0, false
	}
	h := st.doc.Sentences[si].Tokens[t.Head-1]
	// the sentence's main verb: a verb inside a reported clause ("said
	// the plan aims to ... and urged") has the clause's subject
	if h.Rel != "root" || h.XPOS != "VBD" && h.XPOS != "VBZ" && h.XPOS != "VBP" {
		return 0, false
	}
	for v := ca - 1; v > a; v-- {
		if st.toks[v].Start == h.Start {
			return v, true
		}
	}
	return 0, false
}

// placedTrailing: a speaker noun phrase placed by a prepositional phrase
// ending at token end ("officials in Tiraspol", "the agency in the
// Hamas-run territory", "residents of the town"), the phrase closing a
// trailing attribution; the noun phrase before the preposition is the
// speaker, with the side of a state or armed body the place names.
func (st *state) placedTrailing(a, end int) (speaker, bool) {
	p := end - 1
	if p <= a+2 {
		return speaker{}, false
	}
	ei := -1
	if e, ea, ok := st.entityEndingAt(end); ok {
		if k := st.doc.Entities[e].Kind; k == parallax.KindPerson || k == parallax.KindOrganization {
			return speaker{}, false
		}
		ei, p = e, ea-1
	} else if st.lowerWord(p) && placeHeads[st.norm(p)] {
		p--
	} else {
		// a place name the recogniser missed ("officials in Tiraspol")
		k := p
		for k > a && k > p-3 && st.toks[k].Word && st.toks[k].Cap && !notSpeakers[st.norm(k)] {
			k--
		}
		if k == p {
			return speaker{}, false
		}
		p = k
	}
	// the place's own determiner and modifiers ("the Hamas-run")
	for k := 0; k < 3 && p > a && st.toks[p].Word && !prepositions(st.norm(p)); k++ {
		p--
	}
	if p <= a+1 || !prepositions(st.norm(p)) {
		return speaker{}, false
	}
	h := p - 1
	if !st.lowerWord(h) || !speakerNouns[st.norm(h)] || !placePrep(st.norm(p), st.norm(h)) {
		return speaker{}, false
	}
	np, ok := st.speakerNP(a, h+1)
	if !ok || np.a <= a {
		return speaker{}, false
	}
	if ei >= 0 {
		if e := st.doc.Entities[ei]; np.side == "" && (unnamedHeads[st.norm(h)] && stateKind(e.Kind) || e.Kind == parallax.KindGovernment || e.Kind == parallax.KindMilitary) {
			np.side = e.Side
		}
	}
	return np, true
}

// placeHeads end an unnamed place after a speaker noun ("officials in
// the town", "residents of the camp").
var placeHeads = map[string]bool{
	"town": true, "city": true, "village": true, "region": true, "province": true, "district": true,
	"territory": true, "area": true, "camp": true, "capital": true, "enclave": true, "strip": true,
	"state": true, "county": true, "neighbourhood": true, "neighborhood": true, "country": true,
}

// hopeNounBefore make "hope" a noun ("the hope", "my hope", "new
// hopes").
var hopeNounBefore = map[string]bool{
	"the": true, "a": true, "my": true, "our": true, "your": true, "new": true, "no": true, "any": true,
	"little": true, "some": true, "of": true, "with": true, "in": true, "and": true, "false": true, "faint": true,
}

// mouthpieceNouns head the name of the service through which a body
// speaks ("the press service of", "the media office of").
var mouthpieceNouns = map[string]bool{"service": true, "office": true, "centre": true, "center": true}

// roleNouns name a person by their post in a body ("a spokesperson for
// the command", "the head of the agency").
var roleNouns = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "official": true, "officer": true,
	"representative": true, "adviser": true, "advisor": true, "aide": true, "head": true, "chief": true,
	"director": true, "member": true, "source": true, "commander": true, "envoy": true,
}

// evidentialCues report what a thing shows rather than what a person
// says ("the data showed that", "the remarks indicate"): joined by "and"
// inside a reported clause, their subject is the clause's.
// thingBefore: the word before the cue at i heads a subject that is no
// speaker: no name, person, title or speaking body, no figures or study
// (which speak as a source), and no link or adverb that leaves the cue to
// the subject before ("the judge indicated", "the findings show", "but
// suggested" keep their claims; "the court's ruling showed" has none).
func (st *state) thingBefore(i int) bool {
	if i < 1 || !st.toks[i-1].Word || st.toks[i-1].Cap {
		return false
	}
	if _, ok := st.entEnd[i]; ok {
		return false
	}
	w := st.norm(i - 1)
	return !dataNouns[w] && !adverbials[w] && !clauseLinks[w] && !speakerNouns[w] && !personTitles[w] && !personNouns[w] && !titleWords[w] && !pronoun(st.toks[i-1].Text)
}

// clauseLinks join a verb to the subject of the verb before it.
var clauseLinks = map[string]bool{"and": true, "but": true, "or": true, "yet": true}

var evidentialCues = map[string]bool{"show": true, "indicate": true, "suggest": true, "reveal": true}

// continuesContent: the reported clause of a claim found before token i
// in this sentence (drafts from first on) runs up to the "and" before i.
func (st *state) continuesContent(first, i int) bool {
	for _, d := range st.drafts[first:] {
		if d.cueA < i && d.contA < i && d.contB >= i-1 {
			return true
		}
	}
	return false
}

// informedTrailing reads an informed speaker that closes the clause
// before a trailing cue (", sources familiar with the report told
// Reuters", ", two officials briefed on the call said"): the speaker, and
// the comma before it. The tail after the speaker noun holds no verb of
// its own and reaches the cue (token last is the tail's last word).
func (st *state) informedTrailing(si, a, last int) (speaker, int, bool) {
	k := last
	for k > a && k > last-12 && st.norm(k) != "," && !st.isCloseQuote(k) {
		k--
	}
	if k <= a || k == last || st.norm(k) != "," && !st.isCloseQuote(k) {
		return speaker{}, 0, false
	}
	x, ok := st.informedSpeaker(k+1, last+1)
	if !ok || x.a > k+3 || x.b > last || st.finiteVerbIn(si, x.b+1, last+1) { // (the tail opens with its participle: "briefed on")
		return speaker{}, 0, false
	}
	return x, k, true
}

// officeEnd: the end of a speaker's span that ends at token b, taken on
// over "'s office" or "'s press office" before the cue at ca ("Gov. Gavin
// Newsom's office said", "the president's press office replied"): the
// office speaks, for its holder's actor and side, which stay the
// speaker's.
func (st *state) officeEnd(b, ca int) int {
	if b >= ca || (st.norm(b) != "'s" && st.norm(b) != "’s") {
		return b
	}
	k := b + 1
	if st.norm(k) == "press" || st.norm(k) == "media" {
		k++
	}
	if k < ca && st.norm(k) == "office" && st.norm(k+1) != "for" && st.norm(k+1) != "of" {
		// (not "the government's Office for Kosovo": a named body the
		// span would cut)
		return k + 1
	}
	return b
}

// strandedPreposition: the preposition at k ends its clause ("told his
// client what he was accused of."): the wh-word before holds its object,
// and an agentless accusation made of it states nothing.
func (st *state) strandedPreposition(k int) bool {
	if w := st.norm(k); w != "of" && w != "for" {
		return false
	}
	if k+1 >= len(st.toks) {
		return true
	}
	switch st.toks[k+1].Text {
	case ".", ",", ";", "?", "!", ")":
		return true
	}
	return false
}

// bracketedBodyTrailing reads a body named with its acronym in brackets
// and then the noun of its office right before a trailing cue (`, the
// Popular Front (PF) media office said`): the body speaks. It returns the
// speaker and the token before its phrase (the comma, or the closing
// quotation mark, the caller checks).
func (st *state) bracketedBodyTrailing(a, before int) (speaker, int, bool) {
	k := before
	for k > a && k > before-3 && st.lowerWord(k) {
		k--
	}
	if k == before || !(speakerNouns[st.norm(before)] || officeNouns[st.norm(before)]) {
		return speaker{}, 0, false
	}
	if k-2 <= a || st.toks[k].Text != ")" || st.toks[k-2].Text != "(" || !st.toks[k-1].Cap {
		return speaker{}, 0, false
	}
	ei, ea, ok := st.entityEndingAt(k - 2)
	if !ok || ea <= a {
		return speaker{}, 0, false
	}
	spk := st.speakerFromEntity(ei, ea, k-2)
	spk.b = before + 1
	j := ea - 1
	if w := st.norm(j); w == "the" || w == "a" || w == "an" {
		j--
	}
	return spk, j, true
}

// officeNouns head the name of a body's office or wing after the body
// ("media centre", "press office", "information unit").
var officeNouns = map[string]bool{"centre": true, "center": true, "wing": true, "unit": true, "department": true, "bureau": true, "cell": true}

// firstConjunctTrailing: the tokens before "and" at token and are a
// plural noun of speakers, with lower-case modifiers and an article
// perhaps, opened by a comma or a closing quotation mark (`, residents
// and a nurse said`, `, local officials and a doctor told X`). It returns
// the index of that comma or mark.
func (st *state) firstConjunctTrailing(a, and int) (int, bool) {
	h := and - 1
	if !st.lowerWord(h) || !speakerNouns[st.norm(h)] || !strings.HasSuffix(st.norm(h), "s") {
		return 0, false
	}
	k := h - 1
	for k > a && k > h-3 && st.lowerWord(k) && npModifiers[st.norm(k)] {
		k--
	}
	if w := st.norm(k); w == "the" || w == "some" || w == "several" || w == "two" || w == "three" {
		k--
	}
	if k < a || st.toks[k].Text != "," && !st.isCloseQuote(k) {
		return 0, false
	}
	return k, true
}

// partyModifiersTrailing: between the speaker's first token and an
// article before it stand lower-case modifiers and a party's name, up
// to four tokens (`, a GNA air force officer said`, `, an RSF field
// commander told`), the article opened by a comma or a closing quotation
// mark. It returns the index of that comma or mark (the article follows
// it) and the party's entity, -1 if none.
func (st *state) partyModifiersTrailing(a, before int) (int, int, bool) {
	party := -1
	k := before
	for k > a && k > before-4 && st.toks[k].Word && !articleWords[st.norm(k)] {
		if st.lowerWord(k) && (npModifiers[st.norm(k)] || st.tagAt(k) == "NOUN" || st.tagAt(k) == "ADJ") && !prepositions(st.norm(k)) {
			k--
			continue
		}
		ei, ea, ok := st.entityEndingAt(k + 1)
		if !ok || st.doc.Entities[ei].Side == "" || ea <= a {
			return 0, -1, false
		}
		party, k = ei, ea-1
	}
	if w := st.norm(k); w != "a" && w != "an" && w != "the" || k-1 < a {
		return 0, -1, false
	}
	if st.toks[k-1].Text != "," && !st.isCloseQuote(k-1) {
		return 0, -1, false
	}
	return k - 1, party, true
}

// bodyHeads head the name of a body by its kind ("the ministry", "the
// army", "the agency"), which "it" can stand for, unlike the noun of a
// person ("the spokesman").
var bodyHeads = map[string]bool{
	"ministry": true, "army": true, "military": true, "police": true, "government": true, "agency": true,
	"office": true, "command": true, "headquarters": true, "group": true, "council": true, "commission": true,
	"mission": true, "presidency": true, "embassy": true, "service": true, "organization": true,
	"organisation": true, "party": true, "statement": true, "report": true, "court": true, "tribunal": true,
	"panel": true, "movement": true, "alliance": true, "coalition": true, "militia": true, "front": true,
	// a body's paper or channel, or a body named by its kind, that spoke
	// in the sentence before ("the bulletin said. It said C", "State
	// radio said C. It said D", "the directorate said C. It said D")
	"bulletin": true, "communique": true, "release": true, "radio": true, "television": true,
	"newspaper": true, "broadcaster": true, "channel": true, "station": true, "website": true,
	"directorate": true, "bureau": true, "secretariat": true, "committee": true, "board": true,
	"authority": true, "regime": true, "force": true,
}

// onlyTime: the words of [a, b) are only a time ("on Sunday", "late on
// Tuesday night", "this morning"), which tells when a statement was
// made, not what it said.
func (st *state) onlyTime(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		if !st.toks[k].Word {
			if st.toks[k].Text == "." || st.toks[k].Text == "," {
				continue
			}
			return false
		}
		w := st.norm(k)
		if !calendarWords[w] && !timeHeads[w] && w != "on" && w != "at" && w != "in" && w != "late" && w != "early" && w != "last" && w != "this" && w != "earlier" && w != "later" && w != "the" {
			return false
		}
		words++
	}
	return words > 0
}

// bodyIt reads "It said D" after "The Interior Ministry said C", and
// "Earlier in the day it had reported C": an "it" the actor stage
// resolved to no one, as the subject of the cue at ca (auxiliaries and
// adverbs between), a time phrase at most before it, right after a
// body's claim in the sentence before, is that body. A cue of evidence
// ("It showed that C") is a thing's, and a person's claim before leaves
// "it" no one's.
func (st *state) bodyIt(a, ca int) (speaker, bool) {
	p := ca - 1
	for p > a && (adverbials[st.norm(p)] || tensedAux[st.norm(p)] || st.norm(p) == "had" || st.norm(p) == "has" || st.norm(p) == "have") {
		p--
	}
	if p < a || st.norm(p) != "it" || st.inQuote(p) {
		return speaker{}, false
	}
	if p > a && !st.onlyTime(a, p) {
		return speaker{}, false
	}
	if c, ok := st.cueAt(ca); ok && (evidenceCues[c.lemma] || evidentialCues[c.lemma]) {
		return speaker{}, false
	}
	si := st.sentOf[p]
	if len(st.drafts) == 0 || st.sentOf[st.drafts[len(st.drafts)-1].cueA] < si-1 {
		return st.bodySubjectIt(p, si)
	}
	d := st.drafts[len(st.drafts)-1]
	body := d.spk.ent >= 0 && bodyKind(st.doc.Entities[d.spk.ent].Kind) || d.spk.ent < 0 && d.spk.b > d.spk.a && d.spk.a >= 0 && (bodyHeads[st.norm(d.spk.b-1)] || officeNouns[st.norm(d.spk.b-1)]) && !pronoun(st.toks[d.spk.a].Text)
	ds := st.sentOf[d.cueA]
	if !body || d.cont || ds >= si || si-ds > 1 {
		return speaker{}, false
	}
	return speaker{a: p, b: p + 1, ent: -1, actor: d.spk.actor, side: d.spk.side}, true
}

// bodySubjectIt: "The refugee agency (UNHCR) shares that concern. It
// issued a statement saying C": with no claim in the sentence before,
// "it" (at token p, sentence si) is the named body that sentence opens
// with as its subject, right before its lower-case verb (a bracketed
// short name between): real copy introduces a body by what it does and
// then lets it speak.
func (st *state) bodySubjectIt(p, si int) (speaker, bool) {
	if si < 1 || st.sentTok[si-1][0] < 0 {
		return speaker{}, false
	}
	a, b := st.sentTok[si-1][0], st.sentTok[si-1][1]
	ei, eb, ok := st.entityStartingAt(a)
	if !ok && st.norm(a) == "the" {
		ei, eb, ok = st.entityStartingAt(a + 1)
	}
	if !ok || eb >= b || !bodyKind(st.doc.Entities[ei].Kind) || st.doc.Entities[ei].Side == "" {
		return speaker{}, false
	}
	if st.norm(eb) == "(" {
		for eb < b && st.norm(eb) != ")" {
			eb++
		}
		eb++
	}
	if eb >= b || !st.lowerWord(eb) || prepositions(st.norm(eb)) || st.norm(eb) == "and" || st.norm(eb) == "or" {
		return speaker{}, false
	}
	e := st.doc.Entities[ei]
	return speaker{a: p, b: p + 1, ent: -1, actor: e.Actor, side: e.Side}, true
}

// questionQuoteBefore: the sentence [a, …) opens with a short speaker
// and its cue at ca (`Sarr asked`, `The minister said`) right after a
// quotation that ends the sentence before with "?" or "!". It returns
// the token that opens the quotation.
func (st *state) questionQuoteBefore(a, ca int) (int, bool) {
	if a < 2 || ca-a > 4 || !st.isCloseQuote(a-1) {
		return 0, false
	}
	if p := st.toks[a-2].Text; p != "?" && p != "!" {
		return 0, false
	}
	for k := a; k < ca; k++ {
		if !st.toks[k].Word {
			return 0, false
		}
	}
	q := st.quotes[st.quoteOf[a-1]]
	if q.open < 0 || q.open >= a-2 {
		return 0, false
	}
	return q.open, true
}

// dataPhraseBefore: the words between the last comma before ca and ca
// open with a data noun (`, a study by the group`, `, figures from the
// nursing council`, `, EU figures`): the subject of a sentence-final
// evidence verb, so the plural form at ca is that verb.
func (st *state) dataPhraseBefore(ca int) bool {
	if c, ok := verbCues[st.norm(ca)]; !ok || !evidenceCues[c.lemma] {
		return false
	}
	k := ca - 1
	for k > 0 && k >= ca-10 && st.norm(k) != "," {
		if !st.toks[k].Word && !phraseMark(st.norm(k)) {
			return false
		}
		k--
	}
	if st.norm(k) != "," {
		return false
	}
	for j := k + 1; j < ca && j <= k+4; j++ {
		if dataNouns[st.norm(j)] && !st.toks[j].Cap {
			return true
		}
	}
	return false
}

// nestedShy cues report a stance of their own only outside another
// claim's content.
var nestedShy = map[string]bool{"be convinced": true, "signal": true,
	// "said the bloc expected both sides to implement C" (probes
	// annotate no second act there), as a conviction
	"expect": true, "consider": true}

// insideContent: token i lies after the cue of a claim found earlier in
// the sentence (drafts from first on) and before its content ends (the
// content may start after the nested cue: "said the president was
// confident that C" reads C), or after a reporting word of its clause
// that gave no claim.
func (st *state) insideContent(i, first int) bool {
	for _, d := range st.drafts[first:] {
		if min(d.cueB, d.contA) <= i && i < d.contB && d.cueB <= i {
			return true
		}
	}
	// a reporting word before it in the same clause, read or not ("Playbook
	// is told that at least four Republicans have signaled ...")
	a := st.sentTok[st.sentOf[i]][0]
	for k := i - 1; k >= a; k-- {
		if w := st.norm(k); w == "," || w == ";" || w == ":" || clauseBreaks[w] {
			return false
		}
		if _, ok := st.cueAt(k); ok && !st.inQuote(k) {
			return true
		}
	}
	return false
}

// deniedNot: "did not deny that C", "has not denied that C", "does not
// dispute that C": a denial cue negated after "do" or "have", with a
// reported clause after it. The speaker concedes C, a claim of its own
// (attrib29's convention: assert); "did not deny the report" and "never
// denied" are left out (what is let stand is no clause, or no act).
func (st *state) deniedNot(i, a int) bool {
	if st.norm(i+1) != "that" {
		return false
	}
	if w := st.norm(i); !strings.HasPrefix(w, "den") && !strings.HasPrefix(w, "disput") {
		return false
	}
	k := i - 1
	if w := st.norm(k); w != "not" && w != "n't" {
		return false
	}
	switch st.norm(k - 1) {
	case "do", "does", "did", "has", "have", "had":
		return k-1 > a
	}
	return false
}

// raisedNegation: "does not think C", "do not see X as Y", "did not
// believe C": English puts the negation of a view on its verb, so the
// speaker holds the view that C does not hold (the claim stays, and its
// stance is read from C as for any view). Only after "do", "does" or
// "did"; "never thought" and "not said" report no view.
func (st *state) raisedNegation(i, a int, c cue) bool {
	if c.lemma != "think" && c.lemma != "believe" && c.lemma != "see as" {
		return false
	}
	k := i - 1
	if w := st.norm(k); w != "not" && w != "n't" {
		return false
	}
	switch st.norm(k - 1) {
	case "do", "does", "did":
		return k-1 > a
	}
	return false
}
