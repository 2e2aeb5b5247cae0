package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// stateside19Known are the state-side battery's expectations parallax does
// not meet yet, each with the reason; the test fails when one starts to
// pass. Kinds (see the battery's header): B a state body the knowledge
// base lacks, L a person tied to a state by a place or a state employer,
// T a title or capital of the story's own state given to another, R an
// outlet or questioner that relays another's words, N negatives. First
// run (main 086e708, before any fix): 112 expectations, 68 right, 17 extra
// claims; with the stated corrections (the battery's header) 117
// expectations, 50 failing items (41 expectations, 9 extra claims); after
// the bare state bodies (actor.homeBodySide) 38; after the officials
// placed in a town (claim.placedOfficialSide) 37; after the bare
// capitalised ministries (actor.homeInstitutions) 36; after the
// questioner's label (claim.questionLabelEnd) 34.
var stateside19Known = map[string]string{
	"bgd-bgb-initials: > said | Shariful Alam":                                    "B: 'Its spokesperson, Lt Col NAME' after the BGB (BGD): the rank before the name keeps the spokesperson from the body's side",
	"bgd-bgb-initials: > said | he":                                               "B: as above, the pronoun takes the unsided spokesperson",
	"bgd-home-adviser: > said | adviser":                                          "T: 'The adviser' after the Home Adviser, who has no side",
	"bgd-home-adviser: > told | Home Adviser":                                     "T: 'The Home Adviser' in a Dhaka story naming Myanmar's government: no state dominates and the title is read by no dateline rule",
	"bgd-ispr-dhaka: > said | ISPR":                                               "C: the knowledge base's ISPR is Pakistan's; the Dhaka dateline does not decide the shared name",
	"bgd-state-agency-editor: > wrote | Abul Kalam Azad":                          "L: 'the editor of the state news agency BSS': a state employer after the name is not read",
	"cyp-foreign-ministry: > said | ministry":                                     "C/T: 'The ministry in Nicosia' takes Turkey's ministry named just before; the capital after it is not read",
	"dza-mdn-algiers: > said | MDN":                                               "B: 'The Ministry of National Defence (MDN)' gets no side: Morocco and Algeria both named, and the dateline rule is not reached for this name (ministryName path)",
	"idn-antara-editor: > said | Meidyatama Suryodiningrat":                       "L: 'the editor of the state news agency Antara': a state employer after the name is not read",
	"ken-mandera-commissioner: > said | commissioner":                             "L: 'A county commissioner in Mandera said' is read as the place speaking",
	"ken-mandera-commissioner: extra said | Mandera":                              "L: as above",
	"ken-nps-statement: > said | NPS":                                             "B: as above, its initials",
	"mar-far-rabat: > said | military source":                                     "L: 'A Moroccan military source in Laayoune' is not found as a speaker",
	"mda-chisinau-denies: extra accused | Tiraspol":                               "a claim the battery did not list (the separatist authorities, a group's side)",
	"mda-officials-in-chisinau: extra said | The separatist authorities":          "'The separatist authorities in Tiraspol' take Moldova's side: the separatists' are a group's (the groupside lane's)",
	"mex-guerrero-officials: > said | journalist":                                 "L: 'A journalist in Chilpancingo said' is read as the place speaking",
	"mex-guerrero-officials: extra said | Chilpancingo":                           "L: as above",
	"mex-sspc-initials: > said | Omar Garcia Harfuch":                             "B: 'Its head, NAME' after the SSPC, which has no side",
	"mex-sspc-initials: > said | SSPC":                                            "B: the SSPC gets no side (its full name is not found as a speaker)",
	"mex-sspc-initials: > said | Secretariat of Security and Civilian Protection": "B: the full name is reported as 'SSPC'",
	"mex-sspc-initials: extra said | The SSPC":                                    "B: as above (the first sentence's claim)",
	"npl-foreign-minister-home: > said | ministry":                                "T: 'The ministry' takes India's ministry named before, not the Kathmandu story's own",
	"ssd-state-tv-editor: > said | Michael Makuei Deng":                           "L: 'the director of the state broadcaster SSBC': a state employer after the name is not read",
	"ssd-state-tv-editor: > said | lawmaker":                                      "'An opposition lawmaker': a lawmaker gets no side from the story's state",
	"ssd-state-tv-editor: extra accused | ":                                       "a passive 'has been accused' read as a claim with no speaker",
	"ssd-state-tv-editor: extra reported | the station":                           "'said the station had reported': a nested claim the battery did not list",
}

// TestStateSideProbes runs the whole pipeline on the state-side battery
// (testdata/probes/stateside19.txt): speakers whom the story, not the
// knowledge base, ties to a state, on conflicts not in the golds.
func TestStateSideProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/stateside19.txt"))
	testutil.CheckKnownFailures(t, failed, stateside19Known, "stateside19Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(stateside19Known))
}
