package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// realtext23Known are the session-23 real-text battery's expectations
// parallax does not meet yet, each with what it gives; the test fails
// when one starts to pass. Kinds: see the battery's header.
var realtext23Known = map[string]string{
	"c-two-named-pleaded: > pleaded | Tamaz Beridze":                                     "missing",
	"c-two-named-pleaded: extra pleaded | Levan Kapanadze":                               "got pleaded | Levan Kapanadze |  | deny | Levan Kapanadze | indirect",
	"l-lawyer-possessive-apposition: > said | Goran Bubalo":                              "got said | Goran Bubalo | BIH | assert | Goran Bubalo | indirect",
	"m-self-described-member-told: > told | member":                                      "missing",
	"o-according-to-agency-official-told: extra According to | the Press Trust of India": "got According to | Press Trust of India |  | assert | Press Trust of India | indirect",
	"o-according-to-agency-official-told: extra state | the Press Trust of India":        "got state | Press Trust of India |  | assert | Press Trust of India | indirect",
	"o-according-to-paper-person-said: > said | Helen Marsh":                             "missing",
	"o-according-to-paper-person-said: extra According to | the Otago Daily Times":       "got According to | Otago Daily Times |  | assert | Otago Daily Times | indirect",
	"o-according-to-paper-person-said: extra said | the Otago Daily Times":               "got said | Otago Daily Times |  | assert | Otago Daily Times | indirect",
	"p-alleged-by-prosecution-in-quote: > told | Anne Fielding":                          "got told | Anne Fielding | AUS | assert | Anne Fielding | indirect",
	"p-negative-statement-released-by: > according to | interior ministry":               "missing",
	"p-negative-statement-released-by: > confirms | Ministry":                            "missing",
	"p-negative-statement-released-by: extra according to | a statement":                 "got according to | statement |  | assert |  | indirect",
	"p-truce-announced-by-two-states: > announced | Egypt":                               "missing",
	"p-truce-announced-by-two-states: > commented on | Hamish Falconer":                  "missing",
	"s-surname-capital-lecturer: > said | Deniz Ankara":                                  "missing",
	"v-issued-statement-saying: > urges | Refugee agency":                                "got urges | Refugee agency |  | assert |  | indirect",
	"v-lamented: > lamented | pilot":                                                     "missing",
	"v-on-record-as: > backs | Former adviser":                                           "missing",
	"x-director-general-in-quote: > reported | director general":                         "missing",
	"x-nested-after-outer-says: > blamed | supplier":                                     "missing",
	"x-nested-after-outer-says: > says | She":                                            "missing",
	"x-second-source-after-clause: > indicated | intelligence reports":                   "got indicated | intelligence reports |  | assert |  | indirect",
}

// TestRealText23Probes runs the whole pipeline on the session-23 battery
// of constructions real copy uses (testdata/probes/realtext23.txt):
// claims nested in quotations, "according to" an outlet before a person
// who speaks, participles with their agents, coordinated subjects,
// appositions of origin, lawyers, quotations left open, and negatives.
func TestRealText23Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/realtext23.txt"))
	testutil.CheckKnownFailures(t, failed, realtext23Known, "realtext23Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(realtext23Known))
}
