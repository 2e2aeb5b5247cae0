package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// realSpeakers27Known are the expectations of the session-27 speaker
// battery (realspeakers27.txt) parallax does not meet yet, each with the
// reason; the test fails when one of them starts to pass.
var realSpeakers27Known = map[string]string{
	// first run 13 of 32 failing; after this lane's rules, rebased on the spans lane's
	// speaker spans, 5 of 33 (the CENTCOM story with its address added)
	"rs-centcom-strikes: > said | command":        "a CENTCOM release given without its address: the claim stage reads a release's publisher from the URL only (the actor stage reads 'CENTCOM' as an outlet); with the address (rs-centcom-strikes-url) the command is USA",
	"rs-centcom-strikes: > said | statement":      "as above",
	"rs-centcom-strikes: > said | spokesman":      "as above",
	"rs-govuk-yemen: > said | Minister":           "the speaker is now the whole title ('The Minister for the Middle East', since the spans lane), but it gets no side: a title with a remit and no name finds no office holder of the publisher, and no rule gives an unnamed minister of a release the publisher's side",
	"rs-wire-two-armies: > said | army spokesman": "'An army spokesman said' with no name and no army named as a body before gets no side; a rule that gave it the body a bare 'the army' gets (publisher, dateline, the story's state) was tried and dropped: in wiregold9's liveblog of an Israeli outlet about Lebanon it gave the IDF's spokesperson Lebanon's army",
}

// TestRealSpeakerProbes runs the whole pipeline on the session-27 speaker
// battery: releases whose speakers are titles and bodies ("the Foreign
// Secretary", "the command"), wire stories quoting two states' officials,
// surnames and titles after a full name, and non-parties.
func TestRealSpeakerProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/realspeakers27.txt"))
	testutil.CheckKnownFailures(t, failed, realSpeakers27Known, "realSpeakers27Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(realSpeakers27Known))
}

// TestReleaseOwnBody: in a government's own release (a .mil or .gov
// address) that names no body of the kind before, "the command", "a
// spokesman for the command" and "the statement" speak for the
// publisher; the same words in a wire story stay without a side. The
// release cases fail without the rule (publisher.go).
func TestReleaseOwnBody(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	const text = "Coalition forces conducted 14 strikes against ISIS targets near Mosul on Tuesday, the command said.\n\n" +
		"A spokesman for the command said no civilians were harmed. The strikes destroyed two tanks, the statement said.\n"
	for _, tc := range []struct {
		name, url, want string
	}{
		{"military release", "http://www.centcom.mil/MEDIA/PRESS-RELEASES/Article/1/", "USA"},
		{"wire story", "https://www.reuters.com/world/middle-east/strikes-1/", ""},
	} {
		doc := p.Analyze(parallax.Article{Body: text, URL: tc.url, Published: "2017-03-02"})
		n := 0
		for _, c := range doc.Claims {
			if c.Cue.Text != "said" {
				continue
			}
			n++
			if c.Speaker.Side != tc.want {
				t.Errorf("%s: %q side %q, want %q", tc.name, c.Speaker.Text, c.Speaker.Side, tc.want)
			}
		}
		if n != 3 {
			t.Errorf("%s: %d claims with \"said\", want 3", tc.name, n)
		}
	}
}

// TestInterviewCalledSo: an interview the text calls one ("Wikinews
// interviewed him") may put most of its questions without "you"; one
// put to the interviewee is enough, and an answer that ends on a quoted
// question is still an answer. Without the text calling itself an
// interview, three pairs with one "you" stay plain news. The first two
// cases fail without the rule (interview.go).
func TestInterviewCalledSo(t *testing.T) {
	intro := "Oskar Brandt runs the night ferry of Borvik. Wikinews interviewed him on Monday.\n\n"
	pairs := "Can you explain what the ferry does?\n\nIt carries cars and freight across the sound every night.\n\n" +
		"Is the timetable available to the public?\n\nYes, it is printed at the pier.\n\n" +
		"How many crossings are planned this winter?\n\nAbout ninety. As the old captain said, \"who counts the waves?\"\n\n"
	runTurnCases(t, []turnCase{
		{"called an interview", "The night ferry", intro + pairs,
			[][2]string{{"It carries cars", "Oskar Brandt|assert"}, {"Yes, it is printed", "Oskar Brandt|assert"}, {"About ninety", "Oskar Brandt|assert"}}},
		{"not called one", "The night ferry", "Oskar Brandt runs the night ferry of Borvik.\n\n" + pairs, nil},
	})
}
