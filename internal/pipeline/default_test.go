package pipeline

import (
	"context"
	"testing"

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
	rep := report.Build(docs, inc, dups, report.Options{})
	errs := report.Check(rep, texts(docs))
	for i, err := range errs {
		if i == 20 {
			t.Errorf("... and %d more", len(errs)-20)
			break
		}
		t.Error(err)
	}
}

func texts(docs []*parallax.Document) map[string]string {
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.Article.ID] = d.Text
	}
	return m
}

// BenchmarkAnalyze measures the whole per-article pipeline on the demo
// corpus (seeds, VOA, Wikinews, re3d); it reports articles per second. Run
// with -cpu 1 for the per-core figure.
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
	b.ResetTimer()
	for b.Loop() {
		if _, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
