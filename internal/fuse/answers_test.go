package fuse

import "testing"

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
