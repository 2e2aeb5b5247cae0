package fuse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax"
)

// A denial often names what it denies only by a word that points back:
// "Kigali rejected the accusation", "the ministry dismissed the claim as
// black propaganda", "Baku called it disinformation", "the battalion
// rejected that account", "the capital dismissed the remark as false". Its own words share none with the claim it
// answers, which the sentence or two before it states; so the denial is
// about that claim (sameMatter), read here once per article.

// referringNouns name a statement without telling its content.
var referringNouns = map[string]bool{
	"accusation": true, "accusations": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"report": true, "reports": true, "account": true, "accounts": true, "statement": true, "statements": true,
	"charge": true, "charges": true, "figure": true, "figures": true, "version": true, "assertion": true,
	"assertions": true, "propaganda": true, "toll": true, "remark": true, "remarks": true, "comment": true,
	"comments": true, "role": true, "involvement": true, "responsibility": true,
}

// afterReferring are the words that may follow a referring noun that
// points back: what the denier calls it ("as propaganda", "was a
// fabrication"), whose it is ("published by the ministry", "of 58
// soldiers"), or the denier's next words ("saying ...", "and said ...",
// "whose sole aim is ..."). Another word (a verb: "reports have
// documented") makes the noun the subject of the content denied.
var afterReferring = map[string]bool{
	"as": true, "of": true, "by": true, "published": true, "circulated": true, "spread": true, "issued": true,
	"made": true, "released": true, "from": true, "about": true, "saying": true, "calling": true, "adding": true,
	"and": true, "in": true, "on": true, "which": true, "whose": true, "but": true, "while": true,
	"was": true, "were": true, "is": true, "are": true,
	// when and how it was rejected: "rejected the accusation within
	// hours", "outright", "at a news conference"
	"within": true, "outright": true, "immediately": true, "later": true, "at": true,
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

// accusationNouns name a statement that blames the denier: the claim
// pointed to names the denier ("Rwanda is no longer hiding behind the
// M23" before "Kigali rejected the accusation"), not a claim of the other
// side about a third ("the rebels accused the army of shelling villages").
var accusationNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true, "charge": true, "charges": true,
	"role": true, "involvement": true, "responsibility": true,
}

// namesSide reports whether claim a names side s: a mention of s in its
// words, or s the initiator of one of its events.
func namesSide(doc *parallax.Document, a *parallax.Claim, s string) bool {
	for k := range doc.Entities {
		if e := &doc.Entities[k]; e.Side == s && e.Start >= a.Start && e.End <= a.End {
			return true
		}
	}
	for k := range doc.Events {
		if e := &doc.Events[k]; string(e.Claim) == a.ID && e.Initiator.Side == s {
			return true
		}
	}
	return false
}

// namesDenier reports whether claim a names the side of denial d's
// speaker, or the side of a name in the speaker's words ("Afghanistan's
// Taliban administration" speaks for Afghanistan too).
func namesDenier(doc *parallax.Document, a, d *parallax.Claim) bool {
	if namesSide(doc, a, d.Speaker.Side) {
		return true
	}
	for k := range doc.Entities {
		if e := &doc.Entities[k]; e.Side != "" && e.Side != d.Speaker.Side && e.Start >= d.Speaker.Start && e.End <= d.Speaker.End && namesSide(doc, a, e.Side) {
			return true
		}
	}
	return false
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
	_, ok := referringHead(text)
	return ok
}

// referringHead returns the referring word of a denial that points back
// (pointsBack).
func referringHead(text string) (string, bool) {
	ws := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(ws) == 0 {
		return "", false
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
	if head < 0 || !referringPronouns[ws[head]] && head+1 < len(ws) && !afterReferring[ws[head+1]] {
		return "", false // "experts' reports have documented ...": the content itself
	}
	for _, w := range ws[head+1:] {
		if w == "that" {
			return "", false
		}
	}
	return ws[head], true
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
		head, ok := referringHead(strings.ToLower(doc.Text[d.Start:d.End]))
		if !ok {
			continue
		}
		// Whose statement it is, where the words name a party ("the
		// al-Shabaab figures", "Pakistan's allegations", "India's claim"):
		// the claim pointed to is that party's.
		var named []string
		for k := range doc.Entities {
			e := &doc.Entities[k]
			if e.Start >= d.Start && e.End <= d.End && e.Side != "" && e.Side != d.Speaker.Side && !slices.Contains(named, e.Side) {
				named = append(named, e.Side)
			}
		}
		at := min(d.Start, d.Cue.Start)
		best := -1
		for j := range doc.Claims {
			a := &doc.Claims[j]
			if j == i || a.Stance != parallax.StanceAssert || a.Speaker.Side == "" || a.Speaker.Side == d.Speaker.Side ||
				a.End > at || a.Start < 0 || best >= 0 && a.End <= doc.Claims[best].End ||
				len(named) > 0 && !slices.Contains(named, a.Speaker.Side) ||
				accusationNouns[head] && !namesDenier(doc, a, d) {
				continue
			}
			best = j
		}
		if best < 0 {
			continue
		}
		// The accuser may go on speaking after the claim pointed to (the
		// toll, the wounded, the pursuit, in claims of its side): the
		// denial answers its statement as a whole, and the sentences
		// are counted from its end, the last of the accuser's claims
		// before the denial that no other party's claim follows.
		last := best
		for j := best + 1; j < len(doc.Claims); j++ {
			a := &doc.Claims[j]
			if j == i || a.End > at || a.Start < doc.Claims[last].Start {
				continue
			}
			if a.Speaker.Side != doc.Claims[best].Speaker.Side {
				break
			}
			last = j
		}
		if sentenceEnds(doc.Text, doc.Claims[last].End, at) > referBack {
			continue
		}
		out[i] = int32(best)
	}
	return out
}

// sentenceEnds counts the sentence ends in text[from:to]; a stop and the
// paragraph break after it are one end.
func sentenceEnds(text string, from, to int) int {
	n := 0
	to = min(to, len(text))
	for k := max(0, from); k < to; k++ {
		if !isSentenceEnd(text, k) {
			continue
		}
		n++
		for k+1 < to && (text[k+1] == ' ' || text[k+1] == '\n' || isSentenceEnd(text, k+1)) {
			k++
		}
	}
	return n
}

// A wire story's background often sets a standing accusation and its
// standing denial in one sentence: "Pakistan accuses the Taliban of
// sheltering TTP fighters, a charge Kabul denies"; "New Delhi has long
// accused Islamabad of ..., a charge Pakistan denies". The present tense
// tells a position held, not an answer to the incident's claims: such a
// denial makes no denial contradiction of the incident.

// standingNouns name the accusation in the apposition before the denier.
var standingNouns = []string{"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims"}

// standingDenial reports whether claim c is a denial told as a standing
// position: its cue, a verb in the present tense ("denies", "rejects"),
// follows its words and ", a charge" (an accusation, allegation, claim)
// and the denier's name.
func standingDenial(doc *parallax.Document, c *parallax.Claim) bool {
	if c.Stance != parallax.StanceDeny || c.End > c.Cue.Start || c.Cue.End > len(doc.Text) || c.End < 0 {
		return false
	}
	cue := strings.ToLower(doc.Text[c.Cue.Start:c.Cue.End])
	if !strings.HasSuffix(cue, "s") || strings.HasSuffix(cue, "ss") {
		return false // "denied", "dismissed": an answer told in the past
	}
	between := strings.ToLower(doc.Text[c.End:c.Cue.Start])
	rest, ok := strings.CutPrefix(strings.TrimLeft(between, `"'”’`), ",")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 {
		return false
	}
	if ws[0] == "a" || ws[0] == "an" || ws[0] == "the" {
		ws = ws[1:]
	}
	return slices.Contains(standingNouns, ws[0])
}
