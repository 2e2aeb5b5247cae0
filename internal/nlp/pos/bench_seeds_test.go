package pos

import (
	"syscall"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
)

func testutilSeeds() ([]parallax.Article, error) { return demo.Seeds() }

// cpuTime is the CPU time the process has used. Benchmarks report speed
// per CPU second beside the wall-clock figure, because the machines this
// runs on are shared and wall time there measures the neighbours too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
