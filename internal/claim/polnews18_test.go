package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probesPolnews18Known are the expectations of the polnews lane's
// session-18 battery (probes_polnews18.txt) parallax does not meet yet,
// each with the reason.
var probesPolnews18Known = map[string]string{
	// first run as written (commit 2a7be52, before any fix): 110
	// expectations, 79 right, 31 failing (8 not found), 12 extra claims.
	// Eight expectation lines changed to the written conventions (see the
	// file's header): 112 expectations, 84 right. The lane's rules since
	// (spokesperson for a titled person, a capitalised possessed title,
	// no accusation on a stranded preposition): 86 right, 4 extra claims.
	"au-albanese-presser: > found | report":                               "'a report from the Housing Industry Association that found C': the author after 'from' speaks, by the head-over-modifier convention ('a survey by X found' in probes18), while this battery expects the paper (both have no side)",
	"au-albanese-presser: > said | Michael Barlow":                        "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"au-albanese-presser: extra found | the Housing Industry Association": "the same claim as the line above",
	"cl-runoff: > according to | electoral service":                       "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"co-petro-on-x: extra feared | they":                                  "'said they feared C': the belief nested in the exporters' claim is a claim of its own (probes15's belief cues); the expectations did not list it (disputable)",
	"in-health-critics: > insisted | official":                            "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"in-health-critics: > said | Union Health Ministry":                   "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"in-minister-interview: > acknowledged | Goyal":                       "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection) ('India will not ..., Commerce Minister NAME said': no dateline)",
	"in-minister-interview: > insisted | Goyal":                           "found since TestCoordinatedSecondActSpeaker (was 'US'), side '' as above",
	"in-minister-interview: > said | Piyush Goyal":                        "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"in-minister-interview: > said | she":                                 "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"in-minister-interview: > told | Priya Menon":                         "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"jp-funds-scandal: > reported | magazine":                             "'denied that C, after a weekly magazine reported that D': the parse reads 'after a magazine' as a prepositional phrase, so 'reported' finds no subject and D stays in the denial (with 'residents' or a named body it is found)",
	"kr-trade-ministry: > said | official":                                "actor stage: 'An official at Hyundai Motor' is given the story's state (KOR); a company's official has no side",
	"ng-tinubu-reforms: > wrote | Atiku Abubakar":                         "actor stage: a former vice-president and candidate keeps the knowledge base's side (NGA; probes15's 2016 candidates)",
	"nz-documents-minister: > According to | documents":                   "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"nz-documents-minister: > said | Tom Anderton":                        "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"nz-documents-minister: > showed | papers":                            "'said the papers showed the minister had C': the nested paper claim without 'that' is not read (probes18 lists the like of it as a disputable extra)",
	"pk-pti-dismissed: extra claims | the Pakistan Tehreek-e-Insaf":       "'dismissed claims by X that C': X's claim nested in the dismissal; the expectations did not list it (disputable)",
	"za-anc-statement: > said | John Steenhuisen":                         "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"za-anc-statement: > told | Fikile Mbalula":                           "actor stage: a party's secretary-general who held office before keeps the knowledge base's side (ZAF)",
	"za-anc-statement: extra threatened | the Democratic Alliance":        "'threatened to vote against the budget': a threat is a claim by the conflict conventions; the expectations did not list it (disputable, as probes18's Hungary)",
	"za-inquiry-nested: > said | Andile Dube":                             "stance and side: 'said his client \"categorically denies\" the allegations' is read as an assertion, and the lawyer is given ZAF",
	"za-inquiry-nested: > said | chairperson":                             "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
	"za-inquiry-nested: > told | detective":                               "actor stage: a state's minister, lawmaker, official, police, electoral commission or public body gets no side here (no state title read, or the story's state not given: the sides kind counted in the lane's subsection)",
}

// TestPolnews18AttributionProbes runs the whole pipeline on the polnews
// lane's session-18 battery: attribution in political and public-affairs
// news of India, Australia, Canada, New Zealand, Africa, Latin America
// and East Asia, elections, inquiries, trade, health and sport.
func TestPolnews18AttributionProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes_polnews18.txt"))
	testutil.CheckKnownFailures(t, failed, probesPolnews18Known, "probesPolnews18Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probesPolnews18Known))
}

// TestCoordinatedSecondActSpeaker: a second reporting act after "and" or
// "but" that ends the first act's reported clause has the first act's
// speaker, not a name inside that clause nearer the cue.
func TestCoordinatedSecondActSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// (session 22: the warning folds into the governor's first claim;
		// the case checked the warning's speaker before)
		{"and warned after a clause with a state folds", "The governor conceded that Canada had cut its orders and warned that the mill could close.", "conceded", "governor", "-", "assert", "-"},
		{"and accused after a clause with a state", "Ms Okafor said Brazil had broken the agreement and accused the company of hiding its losses.", "accused", "Okafor", "-", "assert", "-"},
		{"but said after a clause with a firm", "The mayor admitted that the firm Velde Bouw had missed the deadline but said the bridge would open in May.", "said", "mayor", "-", "assert", "-"},
	})
}

// TestOfficeOfAHolderSpeaks: "NAME's office said" and "the president's
// press office replied" name the office as the speaker, with its holder's
// actor and side; an office that is no subject ("the president's office
// building") is no speaker.
func TestOfficeOfAHolderSpeaks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a titled holder's office", "The Israeli prime minister's office said the talks would resume on Monday.", "said", "Israeli prime minister's office", "ISR", "assert", "-"},
		{"a named holder's press office", "Governor Ana Ruiz signed the order. Ruiz's press office replied on X that the state would appeal.", "replied", "Ruiz's press office", "-", "assert", "-"},
		{"the office building is no speaker", "The president's office building was damaged in the blast, officials said.", "said", "officials", "-", "assert", "-"},
	})
}

// TestSpokespersonForATitledPerson: "a spokesman for Prime Minister NAME"
// and "a spokesperson for House Majority Leader NAME" name the
// spokesperson as the speaker, for the principal's side, as "a
// spokeswoman for President NAME" did.
func TestSpokespersonForATitledPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two title words", "A spokesman for Prime Minister Narendra Modi said the visit would go ahead.", "said", "spokesman", "IND", "assert", ""},
		{"three capitalised words before the name", "A spokeswoman for Senate Minority Leader Chuck Schumer said the vote would fail.", "said", "spokeswoman", "-", "assert", ""},
	})
}

// TestCapitalisedPossessedTitle: a state's title written capitalised
// with no name after it ("Ghana's Finance Minister said") speaks, for
// the state, as the lower-case title did; a person apposed to it speaks
// ("Ruritania's Deputy Prime Minister, NAME, said").
func TestCapitalisedPossessedTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"capitalised title", "Peru's Energy Minister said on Tuesday that the pipeline would reopen.", "said", "Peru's Energy Minister", "PER", "assert", "-"},
		{"three capitalised words", "Chile's Deputy Foreign Minister told reporters that the border would reopen.", "told", "Chile's Deputy Foreign Minister", "CHL", "assert", "-"},
	})
}

// TestStrandedPrepositionNoAccusation: "what he was accused of" ends its
// clause with the preposition, whose object the wh-word holds: no
// agentless accusation; one with its object after "of" stays a claim.
func TestStrandedPrepositionNoAccusation(t *testing.T) {
	noClaimCases(t, [][3]string{
		{"accused of, stranded", "The detainee's sister said nobody had told the family what he was accused of.", "accused"},
		{"blamed for, stranded", "It is unclear what the contractor is blamed for.", "blamed"},
	})
	runSpeakerCases(t, []speakerCase{
		{"accused of with its object", "The mayor was accused of taking bribes from the builders.", "accused", "", "", "assert", ""},
	})
}
