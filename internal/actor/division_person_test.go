package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestDivisionNamedAsPerson: a "person" the recogniser took from a first
// name before a division's kind word ("Ann Township") is the place the
// geoparser resolved over the same words; a person's name the geoparser
// did not place, or one whose last word is no division kind, stays a
// person.
func TestDivisionNamedAsPerson(t *testing.T) {
	cases := []struct {
		text, name string
		placed     bool
		want       string
	}{
		{"Fighters took an outpost in Ann Township on Monday.", "Ann Township", true, parallax.KindGPE},
		{"Floods cut roads across Grace County this week.", "Grace County", true, parallax.KindGPE},
		{"Shelling hit villages in the Vera Region overnight.", "Vera Region", true, parallax.KindGPE},
		{"Ann Township, a farmer, said the crops had failed.", "Ann Township", false, parallax.KindPerson},
		{"Troops entered Ann Hills at dawn.", "Ann Hills", true, parallax.KindPerson},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		i := strings.Index(c.text, c.name)
		doc.Entities = []parallax.Entity{{ID: "e1", Start: i, End: i + len(c.name), Text: c.name, Kind: parallax.KindPerson}}
		if c.placed {
			doc.Places = []parallax.Place{{Start: i, End: i + len(c.name), Text: c.name, Country: "MM", Feature: "A.ADM3"}}
		}
		New(sharedKB(t)).Process(doc)
		if got := doc.Entities[0].Kind; got != c.want {
			t.Errorf("%q: %s is %s, want %s", c.text, c.name, got, c.want)
		}
	}
}
