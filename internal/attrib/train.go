package attrib

import (
	"math/rand"
	"regexp"
	"strings"

	"github.com/parallaxhq/parallax"
	"golang.org/x/text/unicode/norm"
)

// Gold is one hand-annotated claim (the golds' format): an anchor that is
// a substring of the cue's sentence, the speaker's side and stance, and
// the canonical actor where the speaker is a named person.
type Gold struct {
	Anchor, Side, Stance, Actor string
}

var spaces = regexp.MustCompile(`\s+`)

// Norm normalises text as the scorer does: NFKC, straight quotes, lower
// case, collapsed white space.
func Norm(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u00ab", `"`, "\u00bb", `"`).Replace(s)
	return strings.TrimSpace(strings.ToLower(spaces.ReplaceAllString(s, " ")))
}

var sideAliases = map[string]string{"ISIL": "ISIS", "IS": "ISIS", "DAESH": "ISIS", "ALSHABAAB": "ALSHABAB",
	"SHABAB": "ALSHABAB", "UN": "UNO", "ARTSAKH": "NKR", "PAL": "PSE"}

// SideOf folds a side code's aliases as the scorer does.
func SideOf(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if a, ok := sideAliases[s]; ok {
		return a
	}
	return s
}

// Accepts reports whether a speaker with this actor and side is right for
// g (the scorer's test, stance aside).
func (g Gold) Accepts(actor, side string) bool {
	if SideOf(side) != SideOf(g.Side) {
		return false
	}
	return g.Actor == "" || Norm(actor) == Norm(g.Actor)
}

// Match pairs gold claims with doc's claims as the scorer does: each gold
// takes the first unused claim whose sentence holds its anchor and that ok
// accepts. It returns, for each gold, the claim index or -1, and whether
// any claim's sentence held the anchor.
func Match(doc *parallax.Document, golds []Gold, ok func(g Gold, c *parallax.Claim) bool) (idx []int, found []bool) {
	sents := make([]string, len(doc.Claims))
	for i := range doc.Claims {
		sents[i] = Norm(ClaimSentence(doc, &doc.Claims[i]))
	}
	used := make([]bool, len(doc.Claims))
	idx, found = make([]int, len(golds)), make([]bool, len(golds))
	for gi, g := range golds {
		idx[gi] = -1
		a := Norm(g.Anchor)
		for ci := range doc.Claims {
			if !strings.Contains(sents[ci], a) {
				continue
			}
			found[gi] = true
			if !used[ci] && ok(g, &doc.Claims[ci]) {
				used[ci] = true
				idx[gi] = ci
				break
			}
		}
	}
	return idx, found
}

// ClaimSentence is the sentence a report gives claim c: its own, else
// the one that holds its cue.
func ClaimSentence(doc *parallax.Document, c *parallax.Claim) string {
	if c.Sentence != "" {
		return c.Sentence
	}
	return doc.SentenceText(c.Cue.Start)
}

// Example is one claim's candidates as features, and which of them a gold
// claim accepts.
type Example struct {
	Feats [][]uint64
	Pos   []bool
}

// Examples derives supervision from doc and its gold claims: each gold is
// paired with the claim whose sentence holds its anchor (one with the same
// stance whose cue lies in the anchor first), and the candidates whose
// actor and side the gold accepts are positive. Claims with no positive
// candidate teach nothing and are left out.
func Examples(doc *parallax.Document, golds []Gold, useRule bool) []Example {
	idx := pairGolds(doc, golds)
	m := &Model{Policy: Policy{UseRule: useRule}}
	ds := m.Decide(doc)
	var out []Example
	for gi, ci := range idx {
		if ci < 0 {
			continue
		}
		cands := ds[ci].Cands
		x := claimContext(doc, &doc.Claims[ci], cands)
		ex := Example{Pos: make([]bool, len(cands))}
		any := false
		for k := range cands {
			ex.Pos[k] = golds[gi].Accepts(cands[k].Actor, cands[k].Side)
			any = any || ex.Pos[k]
			ex.Feats = append(ex.Feats, features(&x, cands, k, useRule, nil))
		}
		if any {
			out = append(out, ex)
		}
	}
	return out
}

// pairGolds pairs each gold with the claim whose sentence holds its
// anchor (one with the same stance whose cue lies in the anchor first);
// -1 for none.
func pairGolds(doc *parallax.Document, golds []Gold) []int {
	pair := func(strict bool) func(g Gold, c *parallax.Claim) bool {
		return func(g Gold, c *parallax.Claim) bool {
			if c.Stance != g.Stance {
				return false
			}
			return !strict || strings.Contains(Norm(g.Anchor), Norm(c.Cue.Text))
		}
	}
	idx, _ := Match(doc, golds, pair(true))
	taken := map[int]bool{}
	for _, ci := range idx {
		if ci >= 0 {
			taken[ci] = true
		}
	}
	// golds whose anchor misses the cue: the one claim left in the sentence
	loose, _ := Match(doc, golds, pair(false))
	for gi := range idx {
		if idx[gi] < 0 && loose[gi] >= 0 && !taken[loose[gi]] {
			idx[gi] = loose[gi]
			taken[loose[gi]] = true
		}
	}
	return idx
}

// Train fits an averaged ranking perceptron: for each example the best
// positive candidate is pulled up and the model's best guess, when it is
// not positive, pushed down.
func Train(exs []Example, epochs int, seed int64, p Policy) *Model {
	return &Model{W: fit(exs, epochs, seed), Policy: p}
}

// fit is the averaged ranking perceptron of Train.
func fit(exs []Example, epochs int, seed int64) map[uint64]float32 {
	w := map[uint64]float64{}
	sum := map[uint64]float64{} // sum of weights over time, for averaging
	last := map[uint64]int{}
	t := 0
	upd := func(f uint64, d float64) {
		sum[f] += w[f] * float64(t-last[f])
		last[f] = t
		w[f] += d
	}
	score := func(fs []uint64) float64 {
		s := 0.0
		for _, f := range fs {
			s += w[f]
		}
		return s
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := exs[i]
			t++
			g, b := -1, 0
			var gs, bs float64
			for k, fs := range ex.Feats {
				s := score(fs)
				if ex.Pos[k] && (g < 0 || s > gs) {
					g, gs = k, s
				}
				if k == 0 || s > bs {
					b, bs = k, s
				}
			}
			if g < 0 || ex.Pos[b] {
				continue
			}
			for _, f := range ex.Feats[g] {
				upd(f, 1)
			}
			for _, f := range ex.Feats[b] {
				upd(f, -1)
			}
		}
	}
	out := map[uint64]float32{}
	for f := range w {
		s := sum[f] + w[f]*float64(t-last[f])
		if v := s / float64(max(t, 1)); v != 0 {
			out[f] = float32(v)
		}
	}
	return out
}

// TrainSides fits the side filler's weights into m and sets its policy.
func TrainSides(m *Model, exs []Example, epochs int, seed int64) {
	m.S = fit(exs, epochs, seed)
	m.Policy.FillSides = true
}
