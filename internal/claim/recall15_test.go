package claim_test

import "testing"

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
