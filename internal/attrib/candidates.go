// Package attrib is a learned speaker model for claims: for each reporting
// cue the claim stage found, it ranks the mentions that could be its
// speaker (the rules' own choice, the entities of the cue's sentence and of
// the two sentences before it, the previous claim's speaker, and "nobody",
// the reporter's voice or a non-party) with an averaged perceptron over
// general features (dependency path from the cue, position, mention kind,
// quotation, cue lemma) and gives the claim the speaker, actor and side of
// the best one. It never reads a name or an article id as a feature, so
// that what it learns from the development golds carries to new text.
//
// The stage is pure: Model.Apply rewrites the speakers of a document's
// claims in place and does nothing else.
package attrib

import (
	"sort"
	"strings"

	"github.com/parallaxhq/parallax"
)

// Candidate sources.
const (
	SrcNull   = "null"   // nobody: reporter's voice, a non-party (side "")
	SrcRule   = "rule"   // the rules' speaker, when no entity has its span
	SrcEntity = "entity" // an entity of the actor stage
	SrcPrev   = "prev"   // the speaker of the claim before, when no entity has its span
	// a side alone: one of the article's most named sides, for a speaker
	// the actor stage left without one ("officials said")
	SrcSide = "side"
)

// Candidate is one possible speaker of a claim.
type Candidate struct {
	Src        string
	Start, End int // byte span of the mention; Start < 0 when none (null, a spanless rule speaker)
	Text       string
	Kind       string // entity kind, "pronoun", "nominal" or ""
	Actor      string
	Side       string
	Sent       int  // sentence of the mention, -1 when none
	Rule       bool // the rules chose this mention (or this side when spanless)
	Prev       bool // the previous claim's speaker has this span
	Subj       bool // heads the subject of the cue (parse)
	SubjTree   bool // lies inside the cue's subject phrase
	Obj        bool // object or oblique of the cue ("told X")
	BeforeCue  bool
	InQuote    bool
	Dist       int    // tokens between mention and cue in the same sentence
	Back       int    // sentences before the cue's sentence (0: the same one)
	Path       string // dependency path to the cue ("" when not in one parsed sentence)
	HeadRel    string // relation of the mention's head token
	HeadLemma  string // lemma of a nominal mention's head (common nouns only)
	PrevWord   string // lower-cased word before the mention when it is a function word
	Nearest    bool   // the nearest side-bearing mention before the cue in its sentence
	FirstInS   bool   // the first mention of the sentence
	SameSideAs int    // how many other candidates share its non-empty side
	SideRank   int    // a side candidate's rank among the article's sides (1: most named)
	SideInSent bool   // a mention of the cue's sentence has this side
}

// pronouns the actor stage resolves; a mention with this text is a pronoun
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true, "their": true, "we": true, "i": true, "him": true, "them": true}

// function words worth a feature before a mention ("by", "to", "according")
var markers = map[string]bool{"by": true, "to": true, "from": true, "of": true, "with": true, "told": true, "said": true, "says": true, "and": true, "the": true, "a": true, "an": true, ",": true, "(": true, "“": true, "\"": true, "for": true, "at": true, "in": true, "spokesman": true, "spokeswoman": true}

// span of sentence si in token terms
type sentView struct {
	s      *parallax.Sentence
	parsed bool
}

// tokenAt returns the index in s of the token that holds byte off, or the
// first token starting after it; -1 when none.
func tokenAt(s *parallax.Sentence, off int) int {
	for i, t := range s.Tokens {
		if t.End > off {
			return i
		}
	}
	return -1
}

// headOf returns the token of [a, b) whose head lies outside the span (its
// syntactic head), or b-1 when the sentence is not parsed.
func headOf(s *parallax.Sentence, a, b int) int {
	if a < 0 || b > len(s.Tokens) || a >= b {
		return -1
	}
	if s.Tokens[a].Rel == "" {
		return b - 1
	}
	for i := a; i < b; i++ {
		h := s.Tokens[i].Head - 1
		if h < a || h >= b {
			return i
		}
	}
	return b - 1
}

// nameHead climbs from token h over the name relations that tie a name to
// its title ("Defence Minister NAME" parsed with the title as head): the
// phrase's head stands for the name in the paths to the cue.
func nameHead(s *parallax.Sentence, h int) int {
	for n := 0; h >= 0 && n < 4 && s.Tokens[h].Rel != ""; n++ {
		switch s.Tokens[h].Rel {
		case "flat", "flat:name", "compound", "appos":
			p := s.Tokens[h].Head - 1
			if p < 0 || p >= len(s.Tokens) {
				return h
			}
			h = p
		default:
			return h
		}
	}
	return h
}

// tokRange returns the tokens [a, b) of s inside the byte span [start, end).
func tokRange(s *parallax.Sentence, start, end int) (int, int) {
	a, b := -1, -1
	for i, t := range s.Tokens {
		if t.End <= start || t.Start >= end {
			continue
		}
		if a < 0 {
			a = i
		}
		b = i + 1
	}
	return a, b
}

// ancestors returns the chain of heads from token i up to the root (i first).
func ancestors(s *parallax.Sentence, i int) []int {
	var out []int
	for n := 0; i >= 0 && i < len(s.Tokens) && n < 64; n++ {
		out = append(out, i)
		if s.Tokens[i].Rel == "" {
			break
		}
		i = s.Tokens[i].Head - 1
	}
	return out
}

// depPath describes the path from token c up to the common ancestor with
// token q and down to q, as relations ("nsubj>|" is c the subject of q).
func depPath(s *parallax.Sentence, c, q int) string {
	if c < 0 || q < 0 || s.Tokens[c].Rel == "" || s.Tokens[q].Rel == "" {
		return ""
	}
	ac, aq := ancestors(s, c), ancestors(s, q)
	pos := map[int]int{}
	for k, t := range aq {
		pos[t] = k
	}
	for k, t := range ac {
		if j, ok := pos[t]; ok {
			if k > 4 || j > 3 {
				return "far"
			}
			var b strings.Builder
			for _, u := range ac[:k] {
				b.WriteString(baseRel(s.Tokens[u].Rel))
				b.WriteByte('>')
			}
			b.WriteByte('|')
			for _, u := range aq[:j] {
				b.WriteString(baseRel(s.Tokens[u].Rel))
				b.WriteByte('<')
			}
			return b.String()
		}
	}
	return "none"
}

func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i > 0 && r != "nsubj:pass" && r != "obl:agent" {
		return r[:i]
	}
	return r
}

// cueToken returns the sentence and token index of a claim's cue head.
func cueToken(doc *parallax.Document, c *parallax.Claim) (int, int) {
	si := doc.SentenceIndex(c.Cue.Start)
	if si < 0 {
		return -1, -1
	}
	s := &doc.Sentences[si]
	a, b := tokRange(s, c.Cue.Start, c.Cue.End)
	if a < 0 {
		return si, -1
	}
	return si, headOf(s, a, b)
}

// inQuote reports whether byte off lies inside quotation marks of its
// sentence (an odd number of marks before it).
func inQuote(s *parallax.Sentence, off int) bool {
	n := 0
	for _, t := range s.Tokens {
		if t.Start >= off {
			break
		}
		switch t.Text {
		case "\"", "“", "”", "«", "»":
			n++
		}
	}
	return n%2 == 1
}

func speakerEntity(e *parallax.Entity) bool {
	switch e.Kind {
	case parallax.KindPerson, parallax.KindOrganization, parallax.KindGovernment, parallax.KindMilitary, parallax.KindGroup:
		return true
	case parallax.KindGPE, parallax.KindLocation:
		// a place speaks only as its state ("Ukraine said"): it needs a side
		return e.Side != ""
	}
	return false
}

// Candidates lists the possible speakers of doc.Claims[ci]; the first is
// always the null candidate.
func Candidates(doc *parallax.Document, ci int, prev *parallax.Claim) []Candidate {
	c := &doc.Claims[ci]
	out := []Candidate{{Src: SrcNull, Start: -1, End: -1, Sent: -1}}
	si, q := cueToken(doc, c)
	if si < 0 {
		return out
	}
	byspan := map[[2]int]int{}
	add := func(k Candidate) int {
		if k.Start >= 0 {
			if j, ok := byspan[[2]int{k.Start, k.End}]; ok {
				return j
			}
			byspan[[2]int{k.Start, k.End}] = len(out)
		}
		out = append(out, k)
		return len(out) - 1
	}
	lo := si - 2
	if lo < 0 {
		lo = 0
	}
	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		es := doc.SentenceIndex(e.Start)
		if es < lo || es > si || !speakerEntity(e) {
			continue
		}
		kind := e.Kind
		if pronouns[strings.ToLower(e.Text)] {
			kind = "pronoun"
		}
		add(Candidate{Src: SrcEntity, Start: e.Start, End: e.End, Text: e.Text, Kind: kind, Actor: e.Actor, Side: e.Side, Sent: es})
	}
	sp := c.Speaker
	if sp.Text != "" {
		sp.Start, sp.End = RuleMention(doc, c)
		sp.Text = doc.Text[sp.Start:sp.End]
		j := add(Candidate{Src: SrcRule, Start: sp.Start, End: sp.End, Text: sp.Text, Kind: "nominal", Actor: sp.Actor, Side: sp.Side, Sent: doc.SentenceIndex(sp.Start)})
		out[j].Rule = true
		// the entity's resolution may differ from the rules' (a title
		// resolved to its holder by the claim stage): the rules' reading
		// of their own span is the one that counts
		out[j].Actor, out[j].Side = sp.Actor, sp.Side
	} else if sp.Side != "" || sp.Actor != "" {
		add(Candidate{Src: SrcRule, Start: -1, End: -1, Kind: "", Actor: sp.Actor, Side: sp.Side, Sent: -1, Rule: true})
	}
	if prev != nil && prev.Speaker.Text != "" && (prev.Speaker.Side != "" || prev.Speaker.Actor != "") {
		ps := prev.Speaker
		j := add(Candidate{Src: SrcPrev, Start: ps.Start, End: ps.End, Text: ps.Text, Kind: "nominal", Actor: ps.Actor, Side: ps.Side, Sent: doc.SentenceIndex(ps.Start)})
		out[j].Prev = true
	}
	for r, sd := range topSides(doc, 3) {
		k := Candidate{Src: SrcSide, Start: -1, End: -1, Kind: "side", Side: sd, Sent: -1, SideRank: r + 1}
		for ei := range doc.Entities {
			if doc.Entities[ei].Side == sd && doc.SentenceIndex(doc.Entities[ei].Start) == si {
				k.SideInSent = true
				break
			}
		}
		out = append(out, k)
	}
	describe(doc, c, si, q, out)
	return out
}

// topSides returns the n sides the article's entities name most (ties in
// order of first mention).
func topSides(doc *parallax.Document, n int) []string {
	count := map[string]int{}
	var order []string
	for _, e := range doc.Entities {
		if e.Side == "" {
			continue
		}
		if count[e.Side] == 0 {
			order = append(order, e.Side)
		}
		count[e.Side]++
	}
	sort.SliceStable(order, func(a, b int) bool { return count[order[a]] > count[order[b]] })
	if len(order) > n {
		order = order[:n]
	}
	return order
}

// describe fills the positional and syntactic fields of the candidates.
func describe(doc *parallax.Document, c *parallax.Claim, si, q int, cands []Candidate) {
	s := &doc.Sentences[si]
	// the cue's subject and object tokens
	subj, obj := -1, map[int]bool{}
	if q >= 0 && s.Tokens[q].Rel != "" {
		for i, t := range s.Tokens {
			if t.Head-1 != q {
				continue
			}
			switch t.Rel {
			case "nsubj", "nsubj:pass":
				if subj < 0 {
					subj = i
				}
			case "obj", "iobj", "obl", "obl:agent", "nmod":
				obj[i] = true
			}
		}
	}
	inSubj := func(i int) bool {
		if subj < 0 {
			return false
		}
		for _, a := range ancestors(s, i) {
			if a == subj {
				return true
			}
			if a == q {
				return false
			}
		}
		return false
	}
	nearest, first := -1, -1
	for k := range cands {
		cd := &cands[k]
		if cd.Start < 0 || cd.Sent < 0 {
			continue
		}
		ms := &doc.Sentences[cd.Sent]
		a, b := tokRange(ms, cd.Start, cd.End)
		if a < 0 {
			continue
		}
		h := nameHead(ms, headOf(ms, a, b))
		cd.InQuote = inQuote(ms, cd.Start)
		if ms.Tokens[h].Rel != "" {
			cd.HeadRel = ms.Tokens[h].Rel
		}
		if cd.Kind == "nominal" && (ms.Tokens[h].UPOS == "NOUN") {
			cd.HeadLemma = strings.ToLower(ms.Tokens[h].Lemma)
		}
		if a > 0 {
			if w := strings.ToLower(ms.Tokens[a-1].Text); markers[w] {
				cd.PrevWord = w
			}
		} else {
			cd.PrevWord = "^"
		}
		if cd.Sent != si {
			cd.BeforeCue = true
			cd.Back = si - cd.Sent
			continue
		}
		if q < 0 {
			continue
		}
		cd.BeforeCue = h < q
		if h < q {
			cd.Dist = q - b
		} else {
			cd.Dist = a - q - 1
		}
		if cd.Dist < 0 {
			cd.Dist = 0
		}
		cd.Path = depPath(s, h, q)
		cd.Subj = h == subj
		cd.SubjTree = !cd.Subj && inSubj(h)
		cd.Obj = obj[h]
		if cd.BeforeCue && cd.Side != "" && (nearest < 0 || cands[nearest].End < cd.End) {
			nearest = k
		}
		if first < 0 || cands[first].Start > cd.Start {
			first = k
		}
	}
	if nearest >= 0 {
		cands[nearest].Nearest = true
	}
	if first >= 0 {
		cands[first].FirstInS = true
	}
	for k := range cands {
		if cands[k].Side == "" {
			continue
		}
		for j := range cands {
			if j != k && cands[j].Side == cands[k].Side {
				cands[k].SameSideAs++
			}
		}
	}
}

// RuleMention is the part of a claim's speaker span that the rules read
// as the speaker, as the model was trained on it: since session 27 the
// span is the whole mention ("Defence Minister Karel Varga", "The
// ministry"), the rules' speaker the name or head inside it. It is the
// speaker entity that ends where the span does, else one inside it with
// the speaker's actor, else the whole span.
func RuleMention(doc *parallax.Document, c *parallax.Claim) (start, end int) {
	sp := c.Speaker
	start, end = sp.Start, sp.End
	found := false
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Start < sp.Start || e.End > sp.End || !speakerEntity(e) {
			continue
		}
		if e.End == sp.End {
			return e.Start, e.End
		}
		if !found && sp.Actor != "" && e.Actor == sp.Actor {
			start, end, found = e.Start, e.End, true
		}
	}
	return start, end
}
