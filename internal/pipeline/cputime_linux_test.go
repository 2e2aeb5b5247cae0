//go:build linux

package pipeline

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used: on a
// shared machine it measures the work, where wall time measures the queue.
func cpuTime() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// threadCPUTime is the CPU time of the calling OS thread (RUSAGE_THREAD):
// with the goroutine locked to its thread it is what one stage spent,
// which the process figure cannot tell apart.
func threadCPUTime() time.Duration { return rusage(1) }

func rusage(who int) time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(who, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
