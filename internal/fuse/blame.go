package fuse

import (
	"bytes"
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// answerWords tell an attack as an answer to the other side's: its
// initiator, saying so, blames the side it hit for starting ("carried out
// retaliatory operations against Pakistani forces", "returned fire in
// self-defence", "responded by targeting the carrier").
var answerWords = []string{"retaliat", "in response", "responded", "response to", "self-defence", "self-defense",
	"returned fire", "returning fire", "fired back", "firing back", "repelled", "repulsed", "repelling", "repulsing",
	"counterattack", "counter-attack", "in revenge", "avenge"}

// sentenceScan looks for words in the sentences of a document that
// events and claims are in (the only ones fusion reads them in), each
// sentence lower-cased once into a scratch buffer.
type sentenceScan struct {
	doc   *parallax.Document
	buf   []byte
	last  parallax.Span
	lower []byte // the last sentence, lower-cased
	offs  []int  // scratch for mutualBlame
}

// at returns the span of the sentence at offset off and its text in lower
// case (ASCII letters; the same bytes otherwise, so offsets agree).
func (sc *sentenceScan) at(off int) (parallax.Span, []byte) {
	sp := sentenceSpan(sc.doc, off)
	if sp.Start < 0 || sp.End > len(sc.doc.Text) || sp.Start >= sp.End {
		return sp, nil
	}
	if sp != sc.last || sc.lower == nil {
		sc.buf = sc.buf[:0]
		t := sc.doc.Text[sp.Start:sp.End]
		for i := 0; i < len(t); i++ {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			sc.buf = append(sc.buf, c)
		}
		sc.last, sc.lower = sp, sc.buf
	}
	return sp, sc.lower
}

// blames reports whether event e, told by its initiator, blames its
// target: a hostile act told as an answer (answerWords), or an accusation
// (CAMEO 112: "blaming armed Venezuelans", "accused Kyiv of the attack"),
// whose initiator is the accuser and whose target the accused. Other
// words are never blame, whatever their sentence says ("in response, the
// ministry summoned the ambassador").
func blames(e *parallax.Event, sc *sentenceScan) bool {
	if strings.HasPrefix(e.CAMEO, "112") {
		return true
	}
	return eventClass(e) == classViolence && sc.answers(e.Start)
}

// answers reports whether the sentence at offset off tells its happening
// as an answer (answerWords).
func (sc *sentenceScan) answers(off int) bool {
	_, low := sc.at(off)
	return containsAny(low, answerWords)
}

// mutualWords say in the reporter's voice that two parties blame each
// other for a clash: a wire's "Thailand and Cambodia blamed each other",
// "each side blaming the other", "the two armies traded accusations". With
// a word of blame: a reciprocal; alone: an exchange of blame.
var (
	blameWords      = []string{"accus", "blam"}
	reciprocalWords = []string{"each other", "one another", "the other"}
	exchangeWords   = []string{"traded blame", "trade blame", "trading blame", "traded accusations", "trade accusations",
		"trading accusations", "exchanged accusations", "exchanging accusations", "exchange accusations", "mutual accusations"}
)

// mutualBlame gives each segment the pairs of parties its sentences say
// blame each other: the two parties the sentence names (by its entities'
// sides, international bodies aside), else the segment's own two parties
// when the sentence names none or one ("the two sides blamed each other").
// The sentences read are those of the document's events and claims' cues:
// a sentence that says two parties blame each other tells a clash or
// reports what they said.
func mutualBlame(doc *parallax.Document, sc *sentenceScan, segs []segment) {
	offs := sc.offs[:0]
	defer func() { sc.offs = offs }()
	for i := range doc.Events {
		offs = append(offs, doc.Events[i].Start)
	}
	for i := range doc.Claims {
		offs = append(offs, doc.Claims[i].Cue.Start)
	}
	slices.Sort(offs)
	done := -1
	for _, off := range offs {
		if off < done {
			continue // a sentence already read
		}
		sp, low := sc.at(off)
		done = max(sp.End, off+1)
		if low == nil {
			continue
		}
		if !containsAny(low, exchangeWords) && !(containsAny(low, blameWords) && containsAny(low, reciprocalWords)) {
			continue
		}
		var sides []string
		for i := range doc.Entities {
			e := &doc.Entities[i]
			if e.Start >= sp.Start && e.Start < sp.End && e.Side != "" && !internationalBodies[e.Side] {
				sides = append(sides, e.Side)
			}
		}
		sides = sortedSet(sides)
		si := segmentOf(segs, sp.Start)
		if len(sides) < 2 {
			sides = sides[:0]
			for _, x := range segs[si].sides {
				if !internationalBodies[x] {
					sides = append(sides, x)
				}
			}
		}
		if len(sides) != 2 {
			continue
		}
		p := [2]string{sides[0], sides[1]}
		if !containsPair(segs[si].mutual, p) {
			segs[si].mutual = append(segs[si].mutual, p)
		}
	}
}

func containsAny(s []byte, ws []string) bool {
	for _, w := range ws {
		if bytes.Contains(s, []byte(w)) {
			return true
		}
	}
	return false
}

func containsPair(ps [][2]string, p [2]string) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}
