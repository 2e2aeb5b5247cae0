package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes10Known are the expectations of the tenth battery (probes10.txt)
// parallax does not meet yet, each with the reason; the test fails when
// one of them starts to pass, so the list stays honest.
var probes10Known = map[string]string{
	"sd-sudantribune-denial: > said | Nabil Abdallah": "'Our forces do not target civilians' under 'said' is asserted since session 16: the golds' convention makes negative content under a neutral cue assert (wiregold8 'did not target any civilian settlement'); the expectation reads it as a denial",
	// claims not found
	"il-aljazeera-live: > : | Hezbollah MP":               "a live-blog headline 'TIME – Hezbollah MP: “...”' names a title, no person, before the colon; turns need a person's name",
	"us-ap-campaign2016: > rejected | election officials": "', repeating a claim that election officials in both parties have rejected': the relative denial inside a participle phrase is not read",
	// extra
	// stance
	// sides and actors (the actor stage's lane, reported to the lead)
	"uk-guardian-downing: > say | Aides":        "'Aides say Starmer has no plans': aides of the person the clause names; no rule reads the principal from the content",
	"us-ap-campaign2016: > said | John Podesta": "actor stage: 'Hillary Clinton's campaign chairman' takes Clinton's side, USA in 2016 (she held no office then)",
	"us-ap-campaign2016: > told | Donald Trump": "actor stage: 'Republican nominee Donald Trump' in 2016 gets USA (he held no office then)",
	"us-nyt-indictment: > show | Court filings": "'Court filings show': the actor stage resolves the filings to a prosecutor's office (USA); filings of a case are either party's, no side",
	"us-politico-anonymous: > say | Aides":      "'Aides to Speaker Mike Johnson' speak for Johnson's side, but the actor base has no Mike Johnson (the Speaker of the House), so the side is empty",
}

// TestPoliticalNewsProbes runs the whole pipeline on the tenth battery:
// political reporting (briefings, hearings, campaigns, anonymous
// sources, posts, readouts, indictments, polls, op-eds, fact-checks,
// question-and-answer interviews) and conflict live blogs.
func TestPoliticalNewsProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes10.txt"))
	testutil.CheckKnownFailures(t, failed, probes10Known, "probes10Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes10Known))
}

// TestPoliticalAttribution: the kinds the tenth battery found, on new
// sentences. Each case fails without its rule.
func TestPoliticalAttribution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a trailing speaker opened by "an" (the article was taken for
		// the end of the claimed clause)
		{"trailing an official", "Tovar will not sign the accord this month, an Argentine official said on condition of anonymity.", "said", "Argentine official", "ARG", "assert", "-"},
		{"trailing an Egyptian source", "The delegation will reach Cairo on Sunday, an Egyptian security source said.", "said", "-", "EGY", "assert", "-"},
		// capitalised modifiers in an inverted speaker
		{"inverted GOP senator", `"We have the votes for this," said one GOP senator, who asked not to be named.`, "said", "one GOP senator", "USA", "assert", "-"},
		{"inverted party lawmaker", `"Nobody read the amendment," said a Democratic lawmaker.`, "said", "Democratic lawmaker", "USA", "assert", "-"},
		// members of Congress named by party and chamber speak for the US
		{"party lawmakers", "Republican lawmakers said the farm bill would pass before the recess.", "said", "Republican lawmakers", "USA", "assert", "-"},
		// an entourage speaks for its principal, and is not him
		{"aides to", "Aides to Prime Minister Keir Starmer say the reshuffle will wait until spring.", "say", "Aides to Prime Minister Keir Starmer", "GBR", "assert", ""},
		{"allies of", "Two months ago, senior allies of President Emmanuel Macron argued that the pension reform could not be delayed.", "argued", "senior allies of President Emmanuel Macron", "FRA", "assert", ""},
		// an opinion poll speaks for no party, whatever its name looks like
		{"poll no side", "A Washington Monthly-Lakeview poll found that 61 percent of voters oppose the tariffs.", "found", "-", "", "assert", ""},
		// a dispute of a statement or a figure is a denial
		{"disputed figures", "Sudanese officials disputed the figures, which came from a monitoring group.", "disputed", "Sudanese officials", "SDN", "deny", "-"},
		{"disputed account", "The Kremlin has disputed Kyiv's account of the strike.", "disputed", "Kremlin", "RUS", "deny", "-"},
		// a label gerund calling a report untrue, with no reporting act before
		{"calling it wrong", `The Pentagon hit back on Friday, calling the leaked report "completely wrong."`, "calling", "Pentagon", "USA", "deny", "-"},
		{"calling it false", "The ministry answered within hours, calling the report false.", "calling", "ministry", "-", "deny", "-"},
		// a record of the words, headed before the "of" of its occasion,
		// with its publisher's side
		{"transcript of the call", "Erdogan told Macron that Turkey would host the talks, according to a transcript of the call released by the French presidency.", "according to", "transcript", "FRA", "assert", "-"},
		// "In his telling", "In Kyiv's account": a party's version of events
		{"in his telling", "President Emmanuel Macron spent Monday defending the budget. In his telling, the deficit would fall below 3 percent next year.", "In his telling", "his", "FRA", "assert", "Emmanuel Macron"},
		{"in capital's account", "In Tehran's account, the drones were shot down over the desert.", "In Tehran's account", "Tehran", "IRN", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		// a territorial dispute states nothing
		{"disputed border", "Both states disputed the border for decades.", "disputed"},
		// a label gerund after a reporting act is part of that act
		{"label after act", "The ministry denied the report on Monday, calling it false.", "calling"},
		// "called the decision wrong" judges an act, no statement
		{"decision wrong", "The opposition leader called the decision wrong.", "called"},
		// an account of an event is no source before its "of"
		{"account of", "In his account of the siege, the general listed three mistakes.", "In his account"},
		// a city that is no capital has no view
		{"old town", "In Lyon's old town, the cafes stayed open all night.", "In Lyon's old town"},
	})
	runSpeakerCases(t, []speakerCase{
		// a listener of several words after a trailing "told"
		{"told the daily briefing", "The border will stay closed until June, spokesperson Lina Farrow told the regular daily news briefing.", "told", "Lina Farrow", "-", "assert", "-"},
		// an international body's staff titled by the body's kind
		{"commission spokesperson", "The European Commission opened an inquiry on Monday. Commission spokesperson Aldo Ferri told reporters the rules had been broken.", "told", "Aldo Ferri", "EU", "assert", "-"},
		// "ruled out" a plan asserts; "ruled out" a part in an act denies
		{"ruled out plan", "The chancellor ruled out a snap election before the summer.", "ruled out", "-", "-", "assert", "-"},
		{"ruled out involvement", "The ministry ruled out any involvement in the explosion.", "ruled out", "-", "-", "deny", "-"},
	})
	noClaimCases(t, [][3]string{
		// what a reported clause's subject shows is no second act
		{"and showed", "The ministry said the audit was thorough and showed that no funds were missing.", "showed"},
	})
	runSpeakerCases(t, []speakerCase{
		// a gerund "telling" after a verb of no speech: the subject tells,
		// and the listener is no content
		{"telling MPs", "The home secretary defended the new visa rules, telling MPs the system had been abused for years.", "telling", "-", "-", "assert", "-"},
		// a readout "issued by his office" is the sentence's speaker's
		{"readout by his office", "President Emmanuel Macron told Chancellor Friedrich Merz that France would send more troops, according to a readout of the call issued by his office.", "according to", "readout", "FRA", "assert", "-"},
		// a demonym after a denial verb modifies the denied noun
		{"dismissed demonym claims", "The ministry dismissed Russian claims that its warships had left the port.", "dismissed", "ministry", "-", "deny", "-"},
	})
	runClaims4(t, []claims4Case{
		// the demonym is no subject of a verb "claims": the noun's
		// author, whose claim is nested in the denial (session 15,
		// TestStatementNounAuthorBefore)
		{"demonym claims, nested", "The ministry dismissed Russian claims that its warships had left the port.", "claims", "Russian", "RUS", "assert", "left the port"},
	})
	runSpeakerCases(t, []speakerCase{
		// a time phrase between an unnamed speaker and the cue after a
		// 'CITY:' dateline, which the parse takes for the subject
		{"city dateline time", "PESHAWAR: Officials on Thursday said the convoy had reached the border crossing.", "said", "Officials", "PAK", "assert", "-"},
		// an informed speaker closing the clause before a trailing cue,
		// whatever noun ends its tail ("the report" is a speaker noun)
		{"informed trailing", "The audit found gaps in the border budget, sources familiar with the report told Reuters.", "told", "sources", "", "assert", "-"},
		{"briefed trailing", "The ceasefire could start on Monday, two Egyptian officials briefed on the talks said.", "said", "-", "EGY", "assert", "-"},
	})
	// question-and-answer interviews: each answer is the interviewee's
	runSpeakerCases(t, []speakerCase{
		{"answer turn", "Defence Minister Jonas Reiter of Lithuania spoke to reporters in Vilnius.\n\nQ: Will the brigade arrive on time?\n\nA: Yes. The barracks are ready and the first soldiers land in May.", ":", "A", "-", "assert", "Jonas Reiter"},
	})
}

// probes11Known are the expectations of the eleventh battery
// (probes11.txt, written after the tenth battery's fixes) parallax does
// not meet yet, each with the reason.
var probes11Known = map[string]string{
	"uk-bbc-minister: > said | Treasury sources": "'Treasury sources' (a capitalised state body before 'sources') get no side; only lower-case state sources ('security sources') do",
	"uk-bbc-minister: > telling | chancellor":    "found since the transfer fixes; side '': 'The chancellor' in a BBC story with no state named is given no state",
	"us-npr-court: > show | Court records":       "'Court records show': the actor stage resolves the records to the Justice Department named before (USA); by the conventions a case's records are no party's",
}

// TestPoliticalNewsTransferProbes runs the whole pipeline on the
// eleventh battery, the tenth's styles in new sentences.
func TestPoliticalNewsTransferProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes11.txt"))
	testutil.CheckKnownFailures(t, failed, probes11Known, "probes11Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes11Known))
}
