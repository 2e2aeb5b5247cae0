package api_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/memstore"
	"github.com/parallaxhq/parallax/internal/store/postgres"
	"github.com/parallaxhq/parallax/internal/store/postgres/pgtest"
	"github.com/parallaxhq/parallax/internal/store/sqlite"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// noScan is an SQL store whose Documents fails the test: the claim and
// event lists must read only the articles that hold the page asked for.
type noScan struct {
	*sqlstore.Store
	t *testing.T
}

func (s noScan) Documents(ctx context.Context, fn func(*parallax.Document) error) error {
	s.t.Errorf("a claim or event list read every stored article")
	return s.Store.Documents(ctx, fn)
}

// TestItemPagesFromCounts: over an SQL store, GET /api/claims and
// /api/events find their page from the stored claim and event rows
// (store.ItemCounter) and read only the articles holding it; their
// answers are those of the in-memory store, which reads every article,
// for every filter and page tried, totals included.
func TestItemPagesFromCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the seeds and the dev articles")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var arts []parallax.Article
	ingest.Read([]string{filepath.Join("..", "demo", "corpus", "seeds.jsonl"), filepath.Join("..", "..", "testdata", "devgold", "articles.jsonl")},
		ingest.Options{}, func(a parallax.Article) { arts = append(arts, a) }, func(e *ingest.Error) { t.Fatal(e) })
	ctx := context.Background()
	docs, _, _, err := p.AnalyzeAll(ctx, arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	mem := memstore.New()
	if _, err := mem.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	sqls := map[string]*sqlstore.Store{}
	sq, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	sqls["sqlite"] = sq
	if os.Getenv(pgtest.Env) != "" || os.Getenv("CI") == "true" {
		pg, err := postgres.Open(ctx, pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		defer pg.Close()
		sqls["postgres"] = pg
	}
	for _, st := range sqls {
		if _, err := st.Put(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	serve := func(cfg api.Config) string {
		mux := http.NewServeMux()
		api.New(cfg).Register(mux)
		srv := httptest.NewServer(mux)
		t.Cleanup(srv.Close)
		return srv.URL
	}
	want := serve(api.Config{Store: mem})
	gots := map[string]string{}
	for name, st := range sqls {
		gots[name] = serve(api.Config{Store: noScan{st, t}})
	}
	get := func(url string) (int, string) {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	// Filters from what the documents hold: the commonest sides and
	// event type (one side in lower case: sides match ignoring case).
	claimSides, eventSides, types := map[string]int{}, map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, c := range d.Claims {
			claimSides[c.Speaker.Side]++
		}
		for _, e := range d.Events {
			types[e.Type]++
			eventSides[e.Initiator.Side]++
		}
	}
	cs, es, ty := top(claimSides, 2), top(eventSides, 1), top(types, 1)
	var queries []string
	for _, f := range []string{"", "side=" + cs[0], "side=" + strings.ToLower(cs[1]), "stance=deny", "side=" + cs[0] + "&stance=assert", "side=NONE"} {
		for _, pg := range []string{"", "limit=1", "limit=7&offset=3", "offset=40&limit=25", "offset=100000"} {
			queries = append(queries, "/api/claims?"+f+"&"+pg)
		}
	}
	for _, f := range []string{"", "side=" + es[0], "type=" + ty[0], "type=" + ty[0] + "&side=" + strings.ToLower(es[0]), "type=none"} {
		for _, pg := range []string{"", "limit=2", "limit=9&offset=5", "offset=30&limit=40"} {
			queries = append(queries, "/api/events?"+f+"&"+pg)
		}
	}
	nonEmpty := 0
	for _, q := range queries {
		wc, wb := get(want + q)
		for name, got := range gots {
			gc, gb := get(got + q)
			if wc != 200 || gc != wc || gb != wb {
				t.Errorf("%s: %s store %d %.300s\nin-memory store %d %.300s", q, name, gc, gb, wc, wb)
			}
		}
		if len(wb) > 80 {
			nonEmpty++
		}
	}
	if nonEmpty < len(queries)/2 {
		t.Errorf("only %d of %d queries found items: the test compares little", nonEmpty, len(queries))
	}
}

// top returns the n commonest non-empty keys of m, commonest first.
func top(m map[string]int, n int) []string {
	var keys []string
	for k := range m {
		if k != "" {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	for len(keys) < n {
		keys = append(keys, "NONE")
	}
	return keys[:n]
}
