package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// rolesides21Known are the second role-side battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass. Kinds (see the battery's header): A two states'
// spokesmen in one story, B an intergovernmental body or its official
// given another body's or a state's side, G a bare "the government" given
// a neighbour's side, N a private person given a side. First run (main
// a1c5920, before any fix): 119 items, 36 failing; with the corrections
// the battery's header states, 113 items, 23 failing. After the dateline
// towns' speakers (actor.placedSpeakerSides, claim.openingPlaceSide) and
// the longer body names ("the African Union's Peace and Security
// Council", actor.longerBodyName): 15. After a hospital's staff
// (claim.privateInstitutionStaff) and the rank "Commandant": 13. After
// the knowledge base's IGAD, SADC, Arab League, OIC and EAC: 5.
var rolesides21Known = map[string]string{
	"com-arab-league: > said | Hossam Zaki":               "B: 'The league's assistant secretary-general, NAME': 'the league's' is not taken up as the Arab League named before (no side)",
	"cri-nic-border-police: > said | Ramon Zeledon Bravo": "A: 'Army spokesman Colonel NAME' after 'Nicaragua's army said' in a SAN JOSE/MANAGUA story, with no place in the sentence, takes the story's most-named state (Costa Rica)",
	"gtm-government-said: > said | Francisco Jimenez":     "a namesake: the base's Costa Rican Francisco Jimenez (petrarch people) wins over the Guatemalan story's interior minister",
}

// TestRoleSides21Probes runs the whole pipeline on the second role-side
// battery (testdata/probes/rolesides21.txt).
func TestRoleSides21Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/rolesides21.txt"))
	testutil.CheckKnownFailures(t, failed, rolesides21Known, "rolesides21Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(rolesides21Known))
}
