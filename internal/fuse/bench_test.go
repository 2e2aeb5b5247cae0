package fuse

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
)

// synthDocs builds n articles' extractions from the vocabulary of the demo
// corpus: stories (a date spread over ten years, a place in one of several
// regions, two parties, thirty topic words) told by about three articles
// each, whose sentences mix the story's words with words drawn by corpus
// frequency; one article in thirty is a scraped copy of an earlier one.
// Each article has two events, two claims, a place and a count, as the
// per-article stages would give.
func synthDocs(tb testing.TB, n int) []*parallax.Document {
	arts, err := demo.Articles()
	if err != nil {
		tb.Fatal(err)
	}
	// Word tokens of the corpus: drawing from this list draws words by
	// frequency.
	var vocab []string
	for _, a := range arts {
		for _, w := range strings.Fields(a.Body) {
			if w = strings.Trim(w, `.,;:"'()“”’`); len(w) > 1 {
				vocab = append(vocab, w)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	regions := []point{{40.1, 46.0}, {34.5, 69.2}, {2.0, 45.3}, {48.5, 37.5}, {31.5, 34.4}, {13.5, 2.1}, {33.3, 44.4}, {15.5, 32.5}}
	sides := []string{"ARM", "AZE", "AFG", "TALIBAN", "SOM", "ALSHABAB", "UKR", "RUS", "ISR", "HAMAS", "NER", "ISIS", "SDN"}
	type storyT struct {
		day  int32
		at   point
		a, b string

		topic []string
	}
	base, _ := dayNumber("2015-01-01")
	stories := make([]storyT, max(1, n/3))
	for i := range stories {
		r := regions[rng.IntN(len(regions))]
		st := storyT{day: base + int32(rng.IntN(3650)), at: point{r.Lat + rng.Float64()*2 - 1, r.Lon + rng.Float64()*2 - 1},
			a: sides[rng.IntN(len(sides))], b: sides[rng.IntN(len(sides))]}
		for range 30 {
			st.topic = append(st.topic, vocab[rng.IntN(len(vocab))])
		}
		stories[i] = st
	}
	docs := make([]*parallax.Document, 0, n)
	for i := range n {
		id := fmt.Sprintf("s%06d", i)
		if i > 10 && rng.IntN(30) == 0 {
			o := docs[rng.IntN(len(docs))]
			d := *o
			d.Article.ID = id
			d.Text = "[ad_1] " + o.Text + " Share this story."
			d.Places, d.Claims, d.Events, d.Counts = nil, nil, nil, nil
			docs = append(docs, &d)
			continue
		}
		st := &stories[rng.IntN(len(stories))]
		var b strings.Builder
		for range 10 {
			for k := range 18 {
				if k > 0 {
					b.WriteByte(' ')
				}
				if rng.IntN(3) == 0 {
					b.WriteString(st.topic[rng.IntN(len(st.topic))])
				} else {
					b.WriteString(vocab[rng.IntN(len(vocab))])
				}
			}
			b.WriteString(". ")
		}
		text := b.String()
		day := dayString(st.day)
		q := func(s string) string { return parallax.Ref(id, s) }
		three := 3
		d := &parallax.Document{
			Article: parallax.Article{ID: id, Published: dayString(st.day + int32(rng.IntN(2)))},
			Text:    text,
			Places: []parallax.Place{{ID: q("p1"), Article: id, Start: 0, End: 5, Lat: st.at.Lat, Lon: st.at.Lon,
				Feature: "P.PPL", Country: "XX", GeonameID: int(st.day)}},
			Claims: []parallax.Claim{
				{ID: q("c1"), Article: id, Start: 0, End: 40, Speaker: parallax.Speaker{Side: st.a}, Stance: "assert"},
				{ID: q("c2"), Article: id, Start: 50, End: 90, Speaker: parallax.Speaker{Side: st.b}, Stance: "assert"}},
			Events: []parallax.Event{
				{ID: q("e1"), Article: id, Start: 0, End: 30, Claim: parallax.OptionalID(q("c1")), Type: parallax.EventBattles,
					Initiator: parallax.EventActor{Side: st.b}, Target: parallax.EventTarget{Side: st.a, Kind: "military"},
					Places: []string{q("p1")}, Date: parallax.DateRange{Start: day, End: day, Precision: "day"}},
				{ID: q("e2"), Article: id, Start: 50, End: 80, Claim: parallax.OptionalID(q("c2")), Type: parallax.EventExplosions,
					Initiator: parallax.EventActor{Side: st.a}, Target: parallax.EventTarget{Side: st.b, Kind: "civilian"},
					Date: parallax.DateRange{Precision: "unknown"}}},
			Counts: []parallax.Count{{ID: q("k1"), Article: id, Start: 0, End: 10, Claim: parallax.OptionalID(q("c1")),
				Event: parallax.OptionalID(q("e1")), Item: "killed", Owner: st.a, ClaimedBy: st.a, N: &three}},
		}
		docs = append(docs, d)
	}
	return docs
}

// cpuTime is the CPU time (user and system) this process has used: on a
// machine shared with other jobs it measures the work where wall time
// measures the queue.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFuse fuses 1k, 10k and 100k articles' extractions. heap-MB is
// the memory the index holds at the end, beyond the documents; cpu-s the
// CPU time of the fusion alone (the machine is shared, so wall time
// includes waiting for a core).
func BenchmarkFuse(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 30_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			docs := synthDocs(b, n)
			var before, after runtime.MemStats
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				runtime.GC()
				runtime.ReadMemStats(&before)
				cpu0, wall0 := cpuTime(), time.Now()
				ix := NewIndex(DefaultOptions())
				for _, d := range docs {
					ix.observe(d)
				}
				for _, d := range docs {
					ix.insert(d)
				}
				incs, dups := ix.Incidents(), ix.Duplicates()
				b.ReportMetric((cpuTime() - cpu0).Seconds(), "cpu-s")
				b.ReportMetric(time.Since(wall0).Seconds(), "wall-s")
				runtime.GC()
				runtime.ReadMemStats(&after)
				runtime.KeepAlive(ix)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
				var ru syscall.Rusage
				if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
					// Peak resident memory of the whole process, documents
					// and their generation included (Linux reports KiB).
					b.ReportMetric(float64(ru.Maxrss)/1024, "maxrss-MB")
				}
				b.ReportMetric(float64(len(incs)), "incidents")
				b.ReportMetric(float64(len(dups)), "duplicates")
			}
		})
	}
}

// BenchmarkFuseCompacted adds the synthetic articles in date order (as a
// feed arrives), compacting into memory (MemCold) every 256 articles:
// heap-MB is what the index keeps in memory besides the packed features,
// cold-MB the packed features, cpu-s the CPU time of fusion and
// compaction.
func BenchmarkFuseCompacted(b *testing.B) {
	for _, n := range []int{10_000, 30_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			docs := synthDocs(b, n)
			sortByDate(docs)
			var before, after runtime.MemStats
			for range b.N {
				runtime.GC()
				runtime.ReadMemStats(&before)
				cpu0 := cpuTime()
				cold := &MemCold{}
				ix := NewIndex(DefaultOptions())
				ix.SetCold(cold)
				for i, d := range docs {
					ix.Add(d)
					if i%256 == 255 {
						ix.Changes()
						ix.Compact()
					}
				}
				ix.Changes()
				b.ReportMetric((cpuTime() - cpu0).Seconds(), "cpu-s")
				runtime.GC()
				runtime.ReadMemStats(&after)
				coldBytes := 0
				for _, c := range cold.chunks {
					coldBytes += cap(c)
				}
				runtime.KeepAlive(ix)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc-uint64(coldBytes))/(1<<20), "heap-MB")
				b.ReportMetric(float64(coldBytes)/(1<<20), "cold-MB")
				b.ReportMetric(float64(len(ix.hot)), "hot-articles")
			}
		})
	}
}
