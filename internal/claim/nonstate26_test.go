package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// nonstate26Known are the session-26 non-state battery's expectations
// parallax does not meet yet, each with what parallax gives; the test
// fails when one starts to pass. Kinds (see the battery's header): A what
// the story says of a body makes it a party, R a movement named in
// French, Spanish or Portuguese or after its state, K a word of its name
// or an acronym written as a word, H headlines, F a faction or wing as
// the subject, N negatives.
// First run (main 693a23ed, before any fix): 80 items, 51 failing; after
// the span corrections the battery's header lists: 73 items, 40 failing.
var nonstate26Known = map[string]string{
	"aprd-rebel-forces-of: > said | He":                                       "A: got said | He |  | assert | Laurent Djim-Woei | indirect",
	"aprd-rebel-forces-of: > said | Laurent Djim-Woei":                        "A: got said | Laurent Djim-Woei |  | assert | Laurent Djim-Woei | indirect",
	"aprd-rebel-forces-of: > say | Rebels":                                    "A: got say | Rebels |  | assert |  | indirect",
	"cnddfdd-armed-elements: > accused | communiqué":                          "A: got accused | The communiqué |  | assert | Jean-Marie Ntahe | indirect",
	"cnddfdd-armed-elements: > said | CNDD-FDD":                               "A: got said | CNDD-FDD |  | assert |  | indirect",
	"cnddfdd-armed-elements: > said | Jean-Marie Ntahe":                       "A: got said | Jean-Marie Ntahe |  | assert | Jean-Marie Ntahe | indirect",
	"eplf-statement-spokesman: > claim | Eritrean guerrillas":                 "H: got claim | Eritrean guerrillas |  | assert |  | indirect",
	"fant-state-army-negative: > said | FANT officer":                         "N: got said | FANT officer |  | assert |  | indirect",
	"fant-state-army-negative: > said | Forces armées nationales tchadiennes": "N: missing",
	"fdn-state-demonym-name: > said | Fuerza Democrática Nicaragüense":        "R: got said | Fuerza Democrática Nicaragüense |  | assert | Fuerza Democrática Nicaragüense | indirect",
	"fdn-state-demonym-name: > said | He":                                     "R: got said | He |  | assert | Ramón Estrada | indirect",
	"fdn-state-demonym-name: > said | Ramón Estrada":                          "R: got said | Ramón Estrada |  | assert | Ramón Estrada | indirect",
	"fdn-state-demonym-name: > says | Contra group":                           "R: got says | Contra group |  | assert |  | indirect",
	"flaa-tuareg-headline: > said | FLAA":                                     "H: got said | FLAA |  | assert | FLAA | indirect",
	"flaa-tuareg-headline: > said | Front de libération":                      "H: missing",
	"flaa-tuareg-headline: > said | It":                                       "H: got said | It |  | assert | FLAA | indirect",
	"flaa-tuareg-headline: > say | Tuareg rebels":                             "H: got say | Tuareg rebels |  | assert |  | indirect",
	"flaa-tuareg-headline: extra said | de l'Azawad":                          "H: got said | de l'Azawad |  | assert | de l'Azawad | indirect",
	"fretilin-word-acronym: > said | message":                                 "K: got said | The message | IDN | assert | Indonesian Armed Forces | indirect",
	"frolinat-french-name: > said | Abakar Moussa":                            "R: got said | Abakar Moussa |  | assert | Abakar Moussa | indirect",
	"frolinat-french-name: > said | he":                                       "R: got said | he |  | assert | Abakar Moussa | direct",
	"frolinat-french-name: > say | Chad rebels":                               "R: got say | Chad rebels | TCD | assert | Chad | indirect",
	"m19-spanish-acronym: > said | M-19 commander":                            "R: got said | M-19 commander |  | assert |  | indirect",
	"m19-spanish-acronym: > say | Guerrillas":                                 "R: got say | Guerrillas | MOVIMIENTO19DEABRIL | assert |  | indirect",
	"mpigo-fronted-statement: > said | MPIGO":                                 "A: got said | MPIGO |  | assert | MPIGO | indirect",
	"mpigo-fronted-statement: > said | statement":                             "A: got said | The statement |  | assert | MPIGO | indirect",
	"mpigo-fronted-statement: > say | Western rebels":                         "A: got say | Western rebels |  | assert |  | indirect",
	"party-union-league-negative: > said | Front des forces socialistes":      "N: missing",
	"party-union-league-negative: > said | GIA":                               "N: got said | GIA |  | assert | GIA | indirect",
	"rpf-state-demonym-name: > said | Emmanuel Kayitare":                      "R: got said | Emmanuel Kayitare |  | assert | Emmanuel Kayitare | indirect",
	"rpf-state-demonym-name: > said | Rwandese Patriotic Front":               "R: got said | Rwandese Patriotic Front |  | assert | Rwandese Patriotic Front | indirect",
	"rpf-state-demonym-name: > say | Rwandan rebels":                          "R: got say | Rwandan rebels |  | assert |  | indirect",
	"sandinista-nickname: > said | Cero":                                      "K: got said | Comandante Cero |  | assert | Comandante Cero | indirect",
	"sandinista-nickname: > said | Sandinistas":                               "K: got said | Sandinistas |  | assert | Sandinistas | indirect",
	"sandinista-nickname: > say | Sandinistas":                                "K: got say | Sandinistas |  | assert | Sandinistas | indirect",
	"ufdd-which-has-fought: > said | It":                                      "A: got said | It |  | assert | UFDD | indirect",
	"ufdd-which-has-fought: > said | UFDD":                                    "A: got said | UFDD |  | assert | UFDD | indirect",
	"ufdd-which-has-fought: > said | Union des forces":                        "A: missing",
	"ufdd-which-has-fought: > says | UFDD":                                    "A: got says | UFDD |  | assert | UFDD | indirect",
	"zanla-armed-wing: > said | Zimbabwe African National":                    "F: got said | Zimbabwe African National Union |  | assert | Zimbabwe African National Union | indirect",
}

// TestNonState26Probes runs the whole pipeline on the session-26
// non-state battery (testdata/probes/nonstate26.txt).
func TestNonState26Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/nonstate26.txt"))
	testutil.CheckKnownFailures(t, failed, nonstate26Known, "nonstate26Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(nonstate26Known))
}
