package event

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// its dependency parse; sents are words.Split(doc) of the tagged document.
// It reads it only in build, for the initiator and target of a trigger
// (parseArgs), and takes from it only a word that names a party
// (isMention: a side from the entities or the side names, or a pronoun).
// So a sentence needs its parse only when triggerAt finds a trigger in it,
// reading the words and tags as sentenceEvents does, and one of its words
// names a party. It reads the entities' sides: call it after the actor
// stage. Sentences the pipeline leaves unparsed carry Rel "", and build
// skips parseArgs for them.
func (s *Stage) NeedsParse(doc *parallax.Document, sents []words.Sentence) []bool {
	need := make([]bool, len(doc.Sentences))
	dc := &docContext{doc: doc, sents: sents}
	for si, sent := range sents {
		if sent.Index < 0 || sent.Index >= len(need) {
			continue
		}
		for i := range sent.Words {
			if _, n := s.triggerAt(dc, si, i); n > 0 {
				need[sent.Index] = s.party(doc, sent)
				break
			}
		}
	}
	return need
}

// party: a word of sent is a mention as newDocContext and isMention see
// it, a pronoun, a side name or a word of an entity with a side.
func (s *Stage) party(doc *parallax.Document, sent words.Sentence) bool {
	for j, w := range sent.Words {
		if pronouns[w.Lower] {
			return true
		}
		if side, n := s.sides.At(sent.Words, j); n > 0 && side != "" {
			return true
		}
	}
	for _, e := range doc.Entities {
		if e.Side == "" || e.End <= sent.Start || e.Start >= sent.End {
			continue
		}
		for _, w := range sent.Words {
			if w.Start >= e.Start && w.End <= e.End {
				return true
			}
		}
	}
	return false
}
