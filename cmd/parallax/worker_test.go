package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/queue"
	"github.com/parallaxhq/parallax/internal/store/postgres"
	"github.com/parallaxhq/parallax/internal/store/postgres/pgtest"
)

// TestWorkersExactlyOnce queues the seeds and the VOA corpus, starts three
// worker processes, kills one with SIGKILL while it holds a batch, and
// checks that every article was processed exactly once and none was lost.
func TestWorkersExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the VOA corpus")
	}
	dsn := pgtest.DSN(t)
	_, errs, code := parallaxCmd(t, "ingest", "--db", dsn, "--queue", seedsJSONL, voaJSONL)
	if code != 0 || !strings.Contains(errs, "78 articles queued") {
		t.Fatalf("ingest --queue: exit %d: %s", code, errs)
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q, err := queue.New(st)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"w1", "w2", "w3"}
	cmds := make([]*exec.Cmd, len(names))
	for i, n := range names {
		cmds[i] = exec.Command("parallax", "worker", "--db", dsn, "--drain", "--batch", "3", "--workers", "1", "--name", n)
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	// Kill w1 once it has committed a batch: it is then working on the next.
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		done, err := q.Processed(ctx)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ws := range done {
			for _, w := range ws {
				if w == "w1" {
					n++
				}
			}
		}
		if n >= 3 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	left, _ := q.Pending(ctx)
	cmds[0].Process.Kill()
	cmds[0].Wait()
	if left == 0 {
		t.Errorf("the queue was empty when w1 was killed: the test killed no worker mid-work")
	}
	for _, c := range cmds[1:] {
		if err := c.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
	}
	if n, err := q.Pending(ctx); err != nil || n != 0 {
		t.Errorf("%d articles left in the queue (%v)", n, err)
	}
	done, err := q.Processed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(done) != 78 {
		t.Errorf("%d articles processed, want 78", len(done))
	}
	for id, ws := range done {
		if len(ws) != 1 {
			t.Errorf("article %s processed %d times (%v)", id, len(ws), ws)
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Articles != 78 || stats.Incidents == 0 {
		t.Errorf("stats %+v %v: want 78 articles and incidents", stats, err)
	}
}

// BenchmarkWorkersPostgres measures the work queue on PostgreSQL with one
// and then two workers, analysis included: PARALLAX_BENCH_N demo articles
// (default 200) queued in a fresh database, each worker a goroutine with
// its own connections and one analysis goroutine, as `parallax worker
// --workers 1` is. It reports each run's articles per second (wall), the
// CPU time per article (on a shared machine the wall figure measures the
// queue for a core as much as the work), and the ratio of the two runs'
// throughputs.
func BenchmarkWorkersPostgres(b *testing.B) {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("PARALLAX_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	arts := variants(b, n)
	ctx := context.Background()
	run := func(workers int) (perSec, cpuMS float64) {
		dsn := pgtest.DSN(b)
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		q, err := queue.New(st)
		if err != nil {
			b.Fatal(err)
		}
		if err := q.Enqueue(ctx, arts); err != nil {
			b.Fatal(err)
		}
		start, cpu0 := time.Now(), cpuSeconds()
		var wg sync.WaitGroup
		errs := make(chan error, workers)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ws, err := postgres.Open(ctx, dsn)
				if err != nil {
					errs <- err
					return
				}
				defer ws.Close()
				wq, _ := queue.New(ws)
				analyze := func(batch []parallax.Article) []*parallax.Document {
					docs := make([]*parallax.Document, len(batch))
					for i, a := range batch {
						docs[i] = p.Analyze(a)
					}
					return docs
				}
				for {
					res, err := wq.Process(ctx, fmt.Sprintf("bench%d", w), 16, analyze)
					if err != nil {
						errs <- err
						return
					}
					if len(res) == 0 {
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
		wall, cpu := time.Since(start).Seconds(), cpuSeconds()-cpu0
		if left, err := q.Pending(ctx); err != nil || left != 0 {
			b.Fatalf("%d articles left in the queue: %v", left, err)
		}
		if st, err := st.Stats(ctx); err != nil || st.Articles != n {
			b.Fatalf("stored %+v, want %d articles: %v", st, n, err)
		}
		return float64(n) / wall, cpu / float64(n) * 1000
	}
	for range b.N {
		one, cpu1 := run(1)
		two, cpu2 := run(2)
		b.ReportMetric(one, "articles/s_1worker")
		b.ReportMetric(two, "articles/s_2workers")
		b.ReportMetric(two/one, "ratio")
		b.ReportMetric(cpu1, "cpu-ms/article_1worker")
		b.ReportMetric(cpu2, "cpu-ms/article_2workers")
	}
}
