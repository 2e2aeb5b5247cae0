package claim

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/actor"
	"github.com/parallaxhq/parallax/internal/dateline"
	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// The side model gives a side to the speakers the rules leave without one
// ("a coast guard spokesman", "the province's deputy governor", "the
// FO"). It ranks "no side" against the sides the article names (its
// actors' and entities' sides, the states of its places and of its
// dateline, the outlet's), each described only by how it relates to the
// speaker: named inside the speaker's phrase, the dateline's state, the
// side of the last speaker, of the sentence before, how near and how often
// it is named, the side of the body whose name shares the speaker's noun.
// No feature names a side code, so what it learns carries to conflicts the
// golds do not cover. Trained by `go run ./cmd/parallax-train side` on the
// development golds' claims with the rules' side hidden.

// SideModel is the trained ranker and the margin its choice must clear
// over "no side" to be taken.
type SideModel struct {
	weights *perceptron.Model
	// Margin: a side replaces "none" only when it scores this much higher.
	Margin float32
}

// NewSideModel wraps trained weights (two classes: the score is the first
// minus the second, see SideScore) with margin.
func NewSideModel(w *perceptron.Model, margin float32) *SideModel {
	return &SideModel{weights: w, Margin: margin}
}

// ReadSideModel reads weights written by perceptron.Model.Write and the
// margin (a decimal number, the text of models/side.margin.txt). A
// disabled margin (Disabled) leaves the weights unread: the model fills
// nothing, and the pipeline leaves it out.
func ReadSideModel(weights, margin []byte) (*SideModel, error) {
	mg, err := strconv.ParseFloat(strings.TrimSpace(string(margin)), 32)
	if err != nil {
		return nil, fmt.Errorf("side model margin: %w", err)
	}
	m := &SideModel{Margin: float32(mg)}
	if m.Disabled() {
		return m, nil
	}
	w, err := perceptron.Read(bytes.NewReader(weights))
	if err != nil {
		return nil, fmt.Errorf("side model: %w", err)
	}
	if w.NClasses != 2 {
		return nil, fmt.Errorf("side model: %d classes, want 2", w.NClasses)
	}
	m.weights = w
	return m, nil
}

// Disabled: the margin is so high (1e9, the trainer's mark for a model
// the cross-validation rejected) that the model fills nothing; the
// pipeline then leaves it out.
func (m *SideModel) Disabled() bool { return m.Margin >= 1e9 }

// Write stores the weights (the margin is kept apart, as text).
func (m *SideModel) Write(w io.Writer) error { return m.weights.Write(w) }

// SideScore is an option's score under weights w: the first class's sum
// minus the second's (the trainer moves a right option's features up the
// first and a wrong one's up the second).
func SideScore(score func([]uint64, []float32), feats []uint64) float32 {
	var s [2]float32
	score(feats, s[:])
	return s[0] - s[1]
}

// WithSideModel returns s with m filling the sides the rules leave empty;
// nil leaves them empty (the rules only).
func (s *Stage) WithSideModel(m *SideModel) *Stage {
	s.sideModel = m
	return s
}

// SideOption is one side a claim's speaker may have ("" for none) and the
// features that describe it.
type SideOption struct {
	Side  string
	Feats []uint64
	// Why names the relations the option's features describe (for the
	// trainer's listings)
	Why string
}

// fillSides gives each claim whose speaker has no side the side the model
// ranks first, when it clears the margin over none (FillSides).
func (s *Stage) fillSides(doc *parallax.Document) {
	if s.sideModel == nil {
		return
	}
	for i, sd := range s.FillSides(doc, s.sideModel) {
		doc.Claims[i].Speaker.Side = sd
	}
}

// FillSides returns the side of every claim of doc once m has filled those
// the rules leave empty, without changing doc. It goes through the claims
// in text order, so that a claim's options see the sides filled before it
// ("He added" after the official the model placed).
func (s *Stage) FillSides(doc *parallax.Document, m *SideModel) []string {
	sides := make([]string, len(doc.Claims))
	var empty []int
	for i := range doc.Claims {
		sides[i] = doc.Claims[i].Speaker.Side
		if sides[i] == "" {
			empty = append(empty, i)
		}
	}
	if len(empty) == 0 {
		return sides
	}
	sort.SliceStable(empty, func(a, b int) bool { return doc.Claims[empty[a]].Cue.Start < doc.Claims[empty[b]].Cue.Start })
	x := s.newSideContext(doc)
	for _, ci := range empty {
		sides[ci] = m.Choose(x.options(ci, sides, true))
	}
	return sides
}

// Score is an option's score.
func (m *SideModel) Score(feats []uint64) float32 { return SideScore(m.weights.Score, feats) }

// Choose returns the side of opts ranked first, or "" when none is, or
// when it does not clear the margin over none (opts[0]).
func (m *SideModel) Choose(opts []SideOption) string {
	if len(opts) < 2 || m.weights == nil {
		return ""
	}
	none := SideScore(m.weights.Score, opts[0].Feats)
	best, bestScore := "", none
	for _, o := range opts[1:] {
		if sc := SideScore(m.weights.Score, o.Feats); sc > bestScore {
			best, bestScore = o.Side, sc
		}
	}
	if best == "" || bestScore-none < m.Margin {
		return ""
	}
	return best
}

// SideOptions lists, for every claim of doc, its side options: none first,
// then the article's sides. The claim's own side is not read (training
// hides it); the other claims' are read from sides (len(doc.Claims): the
// sides the rules gave, or the trainer's gold sides). empty[i] says that
// the rules left claim i without a side (the claims the model fills).
func (s *Stage) SideOptions(doc *parallax.Document, sides []string, empty []bool) [][]SideOption {
	x := s.newSideContext(doc)
	out := make([][]SideOption, len(doc.Claims))
	for i := range doc.Claims {
		out[i] = x.options(i, sides, empty[i])
	}
	return out
}

// sideMention is a mention that carries a side: an entity with a side, or
// a place in a state.
type sideMention struct {
	parallax.Span
	side  string
	place bool
	sent  int
}

// sideContext is what the options of one document's claims share.
type sideContext struct {
	doc      *parallax.Document
	st       *Stage
	toks     []actor.Tok
	mentions []sideMention // in text order
	sides    []string      // the candidate sides, most named first
	rank     map[string]int
	first    string // the side named first
	count    map[string]int
	dateline string // the dateline's state
	outlet   string // the side of the outlet's organisation
	title    map[string]bool
	topPlace string // the state most of the places lie in
	// nounSides: a word of a sided entity's name ("guard" of "the China
	// Coast Guard") -> the sides of the entities named with it
	nounSides map[string]map[string]bool
	states    map[string]bool // the sides that are states (Stage.stateSides)
}

// stateSides is the set of the sides that are states, built once.
func (s *Stage) stateSides() map[string]bool {
	s.statesOnce.Do(func() {
		s.states = map[string]bool{}
		for _, sd := range s.sideOfISO2 {
			s.states[sd] = true
		}
	})
	return s.states
}

func (s *Stage) newSideContext(doc *parallax.Document) *sideContext {
	x := &sideContext{doc: doc, st: s, toks: actor.DocTokens(doc), rank: map[string]int{}, count: map[string]int{},
		title: map[string]bool{}, nounSides: map[string]map[string]bool{}, states: s.stateSides()}
	for _, e := range doc.Entities {
		if e.Side == "" {
			continue
		}
		x.mentions = append(x.mentions, sideMention{Span: parallax.Span{Start: e.Start, End: e.End}, side: e.Side, sent: doc.SentenceIndex(e.Start)})
		x.count[e.Side]++
		for _, w := range strings.Fields(strings.ToLower(e.Text)) {
			w = strings.Trim(w, ".,'\"()")
			if len(w) < 3 || sideStopWords[w] {
				continue
			}
			w = nounStem(w)
			if x.nounSides[w] == nil {
				x.nounSides[w] = map[string]bool{}
			}
			x.nounSides[w][e.Side] = true
		}
	}
	placeCount := map[string]int{}
	for _, p := range doc.Places {
		sd := s.sideOfISO2[p.Country]
		if sd == "" {
			continue
		}
		x.mentions = append(x.mentions, sideMention{Span: parallax.Span{Start: p.Start, End: p.End}, side: sd, place: true, sent: doc.SentenceIndex(p.Start)})
		placeCount[sd]++
	}
	sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].Start < x.mentions[j].Start })
	if len(x.mentions) > 0 {
		x.first = x.mentions[0].side
	}
	x.topPlace = topSide(placeCount)
	if ds := dateline.Of(doc); len(ds) > 0 && ds[0].Start < 200 {
		d := ds[0]
		for _, m := range x.mentions {
			if m.place && d.Contains(m.Span) {
				x.dateline = m.side
			}
		}
		if x.dateline == "" {
			for _, sp := range d.Places {
				if cw, ok := s.countryWords[strings.ToLower(doc.Text[sp.Start:sp.End])]; ok {
					x.dateline = cw.side
				}
			}
		}
	}
	outlet := strings.ToLower(strings.TrimSpace(doc.Article.Outlet))
	if outlet != "" {
		x.outlet = s.agencySides[outlet]
	}
	for _, w := range strings.FieldsFunc(doc.Article.Title, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '\'' || r == '"' }) {
		if cw, ok := s.countryWords[strings.ToLower(w)]; ok {
			x.title[cw.side] = true
		}
	}
	// candidate sides: every side named, most named first (places count
	// too), then the dateline's, the outlet's
	all := map[string]int{}
	for _, m := range x.mentions {
		all[m.side]++
	}
	for _, sd := range []string{x.dateline, x.outlet} {
		if sd != "" {
			all[sd] += 0
		}
	}
	for sd := range all {
		x.sides = append(x.sides, sd)
	}
	sort.Slice(x.sides, func(i, j int) bool {
		a, b := all[x.sides[i]], all[x.sides[j]]
		if a != b {
			return a > b
		}
		return x.sides[i] < x.sides[j]
	})
	for i, sd := range x.sides {
		x.rank[sd] = i + 1
	}
	return x
}

// topSide is the side with the highest count, "" when none (ties: the
// first in code order, for determinism).
func topSide(c map[string]int) string {
	best, n := "", 0
	for sd, k := range c {
		if k > n || k == n && sd < best {
			best, n = sd, k
		}
	}
	return best
}

// sideStopWords are words of names that tell no body from another.
var sideStopWords = map[string]bool{"the": true, "and": true, "for": true, "of": true, "de": true, "al": true}

// speakerWords are the lower-case words of the speaker's phrase and its
// head (the last word), "" when nothing names the speaker.
func (x *sideContext) speakerWords(c *parallax.Claim) (words []string, toks []actor.Tok) {
	if c.Speaker.Text == "" || c.Speaker.End <= c.Speaker.Start {
		return nil, nil
	}
	i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].End > c.Speaker.Start })
	for ; i < len(x.toks) && x.toks[i].Start < c.Speaker.End; i++ {
		if x.toks[i].Word {
			words = append(words, x.toks[i].Norm)
			toks = append(toks, x.toks[i])
		}
	}
	return words, toks
}

var pronounWords = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "him": true, "her": true, "them": true, "who": true}

// options lists claim ci's side options with their features; sides are
// every claim's sides as known (claim ci's is not read), empty says that
// the rules left ci without one.
func (x *sideContext) options(ci int, sides []string, empty bool) []SideOption {
	c := &x.doc.Claims[ci]
	words, toks := x.speakerWords(c)
	head := "<none>"
	kind := "none"
	switch {
	case len(words) == 0:
	case len(words) == 1 && pronounWords[words[0]]:
		head, kind = words[0], "pron"
	default:
		head, kind = words[len(words)-1], "phrase"
		if c.Speaker.Actor != "" {
			kind = "actor"
		}
	}
	// the phrase's other words, states folded: "chinese coast guard
	// spokesman" -> <state> coast guard
	var mods []string
	phraseSides := map[string]bool{}
	for k, w := range words {
		if cw, ok := x.st.countryWords[w]; ok {
			phraseSides[cw.side] = true
			w = "<state>"
		} else if toks[k].Cap && k > 0 {
			w = "<cap>"
		}
		if k < len(words)-1 && len(mods) < 5 {
			mods = append(mods, w)
		}
	}
	sp := parallax.Span{Start: c.Speaker.Start, End: c.Speaker.End}
	for _, m := range x.mentions {
		if len(words) > 0 && sp.Contains(m.Span) {
			phraseSides[m.side] = true
		}
	}
	cueSent := x.doc.SentenceIndex(c.Cue.Start)
	at := c.Cue.Start
	if len(words) > 0 && c.Speaker.Start < at {
		at = c.Speaker.Start
	}
	// the side of the last speaker before this claim that has one
	last := ""
	lastAt := -1
	for j := range x.doc.Claims {
		o := &x.doc.Claims[j]
		if j == ci || sides[j] == "" || o.Cue.Start >= c.Cue.Start {
			continue
		}
		if o.Cue.Start > lastAt {
			last, lastAt = sides[j], o.Cue.Start
		}
	}
	// the claim just before this one: its side, and whether it has one
	prevClaim, prevAt, prevHas := "", -1, "noprev"
	for j := range x.doc.Claims {
		o := &x.doc.Claims[j]
		if j != ci && o.Cue.Start < c.Cue.Start && o.Cue.Start > prevAt {
			prevClaim, prevAt = sides[j], o.Cue.Start
		}
	}
	if prevAt >= 0 {
		prevHas = "prevempty"
		if prevClaim != "" {
			prevHas = "prevsided"
		}
	}
	// the words around the speaker in its sentence: after it, up to the
	// cue or 12 words ("Gan Yu, a spokesman for the China Coast Guard,
	// said"), and the 4 before it ("coast guard spokesman Gan Yu")
	win := parallax.Span{Start: at, End: at}
	office := false
	// apart: a word of the phrase or just before it sets the speaker apart
	// from a state ("Western security sources", "the de facto
	// authorities", "the former minister", "rebel commanders"): no state
	// is offered
	apart := false
	for _, w := range words {
		if apartWords[w] {
			apart = true
		}
	}
	if len(words) > 0 {
		i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].Start >= c.Speaker.End })
		n := 0
		for ; i < len(x.toks) && n < 12 && x.doc.SentenceIndex(x.toks[i].Start) == cueSent; i++ {
			if x.toks[i].Start >= c.Cue.Start && c.Cue.Start >= c.Speaker.End {
				break
			}
			win.End = x.toks[i].End
			if officeWords[x.toks[i].Norm] {
				office = true
			}
			n++
		}
		j := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].End > c.Speaker.Start }) - 1
		for n = 0; j >= 0 && n < 6 && x.doc.SentenceIndex(x.toks[j].Start) == cueSent; j-- {
			if officeWords[x.toks[j].Norm] {
				office = true
			}
			if apartWords[x.toks[j].Norm] {
				apart = true
			}
			n++
		}
		for _, w := range words {
			if officeWords[w] {
				office = true
			}
		}
	}
	around := map[string]bool{}
	for _, m := range x.mentions {
		if win.End > win.Start && m.Start >= c.Speaker.End && m.End <= win.End {
			around[m.side] = true
		}
	}
	// the first side named in the sentence before, and in this one
	prevFirst, sentFirst := "", ""
	near := map[string]int{}  // side -> sentences back to its nearest mention before the speaker
	order := map[string]int{} // side -> 1 for the nearest side before the speaker, 2 for the next
	inContent := map[string]bool{}
	content := parallax.Span{Start: c.Start, End: c.End}
	for k := len(x.mentions) - 1; k >= 0; k-- {
		m := x.mentions[k]
		if content.End > content.Start && content.Contains(m.Span) {
			inContent[m.side] = true
		}
		if m.Start >= at {
			continue
		}
		if _, ok := near[m.side]; !ok {
			near[m.side] = cueSent - m.sent
			order[m.side] = len(order) + 1
		}
	}
	for _, m := range x.mentions {
		if m.place {
			continue
		}
		if m.sent == cueSent-1 && prevFirst == "" {
			prevFirst = m.side
		}
		if m.sent == cueSent && sentFirst == "" && m.Start < at {
			sentFirst = m.side
		}
	}
	ctx := headClass(head, kind)
	opts := make([]SideOption, 0, len(x.sides)+1)
	none := SideOption{Feats: make([]uint64, 0, 2*(12+2*len(mods)))}
	add := func(f perceptron.Hasher) { none.Feats = append(none.Feats, f.Sum()) }
	add(perceptron.Template(1))
	add(perceptron.Template(2).Str(head))
	add(perceptron.Template(3).Str(kind))
	for _, w := range mods {
		add(perceptron.Template(4).Str(w))
		add(perceptron.Template(5).Str(w).Str(head))
	}
	add(perceptron.Template(6).Int(len(phraseSides)).Str(kind))
	add(perceptron.Template(7).Int(min(len(x.sides), 4)))
	add(perceptron.Template(8).Str(strings.ToLower(c.Cue.Text)))
	add(perceptron.Template(9).Str(c.Quote).Str(kind))
	add(perceptron.Template(11).Str(prevHas).Str(kind))
	add(perceptron.Template(12).Int(b2i(office)).Str(kind))
	add(perceptron.Template(13).Int(b2i(office)).Str(head))
	add(perceptron.Template(14).Int(len(around)).Str(kind))
	add(perceptron.Template(15).Int(b2i(apart)))
	if c.Parent != "" {
		add(perceptron.Template(10))
	}
	none.Why = head + "/" + kind + "/" + strings.Join(mods, " ")
	opts = append(opts, none)
	taken := x.officeTaken(c)
	for _, sd := range x.sides {
		if apart && x.states[sd] || taken[sd] {
			continue
		}
		rel := make([]string, 0, 16)
		if phraseSides[sd] {
			rel = append(rel, "phrase")
		}
		if sd == x.dateline {
			rel = append(rel, "dateline")
		}
		if sd == x.outlet {
			rel = append(rel, "outlet")
		}
		if sd == last {
			rel = append(rel, "last")
		}
		if sd == prevClaim {
			rel = append(rel, "prevclaim")
		}
		if around[sd] {
			rel = append(rel, "around")
		}
		if office {
			rel = append(rel, "office")
		}
		if sd == prevFirst {
			rel = append(rel, "prevfirst")
		}
		if sd == sentFirst {
			rel = append(rel, "sentfirst")
		}
		if sd == x.first {
			rel = append(rel, "first")
		}
		if x.title[sd] {
			rel = append(rel, "title")
		}
		if sd == x.topPlace {
			rel = append(rel, "topplace")
		}
		if inContent[sd] {
			rel = append(rel, "content")
		}
		if d, ok := near[sd]; ok {
			rel = append(rel, "near"+bucket(d))
			if order[sd] <= 2 {
				rel = append(rel, "order"+strconv.Itoa(order[sd]))
			}
		} else {
			rel = append(rel, "nonebefore")
		}
		if len(words) > 0 && x.nounSides[nounStem(head)][sd] && !pronounWords[head] {
			rel = append(rel, "noun")
		}
		for _, w := range mods {
			if x.nounSides[nounStem(w)][sd] {
				rel = append(rel, "modnoun")
				break
			}
		}
		rel = append(rel, "rank"+strconv.Itoa(min(x.rank[sd], 4)))
		if x.count[sd] == 0 {
			rel = append(rel, "placeonly")
		}
		ctype := "other"
		if x.states[sd] {
			ctype = "state"
		}
		sig := strings.Join(rel, "+")
		// every feature is doubled for the claims the model is applied to
		n := 2 + len(rel)*(5+len(mods)) + len(rel)*(len(rel)-1)/2
		o := SideOption{Side: sd, Why: sig, Feats: make([]uint64, 0, 2*n)}
		addo := func(f perceptron.Hasher) { o.Feats = append(o.Feats, f.Sum()) }
		addo(perceptron.Template(20).Str(ctype))
		addo(perceptron.Template(21).Str(sig))
		addo(perceptron.Template(22).Str(sig).Str(kind))
		for _, r := range rel {
			addo(perceptron.Template(23).Str(r))
			addo(perceptron.Template(24).Str(r).Str(head))
			addo(perceptron.Template(25).Str(r).Str(kind))
			addo(perceptron.Template(26).Str(r).Str(ctx))
			addo(perceptron.Template(27).Str(r).Str(ctype))
			for _, w := range mods {
				addo(perceptron.Template(28).Str(r).Str(w))
			}
		}
		for i, a := range rel {
			for _, b := range rel[i+1:] {
				addo(perceptron.Template(29).Str(a).Str(b))
			}
		}
		opts = append(opts, o)
	}
	if empty {
		// the claims the model is applied to get a second copy of each
		// feature, which learns how they differ from the claims the
		// rules placed (the rules' side itself is never read)
		for k := range opts {
			fs := slices.Grow(opts[k].Feats, len(opts[k].Feats))
			for _, f := range fs {
				fs = append(fs, perceptron.Template(99).U64(f).Sum())
			}
			opts[k].Feats = fs
		}
	}
	return opts
}

// apartWords set a speaker apart from the states of its story: the
// modifiers of nonStateModifiers that say so of any speaker (not
// "foreign", "team" or "party", which name state bodies too: "the
// Foreign Ministry", "the information team").
var apartWords = map[string]bool{"western": true, "rebel": true, "rebels": true, "opposition": true, "former": true,
	"militant": true, "insurgent": true, "separatist": true, "facto": true, "breakaway": true, "exiled": true}

// officeTaken: the sides whose holder of the speaker's office the story
// already named ("Serbia's Prime Minister A ... Later, Prime Minister B
// warned"): B is not that state's prime minister, as the rules read it
// (officeTakenInStory). The office is the two words before the name.
func (x *sideContext) officeTaken(c *parallax.Claim) map[string]bool {
	if c.Speaker.Actor == "" {
		return nil
	}
	title := func(off int) string {
		i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].Start >= off })
		if i < 2 || !x.toks[i-1].Cap || !x.toks[i-2].Cap {
			return ""
		}
		return x.toks[i-2].Norm + " " + x.toks[i-1].Norm
	}
	office := title(c.Speaker.Start)
	if office == "" {
		return nil
	}
	var out map[string]bool
	for _, e := range x.doc.Entities {
		if e.Kind != parallax.KindPerson || e.Side == "" || e.Actor == "" || e.Actor == c.Speaker.Actor {
			continue
		}
		if title(e.Start) == office {
			if out == nil {
				out = map[string]bool{}
			}
			out[e.Side] = true
		}
	}
	return out
}

// officeWords are the words of offices and of a body's voice, which make
// the speaker near them a party's.
var officeWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true, "ministry": true,
	"governor": true, "commander": true, "official": true, "officials": true, "officer": true, "president": true, "general": true,
	"colonel": true, "director": true, "secretary": true, "ambassador": true, "envoy": true, "chief": true, "head": true, "mayor": true,
	"deputy": true, "army": true, "military": true, "police": true, "government": true, "office": true, "council": true,
	"command": true, "forces": true, "guard": true, "guards": true, "authorities": true, "embassy": true, "agency": true}

// nounStem folds a plural's "s" ("guards" and "Guard Corps" share
// "guard").
func nounStem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// bucket names a distance in sentences.
func bucket(d int) string {
	switch {
	case d <= 0:
		return "0"
	case d == 1:
		return "1"
	case d <= 3:
		return "3"
	case d <= 8:
		return "8"
	}
	return "far"
}

// headClass sorts a speaker's head word into a few kinds, so that what is
// learned of "spokesman" helps "spokesperson".
func headClass(head, kind string) string {
	switch kind {
	case "none", "pron", "actor":
		return kind
	}
	switch head {
	case "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official", "officials", "minister", "ministry", "governor", "commander", "office", "council", "army", "military", "forces", "police", "guard", "guards", "authorities", "government", "embassy", "statement", "agency", "department", "source", "sources":
		return "office"
	}
	return "other"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
