package ner

import (
	"maps"
	"slices"
	"testing"
)

// TestInitials: a word is turned away only when no list holds it; the
// empty word only when no list holds it either.
func TestInitials(t *testing.T) {
	names := map[string]bool{"Knesset": true, "Duma": true}
	bodies := map[string]string{"ECB": "ORG", "fed": "ORG"}
	in := initialsOf(maps.Keys(names), maps.Keys(bodies))
	for _, w := range []string{"Knesset", "Kiev", "Duma", "Dover", "ECB", "Egypt", "fed", "fish"} {
		if !in.has(w) {
			t.Errorf("%q: turned away, but its first byte opens a listed word", w)
		}
	}
	for _, w := range []string{"said", "the", "Rada", "", "123"} {
		if in.has(w) {
			t.Errorf("%q: kept, but no listed word starts as it does", w)
		}
	}
	if !initialsOf(slices.Values([]string{""})).has("") {
		t.Error(`"" listed but turned away`)
	}
}
