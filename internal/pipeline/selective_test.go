package pipeline

import (
	"context"
	"encoding/json"
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/event"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/quantity"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// corpora are extra article files (JSONL, .gz) to compare the selective
// parse with the full one on: go test ./internal/pipeline -run
// SelectiveParse -selective.corpus a.jsonl,b.jsonl.gz -v
var corpora = flag.String("selective.corpus", "", "comma-separated article files for TestSelectiveParse")

// TestSelectiveParse fails if a stage reads the parse of a sentence that
// the default parse on demand (lazyParse) or the selective parse by
// words (selectiveParse, used with the speaker model) leaves out: the
// report must be the same as with every sentence parsed, on the seeds and
// on the demo corpus (and on any -selective.corpus). It also logs the
// share of sentences and tokens each parses.
func TestSelectiveParse(t *testing.T) {
	full, err := New(Options{ParseAll: true})
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sel := withSelectiveParse(t, lazy)
	sets := map[string][]parallax.Article{"seeds": testutil.Seeds(t)}
	if !testing.Short() {
		arts, err := demo.Articles()
		if err != nil {
			t.Fatal(err)
		}
		sets["demo"] = arts
	}
	if *corpora != "" {
		for _, path := range strings.Split(*corpora, ",") {
			var arts []parallax.Article
			ingest.Read([]string{path}, ingest.Options{}, func(a parallax.Article) { arts = append(arts, a) }, func(e *ingest.Error) { t.Log(e) })
			if len(arts) == 0 {
				t.Fatalf("%s: no articles", path)
			}
			sets[path] = ingest.UniqueIDs(arts)
		}
	}
	for name, arts := range sets {
		t.Run(name, func(t *testing.T) {
			want := analyze(t, full, arts)
			for _, p := range []struct {
				name string
				p    *Pipeline
			}{{"on demand", lazy}, {"selective", sel}} {
				t.Log(p.name)
				got := analyze(t, p.p, arts)
				diffSection(t, "claims", want.Claims, got.Claims)
				diffSection(t, "counts", want.Counts, got.Counts)
				diffSection(t, "events", want.Events, got.Events)
				diffSection(t, "entities", want.Entities, got.Entities)
				diffSection(t, "places", want.Places, got.Places)
				diffSection(t, "incidents", want.Incidents, got.Incidents)
				diffSection(t, "duplicates", want.Duplicates, got.Duplicates)
			}
		})
	}
}

// withSelectiveParse is p (the default pipeline) with selectiveParse for
// its parse stage, as the speaker model has it.
func withSelectiveParse(t *testing.T, p *Pipeline) *Pipeline {
	t.Helper()
	var (
		parser     *parse.Parser
		quantities *quantity.Stage
		events     *event.Stage
	)
	at := -1
	for i, s := range p.Stages {
		switch s := s.(type) {
		case *lazyParse:
			parser, at = s.parser, i
		case *quantity.Stage:
			quantities = s
		case *event.Stage:
			events = s
		}
	}
	if at < 0 || quantities == nil || events == nil {
		t.Fatal("the default pipeline has no parse on demand, quantity or event stage")
	}
	q := &Pipeline{Stages: slices.Clone(p.Stages), Fuser: p.Fuser}
	q.Stages[at] = &selectiveParse{parser: parser, quantities: quantities, events: events}
	return q
}

// TestParserTakenOff: documents leave the pipeline without the parser
// that lazyParse gives them, and a document analysed again gets its own
// trees.
func TestParserTakenOff(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := testutil.Seeds(t)
	docs, _, _, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	parsed := 0
	for _, d := range append(docs, p.Analyze(arts[0])) {
		if d.Parser != nil {
			t.Errorf("%s: the document keeps its parser", d.Article.ID)
		}
		for _, s := range d.Sentences {
			if len(s.Tokens) > 0 && s.Tokens[0].Rel != "" {
				parsed++
			}
		}
	}
	if parsed == 0 {
		t.Error("no sentence parsed")
	}
}

func analyze(t *testing.T, p *Pipeline, arts []parallax.Article) parallax.Report {
	t.Helper()
	docs, inc, dups, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	sents, parsedSents, toks, parsedToks := 0, 0, 0, 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents += 1
			toks += len(s.Tokens)
			if len(s.Tokens) > 0 && s.Tokens[0].Rel != "" {
				parsedSents++
				parsedToks += len(s.Tokens)
			}
		}
	}
	if sents > 0 && toks > 0 {
		t.Logf("%d articles: parsed %d/%d sentences (%.1f%%), %d/%d tokens (%.1f%%)", len(arts), parsedSents, sents, 100*float64(parsedSents)/float64(sents), parsedToks, toks, 100*float64(parsedToks)/float64(toks))
	}
	return report.Build(docs, inc, dups, report.Options{})
}

// diffSection reports the items of one report section that only one of
// the two reports has, as JSON.
func diffSection[T any](t *testing.T, name string, want, got []T) {
	t.Helper()
	enc := func(xs []T) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			b, err := json.Marshal(x)
			if err != nil {
				t.Fatal(err)
			}
			out[i] = string(b)
		}
		return out
	}
	w, g := enc(want), enc(got)
	if slices.Equal(w, g) {
		return
	}
	t.Errorf("%s: %d with the full parse, %d with the selective one", name, len(w), len(g))
	slices.Sort(w)
	slices.Sort(g)
	n := 0
	for _, x := range w {
		if _, ok := slices.BinarySearch(g, x); !ok && n < 20 {
			t.Errorf("  only full:      %s", x)
			n++
		}
	}
	for _, x := range g {
		if _, ok := slices.BinarySearch(w, x); !ok && n < 40 {
			t.Errorf("  only selective: %s", x)
			n++
		}
	}
}
