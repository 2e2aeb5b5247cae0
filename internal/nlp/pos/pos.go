// Package pos tags words with their universal (UPOS) and Penn Treebank
// (XPOS) parts of speech and their lemmas.
//
// The tagger is a greedy averaged perceptron (Collins 2002) with the
// feature set of Honnibal's tagger (word, affixes, shape, neighbouring
// words, the two previous tags) plus ambiguity classes (the tags each
// neighbouring word took in training) and Brown-style word clusters of the
// word and its neighbours (models/clusters.tsv.gz, copied into the
// lexicon). A bidirectional tagger also has right-to-left weights: after
// the left-to-right pass, the words whose best class won by a small margin
// are rescored right to left and get the class with the best sum of both
// directions' scores (Tsuruoka and Tsujii 2005 combine directions
// similarly). It is trained by Train on Universal Dependencies treebanks
// (cmd/parallax-train pos). Lemmas come from the treebanks' lemma
// statistics, WordNet's irregular forms and suffix rules (lemma.go).
package pos

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/models"
)

// Tagger is a trained tagger. It is read-only and safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
	lex   *lexicon
	// states recycles scratch space between calls, so that steady-state
	// tagging does not allocate it.
	states sync.Pool
}

func (t *Tagger) getState() *state {
	if st, ok := t.states.Get().(*state); ok {
		return st
	}
	return &state{}
}

// Load reads the tagger embedded in the models package.
func Load() (*Tagger, error) {
	t, err := Read(bytes.NewReader(models.POSWeights), bytes.NewReader(models.POSLexicon))
	if err != nil {
		return nil, fmt.Errorf("pos: embedded models/pos.*: %w", err)
	}
	return t, nil
}

// Read reads a tagger from its weights and lexicon files (as written by
// Write).
func Read(weights, lexFile io.Reader) (*Tagger, error) {
	// The two files decode at once (they are independent), which halves
	// the loading time on a machine with a second core.
	var l *lexicon
	var lerr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		l, lerr = readLexicon(lexFile)
	}()
	m, err := perceptron.Read(weights)
	<-done
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	if lerr != nil {
		return nil, fmt.Errorf("lexicon: %w", lerr)
	}
	if m.NClasses != len(l.classes) {
		return nil, fmt.Errorf("weights have %d classes, lexicon %d", m.NClasses, len(l.classes))
	}
	return &Tagger{model: m, lex: l}, nil
}

// Write writes the tagger's weights and lexicon.
func (t *Tagger) Write(weights, lexicon io.Writer) error {
	if err := t.model.Write(weights); err != nil {
		return err
	}
	return t.lex.write(lexicon)
}

// Name is the stage name.
func (t *Tagger) Name() string { return "pos" }

// Process fills UPOS, XPOS and Lemma of every token of doc.
func (t *Tagger) Process(doc *parallax.Document) {
	st := t.getState()
	defer t.states.Put(st)
	words := st.words[:0]
	for si := range doc.Sentences {
		toks := doc.Sentences[si].Tokens
		if len(toks) == 0 {
			continue
		}
		words = words[:0]
		for _, tk := range toks {
			words = append(words, tokenText(doc.Text, tk))
		}
		classes := t.tagInto(st, words)
		for i := range toks {
			c := t.lex.classes[classes[i]]
			toks[i].UPOS, toks[i].XPOS = c.UPOS, c.XPOS
			toks[i].Lemma = st.ctx.lemma(i, classes[i], words[i], c.XPOS, &t.lex.lemmas)
		}
	}
	st.words = words[:0]
}

// tokenText is the token's text, taken from the document when the token
// does not carry it.
func tokenText(text string, tk parallax.Token) string {
	if tk.Text != "" {
		return tk.Text
	}
	if 0 <= tk.Start && tk.Start <= tk.End && tk.End <= len(text) {
		return text[tk.Start:tk.End]
	}
	return ""
}

// Tag returns the UPOS and XPOS tags and the lemma of each word.
func (t *Tagger) Tag(words []string) (upos, xpos, lemmas []string) {
	st := t.getState()
	defer t.states.Put(st)
	classes := t.tagInto(st, words)
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	lemmas = make([]string, len(words))
	for i, c := range classes {
		p := t.lex.classes[c]
		upos[i], xpos[i] = p.UPOS, p.XPOS
		lemmas[i] = t.lex.lemmas.lemma(words[i], p.XPOS)
	}
	return upos, xpos, lemmas
}

// state is the scratch space of one tagging call.
type state struct {
	words   []string
	ctx     sentenceContext
	feats   []uint64
	scores  []float32
	classes []int32
	acc     []int32   // unscaled sums of one word's scores
	sums    []float32 // per word and class, for bidirectional taggers
	margins []float32 // per word, left-to-right best minus second best
}

func (t *Tagger) tagInto(st *state, words []string) []int32 {
	st.ctx.reset(words, t.lex)
	nc := t.model.NClasses
	if cap(st.scores) < nc {
		st.scores = make([]float32, nc)
	}
	st.scores = st.scores[:nc]
	st.classes = st.classes[:0]
	bidi := t.lex.bidirectional
	if bidi {
		// The left-to-right scores of every word, added to by the
		// right-to-left pass.
		if cap(st.sums) < len(words)*nc {
			st.sums = make([]float32, len(words)*nc)
		}
		st.sums = st.sums[:len(words)*nc]
		clear(st.sums)
		st.margins = slices.Grow(st.margins[:0], len(words))[:len(words)]
		for i := range st.margins {
			st.margins[i] = inf32 // sure words
		}
	}
	p1, p2 := hashStart, hashStart
	for i := range words {
		c := st.ctx.sure[i]
		if c < 0 {
			// The word's own features' sums, kept from the word's first
			// occurrence, and those of its context: together the sums
			// of all its features, as Score adds them.
			var part []int32
			part, st.feats = st.ctx.wordPart(i, t.model, st.feats)
			// The neighbours' sums in their roles, kept like the word's
			// own, and the features that read the word with a neighbour
			// or the classes before it.
			st.acc = slices.Grow(st.acc[:0], max(nc, perceptron.WideSum))[:nc]
			st.feats = st.ctx.neighbourParts(i, t.model, part, st.acc, st.feats[:0])
			st.feats = st.ctx.pairFeatures(st.feats, i, p1, p2)
			t.model.Accumulate(st.feats, st.acc)
			sc := st.scores
			if bidi {
				sc = st.sums[i*nc : (i+1)*nc]
			} else {
				clear(sc)
			}
			t.model.AddScaled(st.acc, sc)
			if bidi {
				c, st.margins[i] = bestAndMarginSums(st.acc, sc)
			} else {
				c = int32(argmax(sc))
			}
		}
		st.classes = append(st.classes, c)
		p2, p1 = p1, t.lex.nameHash[c]
	}
	if !bidi {
		return st.classes
	}
	// Right to left, with its own history; each word gets the class with
	// the best sum of both directions' scores.
	p1, p2 = hashStart, hashStart
	for i := len(words) - 1; i >= 0; i-- {
		c := st.classes[i]
		if st.margins[i] < t.lex.recheck {
			st.feats = st.ctx.features(st.feats[:0], i, p1, p2, true)
			clear(st.scores)
			t.model.Score(st.feats, st.scores)
			c = int32(argmax(st.scores))
			sum := st.sums[i*nc : (i+1)*nc]
			for k, v := range st.scores {
				sum[k] += v
			}
			st.classes[i] = int32(argmax(sum))
		}
		p2, p1 = p1, t.lex.nameHash[c]
	}
	return st.classes
}

var inf32 = float32(math.Inf(1))

// margin is how far the score of class best is above the next best.
func margin(s []float32, best int32) float32 {
	second := float32(math.Inf(-1))
	for i, v := range s {
		if int32(i) != best && v > second {
			second = v
		}
	}
	return s[best] - second
}

// bestAndMargin is argmax(s) and margin(s, argmax(s)) in one pass over
// the classes (two passes were a twentieth of tagging).
func bestAndMargin(s []float32) (int32, float32) {
	best, top, second := 0, s[0], float32(math.Inf(-1))
	i := 1
	// Four classes at a time: most are below the second best so far,
	// which changes neither, and a group of four such is passed over
	// with one branch (top ≥ second, so a class ≤ second is no new top).
	for ; i+4 <= len(s); i += 4 {
		q := (*[4]float32)(s[i:])
		if max(q[0], q[1], q[2], q[3]) <= second {
			continue
		}
		for k, v := range q {
			switch {
			case v > top:
				best, top, second = i+k, v, top
			case v > second:
				second = v
			}
		}
	}
	for ; i < len(s); i++ {
		switch v := s[i]; {
		case v > top:
			best, top, second = i, v, top
		case v > second:
			second = v
		}
	}
	return int32(best), top - second
}

// bestAndMarginSums is bestAndMargin(s) for the scores s that AddScaled
// made of the integer sums acc into cleared scores (so s[k] is acc[k]
// times the model's positive scale, rounded). It picks from the integers,
// whose comparisons cost a few instructions where float32's max costs a
// dozen (it must order NaNs and signed zeros), and reads the two scores
// it picked from s. Rounding keeps the order of the sums (a larger sum
// never gets a smaller score), so every other class's score is at most
// the second's; when the best and second scores differ the best is the
// only top score and the margin is their difference, exactly what
// bestAndMargin returns. When rounding makes them equal (or there is one
// class), bestAndMargin decides on s itself.
func bestAndMarginSums(acc []int32, s []float32) (int32, float32) {
	acc = acc[:len(s)]
	best, top := 0, acc[0]
	next, second := -1, int32(math.MinInt32)
	i := 1
	for ; i+4 <= len(acc); i += 4 {
		q := (*[4]int32)(acc[i:])
		if max(q[0], q[1], q[2], q[3]) <= second {
			continue
		}
		for k, v := range q {
			switch {
			case v > top:
				best, top, next, second = i+k, v, best, top
			case v > second:
				next, second = i+k, v
			}
		}
	}
	for ; i < len(acc); i++ {
		switch v := acc[i]; {
		case v > top:
			best, top, next, second = i, v, best, top
		case v > second:
			next, second = i, v
		}
	}
	if next < 0 || !(s[next] < s[best]) {
		return bestAndMargin(s)
	}
	return int32(best), s[best] - s[next]
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
