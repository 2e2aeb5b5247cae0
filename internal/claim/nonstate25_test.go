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
var nonstate25Known = map[string]string{
	"bhutan-maoist-nickname: > accused | Maoist leaflet":                       "K: got accused | Maoist leaflet |  | assert |  | indirect",
	"bhutan-maoist-nickname: > said | Communist Party of Bhutan":               "K: missing",
	"bhutan-maoist-nickname: > said | Maoists":                                 "K: got said | Maoists |  | assert |  | indirect",
	"bhutan-maoist-nickname: > say | Maoists":                                  "K: got say | Maoists |  | assert |  | indirect",
	"company-and-party-acronym-negative: > said | C\u00f4te d'Ivoire":          "N: got said | C\u00f4te d'Ivoire | CIV | assert | Ivory Coast | indirect",
	"ecomog-liberia-commander: > said | He":                                    "F: got said | He | LBR | assert | John Inienger | indirect",
	"ecomog-liberia-commander: > said | John Inienger":                         "F: got said | John Inienger | LBR | assert | John Inienger | indirect",
	"ecomog-liberia-commander: > said | he":                                    "F: got said | he | LBR | assert | John Inienger | direct",
	"ecomog-spokesman-nigerian-troops: > said | NPFL spokesman":                "F: got said | NPFL spokesman |  | assert |  | indirect",
	"ecomog-spokesman-nigerian-troops: > says | West African force":            "F: got says | West African force |  | assert |  | indirect",
	"ezln-spanish-name-nickname: > said | Ramiro":                              "K: got said | Ramiro | MEX | assert | Ramiro | indirect",
	"ezln-spanish-name-nickname: > said | he":                                  "K: got said | he | MEX | assert | Ramiro | direct",
	"ezln-spanish-name-nickname: > say | Zapatistas":                           "K: got say | Zapatistas |  | assert |  | indirect",
	"ezln-statement-it-said: > : | EZLN":                                       "U: missing",
	"ezln-statement-it-said: > accused | statement":                            "U: got accused | The statement |  | assert | Ej\u00e9rcito Zapatista de Liberaci\u00f3n Nacional | indirect",
	"ezln-statement-it-said: > said | It":                                      "U: got said | It |  | assert | Ej\u00e9rcito Zapatista de Liberaci\u00f3n Nacional | indirect",
	"ezln-statement-it-said: > said | Liberaci\u00f3n Nacional":                "U: got said | Liberaci\u00f3n Nacional |  | assert |  | indirect",
	"fnla-portuguese-name: > said | Paulo Tuba":                                "U: got said | Paulo Tuba | AGO | assert | Paulo Tuba | indirect",
	"fnla-portuguese-name: > said | he":                                        "U: got said | he |  | assert | Paulo Tuba | direct",
	"fnla-portuguese-name: > says | FNLA":                                      "U: got says | FNLA | AGO | assert | Angola | indirect",
	"fnla-portuguese-name: extra reported | ":                                  "U: got reported |  |  | assert |  | indirect",
	"frud-communique: > accused | communiqu\u00e9":                             "U: got accused | The communiqu\u00e9 |  | assert | FRUD | indirect",
	"frud-communique: > claim | Afar rebels":                                   "U: got claim | Afar rebels |  | assert |  | indirect",
	"frud-communique: > said | FRUD":                                           "U: missing",
	"frud-communique: > said | It":                                             "U: got said | It |  | assert | FRUD | indirect",
	"medium-acronym-negative: > says | Bangui radio":                           "N: got says | Bangui radio | CAF | assert |  | indirect",
	"mnj-statement-signed-by-spokesman: > claim | Niger rebels":                "U: got claim | Niger rebels | NER | assert | Niger | indirect",
	"mnj-statement-signed-by-spokesman: > said | It":                           "U: got said | It |  | assert | MNJ | indirect",
	"mnj-statement-signed-by-spokesman: > said | Mouvement des Nig\u00e9riens": "U: got said | Mouvement des Nig\u00e9riens |  | assert | Mouvement des Nig\u00e9riens | indirect",
	"mnj-statement-signed-by-spokesman: > said | statement":                    "U: got said | The statement |  | assert | MNJ | indirect",
	"mnla-french-name: > said | Hama Ag Sidi":                                  "U: got said | Hama Ag Sidi |  | assert | Hama Ag Sidi | indirect",
	"mnla-french-name: > said | he":                                            "U: got said | he |  | assert | Hama Ag Sidi | direct",
	"mnla-french-name: > say | Tuareg rebels":                                  "U: got say | Tuareg rebels |  | assert |  | indirect",
	"monusco-force-commander: > said | He":                                     "F: got said | He | MOZ | assert | Carlos dos Santos | indirect",
	"monusco-force-commander: > said | brigade":                                "F: got said | brigade | COD | assert | Armed Forces of the Democratic Republic of the Congo | indirect",
	"mrta-acronym-only: > said | MRTA":                                         "U: got said | MRTA |  | assert | MRTA | indirect",
	"mrta-acronym-only: > said | government":                                   "U: got said | government | JPN | assert | Government of Japan | indirect",
	"mrta-acronym-only: > said | statement":                                    "U: got said | The statement |  | assert | MRTA | indirect",
	"mrta-acronym-only: > says | MRTA":                                         "U: got says | MRTA |  | assert | MRTA | indirect",
	"ngo-acronym-negative: > said | MNLA":                                      "N: got said | MNLA |  | assert |  | indirect",
	"oas-secretary-general: > said | Jos\u00e9 Miguel Insulza":                 "O: got said | Jos\u00e9 Miguel Insulza | CHL | assert | Jos\u00e9 Miguel Insulza | indirect",
	"rebels-claim-headline-group: > claim | rebels":                            "H: got claim | rebels | MOUVEMENTDESNIGERIENS | assert |  | indirect",
	"rebels-claim-headline-group: > said | Mouvement des Nig\u00e9riens":       "H: got said | Mouvement des Nig\u00e9riens | MOUVEMENTDESNIGERIENS | assert | Mouvement des Nig\u00e9riens | indirect",
	"union-acronym-negative: > said | Mali":                                    "N: got said | Mali | MLI | assert | Mali | indirect",
	"union-acronym-negative: > said | UNTM":                                    "N: got said | UNTM | MLI | assert | Mali | indirect",
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
