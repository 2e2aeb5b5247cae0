package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// TestAgencyBody: in a state agency's story from home ("ANKARA (AA) -"),
// a named state body the knowledge base gives no state ("the National
// Defense Ministry", "the Gendarmerie General Command") and "the ministry"
// after it speak for the agency's state; a body named in another outlet's
// story does not.
func TestAgencyBody(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, outlet, text, speaker, side string
	}{
		{"Anadolu dateline, ministry", "", "ANKARA (AA) - Turkish drones destroyed four PKK shelters in northern Iraq, the National Defense Ministry said on Monday.", "National Defense Ministry", "TUR"},
		{"Anadolu dateline, the ministry after", "", "ANKARA (AA) - Turkish jets hit 11 PKK targets in northern Iraq on Tuesday. In a written statement, the ministry said the targets were caves and depots.", "ministry", "TUR"},
		{"Anadolu dateline, gendarmerie", "", "ISTANBUL (AA) - Turkish police detained 17 suspects in raids in Istanbul, the Gendarmerie General Command said.", "Gendarmerie General Command", "TUR"},
		{"another outlet", "Reuters", "BAGHDAD, May 4 (Reuters) - Drones struck 3 trucks near Sinjar, the National Defense Ministry said.", "National Defense Ministry", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: tc.outlet, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Speaker.Text == tc.speaker {
					if c.Speaker.Side != tc.side {
						t.Errorf("%s: side %q, want %q", c.Speaker.Text, c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no claim of %q in %+v", tc.speaker, doc.Claims)
		})
	}
}
