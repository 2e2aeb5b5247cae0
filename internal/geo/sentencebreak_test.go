package geo

import "testing"

// TestSentenceBreak: the gaps that end a sentence, the one-space gap that
// sentenceBreak answers before its searches among them.
func TestSentenceBreak(t *testing.T) {
	for _, c := range []struct {
		gap, prev string
		want      bool
	}{
		{" ", "Kabul", false},
		{" ", "St", false},
		{"  ", "Kabul", false},
		{", ", "Kabul", false},
		{". ", "Kabul", true},
		{". ", "St", false},
		{". ", "J", false},
		{"? ", "Kabul", true},
		{"! ", "it", true},
		{"\n", "Kabul", true},
		{" • ", "Kabul", true},
		{"\u00a0", "Kabul", false},
	} {
		if got := sentenceBreak(c.gap, c.prev); got != c.want {
			t.Errorf("sentenceBreak(%q, %q) = %v, want %v", c.gap, c.prev, got, c.want)
		}
	}
}
