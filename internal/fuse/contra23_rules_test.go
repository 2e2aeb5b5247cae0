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
