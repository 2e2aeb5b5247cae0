package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/api/apitest"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
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

// TestWholeStoreRoutesBounded: GET /api/report refuses, with a 400 that
// says what to use instead, a store larger than MaxReportArticles rather
// than build its report in memory; an incident's detail reads the
// documents of its first MaxIncidentArticles articles and says how many
// it left out.
func TestWholeStoreRoutesBounded(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	// Five incidents per article: MaxReportArticles + 2 articles.
	if err := apitest.Populate(ctx, st, 5*(api.MaxReportArticles+2)); err != nil {
		t.Fatal(err)
	}
	n := api.MaxIncidentArticles + 30
	big := parallax.Incident{ID: "big", Events: []string{}, Places: []string{}, Sides: []string{}, Unheard: []string{},
		Estimates: []parallax.Estimate{}, Contradictions: []parallax.Contradiction{}, Date: parallax.DaySpan{Start: "2020-01-01", End: "2020-01-01"}}
	for i := range n {
		big.Articles = append(big.Articles, fmt.Sprintf("gen%06d", i))
	}
	if err := st.SetFusion(ctx, []parallax.Incident{big}, nil); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	api.New(api.Config{Store: st}).Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/api/report"); code != http.StatusBadRequest || !strings.Contains(body, "parallax export") {
		t.Errorf("GET /api/report over %d articles: %d %.200s", api.MaxReportArticles+2, code, body)
	}
	code, body := get("/api/incidents/big")
	var det api.IncidentDetail
	if code != 200 || json.Unmarshal([]byte(body), &det) != nil {
		t.Fatalf("GET /api/incidents/big: %d %.200s", code, body)
	}
	if len(det.Articles) != api.MaxIncidentArticles || det.OmittedArticles != n-api.MaxIncidentArticles || len(det.Incident.Articles) != n {
		t.Errorf("incident of %d articles: %d read, %d omitted, %d named", n, len(det.Articles), det.OmittedArticles, len(det.Incident.Articles))
	}
}

// slowStore is a store whose incident list waits until the request's
// context ends, as a query that would run too long.
type slowStore struct{ *memstore.Store }

func (s slowStore) Incidents(ctx context.Context, f store.IncidentFilter) ([]parallax.Incident, int, error) {
	<-ctx.Done()
	return nil, 0, ctx.Err()
}

// TestReadsEndAtReadTimeout: a GET whose store work outlasts ReadTimeout
// ends with a 503 instead of holding the request (and the store) for as
// long as the work would take.
func TestReadsEndAtReadTimeout(t *testing.T) {
	defer func(d time.Duration) { api.ReadTimeout = d }(api.ReadTimeout)
	api.ReadTimeout = 50 * time.Millisecond
	mux := http.NewServeMux()
	api.New(api.Config{Store: slowStore{memstore.New()}}).Register(mux)
	srv := httptest.NewServer(api.Secure(mux, nil))
	defer srv.Close()
	client := &http.Client{Timeout: time.Minute}
	resp, err := client.Get(srv.URL + "/api/incidents")
	if err != nil {
		t.Fatalf("GET /api/incidents over a store that outlasts the timeout: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("GET /api/incidents over a store that outlasts the timeout: %d, want 503", resp.StatusCode)
	}
}
