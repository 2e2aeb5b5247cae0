package event

import "testing"

// TestRegimeInitiator checks that "junta" and "regime" name the state the
// story's places lie in, and only when no party is named with them.
func TestRegimeInitiator(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		places map[string]string // place text → GeoNames country
		trig   string
		want   string // initiator side
	}{
		{"A junta airstrike hit a monastery in Sagaing Region.", map[string]string{"Sagaing": "MM"}, "airstrike", "MMR"},
		{"Regime warplanes bombed a market in Idlib province.", map[string]string{"Idlib": "SY"}, "bombed", "SYR"},
		// a named party's regime is that party's; no places, no state
		{"The Zionist regime bombed a depot near Tabriz.", map[string]string{"Tabriz": "IR"}, "bombed", ""},
		{"A junta airstrike hit a monastery.", nil, "airstrike", ""},
		// places split between countries name no one state
		{"A junta airstrike hit Lashio and Hsipaw. Refugees fled to Ruili and Mangshi.",
			map[string]string{"Lashio": "MM", "Hsipaw": "MM", "Ruili": "CN", "Mangshi": "CN"}, "airstrike", ""},
	}
	for _, tc := range tests {
		e, found := eventWithPlaces(s, tc.text, tc.places, tc.trig)
		got := e.Initiator.Side
		if !found || got != tc.want {
			t.Errorf("%s: initiator %q (event found %v), want %q", tc.text, got, found, tc.want)
		}
	}
}
