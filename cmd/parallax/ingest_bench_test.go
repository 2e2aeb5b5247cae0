package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/sqlite"
)

// variants makes n distinct articles from the demo corpus: each a copy of
// a demo article with its own id, a publication date spread over two years
// and a closing line that makes its content unique.
func variants(b *testing.B, n int) []parallax.Article {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]parallax.Article, n)
	for i := range out {
		out[i] = variant(arts, i)
	}
	return out
}

// variant is the i-th variant of the demo articles arts.
func variant(arts []parallax.Article, i int) parallax.Article {
	a := arts[i%len(arts)]
	a.ID = fmt.Sprintf("v%06d-%s", i, a.ID)
	a.Published = fmt.Sprintf("20%02d-%02d-%02d", 22+i/336%2, i/28%12+1, i%28+1)
	a.Body += "\n\nReference " + strconv.Itoa(i) + "."
	return a
}

// feedVariants sends n variants, made as they are sent, as ingest reads
// its inputs: the benchmark's memory is then the ingest's, not that of
// n articles held in advance.
func feedVariants(b *testing.B, n int) <-chan parallax.Article {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	ch := make(chan parallax.Article, 64)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- variant(arts, i)
		}
	}()
	return ch
}

func feed(arts []parallax.Article) <-chan parallax.Article {
	ch := make(chan parallax.Article, 64)
	go func() {
		defer close(ch)
		for _, a := range arts {
			ch <- a
		}
	}()
	return ch
}

// BenchmarkIngestSQLite measures `parallax ingest` into a fresh SQLite
// file, analysis included, on 200 demo articles per op.
func BenchmarkIngestSQLite(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := variants(b, 200)
	b.ResetTimer()
	for i := range b.N {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		in := &ingester{store: st, pipeline: p, batch: 64, progress: func(int) {}, fail: func(err error) { b.Error(err) }}
		if _, err := in.run(context.Background(), feed(arts)); err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// replay is a stage that stands for the analysis: it copies the items of
// an analysed template document, so that a benchmark measures storage and
// fusion alone over many articles.
type replay struct {
	templates map[string]*parallax.Document // by the template's article id
	order     []string                      // template ids
}

func (replay) Name() string { return "replay" }

func (r replay) Process(doc *parallax.Document) {
	_, orig, _ := strings.Cut(doc.Article.ID, "-")
	t := r.templates[orig]
	if t == nil {
		return
	}
	a := doc.Article
	*doc = *t
	doc.Article = a
	// Copies: the pipeline qualifies the ids in place.
	doc.Entities = append([]parallax.Entity(nil), t.Entities...)
	doc.Places = append([]parallax.Place(nil), t.Places...)
	doc.Claims = append([]parallax.Claim(nil), t.Claims...)
	doc.Counts = append([]parallax.Count(nil), t.Counts...)
	doc.Events = append([]parallax.Event(nil), t.Events...)
	for i := range doc.Events {
		doc.Events[i].Places = append([]string(nil), doc.Events[i].Places...)
	}
	// The template's cleaned text (which the items index), then the texts
	// of three other templates the variant's number picks, then its unique
	// closing line: variants share at most a quarter of their text, as
	// distinct articles about related events do, instead of being copies
	// that fusion would pair with each other.
	var b strings.Builder
	b.WriteString(t.Text)
	num, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(a.ID, "-", 2)[0], "v"))
	for k, step := range []int{7, 13, 31} {
		o := r.order[(num*step+k*101+1)%len(r.order)]
		b.WriteString("\n\n" + r.templates[o].Text)
	}
	b.WriteString(a.Body[strings.LastIndex(a.Body, "\n\n"):])
	doc.Text = b.String()
}

// BenchmarkIngestStoredSQLite measures storage and incremental fusion
// without analysis (replayed), PARALLAX_BENCH_N articles (default 2,000)
// per op, and reports the database size per 1,000 articles and the peak
// resident memory of the process.
func BenchmarkIngestStoredSQLite(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("PARALLAX_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	base, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	r := replay{templates: map[string]*parallax.Document{}}
	for _, a := range base {
		r.templates[a.ID] = p.Analyze(a)
		r.order = append(r.order, a.ID)
	}
	stripIDs(r.templates)
	rp := &pipeline.Pipeline{Stages: []pipeline.Stage{r}}
	runtime.GC()
	debug.FreeOSMemory()
	startRSS := rssMB("VmRSS:")
	stopSampling := sampleRSS()
	if path := os.Getenv("PARALLAX_BENCH_CPUPROFILE"); path != "" {
		// The profile of the ingest alone, without the analysis of the
		// templates.
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := range b.N {
		path := filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i))
		st, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		in := &ingester{store: st, pipeline: rp, batch: 256, progress: func(int) {}, fail: func(err error) { b.Error(err) }}
		sum, err := in.run(context.Background(), feedVariants(b, n))
		if err != nil || sum.Stored != n {
			b.Fatalf("%+v %v", sum, err)
		}
		if path := os.Getenv("PARALLAX_BENCH_HEAPPROFILE"); path != "" {
			// What stays in memory at the end, the fusion index included.
			runtime.GC()
			if f, err := os.Create(path); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
		runtime.KeepAlive(in)
		st.Close()
		if fi, err := os.Stat(path); err == nil {
			wal, _ := os.Stat(path + "-wal")
			size := fi.Size()
			if wal != nil {
				size += wal.Size()
			}
			b.ReportMetric(float64(size)/float64(n)*1000/1e6, "MB/1000articles")
		}
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n*b.N)/cpu, "articles/cpu-s")
	b.ReportMetric(startRSS, "startRSS_MB")
	b.ReportMetric(stopSampling(), "ingestRSS_MB")
	b.ReportMetric(rssMB("VmHWM:"), "peakRSS_MB")
}

// sampleRSS samples the resident memory of the process every 20 ms until
// the returned function is called, which returns the largest sample: the
// memory while ingesting, apart from the peak of loading the models that
// analysed the templates (peakRSS_MB includes that).
func sampleRSS() func() float64 {
	done := make(chan struct{})
	res := make(chan float64)
	go func() {
		peak := 0.0
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, rssMB("VmRSS:"))
			select {
			case <-done:
				res <- peak
				return
			case <-t.C:
			}
		}
	}()
	return func() float64 { close(done); return <-res }
}

// cpuSeconds is the CPU time (user and system) the process has used: on a
// shared machine it measures the work where wall time measures the queue.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// stripIDs undoes the qualification of the templates' item ids, which
// the pipeline redoes with each variant's article id.
func stripIDs(templates map[string]*parallax.Document) {
	for id, d := range templates {
		un := func(s string) string { return strings.TrimPrefix(s, id+":") }
		for i := range d.Entities {
			d.Entities[i].ID = un(d.Entities[i].ID)
		}
		for i := range d.Places {
			d.Places[i].ID = un(d.Places[i].ID)
		}
		for i := range d.Claims {
			d.Claims[i].ID, d.Claims[i].Parent = un(d.Claims[i].ID), un(d.Claims[i].Parent)
		}
		for i := range d.Events {
			e := &d.Events[i]
			e.ID, e.Claim = un(e.ID), parallax.OptionalID(un(string(e.Claim)))
			for j := range e.Places {
				e.Places[j] = un(e.Places[j])
			}
		}
		for i := range d.Counts {
			c := &d.Counts[i]
			c.ID, c.Claim, c.Event = un(c.ID), parallax.OptionalID(un(string(c.Claim))), parallax.OptionalID(un(string(c.Event)))
		}
	}
}

// rssMB reads a memory line of /proc/self/status ("VmRSS:" the resident
// memory now, "VmHWM:" its peak) in MB (Linux), 0 elsewhere.
func rssMB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}
