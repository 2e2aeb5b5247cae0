// Package webload measures the web app's latency on loopback with a bounded
// load loop over any store.Store: the incident page and the incidents API,
// the routes the speed goal names (p99 ≤ 50 ms with 10,000 incidents).
package webload

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/web"
)

// Route is one kind of request and the latencies measured for it.
type Route struct {
	Name      string
	P50, P99  time.Duration
	Max       time.Duration
	Requests  int
	Failures  int
	BytesEach int64
}

// Measure serves st on a loopback listener and sends requests per route
// from concurrency clients, each request to a random incident (or a random
// filter of the list), returning each route's latency percentiles.
func Measure(ctx context.Context, st store.Store, requests, concurrency int, seed uint64) ([]Route, error) {
	app, err := web.New(web.Config{Store: st})
	if err != nil {
		return nil, err
	}
	srv := httptest.NewServer(app.Handler())
	defer srv.Close()
	var ids []string
	for off := 0; ; off += store.MaxLimit {
		page, total, err := st.Incidents(ctx, store.IncidentFilter{Page: store.Page{Offset: off, Limit: store.MaxLimit}})
		if err != nil {
			return nil, err
		}
		for _, inc := range page {
			ids = append(ids, inc.ID)
		}
		if len(page) == 0 || off+len(page) >= total {
			break
		}
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("webload: the store holds no incident")
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	incidentPage := func() string { return "/incidents/" + url.PathEscape(ids[rng.IntN(len(ids))]) }
	filters := []string{"", "?side=ARM", "?from=2018-01-01&to=2018-12-31", "?one_sided=false&limit=20", "?offset=5000"}
	incidentsAPI := func() string { return "/api/incidents" + filters[rng.IntN(len(filters))] }
	routes := []struct {
		name string
		next func() string
	}{{"incident page", incidentPage}, {"incidents API", incidentsAPI}, {"incidents page", func() string { return "/incidents" + filters[rng.IntN(len(filters))] }}}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}, Timeout: 10 * time.Second}
	var out []Route
	for _, r := range routes {
		paths := make([]string, requests)
		for i := range paths {
			paths[i] = r.next()
		}
		lat := make([]time.Duration, requests)
		var failures int
		var bytes int64
		var mu sync.Mutex
		var wg sync.WaitGroup
		next := make(chan int)
		for range concurrency {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					start := time.Now()
					resp, err := client.Get(srv.URL + paths[i])
					var n int64
					if err == nil {
						n, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
					}
					lat[i] = time.Since(start)
					mu.Lock()
					if err != nil || resp.StatusCode != http.StatusOK {
						failures++
					}
					bytes += n
					mu.Unlock()
				}
			}()
		}
		for i := range requests {
			next <- i
		}
		close(next)
		wg.Wait()
		slices.Sort(lat)
		pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
		out = append(out, Route{Name: r.name, P50: pct(0.50), P99: pct(0.99), Max: lat[len(lat)-1], Requests: requests,
			Failures: failures, BytesEach: bytes / int64(requests)})
	}
	return out, nil
}
