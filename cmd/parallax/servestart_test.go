package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// TestServeMakesIndexAtStart: a server over a database whose saved fusion
// index is another build's makes its own index at start-up, in the
// background: meanwhile pages are served and POST /api/articles stores
// its articles without their fusion, saying so in its headers; once the
// index is ready the stored fusion is that of every stored article (the
// posted ones too), a POST stores with the index without making it
// again, and the next server starts from the index the POST saved.
func TestServeMakesIndexAtStart(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses part of the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	arts = arts[:30]
	ctx := context.Background()
	for name := range backends(t) {
		t.Run(name, func(t *testing.T) {
			db := emptyDB(t, name)
			st, err := openStore(ctx, db, false)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() }) // after the servers' (Cleanup runs last first)
			old := &ingester{store: st, pipeline: p, batch: 8, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
				key: "another-build", warn: func(err error) { t.Errorf("warning: %v", err) }}
			if _, err := old.run(ctx, feed(arts[:20])); err != nil {
				t.Fatal(err)
			}
			n0 := stats(t, st).Articles // duplicates are not stored

			start := func() (*httptest.Server, *serveIngester, chan error) {
				ing := newServeIngester(st, p, func(err error) { t.Errorf("warning: %v", err) })
				ing.in.key = "test-build"
				ing.saveAfter = 0 // saved after each POST (TestServeSavesIndexWhenIdle tests the delay)
				mux := http.NewServeMux()
				api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
				srv := httptest.NewServer(mux)
				t.Cleanup(func() { srv.Close(); ing.Close() })
				done := make(chan error, 1)
				return srv, ing, done
			}
			srv, ing, done := start()
			// Held, the lock keeps the load from starting: the test sees
			// the server while its index is being made.
			ing.mu.Lock()
			ing.Start(func(in *ingester, took time.Duration, err error) { done <- err })
			code, body, h := postRaw(t, srv.URL, arts[20:25])
			if code != http.StatusOK || h.Get("Parallax-Index") != "updating" || h.Get("Parallax-Index-Age") != "" || h.Get("Parallax-Unfused") == "0" {
				t.Errorf("POST while the index is made: %d, index %q, age %q, unfused %q, %s; want 200, updating, no age, some unfused",
					code, h.Get("Parallax-Index"), h.Get("Parallax-Index-Age"), h.Get("Parallax-Unfused"), body)
			}
			if resp, err := http.Get(srv.URL + "/api/stats"); err != nil || resp.StatusCode != 200 || resp.Header.Get("Parallax-Index") != "updating" {
				t.Errorf("GET /api/stats while the index is made: %v %v", resp, err)
			} else {
				resp.Body.Close()
			}
			n1 := stats(t, st).Articles
			if n1 <= n0 {
				t.Errorf("%d articles stored after the POST during the load, want more than %d", n1, n0)
			}
			ing.mu.Unlock()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			ing.Close() // waits for the background work
			if ing.in.rebuilt != n1 {
				t.Fatalf("after the start-up load: rebuilt %d, want %d", ing.in.rebuilt, n1)
			}
			checkStored(t, ctx, st)

			srv, ing, done = start()
			ing.Start(func(in *ingester, took time.Duration, err error) { done <- err })
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			ix := ing.in.index
			_, _, h = postRaw(t, srv.URL, arts[25:28])
			if ing.in.index != ix || ing.in.rebuilt != 0 {
				t.Error("the POST after the start-up load made the index again")
			}
			if h.Get("Parallax-Index") != "current" || h.Get("Parallax-Index-Age") == "" || h.Get("Parallax-Unfused") != "0" {
				t.Errorf("POST stored with the index: headers %v", h)
			}
			checkStored(t, ctx, st)

			_, ing2, done2 := start()
			ing2.Start(func(in *ingester, took time.Duration, err error) { done2 <- err })
			if err := <-done2; err != nil {
				t.Fatal(err)
			}
			if n := stats(t, st).Articles; ing2.in.rebuilt != 0 || ing2.in.replayed != 0 || ing2.in.indexed != n || n <= n0 {
				t.Errorf("second server: rebuilt %d, replayed %d, indexed %d; want the saved index of the %d stored articles", ing2.in.rebuilt, ing2.in.replayed, ing2.in.indexed, n)
			}
		})
	}
}

// TestServeCloseStopsLoad: a server stopped while its index is being
// made ends the load (its context is cancelled) without reporting it as
// made, and leaves no index.
func TestServeCloseStopsLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses part of the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	ctx := context.Background()
	st, err := openStore(ctx, filepath.Join(t.TempDir(), "p.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := &ingester{store: st, pipeline: p, batch: 8, workers: 2, progress: func(int) {}, key: "another-build"}
	if _, err := in.run(ctx, feed(arts[:12])); err != nil {
		t.Fatal(err)
	}
	ing := newServeIngester(st, p, func(error) {})
	ing.in.key = "test-build"
	ing.mu.Lock()
	called := false
	ing.Start(func(*ingester, time.Duration, error) { called = true })
	closed := make(chan struct{})
	go func() { ing.Close(); close(closed) }()
	// Close cancels the load, which then takes the lock and stops.
	for ing.ctx.Err() == nil {
		time.Sleep(time.Millisecond)
	}
	ing.mu.Unlock()
	<-closed
	if called || ing.in.index != nil {
		t.Errorf("after Close during the load: reported %v, index %v; want neither", called, ing.in.index != nil)
	}
}

func stats(t *testing.T, st *sqlstore.Store) store.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// checkStored fails the test unless the stored incidents and duplicates
// are those of an index given every stored article in storage order.
func checkStored(t *testing.T, ctx context.Context, st *sqlstore.Store) {
	t.Helper()
	ix := fuse.NewIndex(fuse.DefaultOptions())
	if err := st.Documents(ctx, func(d *parallax.Document) error { ix.Add(d); return nil }); err != nil {
		t.Fatal(err)
	}
	checkStoredFusion(t, ctx, st, ix)
}

// postRaw sends arts to POST /api/articles as JSONL and returns the
// answer's status, body and header. A request that fails before any answer
// is reported with t.Error and gives status 0: callers run in goroutines
// too, where t.Fatal may not be called.
func postRaw(t *testing.T, url string, arts []parallax.Article) (int, string, http.Header) {
	t.Helper()
	var b strings.Builder
	for _, a := range arts {
		line, _ := json.Marshal(map[string]string{"id": a.ID, "url": a.URL, "outlet": a.Outlet, "title": a.Title,
			"published": a.Published, "language": a.Language, "text": a.Body})
		b.Write(line)
		b.WriteByte('\n')
	}
	req, _ := http.NewRequest("POST", url+"/api/articles", strings.NewReader(b.String()))
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0, "", nil
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

// TestServeMemoryLimit: serve applies --memory-limit (before it opens the
// store), refuses a size it cannot read, and documents the flag.
func TestServeMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	t.Setenv("GOMEMLIMIT", "")
	var out, errOut strings.Builder
	missing := filepath.Join(t.TempDir(), "none.db")
	if code := run(&env{stdout: &out, stderr: &errOut}, []string{"serve", "--db", missing, "--memory-limit", "77MiB"}); code != exitFailure {
		t.Fatalf("serve over a missing database: exit %d, %q", code, errOut.String())
	}
	if got := debug.SetMemoryLimit(-1); got != 77<<20 {
		t.Errorf("serve --memory-limit 77MiB: limit %d", got)
	}
	errOut.Reset()
	if code := run(&env{stdout: &out, stderr: &errOut}, []string{"serve", "--db", missing}); code != exitFailure {
		t.Fatalf("serve over a missing database: exit %d, %q", code, errOut.String())
	}
	if got := debug.SetMemoryLimit(-1); got != 400<<20 {
		t.Errorf("serve without --memory-limit: limit %d, want the default 400MiB", got)
	}
	errOut.Reset()
	if code := run(&env{stdout: &out, stderr: &errOut}, []string{"serve", "--memory-limit", "lots"}); code != exitUsage || !strings.Contains(errOut.String(), "--memory-limit") {
		t.Errorf("bad --memory-limit: exit %d, %q", code, errOut.String())
	}
	out.Reset()
	errOut.Reset()
	run(&env{stdout: &out, stderr: &errOut}, []string{"help", "serve"})
	if help := out.String() + errOut.String(); !strings.Contains(help, "--memory-limit") || !strings.Contains(help, "GOMEMLIMIT") {
		t.Errorf("help serve does not document --memory-limit and GOMEMLIMIT:\n%s", help)
	}
}

// TestServeSavesIndexWhenIdle: the server saves its index once POSTs
// pause and when it stops, not after each POST; an ingest after either
// starts from the index the server saved (nothing rebuilt or replayed),
// and the stored fusion is that of every stored article.
func TestServeSavesIndexWhenIdle(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses part of the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	arts = arts[:40]
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "p.db")
	st, err := openStore(ctx, db, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() }) // after the servers' (Cleanup runs last first)
	ingestRun := func(arts []parallax.Article) *ingester {
		t.Helper()
		in := &ingester{store: st, pipeline: p, batch: 8, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
			key: "test-build", warn: func(err error) { t.Errorf("warning: %v", err) }}
		if _, err := in.run(ctx, feed(arts)); err != nil {
			t.Fatal(err)
		}
		return in
	}
	ingestRun(arts[:15])
	server := func(after time.Duration) (*httptest.Server, *serveIngester) {
		ing := newServeIngester(st, p, func(err error) { t.Errorf("warning: %v", err) })
		ing.in.key, ing.saveAfter = "test-build", after
		mux := http.NewServeMux()
		api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
		srv := httptest.NewServer(mux)
		t.Cleanup(func() { srv.Close(); ing.Close() })
		return srv, ing
	}
	unsaved := func(ing *serveIngester) bool {
		ing.mu.Lock()
		defer ing.mu.Unlock()
		return ing.in.unsaved
	}

	srv, ing := server(time.Hour)
	post(t, srv.URL, arts[15:20])
	// The first POST found no index: it stored its articles and left the
	// index's load and their fusion to the background work. On a loaded
	// machine that work may still be running here (the load has cleared
	// unsaved, the replay has not yet added them); Close would cancel it.
	ing.waitIdle()
	if !unsaved(ing) {
		t.Error("the index was saved at the end of the POST")
	}
	ing.Close()
	if in := ingestRun(arts[20:25]); in.rebuilt != 0 || in.replayed != 0 {
		t.Errorf("ingest after the server stopped: rebuilt %d, replayed %d; want the index it saved at Close", in.rebuilt, in.replayed)
	}

	srv, ing = server(20 * time.Millisecond)
	post(t, srv.URL, arts[25:30])
	post(t, srv.URL, arts[30:35])
	deadline := time.Now().Add(10 * time.Second)
	for unsaved(ing) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if unsaved(ing) {
		t.Fatal("the index was not saved 10 s after the last POST")
	}
	if in := ingestRun(arts[35:]); in.rebuilt != 0 || in.replayed != 0 {
		t.Errorf("ingest while the server runs, after its save: rebuilt %d, replayed %d; want the index it saved", in.rebuilt, in.replayed)
	}
	checkStored(t, ctx, st)
}

// TestServePostsNeverWaitForRebuild: when another writer (a second handle
// on the database, as a `parallax ingest` process) stores articles and
// writes the incidents with another kind of fusion index, the server's
// index must be made again; a POST that comes then, and one that comes
// while that rebuild runs, are answered without waiting for it (the
// rebuild is held until both answered), storing their articles and
// saying in their headers that the incidents are being brought up to
// date; reads are served meanwhile. Once the background work ends, the
// stored fusion is that of every stored article. Likewise, a POST after
// the other writer stored more articles than a request reads (maxMissed)
// leaves them to the background work, which adds them to the same index
// without making it again.
func TestServePostsNeverWaitForRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses part of the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	arts = arts[:45]
	ctx := context.Background()
	for name := range backends(t) {
		t.Run(name, func(t *testing.T) {
			db := emptyDB(t, name)
			st, err := openStore(ctx, db, false)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			other, err := openStore(ctx, db, false) // the other writer's handle
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			write := func(key string, arts []parallax.Article) {
				t.Helper()
				in := &ingester{store: other, pipeline: p, batch: 4, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
					key: key, warn: func(err error) { t.Errorf("warning: %v", err) }}
				if _, err := in.run(ctx, feed(arts)); err != nil {
					t.Fatal(err)
				}
			}
			write("test-build", arts[:15])

			ing := newServeIngester(st, p, func(err error) { t.Errorf("warning: %v", err) })
			ing.in.key, ing.saveAfter = "test-build", 0
			mux := http.NewServeMux()
			api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
			srv := httptest.NewServer(mux)
			t.Cleanup(func() { srv.Close(); ing.Close() })
			done := make(chan error, 1)
			ing.Start(func(in *ingester, took time.Duration, err error) { done <- err })
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			ing.waitIdle()
			if ing.in.index == nil || ing.in.rebuilt != 0 {
				t.Fatalf("start-up: index %v, rebuilt %d; want the saved index", ing.in.index != nil, ing.in.rebuilt)
			}

			// Another kind of index writes the incidents: the server's
			// must be made again, and the test holds that until the
			// POSTs are answered.
			write("another-build", arts[15:20])
			loading := make(chan struct{}, 8)
			release := make(chan struct{})
			ing.in.onLoad = func() { loading <- struct{}{}; <-release }
			released := false
			free := func() {
				if !released {
					released = true
					close(release)
				}
			}
			defer free()
			postNoWait := func(batch []parallax.Article) http.Header {
				t.Helper()
				type answer struct {
					code int
					body string
					h    http.Header
				}
				got := make(chan answer, 1)
				go func() {
					code, body, h := postRaw(t, srv.URL, batch)
					got <- answer{code, body, h}
				}()
				select {
				case a := <-got:
					if a.code != http.StatusOK || a.h.Get("Parallax-Index") != "updating" || a.h.Get("Parallax-Unfused") == "0" {
						t.Errorf("POST during the rebuild: %d, index %q, unfused %q: %s", a.code, a.h.Get("Parallax-Index"), a.h.Get("Parallax-Unfused"), a.body)
					}
					return a.h
				case <-time.After(2 * time.Minute):
					free()
					t.Fatal("the POST waited for the fusion index to be made again")
				}
				return nil
			}
			postNoWait(arts[20:25])
			select {
			case <-loading:
			case <-time.After(2 * time.Minute):
				free()
				t.Fatal("no rebuild began after the other kind of index wrote the incidents")
			}
			postNoWait(arts[25:30]) // while the rebuild is held
			if resp, err := http.Get(srv.URL + "/api/incidents"); err != nil || resp.StatusCode != 200 || resp.Header.Get("Parallax-Index") != "updating" {
				t.Errorf("GET /api/incidents during the rebuild: %v %v", resp, err)
			} else {
				resp.Body.Close()
			}
			free()
			ing.waitIdle()
			ing.in.onLoad = nil
			if ing.in.index == nil || ing.in.rebuilt == 0 {
				t.Fatalf("after the background work: index %v, rebuilt %d", ing.in.index != nil, ing.in.rebuilt)
			}
			checkStored(t, ctx, st)
			if st := ing.IndexState(); st.Updating || st.Unfused != 0 || st.Age < 0 {
				t.Errorf("after the background work: %+v", st)
			}

			// More articles from another process than a request reads:
			// stored with the index's own kind, so no rebuild is needed,
			// but the request leaves them to the background work.
			ix := ing.in.index
			ing.maxMissed = 2
			write("test-build", arts[30:38])
			postNoWait(arts[38:42])
			ing.waitIdle()
			if ing.in.index != ix {
				t.Error("catching up with another process's articles made the index again")
			}
			checkStored(t, ctx, st)
			// Within maxMissed: the request reads them and stores with the
			// index.
			write("test-build", arts[42:44])
			code, body, h := postRaw(t, srv.URL, arts[44:])
			if code != http.StatusOK || h.Get("Parallax-Index") != "current" || ing.in.index != ix {
				t.Errorf("POST after 2 articles of another process: %d, index %q, same index %v: %s", code, h.Get("Parallax-Index"), ing.in.index == ix, body)
			}
			checkStored(t, ctx, st)
			if n, want := stats(t, st).Articles, ing.in.indexed; n != want {
				t.Errorf("%d articles stored, the index holds %d", n, want)
			}
		})
	}
}
