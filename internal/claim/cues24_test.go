package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// cues24Known are the session-24 cues battery's expectations parallax
// does not meet yet, each with what it gives; the test fails when one
// starts to pass. Kinds: see the battery's header. First run (main
// 046989f8, before any fix of the lane): 30 passages, 47 items, 25
// failing.
var cues24Known = map[string]string{
	"eh-fronted-secretary-general: > said | secretary-general":                 "missing",
	"ml-live-keyevents-country: > : | Mali":                                    "missing",
	"ml-live-keyevents-country: > said | army":                                 "got said | army |  | assert |  | indirect",
	"mm-junta-claims-subject: > claims | junta":                                "missing",
	"ne-live-heading-country: > : | Niger":                                     "missing",
	"pk-fronted-statement-from-city: > says | spokesman":                       "got says | spokesman | PAK | assert |  | indirect",
	"ug-ngo-witnesses-we-spoke-to: > said | army spokesman":                    "got said | army spokesman |  | assert |  | indirect",
	"ug-ngo-witnesses-we-spoke-to: extra condemns | Example Gulu Rights Watch": "got condemns | Gulu Rights Watch |  | assert | Gulu Rights Watch | indirect",
}

// TestCues24Probes runs the whole pipeline on the session-24 battery of
// reporting constructions (testdata/probes/cues24.txt): report-level
// cues, a party's claim named by the subject noun a sentence judges, an
// attribution inside the clause, a country's heading, a speaker after a
// long fronted adverbial, a body's full name, an actor's diacritics, the
// stance of a rejected figure or staged pictures, and the negatives.
func TestCues24Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/cues24.txt"))
	testutil.CheckKnownFailures(t, failed, cues24Known, "cues24Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(cues24Known))
}
