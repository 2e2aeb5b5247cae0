package pipeline

import (
	"runtime"
	"testing"
)

// BenchmarkNew measures what every command pays before its first article:
// loading every model, the gazetteer and the actor knowledge base, which
// New does concurrently. ns/op is the wall time a user waits; cpu-ms/op
// the work, which exceeds it when the loaders run on several cores.
func BenchmarkNew(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		p, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}
