package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// singleArticle are the words that name one machine alone: "and a MiG-27".
var singleArticle = map[string]bool{"a": true, "an": true, "one": true}

// joinedMaterielSummed makes one count of a group of machines and one more
// of the same item joined by "and" under one outcome: "shot down two Kfir
// jets and a MiG-27 fighter" is three aircraft lost in one act, one phrase
// for both (the golds give one count of 3, as they sum "nine soldiers and a
// police officer"). Two items ("two tanks and a howitzer", "two jets and a
// helicopter") stay two counts, as do two groups ("two pick-up trucks and a
// dozen motorcycles" seized), a list's last two members, vague numbers and
// two owners each named ("two Syrian tanks and a Turkish one").
func joinedMaterielSummed(ws []words.Word, out []found) []found {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if a.Item == "" || peopleItems[a.Item] || a.Item != b.Item || a.outcomeAt < 0 || a.outcomeAt != b.outcomeAt || a.Claim != b.Claim {
			continue
		}
		if a.N == nil || b.N == nil || a.NMax != nil || b.NMax != nil || a.listed || b.listed || a.toll || b.toll {
			continue
		}
		if b.ownerNamed && a.ownerNamed && a.Owner != b.Owner {
			continue
		}
		if strings.TrimSpace(wordsBetween(ws, a.End, b.Start)) != "and" || *b.N != 1 || *a.N < 2 {
			continue
		}
		if k := wordStartingAt(ws, b.Start); k < 0 || !singleArticle[ws[k].Lower] {
			continue
		}
		if j := wordStartingAt(ws, a.Start); j < 0 || j > 0 && (ws[j-1].Lower == "," || ws[j-1].Lower == "and") && !clauseAnd(ws, out, i, j) {
			// (a list's last two members)
			continue
		}
		n := *a.N + *b.N
		a.N, a.End = &n, b.End
		out[i] = a
		out = append(out[:i+1], out[i+2:]...)
		i--
	}
	return out
}

// clauseAnd reports whether the ", and" before the count out[i] (at word j)
// opens a clause rather than a list's last member: no count ends right
// before the comma ("UN aircraft flew 1,000 sorties, and four F-80s and a
// B-29 were lost" is one loss of five, where "destroyed three trucks, and
// two jets and a fighter" lists).
func clauseAnd(ws []words.Word, out []found, i, j int) bool {
	if j < 2 || ws[j-1].Lower != "and" || ws[j-2].Lower != "," {
		return false
	}
	return i == 0 || strings.TrimSpace(wordsBetween(ws, out[i-1].End, ws[j-1].Start)) != ","
}

// ofBeforeConjunct returns the index of the "and" that ends the "of"
// phrase at ws[k] when a number opens the next conjunct, k otherwise:
// "Seventy-five personnel of the force and one constable of the state
// police were killed" is one list of people under "were killed", its
// first member's unit named by an of-phrase too long for ofPhraseEnd to
// reach the verb.
func (s *Stage) ofBeforeConjunct(ws []words.Word, k int) int {
	if k >= len(ws) || ws[k].Lower != "of" {
		return k
	}
	for j := k + 1; j < len(ws) && j <= k+7; j++ {
		w := ws[j].Lower
		if w == "and" {
			if _, ok := amountAt(ws, j+1); ok && j > k+1 {
				return j
			}
			return k
		}
		if isPunct(w) && w != "-" && !isQuote(w) || s.verbForm(ws, j) {
			return k
		}
	}
	return k
}

// unitOfLink reports whether the words between two joined people counts
// are an of-phrase naming the first one's unit and "and" ("of the army
// and"): the sum written as parts, each with its own unit.
func unitOfLink(link string) bool {
	f := strings.Fields(link)
	if len(f) < 3 || f[0] != "of" || f[len(f)-1] != "and" {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if isPunct(w) || w == "and" {
			return false
		}
	}
	return true
}

// questionLabels open a journalist's turn in a transcript ("QUESTION:",
// "Q:"): what it reports is the party it names, or no one's.
var questionLabels = map[string]bool{"question": true, "q": true, "questioner": true, "journalist": true, "reporter": true}

// briefersTurn reports whether sentence si of a transcript falls in a
// briefer's turn: the nearest paragraph label before it ("NAME (Title):",
// "MAJ GEN NAME:") is no journalist's question. A briefing's remarks are
// its briefers' word, so its counts are claimed by their side whether or
// not a sentence says "we" ("Seven were wounded, and they have been flown
// to ...").
func (s *Stage) briefersTurn(ctx *context, si int) bool {
	for sj := si; sj >= ctx.headlines && sj >= 0; sj-- {
		ws := ctx.sents[sj].Words
		if len(ws) < 2 {
			continue
		}
		k := ws[0].Start
		for k > 0 && (ctx.doc.Text[k-1] == ' ' || ctx.doc.Text[k-1] == '\t') {
			k--
		}
		if k > 0 && ctx.doc.Text[k-1] != '\n' {
			continue // not a paragraph's first sentence
		}
		label, paren := false, false
		for j := 0; j < len(ws) && j <= 14; j++ {
			w := ws[j].Lower
			if w == ":" && j > 0 && !paren {
				label = true
				break
			}
			switch {
			case w == "(":
				paren = true
			case w == ")":
				paren = false
			case paren || w == "." || w == "-" || w == "of" || w == "the" || w == "and" || w == "for":
			case !startsUpper(ws[j].Text):
				j = len(ws) // no label
			}
		}
		if label {
			// (a label of an outlet's name before a question: "X TV: How
			// many ...?")
			return !questionLabels[ws[0].Lower] && !asks(ws) && !asks(ctx.sents[si].Words)
		}
	}
	return false
}

// asks reports whether a sentence ends on a question mark.
func asks(ws []words.Word) bool {
	return len(ws) > 0 && ws[len(ws)-1].Lower == "?"
}

// relativeClauseVerb returns, for a relative clause opened at ws[k] right
// after a materiel noun (not "of which", a share's clause) ("One armoured carrier that was sent to relieve the
// post was destroyed by a mine"), the index of the first auxiliary within
// reach that an outcome follows, the verb of what befell the materiel; k
// when ws[k] opens no relative clause or no such verb follows before the
// clause's end.
func (s *Stage) relativeClauseVerb(ws []words.Word, k int) int {
	if k >= len(ws) || ws[k].Lower != "that" && ws[k].Lower != "which" {
		return k
	}
	for j := k + 1; j < len(ws) && j <= k+12; j++ {
		w := ws[j].Lower
		if isPunct(w) && w != "-" && !isQuote(w) {
			return k
		}
		if w != "was" && w != "were" {
			continue
		}
		e := j + 1
		for n := 0; e < len(ws) && n < 2 && auxWords[ws[e].Lower]; n++ {
			e++
		}
		if _, n := phraseAt(s.outcomes, s.firstLen(ws, e), ws, e); n > 0 && !peopleOnlyForms[phrase(ws, e, e+n-1)] {
			return j
		}
	}
	return k
}

// putOutOfAction returns the index of the verb of "put N tanks out of
// action" around the materiel from ws[first] to ws[hLast] (its object set
// between the verb and "out of action"), -1 when there is none.
func putOutOfAction(ws []words.Word, first, hLast int) int {
	if hLast+3 >= len(ws) || ws[hLast+1].Lower != "out" || ws[hLast+2].Lower != "of" || ws[hLast+3].Lower != "action" {
		return -1
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		switch ws[k].Lower {
		case "put", "puts", "putting", "knocked", "knock", "knocking":
			return k
		case "of", "the", "their", "its", "his", "our", "at", "least", "about", "some", "more", "than", "over", "nearly":
			continue // "put three of their trucks out of action"
		}
		return -1
	}
	return -1
}

// treatedForcesOwner gives wounded soldiers or police whom a hospital of a
// named place treats or receives, and whose words name no party, the
// state of that place ("the army hospital in X has received 14 wounded
// soldiers", "hospitals in X were treating hundreds of wounded soldiers"):
// a state's forces are brought to their own hospitals. Other counts keep
// the owner they have.
func (c *context) treatedForcesOwner(si int, f found) string {
	if f.Owner != "" || !f.stateForce || f.Item != "wounded" {
		return f.Owner
	}
	hospital := false
	for _, w := range c.sents[si].Words {
		if w.Lower == "hospital" || w.Lower == "hospitals" {
			hospital = true
			break
		}
	}
	if !hospital {
		return f.Owner
	}
	return c.placeWithin(c.sents[si].Start, c.sents[si].End)
}
