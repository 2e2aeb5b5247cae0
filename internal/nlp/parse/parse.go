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
	sc := bufio.NewScanner(labels)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			ls = append(ls, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	if len(ls) == 0 || m.NClasses != 1+2*len(ls) {
		return nil, fmt.Errorf("weights have %d transitions, which does not fit %d labels", m.NClasses, len(ls))
	}
	return newParser(m, ls), nil
}

func newParser(m *perceptron.Model, labels []string) *Parser {
	p := &Parser{model: m, labels: labels}
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
	_, err := io.WriteString(labels, strings.Join(p.labels, "\n")+"\n")
	return err
}

// Prune returns the parser without its weights smaller than minWeight in
// magnitude.
func (p *Parser) Prune(minWeight float32) *Parser {
	return newParser(p.model.Prune(minWeight), p.labels)
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
	words, upos, xpos := st.words[:0], st.upos[:0], st.xpos[:0]
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
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for _, tk := range toks {
			w := tk.Text
			if w == "" && 0 <= tk.Start && tk.Start <= tk.End && tk.End <= len(doc.Text) {
				w = doc.Text[tk.Start:tk.End]
			}
			words, upos, xpos = append(words, w), append(upos, tk.UPOS), append(xpos, tk.XPOS)
		}
		p.parseInto(st, words, upos, xpos)
		for i := range toks {
			toks[i].Head, toks[i].Rel = head1(st.c.heads[i], len(toks)), p.labels[st.c.rels[i]]
		}
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
	scores            []float32
	sums              partSums
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
	if cap(st.scores) < nc {
		st.scores = make([]float32, nc)
	}
	st.scores = st.scores[:nc]
	st.sums.reset(len(words)+2, nc)
	sm := &st.sums
	for !st.c.terminal() {
		depth := len(st.c.stack)
		if depth == 0 {
			// SHIFT is the only move: no need to score.
			st.c.apply(shift)
			sm.stackOK[1], sm.bufferOK = false, false
			continue
		}
		// The three parts of the features (see stackFeatures), each
		// looked up only when the last transition changed it. The
		// parts to look up are looked up together and only then added
		// to their sums: the cache misses of all of them overlap, where
		// a part at a time waited for each part's misses in turn (about
		// a tenth less parsing time).
		stack := sm.stack(depth)
		st.feats = p.mixedFeatures(st.feats[:0], &st.s, &st.c)
		nMixed := len(st.feats)
		stackOK, bufferOK := sm.stackOK[depth], sm.bufferOK
		if !stackOK {
			st.feats = p.stackFeatures(st.feats, &st.s, &st.c)
		}
		nStack := len(st.feats)
		if !bufferOK {
			st.feats = p.bufferFeatures(st.feats, &st.s, &st.c)
		}
		if cap(st.rows) < len(st.feats) {
			st.rows = make([]perceptron.Row, len(st.feats)+64)
		}
		rows := st.rows[:len(st.feats)]
		p.model.Lookup(st.feats, rows)
		if !stackOK {
			clear(stack)
			p.model.AddRows(rows[nMixed:nStack], stack)
			sm.stackOK[depth] = true
		}
		if !bufferOK {
			clear(sm.buffer)
			p.model.AddRows(rows[nStack:], sm.buffer)
			sm.bufferOK = true
		}
		copy(sm.total, sm.buffer)
		for c, v := range stack {
			sm.total[c] += v
		}
		p.model.AddRows(rows[:nMixed], sm.total)
		clear(st.scores)
		p.model.AddScaled(sm.total, st.scores)
		tr := bestValid(&st.c, st.scores)
		st.c.apply(tr)
		switch {
		case tr == shift:
			// A new top, and a new b0.
			sm.stackOK[depth+1], sm.bufferOK = false, false
		case isLeft(tr):
			// The stack is back to what it was before s0 was pushed
			// (its part still holds at depth-1); b0 has a new child.
			sm.stackOK[depth], sm.bufferOK = false, false
		default:
			// s1, the new top, has a new child; the buffer is as it was.
			sm.stackOK[depth], sm.stackOK[depth-1] = false, false
		}
	}
	// Every word is attached: words left on the stack go to the root by
	// LEFT (the last) or RIGHT transitions, so heads are all set.
}

// partSums holds the unscaled score sums of the stack part of the
// features for each depth of the stack the parse has been through (valid
// while that stack is unchanged), and of the buffer part.
type partSums struct {
	nc       int
	stacks   []int32 // depth d at [d*nc, (d+1)*nc)
	stackOK  []bool
	buffer   []int32
	bufferOK bool
	total    []int32
}

// reset prepares the sums for stacks up to depth-1 words and nc classes,
// all invalid.
func (ps *partSums) reset(depth, nc int) {
	ps.nc = nc
	if cap(ps.stacks) < depth*nc {
		ps.stacks = make([]int32, depth*nc)
	}
	ps.stacks = ps.stacks[:depth*nc]
	if cap(ps.stackOK) < depth {
		ps.stackOK = make([]bool, depth)
	}
	ps.stackOK = ps.stackOK[:depth]
	clear(ps.stackOK)
	if cap(ps.buffer) < nc {
		ps.buffer, ps.total = make([]int32, nc), make([]int32, nc)
	}
	ps.buffer, ps.total = ps.buffer[:nc], ps.total[:nc]
	ps.bufferOK = false
}

func (ps *partSums) stack(depth int) []int32 {
	return ps.stacks[depth*ps.nc : (depth+1)*ps.nc]
}

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
