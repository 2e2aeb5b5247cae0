package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/queue"
	"github.com/parallaxhq/parallax/internal/store/sqlstore"
)

// enqueue puts the articles into the work queue of st, in batches.
func enqueue(ctx context.Context, e *env, st *sqlstore.Store, dsn string, articles <-chan parallax.Article, bar *progress, failed *int) int {
	q, err := queue.New(st)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax ingest: --queue: %v\n", err)
		for range articles {
		}
		return exitUsage
	}
	var batch []parallax.Article
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := q.Enqueue(ctx, batch); err != nil {
			return err
		}
		n += len(batch)
		bar.Set(n)
		batch = batch[:0]
		return nil
	}
	for a := range articles {
		batch = append(batch, a)
		if len(batch) >= 500 {
			if err := flush(); err != nil {
				fmt.Fprintf(e.stderr, "parallax ingest: %v\n", err)
				return exitFailure
			}
		}
	}
	if err := flush(); err != nil {
		fmt.Fprintf(e.stderr, "parallax ingest: %v\n", err)
		return exitFailure
	}
	bar.Finish()
	fmt.Fprintf(e.stderr, "parallax ingest: %s queued, %d failed; run `parallax worker --db %s`\n", plural(n, "article"), *failed, redactDSN(dsn))
	if *failed > 0 {
		return exitFailure
	}
	return exitOK
}

func runWorker(e *env, args []string) int {
	fs := newFlags(e, "worker", "--db postgres://... [--batch N] [--workers N] [--drain] [--name NAME]",
		"Take queued articles (see ingest --queue) from the PostgreSQL database, analyse and store them. Many workers,\n"+
			"on many machines, may share one database: each article is processed exactly once. When the queue is\n"+
			"empty, a worker refreshes incidents and duplicates over the whole store, then waits for more work.")
	db := fs.String("db", "", "PostgreSQL `DSN` (postgres://...)")
	batch := fs.Int("batch", 16, "articles per transaction")
	workers := fs.Int("workers", 0, "analysis goroutines (0: one per core)")
	drain := fs.Bool("drain", false, "exit when the queue is empty instead of waiting for more")
	name := fs.String("name", "", "this worker's name in the queue log (default: host:pid)")
	poll := fs.Duration("poll", 2*time.Second, "how often an idle worker looks for work")
	memLimit := memoryLimitFlag(fs)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if err := applyMemoryLimit(*memLimit); err != nil {
		fmt.Fprintf(e.stderr, "parallax worker: --memory-limit: %v\n", err)
		return exitUsage
	}
	if *db == "" {
		fmt.Fprintln(e.stderr, "parallax worker: --db postgres://... is required")
		return exitUsage
	}
	if *name == "" {
		host, _ := os.Hostname()
		*name = fmt.Sprintf("%s:%d", host, os.Getpid())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db, false)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax worker: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	q, err := queue.New(st)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax worker: %v\n", err)
		return exitUsage
	}
	p, err := pipeline.Default()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax worker: %v\n", err)
		return exitFailure
	}
	analyze := func(arts []parallax.Article) []*parallax.Document {
		in := make(chan parallax.Article, len(arts))
		for _, a := range arts {
			in <- a
		}
		close(in)
		docs := make([]*parallax.Document, 0, len(arts))
		p.Run(ctx, in, *workers, func(d *parallax.Document) {
			if d.Err != nil {
				// Taken off the queue but not stored: ingesting its
				// input again after the fault is fixed queues it anew.
				fmt.Fprintf(e.stderr, "parallax worker: %v (not stored)\n", d.Err)
				return
			}
			docs = append(docs, d)
		})
		return docs
	}
	stored, dups := 0, 0
	fused := true // nothing new yet
	for ctx.Err() == nil {
		res, err := q.Process(ctx, *name, *batch, analyze)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			fmt.Fprintf(e.stderr, "parallax worker: %v\n", err)
			return exitFailure
		}
		for _, r := range res {
			if r.DuplicateOf != "" {
				dups++
			} else {
				stored++
			}
		}
		if len(res) > 0 {
			fused = false
			continue
		}
		if !fused {
			in := &ingester{store: st, warn: func(err error) { fmt.Fprintf(e.stderr, "parallax worker: %v\n", err) }}
			err := in.loadIndex(ctx)
			if err == nil && in.pending {
				err = in.storeFusion(ctx)
			}
			if err == nil {
				in.saveIndex(ctx)
			}
			in.close()
			if err != nil && ctx.Err() == nil {
				fmt.Fprintf(e.stderr, "parallax worker: fusion: %v\n", err)
				return exitFailure
			}
			fused = true
		}
		if *drain {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(*poll):
		}
	}
	fmt.Fprintf(e.stderr, "parallax worker %s: %s stored, %s of stored content\n", *name, plural(stored, "article"), plural(dups, "duplicate"))
	return exitOK
}
