package geo

import (
	"testing"

	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// TestFoldWord checks that foldWord gives gazetteer.Fold of every word of
// texts with capitals, digits, inner apostrophes, hyphens and dots, and
// non-ASCII letters (the Kelvin sign lower-cases to an ASCII k), and that
// an ASCII letters-and-digits word's fold is its lower case without a new
// string.
func TestFoldWord(t *testing.T) {
	texts := []string{
		"Russian troops shelled Pokrovsk and the U.S. said so",
		"Ukrainian forces near Mazar-i-Sharif, Pul-e-Khumri and Qa'im",
		"ÉLYSÉE officials in Zürich, Kyiv's mayor, the ʻAbbasid-era F-16s",
		"\u212Aabul, İstanbul and DAMASCUS on 12 March 2024; B52 bombers",
	}
	for _, text := range texts {
		for _, w := range words(text) {
			if got, want := foldWord(w), gazetteer.Fold(w.text); got != want {
				t.Errorf("foldWord(%q) = %q, want %q", w.text, got, want)
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words("Russian") {
			_ = foldWord(w)
		}
	}); n > 2 {
		t.Errorf("foldWord of an ASCII word allocates: %v allocations with words", n)
	}
}
