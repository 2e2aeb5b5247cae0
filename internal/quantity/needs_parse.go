package quantity

import "github.com/parallaxhq/parallax/internal/when/words"

// NeedsParse reports whether the stage may read the dependency parse of a
// sentence with words ws (words.Scan of the sentence). It reads it only
// for the agent of a count it found (parsedAgent, at the count's outcome
// word), and every count starts from an amount ("12", "dozens", "between
// 10 and 15") or, for one person, from a word of harm ("was killed", "the
// killing of", see harmWord); an article amount ("killed an American
// scientist") counts only after a verb of harm (activeStates). Sentences
// the pipeline leaves unparsed carry Rel "", which parsedAgent checks.
func (s *Stage) NeedsParse(ws []words.Word) bool {
	for i, w := range ws {
		if harmWord(w.Lower) || activeStates[w.Lower] != "" {
			return true
		}
		if am, ok := amountAt(ws, i); ok && !am.article {
			return true
		}
	}
	return false
}
