package ner

import (
	"strings"
	"testing"
)

func TestResultLines(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	gaz.Add([]string{"Upper", "Tessa"}, GazCountry)
	gaz.Add([]string{"Marrow"}, GazCountry)
	gaz.Add([]string{"Marrow"}, GazGroup)
	tests := []struct{ words, tags, want string }{
		// Clubs named by their town are organisations, a country a place.
		{"Dunmore 2 Kelby 1", "B-LOC O B-LOC O", "B-ORG O B-ORG O"},
		{"Valdoria 3 Upper Tessa 0", "B-ORG O B-LOC I-LOC O", "B-LOC O B-LOC I-LOC O"},
		{"Scotland 1 Valdoria 1", "B-LOC O B-LOC O", "B-LOC O B-LOC O"},
		// A half-tagged name becomes one; a bracketed country, a note
		// after the scores and a venue before a colon are kept.
		{"Rapid Kelby ( Valdoria ) 1 Ostmark ( Upper Tessa ) 2 ( OT )", "O B-LOC O B-LOC O O B-MISC O B-LOC I-LOC O O O O O O", "B-ORG I-ORG O B-LOC O O B-ORG O B-LOC I-LOC O O O O O O"},
		{"In Dunmore : Kelby 0 St Brannock 4", "O B-LOC O B-LOC O O B-MISC O", "O B-LOC O B-ORG O B-ORG I-ORG O"},
		{"Newell 's Lions 2 Ostmark 2", "O O B-ORG O B-LOC O", "B-ORG I-ORG I-ORG O B-ORG O"},
		// An untagged side is tagged when the other side is a name.
		{"Coral Plate 3 Kelby 1", "O O O B-LOC O", "B-ORG I-ORG O B-ORG O"},
		// A standings line.
		{"KELBY 40 22 .645 -", "B-LOC O O O O", "B-ORG O O O O"},
		{"Dunmore 24 15 6 3 44 20 51", "B-LOC O O O O O O O", "B-ORG O O O O O O O"},
		// Unchanged: players, no names at all, a word after the scores,
		// too few figures, a body that shares a country's name, prose.
		{"Ivo Brand 6 Tom Kell 4", "B-PER I-PER O B-PER I-PER O", "B-PER I-PER O B-PER I-PER O"},
		{"Yes 52 No 48", "O O O O", "O O O O"},
		{"Dunmore 2 Kelby 1 on Sunday", "B-LOC O B-LOC O O O", "B-LOC O B-LOC O O O"},
		{"Dunmore 24 15", "B-LOC O O", "B-LOC O O"},
		{"Marrow 2 Kelby 1", "B-ORG O B-LOC O", "B-ORG O B-ORG O"},
		{"Kelby won 2 1", "B-LOC O O O", "B-LOC O O O"},
		{"the Kelby 2 Dunmore 1", "O B-LOC O B-LOC O", "O B-LOC O B-LOC O"},
		{"Total 311", "O O", "O O"},
		{"", "", ""},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		resultLines(words, tags, gaz, nil)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
	words := strings.Fields("Dunmore 2 Kelby 1")
	tags := strings.Fields("B-LOC O B-LOC O")
	resultLines(words, tags, nil, nil)
	if got := strings.Join(tags, " "); got != "B-ORG O B-ORG O" {
		t.Errorf("without a gazetteer: got %s", got)
	}
}

func TestIsFigure(t *testing.T) {
	for w, want := range map[string]bool{"44": true, ".645": true, "1/2": true, "-": false, "1.2.3": false, "": false, "5-2": false, "x": false} {
		if got := isFigure(w); got != want {
			t.Errorf("isFigure(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestResultLinesSeveralAndMixed(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	tests := []struct{ words, tags, want string }{
		// Several results on a line after a colon.
		{"Other results : Kelby/B-LOC 2 Dunmore/B-LOC 2 , Tarvos 1 Brellin/B-PER 0 .",
			"", "Other results : Kelby/B-ORG 2 Dunmore/B-ORG 2 , Tarvos/B-ORG 1 Brellin/B-PER 0 ."},
		{"Results : Kelby/B-LOC 17 Dunmore/B-LOC 12 ; Ostmark/B-MISC 9 Tarvos/B-LOC 13 .",
			"", "Results : Kelby/B-ORG 17 Dunmore/B-ORG 12 ; Ostmark/B-ORG 9 Tarvos/B-ORG 13 ."},
		// A side read as a person facing a club.
		{"Gabo/B-PER Tessa/I-PER 0 Kelby/B-ORG Rovers/I-ORG 3", "", "Gabo/B-ORG Tessa/I-ORG 0 Kelby/B-ORG Rovers/I-ORG 3"},
		{"Kolo/B-PER Kiel/I-PER ( Valdoria/B-LOC ) 25 Badel/B-ORG Kelby/I-ORG ( Valdoria/B-LOC ) 25", "", "Kolo/B-ORG Kiel/I-ORG ( Valdoria/B-LOC ) 25 Badel/B-ORG Kelby/I-ORG ( Valdoria/B-LOC ) 25"},
		// A part that is no result, prose after the scores, two players:
		// unchanged.
		{"Other results : Kelby/B-LOC 2 Dunmore/B-LOC 2 , and Tarvos/B-LOC won .", "", "Other results : Kelby/B-LOC 2 Dunmore/B-LOC 2 , and Tarvos/B-LOC won ."},
		{"Kelby/B-LOC 2 Dunmore/B-LOC 1 , they said .", "", "Kelby/B-LOC 2 Dunmore/B-LOC 1 , they said ."},
		{"Ivo/B-PER Brand/I-PER 3 Tom/B-PER Kell/I-PER 1", "", "Ivo/B-PER Brand/I-PER 3 Tom/B-PER Kell/I-PER 1"},
	}
	for _, tc := range tests {
		sents, tags := doc(tc.words)
		resultLines(sents[0], tags[0], gaz, nil)
		if got, want := render(sents, tags), render(doc(tc.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", tc.words, got, want)
		}
	}
}

func TestFixtureLists(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	cases := []struct{ in, want string }{
		{"RUGBY UNION - DRAW MADE .\nOther matches : Natal/B-PER Hawks/I-PER v KRC Kelby/B-LOC , Upper/B-LOC Dunmore/I-LOC v Valdoria/B-ORG .",
			"RUGBY UNION - DRAW MADE .\nOther matches : Natal/B-ORG Hawks/I-ORG v KRC/B-ORG Kelby/I-ORG , Upper/B-ORG Dunmore/I-ORG v Valdoria/B-LOC ."},
		// One pair, a part that is no pair, not a team sport's story:
		// unchanged.
		{"SOCCER - DRAW MADE .\nFinal : Natal/B-PER Hawks/I-PER v Kelby/B-LOC .", "SOCCER - DRAW MADE .\nFinal : Natal/B-PER Hawks/I-PER v Kelby/B-LOC ."},
		{"SOCCER - DRAW MADE .\nNatal/B-PER v Kelby/B-LOC , and Dunmore/B-LOC won .", "SOCCER - DRAW MADE .\nNatal/B-PER v Kelby/B-LOC , and Dunmore/B-LOC won ."},
		{"TENNIS - ORDER OF PLAY .\nIvo/B-PER Kell/I-PER v Ana/B-PER Lind/I-PER , Tom/B-PER Brand/I-PER v Ole/B-PER Marsh/I-PER .",
			"TENNIS - ORDER OF PLAY .\nIvo/B-PER Kell/I-PER v Ana/B-PER Lind/I-PER , Tom/B-PER Brand/I-PER v Ole/B-PER Marsh/I-PER ."},
	}
	for _, c := range cases {
		sents, tags := doc(c.in)
		fixtureLists(sents, tags, gaz, map[string]bool{})
		if got, want := render(sents, tags), render(doc(c.want)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, want)
		}
	}
}
