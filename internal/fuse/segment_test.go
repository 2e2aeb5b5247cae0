package fuse

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// dayEvent builds a day-dated event over the first occurrence of anchor in
// text (which must hold it).
func dayEvent(t *testing.T, art, id, text, anchor, date, init, targ string) parallax.Event {
	t.Helper()
	i := strings.Index(text, anchor)
	if i < 0 {
		t.Fatalf("%q not in the text", anchor)
	}
	return parallax.Event{ID: art + ":" + id, Article: art, Start: i, End: i + len(anchor),
		Type: parallax.EventStrategic, Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Side: targ},
		Date: parallax.DateRange{Start: date, End: date, Precision: "day"}}
}

// TestLeadUpInMainVector: the sentences of a background segment dated
// within the incident span of the article's own story (its lead-up, or a
// weekday resolved to the wrong week) still tell that story, so another
// report of it joins; a segment weeks older does not lend its words.
func TestLeadUpInMainVector(t *testing.T) {
	const (
		ledeA = "Foreign Minister Talvo Renk said Monday that Dastria hopes to end the blockade of its grain port. "
		leadA = "On Tuesday Renk will join negotiator Ilsa Bramm in Port Selvo to seek a prisoner exchange and a truce along the Varna corridor with Korvanian envoys, while Bramm promised the corridor truce first."
		textB = "Korvanian and Dastrian envoys led by negotiator Ilsa Bramm agreed in Port Selvo on Tuesday to a truce along the Varna corridor and a prisoner exchange, after the corridor talks ran into the night."
	)
	textA := ledeA + leadA
	build := func(leadDate string) []*parallax.Document {
		a := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-10"}, Text: textA}
		a.Events = []parallax.Event{
			dayEvent(t, "a", "e1", textA, "hopes to end the blockade", "2024-06-10", "DAS", ""),
			dayEvent(t, "a", "e2", textA, "seek a prisoner exchange", leadDate, "DAS", "KOR"),
		}
		a.Sentences = []parallax.Sentence{
			{Span: parallax.Span{Start: 0, End: len(ledeA)}},
			{Span: parallax.Span{Start: len(ledeA), End: len(textA)}},
		}
		b := &parallax.Document{Article: parallax.Article{ID: "b", Published: "2024-06-12"}, Text: textB}
		b.Events = []parallax.Event{dayEvent(t, "b", "e1", textB, "agreed in Port Selvo", "2024-06-11", "DAS", "KOR")}
		return []*parallax.Document{a, b}
	}
	for _, c := range []struct {
		name, leadDate string
		together       bool
	}{
		// "On Tuesday" read as the Tuesday before publication: 6 days
		// before the lede's day, within the incident span.
		{"lead-up dated days before", "2024-06-04", true},
		// The same sentence dated three weeks earlier is a recalled
		// happening: the main story keeps its own words only.
		{"background weeks before", "2024-05-20", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := build(c.leadDate)
			pub, _ := dayNumber(docs[0].Article.Published)
			segs := segmentArticle(docs[0], 0, pub, 2, 6, nil, nil)
			if len(segs) != 2 {
				t.Fatalf("article a: %d segments, want 2 (a background segment for the lead-up)", len(segs))
			}
			incs, _ := New(DefaultOptions()).Fuse(docs)
			// The lead-up segment of a forms an incident of its own
			// when nothing else reports it; what matters is whether a
			// and b share one.
			together := IncidentPairs(incs)[pairOf("a", "b")]
			if together != c.together {
				t.Errorf("a and b in one incident: %v, want %v (incidents %v)", together, c.together, incidentArticles(incs))
			}
		})
	}
}
