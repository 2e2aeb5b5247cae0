package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/store"
)

func runDemo(e *env, args []string) int {
	fs := newFlags(e, "demo", "[--workers N] [--serve [--addr HOST:PORT]]",
		"Run the pipeline on the embedded sample corpus (seed articles, VOA, Wikinews, re3d) and print a summary.")
	workers := fs.Int("workers", 0, "analysis workers (0: one per core)")
	serve := fs.Bool("serve", false, "after the summary, serve the analysed corpus in the web app")
	addr := fs.String("addr", defaultAddr, "address to listen on with --serve")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	articles, err := demo.Articles()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax demo: %v\n", err)
		return exitFailure
	}
	p, err := pipeline.Default()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax demo: %v\n", err)
		return exitFailure
	}
	start := time.Now()
	bar := newProgress(e.stderr, len(articles), "articles")
	docs, incidents, dups, err := p.AnalyzeAll(context.Background(), articles, *workers, bar.Set)
	bar.Finish()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax demo: %v\n", err)
		return exitFailure
	}
	docs, broken := pipeline.Split(docs)
	for _, d := range broken {
		fmt.Fprintf(e.stderr, "parallax demo: %v\n", d.Err)
	}
	rep := report.Build(docs, incidents, dups, report.Options{})
	printSummary(e.stdout, rep, time.Since(start))
	if *serve {
		return serveDemo(e, p, func(st store.Store) error {
			if _, err := st.Put(context.Background(), docs); err != nil {
				return err
			}
			return st.SetFusion(context.Background(), incidents, dups)
		}, *addr)
	}
	return exitOK
}
