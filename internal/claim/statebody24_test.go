package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// statebody24Known are the session-24 state bodies battery's expectations
// parallax does not meet yet, each with what it gives; the test fails
// when one starts to pass. Kinds (see the battery's header): D a body
// named with a demonym, M a state medium, O an office holder of another
// era, S a sub-national office holder, C a capital as metonym, U a led
// coalition's spokesman, N negatives.
// First run (main 046989f8, before any fix): 108 items, 30 failing; after
// the span corrections the battery's header lists: 105 items, 23 failing.
// After capitals with diacritics and office holders of every era
// (actor.ofTheEra): 18 failing. After broadcasters a state's demonym,
// name or capital qualifies and names before "state television"
// (statemedia.go): 14 failing.
var statebody24Known = map[string]string{
	"c-bujumbura-kigali: > says | Bujumbura":                  "C: got says | Bujumbura |  | assert |  | indirect",
	"c-yaounde-bakassi: > says | Lagos":                       "C: got says | Lagos |  | assert |  | indirect",
	"d-thai-army-preah-vihear: > said | ministry":             "D: got said | ministry | THA | assert |  | indirect",
	"m-ikhbariya-state-tv: > said | channel":                  "M: got said | channel |  | assert |  | indirect",
	"m-state-radio-rwanda: > quoted | Kenyan radio":           "M: missing",
	"n-foreign-radio-somalia: > said | spokesman":             "N: got said | government's spokesman |  | assert |  | indirect",
	"s-borno-governor: > said | senator":                      "S: got said | senator |  | assert |  | indirect",
	"s-district-council-gulu: > said | Gulu district council": "S: got said | Gulu district council |  | assert |  | indirect",
	"u-coalition-kabul: > said | Elizabeth Marsh":             "U: got said | Elizabeth Marsh |  | assert | Elizabeth Marsh | indirect",
	"u-coalition-kabul: > said | She":                         "U: got said | She |  | assert | Elizabeth Marsh | indirect",
	"u-coalition-kabul: > says | Coalition":                   "U: got says | Coalition |  | assert |  | indirect",
	"u-saudi-coalition-spokesman: > denies | Coalition":       "U: got denies | Coalition |  | deny |  | indirect",
}

// TestStateBody24Probes runs the whole pipeline on the session-24 state
// bodies battery (testdata/probes/statebody24.txt).
func TestStateBody24Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/statebody24.txt"))
	testutil.CheckKnownFailures(t, failed, statebody24Known, "statebody24Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(statebody24Known))
}
