package event

import (
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/quantity"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestGoldenSeeds runs when, quantity and event on the seed articles as they
// come (no segmenter, tagger, entities or claims): the word-pattern path.
func TestGoldenSeeds(t *testing.T) {
	s := loadStage(t)
	q, err := quantity.Load()
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Text string `json:"text"`
		parallax.Event
	}
	type article struct {
		ID     string                         `json:"id"`
		Events []row                          `json:"events"`
		Counts map[string]parallax.OptionalID `json:"count_events"`
	}
	var out []article
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		when.New().Process(doc)
		q.Process(doc)
		s.Process(doc)
		art := article{ID: a.ID, Counts: map[string]parallax.OptionalID{}}
		for _, e := range doc.Events {
			art.Events = append(art.Events, row{doc.Text[e.Start:e.End], e})
		}
		for _, c := range doc.Counts {
			art.Counts[c.ID+" "+doc.Text[c.Start:c.End]] = c.Event
		}
		out = append(out, art)
	}
	testutil.GoldenJSON(t, "seeds.json", out)
}

func FuzzEvent(f *testing.F) {
	s := loadStage(f)
	f.Add("Armenia says it shot down two Azerbaijani helicopters; Azerbaijan denies attacking.", "2020-09-27", 0, 30)
	f.Add("were shelled by ; on the night of August 3 then killed", "", 3, 9)
	f.Fuzz(func(t *testing.T, text, pub string, cs, ce int) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Article: parallax.Article{Published: pub}, Text: text}
		if cs >= 0 && ce <= len(text) && cs < ce {
			doc.Claims = []parallax.Claim{{ID: "c1", Start: cs, End: ce, Speaker: parallax.Speaker{Side: "ARM"}, Stance: parallax.StanceDeny}}
		}
		when.New().Process(doc)
		s.Process(doc)
		for _, e := range doc.Events {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("span %d..%d outside text of %d bytes", e.Start, e.End, len(text))
			}
			if e.Type == "" || e.CAMEO == "" || e.Target.Kind == "" || e.Date.Precision == "" || e.Places == nil {
				t.Fatalf("incomplete event %+v", e)
			}
		}
	})
}

func BenchmarkEvent(b *testing.B) {
	s := loadStage(b)
	q, err := quantity.Load()
	if err != nil {
		b.Fatal(err)
	}
	seeds := testutil.Seeds(b)
	docs := make([]*parallax.Document, len(seeds))
	for i, a := range seeds {
		docs[i] = &parallax.Document{Article: a, Text: a.Body}
		when.New().Process(docs[i])
		q.Process(docs[i])
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			s.Process(d)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkDateQuantityEvent runs the three stages of this part of the
// pipeline (when → quantity → event) over the whole demo corpus (seeds, VOA,
// Wikinews, re3d): their share of the ≥ 200 articles/s per core goal.
func BenchmarkDateQuantityEvent(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	s := loadStage(b)
	q, err := quantity.Load()
	if err != nil {
		b.Fatal(err)
	}
	w := when.New()
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Body)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		for _, a := range arts {
			doc := &parallax.Document{Article: a, Text: a.Body}
			w.Process(doc)
			q.Process(doc)
			s.Process(doc)
		}
	}
	n := float64(b.N * len(arts))
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine the wall clock counts other processes' time too;
	// articles per CPU second of this process is the per-core figure.
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu, "articles/cpu-s")
	}
}

// cpuSeconds is the user and system CPU time of this process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
