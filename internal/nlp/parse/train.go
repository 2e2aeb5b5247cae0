package parse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// Example is one training or test sentence: words, their tags (predicted
// ones in training, so the parser learns to live with tagging errors) and
// the gold tree (heads 1-based, 0 for the root).
type Example struct {
	Words, UPOS, XPOS []string
	Heads             []int
	Rels              []string
}

// TrainOptions configure Train.
type TrainOptions struct {
	Iterations int     // passes over the data (the best on dev is kept)
	Seed       uint64  // shuffling and exploration seed
	MinWeight  float32 // averaged weights below this magnitude are pruned
	// Explore is the probability of following the model's own wrong
	// transition instead of the oracle's from the second iteration on, so
	// that training sees the configurations its errors lead to.
	Explore float64
	// Drop lists feature templates (features.go) the parser does without.
	Drop []int
	Log  io.Writer // progress lines; nil for none
	// Checkpoint, when set, gets each new best parser as training goes,
	// so that a long run interrupted still leaves a model.
	Checkpoint func(*Parser) error
}

// Train trains a parser on train, keeping the iteration with the best LAS
// on dev (the last one when dev is empty).
func Train(train, dev []Example, o TrainOptions) (*Parser, error) {
	if o.Iterations < 1 {
		o.Iterations = 1
	}
	sel, err := newSelection(o.Drop)
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for i, ex := range train {
		if len(ex.Heads) != len(ex.Words) || len(ex.Rels) != len(ex.Words) {
			return nil, fmt.Errorf("parse: training sentence %d: %d words, %d heads, %d relations", i+1, len(ex.Words), len(ex.Heads), len(ex.Rels))
		}
		for j, h := range ex.Heads {
			if h < 0 || h > len(ex.Words) {
				return nil, fmt.Errorf("parse: training sentence %d: word %d has head %d", i+1, j+1, h)
			}
		}
		for _, r := range ex.Rels {
			count[r]++
		}
	}
	if len(count) == 0 {
		return nil, fmt.Errorf("parse: no training words")
	}
	labels := make([]string, 0, len(count))
	for l := range count {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if count[labels[i]] != count[labels[j]] {
			return count[labels[i]] > count[labels[j]]
		}
		return labels[i] < labels[j]
	})
	labelOf := map[string]int{}
	for i, l := range labels {
		labelOf[l] = i
	}
	nClasses := 1 + 2*len(labels)
	tr := perceptron.NewTrainer(nClasses)
	// The features read only the label hashes, so a parser shell around
	// the trainer can extract them.
	shell := newParser(nil, labels, sel)
	rng := rand.New(rand.NewPCG(o.Seed, 0x2545f4914f6cdd1d))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var st state
	st.scores = make([]float32, nClasses)
	var goldHead, goldRel []int
	var best *Parser
	bestLAS := -1.0
	for it := 1; it <= o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, steps := 0, 0
		for _, si := range order {
			ex := &train[si]
			n := len(ex.Words)
			if n == 0 {
				continue
			}
			goldHead, goldRel = goldHead[:0], goldRel[:0]
			for j := range ex.Words {
				h := ex.Heads[j] - 1
				if ex.Heads[j] == 0 {
					h = n
				}
				goldHead = append(goldHead, h)
				goldRel = append(goldRel, labelOf[ex.Rels[j]])
			}
			st.load(ex.Words, ex.UPOS, ex.XPOS)
			c := &st.c
			for !c.terminal() {
				st.feats = shell.features(st.feats[:0], &st.s, c)
				clear(st.scores)
				tr.Score(st.feats, st.scores)
				pred := bestValid(c, st.scores)
				gold, minCost, predCost := oracle(c, st.scores, goldHead, goldRel, pred)
				tr.Tick()
				steps++
				next := gold
				if predCost > minCost {
					wrong++
					tr.Update(st.feats, gold, pred)
					if it > 1 && rng.Float64() < o.Explore {
						next = pred
					}
				}
				c.apply(next)
			}
		}
		cand := newParser(tr.Average(o.MinWeight), labels, sel)
		line := fmt.Sprintf("parse: iteration %d: %.2f%% of transitions wrong, %d features", it, 100*float64(wrong)/float64(max(steps, 1)), cand.model.Features())
		if len(dev) == 0 {
			best = cand
		} else {
			sc := Evaluate(cand, dev)
			line += fmt.Sprintf(", dev UAS %.2f LAS %.2f", 100*sc.UAS(), 100*sc.LAS())
			if sc.LAS() > bestLAS {
				best, bestLAS = cand, sc.LAS()
				if o.Checkpoint != nil {
					if err := o.Checkpoint(best); err != nil {
						return nil, err
					}
				}
			}
		}
		if o.Log != nil {
			fmt.Fprintln(o.Log, line)
		}
	}
	return best, nil
}

// oracle returns the best-scoring transition among the cheapest valid
// ones, the cheapest cost, and the cost of pred.
func oracle(c *config, scores []float32, goldHead, goldRel []int, pred int) (gold, minCost, predCost int) {
	gold, minCost = -1, 1<<30
	shiftCost, leftCost, rightCost := -1, -1, -1
	if c.canShift() {
		shiftCost = c.cost(shift, goldHead, goldRel)
	}
	// Structural costs: the label of a transition adds one only on a gold
	// arc, handled below.
	leftGold, rightGold := -1, -1
	if c.canLeft() {
		leftCost = c.leftCost(goldHead)
		if goldHead[c.s(0)] == c.b {
			leftGold = goldRel[c.s(0)]
		}
	}
	if c.canRight() {
		rightCost = c.rightCost(goldHead)
		if goldHead[c.s(0)] == c.s(1) {
			rightGold = goldRel[c.s(0)]
		}
	}
	costOf := func(tr int) int {
		switch {
		case tr == shift:
			return shiftCost
		case isLeft(tr):
			if leftCost < 0 {
				return -1
			}
			if leftGold >= 0 && label(tr) != leftGold {
				return leftCost + 1
			}
			return leftCost
		default:
			if rightCost < 0 {
				return -1
			}
			if rightGold >= 0 && label(tr) != rightGold {
				return rightCost + 1
			}
			return rightCost
		}
	}
	for tr := range scores {
		k := costOf(tr)
		if k < 0 {
			continue
		}
		if k < minCost || k == minCost && scores[tr] > scores[gold] {
			gold, minCost = tr, k
		}
	}
	return gold, minCost, costOf(pred)
}

// Scores counts attachment agreement over a treebank.
type Scores struct {
	Words, HeadOK, BothOK int
}

// UAS is the unlabelled attachment score.
func (s Scores) UAS() float64 { return ratio(s.HeadOK, s.Words) }

// LAS is the labelled attachment score.
func (s Scores) LAS() float64 { return ratio(s.BothOK, s.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate parses the examples with their tags and scores the trees
// against theirs. Punctuation counts, as in the CoNLL 2018 shared task.
func Evaluate(p *Parser, exs []Example) Scores {
	var sc Scores
	for _, ex := range exs {
		heads, rels := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		for i := range ex.Words {
			sc.Words++
			if heads[i] == ex.Heads[i] {
				sc.HeadOK++
				if rels[i] == ex.Rels[i] {
					sc.BothOK++
				}
			}
		}
	}
	return sc
}
