package main

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

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
