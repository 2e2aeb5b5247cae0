package pipeline

import (
	"errors"
	"sync"

	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/attrib"
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
	"github.com/parallaxhq/parallax/models"
)

// Default returns the analysis pipeline: the per-article stages in the order
// they run, and the cross-article fusion. This list is the one place that
// says what parallax does to an article:
//
//	clean → segment → pos → ner → geo → actor → parse → claim → when →
//	quantity → event, then fuse across articles.
//
// Each stage loads its model or data once here and is shared by all workers.
// The models load concurrently: they are independent, and loading them one
// after another would double the start-up time of every command.
func Default() (*Pipeline, error) { return New(Options{}) }

// Options change how the default pipeline runs.
type Options struct {
	// ParseAll parses every sentence. By default only the sentences that
	// claim, quantity or event read the parse of are parsed, when they
	// ask for it (see lazyParse), which gives the same report at a
	// fraction of the parsing time; ParseAll is for checking that, and for
	// callers that read the trees themselves.
	ParseAll bool
	// SpeakerModel runs the learned speaker model of internal/attrib after
	// the claim rules (claim.Stage.WithSpeakerModel); off by default.
	SpeakerModel bool
	// NoSideModel leaves the speakers' sides as the rules give them,
	// without the learned side model (claim.Stage.WithSideModel): its
	// trainer analyses the golds so.
	NoSideModel bool
}

// New returns the analysis pipeline of Default with options o.
func New(o Options) (*Pipeline, error) {
	var (
		cleaner    *clean.Cleaner
		segmenter  *segment.Segmenter
		tagger     *pos.Tagger
		parser     *parse.Parser
		recognizer *ner.Recognizer
		geoparser  *geo.Geoparser
		actors     *actor.Stage
		quantities *quantity.Stage
		events     *event.Stage
	)
	err := loadConcurrently(
		func() (err error) { cleaner, err = clean.Load(); return },
		func() (err error) { segmenter, err = segment.Load(); return },
		func() (err error) { tagger, err = pos.Load(); return },
		func() (err error) { parser, err = parse.Load(); return },
		func() (err error) { recognizer, err = ner.Load(); return },
		func() (err error) { geoparser, err = geo.Load(); return },
		func() (err error) { actors, err = actor.NewStage(); return },
		func() (err error) { quantities, err = quantity.Load(); return },
		func() (err error) { events, err = event.Load(); return },
	)
	if err != nil {
		return nil, err
	}
	claims := claim.New()
	if !o.NoSideModel && len(models.Side) > 0 {
		m, err := claim.ReadSideModel(models.Side, models.SideMargin)
		if err != nil {
			return nil, err
		}
		if !m.Disabled() {
			claims = claims.WithSideModel(m)
		}
	}
	if o.SpeakerModel {
		m, err := attrib.Load()
		if err != nil {
			return nil, err
		}
		claims = claims.WithSpeakerModel(m)
	}
	var parseStage Stage = &lazyParse{parser: parser}
	switch {
	case o.ParseAll:
		parseStage = parser
	case o.SpeakerModel:
		parseStage = &selectiveParse{parser: parser, quantities: quantities, events: events}
	}
	return &Pipeline{
		Stages: []Stage{cleaner, segmenter, tagger, recognizer, geoparser, actors, parseStage, claims, when.New(), quantities, events},
		Fuser:  fuse.New(fuse.DefaultOptions()),
	}, nil
}

// loadConcurrently runs every loader at once and returns their errors
// joined, in the order given.
func loadConcurrently(loaders ...func() error) error {
	errs := make([]error, len(loaders))
	var wg sync.WaitGroup
	for i, load := range loaders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = load()
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
