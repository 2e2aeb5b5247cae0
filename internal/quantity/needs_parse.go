package quantity

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// its dependency parse; sents are words.Split(doc). It reads it only in
// parsedAgent, for the agent of a count it found (at the count's outcome
// word), and takes from it only a word that names a party (a mention) or a
// pronoun that stands for a claim's speaker. Every count starts from an
// amount ("12", "dozens", "between 10 and 15") or, for one person, from a
// word of harm ("was killed", "the killing of", see harmWord); an article
// amount ("killed an American scientist") counts only after a verb of harm
// (activeStates). So a sentence needs its parse when it has such a word
// and a party or such a pronoun. It reads the entities' sides: call it
// after the actor stage. Sentences the pipeline leaves unparsed carry
// Rel "", which parsedAgent checks.
func (s *Stage) NeedsParse(doc *parallax.Document, sents []words.Sentence) []bool {
	need := make([]bool, len(doc.Sentences))
	for _, sent := range sents {
		if sent.Index < 0 || sent.Index >= len(need) {
			continue
		}
		need[sent.Index] = countCandidate(sent.Words) && s.agentCandidate(doc, sent)
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

// agentCandidate: a word of sent that parsedAgent can take for the agent:
// a pronoun it reads, or a mention as newContext finds them (a side name,
// a dotted "U.S.", a word of an entity with a side).
func (s *Stage) agentCandidate(doc *parallax.Document, sent words.Sentence) bool {
	ws := sent.Words
	for j, w := range ws {
		switch w.Lower {
		case "it", "we", "they", "he", "she", "our", "its", "their", "his":
			return true
		}
		if side, n := s.sides.At(ws, j); n > 0 && side != "" {
			return true
		}
		if dotted[w.Lower] != "" && j+1 < len(ws) && ws[j+1].Lower == "." {
			return true
		}
	}
	for _, e := range doc.Entities {
		if e.Side == "" || e.End <= sent.Start || e.Start >= sent.End {
			continue
		}
		for _, w := range ws {
			if w.Start >= e.Start && w.End <= e.End {
				return true
			}
		}
	}
	return false
}
