package attrib

import (
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
)

// context holds what every candidate of one claim shares.
type context struct {
	cue       string // lower-cased lemma of the cue's head word
	quote     string // direct | indirect
	stance    string
	ruleEmpty bool // the rules gave no side
	ruleNone  bool // the rules named no speaker
	subjNoun  string
	subjEnt   bool // a candidate heads the cue's subject
	sentQuote bool // the cue's sentence holds a quotation mark
	ruleSide  string
}

func claimContext(doc *parallax.Document, c *parallax.Claim, cands []Candidate) context {
	x := context{quote: c.Quote, stance: c.Stance, ruleEmpty: c.Speaker.Side == "", ruleNone: c.Speaker.Text == "", ruleSide: c.Speaker.Side}
	si, q := cueToken(doc, c)
	x.cue = strings.ToLower(c.Cue.Text)
	if si >= 0 {
		s := &doc.Sentences[si]
		if q >= 0 {
			t := s.Tokens[q]
			if t.Lemma != "" {
				x.cue = strings.ToLower(t.Lemma)
			}
			if t.Rel != "" {
				for _, u := range s.Tokens {
					if u.Head-1 == q && (u.Rel == "nsubj" || u.Rel == "nsubj:pass") && u.UPOS == "NOUN" {
						x.subjNoun = strings.ToLower(u.Lemma)
						break
					}
				}
			}
		}
		for _, t := range s.Tokens {
			switch t.Text {
			case "\"", "“", "”", "«", "»":
				x.sentQuote = true
			}
		}
	}
	if len(x.cue) > 24 {
		x.cue = x.cue[:24]
	}
	for _, cd := range cands {
		if cd.Subj {
			x.subjEnt = true
		}
	}
	return x
}

func bucket(d int) string {
	switch {
	case d <= 0:
		return "0"
	case d == 1:
		return "1"
	case d == 2:
		return "2"
	case d <= 4:
		return "3-4"
	case d <= 8:
		return "5-8"
	case d <= 15:
		return "9-15"
	}
	return "16+"
}

func kindOf(cd *Candidate) string {
	switch {
	case cd.Src == SrcNull:
		return "NULL"
	case cd.Src == SrcSide:
		return "SIDE"
	case cd.Start < 0:
		return "SPANLESS"
	}
	return cd.Kind
}

func posOf(cd *Candidate) string {
	switch {
	case cd.Start < 0:
		return "none"
	case cd.Back > 2:
		return "back3+"
	case cd.Back > 0:
		return "back" + strconv.Itoa(cd.Back)
	case cd.BeforeCue:
		return "before"
	}
	return "after"
}

// features returns the hashed features of candidate k. useRule adds the
// features that say what the rules chose.
func features(x *context, cands []Candidate, k int, useRule bool, buf []uint64) []uint64 {
	cd := &cands[k]
	kind, pos := kindOf(cd), posOf(cd)
	side := "noside"
	if cd.Side != "" {
		side = "side"
	}
	actor := "noactor"
	if cd.Actor != "" {
		actor = "actor"
	}
	out := buf[:0]
	add := func(parts ...string) { out = append(out, hashParts("", parts)) }
	add("bias", kind)
	add("k", kind, side)
	add("k", kind, actor)
	add("k", kind, pos)
	add("kc", kind, x.cue)
	add("kq", kind, x.quote)
	add("ks", kind, x.stance)
	if cd.Src == SrcNull {
		add("null.cue", x.cue)
		add("null.subjnoun", x.subjNoun)
		add("null.subjent", strconv.FormatBool(x.subjEnt))
		add("null.quote", strconv.FormatBool(x.sentQuote), x.quote)
		add("null.n", bucket(len(cands)-1))
		if useRule {
			add("null.rule", strconv.FormatBool(x.ruleEmpty), strconv.FormatBool(x.ruleNone))
			add("null.rule.cue", strconv.FormatBool(x.ruleEmpty), x.cue)
		}
	} else if cd.Src == SrcSide {
		r := strconv.Itoa(cd.SideRank)
		add("side.rank", r, strconv.FormatBool(cd.SideInSent))
		add("side.subjnoun", r, x.subjNoun)
		add("side.cue", r, x.cue)
		add("side.subjent", r, strconv.FormatBool(x.subjEnt))
		add("side.same", r, bucket(cd.SameSideAs))
		if useRule {
			add("side.rule", r, strconv.FormatBool(x.ruleEmpty), strconv.FormatBool(x.ruleNone))
			add("side.rule.same", r, strconv.FormatBool(cd.Side == x.ruleSide))
		}
	} else {
		add("pos", pos, side)
		add("dist", pos, bucket(cd.Dist), side)
		add("dist.k", kind, bucket(cd.Dist))
		if cd.Path != "" {
			add("path", cd.Path)
			add("path.k", cd.Path, kind)
			add("path.s", cd.Path, side)
		}
		add("rel", cd.HeadRel, pos)
		add("rel.k", cd.HeadRel, kind)
		add("subj", strconv.FormatBool(cd.Subj), strconv.FormatBool(cd.SubjTree), side)
		add("subj.k", strconv.FormatBool(cd.Subj), kind)
		add("subj.c", strconv.FormatBool(cd.Subj), x.cue)
		add("obj", strconv.FormatBool(cd.Obj), x.cue)
		add("obj.k", strconv.FormatBool(cd.Obj), kind)
		if cd.HeadLemma != "" {
			add("lemma", cd.HeadLemma)
			add("lemma.s", cd.HeadLemma, side)
		}
		add("pw", cd.PrevWord, pos)
		add("pw.k", cd.PrevWord, kind)
		add("near", strconv.FormatBool(cd.Nearest), side)
		add("first", strconv.FormatBool(cd.FirstInS), pos)
		add("quote", strconv.FormatBool(cd.InQuote), x.quote)
		add("quote.k", strconv.FormatBool(cd.InQuote), kind)
		add("same", bucket(cd.SameSideAs))
		add("prev", strconv.FormatBool(cd.Prev), pos)
		add("prev.k", strconv.FormatBool(cd.Prev), kind, side)
		add("cue.pos", x.cue, pos)
		add("cue.subj", x.cue, strconv.FormatBool(cd.Subj))
		if useRule {
			add("rule", strconv.FormatBool(cd.Rule))
			add("rule.k", strconv.FormatBool(cd.Rule), kind, side)
			add("rule.pos", strconv.FormatBool(cd.Rule), pos)
			add("rule.side", strconv.FormatBool(cd.Side != "" && cd.Side == x.ruleSide), strconv.FormatBool(cd.Rule))
			add("rule.empty", strconv.FormatBool(x.ruleEmpty), kind, side)
		}
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashParts is the 64-bit FNV-1a hash of prefix+"\x1f" (when prefix is
// not empty) and parts joined by "\x1f", computed without building the
// string: features are hashed by the thousand per article.
func hashParts(prefix string, parts []string) uint64 {
	h := uint64(fnvOffset)
	write := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= fnvPrime
		}
	}
	if prefix != "" {
		write(prefix)
		write("\x1f")
	}
	for i, p := range parts {
		if i > 0 {
			write("\x1f")
		}
		write(p)
	}
	return h
}
