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
// Council", actor.longerBodyName): 15.
var rolesides21Known = map[string]string{
	"com-arab-league: > said | Arab League":                                "B: the knowledge base has no Arab League (no gold has a code for it; the battery expects ARABLEAGUE)",
	"com-arab-league: > said | Hossam Zaki":                                "B: the Arab League's official: the base lacks the body",
	"cri-nic-border-police: > said | Ramon Zeledon Bravo":                  "A: 'Army spokesman Colonel NAME' after 'Nicaragua's army said' in a SAN JOSE/MANAGUA story, with no place in the sentence, takes the story's most-named state (Costa Rica)",
	"dji-igad-envoy: > said | Intergovernmental Authority on Development":  "B: the knowledge base has no IGAD",
	"dji-igad-envoy: > said | Workneh Gebeyehu":                            "B: 'IGAD's executive secretary, NAME' takes the story's state (Djibouti): the base lacks IGAD",
	"gtm-government-said: > said | Francisco Jimenez":                      "a namesake: the base's Costa Rican Francisco Jimenez (petrarch people) wins over the Guatemalan story's interior minister",
	"mrt-oic-statement: > condemned | Organisation of Islamic Cooperation": "B: the knowledge base has no OIC",
	"mrt-oic-statement: > said | Hissein Brahim Taha":                      "B: the OIC's secretary-general: the base lacks the body",
	"pry-hospital-spokeswoman: > said | spokeswoman":                       "N: 'A spokeswoman for the hospital' takes the story's state",
	"sle-gin-yenga: > accused | He":                                        "A: 'Guinea's army spokesman, Commandant NAME,' gives the title's body Guinea's side but not the person named in apposition, nor his pronoun",
	"swz-sadc-organ: > said | Elias Magosi":                                "B: SADC's executive secretary: the base lacks SADC",
	"swz-sadc-organ: > said | Southern African Development Community":      "B: the knowledge base has no SADC",
	"tgo-au-psc: > welcomed | Lome":                                        "G: a capital as the subject of a nested claim ('said Lome welcomed') is read as a place, no side",
	"tza-eac-summit: > said | East African Community":                      "B: the knowledge base has no EAC",
	"tza-eac-summit: > said | Veronica Nduva":                              "B: the EAC's secretary-general: the base lacks the body",
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
