package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/clean"
	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/segment"
)

// segmentIterations: the best iteration on EWT dev is kept anyway.
const segmentIterations = 12

// segmentRuns: the mean of the runs' weights (each in its own document
// order) depends less on any one order than a single run. Ten and five
// score the same on dev (EWT 0.8914 / GUM 0.9736 against 0.8921 /
// 0.9724), but from one change of features to the next five flipped three
// or four sentence ends of the VOA news stories and ten one or none.
const segmentRuns = 10

// trainSegment learns the sentence-boundary model on EWT train and GUM CC BY
// train, rebuilt as raw documents the way `parallax eval segment` does and
// cleaned as the pipeline cleans, and keeps the best iteration on EWT dev and GUM dev together.
func trainSegment(o options) error {
	cleaner, err := clean.Load()
	if err != nil {
		return err
	}
	load := func(paths []string) ([]segment.GoldDoc, []segment.TrainDoc, error) {
		var gold []segment.GoldDoc
		var docs []segment.TrainDoc
		for _, p := range paths {
			sents, err := conllu.ReadFile(p)
			if err != nil {
				return nil, nil, err
			}
			g, err := segment.GoldDocs(sents)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", p, err)
			}
			for _, d := range g {
				doc := &parallax.Document{Article: parallax.Article{ID: d.ID, Body: d.Text}}
				cleaner.Process(doc)
				docs = append(docs, segment.NewTrainDoc(d, doc.Text, doc.Origin))
			}
			gold = append(gold, g...)
		}
		return gold, docs, nil
	}
	_, train, err := load(treebankPaths(o.shared, "train"))
	if err != nil {
		return err
	}
	var dev []segment.DevSet
	for _, d := range []struct{ name, path string }{
		{"EWT dev", filepath.Join(o.shared, "ud_english_ewt", "en_ewt-ud-dev.conllu.gz")},
		{"GUM dev", filepath.Join(o.shared, "ud_english_gum_ccby", "en_gum-ud-dev.ccby.conllu.gz")},
	} {
		gold, docs, err := load([]string{d.path})
		if err != nil {
			return err
		}
		dev = append(dev, segment.DevSet{Name: d.name, Gold: gold, Clean: docs})
	}
	start := time.Now()
	w, bias, err := segment.Train(train, dev, segment.TrainOptions{
		Iterations: segmentIterations, Runs: segmentRuns, Seed: uint64(o.seed), Log: os.Stdout,
	})
	if err != nil {
		return err
	}
	nonzero := 0
	for _, x := range w {
		if x != 0 {
			nonzero++
		}
	}
	fmt.Printf("segment: trained on %d documents in %s; %d of %d weights non-zero\n", len(train), time.Since(start).Round(time.Second), nonzero, len(w))
	path := o.out(filepath.Join("models", "segment.weights.gz"))
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return err
	}
	err = segment.WriteWeights(f, w)
	if e := f.Close(); err == nil {
		err = e
	}
	if err == nil {
		err = os.Rename(path+".tmp", path)
	}
	if err != nil {
		os.Remove(path + ".tmp")
		return err
	}
	if fi, err := os.Stat(path); err == nil {
		fmt.Printf("wrote %s (%d KB)\n", path, fi.Size()>>10)
	}
	return os.WriteFile(o.out(filepath.Join("models", "segment.bias.txt")), []byte(segment.FormatBias(bias)), 0o644)
}
