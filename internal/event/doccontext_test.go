package event

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// TestDocContextLayers checks that each sentence's layers (side, actor,
// person), cut from one array a layer, have one value a word and no room
// past it, so that nothing written to one sentence reaches another, and
// that the sides the rules set stay in their sentence.
func TestDocContextLayers(t *testing.T) {
	s := loadStage(t)
	doc := analyse(t, s, "Russian forces shelled Kharkiv on Monday. Ukraine said two people died.\n\nThe army said it repelled an attack.", "2024-03-01")
	sents := words.Split(doc)
	dc := newDocContext(doc, sents, s.sides, s.codes, s.stateSides)
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	for si, sent := range sents {
		n := len(sent.Words)
		for name, l := range map[string][2]int{"sides": {len(dc.sides[si]), cap(dc.sides[si])},
			"actors": {len(dc.actors[si]), cap(dc.actors[si])}, "person": {len(dc.person[si]), cap(dc.person[si])}} {
			if l[0] != n || l[1] != n {
				t.Errorf("sentence %d: %s layer len %d cap %d, want %d words", si, name, l[0], l[1], n)
			}
		}
	}
	if dc.sides[0][0] == "" || dc.sides[1][0] == "" {
		t.Errorf("sides %q %q: want the parties of Russian and Ukraine", dc.sides[0], dc.sides[1])
	}
	if want := []int{0, 0, 1}; dc.para[0] != want[0] || dc.para[1] != want[1] || dc.para[2] != want[2] {
		t.Errorf("paragraphs %v, want %v", dc.para, want)
	}
}
