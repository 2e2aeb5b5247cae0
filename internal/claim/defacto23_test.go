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
var defacto23Known = map[string]string{
	"abk-rebel-spokesman: > said | rebels":                            "S: got said | rebels |  | assert |  | indirect",
	"abk-rebel-spokesman: > said | spokesman":                         "S: got said | spokesman | GEO | assert |  | indirect",
	"abk-sukhumi-defence-ministry: > said | It":                       "A: got said | It | GEO | assert |  | indirect",
	"abk-sukhumi-defence-ministry: > said | defence ministry":         "A: got said | defence ministry | GEO | assert |  | indirect",
	"abk-sukhumi-defence-ministry: > said | ministry":                 "A: got said | ministry | GEO | assert |  | indirect",
	"abk-sukhumi-defence-ministry: > says | Defence ministry":         "A: got says | Defence ministry | GEO | assert |  | indirect",
	"abk-sukhumi-president: > accused | Ruslan Adzinba":               "A: got accused | Ruslan Adzinba | GEO | assert | Ruslan Adzinba | indirect",
	"abk-sukhumi-president: > accuses | President":                    "A: got accuses | President | GEO | assert |  | indirect",
	"abk-sukhumi-president: > told | Adzinba":                         "A: got told | Adzinba | GEO | assert | Ruslan Adzinba | direct",
	"abk-sukhumi-spokesman: > said | Daur Ashuba":                     "A: got said | Daur Ashuba | GEO | assert | Daur Ashuba | indirect",
	"abk-sukhumi-spokesman: > said | He":                              "A: got said | He | GEO | assert | Daur Ashuba | indirect",
	"abk-sukhumi-spokesman: > said | ministry":                        "A: got said | ministry | GEO | assert |  | indirect",
	"abk-sukhumi-spokesman: > says | ministry":                        "A: got says | ministry | GEO | assert |  | indirect",
	"abk-tbilisi-daily-control: > said | Ruslan Adzinba":              "N: got said | Ruslan Adzinba |  | assert | Ruslan Adzinba | indirect",
	"abk-tbilisi-wire-separatist-commander: > said | Vakhtang Lakoba": "S: got said | Vakhtang Lakoba | GEO | assert | Vakhtang Lakoba | indirect",
	"abk-tbilisi-wire-separatist-commander: > said | separatists":     "S: got said | separatists |  | assert |  | indirect",
	"bia-lagos-daily-control: > said | Rebel radio":                   "N: got said | Rebel radio |  | assert |  | indirect",
	"bia-lagos-wire-secessionist: > said | Biafran spokesman":         "S: got said | Biafran spokesman |  | assert |  | indirect",
	"bia-lagos-wire-secessionist: > said | secessionists":             "S: got said | secessionists |  | assert |  | indirect",
	"bia-umuahia-head-of-state: > rejected | head of state":           "A: missing",
	"bia-umuahia-head-of-state: > rejects | Head of state":            "A: missing",
	"bia-umuahia-head-of-state: > said | foreign ministry":            "A: got said | foreign ministry | NGA | assert |  | indirect",
	"bia-umuahia-head-of-state: > said | he":                          "A: got said | he |  | assert |  | direct",
	"bia-umuahia-head-of-state: extra rejected | state":               "A: got rejected | state |  | deny |  | indirect",
	"bia-umuahia-head-of-state: extra rejects | Head":                 "A: got rejects | Head |  | assert |  | indirect",
	"bia-umuahia-radio: > said | army headquarters":                   "A: got said | army headquarters | NGA | assert |  | indirect",
	"bia-umuahia-radio: > said | headquarters":                        "A: got said | headquarters |  | assert |  | indirect",
	"bia-umuahia-radio: > said | information ministry":                "A: got said | information ministry | NGA | assert | Government of Nigeria | indirect",
	"bia-umuahia-radio: > says | Biafran army":                        "A: got says | Biafran army | NGA | assert |  | indirect",
	"krj-knin-defence: > said | defence ministry":                     "A: got said | defence ministry | HRV | assert |  | indirect",
	"krj-knin-defence: > said | government":                           "A: got said | government | HRV | assert | Government of Croatia | indirect",
	"krj-knin-defence: > said | ministry":                             "A: got said | ministry | HRV | assert |  | indirect",
	"krj-knin-defence: > says | Defence ministry":                     "A: got says | Defence ministry | HRV | assert |  | indirect",
	"krj-knin-president: > calls for | President":                     "A: got calls for | President | HRV | assert |  | indirect",
	"krj-knin-president: > told | Vujanovic":                          "A: got told | Vujanovic | HRV | assert | Milan Vujanovic | direct",
	"krj-zagreb-wire-rebel-serbs: > said | Milan Vujanovic":           "S: got said | Milan Vujanovic | SRB | assert | Milan Vujanovic | indirect",
	"krj-zagreb-wire-rebel-serbs: > said | rebels":                    "S: got said | rebels |  | assert |  | indirect",
	"lte-colombo-wire-rebel-spokesman: > said | spokesman":            "S: got said | spokesman | LKA | assert |  | indirect",
	"lte-kilinochchi-political-wing: > said | Ravi Seelan":            "A: got said | Ravi Seelan | LKA | assert | Ravi Seelan | indirect",
	"lte-kilinochchi-political-wing: > said | peace secretariat":      "A: got said | peace secretariat | LKA | assert | Government of Sri Lanka | indirect",
	"lte-kilinochchi-political-wing: > said | wing":                   "A: got said | wing |  | assert |  | indirect",
	"nkr-baku-daily-control: > said | defence ministry":               "N: got said | defence ministry | AZE | assert |  | indirect",
	"nkr-stepanakert-defence-army: > said | defence ministry":         "A: got said | defence ministry | AZE | assert |  | indirect",
	"nkr-stepanakert-defence-army: > said | ministry":                 "A: got said | ministry | AZE | assert |  | indirect",
	"nkr-stepanakert-defence-army: > said | president":                "A: got said | president | AZE | assert | Ilham Aliyev | indirect",
	"nkr-stepanakert-defence-army: > says | Defence army":             "A: got says | Defence army | AZE | assert |  | indirect",
	"nkr-stepanakert-press-service: > said | It":                      "A: got said | It |  | assert |  | indirect",
	"nkr-stepanakert-press-service: > said | press service":           "A: got said | president's press service |  | assert |  | indirect",
	"nkr-stepanakert-press-service: > says | service":                 "A: missing",
	"nkr-wire-separatist-spokesman: > said | Artur Melkonyan":         "S: got said | Artur Melkonyan |  | assert | Artur Melkonyan | indirect",
	"pass-baku-karabakh-anniversary: > said | It":                     "N: got said | It | NKR | assert | Nagorno-Karabakh | indirect",
	"pass-colombo-floods: > said | centre":                            "N: got said | centre |  | assert |  | indirect",
	"pass-colombo-floods: > says | centre":                            "N: missing",
	"pass-moscow-abkhazia: > said | bank":                             "N: got said | bank |  | assert |  | indirect",
	"pass-tbilisi-elections: > said | commission":                     "N: got said | commission |  | assert |  | indirect",
	"pass-tbilisi-elections: > said | president":                      "N: got said | president |  | assert |  | indirect",
	"pass-tbilisi-elections: > says | Election commission":            "N: got says | Election commission |  | assert |  | indirect",
	"sml-hargeisa-interior: > said | ministry":                        "A: got said | ministry | SOM | assert |  | indirect",
	"sml-hargeisa-interior: > said | president":                       "A: got said | president | SOM | assert | Hassan Sheikh Mohamud | indirect",
	"sml-hargeisa-interior: > says | Interior ministry":               "A: got says | Interior ministry | SOM | assert |  | indirect",
	"sml-hargeisa-spokesman: > said | Abdirahman Warsame":             "A: got said | Abdirahman Warsame | SOM | assert | Abdirahman Warsame | indirect",
	"sml-hargeisa-spokesman: > said | He":                             "A: got said | He | SOM | assert | Abdirahman Warsame | indirect",
	"sml-hargeisa-spokesman: > said | defence ministry":               "A: got said | defence ministry | SOM | assert |  | indirect",
	"sml-hargeisa-spokesman: > says | Army":                           "A: got says | Army | SOM | assert |  | indirect",
	"sos-tbilisi-wire-breakaway-leader: > said | Eduard Kabulov":      "S: got said | Eduard Kabulov |  | assert | Eduard Kabulov | indirect",
	"sos-tbilisi-wire-breakaway-leader: > said | Rebel officials":     "S: got said | Rebel officials |  | assert |  | indirect",
	"sos-tskhinvali-committee: > said | committee":                    "A: got said | committee |  | assert |  | indirect",
	"sos-tskhinvali-committee: > said | state press committee":        "A: missing",
	"sos-tskhinvali-committee: > says | Press committee":              "A: got says | Press committee |  | assert |  | indirect",
	"sos-tskhinvali-committee: extra said | state press":              "A: got said | state press | GEO | assert | Georgian state media | indirect",
	"sos-tskhinvali-guest-georgian: > said | ministry":                "N: got said | ministry | GEO | assert |  | indirect",
	"sos-tskhinvali-interior: > said | ministry":                      "A: got said | ministry | GEO | assert |  | indirect",
	"sos-tskhinvali-interior: > said | parliament":                    "A: got said | parliament | GEO | assert |  | indirect",
	"sos-tskhinvali-interior: > says | Interior ministry":             "A: got says | Interior ministry | GEO | assert |  | indirect",
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
