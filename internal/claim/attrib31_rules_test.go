package claim_test

import "testing"

// TestAttrib31WithheldThenSaid: a speaker who withholds one statement
// ("did not confirm C", "declined to comment on C", "refused to
// confirm C") and goes on "but said D" makes the claim D: the parse
// coordinates "said" with the withholding verb, which names no claim
// of its own, and its subject speaks. Sentences invented.
func TestAttrib31WithheldThenSaid(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"did not confirm C, but said D",
			"The army did not confirm the loss of the town, but said its fighters had withdrawn to protect civilians.",
			"said", "The army", "-", "assert", "-"},
		{"declined to comment on C but said D",
			"A company spokeswoman declined to comment on the cost of the deal but said production would resume on Friday.",
			"said", "A company spokeswoman", "", "assert", "-"},
		{"refused to confirm C but told D",
			"The ministry refused to confirm the arrests but told reporters that an investigation was under way.",
			"told", "The ministry", "-", "assert", "-"},
	})
}

// TestAttrib31LiveBlogZone: a live blog's clock time may carry its time
// zone ("10:52 GMT —", "14:05 UTC"); the entry's heading after it speaks
// as after a bare time. A place before the colon still speaks nothing.
// Invented articles.
func TestAttrib31LiveBlogZone(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"GMT between the time and the dash",
			"BEIRUT — Updates from the border.\n\n10:52 GMT — Lebanon's health ministry: at least 37 people were killed in Israeli strikes over the past 24 hours.\n\n11:30 GMT — Power was cut in Tyre.",
			":", "Lebanon's health ministry", "LBN", "assert", "at least 37 people"},
		{"UTC without a dash",
			"KYIV — Updates from the overnight attack.\n\n07:12 UTC Ukraine's air force: 61 of 84 drones shot down overnight.\n\n08:05 UTC Power was cut in three regions.",
			":", "Ukraine's air force", "UKR", "assert", "61 of 84 drones"},
	})
	runNoClaims4(t, []string{
		"KYIV — Updates from the overnight attack.\n\n09:10 GMT — Kharkiv: three people were injured in the night.\n\n09:40 GMT — Power was cut in three regions.",
	}, ":")
}

// TestAttrib31DescribedAsFalse: "described/characterised [a statement]
// as" a word that calls it untrue ("as \"pure fiction\"", "as baseless")
// denies it, as "dismissed ... as" and "called ... fiction" do; a
// description that calls nothing untrue stays an assertion. A statement
// called a pretext with an adjective before the noun ("a desperate
// attempt to hide", "a cynical ploy") is rejected as one without ("an
// attempt to hide"). Sentences invented.
func TestAttrib31DescribedAsFalse(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"described the account as pure fiction",
			`An Indian official described the Pakistani account as "pure fiction."`,
			"described", "-", "-", "deny", "-"},
		{"characterised the reports as baseless",
			"The ministry characterised the reports as baseless.",
			"characterised", "-", "-", "deny", "-"},
		{"described as an act, no denial",
			`The minister described the attack as "a cowardly act of terror."`,
			"described", "-", "-", "assert", "-"},
		{"called the statement a desperate attempt",
			`The army called the rebels' statement "a desperate attempt to hide a defeat."`,
			"called", "-", "-", "deny", "-"},
		{"the claims are a cynical ploy",
			"The spokesman said the claims were a cynical ploy to win votes.",
			"said", "-", "-", "deny", "-"},
	})
}

// TestAttrib31AnnouncedPassive: "It was announced (in CITY / on DAY)
// that C" is an announcement the text gives no author: a claim with no
// speaker and no side, as "It is claimed that C", not the voice of the
// speaker named before it; a place or a time may stand between the cue
// and "that". Invented articles.
func TestAttrib31AnnouncedPassive(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"announced in a city",
			"It was announced in Islamabad that the corridor talks would go ahead as planned.",
			"announced", "", "-", "assert", "the corridor talks"},
		{"reported on a day",
			"It was reported on Monday that two ministers had resigned.",
			"reported", "", "-", "assert", "two ministers"},
		{"announced after a named speaker",
			"The Indian official said the jets never left Indian airspace. It was announced that the talks would go ahead.",
			"announced", "", "-", "assert", "the talks"},
	})
}

// TestAttrib31IdiomsOfDismissal: "poured cold water on suggestions that
// C", "laughed off a report that C", "shrugged off the accusations",
// "waved away suggestions that C" reject what others say, as "brushed
// aside reports that C" does: a denial of the subject. On a thing that
// is nobody's words ("poured cold water on the embers", "waved away the
// crowd") they are no cue. Sentences invented.
func TestAttrib31IdiomsOfDismissal(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"poured cold water on suggestions",
			"The alliance's spokeswoman poured cold water on suggestions that extra battalions would be sent.",
			"poured cold water on", "-", "-", "deny", "-"},
		{"acknowledged C, but poured cold water on D",
			`The spokeswoman acknowledged that the alliance was watching the area "with great attention," but poured cold water on suggestions that extra battalions would be sent.`,
			"poured cold water on", "The spokeswoman", "-", "deny", "-"},
		{"laughed off a report",
			"The governor laughed off a report that he would resign before the summer.",
			"laughed off", "The governor", "-", "deny", "-"},
		{"shrugged off the accusations",
			"The chairman shrugged off the accusations.",
			"shrugged off", "The chairman", "-", "deny", "-"},
		{"waved away suggestions",
			"The finance minister waved away suggestions that the budget would be cut.",
			"waved away", "The finance minister", "-", "deny", "-"},
	})
	runNoClaims4(t, []string{
		"The firefighters poured cold water on the embers until dawn.",
		"The police officer waved away the crowd outside the stadium.",
	}, "poured cold water on", "waved away")
}
