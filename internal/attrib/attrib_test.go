package attrib_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/attrib"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/testutil"
)

var (
	pipeOnce sync.Once
	rulesP   *pipeline.Pipeline // the default pipeline: rules alone
	pipeErr  error
)

// rules returns the default pipeline (loaded once for all tests); the
// model is applied by the tests themselves.
func rules(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { rulesP, pipeErr = pipeline.Default() })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return rulesP
}

func model(t testing.TB) *attrib.Model {
	t.Helper()
	m, err := attrib.Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func analyze(t testing.TB, text string) *parallax.Document {
	t.Helper()
	return rules(t).Analyze(parallax.Article{ID: "t", Published: "2024-05-02", Body: text})
}

// TestCandidates: for invented sentences, the candidates of the claim
// carry the syntax the ranker reads: the null candidate first, the cue's
// subject marked, the addressee of "told" marked as its object, and the
// rules' own speaker marked.
func TestCandidates(t *testing.T) {
	cases := []struct {
		text, cue      string
		subj, obj, rul string // candidate texts expected so marked ("" = no check)
	}{
		{"Defence Minister Karel Varga told reporters that two convoys had been hit near Oblast.", "told", "Karel Varga", "", "Karel Varga"},
		{"The Ruritanian army said on Monday that its units repelled an attack near the border.", "said", "", "", ""},
		{"Interior Minister Lena Sorvik told Reuters the curfew would be lifted.", "told", "Lena Sorvik", "Reuters", ""},
	}
	for _, tc := range cases {
		doc := analyze(t, tc.text)
		ci := -1
		for i, c := range doc.Claims {
			if c.Cue.Text == tc.cue {
				ci = i
			}
		}
		if ci < 0 {
			t.Errorf("%q: no claim with cue %q", tc.text, tc.cue)
			continue
		}
		cands := attrib.Candidates(doc, ci, nil)
		if cands[0].Src != attrib.SrcNull || cands[0].Start >= 0 {
			t.Errorf("%q: first candidate %+v, want the null one", tc.text, cands[0])
		}
		find := func(text string) *attrib.Candidate {
			for k := range cands {
				if cands[k].Text == text {
					return &cands[k]
				}
			}
			return nil
		}
		rule := 0
		for _, cd := range cands {
			if cd.Rule {
				rule++
			}
			if cd.Start >= 0 && (cd.Start < 0 || cd.End > len(doc.Text) || doc.Text[cd.Start:cd.End] != cd.Text) {
				t.Errorf("%q: candidate span %d-%d does not hold %q", tc.text, cd.Start, cd.End, cd.Text)
			}
		}
		if rule > 1 {
			t.Errorf("%q: %d candidates marked as the rules' choice", tc.text, rule)
		}
		if tc.subj != "" {
			if c := find(tc.subj); c == nil || !c.Subj || !c.BeforeCue || c.Path != "nsubj>|" {
				t.Errorf("%q: subject %q: %+v", tc.text, tc.subj, c)
			}
		}
		if tc.obj != "" {
			if c := find(tc.obj); c == nil || !c.Obj || c.BeforeCue {
				t.Errorf("%q: object %q: %+v", tc.text, tc.obj, c)
			}
		}
		if tc.rul != "" {
			if c := find(tc.rul); c == nil || !c.Rule {
				t.Errorf("%q: rules' speaker %q not marked: %+v", tc.text, tc.rul, c)
			}
		}
	}
}

// TestPolicyKeepsSidedSpeakers: under a policy that speaks only where the
// rules gave no side, no claim whose speaker has a side changes; the
// shipped weights are run with that policy and with none, on the seeds and
// an invented story, and the unrestricted run must change something (else
// the test could not fail).
func TestPolicyKeepsSidedSpeakers(t *testing.T) {
	docs := []*parallax.Document{analyze(t, "The Ruritanian army said on Monday that its units repelled an attack. Witnesses said the shelling went on all night. Defence Minister Karel Varga told reporters the town was calm.")}
	for _, a := range testutil.Seeds(t) {
		docs = append(docs, rules(t).Analyze(a))
	}
	w := model(t).W
	changed := 0
	for _, doc := range docs {
		before := append([]parallax.Claim(nil), doc.Claims...)
		(&attrib.Model{W: w, Policy: attrib.Policy{UseRule: true, OnlyEmpty: true}}).Apply(doc)
		for i := range doc.Claims {
			if before[i].Speaker.Side != "" && doc.Claims[i].Speaker != before[i].Speaker {
				t.Errorf("claim %d: sided speaker changed %+v -> %+v", i, before[i].Speaker, doc.Claims[i].Speaker)
			}
		}
		copy(doc.Claims, before)
		(&attrib.Model{W: w, Policy: attrib.Policy{UseRule: false}}).Apply(doc)
		for i := range doc.Claims {
			if doc.Claims[i].Speaker != before[i].Speaker {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Error("the unrestricted policy changed nothing either: the test shows nothing")
	}
}

// TestZeroModelChangesNothing: a model with no weights ties every
// candidate, and ties go to the rules' choice.
func TestZeroModelChangesNothing(t *testing.T) {
	for _, a := range testutil.Seeds(t) {
		doc := rules(t).Analyze(a)
		before := append([]parallax.Claim(nil), doc.Claims...)
		(&attrib.Model{Policy: attrib.Policy{UseRule: true}}).Apply(doc)
		for i := range doc.Claims {
			if doc.Claims[i] != before[i] {
				t.Fatalf("%s: claim %d changed by a zero model: %+v -> %+v", a.ID, i, before[i].Speaker, doc.Claims[i].Speaker)
			}
		}
	}
}

// TestTrainLearns: on examples where the positive candidate always has
// one feature and the others another, the trained ranker picks the
// positive one; shuffled labels (the first candidate positive) it cannot
// tell apart from the feature it never saw do not break it.
func TestTrainLearns(t *testing.T) {
	var exs []attrib.Example
	for i := 0; i < 40; i++ {
		pos := i % 3
		ex := attrib.Example{Pos: make([]bool, 3)}
		for k := 0; k < 3; k++ {
			f := uint64(100 + i%5) // noise shared by all candidates
			if k == pos {
				ex.Feats = append(ex.Feats, []uint64{1, f})
			} else {
				ex.Feats = append(ex.Feats, []uint64{2, f})
			}
			ex.Pos[k] = k == pos
		}
		exs = append(exs, ex)
	}
	m := attrib.Train(exs, 5, 1, attrib.Policy{})
	if !(m.W[1] > m.W[2]) {
		t.Fatalf("weights %v: the positive feature should outweigh the negative one", m.W)
	}
}

// TestGoldenSeeds records the speakers the shipped model gives the seed
// articles' claims (-update rewrites testdata/golden/seeds.txt).
func TestGoldenSeeds(t *testing.T) {
	m := model(t)
	var b strings.Builder
	for _, a := range testutil.Seeds(t) {
		doc := rules(t).Analyze(a)
		m.Apply(doc)
		fmt.Fprintf(&b, "== %s\n", a.ID)
		for _, c := range doc.Claims {
			fmt.Fprintf(&b, "%s %q | speaker %q -> %s (%s)\n", c.Stance, c.Cue.Text, c.Speaker.Text, c.Speaker.Actor, c.Speaker.Side)
		}
	}
	testutil.Golden(t, "seeds.txt", []byte(b.String()))
}

// FuzzApply: on any UTF-8 text, the model does not panic and every
// speaker it leaves has a span inside the text that holds its words.
func FuzzApply(f *testing.F) {
	for _, s := range []string{
		"“We will hold the line,” he said. The ministry denied it, according to officials.",
		"said told according to , “ ” he she they",
		"Colonel Ivo Marsh, a spokesman for the brigade, said two drones were downed. He added that none fell on homes.",
		"",
	} {
		f.Add(s)
	}
	m := model(f)
	rules(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := rules(t).Analyze(parallax.Article{ID: "f", Body: text})
		m.Apply(doc)
		for _, c := range doc.Claims {
			sp := c.Speaker
			if sp.Text == "" {
				continue
			}
			if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End || doc.Text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("speaker %+v outside the text or not its words", sp)
			}
		}
	})
}

// BenchmarkApply measures the model over the seed articles' claims (the
// rules' analysis done once, outside the timing).
func BenchmarkApply(b *testing.B) {
	m := model(b)
	var docs []*parallax.Document
	var claims [][]parallax.Claim
	for _, a := range testutil.Seeds(b) {
		d := rules(b).Analyze(a)
		docs = append(docs, d)
		claims = append(claims, append([]parallax.Claim(nil), d.Claims...))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			copy(d.Claims, claims[j])
			m.Apply(d)
		}
	}
}

// BenchmarkLoad measures loading the embedded model.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := attrib.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
