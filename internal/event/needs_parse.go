package event

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// NeedsParse reports, for each of doc.Sentences, whether the stage may read
// its dependency parse. It reads it only in build, for the initiator and
// target of a trigger (parseArgs), and takes from it only a word that
// names a party (isMention: a side from the entities or the side names,
// or a pronoun). So a sentence needs its parse only when triggerAt finds a
// trigger in it, reading the words and tags as sentenceEvents does, and
// one of its words names a party. It reads the entities' sides: call it
// after the actor stage. Sentences the pipeline leaves unparsed carry
// Rel "", and build skips parseArgs for them.
func (s *Stage) NeedsParse(doc *parallax.Document) []bool {
	need := make([]bool, len(doc.Sentences))
	sents := words.Split(doc)
	dc := newDocContext(doc, sents, s.sides)
	for si, sent := range sents {
		if sent.Index < 0 || sent.Index >= len(need) || !dc.mentions(si) {
			continue
		}
		for i := range sent.Words {
			if _, n := s.triggerAt(dc, si, i); n > 0 {
				need[sent.Index] = true
				break
			}
		}
	}
	return need
}

// mentions: some word of sentence si names a party.
func (dc *docContext) mentions(si int) bool {
	for j := range dc.sents[si].Words {
		if dc.isMention(si, j) {
			return true
		}
	}
	return false
}
