package attrib

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/models"
)

// Policy says when the model's choice replaces the rules' speaker.
type Policy struct {
	// UseRule: the features include what the rules chose (trained so).
	UseRule bool
	// OnlyEmpty: the model speaks only where the rules gave no side.
	OnlyEmpty bool
	// Margin: the model's best candidate replaces the rules' choice only
	// when it scores at least this much higher (0: whenever it differs).
	Margin float32
	// FillSides: a speaker left without a side gets one from the side
	// filler (sidefill.go) where it ranks a side above none.
	FillSides bool
	// AllSides: the side filler reconsiders every speaker's side, not only
	// the empty ones.
	AllSides bool
	// SideMargin: the filler changes a side only when the new one scores
	// at least this much above the side the speaker has.
	SideMargin float32
}

// Model is a trained speaker ranker and the policy it was chosen with.
type Model struct {
	W      map[uint64]float32 // speaker ranker
	S      map[uint64]float32 // side filler
	Policy Policy
}

// Score returns the score of each candidate of doc.Claims[ci].
func (m *Model) score(doc *parallax.Document, ci int, cands []Candidate) []float32 {
	x := claimContext(doc, &doc.Claims[ci], cands)
	scores := make([]float32, len(cands))
	var buf []uint64
	for k := range cands {
		buf = features(&x, cands, k, m.Policy.UseRule, buf)
		var s float32
		for _, f := range buf {
			s += m.W[f]
		}
		scores[k] = s
	}
	return scores
}

// ruleIndex returns the candidate that stands for the rules' choice: the
// one marked Rule, else null (the rules named nobody with a side).
func ruleIndex(cands []Candidate) int {
	for k := range cands {
		if cands[k].Rule {
			return k
		}
	}
	return 0
}

// best returns the highest-scoring candidate; ties go to the rules'
// choice, then to the earlier candidate.
func best(scores []float32, rule int) int {
	b := rule
	for k, s := range scores {
		if s > scores[b] {
			b = k
		}
	}
	return b
}

// Decision is what the model did for one claim.
type Decision struct {
	Cands  []Candidate
	Scores []float32
	Rule   int // the rules' candidate
	Best   int // the model's best candidate
	Chosen int // the candidate the claim ends with
}

// Decide ranks the candidates of every claim of doc (without changing
// it) and says which one the policy keeps.
func (m *Model) Decide(doc *parallax.Document) []Decision {
	out := make([]Decision, len(doc.Claims))
	order := claimOrder(doc)
	var prev *parallax.Claim
	for _, ci := range order {
		c := &doc.Claims[ci]
		cands := Candidates(doc, ci, prev)
		scores := m.score(doc, ci, cands)
		r := ruleIndex(cands)
		b := best(scores, r)
		ch := r
		switch {
		case m.Policy.OnlyEmpty && c.Speaker.Side != "":
		// where the rules gave no side, the model is there to find one: a
		// sideless pick would only swap one non-party speaker for another
		// (on news, mostly a named person for "analysts" or "a student")
		case m.Policy.OnlyEmpty && cands[b].Side == "":
		case scores[b]-scores[r] >= m.Policy.Margin && b != r:
			ch = b
		}
		out[ci] = Decision{Cands: cands, Scores: scores, Rule: r, Best: b, Chosen: ch}
		if c.Speaker.Text != "" && (c.Speaker.Side != "" || c.Speaker.Actor != "") {
			prev = c
		}
	}
	return out
}

// claimOrder lists the claims by the position of their cue.
func claimOrder(doc *parallax.Document) []int {
	order := make([]int, len(doc.Claims))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return doc.Claims[order[a]].Cue.Start < doc.Claims[order[b]].Cue.Start })
	return order
}

// Apply gives each claim of doc the speaker the policy keeps. The
// previous-speaker candidate is read from the rules' speakers, so a
// change never cascades along the article.
func (m *Model) Apply(doc *parallax.Document) {
	if m == nil || len(doc.Claims) == 0 {
		return
	}
	ds := m.Decide(doc)
	for ci, d := range ds {
		if d.Cands == nil || d.Chosen == d.Rule {
			continue
		}
		setSpeaker(&doc.Claims[ci].Speaker, doc.Text, &d.Cands[d.Chosen])
	}
	if m.Policy.FillSides {
		m.fillSides(doc)
	}
}

// setSpeaker makes k the speaker. The null candidate keeps the mention
// and drops actor and side (the mention speaks for no party); a mention
// inside the rules' speaker phrase gives its actor and side to the phrase.
func setSpeaker(sp *parallax.Speaker, text string, k *Candidate) {
	if k.Side == sp.Side && k.Actor == sp.Actor {
		return
	}
	switch {
	case k.Start < 0:
		sp.Actor, sp.Side = k.Actor, k.Side
	case sp.Text != "" && sp.Start <= k.Start && k.End <= sp.End:
		sp.Actor, sp.Side = k.Actor, k.Side
	default:
		if k.Start >= 0 && k.End <= len(text) && k.Start < k.End {
			sp.Start, sp.End, sp.Text = k.Start, k.End, text[k.Start:k.End]
		}
		sp.Actor, sp.Side = k.Actor, k.Side
	}
}

const magic = "parallax-attrib 2\n"

// Write stores m gzip-compressed: the policy, then the weights sorted by
// feature hash.
func (m *Model) Write(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	var flags byte
	if m.Policy.UseRule {
		flags |= 1
	}
	if m.Policy.OnlyEmpty {
		flags |= 2
	}
	if m.Policy.FillSides {
		flags |= 4
	}
	if m.Policy.AllSides {
		flags |= 8
	}
	bw.WriteByte(flags)
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.Policy.Margin))
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.Policy.SideMargin))
	for _, w := range []map[uint64]float32{m.W, m.S} {
		keys := make([]uint64, 0, len(w))
		for k, v := range w {
			if v != 0 {
				keys = append(keys, k)
			}
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		binary.Write(bw, binary.LittleEndian, uint32(len(keys)))
		for _, k := range keys {
			binary.Write(bw, binary.LittleEndian, k)
			binary.Write(bw, binary.LittleEndian, math.Float32bits(w[k]))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("attrib model: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("attrib model: %w", err)
	}
	if !strings.HasPrefix(string(data), magic) || len(data) < len(magic)+13 {
		return nil, errors.New("attrib model: not a model file")
	}
	b := bytes.NewReader(data[len(magic):])
	flags, _ := b.ReadByte()
	var bits, sbits uint32
	binary.Read(b, binary.LittleEndian, &bits)
	binary.Read(b, binary.LittleEndian, &sbits)
	m := &Model{Policy: Policy{SideMargin: math.Float32frombits(sbits), UseRule: flags&1 != 0, OnlyEmpty: flags&2 != 0, FillSides: flags&4 != 0, AllSides: flags&8 != 0, Margin: math.Float32frombits(bits)}}
	for _, w := range []*map[uint64]float32{&m.W, &m.S} {
		var n uint32
		if err := binary.Read(b, binary.LittleEndian, &n); err != nil {
			return nil, fmt.Errorf("attrib model: %w", err)
		}
		if int(n)*12 > b.Len() {
			return nil, errors.New("attrib model: truncated")
		}
		*w = make(map[uint64]float32, n)
		for i := uint32(0); i < n; i++ {
			var k uint64
			var v uint32
			binary.Read(b, binary.LittleEndian, &k)
			binary.Read(b, binary.LittleEndian, &v)
			(*w)[k] = math.Float32frombits(v)
		}
	}
	if b.Len() != 0 {
		return nil, errors.New("attrib model: trailing bytes")
	}
	return m, nil
}

// Load returns the embedded model (models/attrib.bin.gz).
func Load() (*Model, error) { return Read(bytes.NewReader(models.Attrib)) }
