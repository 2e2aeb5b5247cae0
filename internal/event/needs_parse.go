package event

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// NeedsParse reports whether the stage may read the dependency parse of
// sentence s of doc (one of words.Split(doc), tagged): it reads it only
// for the initiator and target of a trigger (build → parseArgs), so only a
// sentence where triggerAt finds a trigger, reading the words and their
// tags as sentenceEvents does, needs one. Sentences the pipeline leaves
// unparsed carry Rel "", and build skips parseArgs for them.
func (s *Stage) NeedsParse(doc *parallax.Document, sent words.Sentence) bool {
	dc := &docContext{doc: doc, sents: []words.Sentence{sent}}
	for i := range sent.Words {
		if _, n := s.triggerAt(dc, 0, i); n > 0 {
			return true
		}
	}
	return false
}
