// Command parallax-train rebuilds the project's models and data files from
// ../shared/data with a fixed seed and prints their figures:
//
//	go run ./cmd/parallax-train all          # every target, in order
//	go run ./cmd/parallax-train TARGET...    # some of them
//
// Each target lives in its own file (target_*.go) and writes its output into
// the repository, where it is embedded.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
)

// target rebuilds one model or data file.
type target struct {
	order   int // targets run in this order under "all" (models that feed others first)
	summary string
	run     func(o options) error
}

type options struct {
	shared string // the shared data folder, ../shared/data by default
	seed   int64
}

func targets() map[string]target {
	return map[string]target{
		"clusters":  clustersTarget,
		"ner":       nerTarget,
		"gazetteer": gazetteerTarget(),
		"events":    targetEvents(),
		"actors":    targetActors(),
		"attrib":    targetAttrib(),
		"side":      targetSide(),
		"pos":       {order: 20, summary: "POS tagger and lemmas (UD EWT + GUM CC BY)", run: trainPOS},
		"parse":     {order: 21, summary: "dependency parser (UD EWT + GUM CC BY, jackknifed tags)", run: trainParse},
		"segment":   {order: 5, summary: "sentence-boundary model (UD EWT + GUM CC BY; EWT + GUM dev)", run: trainSegment},
	}
}

func main() {
	shared := flag.String("shared", "../shared/data", "folder of the shared training data")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: parallax-train [--shared DIR] [--seed N] all | TARGET...\n\nTargets:")
		for _, n := range ordered() {
			fmt.Fprintf(os.Stderr, "  %-12s %s\n", n, targets()[n].summary)
		}
	}
	flag.Parse()
	names := flag.Args()
	if len(names) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if len(names) == 1 && names[0] == "all" {
		names = ordered()
	}
	o := options{shared: *shared, seed: *seed}
	for _, n := range names {
		t, ok := targets()[n]
		if !ok {
			fmt.Fprintf(os.Stderr, "parallax-train: unknown target %q\n", n)
			os.Exit(2)
		}
		fmt.Printf("== %s\n", n)
		if err := t.run(o); err != nil {
			fmt.Fprintf(os.Stderr, "parallax-train %s: %v\n", n, err)
			os.Exit(1)
		}
	}
}

func ordered() []string {
	ts := targets()
	names := make([]string, 0, len(ts))
	for n := range ts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if ts[names[i]].order != ts[names[j]].order {
			return ts[names[i]].order < ts[names[j]].order
		}
		return names[i] < names[j]
	})
	return names
}
