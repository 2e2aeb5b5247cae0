package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes14Known are the expectations of the fourteenth battery
// (probes14.txt) parallax does not meet yet, each with the reason; the
// test fails when one of them starts to pass, so the list stays honest.
var probes14Known = map[string]string{
	// first run as written: 46 of 63 items right (17 failing, 2 extra
	// claims); 3 expectations corrected to the conventions (commented in
	// the file)
	"et-addisstandard-citing-data: > citing | ":                                         "'citing Ethiopian government data': the claim is the issuer's, but 'Ethiopian government' before 'data' is no entity (NER), so no side reaches it",
	"et-addisstandard-citing-data: > according to | ":                                   "'According to the data' takes the issuer named before ('Ethiopian government'), which has no side (as above)",
	"ml-rfi-according-to-website: > said | it":                                          "'claimed an attack ..., in which it said C': the pronoun's cue inside the first act's words is merged with it (emit's same-speaker rule for 'X told VOA that he believes')",
	"mm-irrawaddy-three-sentence-quote-first: > said | information team":                "'The junta's information team said': the possessor is taken as the speaker's phrase (side right, MMR)",
	"mm-irrawaddy-three-sentence-quote-first: extra said | junta":                       "the same claim as the line above",
	"ua-reuters-quote-first-two-sentences: > told | source":                             "'a source in Ukraine's SBU security service told': the body after 'a source in' is taken as the speaker (side right, UKR; actor 'Ukraine' where none is due)",
	"ua-reuters-quote-first-two-sentences: extra told | Ukraine's SBU security service": "the same claim as the line above",
	"ye-ap-called-it-pronoun: > described | army spokesperson":                          "actor side: 'An army spokesperson' after 'The Israeli military said' takes the dateline's state (YEM), not the army named just before",
}

// TestSeveralSentenceAndLabelProbes runs the whole pipeline on the
// fourteenth battery: quotations over several sentences and paragraphs,
// labelling verbs with a quotation or clause object, and "according to"
// data, figures and websites.
func TestSeveralSentenceAndLabelProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes14.txt"))
	testutil.CheckKnownFailures(t, failed, probes14Known, "probes14Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes14Known))
}
