package parse

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
	"github.com/parallaxhq/parallax/internal/segment"
	"github.com/parallaxhq/parallax/internal/testutil"
)

func fixture(t testing.TB) []Example {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	var exs []Example
	for _, s := range sents {
		var ex Example
		for _, w := range s.Words {
			ex.Words = append(ex.Words, w.Form)
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
			ex.Heads = append(ex.Heads, w.Head)
			ex.Rels = append(ex.Rels, w.Deprel)
		}
		exs = append(exs, ex)
	}
	return exs
}

// checkTree fails unless heads form one tree over the words with a single
// root and every relation is set.
func checkTree(t testing.TB, heads []int, rels []string) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(heads) || h == i+1 {
			t.Fatalf("word %d has head %d", i+1, h)
		}
		if h == 0 {
			roots++
		}
		if rels[i] == "" {
			t.Fatalf("word %d has no relation", i+1)
		}
		// Walk up: a cycle would never reach the root.
		k, steps := i+1, 0
		for k != 0 {
			k = heads[k-1]
			if steps++; steps > len(heads) {
				t.Fatalf("cycle through word %d: %v", i+1, heads)
			}
		}
	}
	if len(heads) > 0 && roots != 1 {
		t.Fatalf("%d roots: %v", roots, heads)
	}
}

func TestTrainTiny(t *testing.T) {
	exs := fixture(t)
	p, err := Train(exs, exs, TrainOptions{Iterations: 15, Seed: 1, Explore: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	var wb, lb bytes.Buffer
	if err := p.Write(&wb, &lb); err != nil {
		t.Fatal(err)
	}
	p2, err := Read(&wb, &lb)
	if err != nil {
		t.Fatal(err)
	}
	if sc := Evaluate(p2, exs); sc.LAS() < 0.99 {
		t.Errorf("training-set LAS %.2f", sc.LAS())
	}
	words := strings.Fields("The army denied the report .")
	heads, rels := p2.Parse(words, strings.Fields("DET NOUN VERB DET NOUN PUNCT"), strings.Fields("DT NN VBD DT NN ."))
	checkTree(t, heads, rels)
	if got, want := strconvInts(heads), "2 3 0 5 3 3"; got != want {
		t.Errorf("heads = %s, want %s", got, want)
	}
	if got, want := strings.Join(rels, " "), "det nsubj root det obj punct"; got != want {
		t.Errorf("relations = %q, want %q", got, want)
	}
}

func strconvInts(a []int) string {
	var s []string
	for _, x := range a {
		s = append(s, strconv.Itoa(x))
	}
	return strings.Join(s, " ")
}

// randomProjective makes a random projective tree over n words: each span
// picks a head and recursively splits the rest.
func randomProjective(rng *rand.Rand, n int) []int {
	heads := make([]int, n) // 0-based heads, -1 root
	var build func(lo, hi, parent int)
	build = func(lo, hi, parent int) {
		if lo >= hi {
			return
		}
		h := lo + rng.IntN(hi-lo)
		heads[h] = parent
		build(lo, h, h)
		build(h+1, hi, h)
	}
	build(0, n, -1)
	return heads
}

// Following the cheapest transition from the start rebuilds any
// projective tree exactly, and the oracle never reports a cost above zero
// on the way: the dynamic oracle is correct on its home ground.
func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		n := 1 + rng.IntN(25)
		h0 := randomProjective(rng, n)
		goldHead := make([]int, n)
		goldRel := make([]int, n)
		for i, h := range h0 {
			goldHead[i] = h
			if h < 0 {
				goldHead[i] = n
			}
			goldRel[i] = rng.IntN(3)
		}
		var c config
		c.reset(n)
		scores := make([]float32, 1+2*3)
		for !c.terminal() {
			for i := range scores {
				scores[i] = rng.Float32()
			}
			gold, minCost, _ := oracle(&c, scores, goldHead, goldRel, shift)
			if minCost != 0 {
				t.Fatalf("trial %d: cost %d on a projective tree %v", trial, minCost, h0)
			}
			c.apply(gold)
		}
		for i := range n {
			if c.heads[i] != goldHead[i] || c.rels[i] != goldRel[i] {
				t.Fatalf("trial %d: word %d got head %d/%d, want %d/%d", trial, i, c.heads[i], c.rels[i], goldHead[i], goldRel[i])
			}
		}
	}
}

// From a configuration reached by random transitions, the cheapest next
// transition must keep the best reachable tree: following the oracle from
// there loses exactly the arcs that the random prefix made unreachable.
func TestOracleAfterErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 300; trial++ {
		n := 2 + rng.IntN(15)
		h0 := randomProjective(rng, n)
		goldHead := make([]int, n)
		goldRel := make([]int, n)
		for i, h := range h0 {
			goldHead[i] = h
			if h < 0 {
				goldHead[i] = n
			}
		}
		var c config
		c.reset(n)
		scores := make([]float32, 3)
		lost := 0
		for !c.terminal() {
			for i := range scores {
				scores[i] = rng.Float32()
			}
			next := bestValid(&c, scores)
			gold, minCost, predCost := oracle(&c, scores, goldHead, goldRel, next)
			if rng.IntN(4) != 0 {
				next, predCost = gold, minCost
			}
			lost += predCost
			c.apply(next)
		}
		wrong := 0
		for i := range n {
			if c.heads[i] != goldHead[i] {
				wrong++
			}
		}
		if wrong != lost {
			t.Fatalf("trial %d: %d wrong arcs but the oracle counted %d lost", trial, wrong, lost)
		}
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(strings.NewReader("x"), strings.NewReader("det\n")); err == nil {
		t.Error("no error for bad weights")
	}
}

func taggedSeeds(t testing.TB) []*parallax.Document {
	tg, err := pos.Load()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*parallax.Document
	for _, a := range arts {
		d := &parallax.Document{Article: a, Text: a.Body}
		d.Sentences = segment.Segment(d.Text)
		tg.Process(d)
		docs = append(docs, d)
	}
	return docs
}

func TestGoldenSeeds(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, d := range taggedSeeds(t) {
		p.Process(d)
		out.WriteString("## " + d.Article.ID + "\n")
		for _, s := range d.Sentences {
			heads := make([]int, len(s.Tokens))
			rels := make([]string, len(s.Tokens))
			for i, tk := range s.Tokens {
				heads[i], rels[i] = tk.Head, tk.Rel
				out.WriteString(strconv.Itoa(i+1) + "\t" + tk.Text + "\t" + tk.XPOS + "\t" + strconv.Itoa(tk.Head) + "\t" + tk.Rel + "\n")
			}
			checkTree(t, heads, rels)
			out.WriteString("\n")
		}
	}
	testutil.Golden(t, "seeds.conll", []byte(out.String()))
}

func FuzzParse(f *testing.F) {
	p, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The army denied the report .", "DT NN VBD DT NN .")
	f.Add("", "")
	f.Add("\x00 \u200b ﷽ 𝔘𝔫𝔦 1,2,3 ... --- ''", "NN")
	f.Add(strings.Repeat("x ", 3000), "")
	f.Fuzz(func(t *testing.T, in, tags string) {
		if !utf8.ValidString(in) {
			return
		}
		words := strings.Split(in, " ")
		xpos := strings.Split(tags, " ")
		heads, rels := p.Parse(words, nil, xpos)
		if len(heads) != len(words) || len(rels) != len(words) {
			t.Fatalf("%d heads, %d relations for %d words", len(heads), len(rels), len(words))
		}
		checkTree(t, heads, rels)
	})
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkParse measures parsing speed on the tagged demo corpus (news
// articles: seeds, VOA, Wikinews, re3d); tokens/cpu-s is the per-core
// figure (the wall-clock one counts other processes on a shared machine).
func BenchmarkParse(b *testing.B) {
	p, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := taggedDemo(b)
	tokens := countTokens(docs)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			p.Process(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}

// countTokens is the number of tokens of docs, for benchmarks' tokens per
// second.
func countTokens(docs []*parallax.Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Tokens)
		}
	}
	return n
}

// taggedDemo is the demo corpus segmented and tagged, ready to parse.
func taggedDemo(t testing.TB) []*parallax.Document {
	tg, err := pos.Load()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*parallax.Document, 0, len(arts))
	for _, a := range arts {
		d := &parallax.Document{Article: a, Text: a.Body}
		d.Sentences = segment.Segment(d.Text)
		tg.Process(d)
		docs = append(docs, d)
	}
	return docs
}
