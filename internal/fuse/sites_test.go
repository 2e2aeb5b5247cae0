package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSplitSites: a report that tells, in paragraphs of their own, fighting
// at two sites far apart (a live blog's day, a roundup of a front) is two
// segments, the lead's site the main one; paragraphs near each other, a
// paragraph that names both sites, one that opens by naming the act
// already told, and a single act mentioned after a paragraph's opening
// sentence stay one story. Towns and coordinates invented.
func TestSplitSites(t *testing.T) {
	const day = "2025-03-04"
	fight := func(phrase string) anchored {
		return anchored{phrase: phrase, cameo: "195", typ: parallax.EventExplosions, date: day}
	}
	lead := "Marvel hit by rockets: Rockets struck homes in Marvel before dawn on Tuesday, rescuers said, and a second salvo hit the bus depot.\n\n"
	for _, tc := range []struct {
		name, second string
		items        []anchored
		farLat       float64
		want         []string
	}{
		{"two sites, each its own story",
			"Port Averan shelled: Artillery shelled the harbour of Port Averan in the evening, and a fire gutted a grain warehouse.",
			[]anchored{fight("shelled the harbour"), fight("fire gutted a grain warehouse")}, 45,
			[]string{"main:Rockets struck homes+salvo hit the bus depot", "shelled the harbour+fire gutted a grain warehouse"}},
		{"two sites 60 km apart",
			"Port Averan shelled: Artillery shelled the harbour of Port Averan in the evening, and a fire gutted a grain warehouse.",
			[]anchored{fight("shelled the harbour"), fight("fire gutted a grain warehouse")}, 50.55,
			[]string{"main:Rockets struck homes+salvo hit the bus depot+shelled the harbour+fire gutted a grain warehouse"}},
		{"a paragraph that names both sites",
			"Artillery shelled the harbour of Port Averan in the evening, and a fire gutted a grain warehouse, as in Marvel.",
			[]anchored{fight("shelled the harbour"), fight("fire gutted a grain warehouse"), {phrase: "as in Marvel", lat: 50, lon: 30}}, 45,
			[]string{"main:Rockets struck homes+salvo hit the bus depot+shelled the harbour+fire gutted a grain warehouse"}},
		{"a paragraph that opens with the act already told",
			"The rockets also shelled the harbour of Port Averan, officials said, and a fire gutted a grain warehouse.",
			[]anchored{fight("shelled the harbour"), fight("fire gutted a grain warehouse")}, 45,
			[]string{"main:Rockets struck homes+salvo hit the bus depot+shelled the harbour+fire gutted a grain warehouse"}},
		{"an act in passing after the opening sentence",
			"The governor of the region promised to rebuild the depot within a month. He spoke as artillery shelled the harbour of Port Averan.",
			[]anchored{fight("shelled the harbour")}, 45,
			[]string{"main:Rockets struck homes+salvo hit the bus depot+shelled the harbour"}},
		{"one act and no figure",
			"Artillery shelled the harbour of Port Averan in the evening, the port authority said.",
			[]anchored{fight("shelled the harbour")}, 45,
			[]string{"main:Rockets struck homes+salvo hit the bus depot+shelled the harbour"}},
	} {
		text := lead + tc.second
		items := append([]anchored{fight("Rockets struck homes"), fight("salvo hit the bus depot"),
			{phrase: "Marvel", lat: 50, lon: 30}, {phrase: "Port Averan", lat: tc.farLat, lon: 30}}, tc.items...)
		d := anchoredDoc(t, "blog", day, text, items...)
		pub, _ := dayNumber(day)
		if got := segmentEvents(d, segmentArticle(d, 0, pub, 2, 6, nil, nil)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: segments %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLiveBlogJoinsBoth: a live blog that tells two strikes of one day at
// sites far apart, each in its own paragraph, is in the incident of each,
// with the reports that tell one of them; one segment would join only
// the story its longer part favours.
func TestLiveBlogJoinsBoth(t *testing.T) {
	const day = "2025-03-04"
	fight := func(phrase string) anchored {
		return anchored{phrase: phrase, cameo: "195", typ: parallax.EventExplosions, date: day}
	}
	blog := anchoredDoc(t, "blog", day,
		"What we know on Tuesday, day nine of the war.\n\n"+
			"Marvel hit by rockets: Rockets struck apartment blocks in Marvel before dawn, killing six residents, rescuers said, and a second salvo hit the tram depot.\n\n"+
			"Port Averan shelled: In the evening artillery shelled the grain terminal of Port Averan, and a fire gutted two warehouses of the harbour.",
		fight("Rockets struck apartment blocks"), fight("salvo hit the tram depot"),
		fight("shelled the grain terminal"), fight("fire gutted two warehouses"),
		anchored{phrase: "Marvel", lat: 50, lon: 30}, anchored{phrase: "Port Averan", lat: 45, lon: 30})
	marvel := anchoredDoc(t, "rescuers", day,
		"Rockets struck apartment blocks in Marvel before dawn on Tuesday, killing six residents, and a second salvo hit the tram depot, rescuers said. Cranes lifted slabs from the rubble of the blocks all morning.",
		fight("Rockets struck apartment blocks"), fight("salvo hit the tram depot"),
		anchored{phrase: "Marvel", lat: 50, lon: 30})
	port := anchoredDoc(t, "port", day,
		"Artillery shelled the grain terminal of Port Averan on Tuesday evening, the port authority said, and a fire gutted two warehouses of the harbour. Loading of grain ships was halted.",
		fight("Artillery shelled the grain terminal"), fight("fire gutted two warehouses"),
		anchored{phrase: "Port Averan", lat: 45, lon: 30})
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{blog, marvel, port})
	pairs := IncidentPairs(incs)
	for _, p := range [][2]string{{"blog", "rescuers"}, {"blog", "port"}} {
		if !pairs[pairOf(p[0], p[1])] {
			t.Errorf("%s and %s not in one incident (incidents %v)", p[0], p[1], incidentArticles(incs))
		}
	}
	if pairs[pairOf("rescuers", "port")] {
		t.Errorf("the two strikes are one incident (incidents %v)", incidentArticles(incs))
	}
}

// TestApartCountries: one ministry's two statements of a day on one
// template, an air operation near a town of one country and one in
// another country that the statement names only as a country, are two
// incidents; the same statements are one when the second names the
// first's country, or a region (which may be a gazetteer's namesake).
// Countries and towns invented.
func TestApartCountries(t *testing.T) {
	const day = "2025-02-11"
	op := func(id, where string, place anchored, country, feature string) *parallax.Document {
		text := "Our forces neutralized several militants in an air operation " + where + ", the Defence Ministry said on Tuesday. " +
			"The militants were detected preparing an attack on our bases in the region, the ministry said in a statement on X, and only their targets were hit."
		if id != "town" {
			// The other statement of the day: the template's lead,
			// other words after it.
			text = "Our forces neutralized several militants in an air operation " + where + ", the Defence Ministry said on Tuesday. " +
				"They were spotted near a border outpost in the operation zone, and operations will go on until the last one is neutralized."
		}
		d := anchoredDoc(t, id, day, text,
			anchored{phrase: "neutralized several militants", cameo: "190", typ: parallax.EventBattles, date: day}, place)
		d.Places[0].Country, d.Places[0].Feature = country, feature
		return d
	}
	town := op("town", "near the town of Varsk", anchored{phrase: "Varsk", lat: 36.9, lon: 38.3}, "AA", "P.PPL")
	for _, tc := range []struct {
		name     string
		other    *parallax.Document
		together bool
	}{
		{"another country named only", op("other", "in northern Belmar", anchored{phrase: "Belmar", lat: 33, lon: 44}, "BB", "A.PCLI"), false},
		{"the same country", op("other", "in northern Aldoria", anchored{phrase: "Aldoria", lat: 35, lon: 38}, "AA", "A.PCLI"), true},
		{"a region of another country", op("other", "in the Kessa region", anchored{phrase: "Kessa", lat: 37.2, lon: 43.5}, "BB", "A.ADM1"), true},
	} {
		incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{town, tc.other})
		if got := IncidentPairs(incs)[pairOf("other", "town")]; got != tc.together {
			t.Errorf("%s: in one incident %v, want %v (incidents %v)", tc.name, got, tc.together, incidentArticles(incs))
		}
	}
}
