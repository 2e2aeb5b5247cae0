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
		lonePlacePersons(sents, tags, gaz)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}
