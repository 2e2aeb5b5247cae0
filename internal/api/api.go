// Package api is the JSON API of `parallax serve`: incidents, articles,
// claims, events and the full report read from a store.Store, plus analysis
// (POST /api/analyze) and ingestion (POST /api/articles). The routes are
// described by the hand-written OpenAPI 3 document openapi.json, which the
// tests check every response against.
package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/store"
)

// OpenAPI is the OpenAPI 3 document of the API, served at /api/openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte

// Limits on what clients may send.
const (
	// MaxBodyBytes bounds the body of POST /api/analyze and /api/articles.
	MaxBodyBytes = 2 << 20
	// MaxQueryBytes bounds the raw query string of any request.
	MaxQueryBytes = 2048
	// MaxTextParam bounds one text parameter (place, side, text, ids).
	MaxTextParam = 200
	// MaxArticlesPerPost bounds the articles of one POST.
	MaxArticlesPerPost = 200
	// MaxReportArticles bounds the store GET /api/report serves whole:
	// the report is built in memory (a news article's document is tens
	// of kilobytes), so a larger store is read through the paged routes
	// or `parallax export`, which streams.
	MaxReportArticles = 1000
	// MaxIncidentArticles bounds the articles whose documents an
	// incident's detail reads (the incident still names every one): an
	// incident that gathers thousands of reports would otherwise cost a
	// request that many documents.
	MaxIncidentArticles = 100
)

// Config is what the API needs.
type Config struct {
	Store store.Store
	// Pipeline analyses posted articles; nil disables POST /api/analyze and
	// POST /api/articles.
	Pipeline *pipeline.Pipeline
	// Token enables POST /api/articles, which then needs the header
	// "Authorization: Bearer TOKEN". Empty: the API is read-only.
	Token string
	// Ingester stores the documents of POST /api/articles and brings the
	// stored incidents and duplicates up to date with them; nil: Put, then
	// Refuse (fusion recomputed over every stored article, for stores
	// that keep no fusion index, as the in-memory one).
	Ingester Ingester
	Log      *slog.Logger
}

// Ingester stores analysed documents and updates the stored fusion with
// them, returning what happened to each document (as store.Put) and the
// number of stored incidents after. parallax serve over an SQL store gives
// the writer of `parallax ingest`, which keeps a fusion index: a POST
// then costs what its articles change, not a fusion of every article.
type Ingester interface {
	Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error)
}

// Readier is an Ingester that may not be able to store yet (parallax
// serve builds its fusion index in the background at start-up): the API
// asks it before analysing a POST, so that a client told to come back
// has not waited for an analysis thrown away. A nil error: ready.
type Readier interface {
	Ready() error
}

// NotReadyError is the error of an Ingester that cannot store yet: the
// API answers 503 with a Retry-After header, a client's cue to post
// again later rather than a failure.
type NotReadyError struct {
	Reason     string
	RetryAfter time.Duration
}

func (e *NotReadyError) Error() string { return e.Reason }

// IndexStater is an Ingester that says how current the stored incidents
// are: parallax serve stores a POST's articles without their fusion when
// its fusion index is busy or must be made again (never within a
// request), and brings the incidents up to date in the background. The
// API says it in the headers of POST /api/articles and of the routes
// that read incidents: Parallax-Index (current or updating),
// Parallax-Index-Age (whole seconds since the stored incidents last held
// every article the server knew of; absent before the first time) and
// Parallax-Unfused (articles it stored whose fusion is still to come).
type IndexStater interface {
	IndexState() IndexState
}

// IndexState is what an IndexStater says.
type IndexState struct {
	// Age is the time since the stored incidents last held every
	// article the server knew of; negative: not yet.
	Age time.Duration
	// Unfused counts the articles the server stored without their
	// fusion since.
	Unfused int
	// Updating: background work is bringing the index up to date.
	Updating bool
}

// SetIndexHeaders sets the headers of IndexStater on w, when ing is one.
func SetIndexHeaders(w http.ResponseWriter, ing Ingester) {
	is, ok := ing.(IndexStater)
	if !ok {
		return
	}
	st := is.IndexState()
	h := w.Header()
	state := "current"
	if st.Updating || st.Unfused > 0 || st.Age < 0 {
		state = "updating"
	}
	h.Set("Parallax-Index", state)
	if st.Age >= 0 {
		h.Set("Parallax-Index-Age", strconv.Itoa(int(st.Age/time.Second)))
	}
	h.Set("Parallax-Unfused", strconv.Itoa(st.Unfused))
}

// API serves the JSON routes.
type API struct {
	cfg Config
	// analyses bounds concurrent analyses to the cores: each is CPU-bound.
	analyses chan struct{}
	// ingestMu serialises ingestion, so fusion always sees every article.
	ingestMu sync.Mutex
}

// New returns the API over cfg.Store.
func New(cfg Config) *API {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &API{cfg: cfg, analyses: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

// Register adds the API routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/openapi.json", a.openAPI)
	mux.HandleFunc("GET /api/incidents", a.incidents)
	mux.HandleFunc("GET /api/incidents/{id}", a.incident)
	mux.HandleFunc("GET /api/articles", a.articles)
	mux.HandleFunc("GET /api/articles/{id}", a.article)
	mux.HandleFunc("GET /api/claims", a.claims)
	mux.HandleFunc("GET /api/events", a.events)
	mux.HandleFunc("GET /api/report", a.report)
	mux.HandleFunc("GET /api/stats", a.stats)
	mux.HandleFunc("POST /api/analyze", a.analyze)
	mux.HandleFunc("POST /api/articles", a.ingest)
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		Error(w, http.StatusNotFound, "no such API route: "+r.Method+" "+r.URL.Path)
	})
}

// ErrorBody is the JSON body of every error answer.
type ErrorBody struct {
	Error string `json:"error"`
}

// Error answers with a JSON error.
func Error(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, ErrorBody{msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b)
	w.Write([]byte("\n"))
}

func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		Error(w, http.StatusNotFound, "not found")
		return
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		Error(w, http.StatusServiceUnavailable, "request cancelled or timed out")
		return
	}
	var nr *NotReadyError
	if errors.As(err, &nr) {
		notReady(w, nr)
		return
	}
	var af analysisFailed
	if errors.As(err, &af) {
		// A fault of ours on one article: say which, so the client can
		// send the others without it.
		a.cfg.Log.Error("analysis", "method", r.Method, "path", r.URL.Path, "err", err)
		Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	a.cfg.Log.Error("store", "method", r.Method, "path", r.URL.Path, "err", err)
	Error(w, http.StatusInternalServerError, "internal error")
}

// notReady answers 503 with Retry-After (whole seconds, at least 1).
func notReady(w http.ResponseWriter, e *NotReadyError) {
	secs := int((e.RetryAfter + time.Second - 1) / time.Second)
	w.Header().Set("Retry-After", strconv.Itoa(max(1, secs)))
	Error(w, http.StatusServiceUnavailable, e.Reason)
}

// analysisFailed is the error of a request some of whose articles a stage
// failed on (see pipeline.Split): nothing of the request is stored.
type analysisFailed struct{ err error }

func (e analysisFailed) Error() string { return "analysis failed: " + e.err.Error() }

// analysisError is an analysisFailed naming the documents a stage failed
// on, or nil.
func analysisError(docs []*parallax.Document) error {
	_, broken := pipeline.Split(docs)
	if len(broken) == 0 {
		return nil
	}
	errs := make([]error, len(broken))
	for i, d := range broken {
		errs[i] = d.Err
	}
	return analysisFailed{errors.Join(errs...)}
}

func (a *API) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(OpenAPI)
}

// IncidentList is the answer of GET /api/incidents.
type IncidentList struct {
	Total     int                 `json:"total"`
	Offset    int                 `json:"offset"`
	Limit     int                 `json:"limit"`
	Incidents []parallax.Incident `json:"incidents"`
}

func (a *API) incidents(w http.ResponseWriter, r *http.Request) {
	SetIndexHeaders(w, a.cfg.Ingester)
	f, err := ParseIncidentFilter(r)
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	list, total, err := a.cfg.Store.Incidents(r.Context(), f)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	off, lim := f.Window()
	writeJSON(w, http.StatusOK, IncidentList{total, off, lim, normalized(list)})
}

// IncidentDetail is the answer of GET /api/incidents/{id}: the incident with
// what its articles say.
type IncidentDetail struct {
	Incident parallax.Incident      `json:"incident"`
	Articles []parallax.ArticleInfo `json:"articles"`
	Claims   []parallax.Claim       `json:"claims"`
	Events   []parallax.Event       `json:"events"`
	Counts   []parallax.Count       `json:"counts"`
	Places   []parallax.Place       `json:"places"`
	// OmittedArticles counts the incident's articles beyond
	// MaxIncidentArticles, whose items are not included.
	OmittedArticles int `json:"omitted_articles,omitempty"`
}

// LoadIncident reads an incident and the documents of its first
// MaxIncidentArticles articles. The web pages use it too.
func LoadIncident(ctx context.Context, st store.Reader, id string) (*parallax.Incident, []*parallax.Document, error) {
	inc, err := st.Incident(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	var docs []*parallax.Document
	for _, aid := range inc.Articles[:min(len(inc.Articles), MaxIncidentArticles)] {
		d, err := st.Document(ctx, aid)
		if errors.Is(err, store.ErrNotFound) {
			continue // fusion may name an article stored since removed
		}
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	return inc, docs, nil
}

// Detail gathers what an incident's articles say about it: all their
// claims (a claim about the incident need not carry one of its events),
// the incident's events with their counts, and its places.
func Detail(inc *parallax.Incident, docs []*parallax.Document) IncidentDetail {
	out := IncidentDetail{Incident: normalized([]parallax.Incident{*inc})[0]}
	inEvents := set(inc.Events)
	inPlaces := set(inc.Places)
	for _, d := range docs {
		rep := report.Build([]*parallax.Document{d}, nil, nil, report.Options{})
		out.Articles = append(out.Articles, rep.Articles...)
		out.Claims = append(out.Claims, rep.Claims...)
		for _, e := range rep.Events {
			if inEvents[e.ID] {
				out.Events = append(out.Events, e)
			}
		}
		for _, c := range rep.Counts {
			if inEvents[string(c.Event)] || len(inEvents) == 0 {
				out.Counts = append(out.Counts, c)
			}
		}
		for _, p := range rep.Places {
			if inPlaces[p.ID] {
				out.Places = append(out.Places, p)
			}
		}
	}
	out.OmittedArticles = max(0, len(inc.Articles)-MaxIncidentArticles)
	out.Articles, out.Claims, out.Events = nonNil(out.Articles), nonNil(out.Claims), nonNil(out.Events)
	out.Counts, out.Places = nonNil(out.Counts), nonNil(out.Places)
	return out
}

func (a *API) incident(w http.ResponseWriter, r *http.Request) {
	SetIndexHeaders(w, a.cfg.Ingester)
	id, err := pathID(r)
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	inc, docs, err := LoadIncident(r.Context(), a.cfg.Store, id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, Detail(inc, docs))
}

// ArticleList is the answer of GET /api/articles.
type ArticleList struct {
	Total    int                    `json:"total"`
	Offset   int                    `json:"offset"`
	Limit    int                    `json:"limit"`
	Articles []parallax.ArticleInfo `json:"articles"`
}

func (a *API) articles(w http.ResponseWriter, r *http.Request) {
	p, err := ParsePage(r.URL.Query())
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	list, total, err := a.cfg.Store.Articles(r.Context(), p)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	off, lim := p.Window()
	writeJSON(w, http.StatusOK, ArticleList{total, off, lim, nonNil(list)})
}

// ArticleDetail is the answer of GET /api/articles/{id}: the article with
// its cleaned text, its sentence spans and everything extracted from it.
type ArticleDetail struct {
	Article   parallax.ArticleInfo `json:"article"`
	Sentences []parallax.Span      `json:"sentences"`
	Entities  []parallax.Entity    `json:"entities"`
	Places    []parallax.Place     `json:"places"`
	Claims    []parallax.Claim     `json:"claims"`
	Events    []parallax.Event     `json:"events"`
	Counts    []parallax.Count     `json:"counts"`
}

func (a *API) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	d, err := a.cfg.Store.Document(r.Context(), id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	rep := report.Build([]*parallax.Document{d}, nil, nil, report.Options{WithText: true})
	sents := make([]parallax.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = s.Span
	}
	writeJSON(w, http.StatusOK, ArticleDetail{rep.Articles[0], sents, rep.Entities, rep.Places, rep.Claims, rep.Events, rep.Counts})
}

// ClaimList is the answer of GET /api/claims.
type ClaimList struct {
	Total  int              `json:"total"`
	Offset int              `json:"offset"`
	Limit  int              `json:"limit"`
	Claims []parallax.Claim `json:"claims"`
}

// EventList is the answer of GET /api/events.
type EventList struct {
	Total  int              `json:"total"`
	Offset int              `json:"offset"`
	Limit  int              `json:"limit"`
	Events []parallax.Event `json:"events"`
}

// eachReport calls fn with the report of one article (article= given) or
// of every stored article in turn.
func (a *API) eachReport(ctx context.Context, article string, fn func(parallax.Report)) error {
	if article != "" {
		d, err := a.cfg.Store.Document(ctx, article)
		if err != nil {
			return err
		}
		fn(report.Build([]*parallax.Document{d}, nil, nil, report.Options{}))
		return nil
	}
	return a.cfg.Store.Documents(ctx, func(d *parallax.Document) error {
		fn(report.Build([]*parallax.Document{d}, nil, nil, report.Options{}))
		return nil
	})
}

// pageItems gives the page off, lim of the items (claims or events) that
// keep selects from the stored articles' reports, in storage order, and
// their total. With counts (a store that counts them by article without
// reading documents: store.ItemCounter) only the articles that hold the
// page are read; else every article is (the in-memory store), keeping
// only the page. items gives an article report's items.
func pageItems[T any](ctx context.Context, a *API, article string, counts func(fn func(string, int) error) error,
	items func(parallax.Report) []T, keep func(T) bool, off, lim int) ([]T, int, error) {
	page := []T{}
	total := 0
	if counts == nil {
		err := a.eachReport(ctx, article, func(rep parallax.Report) {
			for _, it := range items(rep) {
				if keep(it) {
					if total >= off && total < off+lim {
						page = append(page, it)
					}
					total++
				}
			}
		})
		return page, total, err
	}
	// The articles holding the page, and how many matching items come
	// before the first one's.
	var ids []string
	skip := 0
	err := counts(func(id string, n int) error {
		if total+n > off && total < off+lim {
			if len(ids) == 0 {
				skip = off - total
			}
			ids = append(ids, id)
		}
		total += n
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	var got []T
	for _, id := range ids {
		d, err := a.cfg.Store.Document(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue // removed since it was counted
		}
		if err != nil {
			return nil, 0, err
		}
		for _, it := range items(report.Build([]*parallax.Document{d}, nil, nil, report.Options{})) {
			if keep(it) {
				got = append(got, it)
			}
		}
	}
	return append(page, window(got, skip, lim)...), total, nil
}

func (a *API) claims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p, err := ParsePage(q)
	if err == nil {
		err = checkParams(q, "article", "side", "stance")
	}
	if err == nil && q.Get("stance") != "" && q.Get("stance") != parallax.StanceAssert && q.Get("stance") != parallax.StanceDeny {
		err = fmt.Errorf("stance: want assert or deny, got %q", q.Get("stance"))
	}
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	article, side, stance := q.Get("article"), q.Get("side"), q.Get("stance")
	var counts func(fn func(string, int) error) error
	if ic, ok := a.cfg.Store.(store.ItemCounter); ok && article == "" {
		counts = func(fn func(string, int) error) error {
			return ic.ClaimCounts(r.Context(), store.ClaimFilter{Article: article, Side: side, Stance: stance}, fn)
		}
	}
	off, lim := p.Window()
	page, total, err := pageItems(r.Context(), a, article, counts, func(rep parallax.Report) []parallax.Claim { return rep.Claims },
		func(c parallax.Claim) bool {
			return (side == "" || strings.EqualFold(c.Speaker.Side, side)) && (stance == "" || c.Stance == stance)
		}, off, lim)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ClaimList{total, off, lim, page})
}

func (a *API) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p, err := ParsePage(q)
	if err == nil {
		err = checkParams(q, "article", "type", "side")
	}
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	article, typ, side := q.Get("article"), q.Get("type"), q.Get("side")
	var counts func(fn func(string, int) error) error
	if ic, ok := a.cfg.Store.(store.ItemCounter); ok && article == "" {
		counts = func(fn func(string, int) error) error {
			return ic.EventCounts(r.Context(), store.EventFilter{Article: article, Type: typ, Side: side}, fn)
		}
	}
	off, lim := p.Window()
	page, total, err := pageItems(r.Context(), a, article, counts, func(rep parallax.Report) []parallax.Event { return rep.Events },
		func(e parallax.Event) bool {
			return (typ == "" || e.Type == typ) && (side == "" || strings.EqualFold(e.Initiator.Side, side) || strings.EqualFold(e.Target.Side, side))
		}, off, lim)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, EventList{total, off, lim, page})
}

// BuildReport assembles the full report (contract v1) of a store.
func BuildReport(ctx context.Context, st store.Reader, withText bool) (parallax.Report, error) {
	var docs []*parallax.Document
	if err := st.Documents(ctx, func(d *parallax.Document) error { docs = append(docs, d); return nil }); err != nil {
		return parallax.Report{}, err
	}
	var incidents []parallax.Incident
	for off := 0; ; {
		page, total, err := st.Incidents(ctx, store.IncidentFilter{Page: store.Page{Offset: off, Limit: store.MaxLimit}})
		if err != nil {
			return parallax.Report{}, err
		}
		incidents = append(incidents, page...)
		off += len(page)
		if len(page) == 0 || off >= total {
			break
		}
	}
	dups, err := st.Duplicates(ctx)
	if err != nil {
		return parallax.Report{}, err
	}
	return report.Build(docs, incidents, dups, report.Options{WithText: withText}), nil
}

func (a *API) report(w http.ResponseWriter, r *http.Request) {
	SetIndexHeaders(w, a.cfg.Ingester)
	q := r.URL.Query()
	withText, err := parseBool(q, "text")
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	st, err := a.cfg.Store.Stats(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if st.Articles > MaxReportArticles {
		Error(w, http.StatusBadRequest, fmt.Sprintf("the store holds %d articles: the whole report is served for at most %d; read the paged routes (/api/articles, /api/incidents, /api/claims, /api/events) or run `parallax export --format report`", st.Articles, MaxReportArticles))
		return
	}
	rep, err := BuildReport(r.Context(), a.cfg.Store, withText)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) {
	SetIndexHeaders(w, a.cfg.Ingester)
	s, err := a.cfg.Store.Stats(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{
		"articles": s.Articles, "duplicates": s.Duplicates, "incidents": s.Incidents, "claims": s.Claims,
		"events": s.Events, "counts": s.Counts, "places": s.Places, "entities": s.Entities,
	})
}

// readArticles reads a posted body: JSONL (one article per line), or plain
// text with an optional header block, sniffed as the CLI does for stdin.
func readArticles(w http.ResponseWriter, r *http.Request) ([]parallax.Article, int, error) {
	date := r.URL.Query().Get("date")
	if date != "" {
		d, err := ingest.ParseDate(date)
		if err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("date: %v", err)
		}
		date = d
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than %d bytes", MaxBodyBytes)
		}
		return nil, http.StatusBadRequest, fmt.Errorf("reading the request body: %v", err)
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return nil, http.StatusBadRequest, errors.New("empty request body: send text or JSONL")
	}
	var arts []parallax.Article
	var bad []string
	// Articles without an id are named after their content ("post-1a2b…"),
	// so two different posts never replace each other.
	sum := sha256.Sum256(body)
	name := "post-" + hex.EncodeToString(sum[:6])
	ingest.ReadStream(name, strings.NewReader(string(body)), ingest.Options{Date: date, MaxBytes: MaxBodyBytes},
		func(a parallax.Article) { arts = append(arts, a) },
		func(e *ingest.Error) { bad = append(bad, e.Error()) })
	if len(bad) > 0 {
		return nil, http.StatusBadRequest, errors.New(strings.Join(bad, "; "))
	}
	if len(arts) == 0 {
		return nil, http.StatusBadRequest, errors.New("no article in the request body")
	}
	if len(arts) > MaxArticlesPerPost {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("%d articles: at most %d per request", len(arts), MaxArticlesPerPost)
	}
	return ingest.UniqueIDs(arts), 0, nil
}

// acquire waits for an analysis slot; false when the request gave up.
func (a *API) acquire(ctx context.Context) bool {
	select {
	case a.analyses <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (a *API) analyze(w http.ResponseWriter, r *http.Request) {
	if a.cfg.Pipeline == nil {
		Error(w, http.StatusServiceUnavailable, "this server has no analysis pipeline")
		return
	}
	withText, err := parseBool(r.URL.Query(), "text")
	if err != nil {
		Error(w, http.StatusBadRequest, err.Error())
		return
	}
	arts, code, err := readArticles(w, r)
	if err != nil {
		Error(w, code, err.Error())
		return
	}
	if !a.acquire(r.Context()) {
		Error(w, http.StatusServiceUnavailable, "request cancelled")
		return
	}
	defer func() { <-a.analyses }()
	docs, incidents, dups, err := a.cfg.Pipeline.AnalyzeAll(r.Context(), arts, 1, nil)
	if err == nil {
		err = analysisError(docs)
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, report.Build(docs, incidents, dups, report.Options{WithText: withText}))
}

// IngestResult is the answer of POST /api/articles.
type IngestResult struct {
	Articles  []Stored `json:"articles"`
	Incidents int      `json:"incidents"`
}

// Stored is what happened to one posted article.
type Stored struct {
	ID string `json:"id"`
	// DuplicateOf names the stored article with the same content, when the
	// posted one was not stored for that reason.
	DuplicateOf string `json:"duplicate_of"`
}

// Authorized reports whether r carries the bearer token. An empty token
// authorises nothing.
func Authorized(r *http.Request, token string) bool {
	if token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}

func (a *API) ingest(w http.ResponseWriter, r *http.Request) {
	if a.cfg.Token == "" {
		Error(w, http.StatusForbidden, "this server is read-only: start it with --token or PARALLAX_TOKEN to accept articles")
		return
	}
	if !Authorized(r, a.cfg.Token) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parallax"`)
		Error(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	if a.cfg.Pipeline == nil {
		Error(w, http.StatusServiceUnavailable, "this server has no analysis pipeline")
		return
	}
	if rd, ok := a.cfg.Ingester.(Readier); ok {
		// Asked before the analysis, which a client told to come back
		// would otherwise have waited for in vain (Ingest says it again
		// if the state changes meanwhile).
		if err := rd.Ready(); err != nil {
			a.fail(w, r, err)
			return
		}
	}
	arts, code, err := readArticles(w, r)
	if err != nil {
		Error(w, code, err.Error())
		return
	}
	if !a.acquire(r.Context()) {
		Error(w, http.StatusServiceUnavailable, "request cancelled")
		return
	}
	defer func() { <-a.analyses }()
	docs, _, _, err := a.cfg.Pipeline.AnalyzeAll(r.Context(), arts, 1, nil)
	if err == nil {
		err = analysisError(docs)
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	a.ingestMu.Lock()
	defer a.ingestMu.Unlock()
	// The request's context stops here: once analysed, the articles are
	// stored and fused even if the client goes away.
	ctx := context.WithoutCancel(r.Context())
	ing := a.cfg.Ingester
	if ing == nil {
		ing = refuser{a.cfg.Store, a.cfg.Pipeline.Fuser}
	}
	res, n, err := ing.Ingest(ctx, docs)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	SetIndexHeaders(w, ing)
	a.cfg.Log.Info("ingested", "articles", len(res), "incidents", n)
	out := IngestResult{Articles: make([]Stored, len(res)), Incidents: n}
	for i, r := range res {
		out.Articles[i] = Stored{r.ID, r.DuplicateOf}
	}
	writeJSON(w, http.StatusOK, out)
}

// refuser is the Ingester of stores without a fusion index: Put, then
// Refuse.
type refuser struct {
	st    store.Store
	fuser pipeline.Fuser
}

func (r refuser) Ingest(ctx context.Context, docs []*parallax.Document) ([]store.PutResult, int, error) {
	res, err := r.st.Put(ctx, docs)
	if err != nil {
		return nil, 0, err
	}
	n, err := Refuse(ctx, r.st, r.fuser)
	return res, n, err
}

// Refuse recomputes fusion over every stored article and stores it,
// returning the number of incidents.
func Refuse(ctx context.Context, st store.Store, fuser pipeline.Fuser) (int, error) {
	if fuser == nil {
		return 0, nil
	}
	var all []*parallax.Document
	if err := st.Documents(ctx, func(d *parallax.Document) error { all = append(all, d); return nil }); err != nil {
		return 0, err
	}
	incidents, dups := fuser.Fuse(all)
	return len(incidents), st.SetFusion(ctx, incidents, dups)
}

// normalized gives incidents lists that are [] when empty, never null, as
// the report contract wants, whatever the store or fuser left.
func normalized(list []parallax.Incident) []parallax.Incident {
	r := parallax.Report{Incidents: list}
	r.Normalize()
	return r.Incidents
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func window[T any](xs []T, off, lim int) []T {
	if off >= len(xs) {
		return []T{}
	}
	return xs[off:min(len(xs), off+lim)]
}

// Sorted returns the keys of m in order.
func Sorted[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var _ = strconv.Itoa
