package pos

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/nlp/conllu"
	"github.com/parallaxhq/parallax/internal/segment"
	"github.com/parallaxhq/parallax/internal/testutil"
)

func readFixture(t testing.TB) []conllu.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A tagger trained on a few sentences tags new combinations of their words
// and survives a write/read round trip, in one direction or both.
func TestTrainTiny(t *testing.T) {
	train := readFixture(t)
	for _, bidi := range []bool{false, true} {
		tg, err := Train(train, train, TrainOptions{Iterations: 10, Seed: 1, Bidirectional: bidi})
		if err != nil {
			t.Fatal(err)
		}
		var wb, lb bytes.Buffer
		if err := tg.Write(&wb, &lb); err != nil {
			t.Fatal(err)
		}
		tg2, err := Read(&wb, &lb)
		if err != nil {
			t.Fatal(err)
		}
		if tg2.lex.bidirectional != bidi {
			t.Errorf("bidirectional %v after the round trip, want %v", tg2.lex.bidirectional, bidi)
		}
		if len(tg2.lex.clusters) == 0 || len(tg2.lex.clusters) != len(tg.lex.clusters) {
			t.Errorf("%d clusters after the round trip, want %d", len(tg2.lex.clusters), len(tg.lex.clusters))
		}
		words := strings.Fields("The army denied the report .")
		for _, tagger := range []*Tagger{tg, tg2} {
			upos, xpos, lemmas := tagger.Tag(words)
			if got, want := strings.Join(upos, " "), "DET NOUN VERB DET NOUN PUNCT"; got != want {
				t.Errorf("bidi %v: UPOS = %q, want %q", bidi, got, want)
			}
			if got, want := strings.Join(xpos, " "), "DT NN VBD DT NN ."; got != want {
				t.Errorf("bidi %v: XPOS = %q, want %q", bidi, got, want)
			}
			if got, want := strings.Join(lemmas, " "), "the army deny the report ."; got != want {
				t.Errorf("bidi %v: lemmas = %q, want %q", bidi, got, want)
			}
		}
		if sc := Evaluate(tg2, train); sc.UPOS() < 0.99 {
			t.Errorf("bidi %v: training-set UPOS accuracy %.2f", bidi, sc.UPOS())
		}
	}
}

// The two directions' features must not share weights: the tagger adds
// their scores as two separate opinions.
func TestDirectionsApart(t *testing.T) {
	lex := &lexicon{amb: map[string]string{}, clusters: map[string]string{"army": "0110"}}
	var c sentenceContext
	c.reset(strings.Fields("The army denied the report ."), lex)
	for i := range c.hashes {
		fwd := map[uint64]bool{}
		for _, f := range c.features(nil, i, hashStart, hashStart, false) {
			fwd[f] = true
		}
		for _, f := range c.features(nil, i, hashStart, hashStart, true) {
			if fwd[f] {
				t.Fatalf("word %d: feature %x in both directions", i, f)
			}
		}
	}
}

// The memo of word hashes belongs to one lexicon: a context reused with
// another must not serve the first one's ambiguity classes.
func TestMemoFollowsLexicon(t *testing.T) {
	a := &lexicon{amb: map[string]string{"report": "NN"}}
	b := &lexicon{amb: map[string]string{"report": "NN|VB"}, sure: map[string]int32{"report": 3}}
	var c sentenceContext
	words := strings.Fields("the report")
	c.reset(words, a)
	ha, sa := c.hashes[1], c.sure[1]
	c.reset(words, b)
	if c.hashes[1].amb == ha.amb || c.sure[1] == sa || c.sure[1] != 3 {
		t.Errorf("memo kept the first lexicon's entry (amb %x/%x, sure %d/%d)", ha.amb, c.hashes[1].amb, sa, c.sure[1])
	}
	c.reset(words, a)
	if c.hashes[1] != ha || c.sure[1] != -1 {
		t.Errorf("hashes differ on the same lexicon")
	}
}

func TestClusters(t *testing.T) {
	lex := &lexicon{clusters: map[string]string{"troops": "0110", "US": "111", "us": "000"}}
	cases := []struct{ word, want string }{
		{"troops", "0110"},
		{"Troops", "0110"}, // sentence-initial: the lower-cased word's cluster
		{"US", "111"},      // its own case first
		{"us", "000"},
		{"tanks", ""},
	}
	for _, c := range cases {
		if got := lex.cluster(c.word, strings.ToLower(c.word)); got != c.want {
			t.Errorf("cluster(%q) = %q, want %q", c.word, got, c.want)
		}
	}
	for _, c := range []struct {
		path string
		n    int
		want string
	}{{"0110101", 4, "0110"}, {"01", 4, "01"}, {"", 6, ""}} {
		if got := clusterPrefix(c.path, c.n); got != c.want {
			t.Errorf("clusterPrefix(%q, %d) = %q, want %q", c.path, c.n, got, c.want)
		}
	}
	gz := func(s string) *bytes.Buffer {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return &b
	}
	m, err := readClusters(gz("0110\ttroops\n0111\tsoldiers\n"))
	if err != nil || len(m) != 2 || m["soldiers"] != "0111" {
		t.Errorf("readClusters = %v, %v", m, err)
	}
	for _, bad := range []string{"0110 troops\n", "01a\ttroops\n", "\ttroops\n"} {
		if _, err := readClusters(gz(bad)); err == nil {
			t.Errorf("readClusters(%q): no error", bad)
		}
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(strings.NewReader("not gzip"), strings.NewReader("")); err == nil {
		t.Error("no error for a bad weights file")
	}
}

func TestLemmaRules(t *testing.T) {
	lt := lemmaTable{
		seen: map[lemmaKey]string{{"shot", "VBD"}: "shoot"},
		exc:  map[lemmaKey]string{{"ran", "v"}: "run", {"children", "n"}: "child", {"better", "a"}: "good"},
		base: map[lemmaKey]struct{}{},
	}
	for _, b := range []string{"v stop", "v make", "v fire", "v carry", "v bomb", "v push", "v die", "a big", "a large", "a happy"} {
		tag, word, _ := strings.Cut(b, " ")
		lt.base[lemmaKey{word, tag}] = struct{}{}
	}
	cases := []struct{ word, xpos, want string }{
		{"Shot", "VBD", "shoot"},
		{"ran", "VBD", "run"},
		{"stopped", "VBD", "stop"},
		{"making", "VBG", "make"},
		{"fired", "VBN", "fire"},
		{"carried", "VBD", "carry"},
		{"bombed", "VBD", "bomb"},
		{"pushes", "VBZ", "push"},
		{"dying", "VBG", "die"},
		{"says", "VBZ", "say"},
		{"armies", "NNS", "army"},
		{"children", "NNS", "child"},
		{"churches", "NNS", "church"},
		{"policemen", "NNS", "policeman"},
		{"bigger", "JJR", "big"},
		{"largest", "JJS", "large"},
		{"happier", "JJR", "happy"},
		{"better", "JJR", "good"},
		{"Macron", "NNP", "Macron"},
		{"Armenians", "NNPS", "Armenian"},
		{"The", "DT", "the"},
		{"1,200", "CD", "1,200"},
	}
	for _, c := range cases {
		if got := lt.lemma(c.word, c.xpos); got != c.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", c.word, c.xpos, got, c.want)
		}
	}
}

func TestShapeAndNormalize(t *testing.T) {
	cases := []struct{ in, shape, norm string }{
		{"McCain", "XxXx", "mccain"},
		{"3.5", "d.d", "!DIGITS"},
		{"2020", "d", "!YEAR"},
		{"U.S.", "X.X.", "u.s."},
		{"F-16", "X-d", "!ALNUM16"},
		{"Ереван", "Xx", "ереван"},
	}
	for _, c := range cases {
		if got := shape(c.in); got != c.shape {
			t.Errorf("shape(%q) = %q, want %q", c.in, got, c.shape)
		}
		if got := normalize(c.in, strings.ToLower(c.in)); got != c.norm {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.norm)
		}
	}
}

func TestGoldenSeeds(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		doc.Sentences = segment.Segment(doc.Text)
		tg.Process(doc)
		out.WriteString("## " + a.ID + "\n")
		for _, s := range doc.Sentences {
			for _, tk := range s.Tokens {
				out.WriteString(tk.Text + "\t" + tk.UPOS + "\t" + tk.XPOS + "\t" + tk.Lemma + "\n")
			}
			out.WriteString("\n")
		}
	}
	testutil.Golden(t, "seeds.tsv", []byte(out.String()))
}

func FuzzTag(f *testing.F) {
	tg, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The army denied the report .")
	f.Add("")
	f.Add("\x00 \u200b ﷽ 𝔘𝔫𝔦 1,2,3 ... --- ''")
	f.Add(strings.Repeat("x", 5000))
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		words := strings.Split(in, " ")
		upos, xpos, lemmas := tg.Tag(words)
		if len(upos) != len(words) || len(xpos) != len(words) || len(lemmas) != len(words) {
			t.Fatalf("lengths %d/%d/%d for %d words", len(upos), len(xpos), len(lemmas), len(words))
		}
		for i := range words {
			if upos[i] == "" || xpos[i] == "" {
				t.Fatalf("word %d (%q) untagged", i, words[i])
			}
		}
		doc := &parallax.Document{Text: in}
		doc.Sentences = segment.Segment(in)
		tg.Process(doc)
		for _, s := range doc.Sentences {
			for _, tk := range s.Tokens {
				if tk.Start < 0 || tk.End > len(in) || tk.UPOS == "" {
					t.Fatalf("bad token %+v", tk)
				}
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkTag measures tagging speed in tokens per second on the seeds.
func BenchmarkTag(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	a, err := testutilSeeds()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*parallax.Document
	tokens := 0
	for _, art := range a {
		d := &parallax.Document{Text: art.Body}
		d.Sentences = segment.Segment(d.Text)
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
		docs = append(docs, d)
	}
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			tg.Process(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}
