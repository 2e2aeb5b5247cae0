package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/report"
)

// BenchmarkStage times one stage at a time on the demo corpus, each on
// documents that the stages before it have already filled, so that a
// profile of one sub-benchmark (-bench 'Stage/geo$' -cpuprofile) shows
// that stage alone instead of a few per cent of the whole pipeline's
// samples. Each iteration runs the stage on fresh copies of the prepared
// documents (copying is left out of the timing), in batches as Run does.
// The parse stage parses on demand (lazyParse): its work shows in the
// claim, quantity and event sub-benchmarks, which ask for the trees.
func BenchmarkStage(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	before := make([]*parallax.Document, len(arts))
	for i, a := range arts {
		before[i] = &parallax.Document{Article: a, Text: a.Body}
		before[i].KeepDerived() // as Run does; a copy keeps values of its own
	}
	for _, s := range p.Stages {
		b.Run(s.Name(), func(b *testing.B) {
			docs := make([]*parallax.Document, len(before))
			var cpu float64
			for b.Loop() {
				b.StopTimer()
				for i, d := range before {
					docs[i] = cloneDocument(d)
				}
				b.StartTimer()
				t0 := cpuTime()
				for lo := 0; lo < len(docs); lo += batchSize {
					for _, d := range docs[lo:min(lo+batchSize, len(docs))] {
						s.Process(d)
					}
				}
				cpu += (cpuTime() - t0).Seconds()
			}
			if cpu > 0 {
				articles := float64(len(docs) * b.N)
				b.ReportMetric(1000*cpu/articles, "cpu-ms/article")
				b.ReportMetric(articles/cpu, "articles/cpu-s")
			}
		})
		// The next stage starts from this one's output.
		for _, d := range before {
			s.Process(d)
		}
	}
}

// cloneDocument copies what a stage may change in place: the layers'
// slices and the tokens (which tagging, parsing and NER fill in place).
func cloneDocument(d *parallax.Document) *parallax.Document {
	c := *d
	c.Sentences = make([]parallax.Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		s.Tokens = append([]parallax.Token(nil), s.Tokens...)
		c.Sentences[i] = s
	}
	c.Entities = append([]parallax.Entity(nil), d.Entities...)
	c.Places = append([]parallax.Place(nil), d.Places...)
	c.Claims = append([]parallax.Claim(nil), d.Claims...)
	c.Events = append([]parallax.Event(nil), d.Events...)
	c.Counts = append([]parallax.Count(nil), d.Counts...)
	c.Dates = append([]parallax.DateMention(nil), d.Dates...)
	return &c
}

// BenchmarkWriteReport measures writing the report of the demo corpus
// with its texts, as analyze --text prints it: report.Write against the
// indenting JSON encoder it replaces (cpu-ms/article of each).
func BenchmarkWriteReport(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	docs, inc, dups, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		b.Fatal(err)
	}
	rep := report.Build(docs, inc, dups, report.Options{WithText: true})
	for _, how := range []string{"write", "encoder"} {
		b.Run(how, func(b *testing.B) {
			var cpu float64
			n := 0
			for b.Loop() {
				var buf bytes.Buffer
				t0 := cpuTime()
				if how == "write" {
					err = report.Write(&buf, rep)
				} else {
					enc := json.NewEncoder(&buf)
					enc.SetIndent("", " ")
					enc.SetEscapeHTML(false)
					err = enc.Encode(rep)
				}
				cpu += (cpuTime() - t0).Seconds()
				if err != nil {
					b.Fatal(err)
				}
				n = buf.Len()
			}
			b.SetBytes(int64(n))
			if cpu > 0 {
				b.ReportMetric(1000*cpu/float64(len(arts)*b.N), "cpu-ms/article")
			}
		})
	}
}
