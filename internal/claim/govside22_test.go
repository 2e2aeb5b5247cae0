package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// govside22Known are the session-22 government-side battery's
// expectations parallax does not meet yet, each with the reason; the test
// fails when one starts to pass. Kinds (see the battery's header): G a
// bare government, ministry or "It" in a two-state story, H allies,
// hosts and X-led coalitions, R rival governments and de facto states, P
// a spokesman with no place after another army spoke, N negatives.
// First run (main ec44797, before any fix): 198 items, 96 failing. Then,
// with the stated reasons, the expectations were corrected (the battery's
// header lists them): 185 items. After the home daily's bare bodies,
// X-led alliances, possessed and owned titles, hosted speakers and the
// de facto authorities' rows: 10 failing.
var govside22Known = map[string]string{
	"grc-athens-coast-guard: > said | coast guard":       "G: the home daily's bare coast guard takes up 'Two Turkish coast guard boats' named before (a modifier of 'boats', not a body), so the rule leaves it unsided",
	"grc-athens-coast-guard: > says | coast guard":       "the headline 'Coast guard says' is not found as a claim",
	"kor-seoul-jcs: > said | state media":                "a capital's possessive before a state's media ('Pyongyang's state media') gives no side",
	"kor-seoul-jcs: extra claims | North Korean":         "'It denied North Korean claims that' read as a second claim of the North's (the claims lane's)",
	"mar-rabat-government-bare: extra claims | Algerian": "as above",
	"twn-taipei-mnd: extra claims | Chinese":             "as above",
	"rwa-kigali-burundi: extra accusations | Burundi":    "'rejected accusations by Burundi that' read as Burundi's claim (the claims lane's)",
	"prk-pyongyang-kcna: > said | General Staff":         "the actor stage reads 'The General Staff of the Korean People's Army' as South Korea's armed forces",
	"sle-ecomog-led: extra said | The junta":             "the battery lists no side for the 1997 junta (a de facto ruler of Sierra Leone; a convention question)",
}

// TestGovSide22Probes runs the whole pipeline on the session-22
// government-side battery (testdata/probes/govside22.txt).
func TestGovSide22Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/govside22.txt"))
	testutil.CheckKnownFailures(t, failed, govside22Known, "govside22Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(govside22Known))
}
