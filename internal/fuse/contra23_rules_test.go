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
