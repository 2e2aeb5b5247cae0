//go:build unix

package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
)

// Ingest throughput: b.SetBytes makes "go test -bench" report MB/s of input
// (wall clock); cpu-MB/s divides the input by the process's CPU time, which
// stays meaningful on a machine shared with other work.

// cpuTimer measures the CPU time (user + system) of the process.
type cpuTimer struct{ start time.Duration }

func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func startCPU() cpuTimer { return cpuTimer{cpuNow()} }

// report adds the cpu-MB/s metric for n runs over size bytes each.
func (c cpuTimer) report(b *testing.B, size int, n int) {
	if d := cpuNow() - c.start; d > 0 {
		b.ReportMetric(float64(size)*float64(n)/1e6/d.Seconds(), "cpu-MB/s")
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	for _, s := range loadEvalStories(b) {
		line, _ := json.Marshal(map[string]string{"id": s.ID, "url": s.URL, "title": s.Title, "published": s.Published, "text": s.Text})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := startCPU()
	runs := 0
	for b.Loop() {
		runs++
		n := 0
		ReadStream("bench.jsonl", bytes.NewReader(data), Options{}, func(parallax.Article) { n++ }, func(e *Error) { b.Fatal(e) })
		if n != 20 {
			b.Fatalf("read %d articles", n)
		}
	}
	cpu.report(b, len(data), runs)
}

func BenchmarkReadText(b *testing.B) {
	stories := loadEvalStories(b)
	var docs [][]byte
	total := 0
	for i, s := range stories {
		d := []byte("Title: " + s.Title + "\nURL: " + s.URL + "\nDate: " + s.Published[:10] + "\n\n" + strings.Join(evalParagraphs(s.Text, i), "\n\n"))
		docs = append(docs, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := startCPU()
	runs := 0
	for b.Loop() {
		runs++
		for _, d := range docs {
			if _, err := parseText(d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.report(b, total, runs)
}

func BenchmarkExtractHTML(b *testing.B) {
	pages := buildEvalPages(b)
	total := 0
	for _, p := range pages {
		total += len(p.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := startCPU()
	runs := 0
	for b.Loop() {
		runs++
		for _, p := range pages {
			if _, err := ExtractHTML(p.html, p.ct, "", Combined); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.report(b, total, runs)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1e3/float64(runs*len(pages)), "ms/page")
}
