package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestInterventionForces25: a regional or international intervention or
// peacekeeping force, and an international body the base had no row for,
// speak for the organisation (ECOMOG ECOWAS, SAMIM SADC, EUFOR EU, ISAF
// NATO, UNAMSIL UNO, the OAS OAS), not for the host state. Sentences
// invented.
func TestInterventionForces25(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	cases := []sideCase{
		{name: "ECOMOG", text: "MONROVIA — ECOMOG said its troops had retaken the port.",
			published: "1996-04-12", ents: []sideEnt{{"ECOMOG", org}}, entity: "ECOMOG", want: "ECOWAS"},
		{name: "SAMIM", text: "PEMBA — SAMIM said two insurgent bases had been destroyed.",
			published: "2022-02-14", ents: []sideEnt{{"SAMIM", org}}, entity: "SAMIM", want: "SADC"},
		{name: "EUFOR", text: "N'DJAMENA — EUFOR said one of its soldiers had been killed.",
			published: "2008-03-04", ents: []sideEnt{{"EUFOR", org}}, entity: "EUFOR", want: "EU"},
		{name: "ISAF", text: "KABUL — An ISAF spokesman said the strike had hit a tanker.",
			published: "2009-09-05", ents: []sideEnt{{"ISAF", org}}, entity: "ISAF", want: "NATO"},
		{name: "UNAMSIL", text: "FREETOWN — UNAMSIL said 500 of its peacekeepers were missing.",
			published: "2000-05-08", ents: []sideEnt{{"UNAMSIL", org}}, entity: "UNAMSIL", want: "UNO"},
		{name: "OAS", text: "WASHINGTON — The OAS said it would send a commission to the border.",
			published: "2008-03-05", ents: []sideEnt{{"OAS", org}}, entity: "OAS", want: "OAS"},
		{name: "Organization of American States", text: "The Organization of American States said it would meet on Friday.",
			published: "1969-07-15", ents: []sideEnt{{"Organization of American States", org}}, entity: "Organization of American States", want: "OAS"},
		{name: "force commander", text: "MONROVIA — The field commander of ECOMOG, Maj. Gen. John Inienger, said his troops would not take sides.",
			published: "1996-04-12", ents: []sideEnt{{"ECOMOG", org}, {"John Inienger", per}}, entity: "John Inienger", want: "ECOWAS"},
	}
	runSideCases(t, cases)
}
