package claim_test

import (
	"strings"
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes18Known are the expectations of the eighteenth battery
// (probes18.txt) parallax does not meet yet, each with the reason.
var probes18Known = map[string]string{
	// first run as written (commit b501993, before any fix): 103
	// expectations, 47 right, 56 failing (14 not found), 14 extra claims.
	// Two expectations were changed after the first run to the written
	// conventions (the name in an apposition speaks: 'The newspaper, NAME,
	// said'; a body after 'a spokesman for' speaks). After this lane's
	// rules (long adverbial before 'that', records after 'according to',
	// ', ruling that'): 51 right; with Christine Lagarde in the knowledge
	// base as the ECB's president (EU): 54.
	"au-abc-insiders: > According to | estimates":                "found; side '' and speaker 'Treasury estimates': the Treasury of a story datelined CANBERRA is not given AUS",
	"au-abc-insiders: > accused | Sussan Ley":                    "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"au-abc-insiders: > said | Jim Chalmers":                     "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"ca-cbc-presser: > said | Pierre Poilievre":                  "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"eu-ecb-presser: > said | Joachim Nagel":                     "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"eu-france-party-denial: extra report | a newspaper":         "'denied a newspaper report that C': the noun 'report' with 'that' is read as the newspaper's claim, nested in the denial; the expectations did not list it (disputable)",
	"eu-politico-commission-presser: > denied | spokesperson":    "found; side '': 'A Commission spokesperson' is not resolved to the European Commission",
	"eu-politico-commission-presser: > said | Hoekstra":          "found; side '': the commissioner named after 'its climate commissioner' in the sentence before is not given the Commission's side (EU)",
	"eu-politico-commission-presser: > said | Wopke Hoekstra":    "as above",
	"eu-politico-commission-presser: > told | commissioner":      "'its climate commissioner' after the European Commission gets FRA, not EU (the possessive 'its' is resolved to a French entity named later)",
	"eu-politico-sanctions-note: > according to | note":          "found since 'according to an internal note' reads its paper; side '': the note's author (the EU's diplomatic service) is named in the next sentence",
	"eu-politico-sanctions-note: > says | note":                  "'The note, drafted by the EU's diplomatic service, says': the author in the participle phrase speaks (side EU right; the scorer does not compare spans)",
	"eu-politico-sanctions-note: extra says | the EU":            "the same claim as the line above",
	"eu-politico-sanctions-note: extra threatened | Hungary":     "'Hungary has threatened to block ...': a threat is a claim by the conflict conventions (probes.txt's 'threatened'); the expectations did not list it (disputable)",
	"ie-rte-dail: > said | Mary Lou McDonald":                    "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"ie-rte-dail: > told | Micheál Martin":                       "'Taoiseach Micheál Martin': the Irish title is not trimmed from the name nor read as a state office (no actor, no side)",
	"uk-bbc-pmqs: > said | Ed Davey":                             "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-bbc-pmqs: extra shown | the exchanges":                   "'said the exchanges had shown that C': a nested paper-like subject of 'shown' inside Davey's claim; the expectations did not list it (disputable)",
	"uk-bbc-rail-strike: > said | Heidi Alexander":               "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-council-libraries: > accused | Tom Hadley":               "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-council-libraries: > said | Ministry of Housing":         "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-council-libraries: > said | Rita Obi":                    "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-council-libraries: extra announced | the council":        "'after the council announced it would close six libraries': an announcement in a time clause is read as the council's claim; the expectations did not list it (disputable)",
	"uk-court-legal-aid: > said | Chris Philp":                   "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-court-legal-aid: > wrote | Pemberton":                    "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-ft-boe-unions: > according to | minutes":                 "found since 'according to the minutes of' reads the record; side '': the minutes' issuer (the Bank) is named two sentences before",
	"uk-ft-boe-unions: > wrote | Sharon Graham":                  "actor stage: the union leader is given GBR (a union has no side by the conventions)",
	"uk-guardian-leaked-memo: > said | spokesperson":             "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-guardian-leaked-memo: > says | memo":                     "found; side '': the memo's author (the Treasury) named in the sentence before is not carried to 'The memo'",
	"uk-guardian-leaked-memo: > warns | memo":                    "found since the paper-seen-by rule (TestPaperSeenByOutlet), but side '': the Treasury is given no side in this story (the kind above)",
	"uk-guardian-leaked-memo: extra showed | the document":       "'said the document showed that C': a nested claim of the paper inside Stride's; the expectations did not list it (disputable)",
	"uk-holyrood-fmqs: > said | Anas Sarwar":                     "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-ifs-report: > dismissed | Treasury":                      "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-independent-hotels: > according to | documents":          "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-independent-hotels: > said | Karen Bradley":              "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-independent-hotels: > told | officials":                  "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-letter-two-child: > warned | Labour MPs":                 "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-letter-two-child: > wrote | Stephen Flynn":               "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-sky-khan-presser: > said | Conservative group":           "'The Conservative group on the London Assembly said': the body after 'on' is taken as the speaker (a group of members on a body, not the body)",
	"uk-sky-khan-presser: > said | Transport for London":         "NER: 'Transport for London' is cut to 'London' (a name with 'for' inside)",
	"uk-sky-khan-presser: extra said | the London Assembly":      "the same claim as the line above",
	"uk-survey-wages: > found | survey":                          "'A survey by the Resolution Foundation found': the author after 'by' speaks by the head-over-modifier convention ('a review by the State Department said'), while probes15 expects the paper ('A report by the GAO ... found'); both have no side here",
	"uk-survey-wages: > said | Department for Work and Pensions": "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-survey-wages: extra found | the Resolution Foundation":   "the same claim as the line above",
	"uk-telegraph-reform-statement: > denied | Reform UK":        "NER: 'Reform UK' is cut to 'UK' (read as the state, side GBR)",
	"uk-telegraph-reform-statement: > told | Nigel Farage":       "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-times-leadership: > dismissed | Wes Streeting":           "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-times-leadership: > insisted | source":                   "stance: 'insisted that no one had been \"canvassing\"' denies the MPs' report; a negated subject ('no one') is not read as a denial (disputable)",
	"uk-times-leadership: > told | Labour MPs":                   "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-whip-threat: > denied | office":                          "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-whip-threat: > said | Fordyce":                           "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-whip-threat: > said | Sam Fordyce":                       "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
	"uk-whip-threat: > told | whip":                              "actor stage: a minister, lawmaker, councillor, court or public body of a state other than the US gets no side in this story (no state title read, or the story's state not found: the kind counted in the lane's subsection)",
}

// TestPublicAffairsAttributionProbes runs the whole pipeline on the
// eighteenth battery: attribution in UK, EU and other political news
// (question times, interviews, rulings and reactions, central banks and
// unions, leaked memos, think tanks, councils, press conferences, party
// denials, nested and coordinated acts).
func TestPublicAffairsAttributionProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes18.txt"))
	testutil.CheckKnownFailures(t, failed, probes18Known, "probes18Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes18Known))
}

// TestLongAdverbialBeforeThat: a cue's reported clause after a longer
// adverbial of the occasion or medium ("in a written reply to a
// parliamentary question that", "at Mayor's Question Time that", "in a
// written response attached to the filing that"); a participle between a
// determiner and a noun ("a written reply") is no verb of its own. A
// "that" opening a relative clause after the adverbial's noun is not the
// reported clause's.
func TestLongAdverbialBeforeThat(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct{ name, text, cue, speaker, content string }{
		{"written reply to a question", "The education minister conceded in a written reply to a parliamentary question that 300 schools still lacked heating.", "conceded", "minister", "300 schools still lacked heating"},
		{"a written reply alone", "The agency admitted in a written reply that the forms had been lost.", "admitted", "agency", "the forms had been lost"},
		{"an occasion with a possessive", "The mayor told councillors at Mayor's Question Time that the depot would close in May.", "told", "mayor", "the depot would close in May"},
		{"a participle in the adverbial", "The railway operator said in a written response attached to the filing that it had replaced the signals.", "said", "railway operator", "it had replaced the signals"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				content := doc.Text[c.Start:c.End]
				got = append(got, c.Cue.Text+"|"+c.Speaker.Text+"|"+content)
				if c.Cue.Text == tc.cue && sameSpeaker(c.Speaker.Text, tc.speaker) && strings.HasPrefix(content, tc.content) {
					return
				}
			}
			t.Errorf("no %q claim of %q on %q in %v", tc.cue, tc.speaker, tc.content, got)
		})
	}
}

// TestRecordsAndVerdictParticiples: "according to" the minutes of a
// meeting, a note seen by a newspaper or a list compiled by elders names
// the paper as the source
// (an "an" before it as "a"); ", ruling that C" and ", finding that C"
// after a court's or an inquiry's act are its claims; without "that"
// the participles state nothing.
func TestRecordsAndVerdictParticiples(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"according to the minutes", "Three board members wanted a larger rise, according to the minutes of the March meeting.", "according to", "minutes", "", "assert", ""},
		{"according to an internal note", "The ministry plans to cut 400 posts, according to an internal note seen by the Herald.", "according to", "internal note", "", "assert", ""},
		{"according to a list compiled by", "According to a list compiled by village elders, the dead included six herders.", "According to", "list", "", "assert", ""},
		{"ruling that", "The appeals court struck down the ban on Tuesday, ruling that the city had exceeded its powers.", "ruling", "court", "-", "assert", "-"},
		{"finding that", "The ethics panel cleared the senator, finding that she had declared the gifts.", "finding", "panel", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"ruling without that", "The junta has been ruling the country since the coup.", "ruling"},
		{"finding without that", "Divers spent the day finding debris along the coast.", "finding"},
		{"a list of demands", "Shops reopened on Monday, according to a list of demands.", "according to"},
	})
}

// TestPaperSeenByOutlet: a paper that heads the clause speaks when the
// outlet or person after "seen by", "obtained by" or "reviewed by" only
// came by it; a state body named in the paper's phrase lends it its
// side; an author after "published by" speaks as before.
func TestPaperSeenByOutlet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"memo seen by a newspaper", "A memo seen by the Herald warns that the bridge repairs will run two years late.", "warns", "memo", "", "assert", ""},
		{"draft obtained by a site", "A draft obtained by Axios says the bill would cap drug prices.", "says", "draft", "", "assert", ""},
		{"a state body's memo", "A leaked Pentagon memo reviewed by the Times says the drills will be cut.", "says", "-", "USA", "assert", "-"},
		{"published by its author", "A report published by the ministry says the program is over budget.", "says", "ministry", "-", "assert", "-"},
	})
}
