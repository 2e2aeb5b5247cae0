package ner

import "testing"

func TestFirmShortNames(t *testing.T) {
	gaz := testPlaces()
	cases := []struct{ in, want string }{
		// The firm's first word read as a person, a place or MISC, or
		// left out mid-sentence.
		{"Orvelo/B-ORG Motors/I-ORG AG/I-ORG posted a loss .\nChief executive Ana/B-PER Lind/I-PER said Orvelo/B-PER would cut jobs .",
			"Orvelo/B-ORG Motors/I-ORG AG/I-ORG posted a loss .\nChief executive Ana/B-PER Lind/I-PER said Orvelo/B-ORG would cut jobs ."},
		{"Shares of Brakstad/B-ORG Foods/I-ORG plc/I-ORG fell .\nAnalysts expect Brakstad/B-LOC to sell a unit and Brakstad to hire .",
			"Shares of Brakstad/B-ORG Foods/I-ORG plc/I-ORG fell .\nAnalysts expect Brakstad/B-ORG to sell a unit and Brakstad/B-ORG to hire ."},
		// A place or a nationality as the first word; a person of the
		// same name; part of a longer name; the sentence's first word:
		// unchanged.
		{"Kelby/B-ORG Steel/I-ORG Corp/I-ORG grew .\nShe lives in Kelby/B-LOC .",
			"Kelby/B-ORG Steel/I-ORG Corp/I-ORG grew .\nShe lives in Kelby/B-LOC ."},
		{"Valdorian/B-ORG Air/I-ORG Ltd/I-ORG flew .\nValdorian/B-MISC pilots struck .",
			"Valdorian/B-ORG Air/I-ORG Ltd/I-ORG flew .\nValdorian/B-MISC pilots struck ."},
		{"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nFounder Orvelo/B-PER Sanz/I-PER said Orvelo/B-PER had retired .",
			"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nFounder Orvelo/B-PER Sanz/I-PER said Orvelo/B-PER had retired ."},
		{"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nthe Orvelo/B-MISC Prize/I-MISC went to Orvelo Park .",
			"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nthe Orvelo/B-MISC Prize/I-MISC went to Orvelo Park ."},
		{"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nthe park at Orvelo Park opened .",
			"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nthe park at Orvelo Park opened ."},
		{"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nOrvelo is a river .",
			"Orvelo/B-ORG Motors/I-ORG AG/I-ORG grew .\nOrvelo is a river ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		firmShortNames(sents, tags, gaz, nil)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestInstitutionsOfPlaces(t *testing.T) {
	sentenceRule(t, "institutionsOfPlaces", institutionsOfPlaces, map[string]string{
		// The head's run missed or read as MISC, the place tagged.
		"researchers at the University of Kelby/B-LOC said":         "researchers at the University/B-ORG of/I-ORG Kelby/I-ORG said",
		"the Bar Society of Port/B-LOC Kelby/I-LOC , which":         "the Bar/B-ORG Society/I-ORG of/I-ORG Port/I-ORG Kelby/I-ORG , which",
		"The Bar/B-MISC Society/I-MISC of Valdoria/B-LOC warned":    "The Bar/B-ORG Society/I-ORG of/I-ORG Valdoria/I-ORG warned",
		"a ruling of the Supreme Court of Valdoria/B-LOC on Monday": "a ruling of the Supreme/B-ORG Court/I-ORG of/I-ORG Valdoria/I-ORG on Monday",
		// No institution's head; a longer name after the place; a
		// headline in title case: unchanged.
		"the President of Valdoria/B-LOC said":         "the President of Valdoria/B-LOC said",
		"the Council of Kelby/B-LOC Elders met":        "the Council of Kelby/B-LOC Elders met",
		"Rebels Storm Museum of Kelby/B-LOC Overnight": "Rebels Storm Museum of Kelby/B-LOC Overnight",
		"the Treaty of Kelby/B-LOC was signed":         "the Treaty of Kelby/B-LOC was signed",
	})
}

func TestVenuesAndMounts(t *testing.T) {
	rule := func(words, tags []string) {
		toponymPrefixes(words, tags)
		nameHeads(words, tags, Chunks(tags))
	}
	sentenceRule(t, "venues", rule, map[string]string{
		// A venue or a mountain named after a person.
		"at the Ivo/B-PER Brand/I-PER Stadium/I-PER in Kelby/B-LOC":        "at the Ivo/B-LOC Brand/I-LOC Stadium/I-LOC in Kelby/B-LOC",
		"landed at Ana/B-PER Lind/I-PER International/I-PER Airport/I-PER": "landed at Ana/B-LOC Lind/I-LOC International/I-LOC Airport/I-LOC",
		"the Ivo/B-PER Brand/I-PER Memorial/I-PER Hall/I-PER":              "the Ivo/B-LOC Brand/I-LOC Memorial/I-LOC Hall/I-LOC",
		"the alert for Mount/B-PER Orvelo/I-PER was raised":                "the alert for Mount/B-LOC Orvelo/I-LOC was raised",
		"the Orvelo/B-ORG Cathedral/I-ORG bells":                           "the Orvelo/B-LOC Cathedral/I-LOC bells",
		// A person whose surname is Hall; an airport's operator read as
		// an organisation: unchanged.
		"actor Ivo/B-PER Hall/I-PER said":             "actor Ivo/B-PER Hall/I-PER said",
		"Kelby/B-ORG Airport/I-ORG said traffic rose": "Kelby/B-ORG Airport/I-ORG said traffic rose",
	})
}

func TestMiscBodies(t *testing.T) {
	gaz := testPlaces()
	cases := []struct{ in, want string }{
		// A title of a body's people with a person after it: every
		// mention; a product after "a" stays.
		{"Orvelo/B-MISC founder Ana/B-PER Lind/I-PER spoke .\nShe launched Orvelo/B-MISC in 2006 and bought a Orvelo/B-MISC phone .",
			"Orvelo/B-ORG founder Ana/B-PER Lind/I-PER spoke .\nShe launched Orvelo/B-ORG in 2006 and bought a Orvelo/B-MISC phone ."},
		// A verb of action after it.
		{"while Kolvo/B-MISC warned the tax would hurt users", "while Kolvo/B-ORG warned the tax would hurt users"},
		// After an article (a ship), a nationality, no person after the
		// title, two words: unchanged.
		{"the Marlin/B-MISC warned of ice", "the Marlin/B-MISC warned of ice"},
		{"Valdorian/B-MISC spokesman Ana/B-PER Lind/I-PER said", "Valdorian/B-MISC spokesman Ana/B-PER Lind/I-PER said"},
		{"Orvelo/B-MISC founder of the site", "Orvelo/B-MISC founder of the site"},
		{"Orvelo/B-MISC Prize/I-MISC warned", "Orvelo/B-MISC Prize/I-MISC warned"},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		miscBodies(sents, tags, gaz)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestAcronymsAsBodies(t *testing.T) {
	gaz := testPlaces()
	gaz.Add([]string{"KLB"}, GazCity)
	rule := func(words, tags []string) { acronymsAsBodies(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "acronymsAsBodies", rule, map[string]string{
		"In Kelby/B-LOC , ORVX/B-LOC and Kolvo/B-ORG signed a deal": "In Kelby/B-LOC , ORVX/B-ORG and Kolvo/B-ORG signed a deal",
		// A known place, a listed acronym place, two letters, a
		// headline in capitals: unchanged.
		"flights to KLB/B-LOC resumed":                                   "flights to KLB/B-LOC resumed",
		"troops crossed the DMZ/B-LOC at night":                          "troops crossed the DMZ/B-LOC at night",
		"he moved to LA/B-LOC last year":                                 "he moved to LA/B-LOC last year",
		"ORVX/B-LOC TROOPS ENTER KELBY/B-LOC":                            "ORVX/B-LOC TROOPS ENTER KELBY/B-LOC",
		"ORVX/B-LOC - Drones struck two villages":                        "ORVX/B-LOC - Drones struck two villages",
		"fighting in ORVX/B-LOC went on":                                 "fighting in ORVX/B-LOC went on",
		"the Kelby/B-LOC Space/I-LOC Center/I-LOC ( ORVX/B-LOC ) opened": "the Kelby/B-LOC Space/I-LOC Center/I-LOC ( ORVX/B-LOC ) opened",
		"we landed at New/B-LOC York/I-LOC 's ORVX/B-LOC airport":        "we landed at New/B-LOC York/I-LOC 's ORVX/B-LOC airport",
		// An acronym opening a sentence with an apposition, after "to".
		"ORVX/B-LOC , the agency that runs the crossings , said": "ORVX/B-ORG , the agency that runs the crossings , said",
		"paintings donated to ORVX/B-LOC by the foundation":      "paintings donated to ORVX/B-ORG by the foundation",
	})
}

func TestHyphenatedAmericans(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { hyphenatedAmericans(words, tags, gaz) }
	sentenceRule(t, "hyphenatedAmericans", rule, map[string]string{
		"stories of Valdorian Americans/B-MISC in Kelby/B-LOC": "stories of Valdorian/B-MISC Americans/I-MISC in Kelby/B-LOC",
		"Valdorian/B-MISC - American/B-MISC cooperation":       "Valdorian/B-MISC - American/B-MISC cooperation",
		"Asian Americans/B-MISC voted":                         "Asian/B-MISC Americans/I-MISC voted",
		// No nationality before it; another people: unchanged.
		"many Kelby/B-LOC Americans/B-MISC voted": "many Kelby/B-LOC Americans/B-MISC voted",
		"Valdorian/B-MISC Cypriots/B-MISC voted":  "Valdorian/B-MISC Cypriots/B-MISC voted",
	})
}

func TestIndexAndGamesHeads(t *testing.T) {
	rule := func(words, tags []string) { nameHeads(words, tags, Chunks(tags)) }
	sentenceRule(t, "nameHeads", rule, map[string]string{
		"the Kelby/B-ORG Chip/I-ORG Index/I-ORG added 2 percent": "the Kelby/B-MISC Chip/I-MISC Index/I-MISC added 2 percent",
		"at the Paralympic/B-ORG Games/I-ORG in Kelby/B-LOC":     "at the Paralympic/B-MISC Games/I-MISC in Kelby/B-LOC",
		// A firm's name ending in "Games": unchanged.
		"Orvelo/B-ORG Games/I-ORG said": "Orvelo/B-ORG Games/I-ORG said",
	})
}
