package quantity

import (
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when/words"
)

// Headlines leave out the article: "Air Force downs aircraft", "Azerbaijan
// says it lost helicopter", "Strike Kills Commander", "Soldier killed in
// rocket barrage". Each such bare singular noun is one item, as "a
// helicopter" would be in running text. headlineArticles puts a zero-width
// "a" before it in the headline's words, so the rules for "a helicopter"
// count it.

// headlineVerbs are the verbs of harm after which a headline's bare
// singular noun is their object ("down" of "shoots down").
var headlineVerbs = map[string]bool{"kills": true, "killed": true, "downs": true, "downed": true, "down": true,
	"loses": true, "lost": true, "destroys": true, "destroyed": true, "captures": true, "captured": true,
	"seizes": true, "seized": true,
	// (after a plural subject: "Border strikes kill civilian"; and harm
	// short of death: "Blast wounds soldier")
	"kill": true, "destroy": true, "capture": true, "seize": true, "lose": true,
	"wounds": true, "wound": true, "injures": true, "injure": true}

// headlineStates are the participles after a headline's bare subject that
// tell what befell it: "Soldier killed", "Helicopter shot down".
var headlineStates = map[string]bool{"killed": true, "wounded": true, "injured": true, "captured": true,
	"kidnapped": true, "abducted": true, "downed": true, "shot": true, "destroyed": true}

// bareBlockers are the words that make the noun after them no bare noun:
// determiners, possessives and pronouns.
var bareBlockers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "all": true, "both": true, "any": true, "no": true, "some": true, "another": true,
	"each": true, "every": true, "it": true, "them": true, "him": true, "us": true, "me": true, "one": true,
	"more": true, "most": true, "many": true, "several": true, "dozens": true, "hundreds": true,
	"thousands": true, "scores": true}

// headlineSentences returns how many of sents lie inside the article's
// title, where the text begins with it; 0 when the text does not.
func headlineSentences(doc *parallax.Document, sents []words.Sentence) int {
	title := strings.TrimSpace(doc.Article.Title)
	if title == "" || !strings.HasPrefix(strings.TrimLeft(doc.Text, " \t\r\n"), title) {
		return 0
	}
	end := strings.Index(doc.Text, title) + len(title)
	n := 0
	for n < len(sents) && sents[n].End <= end {
		n++
	}
	return n
}

// headlineArticles returns sents with a zero-width "a" before each bare
// singular item noun of the headline's sentences (the words of other
// sentences, and sents itself, unchanged: a sentence it changes gets
// words of its own).
func (s *Stage) headlineArticles(doc *parallax.Document, sents []words.Sentence) []words.Sentence {
	n := headlineSentences(doc, sents)
	var out []words.Sentence
	for si := 0; si < n; si++ {
		ws := sents[si].Words
		var at []int // the words a zero-width article goes before
		for i := range ws {
			if s.bareObject(ws, i) || s.bareSubject(ws, i) {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			continue
		}
		if out == nil {
			out = append([]words.Sentence(nil), sents...)
		}
		nw := make([]words.Word, 0, len(ws)+len(at))
		for i, w := range ws {
			if len(at) > 0 && at[0] == i {
				nw = append(nw, words.Word{Span: parallax.Span{Start: w.Start, End: w.Start}, Text: "a", Lower: "a", Tok: -1})
				at = at[1:]
			}
			nw = append(nw, w)
		}
		out[si].Words = nw
	}
	if out == nil {
		return sents
	}
	return out
}

// bareObject reports whether word i starts a bare singular item noun
// right after a verb of harm: "downs aircraft", "lost helicopter",
// "downed Thai jet", "Kills Commander".
func (s *Stage) bareObject(ws []words.Word, i int) bool {
	if i == 0 || !headlineVerbs[ws[i-1].Lower] {
		return false
	}
	if ws[i-1].Lower == "down" && (i < 2 || ws[i-2].Lower != "shoots" && ws[i-2].Lower != "shot") {
		return false
	}
	return s.bareNoun(ws, i)
}

// headlineSays are the cues after which a headline's reported clause
// starts: "UNITA radio says government jet shot down".
var headlineSays = map[string]bool{"says": true, "say": true, "claims": true, "claim": true}

// bareSubject reports whether word i starts a headline part ("Soldier
// killed in ...", "...: Helicopter shot down") with a bare singular item
// noun that a participle of harm follows; a headline's reported clause
// after "says" or "claims" starts such a part too.
func (s *Stage) bareSubject(ws []words.Word, i int) bool {
	if i > 0 && ws[i-1].Lower != ":" && ws[i-1].Lower != ";" && !headlineSays[ws[i-1].Lower] {
		return false
	}
	for j := i; j < len(ws) && j <= i+2; j++ {
		if _, k := phraseAt(s.items, s.firstLen(ws, j), ws, j); k > 0 {
			return j+k < len(ws) && headlineStates[ws[j+k].Lower] && s.bareNoun(ws, i)
		}
	}
	return false
}

// bareNoun reports whether the words from i are a noun phrase of at most
// three words with no determiner or number whose head is a singular item
// noun ("Thai jet", "army helicopter", "commander").
func (s *Stage) bareNoun(ws []words.Word, i int) bool {
	if i >= len(ws) || bareBlockers[ws[i].Lower] || isPunct(ws[i].Lower) {
		return false
	}
	if _, ok := amountAt(ws, i); ok {
		return false
	}
	for j := i; j < len(ws) && j <= i+2; j++ {
		w := ws[j].Lower
		if isPunct(w) || bareBlockers[w] || isDigits(w) {
			return false
		}
		e, k := phraseAt(s.items, s.firstLen(ws, j), ws, j)
		if k == 0 {
			continue
		}
		last := ws[j+k-1].Lower
		if j+k < len(ws) {
			if e2, k2 := phraseAt(s.items, s.firstLen(ws, j+k), ws, j+k); k2 > 0 {
				// "army helicopter": the item word was a modifier
				e, last = e2, ws[j+k+k2-1].Lower
			}
		}
		return e.item != "" && e.item != "none" && !strings.HasSuffix(last, "s")
	}
	return false
}

// partBetween reports whether a semicolon stands between offsets a and b
// (in either order) of the words ws: the headline's parts are told apart.
func partBetween(ws []words.Word, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, w := range ws {
		if w.Start >= a && w.End <= b && w.Lower == ";" {
			return true
		}
	}
	return false
}

// headlineSource returns the side of the source a headline part ends on
// after offset end (", says CSP", ", army says"), "" when it ends on
// none: the words after the comma are the source's name and the verb, and
// nothing else.
func (c *context) headlineSource(si, end int) string {
	ws := c.sents[si].Words
	k := len(ws) - 1
	for j := range ws {
		if ws[j].Start >= end && ws[j].Lower == ";" {
			k = j - 1 // the part that holds the count ends here
			break
		}
	}
	comma := -1
	for j := k; j >= 0 && ws[j].Start >= end; j-- {
		if ws[j].Lower == "," {
			comma = j
			break
		}
	}
	if comma < 0 || k-comma < 2 || k-comma > 6 {
		return ""
	}
	verb := -1
	if sayVerbs[ws[comma+1].Lower] {
		verb = comma + 1 // ", says CSP"
	} else if sayVerbs[ws[k].Lower] {
		verb = k // ", CSP says"
	} else {
		return ""
	}
	side := ""
	for j := comma + 1; j <= k; j++ {
		if j == verb {
			continue
		}
		sd := c.sideAt(si, j)
		if sd == "" && !startsUpper(ws[j].Text) && ws[j].Lower != "the" {
			return ""
		}
		if sd != "" {
			if side != "" && side != sd {
				return ""
			}
			side = sd
		}
	}
	return side
}

// sayVerbs are the verbs a headline's source ends on.
var sayVerbs = map[string]bool{"says": true, "say": true, "claims": true, "claim": true}
