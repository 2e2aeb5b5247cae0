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
	// parseIterations: EWT dev LAS still rose from the 6th pass to the
	// 12th (81.92, 82.07 at the 10th, 82.13; 82.07 at the 14th, with
	// parseDrop); the best on dev is kept.
	parseIterations = 14
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
		Iterations: parseIterations, Seed: uint64(o.seed), MinWeight: 0.05, Explore: 0.9, Drop: parseDrop, Log: os.Stdout,
		Checkpoint: func(p *parse.Parser) error { return writeParser(p) },
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
	return writeParser(p)
}

func writeParser(p *parse.Parser) error {
	return writeModelPair(func(a, b *os.File) error { return p.Write(a, b) }, "models/parse.weights.gz", "models/parse.labels.txt")
}

// parseDrop lists the feature templates (internal/nlp/parse/features.go)
// the parser does without, chosen on EWT dev in session 8: each one cost
// at most 0.15 points of dev LAS when left out of the session-7 model
// without retraining, and a parser retrained without them all lost none
// (dev LAS 81.94 against 81.82 after pruning below 1, with 10 passes) and
// parsed 9 % more tokens per CPU-second. They are 16 of the 24 templates
// that read both the stack and the buffer, looked up at every transition
// (word pairs of s0 and b0, distances, the children's labels and tags
// with b0), s1's word alone and with its tag or s0's, b0's word with its
// tag, the words of s0's and s1's rightmost children and the distance of
// s1 to s0; the memos' keys then leave those atoms out, so that more
// configurations share a sum. Leaving out the third word's tag of the
// stack (15, 43) and of the buffer (14, 40) as well cost 0.5 points.
var parseDrop = []int{4, 6, 9, 20, 21, 22, 23, 24, 25, 32, 44, 45, 51, 53, 61, 62, 64, 65, 66, 83, 91, 108, 109}

// parsePrune: weights below it are dropped. The parser's time goes into
// reading its weights, far more than fit in the caches: pruning below 2
// instead of 1.5 leaves 313k features instead of 466k (a feature table of
// 2^19 slots instead of 2^20, half the size) and parses a third more
// tokens per CPU-second, for 0.11 points of dev LAS (81.85 to 81.74);
// below 2.5 it lost 0.7 more.
const parsePrune = 2

// pruneParser drops the weights below parsePrune, printing the dev LAS of
// each step so that the cost is visible.
func pruneParser(p *parse.Parser, dev []parse.Example) *parse.Parser {
	fmt.Printf("parse: unpruned: %d features, dev LAS %.2f\n", p.Features(), 100*parse.Evaluate(p, dev).LAS())
	for _, min := range []float32{1, 1.5, parsePrune} {
		q := p.Prune(min)
		fmt.Printf("parse: pruning weights below %.1f: %d features, dev LAS %.2f\n", min, q.Features(), 100*parse.Evaluate(q, dev).LAS())
		if min == parsePrune {
			return q
		}
	}
	return p
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
