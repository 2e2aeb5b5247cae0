package fuse

import (
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
)

// A denial often names what it denies only by a word that points back:
// "Kigali rejected the accusation", "the ministry dismissed the claim as
// black propaganda", "Baku called it disinformation", "the battalion
// rejected that account". Its own words share none with the claim it
// answers, which the sentence or two before it states; so the denial is
// about that claim (sameMatter), read here once per article.

// referringNouns name a statement without telling its content.
var referringNouns = map[string]bool{
	"accusation": true, "accusations": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"report": true, "reports": true, "account": true, "accounts": true, "statement": true, "statements": true,
	"charge": true, "charges": true, "figure": true, "figures": true, "version": true, "assertion": true,
	"assertions": true, "propaganda": true, "toll": true,
}

// referringPronouns stand for the statement denied ("denied it",
// "rejected this"), alone or before what the denier calls it
// (pronounLabels: "called it disinformation", "dismissed it as
// fabricated", "calling it the usual lies"); before anything else the
// pronoun is a subject ("it had hit nine sites") or a conjunction ("that
// the plant had stopped").
var referringPronouns = map[string]bool{"it": true, "this": true, "that": true, "these": true, "them": true}

// objectPronouns may stand before an article ("calling it the usual
// lies"); "that the" opens a clause.
var objectPronouns = map[string]bool{"it": true, "them": true}

var articles = map[string]bool{"a": true, "an": true, "the": true}

var pronounLabels = map[string]bool{
	"as": true, "a": true, "an": true, "the": true, "disinformation": true, "lies": true, "lie": true, "propaganda": true,
	"fabrication": true, "fabricated": true, "false": true, "baseless": true, "fake": true, "nonsense": true,
	"slander": true, "absurd": true, "untrue": true, "groundless": true,
}

// referBack is how many sentence ends may stand between the claim a
// denial points back to and the denial: the denial's sentence and the two
// before it.
const referBack = 2

// pointsBack reports whether a denial's words (lower case) name what they
// deny only by pointing back: a referring noun among the first words
// ("the accusation", "the Pakistani figures as propaganda", "what it
// called the inflated figures") or a pronoun alone, and no "that" clause
// after it telling the content ("the claim that Iran had targeted
// civilians" tells it).
func pointsBack(text string) bool {
	ws := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(ws) == 0 {
		return false
	}
	head := -1
	switch {
	case referringPronouns[ws[0]] && (len(ws) == 1 || pronounLabels[ws[1]] && (objectPronouns[ws[0]] || !articles[ws[1]])):
		head = 0
	default:
		for k := 0; k < len(ws) && k <= 5; k++ {
			if referringNouns[ws[k]] {
				head = k
				break
			}
		}
	}
	if head < 0 {
		return false
	}
	for _, w := range ws[head+1:] {
		if w == "that" {
			return false
		}
	}
	return true
}

// denialReferents returns, per claim of doc, the index of the claim that a
// denial pointing back answers (-1 for none): the nearest claim before it
// that asserts, of a known side other than the denier's, at most
// referBack sentence ends before it.
func denialReferents(doc *parallax.Document) []int32 {
	out := make([]int32, len(doc.Claims))
	for i := range out {
		out[i] = -1
	}
	for i := range doc.Claims {
		d := &doc.Claims[i]
		if d.Stance != parallax.StanceDeny || d.Speaker.Side == "" || d.Start < 0 || d.End > len(doc.Text) || d.Start >= d.End {
			continue
		}
		if !pointsBack(strings.ToLower(doc.Text[d.Start:d.End])) {
			continue
		}
		at := min(d.Start, d.Cue.Start)
		best := -1
		for j := range doc.Claims {
			a := &doc.Claims[j]
			if j == i || a.Stance != parallax.StanceAssert || a.Speaker.Side == "" || a.Speaker.Side == d.Speaker.Side ||
				a.End > at || a.Start < 0 || best >= 0 && a.End <= doc.Claims[best].End {
				continue
			}
			best = j
		}
		if best < 0 || sentenceEnds(doc.Text, doc.Claims[best].End, at) > referBack {
			continue
		}
		out[i] = int32(best)
	}
	return out
}

// sentenceEnds counts the sentence ends in text[from:to].
func sentenceEnds(text string, from, to int) int {
	n := 0
	for k := max(0, from); k < min(to, len(text)); k++ {
		if isSentenceEnd(text, k) {
			n++
		}
	}
	return n
}
