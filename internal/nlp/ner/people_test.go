package ner

import "testing"

// testPlaces is a gazetteer of invented places and people for the rules
// that read it.
func testPlaces() *Gazetteer {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	gaz.Add([]string{"Valdorian"}, GazDemonym)
	gaz.Add([]string{"Ostland"}, GazAdmin1)
	for _, c := range []string{"Kelby", "Dunmore", "Tarvos", "Brellin", "Corvo", "Marsh"} {
		gaz.Add([]string{c}, GazCity)
	}
	gaz.Add([]string{"Port", "Kelby"}, GazCity)
	gaz.Add([]string{"Tarvos"}, GazGiven)
	return gaz
}

func TestPlaceNamedPersons(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { placeNamedPersons(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "placeNamedPersons", rule, map[string]string{
		// An apposition that describes a person.
		"Kelby/B-LOC Arnott/I-LOC , a former transport minister , called it late .": "Kelby/B-PER Arnott/I-PER , a former transport minister , called it late .",
		"Dunmore/B-ORG Felk/I-ORG , an adviser to the premier , said so .":          "Dunmore/B-PER Felk/I-PER , an adviser to the premier , said so .",
		"Ivo/B-LOC Brellin/I-LOC , 34 , was charged .":                              "Ivo/B-PER Brellin/I-PER , 34 , was charged .",
		// A title before it; a place that speaks.
		"Senator Nora/B-LOC Dunmore/I-LOC arrived .": "Senator Nora/B-PER Dunmore/I-PER arrived .",
		"Kelby/B-LOC Arnott/I-LOC said on Monday .":  "Kelby/B-PER Arnott/I-PER said on Monday .",
		// Beside a person over "and", in a list of persons, after a noun
		// of persons.
		"named Ana/B-PER Lind/I-PER and Corvo/B-LOC Hale/I-LOC in the squad":                "named Ana/B-PER Lind/I-PER and Corvo/B-PER Hale/I-PER in the squad",
		"Scorers : Ana/B-PER Lind/I-PER , Ivo/B-PER Kell/I-PER , Marsh/B-LOC Tovey/I-LOC .": "Scorers : Ana/B-PER Lind/I-PER , Ivo/B-PER Kell/I-PER , Marsh/B-PER Tovey/I-PER .",
		"teenagers Kelby/B-LOC Arnott/I-LOC and Ana/B-PER Lind/I-PER":                       "teenagers Kelby/B-PER Arnott/I-PER and Ana/B-PER Lind/I-PER",
		// Unchanged: a known place, a place's head or opener, a club, no
		// place in the name, a body that speaks, a place after its region
		// over a comma, a body's apposition.
		"Port/B-LOC Kelby/I-LOC , a town of 4,000 , said":                  "Port/B-LOC Kelby/I-LOC , a town of 4,000 , said",
		"Kelby/B-LOC Harbour/I-LOC said":                                   "Kelby/B-LOC Harbour/I-LOC said",
		"West/B-LOC Kelby/I-LOC said":                                      "West/B-LOC Kelby/I-LOC said",
		"Kelby/B-LOC United/I-LOC , a club of the north , said":            "Kelby/B-LOC United/I-LOC , a club of the north , said",
		"Arno/B-LOC Felk/I-LOC said":                                       "Arno/B-LOC Felk/I-LOC said",
		"Kelby/B-ORG Mills/I-ORG said on Monday .":                         "Kelby/B-ORG Mills/I-ORG said on Monday .",
		"in Ana/B-PER Lind/I-PER , Ostland/B-LOC State/I-LOC , after":      "in Ana/B-PER Lind/I-PER , Ostland/B-LOC State/I-LOC , after",
		"Ana/B-PER Lind/I-PER , Dunmore/B-LOC Felk/I-LOC , and the others": "Ana/B-PER Lind/I-PER , Dunmore/B-LOC Felk/I-LOC , and the others",
		"Kelby/B-ORG Mills/I-ORG , a food group , bid":                     "Kelby/B-ORG Mills/I-ORG , a food group , bid",
	})
}

func TestLonePlacePersons(t *testing.T) {
	gaz := testPlaces()
	cases := []struct{ in, want string }{
		// A town the gazetteer knows after a preposition of place; a
		// town's districts, known or not.
		{"Fighting went on in Kelby/B-PER on Monday .", "Fighting went on in Kelby/B-LOC on Monday ."},
		{"His men left Vorsk/B-PER 's central districts .", "His men left Vorsk/B-LOC 's central districts ."},
		{"Kelby/B-PER 's airport was shut .", "Kelby/B-LOC 's airport was shut ."},
		{"Dunmore/B-PER 's king met the envoy .\nDunmore/B-PER Hale/I-PER , the writer , spoke .", "Dunmore/B-LOC 's king met the envoy .\nDunmore/B-PER Hale/I-PER , the writer , spoke ."},
		// Unchanged: a surname the story gives in full, a given name, a
		// title before it, a lone surname without a place's context, an
		// unknown name after a preposition, a headline.
		{"Ana/B-PER Kelby/I-PER scored .\nThe goal came from Kelby/B-PER in the 80th minute .", "Ana/B-PER Kelby/I-PER scored .\nThe goal came from Kelby/B-PER in the 80th minute ."},
		{"A pass went to Tarvos/B-PER at the post .", "A pass went to Tarvos/B-PER at the post ."},
		{"He spoke with General Kelby/B-PER in Dunmore/B-LOC .", "He spoke with General Kelby/B-PER in Dunmore/B-LOC ."},
		{"Kelby/B-PER also credited the mediators .", "Kelby/B-PER also credited the mediators ."},
		{"Kelby/B-PER 's old friend came .", "Kelby/B-PER 's old friend came ."},
		{"The prize went from Arno/B-PER to Lind/B-PER .", "The prize went from Arno/B-PER to Lind/B-PER ."},
		{"TALKS IN KELBY/B-PER FAIL .", "TALKS IN KELBY/B-PER FAIL ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		lonePlacePersons(sents, tags, gaz, nil)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestArabicSurnames(t *testing.T) {
	sentenceRule(t, "arabicSurnames", arabicSurnames, map[string]string{
		"quoted Major Omar/B-PER al-Tovari as saying":       "quoted Major Omar/B-PER al-Tovari/I-PER as saying",
		"named Abdul-Karim/B-PER al-Kelbi/B-LOC as premier": "named Abdul-Karim/B-PER al-Kelbi/I-PER as premier",
		"Sami/B-PER Haddad/I-PER el-Marsi said":             "Sami/B-PER Haddad/I-PER el-Marsi/I-PER said",
		// A place or body after the name, a lower-case article word, a
		// name of its own: unchanged.
		"Omar/B-PER al-Tovari/B-LOC mosque":                "Omar/B-PER al-Tovari/B-LOC mosque",
		"Omar/B-PER al-qaida said":                         "Omar/B-PER al-qaida said",
		"Omar/B-PER al-Tovari/B-ORG Brigades/I-ORG fought": "Omar/B-PER al-Tovari/B-ORG Brigades/I-ORG fought",
		"the Kelby/B-LOC al-Tovari/B-LOC road":             "the Kelby/B-LOC al-Tovari/B-LOC road",
	})
}

func TestRulersOf(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { rulersOf(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "rulersOf", rule, map[string]string{
		"King Tarik/B-LOC of/I-LOC Valdoria/I-LOC named":  "King Tarik/B-PER of Valdoria/B-LOC named",
		"Prince Ivo/B-ORG of/I-ORG Ostland/I-ORG arrived": "Prince Ivo/B-PER of Ostland/B-LOC arrived",
		// No title, no place after "of", a person: unchanged.
		"the Bank/B-ORG of/I-ORG Valdoria/I-ORG said":          "the Bank/B-ORG of/I-ORG Valdoria/I-ORG said",
		"King Tarik/B-ORG of/I-ORG the/I-ORG Hills/I-ORG said": "King Tarik/B-ORG of/I-ORG the/I-ORG Hills/I-ORG said",
		"King Tarik/B-PER of Valdoria/B-LOC named":             "King Tarik/B-PER of Valdoria/B-LOC named",
	})
}

func TestSurnamePersons(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kelby signed Ivo/B-PER Dunmore/I-PER .\nDunmore/B-LOC , 26 , played in the final .",
			"Kelby signed Ivo/B-PER Dunmore/I-PER .\nDunmore/B-PER , 26 , played in the final ."},
		{"Ana/B-PER Marsh/I-PER won .\n\" Good , \" said Senator Marsh/B-ORG .\nMarsh/B-LOC said it was hard .",
			"Ana/B-PER Marsh/I-PER won .\n\" Good , \" said Senator Marsh/B-PER .\nMarsh/B-PER said it was hard ."},
		// No full name in the story, a town's own context: unchanged.
		{"Dunmore/B-LOC , 26 , played .", "Dunmore/B-LOC , 26 , played ."},
		{"Ivo/B-PER Dunmore/I-PER won .\nHe lives in Dunmore/B-LOC now .", "Ivo/B-PER Dunmore/I-PER won .\nHe lives in Dunmore/B-LOC now ."},
		// A surname the model left out, with a person's context; the
		// same word as a common noun, or next to another name: unchanged.
		{"The club signed Lee/B-PER Fields/I-PER .\nFields , 24 , scored twice .",
			"The club signed Lee/B-PER Fields/I-PER .\nFields/B-PER , 24 , scored twice ."},
		{"Nora/B-PER Banks/I-PER won .\nBanks said the vote was fair .", "Nora/B-PER Banks/I-PER won .\nBanks/B-PER said the vote was fair ."},
		{"Nora/B-PER Banks/I-PER won .\nBanks in Kelby/B-LOC rose .", "Nora/B-PER Banks/I-PER won .\nBanks in Kelby/B-LOC rose ."},
		{"Nora/B-PER Banks/I-PER won .\nKelby/B-LOC Banks said no .", "Nora/B-PER Banks/I-PER won .\nKelby/B-LOC Banks said no ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		surnamePersons(sents, tags, nil)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestPlaceNamedPersonsArabicAndRoles(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { placeNamedPersons(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "placeNamedPersons", rule, map[string]string{
		"met Valdorian envoy Osman/B-LOC al-Bazi/I-LOC in Kelby/B-LOC": "met Valdorian envoy Osman/B-PER al-Bazi/I-PER in Kelby/B-LOC",
		"signed centre Kelby/B-LOC Arnott/I-LOC from Dunmore/B-ORG":    "signed centre Kelby/B-PER Arnott/I-PER from Dunmore/B-ORG",
		// An al- place with no person's context: unchanged.
		"fighting in Deir/B-LOC al-Bazi/I-LOC went on": "fighting in Deir/B-LOC al-Bazi/I-LOC went on",
	})
}
