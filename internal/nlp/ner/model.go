package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model is a trained linear-chain tagger: a weight per (feature, label),
// a weight per label transition, and the gazetteer its features use.
type Model struct {
	index   map[uint64]int32 // feature hash → row; weights[row*nLabels+label]
	weights []float32
	// trans[p][l] scores label l after label p; row nLabels is the
	// sentence start.
	trans [nLabels + 1][nLabels]float32
	gaz   *Gazetteer
}

// modelFile is the serialised form: weights quantised to int16 with one
// scale, which keeps the file small with no measurable loss.
type modelFile struct {
	Version    int
	Labels     []string
	Hashes     []uint64
	Weights    []int16
	Scale      float32
	Trans      []float32
	GazPhrases []string
	GazKinds   []uint8
}

const modelVersion = 1

// Features is the number of features with weights.
func (m *Model) Features() int { return len(m.index) }

// WriteTo writes the model, gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	f := modelFile{Version: modelVersion, Labels: labelNames[:]}
	maxAbs := float32(0)
	for _, x := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	f.Scale = maxAbs / 32767
	if f.Scale == 0 {
		f.Scale = 1
	}
	// Rows in a fixed order (by hash) so that the file is reproducible.
	rows := make([]uint64, 0, len(m.index))
	for h := range m.index {
		rows = append(rows, h)
	}
	slices.Sort(rows)
	for _, h := range rows {
		r := int(m.index[h])
		q := make([]int16, nLabels)
		nonzero := false
		for l := 0; l < nLabels; l++ {
			q[l] = int16(math.Round(float64(m.weights[r*nLabels+l] / f.Scale)))
			nonzero = nonzero || q[l] != 0
		}
		if !nonzero {
			continue
		}
		f.Hashes = append(f.Hashes, h)
		f.Weights = append(f.Weights, q...)
	}
	for p := range m.trans {
		f.Trans = append(f.Trans, m.trans[p][:]...)
	}
	if m.gaz != nil {
		keys := make([]string, 0, len(m.gaz.phrases))
		for k := range m.gaz.phrases {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			f.GazPhrases = append(f.GazPhrases, k)
			f.GazKinds = append(f.GazKinds, m.gaz.phrases[k])
		}
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
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
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, err
	}
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
	if len(f.Weights) != len(f.Hashes)*nLabels || len(f.Trans) != (nLabels+1)*nLabels || len(f.GazKinds) != len(f.GazPhrases) {
		return nil, fmt.Errorf("model arrays have inconsistent sizes")
	}
	m := &Model{
		index:   make(map[uint64]int32, len(f.Hashes)),
		weights: make([]float32, len(f.Weights)),
		gaz:     NewGazetteer(),
	}
	for i, h := range f.Hashes {
		m.index[h] = int32(i)
	}
	for i, q := range f.Weights {
		m.weights[i] = float32(q) * f.Scale
	}
	for p := range m.trans {
		copy(m.trans[p][:], f.Trans[p*nLabels:(p+1)*nLabels])
	}
	for i, p := range f.GazPhrases {
		m.gaz.phrases[p] = f.GazKinds[i]
		first := p
		for j := 0; j < len(p); j++ {
			if p[j] == ' ' {
				first = p[:j]
				break
			}
		}
		m.gaz.starts[first] = true
	}
	return m, nil
}

// emissions fills emit (n×nLabels) with the feature scores of each token.
func (m *Model) emissions(sf *sentenceFeatures, n int, emit []float32) []float32 {
	emit = emit[:0]
	for i := 0; i < n; i++ {
		var row [nLabels]float32
		for _, h := range sf.hashes[sf.offs[i]:sf.offs[i+1]] {
			r, ok := m.index[h]
			if !ok {
				continue
			}
			w := m.weights[int(r)*nLabels : int(r)*nLabels+nLabels]
			for l := range row {
				row[l] += w[l]
			}
		}
		emit = append(emit, row[:]...)
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
	neg := float32(math.Inf(-1))
	if cap(lt.score) < n*nLabels {
		lt.score = make([]float32, n*nLabels)
		lt.back = make([]int8, n*nLabels)
	}
	score, back := lt.score[:n*nLabels], lt.back[:n*nLabels]
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
	best, arg := neg, 0
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
