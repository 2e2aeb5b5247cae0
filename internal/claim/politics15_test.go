package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes15Known are the expectations of the fifteenth battery
// (probes15.txt) parallax does not meet yet, each with the reason; the
// test fails when one of them starts to pass, so the list stays honest.
var probes15Known = map[string]string{
	// first run as written (keys of the same cue and speaker in one story
	// count once): 56 of 118 right, 62 failing, 20 extra claims; after
	// this lane's fixes 72 right and 14 extra. The 2016 candidates' sides
	// are a convention question left to the lead (the lines below that
	// name the knowledge base's side).
	"us-ap-court-filing: > alleges | lawsuit":                           "speaker found since the head-over-modifier rule, but side '': the lawsuit's filer (the state named in the sentence before) is not carried to the paper",
	"us-ap-debate-2016: > acknowledged | Trump":                         "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-debate-2016: > insisted | Trump":                             "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-debate-2016: > promised | Trump":                             "'said that Clinton had C and promised to appoint ...': the coordinated second act is read inside the reported clause, with Clinton as its subject",
	"us-ap-debate-2016: > said | Clinton":                               "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-debate-2016: > said | Donald Trump":                          "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-debate-2016: > said | Trump":                                 "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-debate-2016: extra promised | Hillary Clinton":               "the same claim as the line above",
	"us-ap-governor-letter: > told | Mike Johnson":                      "actor stage: 'House Speaker Mike Johnson' gets no side: the base has no Mike Johnson and 'House Speaker' is not read as a US office",
	"us-ap-primary-night: > conceded | Bernie Sanders":                  "actor stage: a sitting senator named without his title in this story gets no side (the base has no Bernie Sanders)",
	"us-ap-primary-night: > told | Hillary Clinton":                     "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-ap-primary-night: > told | Ted Cruz":                            "actor stage: a sitting senator named without his title gets no side (the base has no Ted Cruz)",
	"us-ap-primary-night: > vowed | Bernie Sanders":                     "as above",
	"us-breitbart-la-poll: > claiming | media":                          "'has spent the summer claiming that C': a gerund after a verb of duration is not read as the subject's act",
	"us-breitbart-la-poll: > shows | poll":                              "'a poll ... shows the nominee leading Clinton': 'show' with an object and a predicate, no clause, is not read as a report",
	"us-breitbart-la-poll: > told | Kellyanne Conway":                   "speaker right since the role-after-a-person rule, but side USA: the actor stage gives 'Trump campaign manager NAME' the candidate's side",
	"us-cnn-recount-tweets: > claimed | Donald Trump":                   "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-cnn-recount-tweets: > tweeted | Trump":                          "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-cnn-recount-tweets: > wrote | Marc Elias":                       "'had found no evidence of hacking but would take part': 'no evidence' makes the claim a denial by stance.go's convention (probes10's Al Schmidt); the expectation (assert) is disputable",
	"us-npr-sanders-interview: > said | Sanders":                        "'Asked whether C, Sanders said, \"...\"': the quotation after an opening question clause is given quote 'indirect'",
	"us-npr-sanders-interview: > told | Robby Mook":                     "actor stage: 'Clinton's campaign manager, NAME,' takes Clinton's side (USA), as probes10's Podesta",
	"us-politico-aides-2016: extra urged | Donald Trump's top advisers": "the advisers' appeal inside what four people said: a nested act by the devgold conventions, which the expectations did not list; disputable",
	"us-politico-playbook: > said | spokesperson":                       "'A spokesperson for Speaker Mike Johnson said': the person after 'for' speaks (as above)",
	"us-politico-playbook: > told | ":                                   "'Playbook is told that C': a passive of 'tell' with the outlet as the listener and no agent is not read",
	"us-reuters-comey-letter: > told | Clinton":                         "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-reuters-comey-letter: > told | Trump":                           "'Trump told a rally' after an article about Clinton: the surname is not resolved to Donald Trump (no full name in this story), so no actor",
	"us-reuters-comey-letter: extra found | the bureau":                 "'that the bureau had found new emails that \"appear to be pertinent\"': a relative clause after the object of 'found' is read as its clause",
	"us-reuters-deplorables: > said | Clinton":                          "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-reuters-deplorables: > said | Hillary Clinton":                  "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-reuters-deplorables: > told | Jennifer Palmieri":                "actor stage: a 2016 candidate who held no office then keeps the knowledge base's side (USA); the base has no dates for candidacies, and a former office holder keeps the entry's side by TestFormerOfficeHolder (question for the lead)",
	"us-thehill-gao-report: > found | report":                           "'A report by the Government Accountability Office released Thursday found that C': not found (the participle after the author)",
	"us-thehill-gao-report: > said | FEMA":                              "found since the long-adverbial rule (TestLongAdverbialBeforeThat), but side '': FEMA is not resolved to a US body",
	"us-thehill-gao-report: > says | report":                            "side '' and actor FEMA: 'The report' is resolved to the agency it is about, not to the GAO that wrote it",
	"us-vox-tariff-explainer: > told | Kevin Hassett":                   "actor stage: 'Its chief economic adviser, NAME,' after the White House gets no side",
	"us-wapo-factcheck-2024: > said | Karoline Leavitt":                 "actor stage: the base gives the 2025 press secretary USA in 2024, when she was a campaign spokeswoman (as the 2016 candidates)",
	"us-wapo-poll-2016: > shows | survey":                               "'The survey shows Clinton with 46 percent': 'show' with an object and a predicate, no clause, is not read as a report",
	"us-wsj-people-familiar: > say | Allies":                            "'Allies of the president say': the person after 'of' is taken as the speaker (side USA, actor Scott Bessent by coreference)",
}

// TestUSPoliticsAttributionProbes runs the whole pipeline on the
// fifteenth battery: attribution in US political news (campaign wires,
// polls, leaked emails, memos, court filings, op-eds, posts, anonymous
// aides, belief verbs, nested and coordinated acts).
func TestUSPoliticsAttributionProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes15.txt"))
	testutil.CheckKnownFailures(t, failed, probes15Known, "probes15Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes15Known))
}

// TestBeliefAndPrivateCues: feelings held about what is or will be
// ("fear", "worry", "doubt") with a clause, sworn testimony and text
// messages are claims; the feeling's object, the nouns and the adjective
// are none.
func TestBeliefAndPrivateCues(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"worry that", "Farm groups worry that the new tariffs will shut them out of Asian markets.", "worry", "Farm groups", "", "assert", "-"},
		{"fear without that", "Hospital managers fear the winter wave will overwhelm the wards.", "fear", "Hospital managers", "", "assert", "-"},
		{"doubt that", "Several economists doubt that the central bank will cut rates in June.", "doubt", "Several economists", "", "assert", "-"},
		{"testified that", "Transport Secretary Lena Marsh testified that the rail budget had been cut by a third.", "testified", "Lena Marsh", "-", "assert", "Lena Marsh"},
		{"texted after a quotation", `"We have the votes," one Democratic senator texted Axios on Tuesday.`, "texted", "Democratic senator", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"fear for", "Residents fear for their safety after the floods.", "fear"},
		{"worry about", "Parents worry about the cost of school meals.", "worry"},
		{"feared the worst", "Relatives feared the worst when the ferry lost contact.", "feared"},
		{"the fear that", "The fear that the bridge would collapse kept drivers away.", "fear"},
		{"were worried", "Shop owners were worried that the road would stay closed.", "worried"},
		{"testified before", "The mayor testified before the committee for two hours.", "testified"},
		{"a state's name before a verb", "Oregon state sued the agency on Friday over the grant cuts.", "state"},
	})
}

// TestSourcePrepositionsAndAs: "per" a source after a comma or opening
// the clause is "according to"; "As X put it, C" is X's claim; "per
// cent" and "per day" measure; a cue form that is also a plural noun
// ending the sentence after a quotation and its subject is the verb; a
// denial of "that view" rejects the view pointed back to.
func TestSourcePrepositionsAndAs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"per aides", "The committee will subpoena the contracts next week, per three congressional aides.", "per", "three congressional aides", "", "assert", "-"},
		{"per a name", "Per Bloomberg, the merger talks stalled over the price.", "Per", "Bloomberg", "-", "assert", "-"},
		{"as X put it", "As one union leader put it, the offer was an insult to the drivers.", "put", "union leader", "", "assert", "-"},
		{"as any noun put it", "As one retired nurse put it to the inquiry, the wards were running on goodwill.", "put", "retired nurse", "", "assert", "-"},
		{"a paper's plural-noun cue after a quotation", `"The reactor must be shut down by June," the inspection report states.`, "states", "report", "", "assert", "-"},
		{"notes after a quotation", `"Water levels are the lowest since 1962," the agency bulletin notes.`, "notes", "agency bulletin", "", "assert", "-"},
	})
	runSpeakerCases(t, []speakerCase{
		{"rejected that view", "Analysts said the levy would hurt farmers. The agriculture ministry has rejected that view.", "rejected", "ministry", "-", "deny", "-"},
		{"disputed that figure", "Activists put the toll at 40. Police disputed that figure, saying 12 had died.", "disputed", "Police", "-", "deny", "-"},
	})
	noClaimCases(t, [][3]string{
		{"per cent", "Prices rose 4 per cent in March, the fastest pace in a year.", "per"},
		{"per day", "The plant treats 5,000 tonnes of waste, per day, at full capacity.", "per"},
	})
}

// TestRoleAfterAPersonAndHeadOverModifier: a person who only modifies a
// role ("Smith spokeswoman NAME", "a Smith campaign spokeswoman") does not
// speak, the role's holder does; a speaker noun with a participle or a
// preposition before a name ("Polls conducted since Labor Day", "Emails
// released by X", "lawyers for the ministry") speaks itself.
func TestRoleAfterAPersonAndHeadOverModifier(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"candidate's spokeswoman named", "Okafor spokeswoman Denise Hart told reporters that the candidate would skip the debate.", "told", "Denise Hart", "-", "assert", "Denise Hart"},
		{"campaign manager named", "Whitmore campaign manager Paul Ostrowski said the numbers were improving.", "said", "Paul Ostrowski", "-", "assert", "Paul Ostrowski"},
		{"unnamed campaign spokeswoman", "A Whitmore campaign spokeswoman said the ad was misleading.", "said", "spokeswoman", "-", "assert", ""},
		{"polls conducted since", "Polls taken since the Berlin summit suggest that the governing party has lost ground.", "suggest", "Polls", "", "assert", ""},
		{"emails released by", "Emails obtained by Reuters show that the ministry knew of the leak.", "show", "Emails", "", "assert", ""},
		{"lawyers for a department", "Lawyers for the U.S. Interior Department argued that the leases were lawful.", "argued", "Lawyers", "USA", "assert", ""},
		{"lawsuit filed in a court", "The lawsuit, filed in federal court in Boston, alleges that the university ignored the complaints.", "alleges", "lawsuit", "-", "assert", ""},
	})
}

// probes16Known are the expectations of the sixteenth battery
// (probes16.txt, written after the fifteenth battery's fixes) parallax
// does not meet yet, each with the reason.
var probes16Known = map[string]string{
	// first run as written: 31 expectations, 20 right, 11 failing, 2
	// extra claims; of the 11, 8 are found with the right cue and speaker
	// but a side the actor stage does not give. Since then one rule ("As
	// any noun put it, C", TestSourcePrepositionsAndAs): 21 right
	"uk-guardian-per: > fear | Conservative MPs":     "found (the feeling cue carries), but side '': a UK story with no state named gets no state for its MPs",
	"uk-guardian-per: > said | Labour backbencher":   "found, but side '' (as above)",
	"us-nyt-court-papers: > argued | Lawyers":        "found (the head-over-modifier rule carries), but side '': the National Institutes of Health are not resolved to a US body",
	"us-politico-campaign-staff: > said | spokesman": "found, stance assert: 'said the surveys \"are simply wrong\"' is not read as a denial (only 'false', 'not true', 'a lie' and the like are)",
	"us-wsj-emails: > said | spokeswoman":            "found, but side '': 'A department spokeswoman' two sentences after 'the Transportation Department' is not given its state",
	"us-wsj-emails: > wrote | deputy administrator":  "found, but side '' (as above)",
}

// TestUSPoliticsAttributionTransferProbes runs the whole pipeline on the
// sixteenth battery, the fifteenth's kinds in new sentences.
func TestUSPoliticsAttributionTransferProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes16.txt"))
	testutil.CheckKnownFailures(t, failed, probes16Known, "probes16Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes16Known))
}
