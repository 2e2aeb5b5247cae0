package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/sqlite"
)

// TestColdFile: records read back equal what was put, whether still in
// the write buffer or flushed, across the buffer's boundary and for a
// record larger than the buffer; a reference past the end is an error.
func TestColdFile(t *testing.T) {
	c, err := newColdFile()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var refs []int64
	var recs [][]byte
	check := func() {
		t.Helper()
		for i, ref := range refs {
			got, err := c.Get(ref, len(recs[i]))
			if err != nil || !bytes.Equal(got, recs[i]) {
				t.Fatalf("record %d (ref %d, %d bytes): got %d bytes, %v", i, ref, len(recs[i]), len(got), err)
			}
		}
	}
	for i := range 5000 {
		n := i % 900
		if i == 2500 {
			n = 3 * coldBuffer
		}
		b := bytes.Repeat([]byte{byte(i), byte(i >> 8)}, n/2+1)
		ref, err := c.Put(b)
		if err != nil {
			t.Fatal(err)
		}
		refs, recs = append(refs, ref), append(recs, b)
		if i%1000 == 0 {
			check()
		}
	}
	if c.flushed == 0 || len(c.buf) == 0 {
		t.Fatalf("the test should read both flushed and buffered records (flushed %d, buffered %d)", c.flushed, len(c.buf))
	}
	check()
	if _, err := c.Get(c.flushed+int64(len(c.buf)), 1); err == nil {
		t.Error("a reference past the end was read")
	}
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}

// TestIngestCompactionExact ingests the fusion development articles
// (analysed, spread over five years) in shuffled order in small batches,
// so that the index compacts articles and incidents and reads them back
// for late arrivals, and checks that the stored incidents and duplicates
// are those of an index that keeps everything, built from the same stored
// articles in the same order.
func TestIngestCompactionExact(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the development clusters")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	cl, err := fuse.ReadClusters(filepath.Join("..", "..", "testdata", "clusters", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	arts := make([]parallax.Article, len(cl))
	for i, c := range cl {
		arts[i] = c.Article
	}
	// Repeat the corpus under new ids, dated years apart, so that the
	// stories of every copy are compacted by the time the next arrives
	// out of order.
	var all []parallax.Article
	for k := range 3 {
		for _, a := range arts {
			a.ID = fmt.Sprintf("%s-r%d", a.ID, k)
			a.Body += fmt.Sprintf("\n\nCopy %d.", k)
			if d, err := time.Parse("2006-01-02", a.Published[:10]); err == nil {
				a.Published = d.AddDate(-4*k, 0, 0).Format("2006-01-02")
			}
			all = append(all, a)
		}
	}
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// The side file is rewritten whenever some of it is dead.
	in := &ingester{store: st, pipeline: p, batch: 5, workers: 2, progress: func(int) {}, fail: func(err error) { t.Error(err) },
		reclaimWhen: func(put, dead int64) bool { return dead > 0 }}
	var compacted int
	in.onCompact = func(n int) { compacted += n }
	if _, err := in.run(ctx, feed(all)); err != nil {
		t.Fatal(err)
	}
	if compacted == 0 || in.rewrites == 0 {
		t.Fatalf("%d compacted, %d side file rewrites: nothing tested", compacted, in.rewrites)
	}
	ix := fuse.NewIndex(fuse.DefaultOptions())
	if err := st.Documents(ctx, func(d *parallax.Document) error { ix.Add(d); return nil }); err != nil {
		t.Fatal(err)
	}
	n, dups := checkStoredFusion(t, ctx, st, ix)
	t.Logf("%d articles, %d incidents, %d duplicate entries; %d compactions, %d side file rewrites", len(all), n, dups, compacted, in.rewrites)
}

// fusionReader is what checkStoredFusion reads of a store.
type fusionReader interface {
	Incidents(ctx context.Context, f store.IncidentFilter) ([]parallax.Incident, int, error)
	Duplicates(ctx context.Context) ([]parallax.Duplicate, error)
}

// checkStoredFusion fails t unless st holds exactly the incidents and
// duplicates of ix, an index built over the stored articles in storage
// order: what every ingest path (incremental, compacted, resumed, saved
// index, concurrent writers) must leave behind. It returns how many
// incidents and duplicate entries were compared.
func checkStoredFusion(t *testing.T, ctx context.Context, st fusionReader, ix *fuse.Index) (incidents, duplicates int) {
	t.Helper()
	want := map[string]string{}
	for _, inc := range ix.Incidents() {
		b, _ := json.Marshal(inc)
		want[inc.ID] = string(b)
	}
	got, n, err := st.Incidents(ctx, store.IncidentFilter{Page: store.Page{Limit: store.MaxLimit}})
	if err != nil || n != len(want) || len(got) != n {
		t.Fatalf("%d (%d) incidents stored, want %d: %v", n, len(got), len(want), err)
	}
	for _, inc := range got {
		if b, _ := json.Marshal(inc); string(b) != want[inc.ID] {
			t.Errorf("incident %s stored:\n%s\nwant\n%s", inc.ID, b, want[inc.ID])
		}
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := json.Marshal(dups)
	w, _ := json.Marshal(ix.Duplicates())
	if string(g) != string(w) {
		t.Errorf("duplicates stored:\n%s\nwant\n%s", g, w)
	}
	return n, len(dups)
}
