package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// The tests of this file cover ordinary news events, not only clashes:
// reports without dates, follow-ups filed days later, events whose
// participants are people rather than sides, and sister events of one
// kind (two quakes, two arrests) that differ in names.

// TestUndatedReports: reports without a publication date or dated events
// are grouped by text (and places and parties), not each left alone.
func TestUndatedReports(t *testing.T) {
	quake1 := "A strong earthquake shook the town of Dorvik on the northern coast, collapsing a school and a bakery. Rescuers in Dorvik pulled eleven survivors from the school rubble, the mayor Anka Teller said."
	quake2 := "Mayor Anka Teller said eleven people were rescued alive from a collapsed school in Dorvik after the earthquake, and that the bakery on the harbour also fell."
	quake3 := "An earthquake struck the mountain village of Selmar far inland, cracking its dam; engineer Piet Oram said the reservoir was being drained as a precaution."
	fire := "A fire destroyed a paper mill in Haskov, and 40 workers were evacuated, the fire brigade said."
	docs := []*parallax.Document{art("q1", "", quake1), art("f", "", fire), art("q2", "", quake2), art("q3", "", quake3)}
	incs, _ := New(DefaultOptions()).Fuse(docs)
	if got, want := incidentArticles(incs), []string{"f", "q1+q2", "q3"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
	for _, in := range incs {
		if in.Date.Start != "" {
			t.Errorf("%s: undated reports gave the date %q", in.ID, in.Date.Start)
		}
	}
}

// TestFollowUpReport: a report dated only by its publication, days after
// the incident ("a week after the quake ..."), joins it without moving
// its dates; a report of a new event on its own day, or one filed after
// more than MaxSpanDays, does not.
func TestFollowUpReport(t *testing.T) {
	day1 := "A fire tore through the Belmont Tower housing block in Rask, killing 14 residents; firefighters fought the blaze at Belmont Tower for nine hours, chief Ola Brenner said."
	later := "Residents of Belmont Tower in Rask laid flowers for the 14 people killed in the blaze, and chief Ola Brenner said the fire alarms of the tower had failed."
	at := evSpec{date: "2025-03-02", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}
	for _, c := range []struct {
		name  string
		b     *parallax.Document
		want  []string
		dates string
	}{
		{"five days later, undated events", art("b", "2025-03-07", later), []string{"a+b"}, "2025-03-02"},
		{"five days later, an event of its own day", art("b", "2025-03-07", later,
			evSpec{date: "2025-03-07", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}), []string{"a", "b"}, ""},
		{"ten days later", art("b", "2025-03-12", later), []string{"a", "b"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{art("a", "2025-03-02", day1, at), c.b})
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Fatalf("incidents %v, want %v", got, c.want)
			}
			if c.dates != "" && (incs[0].Date.Start != c.dates || incs[0].Date.End != c.dates) {
				t.Errorf("incident dates %s..%s, want %s", incs[0].Date.Start, incs[0].Date.End, c.dates)
			}
		})
	}
}

// TestDatelinePlacesLeftOut: every place named before a dateline's dash
// (the bureau, a month read as a town) is left out of the story's places.
func TestDatelinePlacesLeftOut(t *testing.T) {
	text := "LAGOS, Nov 4 - Pirates seized a trawler off Sao Tome on Tuesday, the navy said."
	pl := func(id, name, feature string, lat float64) parallax.Place {
		i := strings.Index(text, name)
		return parallax.Place{ID: id, Start: i, End: i + len(name), Text: name, Feature: feature, Lat: lat, Lon: 5, Country: "XX"}
	}
	doc := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2025-11-04"}, Text: text,
		Places: []parallax.Place{pl("p1", "LAGOS", "P.PPLA2", 6.5), pl("p2", "Nov", "P.PPLA", -9), pl("p3", "Sao Tome", "P.PPLC", 0.3)}}
	segs := segmentArticle(doc, 0, 20396, 2, 6)
	if len(segs) != 1 || !slices.Equal(segs[0].places, []int{2}) {
		t.Fatalf("segments %+v: want one with place 2 only", segs)
	}
	if _, end := datelinePlace(doc); end != strings.Index(text, "-") {
		t.Errorf("dateline ends at %d, want %d", end, strings.Index(text, "-"))
	}
}

// docVec is the main segment's vector of doc in ix.
func docVec(ix *Index, doc *parallax.Document) termVec {
	ix.observe(doc)
	ix.scan(doc)
	ix.wordSpan = ix.wordSpan[:0]
	for _, w := range ix.all {
		if w.Stem != 0 {
			ix.wordSpan = append(ix.wordSpan, w)
		}
	}
	pub, _ := dayNumber(doc.Article.Published)
	segs := segmentArticle(doc, 0, pub, 2, 6)
	ix.segmentVectors(doc, segs)
	for _, s := range segs {
		if s.main {
			return s.vec
		}
	}
	return nil
}

// TestNamesOutweighKindWords: two reports of one arrest share the
// arrested man's name; a report of another arrest shares the kind's words
// ("arrested", "bail", "charges") and not the name. Marking the names
// (entities of people and firms that are no party) widens the gap between
// the two cosines.
func TestNamesOutweighKindWords(t *testing.T) {
	mk := func(id, text string, names ...string) *parallax.Document {
		d := &parallax.Document{Article: parallax.Article{ID: id, Published: "2025-03-10"}, Text: text}
		for _, n := range names {
			for off := 0; ; {
				i := strings.Index(text[off:], n)
				if i < 0 {
					break
				}
				d.Entities = append(d.Entities, parallax.Entity{Start: off + i, End: off + i + len(n), Text: n, Kind: parallax.KindPerson})
				off += i + len(n)
			}
		}
		return d
	}
	a := mk("a", "Singer Orla Venn was arrested on drug charges at the airport and released on bail, police said. Venn's lawyer said the charges would be fought.", "Orla Venn", "Venn")
	b := mk("b", "Police detained Orla Venn at the airport over drugs found in her luggage; Venn left custody after posting bail.", "Orla Venn", "Venn")
	c := mk("c", "Footballer Tiago Marsh was arrested on assault charges at a nightclub and released on bail, police said. Marsh's lawyer said the charges would be fought.", "Tiago Marsh", "Marsh")
	strip := func(d *parallax.Document) *parallax.Document { e := *d; e.Entities = nil; return &e }
	gap := func(a, b, c *parallax.Document) (same, other float64) {
		ix := NewIndex(DefaultOptions())
		va, vb, vc := docVec(ix, a), docVec(ix, b), docVec(ix, c)
		return cosine(va, vb), cosine(va, vc)
	}
	s1, o1 := gap(strip(a), strip(b), strip(c))
	s2, o2 := gap(a, b, c)
	if s2-o2 <= s1-o1+0.05 {
		t.Errorf("names marked: same arrest %.3f, other arrest %.3f; unmarked %.3f, %.3f: the gap should widen", s2, o2, s1, o1)
	}
}

// TestMixedDating: in a collection without publication dates, one report
// dates the happening in its text and another does not; they meet in
// either order, and the incident takes the date the dated report gives.
func TestMixedDating(t *testing.T) {
	dated := "The Harlow Street flyover in Tamsin collapsed onto traffic, crushing a bus and killing 16 people; its builder Norvale Works said it would help the inquiry into the Harlow Street collapse."
	undated := "Police questioned three managers of Norvale Works over the collapse of the Harlow Street flyover in Tamsin that killed 16 people on a bus and in cars."
	other := "A footbridge over the canal in Bresk gave way under a crowd of fans, and 30 were hurt, the city's mayor Edda Kron said."
	at := evSpec{date: "2024-03-14", lat: 22.6, lon: 88.4, typ: parallax.EventViolenceCivilians}
	for _, c := range []struct {
		name string
		docs []*parallax.Document
	}{
		{"dated first", []*parallax.Document{art("a", "", dated, at), art("c", "", other), art("b", "", undated)}},
		{"undated first", []*parallax.Document{art("b", "", undated), art("c", "", other), art("a", "", dated, at)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(c.docs)
			if got, want := incidentArticles(incs), []string{"a+b", "c"}; !slices.Equal(got, want) && !slices.Equal(got, []string{"b+a", "c"}) {
				t.Fatalf("incidents %v, want %v", got, want)
			}
			for _, in := range incs {
				if len(in.Articles) == 2 && (in.Date.Start != "2024-03-14" || in.Date.End != "2024-03-14") {
					t.Errorf("incident dated %s..%s, want 2024-03-14", in.Date.Start, in.Date.End)
				}
			}
		})
	}
}

// TestOneSentenceIsNoStatement: two short reports written apart that
// retell the story's lead in one sentence are no renderings of one
// statement, though that sentence is a third of each; a report that
// renders two of its sentences is.
func TestOneSentenceIsNoStatement(t *testing.T) {
	a := "A student shot and wounded two classmates in a hallway at Corran Valley High School on Tuesday morning, police said. " +
		"The school was locked down for three hours while officers searched every classroom. " +
		"Both victims were taken to the regional children's hospital with wounds that were not life-threatening."
	b := "Police said a student shot and wounded two of his classmates in a Corran Valley High School hallway on Tuesday morning. " +
		"Prosecutors charged the boy as a juvenile with two counts of attempted murder. " +
		"Classes were cancelled for the rest of the week and counsellors were sent to help pupils."
	c := "On Tuesday morning a student shot two classmates and wounded them in a hallway of Corran Valley High School, according to police. " +
		"Officers searched every classroom while the school stayed locked down for three hours. " +
		"Parents gathered outside the gates waiting for news."
	_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("a", "2025-05-06", a), art("b", "2025-05-06", b), art("c", "2025-05-06", c)})
	var got []string
	for _, d := range dups {
		got = append(got, strings.Join(d.Articles, "+")+" "+d.Kind)
	}
	if want := []string{"a+c same_statement"}; !slices.Equal(got, want) {
		t.Errorf("duplicates %q, want %q", got, want)
	}
}
