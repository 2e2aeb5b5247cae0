package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
)

// jitter sleeps a random while so that workers finish out of order.
type jitter struct{}

func (jitter) Name() string { return "jitter" }
func (jitter) Process(doc *parallax.Document) {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	doc.Claims = append(doc.Claims, parallax.Claim{ID: "c1"})
	doc.Events = append(doc.Events, parallax.Event{ID: "v1", Claim: "c1", Places: []string{"p1"}})
	doc.Counts = append(doc.Counts, parallax.Count{ID: "n1", Claim: "c1", Event: "v1"})
}

func articles(n int) []parallax.Article {
	out := make([]parallax.Article, n)
	for i := range out {
		out[i] = parallax.Article{ID: fmt.Sprintf("a%03d", i), Body: "text"}
	}
	return out
}

func TestRunKeepsInputOrder(t *testing.T) {
	p := &Pipeline{Stages: []Stage{jitter{}}}
	for _, workers := range []int{1, 2, 8} {
		docs, _, _, err := p.AnalyzeAll(context.Background(), articles(200), workers, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 200 {
			t.Fatalf("workers=%d: %d documents, want 200", workers, len(docs))
		}
		for i, d := range docs {
			if want := fmt.Sprintf("a%03d", i); d.Article.ID != want {
				t.Fatalf("workers=%d: document %d is %s, want %s", workers, i, d.Article.ID, want)
			}
		}
	}
}

func TestAnalyzeQualifiesIDs(t *testing.T) {
	p := &Pipeline{Stages: []Stage{jitter{}}}
	d := p.Analyze(parallax.Article{ID: "001", Body: "x"})
	c, e, n := d.Claims[0], d.Events[0], d.Counts[0]
	if c.ID != "001:c1" || c.Article != "001" {
		t.Errorf("claim %q of %q", c.ID, c.Article)
	}
	if e.ID != "001:v1" || e.Claim != "001:c1" || e.Places[0] != "001:p1" {
		t.Errorf("event %q claim %q places %v", e.ID, e.Claim, e.Places)
	}
	if n.Claim != "001:c1" || n.Event != "001:v1" {
		t.Errorf("count claim %q event %q", n.Claim, n.Event)
	}
	if c.Parent != "" {
		t.Errorf("empty parent became %q", c.Parent)
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	p := &Pipeline{Stages: []Stage{jitter{}}}
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan parallax.Article) // never closed: only the cancel can end Run
	done := make(chan error)
	go func() { done <- p.Run(ctx, in, 2, func(*parallax.Document) {}) }()
	in <- parallax.Article{ID: "x"}
	cancel()
	select {
	case err := <-done:
		if err == nil {
			t.Error("Run returned nil after cancel")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
}

type fakeFuser struct{ n int }

func (f *fakeFuser) Fuse(docs []*parallax.Document) ([]parallax.Incident, []parallax.Duplicate) {
	f.n = len(docs)
	return []parallax.Incident{{ID: "i1"}}, nil
}

func TestAnalyzeAllFuses(t *testing.T) {
	f := &fakeFuser{}
	p := &Pipeline{Fuser: f}
	_, inc, _, err := p.AnalyzeAll(context.Background(), articles(7), 3, func(int) {})
	if err != nil || f.n != 7 || len(inc) != 1 {
		t.Errorf("fuser saw %d docs, %d incidents, err %v", f.n, len(inc), err)
	}
}

// faulty panics on articles whose body is "boom", as a rule that indexes
// past a slice would on an input nobody foresaw.
type faulty struct{}

func (faulty) Name() string { return "faulty" }
func (faulty) Process(doc *parallax.Document) {
	if doc.Text == "boom" {
		var s []int
		_ = s[len(doc.Text)]
	}
}

// TestStagePanicCostsOneArticle checks that a stage's panic on one article
// becomes that document's Err, naming the article and the stage; that the
// stages after it do not run on it; that the other articles of its batch
// are analysed; and that the fusion sees only the analysed ones.
func TestStagePanicCostsOneArticle(t *testing.T) {
	f := &fakeFuser{}
	p := &Pipeline{Stages: []Stage{faulty{}, jitter{}}, Fuser: f}
	arts := articles(20)
	arts[5].Body, arts[13].Body = "boom", "boom"
	docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 20 {
		t.Fatalf("%d documents, want 20", len(docs))
	}
	ok, failed := Split(docs)
	if len(ok) != 18 || len(failed) != 2 || f.n != 18 {
		t.Fatalf("%d analysed, %d failed, fuser saw %d; want 18, 2, 18", len(ok), len(failed), f.n)
	}
	for _, d := range failed {
		msg := d.Err.Error()
		if !strings.Contains(msg, `"`+d.Article.ID+`"`) || !strings.Contains(msg, "faulty stage") || !strings.Contains(msg, "index out of range") {
			t.Errorf("error %q does not name the article, the stage and the fault", msg)
		}
		if len(d.Claims) != 0 {
			t.Errorf("%s: the stage after the failed one ran", d.Article.ID)
		}
	}
	for _, d := range ok {
		if len(d.Claims) != 1 || d.Claims[0].ID != d.Article.ID+":c1" {
			t.Errorf("%s: not analysed or not qualified: %+v", d.Article.ID, d.Claims)
		}
	}
}
