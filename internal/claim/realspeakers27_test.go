package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// realSpeakers27Known are the expectations of the session-27 speaker
// battery (realspeakers27.txt) parallax does not meet yet, each with the
// reason; the test fails when one of them starts to pass.
var realSpeakers27Known = map[string]string{}

// TestRealSpeakerProbes runs the whole pipeline on the session-27 speaker
// battery: releases whose speakers are titles and bodies ("the Foreign
// Secretary", "the command"), wire stories quoting two states' officials,
// surnames and titles after a full name, and non-parties.
func TestRealSpeakerProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/realspeakers27.txt"))
	testutil.CheckKnownFailures(t, failed, realSpeakers27Known, "realSpeakers27Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(realSpeakers27Known))
}
