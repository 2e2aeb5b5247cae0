package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// TestArticleBeforeWord checks articleForms against the forms built for
// every name (the function before the early return), on names with and
// without an article, the article last, doubled or alone, and that a
// name without one is turned away without an allocation.
func TestArticleBeforeWord(t *testing.T) {
	all := func(folded string) []string {
		if strings.IndexByte(folded, ' ') < 0 {
			return nil
		}
		w := strings.Fields(folded)
		plain, assim := slices.Clone(w), slices.Clone(w)
		found := false
		for i, x := range w {
			if i+1 < len(w) && articleWords[x] {
				found = true
				plain[i], assim[i] = "al", "al"
				for _, sun := range sunLetters {
					if strings.HasPrefix(w[i+1], sun) {
						assim[i] = "a" + sun
						break
					}
				}
			}
		}
		if !found {
			return nil
		}
		var out []string
		for _, v := range []string{strings.Join(plain, " "), strings.Join(assim, " ")} {
			if v != folded && (len(out) == 0 || out[0] != v) {
				out = append(out, v)
			}
		}
		return out
	}
	for _, name := range []string{"", "kyiv", "new york", "jisr al shughur", "deir az zor", "deir al zor",
		"ras al ain", "tell abyad al", "al", "al al", "el arish", "wadi el natrun port", "at tall",
		"saint petersburg", "an najaf", "bir zeit", " al  qaim ", "ed damazin", "north al"} {
		if got, want := articleForms(name), all(name); !slices.Equal(got, want) {
			t.Errorf("articleForms(%q) = %q, want %q", name, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { articleForms("south kordofan state") }); n != 0 {
		t.Errorf("articleForms of a name without an article allocates %v times", n)
	}
}
