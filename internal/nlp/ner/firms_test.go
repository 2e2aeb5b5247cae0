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
