package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/attrib"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// targetAttrib trains the learned speaker model of internal/attrib on the
// project's own development golds (the seeds, testdata/devgold,
// testdata/devgold2; never the held-out golds), compares it with the rules
// by cross-validation across golds and over articles, and writes the model
// with the policy that scored best into models/attrib.bin.gz.
func targetAttrib() target {
	return target{
		order:   60,
		outputs: []string{"models/attrib.bin.gz"},
		summary: "learned claim speaker model (seeds + devgold + devgold2) → models/attrib.bin.gz",
		run:     trainAttrib,
	}
}

// attribSet is one gold: its articles analysed by the rules and its claims.
type attribSet struct {
	name  string
	docs  []*parallax.Document
	golds map[string][]attrib.Gold
}

func loadAttribSet(name, articles, gold string, p *pipeline.Pipeline) (*attribSet, error) {
	var g struct {
		Claims []struct {
			Article, Anchor, Side, Stance, Actor string
		}
	}
	data, err := os.ReadFile(gold)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", gold, err)
	}
	set := &attribSet{name: name, golds: map[string][]attrib.Gold{}}
	for _, c := range g.Claims {
		set.golds[c.Article] = append(set.golds[c.Article], attrib.Gold{Anchor: c.Anchor, Side: c.Side, Stance: c.Stance, Actor: c.Actor})
	}
	var bad error
	ingest.Read([]string{articles}, ingest.Options{Workers: 1}, func(a parallax.Article) {
		if _, ok := set.golds[a.ID]; ok {
			set.docs = append(set.docs, p.Analyze(a))
		}
	}, func(e *ingest.Error) { bad = e })
	return set, bad
}

// attribScore is the scorer's claims figure over some articles.
type attribScore struct{ right, total, used, judged int }

func (s *attribScore) add(o attribScore) {
	s.right += o.right
	s.total += o.total
	s.used += o.used
	s.judged += o.judged
}

func (s attribScore) String() string {
	r, p := float64(s.right)/float64(max(s.total, 1)), float64(s.used)/float64(max(s.judged, 1))
	return fmt.Sprintf("R %.3f (%d/%d) P %.3f", r, s.right, s.total, p)
}

func (s attribScore) f1() float64 {
	r, p := float64(s.right)/float64(max(s.total, 1)), float64(s.used)/float64(max(s.judged, 1))
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

// scoreDoc scores doc's claims against its golds, with m applied (nil: the
// rules alone); doc is left as it was.
func scoreDoc(doc *parallax.Document, golds []attrib.Gold, m *attrib.Model) attribScore {
	saved := append([]parallax.Claim(nil), doc.Claims...)
	defer func() { doc.Claims = saved }()
	if m != nil {
		doc.Claims = append([]parallax.Claim(nil), saved...)
		m.Apply(doc)
	}
	idx, _ := attrib.Match(doc, golds, func(g attrib.Gold, c *parallax.Claim) bool {
		return c.Stance == g.Stance && g.Accepts(c.Speaker.Actor, c.Speaker.Side)
	})
	s := attribScore{total: len(golds)}
	for _, ci := range idx {
		if ci >= 0 {
			s.right++
			s.used++
		}
	}
	for i := range doc.Claims {
		sent := attrib.Norm(attrib.ClaimSentence(doc, &doc.Claims[i]))
		for _, g := range golds {
			if bytes.Contains([]byte(sent), []byte(attrib.Norm(g.Anchor))) {
				s.judged++
				break
			}
		}
	}
	return s
}

type attribDoc struct {
	doc   *parallax.Document
	golds []attrib.Gold
}

// attribVariant is one way of combining the model with the rules.
type attribVariant struct {
	name   string
	policy attrib.Policy
}

func attribVariants() []attribVariant {
	return []attribVariant{
		{"b: model alone", attrib.Policy{}},
		{"c1: model where rules give no side", attrib.Policy{OnlyEmpty: true}},
		{"c4: model, margin 2", attrib.Policy{Margin: 2}},
		{"d: model with rule features", attrib.Policy{UseRule: true}},
		{"d1: rule features, no side only", attrib.Policy{UseRule: true, OnlyEmpty: true}},
		{"s0: rules + side filler", attrib.Policy{Margin: 1e9, FillSides: true}},
		{"s2: rules + side filler, margin 2", attrib.Policy{Margin: 1e9, FillSides: true, SideMargin: 2}},
		{"s5: rules + side filler, margin 5", attrib.Policy{Margin: 1e9, FillSides: true, SideMargin: 5}},
		{"s10: rules + side filler, margin 10", attrib.Policy{Margin: 1e9, FillSides: true, SideMargin: 10}},
		{"s20: rules + side filler, margin 20", attrib.Policy{Margin: 1e9, FillSides: true, SideMargin: 20}},
		{"d1+s5: d1 + side filler, margin 5", attrib.Policy{UseRule: true, OnlyEmpty: true, FillSides: true, SideMargin: 5}},
		{"d1+s10: d1 + side filler, margin 10", attrib.Policy{UseRule: true, OnlyEmpty: true, FillSides: true, SideMargin: 10}},
	}
}

const attribEpochs = 5

func trainOn(train []attribDoc, p attrib.Policy, seed int64) *attrib.Model {
	var exs []attrib.Example
	for _, d := range train {
		exs = append(exs, attrib.Examples(d.doc, d.golds, p.UseRule)...)
	}
	m := attrib.Train(exs, attribEpochs, seed, p)
	if p.FillSides {
		var sx []attrib.Example
		for _, d := range train {
			sx = append(sx, attrib.SideExamples(d.doc, d.golds, p.AllSides)...)
		}
		attrib.TrainSides(m, sx, attribEpochs, seed)
	}
	return m
}

// evalFold returns the rules' score and each variant's on test.
func evalFold(train, test []attribDoc, seed int64) (attribScore, []attribScore) {
	var rules attribScore
	for _, d := range test {
		rules.add(scoreDoc(d.doc, d.golds, nil))
	}
	vs := attribVariants()
	out := make([]attribScore, len(vs))
	models := map[[2]bool]*attrib.Model{}
	for vi, v := range vs {
		key := [2]bool{v.policy.UseRule, v.policy.AllSides}
		m, ok := models[key]
		if !ok {
			m = trainOn(train, attrib.Policy{UseRule: v.policy.UseRule, FillSides: true, AllSides: v.policy.AllSides}, seed)
			models[key] = m
		}
		mv := &attrib.Model{W: m.W, S: m.S, Policy: v.policy}
		for _, d := range test {
			out[vi].add(scoreDoc(d.doc, d.golds, mv))
		}
	}
	return rules, out
}

func attribDocs(sets ...*attribSet) []attribDoc {
	var out []attribDoc
	for _, s := range sets {
		for _, d := range s.docs {
			out = append(out, attribDoc{d, s.golds[d.Article.ID]})
		}
	}
	return out
}

func trainAttrib(o options) error {
	p, err := pipeline.Default()
	if err != nil {
		return err
	}
	seeds := filepath.Join(filepath.Dir(o.shared), "corpus", "seeds")
	sd, err := loadAttribSet("seeds", filepath.Join(seeds, "seeds.jsonl"), filepath.Join(seeds, "gold.json"), p)
	if err != nil {
		return err
	}
	d1, err := loadAttribSet("devgold", filepath.Join("testdata", "devgold", "articles.jsonl"), filepath.Join("testdata", "devgold", "gold.json"), p)
	if err != nil {
		return err
	}
	d2, err := loadAttribSet("devgold2", filepath.Join("testdata", "devgold2", "articles.jsonl"), filepath.Join("testdata", "devgold2", "gold.json"), p)
	if err != nil {
		return err
	}
	vs := attribVariants()
	report := func(title string, rules attribScore, out []attribScore) {
		fmt.Printf("%s\n  a: rules alone                        %s\n", title, rules)
		for vi, v := range vs {
			fmt.Printf("  %-38s %s\n", v.name, out[vi])
		}
	}
	if os.Getenv("PARALLAX_ATTRIB_DEBUG") != "" {
		m := trainOn(attribDocs(sd, d1), attrib.Policy{}, o.seed)
		for _, d := range attribDocs(d2) {
			attribDebug(d, m)
		}
	}
	r, out := evalFold(attribDocs(sd, d1), attribDocs(d2), o.seed)
	report("train seeds+devgold, test devgold2", r, out)
	r, out = evalFold(attribDocs(sd, d2), attribDocs(d1), o.seed)
	report("train seeds+devgold2, test devgold", r, out)

	// article-level 5-fold over the union, folds by a hash of the id
	all := attribDocs(sd, d1, d2)
	var rules attribScore
	sum := make([]attribScore, len(vs))
	for f := 0; f < 5; f++ {
		var train, test []attribDoc
		for _, d := range all {
			h := fnv.New32a()
			h.Write([]byte(d.doc.Article.ID))
			if int(h.Sum32()%5) == f {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		r, out := evalFold(train, test, o.seed)
		rules.add(r)
		for i := range out {
			sum[i].add(out[i])
		}
	}
	report("article 5-fold over seeds+devgold+devgold2", rules, sum)

	// The shipped policy is d1 (the model speaks only where the rules give
	// no side, with features of what the rules chose): in the 5-fold it
	// is within 0.01 F1 of the best variant, and in the one test on text
	// the rules had never seen (the rules of commit 97df43c, from before
	// devgold2 was written, on devgold2; see the report of session 6) it
	// was the only kind of variant that lost nothing against the rules,
	// while the side filler and the model alone lost 2 to 4 claims.
	shipped := attribVariant{"d1: rule features, no side only", attrib.Policy{UseRule: true, OnlyEmpty: true}}
	for vi, v := range vs {
		if v.policy == shipped.policy {
			fmt.Printf("shipped: %s (5-fold F1 %.3f; rules %.3f)\n", v.name, sum[vi].f1(), rules.f1())
		}
	}
	bestV := shipped
	m := trainOn(all, bestV.policy, o.seed)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return err
	}
	path := o.out(filepath.Join("models", "attrib.bin.gz"))
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	var self attribScore
	for _, d := range all {
		self.add(scoreDoc(d.doc, d.golds, m))
	}
	fmt.Printf("%s: %d weights, %d bytes; on its own training data %s\n", path, len(m.W), buf.Len(), self)
	return nil
}

// attribDebug prints the golds of d where the model and the rules differ
// in being right (a diagnostic for feature work, PARALLAX_ATTRIB_DEBUG=1).
func attribDebug(d attribDoc, m *attrib.Model) {
	ok := func(g attrib.Gold, c *parallax.Claim) bool {
		return c.Stance == g.Stance && g.Accepts(c.Speaker.Actor, c.Speaker.Side)
	}
	ruleIdx, _ := attrib.Match(d.doc, d.golds, ok)
	ds := m.Decide(d.doc)
	saved := append([]parallax.Claim(nil), d.doc.Claims...)
	m.Apply(d.doc)
	modIdx, _ := attrib.Match(d.doc, d.golds, ok)
	d.doc.Claims = saved
	for gi, g := range d.golds {
		if (ruleIdx[gi] >= 0) == (modIdx[gi] >= 0) {
			continue
		}
		fmt.Printf("--- %s rules=%v model=%v gold side=%q actor=%q\n    %s\n", d.doc.Article.ID, ruleIdx[gi] >= 0, modIdx[gi] >= 0, g.Side, g.Actor, g.Anchor)
		a := attrib.Norm(g.Anchor)
		for ci := range d.doc.Claims {
			c := &d.doc.Claims[ci]
			if !bytes.Contains([]byte(attrib.Norm(attrib.ClaimSentence(d.doc, c))), []byte(a)) {
				continue
			}
			fmt.Printf("    claim cue=%q rule=%q/%s/%s\n", c.Cue.Text, c.Speaker.Text, c.Speaker.Actor, c.Speaker.Side)
			dc := ds[ci]
			for k, cd := range dc.Cands {
				mark := " "
				if k == dc.Best {
					mark = "*"
				}
				fmt.Printf("     %s %6.2f %-8s %-12s %-30q %s/%s path=%s pos=%v/%d/%d subj=%v\n", mark, dc.Scores[k], cd.Src, cd.Kind, cd.Text, cd.Actor, cd.Side, cd.Path, cd.BeforeCue, cd.Dist, cd.Back, cd.Subj)
			}
		}
	}
}
