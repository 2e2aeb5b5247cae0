//go:build !linux

package pipeline

import "time"

// Without getrusage the CPU figures are not reported.
func cpuTime() time.Duration       { return 0 }
func threadCPUTime() time.Duration { return 0 }
