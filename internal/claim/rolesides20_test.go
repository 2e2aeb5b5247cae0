package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// rolesides20Known are the role-side battery's expectations parallax does
// not meet yet, each with the reason; the test fails when one starts to
// pass. Kinds (see the battery's header): P a possessive or unnamed
// speaker given another party's side, O "his office" with two leaders
// named, U an international body's official given the state where they
// work, X an opposition politician given the government's side, N a
// non-party given a side. First run (main 7d15079, before any fix): 94
// items, 31 failing; with the stated corrections (the battery's header) 92
// expectations, 19 failing; with the lawmakers' expectations changed (the
// battery's header) 17. After the nearest owner of "its" (states
// included), the rank after the title's comma, the opposition politicians
// and the service spokesperson who is not another body's: 12; after the
// pronouns of international bodies' officials: 9; with the stateside
// lane's session-20 work on main: 8.
var rolesides20Known = map[string]string{
	"zwe-opposition-lawmaker-police: > said | Tendai Marufu":  "'An opposition lawmaker, NAME,' gets no side: a lawmaker speaks for the state (a state speaker with no side, the stateside lane's kind)",
	"ago-flec-group-spokesman: > said | Jean-Claude Nzita":    "P: 'The group's spokesman, NAME' after a state's ministry and the group named only as a modifier ('two FLEC camps') gets no side",
	"dji-eri-unnamed-army-spokesman: > said | army spokesman": "P: an unnamed 'An army spokesman' in a Djibouti story takes Eritrea's side from the other state's spokesman named before",
	"kaz-uzb-foreign-minister: > said | Foreign Minister":     "P: 'The Foreign Minister' in an Almaty story is resolved to Uzbekistan's minister named before",
	"lka-analyst: > said | Ramalingam Chandrasekar":           "'Fisheries minister NAME' in a Colombo story gets no side (a state speaker with no side: the stateside lane's kind)",
}

// TestRoleSidesProbes runs the whole pipeline on the role-side battery
// (testdata/probes/rolesides20.txt): speakers that another party's side
// or a side they do not have tempts, on conflicts not in the golds.
func TestRoleSidesProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/rolesides20.txt"))
	testutil.CheckKnownFailures(t, failed, rolesides20Known, "rolesides20Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(rolesides20Known))
}
