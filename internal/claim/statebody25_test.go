package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// statebody25Known are the session-25 state bodies battery's expectations
// parallax does not meet yet, each with what it gives; the test fails
// when one starts to pass. Kinds (see the battery's header): T an office
// holder by a state title, B a home story's bulletin, communiqué or High
// Command, C a capital as metonym with a relative clause, D a foreign
// body named with a demonym, G the government's negotiators, N
// negatives.
// First run (main 3dbb4893, before any fix): 113 items, 50 failing; after
// the span corrections the battery's header lists: 104 items, 40 failing.
// After a titled person takes the dateline's state in a story about two
// states (actor.titledOfficeState): 39 failing. After a bulletin or
// communiqué takes up the body that issued it and "the Foreign
// Minister", "the Head of State" head a state's office (session 26): 35.
// After a demonym before another state's body names whose body it is,
// and "the Joint Chiefs" takes up the body named in full: 30.
var statebody25Known = map[string]string{
	"b-general-staff-communique-bamako: > said | General Staff":                              "B: got said | General Staff | FRA | assert | French Armed Forces | indirect",
	"b-general-staff-communique-bamako: > said | communiqué":                                 "B: got said | The communiqué | FRA | assert | French Armed Forces | indirect",
	"b-general-staff-communique-bamako: > says | General Staff":                              "B: got says | General Staff |  | assert | General Staff | indirect",
	"c-doha-relative: > said | Algiers":                                                      "C: got said | Algiers |  | assert |  | indirect",
	"c-oslo-relative: > said | Oslo":                                                         "C: got said | Oslo |  | assert |  | indirect",
	"g-government-chief-negotiator: > reject | Tigers":                                       "G: missing",
	"g-government-chief-negotiator: > said | Sarath Gunaratne":                               "G: got said | Sarath Gunaratne |  | assert | Sarath Gunaratne | indirect",
	"g-government-negotiators-farc: > described | negotiators":                               "G: got described | negotiators |  | assert |  | indirect",
	"n-demonym-president-in-home-story: > claims | Somali leader":                            "N: missing",
	"n-foreign-minister-of-other-state: > rejects | Lima":                                    "N: got rejects | Lima | PER | assert | Government of Peru | indirect",
	"n-foreign-minister-of-other-state: > said | Foreign Minister":                           "N: got said | Foreign Minister | PER | assert | Eduardo Villacorta Maldonado | indirect",
	"n-president-of-other-state: > said | War Ministry":                                      "N: got said | War Ministry | BOL | assert | War Ministry | indirect",
	"n-red-cross-and-shopkeeper: > said | Fernando Ruales":                                   "N: got said | Fernando Ruales | ICRC | assert | Fernando Ruales | indirect",
	"n-title-of-other-state-named-in-sentence: > said | ministry":                            "N: got said | ministry | TUR | assert |  | indirect",
	"n-title-of-other-state-named-in-sentence: > says | ministry":                            "N: missing",
	"n-us-secretary-in-british-story: > said | Ministry of Defence":                          "N: got said | Ministry of Defence | USA | assert | American Ministry of Defense | indirect",
	"t-army-spokesman-surname: > said | Gonzalo Terán Pazmiño":                               "T: got said | Gonzalo Terán Pazmiño | PER | assert | Gonzalo Terán Pazmiño | indirect",
	"t-army-spokesman-surname: > said | Terán":                                               "T: got said | Terán | PER | assert | Gonzalo Terán Pazmiño | indirect",
	"t-army-spokesman-surname: > said | he":                                                  "T: got said | he | PER | assert | Gonzalo Terán Pazmiño | direct",
	"t-army-spokesman-surname: > says | army":                                                "T: got says | army | PER | assert |  | indirect",
	"t-foreign-minister-title-only: > : | Foreign Minister":                                  "T: got : | Foreign Minister | BOL | assert |  | indirect",
	"t-foreign-minister-title-only: > told | he":                                             "T: got told | he |  | assert | Bahía Negra | direct",
	"t-foreign-minister-title-only: extra asked | Paraguay":                                  "T: got asked | Paraguay | PRY | assert | Paraguay | indirect in The Foreign Minister said in Asunción that Paraguay had asked the League of Nations to name Bolivia the aggressor.",
	"t-head-of-state-excellency: > declared | Head of State":                                 "T: got declared | Head of State |  | assert |  | direct",
	"t-president-pronoun-chain-biafra: > promises | Head of the Federal Military Government": "T: missing",
	"t-secretary-of-state-commons: > said | He":                                              "T: got said | He |  | assert | Pargeter | indirect",
	"t-secretary-of-state-commons: > told | Pargeter":                                        "T: got told | Pargeter |  | assert | Pargeter | indirect",
}

// TestStateBody25Probes runs the whole pipeline on the session-25 state
// bodies battery (testdata/probes/statebody25.txt).
func TestStateBody25Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/statebody25.txt"))
	testutil.CheckKnownFailures(t, failed, statebody25Known, "statebody25Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(statebody25Known))
}
