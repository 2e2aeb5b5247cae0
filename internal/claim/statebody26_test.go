package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// statebody26Known are the session-26 state bodies battery's expectations
// parallax does not meet yet, each with what it gives; the test fails
// when one starts to pass. Kinds (see the battery's header): H a home
// story's unit spokesman, L sub-national and local offices, M a
// minister titled with his portfolio, N negatives.
// First run: 41 items, 20 failing; after the span corrections the
// battery's header lists: 33 items, 10 failing.
var statebody26Known = map[string]string{
	"h-army-spokesman-hanoi: > said | spokesman":                        "H: got said | spokesman |  | assert | Dong Dang | indirect",
	"h-navy-spokesman-reykjavik: > said | spokesman":                    "H: got said | spokesman |  | assert |  | indirect",
	"l-chief-minister-punjab: > said | He":                              "L: got said | He |  | assert | Harcharan Singh Bhullar | indirect",
	"l-district-council-chairman: > said | Bukoba district council":     "L: got said | Bukoba district council |  | assert |  | indirect",
	"l-provincial-commissioner-shifta: > said | Daniel Kiprono Chelugo": "L: got said | Daniel Kiprono Chelugo | SAU | assert | Daniel Kiprono Chelugo | indirect",
	"l-provincial-commissioner-shifta: > said | Mogadishu":              "L: got said | Mogadishu |  | assert |  | indirect",
	"m-home-minister-full-name: > said | Kacker":                        "M: got said | Kacker | PAK | assert | Ravindra Nath Kacker | indirect",
	"m-home-minister-full-name: > said | Ravindra Nath Kacker":          "M: got said | Ravindra Nath Kacker | PAK | assert | Ravindra Nath Kacker | indirect",
	"n-other-party-spokesman-marked: > said | Ministry of Information":  "N: got said | Ministry of Information | ETH | assert | Ministry of Information | indirect",
	"n-other-party-spokesman-marked: > says | ministry":                 "N: got says | ministry | ETH | assert |  | indirect",
}

// TestStateBody26Probes runs the whole pipeline on the session-26 state
// bodies battery (testdata/probes/statebody26.txt).
func TestStateBody26Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/statebody26.txt"))
	testutil.CheckKnownFailures(t, failed, statebody26Known, "statebody26Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(statebody26Known))
}
