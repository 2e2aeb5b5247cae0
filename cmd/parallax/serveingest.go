package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
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
// first), and the index is saved once requests pause (saveAfter) and
// when the server stops, so that neither the next request nor the next
// `parallax ingest` fuses every stored article again.
type serveIngester struct {
	mu sync.Mutex // one request at a time: the index is not safe for more
	in *ingester
	// saveAfter is how long after the last request the index is saved
	// (0: at the end of each request). Saving writes the whole index
	// (about 3 KB per article: half a CPU-second for 20,000 articles), so
	// a client posting a few articles every second would spend most of
	// the server's time on it; an index not saved when the server dies
	// costs the next run only the reading of the articles stored after
	// the saved one. saveTimer is the pending save.
	saveAfter time.Duration
	saveTimer *time.Timer
	// loading is closed when the load Start began has ended (nil: none
	// was started, and the first request loads the index); until then
	// requests are told to come back (Ready). started is when it began,
	// stop cancels it (Close).
	loading chan struct{}
	started time.Time
	ctx     context.Context
	stop    context.CancelFunc
}

// indexRetryAfter is the Retry-After of a POST that comes while the
// index is being built: a rebuild from 20,000 stored articles takes about
// a minute of one core, a saved index of them a second or two.
const indexRetryAfter = 5 * time.Second

// newServeIngester returns the writer of a server over st; warn is told
// what goes wrong without failing a request (a saved index not used or
// not saved).
func newServeIngester(st *sqlstore.Store, p *pipeline.Pipeline, warn func(error)) *serveIngester {
	return &serveIngester{in: &ingester{store: st, pipeline: p, batch: 1, progress: func(int) {}, warn: warn}, saveAfter: defaultSaveAfter}
}

// defaultSaveAfter is serveIngester.saveAfter of parallax serve.
const defaultSaveAfter = 10 * time.Second

// Start makes the fusion index in the background (the saved state and
// the articles stored after it, or a rebuild from every stored article
// when the database holds no saved index of this build), so that the
// first POST does not make it within its request: a rebuild from a large
// store took longer than the server's write timeout. done, when set, is
// told how it went. Requests that come before it ends are answered 503
// with Retry-After (Ready). A load that fails leaves no index: the next
// request tries again, as when no load was started.
func (s *serveIngester) Start(done func(in *ingester, took time.Duration, err error)) {
	ctx, cancel := context.WithCancel(context.Background())
	s.loading, s.started, s.ctx, s.stop = make(chan struct{}), time.Now(), ctx, cancel
	go func() {
		defer close(s.loading)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.in.index != nil {
			return
		}
		err := s.in.loadIndex(ctx)
		if err != nil {
			s.in.close()
			s.in.index = nil
		} else if s.in.pending {
			// Articles stored after the saved state (a worker's, or an
			// ingest that stopped before it saved) or a rebuild: their
			// fusion is written now, not by the first POST.
			if err = s.in.storeFusion(ctx); err == nil {
				s.in.saveIndex(ctx)
			} else {
				s.in.close()
				s.in.index = nil
			}
		}
		if done != nil && ctx.Err() == nil {
			done(s.in, time.Since(s.started), err)
		}
	}()
}

// Ready is nil once the index Start makes is ready (api.Readier);
// before, an *api.NotReadyError with the time to wait.
func (s *serveIngester) Ready() error {
	if s.loading == nil {
		return nil
	}
	select {
	case <-s.loading:
		return nil
	default:
		return &api.NotReadyError{
			Reason:     fmt.Sprintf("the fusion index is being built (for %s): post again later", time.Since(s.started).Round(time.Second)),
			RetryAfter: indexRetryAfter,
		}
	}
}

// Ingest stores docs and updates the stored fusion (api.Ingester).
func (s *serveIngester) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	if err := s.Ready(); err != nil {
		return nil, 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.in.putBatch(ctx, docs)
	if err != nil {
		return nil, 0, err
	}
	if s.saveAfter <= 0 {
		s.in.saveIndex(ctx)
	} else if s.saveTimer == nil {
		s.saveTimer = time.AfterFunc(s.saveAfter, s.save)
	} else {
		s.saveTimer.Reset(s.saveAfter)
	}
	st, err := s.in.store.Stats(ctx)
	return res, st.Incidents, err
}

// save stores the index's state if it differs from the saved one.
func (s *serveIngester) save() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.in.index != nil {
		s.in.saveIndex(context.Background())
	}
}

// Close saves the index (if a request changed it since it was saved) and
// removes its side file.
func (s *serveIngester) Close() {
	if s.loading != nil {
		s.stop()
		<-s.loading
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.saveTimer != nil {
		s.saveTimer.Stop()
	}
	if s.in.index != nil {
		s.in.saveIndex(context.Background())
	}
	s.in.close()
	s.in.index = nil
}

// putBatch is one batch of ingest as a run of its own: the index is
// loaded (saved state, or a rebuild) if the ingester holds none, and the
// batch is stored with its fusion (the caller saves the index). After a
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
	return res, nil
}
