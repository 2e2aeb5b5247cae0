// Package perceptron is a multiclass averaged perceptron (Collins 2002) over
// hashed sparse features, shared by the part-of-speech tagger and the
// dependency parser.
//
// Features are 64-bit hashes of a template number and the strings it joins
// (see Hasher); a 64-bit hash makes collisions between the few million
// features of a treebank vanishingly rare, and lets feature extraction run
// without building strings. Training keeps, per feature, a short list of the
// classes it has weights for, which is compact because most features only
// ever touch a handful of classes. Model is the frozen, averaged and pruned
// result that taggers score with; it is read-only and safe for concurrent
// use.
package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Hasher builds feature hashes with FNV-1a, which is stable from one
// process to the next (model files store the hashes).
type Hasher uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Template starts the hash of a feature of template number t.
func Template(t int) Hasher {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	h ^= uint64(t) >> 8
	h *= fnvPrime
	return Hasher(h)
}

// Str mixes a string into the hash, followed by a separator so that
// ("ab","c") and ("a","bc") differ.
func (h Hasher) Str(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	x ^= 0xff
	x *= fnvPrime
	return Hasher(x)
}

// Int mixes a small integer into the hash.
func (h Hasher) Int(n int) Hasher {
	x := uint64(h)
	v := uint64(n)
	for i := 0; i < 4; i++ {
		x ^= v & 0xff
		x *= fnvPrime
		v >>= 8
	}
	return Hasher(x)
}

// Sum is the feature's key.
func (h Hasher) Sum() uint64 { return uint64(h) }

type entry struct {
	class int32
	w     float32 // current weight
	total float64 // sum of the weight over the steps before ts
	ts    int32   // step of the last change
}

// Trainer accumulates an averaged perceptron.
type Trainer struct {
	NClasses int
	index    map[uint64]int32
	rows     [][]entry
	step     int32
}

// NewTrainer makes a trainer for n classes.
func NewTrainer(n int) *Trainer {
	return &Trainer{NClasses: n, index: make(map[uint64]int32, 1<<16)}
}

// Score adds the current weights of feats to scores (len NClasses), which
// the caller zeroes.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Tick advances the step counter; call it once per training instance so
// that the average weighs every instance alike.
func (t *Trainer) Tick() { t.step++ }

// Update moves the weights of feats towards class truth and away from class
// guess (no change when they are equal).
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		t.add(r, truth, 1)
		if guess >= 0 {
			t.add(r, guess, -1)
		}
	}
}

func (t *Trainer) add(r int32, class int, d float32) {
	row := t.rows[r]
	for i := range row {
		if row[i].class == int32(class) {
			e := &row[i]
			e.total += float64(t.step-e.ts) * float64(e.w)
			e.ts = t.step
			e.w += d
			return
		}
	}
	t.rows[r] = append(row, entry{class: int32(class), w: d, ts: t.step})
}

// Average returns the model of the averaged weights. Weights whose average
// magnitude is below minWeight are dropped, and so are features left
// without weights; this keeps the model small at little cost in accuracy.
func (t *Trainer) Average(minWeight float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := &Model{NClasses: t.NClasses}
	steps := float64(max(t.step, 1))
	for _, k := range keys {
		row := t.rows[t.index[k]]
		start := len(m.weights)
		for _, e := range row {
			tot := e.total + float64(t.step-e.ts)*float64(e.w)
			avg := float32(tot / steps)
			if avg >= minWeight || avg <= -minWeight {
				m.weights = append(m.weights, weight{avg, uint16(e.class)})
			}
		}
		if len(m.weights) == start {
			continue
		}
		// Sort the row by class so that the file is deterministic.
		slices.SortFunc(m.weights[start:], func(a, b weight) int { return int(a.class) - int(b.class) })
		m.keys = append(m.keys, k)
		m.starts = append(m.starts, uint32(start))
	}
	m.starts = append(m.starts, uint32(len(m.weights)))
	m.index = newTable(m.keys, m.starts)
	return m
}

// Features is the number of features the trainer has seen updated.
func (t *Trainer) Features() int { return len(t.index) }

// Model is a frozen averaged perceptron: for each feature, the classes it
// votes for and with what weight.
type Model struct {
	NClasses int
	index    table    // feature → row number
	keys     []uint64 // row → feature, ascending
	starts   []uint32 // row → first entry; len(keys)+1 items
	weights  []weight
}

// weight is one class's weight for a feature.
type weight struct {
	w     float32
	class uint16
}

// Score adds the weights of feats to scores (len NClasses), which the caller
// zeroes.
func (m *Model) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		a, b := m.index.get(f)
		for _, e := range m.weights[a:b] {
			scores[e.class] += e.w
		}
	}
}

// Features is the number of features in the model; Weights the number of
// non-zero weights.
func (m *Model) Features() int { return len(m.keys) }

// Weights is the number of non-zero weights in the model.
func (m *Model) Weights() int { return len(m.weights) }

const magic = "PXPERC1\n"

// Write stores the model gzip-compressed: feature keys as varint deltas,
// and weights quantised to 16 bits against the largest magnitude, which
// loses nothing that changes a decision in practice and halves the size.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var maxAbs float32
	for _, x := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x.w))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	buf := make([]byte, binary.MaxVarintLen64)
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	putS := func(v int64) { bw.Write(buf[:binary.PutVarint(buf, v)]) }
	bw.WriteString(magic)
	putU(uint64(m.NClasses))
	putU(uint64(len(m.keys)))
	putU(uint64(math.Float32bits(scale)))
	var prev uint64
	for i, k := range m.keys {
		putU(k - prev)
		prev = k
		a, b := m.starts[i], m.starts[i+1]
		putU(uint64(b - a))
		var pc uint16
		for _, e := range m.weights[a:b] {
			putU(uint64(e.class - pc))
			pc = e.class
			putS(int64(math.Round(float64(e.w / scale))))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron model: not a model file (bad header)")
	}
	fail := func(err error) (*Model, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("perceptron model: %w", err)
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	nk, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	sb, err := binary.ReadUvarint(br)
	if err != nil {
		return fail(err)
	}
	if nc == 0 || nc > 1<<16 || nk > 1<<28 {
		return nil, fmt.Errorf("perceptron model: implausible sizes (%d classes, %d features)", nc, nk)
	}
	scale := math.Float32frombits(uint32(sb))
	// Preallocate no more than a plausible amount: the counts come from
	// the file and may lie.
	pre := min(nk, 1<<22)
	m := &Model{NClasses: int(nc), keys: make([]uint64, 0, pre), starts: make([]uint32, 0, pre+1)}
	var key uint64
	for i := uint64(0); i < nk; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		key += d
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return fail(err)
		}
		if n > nc {
			return nil, fmt.Errorf("perceptron model: feature %d has %d weights for %d classes", i, n, nc)
		}
		m.keys = append(m.keys, key)
		m.starts = append(m.starts, uint32(len(m.weights)))
		var c uint64
		for j := uint64(0); j < n; j++ {
			dc, err := binary.ReadUvarint(br)
			if err != nil {
				return fail(err)
			}
			c += dc
			if c >= nc {
				return nil, fmt.Errorf("perceptron model: class %d out of range", c)
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return fail(err)
			}
			m.weights = append(m.weights, weight{float32(q) * scale, uint16(c)})
		}
	}
	m.starts = append(m.starts, uint32(len(m.weights)))
	m.index = newTable(m.keys, m.starts)
	return m, nil
}

// U64 mixes a 64-bit value (such as the hash of a word computed once per
// sentence) into the hash.
func (h Hasher) U64(v uint64) Hasher {
	x := uint64(h) ^ v
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= fnvPrime
	return Hasher(x)
}

// StrHash is the hash of a lone string, for use with U64.
func StrHash(s string) uint64 { return Template(0xffff).Str(s).Sum() }
