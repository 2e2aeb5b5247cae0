package pipeline

import (
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/claim"
	"github.com/parallaxhq/parallax/internal/clean"
	"github.com/parallaxhq/parallax/internal/event"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/geo"
	"github.com/parallaxhq/parallax/internal/nlp/ner"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
	"github.com/parallaxhq/parallax/internal/quantity"
	"github.com/parallaxhq/parallax/internal/segment"
	"github.com/parallaxhq/parallax/internal/when"
)

// Default returns the analysis pipeline: the per-article stages in the order
// they run, and the cross-article fusion. This list is the one place that
// says what parallax does to an article:
//
//	clean → segment → pos → parse → ner → geo → actor → claim → when →
//	quantity → event, then fuse across articles.
//
// Each stage loads its model or data once here and is shared by all workers.
func Default() (*Pipeline, error) {
	cleaner, err := clean.Load()
	if err != nil {
		return nil, err
	}
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	parser, err := parse.Load()
	if err != nil {
		return nil, err
	}
	recognizer, err := ner.Load()
	if err != nil {
		return nil, err
	}
	geoparser, err := geo.Load()
	if err != nil {
		return nil, err
	}
	actors, err := actor.NewStage()
	if err != nil {
		return nil, err
	}
	quantities, err := quantity.Load()
	if err != nil {
		return nil, err
	}
	events, err := event.Load()
	if err != nil {
		return nil, err
	}
	return &Pipeline{
		Stages: []Stage{cleaner, segment.New(), tagger, parser, recognizer, geoparser, actors, claim.New(), when.New(), quantities, events},
		Fuser:  fuse.New(fuse.DefaultOptions()),
	}, nil
}
