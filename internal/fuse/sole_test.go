package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSoleNextDay: a quote of the next day that names no place the
// gazetteer knows and shares few words with the wire (text under
// MinText, no place agreement) joins the one incident of the day before
// that it comes near; not when another incident of those days comes as
// near, nor three days later, nor when it names a town far from the
// wire's, nor when it sets its story after a happening it introduces.
func TestSoleNextDay(t *testing.T) {
	wire := "VARNA, March 3 - Eleven people were crushed to death on a crowded footbridge at Varna central station on Monday evening as passengers rushed for the last ferry train, police said."
	quote := "\"The stairs were full and people behind us kept pushing,\" said Petar Ivanov, whose daughter was hurt on the footbridge. The railway company said it would add staff on the station platforms for the last trains."
	other := "PLOVDIV, March 3 - Nine fans were hurt when a crowd surged on a footbridge outside Plovdiv stadium after a concert, organisers said."
	far := "\"The stairs were full and people behind us kept pushing,\" Petar Ivanov said in Sofia, whose daughter was hurt on the footbridge. The railway company said it would add staff on the station platforms for the last trains."
	introduced := "\"The stairs were full and people behind us kept pushing,\" said Petar Ivanov, whose daughter was hurt on the footbridge of the central station two days after a crush on the Burgas ferry. The railway company said it would add staff on the station platforms for the last trains."
	at := func(town string, lat, lon float64, d *parallax.Document) *parallax.Document {
		i := strings.Index(d.Text, town)
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p1", Article: d.Article.ID, Start: i, End: i + len(town), Text: town, Name: town, Lat: lat, Lon: lon, Feature: "P.PPLA", Country: "BG"})
		return d
	}
	varna := func(d *parallax.Document) *parallax.Document { return at("Varna", 43.21, 27.91, d) }
	for _, c := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"the next day, no place", []*parallax.Document{varna(art("a", "2025-03-03", wire)), art("b", "2025-03-04", quote)}, []string{"a+b"}},
		{"another incident as near", []*parallax.Document{varna(art("a", "2025-03-03", wire)), at("Plovdiv", 42.15, 24.75, art("c", "2025-03-03", other)), art("b", "2025-03-04", quote)}, []string{"a", "b", "c"}},
		{"three days later", []*parallax.Document{varna(art("a", "2025-03-03", wire)), art("b", "2025-03-06", quote)}, []string{"a", "b"}},
		{"a town far away", []*parallax.Document{varna(art("a", "2025-03-03", wire)), at("Sofia", 42.70, 23.32, art("b", "2025-03-04", far))}, []string{"a", "b"}},
		{"after a happening it introduces", []*parallax.Document{varna(art("a", "2025-03-03", wire)), art("b", "2025-03-04", introduced)}, []string{"a", "b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(c.docs)
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
}

// TestSoleTwoDaysLater: two days after the wire (within MaxGapDays), the
// one incident a report comes near takes it only at MinText: the end of
// an operation told with the wire's words joins, a quote that shares a
// few of them (under MinText) does not.
func TestSoleTwoDaysLater(t *testing.T) {
	wire := "HOBSON BAY, Feb 4 - Rescuers were trying on Wednesday to refloat about 60 pilot whales stranded on a sandbar in Hobson Bay, wildlife officials said. Volunteers kept the animals wet with buckets."
	end := "The last of the stranded pilot whales died on Friday, ending a three-day operation in which 35 were saved, a ranger said."
	quote := "\"We sang to the whales all night,\" said a volunteer from the sailing club on Friday."
	bay := func(d *parallax.Document) *parallax.Document {
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p1", Article: d.Article.ID, Start: 0, End: 10, Text: "HOBSON BAY", Name: "Hobson Bay", Lat: -37.86, Lon: 144.87, Feature: "H.BAY", Country: "AU"})
		return d
	}
	for _, c := range []struct {
		name string
		b    *parallax.Document
		want []string
	}{
		{"the operation's end", art("b", "2026-02-06", end), []string{"a+b"}},
		{"a quote under MinText", art("b", "2026-02-06", quote), []string{"a", "b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{bay(art("a", "2026-02-04", wire)), c.b})
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
}

// TestSoleUndated: two undated reports (a collection that keeps no
// dates) of one cyclone at one town, the aid agency's sharing a part of
// the wire's words (under the undated margin), are one incident when no
// other incident comes as near; not without a town in common (two
// undated cyclones' wires may share as many words).
func TestSoleUndated(t *testing.T) {
	wire := "Cyclone Amara made landfall near the port of Toamasa with winds of 190 km/h, flattening houses and cutting power to the town, the disaster agency said. Eleven people were killed."
	aid := "Aid agencies flew tarpaulins and water tablets to Toamasa, where families were sheltering in schools after the cyclone, a relief coordinator said."
	at := func(town string, d *parallax.Document) *parallax.Document {
		i := strings.Index(d.Text, town)
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p1", Article: d.Article.ID, Start: i, End: i + len(town), Text: town, Name: town, Lat: -18.15, Lon: 49.40, Feature: "P.PPL", Country: "MG"})
		return d
	}
	for _, c := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"one town", []*parallax.Document{at("Toamasa", art("a", "", wire)), at("Toamasa", art("b", "", aid))}, []string{"a+b"}},
		{"no town", []*parallax.Document{art("a", "", wire), art("b", "", aid)}, []string{"a", "b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(c.docs)
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
}
