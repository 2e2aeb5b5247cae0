package claim_test

import "testing"

// TestCues24Rules: the forms session 24's cues lane made parallax read.
// Hearsay whose noun is the subject of a verb of arrival ("Reports are
// coming in that C") is a claim of no one, as "There are reports that C"
// is; a past reporting verb after the "to" of a relative clause without
// its pronoun ("Witnesses we spoke to said") is the main verb, not an
// infinitive; an attribution inside a clause after a fronted time phrase
// ("This time, officials in X say, C") speaks the clause that goes on
// after it; a state's rulers named by its adjective and a ruling noun
// own the claims their possessive introduces ("The X regime's claims
// that C"), asserted even when the sentence calls them "a crude lie".
// Sentences invented.
func TestCues24Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"reports coming in",
			"Reports are coming in that a convoy carrying food aid has been ambushed north of Goma.",
			"Reports", "", "", "assert", ""},
		{"unconfirmed reports have surfaced",
			"Unconfirmed reports have surfaced on social media that the rebel commander was killed near Kidal.",
			"reports", "", "", "assert", ""},
		{"a live entry's time before the noun",
			"10:42 Reports are emerging that paramilitary fighters have entered the town of Bara.",
			"Reports", "", "", "assert", ""},
		{"witnesses we spoke to said",
			"Witnesses we spoke to said the soldiers arrived only after the shooting had stopped.",
			"said", "Witnesses", "", "assert", ""},
		{"a parenthetical after a fronted time",
			"BAKU — This time, officials in Baku say, the Armenian army has dug in on the ridges.",
			"say", "officials in Baku", "AZE", "assert", "-"},
		{"the regime's claims, a crude lie",
			"The Azerbaijani regime's claims that Armenian units opened fire first are a crude lie meant to deceive the world.",
			"claims", "Azerbaijani regime", "AZE", "assert", "-"},
		{"the junta's claims with its adjective",
			"The Burmese junta's claims that resistance fighters burned the village are false.",
			"claims", "Burmese junta", "MMR", "assert", "-"},
	})
}

// TestCues24Stances: a neutral cue over a verdict on the other side's
// figure ("had exaggerated its own losses") or proof ("the photographs
// ... were staged") is a denial; "for propaganda" names a purpose, no
// verdict; a rally "staged in the square" is an event. Sentences
// invented.
func TestCues24Stances(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"exaggerated its own losses",
			"Information Minister Joseph Kamara told the Observer on Sunday that Liberia had exaggerated its own losses to win sympathy.",
			"told", "Joseph Kamara", "-", "deny", "-"},
		{"pictures called staged",
			"A Malian diplomat told reporters that the photographs of captured Malian soldiers shown by the rebels were \"staged with villagers\".",
			"told", "Malian diplomat", "MLI", "deny", "-"},
		{"a video called staged",
			"The interior minister said the video released by the militants was staged.",
			"said", "minister", "-", "deny", "-"},
		{"for propaganda is a purpose",
			"The men held in Sumy, the minister said, were stragglers, and Kyiv was parading them \"for propaganda\".",
			"said", "minister", "-", "assert", "-"},
		{"a rally staged in a square",
			"The minister said the rally was staged in the main square.",
			"said", "minister", "-", "assert", "-"},
	})
}
