package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// stateside20Known are the session-20 state-side battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass. Kinds (see the battery's header): S a bare state
// body in a story about two states, P a body a country's possessive
// names and the words that refer back to it, G a regional government,
// H an office named through its holder's possessive, D a bare title or
// body in a headline or a national daily, N negatives. First run (main
// 7d15079, before any fix, headlines in the text): 168 items, 73
// failing; after claim.unsidedStateSide (homestate.go) 57.
var stateside20Known = map[string]string{
	"aze-nakhchivan-government: > said | defence ministry":               "stance: 'said it had no drones in the area' is read as an assertion (side right)",
	"ben-headline-army: > said | army":                                   "D: the Cotonou dateline's state is named by no mention nor by a town other than the dateline's, so the bare army is not read as Benin's",
	"ben-headline-army: > said | army chief of staff":                    "span: 'The army chief of staff' is reported as 'staff'",
	"ben-headline-army: > says | Army":                                   "D: as 'army' above",
	"ben-ner-two-governments: > said | Wilfried Houngbedji":              "stance: 'said there was no French base' read as an assertion (side right)",
	"ben-ner-two-governments: > said | he":                               "stance: the quotation's denial is read as a denial, the battery's 'said' expectation as an assertion (side right)",
	"blr-headline-state-committee: > said | State Border Committee":      "S: the actor stage gives the bare body the state the story names most (Lithuania) before the Minsk dateline's",
	"blr-headline-state-committee: > said | army":                        "stance: 'said it had lost no drone' read as an assertion (side right)",
	"blr-headline-state-committee: > said | spokesman":                   "S: 'The committee's spokesman': the possessor is a definite noun, not read",
	"egy-sisi-spokesman: > said | Ahmed Fahmy":                           "H: 'Sisi's spokesman, NAME': the holder's possessive before an apposed name is not read",
	"est-headline-interior-minister: > said | interior minister":         "span/D: 'The interior minister' is reported as 'minister' and given Russia's side, the state named most, not the outlet's",
	"est-headline-interior-minister: > says | Interior minister":         "D: the bare title takes the state named most (Russia), not the outlet's (Estonia)",
	"est-rus-narva-buoys: > said | Police and Border Guard Board":        "span: 'Estonia's Police and Border Guard Board' is cut at 'and' (listed extra, side right)",
	"est-rus-narva-buoys: extra said | Estonia's Police":                 "span: as above",
	"lka-ind-navy-fishermen: > says | Navy":                              "headline 'Navy arrests 14 Indian fishermen' holds no cue 'says': the battery's mistake, kept as written before the first run",
	"lka-ind-tamilnadu-chief-minister: > urges | Tamil Nadu":             "G: a region named as the speaker (metonymy for its government) takes no state",
	"lka-ind-tamilnadu-chief-minister: > wrote | Chief Minister":         "'Tamil Nadu's Chief Minister wrote to the Prime Minister asking': no claim found (the claims lane's)",
	"ltu-blr-bare-service-dateline: > said | Giedrius Misutis":           "S: 'Its spokesman, NAME' after the body the actor stage gave Belarus's side",
	"ltu-blr-bare-service-dateline: > said | State Border Guard Service": "S: the actor stage gives the bare body the state named most (Belarus) before the Vilnius dateline's",
	"ltu-blr-bare-service-dateline: > said | service":                    "S: as above",
	"ltu-president-adviser: > said | press service":                      "H: 'Belarusian President NAME's press service': the holder has no side in the knowledge base",
	"mda-gagauzia-governor: > said | executive committee":                "G: 'The Gagauz executive committee': no word of a state's remit in the name",
	"mda-gagauzia-governor: > said | governor":                           "span: 'The governor of Gagauzia' is reported as 'Gagauzia'",
	"mda-paired-ministries: > said | Romanian service":                   "S: 'The Romanian service' (a bare 'service' with a demonym) is not read as the Romanian body named before",
	"mys-sabah-state-government: > says | Sabah":                         "G: a region named as the speaker (metonymy for its government) takes no state",
	"rus-est-two-services: > said | Police and Border Guard Board":       "span: reported as 'Border Guard Board' (listed extra, side right)",
	"rus-est-two-services: extra said | Border Guard Board":              "span: as above",
	"ben-ner-two-governments: > denies | Cotonou":                        "side: the headline's bare 'Cotonou denies' (a claim since session 20's claimfind lane, as wiregold12's 'Tripoli denies') gets no side: Cotonou is not read as Benin's seat of government",
	"sen-casamance-army: > said | Ousmane Diatta":                        "'A spokesman for the MFDC, NAME': a group the knowledge base lacks (the groupside lane's)",
	"sen-casamance-army: > said | public relations directorate":          "'The army's public relations directorate said': no claim found",
	"sen-gnb-two-armies: > said | defence ministry":                      "stance: 'said that no rebel had a base' read as an assertion (side right)",
	"sen-negative-villagers: > said | doctor":                            "span: 'A doctor at the regional hospital in Ziguinchor' reported as the place (unsided, right)",
	"sen-negative-villagers: extra said | Ziguinchor":                    "span: as above",
	"slb-malaita-premier: > said | provincial government":                "stance: 'said it had not organised the protests' read as an assertion (side right)",
	"slv-bukele-press-secretary: > wrote | Ernesto Sanabria":             "H: 'Bukele's press secretary, NAME': the holder's possessive before an apposed name is not read",
	"slv-president-office: extra showed | the capture of a gang leader":  "a nested 'showed' read as a claim of the gang leader",
	"tza-headline-police-force: > said | Police Force":                   "D: the bare 'Police Force' under the Dar es Salaam dateline gets no side",
	"tza-headline-police-force: > says | Police Force":                   "D: as above",
}

// TestStateSide20Probes runs the whole pipeline on the session-20
// state-side battery (testdata/probes/stateside20.txt): state speakers
// the knowledge base cannot side alone, on conflicts not in the golds.
func TestStateSide20Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/stateside20.txt"))
	testutil.CheckKnownFailures(t, failed, stateside20Known, "stateside20Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(stateside20Known))
}
