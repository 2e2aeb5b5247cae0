package fuse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// A segment is what one article says about one incident: the events it
// dates to within a few days of each other, the claims and counts that go
// with them, and the text that tells them. Most articles are one segment;
// an article that recalls an earlier clash as background has a segment for
// it too, dated by that clash's own events.
type segment struct {
	art        int32
	start, end int32 // days; noDay when the article and its events carry no date
	main       bool  // the segment of the article's own story (publication date)
	late       bool  // main, and dated by the publication alone: none of its events has a date
	// noInitiator: none of its events has an initiating party (a quake, a
	// fire, a toll, a crime by a person): what a follow-up report tells.
	noInitiator bool
	// recalls: main, and its article has a recall clause ("six days
	// after the quake", recallClauses): it may be a follow-up.
	recalls bool
	// ownAct: main, and it holds an act (an event not made of words)
	// outside the recall clauses.
	ownAct bool
	// after: main, ownAct, and the article sets its happening after
	// another in a recall or answer clause ("two days after a raid on
	// Djibo", "in response to the killing of its commander"); afterVec
	// is the TF-IDF vector of those clauses' words, afterHours that one
	// of them is counted in hours (the other happening is of the same
	// day). It does not join the incident those words tell (score).
	after      bool
	afterHours bool
	// afterOther: after, because a recall clause introduces a happening
	// and names someone or somewhere the report names nowhere else
	// (segmentVectors): the clause tells which incident is the other
	// happening even when the report or the incident is undated.
	afterOther bool
	afterNames []uint64 // afterOther: the stems of those names
	afterVec   termVec
	// answer: main, and its article tells its happening as an answer to
	// another ("in response to", "a response to", "in retaliation
	// for"): it joins no incident of those parties that ended before it
	// (answers).
	answer bool
	// sibling: a story of the article's own days told in paragraphs of
	// its own at a site far from the main story's (splitSites): a live
	// blog's or a roundup's second incident. It joins incidents as the
	// main story does, without the background margin.
	sibling bool
	// recalled: a background segment of an earlier act of the story's
	// kind that the article names by a possessive day ("Monday's
	// shelling") and tells apart from its own (splitRecalledDays): another
	// happening, whose words are no lead-up of the story's.
	recalled bool
	// roundup: main or sibling, and its article is a roundup of a front
	// (isRoundup): fighting at many sites, one per paragraph.
	roundup bool
	// named: main, the days its article's time expressions name to the
	// day, sorted, when an act of its own is dated in its own words
	// (namedDays): which happenings of other days it tells.
	named  []int32
	events []int // indexes into Document.Events
	claims []int
	counts []int
	places []int // indexes into Document.Places
	spans  []parallax.Span
	fine   []fpoint
	// titleKeys: main, the place keys of its headline's names
	// (titleKeys), which a town of an incident may match.
	titleKeys []uint32
	countries []string
	// figures: the counts it gives as "item:n" (figureKeys), sorted.
	figures []string
	sides   []string    // parties named: speakers, initiators, targets, owners
	sideW   []float32   // per side, its share of the segment's party mentions
	mutual  [][2]string // parties its text says blame each other (mutualBlame)
	types   uint8       // eventClass bits
	vec     termVec
}

// Event classes: fighting of any kind, unrest, and the rest (deployments,
// agreements, arrests). Segments whose events all differ in class are
// unlikely to report one incident.
const (
	classViolence uint8 = 1 << iota
	classUnrest
	classOther
)

func eventClass(e *parallax.Event) uint8 {
	switch e.Type {
	case parallax.EventBattles, parallax.EventExplosions, parallax.EventViolenceCivilians:
		return classViolence
	case parallax.EventProtests, parallax.EventRiots:
		return classUnrest
	}
	if isHostileCAMEO(e.CAMEO) {
		return classViolence
	}
	return classOther
}

// verbalEvent reports whether an event is words only: CAMEO's verbal
// cooperation (roots 01–05: statements, appeals, intentions, talks,
// diplomatic support) and verbal conflict (10–13: demands, disapproval,
// rejections, threats), as opposed to material acts (06–09, 14–20:
// aid, yielding, protests, force, arrests, attacks). An event with no
// code is typed by its trigger and counts as an act.
func verbalEvent(e *parallax.Event) bool {
	c := e.CAMEO
	if len(c) < 2 || e.Type != parallax.EventStrategic {
		return false
	}
	switch c[:2] {
	case "01", "02", "03", "04", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// wordsOnly reports whether the events evs (indexes into doc.Events) are
// all verbal events, and there is at least one.
func wordsOnly(doc *parallax.Document, evs []int) bool {
	return len(evs) > 0 && !slices.ContainsFunc(evs, func(e int) bool { return !verbalEvent(&doc.Events[e]) })
}

func isHostileCAMEO(c string) bool {
	return strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")
}

// eventDays returns the day range of an event's own date. ok is false when
// the event has no date; coarse is true when its date is too vague to place
// it in one incident (a month, a year, a span over a week): such events are
// background ("since 1992", "in recent months") and join no incident.
func eventDays(e *parallax.Event, maxSpan int32) (start, end int32, ok, coarse bool) {
	s, okS := dayNumber(e.Date.Start)
	if !okS {
		return noDay, noDay, false, false
	}
	en, okE := dayNumber(e.Date.End)
	if !okE || en < s {
		en = s
	}
	switch e.Date.Precision {
	case "month", "year", "unknown":
		return s, en, true, true
	}
	return s, en, true, en-s > maxSpan
}

// segmentArticle splits a document into segments. pub is the publication
// day (noDay when unknown).
//
// recall holds the spans of the article's recall clauses (recallClauses:
// "two days after a raid on Djibo"): their figures are another
// happening's, or the story's own happening recalled by a follow-up ("the
// toll from Tuesday's strike rose to 31"), and join no segment; their
// places are the story's only when it tells no act of its own. other
// holds those of them that introduce a happening ("three days after a
// tiger escaped at the zoo in Korvel", not "after the tiger escaped"): a
// place named only there is the other happening's, whatever the story
// tells (otherPlace).
func segmentArticle(doc *parallax.Document, art int32, pub int32, maxGap, maxSpan int32, recall, other []parallax.Span) []segment {
	type dated struct {
		ev         int
		start, end int32
	}
	var ds []dated
	var undated []int
	var planned []int         // acts dated after the publication day (afterPublication)
	var months []dated        // events dated by a month only (coarse)
	var paras []parallax.Span // the text's paragraphs, found when first needed
	for i := range doc.Events {
		s, e, ok, coarse := eventDays(&doc.Events[i], maxSpan)
		if ok && !coarse && paras == nil && doc.Events[i].Date.Text != "" {
			paras = paragraphs(doc.Text)
		}
		switch {
		case ok && !coarse && comparisonDated(doc, paras, &doc.Events[i]):
			// The day of another happening the article compares, carried
			// past its paragraph: the event is the story's, undated.
			undated = append(undated, i)
		case coarse:
			if doc.Events[i].Date.Precision == "month" || courseSpan(doc.Events[i].Date.Precision, s, e) {
				months = append(months, dated{i, s, e})
			}
		case ok && afterPublication(s, pub):
			planned = append(planned, i)
		case ok:
			ds = append(ds, dated{i, s, e})
		default:
			undated = append(undated, i)
		}
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return int(a.start) - int(b.start) })
	var segs []segment
	for _, d := range ds {
		if n := len(segs); n > 0 && d.start <= segs[n-1].end+1 && max(d.end, segs[n-1].end)-segs[n-1].start <= maxSpan {
			segs[n-1].end = max(segs[n-1].end, d.end)
			segs[n-1].events = append(segs[n-1].events, d.ev)
			continue
		}
		segs = append(segs, segment{art: art, start: d.start, end: d.end, events: []int{d.ev}})
	}
	// The article's own story: the segment nearest the publication date, if
	// near enough; undated events and unplaced items belong to it.
	main := -1
	if pub != noDay {
		best := int32(1 << 30)
		for pass := 0; pass < 2 && main < 0; pass++ {
			for i := range segs {
				gap := max(0, segs[i].start-pub, pub-segs[i].end)
				if gap <= maxGap+1 && gap < best && (pass == 1 || namesDay(doc, &segs[i])) {
					main, best = i, gap
				}
			}
		}
	}
	if main < 0 && len(segs) > 0 && len(undated) == 0 {
		// Every event is dated and none near the publication date: the
		// article's story is its latest clash (a report filed days later).
		main = len(segs) - 1
	}
	if main < 0 {
		segs = append(segs, segment{art: art, start: pub, end: pub, late: pub != noDay})
		main = len(segs) - 1
	}
	segs[main].main = true
	segs[main].events = append(segs[main].events, undated...)
	// An act dated by the month the story's days fall in ("at least 40
	// civilians were killed in June alone", told in a story of late June)
	// is the story's happening told over its course: the parties'
	// accusations and denials of it are the story's. A month that holds
	// none of the story's days is background, as every coarse date is. So
	// is a span of days longer than an incident from a day at most
	// maxBegun before it (courseSpan: "14 guards were killed since 3
	// May", in a story of 16 May): the happening's course, whose
	// tallies are the parties' figures for it.
	if segs[main].start != noDay {
		for _, m := range months {
			if m.start <= segs[main].end && segs[main].start <= m.end {
				segs[main].events = append(segs[main].events, m.ev)
			}
		}
	}
	// A segment dated only by weeks ("last week", "this week") whose days
	// overlap the story's is not told apart from it: the week names no
	// day, and one of its days is the story's ("shot down a jet near Sake
	// last week" in a story of Sunday to Tuesday, Sunday ending last
	// week). It joins the story, whose days stay its own.
	for i := 0; i < len(segs); i++ {
		if i == main || segs[i].start > segs[main].end || segs[i].end < segs[main].start ||
			slices.ContainsFunc(segs[i].events, func(e int) bool { return doc.Events[e].Date.Precision != "week" }) {
			continue
		}
		segs[main].events = append(segs[main].events, segs[i].events...)
		segs = slices.Delete(segs, i, i+1)
		if i < main {
			main--
		}
		i--
	}
	// A segment apart from the story is an earlier (or later) happening
	// the article tells: a clash, an arrest, a deal. One made of words
	// only (statements, appeals, talks, demands, threats: verbalEvent)
	// is what the story's people said or plan, dated by when they said
	// it ("on Monday he urged", "he travels to Ottawa on Wednesday"),
	// not another incident: it stays with the story, so that a plan or
	// a remark does not tie the article to another story of its day.
	// Its places are not the story's, though: where a plan or a remark
	// of another day leads ("flies on to Sarnak on Thursday") is not
	// where the story happens (apart: their sentences).
	var apart []parallax.Span
	// An act the article expects after its publication day is its
	// people's plan or expectation: it stays with the story as their
	// words do, and where it leads is no place of the story.
	for _, e := range planned {
		apart = append(apart, sentenceSpan(doc, doc.Events[e].Start))
		segs[main].events = append(segs[main].events, e)
	}
	for i := 0; i < len(segs); i++ {
		if i == main || !wordsOnly(doc, segs[i].events) {
			continue
		}
		for _, e := range segs[i].events {
			apart = append(apart, sentenceSpan(doc, doc.Events[e].Start))
		}
		segs[main].events = append(segs[main].events, segs[i].events...)
		segs = slices.Delete(segs, i, i+1)
		if i < main {
			main--
		}
		i--
	}

	segs, main = splitRecalledDays(doc, segs, main, recall, maxSpan, possessiveDated)
	segs, main = splitRecalledDays(doc, segs, main, recall, maxSpan, func(doc *parallax.Document, ev *parallax.Event) bool {
		return inSpans(recall, ev.Start)
	})

	// A segment that starts on the day the article says its happening
	// began ("the fighting that began on February 7", "the offensive had
	// begun on July 8"), weeks at most before the story's own days, is
	// the start of the story's happening, not an earlier one it recalls:
	// it stays with the story, with its places, and so do the segments
	// of the days between (the happening's course: "the twelve days of
	// fighting that began on June 13"). The story's days start there
	// where the whole is no longer than an incident may be (maxSpan);
	// else they stay the story's own, unless the story's own days are
	// only a week's ("this week", an analysis written after the
	// fighting): then the happening's first days (maxSpan at most) are
	// its days, as they are what it tells of.
	if begun := beginningDays(doc); len(begun) > 0 {
		story := segs[main].start
		from := story
		for i := range segs {
			if i != main && begun[segs[i].start] && segs[i].end < story && story-segs[i].start <= maxBegun {
				from = min(from, segs[i].start)
			}
		}
		weekOnly := len(segs[main].events) > 0 && !slices.ContainsFunc(segs[main].events, func(e int) bool {
			return doc.Events[e].Date.Precision != "week"
		})
		course := int32(noDay) // the last day of the course merged
		for i := 0; i < len(segs) && from < story; i++ {
			if i == main || segs[i].start < from || segs[i].end >= story {
				continue
			}
			course = max(course, segs[i].end)
			if segs[main].end-segs[i].start <= maxSpan {
				segs[main].start = min(segs[main].start, segs[i].start)
			}
			segs[main].events = append(segs[main].events, segs[i].events...)
			segs = slices.Delete(segs, i, i+1)
			if i < main {
				main--
			}
			i--
		}
		if weekOnly && course != noDay && segs[main].start > from {
			segs[main].start, segs[main].end = from, min(course, from+maxSpan)
		}
	}

	dateline, datelineEnd := datelinePlace(doc)
	segs = splitSites(doc, segs, main, datelineEnd, dateline >= 0)
	if isRoundup(doc, segs, datelineEnd, dateline >= 0) {
		for i := range segs {
			segs[i].roundup = segs[i].main || segs[i].sibling
		}
	}

	// Which segment each event is in (-1: none, a background event with a
	// vague date).
	evSeg := make([]int, len(doc.Events))
	for i := range evSeg {
		evSeg[i] = -1
	}
	for si := range segs {
		slices.Sort(segs[si].events)
		for _, e := range segs[si].events {
			evSeg[e] = si
		}
	}
	// nearest is the segment of the placed event closest in the text to
	// span sp: what a claim or count with no event of its own is about.
	nearest := func(sp parallax.Span) int {
		best, bestD := main, 1<<62
		for i := range doc.Events {
			if evSeg[i] < 0 {
				continue
			}
			e := parallax.Span{Start: doc.Events[i].Start, End: doc.Events[i].End}
			d := 0
			switch {
			case e.End <= sp.Start:
				d = sp.Start - e.End
			case sp.End <= e.Start:
				d = e.Start - sp.End
			}
			if d < bestD {
				best, bestD = evSeg[i], d
			}
		}
		return best
	}
	evByID := make(map[string]int, len(doc.Events))
	for i := range doc.Events {
		evByID[doc.Events[i].ID] = i
	}
	claimSeg := make(map[string]int, len(doc.Claims))
	for i := range doc.Events {
		if c := string(doc.Events[i].Claim); c != "" && evSeg[i] >= 0 {
			if _, ok := claimSeg[c]; !ok {
				claimSeg[c] = evSeg[i]
			}
		}
	}
	// A claim whose events all have vague dates is background too.
	background := map[string]bool{}
	for i := range doc.Events {
		if c := string(doc.Events[i].Claim); c != "" && evSeg[i] < 0 {
			if _, placed := claimSeg[c]; !placed {
				background[c] = true
			}
		}
	}
	for i := range doc.Counts {
		c := &doc.Counts[i]
		if inSpans(recall, c.Start) {
			continue // a figure of the recalled happening
		}
		si := -1
		if e, ok := evByID[string(c.Event)]; ok && c.Event != "" {
			if evSeg[e] < 0 {
				continue // the count of a background event
			}
			si = evSeg[e]
		}
		if si < 0 {
			if s, ok := claimSeg[string(c.Claim)]; ok && c.Claim != "" {
				si = s
			}
		}
		if si < 0 {
			si = nearest(parallax.Span{Start: c.Start, End: c.End})
		}
		segs[si].counts = append(segs[si].counts, i)
		if c.Claim != "" {
			if _, ok := claimSeg[string(c.Claim)]; !ok {
				claimSeg[string(c.Claim)] = si
			}
		}
	}
	for i := range doc.Claims {
		c := &doc.Claims[i]
		si, ok := claimSeg[c.ID]
		if !ok && background[c.ID] {
			continue
		}
		if !ok {
			si = nearest(parallax.Span{Start: c.Start, End: c.End})
		}
		segs[si].claims = append(segs[si].claims, i)
	}
	// Text spans: a background segment has the sentences of its items; the
	// main segment has the rest of the article.
	for si := range segs {
		s := &segs[si]
		if s.main || s.sibling {
			continue // a sibling's spans are its paragraphs (splitSites)
		}
		for _, e := range s.events {
			s.spans = append(s.spans, sentenceSpan(doc, doc.Events[e].Start))
		}
		for _, c := range s.claims {
			s.spans = append(s.spans, sentenceSpan(doc, doc.Claims[c].Cue.Start))
		}
		for _, c := range s.counts {
			s.spans = append(s.spans, sentenceSpan(doc, doc.Counts[c].Start))
		}
	}
	// Places: those of the segment's events, and those mentioned in its
	// text.
	placeByID := make(map[string]int, len(doc.Places))
	for i := range doc.Places {
		placeByID[doc.Places[i].ID] = i
	}
	// The dateline's place is where the reporter files from: it says
	// nothing of where the story happens, and two stories filed from one
	// capital would share it.
	// Every place named before the dateline's dash is the bureau's too
	// ("LAGOS, Nov 4 -": a month read as a town would tie two stories
	// filed in one month).
	for si := range segs {
		s := &segs[si]
		seen := map[int]bool{}
		if dateline >= 0 {
			for p := range doc.Places {
				if doc.Places[p].Start < datelineEnd {
					seen[p] = true
				}
			}
		}
		for _, e := range s.events {
			for _, pid := range doc.Events[e].Places {
				if p, ok := placeByID[pid]; ok && !seen[p] {
					seen[p] = true
					s.places = append(s.places, p)
				}
			}
		}
		for p := range doc.Places {
			if !seen[p] && segmentOf(segs, doc.Places[p].Start) == si {
				seen[p] = true
				s.places = append(s.places, p)
			}
		}
		slices.Sort(s.places)
		// The main story's points also take the places of its lead-up
		// (background segments within maxSpan days, whose words its text
		// vector counts too: segmentVectors): a report that tells the
		// story's first days in a paragraph of their own is still set
		// where they happened.
		pts := s.places
		if s.main && len(apart) > 0 {
			own := map[int]bool{}
			for _, e := range s.events {
				if !slices.ContainsFunc(apart, func(sp parallax.Span) bool { return sp.Start <= doc.Events[e].Start && doc.Events[e].Start < sp.End }) {
					for _, pid := range doc.Events[e].Places {
						own[placeByID[pid]] = true
					}
				}
			}
			pts = slices.DeleteFunc(slices.Clone(pts), func(p int) bool {
				return !own[p] && slices.ContainsFunc(apart, func(sp parallax.Span) bool { return sp.Start <= doc.Places[p].Start && doc.Places[p].Start < sp.End })
			})
		}
		if s.main && s.start != noDay {
			pts = slices.Clone(pts)
			for p := range doc.Places {
				if k := segmentOf(segs, doc.Places[p].Start); k != si && !seen[p] && segs[k].start != noDay && !segs[k].sibling &&
					max(segs[k].start-s.end, s.start-segs[k].end) <= maxSpan {
					pts = append(pts, p)
				}
			}
		}
		// ownAct: the segment tells an act of force or unrest of its own,
		// outside the recall clauses, that someone started or that hit
		// someone named ("militants attacked the town, killing 15
		// civilians"); not a toll that rose, flowers laid, a court
		// hearing or a vigil, which follow up the happening they recall.
		// Then the places of a recall clause are the other happening's.
		ownAct := slices.ContainsFunc(s.events, func(e int) bool {
			return actOfOwn(doc, &doc.Events[e], recall)
		})
		if s.main {
			s.ownAct = ownAct
		}
		var names []fpoint
		for _, p := range pts {
			pl := &doc.Places[p]
			if pl.Lat == 0 && pl.Lon == 0 || inLongerName(doc, pl.Start, pl.End) || ownAct && inSpans(recall, pl.Start) || otherPlace(doc, p, recall, other) || namesRulers(doc.Text, pl.End) || referencePoint(doc, p) {
				continue
			}
			switch {
			case isFine(pl.Feature):
				s.fine = append(s.fine, fpoint{point{pl.Lat, pl.Lon}, placeKey(pl.Name, pl.Text), pointFine})
			case !isCountry(pl.Feature):
				// By the text's name, not the gazetteer's ("Saratov",
				// not "Saratov Oblast"): what a report that took the
				// name for the town calls it.
				k := placeKey("", pl.Text)
				if !slices.ContainsFunc(names, func(f fpoint) bool { return f.key == k }) {
					names = append(names, fpoint{point{pl.Lat, pl.Lon}, k, pointName})
				}
			}
			if pl.Country != "" && !slices.Contains(s.countries, pl.Country) {
				s.countries = append(s.countries, pl.Country)
			}
		}
		slices.Sort(s.countries)
		// The dateline's town, for the main story: weak evidence of where
		// it happens (placeAgreement).
		if s.main && dateline >= 0 {
			for p := range doc.Places {
				pl := &doc.Places[p]
				if pl.Start < datelineEnd && isFine(pl.Feature) && (pl.Lat != 0 || pl.Lon != 0) {
					s.fine = append(s.fine, fpoint{point{pl.Lat, pl.Lon}, placeKey(pl.Name, pl.Text), pointDateline})
				}
			}
		}
		// Regions' names last, so that an incident's bounded list of
		// points (maxFine) keeps the towns first.
		s.fine = append(s.fine, names...)
		s.fine = appendSites(s.fine, doc, segs, si, datelineEnd, ownAct, recall, other)
		// Parties and event classes.
		var sides []string
		s.noInitiator = true
		for _, e := range s.events {
			ev := &doc.Events[e]
			sides = append(sides, ev.Initiator.Side, ev.Target.Side)
			if !unownedDenial(ev) {
				s.types |= eventClass(ev)
			}
			s.noInitiator = s.noInitiator && ev.Initiator.Side == ""
		}
		for _, c := range s.claims {
			sides = append(sides, doc.Claims[c].Speaker.Side)
		}
		for _, c := range s.counts {
			sides = append(sides, doc.Counts[c].Owner, doc.Counts[c].ClaimedBy)
		}
		s.figures = figureKeys(doc, s.counts)
		if len(s.events)+len(s.claims)+len(s.counts) == 0 {
			for i := range doc.Entities {
				sides = append(sides, doc.Entities[i].Side)
			}
		}
		s.sides, s.sideW = partyShares(sides)
	}
	return segs
}

// maxBegun is how many days before the story's own days its happening
// may have begun (beginningDays) and still be the story's: a campaign of
// a few weeks, not the war of a year before ("The war began on Oct. 7,
// 2023"), which is an incident of its own.
const maxBegun = 31

// beginWords are the words that tell a date as the day a happening began.
var beginWords = []string{"began on", "begun on", "started on", "began", "begun", "started"}

// beginningDays returns the days (dayNumber) of the date mentions of doc
// told as the day a happening began: a beginWords phrase just before the
// date ("that began on February 7", "had begun on July 8").
func beginningDays(doc *parallax.Document) map[int32]bool {
	var out map[int32]bool
	for k := range doc.Dates {
		d := &doc.Dates[k]
		if d.Start <= 0 || d.Start > len(doc.Text) || d.Date.Precision != "day" {
			continue
		}
		before := strings.ToLower(strings.TrimRight(doc.Text[max(0, d.Start-12):d.Start], " "))
		if !slices.ContainsFunc(beginWords, func(w string) bool {
			return strings.HasSuffix(before, " "+w) || before == w
		}) && !startOfBefore(strings.ToLower(doc.Text[max(0, d.Start-48):d.Start])) {
			continue
		}
		if day, ok := dayNumber(d.Date.Start); ok {
			if out == nil {
				out = map[int32]bool{}
			}
			out[day] = true
		}
	}
	return out
}

// otherPlace reports whether place p is named only in recall clauses
// and in one that introduces a happening (other): "a surfer was bitten at
// Ballina, a week after a fatal attack in Sydney" is not set in Sydney,
// nor a report of a bear's escape at Drava in the Korvel of the tiger's
// escape it recalls. A follow-up that names its story's town only in its
// recall of it ("four days after the tiger escaped at the zoo in Korvel")
// refers to a known happening (a definite clause) and keeps the town.
func otherPlace(doc *parallax.Document, p int, recall, other []parallax.Span) bool {
	pl := &doc.Places[p]
	if !inSpans(other, pl.Start) {
		return false
	}
	k := placeKey(pl.Name, pl.Text)
	for q := range doc.Places {
		if q != p && !inSpans(recall, doc.Places[q].Start) && placeKey(doc.Places[q].Name, doc.Places[q].Text) == k {
			return false
		}
	}
	return true
}

// unownedDenial reports whether ev is an act said not to have happened
// that no party is said to have done or suffered ("she never attacked
// anyone", said a vet of an escaped bear; "nobody shot at us"): it tells
// no act of the story's kind, while a party's denial ("the army denied
// shelling the market", "no civilians were harmed") is about the act it
// denies and keeps the act's class.
func unownedDenial(ev *parallax.Event) bool {
	return ev.Negated && ev.Initiator.Side == "" && ev.Initiator.Actor == "" && ev.Target.Side == "" && ev.Target.Actor == "" &&
		(ev.Target.Kind == "" || ev.Target.Kind == "unknown")
}

// tollWords are triggers that tell a count of victims, not an act ("the
// death toll rose to six"): a follow-up's news.
var tollWords = wordSet(`death deaths dead toll tolls casualties victims injured wounded`)

// minFigure is the smallest figure that ties two reports: one, two or
// three dead are told of too many clashes of a day.
const minFigure = 4

// figureKeys returns the figures of counts cs (indexes into doc.Counts)
// as "item:n", sorted and distinct, for n of at least minFigure. Reports
// of one attack repeat its figures whatever words they tell it in ("the
// mujahideen killed 31 soldiers", "al Shabaab said it killed 31
// soldiers"): each side's figure travels with the story, while two
// clashes of a day seldom share one. The owner is left out, as reports
// differ in who they say the dead were.
func figureKeys(doc *parallax.Document, cs []int) []string {
	var out []string
	for _, c := range cs {
		k := &doc.Counts[c]
		if k.N != nil && *k.N >= minFigure && k.Item != "" {
			out = append(out, k.Item+":"+itoa(*k.N))
		}
	}
	return sortedSet(out)
}

// partyShares returns the distinct parties among the mentions xs, sorted,
// and each one's share of the mentions. The share says who a report is
// about: its protagonists are named again and again, a party met in an
// aside ("the minister flies to Canada on Wednesday") once.
func partyShares(xs []string) ([]string, []float32) {
	set := sortedSet(xs)
	if len(set) == 0 {
		return nil, nil
	}
	w := make([]float32, len(set))
	n := 0
	for _, x := range xs {
		if i, ok := slices.BinarySearch(set, x); ok && x != "" {
			w[i]++
			n++
		}
	}
	for i := range w {
		w[i] /= float32(n)
	}
	return set, w
}

// datelinePlace returns the index of the place that opens the text as its
// dateline ("KHARKIV, April 5 (Reuters) - ...", "QUETTA: ...", "BAKU, March
// 30. ...", "MOSCOW, October 18. /TASS/. ...", as the document's dateline
// reading has it): the place of the dateline's town when the dateline
// opens the text. -1 when there is none; end is the offset where the
// dateline ends (past its dash, colon or full stop): every place before it
// is the bureau's.
func datelinePlace(doc *parallax.Document) (place, end int) {
	ds := dateline.Of(doc)
	if len(ds) == 0 || strings.TrimSpace(doc.Text[:ds[0].Start]) != "" {
		return -1, 0
	}
	d := ds[0]
	for i := range doc.Places {
		p := &doc.Places[i]
		if d.Places[0].Contains(parallax.Span{Start: p.Start, End: p.End}) {
			return i, d.End
		}
	}
	return -1, 0
}

// segmentOf returns the segment whose text holds offset off: a background
// segment whose spans hold it, else the main one.
func segmentOf(segs []segment, off int) int {
	main := 0
	for i := range segs {
		if segs[i].main {
			main = i
			continue
		}
		for _, sp := range segs[i].spans {
			if sp.Start <= off && off < sp.End {
				return i
			}
		}
	}
	return main
}

// sentenceSpan is the span of the sentence that holds off: from the
// document's sentences when a stage split them, else between the nearest
// sentence ends around off.
func sentenceSpan(doc *parallax.Document, off int) parallax.Span {
	if i := doc.SentenceIndex(off); i >= 0 {
		return doc.Sentences[i].Span
	}
	t := doc.Text
	off = max(0, min(off, len(t)))
	s := off
	for s > 0 && !isSentenceEnd(t, s-1) {
		s--
	}
	e := off
	for e < len(t) && !isSentenceEnd(t, e) {
		e++
	}
	if e < len(t) {
		e++
	}
	return parallax.Span{Start: s, End: e}
}

func isSentenceEnd(t string, i int) bool {
	switch t[i] {
	case '\n':
		return true
	case '.', '!', '?':
		return i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n'
	}
	return false
}

// sortedSet returns the distinct non-empty strings of xs, sorted.
func sortedSet(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// inLongerName reports whether the span [start, end) of a place is part
// of a longer name that the text's entities give: a band, a firm, a
// stadium or a lake named after a town ("Hollow Pines", "Norfolk
// Southern", "the Emirates Stadium"), where the gazetteer matched a piece
// of the name to a town that may be anywhere. A name that only adds a
// direction before it or an administrative word after it ("East
// Jerusalem", "Donetsk region") is the place itself.
func inLongerName(doc *parallax.Document, start, end int) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\'' || r == '’' })
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Start > start || e.End < end || e.End-e.Start <= end-start || e.End > len(doc.Text) || e.Start < 0 {
			continue
		}
		for _, w := range split(doc.Text[e.Start:start]) {
			if !placeBefore[strings.ToLower(w)] {
				return true
			}
		}
		for _, w := range split(doc.Text[end:e.End]) {
			if !placeAfter[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// namesRulers reports whether the place name ending at end stands for
// those who rule from it ("the Port Sudan authorities", "the Kyiv
// regime", "Tehran's government"): a side's name for its enemy, not where
// the story happens. A rebel statement about a market in El Fasher that
// blames "the Port Sudan authorities" is not set in Port Sudan, where a
// drone strike of the same day is.
func namesRulers(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := text[end:]
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
	rest = strings.TrimLeft(rest, " ")
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	return rulerWords[strings.ToLower(rest[:i])]
}

// rulerWords are the nouns that make a place's name stand for its rulers.
var rulerWords = wordSet(`authorities authority regime government administration junta leadership`)

// placeBefore and placeAfter are the words that a place's name may carry
// before and after the gazetteer's name and still be that place.
var placeBefore, placeAfter = wordSet(`the north south east west northern southern eastern western central
	northeast northwest southeast southwest northeastern northwestern southeastern southwestern upper lower
	greater old new`), wordSet(`s city town village region province district governorate oblast state county
	municipality prefecture territory area camp outskirts suburbs`)

func wordSet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}

// siteSplitKm: paragraphs whose places all lie this far from each other's
// (twice the default NearKm, where placeAgreement stops arguing for one
// incident) may tell two incidents.
const siteSplitKm = 150

// splitSites splits from the main segment (index main) the paragraphs that
// tell fighting at a site far from the main story's: a live blog of a
// war's day ("Haifa hit by missiles: ..." then "Tehran broadcaster bombed:
// ..."), a roundup of a front, a wire that tells two attacks of a day.
// Each such story is an incident of its own, and as one segment the
// article joins only the incident its longer story favours.
//
// Paragraphs are grouped by their places (towns and regions, not
// countries nor the dateline's): two paragraphs naming one place, or
// places within siteSplitKm, are one group, and a paragraph that names
// places of two groups bridges them. A group is a site when one of its
// paragraphs holds an event of fighting (eventClass) placed at a town.
// With two sites or more, the site of the first such paragraph stays the
// main story (the lead tells it) and every other site becomes a sibling
// segment of the same days with its paragraphs: their events, and the
// claims, counts and places of their text. Background of the story (an
// earlier clash, told with its own date) is a segment already; fighting
// in passing in the story's own paragraphs ("as shelling went on near
// Toretsk") stays with it, as does any paragraph with no place.
func splitSites(doc *parallax.Document, segs []segment, main, datelineEnd int, hasDateline bool) []segment {
	m := &segs[main]
	if len(m.events) < 2 || strings.Count(doc.Text, "\n") == 0 {
		return segs
	}
	paras := paragraphs(doc.Text)
	paraOf := func(off int) int { return spanAt(paras, off) }
	usable := func(pl *parallax.Place) bool {
		return (pl.Lat != 0 || pl.Lon != 0) && !isCountry(pl.Feature) && !(hasDateline && pl.Start < datelineEnd) &&
			!inLongerName(doc, pl.Start, pl.End)
	}
	// The paragraph of each of the story's acts of fighting (-1: none or
	// not fighting), and whether it is placed at a town.
	evPara := make([]int, len(m.events))
	var townParas []int
	for i, e := range m.events {
		ev := &doc.Events[e]
		evPara[i] = -1
		if eventClass(ev) != classViolence {
			continue
		}
		k := paraOf(ev.Start)
		evPara[i] = k
		if k < 0 || slices.Contains(townParas, k) {
			continue
		}
		for p := range doc.Places {
			if pl := &doc.Places[p]; isFine(pl.Feature) && slices.Contains(ev.Places, pl.ID) && usable(pl) {
				townParas = append(townParas, k)
				break
			}
		}
	}
	if len(townParas) < 2 {
		return segs
	}
	type pplace struct {
		pt  point
		key uint32
	}
	placed := make([][]pplace, len(paras))
	for i := range doc.Places {
		pl := &doc.Places[i]
		if !usable(pl) {
			continue
		}
		if k := paraOf(pl.Start); k >= 0 {
			placed[k] = append(placed[k], pplace{point{pl.Lat, pl.Lon}, placeKey("", pl.Text)})
		}
	}
	// Group paragraphs by their places (union-find over paragraphs).
	group := make([]int, len(paras))
	for i := range group {
		group[i] = i
	}
	find := func(i int) int {
		for group[i] != i {
			group[i] = group[group[i]]
			i = group[i]
		}
		return i
	}
	for i := range paras {
		for j := i + 1; j < len(paras); j++ {
			if find(i) == find(j) {
				continue
			}
			near := false
			for _, p := range placed[i] {
				for _, q := range placed[j] {
					near = near || p.key == q.key || km(p.pt, q.pt) <= siteSplitKm
				}
			}
			if near {
				group[find(j)] = find(i)
			}
		}
	}
	// Sites: groups whose paragraphs hold fighting placed at a town. The
	// main story's is the site of the earliest paragraph of fighting
	// (the lead tells it, though it may name a region, not the town).
	var sites []int
	for _, k := range townParas {
		if g := find(k); !slices.Contains(sites, g) {
			sites = append(sites, g)
		}
	}
	if len(sites) < 2 {
		return segs
	}
	first := len(paras)
	for _, k := range evPara {
		if k >= 0 && k < first && len(placed[k]) > 0 && slices.Contains(sites, find(k)) {
			first = k
		}
	}
	mainSite := find(first)
	// A site apart from the lead's tells a story of its own: a paragraph
	// of it opens with fighting there (in its first sentence), and its
	// paragraphs hold two acts of fighting or a figure. An aside in a
	// paragraph's later sentences ("Kurti said Belgrade is behind this
	// attack"), a recalled clash ("after its defeats in Khartoum") or a
	// detail of the lead's strike read at a namesake far away ("the
	// city's Sobornyi district") is one mention, not a story; so is a
	// paragraph that opens by naming an act already told ("the strikes
	// hit camps ... among them one at Bahawalpur": refersBack).
	opens := func(g int) bool {
		fights, figure, open := 0, false, false
		for i, e := range m.events {
			k := evPara[i]
			if k < 0 || len(placed[k]) == 0 || find(k) != g {
				continue
			}
			fights++
			lead := sentenceSpan(doc, paras[k].Start)
			open = open || doc.Events[e].Start < lead.End && !refersBack(doc.Text[lead.Start:lead.End])
		}
		for i := range doc.Counts {
			k := paraOf(doc.Counts[i].Start)
			figure = figure || k >= 0 && len(placed[k]) > 0 && find(k) == g
		}
		return open && (fights >= 2 || figure)
	}
	// Decided before any event leaves the main segment (evPara is by
	// its events' order).
	sites = slices.DeleteFunc(sites, func(g int) bool { return g == mainSite || !opens(g) })
	for _, g := range sites {
		sib := segment{art: m.art, start: m.start, end: m.end, sibling: true}
		for k := range paras {
			if len(placed[k]) > 0 && find(k) == g {
				sib.spans = append(sib.spans, paras[k])
			}
		}
		m = &segs[main]
		m.events = slices.DeleteFunc(m.events, func(e int) bool {
			k := paraOf(doc.Events[e].Start)
			if k >= 0 && len(placed[k]) > 0 && find(k) == g {
				sib.events = append(sib.events, e)
				return true
			}
			return false
		})
		segs = append(segs, sib)
	}
	return segs
}

// paragraphs returns the spans of the text's paragraphs: its non-blank
// lines (a blank line or a line break ends one).
func paragraphs(t string) []parallax.Span {
	var out []parallax.Span
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != '\n' {
			continue
		}
		if strings.TrimSpace(t[start:i]) != "" {
			out = append(out, parallax.Span{Start: start, End: i})
		}
		start = i + 1
	}
	return out
}

// comparisonDated reports whether event e carries a date stated in an
// earlier paragraph by a sentence that tells another happening of its
// kind ("Last Sunday, a similar attack on Ganja killed 10 civilians.",
// "On Monday, an earlier strike hit the port."): that day is the compared
// happening's, and a later paragraph without a date of its own ("Armenia
// denied firing at Ganja") goes on with the story, not with the aside.
func comparisonDated(doc *parallax.Document, paras []parallax.Span, e *parallax.Event) bool {
	if e.Date.Text == "" {
		return false
	}
	p := spanAt(paras, e.Start)
	if p < 0 {
		return false
	}
	// The date mention the event's date came from: the last one before
	// the event with its text.
	from := -1
	for k := range doc.Dates {
		d := &doc.Dates[k]
		if d.Start >= e.Start {
			break
		}
		if d.Date.Start == e.Date.Start && d.End <= len(doc.Text) && doc.Text[d.Start:d.End] == e.Date.Text {
			from = k
		}
	}
	if from < 0 || doc.Dates[from].Start >= paras[p].Start {
		return false
	}
	return comparesHappening(doc.Text[sentenceSpan(doc, doc.Dates[from].Start).Start:sentenceSpan(doc, doc.Dates[from].Start).End])
}

// comparesHappening reports whether a sentence names a happening as
// another of the story's kind: "similar", "earlier" or "previous" before
// an attack's noun ("a similar attack", "an earlier strike").
func comparesHappening(sent string) bool { return wordBeforeAct(sent, compareWords) }

var compareWords = wordSet(`similar earlier previous`)

// spanAt returns the index of the span of sorted spans ps that holds
// offset off, -1 when none does.
func spanAt(ps []parallax.Span, off int) int {
	k, found := slices.BinarySearchFunc(ps, off, func(sp parallax.Span, off int) int {
		switch {
		case sp.End <= off:
			return -1
		case sp.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return k
}

// refersBack reports whether a sentence names an act of fighting as one
// already told: a demonstrative or the definite article before an
// attack's noun or its weapon's ("The strike destroyed", "the ministry
// said the strikes hit", "this attack", "the rockets also hit"). A
// paragraph that opens so goes on with the story before it, wherever the
// places it names lie.
func refersBack(sent string) bool { return wordBeforeAct(sent, backWords) }

// wordBeforeAct reports whether a word of set before comes right before
// an attack's noun (actNouns) in sentence sent.
func wordBeforeAct(sent string, before map[string]bool) bool {
	ws := strings.FieldsFunc(strings.ToLower(sent), func(r rune) bool {
		return !('a' <= r && r <= 'z' || r == '-')
	})
	for i := 0; i+1 < len(ws); i++ {
		if before[ws[i]] && actNouns[ws[i+1]] {
			return true
		}
	}
	return false
}

var backWords, actNouns = wordSet(`the this that these those such`), wordSet(`attack attacks strike strikes raid raids
	assault shelling bombing bombings bombardment operation operations blast blasts explosion explosions ambush
	offensive incident incidents action attackers assailants gunmen rocket rockets missile missiles drone drones`)

// appendSites appends to dst the named sites of segment si that the
// gazetteer did not resolve (pointSite): the entities the tagger read as
// locations in the segment's text, outside the dateline, at no resolved
// place. Reports of one happening name its district, beach, base or
// valley again and again ("a building collapsed in the Ojodu district",
// "residents of Ojodu"), and a short local follow-up often names nothing
// else: without them it would agree with no report on its place. Like a
// place's, a site in a recall clause is another happening's.
func appendSites(dst []fpoint, doc *parallax.Document, segs []segment, si, datelineEnd int, ownAct bool, recall, other []parallax.Span) []fpoint {
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Kind != parallax.KindLocation || e.Start < datelineEnd || e.End > len(doc.Text) || e.Start < 0 || e.End <= e.Start ||
			segmentOf(segs, e.Start) != si || ownAct && inSpans(recall, e.Start) || inSpans(other, e.Start) || resolvedAt(doc, e.Start, e.End) {
			continue
		}
		k := placeKey("", doc.Text[e.Start:e.End])
		if !slices.ContainsFunc(dst, func(f fpoint) bool { return f.key == k && f.kind == pointSite }) {
			dst = append(dst, fpoint{key: k, kind: pointSite})
		}
	}
	return dst
}

// resolvedAt reports whether a place of doc overlaps [start, end).
func resolvedAt(doc *parallax.Document, start, end int) bool {
	return slices.ContainsFunc(doc.Places, func(pl parallax.Place) bool { return pl.Start < end && start < pl.End })
}

// splitRecalledDays takes out of the story's segment (segs[main]) the
// days of an earlier act of its kind that the article names by a
// possessive day ("the victims of Monday's shelling", "Sunday's raid"),
// when the story tells an act of force or unrest of its own two or more
// days later ("artillery hit the district on Wednesday afternoon"): the
// article tells the two acts apart by their days, however a period
// between them ("over the previous 24 hours") chained them into one
// segment. The recalled days become a background segment, which joins
// the earlier act's incident as a recap does (and so the story does not:
// the older sister). A follow-up whose own news is no act (a toll that
// rose, funerals, "Monday's attack ... wounded 13") keeps them. It
// returns the segments, still in order of their days, and the story's
// new index.
//
// recalledBy tells the recalled acts: possessiveDated, or (session 22)
// an act inside a recall clause ("the clash came three days after the
// first round of fighting on Monday"), which names the earlier act as
// the possessive does.
func splitRecalledDays(doc *parallax.Document, segs []segment, main int, recall []parallax.Span, maxSpan int32, recalledBy func(*parallax.Document, *parallax.Event) bool) ([]segment, int) {
	if main < 0 {
		return segs, main
	}
	m := &segs[main]
	recalled := int32(noDay) // the last day of a recalled act
	for _, e := range m.events {
		ev := &doc.Events[e]
		if eventClass(ev)&(classViolence|classUnrest) == 0 || !recalledBy(doc, ev) {
			continue
		}
		if _, end, ok, coarse := eventDays(ev, maxSpan); ok && !coarse && (recalled == noDay || end > recalled) {
			recalled = end
		}
	}
	if recalled == noDay {
		return segs, main
	}
	own := slices.ContainsFunc(m.events, func(e int) bool {
		ev := &doc.Events[e]
		start, _, ok, coarse := eventDays(ev, maxSpan)
		return ok && !coarse && start >= recalled+2 && !recalledBy(doc, ev) && actOfOwn(doc, ev, recall)
	})
	if !own {
		return segs, main
	}
	bg := segment{art: m.art, start: noDay, end: noDay, recalled: true}
	var keep []int
	story := int32(noDay)
	for _, e := range m.events {
		start, end, ok, coarse := eventDays(&doc.Events[e], maxSpan)
		if !ok || coarse || end > recalled {
			keep = append(keep, e)
			// A week ("earlier this week") names no day of the story.
			if ok && !coarse && doc.Events[e].Date.Precision != "week" && (story == noDay || start < story) {
				story = start
			}
			continue
		}
		bg.events = append(bg.events, e)
		if bg.start == noDay || start < bg.start {
			bg.start = start
		}
		bg.end = max(bg.end, end)
	}
	m.events = keep
	if story != noDay {
		m.start = story
	}
	segs = slices.Insert(segs, main, bg)
	return segs, main + 1
}

// actOfOwn reports whether ev is an act of force or unrest outside the
// recall clauses that someone started or that hit someone named: what
// segment.ownAct asks of a story.
func actOfOwn(doc *parallax.Document, ev *parallax.Event, recall []parallax.Span) bool {
	if eventClass(ev)&(classViolence|classUnrest) == 0 || inSpans(recall, ev.Start) {
		return false
	}
	if ev.Initiator.Side != "" || ev.Initiator.Actor != "" {
		return true
	}
	hit := ev.Target.Side != "" || ev.Target.Kind != "" && ev.Target.Kind != "unknown"
	return hit && ev.End <= len(doc.Text) && !tollWords[strings.ToLower(doc.Text[ev.Start:ev.End])]
}

// possessiveDated reports whether ev takes its date from a day named in
// the possessive in its sentence ("Monday's shelling", "Sunday’s
// raid"): a happening the reader is taken to know, which the story
// recalls.
func possessiveDated(doc *parallax.Document, ev *parallax.Event) bool {
	if ev.Date.Text == "" {
		return false
	}
	sent := sentenceSpan(doc, ev.Start)
	for k := range doc.Dates {
		d := &doc.Dates[k]
		if d.Start < sent.Start || d.End > sent.End || d.Date.Start != ev.Date.Start || doc.Text[d.Start:d.End] != ev.Date.Text {
			continue
		}
		if rest := doc.Text[d.End:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			return true
		}
	}
	return false
}
