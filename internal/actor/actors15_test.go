package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestLocalSpeakersByPlace: police and local officials the story does not
// name, and public services named without their state, are the state's
// where every place of the story lies, when no other state is named; a
// place in another state, another state named, a place held by de facto
// authorities or a party's, a rebel's or a firm's officials give no side.
func TestLocalSpeakersByPlace(t *testing.T) {
	type pl struct{ text, country, admin1 string }
	cases := []struct {
		text, speaker string
		places        []pl
		want          string
	}{
		{"Gunmen seized six traders near Dorvale, police said on Monday.", "police", []pl{{"Dorvale", "NG", "Kaduna"}}, "NGA"},
		{"Police said the Dutch cyclist was hurt near Orlenz.", "Police", []pl{{"Orlenz", "MA", "Souss-Massa"}}, "MAR"},
		{"Local officials said the flood cut the road to Mervik.", "Local officials", []pl{{"Mervik", "ML", "Mopti"}}, "MLI"},
		{"A bridge fell at Tamsa. District authorities confirmed two deaths.", "District authorities", []pl{{"Tamsa", "KE", "Kitui"}}, "KEN"},
		{"Fighting closed the market in Garvo, according to local officials.", "local officials", []pl{{"Garvo", "SO", "Bay"}}, "SOM"},
		{"Shops burned in Velka overnight. The police said four men were held.", "police", []pl{{"Velka", "TZ", "Mwanza"}}, "TZA"},
		{"Wells dried up in Korrin. The Government Communication Service said aid was on the way.", "Government Communication Service", []pl{{"Korrin", "ET", "Tigray"}}, "ETH"},
		{"Two buses burned near Garvo. Local officials, who asked not to be named, said eight died.", "Local officials", []pl{{"Garvo", "SO", "Bay"}}, "SOM"},
		{"Trucks were stopped at Orlenz and Pellasz. In Orlenz, police said six drivers were held.", "police", []pl{{"Orlenz", "ML", "Kayes"}, {"Pellasz", "SN", "Tambacounda"}, {"Orlenz", "ML", "Kayes"}}, "MLI"},
		// no side
		{"A police officer in Dorvale said the road was shut.", "police", []pl{{"Dorvale", "NG", "Kaduna"}}, ""},
		{"Rockets hit Dorvale and Pellasz, police said.", "police", []pl{{"Dorvale", "NG", "Kaduna"}, {"Pellasz", "NE", "Zinder"}}, ""},
		{"Shells fell on Makiivka again, police said.", "police", []pl{{"Makiivka", "UA", "Donetsk"}}, ""},
		{"Turkey said its drones hit Velka, police said.", "police", []pl{{"Velka", "SY", "Aleppo"}}, ""},
		{"Local party officials said the vote in Mervik was rigged.", "Local party officials", []pl{{"Mervik", "ML", "Mopti"}}, ""},
		{"Local rebel officials said the road to Mervik was mined.", "Local rebel officials", []pl{{"Mervik", "ML", "Mopti"}}, ""},
		{"Police said the thieves fled.", "Police", nil, ""},
		{"Wells dried up in Korrin. The Marvale Taxi Service said fares would rise.", "Marvale Taxi Service", []pl{{"Korrin", "ET", "Tigray"}}, ""},
	}
	for _, c := range cases {
		doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: c.text}
		seen := map[string]int{} // a town written twice: its second place is after the first
		for _, p := range c.places {
			i := seen[p.text] + strings.Index(c.text[seen[p.text]:], p.text)
			seen[p.text] = i + len(p.text)
			doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country, Admin1: p.admin1, Feature: "P.PPL"})
		}
		if strings.HasPrefix(c.speaker, "Government") || strings.HasPrefix(c.speaker, "Marvale") {
			j := strings.Index(c.text, c.speaker)
			doc.Entities = append(doc.Entities, parallax.Entity{ID: "e1", Start: j, End: j + len(c.speaker), Text: c.speaker, Kind: parallax.KindOrganization})
		}
		New(sharedKB(t)).Process(doc)
		j := strings.Index(c.text, c.speaker)
		got := ""
		for _, e := range doc.Entities {
			if e.Start <= j && j < e.End {
				got = e.Side
			}
		}
		if got != c.want {
			t.Errorf("%q: %q side %q, want %q (entities %+v)", c.text, c.speaker, got, c.want, doc.Entities)
		}
	}
}
