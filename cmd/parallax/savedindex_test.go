package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/postgres/pgtest"
)

// cached is a stage that stands for the analysis: it gives each article
// the items of its analysed document (ids unqualified: the pipeline
// qualifies them again), so that a test ingests one corpus many times for
// the CPU of one analysis.
type cached map[string]*parallax.Document

func (cached) Name() string { return "cached" }

func (c cached) Process(doc *parallax.Document) {
	t := c[doc.Article.ID]
	if t == nil {
		return
	}
	replayAnalysis(doc, t)
}

// fusionCorpus is the fusion development and event cluster articles and
// the seeds, shuffled (their dates span years: late arrivals read
// compacted features back), and a pipeline that replays their analysis.
func fusionCorpus(t *testing.T) ([]parallax.Article, *pipeline.Pipeline) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var arts []parallax.Article
	for _, f := range []string{"dev.jsonl", "events.jsonl", "events2.jsonl"} {
		cl, err := fuse.ReadClusters(filepath.Join("..", "..", "testdata", "clusters", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cl {
			arts = append(arts, c.Article)
		}
	}
	ingest.Read([]string{seedsJSONL}, ingest.Options{}, func(a parallax.Article) { arts = append(arts, a) }, func(err *ingest.Error) { t.Fatal(err) })
	rand.New(rand.NewPCG(5, 8)).Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := cached{}
	for _, d := range docs {
		c[d.Article.ID] = d
	}
	stripIDs(c)
	return arts, &pipeline.Pipeline{Stages: []pipeline.Stage{c}}
}

// TestSavedIndexSameResults: a corpus ingested in several runs, each
// starting from the index the run before saved, ends with the incidents
// and duplicates (every export format, byte for byte) of one ingest of
// it all; so it does when articles were stored meanwhile by a writer
// that stores no fusion (as queue workers), after a run that stopped
// before it saved its index (a crash), after a run of another build (its
// saved index is not used: the index is rebuilt), and when the saved
// index is damaged (rebuilt, with a warning).
func TestSavedIndexSameResults(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the cluster corpora")
	}
	arts, p := fusionCorpus(t)
	n := len(arts)
	parts := [][]parallax.Article{arts[:n/4], arts[n/4 : n/2], arts[n/2 : 3*n/4], arts[3*n/4:]}
	ctx := context.Background()
	type runOpt struct {
		key    string
		noSave bool
	}
	for name := range backends(t) {
		t.Run(name, func(t *testing.T) {
			newDB := func() string { return emptyDB(t, name) }
			var warned []error
			run := func(dsn string, arts []parallax.Article, o runOpt) *ingester {
				t.Helper()
				st, err := openStore(ctx, dsn, false)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				in := &ingester{store: st, pipeline: p, batch: 7, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
					key: o.key, noSave: o.noSave, warn: func(err error) { warned = append(warned, err) }}
				if in.key == "" {
					in.key = "test-build"
				}
				if _, err := in.run(ctx, feed(arts)); err != nil {
					t.Fatal(err)
				}
				return in
			}
			ref := newDB()
			run(ref, arts, runOpt{})
			want := exports(t, ref)
			if !strings.Contains(want, `"incident":`) {
				t.Fatal("no incident in the reference export")
			}

			// Run after run, each from the index the one before saved.
			db2 := newDB()
			for i, part := range parts {
				in := run(db2, part, runOpt{})
				if i > 0 && (in.rebuilt > 0 || in.replayed > 0) {
					t.Errorf("run %d: rebuilt from %d, %d read after the saved index; want the saved index alone", i, in.rebuilt, in.replayed)
				}
			}
			if got := exports(t, db2); got != want {
				t.Error("four runs from saved indexes differ from one ingest")
			}
			// A write to the results by anything that does not record
			// itself as their writer (an older build, a hand-made change):
			// the saved index no longer applies.
			st, err := openStore(ctx, db2, false)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.Write.ExecContext(ctx, `UPDATE incidents SET one_sided = 1 - one_sided WHERE seq = (SELECT min(seq) FROM incidents)`); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if in := run(db2, arts[:2], runOpt{}); in.rebuilt != storedCount(t, db2) {
				t.Errorf("after a write by another writer: rebuilt from %d articles, want %d", in.rebuilt, storedCount(t, db2))
			}
			if got := exports(t, db2); got != want {
				t.Error("the rebuild after a write by another writer did not restore the results")
			}

			// Articles stored without fusion between two runs.
			db3 := newDB()
			run(db3, parts[0], runOpt{})
			st, err = openStore(ctx, db3, false)
			if err != nil {
				t.Fatal(err)
			}
			var docs []*parallax.Document
			p.Run(ctx, feed(append(append([]parallax.Article(nil), parts[1]...), parts[2]...)), 2, func(d *parallax.Document) { docs = append(docs, d) })
			res, err := st.Put(ctx, docs)
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
			putNew := 0
			for _, r := range res {
				if r.DuplicateOf == "" {
					putNew++
				}
			}
			if in := run(db3, parts[3], runOpt{}); in.rebuilt > 0 || in.replayed != putNew {
				t.Errorf("after articles stored without fusion: rebuilt from %d, %d read after the saved index, want 0 and %d", in.rebuilt, in.replayed, putNew)
			}
			if got := exports(t, db3); got != want {
				t.Error("runs with articles stored without fusion between them differ from one ingest")
			}

			// A run that stops before it saves its index: the next reads
			// its articles after the index saved before it.
			db4 := newDB()
			run(db4, parts[0], runOpt{})
			saved := storedCount(t, db4)
			run(db4, parts[1], runOpt{noSave: true})
			unsaved := storedCount(t, db4) - saved
			if in := run(db4, append(append([]parallax.Article(nil), parts[2]...), parts[3]...), runOpt{}); in.rebuilt > 0 || in.replayed != unsaved {
				t.Errorf("after a run that did not save: rebuilt from %d, %d read after the saved index, want 0 and %d", in.rebuilt, in.replayed, unsaved)
			}
			if got := exports(t, db4); got != want {
				t.Error("runs around one that did not save its index differ from one ingest")
			}

			// Runs that never saved an index (the first stopped before
			// it could): the next rebuilds, and writes only what changed
			// after the results the store holds.
			db7 := newDB()
			run(db7, parts[0], runOpt{noSave: true})
			first := storedCount(t, db7)
			if in := run(db7, parts[1], runOpt{}); in.rebuilt != first || in.settled != first {
				t.Errorf("after a run that never saved: rebuilt from %d, results taken at %d, want %d and %d", in.rebuilt, in.settled, first, first)
			}
			run(db7, append(append([]parallax.Article(nil), parts[2]...), parts[3]...), runOpt{})
			if got := exports(t, db7); got != want {
				t.Error("runs after one that never saved its index differ from one ingest")
			}

			// Another build: its index is not used.
			db5 := newDB()
			run(db5, arts[:n/2], runOpt{key: "old-build"})
			half := storedCount(t, db5)
			if in := run(db5, arts[n/2:], runOpt{key: "new-build"}); in.rebuilt != half || in.settled != -1 {
				t.Errorf("a new build rebuilt from %d articles, want %d, and took the old build's results at %d", in.rebuilt, half, in.settled)
			}
			if got := exports(t, db5); got != want {
				t.Error("a run of another build after one of an old build differs from one ingest")
			}
			// ... and the old build's runs no longer use their index
			// either, once the new one wrote the results.
			all := storedCount(t, ref)
			if in := run(db5, arts[:3], runOpt{key: "old-build"}); in.rebuilt != all {
				t.Errorf("the old build after the new: rebuilt from %d articles, want %d", in.rebuilt, all)
			}

			// A damaged saved index: a warning, a rebuild, the same
			// results.
			db6 := newDB()
			run(db6, arts, runOpt{})
			st, err = openStore(ctx, db6, false)
			if err != nil {
				t.Fatal(err)
			}
			// One byte changed in the middle of the first part.
			var part []byte
			if err := st.Write.QueryRowContext(ctx, `SELECT data FROM fusion_index_parts WHERE part = 0`).Scan(&part); err != nil {
				t.Fatal(err)
			}
			part[len(part)/2] ^= 0x10
			if _, err := st.Write.ExecContext(ctx, st.D.Rebind(`UPDATE fusion_index_parts SET data = ? WHERE part = 0`), part); err != nil {
				t.Fatal(err)
			}
			st.Close()
			warned = nil
			if in := run(db6, arts[:5], runOpt{}); in.rebuilt != all || len(warned) != 1 || !strings.Contains(fmt.Sprint(warned), "damaged") {
				t.Errorf("a damaged saved index: rebuilt from %d articles, want %d; warnings %v", in.rebuilt, all, warned)
			}
			if got := exports(t, db6); got != want {
				t.Error("after a damaged saved index, the results differ from one ingest")
			}
			if in := run(db6, arts[:5], runOpt{}); in.rebuilt != 0 {
				t.Errorf("the run after the rebuild did not use the index it saved (rebuilt from %d)", in.rebuilt)
			}
		})
	}
}

// TestIngestKilledThenRerunFromSavedIndex: an ingest killed (SIGKILL)
// while it stores articles, after a run that saved its index, and run
// again: the rerun starts from the saved index, reads what the killed run
// stored, and the database is the one of a single ingest.
func TestIngestKilledThenRerunFromSavedIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the VOA corpus twice")
	}
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	mustRun(t, "ingest", "--db", clean, "--batch", "4", seedsJSONL, voaJSONL)
	want := exports(t, clean)

	crashed := filepath.Join(dir, "crashed.db")
	mustRun(t, "ingest", "--db", crashed, seedsJSONL)
	before := articleCount(t, crashed)
	commandKilledAfter(t, crashed, before+8, "ingest", "--db", crashed, "--batch", "4", voaJSONL)
	n := articleCount(t, crashed)
	if n <= before || n >= 78 {
		t.Fatalf("the kill left %d articles (%d before): nothing tested", n, before)
	}
	if bad := halfStored(t, crashed); len(bad) > 0 {
		t.Fatalf("after the kill at %d articles, half-stored articles: %v", n, bad)
	}
	_, errs, code := parallaxCmd(t, "ingest", "--db", crashed, "--batch", "4", seedsJSONL, voaJSONL)
	if code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, errs)
	}
	if strings.Contains(errs, "rebuilt") {
		t.Errorf("the rerun rebuilt the index instead of starting from the saved one: %s", errs)
	}
	if got := exports(t, crashed); got != want {
		t.Errorf("the database after a kill and a rerun from the saved index differs from one ingest (killed at %d articles)", n)
	}
}

// storedCount is the number of articles of the database dsn.
func storedCount(t *testing.T, dsn string) int {
	t.Helper()
	st, err := openStore(context.Background(), dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Articles
}

// commandKilledAfter runs parallax with args and kills it (SIGKILL: no
// cleanup runs) once the SQLite database at db holds n articles, or after
// two minutes.
func commandKilledAfter(t *testing.T, db string, n int, args ...string) {
	t.Helper()
	cmd := exec.Command("parallax", args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for articleCount(t, db) < n && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
}

// TestConcurrentIngestSameAsOne: two ingests that run at once into one
// database, both starting from the index a first run saved, end with
// the incidents and duplicates of one index given every stored article
// in the order they were stored (each process adds the other's articles
// where the store put them, and writes what changed).
func TestConcurrentIngestSameAsOne(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the cluster corpora")
	}
	clusters := func(f string) string { return filepath.Join("..", "..", "testdata", "clusters", f) }
	for name, db := range backends(t) {
		t.Run(name, func(t *testing.T) {
			mustRun(t, "ingest", "--db", db, clusters("events.jsonl"))
			var wg sync.WaitGroup
			errs := make([]string, 2)
			codes := make([]int, 2)
			for i, in := range []string{clusters("dev.jsonl"), clusters("events2.jsonl")} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[i], codes[i] = parallaxCmd(t, "ingest", "--db", db, "--batch", "2", in)
				}()
			}
			wg.Wait()
			for i := range codes {
				if codes[i] != 0 {
					t.Fatalf("ingest %d: exit %d: %s", i, codes[i], errs[i])
				}
			}
			ctx := context.Background()
			st, err := openStore(ctx, db, true)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			ix := fuse.NewIndex(fuse.DefaultOptions())
			// How often storage switched from one process's articles to
			// the other's: what the processes had to read of each other.
			switches, last := 0, ""
			if err := st.Documents(ctx, func(d *parallax.Document) error {
				ix.Add(d)
				if src, _, _ := strings.Cut(filepath.Base(d.Article.Source), ":"); src != last {
					switches++
					last = src
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			t.Logf("storage switched %d times between the inputs", switches)
			checkStoredFusion(t, ctx, st, ix)
			// the three inputs hold 190 articles, some of them copies the
			// store may keep once: most of them must be stored
			if s, _ := st.Stats(ctx); s.Articles < 180 {
				t.Errorf("%d articles stored", s.Articles)
			}
		})
	}
}

// TestIndexKey: the key of this (test) binary is its Go build ID, as the
// Go tools read it, and the same at every call; the text marker of other
// formats is found.
func TestIndexKey(t *testing.T) {
	k := executableKey()
	if !strings.HasPrefix(k, "go:") || len(k) < 20 {
		t.Fatalf("key %q: want the Go build ID", k)
	}
	if again := executableKey(); again != k {
		t.Errorf("keys differ: %q, %q", k, again)
	}
	if id, ok := goBuildID([]byte("junk\xff Go build ID: \"abc/def\"\n \xffmore")); !ok || id != "abc/def" {
		t.Errorf("marker: %q %v", id, ok)
	}
	if _, ok := goBuildID([]byte("no marker here")); ok {
		t.Error("an ID without a marker")
	}
}

// emptyDB is the DSN of a new, empty database of the backend named as
// backends names it: a file in the test's temporary directory for SQLite,
// a fresh database on the test server for PostgreSQL.
func emptyDB(t *testing.T, backend string) string {
	t.Helper()
	if backend == "sqlite" {
		return filepath.Join(t.TempDir(), "p.db")
	}
	return pgtest.DSN(t)
}
