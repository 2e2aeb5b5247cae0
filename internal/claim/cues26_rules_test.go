package claim_test

import "testing"

// TestCues26Rules: the forms session 26's cues lane made parallax read.
// A reply to the other side's account ("countered that", "retorted
// that") reports speech; data, a report or a statement released by a body
// named by its noun are that body's ("according to figures released by
// the defense ministry"). Sentences invented.
func TestCues26Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"countered that",
			"Washington countered that the frigate had been well outside the declared war zone.",
			"countered", "Washington", "USA", "assert", "-"},
		{"retorted that",
			"The Cypriot foreign minister retorted that Turkish troops had never held the Kyrenia pass.",
			"retorted", "-", "CYP", "-", "-"},
		{"figures released by a ministry",
			"GORI — At least 175 Georgian soldiers were killed in the fighting, according to figures released by the Georgian defense ministry on Tuesday.",
			"according to", "-", "GEO", "assert", "-"},
	})
}

// TestCues26ItAfterBulletin: "It said C" after a bulletin's or a
// broadcaster's claim in the sentence before is that paper's or
// channel's. Sentences invented.
func TestCues26ItAfterBulletin(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"it after the bulletin",
			"TEGUCIGALPA — \"The enemy has been stopped at the gates of the town,\" the bulletin stated. It said 22 soldiers had been killed since the invasion began.",
			"said", "It", "-", "assert", "-"},
		{"it after the radio",
			"BUENOS AIRES — State radio reported that the British attack had been repulsed. It said the paratroopers had suffered heavy losses.",
			"said", "It", "-", "assert", "-"},
	})
}

// TestCues26Stances: a report called a fable or a myth is rejected.
// Sentences invented.
func TestCues26Stances(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"called that report a fable",
			"The High Command called that report \"a fable\" and said the Salvadoran air force had lost no aircraft.",
			"called", "High Command", "-", "deny", "-"},
		{"the claims are a myth",
			"The ministry said the rebels' claims were a myth.",
			"said", "ministry", "-", "deny", "-"},
	})
}

// TestCues26NoClaims: the reporter's remark that a speaker said nothing
// reports no claim; "said little had changed" still does.
func TestCues26NoClaims(t *testing.T) {
	noClaimCases(t, [][3]string{
		{"said little about", "The army has said little about its losses, and its spokesman did not respond to a request for comment.", "said"},
		{"said nothing of", "The rebels said nothing of the prisoners taken at Malakal.", "said"},
		{"would say little else", "Asked about the convoy, the minister would say little else.", "say"},
	})
	runSpeakerCases(t, []speakerCase{
		{"said little had changed",
			"The governor said little had changed in the camps since the rains began.",
			"said", "governor", "-", "assert", "-"},
	})
}
