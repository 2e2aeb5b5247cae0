package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/attrib"
	"github.com/parallaxhq/parallax/internal/claim"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// targetSide trains the claim stage's side model (internal/claim,
// sidemodel.go) on the development golds' claims, each with the rules'
// side hidden, measures it by leave-one-gold-out cross-validation (the
// figures the README quotes), chooses the margin there, and writes the
// model trained on every gold into models/side.bin.gz and the margin into
// models/side.margin.txt. Only development golds: never heldout2 or
// wiregold12.
func targetSide() target {
	return target{
		order:   61,
		outputs: []string{"models/side.bin.gz", "models/side.margin.txt"},
		summary: "learned speaker-side model (development golds, leave-one-gold-out CV) → models/side.bin.gz",
		run:     trainSide,
	}
}

// sideGolds are the development golds the side model learns from.
var sideGolds = []string{"seeds", "devgold", "devgold2", "devgold3", "devgold4", "heldout", "xdoc", "xdoc2", "xdoc3",
	"wiregold1", "wiregold2", "wiregold3", "wiregold4", "wiregold5", "wiregold6", "wiregold7", "wiregold8", "wiregold9", "wiregold10", "wiregold11"}

var (
	sideEmptyWeight = envInt("PARALLAX_SIDE_EMPTY_WEIGHT", 1)
	sideEpochs      = envInt("PARALLAX_SIDE_EPOCHS", sideEpochsDefault)
)

const (
	sideEpochsDefault = 5
	// sideFloor: the margin chosen is never below it, so that a fold's
	// noise does not make the model fill near-ties.
	sideFloor = 0
	// sideMinGain: the fewest claims the cross-validation must gain
	sideMinGain = 5
)

// sideMargins are the margins the cross-validation compares.
var sideMargins = []float32{0, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 1e9}

type sideGoldClaim struct {
	Article, Anchor, Side, Stance, Actor string
}

// sideDoc is one analysed article of a gold, its claims' options and
// labels (the index of the gold side among the options, -1 when no gold
// claim aligns unambiguously or the gold side is not among them).
type sideDoc struct {
	doc    *parallax.Document
	golds  []sideGoldClaim
	opts   [][]claim.SideOption
	labels []int
}

type sideSet struct {
	name string
	docs []*sideDoc
}

func loadSideSet(name, articles, gold string, p *pipeline.Pipeline, cs *claim.Stage) (*sideSet, error) {
	var g struct{ Claims []sideGoldClaim }
	data, err := os.ReadFile(gold)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", gold, err)
	}
	byArt := map[string][]sideGoldClaim{}
	for _, c := range g.Claims {
		c.Anchor = attrib.Norm(c.Anchor)
		byArt[c.Article] = append(byArt[c.Article], c)
	}
	var arts []parallax.Article
	var bad error
	ingest.Read([]string{articles}, ingest.Options{Workers: 1}, func(a parallax.Article) { arts = append(arts, a) },
		func(e *ingest.Error) { bad = e })
	if bad != nil {
		return nil, bad
	}
	set := &sideSet{name: name, docs: make([]*sideDoc, len(arts))}
	var wg sync.WaitGroup
	work := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				d := &sideDoc{doc: p.Analyze(arts[i]), golds: byArt[arts[i].ID]}
				sideExamples(d, cs)
				set.docs[i] = d
			}
		}()
	}
	for i := range arts {
		work <- i
	}
	close(work)
	wg.Wait()
	return set, nil
}

// sideExamples reads d's options and labels. The options see the other
// claims' sides as the model would leave them if it were right: the rules'
// sides, and the gold's where the rules left none.
func sideExamples(d *sideDoc, cs *claim.Stage) {
	n := len(d.doc.Claims)
	sides, empty := make([]string, n), make([]bool, n)
	for i := range d.doc.Claims {
		sides[i] = d.doc.Claims[i].Speaker.Side
		empty[i] = sides[i] == ""
	}
	d.opts = cs.SideOptions(d.doc, sides, empty)
	d.labels = sideLabels(d)
	for i, l := range d.labels {
		if empty[i] && l > 0 {
			sides[i] = d.opts[i][l].Side
		}
	}
	d.opts = cs.SideOptions(d.doc, sides, empty)
}

// sideLabels aligns each claim with the gold claims whose anchor its
// sentence holds (the scorer's rule); a claim whose gold claims disagree
// on the side is left unlabelled.
func sideLabels(d *sideDoc) []int {
	out := make([]int, len(d.doc.Claims))
	for i := range d.doc.Claims {
		out[i] = -1
		sent := attrib.Norm(attrib.ClaimSentence(d.doc, &d.doc.Claims[i]))
		side, n := "", 0
		for _, g := range d.golds {
			if !strings.Contains(sent, g.Anchor) {
				continue
			}
			sd := attrib.SideOf(g.Side)
			if n > 0 && sd != side {
				n = -1
				break
			}
			side, n = sd, n+1
		}
		if n <= 0 {
			continue
		}
		for k, o := range d.opts[i] {
			if attrib.SideOf(o.Side) == side {
				out[i] = k
				break
			}
		}
	}
	return out
}

// trainSideModel trains the ranker on every labelled claim of docs.
//
// emptyWeight is how many times a claim the rules leave without a side
// counts, against once for a claim they give one: the model is applied
// only to the first kind. 0 trains on the first kind only.
func trainSideModel(docs []*sideDoc, seed int64, emptyWeight int) *perceptron.Model {
	type ex struct {
		opts  []claim.SideOption
		truth int
	}
	var exs []ex
	for _, d := range docs {
		for i, l := range d.labels {
			if l < 0 || len(d.opts[i]) < 2 {
				continue
			}
			n := 1
			switch {
			case d.doc.Claims[i].Speaker.Side == "":
				n = max(emptyWeight, 1)
			case emptyWeight == 0:
				n = 0
			case emptyWeight < 0:
				// the rules' sides not read off the speaker's own phrase
				if strings.Contains(d.opts[i][l].Why, "phrase") {
					n = 0
				}
			}
			for range n {
				exs = append(exs, ex{d.opts[i], l})
			}
		}
	}
	t := perceptron.NewTrainer(2)
	rng := rand.New(rand.NewSource(seed))
	for range sideEpochs {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, e := range exs {
			t.Tick()
			guess, best := -1, float32(0)
			for k, o := range e.opts {
				if sc := claim.SideScore(t.Score, o.Feats); guess < 0 || sc > best {
					guess, best = k, sc
				}
			}
			if guess != e.truth {
				t.Update(e.opts[e.truth].Feats, 0, 1)
				t.Update(e.opts[guess].Feats, 1, 0)
			}
		}
	}
	return t.Average(0)
}

// sideTally is one gold's cross-validated figures at one margin.
type sideTally struct {
	empty, fillRight, fillWrong, fillUnjudged int
	rightBefore, rightAfter, total            int
}

func (a *sideTally) add(b sideTally) {
	a.empty += b.empty
	a.fillRight += b.fillRight
	a.fillWrong += b.fillWrong
	a.fillUnjudged += b.fillUnjudged
	a.rightBefore += b.rightBefore
	a.rightAfter += b.rightAfter
	a.total += b.total
}

// evalSide applies m at margin to the claims of docs that the rules leave
// without a side and tallies the fills and the scorer's claims-right line.
func evalSide(docs []*sideDoc, cs *claim.Stage, m *claim.SideModel) sideTally {
	var t sideTally
	for _, d := range docs {
		claims := d.doc.Claims
		after := make([]parallax.Claim, len(claims))
		copy(after, claims)
		filled := cs.FillSides(d.doc, m)
		for i := range claims {
			if claims[i].Speaker.Side != "" {
				continue
			}
			t.empty++
			sd := filled[i]
			if l := d.labels[i]; l > 0 && sd == "" && sideDebug(m) {
				fmt.Printf("MISS %s %q cue %q gold %s | %s\n", d.doc.Article.ID, claims[i].Speaker.Text, claims[i].Cue.Text, d.opts[i][l].Side, sideWhy(m, d.opts[i]))
			}
			if sd == "" {
				continue
			}
			after[i].Speaker.Side = sd
			if sideDebug(m) {
				gs := "?"
				if l := d.labels[i]; l >= 0 {
					gs = d.opts[i][l].Side
				}
				fmt.Printf("FILL %s %q cue %q gold %s fill %s | %s\n", d.doc.Article.ID, claims[i].Speaker.Text, claims[i].Cue.Text, gs, sd, sideWhy(m, d.opts[i]))
			}
			switch l := d.labels[i]; {
			case l < 0 && !sideJudged(d, i):
				t.fillUnjudged++
			case l >= 0 && d.opts[i][l].Side == sd:
				t.fillRight++
			default:
				t.fillWrong++
			}
		}
		t.rightBefore += sideRight(d.doc, d.golds, claims)
		t.rightAfter += sideRight(d.doc, d.golds, after)
		t.total += len(d.golds)
	}
	return t
}

// sideGoldSide is the side of the one gold claim aligned with claim i
// ("" when none or several).
func sideGoldSide(d *sideDoc, i int) string {
	sent := attrib.Norm(attrib.ClaimSentence(d.doc, &d.doc.Claims[i]))
	out, n := "", 0
	for _, g := range d.golds {
		if strings.Contains(sent, g.Anchor) {
			out, n = attrib.SideOf(g.Side), n+1
		}
	}
	if n != 1 {
		return ""
	}
	return out
}

// sideJudged: some gold anchor lies in claim i's sentence.
func sideJudged(d *sideDoc, i int) bool {
	sent := attrib.Norm(attrib.ClaimSentence(d.doc, &d.doc.Claims[i]))
	for _, g := range d.golds {
		if strings.Contains(sent, g.Anchor) {
			return true
		}
	}
	return false
}

// sideRight is the scorer's claims right count: each gold claim takes the
// first unused claim whose sentence holds its anchor and whose side and
// stance (and actor, where the gold has one) agree.
func sideRight(doc *parallax.Document, golds []sideGoldClaim, claims []parallax.Claim) int {
	used := make([]bool, len(claims))
	sents := make([]string, len(claims))
	for i := range claims {
		sents[i] = attrib.Norm(attrib.ClaimSentence(doc, &claims[i]))
	}
	right := 0
	for _, g := range golds {
		for i := range claims {
			c := &claims[i]
			if used[i] || !strings.Contains(sents[i], g.Anchor) {
				continue
			}
			if attrib.SideOf(c.Speaker.Side) != attrib.SideOf(g.Side) || c.Stance != g.Stance {
				continue
			}
			if g.Actor != "" && attrib.Norm(c.Speaker.Actor) != attrib.Norm(g.Actor) {
				continue
			}
			used[i] = true
			right++
			break
		}
	}
	return right
}

func trainSide(o options) error {
	p, err := pipeline.New(pipeline.Options{NoSideModel: true})
	if err != nil {
		return err
	}
	cs := claim.New()
	var sets []*sideSet
	for _, g := range sideGolds {
		articles, gold := filepath.Join("testdata", g, "articles.jsonl"), filepath.Join("testdata", g, "gold.json")
		if g == "seeds" {
			dir := filepath.Join(filepath.Dir(o.shared), "corpus", "seeds")
			articles, gold = filepath.Join(dir, "seeds.jsonl"), filepath.Join(dir, "gold.json")
		}
		s, err := loadSideSet(g, articles, gold, p, cs)
		if err != nil {
			return fmt.Errorf("%s: %w", g, err)
		}
		sets = append(sets, s)
	}
	labelled, reach := 0, 0
	for _, s := range sets {
		for _, d := range s.docs {
			for i, l := range d.labels {
				if l >= 0 {
					labelled++
					if len(d.opts[i]) > 1 {
						reach++
					}
				}
			}
		}
	}
	fmt.Printf("labelled claims %d (%d with a side to choose)\n", labelled, reach)
	// what the rules leave empty, by what the gold says
	var emptyNone, emptySide, emptyMissing, emptyUnlabelled int
	for _, s := range sets {
		for _, d := range s.docs {
			for i, l := range d.labels {
				if d.doc.Claims[i].Speaker.Side != "" {
					continue
				}
				switch {
				case l == 0:
					emptyNone++
				case l > 0:
					emptySide++
				case sideGoldSide(d, i) != "":
					emptyMissing++
				default:
					emptyUnlabelled++
				}
			}
		}
	}
	fmt.Printf("claims the rules leave without a side: gold none %d, gold side among the options %d, gold side not among them %d, unaligned %d\n", emptyNone, emptySide, emptyMissing, emptyUnlabelled)
	// the ceiling: every empty side filled with the gold's
	oracleBefore, oracleAfter := 0, 0
	for _, s := range sets {
		for _, d := range s.docs {
			after := append([]parallax.Claim(nil), d.doc.Claims...)
			for i := range after {
				if l := d.labels[i]; after[i].Speaker.Side == "" && l > 0 {
					after[i].Speaker.Side = d.opts[i][l].Side
				}
			}
			oracleBefore += sideRight(d.doc, d.golds, d.doc.Claims)
			oracleAfter += sideRight(d.doc, d.golds, after)
		}
	}
	fmt.Printf("ceiling (every empty side the gold's): claims right %d -> %d\n", oracleBefore, oracleAfter)
	// leave one gold out
	folds := make([][]sideTally, len(sets)) // gold -> margin -> tally
	for gi, s := range sets {
		var train []*sideDoc
		for gj, o := range sets {
			if gj != gi {
				train = append(train, o.docs...)
			}
		}
		w := trainSideModel(train, o.seed, sideEmptyWeight)
		folds[gi] = make([]sideTally, len(sideMargins))
		for mi, mg := range sideMargins {
			folds[gi][mi] = evalSide(s.docs, cs, claim.NewSideModel(w, mg))
		}
	}
	fmt.Println("cross-validated, summed over golds:")
	fmt.Println("  margin  fills right/wrong/unjudged  claims right before -> after")
	best, shown := len(sideMargins)-1, 0
	bestGain, bestWrong := 0, 0
	for mi, mg := range sideMargins {
		var sum sideTally
		for gi := range sets {
			sum.add(folds[gi][mi])
		}
		gain := sum.rightAfter - sum.rightBefore
		fmt.Printf("  %6.1f  %4d / %4d / %4d             %d -> %d (%+d)\n", mg, sum.fillRight, sum.fillWrong, sum.fillUnjudged, sum.rightBefore, sum.rightAfter, gain)
		// the model ships only at a margin where it clearly helps: at
		// least sideMinGain claims more right, and no more wrong fills
		// than a third of the judged ones (a wrong fill costs more than
		// the claims line shows: the counts and contradictions the claim
		// carries take its side too); the best such margin by gain, then
		// by fewer wrong fills
		judged := sum.fillRight + sum.fillWrong
		if mg >= sideFloor && gain >= sideMinGain && 3*sum.fillWrong <= judged && (gain > bestGain || gain == bestGain && sum.fillWrong < bestWrong) {
			best, bestGain, bestWrong = mi, gain, sum.fillWrong
		}
	}
	if sideMargins[best] >= 1e9 {
		fmt.Println("no margin gains 5 claims with wrong fills at most a third of those judged: the model ships disabled (margin 1e9); at the margin of the largest gain, per gold:")
		for mi := range sideMargins {
			var sum sideTally
			for gi := range sets {
				sum.add(folds[gi][mi])
			}
			if g := sum.rightAfter - sum.rightBefore; g > bestGain {
				bestGain, shown = g, mi
			}
		}
	} else {
		shown = best
	}
	fmt.Printf("margin %.1f; per gold (held out in turn):\n", sideMargins[shown])
	fmt.Println("  gold         empty  right  wrong  unjudged  claims right")
	var sum sideTally
	for gi, s := range sets {
		t := folds[gi][shown]
		sum.add(t)
		fmt.Printf("  %-11s %5d  %5d  %5d  %8d  %d -> %d of %d\n", s.name, t.empty, t.fillRight, t.fillWrong, t.fillUnjudged, t.rightBefore, t.rightAfter, t.total)
	}
	fmt.Printf("  %-11s %5d  %5d  %5d  %8d  %d -> %d of %d\n", "all", sum.empty, sum.fillRight, sum.fillWrong, sum.fillUnjudged, sum.rightBefore, sum.rightAfter, sum.total)
	// PARALLAX_SIDE_EXCLUDE (names, comma-separated) leaves golds out of
	// the written model, for an out-of-sample measure of them with the
	// whole pipeline (measure.sh)
	var all []*sideDoc
	exclude := strings.Split(os.Getenv("PARALLAX_SIDE_EXCLUDE"), ",")
	for _, s := range sets {
		if !slices.Contains(exclude, s.name) {
			all = append(all, s.docs...)
		}
	}
	w := trainSideModel(all, o.seed, sideEmptyWeight)
	fmt.Printf("model: %d features\n", w.Features())
	f, err := os.Create(o.out(filepath.Join("models", "side.bin.gz")))
	if err != nil {
		return err
	}
	if err := claim.NewSideModel(w, sideMargins[best]).Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	margin := fmt.Sprintf("%g\n", sideMargins[best])
	if sideMargins[best] >= 1e9 {
		margin = "1e9\n" // the cross-validation rejects every margin: the model fills nothing
	}
	return os.WriteFile(o.out(filepath.Join("models", "side.margin.txt")), []byte(margin), 0o644)
}

// envInt reads an integer setting of the trainer's experiments.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// sideWhy lists options with their scores, for the debugging listing.
func sideWhy(m *claim.SideModel, opts []claim.SideOption) string {
	var b strings.Builder
	for _, o := range opts {
		fmt.Fprintf(&b, "%s %.1f [%s]; ", o.Side, m.Score(o.Feats), o.Why)
	}
	return b.String()
}

// sideDebug: list fills and misses at the margin PARALLAX_SIDE_DEBUG names.
func sideDebug(m *claim.SideModel) bool {
	v := os.Getenv("PARALLAX_SIDE_DEBUG")
	return v != "" && v == strconv.FormatFloat(float64(m.Margin), 'g', -1, 32)
}
