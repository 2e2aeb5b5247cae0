package ner

import (
	"math/rand"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// Example is one training sentence. Masks[i] has bit l set for every label
// l that token i may carry: one bit where the annotation is complete, more
// where a corpus leaves something open (a corpus without MISC allows MISC
// wherever it says O; a span whose type the mapping cannot decide allows
// every label).
type Example struct {
	Words []string
	Masks []uint16
	// Context, for a second-pass model, holds the document context codes
	// of the words (Recognizer.DocumentContext of a first model).
	Context []uint32
}

// AnyLabel is the mask of a token whose label the annotation leaves open.
const AnyLabel = maskAll

// Label masks.
const (
	maskAll  = uint16(1)<<nLabels - 1
	maskO    = uint16(1)
	maskMISC = uint16(1)<<7 | uint16(1)<<8
)

// ExampleFromTags makes a fully annotated example from IOB2 tags; with
// noMISC the corpus is taken not to annotate MISC, so every O may also be
// MISC. Unknown tag types (not PER/ORG/LOC/MISC) allow every label.
func ExampleFromTags(words, tags []string, noMISC bool) Example {
	ex := Example{Words: words, Masks: make([]uint16, len(tags))}
	for i, t := range tags {
		l := labelIndex(t)
		switch {
		case t == "O" && noMISC:
			ex.Masks[i] = maskO | maskMISC
		case l < 0:
			ex.Masks[i] = maskAll
		default:
			ex.Masks[i] = 1 << l
		}
	}
	return ex
}

// DevSet is held-out data scored after each epoch; IgnoreMISC drops
// predicted MISC entities before scoring, for corpora that do not
// annotate MISC.
type DevSet struct {
	Name       string
	Sentences  []Labelled
	IgnoreMISC bool
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs   int
	Seed     int64
	MinCount int // features seen fewer times in training get no weight
	// First, when set, makes a second-pass model over this first model:
	// the examples must carry their Context.
	First *Model
	// Progress, when set, receives each epoch's dev F1 per set.
	Progress func(epoch int, f1 []float64)
}

// TrainResult tells which epoch was kept.
type TrainResult struct {
	BestEpoch int
	DevF1     []float64 // per dev set, at the best epoch
	Features  int
}

// Train fits an averaged structured perceptron (Collins 2002) with Viterbi
// decoding over BIO labels. Partially annotated examples are learned as a
// latent-variable perceptron: the target is the best-scoring sequence
// that agrees with the masks. The averaged weights of the epoch with the
// best mean dev F1 are kept (all epochs when dev is empty).
func Train(train []Example, dev []DevSet, clusters *wordcluster.Clusters, gaz *Gazetteer, o TrainOptions) (*Model, TrainResult) {
	if o.Epochs < 1 {
		o.Epochs = 1
	}
	if gaz != nil {
		gaz.freeze()
	}
	fz := featurizer{clusters: clusters, gaz: gaz}
	// Feature ids: count the hashes, keep the frequent ones.
	var sf, withCtx sentenceFeatures
	features := func(ex Example) *sentenceFeatures {
		fz.extract(ex.Words, &sf)
		if ex.Context == nil {
			return &sf
		}
		addContext(&sf, ex.Context, &withCtx)
		return &withCtx
	}
	counts := map[uint64]int32{}
	for _, ex := range train {
		sf := features(ex)
		for _, h := range sf.hashes {
			counts[h]++
		}
	}
	index := map[uint64]int32{}
	for h, c := range counts {
		if int(c) >= o.MinCount {
			index[h] = 0
		}
	}
	counts = nil
	// Ids in the order of first occurrence, for a deterministic layout.
	next := int32(0)
	type encoded struct {
		ids  []int32
		offs []int
	}
	enc := make([]encoded, len(train))
	seen := map[uint64]bool{}
	for k, ex := range train {
		sf := features(ex)
		e := encoded{offs: append([]int(nil), sf.offs...)}
		e.ids = make([]int32, len(sf.hashes))
		for j, h := range sf.hashes {
			if _, ok := index[h]; !ok {
				e.ids[j] = -1
				continue
			}
			if !seen[h] {
				seen[h] = true
				index[h] = next
				next++
			}
			e.ids[j] = index[h]
		}
		enc[k] = e
	}
	nf := int(next)
	w := make([]float32, nf*nLabels)
	acc := make([]float64, nf*nLabels) // Σ c·Δ, for lazy averaging
	var trans, transAcc [nLabels + 1][nLabels]float64
	c := 1.0

	emit := make([]float32, 0, 64*nLabels)
	var pred, target []int
	var lt lattice
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(o.Seed))
	emissions := func(e encoded, n int) []float32 {
		emit = emit[:0]
		for i := 0; i < n; i++ {
			var row [nLabels]float32
			for _, id := range e.ids[e.offs[i]:e.offs[i+1]] {
				if id < 0 {
					continue
				}
				ws := w[int(id)*nLabels : int(id)*nLabels+nLabels]
				for l := range row {
					row[l] += ws[l]
				}
			}
			emit = append(emit, row[:]...)
		}
		return emit
	}
	var tr32 [nLabels + 1][nLabels]float32
	syncTrans := func() {
		for p := range trans {
			for l := range trans[p] {
				tr32[p][l] = float32(trans[p][l])
			}
		}
	}
	average := func() *Model {
		m := &Model{gaz: gaz, first: o.First}
		rows := make(map[uint64]*[nLabels]float32, len(seen))
		for h, id := range index {
			if !seen[h] {
				continue
			}
			var row [nLabels]float32
			for l := range row {
				i := int(id)*nLabels + l
				row[l] = float32(float64(w[i]) - acc[i]/c)
			}
			rows[h] = &row
		}
		m.features, m.scale = quantize(rows)
		for p := range trans {
			for l := range trans[p] {
				m.trans[p][l] = float32(trans[p][l] - transAcc[p][l]/c)
			}
		}
		if m.first != nil {
			m.buildPair()
		}
		return m
	}
	var best *Model
	res := TrainResult{BestEpoch: -1}
	bestMean := -1.0
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex, e := train[k], enc[k]
			n := len(ex.Words)
			if n == 0 {
				continue
			}
			syncTrans()
			em := emissions(e, n)
			pred = lt.viterbi(em, n, &tr32, nil, pred)
			if fullyAnnotated(ex.Masks) {
				target = target[:0]
				for _, m := range ex.Masks {
					target = append(target, lowestBit(m))
				}
			} else {
				target = lt.viterbi(em, n, &tr32, ex.Masks, target)
			}
			if !equalInts(pred, target) {
				for i := 0; i < n; i++ {
					if pred[i] == target[i] {
						continue
					}
					for _, id := range e.ids[e.offs[i]:e.offs[i+1]] {
						if id < 0 {
							continue
						}
						t, p := int(id)*nLabels+target[i], int(id)*nLabels+pred[i]
						w[t]++
						acc[t] += c
						w[p]--
						acc[p] -= c
					}
				}
				for i := 0; i < n; i++ {
					pt, pp := nLabels, nLabels
					if i > 0 {
						pt, pp = target[i-1], pred[i-1]
					}
					if pt == pp && target[i] == pred[i] {
						continue
					}
					trans[pt][target[i]]++
					transAcc[pt][target[i]] += c
					trans[pp][pred[i]]--
					transAcc[pp][pred[i]] -= c
				}
			}
			c++
		}
		m := average()
		if len(dev) == 0 {
			best, res.BestEpoch = m, epoch
			continue
		}
		f1s := make([]float64, len(dev))
		mean := 0.0
		for d, set := range dev {
			f1s[d] = m.Evaluate(clusters, set.Sentences, set.IgnoreMISC).All.F1()
			mean += f1s[d] / float64(len(dev))
		}
		if o.Progress != nil {
			o.Progress(epoch, f1s)
		}
		if mean > bestMean {
			bestMean, best, res.BestEpoch, res.DevF1 = mean, m, epoch, f1s
		}
	}
	res.Features = best.Features()
	return best, res
}

// Evaluate tags sents and scores them against their gold tags.
func (m *Model) Evaluate(clusters *wordcluster.Clusters, sents []Labelled, ignoreMISC bool) *Score {
	r := New(m, clusters)
	s := NewScore()
	for _, doc := range Documents(sents) {
		words := make([][]string, len(doc))
		for i, sent := range doc {
			words[i] = sent.Words
		}
		for i, labels := range r.labelDocument(words) {
			pred := make([]string, len(labels))
			for k, l := range labels {
				pred[k] = labelNames[l]
			}
			if ignoreMISC {
				pred = DropType(pred, "MISC")
			}
			s.Add(doc[i].Tags, pred)
		}
	}
	return s
}

// DropType replaces the tags of one entity type with O.
func DropType(tags []string, typ string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		if len(t) > 2 && t[2:] == typ {
			t = "O"
		}
		out[i] = t
	}
	return out
}

func fullyAnnotated(masks []uint16) bool {
	for _, m := range masks {
		if m&(m-1) != 0 {
			return false
		}
	}
	return true
}

func lowestBit(m uint16) int {
	for l := 0; l < nLabels; l++ {
		if m&(1<<l) != 0 {
			return l
		}
	}
	return 0
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
