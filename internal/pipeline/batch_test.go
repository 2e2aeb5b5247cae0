package pipeline

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/report"
)

// TestBatchesAsOneByOne checks that running the stages over batches of
// articles (Run) gives, on the demo corpus, exactly the documents that
// Analyze gives one article at a time: no stage may carry anything from
// one document to the next.
func TestBatchesAsOneByOne(t *testing.T) {
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
	batched, _, _, err := p.AnalyzeAll(context.Background(), arts, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(batched) != len(arts) {
		t.Fatalf("%d documents for %d articles", len(batched), len(arts))
	}
	for i, a := range arts {
		want, _ := json.Marshal(report.Build(append(batched[:0:0], p.Analyze(a)), nil, nil, report.Options{WithText: true}))
		got, _ := json.Marshal(report.Build(append(batched[:0:0], batched[i]), nil, nil, report.Options{WithText: true}))
		if string(got) != string(want) {
			t.Fatalf("article %s: the batched report differs from the one-by-one report:\n%s\n%s", a.ID, got, want)
		}
	}
}

// TestRunBatchesArticles checks that Run hands a worker the articles that
// are ready together, batchSize at a time, and runs each stage over the
// batch before the next stage: the speed-up depends on it.
func TestRunBatchesArticles(t *testing.T) {
	var log []string
	p := &Pipeline{Stages: []Stage{logStage{"a", &log}, logStage{"b", &log}}}
	n := 3*batchSize + 1
	in := make(chan parallax.Article, n)
	for _, a := range articles(n) {
		in <- a
	}
	close(in)
	var got []string
	if err := p.Run(context.Background(), in, 1, func(d *parallax.Document) { got = append(got, d.Article.ID) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d documents, want %d", len(got), n)
	}
	// The log is a0..a7 b0..b7 a8..: runs of one stage as long as a batch.
	var runs []int
	for i, e := range log {
		if i == 0 || e[0] != log[i-1][0] {
			runs = append(runs, 0)
		}
		runs[len(runs)-1]++
	}
	want := []int{batchSize, batchSize, batchSize, batchSize, batchSize, batchSize, 1, 1}
	if !slices.Equal(runs, want) {
		t.Errorf("runs of one stage %v, want %v", runs, want)
	}
}

// logStage records the documents it processes.
type logStage struct {
	name string
	log  *[]string
}

func (s logStage) Name() string { return s.name }
func (s logStage) Process(doc *parallax.Document) {
	*s.log = append(*s.log, s.name+":"+doc.Article.ID)
}

func TestBatchLimit(t *testing.T) {
	for _, c := range []struct{ ready, workers, want int }{
		{1, 1, 1}, {5, 1, 5}, {100, 1, batchSize},
		{5, 2, 2}, {4, 2, 2}, {1, 2, 1}, {16, 2, batchSize}, {64, 2, batchSize},
		{3, 8, 1}, {5, 0, 5},
	} {
		if got := batchLimit(c.ready, c.workers); got != c.want {
			t.Errorf("batchLimit(%d ready, %d workers) = %d, want %d", c.ready, c.workers, got, c.want)
		}
	}
}
