package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// TestDefaultOnSeeds runs the whole pipeline on the seed articles, checks
// the report against contract v1 and compares it with the golden report
// (rewrite with -update after a change that moves it on purpose).
func TestDefaultOnSeeds(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, inc, dups, err := p.AnalyzeAll(context.Background(), testutil.Seeds(t), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := report.Build(docs, inc, dups, report.Options{WithText: true})
	for _, err := range report.Check(rep, texts(docs)) {
		t.Error(err)
	}
	checkWrite(t, rep)
	testutil.GoldenJSON(t, "seeds.report.json", rep)
}

// TestDefaultOnDemoCorpus checks the contract on every article of the demo
// corpus: real news of many kinds, beyond the seeds.
func TestDefaultOnDemoCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("whole demo corpus")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	docs, inc, dups, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := report.Build(docs, inc, dups, report.Options{WithText: true})
	checkWrite(t, rep)
	errs := report.Check(rep, texts(docs))
	for i, err := range errs {
		if i == 20 {
			t.Errorf("... and %d more", len(errs)-20)
			break
		}
		t.Error(err)
	}
}

// checkWrite checks that report.Write gives the bytes of the JSON encoder
// it replaces in analyze, on a real report.
func checkWrite(t *testing.T, rep parallax.Report) {
	t.Helper()
	var got, want bytes.Buffer
	if err := report.Write(&got, rep); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&want)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("report.Write differs from the JSON encoder (%d and %d bytes)", got.Len(), want.Len())
	}
}

func texts(docs []*parallax.Document) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.Article.ID] = d.Text
	}
	return m
}

// BenchmarkAnalyze measures the whole pipeline, fusion included, on the
// demo corpus (seeds, VOA, Wikinews, re3d: real news, 2.9 KB per article),
// with the models loaded before the timer starts. articles/cpu-s and
// tokens/cpu-s are the per-core figures with -cpu 1 (the wall-clock
// articles/s also counts the other processes of a shared machine).
func BenchmarkAnalyze(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Body)
	}
	b.SetBytes(int64(bytes))
	tokens := 0
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
		if err != nil {
			b.Fatal(err)
		}
		if tokens == 0 {
			tokens = countTokens(docs)
		}
	}
	cpu := (cpuTime() - cpu0).Seconds()
	n := float64(b.N)
	b.ReportMetric(float64(len(arts))*n/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		b.ReportMetric(float64(len(arts))*n/cpu, "articles/cpu-s")
		b.ReportMetric(float64(tokens)*n/cpu, "tokens/cpu-s")
	}
}

// BenchmarkStages times each per-article stage on the demo corpus (in
// batches of batchSize articles, as Run gives them to a worker) by the
// CPU time of the thread that runs it, and reports each stage's share of
// the total (stage-%), its CPU-ms per article, and articles per CPU-second
// of the stages alone (fusion and the garbage collector's background
// work, which run on other threads, are left out).
func BenchmarkStages(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	spent := make([]time.Duration, len(p.Stages))
	// The parse on demand runs inside the stages that ask for it: its
	// time is taken from theirs and counted as the parse stage's.
	parseAt := slices.IndexFunc(p.Stages, func(s Stage) bool { return s.Name() == "parse" })
	timed := &timedParser{}
	b.ResetTimer()
	for b.Loop() {
		// In batches, stage by stage, as Run processes them.
		for lo := 0; lo < len(arts); lo += batchSize {
			var docs []*parallax.Document
			for _, a := range arts[lo:min(lo+batchSize, len(arts))] {
				d := &parallax.Document{Article: a, Text: a.Body}
				d.KeepDerived() // as Run does
				docs = append(docs, d)
			}
			for i, s := range p.Stages {
				parsing := timed.spent
				t0 := threadCPUTime()
				for _, doc := range docs {
					s.Process(doc)
					if doc.Parser != nil && doc.Parser != timed {
						timed.p, doc.Parser = doc.Parser, timed
					}
				}
				onDemand := timed.spent - parsing
				spent[i] += threadCPUTime() - t0 - onDemand
				if parseAt >= 0 {
					spent[parseAt] += onDemand
				}
			}
		}
	}
	var total time.Duration
	for _, d := range spent {
		total += d
	}
	if total == 0 {
		return
	}
	articles := float64(len(arts) * b.N)
	for i, s := range p.Stages {
		b.ReportMetric(100*float64(spent[i])/float64(total), s.Name()+"-%")
		b.ReportMetric(float64(spent[i].Milliseconds())/articles, s.Name()+"-ms/article")
	}
	b.ReportMetric(articles/total.Seconds(), "articles/cpu-s")
}

// timedParser passes sentences to p and counts the CPU time of the
// thread that parses them.
type timedParser struct {
	p     parallax.SentenceParser
	spent time.Duration
}

func (t *timedParser) ParseSentence(doc *parallax.Document, si int) {
	t0 := threadCPUTime()
	t.p.ParseSentence(doc, si)
	t.spent += threadCPUTime() - t0
}

func countTokens(docs []*parallax.Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Tokens)
		}
	}
	return n
}
