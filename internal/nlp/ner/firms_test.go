package ner

import "testing"

func TestShipNames(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { shipNames(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "shipNames", rule, map[string]string{
		"the Valdorian tanker Kelby/B-LOC broke in two": "the Valdorian tanker Kelby/B-MISC broke in two",
		"the ferry Port/B-ORG Marvo/I-ORG sank":         "the ferry Port/B-MISC Marvo/I-MISC sank",
		"The frigate Almira/B-LOC Tessa/I-LOC docked":   "The frigate Almira/B-MISC Tessa/I-MISC docked",
		// A country that acts, a name after another noun:
		// unchanged.
		"the tanker Valdoria/B-LOC seized last week": "the tanker Valdoria/B-LOC seized last week",
		"the frigate Yavo/B-PER docked":              "the frigate Yavo/B-MISC docked",
		"ships Kelby/B-LOC oil":                      "ships Kelby/B-LOC oil",
	})
}

func TestPossessiveFirms(t *testing.T) {
	cases := []struct{ in, want string }{
		{"MOODY/B-PER 'S UPGRADES KELBY/B-LOC .\nMoody/B-PER 's Investors/B-ORG Service/I-ORG raised it .\nMoody/B-PER 's rates it A3 .",
			// The headline follows its body later (capsHeadlines).
			"MOODY/B-PER 'S UPGRADES KELBY/B-LOC .\nMoody/B-ORG 's/I-ORG Investors/I-ORG Service/I-ORG raised it .\nMoody/B-ORG 's/I-ORG rates it A3 ."},
		{"Lodd/B-PER 's List/B-ORG said the ship sank .", "Lodd/B-ORG 's/I-ORG List/I-ORG said the ship sank ."},
		// A person's or a place's possessive before other words: unchanged.
		{"Ivo/B-PER Kell/I-PER 's Kelby/B-ORG Service/I-ORG won .\nKell/B-PER 's team lost .", "Ivo/B-PER Kell/I-PER 's Kelby/B-ORG Service/I-ORG won .\nKell/B-PER 's team lost ."},
		{"Kelby/B-LOC 's Postal/B-ORG Service/I-ORG said .", "Kelby/B-LOC 's Postal/B-ORG Service/I-ORG said ."},
		{"Moody/B-PER 's new album sold .", "Moody/B-PER 's new album sold ."},
		{"in Kelvo/B-ORG 's Somali/B-MISC Service .", "in Kelvo/B-ORG 's Somali/B-MISC Service ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		possessiveFirms(sents, tags)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestLegalFormEnds(t *testing.T) {
	sentenceRule(t, "legalFormEnds", legalFormEnds, map[string]string{
		"a copy of the Kelvo/B-ORG Corporation/I-ORG Guaranty/I-ORG to me":   "a copy of the Kelvo/B-ORG Corporation/I-ORG Guaranty to me",
		"Orvelo/B-ORG Services/I-ORG ,/I-ORG Inc./I-ORG Phone/I-ORG ( 713 )": "Orvelo/B-ORG Services/I-ORG ,/I-ORG Inc./I-ORG Phone ( 713 )",
		// Left alone: a second legal form, a joining word, a longer run,
		// the form last, a person.
		"Kelvo/B-ORG Corp./I-ORG Ltd/I-ORG said":                                                   "Kelvo/B-ORG Corp./I-ORG Ltd/I-ORG said",
		"Kelvo/B-ORG Corporation/I-ORG of/I-ORG Valdoria/I-ORG said":                               "Kelvo/B-ORG Corporation/I-ORG of/I-ORG Valdoria/I-ORG said",
		"Ostland/B-ORG Broadcasting/I-ORG Corporation/I-ORG World/I-ORG Service/I-ORG Radio/I-ORG": "Ostland/B-ORG Broadcasting/I-ORG Corporation/I-ORG World/I-ORG Service/I-ORG Radio/I-ORG",
		"Kelvo/B-ORG Inc./I-ORG said":                                                              "Kelvo/B-ORG Inc./I-ORG said",
		"Ana/B-PER Inc/I-PER Lind/I-PER":                                                           "Ana/B-PER Inc/I-PER Lind/I-PER",
	})
}
