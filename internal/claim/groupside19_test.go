package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// groupside19Known are the non-state party battery's expectations
// parallax does not meet yet, each with the reason; the test fails when
// one starts to pass.
var groupside19Known = map[string]string{
	// first run (main 086e708, before any fix): 131 items, 95 failing;
	// after seven expectations were corrected (the battery's header) and
	// the unlisted-group rules (actor/unlisted.go): 122 items, 40 failing;
	// after names before "rebel group" or "militia" (RED-Tabara): 121
	// items, 37 failing; after session 21's class nouns of the story's
	// party (claim/groupnoun.go): 36; after session 23's initials of
	// three-word English names (actor/unlisted.go): 34
	"cd-codeco-like-zaire: > said | Dieudonne Kato":        "'Zaire' is a state's old name in the base (DR Congo): the militia named after it is read as the state's",
	"cd-codeco-like-zaire: > said | Zaire militia":         "as above",
	"cf-antibalaka: > told | Ngaikosset Maxime":            "'Anti-balaka militiamen' is no entity of the recogniser; names before 'militia(men)' are not yet read",
	"in-kuki-kna: > denied | Kuki National Army":           "the story's acronym KNA is Saint Kitts and Nevis's code: a state's code is never given to a group, so the group gets none",
	"in-kuki-kna: > said | Thangboi Haokip":                "as above",
	"in-nscn: extra claim | the army":                      "'rejected the army's claim that': the army's claim nested in a rejection, read with Myanmar's army (a state's side, another lane's)",
	"iq-saraya: > said | Abu Ali al-Kaabi":                 "'A commander of the militia, NAME': 'the militia' after 'of' is not taken up as the group named before",
	"ir-pjak-commander-pronoun: > added | he":              "PJAK is named with no word of arms in this story ('A PJAK commander' alone does not make a body armed: state units have commanders too)",
	"ir-pjak-commander-pronoun: > said | Dilan Rostami":    "'the Washington Kurdish Institute' is read as the US government (a capital's metonymy, another lane's)",
	"ir-pjak-commander-pronoun: > told | Siamand Moini":    "as the 'he' above",
	"ir-pjak-website: > said | statement":                  "'A statement on the group's website said': the speaker is read as 'group's website', with no side",
	"ir-pjak-website: extra said | the group's website":    "the claim of the statement line above",
	"lk-ltte-website-tna: extra citing | LTTE officials":   "'citing LTTE officials': a claim the battery did not list (the LTTE's side is right since data/actors lists the group, session 22)",
	"ml-cma-crisisgroup: > said | CMA":                     "the CMA is named only as a party to a peace deal and 'the army had attacked first': no word of arms of its own",
	"mx-ezln-journalist: > said | Article 19":              "the recogniser does not take 'Article 19' for an organisation",
	"mx-ezln-journalist: > said | Leopoldo Maldonado":      "'The group's Mexico director' is given Mexico's side (a person's remit, another lane's)",
	"mz-renamo-junta: > said | Mariano Nhongo":             "'Junta leader NAME': 'Junta' alone is not read as the short form of the Renamo Military Junta",
	"ng-nda-spokesman: > said | 6 Division":                "span: 'The Nigerian army's 6 Division said' is reported as 'Nigerian army' (side right, NGA)",
	"ng-nda-spokesman: extra said | The Nigerian army":     "the claim of the line above",
	"ph-mnlf-commander: > said | Western Mindanao Command": "a state's command the base lacks (a state body, another lane's)",
	"ph-mnlf-source: > said | source":                      "the MNLF is named with no word of arms in this story but 'the rebels', and 'a source in the movement' needs a capitalised body",
	"sd-jem-media: > said | Justice and Equality Movement": "no word of arms for JEM in this story ('its positions', 'three fighters had been killed' are not read as its own)",
	"sd-jem-media: > said | media office":                  "as above, and 'The movement's media office' is not taken up",
	"sd-jem-vs-acled: > said | Suleiman Sandal":            "JEM is not defined in this story, and the base's JEM (Jaish-e-Mohammed) does not apply: the commander gets Sudan's side from the story",
	"ye-aligned-units: > said | Doctors":                   "the recogniser takes 'Lahj' for the speaker of 'Doctors at a hospital in Lahj said' (no side either way)",
	"ye-aligned-units: extra said | Lahj":                  "the claim of the line above",
}

// TestGroupSideProbes runs the whole pipeline on the non-state party
// battery (testdata/probes/groupside19.txt): armed groups the knowledge
// base lacks, their spokesmen, commanders, media and sources, and the
// NGOs, outlets and unarmed parties that stay sideless.
func TestGroupSideProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/groupside19.txt"))
	testutil.CheckKnownFailures(t, failed, groupside19Known, "groupside19Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(groupside19Known))
}
