package claim_test

import "testing"

// TestAttrib30JudgedWrongDegree: a degree adverb before the word that
// calls a statement or a figure wrong keeps the judgement ("were wildly
// exaggerated", "is patently false"): the speaker rejects the figure, as
// "were exaggerated" does. An adverb before a word that calls nothing
// wrong judges nothing. Sentences invented.
func TestAttrib30JudgedWrongDegree(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"wildly exaggerated, quoted",
			`The defence secretary told parliament that the rebels' figures were "wildly exaggerated."`,
			"told", "The defence secretary", "-", "deny", "-"},
		{"vastly inflated",
			"The ministry said the opposition's casualty figures were vastly inflated.",
			"said", "The ministry", "-", "deny", "-"},
		{"patently false",
			"The governor said the report was patently false.",
			"said", "The governor", "-", "deny", "-"},
		{"degree adverb, no wrongness",
			"The governor said the harvest was wildly successful this year.",
			"said", "The governor", "-", "assert", "-"},
	})
}

// TestAttrib30RankAfterTitle: a trailing speaker whose abbreviated rank
// ("Lt. Gen.", "Maj. Gen.") follows a lower-case title (`,” military
// spokesman Lt. Gen. NAME told`) speaks the quotation, however long the
// words after the cue. Sentences invented.
func TestAttrib30RankAfterTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"military spokesman Lt. Gen. NAME told a late-night news conference",
			`"The enemy sent these drones to test our air defences and they failed," military spokesman Lt. Gen. Tariq Hameed Awan told a late-night news conference in Multan.`,
			"told", "-", "-", "assert", "-"},
		{"army spokesman Maj. Gen. NAME said",
			`"Our units held every position along the river and not one of them was lost," army spokesman Maj. Gen. Kofi Mensah Asante said at a briefing in the capital on Sunday evening.`,
			"said", "-", "-", "assert", "-"},
	})
}

// TestAttrib30PartitiveTrailing: a partitive speaker after a quotation
// (`,” one of them said`, `,” one of the women told VOA`) speaks it, as
// `,” one of the officers said` and `,” one resident said` do. Sentences
// invented.
func TestAttrib30PartitiveTrailing(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"one of them said",
			`Two residents were reached by phone. "We pulled children out of the rubble with our hands," one of them said.`,
			"said", "one of them", "", "assert", "-"},
		{"one of the women said",
			`"We walked for four days without water," one of the women said.`,
			"said", "one of the women", "", "assert", "-"},
		{"two of us told",
			`"Nobody told us the dam would be opened," two of us told the inspectors.`,
			"told", "-", "", "assert", "-"},
	})
}

// TestAttrib30LiveBlogLines: a live blog's timed entry that names a body
// or a titled person before a colon is that speaker's claim, whether the
// line ends as a sentence or not ("07:12 — Air force: 61 of 84 drones
// shot down overnight."); a title of several words may stand before the
// person ("Energy Minister NAME: \"...\""). A place before the colon
// still speaks nothing. Invented articles.
func TestAttrib30LiveBlogLines(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"timed body line with a final stop",
			"KYIV — Updates from the overnight attack.\n\n07:12 — Ukraine's air force: 61 of 84 drones and 7 of 12 missiles shot down overnight.\n\n08:05 — Power was cut in three regions.",
			":", "Ukraine's air force", "UKR", "assert", "61 of 84 drones"},
		{"timed line, a two-word title before the person",
			"KYIV — Updates from the overnight attack.\n\n07:40 — Energy Minister Svitlana Grynchuk: \"The enemy again targeted gas production and thermal power plants.\"\n\n08:05 — Power was cut in three regions.",
			":", "Svitlana Grynchuk", "UKR", "assert", "The enemy again targeted"},
	})
	runNoClaims4(t, []string{
		"KYIV — Updates from the overnight attack.\n\n09:10 — Kharkiv: three people were injured in the night.\n\n09:40 — Power was cut in three regions.",
	}, ":")
}
