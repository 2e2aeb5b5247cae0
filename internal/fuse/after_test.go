package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPriorClauses: recall clauses ("three days after a raid on X") and
// answer clauses ("in response to", "in retaliation for") are found with
// their kind; "before" sets the report's happening first, "hours" on the
// other's day.
func TestPriorClauses(t *testing.T) {
	type want struct {
		text                           string
		timed, hours, before, definite bool
	}
	for _, tc := range []struct {
		text string
		want []want
	}{
		{"Rockets hit Olvik on Tuesday, hours after a car bomb in the centre, police said.", []want{{"hours after a car bomb in the centre", true, true, false, false}}},
		{"The front fired rockets at Olvik in response to the killing of its commander. No one was hurt.", []want{{"in response to the killing of its commander", false, false, false, false}}},
		{"Militants shelled Tarn in retaliation for the raid on Pesk, residents said.", []want{{"in retaliation for the raid on Pesk", false, false, false, false}}},
		{"The vote comes two weeks before the summit in Arlo.", []want{{"weeks before the summit in Arlo", true, false, true, true}}},
		{"Residents laid flowers on Saturday, five days after the blaze in Tai Po.", []want{{"days after the blaze in Tai Po", true, false, false, true}}},
		{"Nurses recall the night, a week after last Friday's derailment.", []want{{"week after last Friday's derailment", true, false, false, true}}},
		{"Tents went up, two days after Tuesday’s quake.", []want{{"days after Tuesday’s quake", true, false, false, true}}},
		{"Lara Keller was suspended, a month after France's Julien Moreau was banned.", []want{{"month after France's Julien Moreau was banned", true, false, false, false}}},
		{"A bear escaped, three days after a tiger got out at Prague Zoo.", []want{{"days after a tiger got out at Prague Zoo", true, false, false, false}}},
		{"They responded to the attack in kind.", nil},
	} {
		var words []word
		scanWords(tc.text, nil, func(w word) { words = append(words, w) })
		var got []want
		for _, c := range priorClauses(tc.text, words, nil) {
			got = append(got, want{tc.text[c.Start:c.End], c.timed, c.hours, c.before, c.definite})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: clauses %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// TestActAfterAnother: a report of an act that it sets after another
// happening ("three days after a drone strike on the city's market")
// does not join the incident of that happening, though it names the same
// town and parties; a follow-up that tells no act of its own ("two days
// after the drone strike, traders began clearing") joins it. Towns,
// parties and figures invented.
func TestActAfterAnother(t *testing.T) {
	const town = "Varsk"
	mk := func(id, pub, text string, items ...anchored) *parallax.Document {
		d := anchoredDoc(t, id, pub, text, items...)
		for k := range d.Events {
			if d.Events[k].CAMEO != "" && d.Events[k].CAMEO[0] == '1' && d.Events[k].CAMEO != "100" {
				d.Events[k].Initiator = parallax.EventActor{Actor: "Kordan Front", Side: "KORDAN"}
			}
		}
		return d
	}
	place := anchored{phrase: town, lat: 12.1, lon: 30.2}
	strike := mk("a1", "2025-03-11", "A drone struck the crowded market of Varsk on Tuesday, killing 23 people, a hospital source said. The state government blamed the Kordan Front for the drone strike on the market.",
		anchored{phrase: "struck", cameo: "195", typ: parallax.EventExplosions, date: "2025-03-11"}, place)
	toll := mk("a2", "2025-03-12", "The toll from the drone strike on the Varsk market rose to 31 on Wednesday, doctors said, accusing the Kordan Front of targeting the market's crowds. The wounded filled the hospital, which ran short of blood.",
		anchored{phrase: "drone strike", cameo: "195", typ: parallax.EventExplosions, date: "2025-03-11"}, place)
	later := mk("f1", "2025-03-13", "Two days after the drone strike on its market, traders in Varsk began clearing burnt stalls of the market on Thursday.",
		place)
	shelling := mk("b1", "2025-03-14", "The Kordan Front shelled homes in Varsk on Friday, killing nine people, three days after a drone strike on the city's market, a local committee said. Shells landed in two eastern districts at dawn. Three families lost their houses.",
		anchored{phrase: "shelled", cameo: "194", typ: parallax.EventExplosions, date: "2025-03-14"}, place)
	for _, d := range []*parallax.Document{strike, toll, shelling} {
		d.Article.Title = "Kordan Front drone strike on Varsk market"
	}
	shelling.Article.Title = "Kordan Front shells Varsk homes"
	for k := range strike.Events {
		strike.Events[k].Initiator = parallax.EventActor{Actor: "Kordan Front", Side: "KORDAN"}
	}
	incs, dups := New(DefaultOptions()).Fuse([]*parallax.Document{strike, toll, later, shelling})
	if len(dups) > 0 {
		t.Errorf("duplicates %+v, want none", dups)
	}
	if got, want := incidentArticles(incs), []string{"a1+a2+f1", "b1"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
	// A second report of the shelling that recalls nothing fits both
	// incidents (the town, the front, the dead; the traders' report put
	// the strike's incident on Thursday): it joins the shelling, and does
	// not make the strike of three days before one with it (apartActs).
	local := mk("b2", "2025-03-15", "Shells fired by the Kordan Front hit homes in two districts of Varsk on Friday, killing nine people, the local committee said on Saturday. Families in Varsk buried their dead as the Kordan Front kept up its attacks on the city.",
		anchored{phrase: "hit homes", cameo: "194", typ: parallax.EventExplosions, date: "2025-03-14"}, place)
	incs, _ = New(DefaultOptions()).Fuse([]*parallax.Document{strike, toll, later, shelling, local})
	if got, want := incidentArticles(incs), []string{"a1+a2+f1", "b1+b2"}; !slices.Equal(got, want) {
		t.Errorf("with a second shelling report: incidents %v, want %v", got, want)
	}
}

// TestRecallOfAnotherHappening: a report that tells no act the events
// read (an animal's escape) and recalls, in a clause that introduces it,
// a happening at a town it names nowhere else ("three days after a tiger
// escaped ... in Korvel") tells another happening: it does not join
// Korvel's incident, though the clause's town and words are the
// incident's. A follow-up that recalls its story as known ("four days
// after the tiger escaped ... in Korvel", its only mention of the town)
// joins it. Without dates the clause still keeps the bear's escape apart.
// Towns and zoos invented.
func TestRecallOfAnotherHappening(t *testing.T) {
	korvel := anchored{phrase: "Korvel", lat: 50.1, lon: 14.4}
	escape := anchoredDoc(t, "a1", "2025-09-23", "A tiger escaped from its enclosure at the zoo in Korvel and bit a keeper before it was caught, the zoo said. Visitors in Korvel were kept indoors for an hour while keepers searched for the tiger.", korvel)
	keeper := anchoredDoc(t, "a2", "2025-09-24", "The keeper bitten by the tiger that escaped from its enclosure at the Korvel zoo is out of danger, the hospital in Korvel said.", korvel)
	bear := anchoredDoc(t, "b1", "2025-09-26", "A bear escaped from the zoo in Drava and was caught in a forest after four hours, three days after a tiger escaped from its enclosure at the zoo in Korvel and bit a keeper. Nobody was hurt in Drava.",
		anchored{phrase: "Drava", lat: 48.1, lon: 17.1}, korvel)
	later := anchoredDoc(t, "f1", "2025-09-27", "Four days after the tiger escaped from its enclosure at the zoo in Korvel and bit a keeper, its keepers said the tiger was calm and the zoo would reopen.", korvel)
	escape.Article.Title = "Tiger escapes at Korvel zoo"
	bear.Article.Title = "Bear escapes at Drava zoo"
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{escape, keeper, bear, later})
	if got, want := incidentArticles(incs), []string{"a1+a2+f1", "b1"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
	// Without publication dates the clause still tells the other
	// happening: a report of the bear's escape that shares most of the
	// tiger report's words (text cosine 0.53) stays apart from it.
	search := anchoredDoc(t, "b2", "", "Keepers at the zoo in Drava searched for an hour for a bear that escaped from its enclosure, and visitors were kept indoors until it was caught and a bitten keeper taken to hospital, three days after a tiger escaped from its enclosure at the zoo in Korvel.",
		anchored{phrase: "Drava", lat: 48.1, lon: 17.1}, korvel)
	escape.Article.Published = ""
	incs, _ = New(DefaultOptions()).Fuse([]*parallax.Document{escape, search})
	if got, want := incidentArticles(incs), []string{"a1", "b2"}; !slices.Equal(got, want) {
		t.Errorf("undated: incidents %v, want %v", got, want)
	}
}

// TestSameActOtherAngles: two reports of one protest in one town on one
// day told from other angles (the marchers and the police; the shops'
// losses) share few words, and join; the same second report set in a
// town 300 km away, or of a protest two days later, stays apart. Towns
// and names invented.
func TestSameActOtherAngles(t *testing.T) {
	march := func(id, pub, day string, lat float64) *parallax.Document {
		return anchoredDoc(t, id, pub, "Thousands marched through central Olvena on Tuesday against the new fuel levy, and police fired tear gas at the crowd near the Pelka roundabout. Two young men died of gunshot wounds, rights groups said.",
			anchored{phrase: "marched", cameo: "141", typ: parallax.EventProtests, date: day},
			anchored{phrase: "fired tear gas", cameo: "175", typ: parallax.EventProtests, date: day},
			anchored{phrase: "Olvena", lat: lat, lon: 36.8})
	}
	losses := func(id, pub, day, town string, lat float64) *parallax.Document {
		return anchoredDoc(t, id, pub, "Shopkeepers in "+town+" counted their losses on Wednesday after the rally. The police chief Idris Malu said 61 people were held and denied that officers shot at anyone.",
			anchored{phrase: "rally", cameo: "141", typ: parallax.EventProtests, date: day},
			anchored{phrase: town, lat: lat, lon: 36.8})
	}
	for _, tc := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"one protest", []*parallax.Document{march("m", "2025-09-02", "2025-09-02", -1.3), losses("l", "2025-09-03", "2025-09-02", "Olvena", -1.3)}, []string{"m+l"}},
		{"another town", []*parallax.Document{march("m", "2025-09-02", "2025-09-02", -1.3), losses("l", "2025-09-03", "2025-09-02", "Kesto", -4.0)}, []string{"l", "m"}},
		{"another day", []*parallax.Document{march("m", "2025-09-02", "2025-09-02", -1.3), losses("l", "2025-09-05", "2025-09-05", "Olvena", -1.3)}, []string{"l", "m"}},
	} {
		incs, _ := New(DefaultOptions()).Fuse(tc.docs)
		if got := incidentArticles(incs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: incidents %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTemplateRenderingAfter: two reports on one wire's template (one
// dateline form, one country, one kind of attack) that the duplicate
// search finds to render one statement stay two incidents when the later
// one sets its act after the other's ("two days after a raid on an army
// base in Kelo"). Towns, groups and figures invented.
func TestTemplateRenderingAfter(t *testing.T) {
	mk := func(id, pub, text, act, day, town string, lat float64) *parallax.Document {
		d := anchoredDoc(t, id, pub, text,
			anchored{phrase: act, cameo: "190", typ: parallax.EventViolenceCivilians, date: day},
			anchored{phrase: town, lat: lat, lon: -1.5})
		d.Events[0].Initiator = parallax.EventActor{Actor: "Sahel Front", Side: "SAHELFRONT"}
		return d
	}
	first := mk("k", "2025-11-04", "Fighters of the Sahel Front attacked an army base in Kelo in northern Varnia on Tuesday, killing dozens of soldiers, security sources said.",
		"attacked", "2025-11-04", "Kelo", 14.1)
	second := mk("t", "2025-11-06", "Fighters of the Sahel Front attacked the town of Tessa in northern Varnia on Thursday, killing 15 civilians, two days after a raid on an army base in Kelo, residents said.",
		"attacked", "2025-11-06", "Tessa", 13.2)
	// The recalled town is a place of the text too (not of the story).
	i := strings.Index(second.Text, "Kelo")
	second.Places = append(second.Places, parallax.Place{ID: "t:p9", Article: "t", Start: i, End: i + 4, Text: "Kelo", Name: "Kelo", Lat: 14.1, Lon: -1.5, Feature: "P.PPL", Country: "XX"})
	incs, dups := New(DefaultOptions()).Fuse([]*parallax.Document{first, second})
	if got, want := incidentArticles(incs), []string{"k", "t"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v (duplicates %+v)", got, want, dups)
	}

}
