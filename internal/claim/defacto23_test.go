package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// defacto23Known are the session-23 de facto battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass. Kinds (see the battery's header): A an authority's
// own story, S separatist titles and nouns in the parent state's or a
// wire's story, N negatives and controls.
// First run (main 122f9859, before any fix): 140 items, 96 failing; after
// the span corrections the battery's header lists: 126 items, 74 failing.
// After the authorities' own stories and separatist titles
// (authority.go): 20 failing; after an authority named in the title
// ("A Biafran spokesman") and found by a place's region or the filing
// state when the text names none: 15 failing.
var defacto23Known = map[string]string{
	"bia-umuahia-head-of-state: > rejected | head of state":    "A: missing",
	"bia-umuahia-head-of-state: > rejects | Head of state":     "A: missing",
	"bia-umuahia-head-of-state: > said | he":                   "A: got said | he |  | assert |  | direct",
	"nkr-stepanakert-press-service: > says | service":          "A: missing",
	"pass-baku-karabakh-anniversary: > said | It":              "N: got said | It | NKR | assert | Nagorno-Karabakh | indirect",
	"pass-colombo-floods: > said | centre":                     "N: got said | centre |  | assert |  | indirect",
	"pass-colombo-floods: > says | centre":                     "N: missing",
	"pass-moscow-abkhazia: > said | bank":                      "N: got said | bank |  | assert |  | indirect",
	"pass-tbilisi-elections: > said | commission":              "N: got said | commission |  | assert |  | indirect",
	"pass-tbilisi-elections: > said | president":               "N: got said | president |  | assert |  | indirect",
	"pass-tbilisi-elections: > says | Election commission":     "N: got says | Election commission |  | assert |  | indirect",
	"sos-tskhinvali-committee: > said | state press committee": "A: missing",
}

// TestDeFacto23Probes runs the whole pipeline on the session-23 de facto
// battery (testdata/probes/defacto23.txt).
func TestDeFacto23Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/defacto23.txt"))
	testutil.CheckKnownFailures(t, failed, defacto23Known, "defacto23Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(defacto23Known))
}
