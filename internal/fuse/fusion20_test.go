package fuse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// datedEvent is an event of a test report: the phrase that tells it, the
// words that date it (a mention of the text after the phrase's start, or
// anywhere in its sentence) and the day they denote, its class, and its
// town.
type datedEvent struct {
	phrase, when, day string
	typ               string // ACLED type; battles when ""
	init, targ        string
	town              string
	lat, lon          float64
}

// datedReport builds a report whose events carry their date mentions, so
// that the words around a day ("Monday's") can be read.
func datedReport(id, pub, text string, evs ...datedEvent) *parallax.Document {
	d := &parallax.Document{Article: parallax.Article{ID: id, Published: pub}, Text: text}
	for i, e := range evs {
		at := strings.Index(text, e.phrase)
		if at < 0 {
			panic("no phrase " + e.phrase)
		}
		sent := sentenceSpan(d, at)
		w := strings.Index(text[sent.Start:sent.End], e.when)
		if w < 0 {
			panic("no date words " + e.when)
		}
		w += sent.Start
		date := parallax.DateRange{Start: e.day, End: e.day, Precision: "day", Text: e.when}
		d.Dates = append(d.Dates, parallax.DateMention{Span: parallax.Span{Start: w, End: w + len(e.when)}, Date: date})
		typ := e.typ
		if typ == "" {
			typ = parallax.EventBattles
		}
		ev := parallax.Event{ID: fmt.Sprintf("%s:e%d", id, i+1), Article: id, Start: at, End: at + len(e.phrase), Type: typ,
			Initiator: parallax.EventActor{Side: e.init}, Target: parallax.EventTarget{Side: e.targ, Kind: "civilian"}, Date: date}
		if e.town != "" {
			pid := fmt.Sprintf("%s:p%d", id, i+1)
			t := at + max(0, strings.Index(text[at:], e.town))
			d.Places = append(d.Places, parallax.Place{ID: pid, Article: id, Start: t, End: t + len(e.town),
				Text: e.town, Name: e.town, Lat: e.lat, Lon: e.lon, Feature: "P.PPL", Country: "XX"})
			ev.Places = []string{pid}
		}
		d.Events = append(d.Events, ev)
	}
	return d
}

// TestRecalledDaySplit: a report of Wednesday's shelling that names
// Monday's shelling of the same town by its day ("the victims of
// Monday's shelling") tells two acts, however a period between them
// ("over the previous 24 hours") chains their days: Monday's days become
// a background segment of their own. A follow-up whose news is no act of
// its own (a toll that rose on Tuesday), an act a day after the one it
// names ("Tuesday's raid" in Wednesday's story), or a day not in the
// possessive ("on Monday, shells hit") keeps its days together.
func TestRecalledDaySplit(t *testing.T) {
	const town, lat, lon = "Selvna", 47.1, 33.2
	wed := datedEvent{phrase: "Artillery hit the river port district of Selvna", when: "Wednesday afternoon", day: "2026-03-18", init: "RUS", targ: "UKR", town: town, lat: lat, lon: lon}
	period := datedEvent{phrase: "had been shelled 30 times", when: "the previous 24 hours", day: "2026-03-17", typ: parallax.EventExplosions, targ: "UKR"}
	for _, c := range []struct {
		name string
		text string
		evs  []datedEvent
		want string // the segments' days, in order; * marks the main one
	}{
		{"Monday's shelling named in Wednesday's story",
			"Artillery hit the river port district of Selvna on Wednesday afternoon, killing two men, the city administration said. " +
				"The city had been shelled 30 times over the previous 24 hours, it said. " +
				"The attack came as the city buried the victims of Monday's shelling of a bread queue.",
			[]datedEvent{wed, period, {phrase: "shelling of a bread queue", when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions, targ: "UKR"}},
			"16-16 17-18*"},
		{"a toll of Monday's shelling that rose on Tuesday",
			"The death toll from Monday's shelling of a bread queue in Selvna rose to seven on Tuesday, the city administration said.",
			[]datedEvent{{phrase: "shelling of a bread queue", when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions, init: "RUS", targ: "UKR"},
				{phrase: "rose to seven", when: "Tuesday", day: "2026-03-17", typ: parallax.EventViolenceCivilians}},
			"16-17*"},
		{"Tuesday's raid named in Wednesday's story",
			"Artillery hit the river port district of Selvna on Wednesday afternoon, killing two men. " +
				"Residents were still clearing the rubble of Tuesday's raid on the market.",
			[]datedEvent{wed, {phrase: "raid on the market", when: "Tuesday", day: "2026-03-17", typ: parallax.EventExplosions, targ: "UKR"}},
			"17-18*"},
		{"a day not in the possessive",
			"Artillery hit the river port district of Selvna on Wednesday afternoon, killing two men. " +
				"The city had been shelled 30 times over the previous 24 hours. " +
				"On Monday, shells hit a bread queue.",
			[]datedEvent{wed, period, {phrase: "shells hit a bread queue", when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions, targ: "UKR"}},
			"16-18*"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := datedReport("a", "2026-03-18", c.text, c.evs...)
			pub, _ := dayNumber("2026-03-18")
			base, _ := dayNumber("2026-03-01")
			var got []string
			for _, s := range segmentArticle(doc, 0, pub, 2, 6, nil, nil) {
				g := fmt.Sprintf("%d-%d", s.start-base+1, s.end-base+1)
				if s.main {
					g += "*"
				}
				got = append(got, g)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("segments %v, want %s", got, c.want)
			}
		})
	}
}

// TestRecalledSisterApart: Monday's shelling of an aid queue in Selvna,
// told by two reports; Wednesday's shelling of the same town, told by a
// report that names "Monday's shelling" (its recap joins Monday's
// incident, its story does not) and by a second that sets it "two days
// after" Monday's; and a drone strike on a bus across the river on
// Monday, which fits both incidents of the town. The bus report joins one
// of them, and does not make the two one: the Wednesday report tells them
// apart by their days.
func TestRecalledSisterApart(t *testing.T) {
	const lat, lon = 47.1, 33.2
	mon := func(id, pub, text, phrase string) *parallax.Document {
		return datedReport(id, pub, text, datedEvent{phrase: phrase, when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions,
			init: "RUS", targ: "UKR", town: "Selvna", lat: lat, lon: lon})
	}
	mon1 := mon("mon1", "2026-03-16",
		"SELVNA - Russian artillery shelled a humanitarian aid point in the shipyard district of Selvna on Monday, killing five people queuing for food parcels, the regional military administration said. "+
			"Fourteen people were wounded. The charity that ran the aid point suspended distributions across the city.",
		"Russian artillery shelled a humanitarian aid point")
	mon2 := mon("mon2", "2026-03-17",
		"The death toll from Monday's Russian shelling of an aid point in the shipyard district of Selvna rose to seven, the regional military administration said. "+
			"People had been queuing for food parcels when the shells landed. The charity suspended distributions.",
		"Russian shelling of an aid point")
	wed1 := datedReport("wed1", "2026-03-18",
		"SELVNA - Russian artillery and drones hit the river port district of Selvna on Wednesday afternoon, killing two men and wounding six people, the regional military administration said. "+
			"A trolleybus depot and a pharmacy were damaged. The city had been shelled 41 times over the previous 24 hours, the administration said. "+
			"The attack came as the city buried the victims of Monday's shelling of a humanitarian aid point in the shipyard district, where the toll has risen to eight.",
		datedEvent{phrase: "Russian artillery and drones hit the river port district", when: "Wednesday afternoon", day: "2026-03-18", typ: parallax.EventExplosions, init: "RUS", targ: "UKR", town: "Selvna", lat: lat, lon: lon},
		datedEvent{phrase: "had been shelled 41 times", when: "the previous 24 hours", day: "2026-03-17", typ: parallax.EventExplosions, targ: "UKR"},
		datedEvent{phrase: "shelling of a humanitarian aid point", when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions, targ: "UKR"})
	wed2 := datedReport("wed2", "2026-03-19",
		"Russian shelling killed two people in the river port district of Selvna on Wednesday, local authorities said. "+
			"A trolleybus depot was damaged, halting part of the city's public transport, and a pharmacy was hit.",
		datedEvent{phrase: "Russian shelling killed two people", when: "Wednesday", day: "2026-03-18", typ: parallax.EventExplosions, init: "RUS", targ: "UKR", town: "Selvna", lat: lat, lon: lon})
	bus := datedReport("bus", "2026-03-16",
		"A drone struck a shuttle bus in Lesky, across the river from Selvna, on Monday, killing two civilians and wounding five, the Russian-installed administration said. "+
			"The regional military administration in Selvna did not comment; shelling of the shipyard and river port districts of Selvna continued through the week.",
		datedEvent{phrase: "A drone struck a shuttle bus in Lesky", when: "Monday", day: "2026-03-16", typ: parallax.EventExplosions, init: "UKR", targ: "RUS", town: "Lesky", lat: 47.15, lon: 33.25})
	for _, order := range [][]*parallax.Document{{mon1, mon2, wed1, wed2, bus}, {mon1, wed1, mon2, bus, wed2}} {
		incs, _ := New(DefaultOptions()).Fuse(order)
		got := incidentArticles(incs)
		for _, g := range got {
			if strings.Contains(g, "wed2") && strings.Contains(g, "mon1") {
				t.Errorf("incidents %v: Wednesday's shelling joined Monday's", got)
			}
		}
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "wed1") && strings.Contains(g, "wed2") }) {
			t.Errorf("incidents %v: Wednesday's reports are apart", got)
		}
	}
}

// TestDenialOfARole: "denied any role" ("any involvement", "responsibility")
// names what it denies only by pointing back, as "the accusation" does:
// it answers the claim before it that names the denier, or the state its
// speaker's words name ("Vessan's Kasu administration" speaks for
// Vessan too); not a claim that names neither.
func TestDenialOfARole(t *testing.T) {
	s1 := "The Orlan police said the bombers had been in contact with handlers in Vessan throughout the siege."
	s2 := "The Orlan police said the bombers had come down from the hills near Dorna."
	for _, tc := range []struct {
		name, before, denial, words, speaker string
		want                                 []string
	}{
		{"the state the speaker's words name", s1, "Vessan's Kasu administration denied any role.", "any role", "Vessan's Kasu administration",
			[]string{"denial:::X=true,K=false"}},
		{"involvement in the attack", s1, "Vessan's Kasu administration denied any involvement in the attack.", "any involvement in the attack", "Vessan's Kasu administration",
			[]string{"denial:::X=true,K=false"}},
		{"a claim that names neither", s2, "Vessan's Kasu administration denied any role.", "any role", "Vessan's Kasu administration",
			nil},
	} {
		cd := contraDoc{text: tc.before + " " + tc.denial,
			entities: []contraEntity{{"Y", "Vessan"}, {"K", "Kasu administration"}},
			claims: []contraClaim{{"X", "assert", strings.TrimSuffix(strings.TrimPrefix(tc.before, "The Orlan police said "), ".")},
				{"K", "deny", tc.words}}}
		d := cd.doc(t)
		sp := strings.Index(d.Text, tc.speaker)
		d.Claims[1].Speaker.Start, d.Claims[1].Speaker.End = sp, sp+len(tc.speaker)
		// The first mention of Vessan is the claim's in s1; the
		// speaker's is the one in its words.
		if k := strings.LastIndex(d.Text, "Vessan's"); k >= 0 {
			d.Entities = append(d.Entities, parallax.Entity{ID: "n9", Article: "a", Start: k, End: k + len("Vessan"), Text: "Vessan", Side: "Y"})
		}
		if got := contradictionValues(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVictimClass: the people a count's words name.
func TestVictimClass(t *testing.T) {
	for _, c := range []struct {
		words string
		want  uint8
	}{
		{"eight Orlan soldiers", victimsFighters},
		{"19 of his fighters", victimsFighters},
		{"945 servicemen", victimsFighters},
		{"four civilians", victimsCivilians},
		{"Three of the civilians", victimsCivilians},
		{"a 12-year-old boy", victimsCivilians},
		{"12 dead", 0},
		{"two people", 0},
	} {
		if got := victimClass(c.words); got != c.want {
			t.Errorf("%q: class %d, want %d", c.words, got, c.want)
		}
	}
}

// TestFiguresOfOnePeople: parties' figures of one item and owner are
// compared where they count the same people: the soldiers each names
// where both name soldiers (Vessan's four soldiers, not its six
// civilians, against Orlan's eleven), none where one names only soldiers
// and the other only civilians (figures of different people), and the
// largest where one names neither ("12 people").
func TestFiguresOfOnePeople(t *testing.T) {
	orlan := func(words string) string { return "The Orlan army said its guns killed " + words + " near Dorna." }
	for _, tc := range []struct {
		name   string
		s1, s2 string
		counts []contraCount
		want   []string
	}{
		{"soldiers against soldiers", orlan("11 Vessan soldiers"), "The Vessan ministry said four soldiers and six civilians were killed near Dorna.",
			[]contraCount{{claim: 0, item: "killed", owner: "Y", by: "X", n: 11, words: "11 Vessan soldiers"},
				{claim: 1, item: "killed", owner: "Y", by: "Y", n: 4, words: "four soldiers"},
				{claim: 1, item: "killed", owner: "Y", by: "Y", n: 6, words: "six civilians"}},
			[]string{"count:killed:Y:X=11,Y=4"}},
		{"soldiers against civilians", orlan("eight Vessan soldiers"), "The Vessan ministry said Orlan shelling killed four civilians near Dorna.",
			[]contraCount{{claim: 0, item: "killed", owner: "Y", by: "X", n: 8, words: "eight Vessan soldiers"},
				{claim: 1, item: "killed", owner: "Y", by: "Y", n: 4, words: "four civilians"}},
			nil},
		{"people unnamed", orlan("eight Vessan soldiers"), "The Vessan ministry said 12 people were killed near Dorna.",
			[]contraCount{{claim: 0, item: "killed", owner: "Y", by: "X", n: 8, words: "eight Vessan soldiers"},
				{claim: 1, item: "killed", owner: "Y", by: "Y", n: 12, words: "12 people"}},
			[]string{"count:killed:Y:X=8,Y=12"}},
	} {
		cd := contraDoc{text: tc.s1 + " " + tc.s2,
			claims: []contraClaim{{"X", "assert", strings.TrimSuffix(strings.TrimPrefix(tc.s1, "The Orlan army said "), ".")},
				{"Y", "assert", strings.TrimSuffix(strings.TrimPrefix(tc.s2, "The Vessan ministry said "), ".")}},
			counts: tc.counts}
		if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOneStateIsNoDispute: reports of a crime or an accident a day apart
// whose only party is the state whose police and ministers speak ("police
// said", "Saxony's interior minister said") make no dispute of parties,
// as reports that name none do; two states, or two parties in one
// report, do.
func TestOneStateIsNoDispute(t *testing.T) {
	for _, c := range []struct {
		a, b []string
		want bool
	}{
		{nil, []string{"X"}, true},
		{[]string{"X"}, []string{"X"}, true},
		{[]string{"X"}, []string{"Y"}, false},
		{[]string{"X", "Y"}, []string{"X"}, false},
	} {
		if got := noDispute(c.a, c.b); got != c.want {
			t.Errorf("%v / %v: no dispute %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestRecallClauseNamesTheOther: a recall clause that names somewhere
// the report names nowhere else ("two days after a mass stranding in
// Vardia") sets the report after the incident that names it, not after
// one of the same kind elsewhere (the Kelp Bay stranding it reports),
// whose words the clause shares.
func TestRecallClauseNamesTheOther(t *testing.T) {
	stem := func(w string) uint64 {
		var h uint64
		scanWords(w, nil, func(x word) { h = x.Stem })
		return h
	}
	vec := func(ws ...string) termVec {
		tf := map[uint64]int32{}
		for _, w := range ws {
			tf[stem(w)]++
		}
		return newVec(tf, func(uint64) float64 { return 1 })
	}
	s := &segment{start: 10, after: true, afterOther: true, afterNames: []uint64{stem("Vardia")},
		afterVec: vec("mass", "stranding", "Vardia")}
	vardia := &incident{start: 8, vec: vec("whales", "mass", "stranding", "Vardia", "beach")}
	kelp := &incident{start: 9, vec: vec("whales", "mass", "stranding", "Kelp", "beach")}
	if !actAfter(s, vardia) {
		t.Errorf("the Vardia stranding: not set before the report")
	}
	if actAfter(s, kelp) {
		t.Errorf("the Kelp Bay stranding: set before the report, though the clause names Vardia")
	}
}
