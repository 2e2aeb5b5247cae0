package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// nonstate24Known are the session-24 non-state battery's expectations
// parallax does not meet yet, each with what parallax gives; the test
// fails when one starts to pass. Kinds (see the battery's header): R a
// region in arms against its state, I an insurgent party's spokesman and
// statements, P a rebel commander's later pronouns, H headlines, D a home
// daily's unnamed spokesmen, N negatives.
// First run (main 046989f8, before any fix): 152 items, 81 failing; after
// the span corrections the battery's header lists: 143 items, 66 failing.
var nonstate24Known = map[string]string{
	"adf-commander-president-between: > promised | Yoweri Kaguta":      "P: got promised | Yoweri Kaguta |  | assert | Yoweri Kaguta | indirect",
	"bla-separatists-claim-headline: > claim | separatists":            "H: got claim | separatists |  | assert |  | indirect",
	"falklands-home-daily-communique: > said | Joint Staff":            "D: got said | Joint Staff | GBR | assert | Joint Staff | indirect",
	"falklands-home-daily-communique: > said | communiqu\u00e9":        "D: got said | The communiqu\u00e9 | GBR | assert | Joint Staff | indirect",
	"falklands-home-daily-communique: > said | spokesman":              "D: got said | spokesman |  | assert |  | indirect",
	"falklands-home-daily-communique: > says | Joint Staff":            "D: got says | Joint Staff | GBR | assert | Joint Staff | indirect",
	"flec-like-separatists-cabinda-free: > says | army":                "H: got says | army | SOM | assert |  | indirect",
	"foreign-defence-minister: > told | Charles Morin":                 "D: got told | Charles Morin | TCD | assert | Charles Morin | direct",
	"head-of-state-speaks-negative: > said | He":                       "N: got said | He |  | assert | Yoweri Kaguta | indirect",
	"head-of-state-speaks-negative: > said | commander":                "N: got said | commander |  | assert |  | indirect",
	"head-of-state-speaks-negative: > told | Yoweri Kaguta":            "N: got told | Yoweri Kaguta |  | assert | Yoweri Kaguta | indirect",
	"kargil-home-daily-spokesman: > said | foreign office":             "D: got said | Pakistan's foreign office | PAK | assert | Pakistani Ministry of Foreign Affairs | indirect",
	"krg-bashiqa-islamic-state-negative: > said | He":                  "N: got said | He | PESHMERGA | assert |  | indirect",
	"krg-bashiqa-islamic-state-negative: > said | Peshmerga commander": "N: got said | Peshmerga commander | PESHMERGA | assert |  | indirect",
	"milf-headline-colon: > : | MILF":                                  "H: missing",
	"srpska-pale-assembly: > rejected | Bosnian Serb assembly":         "R: missing",
	"srpska-pale-assembly: > rejects | Bosnian Serb assembly":          "R: missing",
	"srpska-pale-assembly: > said | He":                                "R: got said | He |  | assert | Momir Krajisnik | indirect",
	"srpska-pale-assembly: > said | Momir Krajisnik":                   "R: got said | Momir Krajisnik |  | assert | Momir Krajisnik | indirect",
	"tigray-own-outlet-bureau: > said | Tsegay Berhe":                  "R: got said | Tsegay Berhe | ETH | assert | Tsegay Berhe | indirect",
}

// TestNonState24Probes runs the whole pipeline on the session-24
// non-state battery (testdata/probes/nonstate24.txt).
func TestNonState24Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/nonstate24.txt"))
	testutil.CheckKnownFailures(t, failed, nonstate24Known, "nonstate24Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(nonstate24Known))
}
