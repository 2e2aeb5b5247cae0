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
	"strings"
	"unicode/utf8"
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
	ts    int32   // step of the last change
	w     float32 // current weight
	total float64 // sum of the weight over the steps before ts
}

// span is where a feature's entries lie in the arena.
type span struct{ start, n, cap int32 }

// Trainer accumulates an averaged perceptron. Its storage holds no
// pointers (a growable open-addressing table of keys and one arena of
// entries where each feature's entries are contiguous, moved to the end
// with twice the room when they outgrow their place), so the garbage
// collector has nothing to scan however many millions of features
// training creates, and scoring reads memory in order.
type Trainer struct {
	NClasses int
	keys     []uint64 // open-addressing table of feature keys (0: empty)
	rows     []int32  // row of the key in the same slot
	mask     uint64
	zeroRow  int32  // row of key 0, -1 if none
	heads    []span // row → its entries
	entries  []entry
	step     int32
}

// NewTrainer makes a trainer for n classes.
func NewTrainer(n int) *Trainer {
	t := &Trainer{NClasses: n, zeroRow: -1}
	t.keys = make([]uint64, 1<<16)
	t.rows = make([]int32, 1<<16)
	t.mask = 1<<16 - 1
	return t
}

func (t *Trainer) lookup(k uint64) int32 {
	if k == 0 {
		return t.zeroRow
	}
	i := k & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.rows[i]
		case 0:
			return -1
		}
		i = (i + 1) & t.mask
	}
}

func (t *Trainer) insert(k uint64) int32 {
	r := int32(len(t.heads))
	t.heads = append(t.heads, span{})
	if k == 0 {
		t.zeroRow = r
		return r
	}
	if uint64(len(t.heads))*2 > uint64(len(t.keys)) {
		t.grow()
	}
	t.place(k, r)
	return r
}

func (t *Trainer) place(k uint64, r int32) {
	i := k & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i], t.rows[i] = k, r
}

func (t *Trainer) grow() {
	oldKeys, oldRows := t.keys, t.rows
	n := len(oldKeys) * 2
	t.keys, t.rows, t.mask = make([]uint64, n), make([]int32, n), uint64(n-1)
	for i, k := range oldKeys {
		if k != 0 {
			t.place(k, oldRows[i])
		}
	}
}

// Score adds the current weights of feats to scores (len NClasses), which
// the caller zeroes.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r := t.lookup(f)
		if r < 0 {
			continue
		}
		h := t.heads[r]
		for _, e := range t.entries[h.start : h.start+h.n] {
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
		r := t.lookup(f)
		if r < 0 {
			r = t.insert(f)
		}
		t.add(r, truth, 1)
		if guess >= 0 {
			t.add(r, guess, -1)
		}
	}
}

func (t *Trainer) add(r int32, class int, d float32) {
	h := &t.heads[r]
	row := t.entries[h.start : h.start+h.n]
	for i := range row {
		if e := &row[i]; e.class == int32(class) {
			e.total += float64(t.step-e.ts) * float64(e.w)
			e.ts = t.step
			e.w += d
			return
		}
	}
	if h.n == h.cap {
		// Move the row to the end of the arena with twice the room.
		newCap := max(2*h.cap, 2)
		start := int32(len(t.entries))
		t.entries = append(t.entries, row...)
		t.entries = append(t.entries, make([]entry, newCap-h.n)...)
		h.start, h.cap = start, newCap
	}
	t.entries[h.start+h.n] = entry{class: int32(class), w: d, ts: t.step}
	h.n++
}

// Average returns the model of the averaged weights. Weights whose average
// magnitude is below minWeight are dropped, and so are features left
// without weights; this keeps the model small at little cost in accuracy.
func (t *Trainer) Average(minWeight float32) *Model {
	type keyRow struct {
		key uint64
		row int32
	}
	krs := make([]keyRow, 0, len(t.heads))
	for i, k := range t.keys {
		if k != 0 {
			krs = append(krs, keyRow{k, t.rows[i]})
		}
	}
	if t.zeroRow >= 0 {
		krs = append(krs, keyRow{0, t.zeroRow})
	}
	slices.SortFunc(krs, func(a, b keyRow) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	type averaged struct {
		w     float32
		class uint16
	}
	var avgs []averaged
	var starts []uint32
	var maxAbs float32
	steps := float64(max(t.step, 1))
	m := &Model{NClasses: t.NClasses}
	for _, kr := range krs {
		start := len(avgs)
		h := t.heads[kr.row]
		for i := h.start; i < h.start+h.n; i++ {
			e := &t.entries[i]
			tot := e.total + float64(t.step-e.ts)*float64(e.w)
			avg := float32(tot / steps)
			if avg >= minWeight || avg <= -minWeight {
				avgs = append(avgs, averaged{avg, uint16(e.class)})
				maxAbs = max(maxAbs, float32(math.Abs(float64(avg))))
			}
		}
		if len(avgs) == start {
			continue
		}
		// Sort the row by class so that the file is deterministic.
		slices.SortFunc(avgs[start:], func(a, b averaged) int { return int(a.class) - int(b.class) })
		m.keys = append(m.keys, kr.key)
		starts = append(starts, uint32(start))
	}
	// Quantise as Write stores them, so that the model scores in training
	// exactly as it will once written and read back.
	m.scale = quantScale(maxAbs)
	m.weights = make([]weight, len(avgs))
	for i, a := range avgs {
		m.weights[i] = weight{int16(math.Round(float64(a.w / m.scale))), a.class}
	}
	m.layout(append(starts, uint32(len(m.weights))))
	return m
}

// quantScale is the step of 16-bit weights whose largest magnitude is
// maxAbs.
func quantScale(maxAbs float32) float32 {
	if scale := maxAbs / 32767; scale != 0 {
		return scale
	}
	return 1
}

// Features is the number of features the trainer has seen updated.
func (t *Trainer) Features() int { return len(t.heads) }

// Model is a frozen averaged perceptron: for each feature, the classes it
// votes for and with what weight.
type Model struct {
	NClasses int
	index    table    // feature → its row's place in weights
	filter   []uint64 // a Bloom filter of the features (see Lookup)
	keys     []uint64 // the features, ascending
	weights  []weight // the long rows, longest first (see layout)
	nWeights int      // in all rows
	scale    float32  // a weight is q·scale
}

// weight is one class's weight for a feature, quantised to 16 bits (as the
// model file stores it): four bytes instead of eight, so twice as many
// rows fit in the caches that scoring waits on.
type weight struct {
	q     int16
	class uint16
}

// w is the weight's value. The conversion rounds the product to float32
// so that it is never fused with the addition that follows: the same
// value whatever the compiler does.
func (e weight) w(scale float32) float32 { return float32(float32(e.q) * scale) }

// Score adds the weights of feats to scores (len NClasses), which the caller
// zeroes.
//
// The table and the weights are far larger than the caches, so each
// feature costs a cache miss or two; looking features up one after the
// other would wait for each miss in turn. Score instead works in chunks:
// it first loads every feature's home slot (independent loads, which the
// processor overlaps), then resolves the rows and loads their first
// weights, and only then adds. It adds the 16-bit weights as integers and
// scales the sums once: integer sums are exact, so they do not depend on
// the order of the features, and they cost no conversion per weight.
func (m *Model) Score(feats []uint64, scores []float32) {
	if len(m.index.slots) == 0 {
		return
	}
	var buf [256]int32
	var acc []int32
	if len(scores) <= len(buf) {
		acc = buf[:len(scores)]
	} else {
		acc = make([]int32, len(scores))
	}
	m.Accumulate(feats, acc)
	m.AddScaled(acc, scores)
}

// Accumulate adds the weights of feats to acc (len NClasses) as the
// integers the model stores, unscaled: AddScaled turns them into scores.
// Integer sums are exact, so a caller may accumulate a configuration's
// features in parts (and keep a part that the next configuration shares)
// and get, once the parts are added, exactly what Score gives.
func (m *Model) Accumulate(feats []uint64, acc []int32) {
	const chunk = 32
	var (
		home [chunk]uint64
		rows [chunk]Row
	)
	slots, mask := m.index.slots, m.index.mask
	if len(slots) == 0 {
		return
	}
	for len(feats) > 0 {
		fs := feats[:min(len(feats), chunk)]
		feats = feats[len(fs):]
		for i, f := range fs {
			home[i] = slots[f&mask].key
		}
		var touched int16
		for i, f := range fs {
			a, b := uint32(0), uint32(emptyRow)
			if k := home[i]; k == f && f != 0 {
				s := &slots[f&mask]
				a, b = s.a, s.b
			} else if k != 0 || f == 0 {
				a, b = m.index.get(f)
			}
			rows[i] = Row{a, b}
			if isLong(b) && b != emptyRow {
				touched |= m.weights[a].q
			}
		}
		m.AddRows(rows[:len(fs)], acc)
		if touched == 1<<15-1 && len(acc) > 0 { // keeps the loads
			acc[0] += 0
		}
	}
}

// Row is where a feature's weights are (see Lookup).
type Row struct{ a, b uint32 }

// Lookup finds the rows of feats (rows has their length) without adding
// them, so that a caller whose features go to several sums looks them all
// up at once: the loads of every feature's slot are issued before any of
// them is waited for, as in Accumulate, but over all the features.
//
// A third of a parser configuration's features are not in the model, and
// they are the costliest to look up: mostly pairs of rare words, whose
// slots are not in the caches, and whose probe runs on to an empty slot.
// The model's Bloom filter (8 bits per feature, two of them set, so 1 in
// 20 absent features passes) answers most of them from a table that
// stays in the caches; only the features that pass it are looked up in
// the table. A filter never turns a feature away that the model has, so
// the rows are exactly those of the table.
func (m *Model) Lookup(feats []uint64, rows []Row) {
	rows = rows[:len(feats)]
	if len(m.index.slots) == 0 || len(m.filter) == 0 {
		for i := range rows {
			rows[i] = Row{0, emptyRow}
		}
		return
	}
	// Each step is a function of its own: in one body the values live
	// across the four loops did not fit the registers, and the loop that
	// applies the filter spent most of its instructions moving them to
	// and from the stack. One array holds each feature's filter word,
	// then, once the filter has been applied, the home keys of the
	// features that passed it.
	var (
		words   [lookupChunk]uint64
		pending [lookupChunk]uint8
	)
	for len(feats) > 0 {
		fs := feats[:min(len(feats), lookupChunk)]
		rs := rows[:len(fs)]
		feats, rows = feats[len(fs):], rows[len(fs):]
		m.filterWords(fs, &words)
		n := passing(fs, rs, &words, &pending)
		m.homeKeys(fs, pending[:n], &words)
		m.findRows(fs, rs, pending[:n], &words)
	}
}

// lookupChunk is the number of features Lookup looks up together.
const lookupChunk = 128

// filterWords loads the filter's word of each feature of fs (at most
// lookupChunk): independent loads, which the processor overlaps.
func (m *Model) filterWords(fs []uint64, words *[lookupChunk]uint64) {
	filter, fmask := m.filter, uint64(len(m.filter)-1)
	for i, f := range fs {
		words[i] = filter[filterWord(f)&fmask]
	}
}

// passing lists in pending the features of fs that pass the filter,
// without a branch (whether a feature passes cannot be predicted). It
// returns their number and marks every row of rs empty. Key 0, which the
// table keeps apart, passes like any other: the filter always holds it
// (newFilter).
func passing(fs []uint64, rs []Row, words *[lookupChunk]uint64, pending *[lookupChunk]uint8) int {
	rs = rs[:len(fs)]
	n := 0
	for i, f := range fs {
		rs[i] = Row{0, emptyRow}
		w := words[i]
		pass := w >> filterBit1(f) & (w >> filterBit2(f)) & 1
		pending[n&(lookupChunk-1)] = uint8(i)
		n += int(pass)
	}
	return n
}

// homeKeys loads the key in the home slot of each pending feature.
func (m *Model) homeKeys(fs []uint64, pending []uint8, home *[lookupChunk]uint64) {
	slots, mask := m.index.slots, m.index.mask
	for j, i := range pending {
		home[j&(lookupChunk-1)] = slots[fs[i]&mask].key
	}
}

// findRows sets the rows of the pending features of fs.
func (m *Model) findRows(fs []uint64, rs []Row, pending []uint8, home *[lookupChunk]uint64) {
	slots, mask := m.index.slots, m.index.mask
	var touched int16
	for j, i := range pending {
		f := fs[i]
		a, b := uint32(0), uint32(emptyRow)
		if k := home[j&(lookupChunk-1)]; k == f && f != 0 {
			s := &slots[f&mask]
			a, b = s.a, s.b
		} else if k != 0 || f == 0 {
			a, b = m.index.get(f)
		}
		rs[i] = Row{a, b}
		if isLong(b) && b != emptyRow {
			touched |= m.weights[a].q
		}
	}
	if touched == 1<<15-1 && len(rs) > 0 { // keeps the loads
		rs[0].a += 0
	}
}

// The filter's word and two bits of feature k: bits of the key that the
// table's slot (its low bits) does not use.
func filterWord(k uint64) uint64 { return k >> 40 }
func filterBit1(k uint64) uint64 { return (k >> 20) & 63 }
func filterBit2(k uint64) uint64 { return (k >> 26) & 63 }

// newFilter returns the Bloom filter of keys (see Lookup): a power of two
// of 64-bit words, at least 8 bits per key. It holds key 0 whether the
// model has it or not, so that Lookup need not test for it: the table
// answers for key 0 as for the other keys that pass.
func newFilter(keys []uint64) []uint64 {
	words := 1
	for words*64 < 8*len(keys) {
		words *= 2
	}
	f := make([]uint64, words)
	mask := uint64(words - 1)
	for _, k := range keys {
		f[filterWord(k)&mask] |= 1<<filterBit1(k) | 1<<filterBit2(k)
	}
	const zero = 0
	f[filterWord(zero)&mask] |= 1<<filterBit1(zero) | 1<<filterBit2(zero)
	return f
}

// AddRows adds the weights of rows (from Lookup) to acc as Accumulate
// does.
func (m *Model) AddRows(rows []Row, acc []int32) {
	if wide := m.wide(acc); wide != nil {
		for _, r := range rows {
			a, b := r.a, r.b
			switch {
			case b == emptyRow: // an absent feature
			case isLong(b):
				addWeightsWide(m.weights[a:a+b&^longRow], wide)
			default:
				wide[uint8(a>>16)] += int32(int16(a))
				if b != oneWeight {
					wide[uint8(b>>16)] += int32(int16(b))
				}
			}
		}
		return
	}
	for _, r := range rows {
		a, b := r.a, r.b
		if isLong(b) {
			addWeights(m.weights[a:a+b&^longRow], acc)
			continue
		}
		acc[a>>16] += int32(int16(a))
		if b != oneWeight {
			acc[b>>16] += int32(int16(b))
		}
	}
}

// WideSum is the capacity that lets a sum of a model of at most WideSum
// classes be added to without a bounds check per weight (see wide): a
// caller that keeps sums gives each that capacity (the room past its
// classes may belong to the next sum; it is never written).
const WideSum = 256

// wide returns acc as an array of WideSum sums when every class of the
// model indexes it (as a byte, so that the compiler checks no bound) and
// acc has the room, nil otherwise. Indexing by a byte is exact: every class
// is below NClasses (Read checks), and NClasses is at most WideSum and at
// most len(acc), so no class reaches past acc's own sums.
func (m *Model) wide(acc []int32) *[WideSum]int32 {
	if m.NClasses > WideSum || len(acc) < m.NClasses || cap(acc) < WideSum {
		return nil
	}
	return (*[WideSum]int32)(acc[:WideSum])
}

// addWeightsWide is addWeights on a wide sum (see wide). The bounds
// checks of the additions were about a third of the instructions of
// adding a long row.
func addWeightsWide(ws []weight, acc *[WideSum]int32) {
	// Sixteen at a time: the loop's bookkeeping (the slice's advance and
	// test, ten instructions) was a third of a step of eight; a long row
	// of the parser or the tagger has dozens of weights.
	for len(ws) >= 16 {
		w := (*[16]weight)(ws)
		acc[uint8(w[0].class)] += int32(w[0].q)
		acc[uint8(w[1].class)] += int32(w[1].q)
		acc[uint8(w[2].class)] += int32(w[2].q)
		acc[uint8(w[3].class)] += int32(w[3].q)
		acc[uint8(w[4].class)] += int32(w[4].q)
		acc[uint8(w[5].class)] += int32(w[5].q)
		acc[uint8(w[6].class)] += int32(w[6].q)
		acc[uint8(w[7].class)] += int32(w[7].q)
		acc[uint8(w[8].class)] += int32(w[8].q)
		acc[uint8(w[9].class)] += int32(w[9].q)
		acc[uint8(w[10].class)] += int32(w[10].q)
		acc[uint8(w[11].class)] += int32(w[11].q)
		acc[uint8(w[12].class)] += int32(w[12].q)
		acc[uint8(w[13].class)] += int32(w[13].q)
		acc[uint8(w[14].class)] += int32(w[14].q)
		acc[uint8(w[15].class)] += int32(w[15].q)
		ws = ws[16:]
	}
	if len(ws) >= 8 {
		w := (*[8]weight)(ws)
		acc[uint8(w[0].class)] += int32(w[0].q)
		acc[uint8(w[1].class)] += int32(w[1].q)
		acc[uint8(w[2].class)] += int32(w[2].q)
		acc[uint8(w[3].class)] += int32(w[3].q)
		acc[uint8(w[4].class)] += int32(w[4].q)
		acc[uint8(w[5].class)] += int32(w[5].q)
		acc[uint8(w[6].class)] += int32(w[6].q)
		acc[uint8(w[7].class)] += int32(w[7].q)
		ws = ws[8:]
	}
	if len(ws) >= 4 {
		w := (*[4]weight)(ws)
		acc[uint8(w[0].class)] += int32(w[0].q)
		acc[uint8(w[1].class)] += int32(w[1].q)
		acc[uint8(w[2].class)] += int32(w[2].q)
		acc[uint8(w[3].class)] += int32(w[3].q)
		ws = ws[4:]
	}
	// The last three at most, written out: a loop over them cost ten
	// instructions a weight, a sixth of the function's.
	switch len(ws) {
	case 3:
		w := (*[3]weight)(ws)
		acc[uint8(w[0].class)] += int32(w[0].q)
		acc[uint8(w[1].class)] += int32(w[1].q)
		acc[uint8(w[2].class)] += int32(w[2].q)
	case 2:
		w := (*[2]weight)(ws)
		acc[uint8(w[0].class)] += int32(w[0].q)
		acc[uint8(w[1].class)] += int32(w[1].q)
	case 1:
		acc[uint8(ws[0].class)] += int32(ws[0].q)
	}
}

// addWeights adds the weights of a long row to acc, four at a time: the
// loop of one weight at a time spent twice the instructions on its
// bookkeeping as on the additions (long rows are most of the weights a
// parser or tagger adds).
func addWeights(ws []weight, acc []int32) {
	for len(ws) >= 4 {
		w0, w1, w2, w3 := ws[0], ws[1], ws[2], ws[3]
		acc[w0.class] += int32(w0.q)
		acc[w1.class] += int32(w1.q)
		acc[w2.class] += int32(w2.q)
		acc[w3.class] += int32(w3.q)
		ws = ws[4:]
	}
	for _, e := range ws {
		acc[e.class] += int32(e.q)
	}
}

// AddScaled adds the integer sums of Accumulate, scaled to weights, to
// scores.
func (m *Model) AddScaled(acc []int32, scores []float32) {
	// The scale is read once and scores cut to acc's length: in the loop
	// the compiler read the scale again after every store (a store to
	// scores might have changed it) and checked every index.
	scale := m.scale
	scores = scores[:len(acc)]
	for c, v := range acc {
		scores[c] += float32(v) * scale
	}
}

// A slot's row (a, b) is either up to two weights held in the slot itself
// (packed: the 16-bit weight in the low half, the class in the high half;
// b is oneWeight when there is one) or, when b has the longRow bit, the
// b&^longRow weights from a in the weight list. Most features are rare
// and have one or two weights: holding them in the slot saves the cache
// miss that reading them from the weight list would cost.
const (
	longRow   = 1 << 31
	emptyRow  = longRow       // no weights
	oneWeight = 1<<32 - 1     // class 0xffff: no second weight
	maxInline = longRow >> 16 // classes of weights held in slots are below
)

func isLong(b uint32) bool { return b&longRow != 0 && b != oneWeight }

func pack(w weight) uint32 { return uint32(uint16(w.q)) | uint32(w.class)<<16 }

func unpack(x uint32) weight { return weight{int16(uint16(x)), uint16(x >> 16)} }

// row returns k's weights (none when k is unknown); buf holds a row kept
// in the slot.
func (m *Model) row(k uint64, buf *[2]weight) []weight {
	a, b := m.index.get(k)
	if isLong(b) {
		return m.weights[a : a+b&^longRow]
	}
	buf[0] = unpack(a)
	if b == oneWeight {
		return buf[:1]
	}
	buf[1] = unpack(b)
	return buf[:2]
}

// Features is the number of features in the model; Weights the number of
// non-zero weights.
func (m *Model) Features() int { return len(m.keys) }

// Weights is the number of non-zero weights in the model.
func (m *Model) Weights() int { return m.nWeights }

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
	scale := m.scale
	buf := make([]byte, binary.MaxVarintLen64)
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf, v)]) }
	putS := func(v int64) { bw.Write(buf[:binary.PutVarint(buf, v)]) }
	bw.WriteString(magic)
	putU(uint64(m.NClasses))
	putU(uint64(len(m.keys)))
	putU(uint64(math.Float32bits(scale)))
	var prev uint64
	var rb [2]weight
	for _, k := range m.keys {
		putU(k - prev)
		prev = k
		row := m.row(k, &rb)
		putU(uint64(len(row)))
		var pc uint16
		for _, e := range row {
			putU(uint64(e.class - pc))
			pc = e.class
			putS(int64(e.q))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write. It inflates the whole file first
// and decodes from memory, counting the weights in a first pass so that
// every array is allocated once at its final size: loading is on the
// start-up path of every command.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron model: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("perceptron model: %w", err)
	}
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("perceptron model: not a model file (bad header)")
	}
	d := decoder{buf: data[len(magic):]}
	nc, nk, sb := d.uvarint(), d.uvarint(), d.uvarint()
	if d.err != nil {
		return nil, fmt.Errorf("perceptron model: %w", d.err)
	}
	if nc == 0 || nc > 1<<16 || nk > uint64(len(d.buf)) {
		return nil, fmt.Errorf("perceptron model: implausible sizes (%d classes, %d features)", nc, nk)
	}
	scale := math.Float32frombits(uint32(sb))
	body := d.buf
	// First pass: check the structure and count the weights.
	nw := uint64(0)
	for i := uint64(0); i < nk && d.err == nil; i++ {
		d.uvarint()
		n := d.uvarint()
		if n > nc {
			return nil, fmt.Errorf("perceptron model: feature %d has %d weights for %d classes", i, n, nc)
		}
		for j := uint64(0); j < n; j++ {
			d.uvarint()
			d.varint()
		}
		nw += n
	}
	if d.err != nil {
		return nil, fmt.Errorf("perceptron model: %w", d.err)
	}
	m := &Model{NClasses: int(nc), keys: make([]uint64, 0, nk), weights: make([]weight, 0, nw), scale: scale}
	starts := make([]uint32, 0, nk+1)
	d = decoder{buf: body}
	var key uint64
	for i := uint64(0); i < nk; i++ {
		key += d.uvarint()
		n := d.uvarint()
		m.keys = append(m.keys, key)
		starts = append(starts, uint32(len(m.weights)))
		var c uint64
		for j := uint64(0); j < n; j++ {
			c += d.uvarint()
			if c >= nc {
				return nil, fmt.Errorf("perceptron model: class %d out of range", c)
			}
			q := d.varint()
			if q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("perceptron model: weight %d out of range", q)
			}
			m.weights = append(m.weights, weight{int16(q), uint16(c)})
		}
	}
	m.layout(append(starts, uint32(len(m.weights))))
	return m, nil
}

// decoder reads varints from a byte slice, remembering the first error.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		if d.err == nil {
			d.err = io.ErrUnexpectedEOF
		}
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		if d.err == nil {
			d.err = io.ErrUnexpectedEOF
		}
		return 0
	}
	d.buf = d.buf[n:]
	return v
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

// LowerStrHash is StrHash(strings.ToLower(s)), without building the
// lower-cased string when s is ASCII (the parser hashes every word so).
func LowerStrHash(s string) uint64 {
	x := uint64(Template(0xffff))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return StrHash(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x ^= uint64(c)
		x *= fnvPrime
	}
	x ^= 0xff
	x *= fnvPrime
	return x
}

// Prune returns a copy of the model without the weights whose magnitude is
// below minWeight (and without features left with none). Pruning an
// averaged model is the same as averaging with that threshold.
func (m *Model) Prune(minWeight float32) *Model {
	out := &Model{NClasses: m.NClasses, scale: m.scale}
	var starts []uint32
	var rb [2]weight
	for _, k := range m.keys {
		start := len(out.weights)
		for _, e := range m.row(k, &rb) {
			if w := e.w(m.scale); w >= minWeight || w <= -minWeight {
				out.weights = append(out.weights, e)
			}
		}
		if len(out.weights) > start {
			out.keys = append(out.keys, k)
			starts = append(starts, uint32(start))
		}
	}
	out.layout(append(starts, uint32(len(out.weights))))
	return out
}

// layout indexes the model whose rows, in key order, are
// m.weights[starts[r]:starts[r+1]]. It moves the rows with the most
// weights to the front: those are the features seen most often in
// training, and so in text, and packed together they share cache lines
// that scoring keeps warm, where scattered among rare rows each would
// hold a line of its own. Their slots go into the table first, so that
// they sit at their home slot. Rows keep their order of classes, so
// scores do not change.
func (m *Model) layout(starts []uint32) {
	// A counting sort by row length, longest first, key order within a
	// length: linear, since loading is on every command's start-up path.
	size := func(r int) int { return int(starts[r+1] - starts[r]) }
	longest := 0
	for r := range m.keys {
		longest = max(longest, size(r))
	}
	next := make([]int, longest+2) // first position of each length, longest first
	for r := range m.keys {
		next[longest-size(r)+1]++
	}
	for i := 1; i < len(next); i++ {
		next[i] += next[i-1]
	}
	order := make([]int, len(m.keys))
	for r := range m.keys {
		order[next[longest-size(r)]] = r
		next[longest-size(r)]++
	}
	// Rows of one or two weights go into their slots; the others are
	// copied to the weight list, longest first.
	inline := m.NClasses <= maxInline
	weights := make([]weight, 0, len(m.weights))
	keys := make([]uint64, len(order))
	a := make([]uint32, len(order))
	b := make([]uint32, len(order))
	for i, r := range order {
		keys[i] = m.keys[r]
		row := m.weights[starts[r]:starts[r+1]]
		if inline && (len(row) == 1 || len(row) == 2) {
			a[i], b[i] = pack(row[0]), oneWeight
			if len(row) == 2 {
				b[i] = pack(row[1])
			}
			continue
		}
		a[i], b[i] = uint32(len(weights)), longRow|uint32(len(row))
		weights = append(weights, row...)
	}
	m.nWeights = len(m.weights)
	m.weights = slices.Clip(weights)
	m.index = newTable(keys, a, b)
	m.filter = newFilter(keys)
}
