package fuse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// sisterEvent is an event of a test report: the phrase that tells it (its
// span), its day, and the town it names.
type sisterEvent struct {
	phrase, date, town string
	lat, lon           float64
	init, targ         string
}

// sisterReport builds a report whose events span their phrases in text,
// each with its own place, so that a report can tell two happenings in
// paragraphs of their own.
func sisterReport(id, pub, text string, evs ...sisterEvent) *parallax.Document {
	d := &parallax.Document{Article: parallax.Article{ID: id, Published: pub}, Text: text}
	for i, e := range evs {
		at := strings.Index(text, e.phrase)
		if at < 0 {
			panic("no phrase " + e.phrase)
		}
		pid := fmt.Sprintf("%s:p%d", id, i+1)
		tat := strings.Index(text[at:], e.town)
		if tat < 0 {
			tat = 0
		}
		d.Places = append(d.Places, parallax.Place{ID: pid, Article: id, Start: at + tat, End: at + tat + len(e.town),
			Text: e.town, Name: e.town, Lat: e.lat, Lon: e.lon, Feature: "P.PPL", Country: "XX"})
		d.Events = append(d.Events, parallax.Event{ID: fmt.Sprintf("%s:e%d", id, i+1), Article: id,
			Start: at, End: at + len(e.phrase), Type: parallax.EventBattles,
			Initiator: parallax.EventActor{Side: e.init}, Target: parallax.EventTarget{Side: e.targ},
			Places: []string{pid}, Date: parallax.DateRange{Start: e.date, End: e.date, Precision: "day"}})
	}
	return d
}

// TestMainStoryNotItsRecap: a report of Friday's drone strike on a
// refinery that retells Wednesday's strike on it in a paragraph of its
// own reports two happenings: the recap paragraph may join Wednesday's
// incident, but the main story, which the article itself dates apart,
// does not join it too, however many of its words the two share.
func TestMainStoryNotItsRecap(t *testing.T) {
	wed := sisterReport("wed", "2026-09-16",
		"Drones struck the oil refinery in Varnograd on Wednesday, killing three workers and setting fire to a crude distillation unit, the regional governor said. "+
			"Firefighters worked through the night, and residents of the nearby Zarechny district were told to keep their windows shut. "+
			"The plant processes about seven million tonnes of crude a year and supplies fuel to the army. "+
			"The defence ministry said air defences had destroyed 23 drones over the region.",
		sisterEvent{phrase: "Drones struck the oil refinery in Varnograd", date: "2026-09-16", town: "Varnograd", lat: 51.5, lon: 46.0, init: "UKR", targ: "RUS"})
	fri := sisterReport("fri", "2026-09-18",
		"Drones struck the oil refinery in Varnograd again early on Friday, setting fire to a storage tank, the regional governor said. No one was hurt.\n\n"+
			"On Wednesday, drones struck the same refinery in Varnograd, killing three workers and setting fire to a crude distillation unit.",
		sisterEvent{phrase: "Drones struck the oil refinery in Varnograd again", date: "2026-09-18", town: "Varnograd", lat: 51.5, lon: 46.0, init: "UKR", targ: "RUS"},
		sisterEvent{phrase: "drones struck the same refinery in Varnograd", date: "2026-09-16", town: "Varnograd", lat: 51.5, lon: 46.0, init: "UKR", targ: "RUS"})
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{wed, fri})
	got := incidentArticles(incs)
	if want := []string{"fri", "wed+fri"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestSameDayFightingDecides: a report of Thursday's firefight at a
// border temple that fits Monday's firefight there by its words better
// than Thursday's first report joins Thursday's: sisters at one site
// share their words, not their days. A report of Tuesday, a day from
// Monday's, still joins Monday's by its words.
func TestSameDayFightingDecides(t *testing.T) {
	town := func(phrase, date string) sisterEvent {
		return sisterEvent{phrase: phrase, date: date, town: "Ban Khok Rang", lat: 14.35, lon: 103.26, init: "KHM", targ: "THA"}
	}
	mon1 := sisterReport("mon1", "2026-05-11",
		"Thai and Cambodian soldiers exchanged fire near the Ban Khok Rang temple on Monday; two rangers were wounded by rocket-propelled grenades and villagers fled to evacuation centres.",
		town("soldiers exchanged fire near the Ban Khok Rang temple", "2026-05-11"))
	mon2 := sisterReport("mon2", "2026-05-12",
		"Both countries blamed each other for the clash near the Ban Khok Rang temple, in which two rangers were wounded by rocket-propelled grenades; the foreign ministry summoned the ambassador on Tuesday.",
		town("the clash near the Ban Khok Rang temple", "2026-05-12"))
	thu1 := sisterReport("a", "2026-05-14",
		"Shots were fired at an observation post outside Phanom Dong Rak early on Thursday, the army said. The shooting lasted ten minutes and nobody was hurt.",
		sisterEvent{phrase: "Shots were fired at an observation post outside Phanom Dong Rak", date: "2026-05-14", town: "Phanom Dong Rak", lat: 14.40, lon: 103.30, init: "KHM", targ: "THA"})
	thu2 := sisterReport("b", "2026-05-14",
		"Thai and Cambodian soldiers exchanged fire near the Ban Khok Rang temple on Thursday, and villagers fled to evacuation centres; the shooting at an observation post lasted ten minutes, the army said.",
		town("soldiers exchanged fire near the Ban Khok Rang temple", "2026-05-14"))
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{mon1, mon2, thu1, thu2})
	got := incidentArticles(incs)
	if want := []string{"a+b", "mon1+mon2"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestTranslatedStatement: a rendering of a ministry's statement in
// another paper's English ("bombed three villages" / "carried out aerial
// bombardment of three villages", "were wounded" / "persons were
// injured") aligns two of its sentences by the strict test and the rest
// by the loose one: one statement. A report that relays only the
// statement's first point among its own sentences aligns one by the
// strict test and is none.
func TestTranslatedStatement(t *testing.T) {
	statement := "ORVIK - The Defence Ministry of Tarnland said enemy aircraft bombed three villages in the Kesh valley of Dorna province on Sunday night, killing 24 civilians, most of them shepherds and their families. " +
		"The ministry's spokesman, Colonel Arvan Dello, said the dead included displaced families who had fled the fighting in the north and settled in the valley. " +
		"Eleven others were wounded, he said. " +
		"\"The ministry condemns this cowardly crime, calls it a grave breach of international law and declares that the defence of the homeland is its lawful right,\" the statement said. " +
		"It warned that such reckless acts would not stay without an answer. " +
		"Villagers said the bombs fell on houses near the river crossing at about midnight."
	rendering := "ORVIK / SALMA: The spokesman of the Tarnland defence ministry, Arvan Dello, has stated that enemy aircraft carried out aerial bombardment of three villages in the Kesh area of Dorna province on Sunday night, as a result of which 24 persons, majority of them shepherds and their families, lost their lives. " +
		"As per the spokesman, the victims included people who had fled from the north, and eleven persons were injured. " +
		"He further said that they strongly condemn this cowardly crime and consider it an open violation of international law, and that to defend their land is their legitimate right. " +
		"\"Such reckless acts will not remain unanswered,\" he said. " +
		"No response has come from the other side so far."
	relay := "SALMA - Tarnland said on Monday that enemy aircraft bombed three villages in the Kesh valley of Dorna province, killing 24 civilians. " +
		"Salma's foreign ministry did not answer a request for comment. " +
		"Aid groups in the region said roads to the valley were blocked by snow and that clinics were short of medicine. " +
		"The border between the two countries has seen repeated shelling since the spring, and talks mediated by Kestria broke down in June. " +
		"Analysts said both armies had moved artillery closer to the frontier."
	for _, c := range []struct {
		name string
		b    string
		same bool
	}{
		{"a translation-like rendering", rendering, true},
		{"a report relaying its first point", relay, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := art("a", "2026-03-02", statement)
			b := art("b", "2026-03-02", c.b)
			_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
			got := len(dups) > 0 && dups[0].Kind == "same_statement"
			if got != c.same {
				t.Errorf("same statement %v, want %v (%v)", got, c.same, dups)
			}
		})
	}
}
