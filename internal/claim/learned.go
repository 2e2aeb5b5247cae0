package claim

import "github.com/parallaxhq/parallax"

// SpeakerModel re-chooses the speakers of the claims the rules found (a
// learned ranker such as internal/attrib's): it may change each claim's
// speaker mention, actor and side, and nothing else.
type SpeakerModel interface {
	Apply(doc *parallax.Document)
}

// WithSpeakerModel returns s with m run after the rules on every
// document; nil leaves the rules' speakers as they are (the default).
func (s *Stage) WithSpeakerModel(m SpeakerModel) *Stage {
	s.speakers = m
	return s
}

// learned runs the speaker model, when one is set, over the claims that
// the rules emitted.
func (s *Stage) learned(doc *parallax.Document) {
	if s.speakers != nil {
		s.speakers.Apply(doc)
	}
}
