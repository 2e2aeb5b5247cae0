// Package parse is a labelled dependency parser with Universal
// Dependencies relations: greedy arc-hybrid transitions (system.go) scored
// by an averaged perceptron over the feature templates of Zhang & Nivre
// (2011), trained with the dynamic oracle of Goldberg & Nivre (2012, 2013)
// on UD treebanks (cmd/parallax-train parse).
package parse

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/models"
)

// Parser is a trained parser. It is read-only and safe for concurrent use.
type Parser struct {
	model   *perceptron.Model
	labels  []string
	relHash []uint64
	sel     selection // the templates it reads (templates.go)
	// states recycles scratch space between calls.
	states sync.Pool
}

func (p *Parser) getState() *state {
	if st, ok := p.states.Get().(*state); ok {
		return st
	}
	return &state{}
}

// Load reads the parser embedded in the models package.
func Load() (*Parser, error) {
	p, err := Read(bytes.NewReader(models.ParseWeights), bytes.NewReader(models.ParseLabels))
	if err != nil {
		return nil, fmt.Errorf("parse: embedded models/parse.*: %w", err)
	}
	return p, nil
}

// Read reads a parser from its weights and its label list (one relation a
// line).
func Read(weights, labels io.Reader) (*Parser, error) {
	m, err := perceptron.Read(weights)
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	var ls []string
	var drop []int
	sc := bufio.NewScanner(labels)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(l, dropPrefix):
			if drop, err = parseDropLine(l); err != nil {
				return nil, err
			}
		case l != "":
			ls = append(ls, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	if len(ls) == 0 || m.NClasses != 1+2*len(ls) {
		return nil, fmt.Errorf("weights have %d transitions, which does not fit %d labels", m.NClasses, len(ls))
	}
	sel, err := newSelection(drop)
	if err != nil {
		return nil, err
	}
	return newParser(m, ls, sel), nil
}

func newParser(m *perceptron.Model, labels []string, sel selection) *Parser {
	p := &Parser{model: m, labels: labels, sel: sel}
	for _, l := range labels {
		p.relHash = append(p.relHash, perceptron.StrHash(l))
	}
	return p
}

// Write writes the parser's weights and label list.
func (p *Parser) Write(weights, labels io.Writer) error {
	if err := p.model.Write(weights); err != nil {
		return err
	}
	text := strings.Join(p.labels, "\n") + "\n"
	if l := p.sel.dropLine(); l != "" {
		text = l + "\n" + text
	}
	_, err := io.WriteString(labels, text)
	return err
}

// Prune returns the parser without its weights smaller than minWeight in
// magnitude.
func (p *Parser) Prune(minWeight float32) *Parser {
	return newParser(p.model.Prune(minWeight), p.labels, p.sel)
}

// Features is the number of features the parser has weights for.
func (p *Parser) Features() int { return p.model.Features() }

// Name is the stage name.
func (p *Parser) Name() string { return "parse" }

// Process fills Head and Rel of every token of doc from the tokens' text
// and tags (run the tagger first).
func (p *Parser) Process(doc *parallax.Document) { p.ProcessSentences(doc, nil) }

// ProcessSentences parses the sentences of doc for which need is true (all
// of them when need is nil; a sentence past the end of need is not
// parsed). A sentence left out keeps Head 0 and Rel "" on every token, so
// it never looks like a tree: readers test Rel != "" before trusting Head
// (see parallax.Token). The pipeline uses this to parse only the sentences
// a later stage reads the parse of, which is where most of the analysis
// time went.
func (p *Parser) ProcessSentences(doc *parallax.Document, need []bool) {
	st := p.getState()
	defer p.states.Put(st)
	for si := range doc.Sentences {
		toks := doc.Sentences[si].Tokens
		if len(toks) == 0 {
			continue
		}
		if need != nil && (si >= len(need) || !need[si]) {
			for i := range toks {
				toks[i].Head, toks[i].Rel = 0, ""
			}
			continue
		}
		p.parseTokens(st, doc.Text, toks)
	}
}

// ParseSentence parses sentence si of doc (parallax.SentenceParser): the
// pipeline gives documents the parser, and a stage that reads a
// sentence's parse has it parsed then (parallax.Document.Parsed). The
// tree is the one ProcessSentences gives: the parser's memos hold exact
// sums, so a sentence's tree does not depend on what was parsed before.
func (p *Parser) ParseSentence(doc *parallax.Document, si int) {
	if si < 0 || si >= len(doc.Sentences) || len(doc.Sentences[si].Tokens) == 0 {
		return
	}
	st := p.getState()
	defer p.states.Put(st)
	p.parseTokens(st, doc.Text, doc.Sentences[si].Tokens)
}

// parseTokens sets Head and Rel of the tokens of one sentence of text.
func (p *Parser) parseTokens(st *state, text string, toks []parallax.Token) {
	words, upos, xpos := st.words[:0], st.upos[:0], st.xpos[:0]
	for _, tk := range toks {
		w := tk.Text
		if w == "" && 0 <= tk.Start && tk.Start <= tk.End && tk.End <= len(text) {
			w = text[tk.Start:tk.End]
		}
		words, upos, xpos = append(words, w), append(upos, tk.UPOS), append(xpos, tk.XPOS)
	}
	p.parseInto(st, words, upos, xpos)
	for i := range toks {
		toks[i].Head, toks[i].Rel = head1(st.c.heads[i], len(toks)), p.labels[st.c.rels[i]]
	}
	st.words, st.upos, st.xpos = words[:0], upos[:0], xpos[:0]
}

// head1 converts an internal head (0-based, n for the root) to the CoNLL-U
// convention (1-based, 0 for the root).
func head1(h, n int) int {
	if h == n {
		return 0
	}
	return h + 1
}

// Parse returns the head of each word (1-based, 0 for the root) and its
// relation. upos and xpos are the words' tags; missing ones count as "".
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, rels []string) {
	st := p.getState()
	defer p.states.Put(st)
	p.parseInto(st, words, upos, xpos)
	heads = make([]int, len(words))
	rels = make([]string, len(words))
	for i := range words {
		heads[i], rels[i] = head1(st.c.heads[i], len(words)), p.labels[st.c.rels[i]]
	}
	return heads, rels
}

// state is the scratch space of one parse.
type state struct {
	words, upos, xpos []string
	c                 config
	s                 sentence
	feats             []uint64
	rows              []perceptron.Row
	scores            []float32 // training's (see train.go)
	sums              partSums
	memos             [numGroups]memo
	memoEntries       int // the memos' size; 0 for memoEntries (tests set others)
}

func (st *state) load(words, upos, xpos []string) {
	n := len(words)
	st.s.word = st.s.word[:0]
	st.s.tag = st.s.tag[:0]
	st.s.upos = st.s.upos[:0]
	at := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return ""
	}
	for i, w := range words {
		st.s.word = append(st.s.word, perceptron.LowerStrHash(w))
		st.s.tag = append(st.s.tag, perceptron.StrHash(at(xpos, i)))
		st.s.upos = append(st.s.upos, perceptron.StrHash(at(upos, i)))
	}
	st.s.word = append(st.s.word, hRoot)
	st.s.tag = append(st.s.tag, hRoot)
	st.s.upos = append(st.s.upos, hRoot)
	st.c.reset(n)
}

func (p *Parser) parseInto(st *state, words, upos, xpos []string) {
	st.load(words, upos, xpos)
	nc := p.model.NClasses
	st.sums.reset(len(words)+2, nc)
	entries := st.memoEntries
	if entries == 0 {
		entries = memoEntries
	}
	for g := range st.memos {
		st.memos[g].reset(entries, nc)
	}
	sm := &st.sums
	for !st.c.terminal() {
		depth := len(st.c.stack)
		if depth == 0 {
			// SHIFT is the only move: no need to score.
			st.c.apply(shift)
			sm.shifted(1)
			continue
		}
		// The parts of the features (see stackWordFeatures), each
		// looked up only when the last transition changed it. The
		// parts to look up are looked up together and only then added
		// to their sums: the cache misses of all of them overlap, where
		// a part at a time waited for each part's misses in turn (about
		// a tenth less parsing time). A part's groups (memo.go) are
		// looked up only when their memo does not hold their sum.
		st.feats = p.mixedFeatures(st.feats[:0], &st.s, &st.c)
		nMixed := len(st.feats)
		var ends [numParts]int
		var (
			keys   [numGroups]groupKey
			slot   [numGroups]int
			hit    [numGroups]bool
			gStart [numGroups]int
			gEnd   [numGroups]int
		)
		for k := range numParts {
			if sm.ok[sm.at(k, depth)] {
				continue
			}
			st.feats = partFeatures[k](p, st.feats, &st.s, &st.c)
			ends[k] = len(st.feats)
			for _, g := range partGroups[k] {
				keys[g] = p.groupKeyOf(g, &st.s, &st.c)
				slot[g], hit[g] = st.memos[g].find(&keys[g])
				if !hit[g] {
					gStart[g] = len(st.feats)
					st.feats = p.groupFeatures(st.feats, g, &keys[g])
					gEnd[g] = len(st.feats)
				}
			}
		}
		if cap(st.rows) < len(st.feats) {
			st.rows = make([]perceptron.Row, len(st.feats)+64)
		}
		rows := st.rows[:len(st.feats)]
		p.model.Lookup(st.feats, rows)
		start := nMixed
		for k := range numParts {
			at := sm.at(k, depth)
			if sm.ok[at] {
				continue
			}
			sum := sm.sum(at)
			// The part's sum starts as a copy of its first group's,
			// which costs less than adding it.
			first := true
			for _, g := range partGroups[k] {
				m := &st.memos[g]
				if !hit[g] {
					m.fill(slot[g], &keys[g], p.model, rows[gStart[g]:gEnd[g]])
				}
				if first {
					copy(sum, m.sum(slot[g]))
					first = false
				} else {
					addTo(sum, m.sum(slot[g]))
				}
			}
			if first {
				clear(sum)
			}
			p.model.AddRows(rows[start:ends[k]], sum)
			start = ends[k]
			for _, g := range partGroups[k] {
				if !hit[g] {
					start = gEnd[g]
				}
			}
			sm.ok[at] = true
		}
		// The mixed features' sums, then the transition picked from
		// them and the five parts' sums added in the same pass over
		// the classes (kept totals of the stack's and the buffer's
		// parts took up to seven passes; a pass that stored the total
		// and another that picked from it, two).
		// The total starts as a copy of the buffer words' part, which
		// costs less than clearing it and adding that part in the pass
		// below (one sum fewer to read at every class).
		copy(sm.total, sm.sum(sm.at(partBufferWord, depth)))
		p.model.AddRows(rows[:nMixed], sm.total)
		tr := bestValidParts(&st.c, sm.total, sm.sum(sm.at(partStackWord, depth)), sm.sum(sm.at(partStackS1, depth)),
			sm.sum(sm.at(partStackS0, depth)), sm.sum(sm.at(partBufferChild, depth)))
		st.c.apply(tr)
		switch {
		case tr == shift:
			// A new top, and a new b0.
			sm.shifted(depth + 1)
		case isLeft(tr):
			// The stack is back to what it was before s0 was pushed
			// (its parts still hold at depth-1); b0 has a new child.
			sm.invalidateStack(depth)
			sm.ok[sm.at(partBufferChild, 0)] = false
		default:
			// s1, the new top, has a new child; the buffer is as it was.
			sm.invalidateStack(depth)
			sm.ok[sm.at(partStackS0, depth-1)] = false
		}
	}
	// Every word is attached: words left on the stack go to the root by
	// LEFT (the last) or RIGHT transitions, so heads are all set.
}

// bestValidParts is bestValidSum of the sums mixed+a+b+c+d (integer
// sums, so exactly the total that adding the parts first gave). When
// every transition but perhaps SHIFT is allowed, the usual case, it adds
// each class's sums as it compares them, in the order bestValidSum
// compares them; otherwise it adds the parts to mixed and asks
// bestValidSum.
func bestValidParts(c *config, mixed, a, b, cc, d []int32) int {
	if !c.canLeft() || !c.canRight() {
		n := len(mixed)
		a, b, cc, d = a[:n], b[:n], cc[:n], d[:n]
		for i := range mixed {
			mixed[i] += a[i] + b[i] + cc[i] + d[i]
		}
		return bestValidSum(c, mixed)
	}
	from := 1
	if c.canShift() {
		from = 0
	}
	end := len(mixed) - (len(mixed)+1)%2
	m := mixed[from:end]
	n := len(m)
	a, b, cc, d = a[from:end][:n], b[from:end][:n], cc[from:end][:n], d[from:end][:n]
	best, top := 0, m[0]+a[0]+b[0]+cc[0]+d[0]
	for i := range m {
		if v := m[i] + a[i] + b[i] + cc[i] + d[i]; v > top {
			best, top = i, v
		}
	}
	return from + best
}

func addTo(dst, src []int32) {
	src = src[:len(dst)]
	for c, v := range src {
		dst[c] += v
	}
}

// The parts of a configuration's features, in the order they are looked
// up: three of the stack (one sum per depth of the stack) and two of the
// buffer.
const (
	partStackWord = iota
	partStackS1
	partStackS0
	partBufferWord
	partBufferChild
	numParts
)

var partFeatures = [numParts]func(*Parser, []uint64, *sentence, *config) []uint64{
	(*Parser).stackWordFeatures, (*Parser).stackS1Features, (*Parser).stackS0Features,
	(*Parser).bufferWordFeatures, (*Parser).bufferChildFeatures,
}

// partSums holds the unscaled score sums of each part of the features: of
// the stack's parts for each depth of the stack the parse has been
// through (valid while that stack is unchanged) and of the buffer's; and
// the configuration's total.
type partSums struct {
	nc    int
	sums  []int32 // part at (see at) at [at*nc, (at+1)*nc)
	ok    []bool  // by at
	total []int32
}

// at is where the sums of part k are kept at a stack of depth d: the
// buffer's parts first, then three per depth.
func (ps *partSums) at(k, d int) int {
	if k >= partBufferWord {
		return k - partBufferWord
	}
	return 2 + 3*d + k
}

func (ps *partSums) sum(at int) []int32 { return ps.sums[at*ps.nc : (at+1)*ps.nc] }

// shifted invalidates what a SHIFT to a stack of depth d changes: the
// stack's parts at d and the buffer's.
func (ps *partSums) shifted(d int) {
	ps.invalidateStack(d)
	ps.ok[ps.at(partBufferWord, 0)], ps.ok[ps.at(partBufferChild, 0)] = false, false
}

func (ps *partSums) invalidateStack(d int) {
	for k := partStackWord; k <= partStackS0; k++ {
		ps.ok[ps.at(k, d)] = false
	}
}

// reset prepares the sums for stacks up to depth-1 words and nc classes,
// all invalid.
func (ps *partSums) reset(depth, nc int) {
	ps.nc = nc
	n := 2 + 3*depth
	// Every sum has the room of a wide sum (perceptron.WideSum).
	if cap(ps.sums) < n*nc+perceptron.WideSum {
		ps.sums = make([]int32, n*nc, n*nc+perceptron.WideSum)
	}
	ps.sums = ps.sums[:n*nc]
	if cap(ps.ok) < n {
		ps.ok = make([]bool, n)
	}
	ps.ok = ps.ok[:n]
	clear(ps.ok)
	if cap(ps.total) < max(nc, perceptron.WideSum) {
		ps.total = make([]int32, nc, max(nc, perceptron.WideSum))
	}
	ps.total = ps.total[:nc]
}

// bestValidSum returns the transition that bestValid picks from the
// scores of the unscaled integer sums (see perceptron.Model.Accumulate),
// comparing the sums themselves. A score is float32(sum)·scale with scale
// > 0; the sums of a configuration's features (at most maxFeatures of
// 16-bit weights) stay below 2^23 in magnitude, where the float32 of a
// sum is exact and the products of two different sums by scale are more
// than a rounding step apart: the scores are ordered as the sums, ties
// included, so the pick is the same.
func bestValidSum(c *config, sums []int32) int {
	canS, canL, canR := c.canShift(), c.canLeft(), c.canRight()
	if canL && canR {
		// Every transition but perhaps SHIFT: one pass in order, which
		// keeps the lowest number on ties as the pairs below do.
		from := 1
		if canS {
			from = 0
		}
		// The bound is taken once, as a slice: in the loop's condition it
		// was computed again at every class.
		cands := sums[from : len(sums)-(len(sums)+1)%2]
		best, top := 0, cands[0]
		for tr, v := range cands {
			if v > top {
				best, top = tr, v
			}
		}
		return from + best
	}
	best, top := -1, int32(0)
	if canS {
		best, top = shift, sums[shift]
	}
	for tr := 1; tr+1 < len(sums); tr += 2 {
		if v := sums[tr]; canL && (best < 0 || v > top) {
			best, top = tr, v
		}
		if v := sums[tr+1]; canR && (best < 0 || v > top) {
			best, top = tr+1, v
		}
	}
	return best
}

// maxFeatures bounds the features of a configuration for bestValidSum:
// maxFeatures·2^15 < 2^23 (TestFeatureParts checks the bound).
const maxFeatures = 255

// bestValid returns the highest-scoring transition that c allows.
// Transitions are taken in ascending order, so that ties go to the lowest
// number; LEFT(l) and RIGHT(l) are 1+2l and 2+2l.
func bestValid(c *config, scores []float32) int {
	best, top := -1, float32(0)
	if c.canShift() {
		best, top = shift, scores[shift]
	}
	canL, canR := c.canLeft(), c.canRight()
	for tr := 1; tr+1 < len(scores); tr += 2 {
		if v := scores[tr]; canL && (best < 0 || v > top) {
			best, top = tr, v
		}
		if v := scores[tr+1]; canR && (best < 0 || v > top) {
			best, top = tr+1, v
		}
	}
	return best
}
