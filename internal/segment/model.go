package segment

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/models"
)

// The boundary model. Punctuation marks most sentence ends, but informal
// text (mail, reviews, forum posts) ends many without any ("Thanks, Sean
// Here you go"), starts them in lower case, and puts emoticons or lists
// where a full stop would be; and the rules' guess after an abbreviation or
// a closing quote is sometimes wrong. A binary averaged perceptron scores
// each place inside a line where a sentence may end: where the rules end
// one, after any punctuation or symbol, and before a capitalised word or an
// opening quote or bracket. Its features are the words and shapes around
// the place and the rules' own decision, so it learns where to trust them.
// Line ends still always end a sentence.

// Load returns the segmenter with the boundary model embedded in package
// models (built by `parallax-train segment`).
func Load() (*Segmenter, error) {
	m, err := perceptron.Read(bytes.NewReader(models.SegmentWeights))
	if err != nil {
		return nil, fmt.Errorf("segment: boundary model: %w", err)
	}
	if m.NClasses != 2 {
		return nil, fmt.Errorf("segment: boundary model has %d classes, want 2", m.NClasses)
	}
	seg := &Segmenter{model: m}
	if seg.bias, err = ParseBias(string(models.SegmentBias)); err != nil {
		return nil, fmt.Errorf("segment: models/segment.bias.txt: %w", err)
	}
	return seg, nil
}

// ParseBias reads "rule=X other=Y", the biases FormatBias writes.
func ParseBias(s string) ([2]float32, error) {
	var b [2]float32
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "rule=%g other=%g", &b[1], &b[0]); err != nil {
		return b, fmt.Errorf("want \"rule=X other=Y\": %w", err)
	}
	return b, nil
}

// FormatBias writes the biases for ParseBias.
func FormatBias(b [2]float32) string { return fmt.Sprintf("rule=%g other=%g\n", b[1], b[0]) }

// scratch holds the buffers that one Segment call reuses line after line.
type scratch struct {
	rule  []bound
	marks []bool
	feats []uint64
}

// appendBoundsModel splits the tokens all[first:] of one line where decide
// says a sentence starts at the candidate token (decide gets the features
// and the token's index in all).
func appendBoundsModel(bounds []bound, text string, all []tok, first int, bullet bool, style int, sc *scratch, decide func(feats []uint64, k int, rule bool) bool) []bound {
	toks := all[first:]
	n := len(toks)
	if n == 0 {
		return bounds
	}
	sc.rule = appendBounds(sc.rule[:0], text, all, first, bullet)
	if cap(sc.marks) < n {
		sc.marks = make([]bool, n)
	}
	marks := sc.marks[:n]
	clear(marks)
	for _, b := range sc.rule {
		marks[b.first-first] = true
	}
	start := 0
	for k := 1; k < n; k++ {
		if !candidate(text, toks, k, marks[k]) || !marks[k] && joined(text, toks, k, style) {
			continue
		}
		sc.feats = features(sc.feats[:0], text, toks, k, start, marks[k], style)
		if decide(sc.feats, first+k, marks[k]) {
			bounds = append(bounds, bound{first + start, first + k, bullet})
			start = k
		}
	}
	return append(bounds, bound{first + start, first + n, bullet})
}

// candidate reports a place before token k where a sentence may start:
// where the rules start one, and else anywhere but between two words that
// both start in lower case. That
// costs the rare lower-case start without punctuation ("... later dude
// see you") and keeps the model cheap on running text.
func candidate(text string, toks []tok, k int, rule bool) bool {
	if rule {
		return true
	}
	// Nor after a comma or a title ("Mr."), nor before a sign that
	// cannot open a sentence: news has many of these, and no sentence
	// ends there in the treebanks.
	if toks[k-1].title {
		return false
	}
	switch text[toks[k].s] {
	case ',', '.', ';', ':', ')', ']', '}', '%', '?', '!':
		return false
	}
	if text[toks[k-1].s] == ',' {
		return false
	}
	return !lowerWord(text, toks[k-1]) || !lowerWord(text, toks[k])
}

// joined reports a place where the model may not start a sentence that
// the rules do not start: between a colon and the quotation it
// introduces, which stays with its speaker; and, in a document that
// seldom writes a lower-case word after a full stop (edited text, style
// below 2), there: such a full stop is a slip (", it says. in the
// message"), while informal text starts sentences so ("ok. thanks").
func joined(text string, toks []tok, k, style int) bool {
	a := text[toks[k-1].s:toks[k-1].e]
	return toks[k].opener && a == ":" || style < 2 && a == "." && lowerWord(text, toks[k])
}

// lowerWord reports a token that starts with a lower-case letter.
func lowerWord(text string, t tok) bool {
	c := text[t.s]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(text[t.s:])
	return unicode.IsLower(r)
}

const fnvPrime = 1099511628211

// mixLower mixes the ASCII-lower-cased s into the feature hash x, ended
// by a separator.
func mixLower(x uint64, s string) uint64 {
	if len(s) > 24 {
		s = s[:24]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		x ^= uint64(c)
		x *= fnvPrime
	}
	x ^= 0xff
	return x * fnvPrime
}

// mixInt mixes a small integer into x.
func mixInt(x uint64, n int) uint64 {
	x ^= uint64(uint32(n))
	x *= fnvPrime
	x ^= uint64(uint32(n)) >> 16
	return x * fnvPrime
}

func tmpl(t int) uint64 { return perceptron.Template(t).Sum() }

// shape classes a token: all capitals (one letter apart), capitalised,
// lower case, mixed, digits; other tokens are their first sign, marked
// when the token is a run ("...", "!!").
func shape(text string, t tok) int {
	w := text[t.s:t.e]
	r, size := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLetter(r):
		upper, lower := 0, 0
		for _, x := range w {
			if unicode.IsUpper(x) {
				upper++
			} else if unicode.IsLower(x) {
				lower++
			}
		}
		switch {
		case lower == 0 && size == len(w):
			return 1
		case lower == 0:
			return 2
		case unicode.IsUpper(r) && upper == 1:
			return 3
		case upper == 0:
			return 4
		}
		return 5
	case unicode.IsDigit(r):
		return 6
	}
	if size < len(w) {
		return 0x400000 + int(r)
	}
	return 100 + int(r)
}

// features appends the features of a sentence start before token k of a
// line's toks; start is the first token of the current sentence and rule
// the rules' decision.
func features(f []uint64, text string, toks []tok, k, start int, rule bool, style int) []uint64 {
	a, b := toks[k-1], toks[k]
	aw, bw := text[a.s:a.e], text[b.s:b.e]
	sa, sb := shape(text, a), shape(text, b)
	pw, sp := "<s>", -1
	if k >= 2 {
		p := toks[k-2]
		pw, sp = text[p.s:p.e], shape(text, p)
	}
	cw, sc := "</s>", -1
	if k+1 < len(toks) {
		c := toks[k+1]
		cw, sc = text[c.s:c.e], shape(text, c)
	}
	r := 0
	if rule {
		r = 1
	}
	flags := r
	if a.abbr {
		flags |= 2
	}
	if a.title {
		flags |= 4
	}
	if a.e == b.s {
		flags |= 8
	}
	f = append(f,
		tmpl(0),
		mixInt(tmpl(1), r),
		mixLower(tmpl(2), aw),
		mixLower(tmpl(3), bw),
		mixLower(mixLower(tmpl(4), aw), bw),
		mixInt(mixInt(tmpl(5), sa), sb),
		mixInt(mixInt(mixInt(tmpl(6), sp), sa), sb),
		mixInt(mixInt(tmpl(7), sb), sc),
		mixLower(mixLower(tmpl(8), pw), aw),
		mixInt(mixLower(tmpl(9), bw), sc),
		mixInt(mixInt(mixInt(tmpl(10), flags), sa), sb),
		mixInt(mixInt(tmpl(12), bucket(k-start)), r),
		mixInt(mixInt(tmpl(13), bucket(len(toks)-k)), r),
		mixInt(mixLower(tmpl(14), aw), sb),
		mixLower(mixInt(tmpl(15), sa), bw),
		mixInt(mixInt(mixInt(tmpl(16), r), sa), sb),
		mixLower(mixLower(tmpl(17), bw), cw),
		mixInt(mixInt(mixLower(tmpl(18), aw), sb), sc),
	)
	// Whether the document writes sentences in lower case after a full
	// stop: informal text does ("ok. thanks"), edited text does not, and
	// there a lower-case word after one is a slip (", it says. in the").
	return append(f,
		mixInt(mixInt(mixInt(tmpl(19), style), sb), r),
		mixInt(mixLower(mixInt(tmpl(20), style), aw), sb),
	)
}

// docStyle buckets the share of full stops followed by a space and a
// lower-case letter rather than a capital in text: 0 none (or no full
// stops), 1 one or under a quarter, 2 more.
func docStyle(text string) int {
	lower, upper := 0, 0
	for i := 0; i+2 < len(text); i++ {
		k := strings.IndexByte(text[i:], '.')
		if k < 0 || i+k+2 >= len(text) {
			break
		}
		i += k
		if text[i+1] != ' ' {
			continue
		}
		switch c := text[i+2]; {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	switch {
	case lower == 0:
		return 0
	case lower < 2 || lower*4 < lower+upper:
		return 1
	}
	return 2
}

// bucket groups a token count.
func bucket(n int) int {
	switch {
	case n <= 4:
		return n
	case n <= 7:
		return 5
	case n <= 12:
		return 6
	case n <= 20:
		return 7
	}
	return 8
}

// TrainDoc is a cleaned training document: its text, the map back to the
// raw text, and the raw offsets where gold sentences start.
type TrainDoc struct {
	Text   string
	Origin parallax.OffsetMap
	Starts map[int]bool
}

// NewTrainDoc pairs a gold document with its cleaned text.
func NewTrainDoc(g GoldDoc, cleaned string, origin parallax.OffsetMap) TrainDoc {
	st := make(map[int]bool, len(g.Sentences))
	for _, s := range g.Sentences {
		st[s.Start] = true
	}
	return TrainDoc{Text: cleaned, Origin: origin, Starts: st}
}

// TrainOptions set the training run.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	MinWeight  float32
	Log        io.Writer
}

// DevSet is a development treebank: its gold documents and their cleaned
// versions, in the same order.
type DevSet struct {
	Name  string
	Gold  []GoldDoc
	Clean []TrainDoc
}

// score is the sentence score of seg on the dev sets, each and summed.
func (seg *Segmenter) score(dev []DevSet) (Score, []Score) {
	var all Score
	each := make([]Score, len(dev))
	for k, d := range dev {
		for i, g := range d.Gold {
			ps, _ := Predicted(seg.Segment(d.Clean[i].Text), d.Clean[i].Origin)
			each[k].Add(g.Sentences, ps)
		}
		all.Gold += each[k].Gold
		all.Predicted += each[k].Predicted
		all.Correct += each[k].Correct
	}
	return all, each
}

// Train learns the boundary model on train, keeps the iteration with the
// best sentence F1 on the dev sets together, then tunes the two biases
// (at the rules' sentence ends and elsewhere) on them.
func Train(train []TrainDoc, dev []DevSet, o TrainOptions) (*perceptron.Model, [2]float32, error) {
	for _, d := range dev {
		if len(d.Gold) != len(d.Clean) {
			return nil, [2]float32{}, fmt.Errorf("segment: dev %s: %d documents but %d cleaned", d.Name, len(d.Gold), len(d.Clean))
		}
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, args...)
		}
	}
	tr := perceptron.NewTrainer(2)
	rng := rand.New(rand.NewPCG(o.Seed, 0x5e9))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *perceptron.Model
	bestF := -1.0
	for it := 1; it <= o.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, seen := 0, 0
		for _, di := range order {
			d := &train[di]
			style := docStyle(d.Text)
			segment(d.Text, func(text string, all []tok, first int, bullet bool, bounds []bound, sc *scratch) []bound {
				return appendBoundsModel(bounds, text, all, first, bullet, style, sc, func(feats []uint64, k int, _ bool) bool {
					truth := 0
					if d.Starts[d.Origin.Original(all[k].s)] {
						truth = 1
					}
					var scores [2]float32
					tr.Score(feats, scores[:])
					guess := 0
					if scores[1] > scores[0] {
						guess = 1
					}
					tr.Update(feats, truth, guess)
					tr.Tick()
					seen++
					if guess != truth {
						errs++
					}
					return truth == 1
				})
			})
		}
		m := tr.Average(o.MinWeight)
		all, each := (&Segmenter{model: m}).score(dev)
		logf("segment: iteration %d: %d candidates, %.2f%% wrong; dev sentence F1 %.4f", it, seen, 100*float64(errs)/float64(max(seen, 1)), all.F1())
		for k, d := range dev {
			logf(" (%s %.4f)", d.Name, each[k].F1())
		}
		logf("; %d features\n", m.Features())
		if f := all.F1(); f > bestF {
			best, bestF = m, f
		}
	}
	if best == nil {
		return nil, [2]float32{}, fmt.Errorf("segment: no training iterations")
	}
	// The biases, on a grid scaled to the model's typical margin.
	grid := []float32{-8, -4, -2, -1, 0, 1, 2, 4, 8}
	var bias [2]float32
	for _, r := range grid {
		for _, x := range grid {
			seg := &Segmenter{model: best, bias: [2]float32{x, r}}
			all, _ := seg.score(dev)
			if f := all.F1(); f > bestF+1e-9 {
				bestF, bias = f, seg.bias
			}
		}
	}
	all, each := (&Segmenter{model: best, bias: bias}).score(dev)
	logf("segment: biases %s", FormatBias(bias))
	logf("segment: dev sentence F1 %.4f", all.F1())
	for k, d := range dev {
		logf(" (%s P %.4f R %.4f F1 %.4f)", d.Name, each[k].Precision(), each[k].Recall(), each[k].F1())
	}
	logf("\n")
	return best, bias, nil
}
