package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// stateside21Known are the session-21 state-side battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass. Kinds (see the battery's header): L a bare state
// body in a story about one state its dateline and places give, W the
// same under a Spanish, French or double dateline, F the state named
// once far up, T Afghanistan's bodies after August 2021, N negatives.
// First run (main a1c5920, before any fix): 209 items, 113 failing.
// After the dateline forms, placedHomeState, the new heads and the de
// facto ruler of the claim stage: 99 (most of them speaker spans the
// claims lane owns: "A herder near Téhini said" reported as the town).
// Four passages added before the second change (a demonym's or a town's
// officer and source, "it said" after a bare body, a governor's office,
// a double dateline's local officials): 16 items, 5 failing at their
// first run; 2 after it (the mayor's span).
var stateside21Known = map[string]string{
	"hnd-it-after-bare-body: > said | mayor":                               "span: 'The mayor of Choloma' is reported as the town",
	"afg-kabul-interior-2023: > said | shopkeeper":                         "span: 'A shopkeeper near the ministry said' is reported as the ministry (the claims lane's)",
	"afg-kabul-interior-2023: extra said | the ministry":                   "span: as above",
	"bgd-bandarban-rab: > said | Inter Services Public Relations":          "knowledge base: Bangladesh's ISPR is read as Pakistan's Inter-Services Public Relations",
	"bgd-bandarban-rab: > said | Local officials":                          "geo: 'Ruma' is placed in Serbia, and the actor stage gives the officials Serbia's government",
	"bgd-bandarban-rab: > said | schoolteacher":                            "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"bgd-bandarban-rab: extra said | Ruma":                                 "span: as above",
	"bgd-dhaka-rab-named-once: > said | force":                             "L: 'the force said' after the Rapid Action Battalion: 'force' heads no state body here",
	"bgd-dhaka-rab-named-once: > says | force":                             "L: 'Elite force says': as above",
	"bgd-dhaka-rab-named-once: extra blamed | Bangladesh":                  "'Bangladesh has blamed X for' is a claim the battery did not list (side right)",
	"bol-cochabamba-blockade: > said | truck driver":                       "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"bol-cochabamba-blockade: extra said | Sayari":                         "span: as above",
	"bol-lapaz-barracks: > said | Government Ministry":                     "geo: the 'LA PAZ' dateline and 'Plaza Murillo' are placed in Colombia, so the story's state is Colombia",
	"bol-lapaz-barracks: > said | Prosecutors":                             "geo: as above",
	"bol-lapaz-barracks: > said | army commander":                          "geo: as above",
	"bol-lapaz-barracks: extra told | soldiers":                            "a nested 'soldiers had told people' read as a claim",
	"chl-rights-group-negative: > said | community spokesman":              "span: reported as 'spokesman' and given Chile's side: 'community' is no word of a non-state body (N)",
	"chl-temuco-carabineros: > said | community leader":                    "span: 'A Mapuche community leader in Tirúa' is reported as 'leader' and the denial as an assertion (unsided, right)",
	"civ-french-dateline-gendarmerie: > said | gendarmerie":                "W: the French dateline is read now, but only the dateline places the story ('Kafolo', 'Kong' are not placed), so the bare gendarmerie gets no side",
	"civ-french-dateline-gendarmerie: > said | national security council":  "span: reported as 'security council' (listed extra, side right)",
	"civ-french-dateline-gendarmerie: > said | prefect":                    "span: 'The prefect of Kong' is reported as 'Kong'",
	"civ-french-dateline-gendarmerie: > says | Gendarmerie":                "W: as above",
	"civ-korhogo-army: > said | herder":                                    "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"civ-korhogo-army: extra said | Téhini":                                "span: as above",
	"gin-conakry-presidency: > said | Soldiers":                            "L: only the dateline places the story ('Kaloum' is not placed): a bureau's story need not be about its dateline's state",
	"gin-conakry-presidency: > said | defence ministry":                    "L: as above",
	"gin-conakry-presidency: > say | Special forces":                       "L: as above",
	"gtm-hnd-two-states-negative: > said | Police":                         "N: the actor and story rules give Guatemala (two of the three places) to bare police in a story on both sides of the border",
	"gtm-hnd-two-states-negative: > said | Prosecutors":                    "N: the actor stage resolves 'Prosecutors' to Guatemala's office",
	"gtm-hnd-two-states-negative: > said | Red Cross worker":               "convention: the battery gives a Red Cross worker no side; parallax gives the ICRC",
	"gtm-named-once-prosecutors: > said | mayor":                           "span: 'The mayor of San Pedro Carchá' is reported as the town",
	"gtm-named-once-prosecutors: extra according to | video":               "'according to video seen by reporters' read as a claim",
	"gtm-peten-army: > said | rancher":                                     "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"gtm-peten-army: extra said | Las Cruces":                              "span: as above",
	"guy-essequibo-home: > said | Guyana Defence Force":                    "stance: 'said there were no Venezuelan troops' read as an assertion (side right)",
	"guy-essequibo-home: > said | chief of staff":                          "S: 'the army's chief of staff' takes the Venezuelan armed forces named in the sentence before, not the Guyana Defence Force",
	"guy-essequibo-home: > said | miner":                                   "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"guy-essequibo-home: > says | Army":                                    "S: the headline's bare 'Army' is given Venezuela's side, the state named in it ('Venezuelan troops')",
	"guy-essequibo-home: extra said | Eteringbang":                         "span: as above",
	"hnd-tegucigalpa-prison: > said | Defence Secretariat":                 "geo: 'Támara' is placed in Colombia, so no place of the text is Honduran and only the dateline places the story",
	"hnd-tegucigalpa-prison: > said | Forensic officials":                  "geo: as above",
	"hnd-tegucigalpa-prison: > said | commander":                           "geo: as above",
	"hnd-tegucigalpa-prison: > says | Defence":                             "geo: as above",
	"kaz-almaty-unrest: > said | taxi driver":                              "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"kaz-almaty-unrest: extra said | Republic Square":                      "span: as above",
	"mdg-south-gendarmerie: > said | commander":                            "L: 'The commander of the Ihorombe gendarmerie': the body after the title is not read",
	"mdg-south-gendarmerie: > said | herder":                               "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"mdg-south-gendarmerie: extra said | Ranohira":                         "span: as above",
	"pry-pedrojuan-federal-style: > said | National Anti-Drug Secretariat": "span: reported as 'National Anti-Drug' with no side (an actor cut before 'Secretariat')",
	"pry-pedrojuan-federal-style: > said | lawyer":                         "cue: 'A lawyer for two of the accused said' is read with the cue 'accused'",
	"pry-pedrojuan-federal-style: extra accused | A lawyer for two":        "cue: as above",
	"tgo-ben-two-states-negative: > said | herder":                         "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"tgo-ben-two-states-negative: extra said | Porga":                      "span: as above",
	"tgo-dapaong-army: > said | trader":                                    "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"tgo-dapaong-army: extra said | Mandouri":                              "span: as above",
	"tgo-french-dateline: > said | prefect":                                "span: 'The prefect of Kpendjal' is reported as the prefecture",
	"tto-portofspain-emergency: > said | shopkeeper":                       "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"tto-portofspain-emergency: extra said | Laventille":                   "span: as above",
	"tun-kasserine-national-guard: > said | governor":                      "span: 'The governor of Kasserine' is reported as the town",
	"tun-kasserine-national-guard: > said | shepherd":                      "span: 'A NOUN in/near/at PLACE said' is reported as the place (the claims lane's; unsided, right)",
	"tun-kasserine-national-guard: extra said | Fériana":                   "span: as above",
	"tun-lib-two-states-negative: > said | interior ministry":              "stance: 'said it had not expelled anyone' read as an assertion, reported as 'ministry' (side right: none)",
}

// TestStateSide21Probes runs the whole pipeline on the session-21
// state-side battery (testdata/probes/stateside21.txt): state speakers
// of one-state stories whose state only the dateline and places give.
func TestStateSide21Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/stateside21.txt"))
	testutil.CheckKnownFailures(t, failed, stateside21Known, "stateside21Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(stateside21Known))
}
