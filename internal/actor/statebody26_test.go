package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestStateBody26Actors: a demonym before a body's name the knowledge
// base gives another state ("Joint Chiefs of Staff", the United States')
// makes it the demonym's state's body; the base's own state before the
// name changes nothing ("the Joint Chiefs" taking the body up is the
// claim battery statebody25's). Sentences invented.
func TestStateBody26Actors(t *testing.T) {
	org := parallax.KindOrganization
	cases := []sideCase{
		{name: "demonym before another state's body", text: "The Pakistani Joint Chiefs of Staff said 300 soldiers were killed.",
			published: "1999-06-12", ents: []sideEnt{{"Joint Chiefs of Staff", org}}, entity: "Pakistani Joint Chiefs of Staff", want: "PAK"},
		{name: "the base's own state", text: "The American Joint Chiefs of Staff said the ships had sailed.",
			published: "1999-06-12", ents: []sideEnt{{"Joint Chiefs of Staff", org}}, entity: "Joint Chiefs of Staff", want: "USA"},
	}
	runSideCases(t, cases)
}
