package event

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// docContext is what the event rules know about the whole document.
type docContext struct {
	doc   *parallax.Document
	sents []words.Sentence
	// sides[si][j] and actors[si][j]: the party named by word j of
	// sentence si, from the entities where they carry one, else from the
	// side names.
	sides  [][]string
	actors [][]string
	// person[si][j]: word j of sentence si is inside a person's name
	// (an entity of kind person).
	person [][]bool
	para   []int // paragraph number of each sentence
	// dateSpans are the spans of the document's time expressions,
	// sorted and joined (see inDate).
	dateSpans words.DateSpans
	// labour: a work stoppage was told earlier in the article, so a
	// later "strikes" with no word of war is one too ("strikes had
	// spread to three more cities").
	labour bool
	// gameRally: a rally of a match or a race was told earlier ("rallied
	// from a goal down", "the Dakar Rally"), so a later "rally" with no
	// grievance told is that one ("The rally ends in Yanbu next week").
	gameRally bool
	// backdrop: the last sentence that told of unrest placed it in
	// another year ("the 2023 communal violence", "killed by police at
	// Marikana in August 2012") and the sentences since name no date of
	// their own, so a protest or riot they tell without a date ("before
	// the clashes", "were shot during a strike") is that background too.
	// It holds as of the sentences before backdropPending, which are
	// read for it only when a sentence tells a protest or riot without a
	// date (backdropAt): most stories tell none, and reading every
	// sentence for unrest placed in another year was the costliest part
	// of the event stage outside the parse and the triggers.
	backdrop        bool
	backdropPending []backdropSentence
	// unrestTold: a sentence before kept a protest or riot of the story's
	// own time; the backdrop is then not carried (a story of a protest
	// that recalls "similar protests in 2019" goes on telling its own).
	unrestTold bool

	// Dates: the article's reference date (the last day- or week-precise
	// date so far, at first the lead date) and a coarser date that holds
	// for the rest of its paragraph.
	ref       parallax.DateRange
	local     parallax.DateRange
	localPara int
	localSent int   // the sentence that gave local
	wordOf    []int // parseArgs's scratch: the first word of each token

	// state: the side of the country that holds two thirds of the
	// article's places, "" when none does
	state string
	codes map[string]string // GeoNames country code → side
	// stateSides are the sides of codes
	stateSides map[string]bool
}

func newDocContext(doc *parallax.Document, sents []words.Sentence, names *words.Sides, codes map[string]string, stateSides map[string]bool) *docContext {
	dc := &docContext{doc: doc, sents: sents, stateSides: stateSides, sides: make([][]string, len(sents)), actors: make([][]string, len(sents)),
		person: make([][]bool, len(sents)),
		para:   make([]int, len(sents)), localPara: -1, dateSpans: words.JoinDates(doc.Dates)}
	// Each sentence's layers are cut from one array a layer for the whole
	// document (three allocations a sentence were a third of what the
	// stage allocated); capped, so that no layer runs into the next
	// sentence's.
	total := 0
	for _, s := range sents {
		total += len(s.Words)
	}
	allSides, allActors, allPerson := make([]string, total), make([]string, total), make([]bool, total)
	p, off := 0, 0
	for si, s := range sents {
		if si > 0 && strings.Contains(doc.Text[sents[si-1].End:s.Start], "\n\n") {
			p++
		}
		dc.para[si] = p
		end := off + len(s.Words)
		m := allSides[off:end:end]
		for j := 0; j < len(s.Words); {
			side, n := names.At(s.Words, j)
			if n == 0 {
				j++
				continue
			}
			for k := j; k < j+n; k++ {
				m[k] = side
			}
			j += n
		}
		dc.sides[si] = m
		dc.actors[si] = allActors[off:end:end]
		dc.person[si] = allPerson[off:end:end]
		off = end
	}
	// The entities come grouped by kind, not in text order: each is
	// placed in its sentence by a search over the sentence ends, and they
	// are applied in one canonical order (by start, the longer first, so
	// a name inside a longer one gives its words its own party) so that
	// the result does not depend on the order they arrive in.
	for _, e := range entitiesInOrder(doc.Entities) {
		if e.Side == "" && e.Actor == "" {
			continue
		}
		si := sort.Search(len(sents), func(i int) bool { return sents[i].End > e.Start })
		if si >= len(sents) {
			continue
		}
		for j, w := range sents[si].Words {
			if w.Start >= e.Start && w.End <= e.End {
				dc.person[si][j] = e.Kind == parallax.KindPerson
				if e.Side != "" {
					dc.sides[si][j] = e.Side
				}
				dc.actors[si][j] = e.Actor
			}
		}
	}
	state := dominantState(doc, codes)
	dc.state, dc.codes = state, codes
	if state != "" {
		// "a junta airstrike", "regime forces": the state the story
		// happens in, whose rulers the words name
		for si, s := range sents {
			for j, w := range s.Words {
				// (not "the Zionist regime", "the Iranian regime": a
				// party named with it is whose regime it is)
				if dc.sides[si][j] == "" && regimeWords[w.Lower] && (j == 0 || !upperWord(w.Text)) &&
					(j == 0 || dc.sides[si][j-1] == "" && !(upperWord(s.Words[j-1].Text) && !articles[s.Words[j-1].Lower])) {
					dc.sides[si][j] = state
				}
				if dc.sides[si][j] == "" && forcesOfOrder(s.Words, j) && (j == 0 || dc.sides[si][j-1] == "") && !dc.namedBefore(si, j, state, codes) {
					// "Police fired tear gas", "security forces", "the
					// authorities imposed a curfew": unnamed, the forces
					// of order of a story set in one country are its own
					dc.sides[si][j] = state
					if j > 0 && s.Words[j-1].Lower == "security" {
						dc.sides[si][j-1] = state
					}
				}
			}
		}
	}
	dc.ref = dc.leadDate()
	return dc
}

// entitiesInOrder returns the entities that carry a side or an actor,
// sorted by start, the longer first at one start, then by kind, side and
// actor: a total order, so shuffled input gives the same sides.
func entitiesInOrder(ents []parallax.Entity) []parallax.Entity {
	out := make([]parallax.Entity, 0, len(ents))
	for _, e := range ents {
		if e.Side != "" || e.Actor != "" {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		switch {
		case x.Start != y.Start:
			return x.Start < y.Start
		case x.End != y.End:
			return x.End > y.End
		case x.Kind != y.Kind:
			return x.Kind < y.Kind
		case x.Side != y.Side:
			return x.Side < y.Side
		}
		return x.Actor < y.Actor
	})
	return out
}

// upperWord reports whether a word is capitalised: a name or adjective
// before "regime" that the side names miss ("the Zionist regime").
func upperWord(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// regimeWords name a state's rulers without naming the state (lower case:
// "the Junta" in a title is often a name).
var regimeWords = map[string]bool{"junta": true, "regime": true}

// dominantState returns the side of the country that holds two thirds of
// the article's places (places inside countries only, when there are
// any), "" when no country does.
func dominantState(doc *parallax.Document, codes map[string]string) string {
	tally, total, inner := map[string]int{}, 0, false
	for _, p := range doc.Places {
		inner = inner || p.Feature != "" && !strings.HasPrefix(p.Feature, "A.PCL")
	}
	best := ""
	for _, p := range doc.Places {
		side := codes[p.Country]
		if side == "" || inner && strings.HasPrefix(p.Feature, "A.PCL") {
			continue
		}
		tally[side]++
		total++
		if tally[side] > tally[best] || tally[side] == tally[best] && side < best {
			best = side
		}
	}
	if best != "" && 3*tally[best] >= 2*total {
		return best
	}
	return ""
}

// leadDate is the date of the article's main events: the first day- or
// week-precise date within the week before publication, else the
// publication day itself (news reports what just happened); unknown
// without a publication date.
func (dc *docContext) leadDate() parallax.DateRange {
	pub, err := time.Parse("2006-01-02", dc.doc.Article.Published)
	if err != nil {
		return parallax.DateRange{Precision: "unknown"}
	}
	for _, d := range dc.doc.Dates {
		if d.Date.Precision != "day" && d.Date.Precision != "week" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.Date.Start)
		if err == nil && !t.After(pub) && pub.Sub(t) <= 7*24*time.Hour {
			return d.Date
		}
	}
	day := pub.Format("2006-01-02")
	return parallax.DateRange{Start: day, End: day, Precision: "day"}
}

// inDate reports whether byte off lies in one of the document's time
// expressions (asked for every word: see words.DateSpans).
func (dc *docContext) inDate(off int) bool { return dc.dateSpans.Covers(off) }

// datesIn returns the resolved date mentions inside a span.
func (dc *docContext) datesIn(sp parallax.Span) []parallax.DateMention {
	var out []parallax.DateMention
	for _, d := range dc.doc.Dates {
		if d.Start >= sp.Start && d.End <= sp.End && d.Date.Start != "" {
			out = append(out, d)
		}
	}
	return out
}

// dateFor gives an event's date: the date expression of its sentence
// nearest to the trigger; else the coarse date of its paragraph; else the
// reference date (the last precise date before it, or the lead date). An
// act (force, protest, coercion) is not dated by the day it was told of
// when its sentence names another.
func (dc *docContext) dateFor(si int, trig parallax.Span, act bool) parallax.DateRange {
	ds := dc.datesIn(dc.sents[si].Span)
	if len(ds) > 1 && dc.datelineDate(ds[0]) {
		// "KYIV, March 4 (Reuters) - Drones struck ... early Sunday":
		// the dateline dates the filing, the sentence's own date the event.
		ds = ds[1:]
	}
	if len(ds) > 1 && act {
		// "drones struck Kyiv overnight, officials said on Saturday":
		// the day of the saying dates the saying, not the strike (a
		// statement's own day is the one it was made)
		ds = dc.withoutSpeechDates(si, ds)
	}
	if len(ds) > 0 {
		if d, ok, drop := dc.sinceWhen(ds, trig); ok {
			return d
		} else if drop >= 0 && len(ds) > 1 {
			ds = append(ds[:drop:drop], ds[drop+1:]...)
		}
		best, bd := ds[0], -1
		for _, d := range ds {
			dist := trig.Start - d.End
			if d.Start > trig.Start {
				dist = d.Start - trig.End
			}
			if dist < 0 {
				dist = -dist
			}
			if bd < 0 || dist < bd {
				best, bd = d, dist
			}
		}
		return best.Date
	}
	// A coarse date carries over to the next few sentences of its
	// paragraph, not further: text that arrives without paragraph breaks
	// would otherwise date the whole article by one aside ("what happened
	// between 2014 and 2021").
	if dc.localPara == dc.para[si] && si-dc.localSent <= localReach && dc.local.Start != "" {
		return dc.local
	}
	return dc.ref
}

// sinceWhen reads "since April 29, 2021, when clashes killed 36": the
// clause after "when" tells what happened on the day "since" names, so
// an act in it has that day, not the span from it to publication. It
// returns that day for a trigger after such a mention; for a trigger
// before it ("the worst fighting since ..."), the index of the mention,
// which dates no act of the main clause (-1 when there is none).
func (dc *docContext) sinceWhen(ds []parallax.DateMention, trig parallax.Span) (parallax.DateRange, bool, int) {
	for i, d := range ds {
		txt := strings.ToLower(dc.doc.Text[d.Start:d.End])
		if !strings.HasPrefix(txt, "since ") || d.Date.Start == "" {
			continue
		}
		rest := strings.TrimLeft(dc.doc.Text[d.End:], " ")
		if !strings.HasPrefix(rest, ", when ") && !strings.HasPrefix(rest, ",when ") {
			continue
		}
		if trig.Start < d.End {
			return parallax.DateRange{}, false, i
		}
		day := d.Date
		day.End = day.Start
		if t, err := time.Parse("2006-01-02", day.Start); err == nil {
			switch day.Precision {
			case "month":
				day.End = t.AddDate(0, 1, -1).Format("2006-01-02")
			case "year":
				day.End = t.AddDate(1, 0, -1).Format("2006-01-02")
			case "week":
				day.End = t.AddDate(0, 0, 6).Format("2006-01-02")
			}
		}
		day.Text = strings.TrimSpace(dc.doc.Text[d.Start+len("since ") : d.End])
		return day, true, -1
	}
	return parallax.DateRange{}, false, -1
}

// withoutSpeechDates drops the dates of sentence si that date a saying
// ("..., officials said on Saturday"), unless every date does: the day a
// statement was made is not the day of what it tells.
func (dc *docContext) withoutSpeechDates(si int, ds []parallax.DateMention) []parallax.DateMention {
	ws := dc.sents[si].Words
	var own []parallax.DateMention
	for _, d := range ds {
		j := 0
		for j < len(ws) && ws[j].Start < d.Start {
			j++
		}
		if j >= len(ws) || !words.SpeechDate(ws, j) {
			own = append(own, d)
		}
	}
	if len(own) == 0 {
		return ds
	}
	return own
}

// advanceDate moves the reference date past sentence si.
func (dc *docContext) advanceDate(si int) {
	ds := dc.datesIn(dc.sents[si].Span)
	if len(ds) == 0 {
		return
	}
	// "Troops opened fire on Wednesday night, the ministry said on
	// Saturday": the day of the saying dates the saying, and what the
	// report goes on to tell (the toll, the shelling) is of the act's
	// day, as dateFor dates the act itself.
	if len(ds) > 1 {
		ds = dc.withoutSpeechDates(si, ds)
	}
	// The sentence's last date, passing over those that date nothing
	// after them: "since 2020" runs up to now, and a plan ("will fly to
	// Geneva on Friday") has not happened. "On Thursday, he said the
	// zero tariffs had held since 1997" makes Thursday the reference.
	k := len(ds) - 1
	for k >= 0 && (strings.HasPrefix(strings.ToLower(ds[k].Date.Text), "since") || dc.future(ds[k].Date)) {
		k--
	}
	if k < 0 {
		return
	}
	d := ds[k]
	if (d.Date.Precision == "day" || d.Date.Precision == "week") && dc.recent(d.Date) && withinWeek(d.Date) {
		dc.ref = d.Date
		dc.local, dc.localPara = parallax.DateRange{}, -1
		return
	}
	dc.local, dc.localPara, dc.localSent = d.Date, dc.para[si], si
}

// pubYear is the year of the article's publication date, 0 when it has
// none: the unrest rules read a year other than it as background.
func (dc *docContext) pubYear() int {
	p := dc.doc.Article.Published
	if len(p) < 4 || len(p) > 4 && p[4] != '-' {
		return 0
	}
	y := 0
	for _, c := range p[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = 10*y + int(c-'0')
	}
	return y
}

// withinWeek reports a date that spans a week at most: "the past two
// weeks" is week-precise but too long to date the story's events.
func withinWeek(d parallax.DateRange) bool {
	a, err1 := time.Parse("2006-01-02", d.Start)
	b, err2 := time.Parse("2006-01-02", d.End)
	return err1 != nil || err2 != nil || b.Sub(a) <= 6*24*time.Hour
}

// future reports a date after publication: an announced meeting ("will
// join the talks on Tuesday") dates its own sentence's events only.
func (dc *docContext) future(d parallax.DateRange) bool {
	return d.Start > dc.doc.Article.Published && len(dc.doc.Article.Published) == len(d.Start)
}

// datelineDate reports a date in a dateline ("KYIV, March 4 (Reuters) -",
// "GAZA, Oct 14 -"), the day of the filing.
func (dc *docContext) datelineDate(d parallax.DateMention) bool {
	dl, ok := dateline.Containing(dateline.Of(dc.doc), d.Start)
	return ok && dl.Date.Overlaps(d.Span)
}

// localReach is how many sentences after its own a coarse date still
// dates events that have none.
const localReach = 3

// recent reports whether a date lies within two months before
// publication (or after it): the time of the story. An older precise date
// ("the statement signed on November 10, 2020") is a background reference
// that holds only for its own paragraph.
func (dc *docContext) recent(d parallax.DateRange) bool {
	pub, err := time.Parse("2006-01-02", dc.doc.Article.Published)
	if err != nil {
		return true
	}
	t, err := time.Parse("2006-01-02", d.End)
	return err == nil && pub.Sub(t) <= 62*24*time.Hour
}

// claimFor returns the innermost claim whose span holds the trigger; nil in
// the reporter's voice.
func (dc *docContext) claimFor(trig parallax.Span) *parallax.Claim {
	var best *parallax.Claim
	for i := range dc.doc.Claims {
		c := &dc.doc.Claims[i]
		if c.Start <= trig.Start && trig.End <= c.End && (best == nil || c.End-c.Start < best.End-best.Start) {
			best = c
		}
	}
	return best
}

func (dc *docContext) placesIn(sp parallax.Span) []string {
	out := []string{}
	for _, p := range dc.doc.Places {
		if p.Start >= sp.Start && p.End <= sp.End {
			out = append(out, p.ID)
		}
	}
	return out
}

func (dc *docContext) token(si, j int) *parallax.Token {
	s := dc.sents[si]
	w := s.Words[j]
	if s.Index < 0 || w.Tok < 0 {
		return nil
	}
	return &dc.doc.Sentences[s.Index].Tokens[w.Tok]
}

func (dc *docContext) upos(si, j int) string {
	if t := dc.token(si, j); t != nil {
		return t.UPOS
	}
	return ""
}

// predicate reports whether word j of sentence si, tagged as something
// other than a verb, stands where a clause's verb does: it follows a noun
// or pronoun and comes before a noun phrase or a name ("Rioters looted
// shops"), which an attributive adjective does not ("the looted shops",
// "two armed men"). It reads the tags only, never the parse, so that a
// trigger is found alike whether or not the sentence gets parsed (the
// pipeline parses only the sentences NeedsParse asks for).
func (dc *docContext) predicate(si, j int) bool {
	if dc.token(si, j) == nil || j == 0 || j+1 >= len(dc.sents[si].Words) {
		return false
	}
	switch dc.upos(si, j-1) {
	case "NOUN", "PROPN", "PRON":
	default:
		return false
	}
	switch dc.upos(si, j+1) {
	case "NOUN", "PROPN", "DET", "NUM", "PRON":
		return true
	}
	return false
}

// pluralSubject reports whether the word before word j is a plural noun or
// a pronoun, as a subject before a headline's present verb is ("Rebels
// shell Goma"); a noun compound has a singular or an acronym there ("UAV
// launch site").
func (dc *docContext) pluralSubject(si, j int) bool {
	if j == 0 {
		return false
	}
	t := dc.token(si, j-1)
	return t != nil && (t.UPOS == "PRON" || t.XPOS == "NNS" || t.XPOS == "NNPS")
}

// parsed reports whether the parser has run on sentence si.
func (dc *docContext) parsed(si int) bool {
	s := dc.sents[si]
	if s.Index < 0 {
		return false
	}
	dc.doc.Parsed(s.Index) // parses it now in the pipeline
	for _, t := range dc.doc.Sentences[s.Index].Tokens {
		if t.Rel != "" {
			return true
		}
	}
	return false
}

// side is the party word j names: a name or demonym, or a pronoun that
// stands for the speaker of the claim it is in.
func (dc *docContext) side(si, j int, speaker string) string {
	if s := dc.sides[si][j]; s != "" {
		return s
	}
	ws := dc.sents[si].Words
	if pronouns[ws[j].Lower] {
		if w := ws[j].Lower; w == "they" || w == "them" || w == "their" {
			for k := 0; k < j; k++ {
				if crowdWords[ws[k].Lower] {
					// "officers used rubber bullets to disperse the
					// protesters after they pelted motorists": the crowd,
					// not the speaker
					return ""
				}
			}
		}
		return speaker
	}
	return ""
}

func (dc *docContext) actor(si, j int) string { return dc.actors[si][j] }

// distinctSides counts the different sides the words of sentence si give
// (side, with the claim's speaker side for a pronoun), up to limit.
func (dc *docContext) distinctSides(si int, speaker string, limit int) int {
	var seen []string
	for j := range dc.sents[si].Words {
		if x := dc.side(si, j, speaker); x != "" && !slices.Contains(seen, x) {
			seen = append(seen, x)
			if len(seen) >= limit {
				break
			}
		}
	}
	return len(seen)
}

func (dc *docContext) isMention(si, j int) bool {
	return dc.sides[si][j] != "" || pronouns[dc.sents[si].Words[j].Lower]
}

// mentionLeft is the first party named in [lo, ti), leaving out the
// parties named inside counts ("two Azerbaijani helicopters"): those are
// what was hit, not who acted.
func (dc *docContext) mentionLeft(si, lo, ti int) int {
	ws := dc.sents[si].Words
	lo = words.ClauseStart(ws, lo, ti)
	if d := dc.datelineEnd(si); d > lo && d < ti {
		lo = d // "MEXICO CITY, Oct 1 (Reuters) - Gunmen opened fire": where the story was filed
	}
	// The subject comes first in its clause: the first party named there
	// that is no place or object ("in Armenia", "against al-Qaida").
	for k := lo; k < ti; k++ {
		if !dc.isMention(si, k) || dc.inCount(ws[k].Start) {
			continue
		}
		if words.AfterPreposition(ws, k) && !uniformed(ws, k, ti) {
			for k+1 < ti && dc.sides[si][k+1] != "" && dc.sides[si][k+1] == dc.sides[si][k] {
				k++
			}
			continue
		}
		// "Yemen's Houthi rebels attacked": the party the possessive
		// qualifies acts, not the state it belongs to
		j := k
		for j+1 < ti && dc.sides[si][j+1] != "" && dc.sides[si][j+1] == dc.sides[si][k] {
			j++
		}
		if strings.HasSuffix(ws[j].Lower, "'s") || strings.HasSuffix(ws[j].Lower, "’s") {
			j++
		} else if j+1 < ti && (ws[j+1].Lower == "'s" || ws[j+1].Lower == "’s") {
			j += 2
		} else {
			return k
		}
		if j < ti && dc.sides[si][j] != "" && dc.sides[si][j] != dc.sides[si][k] && !bodySides[dc.sides[si][j]] {
			return j
		}
		return k
	}
	return -1
}

// datelineEnd returns the index of the first word of sentence si after
// the wire dateline that opens it ("MEXICO CITY, Oct 1 (Reuters) -",
// "KINSHASA -", as the document's dateline reading has it: a town in
// capitals); 0 when the sentence opens with none, or the dateline runs
// past it (a segmenter's cut inside "MOSCOW, October 18. /TASS/.").
func (dc *docContext) datelineEnd(si int) int {
	s := dc.sents[si]
	d, ok := dateline.Opening(dateline.Of(dc.doc), s.Start)
	if !ok || !d.Caps || d.Body >= s.End {
		return 0
	}
	for k, w := range s.Words {
		if w.Start >= d.Body {
			return k
		}
	}
	return 0
}

// bodySides are the international bodies (DESIGN §3), whose name after a
// state's possessive is the state's own post there ("Iran's U.N.
// mission"), not a party of its own.
var bodySides = map[string]bool{"UNO": true, "EU": true, "OSCE": true, "CSTO": true, "NATO": true, "AU": true, "ICRC": true}

// inCount reports whether offset off lies in a count's span.
func (dc *docContext) inCount(off int) bool {
	for _, c := range dc.doc.Counts {
		if c.Start <= off && off < c.End {
			return true
		}
	}
	return false
}

// mentionRight is the first party named after a verb, before the clause
// ends, leaving out an agent after "by".
func (dc *docContext) mentionRight(si, from, hi int) int {
	ws := dc.sents[si].Words
	for k := from; k < hi && k < from+12; k++ {
		w := ws[k].Lower
		if w == "by" || w == "." || w == "," || w == "said" || w == "says" {
			return -1
		}
		if dc.sides[si][k] != "" {
			return k
		}
	}
	return -1
}

// byAgent is the party named after "by" within a few words of from.
func (dc *docContext) byAgent(si, from, hi int) int {
	ws := dc.sents[si].Words
	for k := from; k < hi && k < from+8; k++ {
		if ws[k].Lower != "by" {
			continue
		}
		for j := k + 1; j < hi && j <= k+6; j++ {
			if dc.sides[si][j] != "" {
				return j
			}
		}
		return -1
	}
	return -1
}

// fromAgent is the party after "from" that follows a trigger of being
// hit ("came under fire from Armenian units"), -1 when there is none.
func (dc *docContext) fromAgent(si, from, hi int) int {
	ws := dc.sents[si].Words
	for k := from; k < hi && k < from+4; k++ {
		if ws[k].Lower != "from" {
			continue
		}
		for j := k + 1; j < hi && j <= k+5; j++ {
			if dc.sides[si][j] != "" {
				return j
			}
		}
		return -1
	}
	return -1
}

// prepTarget is the party after "on", "against", "at" or "targeting"
// following a noun trigger: "attack on Armenian positions".
func (dc *docContext) prepTarget(si, from, hi int) int {
	ws := dc.sents[si].Words
	for k := from; k < hi && k < from+4; k++ {
		switch ws[k].Lower {
		case "on", "against", "at", "targeting", "of":
			for j := k + 1; j < hi && j <= k+6; j++ {
				if dc.sides[si][j] != "" {
					return j
				}
				if ws[j].Lower == "by" || ws[j].Lower == "," {
					break
				}
			}
			return -1
		}
	}
	return -1
}

// placeTarget finds a place hit by the trigger ending before word from: after
// "on" or "against" following a noun trigger ("airstrikes on Hodeidah
// governorate"), or right after a verb trigger ("shelled Kherson"), "the"
// between them allowed. It returns the place's first word and the side of
// its state, or -1 when no place of a known country stands there. A place
// "in" or "near" which something happened is where, not what was hit.
func (dc *docContext) placeTarget(si, from, hi int, noun bool, codes map[string]string) (int, string) {
	ws := dc.sents[si].Words
	j := from
	if noun && j < hi && ws[j].Lower == "by" {
		// "attacks by Kyrgyz forces on villages": past the agent
		for k := j + 1; k < hi && k < j+7; k++ {
			if w := ws[k].Lower; w == "on" || w == "against" || isPunctWord(w) {
				j = k
				break
			}
		}
	}
	if noun {
		// (not "in": "coalition strikes in Syria" were on ISIS, not on
		// the Syrian state)
		if j >= hi || (ws[j].Lower != "on" && ws[j].Lower != "against") {
			return -1, ""
		}
		j++
	}
	if j < hi && ws[j].Lower == "the" {
		j++
	}
	if side, ok := dc.placeSideAt(si, j, hi, codes); ok {
		return j, side
	}
	// "attacks on villages in Isfara district": what was hit lies in the
	// place named right after it
	for k := j; k < hi && k <= j+2; k++ {
		if w := ws[k].Lower; w == "in" || w == "of" {
			if k+1 < hi && ws[k+1].Lower == "the" {
				k++
			}
			if side, ok := dc.placeSideAt(si, k+1, hi, codes); ok {
				return k + 1, side
			}
			break
		}
		if isPunctWord(ws[k].Lower) || dc.sides[si][k] != "" {
			break
		}
	}
	return -1, ""
}

// placeSideAt returns the side of the state of the place whose first word
// is word j of sentence si.
func (dc *docContext) placeSideAt(si, j, hi int, codes map[string]string) (string, bool) {
	if j >= hi {
		return "", false
	}
	w := dc.sents[si].Words[j]
	for _, p := range dc.doc.Places {
		if p.Start == w.Start {
			side := codes[p.Country]
			return side, side != ""
		}
	}
	return "", false
}

// withTarget finds a party after "with" just after a trigger ("severed
// ties with France"), or -1.
func (dc *docContext) withTarget(si, from, hi int) int {
	ws := dc.sents[si].Words
	if from >= hi || ws[from].Lower != "with" {
		return -1
	}
	for j := from + 1; j < hi && j <= from+4; j++ {
		if dc.sides[si][j] != "" {
			return j
		}
		if ws[j].Lower == "," || ws[j].Lower == "and" {
			break
		}
	}
	return -1
}

// parseArgs reads the initiator and target of the trigger at word ti from
// the dependency parse: subject, passive subject, object, "by" agent and
// "on/against" obliques, and for nouns their modifiers. It returns word
// indexes of the words naming them, -1 where none names a party.
func (dc *docContext) parseArgs(si, ti int) (int, int) {
	s := dc.sents[si]
	toks := dc.doc.Sentences[s.Index].Tokens
	t := s.Words[ti].Tok
	if t < 0 {
		return -1, -1
	}
	// wordOf[k] is the first word of token k, -1 for none: a slice the
	// context keeps (a map made per trigger cost more than the rest of
	// the function).
	wordOf := dc.wordOf[:0]
	for range toks {
		wordOf = append(wordOf, -1)
	}
	dc.wordOf = wordOf
	for j, w := range s.Words {
		if w.Tok >= 0 && w.Tok < len(wordOf) && wordOf[w.Tok] < 0 {
			wordOf[w.Tok] = j
		}
	}
	// partyIn finds a party among a token and its direct modifiers.
	partyIn := func(h int) int {
		// The head's own modifiers name what it is before a possessive
		// or nmod names whose it is: "Yemen's Houthi rebels" are the
		// Houthis.
		cands := []int{h}
		for k, tok := range toks {
			if tok.Head == h+1 && (tok.Rel == "amod" || tok.Rel == "compound" || tok.Rel == "flat") {
				cands = append(cands, k)
			}
		}
		for k, tok := range toks {
			if tok.Head == h+1 && (tok.Rel == "nmod:poss" || tok.Rel == "nmod") {
				cands = append(cands, k)
			}
		}
		for _, c := range cands {
			if j := wordOf[c]; j >= 0 && dc.isMention(si, j) {
				return j
			}
		}
		return -1
	}
	caseOf := func(h int) string {
		for _, tok := range toks {
			if tok.Head == h+1 && tok.Rel == "case" {
				return strings.ToLower(tok.Text)
			}
		}
		return ""
	}
	init, targ := -1, -1
	for k, tok := range toks {
		if tok.Head != t+1 {
			continue
		}
		switch tok.Rel {
		case "nsubj":
			if init < 0 {
				init = partyIn(k)
			}
		case "nsubj:pass", "obj":
			if targ < 0 {
				targ = partyIn(k)
			}
		case "obl:agent":
			if init < 0 {
				init = partyIn(k)
			}
		case "obl", "nmod":
			switch caseOf(k) {
			case "by":
				if init < 0 {
					init = partyIn(k)
				}
			case "on", "against", "at":
				if targ < 0 {
					targ = partyIn(k)
				}
			}
		case "amod", "nmod:poss", "compound":
			if init < 0 {
				if j := wordOf[k]; j >= 0 && dc.isMention(si, j) {
					init = j
				}
			}
		}
	}
	// An act named as the object or complement of another verb is done by
	// that verb's subject: "Russia announced a mobilisation", "the EU
	// imposed sanctions", "Israel denies attacking the hospital".
	if h := toks[t].Head - 1; init < 0 && h >= 0 && h < len(toks) && (toks[t].Rel == "obj" || toks[t].Rel == "xcomp" || toks[t].Rel == "ccomp") {
		for k, tok := range toks {
			if tok.Head == h+1 && tok.Rel == "nsubj" {
				init = partyIn(k)
				break
			}
		}
	}
	return init, targ
}

// forcesOfOrder reports a word that names a state's police or authorities
// without naming the state: "police", "the authorities", "security
// forces" (not "rebel forces"), "the government" (not "a government").
func forcesOfOrder(ws []words.Word, j int) bool {
	w := ws[j].Lower
	switch {
	case w == "forces" || w == "personnel":
		return j > 0 && ws[j-1].Lower == "security"
	}
	return policeWords[w]
}

// namedBefore reports a name among the two words before word j of
// sentence si ("KPA civil police posts"), other than a place of the
// story's state ("Haryana Police") or the sentence's first word: the
// police are then that name's.
func (dc *docContext) namedBefore(si, j int, state string, codes map[string]string) bool {
	ws := dc.sents[si].Words
	for k, reach := j-1, j-2; k >= 0 && k >= reach; k-- {
		if k == 0 || isPunctWord(ws[k].Lower) || clauseStops[ws[k].Lower] {
			return false
		}
		if !upperWord(ws[k].Text) {
			continue
		}
		if officeWords[ws[k].Lower] {
			// "Federal security forces", "the District Administration
			// Office": the level of government, no other party's name
			reach--
			continue
		}
		for _, p := range dc.doc.Places {
			// (the place's name anywhere in the story: "The Kathmandu
			// District Administration Office" after "KATHMANDU -")
			if (p.Start == ws[k].Start || strings.EqualFold(p.Text, ws[k].Text)) && codes[p.Country] == state {
				return false
			}
		}
		return true
	}
	return false
}

// clauseStops end the words that can name whose police or authorities
// follow: a name before them belongs to another clause ("Captain Mavela
// Masondo said officers had to").
var clauseStops = map[string]bool{"said": true, "says": true, "told": true, "that": true, "and": true,
	"but": true, "which": true, "who": true, "when": true, "as": true, "while": true, "after": true, "before": true,
	"on": true, "in": true, "at": true, "where": true}

// officeWords are the capitalised words of the names of a state's own
// bodies and forces that name no other party: "Federal police", "the
// District Administration Office", "Metropolitan Police".
var officeWords = map[string]bool{
	"federal": true, "national": true, "state": true, "provincial": true, "central": true, "metropolitan": true,
	"municipal": true, "city": true, "county": true, "district": true, "regional": true, "local": true,
	"special": true, "border": true, "civil": true, "administration": true, "office": true, "riot": true,
}

// authorityInitiator gives a coercive act with no initiator (a curfew, an
// arrest, an internet shutdown, force on a crowd) the story's state when
// the authorities, government or police it names stand before the trigger
// in its clause: "Authorities reimposed a curfew", "the state government
// imposed".
func (dc *docContext) authorityInitiator(ev *parallax.Event, si, ti int) {
	if ev.Initiator.Side != "" || dc.state == "" || !strings.HasPrefix(ev.CAMEO, "17") {
		return
	}
	ws := dc.sents[si].Words
	if (passiveAct(ws, ti) || ev.CAMEO == "172" && netWords[ws[ti].Lower]) && (ev.CAMEO == "173" || ev.CAMEO == "172" || ev.CAMEO == "1723") && !agentAfter(ws, ti) {
		// "Fourteen people were arrested", "Internet services were
		// suspended", with no agent: only a state's authorities arrest,
		// cut the internet and impose curfews (armed groups abduct)
		ev.Initiator.Side = dc.state
		if ev.Target.Side == dc.state {
			ev.Target.Side, ev.Target.Actor = "", ""
		}
		return
	}
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		x := ws[k].Lower
		if isPunctWord(x) || x == "after" || x == "when" || x == "as" || x == "while" {
			return
		}
		if x == "security" && k+1 < len(ws) && strings.HasPrefix(ws[k+1].Lower, "guard") {
			return // "security guards opened fire": a company's, not the state's
		}
		if authorityWords[x] && !dc.namedBefore(si, k, dc.state, dc.codes) {
			ev.Initiator.Side = dc.state
			if ev.Target.Side == dc.state {
				ev.Target.Side, ev.Target.Actor = "", ""
			}
			return
		}
	}
}

// speakersTroops gives an act of force with no initiator the side of the
// state whose claim tells it when its subject is troops no name gives a
// party ("The government denied that the army had targeted civilians",
// "the ministry said troops repelled the attack"): a state's statement
// speaks of its own army.
func (dc *docContext) speakersTroops(ev *parallax.Event, si, ti int) {
	if ev.Initiator.Side != "" || ev.Claim == "" || !forceRoot(ev.CAMEO) {
		return
	}
	var speaker string
	for i := range dc.doc.Claims {
		if c := &dc.doc.Claims[i]; c.ID == string(ev.Claim) {
			speaker = c.Speaker.Side
		}
	}
	if speaker == "" || !dc.stateSide(speaker) || ev.Target.Side == speaker {
		return
	}
	ws := dc.sents[si].Words
	for k := ti - 1; k >= 0 && k >= ti-5; k-- {
		x := ws[k].Lower
		if isPunctWord(x) || x == "that" || dc.sides[si][k] != "" {
			return
		}
		if stateTroops[x] && x != "police" && x != "policemen" {
			ev.Initiator.Side = speaker
			return
		}
	}
}

// stateTroops are the words that name a state's forces without naming the
// state.
var stateTroops = map[string]bool{"troops": true, "soldiers": true, "army": true, "military": true,
	"forces": true, "police": true, "policemen": true, "gendarmes": true}

// counterInsurgency gives an act of force with no initiator the story's
// state when unnamed troops or police do it to fighters of an armed group
// no name list knows ("troops of Operation Fansan Yamma neutralised 11
// bandits", "security forces killed 31 Maoists"): in a story set in one
// country, only its forces fight its insurgents.
func (dc *docContext) counterInsurgency(ev *parallax.Event, si, ti, tj int) {
	if ev.Initiator.Side != "" || dc.state == "" || !forceRoot(ev.CAMEO) {
		return
	}
	ws := dc.sents[si].Words
	troops := false
	for k := ti - 1; k >= 0 && k >= ti-7; k-- {
		x := ws[k].Lower
		if x == "," || x == ";" || clauseStops[x] && x != "in" && x != "on" {
			break
		}
		if stateTroops[x] && dc.sides[si][k] == "" && !dc.namedBefore(si, k, dc.state, dc.codes) {
			troops = true
			break
		}
		if insurgents[x] {
			return
		}
	}
	if !troops {
		return
	}
	for k := tj + 1; k < len(ws) && k <= tj+6; k++ {
		x := ws[k].Lower
		if isPunctWord(x) {
			return
		}
		if insurgents[x] {
			ev.Initiator.Side = dc.state
			return
		}
	}
}

// linkedParty returns the party that unnamed fighters before the trigger
// at ti are tied to ("Insurgents linked to the Islamic State beheaded",
// "gunmen loyal to X attacked"): the first mention after a word of
// allegiance among the eight words before the trigger, in its clause
// (from lo); -1 when there is none.
func (dc *docContext) linkedParty(si, lo, ti int) int {
	ws := dc.sents[si].Words
	for k := ti - 1; k >= lo && k >= ti-8; k-- {
		if isPunctWord(ws[k].Lower) {
			return -1
		}
		if !allegianceWords[ws[k].Lower] || k == 0 || !insurgents[ws[k-1].Lower] {
			continue
		}
		for j := k + 1; j < ti; j++ {
			if dc.isMention(si, j) && dc.side(si, j, "") != "" {
				return j
			}
		}
	}
	return -1
}

// allegianceWords tie fighters to the party after them.
var allegianceWords = map[string]bool{"linked": true, "loyal": true, "affiliated": true, "allied": true,
	"aligned": true, "belonging": true, "tied": true}

// passiveAct reports a participle after a form of "be" ("were
// arrested", "have been detained", "was suspended").
func passiveAct(ws []words.Word, ti int) bool {
	return ti > 0 && beForms[ws[ti-1].Lower] || ti > 1 && beForms[ws[ti-2].Lower] && ws[ti-1].Lower != "to"
}

// agentAfter reports "by" among the four words after word ti: the
// passive names who did it ("were detained by the RSF").
func agentAfter(ws []words.Word, ti int) bool {
	for k := ti + 1; k < len(ws) && k <= ti+4; k++ {
		if ws[k].Lower == "by" {
			return true
		}
		if isPunctWord(ws[k].Lower) {
			return false
		}
	}
	return false
}

// crossBorderTarget reads "Pakistani airstrikes in Paktika province" as
// strikes on the state where the place lies: a remote-weapon attack by one
// state, "in" a place of another, with no armed group or fighters named
// after it (those would be whom "coalition strikes in Syria" hit). It
// returns the place's first word and its state's side, or -1.
func (dc *docContext) crossBorderTarget(si, from, hi int, e *entry, initiator string) (int, string) {
	ws := dc.sents[si].Words
	if e.typ != parallax.EventExplosions || initiator == "" || !dc.stateSide(initiator) || from >= hi || ws[from].Lower != "in" {
		return -1, ""
	}
	j := from + 1
	if j < hi && ws[j].Lower == "the" {
		j++
	}
	side, ok := dc.placeSideAt(si, j, hi, dc.codes)
	if !ok || side == initiator {
		return -1, ""
	}
	for k := from; k < len(ws); k++ {
		// (after the trigger: the speaker before it, "the Taliban's
		// defence ministry said", is not whom the strikes hit)
		w := ws[k]
		if s := dc.sides[si][k]; s != "" && !dc.stateSide(s) || armedWords[w.Lower] && w.Lower != "forces" && w.Lower != "military" && w.Lower != "army" {
			return -1, ""
		}
	}
	return j, side
}

// stateSide reports whether a side is a state's (a country's code).
func (dc *docContext) stateSide(side string) bool { return dc.stateSides[side] }

// uniformWords are what armed men wear that tells whose they are.
var uniformWords = map[string]bool{
	"uniform": true, "uniforms": true, "fatigues": true, "gear": true, "garb": true, "insignia": true, "camouflage": true,
}

// armedPeople are the nouns of people a uniform can qualify.
var armedPeople = map[string]bool{
	"men": true, "gunmen": true, "soldiers": true, "troops": true, "fighters": true, "people": true,
	"attackers": true, "assailants": true, "individuals": true, "personnel": true, "militiamen": true,
}

// uniformed reports whether the party at word k, after a preposition,
// names the uniform of the people before it ("men in Venezuelan military
// uniforms opened fire", "gunmen in Rwandan army fatigues"): they are
// that party's, and the subject of the clause, not a place or an object.
func uniformed(ws []words.Word, k, ti int) bool {
	if k < 2 || ws[k-1].Lower != "in" || !armedPeople[ws[k-2].Lower] {
		return false
	}
	for j := k + 1; j < ti && j <= k+3; j++ {
		if uniformWords[ws[j].Lower] {
			return true
		}
		if isPunctWord(ws[j].Lower) {
			break
		}
	}
	return false
}

// backdropped returns the events of sentence si, without its protests and
// riots when it names no date and follows a sentence that placed unrest in
// another year (see docContext.backdrop), and updates the backdrop: a
// sentence that keeps a protest or riot, or names a date without placing
// unrest in another year, ends it; in a story that has told a protest of
// its own time, none starts.
func (dc *docContext) backdropped(si int, evs []parallax.Event) []parallax.Event {
	s := dc.sents[si]
	dated := len(dc.datesIn(parallax.Span{Start: s.Start, End: s.End})) > 0
	if !dated && slices.ContainsFunc(evs, unrestEvent) && dc.backdropAt() {
		kept := evs[:0]
		for _, e := range evs {
			if !unrestEvent(e) {
				kept = append(kept, e)
			}
		}
		evs = kept
	}
	unrestKept := false
	for _, e := range evs {
		unrestKept = unrestKept || !e.Negated && unrestEvent(e)
	}
	switch {
	case unrestKept:
		dc.backdrop = false
		dc.unrestTold = true
		dc.backdropPending = dc.backdropPending[:0]
	case dc.unrestTold:
		// no backdrop starts (a sentence that places unrest in another
		// year sets it to !unrestTold), and none holds since the one
		// that kept unrest ended it
	default:
		dc.backdropPending = append(dc.backdropPending, backdropSentence{si: si, dated: dated})
	}
	return evs
}

// backdropSentence is a sentence whose part in the backdrop is not read
// yet: it keeps no protest or riot, and the story has kept none before it.
type backdropSentence struct {
	si    int
	dated bool
}

// backdropAt returns the backdrop as of the sentences read so far: the
// last pending sentence that places unrest in another year starts it, one
// that names a date (without doing so) ends it, and with neither it is as
// before them. unrestTold is false for every pending sentence (the
// sentence that made it true emptied the list, and none is added after).
func (dc *docContext) backdropAt() bool {
	for k := len(dc.backdropPending) - 1; k >= 0; k-- {
		p := dc.backdropPending[k]
		if pastUnrestTold(dc.sents[p.si].Words, dc.pubYear()) {
			dc.backdrop = !dc.unrestTold
			break
		}
		if p.dated {
			dc.backdrop = false
			break
		}
	}
	dc.backdropPending = dc.backdropPending[:0]
	return dc.backdrop
}

// unrestEvent: a protest or a riot.
func unrestEvent(e parallax.Event) bool {
	return e.Type == parallax.EventProtests || e.Type == parallax.EventRiots
}
