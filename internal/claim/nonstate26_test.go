package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// nonstate26Known are the session-26 non-state battery's expectations
// parallax does not meet yet, each with what parallax gives; the test
// fails when one starts to pass. Kinds (see the battery's header): A what
// the story says of a body makes it a party, R a movement named in
// French, Spanish or Portuguese or after its state, K a word of its name
// or an acronym written as a word, H headlines, F a faction or wing as
// the subject, N negatives.
// First run (main 693a23ed, before any fix): 80 items, 51 failing; after
// the span corrections the battery's header lists: 73 items, 40 failing.
// After the lane's fixes: 72 items, 6 failing.
var nonstate26Known = map[string]string{
	"fant-state-army-negative: > said | FANT officer":                         "N: got said | FANT officer |  | assert |  | indirect",
	"fant-state-army-negative: > said | Forces armées nationales tchadiennes": "N: missing",
	"fdn-state-demonym-name: > says | Contra group":                           "R: got says | Contra group |  | assert |  | indirect",
	"fretilin-word-acronym: > said | message":                                 "K: got said | The message | IDN | assert | Indonesian Armed Forces | indirect",
	"party-union-league-negative: > said | Front des forces socialistes":      "N: missing",
	"zanla-armed-wing: > said | Zimbabwe African National":                    "F: got said | Zimbabwe African National Union |  | assert | Zimbabwe African National Union | indirect",
}

// TestNonState26Probes runs the whole pipeline on the session-26
// non-state battery (testdata/probes/nonstate26.txt).
func TestNonState26Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/nonstate26.txt"))
	testutil.CheckKnownFailures(t, failed, nonstate26Known, "nonstate26Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(nonstate26Known))
}
