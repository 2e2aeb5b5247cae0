package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// referenceExtract computes the features of words position by position,
// with no word memo: the definition that extract must reproduce hash for
// hash and in the same order (training sums float weights in this order).
func referenceExtract(fz *featurizer, words []string) (hashes []uint64, offs []int) {
	n := len(words)
	var lower, shapes, paths []string
	upperWords, letterWords := 0, 0
	for _, w := range words {
		lower = append(lower, lowerASCIIFast(w))
		shapes = append(shapes, shape(w))
		paths = append(paths, fz.clusters.Path(w))
		if hasLetter(w) {
			letterWords++
			if isAllUpper(w) {
				upperWords++
			}
		}
	}
	gaz := make([]uint32, n)
	if fz.gaz != nil {
		gaz = fz.gaz.Match(words, lower, nil)
	}
	capsSentence := letterWords >= 3 && upperWords*10 >= letterWords*8
	at := func(s []string, i int) string {
		if i < 0 || i >= n {
			return boundary
		}
		return s[i]
	}
	add := func(h uint64) { hashes = append(hashes, h) }
	for i, w := range words {
		offs = append(offs, len(hashes))
		lw := lower[i]
		add(hashStart(fBias))
		add(hashAdd(hashStart(fLower), lw))
		add(hashAdd(hashStart(fWord), w))
		for k, cut := 1, 0; k <= 4; k++ {
			if cut = nextRune(w, cut); cut < 0 {
				break
			}
			add(hashAdd(hashInt(hashStart(fPrefix), k), w[:cut]))
		}
		for k, cut := 1, len(lw); k <= 4; k++ {
			if cut = prevRune(lw, cut); cut < 0 {
				break
			}
			add(hashAdd(hashInt(hashStart(fSuffix), k), lw[cut:]))
		}
		sh := shapes[i]
		add(hashAdd(hashStart(fShape), sh))
		add(hashAdd(hashInt(hashStart(fShapeFirst), boolInt(i == 0)), sh))
		add(hashAdd(hashStart(fPrev), at(lower, i-1)))
		add(hashAdd(hashStart(fNext), at(lower, i+1)))
		add(hashAdd(hashStart(fPrev2), at(lower, i-2)))
		add(hashAdd(hashStart(fNext2), at(lower, i+2)))
		add(hashAdd(hashAdd(hashStart(fShapePrevCur), at(shapes, i-1)), sh))
		add(hashAdd(hashAdd(hashStart(fShapeCurNext), sh), at(shapes, i+1)))
		add(hashAdd(hashAdd(hashStart(fBigramPrev), at(lower, i-1)), lw))
		add(hashAdd(hashAdd(hashStart(fBigramNext), lw), at(lower, i+1)))
		if p := paths[i]; p != "" {
			for _, k := range [...]int{4, 6, 10, 20} {
				add(hashAdd(hashInt(hashStart(fCluster), k), wordcluster.Prefix(p, k)))
			}
		} else {
			add(hashAdd(hashStart(fCluster), "?"))
		}
		if i > 0 && paths[i-1] != "" {
			for _, k := range [...]int{6, 10} {
				add(hashAdd(hashInt(hashStart(fClusterPrev), k), wordcluster.Prefix(paths[i-1], k)))
			}
		}
		if i+1 < n && paths[i+1] != "" {
			for _, k := range [...]int{6, 10} {
				add(hashAdd(hashInt(hashStart(fClusterNext), k), wordcluster.Prefix(paths[i+1], k)))
			}
		}
		addGaz := func(tmpl int, code uint32) {
			for b := 0; code != 0; b++ {
				if code&1 != 0 {
					add(hashInt(hashStart(tmpl), b))
				}
				code >>= 1
			}
		}
		addGaz(fGaz, gaz[i])
		if i > 0 {
			addGaz(fGazPrev, gaz[i-1])
		}
		if i+1 < n {
			addGaz(fGazNext, gaz[i+1])
		}
		if startsUpper(w) && lw != w && fz.clusters.Known(lw) {
			add(hashInt(hashStart(fCapKnownLower), boolInt(i == 0)))
		}
		add(hashInt(hashStart(fLength), min(utf8.RuneCountInString(w), 12)))
		if capsSentence {
			add(hashAdd(hashStart(fCapsSentence), lw))
		}
	}
	return hashes, append(offs, len(hashes))
}

// checkExtract compares extract, with the memo in sf as it stands, to the
// reference on words.
func checkExtract(t *testing.T, fz *featurizer, sf *sentenceFeatures, words []string) {
	t.Helper()
	fz.extract(words, sf)
	hs, offs := referenceExtract(fz, words)
	if !slices.Equal(sf.offs, offs) || !slices.Equal(sf.hashes, hs) {
		t.Fatalf("%q: memoised features differ from the reference\n got %v %x\nwant %v %x", words, sf.offs, sf.hashes, offs, hs)
	}
}

// The memoised features are those of the reference on every seed
// sentence, in a first pass (memo filling) and a second (memo full), and
// with the embedded gazetteer and without one.
func TestExtractMatchesReference(t *testing.T) {
	r := recognizer(t)
	var sents [][]string
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			var w []string
			for _, tok := range s.Tokens {
				w = append(w, tok.Text)
			}
			sents = append(sents, w)
		}
	}
	sents = append(sents,
		nil,
		[]string{"x"},
		strings.Fields("KORVAL TROOPS ENTER DUMBRIA AS TALKS STALL"),
		strings.Fields("Troops of the Velmar Front left Ostrava-Nord ; U.S. envoy Jana Kettle , 52 , said ."),
		strings.Fields("élan Ölberg ÉCOLE 12,000 km² F-16s <s> -"))
	for _, fz := range []*featurizer{&r.fz, {clusters: r.fz.clusters}, {gaz: r.model.gaz}} {
		var sf sentenceFeatures
		for pass := 0; pass < 2; pass++ {
			for _, s := range sents {
				checkExtract(t, fz, &sf, s)
			}
		}
	}
}

// A memo filled by one featurizer is not read by another: the same
// sentence buffers handed to a featurizer without clusters give that
// featurizer's features.
func TestMemoFollowsFeaturizer(t *testing.T) {
	r := recognizer(t)
	words := strings.Fields("Minister Oda Varn met troops in Berlin .")
	var sf sentenceFeatures
	checkExtract(t, &r.fz, &sf, words)
	checkExtract(t, &featurizer{}, &sf, words)
	checkExtract(t, &r.fz, &sf, words)
}

// The memo stays bounded on a long run of distinct words, and features
// stay exact across its resets.
func TestMemoBounded(t *testing.T) {
	r := recognizer(t)
	var sf sentenceFeatures
	for i := 0; i < memoMax+500; i += 50 {
		words := make([]string, 0, 50)
		for k := i; k < i+50; k++ {
			words = append(words, fmt.Sprintf("Word%d", k))
		}
		checkExtract(t, &r.fz, &sf, words)
		if len(sf.memo.index) > memoMax+50 {
			t.Fatalf("memo grew to %d words", len(sf.memo.index))
		}
	}
}

// A full memo keeps the words met more than once (here a recurring
// "Oda" among unique ones, which keeps its entry) and drops those met once, and features stay
// exact across the change.
func TestMemoKeepsFrequent(t *testing.T) {
	r := recognizer(t)
	var sf sentenceFeatures
	shrunk := false
	for i := 0; i < memoMax+500; i += 50 {
		var words []string
		for k := i; k < i+49; k++ {
			words = append(words, fmt.Sprintf("Word%d", k))
		}
		// Last: entry 49 in the first sentence; entry 0 once the memo
		// has kept it alone, where a memo emptied and refilled would
		// give it 49 again.
		words = append(words, "Oda")
		before := len(sf.memo.index)
		checkExtract(t, &r.fz, &sf, words)
		want := int32(49)
		if len(sf.memo.index) < before || shrunk {
			shrunk, want = true, 0
			if len(sf.memo.index) > memoMax/2+50 {
				t.Fatalf("memo kept %d words", len(sf.memo.index))
			}
			if _, ok := sf.memo.index["Word0"]; ok {
				t.Errorf("a word met once was kept")
			}
		}
		if k, ok := sf.memo.index["Oda"]; !ok || k != want {
			t.Fatalf("the recurring word was dropped (entry %d, %v)", k, ok)
		}
	}
	if !shrunk {
		t.Fatal("the memo never filled")
	}
}

// The memo keeps copies of the words, not slices of the caller's text,
// which would keep a whole document alive; the entries' strings are
// the copies' too.
func TestMemoCopiesWords(t *testing.T) {
	r := recognizer(t)
	text := "Envoy Jana Kettle spoke"
	words := strings.Fields(text)
	var sf sentenceFeatures
	r.fz.extract(words, &sf)
	base := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && p >= base && p < base+uintptr(len(text))
	}
	for key, k := range sf.memo.index {
		e := sf.memo.entries[k]
		if inText(key) || inText(e.lower) || inText(e.shape) {
			t.Errorf("memo entry of %q points into the caller's text", key)
		}
		if e.lower != strings.ToLower(key) {
			t.Errorf("entry of %q has lower %q", key, e.lower)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Oda Varn visited New Kestria .", "OSTRAVA SAID")
	f.Add("  \u00e9\u00e9 U.S. 's-- ", "")
	r := recognizer(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		var sf sentenceFeatures
		for _, s := range []string{a, b, a + " " + b, a} {
			checkExtract(t, &r.fz, &sf, strings.Fields(s))
		}
	})
}

// refPairEmissions is pairEmissions over the full features of a sentence,
// each looked up at each position: what the memoised sums must equal.
func refPairEmissions(m *Model, sf *sentenceFeatures, n int) (ea, eb []float32) {
	for i := 0; i < n; i++ {
		var s [2][nLabels]int32
		m.pairSums(sf.hashes[sf.offs[i]:sf.offs[i+1]], &s)
		for l := range s[0] {
			ea = append(ea, float32(s[0][l])*m.first.scale)
			eb = append(eb, float32(s[1][l])*m.scale)
		}
	}
	return ea, eb
}

// The emissions from the words' memoised sums equal those of every
// feature looked up at every position, the memo warm or cold, and a
// memo filled under one model is not read under another.
func TestPairEmissionsFromMemo(t *testing.T) {
	r := recognizer(t)
	m := r.model
	if m.first == nil {
		t.Skip("embedded model has one pass")
	}
	// other: the same features with every weight negated.
	other := *m
	other.pair.slots = slices.Clone(m.pair.slots)
	for k := range other.pair.slots {
		s := &other.pair.slots[k]
		for l := range s.a {
			s.a[l], s.b[l] = -s.a[l], -s.b[l]
		}
	}
	var sents [][]string
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			var w []string
			for _, tok := range s.Tokens {
				w = append(w, tok.Text)
			}
			sents = append(sents, w)
		}
	}
	var sf, full sentenceFeatures
	for _, model := range []*Model{m, m, &other, m} {
		for _, s := range sents {
			r.fz.extract(s, &full)
			wantA, wantB := refPairEmissions(model, &full, len(s))
			r.fz.features(s, &sf, false)
			gotA, gotB := model.pairEmissions(&sf, len(s), nil, nil)
			if !slices.Equal(gotA, wantA) || !slices.Equal(gotB, wantB) {
				t.Fatalf("%q: emissions from the memo differ", s)
			}
		}
	}
}

// BenchmarkProcessCold is BenchmarkProcess with a fresh recogniser (an
// empty word memo) for each pass over the seed articles: the words of a
// document are seen for the first time, as in a run over new articles.
func BenchmarkProcessCold(b *testing.B) {
	r := recognizer(b)
	docs := seedDocs(b)
	tokens := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		fresh := New(r.model, r.fz.clusters)
		for _, d := range docs {
			d.Entities = d.Entities[:0]
			fresh.Process(d)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/(cpuSeconds()-cpu0), "tokens/cpu-s")
}
