package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSequelClause: a sentence that opens with a span of hours and
// "later" or "earlier" and a comma, or with "Separately" or "Elsewhere"
// and a comma or a colon within three words ("Elsewhere this week:"), is
// a sequel clause spanning the whole sentence; a span of days, a sentence
// that does not open with it, or no comma is none.
func TestSequelClause(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the sequel's text, "" for none
	}{
		{"Fire crews fought the blaze until dawn. A few hours later, rockets struck the port of Dallin, killing nine. Schools closed.",
			"A few hours later, rockets struck the port of Dallin, killing nine"},
		{"The convoy was hit at noon.\nHours earlier, gunmen had stormed a checkpoint in Ostra.", "Hours earlier, gunmen had stormed a checkpoint in Ostra"},
		{"Two hours later, police sealed the square.", "Two hours later, police sealed the square"},
		{"Police held 200 people. Separately, in the port of Dallin, protesters set fire to the council.", "Separately, in the port of Dallin, protesters set fire to the council"},
		{"Elsewhere, rebels shelled Ostra.", "Elsewhere, rebels shelled Ostra"},
		{"The talks were held separately, officials said.", ""},
		{"Elsewhere this week: on 11 June rebels attacked the clinic of Ostra. We will cover it.", "Elsewhere this week: on 11 June rebels attacked the clinic of Ostra"},
		{"Elsewhere in the province, gunmen killed three.", "Elsewhere in the province, gunmen killed three"},
		{"Separately the minister met the envoy, in Ostra.", ""},
		{"The toll rose hours later, officials said.", ""},
		{"Three days later, the army retook the town.", ""},
		{"A few hours later the fire was out.", ""},
	} {
		words := []word{}
		scanWords(c.text, nil, func(w word) { words = append(words, w) })
		got := ""
		for _, p := range priorClauses(c.text, words, nil) {
			if p.sequel {
				got = c.text[p.Start:p.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: sequel %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSisterAct: a sequel sentence tells a sister act when it holds an
// act of force at a place the report names nowhere else, headline
// included; not when the place is the story's own, nor when the sentence
// tells no act.
func TestSisterAct(t *testing.T) {
	const sister = "A few hours later, rockets struck the port of Dallin, killing nine people."
	for _, c := range []struct {
		name, title, text string
		evs               []datedEvent
		want              bool
	}{
		{"another town", "", "Drones set fire to a fuel depot in Kelm overnight, the mayor said. " + sister,
			[]datedEvent{{phrase: "rockets struck the port", when: "later", day: "2026-05-05", typ: parallax.EventExplosions, town: "Dallin", lat: 1, lon: 1}}, true},
		{"the story's town again", "", "Rockets hit Dallin overnight, the mayor said. " + sister,
			[]datedEvent{{phrase: "Rockets hit Dallin", when: "overnight", day: "2026-05-05", typ: parallax.EventExplosions, town: "Dallin", lat: 1, lon: 1},
				{phrase: "rockets struck the port", when: "later", day: "2026-05-05", typ: parallax.EventExplosions, town: "Dallin", lat: 1, lon: 1}}, false},
		{"the town in the headline", "Dallin and Kelm hit", "Drones set fire to a fuel depot in Kelm overnight, the mayor said. " + sister,
			[]datedEvent{{phrase: "rockets struck the port", when: "later", day: "2026-05-05", typ: parallax.EventExplosions, town: "Dallin", lat: 1, lon: 1}}, false},
		{"no act", "", "Drones set fire to a fuel depot in Kelm overnight, the mayor said. A few hours later, the governor of Dallin visited the depot.",
			nil, false},
	} {
		d := datedReport("r", "2026-05-05", c.text, c.evs...)
		d.Article.Title = c.title
		at := strings.Index(c.text, "A few hours later")
		sp := parallax.Span{Start: at, End: len(c.text) - 1}
		if got := sisterAct(d, sp); got != c.want {
			t.Errorf("%s: sister act %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSisterActApart: two reports of a missile strike on Dallin, and a
// report of the same night's drone strike on a fuel depot at Kelm, 95 km
// away, whose last sentence tells the strike on Dallin "a few hours
// later". The Kelm report is set apart from the Dallin incident: its
// passing sentence names the other happening, not its own.
func TestSisterActApart(t *testing.T) {
	const day = "2026-05-05"
	dallin := func(id, text, phrase string) *parallax.Document {
		return datedReport(id, day, text, datedEvent{phrase: phrase, when: "Tuesday", day: day, typ: parallax.EventExplosions,
			init: "RUS", targ: "UKR", town: "Dallin", lat: 49.59, lon: 34.55})
	}
	d1 := dallin("dallin1", "DALLIN - Two ballistic missiles struck a military college in Dallin on Tuesday morning, killing at least 30 people, the regional governor said. "+
		"Rescuers pulled survivors from the rubble of the college building.", "Two ballistic missiles struck a military college in Dallin")
	d2 := dallin("dallin2", "Russian ballistic missiles hit a military college in the city of Dallin on Tuesday, killing dozens, the air force said. "+
		"The missiles could not be intercepted, it said.", "Russian ballistic missiles hit a military college")
	kelm := datedReport("kelm", day,
		"KELM - Russian drones struck the Kelm fuel depot overnight into Tuesday, setting fire to two tanks, the city's military administration said. "+
			"Two workers suffered burns. A few hours later, Russian ballistic missiles hit the regional centre, Dallin, killing dozens of people.",
		datedEvent{phrase: "Russian drones struck the Kelm fuel depot", when: "Tuesday", day: day, typ: parallax.EventExplosions, init: "RUS", targ: "UKR", town: "Kelm", lat: 49.07, lon: 33.42},
		datedEvent{phrase: "Russian ballistic missiles hit the regional centre", when: "later", day: day, typ: parallax.EventExplosions, init: "RUS", targ: "UKR", town: "Dallin", lat: 49.59, lon: 34.55})
	for _, order := range [][]*parallax.Document{{d1, d2, kelm}, {kelm, d1, d2}} {
		incs, _ := New(DefaultOptions()).Fuse(order)
		got := incidentArticles(incs)
		if slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "kelm") && strings.Contains(g, "dallin") }) {
			t.Errorf("incidents %v: the Kelm report joined the Dallin strike it tells in passing", got)
		}
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "dallin1") && strings.Contains(g, "dallin2") }) {
			t.Errorf("incidents %v: the Dallin reports are apart", got)
		}
	}
}

// TestAccusationAfterTheAccuserSpeaks: "Kessa rejected the accusation"
// answers the claim that names Kessa though the accuser goes on speaking
// after it (the toll, the wounded, in claims of its side) and a sentence
// of narrative follows: the sentences are counted from the end of the
// accuser's statement. A claim of another party between them ends the
// statement; so does the reporter's narrative of three sentences.
func TestAccusationAfterTheAccuserSpeaks(t *testing.T) {
	accuse := "The president said the raiders had come from the hills. \"They are armed and paid by Kessa,\" he said."
	goesOn := "He added that most of the dead had been shot in their homes. His spokesman put the number of wounded at 14."
	narrative := "The army has not published its losses."
	deny := "Kessa rejected the accusation within hours."
	armed := contraClaim{"X", "assert", "They are armed and paid by Kessa"}
	kessa := []contraEntity{{"Y", "Kessa"}}
	shot := contraClaim{"X", "assert", "most of the dead had been shot in their homes"}
	wounded := contraClaim{"X", "assert", "the number of wounded at 14"}
	denial := contraClaim{"Y", "deny", "the accusation within hours"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"the accuser goes on", contraDoc{text: accuse + " " + goesOn + "\n\n" + narrative + "\n\n" + deny, entities: kessa,
			claims: []contraClaim{armed, shot, wounded, denial}},
			[]string{"denial:::X=true,Y=false"}},
		{"another party between", contraDoc{text: accuse + " " + goesOn + " A rights group said the toll was 20. " + narrative + " " + deny, entities: kessa,
			claims: []contraClaim{armed, shot, wounded, {"R", "assert", "the toll was 20"}, denial}},
			nil},
		{"narrative only", contraDoc{text: accuse + " The hills are steep. Roads are closed. " + narrative + " " + deny, entities: kessa,
			claims: []contraClaim{armed, denial}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
	for _, c := range []string{"the accusation within hours", "the claim outright", "the charges at a news conference"} {
		if !pointsBack(c) {
			t.Errorf("%q: does not point back", c)
		}
	}
}
