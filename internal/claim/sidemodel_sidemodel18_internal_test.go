package claim

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/models"
)

// loadSideModel is the embedded model at margin 0, whatever margin it
// ships with.
func loadSideModel(t testing.TB) *SideModel {
	t.Helper()
	m, err := ReadSideModel(models.Side, []byte("0"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSideModelRoundTrip: the embedded model reads, writes and reads back
// to the same choices; an untrained model and an infinite margin fill
// nothing.
func TestSideModelRoundTrip(t *testing.T) {
	m := loadSideModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadSideModel(buf.Bytes(), []byte("1e9"))
	if err != nil {
		t.Fatal(err)
	}
	if !m2.Disabled() || m2.weights != nil {
		t.Errorf("a margin of 1e9 read the weights")
	}
	m3, err := ReadSideModel(buf.Bytes(), []byte("2"))
	if err != nil {
		t.Fatal(err)
	}
	doc := analyze(t, "TEHRAN, Jan 5 - Iran's Revolutionary Guard Corps said it struck a base. The Guards said the base belonged to a militant group.", "2025-01-05")
	st := New()
	opts := st.SideOptions(doc, make([]string, len(doc.Claims)), make([]bool, len(doc.Claims)))
	for _, o := range opts {
		for _, x := range o {
			if m.Score(x.Feats) != m3.Score(x.Feats) {
				t.Fatalf("scores differ after a round trip")
			}
		}
		if m2.Choose(o) != "" {
			t.Errorf("an infinite margin filled a side")
		}
		if NewSideModel(perceptron.NewTrainer(2).Average(0), 0).Choose(o) != "" {
			t.Errorf("an untrained model filled a side")
		}
	}
	if _, err := ReadSideModel(models.Side, []byte("wide")); err == nil {
		t.Errorf("a margin that is no number was read")
	}
}

// FuzzSideModel: on any text the side model leaves every side the rules
// gave as it was, fills only with a side the article names (an entity's,
// a place's state, the dateline's or the outlet's), and fills alike
// twice.
func FuzzSideModel(f *testing.F) {
	for _, s := range []string{
		"QUETTA: Pakistan's Foreign Office said the strike was illegal. The FO said the envoy was summoned.",
		"MANILA - The coast guard said a Chinese ship fired a water cannon. He said the crew was safe.",
		"said said , he said. The ministry said, they said: Armenia said",
	} {
		f.Add(s, "")
	}
	f.Add("Officials said the talks failed.", "IRNA")
	analyze(f, "", "")
	m := loadSideModel(f)
	// at margin 0 the model fills as much as it would at any margin: the
	// invariants hold at every margin
	st := New()
	f.Fuzz(func(t *testing.T, text, outlet string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Text: text, Article: parallax.Article{Outlet: outlet}}
		actorSt.Process(doc)
		st.Process(doc)
		sides := st.FillSides(doc, m)
		if again := st.FillSides(doc, m); len(again) != len(sides) {
			t.Fatalf("two fills differ in length")
		} else {
			for i := range sides {
				if sides[i] != again[i] {
					t.Fatalf("claim %d filled %q, then %q", i, sides[i], again[i])
				}
			}
		}
		x := st.newSideContext(doc)
		named := map[string]bool{}
		for _, sd := range x.sides {
			named[sd] = true
		}
		for i, c := range doc.Claims {
			if c.Speaker.Side != "" && sides[i] != c.Speaker.Side {
				t.Fatalf("claim %d: the rules' side %q changed to %q", i, c.Speaker.Side, sides[i])
			}
			if c.Speaker.Side == "" && sides[i] != "" && !named[sides[i]] {
				t.Fatalf("claim %d filled with %q, which the article does not name", i, sides[i])
			}
		}
	})
}

// BenchmarkSideModel times the side model alone over the demo corpus's
// claims (after the actor and claim stages, not timed); compare with
// BenchmarkDemoCorpus, the claim stage's rules, and with the pipeline's
// BenchmarkAnalyze.
func BenchmarkSideModel(b *testing.B) {
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	analyze(b, "", "")
	m := loadSideModel(b)
	st := New()
	docs := make([]parallax.Document, len(arts))
	for i, a := range arts {
		docs[i] = parallax.Document{Article: a, Text: a.Body}
		docs[i].KeepDerived() // as in the pipeline: the tokens are the other stages'
		actorSt.Process(&docs[i])
		st.Process(&docs[i])
		st.FillSides(&docs[i], m)
	}
	b.ResetTimer()
	for range b.N {
		for i := range docs {
			st.FillSides(&docs[i], m)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
