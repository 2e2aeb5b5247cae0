package main

import (
	"context"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// serveIngester stores the articles of POST /api/articles (api.Ingester)
// with the writer of `parallax ingest`: the fusion index is made once
// (from the index the last run of this build saved, and the articles
// stored after it) and kept between requests, each request is one batch
// of ingest (putFused: its articles and what they change, in one
// transaction; another process's articles stored meanwhile are added
// first), and the index is saved after it, so that neither the next
// request nor the next `parallax ingest` fuses every stored article
// again.
type serveIngester struct {
	mu sync.Mutex // one request at a time: the index is not safe for more
	in *ingester
}

// newServeIngester returns the writer of a server over st; warn is told
// what goes wrong without failing a request (a saved index not used or
// not saved).
func newServeIngester(st *sqlstore.Store, p *pipeline.Pipeline, warn func(error)) *serveIngester {
	return &serveIngester{in: &ingester{store: st, pipeline: p, batch: 1, progress: func(int) {}, warn: warn}}
}

// Ingest stores docs and updates the stored fusion (api.Ingester).
func (s *serveIngester) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.in.putBatch(ctx, docs)
	if err != nil {
		return nil, 0, err
	}
	st, err := s.in.store.Stats(ctx)
	return res, st.Incidents, err
}

// Close removes the side file of the index.
func (s *serveIngester) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.in.close()
	s.in.index = nil
}

// putBatch is one batch of ingest as a run of its own: the index is
// loaded (saved state, or a rebuild) if the ingester holds none, the
// batch is stored with its fusion, and the index is saved. After a
// failure the index may hold articles the store does not: it is
// dropped, and the next batch loads it again.
func (in *ingester) putBatch(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, error) {
	if in.index == nil {
		if err := in.loadIndex(ctx); err != nil {
			in.close()
			in.index = nil
			return nil, err
		}
	}
	res, err := in.putFused(ctx, docs)
	if err != nil {
		in.close()
		in.index = nil
		return nil, err
	}
	in.saveIndex(ctx)
	return res, nil
}
