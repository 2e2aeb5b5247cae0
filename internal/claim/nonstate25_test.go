package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// nonstate25Known are the session-25 non-state battery's expectations
// parallax does not meet yet, each with what parallax gives; the test
// fails when one starts to pass. Kinds (see the battery's header): U a
// movement the base lacks, K a party's long name and nickname, F an
// intervention or peacekeeping force, O an international body the base
// lacks, H headlines, N negatives.
// First run (main 3dbb4893, before any fix): 164 items, 97 failing; after
// the span corrections the battery's header lists: 140 items, 58 failing.
// Session 26 (definedname.go, whose/which-has-fought and armed-part
// readings, headline fighters of a people or state): 15 failing.
var nonstate25Known = map[string]string{
	"bhutan-maoist-nickname: > said | Communist Party of Bhutan":    "K: missing",
	"ecomog-liberia-commander: > said | He":                         "F: got said | He | LBR | assert | John Inienger | indirect",
	"ecomog-liberia-commander: > said | John Inienger":              "F: got said | John Inienger | LBR | assert | John Inienger | indirect",
	"ecomog-liberia-commander: > said | he":                         "F: got said | he | LBR | assert | John Inienger | direct",
	"ecomog-spokesman-nigerian-troops: > says | West African force": "F: got says | West African force |  | assert |  | indirect",
	"ezln-statement-it-said: > : | EZLN":                            "U: missing",
	"ezln-statement-it-said: > said | Liberación Nacional":          "U: got said | Liberación Nacional |  | assert |  | indirect",
	"fnla-portuguese-name: extra reported | ":                       "U: got reported |  |  | assert |  | indirect",
	"medium-acronym-negative: > says | Bangui radio":                "N: got says | Bangui radio | CAF | assert |  | indirect",
	"monusco-force-commander: > said | He":                          "F: got said | He | MOZ | assert | Carlos dos Santos | indirect",
	"monusco-force-commander: > said | brigade":                     "F: got said | brigade | COD | assert | Armed Forces of the Democratic Republic of the Congo | indirect",
	"mrta-acronym-only: > said | government":                        "U: got said | government | JPN | assert | Government of Japan | indirect",
	"oas-secretary-general: > said | José Miguel Insulza":           "O: got said | José Miguel Insulza | CHL | assert | José Miguel Insulza | indirect",
	"union-acronym-negative: > said | Mali":                         "N: got said | Mali | MLI | assert | Mali | indirect",
	"union-acronym-negative: > said | UNTM":                         "N: got said | UNTM | MLI | assert | Mali | indirect",
}

// TestNonState25Probes runs the whole pipeline on the session-25
// non-state battery (testdata/probes/nonstate25.txt).
func TestNonState25Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/nonstate25.txt"))
	testutil.CheckKnownFailures(t, failed, nonstate25Known, "nonstate25Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(nonstate25Known))
}
