package ner

import "testing"

func TestAcronymBodies(t *testing.T) {
	gaz := testPlaces()
	gaz.Add([]string{"VDR"}, GazCountry)
	cases := []struct{ in, want string }{
		// An acronym alone after "the", read as MISC.
		{"Who staffed the KPR/B-MISC with loyalists ?", "Who staffed the KPR/B-ORG with loyalists ?"},
		{"The VDA/B-MISC said on Monday it would appeal .", "The VDA/B-ORG said on Monday it would appeal ."},
		// Left alone: the opening of a longer name, an acronym tagged MISC
		// elsewhere in the document without "the", no article, a word that
		// is no acronym, another type.
		{"the ZTX/B-MISC 100 index fell .", "the ZTX/B-MISC 100 index fell ."},
		{"talks on the KPOA/B-MISC resumed .\nKPOA/B-MISC talks stalled .", "talks on the KPOA/B-MISC resumed .\nKPOA/B-MISC talks stalled ."},
		{"a KPR/B-MISC official said .", "a KPR/B-MISC official said ."},
		{"the Kelvo/B-MISC said .", "the Kelvo/B-MISC said ."},
		{"the K2/B-MISC summit", "the K2/B-MISC summit"},
		{"the KPR/B-LOC station", "the KPR/B-LOC station"},
		// A state's initials, known to the gazetteer or not.
		{"the fleet of the VDR/B-MISC sailed .", "the fleet of the VDR/B-MISC sailed ."},
		{"gangsters of the ROK/B-MISC are making a fuss", "gangsters of the ROK/B-MISC are making a fuss"},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		acronymBodies(sents, tags, gaz)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestKnownBodies(t *testing.T) {
	gaz := testPlaces()
	gaz.Add([]string{"Zentrix"}, GazGroup)
	gaz.Add([]string{"Kelvo", "Labs"}, GazGroup)
	gaz.Add([]string{"Dunmore"}, GazGroup) // also a city
	rule := func(words, tags []string) { knownBodies(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "knownBodies", rule, map[string]string{
		"people wonder if Zentrix/B-MISC can survive":   "people wonder if Zentrix/B-ORG can survive",
		"Kelvo/B-MISC Labs/I-MISC hired 40 engineers .": "Kelvo/B-ORG Labs/I-ORG hired 40 engineers .",
		// Left alone: a longer MISC name, a name that is also a place, a
		// name the gazetteer does not know, another type.
		"the new Zentrix/B-MISC Phone/I-MISC sold out": "the new Zentrix/B-MISC Phone/I-MISC sold out",
		"the Dunmore/B-MISC fair opened":               "the Dunmore/B-MISC fair opened",
		"Orvelo/B-MISC can survive":                    "Orvelo/B-MISC can survive",
		"Zentrix/B-PER said":                           "Zentrix/B-PER said",
	})
}
