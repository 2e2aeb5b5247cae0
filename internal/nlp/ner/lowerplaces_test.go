package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

func TestLowerPlaces(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	gaz.Add([]string{"Ostmark"}, GazAdmin1)
	gaz.Add([]string{"Harbor"}, GazAdmin1) // a region that is also a word
	gaz.Add([]string{"Kelby"}, GazCity)    // one-word cities are too often words
	gaz.Add([]string{"Port", "Kelby"}, GazCity)
	gaz.Add([]string{"North", "Side"}, GazAdmin1)
	gaz.Add([]string{"Tessa"}, GazAdmin1)
	gaz.Add([]string{"Tessa"}, GazGiven)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("0101\tharbor\n0110\tthe\n0111\tnorth\n0111\tside\n"))
	zw.Close()
	clusters, err := wordcluster.Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, tags, want string }{
		{"i moved to valdoria last year", "O O O O O O", "O O O B-LOC O O"},
		{"any good bars in port kelby or ostmark ?", "O O O O O O O O O", "O O O O B-LOC I-LOC O B-LOC O"},
		// A region that is a word, a lone city, a given name: left alone.
		{"we met at the harbor in kelby with tessa", "O O O O O O O O O", "O O O O O O O O O"},
		// A writer who capitalises names: the model's tags stand.
		{"i moved to valdoria from Ostmark", "O O O O O B-LOC", "O O O O O B-LOC"},
		// A longer name the gazetteer lacks; a town named by common words.
		{"the shops on ostmark avenue", "O O O O O", "O O O O O"},
		{"lunch on the north side", "O O O O O", "O O O O O"},
		// A tagged word is not retagged.
		{"ostmark rovers won", "B-ORG I-ORG O", "B-ORG I-ORG O"},
	} {
		words := strings.Fields(c.words)
		tags := strings.Fields(c.tags)
		lowerPlaces(words, tags, gaz, clusters)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
