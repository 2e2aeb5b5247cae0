package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/parse"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

const (
	parseIterations = 6 // the best on EWT dev is kept
	jackknifeFolds  = 4
	// jackknifeIterations: the fold taggers have no dev set to choose an
	// iteration on, so they stop at a fixed count.
	jackknifeIterations = 4
)

// trainParse trains the parser on EWT + GUM train with jackknifed tags
// (each quarter tagged by a tagger trained on the other three), so that it
// sees tagging errors like those it will meet, and evaluates on EWT dev and
// test with gold tokens and tags predicted by models/pos.*.
func trainParse(o options) error {
	train, err := readTreebanks(treebankPaths(o.shared, "train"))
	if err != nil {
		return err
	}
	dev, err := readTreebanks(treebankPaths(o.shared, "dev"))
	if err != nil {
		return err
	}
	test, err := readTreebanks(treebankPaths(o.shared, "test"))
	if err != nil {
		return err
	}
	wf, err := os.Open("models/pos.weights.gz")
	if err != nil {
		return fmt.Errorf("%w (run the pos target first)", err)
	}
	defer wf.Close()
	lf, err := os.Open("models/pos.lexicon.tsv.gz")
	if err != nil {
		return err
	}
	defer lf.Close()
	tagger, err := pos.Read(wf, lf)
	if err != nil {
		return fmt.Errorf("models/pos.*: %w", err)
	}
	start := time.Now()
	trainEx, err := jackknife(train, o)
	if err != nil {
		return err
	}
	fmt.Printf("parse: jackknifed tags for %d sentences in %s\n", len(train), time.Since(start).Round(time.Second))
	devEx, testEx := tagged(tagger, dev), tagged(tagger, test)
	start = time.Now()
	p, err := parse.Train(trainEx, devEx, parse.TrainOptions{
		Iterations: parseIterations, Seed: uint64(o.seed), MinWeight: 0.05, Explore: 0.9, Log: os.Stdout,
		Checkpoint: func(p *parse.Parser) error { return writeParser(p, o) },
	})
	if err != nil {
		return err
	}
	fmt.Printf("parse: trained in %s\n", time.Since(start).Round(time.Second))
	p = pruneParser(p, devEx)
	for _, e := range []struct {
		name string
		exs  []parse.Example
	}{{"EWT dev", devEx}, {"EWT test", testEx}, {"EWT test, gold tags", goldTagged(test)}} {
		s := parse.Evaluate(p, e.exs)
		fmt.Printf("parse: %s (gold tokens): %d words, UAS %.2f, LAS %.2f\n", e.name, s.Words, 100*s.UAS(), 100*s.LAS())
	}
	return writeParser(p, o)
}

func writeParser(p *parse.Parser, o options) error {
	return writeModelPair(func(a, b *os.File) error { return p.Write(a, b) }, o.out("models/parse.weights.gz"), o.out("models/parse.labels.txt"))
}

// maxParseFeatures bounds the parser's size: at most 600k features keep
// its feature table at 2^20 slots (16 MB), loading near 150 ms and parsing
// above 40k tokens/s per core, at a quarter point of dev LAS.
const maxParseFeatures = 600_000

// pruneParser drops small weights: it takes the weakest pruning that
// brings the parser within maxParseFeatures, printing the dev LAS of each
// step so that the cost is visible.
func pruneParser(p *parse.Parser, dev []parse.Example) *parse.Parser {
	fmt.Printf("parse: unpruned: %d features, dev LAS %.2f\n", p.Features(), 100*parse.Evaluate(p, dev).LAS())
	for _, min := range []float32{0.5, 1, 1.5, 2, 3} {
		q := p.Prune(min)
		fmt.Printf("parse: pruning weights below %.1f: %d features, dev LAS %.2f\n", min, q.Features(), 100*parse.Evaluate(q, dev).LAS())
		if q.Features() <= maxParseFeatures {
			return q
		}
	}
	return p.Prune(3)
}

// jackknife tags each of jackknifeFolds parts of train with a tagger
// trained on the others.
func jackknife(train []conllu.Sentence, o options) ([]parse.Example, error) {
	out := make([]parse.Example, len(train))
	errs := make([]error, jackknifeFolds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for f := range jackknifeFolds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest, held []conllu.Sentence
			var heldIdx []int
			for i, s := range train {
				if i%jackknifeFolds == f {
					held, heldIdx = append(held, s), append(heldIdx, i)
				} else {
					rest = append(rest, s)
				}
			}
			// The same configuration as the committed tagger (target_pos.go):
			// bidirectional, with the embedded word clusters (Clusters nil),
			// so that the parser learns from errors like those it will meet.
			// WordNet data only shapes lemmas, which the parser does not read.
			t, err := pos.Train(rest, nil, pos.TrainOptions{Iterations: jackknifeIterations, Seed: uint64(o.seed), MinWeight: 1, Bidirectional: true})
			if err != nil {
				errs[f] = err
				return
			}
			for k, ex := range tagged(t, held) {
				out[heldIdx[k]] = ex
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// tagged turns sentences into parser examples with tags from t.
func tagged(t *pos.Tagger, sents []conllu.Sentence) []parse.Example {
	exs := goldTagged(sents)
	for i := range exs {
		exs[i].UPOS, exs[i].XPOS, _ = t.Tag(exs[i].Words)
	}
	return exs
}

// goldTagged turns sentences into parser examples with their gold tags.
func goldTagged(sents []conllu.Sentence) []parse.Example {
	exs := make([]parse.Example, len(sents))
	for i, s := range sents {
		ex := parse.Example{Words: s.Forms()}
		for _, w := range s.Words {
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
			h := w.Head
			if h < 0 {
				h = 0
			}
			ex.Heads = append(ex.Heads, h)
			ex.Rels = append(ex.Rels, w.Deprel)
		}
		exs[i] = ex
	}
	return exs
}
