package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Model is a trained linear-chain tagger: a weight per (feature, label),
// a weight per label transition, and the gazetteer its features use.
type Model struct {
	// features holds the weights quantised to int16: a weight is
	// scale × its integer. Half the memory of float32 rows, so more of
	// the table stays in cache, and emissions add integers.
	features featureTable
	scale    float32
	// trans[p][l] scores label l after label p; row nLabels is the
	// sentence start.
	trans [nLabels + 1][nLabels]float32
	gaz   *Gazetteer
	// first, when set, is the first-pass model whose labels over the
	// whole document give this model its context features (context.go).
	first *Model
	// pair, for a two-pass model, holds the weights of both models under
	// one key: the first pass reads the second model's weights of the
	// same features in the same cache line, so the second pass only looks
	// up the context features. Built on load (buildPair).
	pair pairTable
}

// modelFile is the serialised form: weights quantised to int16 with one
// scale, which keeps the file small with no measurable loss. It is written
// as little-endian arrays (see marshal), which load several times faster
// than gob.
type modelFile struct {
	Version   int
	Labels    []string
	Hashes    []uint64
	Weights   []int16
	Scale     float32
	Trans     []float32
	GazHashes []uint64 // phrase hashes (see Gazetteer)
	GazKinds  []uint8
	GazStarts []uint64 // hashes of the phrases' first tokens
	First     []byte   // the first-pass model, marshalled, without gazetteer; empty for none
}

const modelVersion = 3

// Features is the number of features with weights.
func (m *Model) Features() int { return m.features.n }

// WriteTo writes the model, gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	f := m.file(true)
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(f.marshal()); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

// file is the serialised form of m, with its gazetteer when withGaz.
func (m *Model) file(withGaz bool) modelFile {
	f := modelFile{Version: modelVersion, Labels: labelNames[:], Scale: m.scale}
	// Rows in a fixed order (by hash) so that the file is reproducible.
	rows := map[uint64]*[nLabels]int16{}
	var hashes []uint64
	m.features.each(func(h uint64, w *[nLabels]int16) {
		rows[h] = w
		hashes = append(hashes, h)
	})
	slices.Sort(hashes)
	for _, h := range hashes {
		f.Hashes = append(f.Hashes, h)
		f.Weights = append(f.Weights, rows[h][:]...)
	}
	for p := range m.trans {
		f.Trans = append(f.Trans, m.trans[p][:]...)
	}
	if m.first != nil {
		ff := m.first.file(false)
		f.First = ff.marshal()
	}
	if m.gaz != nil && withGaz {
		kinds := map[uint64]uint8{}
		m.gaz.each(func(h uint64, k uint8, start bool) {
			if k != 0 {
				f.GazHashes = append(f.GazHashes, h)
				kinds[h] = k
			}
			if start {
				f.GazStarts = append(f.GazStarts, h)
			}
		})
		slices.Sort(f.GazHashes)
		for _, h := range f.GazHashes {
			f.GazKinds = append(f.GazKinds, kinds[h])
		}
		slices.Sort(f.GazStarts)
	}
	return f
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	var f modelFile
	if err := f.unmarshal(raw); err != nil {
		return nil, err
	}
	m, err := f.model(nil)
	if err != nil {
		return nil, err
	}
	if len(f.First) > 0 {
		var ff modelFile
		if err := ff.unmarshal(f.First); err != nil {
			return nil, fmt.Errorf("first-pass model: %w", err)
		}
		if m.first, err = ff.model(m.gaz); err != nil {
			return nil, fmt.Errorf("first-pass model: %w", err)
		}
		m.buildPair()
	}
	return m, nil
}

// model builds the model of f; gaz, when not nil, is used instead of the
// gazetteer in f.
func (f *modelFile) model(gaz *Gazetteer) (*Model, error) {
	if f.Version != modelVersion {
		return nil, fmt.Errorf("model version %d, want %d", f.Version, modelVersion)
	}
	if len(f.Labels) != nLabels {
		return nil, fmt.Errorf("model has %d labels, want %d", len(f.Labels), nLabels)
	}
	for i, l := range f.Labels {
		if l != labelNames[i] {
			return nil, fmt.Errorf("model label %d is %q, want %q", i, l, labelNames[i])
		}
	}
	if len(f.Weights) != len(f.Hashes)*nLabels || len(f.Trans) != (nLabels+1)*nLabels || len(f.GazKinds) != len(f.GazHashes) {
		return nil, fmt.Errorf("model arrays have inconsistent sizes")
	}
	m := &Model{features: newFeatureTable(len(f.Hashes)), scale: f.Scale, gaz: gaz}
	for i, h := range f.Hashes {
		var w [nLabels]int16
		copy(w[:], f.Weights[i*nLabels:])
		m.features.put(h, &w)
	}
	for p := range m.trans {
		copy(m.trans[p][:], f.Trans[p*nLabels:(p+1)*nLabels])
	}
	if gaz != nil {
		return m, nil
	}
	// The gazetteer is loaded straight into its lookup table; its maps
	// are only made if phrases are added (Gazetteer.thaw).
	m.gaz = &Gazetteer{}
	m.gaz.load(f.GazHashes, f.GazKinds, f.GazStarts)
	return m, nil
}

// emissions fills emit (n×nLabels) with the feature scores of each token.
func (m *Model) emissions(sf *sentenceFeatures, n int, emit []float32) []float32 {
	emit = emit[:0]
	for i := 0; i < n; i++ {
		var row [nLabels]int32
		for _, h := range sf.hashes[sf.offs[i]:sf.offs[i+1]] {
			w := m.features.get(h)
			if w == nil {
				continue
			}
			for l := range row {
				row[l] += int32(w[l])
			}
		}
		for _, x := range row {
			emit = append(emit, float32(x)*m.scale)
		}
	}
	return emit
}

// viterbi returns the best label sequence under BIO constraints. masks,
// when not nil, restricts token i to the labels whose bits are set
// (partially annotated training sentences).
func viterbi(emit []float32, n int, trans *[nLabels + 1][nLabels]float32, masks []uint16, out []int) []int {
	var lt lattice
	return lt.viterbi(emit, n, trans, masks, out)
}

// lattice holds the score and back-pointer tables of viterbi, reused from
// one sentence to the next.
type lattice struct {
	score []float32
	back  []int8
}

func (lt *lattice) viterbi(emit []float32, n int, trans *[nLabels + 1][nLabels]float32, masks []uint16, out []int) []int {
	out = out[:0]
	if n == 0 {
		return out
	}
	if masks == nil {
		return lt.viterbiOpen(emit, n, trans, out)
	}
	neg := float32(math.Inf(-1))
	score, back := lt.grow(n)
	for l := 0; l < nLabels; l++ {
		if !allowed(-1, l) || (masks != nil && masks[0]&(1<<l) == 0) {
			score[l] = neg
			continue
		}
		score[l] = trans[nLabels][l] + emit[l]
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			best, arg := neg, -1
			if masks == nil || masks[i]&(1<<l) != 0 {
				for p := 0; p < nLabels; p++ {
					s := score[(i-1)*nLabels+p]
					if s == neg || !allowed(p, l) {
						continue
					}
					if s += trans[p][l]; s > best {
						best, arg = s, p
					}
				}
			}
			if arg < 0 {
				score[i*nLabels+l] = neg
				back[i*nLabels+l] = -1
				continue
			}
			score[i*nLabels+l] = best + emit[i*nLabels+l]
			back[i*nLabels+l] = int8(arg)
		}
	}
	return backtrace(score, back, n, out)
}

// viterbiOpen is viterbi with no masks, as tagging runs it: the same
// sums, compared in the same order, so the same labels and ties. An I-
// label is reached only from its B- or I- label, so it compares those two
// instead of testing all nine (tagging decodes every sentence twice, and
// the full loop was a fifth of the recogniser's time).
// viterbiOpen writes out the nine labels' predecessors: these fail to
// compile when the label set changes.
var (
	_ [nLabels - 9]struct{}
	_ [9 - nLabels]struct{}
)

func (lt *lattice) viterbiOpen(emit []float32, n int, trans *[nLabels + 1][nLabels]float32, out []int) []int {
	neg := float32(math.Inf(-1))
	score, back := lt.grow(n)
	emit = emit[:n*nLabels]
	for l := 0; l < nLabels; l++ {
		if !allowed(-1, l) {
			score[l] = neg
			continue
		}
		score[l] = trans[nLabels][l] + emit[l]
	}
	for i := 1; i < n; i++ {
		prev := (*[nLabels]float32)(score[(i-1)*nLabels:])
		cur := (*[nLabels]float32)(score[i*nLabels:])
		em := (*[nLabels]float32)(emit[i*nLabels:])
		bk := (*[nLabels]int8)(back[i*nLabels:])
		for l := 0; l < nLabels; l++ {
			// A dead cell (neg) needs no test of its own: neg plus a
			// finite weight is neg, which is never above best.
			best, arg := neg, -1
			if isInside(l) {
				if s := prev[l-1] + trans[l-1][l]; s > best {
					best, arg = s, l-1
				}
				if s := prev[l] + trans[l][l]; s > best {
					best, arg = s, l
				}
			} else {
				// The nine predecessors in order, written out: the loop's
				// own counting and branching cost as much as the sums.
				if s := prev[0] + trans[0][l]; s > best {
					best, arg = s, 0
				}
				if s := prev[1] + trans[1][l]; s > best {
					best, arg = s, 1
				}
				if s := prev[2] + trans[2][l]; s > best {
					best, arg = s, 2
				}
				if s := prev[3] + trans[3][l]; s > best {
					best, arg = s, 3
				}
				if s := prev[4] + trans[4][l]; s > best {
					best, arg = s, 4
				}
				if s := prev[5] + trans[5][l]; s > best {
					best, arg = s, 5
				}
				if s := prev[6] + trans[6][l]; s > best {
					best, arg = s, 6
				}
				if s := prev[7] + trans[7][l]; s > best {
					best, arg = s, 7
				}
				if s := prev[8] + trans[8][l]; s > best {
					best, arg = s, 8
				}
			}
			if arg < 0 {
				cur[l] = neg
				bk[l] = -1
				continue
			}
			cur[l] = best + em[l]
			bk[l] = int8(arg)
		}
	}
	return backtrace(score, back, n, out)
}

// grow returns the lattice's score and back-pointer tables sized for n
// tokens, reusing the last sentence's arrays when they are large enough.
func (lt *lattice) grow(n int) ([]float32, []int8) {
	if cap(lt.score) < n*nLabels {
		lt.score = make([]float32, n*nLabels)
		lt.back = make([]int8, n*nLabels)
	}
	return lt.score[:n*nLabels], lt.back[:n*nLabels]
}

// backtrace appends to out the best path through a filled lattice of n
// tokens: the best last label, then each back-pointer (a dead cell, -1,
// reads as label 0).
func backtrace(score []float32, back []int8, n int, out []int) []int {
	best, arg := float32(math.Inf(-1)), 0
	for l := 0; l < nLabels; l++ {
		if s := score[(n-1)*nLabels+l]; s > best {
			best, arg = s, l
		}
	}
	for i := 0; i < n; i++ {
		out = append(out, 0)
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		p := int(back[i*nLabels+out[i]])
		if p < 0 {
			p = 0
		}
		out[i-1] = p
	}
	return out
}

const modelMagic = "parallax-ner\n"

// marshal lays the file out as: magic, version, labels (joined by
// newlines), feature hashes, weights, scale, transitions, gazetteer phrase
// hashes, their kinds and the first-token hashes; every array is preceded
// by its length.
func (f *modelFile) marshal() []byte {
	b := []byte(modelMagic)
	u32 := func(n int) { b = binary.LittleEndian.AppendUint32(b, uint32(n)) }
	str := func(s string) { u32(len(s)); b = append(b, s...) }
	u32(f.Version)
	str(strings.Join(f.Labels, "\n"))
	u32(len(f.Hashes))
	for _, h := range f.Hashes {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	u32(len(f.Weights))
	for _, w := range f.Weights {
		b = binary.LittleEndian.AppendUint16(b, uint16(w))
	}
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f.Scale))
	u32(len(f.Trans))
	for _, t := range f.Trans {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t))
	}
	u64s := func(a []uint64) {
		u32(len(a))
		for _, h := range a {
			b = binary.LittleEndian.AppendUint64(b, h)
		}
	}
	u64s(f.GazHashes)
	u32(len(f.GazKinds))
	b = append(b, f.GazKinds...)
	u64s(f.GazStarts)
	str(string(f.First))
	return b
}

var errTruncated = errors.New("model file truncated")

func (f *modelFile) unmarshal(b []byte) error {
	if !strings.HasPrefix(string(b[:min(len(b), len(modelMagic))]), modelMagic) {
		return errors.New("not a parallax NER model")
	}
	b = b[len(modelMagic):]
	bad := false
	u32 := func() int {
		if len(b) < 4 {
			bad = true
			return 0
		}
		n := binary.LittleEndian.Uint32(b)
		b = b[4:]
		return int(n)
	}
	take := func(n int) []byte {
		if n < 0 || len(b) < n {
			bad = true
			return nil
		}
		out := b[:n]
		b = b[n:]
		return out
	}
	f.Version = u32()
	f.Labels = strings.Split(string(take(u32())), "\n")
	u64s := func() []uint64 {
		bs := take(8 * u32())
		a := make([]uint64, len(bs)/8)
		for i := range a {
			a[i] = binary.LittleEndian.Uint64(bs[8*i:])
		}
		return a
	}
	f.Hashes = u64s()
	ws := take(2 * u32())
	f.Weights = make([]int16, len(ws)/2)
	for i := range f.Weights {
		f.Weights[i] = int16(binary.LittleEndian.Uint16(ws[2*i:]))
	}
	f.Scale = math.Float32frombits(uint32(u32()))
	ts := take(4 * u32())
	f.Trans = make([]float32, len(ts)/4)
	for i := range f.Trans {
		f.Trans[i] = math.Float32frombits(binary.LittleEndian.Uint32(ts[4*i:]))
	}
	f.GazHashes = u64s()
	f.GazKinds = take(u32())
	f.GazStarts = u64s()
	f.First = take(u32())
	if bad {
		return errTruncated
	}
	return nil
}

// featureTable maps feature hashes to weight rows with open addressing and
// linear probing; each slot holds the hash and its row, so that a lookup
// costs one cache miss (a Go map of hash → row index costs two, and twice
// the time in profiles). Hash 0 marks an empty slot; a feature whose hash
// is 0 is dropped.
type featureTable struct {
	slots []featureSlot
	mask  uint64
	n     int
}

type featureSlot struct {
	key uint64
	w   [nLabels]int16
}

func newFeatureTable(n int) featureTable {
	size := 1
	for size < n+n/2+1 {
		size <<= 1
	}
	return featureTable{slots: make([]featureSlot, size), mask: uint64(size - 1)}
}

func (t *featureTable) slot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> 20 & t.mask }

func (t *featureTable) put(h uint64, w *[nLabels]int16) {
	if h == 0 {
		return
	}
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == h {
			s.w = *w
			return
		}
		if s.key == 0 {
			s.key, s.w = h, *w
			t.n++
			return
		}
	}
}

func (t *featureTable) get(h uint64) *[nLabels]int16 {
	if len(t.slots) == 0 {
		return nil
	}
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == h {
			return &s.w
		}
		if s.key == 0 {
			return nil
		}
	}
}

func (t *featureTable) each(fn func(h uint64, w *[nLabels]int16)) {
	for i := range t.slots {
		if t.slots[i].key != 0 {
			fn(t.slots[i].key, &t.slots[i].w)
		}
	}
}

// quantize returns the int16 rows of float weight rows and their scale,
// dropping rows that round to zero.
func quantize(rows map[uint64]*[nLabels]float32) (featureTable, float32) {
	maxAbs := float32(0)
	for _, w := range rows {
		for _, x := range w {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	n := 0
	q := make(map[uint64][nLabels]int16, len(rows))
	for h, w := range rows {
		var r [nLabels]int16
		nonzero := false
		for l, x := range w {
			r[l] = int16(math.Round(float64(x / scale)))
			nonzero = nonzero || r[l] != 0
		}
		if nonzero {
			q[h] = r
			n++
		}
	}
	t := newFeatureTable(n)
	for h, r := range q {
		t.put(h, &r)
	}
	return t, scale
}

// pairTable is a featureTable whose slots hold two weight rows: a (the
// first model's) and b (the second's).
type pairTable struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct {
	key  uint64
	a, b [nLabels]int16
}

// buildPair fills m.pair from the feature tables of m and m.first. The
// two models share most features, so the table is sized for the larger
// one and doubled if the union fills it more than three quarters.
func (m *Model) buildPair() {
	size := 1
	for n := max(m.features.n, m.first.features.n); size < n+n/2+1; {
		size <<= 1
	}
	for {
		t := pairTable{slots: make([]pairSlot, size), mask: uint64(size - 1)}
		used := 0
		put := func(h uint64) *pairSlot {
			for i := (h * 0x9e3779b97f4a7c15) >> 20 & t.mask; ; i = (i + 1) & t.mask {
				s := &t.slots[i]
				if s.key == h {
					return s
				}
				if s.key == 0 {
					s.key = h
					used++
					return s
				}
			}
		}
		m.first.features.each(func(h uint64, w *[nLabels]int16) { put(h).a = *w })
		m.features.each(func(h uint64, w *[nLabels]int16) {
			if used*4 < size*3 {
				put(h).b = *w
			}
		})
		if used*4 < size*3 {
			m.pair = t
			return
		}
		size <<= 1
	}
}

// touch loads the home slot of each of hs, one after the other without
// waiting for any, so that the cache misses of a sentence's features
// overlap instead of each get waiting for its own in turn; it returns
// their keys combined, which the caller keeps so that the loads are not
// dropped.
func (t *pairTable) touch(hs []uint64) uint64 {
	var x uint64
	if len(t.slots) == 0 {
		return 0
	}
	for _, h := range hs {
		x ^= t.slots[(h*0x9e3779b97f4a7c15)>>20&t.mask].key
	}
	return x
}

func (t *pairTable) get(h uint64) *pairSlot {
	for i := (h * 0x9e3779b97f4a7c15) >> 20 & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == h {
			return s
		}
		if s.key == 0 {
			return nil
		}
	}
}

// pairEmissions appends the scores of each token under the first model
// to ea and under the second model to eb, with one lookup a feature. sf
// holds the features of the sentence without those that read one word
// alone (featurizer.features, own false): their sums come from the word
// memo, computed the first time a word is scored under m, for the word
// itself and for its neighbours in their roles.
func (m *Model) pairEmissions(sf *sentenceFeatures, n int, ea, eb []float32) ([]float32, []float32) {
	ents := sf.memo.entries
	at := func(i int) *wordEntry {
		if i < 0 || i >= n {
			return &sf.memo.edge
		}
		return &ents[sf.at[i]]
	}
	for i := -2; i < n+2; i++ {
		if e := at(i); e.sumsOf != m {
			m.wordSums(e, sf.hashes[len(sf.hashes):])
		}
	}
	sf.touched ^= m.pair.touch(sf.hashes[sf.offs[0]:sf.offs[n]])
	for i := 0; i < n; i++ {
		s := at(i).ownSums[boolInt(i == 0)]
		addSums(&s, &at(i - 1).roleSums[roleBefore])
		addSums(&s, &at(i + 1).roleSums[roleAfter])
		addSums(&s, &at(i - 2).roleSums[roleBefore2])
		addSums(&s, &at(i + 2).roleSums[roleAfter2])
		m.pairSums(sf.hashes[sf.offs[i]:sf.offs[i+1]], &s)
		ea = appendScaled(ea, &s[0], m.first.scale)
		eb = appendScaled(eb, &s[1], m.scale)
	}
	return ea, eb
}

// appendScaled appends the scores of sums, each times scale. This and
// the other adders of nine labels below are written out label by label:
// a loop's counting and bounds cost as much as its additions (nLabels is
// 9, see viterbiOpen).
func appendScaled(e []float32, s *[nLabels]int32, scale float32) []float32 {
	return append(e, float32(s[0])*scale, float32(s[1])*scale, float32(s[2])*scale,
		float32(s[3])*scale, float32(s[4])*scale, float32(s[5])*scale,
		float32(s[6])*scale, float32(s[7])*scale, float32(s[8])*scale)
}

// addRow adds the weights w to a.
func addRow(a *[nLabels]int32, w *[nLabels]int16) {
	a[0] += int32(w[0])
	a[1] += int32(w[1])
	a[2] += int32(w[2])
	a[3] += int32(w[3])
	a[4] += int32(w[4])
	a[5] += int32(w[5])
	a[6] += int32(w[6])
	a[7] += int32(w[7])
	a[8] += int32(w[8])
}

// wordSums fills e's sums under m; buf is scratch space for features.
func (m *Model) wordSums(e *wordEntry, buf []uint64) {
	// The features of both places in the sentence but two are the same
	// (see ownFeatures): they are looked up once.
	var base [2][nLabels]int32
	buf = append(buf[:0], e.own[:e.nOwn]...)
	buf = append(buf, e.cluster[:e.nClus]...)
	m.pairSums(append(buf, e.length), &base)
	for first := range e.ownSums {
		e.ownSums[first] = base
		buf = append(buf[:0], e.shapeFirst[first])
		if e.capKnown {
			buf = append(buf, hashInt(hashStart(fCapKnownLower), first))
		}
		m.pairSums(buf, &e.ownSums[first])
	}
	for r := range e.roleSums {
		e.roleSums[r] = [2][nLabels]int32{}
		buf = e.roleFeatures(buf[:0], r)
		m.pairSums(buf, &e.roleSums[r])
	}
	e.sumsOf = m
}

// addSums adds b to a.
func addSums(a, b *[2][nLabels]int32) {
	a0, a1, b0, b1 := &a[0], &a[1], &b[0], &b[1]
	a0[0], a1[0] = a0[0]+b0[0], a1[0]+b1[0]
	a0[1], a1[1] = a0[1]+b0[1], a1[1]+b1[1]
	a0[2], a1[2] = a0[2]+b0[2], a1[2]+b1[2]
	a0[3], a1[3] = a0[3]+b0[3], a1[3]+b1[3]
	a0[4], a1[4] = a0[4]+b0[4], a1[4]+b1[4]
	a0[5], a1[5] = a0[5]+b0[5], a1[5]+b1[5]
	a0[6], a1[6] = a0[6]+b0[6], a1[6]+b1[6]
	a0[7], a1[7] = a0[7]+b0[7], a1[7]+b1[7]
	a0[8], a1[8] = a0[8]+b0[8], a1[8]+b1[8]
}

// pairSums adds the weights of the features hs under both models to s.
func (m *Model) pairSums(hs []uint64, s *[2][nLabels]int32) {
	for _, h := range hs {
		p := m.pair.get(h)
		if p == nil {
			continue
		}
		// (addRow's additions, written here: the call cost a third of them)
		a, b := &s[0], &s[1]
		a[0], b[0] = a[0]+int32(p.a[0]), b[0]+int32(p.b[0])
		a[1], b[1] = a[1]+int32(p.a[1]), b[1]+int32(p.b[1])
		a[2], b[2] = a[2]+int32(p.a[2]), b[2]+int32(p.b[2])
		a[3], b[3] = a[3]+int32(p.a[3]), b[3]+int32(p.b[3])
		a[4], b[4] = a[4]+int32(p.a[4]), b[4]+int32(p.b[4])
		a[5], b[5] = a[5]+int32(p.a[5]), b[5]+int32(p.b[5])
		a[6], b[6] = a[6]+int32(p.a[6]), b[6]+int32(p.b[6])
		a[7], b[7] = a[7]+int32(p.a[7]), b[7]+int32(p.b[7])
		a[8], b[8] = a[8]+int32(p.a[8]), b[8]+int32(p.b[8])
	}
}

// addContextScores adds to eb (one sentence) the second model's scores of
// the context features in ctx.
func (m *Model) addContextScores(ctx *sentenceFeatures, eb []float32) {
	if len(ctx.offs) > 0 {
		ctx.touched ^= m.pair.touch(ctx.hashes[ctx.offs[0]:ctx.offs[len(ctx.offs)-1]])
	}
	for i := 0; i+1 < len(ctx.offs); i++ {
		var rb [nLabels]int32
		for _, h := range ctx.hashes[ctx.offs[i]:ctx.offs[i+1]] {
			if s := m.pair.get(h); s != nil {
				addRow(&rb, &s.b)
			}
		}
		for l, x := range rb {
			eb[i*nLabels+l] += float32(x) * m.scale
		}
	}
}
