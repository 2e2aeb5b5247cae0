package perceptron

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The perceptron learns a separable problem (the class is the index of
// the one active "signal" feature, with noise features beside it), and
// the written-and-read model scores as the in-memory one does.
func TestLearnAndRoundTrip(t *testing.T) {
	const classes = 5
	rng := rand.New(rand.NewPCG(1, 1))
	signal := func(c int) uint64 { return Template(1).Int(c).Sum() }
	sample := func() ([]uint64, int) {
		c := rng.IntN(classes)
		f := []uint64{Template(0).Sum(), signal(c)}
		for range 3 {
			f = append(f, Template(2).Int(rng.IntN(50)).Sum())
		}
		return f, c
	}
	tr := NewTrainer(classes)
	scores := make([]float32, classes)
	for range 2000 {
		f, c := sample()
		clear(scores)
		tr.Score(f, scores)
		guess := argmax(scores)
		tr.Tick()
		tr.Update(f, c, guess)
	}
	m := tr.Average(0.01)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || m2.Weights() != m.Weights() {
		t.Fatalf("round trip: %d/%d features, %d/%d weights", m2.Features(), m.Features(), m2.Weights(), m.Weights())
	}
	for c := range classes {
		f := []uint64{Template(0).Sum(), signal(c), Template(2).Int(7).Sum()}
		for _, model := range []*Model{m, m2} {
			clear(scores)
			model.Score(f, scores)
			if got := argmax(scores); got != c {
				t.Errorf("class %d scored as %d: %v", c, got, scores)
			}
		}
	}
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

func TestHasherSeparatesFields(t *testing.T) {
	cases := [][2]uint64{
		{Template(1).Str("ab").Str("c").Sum(), Template(1).Str("a").Str("bc").Sum()},
		{Template(1).Str("x").Sum(), Template(2).Str("x").Sum()},
		{Template(1).U64(1).U64(2).Sum(), Template(1).U64(2).U64(1).Sum()},
		{Template(1).Int(1).Sum(), Template(1).Int(256).Sum()},
	}
	for i, c := range cases {
		if c[0] == c[1] {
			t.Errorf("case %d: hashes collide", i)
		}
	}
}

func TestTable(t *testing.T) {
	keys := []uint64{0, 1, 17, 33, 1 << 40, 5}
	as := []uint32{0, 2, 3, 7, 8, 9}
	bs := []uint32{longRow | 2, longRow | 1, oneWeight, 11, 12, 13}
	tb := newTable(keys, as, bs)
	for r, k := range keys {
		a, b := tb.get(k)
		if a != as[r] || b != bs[r] {
			t.Errorf("key %d: got (%d,%x), want (%d,%x)", k, a, b, as[r], bs[r])
		}
	}
	if _, b := tb.get(999); b != emptyRow {
		t.Errorf("absent key has row %x", b)
	}
	empty := newTable(nil, nil, nil)
	if _, b := empty.get(0); b != emptyRow {
		t.Errorf("empty table: key 0 has row %x", b)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "not gzip at all"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("no error for %q", in)
		}
	}
}

func FuzzRead(f *testing.F) {
	tr := NewTrainer(3)
	tr.Tick()
	tr.Update([]uint64{1, 2, 3}, 1, 0)
	var buf bytes.Buffer
	if err := tr.Average(0).Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		scores := make([]float32, m.NClasses)
		m.Score([]uint64{0, 1, 2, 3}, scores)
	})
}

func BenchmarkScore(b *testing.B) {
	tr := NewTrainer(50)
	rng := rand.New(rand.NewPCG(1, 2))
	feats := make([]uint64, 40)
	for range 20000 {
		for i := range feats {
			feats[i] = Template(i).Int(rng.IntN(5000)).Sum()
		}
		tr.Tick()
		tr.Update(feats, rng.IntN(50), rng.IntN(50))
	}
	m := tr.Average(0)
	scores := make([]float32, 50)
	for b.Loop() {
		clear(scores)
		m.Score(feats, scores)
	}
}

func TestPrune(t *testing.T) {
	tr := NewTrainer(3)
	for i := range 10 {
		tr.Tick()
		tr.Update([]uint64{1, 2}, 1, 0)
		if i < 2 {
			tr.Update([]uint64{3}, 2, 0)
		}
	}
	full := tr.Average(0)
	for _, min := range []float32{0, 0.5, 3} {
		a, b := full.Prune(min), tr.Average(min)
		if a.Features() != b.Features() || a.Weights() != b.Weights() {
			t.Errorf("min %v: pruned %d/%d, averaged %d/%d", min, a.Features(), a.Weights(), b.Features(), b.Weights())
		}
	}
	if p := full.Prune(3); p.Features() != 2 {
		t.Errorf("pruning at 3 kept %d features, want 2 (feature 3 has small weights)", p.Features())
	}
}

// TestLowerStrHash: the hash of the lower-cased string, ASCII or not.
func TestLowerStrHash(t *testing.T) {
	for _, w := range []string{"", "a", "Zorvath", "ZORVATH", "e-mail", "Ünterfeld", "İstanbul", "ΣΟΦΙΑ", "x\xffY", "12,000", "[A]"} {
		if got, want := LowerStrHash(w), StrHash(strings.ToLower(w)); got != want {
			t.Errorf("%q: %x, want %x", w, got, want)
		}
	}
}

func FuzzLowerStrHash(f *testing.F) {
	f.Add("Kelmoran")
	f.Add("ÉTAT")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := LowerStrHash(w), StrHash(strings.ToLower(w)); got != want {
			t.Errorf("%q: %x, want %x", w, got, want)
		}
	})
}

// Lookup and AddRows add, in whatever split of the features, exactly what
// Accumulate adds.
func TestLookupAddRowsAsAccumulate(t *testing.T) {
	const classes = 7
	rng := rand.New(rand.NewPCG(2, 3))
	tr := NewTrainer(classes)
	feat := func() uint64 { return Template(rng.IntN(4)).Int(rng.IntN(300)).Sum() }
	for range 5000 {
		f := []uint64{feat(), feat(), feat(), 0}
		tr.Tick()
		tr.Update(f, rng.IntN(classes), rng.IntN(classes))
	}
	m := tr.Average(0)
	for range 200 {
		var fs []uint64
		for range rng.IntN(300) {
			fs = append(fs, feat())
		}
		want := make([]int32, classes)
		m.Accumulate(fs, want)
		rows := make([]Row, len(fs))
		m.Lookup(fs, rows)
		cut := rng.IntN(len(fs) + 1)
		a, b := make([]int32, classes), make([]int32, classes)
		m.AddRows(rows[:cut], a)
		m.AddRows(rows[cut:], b)
		for c := range a {
			if a[c]+b[c] != want[c] {
				t.Fatalf("class %d: %d + %d, Accumulate %d", c, a[c], b[c], want[c])
			}
		}
	}
}

// TestFilter: the filter passes every feature of the model and key 0
// (Lookup relies on it: a feature it turned away would lose its weights)
// and turns most others away.
func TestFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 5))
	keys := make([]uint64, 20000)
	for i := range keys {
		keys[i] = rng.Uint64()
	}
	f := newFilter(keys)
	if len(f)*64 < 8*len(keys) {
		t.Fatalf("%d words for %d keys", len(f), len(keys))
	}
	mask := uint64(len(f) - 1)
	passes := func(k uint64) bool {
		w := f[filterWord(k)&mask]
		return w>>filterBit1(k)&1 == 1 && w>>filterBit2(k)&1 == 1
	}
	for _, k := range append(keys, 0) {
		if !passes(k) {
			t.Fatalf("key %x of the filter does not pass it", k)
		}
	}
	passed := 0
	for range 100000 {
		if passes(rng.Uint64()) {
			passed++
		}
	}
	if passed > 10000 {
		t.Errorf("%d of 100000 absent keys pass the filter", passed)
	}
}

// TestLookupAsTable: Lookup finds each feature's row in the table, for
// features of the model, absent ones (most turned away by the filter)
// and key 0, in batches longer than its chunk.
func TestLookupAsTable(t *testing.T) {
	const classes = 5
	rng := rand.New(rand.NewPCG(6, 7))
	tr := NewTrainer(classes)
	var known []uint64
	for range 3000 {
		f := []uint64{rng.Uint64(), rng.Uint64() & 0xffff, 0}
		known = append(known, f[:2]...)
		tr.Tick()
		tr.Update(f, rng.IntN(classes), rng.IntN(classes))
	}
	m := tr.Average(0)
	var fs []uint64
	for range 1000 {
		switch rng.IntN(3) {
		case 0:
			fs = append(fs, known[rng.IntN(len(known))])
		case 1:
			fs = append(fs, rng.Uint64())
		default:
			fs = append(fs, 0)
		}
	}
	rows := make([]Row, len(fs))
	m.Lookup(fs, rows)
	for i, f := range fs {
		a, b := m.index.get(f)
		if rows[i] != (Row{a, b}) {
			t.Fatalf("feature %x: Lookup gives %v, the table (%d, %x)", f, rows[i], a, b)
		}
	}
}

// KeepBits cuts at the bit length that keeps the most entries within
// the bound, and never keeps an entry with no hit.
func TestKeepBits(t *testing.T) {
	for _, tc := range []struct {
		hits []uint32
		most int
		want int
	}{
		{nil, 4, 1},
		{[]uint32{0, 0, 0}, 10, 1},
		{[]uint32{1, 1, 1}, 10, 1},
		{[]uint32{1, 1, 1}, 2, 2},
		{[]uint32{0, 1, 2, 3, 4, 8}, 2, 3},
		{[]uint32{0, 1, 2, 3, 4, 8}, 4, 2},
		{[]uint32{0, 1, 2, 3, 4, 8}, 5, 1},
		{[]uint32{1 << 31, 1 << 31}, 1, 33},
	} {
		got := KeepBits(len(tc.hits), tc.most, func(i int) uint32 { return tc.hits[i] })
		if got != tc.want {
			t.Errorf("KeepBits(%v, %d) = %d, want %d", tc.hits, tc.most, got, tc.want)
		}
	}
}

// TestAddWeights: the four-at-a-time loop adds a row of any length, its
// remainder included, as one weight at a time does.
func TestAddWeights(t *testing.T) {
	for n := range 11 {
		row := make([]weight, n)
		for i := range row {
			row[i] = weight{q: int16(3*i - 7), class: uint16((5 * i) % 7)}
		}
		got, want := make([]int32, 7), make([]int32, 7)
		for i := range got {
			got[i], want[i] = int32(i), int32(i)
		}
		addWeights(row, got)
		for _, e := range row {
			want[e.class] += int32(e.q)
		}
		if !slices.Equal(got, want) {
			t.Errorf("row of %d: sums %v, want %v", n, got, want)
		}
	}
}

// TestAddWeightsWide: a row of every length from none to past three
// blocks of sixteen (each block size and each tail of the written-out
// cases) adds to a wide sum exactly what adding its weights one at a time
// does, over classes up to the last a byte indexes.
func TestAddWeightsWide(t *testing.T) {
	for n := range 53 {
		row := make([]weight, n)
		for i := range row {
			row[i] = weight{q: int16(97*i - 1000), class: uint16((37*i + n) % WideSum)}
		}
		var got, want [WideSum]int32
		for i := range got {
			got[i], want[i] = int32(i), int32(i)
		}
		addWeightsWide(row, &got)
		for _, e := range row {
			want[e.class] += int32(e.q)
		}
		if got != want {
			t.Errorf("row of %d: the wide sums differ from one weight at a time", n)
		}
	}
}

// TestAddScaled: each class's score gets its sum times the scale, and a
// score past the sums is left alone.
func TestAddScaled(t *testing.T) {
	m := &Model{NClasses: 3, scale: 0.25}
	scores := []float32{1, 2, 3, 4}
	m.AddScaled([]int32{4, -8, 0}, scores)
	if want := []float32{2, 0, 3, 4}; !slices.Equal(scores, want) {
		t.Errorf("scores %v, want %v", scores, want)
	}
}

// TestWideSums: sums with the room of a wide sum (WideSum) get exactly
// what sums without it get, from Accumulate and AddRows alike, and the
// room past the classes is never written (it may be the next sum's).
func TestWideSums(t *testing.T) {
	const classes = 9
	rng := rand.New(rand.NewPCG(6, 7))
	tr := NewTrainer(classes)
	feat := func() uint64 { return Template(rng.IntN(4)).Int(rng.IntN(200)).Sum() }
	for range 5000 {
		f := []uint64{feat(), feat(), feat(), 0}
		tr.Tick()
		tr.Update(f, rng.IntN(classes), rng.IntN(classes))
	}
	m := tr.Average(0)
	for range 100 {
		var fs []uint64
		for range rng.IntN(200) {
			fs = append(fs, feat())
		}
		narrow := make([]int32, classes)
		m.Accumulate(fs, narrow)
		buf := make([]int32, classes, WideSum+classes)
		if m.wide(buf) == nil {
			t.Fatal("a sum with the room of a wide sum is not added as one")
		}
		m.Accumulate(fs, buf)
		rows := make([]Row, len(fs))
		m.Lookup(fs, rows)
		byRows := make([]int32, classes, WideSum)
		m.AddRows(rows, byRows)
		if !slices.Equal(buf, narrow) || !slices.Equal(byRows, narrow) {
			t.Fatalf("wide sums %v and %v, narrow %v", buf, byRows, narrow)
		}
		if slices.ContainsFunc(buf[classes:cap(buf)], func(v int32) bool { return v != 0 }) {
			t.Fatal("a wide sum wrote past its classes")
		}
	}
	if m.wide(make([]int32, classes-1, WideSum)) != nil {
		t.Error("a sum shorter than the classes is added as a wide one")
	}
}

// TestGrowMemo checks that GrowMemo keeps the elements, leaves a slice
// with room alone and at least doubles the capacity when it grows.
func TestGrowMemo(t *testing.T) {
	s := make([]int32, 3, 4)
	copy(s, []int32{1, 2, 3})
	if g := GrowMemo(s, 1); &g[0] != &s[0] {
		t.Error("grew a slice with room")
	}
	g := GrowMemo(s, 2)
	if len(g) != 3 || cap(g) < 8 || g[0] != 1 || g[2] != 3 {
		t.Errorf("GrowMemo(len 3 cap 4, 2) = %v, cap %d", g, cap(g))
	}
	if g := GrowMemo(s, 100); cap(g) < 103 {
		t.Errorf("GrowMemo(len 3, 100): cap %d", cap(g))
	}
	if g := GrowMemo([]int32(nil), 5); len(g) != 0 || cap(g) < 5 {
		t.Errorf("GrowMemo(nil, 5): len %d cap %d", len(g), cap(g))
	}
}
