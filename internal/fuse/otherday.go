package fuse

import (
	"slices"

	"github.com/parallaxhq/parallax"
)

// actOtherDays reports whether segment s tells an act of force of its own
// (segment.ownAct), dated by its events, two or more days from the days
// of incident in, itself fighting, and its article names no day of in's
// (segment.named): a city struck on a Tuesday and again on the Friday is
// two happenings, however many of the city's words, places and parties
// their reports share. A report that names the incident's day ("which
// Ukraine said it struck on Monday night", "On Tuesday, a missile killed
// 11") may tell it, whatever day its own sentences were dated by (the day
// satellite images were taken); a follow-up (a toll revised, funerals) is
// dated by the act it follows or by its publication alone (segment.late),
// and is no act of its own.
func actOtherDays(s *segment, in *incident) bool {
	if !s.main || !s.ownAct || len(s.named) == 0 || s.late || s.types&in.types&classViolence == 0 || s.start == noDay || in.start == noDay ||
		s.start-in.end < 2 && in.start-s.end < 2 {
		return false
	}
	i, _ := slices.BinarySearch(s.named, in.start)
	return i == len(s.named) || s.named[i] > in.end
}

// namedDays returns the days that doc's time expressions name to the day
// or to a span of a few days, sorted and distinct, when an act of force of
// s's own (actOfOwn) holds the day it is dated by in its own words
// ("dropped two bombs on the district on Friday afternoon"); nil when
// none does: an act dated by the day its teller spoke ("said in a
// statement on Wednesday that its fighters had killed 30 soldiers ... at
// the start of the week") may be of any day before.
func namedDays(doc *parallax.Document, s *segment, recall []parallax.Span) []int32 {
	if !slices.ContainsFunc(s.events, func(e int) bool { return actDayedInWords(doc, &doc.Events[e], recall) }) {
		return nil
	}
	var days []int32
	for k := range doc.Dates {
		d := &doc.Dates[k].Date
		if d.Precision != "day" {
			continue
		}
		s, ok := dayNumber(d.Start)
		if !ok {
			continue
		}
		e, ok := dayNumber(d.End)
		if !ok || e < s || e-s > 2 {
			e = s
		}
		for x := s; x <= e; x++ {
			days = append(days, x)
		}
	}
	slices.Sort(days)
	return slices.Compact(days)
}

// actDayedInWords reports whether ev is an act of force of the story's own
// (actOfOwn) whose date comes from a time expression inside its own words.
func actDayedInWords(doc *parallax.Document, ev *parallax.Event, recall []parallax.Span) bool {
	if ev.Date.Text == "" || ev.Date.Precision != "day" || !actOfOwn(doc, ev, recall) {
		return false
	}
	for k := range doc.Dates {
		d := &doc.Dates[k]
		if d.Start >= ev.Start && d.End <= ev.End && d.Date.Start == ev.Date.Start && doc.Text[d.Start:d.End] == ev.Date.Text {
			return true
		}
	}
	return false
}

// recapApart reports whether segment s, its article's own story, tells a
// move two or more days after a move of the same kind (an event of one
// CAMEO code, no words: sameMove) that its article recalls in a segment
// of its own, and incident r holds that segment with another report's
// story: a counter-expulsion's wire that recalls Monday's expulsion in a
// paragraph ("On Monday Burkina Faso expelled ...") tells the two moves
// apart by their days, however many words they share. The article stays
// in r by its recap; its story does not join it. A follow-up of another
// kind (a protest note over Sunday's attack) may.
func (ix *Index) recapApart(s *segment, r int32) bool {
	if !s.main || s.late || s.start == noDay || ix.scanned == nil || !ix.holdsOtherMain(r, s.art) {
		return false
	}
	for k, t := range ix.arts[s.art].segs {
		g := &ix.segs[t]
		if !g.main && g.start != noDay && s.start-g.end >= 2 && k < len(ix.curSegs) && ix.find(g.inc) == r && sameMove(ix.scanned, &ix.curSegs[k], s) {
			return true
		}
	}
	return false
}

// sameMove reports whether segments a and b of doc hold events of one
// CAMEO code that are acts, not words (verbalEvent): an expulsion and an
// expulsion, a strike and a strike.
func sameMove(doc *parallax.Document, a, b *segment) bool {
	for _, i := range a.events {
		ea := &doc.Events[i]
		if len(ea.CAMEO) < 3 || verbalEvent(ea) {
			continue
		}
		for _, j := range b.events {
			if doc.Events[j].CAMEO == ea.CAMEO {
				return true
			}
		}
	}
	return false
}
