package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/storetest"
)

// BenchmarkIncidents10k measures the incidents list (first page, and
// filtered by side, place, one-sidedness and date) over 10,000 incidents of
// 2,000 articles.
func BenchmarkIncidents10k(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var docs []*parallax.Document
	for i := range 2000 {
		docs = append(docs, storetest.Doc(fmt.Sprintf("a%04d", i), fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1), fmt.Sprintf("Shelling near town %d reported by officials.", i)))
	}
	if _, err := s.Put(ctx, docs); err != nil {
		b.Fatal(err)
	}
	sides := [][]string{{"ARM", "AZE"}, {"RUS", "UKR"}, {"ISR", "HAMAS"}, {"SDN"}}
	var incs []parallax.Incident
	for i := range 10000 {
		day := fmt.Sprintf("20%02d-%02d-%02d", 20+i%5, i%12+1, i%28+1)
		a := fmt.Sprintf("a%04d", i%2000)
		incs = append(incs, parallax.Incident{ID: fmt.Sprintf("i%05d", i), Articles: []string{a}, Events: []string{a + ":v1"}, Places: []string{a + ":p1"},
			Date: parallax.DaySpan{Start: day, End: day}, Sides: sides[i%len(sides)], OneSided: i%4 == 3, Sources: 1})
	}
	if err := s.SetFusion(ctx, incs, nil); err != nil {
		b.Fatal(err)
	}
	yes := true
	for _, bc := range []struct {
		name string
		f    store.IncidentFilter
	}{
		{"all", store.IncidentFilter{}},
		{"side", store.IncidentFilter{Side: "UKR"}},
		{"place", store.IncidentFilter{Place: "goris"}},
		{"one-sided", store.IncidentFilter{OneSided: &yes}},
		{"window", store.IncidentFilter{From: "2022-03-01", To: "2022-06-30"}},
		{"text", store.IncidentFilter{Text: "town 17"}},
		{"deep page", store.IncidentFilter{Page: store.Page{Offset: 9000, Limit: 50}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				if _, _, err := s.Incidents(ctx, bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPutSearch: any UTF-8 text and query are stored, read back exactly
// and searched without error.
func FuzzPutSearch(f *testing.F) {
	f.Add("Armenia says it shot down two helicopters.", "helicopters")
	f.Add("'; DROP TABLE articles; --", `"NEAR(`)
	f.Add("日本 \x00 ü", "*")
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "f.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	n := 0
	f.Fuzz(func(t *testing.T, body, q string) {
		if !utf8.ValidString(body) || body == "" {
			return
		}
		n++
		ctx := context.Background()
		id := fmt.Sprintf("f%d", n)
		d := &parallax.Document{Article: parallax.Article{ID: id, Title: q, Body: body}, Text: body}
		if _, err := s.Put(ctx, []*parallax.Document{d}); err != nil {
			t.Fatalf("Put: %v", err)
		}
		res, err := s.Put(ctx, []*parallax.Document{d})
		if err != nil || res[0].DuplicateOf == "" {
			t.Fatalf("second Put: %+v %v", res, err)
		}
		got, err := s.Document(ctx, res[0].DuplicateOf)
		if err != nil || got.Text != body {
			t.Fatalf("round trip: %q %v", got.Text, err)
		}
		if _, _, err := s.Search(ctx, q, store.Page{}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

// BenchmarkPutDemo measures storing analysed articles (the demo corpus,
// news-sized) into a fresh SQLite file in batches of 64, as ingest's
// writer does, fusion left out: encoding, the content hash, the rows, the
// full-text index and the commits. Opening and closing the file are not
// timed. cpu-ms/article is the CPU of the whole process (the collector
// included) per article stored.
func BenchmarkPutDemo(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var cpu float64
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("p%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := cpuSeconds()
		for lo := 0; lo < len(docs); lo += 64 {
			if _, err := s.Put(ctx, docs[lo:min(lo+64, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cpuSeconds() - t0
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(1000*cpu/float64(len(docs)*b.N), "cpu-ms/article")
}

// cpuSeconds is the CPU time (user and system) the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
