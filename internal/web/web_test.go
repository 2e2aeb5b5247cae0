package web_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/api/apitest"
	"github.com/parallaxhq/parallax/internal/store/memstore"
	"github.com/parallaxhq/parallax/internal/web"
)

var (
	world     *web.World
	sideNames map[string]string
)

// kbSideNames are the side names the server gets from the actor knowledge
// base, as cmd/parallax wires them.
func kbSideNames(t testing.TB) map[string]string {
	if sideNames == nil {
		kb, err := actor.Load()
		if err != nil {
			t.Fatal(err)
		}
		sideNames = kb.SideNames()
	}
	return sideNames
}

func loadWorld(t testing.TB) *web.World {
	if world == nil {
		w, err := web.LoadWorld()
		if err != nil {
			t.Fatal(err)
		}
		world = w
	}
	return world
}

func newApp(t testing.TB) *httptest.Server {
	st := memstore.New()
	if err := apitest.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, World: loadWorld(t), SideNames: kbSideNames(t)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func serve(t testing.TB, app *web.App) string {
	srv := httptest.NewServer(app.Handler())
	t.Cleanup(srv.Close)
	return srv.URL
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestPages(t *testing.T) {
	srv := newApp(t)
	tests := []struct {
		path string
		want int
		has  []string
	}{
		{"/", 200, []string{"<h1>Incidents</h1>", `href="/incidents/i1"`, "2020-09-27", "Martakert", "one-sided", `<svg class="timeline"`}},
		{"/incidents?side=ARM", 200, []string{`href="/incidents/i1"`}},
		{"/incidents?one_sided=true", 200, []string{`href="/incidents/i2"`, "unheard: ARM"}},
		{"/incidents?from=2021-01-01", 200, []string{"No incident matches"}},
		{"/incidents?from=not-a-date", 400, []string{`role="alert"`, "from: want a date"}},
		{"/incidents?limit=-3", 400, []string{"limit"}},
		{"/incidents/i1", 200, []string{
			`<table class="contradictions">`, `<th scope="col">ARM</th>`, `<th scope="col">AZE</th>`,
			`<td data-side="ARM"><a class="value" href="/articles/a1#a1:c1">2</a>`,
			`<td data-side="AZE"><a class="value" href="/articles/b1#b1:c1">1</a>`,
			`aria-label="Claims by Armenia (ARM)"`, `aria-label="Claims by Azerbaijan (AZE)"`,
			`<svg class="map"`, `class="marker"`, "Martakert",
			// The text of an article is escaped, never interpreted.
			"Armenia reports &lt;two&gt; helicopters down",
		}},
		{"/incidents/i2", 200, []string{"One-sided coverage", "Not heard: Armenia (ARM)"}},
		{"/incidents/nope", 404, []string{"Nothing is stored under this id."}},
		{"/articles", 200, []string{`href="/articles/a1"`, `href="/articles/b1"`}},
		{"/articles?offset=x", 400, nil},
		{"/articles/a1", 200, []string{`<a class="anchor" id="a1:c1"></a>`, `<mark class="claim`, `class="count"`, `class="place"`,
			"&lt;fighting&gt;", `<span class="sentence">`}},
		{"/articles/none", 404, nil},
		{"/no/such/page", 404, []string{"There is no page at this address."}},
		{"/static/style.css", 200, []string{".sentence:has(.anchor:target)"}},
		{"/static/app.js", 200, []string{"hashchange"}},
		{"/api/incidents/i1", 200, []string{`"contradictions"`}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body, hdr := get(t, srv.URL+tt.path)
			if code != tt.want {
				t.Fatalf("status %d, want %d", code, tt.want)
			}
			for _, h := range tt.has {
				if !strings.Contains(body, h) {
					t.Errorf("page lacks %q", h)
				}
			}
			if hdr.Get("Content-Security-Policy") == "" || hdr.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("security headers missing")
			}
			if strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
				checkPage(t, body)
			}
		})
	}
}

var inlineScript = regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]|\son[a-z]+=`)

// checkPage checks what every page must have: landmarks, a skip link, no
// inline script (the CSP forbids it) and nothing loaded from elsewhere.
func checkPage(t *testing.T, body string) {
	t.Helper()
	for _, h := range []string{`<main id="main"`, `<nav aria-label="Main">`, `class="skip"`, `lang="en"`, `name="viewport"`} {
		if !strings.Contains(body, h) {
			t.Errorf("page lacks %q", h)
		}
	}
	if inlineScript.MatchString(body) {
		t.Error("page has an inline script or event handler")
	}
	if strings.Contains(body, `src="http`) || strings.Contains(body, `href="http`) && !strings.Contains(body, `rel="noreferrer"`) {
		t.Error("page loads something from another site")
	}
}

func TestHighlight(t *testing.T) {
	text := "Baku said <b>two</b> drones fell. Yerevan denied it."
	d := &parallax.Document{Text: text,
		Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: 33}}, {Span: parallax.Span{Start: 34, End: len(text)}}},
		Claims:    []parallax.Claim{{ID: "x:c1", Start: 10, End: 32}, {ID: "x:c2", Start: 42, End: len(text) - 1}},
		Counts:    []parallax.Count{{ID: "x:n1", Start: 10, End: 26}},
		Entities:  []parallax.Entity{{ID: "x:e1", Start: 0, End: 4, Kind: "gpe"}, {ID: "x:e2", Start: 34, End: 41, Kind: "gpe"}},
		Places:    []parallax.Place{{ID: "x:p1", Start: 0, End: 4, Name: "Baku"}, {ID: "x:p9", Start: 5, End: 500}}, // out of range: skipped
	}
	got := string(web.Highlight(d))
	for _, want := range []string{
		`<span class="sentence"><a class="anchor" id="x:e1"></a><a class="anchor" id="x:p1"></a><mark class="entity entity-gpe place"`,
		`<a class="anchor" id="x:c1"></a><a class="anchor" id="x:n1"></a><mark class="claim count"`,
		`&lt;b&gt;two&lt;/b&gt;`,
		`<span class="sentence"><a class="anchor" id="x:e2"></a>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Highlight lacks %q\n%s", want, got)
		}
	}
	if strings.Contains(got, "x:p9") {
		t.Error("a span beyond the text was rendered")
	}
	if plain := stripTags(got); plain != text {
		t.Errorf("the text changed:\n got %q\nwant %q", plain, text)
	}
}

var tag = regexp.MustCompile(`<[^>]*>`)

func stripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }

func FuzzHighlight(f *testing.F) {
	f.Add("Armenia said two helicopters fell. Baku denied it.", 0, 7, 13, 28, 35)
	f.Add("é\u00a0ü 中文. \x00 more", 1, 3, 2, 9, 5)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e int) {
		if !utf8.ValidString(text) {
			return
		}
		n := len(text) + 1
		m := func(x int) int {
			if x < 0 {
				x = -x
			}
			if x < 0 {
				return 0
			}
			return x % (n + 2) // sometimes beyond the text
		}
		doc := &parallax.Document{Text: text,
			Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: min(m(a), len(text))}}, {Span: parallax.Span{Start: min(m(a), len(text)), End: len(text)}}},
			Claims:    []parallax.Claim{{ID: "c<1>", Start: m(b), End: m(c)}},
			Places:    []parallax.Place{{ID: "p1", Start: m(d), End: m(e)}},
			Counts:    []parallax.Count{{ID: "n1", Start: m(c), End: m(e)}},
		}
		got := string(web.Highlight(doc))
		if !utf8.ValidString(got) {
			t.Fatal("invalid UTF-8 out")
		}
		// HTML escaping turns NUL into U+FFFD; every other byte survives.
		if plain := stripTags(got); plain != strings.ReplaceAll(text, "\x00", "\uFFFD") {
			t.Fatalf("the text changed:\n got %q\nwant %q", plain, text)
		}
		if strings.Contains(got, "<1>") {
			t.Fatal("an id was not escaped")
		}
	})
}

func TestMapCropsToMarkers(t *testing.T) {
	w := loadWorld(t)
	svg := string(w.SVG("Caucasus", []web.Marker{{Label: "Stepanakert <x>", Lat: 39.82, Lon: 46.75}, {Label: "Baku", Lat: 40.41, Lon: 49.87}}))
	for _, want := range []string{`<svg class="map"`, `<title id="map-title">Caucasus</title>`, "Azerbaijan", "Armenia", "Stepanakert &lt;x&gt;"} {
		if !strings.Contains(svg, want) {
			t.Errorf("map lacks %q", want)
		}
	}
	// Far countries are cut away, and Russia is clipped to the view.
	if strings.Contains(svg, ">Brazil<") || strings.Contains(svg, ">Australia<") {
		t.Error("the map draws countries far from the markers")
	}
	if len(svg) > 120_000 {
		t.Errorf("map of a small region is %d bytes", len(svg))
	}
	if w.SVG("none", nil) != "" {
		t.Error("a map without markers should be empty")
	}
}

func TestNewNeedsStore(t *testing.T) {
	if _, err := web.New(web.Config{}); err == nil {
		t.Error("New without a store succeeded")
	}
}

func BenchmarkHighlight(b *testing.B) {
	docs, _ := apitest.Fixture()
	for b.Loop() {
		web.Highlight(docs[0])
	}
}

func BenchmarkWorldSVG(b *testing.B) {
	w := loadWorld(b)
	ms := []web.Marker{{Label: "Stepanakert", Lat: 39.82, Lon: 46.75}, {Label: "Baku", Lat: 40.41, Lon: 49.87}}
	b.ReportAllocs()
	for b.Loop() {
		w.SVG("map", ms)
	}
}

// BenchmarkPages10k is the page handlers alone (no network) over 10,000
// incidents in memstore: the incident page (with its map) and the list.
func BenchmarkPages10k(b *testing.B) {
	st := memstore.New()
	if err := apitest.Populate(context.Background(), st, 10_000); err != nil {
		b.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, World: loadWorld(b), SideNames: kbSideNames(b)})
	if err != nil {
		b.Fatal(err)
	}
	h := app.Handler()
	for _, path := range []string{"/incidents/g004242", "/incidents", "/articles/gen000010"} {
		b.Run(path, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", path, rec.Code)
				}
			}
		})
	}
}

// TestIncidentPageBounded: the page of an incident that gathers more
// than api.MaxIncidentArticles articles reads and lists only that many
// and says how many more there are.
func TestIncidentPageBounded(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	n := api.MaxIncidentArticles + 30
	if err := apitest.Populate(ctx, st, 5*n); err != nil {
		t.Fatal(err)
	}
	big := parallax.Incident{ID: "big", Events: []string{}, Places: []string{}, Sides: []string{}, Unheard: []string{},
		Estimates: []parallax.Estimate{}, Contradictions: []parallax.Contradiction{}, Date: parallax.DaySpan{Start: "2020-01-01", End: "2020-01-01"}}
	for i := range n {
		big.Articles = append(big.Articles, fmt.Sprintf("gen%06d", i))
	}
	if err := st.SetFusion(ctx, []parallax.Incident{big}, nil); err != nil {
		t.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, World: loadWorld(t), SideNames: kbSideNames(t)})
	if err != nil {
		t.Fatal(err)
	}
	code, body, _ := get(t, serve(t, app)+"/incidents/big")
	if code != 200 || !strings.Contains(body, "30 more articles of this incident not shown") ||
		strings.Count(body, `<li><a href="/articles/gen`) != api.MaxIncidentArticles {
		t.Errorf("incident of %d articles: %d, %d listed: %.300s", n, code, strings.Count(body, `<li><a href="/articles/gen`), body)
	}
}

// countingStore counts the documents read.
type countingStore struct {
	*memstore.Store
	reads int
}

func (s *countingStore) Document(ctx context.Context, id string) (*parallax.Document, error) {
	s.reads++
	return s.Store.Document(ctx, id)
}

// TestIncidentListReadsPlaceOwners: the incident list names an
// incident's places by reading the articles that hold them (a place id
// names its article), not every article of the incident: a 300-article
// incident whose one place is in its 251st article costs one document.
func TestIncidentListReadsPlaceOwners(t *testing.T) {
	ctx := context.Background()
	st := &countingStore{Store: memstore.New()}
	if err := apitest.Populate(ctx, st.Store, 5*300); err != nil {
		t.Fatal(err)
	}
	d, err := st.Store.Document(ctx, "gen000250")
	if err != nil || len(d.Places) == 0 {
		t.Fatalf("fixture article: %v, %d places", err, len(d.Places))
	}
	place := d.Places[0]
	big := parallax.Incident{ID: "big", Events: []string{}, Places: []string{place.ID}, Sides: []string{}, Unheard: []string{},
		Estimates: []parallax.Estimate{}, Contradictions: []parallax.Contradiction{}, Date: parallax.DaySpan{Start: "2020-01-01", End: "2020-01-01"}}
	for i := range 300 {
		big.Articles = append(big.Articles, fmt.Sprintf("gen%06d", i))
	}
	if err := st.SetFusion(ctx, []parallax.Incident{big}, nil); err != nil {
		t.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, World: loadWorld(t), SideNames: kbSideNames(t)})
	if err != nil {
		t.Fatal(err)
	}
	code, body, _ := get(t, serve(t, app)+"/incidents")
	if code != 200 || !strings.Contains(body, html.EscapeString(place.Name)) {
		t.Fatalf("incident list: %d, place %q not named: %.300s", code, place.Name, body)
	}
	if st.reads > 1 {
		t.Errorf("the list read %d documents to name one place", st.reads)
	}
}
