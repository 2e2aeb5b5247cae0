package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/api/apitest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/memstore"
)

// sentenceStage is a tiny stand-in for the real pipeline: one sentence per
// line, enough to check that posted articles are analysed and stored.
type sentenceStage struct{}

func (sentenceStage) Name() string { return "lines" }
func (sentenceStage) Process(d *parallax.Document) {
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		if strings.TrimSpace(line) != "" {
			d.Sentences = append(d.Sentences, parallax.Sentence{Span: parallax.Span{Start: off, End: off + len(strings.TrimRight(line, "\n"))}})
		}
		off += len(line)
	}
}

type oneIncident struct{}

func (oneIncident) Fuse(docs []*parallax.Document) ([]parallax.Incident, []parallax.Duplicate) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Article.ID
	}
	return []parallax.Incident{{ID: "all", Articles: ids, Events: []string{}, Places: []string{}, Sides: []string{}, Unheard: []string{},
		Estimates: []parallax.Estimate{}, Contradictions: []parallax.Contradiction{}}}, nil
}

func newServer(t *testing.T, token string) (*httptest.Server, *memstore.Store) {
	t.Helper()
	st := memstore.New()
	if err := apitest.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	p := &pipeline.Pipeline{Stages: []pipeline.Stage{sentenceStage{}}, Fuser: oneIncident{}}
	api.New(api.Config{Store: st, Pipeline: p, Token: token}).Register(mux)
	srv := httptest.NewServer(api.Secure(mux, nil))
	t.Cleanup(srv.Close)
	return srv, st
}

func loadSpec(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI)
	if err != nil {
		t.Fatalf("openapi.json does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not valid OpenAPI 3: %v", err)
	}
	return doc
}

func TestOpenAPIDocumentIsValid(t *testing.T) { loadSpec(t) }

// checkAgainstSpec validates a response body against the schema the
// document gives for the route, method and status.
func checkAgainstSpec(t *testing.T, doc *openapi3.T, route, method string, status int, body []byte) {
	t.Helper()
	item := doc.Paths.Value(route)
	if item == nil {
		t.Fatalf("%s: not in openapi.json", route)
	}
	op := item.GetOperation(method)
	if op == nil {
		t.Fatalf("%s %s: not in openapi.json", method, route)
	}
	resp := op.Responses.Status(status)
	if resp == nil {
		t.Fatalf("%s %s: status %d not documented (body %s)", method, route, status, body)
	}
	mt := resp.Value.Content.Get("application/json")
	if mt == nil {
		t.Fatalf("%s %s %d: no JSON schema", method, route, status)
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%s %s: body is not JSON: %v", method, route, err)
	}
	if err := mt.Schema.Value.VisitJSON(v); err != nil {
		t.Errorf("%s %s %d: body does not match openapi.json: %v\n%s", method, route, status, err, clip(body))
	}
}

func clip(b []byte) string {
	if len(b) > 400 {
		return string(b[:400]) + "…"
	}
	return string(b)
}

func do(t *testing.T, method, url, ctype, auth, body string) (int, []byte, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b, resp.Header
}

func TestRoutesMatchSpec(t *testing.T) {
	doc := loadSpec(t)
	srv, _ := newServer(t, "s3cret")
	tests := []struct {
		name, method, path, route string
		body, auth                string
		want                      int
		check                     func(t *testing.T, body []byte)
	}{
		{"incidents", "GET", "/api/incidents", "/api/incidents", "", "", 200, func(t *testing.T, b []byte) {
			var l api.IncidentList
			json.Unmarshal(b, &l)
			if l.Total != 2 || l.Incidents[0].ID != "i2" {
				t.Errorf("want 2 incidents, latest (i2) first; got %s", clip(b))
			}
		}},
		{"incidents by side and date", "GET", "/api/incidents?side=ARM&from=2020-09-01&to=2020-09-30", "/api/incidents", "", "", 200, func(t *testing.T, b []byte) {
			var l api.IncidentList
			json.Unmarshal(b, &l)
			if l.Total != 1 || l.Incidents[0].ID != "i1" {
				t.Errorf("want i1 only; got %s", clip(b))
			}
		}},
		{"incidents one-sided page", "GET", "/api/incidents?one_sided=true&limit=1&offset=0", "/api/incidents", "", "", 200, func(t *testing.T, b []byte) {
			var l api.IncidentList
			json.Unmarshal(b, &l)
			if l.Total != 1 || l.Limit != 1 || l.Incidents[0].ID != "i2" {
				t.Errorf("want i2; got %s", clip(b))
			}
		}},
		{"incidents by place", "GET", "/api/incidents?place=martakert", "/api/incidents", "", "", 200, nil},
		{"bad date", "GET", "/api/incidents?from=2020-13-01", "/api/incidents", "", "", 400, nil},
		{"from after to", "GET", "/api/incidents?from=2021-01-01&to=2020-01-01", "/api/incidents", "", "", 400, nil},
		{"bad limit", "GET", "/api/incidents?limit=0", "/api/incidents", "", "", 400, nil},
		{"limit too big", "GET", "/api/incidents?limit=100000", "/api/incidents", "", "", 400, nil},
		{"negative offset", "GET", "/api/incidents?offset=-1", "/api/incidents", "", "", 400, nil},
		{"bad bool", "GET", "/api/incidents?one_sided=maybe", "/api/incidents", "", "", 400, nil},
		{"repeated side", "GET", "/api/incidents?side=ARM&side=AZE", "/api/incidents", "", "", 400, nil},
		{"long text", "GET", "/api/incidents?text=" + strings.Repeat("a", 300), "/api/incidents", "", "", 400, nil},
		{"incident", "GET", "/api/incidents/i1", "/api/incidents/{id}", "", "", 200, func(t *testing.T, b []byte) {
			var d api.IncidentDetail
			json.Unmarshal(b, &d)
			if len(d.Claims) != 4 || len(d.Articles) != 2 || len(d.Places) != 2 || len(d.Incident.Contradictions) != 1 {
				t.Errorf("want 4 claims, 2 articles, 2 places, 1 contradiction; got %s", clip(b))
			}
			for _, c := range d.Claims {
				if c.Sentence == "" {
					t.Errorf("claim %s has no sentence", c.ID)
				}
			}
		}},
		{"no incident", "GET", "/api/incidents/nope", "/api/incidents/{id}", "", "", 404, nil},
		{"articles", "GET", "/api/articles", "/api/articles", "", "", 200, func(t *testing.T, b []byte) {
			var l api.ArticleList
			json.Unmarshal(b, &l)
			if l.Total != 2 || l.Articles[0].ID != "b1" {
				t.Errorf("want 2 articles, newest (b1) first; got %s", clip(b))
			}
		}},
		{"article", "GET", "/api/articles/a1", "/api/articles/{id}", "", "", 200, func(t *testing.T, b []byte) {
			var d api.ArticleDetail
			json.Unmarshal(b, &d)
			if d.Article.Text == "" || len(d.Sentences) == 0 || len(d.Claims) != 2 || len(d.Counts) != 1 {
				t.Errorf("want text, sentences, 2 claims, 1 count; got %s", clip(b))
			}
			for _, c := range d.Claims {
				if c.Start < 0 || c.End > len(d.Article.Text) || c.Start > c.End {
					t.Errorf("claim %s span [%d,%d) outside the text", c.ID, c.Start, c.End)
				}
			}
		}},
		{"no article", "GET", "/api/articles/zzz", "/api/articles/{id}", "", "", 404, nil},
		{"claims", "GET", "/api/claims", "/api/claims", "", "", 200, func(t *testing.T, b []byte) {
			var l api.ClaimList
			json.Unmarshal(b, &l)
			if l.Total != 4 {
				t.Errorf("want 4 claims; got %s", clip(b))
			}
		}},
		{"claims filtered", "GET", "/api/claims?side=AZE&stance=deny", "/api/claims", "", "", 200, func(t *testing.T, b []byte) {
			var l api.ClaimList
			json.Unmarshal(b, &l)
			if l.Total != 1 || l.Claims[0].ID != "a1:c2" {
				t.Errorf("want the denial a1:c2; got %s", clip(b))
			}
		}},
		{"claims bad stance", "GET", "/api/claims?stance=maybe", "/api/claims", "", "", 400, nil},
		{"claims of missing article", "GET", "/api/claims?article=zzz", "/api/claims", "", "", 404, nil},
		{"events", "GET", "/api/events?type=battles", "/api/events", "", "", 200, func(t *testing.T, b []byte) {
			var l api.EventList
			json.Unmarshal(b, &l)
			if l.Total != 1 {
				t.Errorf("want 1 event; got %s", clip(b))
			}
		}},
		{"report", "GET", "/api/report", "/api/report", "", "", 200, func(t *testing.T, b []byte) {
			var r parallax.Report
			json.Unmarshal(b, &r)
			if r.Version != 1 || len(r.Articles) != 2 || len(r.Incidents) != 2 || len(r.Claims) != 4 {
				t.Errorf("want report v1 with 2 articles, 2 incidents, 4 claims; got %s", clip(b))
			}
		}},
		{"report bad bool", "GET", "/api/report?text=x", "/api/report", "", "", 400, nil},
		{"stats", "GET", "/api/stats", "/api/stats", "", "", 200, nil},
		{"analyze text", "POST", "/api/analyze?date=2024-01-02", "/api/analyze", "TITLE: A test\n\nOne line.\nTwo lines.\n", "", 200, func(t *testing.T, b []byte) {
			var r parallax.Report
			json.Unmarshal(b, &r)
			if len(r.Articles) != 1 || r.Articles[0].Sentences != 2 || r.Articles[0].Published != "2024-01-02" || r.Articles[0].Title != "A test" {
				t.Errorf("want one article of 2 sentences, dated and titled; got %s", clip(b))
			}
		}},
		{"analyze jsonl", "POST", "/api/analyze", "/api/analyze", `{"id":"x","text":"Hello."}` + "\n" + `{"id":"y","text":"World."}` + "\n", "", 200, func(t *testing.T, b []byte) {
			var r parallax.Report
			json.Unmarshal(b, &r)
			if len(r.Articles) != 2 || r.Articles[0].ID != "x" {
				t.Errorf("want articles x and y; got %s", clip(b))
			}
		}},
		{"analyze empty", "POST", "/api/analyze", "/api/analyze", "  \n", "", 400, nil},
		{"analyze bad jsonl", "POST", "/api/analyze", "/api/analyze", `{"id":"x","text":"ok"}` + "\n" + `{"id": 3,` + "\n", "", 400, nil},
		{"analyze bad date", "POST", "/api/analyze?date=yesterday", "/api/analyze", "text", "", 400, nil},
		{"analyze too big", "POST", "/api/analyze", "/api/analyze", strings.Repeat("word ", api.MaxBodyBytes/5+10), "", 413, nil},
		{"ingest without token", "POST", "/api/articles", "/api/articles", "Some text.", "", 401, nil},
		{"ingest wrong token", "POST", "/api/articles", "/api/articles", "Some text.", "Bearer nope", 401, nil},
		{"ingest", "POST", "/api/articles", "/api/articles", `{"id":"new1","text":"Fresh news."}` + "\n", "Bearer s3cret", 200, func(t *testing.T, b []byte) {
			var r api.IngestResult
			json.Unmarshal(b, &r)
			if len(r.Articles) != 1 || r.Articles[0].ID != "new1" || r.Articles[0].DuplicateOf != "" || r.Incidents != 1 {
				t.Errorf("want new1 stored and fusion rerun; got %s", clip(b))
			}
		}},
		{"ingest too big", "POST", "/api/articles", "/api/articles", strings.Repeat("word ", api.MaxBodyBytes/5+10), "Bearer s3cret", 413, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, hdr := do(t, tt.method, srv.URL+tt.path, "", tt.auth, tt.body)
			if code != tt.want {
				t.Fatalf("%s %s: status %d, want %d: %s", tt.method, tt.path, code, tt.want, clip(body))
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			checkAgainstSpec(t, doc, tt.route, tt.method, code, body)
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}
}

func TestIngestReadOnlyWithoutToken(t *testing.T) {
	srv, st := newServer(t, "")
	code, body, _ := do(t, "POST", srv.URL+"/api/articles", "", "Bearer anything", "Some text.")
	if code != http.StatusForbidden {
		t.Fatalf("status %d, want 403: %s", code, body)
	}
	checkAgainstSpec(t, loadSpec(t), "/api/articles", "POST", code, body)
	if s, _ := st.Stats(context.Background()); s.Articles != 2 {
		t.Errorf("a read-only server stored an article: %d articles", s.Articles)
	}
}

func TestIngestedArticleIsServed(t *testing.T) {
	srv, _ := newServer(t, "tok")
	code, body, _ := do(t, "POST", srv.URL+"/api/articles", "text/plain", "Bearer tok", "TITLE: Posted\n\nA posted line.\n")
	if code != 200 {
		t.Fatalf("ingest: %d %s", code, body)
	}
	code, body, _ = do(t, "GET", srv.URL+"/api/articles", "", "", "")
	if code != 200 || !strings.Contains(string(body), `"Posted"`) {
		t.Errorf("the posted article is not listed: %d %s", code, clip(body))
	}
}

func TestSecurityHeadersAndLimits(t *testing.T) {
	srv, _ := newServer(t, "")
	code, _, hdr := do(t, "GET", srv.URL+"/api/incidents", "", "", "")
	if code != 200 {
		t.Fatal(code)
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	}
	if hdr.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no X-Content-Type-Options: nosniff")
	}
	code, _, _ = do(t, "GET", srv.URL+"/api/incidents?text="+strings.Repeat("x", api.MaxQueryBytes+1), "", "", "")
	if code != http.StatusRequestURITooLong {
		t.Errorf("long query: status %d, want 414", code)
	}
	code, body, _ := do(t, "GET", srv.URL+"/api/nothing", "", "", "")
	if code != 404 || !strings.Contains(string(body), "no such API route") {
		t.Errorf("unknown route: %d %s", code, body)
	}
	code, _, _ = do(t, "DELETE", srv.URL+"/api/incidents", "", "", "")
	if code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: status %d, want 405", code)
	}
}

func TestRecoverHidesPanics(t *testing.T) {
	h := api.Secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic(fmt.Errorf("secret detail at /root")) }), nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/x", nil))
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") || strings.Contains(rec.Body.String(), "goroutine") {
		t.Errorf("panic answer %d %q", rec.Code, rec.Body.String())
	}
}

func TestAuthorized(t *testing.T) {
	for _, tt := range []struct {
		header, token string
		want          bool
	}{
		{"Bearer abc", "abc", true},
		{"Bearer abd", "abc", false},
		{"bearer abc", "abc", false},
		{"abc", "abc", false},
		{"Bearer ", "", false},
		{"", "", false},
	} {
		r := httptest.NewRequest("POST", "/api/articles", nil)
		r.Header.Set("Authorization", tt.header)
		if got := api.Authorized(r, tt.token); got != tt.want {
			t.Errorf("Authorized(%q, %q) = %v", tt.header, tt.token, got)
		}
	}
}

// recordingIngester stores through the memory store and records what the
// handler gave it; fail makes it fail instead.
type recordingIngester struct {
	st   *memstore.Store
	got  [][]string
	fail error
}

func (r *recordingIngester) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	if r.fail != nil {
		return nil, 0, r.fail
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Article.ID
	}
	r.got = append(r.got, ids)
	res, err := r.st.Put(ctx, docs)
	return res, 41, err
}

// TestIngestUsesConfiguredIngester: with Config.Ingester, POST
// /api/articles hands it the analysed documents (and does not fuse
// itself: the incident count is the ingester's), and its failure is the
// request's.
func TestIngestUsesConfiguredIngester(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fail     error
		wantCode int
	}{
		{"stored", nil, http.StatusOK},
		{"failed", errors.New("disk full"), http.StatusInternalServerError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := memstore.New()
			ing := &recordingIngester{st: st, fail: tc.fail}
			mux := http.NewServeMux()
			p := &pipeline.Pipeline{Stages: []pipeline.Stage{sentenceStage{}}, Fuser: oneIncident{}}
			api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
			srv := httptest.NewServer(mux)
			defer srv.Close()
			body := `{"id":"a1","text":"Kora Vell said the bridge at Tamsin was closed."}` + "\n" +
				`{"id":"a2","text":"Officials in Drel counted nine trucks."}` + "\n"
			code, b, _ := do(t, "POST", srv.URL+"/api/articles", "application/x-ndjson", "Bearer tok", body)
			if code != tc.wantCode {
				t.Fatalf("status %d, want %d: %s", code, tc.wantCode, b)
			}
			checkAgainstSpec(t, loadSpec(t), "/api/articles", "POST", code, b)
			if tc.fail != nil {
				return
			}
			var res api.IngestResult
			if err := json.Unmarshal(b, &res); err != nil {
				t.Fatal(err)
			}
			if res.Incidents != 41 || len(res.Articles) != 2 || res.Articles[0].ID != "a1" {
				t.Errorf("answer %s: want the ingester's results", b)
			}
			if len(ing.got) != 1 || strings.Join(ing.got[0], ",") != "a1,a2" {
				t.Errorf("ingester given %v, want [[a1 a2]]", ing.got)
			}
			if inc, _, _ := st.Incidents(context.Background(), store.IncidentFilter{Page: store.Page{Limit: 10}}); len(inc) != 0 {
				t.Errorf("the handler fused itself: %d incidents stored", len(inc))
			}
		})
	}
}

// waitingIngester is not ready until ready is set; busyAtIngest makes
// Ingest itself say it is not ready (its state changed after Ready).
type waitingIngester struct {
	recordingIngester
	ready, busyAtIngest bool
	readyAsked          int
}

func (w *waitingIngester) Ready() error {
	w.readyAsked++
	if !w.ready {
		return &api.NotReadyError{Reason: "the fusion index is being built", RetryAfter: 2500 * time.Millisecond}
	}
	return nil
}

func (w *waitingIngester) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	if w.busyAtIngest {
		return nil, 0, &api.NotReadyError{Reason: "the fusion index is being rebuilt", RetryAfter: 0}
	}
	return w.recordingIngester.Ingest(ctx, docs)
}

// TestIngestNotReady: while the Ingester is not ready, POST /api/articles
// answers 503 with Retry-After in whole seconds (rounded up, at least 1)
// and hands it nothing; an unauthorised request is still refused first;
// once ready, the same request stores.
func TestIngestNotReady(t *testing.T) {
	st := memstore.New()
	ing := &waitingIngester{recordingIngester: recordingIngester{st: st}}
	mux := http.NewServeMux()
	p := &pipeline.Pipeline{Stages: []pipeline.Stage{sentenceStage{}}, Fuser: oneIncident{}}
	api.New(api.Config{Store: st, Pipeline: p, Token: "tok", Ingester: ing}).Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	body := `{"id":"b1","text":"Mira Ostel said the ferry to Cundle was late."}` + "\n"
	if code, b, _ := do(t, "POST", srv.URL+"/api/articles", "application/x-ndjson", "Bearer wrong", body); code != http.StatusUnauthorized {
		t.Errorf("wrong token while not ready: %d %s, want 401", code, b)
	}
	code, b, h := do(t, "POST", srv.URL+"/api/articles", "application/x-ndjson", "Bearer tok", body)
	if code != http.StatusServiceUnavailable || h.Get("Retry-After") != "3" || !strings.Contains(string(b), "being built") {
		t.Errorf("not ready: %d, Retry-After %q, %s; want 503, 3", code, h.Get("Retry-After"), b)
	}
	checkAgainstSpec(t, loadSpec(t), "/api/articles", "POST", code, b)
	if len(ing.got) != 0 {
		t.Errorf("the ingester was given %v while not ready", ing.got)
	}
	ing.ready, ing.busyAtIngest = true, true
	code, _, h = do(t, "POST", srv.URL+"/api/articles", "application/x-ndjson", "Bearer tok", body)
	if code != http.StatusServiceUnavailable || h.Get("Retry-After") != "1" {
		t.Errorf("not ready at Ingest: %d, Retry-After %q; want 503, 1", code, h.Get("Retry-After"))
	}
	ing.busyAtIngest = false
	if code, b, _ = do(t, "POST", srv.URL+"/api/articles", "application/x-ndjson", "Bearer tok", body); code != http.StatusOK {
		t.Fatalf("ready: %d %s", code, b)
	}
	if len(ing.got) != 1 || ing.got[0][0] != "b1" {
		t.Errorf("ingester given %v, want [[b1]]", ing.got)
	}
	if ing.readyAsked != 3 {
		t.Errorf("Ready asked %d times, want once per authorised request (3)", ing.readyAsked)
	}
}
