package pos

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/models"
)

// readClusters reads a gzip-compressed file of "path<TAB>word" lines (the
// format of models/clusters.tsv.gz) into a word → path map.
func readClusters(r io.Reader) (map[string]string, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	m := map[string]string{}
	intern := map[string]string{}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok || path == "" || word == "" || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("line %d: want PATH<TAB>WORD", line)
		}
		if p, ok := intern[path]; ok {
			path = p
		} else {
			intern[path] = path
		}
		m[word] = path
	}
	return m, sc.Err()
}

// TrainOptions configure Train.
type TrainOptions struct {
	Iterations int     // passes over the training data (the best on dev is kept)
	Seed       uint64  // shuffling seed
	MinWeight  float32 // averaged weights below this magnitude are pruned
	// WordNet data for the lemmas of words the treebanks lack: irregular
	// forms ("ran" as "v" → "run") and base forms ("run" as "v"), keyed by
	// the word and WordNet's part-of-speech letter (n, v, a).
	WordNetExceptions map[[2]string]string
	WordNetBases      map[[2]string]bool
	// Clusters maps words to Brown-style cluster paths (bit strings); nil
	// means the clusters embedded in the models package. The tagger keeps
	// a copy in its lexicon.
	Clusters map[string]string
	// Bidirectional trains right-to-left weights besides the left-to-right
	// ones; the tagger adds both directions' scores.
	Bidirectional bool
	Log           io.Writer // progress lines; nil for none
}

// Train trains a tagger on train, choosing the number of iterations on dev
// (when dev is empty, the last iteration is kept).
func Train(train, dev []conllu.Sentence, o TrainOptions) (*Tagger, error) {
	if o.Iterations < 1 {
		o.Iterations = 1
	}
	logf := func(format string, a ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, a...)
		}
	}
	lex, gold, err := buildLexicon(train, o)
	if err != nil {
		return nil, err
	}
	lex.bidirectional, lex.recheck = o.Bidirectional, inf32
	tr := perceptron.NewTrainer(len(lex.classes))
	rng := rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *Tagger
	bestAcc := -1.0
	var st state
	st.scores = make([]float32, len(lex.classes))
	for it := 1; it <= o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &train[si]
			words := s.Forms()
			st.ctx.reset(words, lex)
			p1, p2 := hashStart, hashStart
			for i := range words {
				truth := gold[si][i]
				c, ok := lex.sure[words[i]]
				if !ok {
					st.feats = st.ctx.features(st.feats[:0], i, p1, p2, false)
					clear(st.scores)
					tr.Score(st.feats, st.scores)
					c = int32(argmax(st.scores))
					tr.Tick()
					tr.Update(st.feats, int(truth), int(c))
				}
				if c == truth {
					correct++
				}
				total++
				p2, p1 = p1, lex.nameHash[c]
			}
			if !o.Bidirectional {
				continue
			}
			// The right-to-left weights are trained alongside, each
			// direction updated on its own mistakes (its templates are
			// apart), so that both are averaged over the same steps.
			p1, p2 = hashStart, hashStart
			for i := len(words) - 1; i >= 0; i-- {
				c, ok := lex.sure[words[i]]
				if !ok {
					st.feats = st.ctx.features(st.feats[:0], i, p1, p2, true)
					clear(st.scores)
					tr.Score(st.feats, st.scores)
					c = int32(argmax(st.scores))
					tr.Update(st.feats, int(gold[si][i]), int(c))
				}
				p2, p1 = p1, lex.nameHash[c]
			}
		}
		cand := &Tagger{model: tr.Average(o.MinWeight), lex: lex}
		if len(dev) == 0 {
			best = cand
			logf("pos: iteration %d: train %.2f%%\n", it, 100*float64(correct)/float64(max(total, 1)))
			continue
		}
		sc := Evaluate(cand, dev)
		logf("pos: iteration %d: train %.2f%%, dev UPOS %.2f%% XPOS %.2f%% lemma %.2f%% (%d features)\n",
			it, 100*float64(correct)/float64(max(total, 1)), 100*sc.UPOS(), 100*sc.XPOS(), 100*sc.Lemma(), cand.model.Features())
		if acc := sc.UPOS() + sc.XPOS(); acc > bestAcc {
			best, bestAcc = cand, acc
		}
	}
	if o.Bidirectional && len(dev) > 0 {
		tuneRecheck(best, dev, bestAcc, logf)
	}
	return best, nil
}

// tuneRecheck sets the margin under which a bidirectional tagger runs the
// right-to-left pass: the lowest of a few quantiles of the left-to-right
// margins on dev that costs at most 0.02 points of UPOS and XPOS (full is
// their sum with every word rechecked).
func tuneRecheck(t *Tagger, dev []conllu.Sentence, full float64, logf func(string, ...any)) {
	var margins []float32
	var st state
	for _, s := range dev {
		t.tagInto(&st, s.Forms())
		for _, m := range st.margins {
			if m != inf32 {
				margins = append(margins, m)
			}
		}
	}
	if len(margins) == 0 {
		return
	}
	slices.Sort(margins)
	for _, q := range []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7} {
		t.lex.recheck = margins[int(q*float64(len(margins)-1))]
		sc := Evaluate(t, dev)
		logf("pos: recheck below margin %.3g (%.0f%% of words): dev UPOS %.2f%% XPOS %.2f%%\n",
			t.lex.recheck, 100*q, 100*sc.UPOS(), 100*sc.XPOS())
		if sc.UPOS()+sc.XPOS() >= full-0.0004 {
			return
		}
	}
	t.lex.recheck = inf32
}

// buildLexicon gathers the classes, tag dictionaries and lemma exceptions
// of the training data and returns the gold class of every word.
func buildLexicon(train []conllu.Sentence, o TrainOptions) (*lexicon, [][]int32, error) {
	classCount := map[tagPair]int{}
	for _, s := range train {
		for _, w := range s.Words {
			classCount[tagPair{w.UPOS, w.XPOS}]++
		}
	}
	if len(classCount) == 0 {
		return nil, nil, fmt.Errorf("pos: no training words")
	}
	if len(classCount) > 1<<15 {
		return nil, nil, fmt.Errorf("pos: %d tag classes is too many", len(classCount))
	}
	clusters := o.Clusters
	if clusters == nil {
		var err error
		if clusters, err = readClusters(bytes.NewReader(models.Clusters)); err != nil {
			return nil, nil, fmt.Errorf("pos: embedded clusters: %w", err)
		}
	}
	lex := &lexicon{sure: map[string]int32{}, amb: map[string]string{}, clusters: clusters,
		lemmas: lemmaTable{seen: map[lemmaKey]string{}, exc: map[lemmaKey]string{}, base: map[lemmaKey]struct{}{}}}
	for k, v := range o.WordNetExceptions {
		lex.lemmas.exc[lemmaKey{k[0], k[1]}] = v
	}
	for k, ok := range o.WordNetBases {
		if ok {
			lex.lemmas.base[lemmaKey{k[0], k[1]}] = struct{}{}
		}
	}
	for c := range classCount {
		lex.classes = append(lex.classes, c)
	}
	sort.Slice(lex.classes, func(i, j int) bool {
		a, b := lex.classes[i], lex.classes[j]
		if classCount[a] != classCount[b] {
			return classCount[a] > classCount[b]
		}
		return a.UPOS+"_"+a.XPOS < b.UPOS+"_"+b.XPOS
	})
	lex.setNames()
	classOf := map[tagPair]int32{}
	for i, c := range lex.classes {
		classOf[c] = int32(i)
	}
	gold := make([][]int32, len(train))
	formClass := map[string]map[int32]int{}
	lowerXPOS := map[string]map[string]int{}
	type lemmaStat struct {
		lemmas map[string]int
		ruleOK int
	}
	lemmaStats := map[lemmaKey]*lemmaStat{}
	for si, s := range train {
		gold[si] = make([]int32, len(s.Words))
		for i, w := range s.Words {
			c := classOf[tagPair{w.UPOS, w.XPOS}]
			gold[si][i] = c
			inc(formClass, w.Form, c)
			lower := lowerASCIIFast(w.Form)
			inc(lowerXPOS, lower, w.XPOS)
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			key := lemmaKey{lower, w.XPOS}
			ls := lemmaStats[key]
			if ls == nil {
				ls = &lemmaStat{lemmas: map[string]int{}}
				lemmaStats[key] = ls
			}
			ls.lemmas[w.Lemma]++
			if lex.lemmas.rule(w.Form, lower, w.XPOS) == w.Lemma {
				ls.ruleOK++
			}
		}
	}
	for form, counts := range formClass {
		total, top, topClass := 0, 0, int32(0)
		for c, n := range counts {
			total += n
			if n > top || n == top && c < topClass {
				top, topClass = n, c
			}
		}
		if total >= 20 && float64(top) >= 0.99*float64(total) {
			lex.sure[form] = topClass
		}
	}
	for lower, counts := range lowerXPOS {
		total := 0
		for _, n := range counts {
			total += n
		}
		if total < 2 {
			continue
		}
		var tags []string
		for x, n := range counts {
			if float64(n) >= 0.05*float64(total) {
				tags = append(tags, x)
			}
		}
		sort.Strings(tags)
		lex.amb[lower] = strings.Join(tags, "|")
	}
	for key, ls := range lemmaStats {
		best, bestN := "", 0
		for l, n := range ls.lemmas {
			if n > bestN || n == bestN && l < best {
				best, bestN = l, n
			}
		}
		if bestN > ls.ruleOK {
			lex.lemmas.seen[key] = best
		}
	}
	return lex, gold, nil
}

func inc[K comparable](m map[string]map[K]int, key string, v K) {
	c := m[key]
	if c == nil {
		c = map[K]int{}
		m[key] = c
	}
	c[v]++
}

// Scores counts correct tags and lemmas over a treebank.
type Scores struct {
	Words, UPOSOK, XPOSOK, LemmaOK, Lemmas int
}

// UPOS is the UPOS accuracy.
func (s Scores) UPOS() float64 { return ratio(s.UPOSOK, s.Words) }

// XPOS is the XPOS accuracy.
func (s Scores) XPOS() float64 { return ratio(s.XPOSOK, s.Words) }

// Lemma is the lemma accuracy over the words that have a gold lemma.
func (s Scores) Lemma() float64 { return ratio(s.LemmaOK, s.Lemmas) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate tags the gold-tokenised sentences and counts agreement with
// their gold tags and lemmas.
func Evaluate(t *Tagger, sents []conllu.Sentence) Scores {
	var sc Scores
	for _, s := range sents {
		upos, xpos, lemmas := t.Tag(s.Forms())
		for i, w := range s.Words {
			sc.Words++
			if upos[i] == w.UPOS {
				sc.UPOSOK++
			}
			if xpos[i] == w.XPOS {
				sc.XPOSOK++
			}
			if w.Lemma != "_" && w.Lemma != "" {
				sc.Lemmas++
				if lemmas[i] == w.Lemma {
					sc.LemmaOK++
				}
			}
		}
	}
	return sc
}
