package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestHomeDatelineState: a story filed from a town of one of its parties
// names the other party more often, as the attacker, but the army it
// names by its kind alone is the home state's. Sentences invented.
func TestHomeDatelineState(t *testing.T) {
	head := "Two soldiers killed in border shelling; Army says enemy positions hit\n\n"
	body := "Two Armenian soldiers were killed on Tuesday when Azerbaijani troops shelled border posts near the town, officials said. " +
		"Azerbaijan's defence ministry said it had responded to fire from Armenia. Azerbaijani drones also struck a depot, and Azerbaijani artillery hit two villages."
	army := []sideEnt{{"Army", parallax.KindOrganization}}
	goris := parallax.Place{Text: "GORIS", Country: "AM"}
	cases := []sideCase{
		{name: "town dateline of a party", text: head + "GORIS: " + body, places: []parallax.Place{goris},
			ents: army, entity: "Army", want: "ARM"},
		// with no dateline the state named most is the story's
		{name: "no dateline", text: head + body, ents: army, entity: "Army", want: "AZE"},
	}
	runSideCases(t, cases)
}

// TestIslamicResistanceByConflict: "the Islamic Resistance" is
// Hezbollah's armed wing in a story of Lebanon; the Iraqi groups' name
// keeps its own entry, and the bare words stay no one's elsewhere.
// Sentences invented.
func TestIslamicResistanceByConflict(t *testing.T) {
	org := parallax.KindOrganization
	cases := []sideCase{
		{name: "Lebanon", text: "The Islamic Resistance said its fighters fired rockets at a barracks, after a strike on a Lebanese village.",
			ents: []sideEnt{{"Islamic Resistance", org}}, entity: "Islamic Resistance", want: "HEZBOLLAH"},
		{name: "Iraq", text: "The Islamic Resistance in Iraq said its drones struck a base in Syria.",
			ents: []sideEnt{{"Islamic Resistance in Iraq", org}}, entity: "Islamic Resistance in Iraq", want: "IRI"},
		{name: "no conflict named", text: "The Islamic Resistance said its fighters fired rockets at a barracks.",
			ents: []sideEnt{{"Islamic Resistance", org}}, entity: "Islamic Resistance", want: ""},
		{name: "reconciliation center", text: "The Russian Center for Reconciliation of the Opposing Parties said militants had opened fire 12 times.",
			ents: []sideEnt{{"Russian Center for Reconciliation of the Opposing Parties", org}}, entity: "Russian Center for Reconciliation of the Opposing Parties", want: "RUS"},
	}
	runSideCases(t, cases)
}
