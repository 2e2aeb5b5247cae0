package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 19, fusion lane. The invented parties of contra15_test.go:
// Orlan (X), Vessan (Y).

// TestRejectedFigureIsNotTheDeniersOwn: a figure that a party's denial
// repeats to reject it ("dismissed the claim that 12 of its soldiers were
// killed as propaganda") is the rival's figure, not the denier's: the two
// do not agree on it, and the denier's own figure, where it gives one,
// stands against the rival's. A denial that gives a figure no other party
// gives ("denied that more than 3 soldiers died") keeps it.
func TestRejectedFigureIsNotTheDeniersOwn(t *testing.T) {
	s1 := "The Vessan army said its gunners had killed 12 Orlan soldiers near Dorna."
	s2 := "The Orlan ministry said 4 of its soldiers were killed near Dorna."
	s3 := "The Orlan ministry dismissed the claim that 12 of its soldiers were killed as propaganda."
	s4 := "The Orlan ministry denied that more than 3 soldiers were killed near Dorna."
	rival := contraClaim{"Y", "assert", "its gunners had killed 12 Orlan soldiers near Dorna"}
	own := contraClaim{"X", "assert", "4 of its soldiers were killed near Dorna"}
	rejects := contraClaim{"X", "deny", "the claim that 12 of its soldiers were killed as propaganda"}
	lower := contraClaim{"X", "deny", "more than 3 soldiers were killed near Dorna"}
	rivalCount := contraCount{claim: 0, item: "killed", owner: "X", by: "Y", n: 12, words: "12 Orlan soldiers"}
	for _, tc := range []struct {
		name   string
		text   string
		claims []contraClaim
		counts []contraCount
		want   []string // the count contradictions
	}{
		{"the denier's own figure stands", s1 + " " + s2 + " " + s3,
			[]contraClaim{rival, own, rejects},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 4, words: "4 of its soldiers"},
				{claim: 2, item: "killed", owner: "X", by: "X", n: 12, words: "12 of its soldiers"}},
			[]string{"count:killed:X:X=4,Y=12"}},
		{"no figure of its own", s1 + " " + s3,
			[]contraClaim{rival, rejects},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 12, words: "12 of its soldiers"}},
			nil},
		{"a figure of the denial's own", s1 + " " + s4,
			[]contraClaim{rival, lower},
			[]contraCount{rivalCount,
				{claim: 1, item: "killed", owner: "X", by: "X", n: 3, words: "3 soldiers"}},
			[]string{"count:killed:X:X=3,Y=12"}},
	} {
		got := contradictionValues(t, contraDoc{text: tc.text, claims: tc.claims, counts: tc.counts}.doc(t))
		got = slices.DeleteFunc(got, func(s string) bool { return !strings.HasPrefix(s, "count:") })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: count contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWeekOverlappingTheStory: a segment dated only by a week ("last
// week") whose days overlap the story's days is not told apart from the
// story and joins it, whose days stay its own; a week that ends before
// the story's days, or a recalled day of its own, stays a segment apart.
func TestWeekOverlappingTheStory(t *testing.T) {
	type mention struct{ act, day, start, end, precision string }
	for _, tc := range []struct {
		name      string
		text      string
		ms        []mention
		want      []string // segmentEvents
		wantStart string
	}{
		{"last week reaches the story's Sunday",
			"Rebels said they downed a jet near Sake last week. Soldiers had died since Thursday. On Tuesday the rebels stormed the citadel.",
			[]mention{{"downed", "last week", "2025-05-12", "2025-05-18", "week"}, {"died", "since Thursday", "2025-05-15", "2025-05-20", "day"},
				{"stormed", "Tuesday", "2025-05-20", "2025-05-20", "day"}},
			[]string{"main:downed+died+stormed"}, "2025-05-15"},
		{"last week ended before the story",
			"Rebels said they downed a jet near Sake last week. On Tuesday the rebels stormed the citadel.",
			[]mention{{"downed", "last week", "2025-05-05", "2025-05-11", "week"}, {"stormed", "Tuesday", "2025-05-13", "2025-05-13", "day"}},
			[]string{"main:stormed", "downed"}, "2025-05-13"},
		{"a recalled day of its own",
			"Rebels said they downed a jet near Sake on May 12. Soldiers had died since Thursday. On Tuesday the rebels stormed the citadel.",
			[]mention{{"downed", "May 12", "2025-05-12", "2025-05-12", "day"}, {"died", "since Thursday", "2025-05-15", "2025-05-20", "day"},
				{"stormed", "Tuesday", "2025-05-20", "2025-05-20", "day"}},
			[]string{"main:died+stormed", "downed"}, "2025-05-15"},
	} {
		pubDay := tc.ms[len(tc.ms)-1].start
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: pubDay}, Text: tc.text}
		for i, m := range tc.ms {
			a := strings.Index(tc.text, m.act)
			at := strings.Index(tc.text, m.day)
			day := parallax.DateRange{Start: m.start, End: m.end, Precision: m.precision, Text: m.day}
			d.Dates = append(d.Dates, parallax.DateMention{Span: parallax.Span{Start: at, End: at + len(m.day)}, Date: day})
			d.Events = append(d.Events, parallax.Event{ID: "e" + itoa(i+1), Type: parallax.EventBattles, CAMEO: "190",
				Start: a, End: a + len(m.act), Date: day})
		}
		pub, _ := dayNumber(d.Article.Published)
		segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
		if got := segmentEvents(d, segs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: segments %q, want %q", tc.name, got, tc.want)
			continue
		}
		want, _ := dayNumber(tc.wantStart)
		for _, s := range segs {
			if s.main && s.start != want {
				t.Errorf("%s: the story starts on day %d, want %d", tc.name, s.start, want)
			}
		}
	}
}

// TestRemarkPointsBack: a remark or a comment names a statement without
// telling its content, as a claim or an account does: "dismissed the
// remark as false" points back to what was said before it; "the remark
// that ..." tells the content.
func TestRemarkPointsBack(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the remark as \"factually wrong\"", true},
		{"the envoy's comments as interference", true},
		{"those remarks", true},
		{"the remark that orlan troops had crossed the border", false},
	} {
		if got := pointsBack(c.text); got != c.want {
			t.Errorf("%q: points back %v, want %v", c.text, got, c.want)
		}
	}
}

// TestReciprocityAnswers: an act done "in application of the principle of
// reciprocity", "citing reciprocity", or as a "tit-for-tat response to"
// another is an answer (an expulsion answering an expulsion), as "in
// retaliation for" is; reciprocity only threatened or planned ("would act
// in accordance with the principle of reciprocity if necessary", "vowed to
// apply reciprocity") is none.
func TestReciprocityAnswers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the answer clauses
	}{
		{"Orlan on Monday declared two Vessan diplomats persona non grata, in application of the principle of reciprocity, the ministry said.",
			[]string{"reciprocity"}},
		{"The envoy was given 72 hours to leave, the ministry said, citing reciprocity.", []string{"reciprocity"}},
		{"Orlan expelled two diplomats in a tit-for-tat response to Vessan's expulsions last week.",
			[]string{"tat response to Vessan's expulsions last week"}},
		{"The spokesman said Orlan would act in accordance with the principle of reciprocity if necessary.", nil},
		{"Orlan vowed to apply reciprocity.", nil},
		{"Relations rest on reciprocity if both sides keep their word.", nil},
	} {
		var words []word
		scanWords(tc.text, nil, func(w word) { words = append(words, w) })
		var got []string
		for _, c := range priorClauses(tc.text, words, nil) {
			if !c.timed {
				got = append(got, tc.text[c.Start:c.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: answer clauses %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMutualBlameBesideAThirdSide: each of two sides says the other
// attacked, though one of them blames a third side more ("the rebels,
// backed by Vessan troops, attacked our positions", told three times of
// Vessan and once of the rebels; "the army attacked first"): the two
// dispute who started it. Where no one blames the side that blames, there
// is no dispute.
func TestMutualBlameBesideAThirdSide(t *testing.T) {
	ev := func(id, claim, init string) *eventF {
		return &eventF{id: id, claim: claim, typ: parallax.EventBattles, init: init, class: classViolence}
	}
	for _, tc := range []struct {
		name   string
		claims []*claimF
		events []*eventF
		want   string
	}{
		{"the rebels blame the army, the army the rebels and Vessan more",
			[]*claimF{{id: "a:c1", side: "X"}, {id: "a:c2", side: "X"}, {id: "a:c3", side: "X"}, {id: "a:c4", side: "R"}},
			[]*eventF{ev("e1", "a:c1", "R"), ev("e2", "a:c2", "Y"), ev("e3", "a:c3", "Y"), ev("e4", "a:c4", "X")},
			"R=X,X=R"},
		{"no one blames the army",
			[]*claimF{{id: "a:c1", side: "X"}, {id: "a:c2", side: "X"}, {id: "a:c3", side: "X"}},
			[]*eventF{ev("e1", "a:c1", "R"), ev("e2", "a:c2", "Y"), ev("e3", "a:c3", "Y")},
			""},
	} {
		v := &view{claims: map[string]*claimF{}, events: tc.events}
		for _, c := range tc.claims {
			c.stance = parallax.StanceAssert
			v.claims[c.id] = c
			v.inClaims = append(v.inClaims, c)
		}
		got := ""
		if c, ok := v.initiator(map[string]bool{}); ok {
			var vs []string
			for _, val := range c.Values {
				vs = append(vs, val.Side+"="+fmtValue(val.Value))
			}
			got = strings.Join(vs, ",")
		}
		if got != tc.want {
			t.Errorf("%s: initiator %q, want %q", tc.name, got, tc.want)
		}
	}
}
