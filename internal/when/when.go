// Package when is the stage that finds time expressions in an article and
// resolves them against its publication date: absolute dates ("13 September
// 2022", "Sept. 12", "2022-09-13", "in 1991"), relative ones ("early
// Sunday", "yesterday", "last month", "two days ago", "on August 3" with
// the year of its most recent past occurrence, "earlier this month",
// "since 2020") and ranges ("from 10 to 12 May", "1988–1994"), each with a
// precision (day, week, month, year). In a clause about the future ("will
// meet on Monday", "scheduled for October 5") such dates resolve to their
// next occurrence instead.
//
// Candidates are found by rules on words and resolved with calendar
// arithmetic of the standard library. A general date parser
// (go-dateparser) was considered for the normalisation step, but every rule
// here already knows the parts it matched (day, month, year, weekday,
// offset), so parsing its text again would only add a large dependency and
// time; the rules also have to choose the past reading of "Sunday" and
// "August 3", which a parser resolves forwards or to the current day.
package when

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// Stage fills Document.Dates.
type Stage struct{}

// New returns the stage. It has no data to load.
func New() *Stage { return &Stage{} }

// Name is the stage name.
func (*Stage) Name() string { return "when" }

// Process finds and resolves the time expressions of doc.
func (*Stage) Process(doc *parallax.Document) {
	pub, hasPub := parseDay(doc.Article.Published)
	doc.Dates = nil
	st := &articleState{years: map[monthDay]int{}, datelines: dateline.Of(doc)}
	for _, s := range words.Split(doc) {
		doc.Dates = append(doc.Dates, find(doc.Text, s.Words, pub, hasPub, st)...)
	}
}

// articleState is what the sentences of one article tell the next ones:
// the years of days written out in full, and the last day named (what "the
// previous day" and "a day later" count from).
type articleState struct {
	// datelines are the article's datelines, whose dates are the day of
	// filing, not of what is told
	datelines []dateline.Dateline
	years     map[monthDay]int
	anchor    time.Time
	hasAnchor bool
	// told is the start of the last date of any precision named (not a
	// plan after publication): the time a narrative is in, which "that
	// spring", "the end of that year" and "three years later" count from.
	told, toldEnd time.Time
	toldPrec      string
	hasTold       bool
	// dayFirst and monthFirst count the dates written "3 March" and
	// "March 3": the order the article's numeric dates follow.
	dayFirst, monthFirst int
}

// monthDay is a day of the year without its year.
type monthDay struct {
	m time.Month
	d int
}

// Precisions.
const (
	Day     = "day"
	Week    = "week"
	Month   = "month"
	Year    = "year"
	Unknown = "unknown"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// monthAbbrevs are the short forms of month names that take a full stop.
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// Words before a bare month or year that make it a date ("in May", "since
// 2020"); without one, "March" and "2000" stay words and numbers.
var datePreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "of": true,
	"before": true, "after": true, "during": true, "early": true, "late": true, "mid": true,
	"last": true, "this": true, "next": true, "on": true, "through": true, "throughout": true,
	"to": true, "into": true, "and": true, "between": true, "as": true, "summer": true, "spring": true,
	"autumn": true, "fall": true, "winter": true, "end": true, "beginning": true, "start": true, "middle": true,
}

// mayMarchPreps are the words after which "May" and "March" are months, not
// a modal or a walk: "in May", "until March".
var mayMarchPreps = map[string]bool{
	"in": true, "since": true, "last": true, "early": true, "late": true, "until": true, "till": true,
	"by": true, "before": true, "after": true, "during": true, "through": true, "throughout": true,
}

// Words that may precede a date and belong to its expression.
var leadModifiers = map[string]bool{"early": true, "late": true, "mid": true, "overnight": true}

// hourModifiers go between "the" and "hours": "the early hours of Friday".
var hourModifiers = map[string]bool{"early": true, "small": true, "late": true, "wee": true}

// Phrases "the X of" before a date: "on the night of September 12".
var ofPhrases = map[string]bool{
	"night": true, "morning": true, "evening": true, "afternoon": true, "end": true, "beginning": true,
	"start": true, "middle": true, "hours": true, "eve": true, "day": true,
}

// Parts of the day after a weekday or date: "Sunday morning".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}

// Find returns the time expressions among the words of one sentence of
// text. pub is the publication day; when hasPub is false only absolute
// expressions resolve and the others get precision "unknown".
func Find(text string, ws []words.Word, pub time.Time, hasPub bool) []parallax.DateMention {
	return find(text, ws, pub, hasPub, nil)
}

// find is Find with the years of the days that earlier sentences of the
// article wrote out in full: after "since October 8, 2023", a later
// "since October 8" is that day, not the one a week before publication.
// st may be nil; find adds the days it reads with their year, and moves
// its anchor to the last day named (not a plan after publication).
func find(text string, ws []words.Word, pub time.Time, hasPub bool, st *articleState) []parallax.DateMention {
	if st == nil {
		st = &articleState{datelines: dateline.Read(text)}
	}
	var out []parallax.DateMention
	var vague []bool // per mention: a night or early hours with no day of its own
	var aside []bool // per mention: the day of a saying or of the dateline, not of what is told
	r := &resolver{ws: ws, pub: pub, hasPub: hasPub, st: st}
	for i := 0; i < len(ws); {
		if !r.mayStart(i) {
			i++
			continue
		}
		r.forward = futureBefore(ws, i) || (opensClause(ws, i) && futureAfter(ws, i))
		r.nearest = i > 0 && periodEnds[ws[i-1].Lower]
		m, ok := r.at(i)
		if !ok {
			i++
			continue
		}
		// Extend the span left over modifiers that belong to it: "early
		// Sunday", "late on Sunday", "overnight into Tuesday".
		start := m.first
		if start > 0 && leadModifiers[ws[start-1].Lower] {
			start--
		} else if start > 1 && (ws[start-1].Lower == "on" || ws[start-1].Lower == "into") && leadModifiers[ws[start-2].Lower] {
			start -= 2
		}
		// "the night of September 12", "the early hours of Friday".
		if start >= 3 && ws[start-1].Lower == "of" && ofPhrases[ws[start-2].Lower] {
			switch {
			case ws[start-3].Lower == "the":
				start -= 3
				if start > 0 && (ws[start-1].Lower == "early" || ws[start-1].Lower == "late") {
					start--
				}
			case start >= 4 && hourModifiers[ws[start-3].Lower] && ws[start-4].Lower == "the":
				start -= 4
			}
		}
		if start > 0 && ws[start-1].Lower == "since" && m.d.Precision != Unknown && hasPub {
			start--
			m.d.End = pub.Format(dayFormat)
		}
		if start > 0 && ws[start-1].Lower == "from" && m.ranged {
			start--
		}
		if start > 0 && ws[start-1].Lower == "between" && m.ranged {
			start--
		}
		sp := parallax.Span{Start: ws[start].Start, End: ws[m.last].End}
		m.d.Text = parallax.NormalizeSpace(text[sp.Start:sp.End])
		out = append(out, parallax.DateMention{Span: sp, Date: m.d})
		vague = append(vague, m.vague)
		aside = append(aside, words.SpeechDate(ws, start) || st.datelineDate(sp))
		if m.d.Precision == Day && !m.vague {
			if t, err := time.Parse(dayFormat, m.d.End); err == nil && !t.After(pub) {
				st.anchor, st.hasAnchor = t, true
			}
		}
		if m.d.Precision != Unknown && !m.vague {
			if t, err := time.Parse(dayFormat, m.d.Start); err == nil && (!hasPub || !t.After(pub)) {
				st.told, st.hasTold, st.toldPrec = t, true, m.d.Precision
				st.toldEnd, _ = time.Parse(dayFormat, m.d.End)
			}
		}
		i = m.last + 1
	}
	// "Overnight" and "the early hours" on their own mean the night before
	// publication only when the sentence names no other day: in "kidnapped
	// last Friday during an overnight raid" the night is Friday's.
	// The day of a saying or the dateline does not name the night's day:
	// in "drones struck Kyiv overnight, officials said on Saturday" the
	// night is the one before publication.
	named := false
	for k := range out {
		named = named || !vague[k] && !aside[k]
	}
	if slices.Contains(vague, true) && named {
		kept := out[:0]
		for k, d := range out {
			if !vague[k] {
				kept = append(kept, d)
			}
		}
		out = kept
	}
	return out
}

// datelineDate reports a date mention that is a dateline's ("KYIV, May 24
// (Reuters) -", "BELGOROD, December 30. /TASS/.").
func (st *articleState) datelineDate(sp parallax.Span) bool {
	d, ok := dateline.Containing(st.datelines, sp.Start)
	return ok && d.Date.Overlaps(sp)
}

const dayFormat = "2006-01-02"

type match struct {
	first, last int // word indexes, inclusive
	d           parallax.DateRange
	ranged      bool
	vague       bool // "overnight", "the early hours": dropped when the sentence names a date
}

type resolver struct {
	ws     []words.Word
	pub    time.Time
	hasPub bool
	// forward resolves dates without a year, weekdays and bare months to
	// their next occurrence: the clause speaks of the future ("will meet
	// on Monday").
	forward bool
	// nearest resolves a date without a year that ends a period ("delayed
	// the tariffs until April 2", "extended the mandate through June 30")
	// to its next occurrence when that is at most three months ahead:
	// such an end lies as often after publication as before it.
	nearest bool
	st      *articleState
}

// knownYear gives the year the article wrote day m/d with, and records
// the year of a day written out in full.
func (r *resolver) knownYear(m time.Month, d int) (int, bool) {
	y, ok := r.st.years[monthDay{m, d}]
	return y, ok
}

func (r *resolver) recordYear(m time.Month, d, y int) {
	if r.st.years != nil {
		r.st.years[monthDay{m, d}] = y
	}
}

// futureMarkers are words that put the following date in the future.
var futureMarkers = map[string]bool{
	"will": true, "'ll": true, "scheduled": true, "due": true, "upcoming": true, "expected": true,
	"planned": true, "plans": true, "plan": true, "next": true, "shall": true,
}

// futureBefore reports a future marker in the twelve words before word i,
// in the same clause and with no verb in the past between them: "is
// scheduled to hold an emergency session on the fighting on Wednesday" is
// the future, "will visit the town where shelling killed two on Sunday" is
// not.
func futureBefore(ws []words.Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := ws[k].Lower
		if w == "." && abbrevDot(ws, k) {
			continue
		}
		if w == "," || w == ";" || w == "." || w == "said" || w == "says" {
			return false
		}
		if futureMarkers[w] && !(w == "next" && k+1 < len(ws) && ws[k+1].Lower == "to") {
			// "next to" is beside, not the future: "shells hit a street
			// next to the hospital on Thursday".
			return true
		}
		// "is to be held on Friday", "are to meet on Monday".
		if w == "to" && k > 0 && beForms[ws[k-1].Lower] && k+1 < i && (ws[k+1].Lower == "be" || !pastVerb(ws[k+1].Lower)) {
			return true
		}
		// A participle after "be" is passive, not the past: "will be
		// buried on Thursday".
		if pastVerb(w) && !(k > 0 && (ws[k-1].Lower == "be" || ws[k-1].Lower == "been")) {
			return false
		}
	}
	return false
}

// abbrevDot reports a full stop written against a word that holds a dot
// of its own ("U.S.", "a.m."): the sentence splitter kept the sentence
// going, so it is the abbreviation's, not the sentence's end.
func abbrevDot(ws []words.Word, k int) bool {
	return k > 0 && ws[k].Start == ws[k-1].End && strings.Contains(ws[k-1].Lower, ".")
}

// clauseOpeners are the words that may come before a date that opens its
// clause: "On Tuesday, ...", "Early on Friday ...", "... and on the night
// of May 3 ...".
var clauseOpeners = map[string]bool{
	"on": true, "early": true, "late": true, "by": true, "from": true, "next": true, "this": true, "the": true,
	"of": true, "night": true, "morning": true, "evening": true, "afternoon": true, "hours": true, "then": true,
	"starting": true, "beginning": true, "as": true, "at": true, "later": true, "overnight": true, "\"": true,
	"“": true, "'": true, "‘": true,
}

// clauseBreaks end the clause before a fronted date: the sentence's start
// or these words ("Officials said that on Tuesday the envoy will ...", a
// dateline's dash).
var clauseBreaks = map[string]bool{
	",": true, ";": true, ":": true, "that": true, "and": true, "but": true, "while": true, "—": true, "–": true,
	"-": true, "--": true, ")": true, // the end of a dateline: "YEREVAN - On Friday, ..."
}

// opensClause reports whether the date at word i opens its clause: only
// clause openers stand between it and the sentence's start or a clause
// break.
func opensClause(ws []words.Word, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := ws[k].Lower
		if clauseBreaks[w] {
			return true
		}
		if !clauseOpeners[w] {
			return false
		}
	}
	return true
}

// beFuture are the words that put a clause in the future after a form of
// "be": "are due to meet", "is expected to visit", "is set to", "are to
// meet".
var beFuture = map[string]bool{
	"due": true, "scheduled": true, "expected": true, "set": true, "slated": true, "planned": true,
	"poised": true, "going": true, "to": true, "likely": true,
}

var beForms = map[string]bool{"is": true, "are": true, "'s": true, "'re": true, "be": true}

// futureAfter reports, for a date that opens its clause ("On Tuesday, the
// envoy will join the talks"), a future form later in its sentence before
// any verb in the past ("On Tuesday, the army said it will ..." is a past
// Tuesday: the date goes with "said").
func futureAfter(ws []words.Word, i int) bool {
	for k := i + 1; k < len(ws); k++ {
		w := ws[k].Lower
		switch {
		case w == "." && abbrevDot(ws, k):
		case w == "." || w == ";" || w == "?" || w == "!":
			return false
		case w == "(" || w == "-" || w == "--" || w == "–" || w == "—":
			// "GAZA, May 8 (Reuters) - On Thursday, ... will": the date
			// before the dash is the dateline's, never the future.
			return false
		case w == "will" || w == "'ll" || w == "shall" || w == "won't" || w == "wo":
			return true
		case beForms[w] && k+1 < len(ws) && beFuture[ws[k+1].Lower]:
			return true
		case (w == "plans" || w == "plan" || w == "intends" || w == "aims") && k+1 < len(ws) && ws[k+1].Lower == "to":
			return true
		case w == "would" || w == "says" || w == "say" || pastVerb(w) && !startsUpper(ws[k].Text):
			// A capitalised -ed word is a name ("United", "Ahmed").
			return false
		}
	}
	return false
}

// irregularPast are common verbs in the past tense of news copy that do
// not end in -ed.
var irregularPast = map[string]bool{
	"said": true, "told": true, "met": true, "held": true, "took": true, "struck": true, "fought": true,
	"went": true, "came": true, "began": true, "left": true, "saw": true, "gave": true, "was": true,
	"were": true, "had": true, "shot": true, "fell": true, "fled": true, "sent": true, "spoke": true,
	"wrote": true, "won": true, "lost": true, "led": true, "brought": true, "knew": true, "ran": true,
	"rose": true, "drove": true, "flew": true, "stood": true, "kept": true, "seized": true, "did": true,
	"made": true, "caught": true, "broke": true, "blew": true, "threw": true,
	"chose": true, "found": true, "got": true, "heard": true, "sought": true, "thought": true, "stole": true,
	"swept": true, "tore": true, "overran": true, "withdrew": true, "became": true,
}

// edAdjectives end in -ed but describe a noun rather than tell what
// happened: "suspected militants", "the armed forces", "occupied
// territories".
var edAdjectives = map[string]bool{
	"armed": true, "suspected": true, "alleged": true, "hundred": true, "indeed": true, "need": true,
	"speed": true, "based": true, "limited": true, "related": true, "unidentified": true, "unnamed": true,
	"masked": true, "so-called": true, "self-proclaimed": true, "disputed": true, "occupied": true,
	"contested": true, "embattled": true, "besieged": true, "beleaguered": true, "banned": true,
	"proscribed": true, "designated": true, "outlawed": true, "coordinated": true, "unprecedented": true,
	"advanced": true, "detailed": true, "renewed": true, "heightened": true, "wounded": true, "injured": true,
	"displaced": true, "detained": true, "united": true, "red": true, "shed": true, "feed": true, "proceed": true,
	"exceed": true, "succeed": true,
}

// pastVerb reports a word that reads as a verb in the past: an -ed form
// ("voted", "shelled") or a common irregular one.
func pastVerb(w string) bool {
	if irregularPast[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !futureMarkers[w] && !beFuture[w] && !edAdjectives[w]
}

func (r *resolver) word(i int) string {
	if i < 0 || i >= len(r.ws) {
		return ""
	}
	return r.ws[i].Lower
}

func (r *resolver) text(i int) string {
	if i < 0 || i >= len(r.ws) {
		return ""
	}
	return r.ws[i].Text
}

func dayRange(a, b time.Time, prec string) parallax.DateRange {
	return parallax.DateRange{Start: a.Format(dayFormat), End: b.Format(dayFormat), Precision: prec}
}

func unknown() parallax.DateRange { return parallax.DateRange{Precision: Unknown} }

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func monthRange(y int, m time.Month) (time.Time, time.Time) {
	a := date(y, m, 1)
	return a, a.AddDate(0, 1, -1)
}

// startWords are the words other than numbers, months and weekdays that
// can begin a time expression.
var startWords = map[string]bool{
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "the": true, "that": true,
	"q1": true, "q2": true, "q3": true, "q4": true, "christmas": true, "new": true,
	"ramadan": true, "eid": true, "last": true, "this": true, "next": true,
	"past": true, "previous": true, "earlier": true, "later": true, "a": true, "an": true,
	"overnight": true, "early": true, "small": true, "wee": true, "weekend": true, "following": true, "day": true,
}

// mayStart reports whether word i can begin a time expression: most words
// cannot, and the rules need not be tried on them.
func (r *resolver) mayStart(i int) bool {
	w := r.word(i)
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if w == "the" || w == "that" {
		// only before the words of period and theNth: "the" is frequent,
		// and a start costs the future tests of find
		nx := r.word(i + 1)
		_, nth := r.dayNum(i + 1)
		return seasons[nx] != 0 || ordinals[nx] != 0 || yearParts[nx] || nx == "following" || nx == "next" || (nth && w == "the") ||
			(nx == "last" && r.word(i+3) == "months")
	}
	if mayStartWords[w] {
		return true
	}
	if !strings.HasPrefix(w, "mid-") {
		return false
	}
	w = w[len("mid-"):]
	if c := w[0]; c >= '0' && c <= '9' { // "mid-2024"
		return true
	}
	if _, ok := months[w]; ok {
		return true
	}
	_, ok := weekdays[w]
	return ok
}

// mayStartWords are startWords, numberWords, months and weekdays in one
// set: mayStart tries most words of a text, and most start nothing, which
// one look-up tells where four did.
var mayStartWords = func() map[string]bool {
	set := make(map[string]bool)
	for w, ok := range startWords {
		if ok {
			set[w] = true
		}
	}
	for w, n := range numberWords {
		if n != 0 {
			set[w] = true
		}
	}
	for w := range months {
		set[w] = true
	}
	for w := range weekdays {
		set[w] = true
	}
	return set
}()

// rules are the rules at tries, in order. Method expressions, not the
// resolver's method values: those were eighteen closures allocated for
// every sentence (a tenth of the pipeline's allocations).
var rules = [...]func(*resolver, int) (match, bool){(*resolver).iso, (*resolver).dayMonth, (*resolver).monthDay,
	(*resolver).monthYear, (*resolver).yearRange, (*resolver).weekday, (*resolver).window, (*resolver).theDayOffset,
	(*resolver).relative, (*resolver).ago, (*resolver).dayOffset, (*resolver).weekend, (*resolver).overnight,
	(*resolver).earlyHours, (*resolver).period, (*resolver).yearsLater, (*resolver).bareMonth, (*resolver).bareYear}

// at tries every rule at word i.
func (r *resolver) at(i int) (match, bool) {
	if !r.mayStart(i) {
		return match{}, false
	}
	// Words that start only the expressions of one or two rules: "the"
	// is frequent, and the other rules cannot begin with it.
	switch w := r.word(i); w {
	case "the", "that":
		if m, ok := r.period(i); ok {
			return m, true
		}
		if w == "the" {
			return r.theNth(i)
		}
		return match{}, false
	case "q1", "q2", "q3", "q4":
		return r.period(i)
	case "christmas", "new":
		return r.holiday(i)
	case "ramadan", "eid":
		return r.lunar(i)
	}
	for _, rule := range rules {
		if m, ok := rule(r, i); ok {
			return m, true
		}
	}
	return match{}, false
}

// month returns the month named by word i: capitalised, and "May"/"March"
// only when the caller has other evidence (a day or year next to it).
func (r *resolver) month(i int) (time.Month, int, bool) {
	t, w := r.text(i), r.word(i)
	if strings.HasPrefix(w, "mid-") { // "mid-September"
		t, w = t[4:], w[4:]
	}
	if t == "" || !(t[0] >= 'A' && t[0] <= 'Z') {
		return 0, 0, false
	}
	m, ok := months[w]
	if !ok {
		return 0, 0, false
	}
	n := 1
	if r.word(i+1) == "." && monthAbbrevs[w] {
		n = 2 // "Sept."; not the full stop after "May" or "June"
	}
	return m, n, true
}

func (r *resolver) dayNum(i int) (int, bool) {
	w := r.word(i)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > 2 {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	d, ok := atoi(w)
	if !ok || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

func yearOf(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, ok := atoi(w)
	if !ok || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// atoi is strconv.Atoi that reports success instead of an error: words
// that are no number (most of those the rules try: "with", "days") are
// turned away by their bytes, without the error value (and copy of the
// word) that Atoi allocates for each; a word of Atoi's syntax (an
// optional sign, then decimal digits) is converted by Atoi itself, so the
// two agree on every word, overflow included.
func atoi(s string) (int, bool) {
	digits := s
	if len(digits) > 0 && (digits[0] == '+' || digits[0] == '-') {
		digits = digits[1:]
	}
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func (r *resolver) year(i int) (int, bool) { return yearOf(strings.TrimPrefix(r.word(i), "mid-")) }

// validDay checks that y-m-d exists (no 31 June).
func validDay(y int, m time.Month, d int) bool {
	t := date(y, m, d)
	return t.Month() == m && t.Day() == d
}

// inferYear gives the year of the most recent occurrence of m/d on or
// before the publication day.
func (r *resolver) inferYear(m time.Month, d int) (int, bool) {
	if !r.hasPub {
		return 0, false
	}
	y := r.pub.Year()
	if r.nearest && !r.forward {
		// The next occurrence when it is at most three months ahead,
		// else the last one.
		t := date(y, m, d)
		if t.Before(r.pub) {
			t = date(y+1, m, d)
		}
		if t.Sub(r.pub) <= soonAfter {
			return t.Year(), true
		}
		return t.Year() - 1, true
	}
	if r.forward {
		if m < r.pub.Month() || (m == r.pub.Month() && d < r.pub.Day()) {
			y++
		}
		return y, true
	}
	if m > r.pub.Month() || (m == r.pub.Month() && d > r.pub.Day()) {
		y--
	}
	return y, true
}

// periodEnds are the words before a date that ends a period.
var periodEnds = map[string]bool{"until": true, "till": true, "through": true, "by": true}

// soonAfter is how far after publication the end of a period may lie
// and still be read as ahead ("delayed until April 2").
const soonAfter = 92 * 24 * time.Hour

func (r *resolver) iso(i int) (match, bool) {
	w := r.word(i)
	// 2022-09-13
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if t, err := time.Parse(dayFormat, w); err == nil {
			return match{first: i, last: i, d: dayRange(t, t, Day)}, true
		}
	}
	// 3/7/2025, 18/01/2025: day first unless a part says otherwise (a
	// first number above 12 is a day, a second one above 12 makes the
	// first the month) or the article writes its other dates month first
	// ("March 3"), as American papers do.
	// (Split only a word with the separators it needs: splitting every
	// word the rules try allocated a list each.)
	if p := splitIn(w, "/", 3); len(p) == 3 && len(p[0]) <= 2 && len(p[1]) <= 2 && len(p[2]) == 4 {
		a, e1 := strconv.Atoi(p[0])
		b, e2 := strconv.Atoi(p[1])
		y, ok := yearOf(p[2])
		if e1 == nil && e2 == nil && ok {
			d, m := a, b
			if b > 12 || (a <= 12 && r.st.monthFirst > r.st.dayFirst) {
				d, m = b, a
			}
			if m >= 1 && m <= 12 && d >= 1 && validDay(y, time.Month(m), d) {
				t := date(y, time.Month(m), d)
				return match{first: i, last: i, d: dayRange(t, t, Day)}, true
			}
		}
	}
	// 13.09.2022 (day first, as in most of the world's press)
	if p := splitIn(w, ".", 3); len(p) == 3 && len(p[2]) == 4 {
		d, e1 := strconv.Atoi(p[0])
		m, e2 := strconv.Atoi(p[1])
		y, ok := yearOf(p[2])
		if e1 == nil && e2 == nil && ok && m >= 1 && m <= 12 && validDay(y, time.Month(m), d) {
			t := date(y, time.Month(m), d)
			return match{first: i, last: i, d: dayRange(t, t, Day)}, true
		}
	}
	return match{}, false
}

// splitIn is strings.Split(w, sep) when w splits into n parts, nil
// otherwise: the rules that read a word of n parts ask it of every word
// they try, and most have no separator.
func splitIn(w, sep string, n int) []string {
	if strings.Count(w, sep) != n-1 {
		return nil
	}
	return strings.Split(w, sep)
}

// dayMonth: "13 September 2022", "13th of September", "10 to 12 May",
// "10-12 May 2022".
func (r *resolver) dayMonth(i int) (match, bool) {
	d1, ok := r.dayNum(i)
	d2 := d1
	j := i + 1
	ranged := false
	if !ok {
		// "10-12" scanned as one word
		p := splitIn(r.word(i), "-", 2)
		if len(p) != 2 {
			return match{}, false
		}
		a, e1 := strconv.Atoi(p[0])
		b, e2 := strconv.Atoi(p[1])
		if e1 != nil || e2 != nil || a < 1 || b > 31 || a >= b {
			return match{}, false
		}
		d1, d2, ranged = a, b, true
	} else if sep := r.word(j); (sep == "to" || sep == "-" || sep == "–" || sep == "and" || sep == "until") && j+1 < len(r.ws) {
		if b, ok := r.dayNum(j + 1); ok && b > d1 {
			if _, _, ok := r.month(j + 2); ok {
				d2, ranged, j = b, true, j+2
			}
		}
	}
	if r.word(j) == "of" {
		j++
	}
	m, n, ok := r.month(j)
	if !ok {
		return match{}, false
	}
	last := j + n - 1
	y, hasY := r.year(last + 1)
	if !hasY && r.word(last+1) == "," {
		if y, hasY = r.year(last + 2); hasY {
			last++
		}
	}
	r.st.dayFirst++
	first := i
	wd, hasWd := r.leadWeekday(i)
	if hasY {
		last++
		r.recordYear(m, d1, y)
	} else if ky, ok := r.knownYear(m, d1); ok {
		y, hasY = ky, true
	} else if y, hasY = r.inferYear(m, d1); !hasY {
		return match{first: first, last: last, d: unknown(), ranged: ranged}, true
	} else if hasWd {
		y = r.weekdayYear(y, m, d1, wd)
	} else {
		y -= r.yearsSince(i)
	}
	if !validDay(y, m, d1) || !validDay(y, m, d2) {
		return match{}, false
	}
	return match{first: first, last: last, d: dayRange(date(y, m, d1), date(y, m, d2), Day), ranged: ranged}, true
}

// leadWeekday reads the weekday written before the date at word i
// ("Friday, March 7", "Monday, 3 March"): without a year it tells which
// year the day is in. (The span stays the date's, as the weekday rule
// leaves such a weekday to it.)
func (r *resolver) leadWeekday(i int) (time.Weekday, bool) {
	if r.word(i-1) != "," {
		return 0, false
	}
	wd, ok := weekdays[r.word(i-2)]
	return wd, ok && startsUpper(r.text(i-2))
}

// weekdayYear is the year next to y (y itself, the one after or the one
// before) in which m/d falls on wd: "on Friday, March 7" in an article of
// March 5 is this year's March 7 even though no future word precedes it.
func (r *resolver) weekdayYear(y int, m time.Month, d int, wd time.Weekday) int {
	for _, c := range []int{y, y + 1, y - 1} {
		if validDay(c, m, d) && date(c, m, d).Weekday() == wd {
			return c
		}
	}
	return y
}

// monthDay: "September 12", "Sept. 12, 2022", "May 10 to 12", "May 10-12".
func (r *resolver) monthDay(i int) (match, bool) {
	m, n, ok := r.month(i)
	if !ok {
		return match{}, false
	}
	j := i + n
	d1, ok := r.dayNum(j)
	d2 := d1
	ranged := false
	if !ok {
		p := splitIn(r.word(j), "-", 2)
		if len(p) != 2 {
			return match{}, false
		}
		a, e1 := strconv.Atoi(p[0])
		b, e2 := strconv.Atoi(p[1])
		if e1 != nil || e2 != nil || a < 1 || b > 31 || a >= b {
			return match{}, false
		}
		d1, d2, ranged = a, b, true
	} else if sep := r.word(j + 1); sep == "to" || sep == "-" || sep == "–" || sep == "until" || sep == "through" ||
		sep == "and" && r.word(i-1) == "between" {
		if b, ok := r.dayNum(j + 2); ok && b > d1 {
			if _, ok := r.year(j + 2); !ok {
				d2, ranged, j = b, true, j+2
			}
		}
	}
	last := j
	y, hasY := r.year(last + 1)
	if hasY {
		last++
	} else if r.word(last+1) == "," {
		if y, hasY = r.year(last + 2); hasY {
			last += 2
		}
	}
	r.st.monthFirst++
	first := i
	wd, hasWd := r.leadWeekday(i)
	if hasY {
		r.recordYear(m, d1, y)
	} else if ky, ok := r.knownYear(m, d1); ok {
		y = ky
	} else if y, hasY = r.inferYear(m, d1); !hasY {
		return match{first: first, last: last, d: unknown(), ranged: ranged}, true
	} else if hasWd {
		y = r.weekdayYear(y, m, d1, wd)
	} else {
		y -= r.yearsSince(i)
	}
	if !validDay(y, m, d1) || !validDay(y, m, d2) {
		return match{}, false
	}
	return match{first: first, last: last, d: dayRange(date(y, m, d1), date(y, m, d2), Day), ranged: ranged}, true
}

// monthYear: "September 2020", "September 1991", "May–June 2022".
func (r *resolver) monthYear(i int) (match, bool) {
	m, n, ok := r.month(i)
	if !ok {
		return match{}, false
	}
	last := i + n
	m2 := m
	ranged := false
	if sep := r.word(last); sep == "-" || sep == "–" || sep == "to" || sep == "and" {
		if b, n2, ok := r.month(last + 1); ok && b > m {
			m2, ranged, last = b, true, last+n2
		}
	}
	if r.word(last) == "of" {
		last++
	}
	y, ok := r.year(last)
	if !ok {
		return match{}, false
	}
	a, _ := monthRange(y, m)
	_, b := monthRange(y, m2)
	return match{first: i, last: last, d: dayRange(a, b, Month), ranged: ranged}, true
}

// yearRange: "1988–1994", "1988-1994", "from 1988 to 1994", "between 1988
// and 1994", and decades ("the 1980s").
func (r *resolver) yearRange(i int) (match, bool) {
	w := r.word(i)
	if p := splitIn(w, "-", 2); len(p) == 2 {
		a, ok1 := yearOf(p[0])
		b, ok2 := yearOf(p[1])
		// "2025-26", as fiscal and school years are written: the two
		// digits are the next year's.
		if ok1 && !ok2 && len(p[1]) == 2 {
			if n, err := strconv.Atoi(p[1]); err == nil && n == (a+1)%100 {
				b, ok2 = a+1, true
			}
		}
		if ok1 && ok2 && a < b {
			return match{first: i, last: i, d: dayRange(date(a, 1, 1), date(b, 12, 31), Year), ranged: true}, true
		}
	}
	if strings.HasSuffix(w, "s") {
		if y, ok := yearOf(strings.TrimSuffix(w, "s")); ok && y%10 == 0 {
			a, b := y, y+9
			switch r.word(i - 1) {
			case "early":
				b = y + 3
			case "mid":
				a, b = y+3, y+6
			case "late":
				a = y + 6
			}
			return match{first: i, last: i, d: dayRange(date(a, 1, 1), date(b, 12, 31), Year)}, true
		}
	}
	a, ok := r.year(i)
	if !ok {
		return match{}, false
	}
	if sep := r.word(i + 1); sep == "-" || sep == "–" || sep == "—" || sep == "to" || (sep == "and" && r.word(i-1) == "between") {
		if b, ok := r.year(i + 2); ok && a < b {
			return match{first: i, last: i + 2, d: dayRange(date(a, 1, 1), date(b, 12, 31), Year), ranged: true}, true
		}
	}
	return match{}, false
}

// weekday: "Sunday", "early Sunday morning", "on Tuesday night", "last
// Friday": the most recent such day on or before publication, or the next
// one in a clause about the future. "Thursday last week" is the Thursday of
// the week before publication's; "from Monday to Wednesday" and "the night
// of Saturday to Sunday" are ranges.
func (r *resolver) weekday(i int) (match, bool) {
	wd, ok := weekdays[r.word(i)]
	if !ok || !startsUpper(r.text(i)) {
		return match{}, false
	}
	first, last := i, i
	if dayParts[r.word(i+1)] {
		last++
	}
	strict, forward := false, r.forward
	switch r.word(i - 1) {
	case "last", "past":
		first--
		strict = true // "last Sunday" on a Sunday is a week ago
	case "next":
		first--
		forward, strict = true, true // "next Wednesday" on a Wednesday is a week ahead
	}
	// "Monday last" (Indian and Nigerian English): the last Monday before
	// publication; "Monday last week" is taken below.
	if first == i && r.word(i+1) == "last" && !calendarUnits[r.word(i+2)] {
		last, strict = i+1, true
	}
	// "Sunday, September 27" or "Sunday, 27 September": let the date rule
	// take it, the weekday adds nothing.
	if r.word(i+1) == "," {
		if _, _, ok := r.month(i + 2); ok {
			return match{}, false
		}
		if _, ok := r.dayNum(i + 2); ok {
			// ("on Sunday, 30 police officers were injured": a number
			// with no month after it is no day of the month)
			j := i + 3
			if r.word(j) == "of" {
				j++
			}
			if _, _, ok := r.month(j); ok {
				return match{}, false
			}
		}
	}
	// A range of weekdays: "from Monday to Wednesday", "between Monday and
	// Wednesday", "Saturday into Sunday".
	wd2, ranged := wd, false
	if sep := r.word(last + 1); first == i && (sep == "to" || sep == "into" || sep == "through" || sep == "-" || sep == "–" ||
		sep == "and" && r.word(i-1) == "between") {
		if w2, ok := weekdays[r.word(last+2)]; ok && startsUpper(r.text(last+2)) && w2 != wd {
			wd2, ranged = w2, true
			last += 2
			if dayParts[r.word(last+1)] {
				last++
			}
		}
	}
	// "Thursday last week", "Monday next week": that week's day.
	weekOffset, inWeek := 0, false
	if first == i && !ranged && r.word(last+2) == "week" {
		switch r.word(last + 1) {
		case "last":
			weekOffset, inWeek = -1, true
		case "next":
			weekOffset, inWeek = 1, true
		case "this":
			inWeek = true
		}
		if inWeek {
			last += 2
		}
	}
	if !r.hasPub {
		return match{first: first, last: last, d: unknown(), ranged: ranged}, true
	}
	span := (int(wd2) - int(wd) + 7) % 7 // days from the first weekday to the last
	var a time.Time
	switch {
	case inWeek:
		mon := r.pub.AddDate(0, 0, -((int(r.pub.Weekday())+6)%7)+7*weekOffset)
		a = mon.AddDate(0, 0, (int(wd)+6)%7)
	case forward:
		ahead := (int(wd) - int(r.pub.Weekday()) + 7) % 7
		if ahead == 0 && strict {
			ahead = 7
		}
		a = r.pub.AddDate(0, 0, ahead)
	default:
		// The last day of the range on or before publication.
		back := (int(r.pub.Weekday()) - int(wd2) + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		a = r.pub.AddDate(0, 0, -back-span)
	}
	return match{first: first, last: last, d: dayRange(a, a.AddDate(0, 0, span), Day), ranged: ranged}, true
}

// calendarUnits are the words after "last" that make it "last week",
// not the "last" of "Monday last".
var calendarUnits = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "night": true}

func startsUpper(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// relative: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning",
// "last/this/next/past week|month|year|weekend", "earlier this month".
func (r *resolver) relative(i int) (match, bool) {
	w := r.word(i)
	pub := r.pub
	mk := func(last int, a, b time.Time, prec string) (match, bool) {
		if !r.hasPub {
			return match{first: i, last: last, d: unknown()}, true
		}
		return match{first: i, last: last, d: dayRange(a, b, prec)}, true
	}
	switch w {
	case "today", "tonight":
		return mk(i, pub, pub, Day)
	case "yesterday":
		d := pub.AddDate(0, 0, -1)
		return mk(i, d, d, Day)
	case "tomorrow":
		d := pub.AddDate(0, 0, 1)
		return mk(i, d, d, Day)
	}
	next := r.word(i + 1)
	if (w == "last" || w == "this") && dayParts[next] {
		d := pub
		if w == "last" && next == "night" {
			d = pub.AddDate(0, 0, -1)
		}
		return mk(i+1, d, d, Day)
	}
	// "the next month, fighters pushed south", "the following year":
	// in a clause about the past, the period after the time the article
	// last named (a story told back in time); in one about the future
	// ("over the next month") publication's.
	if (w == "next" || w == "following") && r.word(i-1) == "the" && (next == "month" || next == "year" || next == "week") {
		if r.forward || !r.st.hasTold {
			if w == "following" {
				return match{}, false
			}
		} else {
			t := r.st.told
			var a, b time.Time
			prec := Month
			switch next {
			case "month":
				a, _ = monthRange(t.Year(), t.Month())
				a = a.AddDate(0, 1, 0)
				b = a.AddDate(0, 1, -1)
			case "year":
				a, b, prec = date(t.Year()+1, 1, 1), date(t.Year()+1, 12, 31), Year
			case "week":
				a = t.AddDate(0, 0, 7-((int(t.Weekday())+6)%7))
				b, prec = a.AddDate(0, 0, 6), Week
			}
			return match{first: i - 1, last: i + 1, d: dayRange(a, b, prec)}, true
		}
	}
	first := i
	later := w == "later"
	if w == "earlier" || w == "later" {
		if r.word(i+1) != "this" {
			return match{}, false
		}
		i++
		w = "this"
		next = r.word(i + 1)
	}
	if !(w == "last" || w == "this" || w == "next" || w == "past" || w == "previous") {
		return match{}, false
	}
	if first == i && (w == "past" || w == "previous") && r.word(i-1) != "the" {
		return match{}, false
	}
	if next == "week" && r.word(i+2) == "of" {
		return match{}, false // "the last week of March"
	}
	if w == "past" || w == "previous" {
		first = i - 1
		w = "last"
	}
	offset := map[string]int{"last": -1, "this": 0, "next": 1}[w]
	res := func(a, b time.Time, prec string) (match, bool) {
		m, ok := mk(i+1, a, b, prec)
		m.first = first
		return m, ok
	}
	switch next {
	case "week":
		// ISO weeks, Monday to Sunday; "earlier this week" ends at
		// publication, "later this week" begins there.
		back := (int(pub.Weekday()) + 6) % 7
		mon := pub.AddDate(0, 0, -back+7*offset)
		a, b := mon, mon.AddDate(0, 0, 6)
		if first != i && offset == 0 {
			a, b = clip(a, b, pub, later)
		}
		return res(a, b, Week)
	case "weekend":
		back := (int(pub.Weekday()) + 1) % 7 // days since the last Saturday
		sat := pub.AddDate(0, 0, -back)
		if offset < 0 && back < 2 {
			sat = sat.AddDate(0, 0, -7)
		}
		if offset > 0 {
			sat = sat.AddDate(0, 0, 7)
		}
		return res(sat, sat.AddDate(0, 0, 1), Week)
	case "month":
		a, b := monthRange(pub.Year(), pub.Month())
		a = a.AddDate(0, offset, 0)
		b = a.AddDate(0, 1, -1)
		if first != i && offset == 0 { // "earlier this month": up to publication
			a, b = clip(a, b, pub, later)
		}
		return res(a, b, Month)
	case "year":
		y := pub.Year() + offset
		a, b := date(y, 1, 1), date(y, 12, 31)
		if first != i && offset == 0 {
			a, b = clip(a, b, pub, later)
		}
		return res(a, b, Year)
	}
	return match{}, false
}

// ago: "two days ago", "a week ago", "3 months ago".
func (r *resolver) ago(i int) (match, bool) {
	n, ok := numberWords[r.word(i)]
	if !ok {
		v, ok := atoi(r.word(i))
		if !ok || v < 1 || v > 1000 {
			return match{}, false
		}
		n = v
	}
	unit := strings.TrimSuffix(r.word(i+1), "s")
	if r.word(i+2) != "ago" {
		return match{}, false
	}
	if !r.hasPub {
		return match{first: i, last: i + 2, d: unknown()}, true
	}
	pub := r.pub
	switch unit {
	case "hour":
		d := pub.AddDate(0, 0, -(n+12)/24) // "48 hours ago"; "three hours ago" is today
		return match{first: i, last: i + 2, d: dayRange(d, d, Day)}, true
	case "day":
		d := pub.AddDate(0, 0, -n)
		return match{first: i, last: i + 2, d: dayRange(d, d, Day)}, true
	case "week":
		d := pub.AddDate(0, 0, -7*n)
		return match{first: i, last: i + 2, d: dayRange(d.AddDate(0, 0, -3), d.AddDate(0, 0, 3), Week)}, true
	case "month":
		d := pub.AddDate(0, -n, 0)
		a, b := monthRange(d.Year(), d.Month())
		return match{first: i, last: i + 2, d: dayRange(a, b, Month)}, true
	case "year", "decade":
		if unit == "decade" {
			n *= 10 // "a decade ago": the year ten years back
		}
		y := pub.Year() - n
		return match{first: i, last: i + 2, d: dayRange(date(y, 1, 1), date(y, 12, 31), Year)}, true
	}
	return match{}, false
}

// dayOffset: "the previous day", "the day before", "a day earlier", "two
// days later", "the next day", "the following day": counted from the last
// day the article named, else from publication.
func (r *resolver) dayOffset(i int) (match, bool) {
	var n, last int
	w := r.word(i)
	switch {
	case (w == "a" || numberWords[w] != 0) && (r.word(i+1) == "day" || r.word(i+1) == "days"):
		n = numberWords[w]
		switch r.word(i + 2) {
		case "earlier", "before":
			n = -n
		case "later", "after":
		default:
			return match{}, false
		}
		last = i + 2
		if nx := r.word(last + 1); nx != "" && nx != "," && nx != "." && nx != ";" && nx != "and" && nx != "when" {
			if r.word(i+2) == "before" || r.word(i+2) == "after" {
				return match{}, false // "a day before the vote": counted from the vote
			}
		}
	case (w == "a" || numberWords[w] != 0) && (r.word(i+1) == "week" || r.word(i+1) == "weeks") &&
		(r.word(i+2) == "later" || r.word(i+2) == "earlier") && r.st.hasAnchor:
		// "a week later", "two weeks earlier": only after a day named in
		// the article; "a week after the attack" counts from the attack.
		n, last = 7*numberWords[w], i+2
		if r.word(i+2) == "earlier" {
			n = -n
		}
	default:
		return match{}, false
	}
	m := match{first: i, last: last, d: unknown()}
	if !r.hasPub {
		return m, true
	}
	base := r.pub
	if r.st.hasAnchor {
		base = r.st.anchor
	}
	d := base.AddDate(0, 0, n)
	m.d = dayRange(d, d, Day)
	return m, true
}

// theDayOffset: "the previous day", "the day before", "the next day", "the
// following day", at word i ("previous", "next", "following", "day").
func (r *resolver) theDayOffset(i int) (match, bool) {
	if r.word(i-1) != "the" {
		return match{}, false
	}
	n, last := 0, i+1
	switch w := r.word(i); {
	case (w == "previous" || w == "next" || w == "following") && r.word(i+1) == "day":
		n = -1
		if w != "previous" {
			n = 1
		}
	case w == "day" && (r.word(i+1) == "before" || r.word(i+1) == "after"):
		if nx := r.word(i + 2); nx != "" && nx != "," && nx != "." && nx != ";" && nx != "and" {
			return match{}, false // "the day before the vote"
		}
		n = -1
		if r.word(i+1) == "after" {
			n = 1
		}
	default:
		return match{}, false
	}
	if r.word(last+1) == "of" {
		return match{}, false
	}
	m := match{first: i - 1, last: last, d: unknown()}
	if !r.hasPub {
		return m, true
	}
	base := r.pub
	if r.st.hasAnchor {
		base = r.st.anchor
	}
	d := base.AddDate(0, 0, n)
	m.d = dayRange(d, d, Day)
	return m, true
}

// clip cuts the period a..b at publication: the part before it for
// "earlier this week", the part after it for "later this week".
func clip(a, b, pub time.Time, later bool) (time.Time, time.Time) {
	if later {
		return pub, b
	}
	return a, pub
}

// windowUnits are the units of "the past 24 hours", "the last two weeks".
var windowUnits = map[string]string{
	"hour": Day, "hours": Day, "day": Day, "days": Day, "week": Week, "weeks": Week,
	"month": Month, "months": Month, "year": Year, "years": Year,
}

// window: "the past 24 hours", "the last two weeks", "the past week",
// "over the previous three days": the period that ends at publication.
// Without "the", "last week" is the calendar week before (relative).
func (r *resolver) window(i int) (match, bool) {
	w := r.word(i)
	if !(w == "past" || w == "last" || w == "previous") || r.word(i-1) != "the" {
		return match{}, false
	}
	n, j := 1, i+1
	if v, ok := numberWords[r.word(j)]; ok && r.word(j) != "a" && r.word(j) != "an" {
		n, j = v, j+1
	} else if v, ok := atoi(r.word(j)); ok && v > 0 && v <= 1000 {
		n, j = v, j+1
	} else if w == "previous" {
		// "an increase from the previous year" is the calendar year
		// before (relative); "the previous three days" is a window.
		return match{}, false
	}
	unit := r.word(j)
	prec, ok := windowUnits[unit]
	if !ok || r.word(j+1) == "of" { // "the last week of March"
		return match{}, false
	}
	m := match{first: i - 1, last: j, d: unknown()}
	if !r.hasPub {
		return m, true
	}
	var a time.Time
	switch strings.TrimSuffix(unit, "s") {
	case "hour":
		a = r.pub.AddDate(0, 0, -(n+23)/24)
	case "day":
		a = r.pub.AddDate(0, 0, -n)
	case "week":
		a = r.pub.AddDate(0, 0, -7*n)
	case "month":
		a = r.pub.AddDate(0, -n, 0)
	case "year":
		a = r.pub.AddDate(-n, 0, 0)
	}
	m.d = dayRange(a, r.pub, prec)
	return m, true
}

// weekend: "over the weekend", "at the weekend": the most recent Saturday
// and Sunday (the coming ones in a clause about the future).
func (r *resolver) weekend(i int) (match, bool) {
	if r.word(i) != "weekend" || r.word(i-1) != "the" {
		return match{}, false
	}
	switch r.word(i - 2) {
	case "over", "at", "during", "on", "through", "across", "since":
	default:
		return match{}, false
	}
	m := match{first: i - 1, last: i, d: unknown()}
	if !r.hasPub {
		return m, true
	}
	wd := int(r.pub.Weekday())
	sat := r.pub.AddDate(0, 0, -((wd + 1) % 7)) // the latest Saturday on or before publication
	if r.forward && wd != int(time.Sunday) {
		sat = r.pub.AddDate(0, 0, int(time.Saturday)-wd)
	}
	m.d = dayRange(sat, sat.AddDate(0, 0, 1), Week)
	return m, true
}

// overnight: the night before publication, on its own ("drones launched
// overnight", "an overnight attack"); before a date it is that date's
// modifier ("overnight on May 16", "overnight into Sunday").
func (r *resolver) overnight(i int) (match, bool) {
	if r.word(i) != "overnight" || r.forward {
		return match{}, false
	}
	nx := r.word(i + 1)
	if nx == "on" || nx == "into" {
		nx = r.word(i + 2)
	}
	if _, ok := weekdays[nx]; ok {
		return match{}, false
	}
	if _, ok := months[nx]; ok {
		return match{}, false
	}
	if _, ok := r.dayNum(i + 1); ok {
		return match{}, false
	}
	if !r.hasPub {
		return match{first: i, last: i, d: unknown(), vague: true}, true
	}
	return match{first: i, last: i, d: dayRange(r.pub.AddDate(0, 0, -1), r.pub, Day), vague: true}, true
}

// earlyHours: "in the early hours" with no day named: the publication day.
// With one ("the early hours of Friday") the day's own rule takes it.
func (r *resolver) earlyHours(i int) (match, bool) {
	if !hourModifiers[r.word(i)] || r.word(i+1) != "hours" || r.word(i-1) != "the" {
		return match{}, false
	}
	if nx := r.word(i + 2); nx == "of" || nx == "on" {
		return match{}, false
	}
	if !r.hasPub {
		return match{first: i - 1, last: i + 1, d: unknown(), vague: true}, true
	}
	return match{first: i - 1, last: i + 1, d: dayRange(r.pub, r.pub, Day), vague: true}, true
}

// bareMonth: "in September", "since March", "last May": the most recent such
// month on or before publication ("last" excludes the current month).
func (r *resolver) bareMonth(i int) (match, bool) {
	m, n, ok := r.month(i)
	if !ok {
		return match{}, false
	}
	prev := r.word(i - 1)
	// "That November" opening a sentence or clause: the November of the
	// year the article last named.
	if prev == "that" && r.st.hasTold && (i == 1 || clauseBreaks[r.word(i-2)] || datePreps[r.word(i-2)]) &&
		!(n == 1 && (m == time.May || m == time.March)) {
		a, b := monthRange(r.st.told.Year(), m)
		return match{first: i - 1, last: i + n - 1, d: dayRange(a, b, Month)}, true
	}
	if !datePreps[prev] && !strings.HasPrefix(r.word(i), "mid-") {
		return match{}, false
	}
	if (m == time.May || m == time.March) && n == 1 && !mayMarchPreps[prev] {
		return match{}, false
	}
	first := i
	last := i + n - 1
	if prev == "last" || prev == "this" {
		first = i - 1
	}
	if !r.hasPub {
		return match{first: first, last: last, d: unknown()}, true
	}
	y := r.pub.Year()
	switch {
	case r.nearest && !r.forward:
		// "until May": the next May when it is at most three months
		// ahead, else the last one.
		d := (int(m) - int(r.pub.Month()) + 12) % 12
		switch {
		case d == 0:
		case d <= 3 && m < r.pub.Month():
			y++
		case d > 3 && m > r.pub.Month():
			y--
		}
	case r.forward && prev != "last":
		if m < r.pub.Month() {
			y++
		}
	case m > r.pub.Month() || (prev == "last" && m == r.pub.Month()):
		y--
	}
	a, b := monthRange(y, m)
	return match{first: first, last: last, d: dayRange(a, b, Month)}, true
}

// bareYear: "in 1991", "since 2020", "of 2020": a four-digit year after a
// word that makes it one.
func (r *resolver) bareYear(i int) (match, bool) {
	y, ok := r.year(i)
	if !ok {
		return match{}, false
	}
	prev := r.word(i - 1)
	if !datePreps[prev] && !strings.HasPrefix(r.word(i), "mid-") && !(prev == "the" && r.eventAhead(i)) {
		return match{}, false
	}
	// "from 1,000 to 2000 people" would not get here (1,000 is no year),
	// but "2000 people" is a number: a year is not followed by a noun
	// counted by it.
	if nx := r.word(i + 1); nx == "people" || nx == "troops" || nx == "soldiers" || nx == "civilians" {
		return match{}, false
	}
	return match{first: i, last: i, d: dayRange(date(y, 1, 1), date(y, 12, 31), Year)}, true
}

func parseDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(dayFormat, s[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// seasons are the months a season begins with (winter runs into the next
// year) and quarters, halves and the ends of a year their first month and
// length.
var seasons = map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

var yearParts = map[string]bool{"end": true, "beginning": true, "start": true}

// period: seasons, quarters, halves and a year's end or beginning: "that
// spring", "the spring of 2024", "last winter", "the following summer",
// "the first quarter of 2024", "Q3 2025", "the second half of the year",
// "the end of that year". Each resolves to its months (precision month).
// The year is the one written, else "that" and "the following" count from
// the time the article last named, "last", "this" and "next" from
// publication, "of the year" is publication's, and a bare "the summer"
// the narrative's year or else the most recent one.
func (r *resolver) period(i int) (match, bool) {
	det := r.word(i)
	// "Q3 2025", "Q1 of 2024"
	if len(det) == 2 && det[0] == 'q' && det[1] >= '1' && det[1] <= '4' {
		j := i + 1
		if r.word(j) == "of" {
			j++
		}
		y, ok := r.year(j)
		if !ok {
			return match{}, false
		}
		a := date(y, time.Month(3*int(det[1]-'1')+1), 1)
		return match{first: i, last: j, d: dayRange(a, a.AddDate(0, 3, -1), Month)}, true
	}
	if det != "the" && det != "that" && det != "last" && det != "this" && det != "next" {
		return match{}, false
	}
	j := i + 1
	following := false
	if det == "the" && (r.word(j) == "following" || r.word(j) == "next") {
		following = true
		j++
	}
	// The period: its first month (in year 0 terms) and length in months.
	var startM time.Month
	months := 0
	end := false // "the end of": the last month of the period
	switch w := r.word(j); {
	case seasons[w] != 0:
		// "the Winter Olympics", "the Arab Spring": a capitalised season
		// is a name. "areas that fall under": "that" before a season is
		// a determiner before the verbs "fall" and "spring" only at the
		// start of its clause or after a preposition or an adverb.
		if startsUpper(r.text(j)) || (det == "that" && (w == "fall" || w == "spring") &&
			!(i == 0 || clauseBreaks[r.word(i-1)] || datePreps[r.word(i-1)] || strings.HasSuffix(r.word(i-1), "ly"))) {
			return match{}, false
		}
		// "the fall of Kabul", "the spring of hope": a season is followed
		// by "of" only with its year.
		if r.word(j+1) == "of" {
			if _, ok := r.year(j + 2); !ok && r.word(j+3) != "year" {
				return match{}, false
			}
		}
		startM, months = seasons[w], 3
	case ordinals[w] != 0 && r.word(j+1) == "quarter":
		startM, months = time.Month(3*(ordinals[w]-1)+1), 3
		j++
	case (w == "first" || w == "second") && r.word(j+1) == "half":
		startM, months = time.Month(6*(ordinals[w]-1)+1), 6
		j++
	case (w == "first" || w == "last") && numberWords[r.word(j+1)] > 1 && r.word(j+2) == "months" && r.word(j+3) == "of" &&
		numberWords[r.word(j+1)] < 12 && r.word(j+1) != "several" && r.word(j+1) != "few":
		// "the first four months of the year", "the last three months
		// of 2023"
		months = numberWords[r.word(j+1)]
		startM = 1
		if w == "last" {
			startM = time.Month(13 - months)
		}
		j += 2
	case yearParts[w] && det == "the" && !following && r.word(j+1) == "of":
		startM, months, end = 1, 12, w == "end"
		if r.word(j+2) == "the" || r.word(j+2) == "that" {
			if r.word(j+3) != "year" {
				return match{}, false
			}
		} else if _, ok := r.year(j + 2); !ok {
			return match{}, false
		}
	default:
		return match{}, false
	}
	last := j
	y, hasY := 0, false
	yearDet := det
	if r.word(last+1) == "of" {
		switch {
		case r.word(last+2) == "the" && r.word(last+3) == "year":
			y, hasY, last = r.pub.Year(), r.hasPub, last+3
		case r.word(last+2) == "that" && r.word(last+3) == "year":
			yearDet, last = "that", last+3
		default:
			if yy, ok := r.year(last + 2); ok {
				y, hasY, last = yy, true, last+2
			}
		}
	} else if yy, ok := r.year(last + 1); ok && det == "the" && !following {
		y, hasY, last = yy, true, last+1 // "the summer 2024"
	}
	if months == 12 && !hasY && yearDet != "that" {
		return match{}, false // "the end of" needs its year
	}
	// Without a year a bare "the" needs "the following" or a season:
	// "the first half" or "the third quarter" may be a match's.
	if !hasY && yearDet == "the" && !following && months != 3 {
		return match{}, false
	}
	if !hasY && !r.hasPub && !r.st.hasTold {
		return match{first: i, last: last, d: unknown()}, true
	}
	span := func(y int) (time.Time, time.Time) {
		a := date(y, startM, 1)
		b := a.AddDate(0, months, -1)
		if end {
			a = date(y, 12, 1)
		} else if months == 12 {
			b = date(y, 1, 31)
		}
		return a, b
	}
	if !hasY {
		pub := r.pub
		switch {
		case yearDet == "that" || (yearDet == "the" && !following && r.st.hasTold && !r.forward):
			if !r.st.hasTold {
				return match{}, false
			}
			y = r.st.told.Year()
			if startM == 12 && r.st.told.Month() <= 2 && months == 3 && r.st.toldPrec != Year {
				y-- // "that winter" after a January: the winter begun before
			}
		case following:
			// the first that begins after the time last named ends
			if !r.st.hasTold {
				return match{}, false
			}
			y = r.st.toldEnd.Year()
			if a, _ := span(y); !a.After(r.st.toldEnd) {
				y++
			}
		case !r.hasPub:
			return match{first: i, last: last, d: unknown()}, true
		case det == "last":
			// the latest that ended before publication
			y = pub.Year()
			for _, b := span(y); !b.Before(pub); _, b = span(y) {
				y--
			}
		case det == "next" || r.forward:
			// the first that begins after publication ("next"), or that
			// has not ended ("the summer" in a clause about the future)
			y = pub.Year() - 1
			for {
				a, b := span(y)
				if (det == "next" && a.After(pub)) || (det != "next" && !b.Before(pub)) {
					break
				}
				y++
			}
		default: // "this", bare "the": the latest begun by publication
			y = pub.Year() + 1
			for a, _ := span(y); a.After(pub); a, _ = span(y) {
				y--
			}
		}
	}
	a, b := span(y)
	return match{first: i, last: last, d: dayRange(a, b, Month)}, true
}

// yearsLater: "three years later", "two years on", "a year later", "six
// months later": counted from the time the article last named (a story
// told back and forth in time), with that unit's precision.
func (r *resolver) yearsLater(i int) (match, bool) {
	n, ok := numberWords[r.word(i)]
	if !ok || r.word(i) == "several" || r.word(i) == "few" {
		return match{}, false
	}
	unit := strings.TrimSuffix(r.word(i+1), "s")
	if (unit != "year" && unit != "month") || (r.word(i+2) != "later" && r.word(i+2) != "on") {
		return match{}, false
	}
	if r.word(i+3) == "than" {
		return match{}, false // "a month later than planned"
	}
	if r.word(i+2) == "on" {
		// "two years on, she ..." but not "two years on the front"
		if nx := r.word(i + 3); nx != "," && nx != "." && nx != "" {
			return match{}, false
		}
	}
	if !r.st.hasTold {
		return match{}, false
	}
	if unit == "year" {
		y := r.st.told.Year() + n
		return match{first: i, last: i + 2, d: dayRange(date(y, 1, 1), date(y, 12, 31), Year)}, true
	}
	t := r.st.told.AddDate(0, n, 0)
	a, b := monthRange(t.Year(), t.Month())
	return match{first: i, last: i + 2, d: dayRange(a, b, Month)}, true
}

// holiday: the fixed days of the Western calendar that news dates events
// by: "Christmas Day", "Christmas Eve", "on Christmas", "New Year's Eve",
// "New Year's Day", resolved like a day written without its year.
// (Movable feasts and the lunar calendar's Ramadan and Eid are not
// computed.)
func (r *resolver) holiday(i int) (match, bool) {
	var m time.Month
	var d, last int
	switch {
	case r.word(i) == "christmas" && startsUpper(r.text(i)):
		m, d, last = 12, 25, i
		switch r.word(i + 1) {
		case "day":
			last = i + 1
		case "eve":
			d, last = 24, i+1
		default:
			if p := r.word(i - 1); p != "on" && p != "at" {
				return match{}, false // "Christmas markets", "the Christmas truce"
			}
		}
	case r.word(i) == "new" && startsUpper(r.text(i)) && r.word(i+1) == "year" && r.word(i+2) == "'s" &&
		(r.word(i+3) == "eve" || r.word(i+3) == "day"):
		m, d, last = 1, 1, i+3
		if r.word(i+3) == "eve" {
			m, d = 12, 31
		}
	default:
		return match{}, false
	}
	y, ok := r.inferYear(m, d)
	if !ok {
		return match{first: i, last: last, d: unknown()}, true
	}
	t := date(y, m, d)
	return match{first: i, last: last, d: dayRange(t, t, Day)}, true
}

// lunarFeasts are the first days of Ramadan, Eid al-Fitr and Eid al-Adha
// by the Umm al-Qura calendar (countries differ by a day). The Hijri year
// is lunar, so each year is listed; outside these years the feasts stay
// undated.
var lunarFeasts = map[string][]string{
	"ramadan":  {"2018-05-17", "2019-05-06", "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01", "2026-02-18"},
	"eid-fitr": {"2018-06-15", "2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30", "2026-03-20"},
	"eid-adha": {"2018-08-21", "2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06", "2026-05-27"},
}

// lunar: "Ramadan", "during Ramadan" (the month, ending the day before
// Eid al-Fitr), "Eid al-Fitr", "Eid al-Adha", "the first day of Eid
// al-Fitr" (the feast's first day): the most recent on or before
// publication, or the next one in a clause about the future.
func (r *resolver) lunar(i int) (match, bool) {
	if !startsUpper(r.text(i)) {
		return match{}, false
	}
	key, last := "", i
	switch w := r.word(i); {
	case w == "ramadan":
		key = "ramadan"
	case w == "eid":
		switch nx := r.word(i + 1); {
		case strings.HasSuffix(nx, "fitr"):
			key, last = "eid-fitr", i+1
		case strings.HasSuffix(nx, "adha"):
			key, last = "eid-adha", i+1
		default:
			return match{}, false
		}
	}
	if !r.hasPub {
		return match{first: i, last: last, d: unknown()}, true
	}
	var pick time.Time
	found := false
	for k, s := range lunarFeasts[key] {
		t, _ := time.Parse(dayFormat, s)
		end := t
		if key == "ramadan" {
			e, _ := time.Parse(dayFormat, lunarFeasts["eid-fitr"][k])
			end = e.AddDate(0, 0, -1)
		}
		if r.forward {
			if !end.Before(r.pub) {
				pick, found = t, true
				break
			}
		} else if !t.After(r.pub) {
			pick, found = t, true
		}
	}
	if !found {
		return match{}, false
	}
	first := i
	// "the first day of Eid al-Fitr"
	if key != "ramadan" && r.word(i-1) == "of" && r.word(i-2) == "day" && r.word(i-3) == "first" && r.word(i-4) == "the" {
		first = i - 4
	}
	if key == "ramadan" {
		for k, s := range lunarFeasts[key] {
			if s == pick.Format(dayFormat) {
				e, _ := time.Parse(dayFormat, lunarFeasts["eid-fitr"][k])
				return match{first: first, last: last, d: dayRange(pick, e.AddDate(0, 0, -1), Month)}, true
			}
		}
	}
	if first != i {
		return match{first: first, last: last, d: dayRange(pick, pick, Day)}, true
	}
	// the feast itself: Eid al-Fitr three days, Eid al-Adha four
	n := 2
	if key == "eid-adha" {
		n = 3
	}
	return match{first: first, last: last, d: dayRange(pick, pick.AddDate(0, 0, n), Day)}, true
}

// theNth: a day of the month named alone, as announcements and Indian and
// African papers write it: "will be held on the 15th", "the 30th of this
// month", "by the 5th of next month". Without "of this/next/last month" it
// must end its phrase ("on the 15th, while ..."), so that "the 15th
// Brigade" and "the 21st century" stay ordinals.
func (r *resolver) theNth(i int) (match, bool) {
	if r.word(i) != "the" {
		return match{}, false
	}
	w := r.word(i + 1)
	if len(w) < 3 || !(strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
		return match{}, false
	}
	d, ok := r.dayNum(i + 1)
	if !ok {
		return match{}, false
	}
	last, offset, hasMonth := i+1, 0, false
	if r.word(i+2) == "of" && r.word(i+4) == "month" {
		switch r.word(i + 3) {
		case "this":
		case "next":
			offset = 1
		case "last":
			offset = -1
		default:
			return match{}, false
		}
		last, hasMonth = i+4, true
	} else {
		switch r.word(i + 2) {
		case "", ",", ".", ";", "at", "in", "and", "when":
		default:
			return match{}, false
		}
		if p := r.word(i - 1); p != "on" && p != "by" && p != "until" && p != "till" && p != "from" && p != "since" {
			return match{}, false
		}
	}
	if !r.hasPub {
		return match{first: i, last: last, d: unknown()}, true
	}
	a := date(r.pub.Year(), r.pub.Month(), 1)
	switch {
	case hasMonth:
		a = a.AddDate(0, offset, 0)
	case r.forward && d < r.pub.Day():
		a = a.AddDate(0, 1, 0) // the next such day
	case !r.forward && d > r.pub.Day():
		a = a.AddDate(0, -1, 0) // the last such day
	}
	if !validDay(a.Year(), a.Month(), d) {
		return match{}, false
	}
	t := date(a.Year(), a.Month(), d)
	return match{first: i, last: last, d: dayRange(t, t, Day)}, true
}

// eventNouns are the happenings a year before them dates: "the 2022 hotel
// siege", "the 2015 election".
var eventNouns = map[string]bool{
	"war": true, "attack": true, "attacks": true, "siege": true, "offensive": true, "coup": true, "election": true,
	"elections": true, "referendum": true, "uprising": true, "revolution": true, "invasion": true, "ceasefire": true,
	"truce": true, "agreement": true, "accord": true, "deal": true, "massacre": true, "bombing": true, "bombings": true,
	"raid": true, "protests": true, "crackdown": true, "earthquake": true, "floods": true, "famine": true,
	"summit": true, "incursion": true, "clashes": true, "conflict": true, "crisis": true, "insurgency": true,
}

// eventAhead reports an event noun within the three words after the year
// at word i, with no number or punctuation between: "the 2022 Hayat hotel
// siege" but not "the 2000 people" or "the 2000, the siege".
func (r *resolver) eventAhead(i int) bool {
	for k := i + 1; k <= i+3 && k < len(r.ws); k++ {
		w := r.word(k)
		if eventNouns[w] {
			return true
		}
		if w == "" || !(w[0] >= 'a' && w[0] <= 'z') || yearStops[w] {
			return false
		}
	}
	return false
}

// yearStops end the noun phrase after a year: "the 2000 killed in the war".
var yearStops = map[string]bool{"in": true, "of": true, "at": true, "on": true, "to": true, "from": true, "by": true,
	"with": true, "and": true, "who": true, "were": true, "was": true, "killed": true}

var ordinalYears = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "10th": 10, "20th": 20,
	"25th": 25, "30th": 30, "50th": 50,
}

// yearsSince reads an anniversary before a day written without its year:
// "marked the second anniversary of the October 7 attack", "one year
// since the March 3 massacre". The day is that many years before its most
// recent occurrence; 0 when no anniversary is named.
func (r *resolver) yearsSince(i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch w := r.word(k); {
		case w == "anniversary" && r.word(k+1) == "of":
			if n, ok := ordinalYears[r.word(k-1)]; ok {
				return n
			}
			return 0
		case w == "since" && (r.word(k-1) == "year" || r.word(k-1) == "years"):
			if n, ok := numberWords[r.word(k-2)]; ok && n > 0 && r.word(k-2) != "several" && r.word(k-2) != "few" {
				return n
			}
			if n, ok := atoi(r.word(k - 2)); ok && n > 0 && n < 100 {
				return n
			}
			return 0
		case w == "." || w == ";" || w == ",":
			return 0
		}
	}
	return 0
}
