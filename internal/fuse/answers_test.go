package fuse

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAnswerApart: an incident holding the main segment of an answer
// ("in response to", "in retaliation for") dated after another incident
// of its parties ended is that incident's counter-move, and the two stay
// apart; not an answer of other parties, nor one dated within the other's
// days, nor a segment that is no answer.
func TestAnswerApart(t *testing.T) {
	for _, tc := range []struct {
		name          string
		answer, main  bool
		segStart      int32
		sides         []string
		want, wantRev bool
	}{
		{"counter-expulsion three days later", true, true, 13, []string{"AZE", "IRN"}, true, false},
		{"no answer clause", false, true, 13, []string{"AZE", "IRN"}, false, false},
		{"an answer within the first's days", true, true, 11, []string{"AZE", "IRN"}, false, false},
		{"an answer of other parties", true, true, 13, []string{"BDI", "RWA"}, false, false},
	} {
		ix := NewIndex(DefaultOptions())
		// Incident 0: the first move, days 10-11; incident 1: the report
		// of the second move.
		ix.segs = []segRef{{art: 0, start: 10, end: 10, main: true, inc: 0}, {art: 1, start: tc.segStart, end: tc.segStart, main: tc.main, answer: tc.answer, inc: 1}}
		ix.incs = []incident{
			{parent: 0, start: 10, end: 11, segs: []int32{0}, sides: []string{"AZE", "IRN"}, sideW: []float32{0.5, 0.5}},
			{parent: 1, start: tc.segStart, end: tc.segStart, segs: []int32{1}, sides: tc.sides, sideW: []float32{0.5, 0.5}},
		}
		if got := ix.answersIncident(1, 0); got != tc.want {
			t.Errorf("%s: answersIncident(answer, first) = %v, want %v", tc.name, got, tc.want)
		}
		if got := ix.answersIncident(0, 1); got != tc.wantRev {
			t.Errorf("%s: answersIncident(first, answer) = %v, want %v", tc.name, got, tc.wantRev)
		}
		if got := ix.answerApart(0, 1); got != tc.want {
			t.Errorf("%s: answerApart = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestAnswerDays: a story told as an answer whose acts are all dated by
// the day its answer clause names happened after that day and by the
// publication; not where an act is dated in its own words, where the
// report is no answer, where it is published the day after, or where no
// act is dated.
func TestAnswerDays(t *testing.T) {
	day := func(s string) int32 { d, _ := dayNumber(s); return d }
	const text = "Warplanes struck 14 targets in the Zagros foothills overnight, the ministry said on Sunday, " +
		"in response to Thursday's mortar attack on the Hamrin post. Another raid hit a depot on Saturday."
	at := func(s string) int { return strings.Index(text, s) }
	mention := func(s, iso string) parallax.DateMention {
		return parallax.DateMention{Span: parallax.Span{Start: at(s), End: at(s) + len(s)}, Date: parallax.DateRange{Start: iso, End: iso, Precision: "day", Text: s}}
	}
	doc := &parallax.Document{Text: text, Dates: []parallax.DateMention{mention("Sunday", "2026-03-08"), mention("Thursday", "2026-03-05"), mention("Saturday", "2026-03-07")}}
	event := func(trigger, dateText, iso string) parallax.Event {
		return parallax.Event{Start: at(trigger), End: at(trigger) + len(trigger), Date: parallax.DateRange{Start: iso, End: iso, Precision: "day", Text: dateText}}
	}
	doc.Events = []parallax.Event{
		event("struck", "Thursday", "2026-03-05"),
		event("mortar attack", "Thursday", "2026-03-05"),
		event("hit a depot", "Saturday", "2026-03-07"),
		{Start: at("struck"), End: at("struck") + 6},
	}
	cl := at("in response to")
	answer := []parallax.Span{{Start: cl, End: at(". Another")}}
	for _, c := range []struct {
		name      string
		events    []int
		isAnswer  bool
		pub       string
		wantOK    bool
		wantStart string
	}{
		{"dated by the answered day", []int{0, 1}, true, "2026-03-08", true, "2026-03-06"},
		{"an act dated in its own words", []int{0, 2}, true, "2026-03-08", false, ""},
		{"no answer", []int{0, 1}, false, "2026-03-08", false, ""},
		{"published the day after", []int{0, 1}, true, "2026-03-06", false, ""},
		{"no act dated", []int{3}, true, "2026-03-08", false, ""},
	} {
		s := &segment{main: true, answer: c.isAnswer, start: day("2026-03-05"), end: day("2026-03-05"), events: c.events}
		start, end, ok := answerDays(doc, s, answer, day(c.pub))
		if ok != c.wantOK || ok && (start != day(c.wantStart) || end != day(c.pub)) {
			t.Errorf("%s: answerDays = %s..%s %v, want %s..%s %v", c.name, dayString(start), dayString(end), ok, c.wantStart, c.pub, c.wantOK)
		}
	}
}
