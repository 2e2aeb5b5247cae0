package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// groupside21Known are the session-21 non-state party battery's
// expectations parallax does not meet yet, each with the reason; the test
// fails when one starts to pass. Kinds: see the battery's header.
var groupside21Known = map[string]string{
	// first run (main 292a986, before any fix): 157 items, 57 failing;
	// after the described names and defined acronyms
	// (actor/describedgroup.go) and the story's party for class nouns,
	// sources, "the group's" titles and statements (claim/groupnoun.go):
	// 47
	"af-nrf-front: > says | front":                                                    "'Anti-Taliban front says' in the headline: a stance word before the class noun, not read as the story's party",
	"af-nrf-negative-political-party: > backs | party":                                "'Exiled party backs talks': 'backs' is no cue (the claims lane's)",
	"af-nrf-negative-political-party: > said | National Resistance Front":             "D: the NRF with no word of arms in this story gets no side",
	"af-nrf-statement: > called on | It":                                              "D: the NRF with no word of arms in this story gets no side (and 'It' takes it up)",
	"af-nrf-statement: > said | National Resistance Front":                            "D: as above",
	"af-nrf-statement: > said | statement":                                            "D: as above",
	"af-nrf-statement: > says | NRF":                                                  "D: as above",
	"cd-codeco-headline-militia: extra said | The UN mission, MONUSCO":                "span: 'The UN mission, MONUSCO, said' is reported as 'UN mission' (UNO, right); the battery left the claim out",
	"co-gulf-clan-commander-of-group: > said | He":                                    "S: 'A commander of the Gulf Clan': a title before 'of' and a listed group's name is not read (the commander has no side, nor his 'He')",
	"co-gulf-clan-commander-of-group: > said | army":                                  "'The army said' in a story naming no state: no side (a state body's, the stateside lane's)",
	"co-gulf-clan-commander-of-group: > says | commander":                             "S: 'Gulf Clan commander' in the headline: the listed group's name before a title is not read",
	"co-gulf-clan-commander-of-group: > told | commander":                             "S: as the 'He' above",
	"et-ola-its-spokesman-headline-group: > said | Ethiopian Human Rights Commission": "N: the commission is read as the state's (ETH); the battery gives a national rights body none",
	"et-ola-own-outlet-we: > said | command":                                          "O: the bare 'the command' in the group's own outlet gets no side ('command' takes up an organisation, not a group)",
	"et-ola-own-outlet-we: > said | regional police":                                  "'The regional police' with no state named: no side (the stateside lane's)",
	"et-ola-the-rebels: > said | government communication service":                    "stance: 'said the claim was false' is read as a denial (side right)",
	"in-hizbul-the-outfit: > said | Police":                                           "the bare 'Police' under a Srinagar dateline lost India's side once 'The outfit's spokesman, NAME' took the group's (HM): the state came from the learned side model, which reads the other speakers' sides",
	"md-transnistria-security: > said | state security ministry":                      "F: 'Its state security ministry' after the breakaway region takes Moldova's side",
	"mm-cnf-the-front: extra says | Chin resistance":                                  "'Chin resistance says' in the headline: the speaker is reported as 'Chin' (no side); the battery's 'resistance' is no party",
	"mm-knu-group-title: > told | Saw Taw Nee Htoo":                                   "span: the recogniser gives the person as 'Taw Nee Htoo' (the honorific 'Saw' left out)",
	"mm-tnla-own-outlet: > said | military council":                                   "'The military council said' (Myanmar's junta) gets no side",
	"mm-tnla-the-command: > said | central command":                                   "'The TNLA's central command said' is reported with the group's name as the speaker (side right)",
	"mm-tnla-the-command: extra said | The Ta'ang National Liberation Army":           "span: as above",
	"mm-uwsa-defined: > says | Wa army":                                               "'Wa army says' in the headline: a people's name before 'army' is not read as the UWSA",
	"mx-cjng-the-cartel: extra said | The Michoacán state prosecutor's office":        "the Michoacán prosecutor's claim, which the battery left out (MEX, right)",
	"ng-ansaru-the-group: > said | police command":                                    "span: 'The Kaduna State police command said' is reported as 'Kaduna State' (no side)",
	"ph-abu-sayyaf-state-task-group: > said | group":                                  "N: 'The group said' after the Navy's task group gets no side (right not to take Abu Sayyaf's; the unit's state is not carried)",
	"ph-abu-sayyaf-state-task-group: > says | task group":                             "span: the headline's speaker is reported as 'group' (no side)",
	"ph-abu-sayyaf-two-groups: extra claim | Two groups":                              "a headline's 'Two groups claim' read as a claim (no side, right)",
	"ph-biff-the-militants: extra said | Front":                                       "span: 'A spokesman for the Moro Islamic Liberation Front said' is reported as 'Front' (no side)",
	"so-somaliland-two-sides: > said | spokesman":                                     "span: 'A spokesman for the clan elders in Las Anod' is reported as 'Las Anod' (no side, right)",
	"so-somaliland-two-sides: extra said | Las Anod":                                  "span: as the spokesman above",
}

// TestGroupSide21Probes runs the whole pipeline on the session-21
// non-state party battery (testdata/probes/groupside21.txt): the class
// nouns, pronouns, sources, titles and statements that take up a
// non-state party named once, its own outlet's words, acronyms a story
// defines, de facto authorities' bodies, and the negatives.
func TestGroupSide21Probes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/groupside21.txt"))
	testutil.CheckKnownFailures(t, failed, groupside21Known, "groupside21Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(groupside21Known))
}
