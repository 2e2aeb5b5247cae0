package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/parallaxhq/parallax/internal/api"
	"github.com/parallaxhq/parallax/internal/api/apitest"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/memstore"
)

// FuzzParseIncidentFilter: any query either fails with an error or gives
// a filter within bounds, never a panic.
func FuzzParseIncidentFilter(f *testing.F) {
	f.Add("from=2020-01-01&to=2020-12-31&side=ARM&limit=10&offset=5")
	f.Add("one_sided=true&place=%E2%80%AE&text=a+b")
	f.Add("limit=99999999999999999999&offset=-1&from=2020-02-30")
	f.Fuzz(func(t *testing.T, raw string) {
		r := &http.Request{URL: &url.URL{Path: "/api/incidents", RawQuery: raw}}
		fl, err := api.ParseIncidentFilter(r)
		if err != nil {
			return
		}
		if fl.Offset < 0 || fl.Limit < 0 || fl.Limit > store.MaxLimit {
			t.Fatalf("page out of bounds: %+v", fl.Page)
		}
		for _, d := range []string{fl.From, fl.To} {
			if d == "" {
				continue
			}
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				t.Fatalf("date %q passed", d)
			}
		}
		if len(fl.Place) > api.MaxTextParam || len(fl.Side) > api.MaxTextParam || len(fl.Text) > api.MaxTextParam {
			t.Fatal("text parameter beyond its bound")
		}
	})
}

// BenchmarkIncidentsAPI is the handler alone (no network) over 10,000
// incidents in memstore: GET /api/incidents and GET /api/incidents/{id}.
func BenchmarkIncidentsAPI(b *testing.B) {
	st := memstore.New()
	if err := apitest.Populate(context.Background(), st, 10_000); err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	api.New(api.Config{Store: st}).Register(mux)
	h := api.Secure(mux, nil)
	for _, path := range []string{"/api/incidents", "/api/incidents?side=ARM&from=2018-01-01&to=2018-12-31", "/api/incidents/g004242"} {
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
