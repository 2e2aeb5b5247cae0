package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// cues26Known are the session-26 cues battery's expectations parallax
// does not meet yet, each with what it gives; the test fails when one
// starts to pass. Kinds: see the battery's header. First run (main
// 693a23ed, before any fix of the lane): 25 passages, 73 items, 20
// failing; after correcting eight expectations to the conventions (a
// quotation of two sentences is two claims, "the Indian charge that" is
// India's claim, a headline's "Acknowledges", "Hezbollah's al-Manar
// television" speaks as Hezbollah, "vows to" left out) 70 items, 12
// failing.
var cues26Known = map[string]string{
	"in-kargil-titlecase-rejected-as: > said | foreign ministry spokesman": "got said | foreign ministry spokesman |  | deny |  | direct",
	"sd-dismissed-as-fabricated: > Dismisses | Sudan":                      "got Dismisses | Sudan |  | deny |  | indirect",
	"ss-quote-paragraph-after-speaker: > spoke | Philip Aguer":             "missing",
	"us-cn-readout: > Warns | Biden":                                       "got Warns | Biden |  | assert |  | indirect",
	"us-cn-readout: > according to | readout":                              "got according to | readout |  | assert |  | indirect",
	"ye-acknowledged-maintained: > Acknowledges | Coalition":               "got Acknowledges | Coalition |  | assert |  | indirect",
	"yu-categorically-denied: > accused | Yugoslav officials":              "got accused | Yugoslav officials | BEL | assert |  | indirect",
}

// TestCues26Probes runs the whole pipeline on the session-26 battery of
// reporting frames of real wire and broadcaster copy
// (testdata/probes/cues26.txt): frames around the cue, title-case
// headlines, quotations whose speaker comes after them or before their
// paragraph, labelled transcript turns, verbs of insistence and
// concession, denials, and the reporter's own voice.
func TestCues26Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/cues26.txt"))
	testutil.CheckKnownFailures(t, failed, cues26Known, "cues26Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(cues26Known))
}
