package geo

import (
	"strings"
	"testing"
)

// checkFound runs the geo stage alone on each text and checks that every
// want ("surface/CC", or "surface/CC/admin1 prefix") is found and that no
// not surface is a place.
func checkFound(t *testing.T, p *Geoparser, cases []struct {
	text      string
	want, not []string
}) {
	t.Helper()
	for _, c := range cases {
		tops := p.Parse(c.text, nil)
		var got []string
		for _, tp := range tops {
			got = append(got, c.text[tp.Start:tp.End]+"/"+tp.Place.Country+"/"+tp.Place.Admin1)
		}
		joined := "|" + strings.Join(got, "|")
		for _, w := range c.want {
			if !strings.Contains(joined, "|"+w) {
				t.Errorf("%q: want %s, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if strings.Contains(joined, "|"+n+"/") {
				t.Errorf("%q: %s is not a place here, got %v", c.text, n, got)
			}
		}
	}
}

// TestGroupNamesAreNotPlaces: the armed groups and organisations of the
// actor knowledge base are not places, even where GeoNames lists their
// names as alternate names of towns, and a place name inside a group's
// longer name is not one either.
func TestGroupNamesAreNotPlaces(t *testing.T) {
	p := embedded(t)
	checkFound(t, p, []struct {
		text      string
		want, not []string
	}{
		{"Hamas said its fighters ambushed a patrol near Rafah.", []string{"Rafah/PS"}, []string{"Hamas"}},
		{"A Hamas-run ministry and Hezbollah officials gave different figures.", nil, []string{"Hamas", "Hezbollah"}},
		{"Taliban-led authorities closed schools in Herat.", []string{"Herat/AF"}, []string{"Taliban"}},
		{"Fano fighters entered Gondar as the Amhara crisis deepened.", nil, []string{"Fano"}},
		{"Wagner mercenaries were seen near Kidal, Mali.", []string{"Mali/ML"}, []string{"Wagner"}},
		{"A bomber from Islamic State Khorasan struck a shrine in Kunduz.", []string{"Kunduz/AF"}, []string{"Khorasan"}},
		{"The Baloch Liberation Army claimed the attack on a convoy near Turbat.", nil, []string{"Baloch"}},
		// Names the actors know with a context word apply only with it:
		// without any word of Ethiopia or Amhara, Fano is the Italian town.
		{"The festival in Fano drew visitors from Ancona and Pesaro.", []string{"Fano/IT"}, nil},
		// A country that starts a group's name is a toponym.
		{"The Myanmar National Democratic Alliance Army still holds Lashio.", []string{"Myanmar/MM"}, nil},
	})
}
