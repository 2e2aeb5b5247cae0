package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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

// variant is the i-th variant of the demo articles arts. Its publication
// date cycles over two years, one day per variant, so that after the
// first 672 variants every article arrives dated long before the newest
// (the worst order for fusion's compaction); with
// PARALLAX_BENCH_DATES=ordered the dates advance instead, 100 variants a
// day from 2022-01-01, as a feed arrives.
func variant(arts []parallax.Article, i int) parallax.Article {
	a := arts[i%len(arts)]
	a.ID = fmt.Sprintf("v%06d-%s", i, a.ID)
	if benchOrdered {
		a.Published = time.Date(2022, 1, 1+i/100, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	} else {
		a.Published = fmt.Sprintf("20%02d-%02d-%02d", 22+i/336%2, i/28%12+1, i%28+1)
	}
	a.Body += "\n\nReference " + strconv.Itoa(i) + "."
	return a
}

var benchOrdered = os.Getenv("PARALLAX_BENCH_DATES") == "ordered"

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
// file, analysis included, on 200 demo articles per op
// (PARALLAX_BENCH_N changes the number; beyond the 208 demo articles the
// texts repeat, which the analysers' word memos make cheaper than new
// text: 200 is each text once). The models are loaded before the timer
// starts. gc-% is the collector's share of the busy CPU time, as the
// runtime estimates both (its figures count the time its threads were
// scheduled to run, not the CPU the system gave them: a share, not a time).
func BenchmarkIngestSQLite(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	n := 200
	if v, err := strconv.Atoi(os.Getenv("PARALLAX_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	arts := variants(b, n)
	b.ResetTimer()
	cpu0, gc0 := cpuSeconds(), runtimeCPU()
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
	// On a shared machine the wall rate measures the queue as much as the
	// work: the CPU per article is what ingest costs.
	b.ReportMetric(1000*(cpuSeconds()-cpu0)/float64(len(arts)*b.N), "cpu-ms/article")
	gc1 := runtimeCPU()
	if busy := gc1.busy - gc0.busy; busy > 0 {
		b.ReportMetric(100*(gc1.gc-gc0.gc)/busy, "gc-%")
	}
	// The share of the processors' time with nothing to run: the time
	// the work waited on itself (a writer or a tail that one goroutine
	// does alone), which a busy machine does not inflate (a thread the
	// system deschedules is counted busy), unlike the wall rate.
	if total := gc1.total - gc0.total; total > 0 {
		b.ReportMetric(100*(gc1.idle-gc0.idle)/total, "idle-%")
	}
}

// runtimeCPU is the runtime's estimate of the CPU time its threads have
// been busy (total less idle) and, of it, its garbage collector's
// (assists, background workers, pauses); total is GOMAXPROCS times the
// wall time, idle the processors' time with no goroutine to run.
func runtimeCPU() (c struct{ busy, gc, total, idle float64 }) {
	s := []metrics.Sample{{Name: "/cpu/classes/total:cpu-seconds"}, {Name: "/cpu/classes/idle:cpu-seconds"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindFloat64 {
			return c
		}
	}
	c.total, c.idle = s[0].Value.Float64(), s[1].Value.Float64()
	c.busy, c.gc = c.total-c.idle, s[2].Value.Float64()
	return c
}

// replay is a stage that stands for the analysis: it copies the items of
// an analysed template document, so that a benchmark measures storage and
// fusion alone over many articles.
type replay struct {
	templates map[string]*parallax.Document // by the template's article id
	order     []string                      // template ids
	// news: each variant is its template's text (news-sized, 2.9 KB on
	// average) with most words replaced by others of the same length, so
	// that items keep their spans and variants are distinct articles;
	// otherwise four templates' texts (12 KB).
	news  bool
	vocab map[int][]string // words of the templates by byte length
}

// newsText rewrites text for variant num: about two words in three are
// replaced by a word of the same byte length from the templates, picked
// by a hash of the variant and the word's position (deterministic), so
// that the byte offsets of the items stay valid while the variants of one
// template share about a third of their words, as articles on related
// events do.
func (r replay) newsText(text string, num int) string {
	b := []byte(text)
	word := 0
	for i := 0; i < len(b); {
		if !isWordByte(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && isWordByte(b[j]) {
			j++
		}
		h := uint64(num)*0x9E3779B97F4A7C15 ^ uint64(word)*0xBF58476D1CE4E5B9
		h ^= h >> 31
		h *= 0x94D049BB133111EB
		h ^= h >> 29
		if ws := r.vocab[j-i]; h%3 != 0 && len(ws) > 0 {
			copy(b[i:j], ws[(h>>8)%uint64(len(ws))])
		}
		word++
		i = j
	}
	return string(b)
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// vocabulary is the distinct ASCII words of the texts by byte length.
func vocabulary(texts []string) map[int][]string {
	seen := map[string]bool{}
	out := map[int][]string{}
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(t, func(c rune) bool { return c > 127 || !isWordByte(byte(c)) }) {
			if !seen[w] {
				seen[w] = true
				out[len(w)] = append(out[len(w)], w)
			}
		}
	}
	return out
}

func (replay) Name() string { return "replay" }

func (r replay) Process(doc *parallax.Document) {
	_, orig, _ := strings.Cut(doc.Article.ID, "-")
	t := r.templates[orig]
	if t == nil {
		return
	}
	replayAnalysis(doc, t)
	a := doc.Article
	num, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(a.ID, "-", 2)[0], "v"))
	if r.news {
		doc.Text = r.newsText(t.Text, num)
		return
	}
	// The template's cleaned text (which the items index), then the texts
	// of three other templates the variant's number picks, then its unique
	// closing line: variants share at most a quarter of their text, as
	// distinct articles about related events do, instead of being copies
	// that fusion would pair with each other.
	var b strings.Builder
	b.WriteString(t.Text)
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
// resident memory of the process. PARALLAX_BENCH_TEXT=news makes
// news-sized texts (2.9 KB on average instead of 12 KB);
// PARALLAX_BENCH_MEMLIMIT (e.g. 400MiB) sets the memory limit that ingest
// --memory-limit sets (none by default, as the Go runtime's default);
// PARALLAX_BENCH_DATES=ordered dates the articles in arrival order
// (variant); PARALLAX_BENCH_KEEPDB=PATH keeps a copy of the first
// database. compacted-% is the share of articles whose features the
// fusion index moved to its side file by the end, sideMB/1000articles the
// size of that file.
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
	if os.Getenv("PARALLAX_BENCH_TEXT") == "news" {
		var texts []string
		for _, d := range r.templates {
			texts = append(texts, d.Text)
		}
		r.news, r.vocab = true, vocabulary(texts)
	}
	if v := os.Getenv("PARALLAX_BENCH_MEMLIMIT"); v != "" {
		n, err := parseBytes(v)
		if err != nil {
			b.Fatal(err)
		}
		if n > 0 {
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(n))
		}
	}
	rp := &pipeline.Pipeline{Stages: []pipeline.Stage{r}}
	runtime.GC()
	debug.FreeOSMemory()
	startRSS := rssMB("VmRSS:")
	startGo := goHeldMB()
	stopSampling := sampleRSS()
	var liveHeap float64
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
		compacted := 0
		in.onCompact = func(k int) { compacted += k }
		sum, err := in.run(context.Background(), feedVariants(b, n))
		b.ReportMetric(100*float64(compacted)/float64(n), "compacted-%")
		b.ReportMetric(float64(in.sideBytes)/float64(n)*1000/1e6, "sideMB/1000articles")
		b.ReportMetric(100*float64(in.sideDead)/float64(max(in.sideBytes, 1)), "sideDead-%")
		b.ReportMetric(float64(in.rewrites), "sideRewrites")
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
		// The live heap at the end, the index held: what the index and
		// the store keep, which does not depend on when the collector ran.
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		liveHeap = float64(ms.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(in)
		st.Close()
		if keep := os.Getenv("PARALLAX_BENCH_KEEPDB"); keep != "" && i == 0 {
			// The database is kept for measurements that start from a
			// large store (adding a few articles to it).
			if err := copyFile(path, keep); err != nil {
				b.Fatal(err)
			}
		}
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
	rss, goHeld := stopSampling()
	b.ReportMetric(rss, "ingestRSS_MB")
	b.ReportMetric(goHeld-startGo, "goHeldGrowth_MB")
	b.ReportMetric(rssMB("VmHWM:"), "peakRSS_MB")
	b.ReportMetric(liveHeap, "liveHeap_MB")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.NumGC), "GCs")
}

// goHeldMB is the memory the Go runtime holds from the system and has not
// returned (heap, stacks, its own structures): the part of the resident
// memory that the collector and a memory limit govern, unlike SQLite's
// (modernc allocates outside the Go heap).
func goHeldMB() float64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return float64(s[0].Value.Uint64()-s[1].Value.Uint64()) / (1 << 20)
}

func TestParseBytes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"400MiB", 400 << 20, true}, {"2GiB", 2 << 30, true}, {"1500", 1500, true}, {"10KB", 10000, true},
		{" 64 MiB ", 64 << 20, true}, {"0", 0, true}, {"off", 0, true}, {"1B", 1, true},
		{"", 0, false}, {"-1MiB", 0, false}, {"1.5GiB", 0, false}, {"MiB", 0, false}, {"9999999TiB", 0, false}, {"12XB", 0, false},
	} {
		got, err := parseBytes(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// sampleRSS samples the resident memory of the process (and the part the
// Go runtime holds, goHeldMB) every 20 ms until the returned function is
// called, which returns the largest samples: the
// memory while ingesting, apart from the peak of loading the models that
// analysed the templates (peakRSS_MB includes that).
func sampleRSS() func() (rss, goHeld float64) {
	done := make(chan struct{})
	res := make(chan [2]float64)
	go func() {
		peak, peakGo := 0.0, 0.0
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, rssMB("VmRSS:"))
			peakGo = max(peakGo, goHeldMB())
			select {
			case <-done:
				res <- [2]float64{peak, peakGo}
				return
			case <-t.C:
			}
		}
	}()
	return func() (float64, float64) { close(done); r := <-res; return r[0], r[1] }
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

func TestApplyMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	t.Setenv("GOMEMLIMIT", "")
	for _, c := range []struct {
		flag, env string
		want      int64
	}{
		{"64MiB", "", 64 << 20},
		{"", "", 400 << 20},
		{"0", "", math.MaxInt64},
		{"", "1GiB", 12345}, // GOMEMLIMIT set: the runtime's value stays
		{"2GiB", "1GiB", 2 << 30},
	} {
		debug.SetMemoryLimit(12345)
		t.Setenv("GOMEMLIMIT", c.env)
		if err := applyMemoryLimit(c.flag); err != nil {
			t.Fatalf("%q: %v", c.flag, err)
		}
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("--memory-limit %q, GOMEMLIMIT %q: limit %d, want %d", c.flag, c.env, got, c.want)
		}
	}
	var out, errOut strings.Builder
	if code := run(&env{stdout: &out, stderr: &errOut}, []string{"ingest", "--db", filepath.Join(t.TempDir(), "x.db"), "--memory-limit", "lots", "in.jsonl"}); code != exitUsage || !strings.Contains(errOut.String(), "--memory-limit") {
		t.Errorf("bad --memory-limit: exit %d, %q", code, errOut.String())
	}
}

// copyFile copies the file at from to to.
func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// replayAnalysis gives doc the analysis of t (text, sentences and every
// extraction) and keeps doc's own article. The lists are copies: the
// pipeline qualifies their ids in place.
func replayAnalysis(doc, t *parallax.Document) {
	a := doc.Article
	*doc = *t
	doc.Article = a
	doc.Entities = append([]parallax.Entity(nil), t.Entities...)
	doc.Places = append([]parallax.Place(nil), t.Places...)
	doc.Claims = append([]parallax.Claim(nil), t.Claims...)
	doc.Counts = append([]parallax.Count(nil), t.Counts...)
	doc.Events = append([]parallax.Event(nil), t.Events...)
	for i := range doc.Events {
		doc.Events[i].Places = append([]string(nil), doc.Events[i].Places...)
	}
}
