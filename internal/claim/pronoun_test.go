package claim

import (
	"strings"
	"testing"
)

// TestPronoun: pronoun answers as lower-casing the word and comparing
// did, for ASCII words of every case and for words that are not ASCII.
func TestPronoun(t *testing.T) {
	for _, w := range []string{"he", "He", "HE", "she", "She", "SHE", "sHe", "it", "It", "IT", "they", "They", "THEY",
		"the", "The", "hey", "its", "them", "Hamas", "", "h", "ſhe", "İt", "They’", "he ", "Theys"} {
		want := false
		switch strings.ToLower(w) {
		case "he", "she", "it", "they":
			want = true
		}
		if got := pronoun(w); got != want {
			t.Errorf("pronoun(%q) = %v, want %v", w, got, want)
		}
	}
}
