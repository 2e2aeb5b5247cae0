package fuse

import (
	"slices"

	"github.com/parallaxhq/parallax"
)

// answersIncident reports whether incident a holds an answer to incident
// b: the main segment of a report that tells its story as an answer ("in
// response to", "in retaliation for", reciprocity: segment.answer),
// dated after b ended, with parties in common. Such a segment joined no
// incident of b (answers); a is another happening, the counter-move.
func (ix *Index) answersIncident(a, b int32) bool {
	in, other := &ix.incs[a], &ix.incs[b]
	if other.end == noDay {
		return false
	}
	for _, t := range in.segs {
		if sg := &ix.segs[t]; sg.answer && sg.start != noDay && sg.start > other.end {
			ix.warm(a) // the sides may be compacted (cold.go)
			ix.warm(b)
			return partyOverlap(in.sides, in.sideW, other.sides, other.sideW) > 0
		}
	}
	return false
}

// answerApart reports whether one of incidents r and o holds an answer to
// the other (answersIncident): a third report that fits both (a reply to
// the counter-move, which names the first move too) does not make the
// move and the answer one.
func (ix *Index) answerApart(r, o int32) bool {
	return ix.answersIncident(r, o) || ix.answersIncident(o, r)
}

// answerDays returns the days of segment s, its article's story told as
// an answer (segment.answer), when every dated event of it takes its date
// from a time expression inside the answer clause, whose spans are
// answer: "Turkish warplanes struck 14 targets overnight, the ministry
// said on Sunday, in response to Thursday's rocket attack" dates the
// strikes by Thursday, the day of the attack they answer. The answer came
// after that day and by the publication day pub: its days are the day
// after to pub. ok is false for any other segment, and where pub is no
// later than the day after.
func answerDays(doc *parallax.Document, s *segment, answer []parallax.Span, pub int32) (start, end int32, ok bool) {
	if !s.main || !s.answer || s.late || s.start == noDay || pub == noDay || pub <= s.end+1 || len(answer) == 0 {
		return 0, 0, false
	}
	dated := 0
	for _, e := range s.events {
		ev := &doc.Events[e]
		if ev.Date.Text == "" {
			continue
		}
		dated++
		if !slices.ContainsFunc(doc.Dates, func(d parallax.DateMention) bool {
			return d.Date.Start == ev.Date.Start && d.End <= len(doc.Text) && doc.Text[d.Start:d.End] == ev.Date.Text && inSpans(answer, d.Start)
		}) {
			return 0, 0, false
		}
	}
	if dated == 0 {
		return 0, 0, false
	}
	return s.end + 1, pub, true
}
