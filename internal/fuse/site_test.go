package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// withSite marks each of names in d's text as a location entity the
// gazetteer did not resolve (no place), as the tagger gives a district,
// a quay or a valley.
func withSite(d *parallax.Document, names ...string) *parallax.Document {
	for _, n := range names {
		off := 0
		for {
			i := strings.Index(d.Text[off:], n)
			if i < 0 {
				break
			}
			start := off + i
			d.Entities = append(d.Entities, parallax.Entity{Article: d.Article.ID, Start: start, End: start + len(n), Text: n, Kind: parallax.KindLocation})
			off = start + len(n)
		}
	}
	return d
}

// TestNamedSiteNextDay: a short local report of the next day that names
// only the district the gazetteer does not know, as the wire did, joins
// the wire (the site agrees as a town would, and is worth siteBonus more);
// not where it names another district, nor three days later, nor when the
// district is no entity of either.
func TestNamedSiteNextDay(t *testing.T) {
	wire := "PORTO, May 6 - A fire gutted a cork warehouse in the Tanoeira quarter of Porto on Tuesday night and spread to two houses, firefighters said. Nobody was hurt."
	local := "\"We lost everything we had in stock,\" said the owner, whose shop in Tanoeira stood next to the cork store. Neighbours slept at relatives' homes."
	other := "\"We lost everything we had in stock,\" said the owner, whose shop in Bonfim stood next to the cork store. Neighbours slept at relatives' homes."
	porto := func(d *parallax.Document) *parallax.Document {
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p1", Article: d.Article.ID, Start: 0, End: 5, Text: "PORTO", Name: "Porto", Lat: 41.15, Lon: -8.61, Feature: "P.PPLA", Country: "PT"})
		return d
	}
	lisbon := func(d *parallax.Document) *parallax.Document {
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p1", Article: d.Article.ID, Start: 0, End: 6, Text: "LISBON", Name: "Lisbon", Lat: 38.72, Lon: -9.14, Feature: "P.PPLC", Country: "PT"})
		return d
	}
	for _, c := range []struct {
		name   string
		a, b   *parallax.Document
		joined bool
		others []*parallax.Document
	}{
		{"the next day, one district", withSite(porto(art("a", "2025-05-06", wire)), "Tanoeira"), withSite(art("b", "2025-05-07", local), "Tanoeira"), true, nil},
		{"the next day, no entity, a theft", porto(art("a", "2025-05-06", wire)), art("b", "2025-05-07", local), false,
			[]*parallax.Document{lisbon(art("c", "2025-05-06", "LISBON, May 6 - Thieves emptied a jewellery shop in Lisbon on Tuesday night, the owner said; police found the van they used."))}},
		{"the next day, another district", withSite(porto(art("a", "2025-05-06", wire)), "Tanoeira"), withSite(art("b", "2025-05-07", other), "Bonfim"), false, nil},
		{"three days later, one district", withSite(porto(art("a", "2025-05-06", wire)), "Tanoeira"), withSite(art("b", "2025-05-09", local), "Tanoeira"), false, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := append([]*parallax.Document{c.a}, c.others...)
			incs, _ := New(DefaultOptions()).Fuse(append(docs, c.b))
			checkJoined(t, incs, c.joined, c.others...)
		})
	}
}

// TestAppendSites: which entities become named sites: an unresolved
// location, once per name; not a resolved one, a person, a name in the
// dateline, nor one in a clause that recalls another happening.
func TestAppendSites(t *testing.T) {
	text := "KIRUNA, Jan 3 - Rescuers searched the Vassijaure slope and the Vassijaure hut on Friday, three days after an avalanche at Riksgransen, Anna Berg said."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	ent := func(s, kind string) parallax.Entity {
		i, j := at(s)
		return parallax.Entity{Start: i, End: j, Text: s, Kind: kind}
	}
	doc := &parallax.Document{Text: text, Entities: []parallax.Entity{
		ent("KIRUNA", parallax.KindLocation), ent("Vassijaure", parallax.KindLocation), ent("Riksgransen", parallax.KindLocation), ent("Anna Berg", parallax.KindPerson),
	}}
	second := strings.LastIndex(text, "Vassijaure")
	doc.Entities = append(doc.Entities, parallax.Entity{Start: second, End: second + len("Vassijaure"), Text: "Vassijaure", Kind: parallax.KindLocation})
	segs := []segment{{main: true}}
	ri, rj := at("three days after an avalanche at Riksgransen")
	recall := []parallax.Span{{Start: ri, End: rj}}
	_, datelineEnd := at("KIRUNA, Jan 3 -")
	got := appendSites(nil, doc, segs, 0, datelineEnd, true, recall, recall)
	want := []fpoint{{key: placeKey("", "Vassijaure"), kind: pointSite}}
	if !slices.Equal(got, want) {
		t.Errorf("sites %v, want %v", got, want)
	}
	// Resolved by the gazetteer: a town, not a site.
	vi, vj := at("Vassijaure")
	doc.Places = []parallax.Place{{Start: vi, End: vj, Text: "Vassijaure"}, {Start: second, End: second + len("Vassijaure"), Text: "Vassijaure"}}
	if got := appendSites(nil, doc, segs, 0, datelineEnd, true, recall, recall); len(got) != 0 {
		t.Errorf("resolved: sites %v, want none", got)
	}
}

// TestSharedSite: a named site agrees with a site or a town of its name,
// not with a dateline's town of its name nor with another name; in
// placeAgreement it is the same name (1), and it leaves other points'
// distances to decide otherwise.
func TestSharedSite(t *testing.T) {
	site := fpoint{key: placeKey("", "Tanoeira"), kind: pointSite}
	town := fpoint{point{41.15, -8.61}, placeKey("", "Tanoeira"), pointFine}
	dateline := fpoint{point{41.15, -8.61}, placeKey("", "Tanoeira"), pointDateline}
	other := fpoint{key: placeKey("", "Bonfim"), kind: pointSite}
	far := fpoint{point{38.72, -9.14}, placeKey("", "Lisbon"), pointFine}
	for _, c := range []struct {
		name   string
		a, b   []fpoint
		shared bool
		agree  float64
	}{
		{"site and site", []fpoint{site}, []fpoint{site}, true, 1},
		{"site and town of its name", []fpoint{site}, []fpoint{town}, true, 1},
		{"site and dateline of its name", []fpoint{site}, []fpoint{dateline}, false, 0},
		{"two sites", []fpoint{site}, []fpoint{other}, false, 0},
		{"two sites beside towns far apart", []fpoint{site, town}, []fpoint{other, far}, false, -0.354},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := sharedSite(c.a, c.b); got != c.shared {
				t.Errorf("sharedSite %v, want %v", got, c.shared)
			}
			ix := NewIndex(DefaultOptions())
			if got := ix.placeAgreement(c.a, nil, c.b, nil); got < c.agree-0.01 || got > c.agree+0.01 {
				t.Errorf("placeAgreement %.4f, want %.4f", got, c.agree)
			}
		})
	}
}
