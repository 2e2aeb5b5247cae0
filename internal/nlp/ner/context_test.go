package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestDocumentContext(t *testing.T) {
	// "Aliyev" is the last word of a PER entity in sentence 0 and
	// untagged in sentence 1; "said" is never tagged; "Baku" is LOC once.
	sents := [][]string{
		strings.Fields("Ilham Aliyev said Baku"),
		strings.Fields("Aliyev said"),
	}
	per, iper, loc := labelIndex("B-PER"), labelIndex("I-PER"), labelIndex("B-LOC")
	labels := [][]int{{per, iper, 0, loc}, {0, 0}}
	ctx := documentContext(sents, labels)
	bit := func(code uint32, b int) bool { return code&(1<<b) != 0 }
	const tPER, tLOC = 0, 2
	cases := []struct {
		name string
		code uint32
		set  []int
	}{
		// The later "Aliyev" sees the PER elsewhere, as its last word.
		{"Aliyev in sentence 1", ctx[1][0], []int{ctxSame + tPER, ctxMajority + tPER, ctxLonger + 3*tPER + 2}},
		// The tagged "Aliyev" sees only the untagged one elsewhere.
		{"Aliyev in sentence 0", ctx[0][1], []int{ctxOnlyO}},
		{"said in sentence 0", ctx[0][2], []int{ctxOnlyO}},
		// "Baku" occurs once: no context.
		{"Baku", ctx[0][3], nil},
	}
	for _, c := range cases {
		want := map[int]bool{}
		for _, b := range c.set {
			want[b] = true
		}
		for b := 0; b < ctxBits; b++ {
			if bit(c.code, b) != want[b] {
				t.Errorf("%s: bit %d is %v, want %v (code %b)", c.name, b, bit(c.code, b), want[b], c.code)
			}
		}
	}
	if l := int(ctx[0][0]>>ctxLabel) - 1; l != per {
		t.Errorf("own label of Ilham = %d, want %d", l, per)
	}
	if l := int(ctx[1][0]>>ctxLabel) - 1; l != 0 {
		t.Errorf("own label of the later Aliyev = %d, want O", l)
	}
}

// A second-pass model over a first model learns from the document
// context, survives a write/read round trip with its first model, and a
// recogniser with a second pass gives no context of its own.
func TestTrainSecondPass(t *testing.T) {
	people := []string{"Anna Petrova", "John Smith", "Ali Hassan", "Maria Lopez"}
	var docs [][]Example
	for i := 0; i < 20; i++ {
		p := people[i%4]
		surname := strings.Fields(p)[1]
		doc := []Example{
			ExampleFromTags(strings.Fields(p+" said on Monday ."), strings.Fields("B-PER I-PER O O O O"), false),
			ExampleFromTags(strings.Fields(surname+" left ."), strings.Fields("B-PER O O"), false),
		}
		docs = append(docs, doc)
	}
	var flat []Example
	for _, d := range docs {
		flat = append(flat, d...)
	}
	first, _ := Train(flat, nil, nil, nil, TrainOptions{Epochs: 3, Seed: 1})
	fr := New(first, nil)
	var stacked []Example
	for _, d := range docs {
		words := [][]string{d[0].Words, d[1].Words}
		ctx := fr.DocumentContext(words)
		if len(ctx) != 2 || len(ctx[1]) != len(d[1].Words) {
			t.Fatalf("context shape %v", ctx)
		}
		for i, ex := range d {
			ex.Context = ctx[i]
			stacked = append(stacked, ex)
		}
	}
	second, _ := Train(stacked, nil, nil, nil, TrainOptions{Epochs: 3, Seed: 1, First: first})
	var buf bytes.Buffer
	if _, err := second.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m.first == nil || m.first.Features() == 0 || m.first.first != nil {
		t.Fatalf("first model lost in the round trip")
	}
	r := New(m, nil)
	if r.DocumentContext([][]string{{"x"}}) != nil {
		t.Error("a second-pass recogniser gave a context")
	}
	got := r.TagDocument([][]string{strings.Fields("Lena Weber said on Monday ."), strings.Fields("Weber left .")})
	if strings.Join(got[0], " ") != "B-PER I-PER O O O O" || got[1][0] != "B-PER" {
		t.Errorf("tags %v", got)
	}
}

// The embedded model on news-style held-out sets annotated by hand with
// CoNLL conventions: 50 sentences of VOA stories (testdata/voa_news.conll),
// the 218-sentence newswire test (testdata/newswire/voa_test.conll),
// the 372-sentence wire-style test with headlines, sports and companies
// (testdata/newswire/wire_test.conll) and the 168-sentence agency test
// with results, tables, markets and datelines
// (testdata/newswire/agency_test.conll) and the 241-sentence conflict
// wire test (testdata/newswire/conflict_test.conll), all never trained
// on. The floors
// guard against regressions on news text; the figures themselves are in
// the README.
func TestVOANewsFloor(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file  string
		floor float64
	}{{"testdata/voa_news.conll", 0.85}, {"testdata/newswire/voa_test.conll", 0.88}, {"testdata/newswire/wire_test.conll", 0.82}, {"testdata/newswire/agency_test.conll", 0.84}, {"testdata/newswire/conflict_test.conll", 0.88}} {
		sents, err := ReadIOBFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		s := NewScore()
		for _, doc := range Documents(sents) {
			words := make([][]string, len(doc))
			for i, sent := range doc {
				words[i] = sent.Words
			}
			for i, pred := range r.TagDocument(words) {
				s.Add(doc[i].Tags, pred)
			}
		}
		if f := s.All.F1(); f < c.floor {
			t.Errorf("%s: F1 %.4f < %.2f\n%s", c.file, f, c.floor, s)
		}
	}
}

// TestContextBuffersReused: the buffers the recogniser keeps from one
// document to the next give each document the codes a fresh computation
// gives, whether the document before was longer, shorter or shared its
// words (a count or a word left over from it would change a bit).
func TestContextBuffersReused(t *testing.T) {
	per, iper, loc := labelIndex("B-PER"), labelIndex("I-PER"), labelIndex("B-LOC")
	docs := []struct {
		sents  [][]string
		labels [][]int
	}{
		{[][]string{strings.Fields("Ilham Aliyev met Vardan Lusik in Baku"), strings.Fields("Aliyev said Baku was calm")},
			[][]int{{per, iper, 0, per, iper, 0, loc}, {per, 0, loc, 0, 0}}},
		{[][]string{strings.Fields("Aliyev said")}, [][]int{{0, 0}}},
		{[][]string{strings.Fields("Lusik spoke"), strings.Fields("Lusik and Baku"), strings.Fields("in Baku")},
			[][]int{{per, 0}, {0, 0, loc}, {0, 0}}},
		{nil, nil},
		{[][]string{strings.Fields("Aliyev said Baku")}, [][]int{{per, 0, 0}}},
	}
	var b contextBuffers
	for k, d := range docs {
		got := b.codes(d.sents, d.labels)
		want := documentContext(d.sents, d.labels)
		if len(got) != len(want) {
			t.Fatalf("document %d: %d sentences of codes, want %d", k, len(got), len(want))
		}
		for si := range want {
			if !slices.Equal(got[si], want[si]) {
				t.Errorf("document %d sentence %d: codes %v with kept buffers, %v fresh", k, si, got[si], want[si])
			}
		}
	}
}
