package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 22, contra lane: invented parties Orlan (X) and Vessan (Y), and
// a town Kesh on their border.

// TestStoryIsNoPlan: the story of a report is the segment of its acts
// nearest the publication day, not an act it expects after that day ("the
// fighting can stop tomorrow", a report due next Monday) nor one dated
// only by the week it was published in ("diplomats expect the fighting to
// shift this week"): those name no day of a happening the report tells,
// and would set the report apart from another report of its story.
func TestStoryIsNoPlan(t *testing.T) {
	const text = "Orlan troops retook Kesh on Sunday. The fighting began on Thursday with artillery fire. " +
		"The fighting can stop tomorrow, the minister said. Diplomats expect the fighting to shift south this week."
	for _, tc := range []struct {
		name       string
		later      string // the date of the minister's "tomorrow"
		week       bool   // the diplomats' expectation is dated by the week
		start, end string // the story's days
	}{
		{"a plan after the publication day", "2024-06-04", false, "2024-06-02", "2024-06-02"},
		{"an expectation of the week", "2024-06-02", true, "2024-06-02", "2024-06-02"},
		{"both", "2024-06-04", true, "2024-06-02", "2024-06-02"},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-03"}, Text: text}
		d.Events = []parallax.Event{
			dayEvent(t, "a", "e1", text, "troops retook Kesh", "2024-06-02", "X", "Y"),
			dayEvent(t, "a", "e2", text, "The fighting began on Thursday", "2024-05-30", "X", "Y"),
			dayEvent(t, "a", "e3", text, "The fighting can stop", tc.later, "X", ""),
		}
		if tc.week {
			e := dayEvent(t, "a", "e4", text, "the fighting to shift south", "2024-06-03", "", "")
			e.Date = parallax.DateRange{Start: "2024-06-03", End: "2024-06-09", Precision: "week"}
			d.Events = append(d.Events, e)
		}
		for i := range d.Events {
			d.Events[i].Type = parallax.EventBattles
		}
		pub, _ := dayNumber(d.Article.Published)
		segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
		k := slices.IndexFunc(segs, func(s segment) bool { return s.main })
		start, _ := dayNumber(tc.start)
		end, _ := dayNumber(tc.end)
		if k < 0 || segs[k].start != start || segs[k].end != end {
			t.Errorf("%s: story %+v, want days %s to %s", tc.name, segs, tc.start, tc.end)
		}
		for _, s := range segs {
			if s.start > pub && len(s.events) > 0 && !s.main {
				t.Errorf("%s: a segment of days after the publication day: %+v", tc.name, s)
			}
		}
	}
	// Where the report tells no act of a named day, the week is its story.
	const weekly = "Diplomats expect the fighting to shift south this week."
	d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-03"}, Text: weekly}
	e := dayEvent(t, "a", "e1", weekly, "the fighting to shift south", "2024-06-03", "", "")
	e.Type, e.Date = parallax.EventBattles, parallax.DateRange{Start: "2024-06-03", End: "2024-06-09", Precision: "week"}
	d.Events = []parallax.Event{e}
	pub, _ := dayNumber(d.Article.Published)
	segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
	if len(segs) != 1 || !segs[0].main || len(segs[0].events) != 1 {
		t.Errorf("a week's report: segments %+v, want one story of its event", segs)
	}
}

// TestUnnamedMilitaryTargetAnswersItsAccuser: a side accused by name of
// hitting civilians, that tells its strike as one on military targets of
// no named side ("struck only military targets around Kesh"), answers the
// accusation where its words meet the accuser's (the town, the weapon):
// a civilian_targeting contradiction. Not where they share no word (a
// strike elsewhere told beside it), nor where the accusation names no
// one: the bare military target stays the agentless passive it may be.
func TestUnnamedMilitaryTargetAnswersItsAccuser(t *testing.T) {
	s1 := "The Vessan ministry accused Orlan jets of bombing Kesh and killing seven civilians."
	s2 := "The Orlan ministry said its jets had struck only military targets around Kesh."
	s3 := "The Orlan ministry said its aircraft had destroyed an ammunition depot near Barro."
	s4 := "The Vessan ministry said bombs fell on Kesh, killing seven civilians."
	accuse := contraClaim{"Y", "assert", "Orlan jets of bombing Kesh and killing seven civilians"}
	bombCiv := contraEvent{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "bombing Kesh"}
	answer := contraClaim{"X", "assert", "its jets had struck only military targets around Kesh"}
	strikeMil := contraEvent{claim: 1, typ: parallax.EventExplosions, init: "X", kind: "military", words: "struck only military targets"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"the accused's strike on military targets of the same town", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{accuse, answer}, events: []contraEvent{bombCiv, strikeMil}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
		{"a strike that shares no word", contraDoc{text: s1 + " " + s3,
			claims: []contraClaim{accuse, {"X", "assert", "its aircraft had destroyed an ammunition depot near Barro"}},
			events: []contraEvent{bombCiv, {claim: 1, typ: parallax.EventExplosions, init: "X", kind: "military", words: "destroyed an ammunition depot"}}},
			nil},
		{"an accusation that names no one", contraDoc{text: s4 + " " + s2,
			claims: []contraClaim{{"Y", "assert", "bombs fell on Kesh, killing seven civilians"}, answer},
			events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, target: "Y", kind: "civilian", words: "bombs fell on Kesh"}, strikeMil}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestStartOfTheCrisisIsItsBeginning: "since the start of the siege on
// May 23" tells the day the story's happening began, as "the siege that
// began on May 23" does; a date after another noun phrase does not.
func TestStartOfTheCrisisIsItsBeginning(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"since the start of the siege on", true},
		{"from the outbreak of the fighting on", true},
		{"after the beginning of the Kesh offensive on", true},
		{"the start of talks in the capital of the province on", false},
		{"the meeting of the council on", false},
		{"since the start of the siege in", false},
	} {
		if got := startOfBefore(strings.ToLower(tc.before)); got != tc.want {
			t.Errorf("startOfBefore(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// TestWitnessMeetsADenialOnMoreThanAPlace: a party's denial answers a
// witness's line (a speaker of no side) where their words are one matter
// by two content stems or more: survivors' "the aircraft fired on people
// fleeing" and the air force's denial that its aircraft fired on people
// fleeing; not residents' "a quiet takeover in Kesh" and a spokesman's
// "there was no battle for Kesh", which share the town only (and agree).
func TestWitnessMeetsADenialOnMoreThanAPlace(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		witness    contraClaim
		denial     contraClaim
		act        contraEvent
		want       []string
	}{
		{"the same matter", "Survivors said the aircraft fired on people fleeing the market. The Orlan air force denied that its aircraft fired on people fleeing.",
			contraClaim{"", "assert", "the aircraft fired on people fleeing the market"},
			contraClaim{"X", "deny", "its aircraft fired on people fleeing"},
			contraEvent{claim: 1, typ: parallax.EventExplosions, init: "X", kind: "unknown", words: "fired on people", negated: true},
			[]string{"denial:::=true,X=false"}},
		{"a town's name only", "Residents described a quiet takeover in Kesh. The Orlan spokesman said there was no battle for Kesh.",
			contraClaim{"", "assert", "a quiet takeover in Kesh"},
			contraClaim{"X", "assert", "there was no battle for Kesh"},
			contraEvent{claim: 1, typ: parallax.EventBattles, kind: "unknown", words: "no battle", negated: true},
			nil},
	} {
		cd := contraDoc{text: tc.text, claims: []contraClaim{tc.witness, tc.denial}, events: []contraEvent{tc.act}}
		d := cd.doc(t)
		sents := strings.SplitAfter(tc.text, ". ")
		d.Claims[0].Speaker.Text, d.Claims[0].Sentence = "residents", sents[0]
		d.Claims[1].Speaker.Text, d.Claims[1].Sentence = "spokesman", sents[1]
		if got := contradictionValues(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
