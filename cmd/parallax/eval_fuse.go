package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// runEvalIncidents and runEvalDuplicates run the full pipeline on the
// articles of a cluster file (testdata/clusters/README.md) and score the
// fusion's incident grouping or duplicate detection as article pairs.
func runEvalIncidents(e *env, args []string) int { return runEvalFuse(e, "incidents", args) }

func runEvalDuplicates(e *env, args []string) int { return runEvalFuse(e, "duplicates", args) }

func runEvalFuse(e *env, kind string, args []string) int {
	name := "eval " + kind
	fs := newFlags(e, name, "--data FILE",
		"Pairwise precision, recall and F1 of "+kind+" on a cluster file: JSONL articles in the input format\n"+
			`with "incident" (gold label) and "duplicate_of"/"duplicate_kind" (see testdata/clusters/README.md).`)
	data := fs.String("data", "", "cluster file (JSONL)")
	show := fs.Bool("show", false, "list the missed and the wrong pairs")
	workers := fs.Int("workers", 0, "analysis workers (0: one per core)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	arts, err := fuse.ReadClusters(*data)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	p, err := pipeline.Default()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	in := make([]parallax.Article, len(arts))
	for i, a := range arts {
		in[i] = a.Article
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	began := time.Now()
	docs, incs, dups, err := p.AnalyzeAll(ctx, in, *workers, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, err)
		return exitFailure
	}
	if _, broken := pipeline.Split(docs); len(broken) > 0 {
		for _, d := range broken {
			fmt.Fprintf(e.stderr, "parallax %s: %v\n", name, d.Err)
		}
		return exitFailure // a score without some articles would mislead
	}
	var s fuse.PairScore
	if kind == "incidents" {
		s = fuse.ScorePairs(fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs))
		fmt.Fprintf(e.stdout, "data: %s (%d articles; %d incidents predicted)\n", *data, len(arts), len(incs))
	} else {
		s = fuse.ScorePairs(fuse.GoldDuplicatePairs(arts), fuse.DuplicatePairs(dups))
		fmt.Fprintf(e.stdout, "data: %s (%d articles; %d duplicate entries predicted)\n", *data, len(arts), len(dups))
	}
	fmt.Fprintf(e.stdout, "%s pairs: gold %d, predicted %d, correct %d\n", kind, s.Gold, s.Predicted, s.Correct)
	fmt.Fprintf(e.stdout, "precision %.3f  recall %.3f  F1 %.3f   (pipeline and fusion in %.1fs)\n",
		s.Precision(), s.Recall(), s.F1(), time.Since(began).Seconds())
	if kind == "incidents" {
		ids := make([]string, len(arts))
		for i, a := range arts {
			ids[i] = a.ID
		}
		b := fuse.ScoreBCubed(ids, fuse.GoldIncidentPairs(arts), fuse.IncidentPairs(incs))
		fmt.Fprintf(e.stdout, "B-cubed precision %.3f  recall %.3f  F1 %.3f\n", b.P, b.R, b.F1())
	}
	if *show {
		for _, p := range s.Missed {
			fmt.Fprintf(e.stdout, "missed %s %s\n", p[0], p[1])
		}
		for _, p := range s.Wrong {
			fmt.Fprintf(e.stdout, "wrong  %s %s\n", p[0], p[1])
		}
	}
	return exitOK
}
