package fuse

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// placedAt adds a town named in d's text (its first mention) to d's
// places and to its events' places.
func placedAt(d *parallax.Document, town string, lat, lon float64) *parallax.Document {
	i := strings.Index(d.Text, town)
	id := d.Article.ID + ":p" + itoa(len(d.Places)+1)
	d.Places = append(d.Places, parallax.Place{ID: id, Article: d.Article.ID, Start: i, End: i + len(town), Text: town, Name: town, Lat: lat, Lon: lon, Feature: "P.PPLA", Country: "XX"})
	for k := range d.Events {
		d.Events[k].Places = append(d.Events[k].Places, id)
	}
	return d
}

// TestPlacelessSameDay: a report of an attack that names no place of its
// own (a toll revised by the rescue service, a police communique naming
// a town no gazetteer holds) joins the one incident of its day whose
// words it shares, at sameActMinText; not when another incident of the
// day comes as near, not the day after the incident, and not when it
// names a town of its own far from the incident's.
func TestPlacelessSameDay(t *testing.T) {
	day := evSpec{date: "2026-03-02", init: "ZZA", targ: "ZZB"}
	wire := "A guided bomb struck a nine-storey apartment block in Velmora on Monday afternoon, killing six people and wounding 30, the regional governor said. Rescuers searched the rubble of two collapsed stairwells."
	toll := "The number of people killed when a bomb hit the high-rise on Monday has risen to eight after rescuers pulled two more bodies from the rubble overnight, the emergency service said. The search is over."
	other := "Artillery shelled the river port of Dastrov on Monday, killing a dock worker and damaging a grain terminal, the regional governor said. Rescuers searched the rubble of a warehouse."
	tollFar := "The number of people killed when a bomb hit the high-rise in Korsun on Monday has risen to eight after rescuers pulled two more bodies from the rubble overnight, the emergency service said. The search is over."
	velmora := func(d *parallax.Document) *parallax.Document { return placedAt(d, "Velmora", 49.99, 36.23) }
	for _, c := range []struct {
		name   string
		b      *parallax.Document
		others []*parallax.Document
		joined bool
	}{
		{"the same day, no place", art("b", "2026-03-04", toll, day), nil, true},
		{"another incident as near", art("b", "2026-03-04", toll, day), []*parallax.Document{placedAt(art("c", "2026-03-02", other, day), "Dastrov", 46.48, 30.72)}, false},
		{"the day after", art("b", "2026-03-04", toll, evSpec{date: "2026-03-03", init: "ZZA", targ: "ZZB"}), nil, false},
		{"a town far away", placedAt(art("b", "2026-03-04", tollFar, day), "Korsun", 46.96, 31.99), nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := append([]*parallax.Document{velmora(art("a", "2026-03-02", wire, day))}, c.others...)
			incs, _ := New(DefaultOptions()).Fuse(append(docs, c.b))
			checkJoined(t, incs, c.joined, c.others...)
		})
	}
}

// TestRulersPlace: a place named for those who rule from it ("the Port
// Sudan authorities") is no place of the story: a rebel statement on
// shelling of a market in one city that blames the authorities of
// another does not bring a drone strike on that other city, the same
// day, into its incident, as a statement naming it as a place would.
func TestRulersPlace(t *testing.T) {
	day := evSpec{date: "2026-05-09", init: "ZZA", targ: "ZZB"}
	market := "Shells hit the livestock market in Qarnaq on Saturday morning, killing 23 civilians, the army said. The rebels denied targeting the market and blamed the Sahel Port authorities for the deaths of civilians."
	strike := "Drones struck a fuel depot in Sahel Port before dawn on Saturday, starting a fire that sent smoke over the city, witnesses said. The army blamed the rebels."
	marketThere := "Shells hit the livestock market in Qarnaq on Saturday morning, killing 23 civilians, the army said. The rebels denied targeting the market and said guns in Sahel Port had fired at civilians."
	for _, c := range []struct {
		name   string
		a      string
		joined bool
	}{
		{"the authorities of a city", market, false},
		{"a city named as a place", marketThere, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := placedAt(placedAt(art("a", "2026-05-09", c.a, day), "Qarnaq", 13.63, 25.35), "Sahel Port", 19.62, 37.22)
			b := placedAt(art("b", "2026-05-09", strike, day), "Sahel Port", 19.62, 37.22)
			// Reports of other months, so that the army, the rebels and
			// Saturday weigh what they do in a corpus.
			d := art("d", "2026-07-04", "The army said on Saturday that the rebels had shelled civilians in the port and the market.")
			e := art("e", "2026-08-01", "The rebels said on Saturday that army drones had struck civilians, officials said.")
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{d, e, a, b})
			checkJoined(t, incs, c.joined, d, e)
		})
	}
}

// TestNamedRecall: an undated report that sets its happening "days
// after the Alba Rose ran aground", a ship it names nowhere else, tells
// another grounding than the Alba Rose's, however many of the canal's
// words the two share; the same report recalling "the grounding" (its
// own story, known) joins it, and so does one that names the ship again.
func TestNamedRecall(t *testing.T) {
	first := "PORT TAWFIQ - The container ship Alba Rose ran aground in the southern section of the Kessa Canal after a steering failure, halting traffic for nine hours, the canal authority said. Tugs refloated the vessel by evening."
	named := "PORT TAWFIQ - A bulk carrier ran aground in the southern section of the Kessa Canal, three days after the Alba Rose blocked the waterway, halting traffic for two hours, the canal authority said. Tugs refloated the vessel."
	known := "PORT TAWFIQ - Traffic in the southern section of the Kessa Canal was halted again for two hours, three days after the grounding of a container ship, the canal authority said. Tugs refloated the vessel."
	for _, c := range []struct {
		name   string
		b      string
		joined bool
	}{
		{"a ship named only in the recall", named, false},
		{"the grounding, known", known, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{shipNamed(art("a", "", first)), shipNamed(art("b", "", c.b))})
			checkJoined(t, incs, c.joined)
		})
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"after the Alba Rose blocked the canal", false},
		{"after the Munich club announced the deal", true},
		{"after the grounding", true},
	} {
		if got := definiteAt(c.text, len("after")); got != c.want {
			t.Errorf("definiteAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// shipNamed tags "Alba Rose" in d's text as a name (the NER's
// organisation, as it tags vessels).
func shipNamed(d *parallax.Document) *parallax.Document {
	if i := strings.Index(d.Text, "Alba Rose"); i >= 0 {
		d.Entities = append(d.Entities, parallax.Entity{ID: d.Article.ID + ":t1", Article: d.Article.ID, Start: i, End: i + len("Alba Rose"), Text: "Alba Rose", Kind: parallax.KindOrganization})
	}
	return d
}

// TestWeekDated: a report that dates its happening by a week ("seized
// near Tabrit last week", the calendar week before its publication)
// joins the incident of the day after that week, which keeps its day;
// not an incident three days past the week.
func TestWeekDated(t *testing.T) {
	wire := "Gunmen on motorbikes abducted two Italian engineers working for a road contractor near the mining town of Tabrit on Monday, a local official said. Their driver was released after several hours in the desert."
	ransom := "The captors of the two Italian engineers seized near Tabrit last week have sent a proof-of-life video and are asking for a ransom, a mediator said on Saturday. The engineers worked for a road contractor."
	week := func(d *parallax.Document) *parallax.Document {
		d.Events[0].Date = parallax.DateRange{Start: "2026-09-28", End: "2026-10-04", Precision: "week"}
		return placedAt(d, "Tabrit", 18.74, 7.39)
	}
	for _, c := range []struct {
		name   string
		day    string
		joined bool
	}{
		{"the day after the week", "2026-10-05", true},
		{"three days past the week", "2026-10-07", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := placedAt(art("a", c.day, wire, evSpec{date: c.day, targ: "ITA"}), "Tabrit", 18.74, 7.39)
			b := week(art("b", "2026-10-10", ransom, evSpec{date: "2026-10-01", targ: "ITA"}))
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
			checkJoined(t, incs, c.joined)
			if c.joined && (len(incs) != 1 || incs[0].Date.Start != c.day || incs[0].Date.End != c.day) {
				t.Errorf("incident days %+v, want the wire's %s", incs[0].Date, c.day)
			}
		})
	}
}

// TestAnswer: an expulsion told as "a response to" the other state's
// expulsion two days before is another happening, though the two
// reports share the parties and the words (embassy employees declared
// persona non grata); the same report without the answer joins it, and
// an answer joins a report of its own day.
func TestAnswer(t *testing.T) {
	first := "Castria ordered four Norvan diplomats out of the country on Tuesday, accusing them of recruiting arsonists, the foreign minister said. The four embassy employees were declared persona non grata."
	answer := "NORVA CITY - Three Castrian embassy employees were declared persona non grata and must leave Norva within 48 hours, a foreign ministry spokesman said on Thursday, calling it a response to the unfriendly steps of Castria. He said Norva reserved the right to take further measures."
	plain := "NORVA CITY - Three Castrian embassy employees were declared persona non grata and must leave Norva within 48 hours, a foreign ministry spokesman said on Thursday, citing the unfriendly steps of Castria. He said Norva reserved the right to take further measures."
	sameDay := "Norva expelled three Castrian diplomats on Thursday, the foreign ministry said, after three employees of the Castrian embassy were declared persona non grata."
	expel := func(date string) evSpec {
		return evSpec{date: date, init: "CAS", targ: "NOR", typ: parallax.EventStrategic}
	}
	back := func(date string) evSpec {
		return evSpec{date: date, init: "NOR", targ: "CAS", typ: parallax.EventStrategic}
	}
	for _, c := range []struct {
		name   string
		a, b   *parallax.Document
		joined bool
	}{
		{"an answer two days later", art("a", "2025-09-09", first, expel("2025-09-09")), art("b", "2025-09-11", answer, back("2025-09-11")), false},
		{"no answer told", art("a", "2025-09-09", first, expel("2025-09-09")), art("b", "2025-09-11", plain, back("2025-09-11")), true},
		{"a report of the answer's day", art("a", "2025-09-11", sameDay, back("2025-09-11")), art("b", "2025-09-11", answer, back("2025-09-11")), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{c.a, c.b})
			checkJoined(t, incs, c.joined)
		})
	}
}
