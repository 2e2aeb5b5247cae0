package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// postServer is the API of parallax serve over st, with the writer serve
// gives it, behind a test server.
func postServer(t *testing.T, st *sqlstore.Store, p *pipeline.Pipeline, key string) (*httptest.Server, *serveIngester) {
	t.Helper()
	ing := newServeIngester(st, p, func(err error) { t.Errorf("warning: %v", err) })
	ing.in.key = key
	ing.saveAfter = 0 // saved after each POST (TestServeSavesIndexWhenIdle tests the delay)
	mux := http.NewServeMux()
	api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); ing.Close() })
	// As serve does: the index is made before the POSTs come (one that
	// came first would store without it and leave the fusion to the
	// background work).
	done := make(chan error, 1)
	ing.Start(func(in *ingester, took time.Duration, err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	ing.waitIdle()
	return srv, ing
}

// post sends arts to POST /api/articles as JSONL and fails the test on
// anything but 200.
func post(t *testing.T, url string, arts []parallax.Article) api.IngestResult {
	t.Helper()
	code, body, _ := postRaw(t, url, arts)
	var res api.IngestResult
	if code == 0 {
		return res
	}
	if code != 200 || json.Unmarshal([]byte(body), &res) != nil || len(res.Articles) != len(arts) {
		t.Errorf("POST of %d articles: %d %s", len(arts), code, body)
	}
	return res
}

// storedFusion is every stored incident and the duplicates, as JSON.
func storedFusion(t *testing.T, dsn string) string {
	t.Helper()
	ctx := context.Background()
	st, err := openStore(ctx, dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	incs, _, err := st.Incidents(ctx, store.IncidentFilter{Page: store.Page{Limit: store.MaxLimit}})
	if err != nil {
		t.Fatal(err)
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(incs)
	b, _ := json.Marshal(dups)
	return string(a) + "\n" + string(b)
}

// TestPostUsesSavedIndex: articles posted to a server between two ingests
// are stored with ingest's fusion index: the server starts from the index
// the first ingest saved (no rebuild), the ingest after the posts starts
// from the index the server saved (no rebuild, nothing to replay), and the
// stored incidents and duplicates are those of one ingest of every
// article.
func TestPostUsesSavedIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	n := len(arts)
	ctx := context.Background()
	for name := range backends(t) {
		t.Run(name, func(t *testing.T) {
			newDB := func() string { return emptyDB(t, name) }
			ingestRun := func(dsn string, arts []parallax.Article) *ingester {
				t.Helper()
				st, err := openStore(ctx, dsn, false)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				in := &ingester{store: st, pipeline: p, batch: 7, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
					key: "test-build", warn: func(err error) { t.Errorf("warning: %v", err) }}
				if _, err := in.run(ctx, feed(arts)); err != nil {
					t.Fatal(err)
				}
				return in
			}
			ref := newDB()
			ingestRun(ref, arts)
			want := storedFusion(t, ref)
			if !strings.Contains(want, `"ID":`) && !strings.Contains(want, `"id":`) {
				t.Fatalf("no incident in the reference: %.200s", want)
			}

			db := newDB()
			ingestRun(db, arts[:n/2])
			st, err := openStore(ctx, db, true)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() }) // after the server's (Cleanup runs last first)
			srv, ing := postServer(t, st, p, "test-build")
			posted := arts[n/2 : 3*n/4]
			for i := 0; i < len(posted); i += 9 {
				post(t, srv.URL, posted[i:min(len(posted), i+9)])
				if ing.in.rebuilt != 0 {
					t.Fatalf("the server rebuilt the index from %d articles", ing.in.rebuilt)
				}
			}
			// What the server holds is the fusion of every stored article.
			ix := fuse.NewIndex(fuse.DefaultOptions())
			if err := st.Documents(ctx, func(d *parallax.Document) error { ix.Add(d); return nil }); err != nil {
				t.Fatal(err)
			}
			checkStoredFusion(t, ctx, st, ix)

			in := ingestRun(db, arts[3*n/4:])
			if in.rebuilt != 0 || in.replayed != 0 {
				t.Errorf("the ingest after the posts rebuilt %d, replayed %d articles; want a saved index of every article", in.rebuilt, in.replayed)
			}
			if got := storedFusion(t, db); got != want {
				t.Errorf("posts between ingests stored other incidents or duplicates than one ingest:\n%.600s\nwant\n%.600s", got, want)
			}
		})
	}
}

// TestConcurrentPostsAndIngest: posts to a server (two clients at once)
// while a `parallax ingest` process stores other articles into the same
// database end with the incidents and duplicates of one index given every
// stored article in storage order.
func TestConcurrentPostsAndIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the cluster corpora")
	}
	clusters := func(f string) string { return filepath.Join("..", "..", "testdata", "clusters", f) }
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var arts []parallax.Article
	ingest.Read([]string{clusters("events2.jsonl")}, ingest.Options{}, func(a parallax.Article) { arts = append(arts, a) }, func(err *ingest.Error) { t.Fatal(err) })
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			mustRun(t, "ingest", "--db", db, clusters("events.jsonl"))
			ctx := context.Background()
			st, err := openStore(ctx, db, true)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() }) // after the server's (Cleanup runs last first)
			// The key of the parallax processes (this test binary), so
			// that the server and they read each other's saved index.
			srv, ing := postServer(t, st, p, "")
			var wg sync.WaitGroup
			var errs string
			code := 0
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs, code = parallaxCmd(t, "ingest", "--db", db, "--batch", "2", clusters("dev.jsonl"))
			}()
			for c := range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := c * 3; i < len(arts); i += 6 {
						post(t, srv.URL, arts[i:min(len(arts), i+3)])
					}
				}()
			}
			wg.Wait()
			if code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, errs)
			}
			ing.waitIdle() // a POST that found the index busy left its fusion to the background
			ix := fuse.NewIndex(fuse.DefaultOptions())
			if err := st.Documents(ctx, func(d *parallax.Document) error { ix.Add(d); return nil }); err != nil {
				t.Fatal(err)
			}
			checkStoredFusion(t, ctx, st, ix)
			if s, _ := st.Stats(ctx); s.Articles < 150 {
				t.Errorf("%d articles stored", s.Articles)
			}
		})
	}
}
