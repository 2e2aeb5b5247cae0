// Command parallax-train rebuilds the project's models and data files from
// ../shared/data with a fixed seed and prints their figures:
//
//	go run ./cmd/parallax-train all          # every target, in order
//	go run ./cmd/parallax-train TARGET...    # some of them
//	go run ./cmd/parallax-train --check all  # rebuild into a temporary folder and compare
//
// Each target lives in its own file (target_*.go) and writes its output into
// the repository, where it is embedded. Under --check it writes into a
// temporary folder instead, and each file is compared with the committed
// one (check.go): a model that no longer rebuilds byte for byte from the
// code beside it is reported, not overwritten.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// target rebuilds one model or data file.
type target struct {
	order   int // targets run in this order under "all" (models that feed others first)
	summary string
	// outputs are the files the target writes, relative to the
	// repository; --check compares each with its committed copy and
	// fails on a file written that is not listed
	outputs []string
	run     func(o options) error
}

type options struct {
	shared string // the shared data folder, ../shared/data by default
	seed   int64
	root   string // folder the outputs are written under: "" (the repository) or --check's temporary one
}

// out is where a target writes the repository file rel.
func (o options) out(rel string) string {
	return filepath.Join(o.root, rel)
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
		"pos":       {order: 20, outputs: []string{"models/pos.weights.gz", "models/pos.lexicon.tsv.gz"}, summary: "POS tagger and lemmas (UD EWT + GUM CC BY)", run: trainPOS},
		"parse":     {order: 21, outputs: []string{"models/parse.weights.gz", "models/parse.labels.txt"}, summary: "dependency parser (UD EWT + GUM CC BY, jackknifed tags)", run: trainParse},
		"segment":   {order: 5, outputs: []string{"models/segment.weights.gz", "models/segment.bias.txt"}, summary: "sentence-boundary model (UD EWT + GUM CC BY; EWT + GUM dev)", run: trainSegment},
	}
}

func main() {
	shared := flag.String("shared", "../shared/data", "folder of the shared training data")
	seed := flag.Int64("seed", 1, "random seed")
	check := flag.Bool("check", false, "rebuild into a temporary folder and compare every output with the committed file; exit 1 if any differs")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: parallax-train [--shared DIR] [--seed N] [--check] all | TARGET...\n\nTargets:")
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
		if _, ok := targets()[n]; !ok {
			fmt.Fprintf(os.Stderr, "parallax-train: unknown target %q\n", n)
			os.Exit(2)
		}
	}
	if *check {
		os.Exit(checkTargets(names, o))
	}
	for _, n := range names {
		t := targets()[n]
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
