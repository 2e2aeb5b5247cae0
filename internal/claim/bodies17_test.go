package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// bodiesKnown are the bodies battery's expectations parallax does not meet
// yet, each with the reason; the test fails when one starts to pass. The
// battery's first run (main 05b2f9a): 126 expectations, 108 right, 6
// extra claims (24 failing items); after the sides lane's session-17
// rules: 117 right (15 failing items: 9 expectations, 6 extra claims),
// then 118 with "the rebel army" (13 failing items).
var bodiesKnown = map[string]string{
	"sahara-polisario: > said | Sahrawi army": "the knowledge base resolves 'Sahrawi army' by the demonym to the Sahrawi Armed Forces with side ESH; the expectation follows the knowledge base's Sahrawi Press Service (POLISARIO)",
	"sudan-rsf: > said | paramilitary":        "'The paramilitary said in a statement': the adjective used as a noun is not read as a subject, so no claim is found",
	"sudan-wfp: > denied | paramilitary":      "'The paramilitary denied blocking aid': as above, no claim",
}

// TestBodiesProbes runs the whole pipeline on the bodies battery
// (testdata/probes/bodies17.txt): the sides of armies, commands,
// ministries, services, movements, NGOs and UN bodies, named in full, by
// their head noun alone or by a capital, across conflicts mostly not in
// the golds.
func TestBodiesProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	probes := testutil.ReadClaimProbes(t, "testdata/probes/bodies17.txt")
	failed, items := pipetest.ClaimProbeMismatches(t, probes)
	testutil.CheckKnownFailures(t, failed, bodiesKnown, "bodiesKnown")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(bodiesKnown))
}
