package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// groupside23Known are the session-23 battery's expectations parallax
// does not meet yet, each with the reason; the test fails when one starts
// to pass. Kinds: see the battery's header.
var groupside23Known = map[string]string{
	// first run (main 122f9859, before any fix): 79 items, 35 failing
	"ao-its-leader-next-sentence: > said | Emmanuel Nzita":           "got said | Emmanuel Nzita |  | assert | Emmanuel Nzita | indirect",
	"et-leader-of-front: > said | Abdirahman Mahdi":                  "got said | Abdirahman Mahdi |  | assert | Abdirahman Mahdi | indirect",
	"iq-pmf-state: > say | Mobilization Forces":                      "got say | Mobilization Forces | MOBILIZATIONFORCES | assert | Mobilization Forces | indirect",
	"ly-east-army-denies: > denies | Army":                           "got denies | Army | LBY | deny |  | indirect",
	"ly-east-army-denies: > said | army spokesman":                   "got said | army spokesman | LBY | assert |  | direct",
	"ly-east-army-lna: > rejected | elders":                          "missing",
	"ly-east-army-lna: extra rejected | Ubari":                       "got rejected | Ubari |  | deny |  | indirect",
	"ml-defence-front-statement: > says | militia":                   "got says | Gao militia |  | assert |  | indirect",
	"mz-party-leader-his-party: > said | Mateus Sitoe":               "got said | Mateus Sitoe |  | assert | Mateus Sitoe | indirect",
	"mz-party-leader-his-party: extra rejects | Opposition movement": "got rejects | Opposition movement |  | deny |  | indirect",
	"ng-vigilante-commander-named: extra say | Vigilantes":           "got say | Vigilantes |  | assert |  | indirect",
}

// TestGroupSide23Probes runs the whole pipeline on the session-23 battery
// of speakers whose party the knowledge base lacks
// (testdata/probes/groupside23.txt): groups the base lacks and their
// commanders, leaders of groups, titles of international bodies, a
// ministry of the story's state, rival armies, state-affiliated militia
// coalitions, and the negatives.
func TestGroupSide23Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/groupside23.txt"))
	testutil.CheckKnownFailures(t, failed, groupside23Known, "groupside23Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(groupside23Known))
}
