// Package pipetest holds the test helpers that need the whole pipeline:
// testutil cannot import it, since the pipeline's own tests import
// testutil. Only tests of the stages (external test packages) use it.
package pipetest

import (
	"sync"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// shared loads the default pipeline once per test binary: loading every
// model takes seconds, and the pipeline is safe to share.
var shared = sync.OnceValues(pipeline.Default)

// Pipeline is the default pipeline, loaded once; a load error fails t.
func Pipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// ClaimProbeMismatches runs the pipeline on the claim or speaker probes
// and names every expectation it misses and every claim it makes beyond
// them (testutil.ClaimProbeMisses on each article's report), with the
// number of items compared.
func ClaimProbeMismatches(t testing.TB, probes []testutil.ClaimProbe) (failed map[string]string, items int) {
	t.Helper()
	p := Pipeline(t)
	failed = map[string]string{}
	for _, pa := range probes {
		r := report.Build([]*parallax.Document{p.Analyze(pa.Article)}, nil, nil, report.Options{})
		items += testutil.ClaimProbeMisses(pa, r, failed)
	}
	return failed, items
}

// AnalyzeDir reads every article of dir (a probe battery's folder) and
// analyses it with the shared pipeline, keyed by article id; an unreadable
// article fails t.
func AnalyzeDir(t testing.TB, dir string) map[string]*parallax.Document {
	t.Helper()
	p := Pipeline(t)
	docs := map[string]*parallax.Document{}
	ingest.Read([]string{dir}, ingest.Options{}, func(a parallax.Article) {
		docs[a.ID] = p.Analyze(a)
	}, func(e *ingest.Error) { t.Fatal(e) })
	return docs
}
