package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPlaceTarget checks that a place hit by an act of force gives the
// target the side of the place's state when no party is named as the
// target, and that a place where something happened, a place taken or a
// place visited does not.
func TestPlaceTarget(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		places map[string]string // place text → GeoNames country
		trig   string
		want   string // target side
	}{
		{"Coalition jets carried out nine airstrikes on Marib governorate on Monday.", map[string]string{"Marib": "YE"}, "airstrikes", "YEM"},
		{"Russian forces shelled Nikopol overnight.", map[string]string{"Nikopol": "UA"}, "shelled", "UKR"},
		{"A drone attack on the Kursk region cut power to 3,000 homes.", map[string]string{"Kursk": "RU"}, "attack", "RUS"},
		// past the agent; what was hit lies in the place named after it
		{"Attacks by Rwandan forces on villages in Rutshuru killed 20 people.", map[string]string{"Rutshuru": "CD"}, "Attacks", "COD"},
		{"Strikes on fuel depots in Novorossiysk set tanks ablaze.", map[string]string{"Novorossiysk": "RU"}, "Strikes", "RUS"},
		// a named party outranks the place
		{"Ukrainian drones attacked Russian positions near Horlivka.", map[string]string{"Horlivka": "UA"}, "attacked", "RUS"},
		// where it happened, not what was hit
		{"Fighting raged in Kidal for a third day.", map[string]string{"Kidal": "ML"}, "Fighting", ""},
		// a town taken: the party driven out, not its country
		{"Rebels captured Bunagana after a day of fighting.", map[string]string{"Bunagana": "UG"}, "captured", ""},
		// one state's strikes "in" another's place: on that state, unless
		// an armed group or fighters are named as hit
		{"Officials said Iranian drone strikes in Erbil province killed four farmers.", map[string]string{"Erbil": "IQ"}, "strikes", "IRQ"},
		{"Turkish airstrikes in Dohuk province destroyed two bridges.", map[string]string{"Dohuk": "IQ"}, "airstrikes", "IRQ"},
		{"Turkish airstrikes in Dohuk province killed 12 PKK fighters.", map[string]string{"Dohuk": "IQ"}, "airstrikes", "PKK"}, // the fighters killed are the strikes' target
		{"Iraqi airstrikes in Anbar province hit a desert camp.", map[string]string{"Anbar": "IQ"}, "airstrikes", ""},
	}
	for _, tc := range tests {
		e, found := eventWithPlaces(s, tc.text, tc.places, tc.trig)
		got := e.Target.Side
		if !found || got != tc.want {
			t.Errorf("%s: target %q (event found %v), want %q", tc.text, got, found, tc.want)
		}
	}
}

// eventWithPlaces runs the stage on text with the given places (place text
// → GeoNames country, populated places) and returns the first event whose
// span holds trig.
func eventWithPlaces(s *Stage, text string, places map[string]string, trig string) (parallax.Event, bool) {
	doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: "2025-02-20"}, Text: text}
	for name, cc := range places {
		k := strings.Index(text, name)
		doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(name), Text: name, Country: cc, Feature: "P.PPL"})
	}
	s.Process(doc)
	for _, e := range doc.Events {
		if strings.Contains(doc.Text[e.Start:e.End], trig) {
			return e, true
		}
	}
	return parallax.Event{}, false
}
