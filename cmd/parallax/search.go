package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/parallaxhq/parallax/internal/store"
)

func runSearch(e *env, args []string) int {
	fs := newFlags(e, "search", "[--db DSN] [--limit N] [--offset N] QUERY...",
		"Find stored articles whose title or text holds every word of QUERY; print id, date, title and a snippet.")
	db := fs.String("db", defaultDB, "database `DSN` (file path, sqlite:PATH or postgres://...)")
	limit := fs.Int("limit", 20, "results to print")
	offset := fs.Int("offset", 0, "results to skip")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	// Refused rather than clamped: a page other than the one asked for
	// would pass for the answer.
	if *limit < 1 || *limit > store.MaxLimit || *offset < 0 {
		fmt.Fprintf(e.stderr, "parallax search: --limit must be 1 to %d and --offset 0 or more (got %d and %d)\n", store.MaxLimit, *limit, *offset)
		return exitUsage
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		fmt.Fprintln(e.stderr, "parallax search: no query")
		fs.Usage()
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db, true)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax search: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	hits, total, err := st.Search(ctx, q, store.Page{Offset: *offset, Limit: *limit})
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax search: %v\n", err)
		return exitFailure
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\n\t%s\n", h.Article.ID, h.Article.Published, h.Article.Title, h.Snippet)
	}
	fmt.Fprintf(e.stderr, "parallax search: %d shown of %d matching articles\n", len(hits), total)
	return exitOK
}
