package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestTitledGovernorSide: "Governor NAME" with no place in the title is
// the governor of the place named before it in the story's first
// sentence, else of the story's state; a former governor gets no side.
func TestTitledGovernorSide(t *testing.T) {
	type pl struct{ text, country string }
	for _, tc := range []struct {
		name, text, person string
		places             []pl
		side               string
	}{
		{"place before in the first sentence", "KHERSON, Ukraine, May 4 (AFP) - Three people died when shells hit a bus stop in Kherson, Governor Taras Melnyk said.", "Taras Melnyk", []pl{{"KHERSON", "UA"}, {"Ukraine", "UA"}, {"Kherson", "UA"}}, "UKR"},
		{"Russian region in the first sentence", "A drone hit a fuel depot in the Kursk region overnight, Governor Pavel Orlov said.", "Pavel Orlov", []pl{{"Kursk", "RU"}}, "RUS"},
		{"story's state, no place", "Nigeria's army said it freed 20 hostages. Governor Musa Bello said more were held in the forest.", "Musa Bello", nil, "NGA"},
		{"mayor in the first sentence", "Two schools in Kharkiv were damaged, Mayor Ihor Savchuk said on Telegram.", "Ihor Savchuk", []pl{{"Kharkiv", "UA"}}, "UKR"},
		{"former governor", "Gunmen attacked a village in Zamfara State, former Governor Ahmed Yerima said.", "Ahmed Yerima", []pl{{"Zamfara State", "NG"}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: tc.text,
				Entities: []parallax.Entity{ent(tc.text, tc.person, "person", 1)}}
			for _, p := range tc.places {
				i := strings.Index(tc.text, p.text)
				doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country})
			}
			New(sharedKB(t)).Process(doc)
			for _, e := range doc.Entities {
				if e.Text == tc.person {
					if e.Side != tc.side {
						t.Errorf("%s: side %q, want %q", tc.person, e.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no entity %q in %+v", tc.person, doc.Entities)
		})
	}
}
