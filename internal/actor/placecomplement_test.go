package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPlaceComplement: a body's name that the UN's mention opens and
// that ends in "in PLACE" is the UN's body, whatever the recogniser
// called it; the place only says where the body works. A body the place
// opens and a place alone keep the place's side. Sentences invented.
func TestPlaceComplement(t *testing.T) {
	org, gpe := parallax.KindOrganization, parallax.KindGPE
	cases := []sideCase{
		{name: "UN mission in a country, tagged as a place", text: "The UN Human Rights Monitoring Mission in Moldova said it had verified 40 civilian deaths.",
			published: "2025-03-01", ents: []sideEnt{{"UN Human Rights Monitoring Mission in Moldova", gpe}},
			entity: "UN Human Rights Monitoring Mission in Moldova", want: "UNO"},
		{name: "United Nations mission, tagged as a body", text: "The United Nations Assistance Mission in Somalia said it had received credible reports.",
			published: "2025-03-01", ents: []sideEnt{{"United Nations Assistance Mission in Somalia", org}},
			entity: "United Nations Assistance Mission in Somalia", want: "UNO"},
		{name: "the country's own body", text: "The Somali Embassy in Nairobi said two citizens were missing.",
			published: "2025-03-01", ents: []sideEnt{{"Somali Embassy in Nairobi", org}},
			entity: "Somali Embassy in Nairobi", want: "SOM"},
		{name: "a place alone", text: "Somalia said on Monday that two soldiers were killed.",
			published: "2025-03-01", ents: []sideEnt{{"Somalia", gpe}},
			entity: "Somalia", want: "SOM"},
	}
	runSideCases(t, cases)
}
