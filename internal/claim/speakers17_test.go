package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes17Known are the expectations of the seventeenth battery
// (probes17.txt, the speakers lane's: sides of people who speak and of
// pronoun speakers) parallax does not meet yet, each with the reason.
var probes17Known = map[string]string{
	// first run (before any fix of the lane; 103 expectations, 4 extra
	// claims): 87 right, 16 failing; 89 right once two expectations were
	// corrected with a stated reason (probes17.txt). Since then the
	// lane's rules: 91 right, 12 failing, and the 4 extra claims below
	"eh-polisario-sources: extra said | the Polisario Front":      "the 'Sources close to' claim, named by its body (side right)",
	"cd-m23-pronoun-quote: > said | He":                           "the recogniser tags 'Major Innocent Kasongo' an organization, so no person stands in apposition to 'The army spokesman' and 'He' takes the M23 spokesman who spoke before",
	"cd-m23-pronoun-quote: > said | Innocent Kasongo":             "as above: no person, and no side for the army spokesman ('the army' of a story that names no state)",
	"eh-polisario-sources: > said | Sources":                      "'Sources close to the Polisario Front said': the speaker's words are the body's (side right, POLISARIO), so this expectation takes the Moroccan sources' claim",
	"eh-polisario-sources: > said | sources":                      "the claim the line above took",
	"ir-pk-question-pronoun: > said | Ayesha Rahim":               "'Foreign Office spokeswoman': the knowledge base's 'Foreign Office' is Britain's, in a story filed from Islamabad that never names Britain (a body's side, the sides lane's)",
	"ir-pk-question-pronoun: > said | she":                        "as above (the pronoun is right, its antecedent's side is not)",
	"ir-pk-question-pronoun: extra informed | Iran":               "'Asked whether Iran had informed Islamabad beforehand': a reporter's question is read as Iran's claim",
	"ly-journalist: > said | municipal council":                   "'Tripoli's municipal council' is given no side (a town's body, the sides lane's); its speaker's words are 'council'",
	"ly-lna-spokesman: > said | Khaled Mahjoub":                   "'a spokesman for Khalifa Haftar's forces, NAME': the forces a person's possessive names are not read, and the story's state (LBY) is given",
	"ru-ge-sources-close: > said | Sources":                       "as eh-polisario-sources: the speaker's words are the body's (side right, RUS)",
	"ru-ge-sources-close: extra said | the Russian border guards": "the claim of the line above",
}

func TestProbes17(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes17.txt"))
	testutil.CheckKnownFailures(t, failed, probes17Known, "probes17Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes17Known))
}

// TestPeopleWhoSpeak17: the sides of people who speak and of pronoun
// speakers (the speakers lane, session 17): the person named in
// apposition to a title that opens the sentence is the antecedent of the
// next "He"; a country after an employer's possessive or before "of" an
// unsided body is a post's remit, not the employer; "he" or "she" after
// a person named only by a noun is that person; a bare "Spokesman NAME"
// speaks for the body that opens the sentence before. Sentences
// invented.
func TestPeopleWhoSpeak17(t *testing.T) {
	appositive := "Rebel spokesman Ivo Marek said the fighters had taken the bridge. The spokesman of the Moldovan army in the south, Colonel Pavel Rusu, confirmed the clashes. He told reporters that the bridge was still held by the army."
	fisherman := "Police chief Omar Sale said the town was calm on Monday. A local fisherman told reporters that his boat had been burned. \"We cannot go out on the lake,\" he added."
	coordinator := "Police chief Omar Sale said the camp was calm on Monday. The UN humanitarian coordinator for Chad said food rations had been cut by half. \"Families are going hungry,\" she added."
	chief := "Police chief Omar Sale said the town was calm on Monday. \"We control the lake,\" he added."
	named := "Police chief Omar Sale said the town was calm on Monday. A rebel spokesman who gave his name as Captain Ali Musa told reporters that the town had fallen. \"We control the lake,\" he added."
	runSpeakerCases(t, []speakerCase{
		{"he after an appositive speaker", appositive, "told", "He", "-", "-", "Pavel Rusu"},
		{"an NGO's country director", "Gunmen killed nine people in Darfur on Sunday. Amal Idris, the charity's Sudan director, said the dead were farmers.", "said", "Amal Idris", "", "-", "-"},
		{"an NGO's country director, inverted", "Gunmen killed nine people in Darfur on Sunday. \"The dead were farmers,\" said Amal Idris, the Network's Sudan director.", "said", "Amal Idris", "", "-", "-"},
		{"a state's envoy for a country", "Gunmen killed nine people in Darfur on Sunday. \"The dead were farmers,\" said Amal Idris, Egypt's Sudan envoy.", "said", "Amal Idris", "EGY", "-", "-"},
		{"he after a person named by a noun", fisherman, "added", "he", "", "-", ""},
		{"she after a body's titled person", coordinator, "added", "she", "UNO", "-", ""},
		{"he after the named speaker", chief, "added", "he", "-", "-", "Omar Sale"},
		{"he after a noun whose sentence names him", named, "added", "he", "-", "-", "Ali Musa"},
		{"a bare spokesman after a state's act", "Chad's foreign ministry summoned the Sudanese ambassador on Monday. Spokesman Abakar Moussa said in N'Djamena that the shelling was unacceptable.", "said", "Abakar Moussa", "TCD", "-", "-"},
		{"a bare spokesman after a person", "Farmer Ali Musa fled the village on Monday. Spokesman Abakar Moussa said in N'Djamena that the shelling was unacceptable.", "said", "Abakar Moussa", "", "-", "-"},
	})
}
