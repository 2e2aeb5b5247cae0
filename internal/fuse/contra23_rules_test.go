package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 23, contra lane: invented parties Orlan (X) and Vessan (Y).

// TestStoryBeforeItsRecap: a report that recalls a clash weeks older than
// its story is in two incidents of the same one article; the story's comes
// first, whatever the dates, so that the first incident of an article is
// what it reports. Incidents of stories keep their date order among
// themselves, and so do recapped ones.
func TestStoryBeforeItsRecap(t *testing.T) {
	const text = "Orlan jets bombed the market in Kesh on Monday, the Vessan ministry said. " +
		"The strike came a month after Orlan jets hit a convoy near Barro on May 3."
	a := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-04"}, Text: text}
	a.Events = []parallax.Event{
		dayEvent(t, "a", "e1", text, "jets bombed the market in Kesh", "2024-06-03", "X", "Y"),
		dayEvent(t, "a", "e2", text, "jets hit a convoy near Barro", "2024-05-03", "X", "Y"),
	}
	const other = "Vessan gunners shelled Orlan posts near Tarn on Friday, the Orlan army said."
	b := &parallax.Document{Article: parallax.Article{ID: "b", Published: "2024-05-25"}, Text: other}
	b.Events = []parallax.Event{dayEvent(t, "b", "e1", other, "gunners shelled Orlan posts", "2024-05-24", "Y", "X")}
	for i := range a.Events {
		a.Events[i].Type = parallax.EventExplosions
	}
	b.Events[0].Type = parallax.EventExplosions
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
	var got []string
	for _, in := range incs {
		got = append(got, in.Date.Start+" "+in.Events[0])
	}
	want := []string{"2024-05-24 b:e1", "2024-06-03 a:e1", "2024-05-03 a:e2"}
	if !slices.Equal(got, want) {
		t.Errorf("incidents %q, want %q", got, want)
	}
}

// TestStrikeThatSparesCivilians: a side's strike on military targets that
// names civilians only as what it spared ("only rebel positions outside
// populated areas") answers the other side's accusation of bombing
// civilians, as one that names no civilians does; one told with civilians
// and a toll ("killing two civilians") admits the harm and answers nothing.
func TestStrikeThatSparesCivilians(t *testing.T) {
	s1 := "The Vessan command accused Orlan aircraft of bombing homes in Kesh and killing nine people."
	s2 := "The Orlan command said its aircraft struck only rebel positions outside populated areas near Kesh."
	s3 := "The Orlan command said its aircraft struck a rebel depot near Kesh, killing two civilians."
	accuse := contraClaim{"Y", "assert", "Orlan aircraft of bombing homes in Kesh and killing nine people"}
	bombCiv := contraEvent{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "bombing homes"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"civilians named as spared", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{accuse, {"X", "assert", "its aircraft struck only rebel positions outside populated areas near Kesh"}},
			events: []contraEvent{bombCiv, {claim: 1, typ: parallax.EventExplosions, init: "X", kind: "military", words: "struck only rebel positions"}}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
		{"civilians named with a toll", contraDoc{text: s1 + " " + s3,
			claims: []contraClaim{accuse, {"X", "assert", "its aircraft struck a rebel depot near Kesh, killing two civilians"}},
			events: []contraEvent{bombCiv, {claim: 1, typ: parallax.EventExplosions, init: "X", kind: "military", words: "struck a rebel depot"}},
			counts: []contraCount{{claim: 1, item: "killed", owner: "Y", by: "X", n: 2, words: "two civilians"}}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestMonthOfTheStory: an act dated only by the month the story's days
// fall in ("at least 40 civilians were killed in June alone", in a report
// of fighting from late June into July) is the story's, so that the
// parties' accusation and denial of it stand in its incident; an act of
// a month that holds none of the story's days stays background.
func TestMonthOfTheStory(t *testing.T) {
	const text = "Orlan troops entered the old town of Kesh on Saturday. " +
		"Vessan officials said Orlan shelling killed 40 civilians in June alone. " +
		"Orlan gunners shelled Barro in March."
	for _, tc := range []struct {
		name  string
		month string // the start of the month of the accusation's act
		want  bool   // it is in the story's segment
	}{
		{"the story's month", "2024-06-01", true},
		{"another month", "2024-03-01", false},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-07-01"}, Text: text}
		d.Events = []parallax.Event{
			dayEvent(t, "a", "e1", text, "troops entered the old town", "2024-06-29", "X", "Y"),
			dayEvent(t, "a", "e2", text, "shelling killed 40 civilians", tc.month, "X", "Y"),
		}
		end := "2024-06-30"
		if tc.month == "2024-03-01" {
			end = "2024-03-31"
		}
		d.Events[1].Date = parallax.DateRange{Start: tc.month, End: end, Precision: "month"}
		pub, _ := dayNumber(d.Article.Published)
		segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
		k := slices.IndexFunc(segs, func(s segment) bool { return s.main })
		if k < 0 {
			t.Fatalf("%s: no story segment in %+v", tc.name, segs)
		}
		if got := slices.Contains(segs[k].events, 1); got != tc.want {
			t.Errorf("%s: the month's act in the story %v, want %v", tc.name, got, tc.want)
		}
	}
}
