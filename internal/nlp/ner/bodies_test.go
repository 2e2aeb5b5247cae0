package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

func TestBodiesOverAnd(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, w := range []string{"rural", "development", "urban", "social", "affairs", "red", "cross", "interior", "minister", "fisheries"} {
		zw.Write([]byte("0101\t" + w + "\n"))
	}
	zw.Close()
	clusters, err := wordcluster.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, tags, want string }{
		// Cut at "and": the untagged fields, or a second organisation.
		{"the Ministry of Fisheries and Rural Development said", "O B-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Department of Fisheries and Urban Development .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// Left alone: no body head with "of"; a title after "and"; a
		// word that is no common word; a name going on; a person.
		{"the Fisheries Board and Rural Development", "O B-ORG I-ORG O O O", "O B-ORG I-ORG O O O"},
		{"the Ministry of Fisheries and Interior Minister Ana Vell", "O B-ORG I-ORG I-ORG O O O B-PER I-PER", "O B-ORG I-ORG I-ORG O O O B-PER I-PER"},
		{"the Ministry of Fisheries and Orvelo Affairs", "O B-ORG I-ORG I-ORG O O O", "O B-ORG I-ORG I-ORG O O O"},
		{"the Ministry of Fisheries and Red Cross Ana", "O B-ORG I-ORG I-ORG O O O B-PER", "O B-ORG I-ORG I-ORG O O O B-PER"},
		{"the Ministry of Fisheries and Social Affairs Bureau of Orvelo", "O B-ORG I-ORG I-ORG O O O O O B-LOC", "O B-ORG I-ORG I-ORG O O O O O B-LOC"},
	} {
		words := strings.Fields(c.words)
		tags := strings.Fields(c.tags)
		bodiesOverAnd(words, tags, clusters)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestLeaderBodies(t *testing.T) {
	gaz := testPlaces()
	cases := []struct{ in, want string }{
		{"Sinna/B-PER Fane/I-PER leader Ivo/B-PER Kell/I-PER spoke .\nKell/B-PER said Sinna/B-PER Fane/I-PER would talk .",
			"Sinna/B-ORG Fane/I-ORG leader Ivo/B-PER Kell/I-PER spoke .\nKell/B-PER said Sinna/B-ORG Fane/I-ORG would talk ."},
		{"Kolvo/B-PER chairman Ana/B-PER Lind/I-PER resigned .", "Kolvo/B-ORG chairman Ana/B-PER Lind/I-PER resigned ."},
		{"- Fiana/B-PER Fal leader Ivo/B-PER Kell/I-PER says .\nFiana/B-PER Fal won .", "- Fiana/B-ORG Fal/I-ORG leader Ivo/B-PER Kell/I-PER says .\nFiana/B-ORG Fal/I-ORG won ."},
		// A person's spokesman, a place, no person after the title:
		// unchanged.
		{"Kolvo/B-PER spokesman Ana/B-PER Lind/I-PER said .", "Kolvo/B-PER spokesman Ana/B-PER Lind/I-PER said ."},
		{"Kelby/B-PER leader Ana/B-PER Lind/I-PER said .", "Kelby/B-PER leader Ana/B-PER Lind/I-PER said ."},
		{"Kolvo/B-PER leader of the group , Lind/B-PER , said .", "Kolvo/B-PER leader of the group , Lind/B-PER , said ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		leaderBodies(sents, tags, gaz)
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestParliamentNames(t *testing.T) {
	rule := func(words, tags []string) { parliamentNames(words, tags, Chunks(tags)) }
	sentenceRule(t, "parliamentNames", rule, map[string]string{
		"a vote in the Knesset/B-LOC on Monday": "a vote in the Knesset/B-ORG on Monday",
		"the Bundesrat/B-PER blocked it":        "the Bundesrat/B-ORG blocked it",
		"passed the Bundestag on Friday":        "passed the Bundestag/B-ORG on Friday",
		// Another name, a name of two words: unchanged.
		"a vote in Kelby/B-LOC":             "a vote in Kelby/B-LOC",
		"the Duma/B-LOC Tower/I-LOC burned": "the Duma/B-LOC Tower/I-LOC burned",
	})
}

func TestCrossingNames(t *testing.T) {
	rule := func(words, tags []string) { crossingNames(words, tags, Chunks(tags)) }
	sentenceRule(t, "crossingNames", rule, map[string]string{
		"talks at the Erez/B-ORG crossing resumed":  "talks at the Erez/B-LOC crossing resumed",
		"the Allen/B-PER Bay/I-PER checkpoint shut": "the Allen/B-LOC Bay/I-LOC checkpoint shut",
		// A name not before such a noun: unchanged.
		"the Erez/B-ORG camp": "the Erez/B-ORG camp",
	})
}
