package attrib

import (
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
)

// A speaker the actor stage knows but cannot place ("Commerce Secretary
// NAME", a named analyst, "officials") has no side. The side filler ranks
// "no side" against the sides the article names most and those of the
// cue's sentence, by where those sides stand from the speaker mention
// (inside its phrase, next to it) and by the title words around it.

// sideOption is one side a sideless speaker may be given ("" for none).
type sideOption struct {
	side    string
	rank    int  // rank among the article's most named sides, 0 when not among the first 3
	inSent  bool // a mention of the cue's sentence has it
	nearest int  // tokens from the speaker mention to the nearest mention with it (-1: none in the sentence)
	cur     bool // the speaker's side now
}

// sideOptions lists the options for claim c, whose speaker has no side.
func sideOptions(doc *parallax.Document, c *parallax.Claim) []sideOption {
	out := []sideOption{{side: "", nearest: -1}}
	si := doc.SentenceIndex(c.Cue.Start)
	if si < 0 {
		return out
	}
	s := &doc.Sentences[si]
	at := map[string]int{}
	add := func(sd string) int {
		if i, ok := at[sd]; ok {
			return i
		}
		at[sd] = len(out)
		out = append(out, sideOption{side: sd, nearest: -1})
		return len(out) - 1
	}
	if c.Speaker.Side != "" {
		out[add(c.Speaker.Side)].cur = true
	} else {
		out[0].cur = true
	}
	for r, sd := range topSides(doc, 3) {
		out[add(sd)].rank = r + 1
	}
	sa, sb := -1, -1
	if c.Speaker.Text != "" && doc.SentenceIndex(c.Speaker.Start) == si {
		ra, rb := RuleMention(doc, c)
		sa, sb = tokRange(s, ra, rb)
	}
	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		if e.Side == "" || doc.SentenceIndex(e.Start) != si {
			continue
		}
		o := &out[add(e.Side)]
		o.inSent = true
		if sa < 0 {
			continue
		}
		a, b := tokRange(s, e.Start, e.End)
		if a < 0 {
			continue
		}
		d := 0
		switch {
		case b <= sa:
			d = sa - b
		case a >= sb:
			d = a - sb
		}
		if o.nearest < 0 || d < o.nearest {
			o.nearest = d
		}
	}
	return out
}

// speakerWords returns the lower-cased word before the speaker mention and
// the lemma of a noun attached to its head (an apposition, "analyst at").
func speakerWords(doc *parallax.Document, c *parallax.Claim) (before, attached string) {
	if c.Speaker.Text == "" {
		return "^none", ""
	}
	si := doc.SentenceIndex(c.Speaker.Start)
	if si < 0 {
		return "", ""
	}
	s := &doc.Sentences[si]
	ra, rb := RuleMention(doc, c)
	a, b := tokRange(s, ra, rb)
	if a < 0 {
		return "", ""
	}
	if a > 0 {
		t := s.Tokens[a-1]
		if t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "ADJ" {
			before = strings.ToLower(t.Lemma)
		} else {
			before = t.UPOS
		}
	} else {
		before = "^"
	}
	h := headOf(s, a, b)
	if h >= 0 && s.Tokens[h].Rel != "" {
		for i, t := range s.Tokens {
			if t.Head-1 == h && (i < a || i >= b) && (t.Rel == "appos" || t.Rel == "nmod" || t.Rel == "acl" || t.Rel == "compound") && t.UPOS == "NOUN" {
				attached = strings.ToLower(t.Lemma)
				break
			}
		}
		if attached == "" && s.Tokens[h].Rel == "appos" {
			if p := s.Tokens[h].Head - 1; p >= 0 && s.Tokens[p].UPOS == "NOUN" {
				attached = strings.ToLower(s.Tokens[p].Lemma)
			}
		}
	}
	if len(before) > 20 {
		before = before[:20]
	}
	return before, attached
}

func sideFeatures(x *context, before, attached, spKind string, o *sideOption, buf []uint64) []uint64 {
	out := buf[:0]
	add := func(parts ...string) { out = append(out, hashParts("sf", parts)) }
	cur := strconv.FormatBool(o.cur)
	add("cur", cur, spKind)
	add("cur.before", cur, before)
	add("cur.att", cur, attached)
	add("cur.cue", cur, x.cue)
	if o.side == "" {
		add("none")
		add("none.k", spKind)
		add("none.cue", x.cue)
		add("none.before", before)
		add("none.att", attached)
		add("none.subjnoun", x.subjNoun)
	} else {
		r := strconv.Itoa(o.rank)
		near := "none"
		if o.nearest >= 0 {
			near = bucket(o.nearest)
		}
		add("rank", r)
		add("rank.k", r, spKind)
		add("rank.cur", r, cur, spKind)
		add("insent", strconv.FormatBool(o.inSent), r)
		add("near", near)
		add("near.k", near, spKind)
		add("near.r", near, r)
		add("before", before, r)
		add("before.near", before, near)
		add("att", attached, r)
		add("subjnoun", x.subjNoun, r)
	}
	return out
}

// speakerKind classes the speaker for the side filler.
func speakerKind(doc *parallax.Document, c *parallax.Claim) string {
	sp := c.Speaker
	switch {
	case sp.Text == "":
		return "none"
	case sp.Actor == "":
		return "noactor"
	}
	for _, e := range doc.Entities {
		if e.Start == sp.Start && e.End == sp.End {
			if pronouns[strings.ToLower(e.Text)] {
				return "pronoun"
			}
			return e.Kind
		}
	}
	return "nominal"
}

// sideChoice returns the features of each side option of claim ci (whose
// speaker has no side), and the options.
func sideChoice(doc *parallax.Document, ci int) ([]sideOption, [][]uint64) {
	c := &doc.Claims[ci]
	opts := sideOptions(doc, c)
	x := claimContext(doc, c, nil)
	before, attached := speakerWords(doc, c)
	k := speakerKind(doc, c)
	feats := make([][]uint64, len(opts))
	for i := range opts {
		feats[i] = sideFeatures(&x, before, attached, k, &opts[i], nil)
	}
	return opts, feats
}

// fillSides gives a side to the sideless speakers where the side weights
// rank a side above none.
func (m *Model) fillSides(doc *parallax.Document) {
	for ci := range doc.Claims {
		c := &doc.Claims[ci]
		if c.Speaker.Side != "" && !m.Policy.AllSides {
			continue
		}
		opts, feats := sideChoice(doc, ci)
		b := 0
		scores := make([]float32, len(opts))
		for i, fs := range feats {
			for _, f := range fs {
				scores[i] += m.S[f]
			}
			if opts[i].cur {
				b = i
			}
		}
		// ties, and leads under the margin, keep the side the speaker has
		cur := b
		for i := range scores {
			if scores[i] > scores[b] {
				b = i
			}
		}
		if scores[b]-scores[cur] >= m.Policy.SideMargin {
			c.Speaker.Side = opts[b].side
		}
	}
}

// SideExamples derives side-filler supervision: the claims paired with a
// gold whose speaker has no side (every speaker when all) and whose actor
// the gold accepts. The rules rarely leave a speaker of the development
// golds without its side (they were written on them), while on new text
// a person or body the actor base does not know is the commonest error;
// so each paired claim whose person or nominal speaker has the gold's side
// also gives a second example with that side forgotten (the speaker's and
// every mention of the same actor), as the actor stage would leave a
// speaker it does not know.
func SideExamples(doc *parallax.Document, golds []Gold, all bool) []Example {
	var out []Example
	add := func(d *parallax.Document, ci int, g Gold) {
		opts, feats := sideChoice(d, ci)
		ex := Example{Feats: feats, Pos: make([]bool, len(opts))}
		any := false
		for i := range opts {
			ex.Pos[i] = SideOf(opts[i].side) == SideOf(g.Side)
			any = any || ex.Pos[i]
		}
		if any {
			out = append(out, ex)
		}
	}
	for gi, ci := range pairGolds(doc, golds) {
		if ci < 0 {
			continue
		}
		c := &doc.Claims[ci]
		g := golds[gi]
		if g.Actor != "" && Norm(g.Actor) != Norm(c.Speaker.Actor) {
			continue
		}
		if c.Speaker.Side == "" || all {
			add(doc, ci, g)
		}
		if c.Speaker.Side == "" || SideOf(c.Speaker.Side) != SideOf(g.Side) {
			continue
		}
		switch speakerKind(doc, c) {
		case parallax.KindPerson, "pronoun", "nominal", "noactor":
		default:
			continue
		}
		forgot := *doc
		forgot.Claims = append([]parallax.Claim(nil), doc.Claims...)
		forgot.Claims[ci].Speaker.Side = ""
		forgot.Entities = append([]parallax.Entity(nil), doc.Entities...)
		for ei := range forgot.Entities {
			if e := &forgot.Entities[ei]; e.Actor != "" && e.Actor == c.Speaker.Actor {
				e.Side = ""
			}
		}
		add(&forgot, ci, g)
	}
	return out
}
