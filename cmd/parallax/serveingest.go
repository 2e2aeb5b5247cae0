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
// of ingest (putFusedWithin: its articles and what they change, in one
// transaction; a few articles another process stored meanwhile are added
// first), and the index is saved once requests pause (saveAfter) and
// when the server stops, so that neither the next request nor the next
// `parallax ingest` fuses every stored article again.
//
// A request never makes the index nor waits for it to be made: when the
// index is busy (being made or brought up to date in the background,
// or saved), missing (a load that failed), or would need more than a
// request should do (another process stored many articles, or wrote the
// stored incidents with another kind of index, which takes a rebuild),
// the request stores its articles without their fusion, as a queue
// worker does, and the background work (catchUp) then adds them and
// whatever else the store holds to the index and stores their fusion.
// Until it has, the stored incidents lag: IndexState says by how much.
type serveIngester struct {
	// mu guards in: held by the background work and by a request that
	// stores with the index (TryLock: a request never waits for it).
	mu sync.Mutex
	in *ingester
	// saveAfter is how long after the last change the index is saved
	// (0: at once). Saving writes the whole index (about 3 KB per
	// article: half a CPU-second for 20,000 articles), so a client
	// posting a few articles every second would spend most of the
	// server's time on it; an index not saved when the server dies
	// costs the next run only the reading of the articles stored after
	// the saved one. saveTimer is the pending save.
	saveAfter time.Duration
	saveTimer *time.Timer
	// maxMissed is the most articles stored by another process that a
	// request reads and adds to the index (more are left to catchUp):
	// each costs about what a posted article costs to store.
	maxMissed int
	// ctx is the background work's, which stop cancels (Close).
	ctx  context.Context
	stop context.CancelFunc

	// bg guards what follows: the state of the background work.
	bg sync.Mutex
	// running: a background goroutine is working or about to; again:
	// something was stored without its fusion since it last looked;
	// idle is closed when it ends.
	running, again, closed bool
	idle                   chan struct{}
	// synced is when the stored incidents last held every article this
	// server knew of (zero: never, as before the start-up load ends);
	// unfused counts the articles it stored without their fusion since.
	synced  time.Time
	unfused int
	// rounds counts the background runs that ended (tests).
	rounds int
	// started is when Start began the start-up load; first, when set, is
	// told how it went.
	started time.Time
	first   func(in *ingester, took time.Duration, err error)
	// caughtUp, when set, is told how each later background run went
	// that made the index again or stored articles' fusion.
	caughtUp func(in *ingester, took time.Duration, err error)
}

// newServeIngester returns the writer of a server over st; warn is told
// what goes wrong without failing a request (a saved index not used or
// not saved, background work that failed).
func newServeIngester(st *sqlstore.Store, p *pipeline.Pipeline, warn func(error)) *serveIngester {
	ctx, cancel := context.WithCancel(context.Background())
	return &serveIngester{in: &ingester{store: st, pipeline: p, batch: 1, progress: func(int) {}, warn: warn},
		saveAfter: defaultSaveAfter, maxMissed: api.MaxArticlesPerPost, ctx: ctx, stop: cancel}
}

// defaultSaveAfter is serveIngester.saveAfter of parallax serve.
const defaultSaveAfter = 10 * time.Second

// Start makes the fusion index in the background (the saved state and
// the articles stored after it, or a rebuild from every stored article
// when the database holds no saved index of this build), so that no
// request makes it: a rebuild from a large store took longer than the
// server's write timeout. done, when set, is told how it went (not when
// Close stopped it). Articles posted meanwhile are stored, and fused when
// it ends. A load that fails leaves no index: the next POST starts
// another.
func (s *serveIngester) Start(done func(in *ingester, took time.Duration, err error)) {
	s.bg.Lock()
	s.started, s.first = time.Now(), done
	s.bg.Unlock()
	s.kick(0)
}

// kick counts n articles stored without their fusion and makes sure the
// background work runs after it.
func (s *serveIngester) kick(n int) {
	s.bg.Lock()
	defer s.bg.Unlock()
	s.unfused += n
	if s.closed {
		return
	}
	if s.running {
		s.again = true
		return
	}
	s.running, s.again, s.idle = true, false, make(chan struct{})
	go s.background()
}

// background runs catchUp until nothing was stored without its fusion
// while it ran.
func (s *serveIngester) background() {
	for {
		began := time.Now()
		s.mu.Lock()
		var err error
		if err = s.ctx.Err(); err == nil {
			err = s.catchUp(s.ctx)
		}
		// What the callbacks read, taken while no request changes it.
		snap := *s.in
		s.mu.Unlock()
		s.bg.Lock()
		first, took := s.first, time.Since(s.started)
		if first == nil {
			took = time.Since(began)
		}
		s.first = nil
		s.rounds++
		if err == nil && !s.again {
			s.synced, s.unfused = time.Now(), 0
		}
		again := s.again && s.ctx.Err() == nil && !s.closed
		s.again = false
		if !again {
			s.running = false
			close(s.idle)
		}
		s.bg.Unlock()
		if s.ctx.Err() != nil {
			return
		}
		switch {
		case first != nil:
			first(&snap, took, err)
		case s.caughtUp != nil:
			s.caughtUp(&snap, took, err)
		case err != nil && s.in.warn != nil:
			s.in.warn(fmt.Errorf("bringing the fusion index up to date: %w (the next POST tries again)", err))
		}
		if !again {
			return
		}
	}
}

// catchUp, with mu held, makes the index if there is none and stores the
// fusion of every article stored since it was last brought up to date
// (this server's posts stored without it, other processes' articles),
// making it again if the stored incidents are another kind of index's.
// A failure drops the index: the next run makes it again.
func (s *serveIngester) catchUp(ctx context.Context) error {
	in := s.in
	if in.index == nil {
		if err := in.loadIndex(ctx); err != nil {
			in.close()
			in.index = nil
			return err
		}
	}
	if _, err := in.putFused(ctx, nil); err != nil {
		in.close()
		in.index = nil
		return err
	}
	s.saveLater()
	return nil
}

// saveLater, with mu held, saves the index now (saveAfter 0) or once
// changes pause for saveAfter.
func (s *serveIngester) saveLater() {
	switch {
	case s.saveAfter <= 0:
		s.in.saveIndex(s.ctx)
	case s.saveTimer == nil:
		s.saveTimer = time.AfterFunc(s.saveAfter, s.save)
	default:
		s.saveTimer.Reset(s.saveAfter)
	}
}

// IndexState says how current the stored incidents are (api.IndexStater).
func (s *serveIngester) IndexState() api.IndexState {
	s.bg.Lock()
	defer s.bg.Unlock()
	st := api.IndexState{Unfused: s.unfused, Updating: s.running, Age: -1}
	if !s.synced.IsZero() {
		st.Age = time.Since(s.synced)
	}
	return st
}

// Ingest stores docs and updates the stored fusion (api.Ingester): with
// the index, when it is free and a request's work brings it up to date;
// else without their fusion, which the background work then stores.
func (s *serveIngester) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	if s.mu.TryLock() {
		res, ok, err := s.ingestFused(ctx, docs)
		s.mu.Unlock()
		if err != nil {
			s.kick(0)
			return nil, 0, err
		}
		if ok {
			s.bg.Lock()
			if !s.running {
				s.synced, s.unfused = time.Now(), 0
			}
			s.bg.Unlock()
			return res, s.incidents(ctx), nil
		}
	}
	res, err := s.in.store.Put(ctx, docs)
	if err != nil {
		return nil, 0, err
	}
	n := 0
	for _, r := range res {
		if r.DuplicateOf == "" {
			n++
		}
	}
	s.kick(n)
	return res, s.incidents(ctx), nil
}

// ingestFused, with mu held, stores docs with their fusion, unless the
// index is missing or the store holds what a request should not fuse
// (ok false: nothing stored; the index is dropped if the refused try
// changed it).
func (s *serveIngester) ingestFused(ctx context.Context, docs []*parallax.Document) (res []store.PutResult, ok bool, err error) {
	if s.in.index == nil {
		return nil, false, nil
	}
	res, ok, touched, err := s.in.putFusedWithin(ctx, docs, s.maxMissed)
	if err != nil || touched {
		// The index may hold articles the store does not: made again
		// in the background.
		s.in.close()
		s.in.index = nil
	}
	if err != nil || !ok {
		return nil, false, err
	}
	s.saveLater()
	return res, true, nil
}

// incidents is the number of stored incidents, for the answer (-1 if
// the store could not say: the articles are stored all the same).
func (s *serveIngester) incidents(ctx context.Context) int {
	st, err := s.in.store.Stats(ctx)
	if err != nil {
		return -1
	}
	return st.Incidents
}

// save stores the index's state if it differs from the saved one.
func (s *serveIngester) save() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.in.index != nil {
		s.in.saveIndex(context.Background())
	}
}

// waitIdle returns once no background work runs.
func (s *serveIngester) waitIdle() {
	s.bg.Lock()
	idle, running := s.idle, s.running
	s.bg.Unlock()
	if running {
		<-idle
	}
}

// Close stops the background work and saves the index (if it changed
// since it was saved, and covers what the store holds), removing its side
// file.
func (s *serveIngester) Close() {
	s.bg.Lock()
	s.closed = true
	s.bg.Unlock()
	s.stop()
	s.waitIdle()
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
