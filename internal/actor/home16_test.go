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
