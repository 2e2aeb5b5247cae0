package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/report"
)

func runAnalyze(e *env, args []string) int {
	fs := newFlags(e, "analyze", "[--text] [--date YYYY-MM-DD] [--workers N] INPUT...",
		"Analyse articles (.txt, .jsonl, .html, RSS/Atom feeds, .warc, each optionally .gz; directories;\n- for stdin) and print the report JSON. A bad input gets one line on stderr and exit code 1.")
	withText := fs.Bool("text", false, "include each article's cleaned text in the report")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	workers := fs.Int("workers", 0, "analysis workers (0: one per core)")
	speakerModel := fs.Bool("speaker-model", false, "re-choose claim speakers with the learned speaker model (internal/attrib)")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse input files (JSONL lines, WARC records) larger than this many bytes")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "parallax analyze: no input (give files, directories, or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	if *date != "" {
		d, err := ingest.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(e.stderr, "parallax analyze: --date: %v\n", err)
			return exitUsage
		}
		*date = d
	}
	var articles []parallax.Article
	failed := 0
	ingest.Read(fs.Args(), ingest.Options{Date: *date, MaxBytes: *maxBytes, Stdin: e.stdin, Workers: *workers},
		func(a parallax.Article) { articles = append(articles, a) },
		func(err *ingest.Error) {
			failed++
			fmt.Fprintf(e.stderr, "parallax analyze: %v\n", err)
		})
	p, err := pipeline.New(pipeline.Options{SpeakerModel: *speakerModel})
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax analyze: %v\n", err)
		return exitFailure
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bar := newProgress(e.stderr, len(articles), "articles")
	docs, incidents, dups, err := p.AnalyzeAll(ctx, ingest.UniqueIDs(articles), *workers, bar.Set)
	bar.Finish()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax analyze: %v\n", err)
		return exitFailure
	}
	docs, broken := pipeline.Split(docs)
	for _, d := range broken {
		failed++
		fmt.Fprintf(e.stderr, "parallax analyze: %v\n", d.Err)
	}
	rep := report.Build(docs, incidents, dups, report.Options{WithText: *withText})
	if err := report.Write(e.stdout, rep); err != nil {
		fmt.Fprintf(e.stderr, "parallax analyze: writing the report: %v\n", err)
		return exitFailure
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "parallax analyze: %s failed, %s analysed\n", plural(failed, "input"), plural(len(docs), "article"))
		return exitFailure
	}
	return exitOK
}
