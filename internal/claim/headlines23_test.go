package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// headlines23Known are the session-23 headlines battery's expectations
// parallax does not meet yet, each with what it gives; the test fails
// when one starts to pass. Kinds: see the battery's header. First run
// (main 122f9859, before any fix of the lane): 34 passages, 53 items, 25
// failing.
var headlines23Known = map[string]string{
	"pk-state-media-reports-live: > reports | state television": "missing",
	"so-headline-president-vows: > vows | Hassan Sheikh":        "got vows | Hassan Sheikh |  | assert | Hassan Sheikh | indirect",
	"ua-live-prosecutor-two-words: > : | Regional prosecutor":   "got : | Regional prosecutor |  | assert |  | indirect",
	"ua-press-service-possessive: > said | press service":       "got said | press service of the region's military administration |  | assert |  | indirect",
}

// TestHeadlines23Probes runs the whole pipeline on the session-23 battery
// of headlines, live-blog headings and short reported lines
// (testdata/probes/headlines23.txt): a title or surname before a colon,
// "vows", "appeared on television to announce", "Residents described",
// a live-blog entry's "he", a closing outlet or press service, and the
// negatives.
func TestHeadlines23Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/headlines23.txt"))
	testutil.CheckKnownFailures(t, failed, headlines23Known, "headlines23Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(headlines23Known))
}
