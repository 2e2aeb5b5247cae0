package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// cueProbesKnown are the expectations of the cue-recall battery
// (testdata/probes/cues.txt) that parallax does not meet yet, each with
// the reason; the test fails when one of them starts to pass.
var cueProbesKnown = map[string]string{
	// cue misses left
	"sahel-afp-jnim: > claimed | jihadists":                "'claimed responsibility on Monday for an attack ...': a time between 'responsibility' and its object loses the claim",
	"sahel-afp-jnim: > acknowledged | Malian army":         "'acknowledged \"losses\" but said ...': a one-word quoted object is too short a content",
	"syria-enabbaladi-sdf: > rejected | Kurdish officials": "'rejected that demand': the conventions make rejecting a request (requestNouns) a decision, not a denial; the expectation counted it as a claim",
	"ukr-kyivindependent-verbs: > called on | he":          "'urged partners to ... , and he called on the EU to ...': the second cue after a coordinated clause with its own pronoun subject is not read",
	// speaker spans: the claim is found, its speaker named by another mention
	"caucasus-armenpress-border: > said | European Union Mission in Armenia":      "the speaker span stops at 'European Union Mission' before 'in Armenia' (side EU right)",
	"caucasus-armenpress-border: extra said | The European Union Mission":         "the same claim as the one above",
	"israel-reuters-relative: > said | Qassam Brigades":                           "'Hamas' armed wing, the Qassam Brigades, said': the possessor before the apposition is the speaker (side right)",
	"israel-reuters-relative: extra said | Hamas":                                 "the same claim as the one above",
	"nigeria-premiumtimes-iswap: > said | Onyema Nwachukwu":                       "'The Nigerian Army spokesperson, NAME, in a statement on Monday, said': the title before the apposed name is taken as the speaker",
	"nigeria-premiumtimes-iswap: extra said | The Nigerian Army spokesperson":     "the same claim as the one above",
	"somalia-garowe-shabab: > claimed | militant group":                           "'The militant group, via its Andalus radio, claimed': the medium inside the commas is taken as the speaker (side right)",
	"somalia-garowe-shabab: extra claimed | its Andalus radio":                    "the same claim as the one above",
	"yemen-ap-houthis: > according to | United Kingdom Maritime Trade Operations": "'according to the British military's United Kingdom Maritime Trade Operations center': the possessor is taken as the source (side right)",
	"yemen-ap-houthis: extra according to | the British military":                 "the same claim as the one above",
	// sides and actors
	"syria-enabbaladi-sdf: > insisting | Kurdish officials":                   "'Kurdish officials' get no side: a people's name is no party (SDF only by the story's context)",
	"ethiopia-addisstandard-fano: > said | Ethiopian Human Rights Commission": "side ETH: the state-established commission takes its state's side; the expectation treated it as an independent rights body",
	"ukr-bbc-lead: > reported | Alexander Bogomaz":                            "actor 'Alexander Bogomaz': the knowledge base has no entry to give the Wikipedia title 'Aleksandr Bogomaz'",
	// claims beyond the expectations
	"azerbaijan-newsaz-statement: extra issued a statement | Azerbaijan's Ministry of Defense": "'has issued a statement on the shooting.' with the statement quoted in the next sentence ('the statement read'): the issuing is taken as a claim of its own",
	"sudan-reuters-colon: extra told | Burhan":                                                 "a quotation's middle paragraph (opened, not closed, between 'X told troops: \"...\"' and '\"...,\" he added') is continued from the 'told' claim before it instead of belonging to 'added'",
}

// TestCueProbes runs the whole pipeline on the cue-recall battery:
// invented articles written before parallax ran on them, where a party's
// claim hides behind a nominal cue, a less common reporting verb, a
// headline line, a colon, a passive or a subordinate clause, and
// sentences that are no claims at all.
func TestCueProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	probes := testutil.ReadClaimProbes(t, "testdata/probes/cues.txt")
	failed, items := pipetest.ClaimProbeMismatches(t, probes)
	testutil.CheckKnownFailures(t, failed, cueProbesKnown, "cueProbesKnown")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(cueProbesKnown))
}
