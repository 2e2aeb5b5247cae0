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
// its dates; so does one whose own event of its day no party initiated
// (flowers laid, a toll that rose) when it says it follows ("five days
// after the blaze"); one that does not say so (shelling of the town days
// later is another incident), a report of an attack on its own day by a
// party, a report of an act of its own day that someone started (arson
// "five days after a similar disaster"), or one filed after more than
// MaxSpanDays, does not.
func TestFollowUpReport(t *testing.T) {
	day1 := "A fire tore through the Belmont Tower housing block in Rask, killing 14 residents; firefighters fought the blaze at Belmont Tower for nine hours, chief Ola Brenner said."
	later := "Residents of Belmont Tower in Rask laid flowers for the 14 people killed in the blaze, and chief Ola Brenner said the fire alarms of the tower had failed."
	recalls := "Residents of Belmont Tower in Rask laid flowers, five days after the blaze, for the 14 people killed at Belmont Tower, and chief Ola Brenner said the fire alarms of the tower had failed."
	sister := "Arsonists set fire to a housing block in Rask, five days after a similar disaster, killing 14 residents; firefighters fought the blaze for nine hours, chief Ola Brenner said."
	withActor := func(d *parallax.Document, actor string) *parallax.Document {
		d.Events[0].Initiator.Actor = actor
		return d
	}
	at := evSpec{date: "2025-03-02", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}
	for _, c := range []struct {
		name  string
		b     *parallax.Document
		want  []string
		dates string
	}{
		{"five days later, undated events", art("b", "2025-03-07", later), []string{"a+b"}, "2025-03-02"},
		{"five days later, an event of its own day, said to follow", art("b", "2025-03-07", recalls,
			evSpec{date: "2025-03-07", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}), []string{"a+b"}, "2025-03-02"},
		{"five days later, an event of its own day", art("b", "2025-03-07", later,
			evSpec{date: "2025-03-07", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}), []string{"a", "b"}, ""},
		{"five days later, a party's attack of its own day", art("b", "2025-03-07", recalls,
			evSpec{date: "2025-03-07", lat: 51.1, lon: 17.0, init: "RSF", typ: parallax.EventViolenceCivilians}), []string{"a", "b"}, ""},
		{"ten days later", art("b", "2025-03-12", later), []string{"a", "b"}, ""},
		{"five days later, an act someone started, said to follow another", withActor(art("b", "2025-03-07", sister,
			evSpec{date: "2025-03-07", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians}), "arsonists"), []string{"a", "b"}, ""},
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
	segs := segmentArticle(doc, 0, 20396, 2, 6, nil, nil)
	if len(segs) != 1 || !slices.Equal(segs[0].places, []int{2}) {
		t.Fatalf("segments %+v: want one with place 2 only", segs)
	}
	if _, end := datelinePlace(doc); end != strings.Index(text, "-")+1 {
		t.Errorf("dateline ends at %d, want %d (past its dash)", end, strings.Index(text, "-")+1)
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
	segs := segmentArticle(doc, 0, pub, 2, 6, nil, nil)
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

// TestShortClosingLineCounts: two reports of two sentences whose leads
// retell one happening and whose closing lines are too short to align
// ("The pilot was detained.") are two texts of two sentences, not
// one-sentence renderings of one statement; a one-sentence report that
// renders the other's one sentence still is.
func TestShortClosingLineCounts(t *testing.T) {
	a := "A ferry carrying forty passengers capsized in rough seas off Kelmar island on Friday, killing five people, the coast guard said. Twelve survivors were found."
	b := "The ferry that capsized off Kelmar island on Friday was carrying forty passengers in rough seas, ten more than allowed, harbour police said on Saturday. The pilot was detained."
	c := "Five people were killed when a ferry with forty passengers capsized in rough seas off Kelmar island on Friday, the coast guard said."
	d := "A ferry carrying forty passengers capsized in rough seas off Kelmar island on Friday, killing five people, according to the coast guard."
	for _, tc := range []struct {
		name string
		x, y string
		want int
	}{
		{"two sentences each, one aligned", a, b, 0},
		{"one sentence each, aligned", c, d, 1},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("x", "2025-05-06", tc.x), art("y", "2025-05-07", tc.y)})
		if len(dups) != tc.want {
			t.Errorf("%s: duplicates %+v, want %d", tc.name, dups, tc.want)
		}
	}
}

// TestRecallClauses: a span of time followed by "after" or "before" opens
// a clause that recalls another happening, up to the clause's end.
func TestRecallClauses(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Dunmore sacked its coach on Monday, a day after Kelby Town dismissed Ivo Rask. The board met.", []string{"day after Kelby Town dismissed Ivo Rask"}},
		{"Eight days after a jet slid off the runway in Corby, another lost an engine; no one was hurt.", []string{"days after a jet slid off the runway in Corby"}},
		{"The vote comes two weeks before the summit in Arlo - officials said.", []string{"weeks before the summit in Arlo"}},
		{"Hours after the blast (at noon) the roads closed.", []string{"Hours after the blast "}},
		{"The strike began after the talks failed. It lasted days, after which work resumed.", nil},
		{"A month after the flood.", []string{"month after the flood"}},
		// A sentence that opens with a span of time and "ago" recalls
		// another happening to its end.
		{"Police freed two hostages. Three weeks ago a hostage taking in a Rotterdam cafe ended without injuries. No one was hurt.", []string{"Three weeks ago a hostage taking in a Rotterdam cafe ended without injuries"}},
		{"Two days ago, floods closed the road. It reopened.", []string{"Two days ago, floods closed the road"}},
		{"The road closed two days ago and reopened.", nil},
		{"Ago is a word. So is the.", nil},
	} {
		var words []word
		scanWords(tc.text, nil, func(w word) { words = append(words, w) })
		var got []string
		for _, sp := range recallClauses(tc.text, words, nil) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: clauses %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRecalledSisterEvent: a report that recalls a sister event in a
// clause ("a day after Kelby Town sacked Ivo Rask") does not join that
// event's reports, whose protagonists it names there; a report of the
// same sacking in other words does.
func TestRecalledSisterEvent(t *testing.T) {
	rask1 := "Kelby Town sacked manager Ivo Rask on Sunday after a fifth straight league defeat left the club in the relegation zone. Rask had been in charge for a year."
	rask2 := "Ivo Rask's time at Kelby Town ended after five defeats in a row, and coach Ben Arne takes the team on Saturday."
	varo := "Dunmore Rovers dismissed head coach Sal Varo on Monday with the club bottom of the league, a day after Kelby Town sacked manager Ivo Rask. Dunmore lost at home on Saturday."
	docs := []*parallax.Document{art("r1", "2025-10-26", rask1), art("v", "2025-10-27", varo), art("r2", "2025-10-27", rask2)}
	docs[0].Article.Title = "Kelby Town sack Rask after fifth defeat"
	docs[1].Article.Title = "Dunmore Rovers dismiss Varo"
	docs[2].Article.Title = "Rask out at Kelby Town"
	ents := func(d *parallax.Document, names ...string) {
		for _, n := range names {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], n)
				if i < 0 {
					break
				}
				d.Entities = append(d.Entities, parallax.Entity{Start: off + i, End: off + i + len(n), Kind: parallax.KindPerson})
				off += i + len(n)
			}
		}
	}
	ents(docs[0], "Kelby Town", "Ivo Rask", "Rask")
	ents(docs[1], "Dunmore Rovers", "Sal Varo", "Kelby Town", "Ivo Rask", "Dunmore")
	ents(docs[2], "Ivo Rask", "Kelby Town", "Ben Arne")
	incs, _ := New(DefaultOptions()).Fuse(docs)
	if got, want := incidentArticles(incs), []string{"r1+r2", "v"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestHeadlineInVector: the headline's words count in the main story's
// vector, and a name met once past the lead weighs less than the same
// name in the lead.
func TestHeadlineInVector(t *testing.T) {
	doc := art("a", "2025-05-06", "A ferry sank in the strait on Friday. Later in the day the minister Oda Venn flew to the capital.")
	doc.Article.Title = "Ferry sinks off Kelmar"
	i := strings.Index(doc.Text, "Oda Venn")
	doc.Entities = []parallax.Entity{{Start: i, End: i + len("Oda Venn"), Kind: parallax.KindPerson}}
	lead := art("b", "2025-05-06", "The minister Oda Venn flew to the capital on Friday. A ferry sank in the strait.")
	j := strings.Index(lead.Text, "Oda Venn")
	lead.Entities = []parallax.Entity{{Start: j, End: j + len("Oda Venn"), Kind: parallax.KindPerson}}
	ix := NewIndex(DefaultOptions())
	weightOf := func(d *parallax.Document, w string) float32 {
		ix.observe(d)
		ix.wordSpan = ix.wordSpan[:0]
		ix.scan(d)
		for _, x := range ix.all {
			if x.Stem != 0 {
				ix.wordSpan = append(ix.wordSpan, x)
			}
		}
		segs := segmentArticle(d, 0, 20000, 2, 6, nil, nil)
		ix.segmentVectors(d, segs)
		h := hashBytes(stem([]byte(w)))
		for _, tm := range segs[0].vec {
			if tm.H == h {
				return tm.W
			}
		}
		return 0
	}
	if w := weightOf(doc, "kelmar"); w == 0 {
		t.Errorf("the headline's 'Kelmar' is not in the vector")
	}
	aside, inLead := weightOf(doc, "venn"), weightOf(lead, "venn")
	if !(aside > 0 && aside < inLead) {
		t.Errorf("'Venn' weighs %.3f past the lead, %.3f in it: want less past it", aside, inLead)
	}
}

// TestNoFollowUpOfItself: an article's own story, filed days after a
// happening it recalls with a date of its own, is no follow-up of that
// happening: the article keeps two incidents.
func TestNoFollowUpOfItself(t *testing.T) {
	text := "Residents of Belmont Tower in Rask laid flowers on Friday for the 14 people killed in the blaze at Belmont Tower last Sunday; chief Ola Brenner said the tower's fire alarms had failed."
	doc := art("a", "2025-03-07", text,
		evSpec{date: "2025-03-02", lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians},
		evSpec{lat: 51.1, lon: 17.0, typ: parallax.EventViolenceCivilians})
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{doc})
	if got, want := incidentArticles(incs), []string{"a", "a"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestInLongerName: a gazetteer hit inside a longer name (a band, a firm,
// a stadium) is no place of the story; a name that only adds a direction
// or an administrative word is the place.
func TestInLongerName(t *testing.T) {
	for _, tc := range []struct {
		text, entity, place string
		want                bool
	}{
		{"The band Hollow Pines won album of the year.", "Hollow Pines", "Pines", true},
		{"Arsenal were held at the Emirates Stadium on Wednesday.", "Emirates Stadium", "Emirates", true},
		{"A train run by Norfolk Southern derailed near Lima.", "Norfolk Southern", "Norfolk", true},
		{"Police raided homes in East Jerusalem overnight.", "East Jerusalem", "Jerusalem", false},
		{"Shelling hit the Donetsk region on Monday.", "Donetsk region", "Donetsk", false},
		{"Shelling hit Donetsk on Monday.", "Donetsk", "Donetsk", false},
		{"Shelling hit Donetsk on Monday.", "", "Donetsk", false},
	} {
		doc := &parallax.Document{Text: tc.text}
		if tc.entity != "" {
			i := strings.Index(tc.text, tc.entity)
			doc.Entities = []parallax.Entity{{Start: i, End: i + len(tc.entity), Kind: parallax.KindOrganization}}
		}
		i := strings.Index(tc.text, tc.place)
		if got := inLongerName(doc, i, i+len(tc.place)); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.place, tc.entity, got, tc.want)
		}
	}
}

// TestRenderingWithinDays: a rendering of a report (the same sentences
// in other words) published the next day renders one statement; the
// same text published five days later (a wire's template filled for another
// happening of the kind) does not.
func TestRenderingWithinDays(t *testing.T) {
	a := "A man armed with a pistol held four employees hostage in a bank in Sarvel for seven hours on Friday before surrendering to police, prosecutors said. " +
		"No one was hurt, and the employees were checked by doctors at the scene."
	c := "Prosecutors said a man with a pistol held four bank employees hostage in Sarvel for seven hours on Friday and then surrendered to police. " +
		"Nobody was hurt; doctors checked the employees at the scene."
	for _, tc := range []struct {
		pub  string
		want []string
	}{
		{"2025-10-04", []string{"a+c same_statement"}},
		{"2025-10-08", nil},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("a", "2025-10-03", a), art("c", tc.pub, c)})
		var got []string
		for _, d := range dups {
			got = append(got, strings.Join(d.Articles, "+")+" "+d.Kind)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("published %s: duplicates %q, want %q", tc.pub, got, tc.want)
		}
	}
}

// TestTitleKeys: a headline's capitalised words and their runs of two or
// three are the names it may give a town by.
func TestTitleKeys(t *testing.T) {
	keys := titleKeys("After New Delhi station crush, Lyon asks: who plans for crowds?")
	for _, name := range []string{"New Delhi", "Delhi", "New", "Lyon", "After"} {
		if _, ok := slices.BinarySearch(keys, placeKey("", name)); !ok {
			t.Errorf("%q: no key", name)
		}
	}
	for _, name := range []string{"station", "Delhi station", "crush, Lyon", "Lyon asks"} {
		if _, ok := slices.BinarySearch(keys, placeKey("", name)); ok {
			t.Errorf("%q: a key", name)
		}
	}
}

// TestHeadlineNamesTown: a next-day report whose body names only a
// street is set where its headline says: it joins the wire of the town
// its headline names, beside a gas blast of the same day in another
// town, not when its headline names none. Towns invented.
func TestHeadlineNamesTown(t *testing.T) {
	varno := anchored{phrase: "Varno", lat: 45.7, lon: 4.8}
	orvel := anchored{phrase: "Orvel", lat: 44.2, lon: 6.1}
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"Varno blast: residents had smelled gas", []string{"a+b", "c"}},
		{"Blast: residents had smelled gas", []string{"a", "b", "c"}},
	} {
		wire := anchoredDoc(t, "a", "2025-01-08", "A gas explosion destroyed a four-storey apartment building in Varno early on Wednesday, killing three people and injuring 14, the prefecture said. Firefighters in Varno searched the rubble for two missing residents.", varno)
		local := anchoredDoc(t, "b", "2025-01-09", "Tenants of the block on Kestrel Street told reporters that they had smelled gas the evening before. Two more bodies were found on Thursday, and prosecutors opened an inquiry for manslaughter.")
		other := anchoredDoc(t, "c", "2025-01-08", "A gas explosion wrecked a bakery in Orvel on Wednesday, injuring two people; tenants above it were evacuated, the fire service said.", orvel)
		wire.Article.Title = "Gas explosion destroys apartment building in Varno"
		local.Article.Title = tc.title
		incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{wire, other, local})
		if got := incidentArticles(incs); !slices.Equal(got, tc.want) {
			t.Errorf("%q: incidents %v, want %v", tc.title, got, tc.want)
		}
	}
}
