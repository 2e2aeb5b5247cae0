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
		firmShortNames(sents, tags, gaz)
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
