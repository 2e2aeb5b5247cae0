package claim_test

import (
	"strings"
	"testing"
)

// TestLabelAsOverLongerObjects: "X described Y as Z" where Y is long, holds
// a word that is also a cue ("the border dispute", "the state railway"),
// a possessive, or the verb is a plural subject's base form. Invented
// sentences.
func TestLabelAsOverLongerObjects(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"a cue word as the object's noun", "The deputy foreign minister described the border dispute as a colonial leftover.", "described", "foreign minister", "", "assert", "colonial leftover"},
		{"as of", "The interior minister described the land dispute as of vital importance to the region.", "described", "minister", "", "assert", "vital importance"},
		{"a long object", "The spokesman described the talks with the rebel delegation in the capital last week as productive.", "described", "spokesman", "", "assert", "productive"},
		{"plural subject, base form", "Opposition parties describe the new election law as unconstitutional.", "describe", "Opposition parties", "-", "assert", "unconstitutional"},
		{"possessive in the object", "Rights groups characterize the army's raids on the camps as collective punishment.", "characterize", "Rights groups", "-", "assert", "collective punishment"},
	})
	runNoClaims4(t, []string{
		"The ministry will describe the plan to parliament next week.",
		"Officials are expected to describe the situation in detail.",
		"The committee called a meeting of the regional governors for Friday.",
	}, "describe", "called")
}

// TestFigureAtASum: "places/puts X at" a sum of money states a figure as
// a count does. Invented sentences.
func TestFigureAtASum(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"places at dollars", "The consultancy Eastbridge places the annual losses at $3 billion.", "places", "Eastbridge", "", "assert", "$3 billion"},
		{"put at euros", "The port authority put the cost of repairs at €40 million.", "put", "port authority", "", "assert", "€40 million"},
	})
	runNoClaims4(t, []string{
		"The court placed the former minister under house arrest.",
		"The ministry put the cost of the war at the centre of its budget debate.",
	}, "placed", "put")
}

// TestRequestNotTo: "asked X not to Y" is a request as "asked X to Y" is.
// Invented sentences.
func TestRequestNotTo(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"asked not to", "The governor asked residents of the border villages not to return before the demining ends.", "asked", "governor", "", "assert", "not to return"},
	})
	runNoClaims4(t, []string{
		"An official, who asked not to be named, confirmed the figure was accurate.",
	}, "asked")
}

// TestStatementNounAuthorBefore: a statement noun with its clause whose
// author stands before it, as a possessor or a party's adjective ("denied
// Moscow's claims that C", "rejected Azerbaijani reports that C", "claims
// by Hamas officials that C"), is the author's claim, nested in the words
// around it; a label the rejecter gives ("as a blatant lie", "were “a
// blatant lie”") is no part of it. Invented sentences.
func TestStatementNounAuthorBefore(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"possessor", "The defence ministry rejected Moscow's claims that its troops had encircled the town.", "claims", "Moscow", "RUS", "assert", "encircled the town"},
		{"capital as possessor", "The ministry dismissed as fiction Tbilisi's claim that its drones had hit a fuel depot.", "claim", "Tbilisi", "GEO", "assert", "hit a fuel depot"},
		{"demonym", "The spokesman also denied Russian reports that two Ukrainian jets had been shot down.", "reports", "Russian", "RUS", "assert", "shot down"},
		{"demonym with the article", "The army dismissed the Indian allegation that its gunners had targeted villages.", "allegation", "Indian", "IND", "assert", "targeted villages"},
		{"entity and its officials after by", "The general rejected claims by Hamas officials that the army had lost the initiative.", "claims", "Hamas officials", "HAMAS", "assert", "lost the initiative"},
		{"rejected as a lie", "The minister rejected the Georgian allegation that the border post had been shelled as \"a blatant lie.\"", "allegation", "Georgian", "GEO", "assert", "had been shelled"},
		{"judged by a copula", "The foreign ministry said Tehran's claims that it had hit only military sites were \"a blatant lie.\"", "claims", "Tehran", "IRN", "assert", "only military sites"},
	})
	runNoClaims4(t, []string{
		"A farmer told Example Moroccan News that the shells fell near the well.",
		"The same reports that the convoy was attacked were repeated on Monday.",
	}, "News", "reports")
}

// TestNestedStatementKeepsTheDenialOneAct: the author's claim nested in a
// denial's words does not split the denial from its participle ("dismissed
// the Indian allegation that C, saying D" is one act of the denier).
// Invented sentence.
func TestNestedStatementKeepsTheDenialOneAct(t *testing.T) {
	doc := analyzeParsed(t, "The army dismissed the Indian allegation that its gunners had targeted villages, saying they had fired only at posts.")
	var cues []string
	for _, c := range doc.Claims {
		cues = append(cues, c.Cue.Text)
	}
	if strings.Join(cues, "|") != "dismissed|allegation" {
		t.Fatalf("cues %q, want dismissed and allegation: %s", cues, describe(doc))
	}
}

// TestRelayedBy: "as reported/cited by X" names X as the relayer of the
// clause it is set off from, after a description of X or at the sentence's
// opening; in "officials quoted by X estimated C" the officials speak,
// not X. Invented sentences.
func TestRelayedBy(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"opening", "As reported by the agency's director general, the plant continues to enrich uranium at a rapid pace.", "As reported by", "director general", "", "assert", "enrich uranium"},
		{"described relayer", "Hospital revenue doubled last year, as reported by the business website Asia Markets.", "as reported by", "Asia Markets", "-", "assert", "revenue doubled"},
		{"cited by after a claim", "Hospital revenue doubled last year, the ministry has found, as cited by the business website Asia Markets.", "as cited by", "Asia Markets", "-", "assert", "revenue doubled"},
		{"the quoted speaker keeps the claim", "Western officials quoted by The Washington Post estimated that up to 50,000 troops had been killed.", "estimated", "Western officials", "", "assert", "50,000 troops"},
	})
	runNoClaims4(t, []string{
		"The town, as reported in the morning papers, was quiet on Sunday.",
		"The figures cited by the minister in parliament were published on Monday.",
	}, "as reported by", "cited by")
}
