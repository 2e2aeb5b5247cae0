package quantity

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// its dependency parse. It reads it only in parsedAgent, for the agent of a
// count it found (at the count's outcome word), and takes from it only a
// word that names a party (a mention) or a pronoun that stands for a
// claim's speaker. Every count starts from an amount ("12", "dozens",
// "between 10 and 15") or, for one person, from a word of harm ("was
// killed", "the killing of", see harmWord); an article amount ("killed an
// American scientist") counts only after a verb of harm (activeStates).
// So a sentence needs its parse when it has such a word and a party or
// such a pronoun. It reads the entities' sides: call it after the actor
// stage. Sentences the pipeline leaves unparsed carry Rel "", which
// parsedAgent checks.
func (s *Stage) NeedsParse(doc *parallax.Document) []bool {
	need := make([]bool, len(doc.Sentences))
	sents := words.Split(doc)
	ctx := newContext(doc, sents, s.sides)
	for si, sent := range sents {
		if sent.Index < 0 || sent.Index >= len(need) {
			continue
		}
		need[sent.Index] = countCandidate(sent.Words) && ctx.agentCandidate(si)
	}
	return need
}

// countCandidate: the words may hold a count.
func countCandidate(ws []words.Word) bool {
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

// agentCandidate: a word of sentence si that parsedAgent can take for the
// agent, a party or a pronoun.
func (c *context) agentCandidate(si int) bool {
	for j, w := range c.sents[si].Words {
		if c.mentions[si][j] != "" {
			return true
		}
		switch w.Lower {
		case "it", "we", "they", "he", "she", "our", "its", "their", "his":
			return true
		}
	}
	return false
}
