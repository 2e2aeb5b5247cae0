package fuse

import (
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

// answers reports whether the sentence at offset off tells its happening
// as an answer (answerWords).
func answers(doc *parallax.Document, off int) bool {
	sp := sentenceSpan(doc, off)
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return false
	}
	t := strings.ToLower(doc.Text[sp.Start:sp.End])
	for _, w := range answerWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
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
func mutualBlame(doc *parallax.Document, segs []segment) {
	t := doc.Text
	for off := 0; off < len(t); {
		sp := sentenceSpan(doc, off)
		if sp.End <= off {
			sp.End = off + 1
		}
		off = sp.End
		if sp.Start < 0 || sp.End > len(t) || sp.Start >= sp.End {
			continue
		}
		low := strings.ToLower(t[sp.Start:sp.End])
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

func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
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
