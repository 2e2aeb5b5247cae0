package claim

import (
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax/internal/actor"
)

// datelineEnd returns the first token of sentence [a, b) after a wire
// dateline ("KHARTOUM, Jan 20 (Reuters) -", "SANAA, Yemen (AP) —",
// "QUETTA:"), or a when the sentence opens with none. The dateline's
// words (a city, a month, the agency) are no part of the first
// sentence's clause: read as its subject they made "Jan" or "Yemen" the
// speaker of "The RSF said ...".
func datelineEnd(toks []actor.Tok, a, b int) int {
	if a < 0 || a >= b || !toks[a].Word || !toks[a].Cap {
		return a
	}
	caps, paren, open := upperWord(toks[a].Text), false, false
	for i := a; i < b && i < a+16; i++ {
		t := toks[i]
		switch {
		case dash(t.Text):
			// "(Xinhua) --" may come as two hyphens
			j := i + 1
			for j < b && dash(toks[j].Text) {
				j++
			}
			if open || i == a || !(caps || paren) || j >= b || !toks[j].Cap {
				return a
			}
			return j
		case t.Text == ":":
			// "QUETTA:": a capitals-only dateline before a colon
			if !upperWord(toks[a].Text) || i+1 >= b || !toks[i+1].Cap {
				return a
			}
			for k := a; k < i; k++ {
				if toks[k].Word && !upperWord(toks[k].Text) {
					return a
				}
			}
			return i + 1
		case t.Text == "(":
			open = true
		case t.Text == ")":
			if !open {
				return a
			}
			open, paren = false, true
		case t.Text == "," || t.Text == "." || t.Text == "/":
		case t.Word && (t.Cap || digits(t.Text)):
			if upperWord(t.Text) {
				caps = true
			}
		case (t.Norm == "of" || t.Norm == "and" || t.Norm == "the") && i > a && toks[i-1].Cap && i+1 < b && toks[i+1].Cap:
			// "GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -",
			// "SARAJEVO, Bosnia and Herzegovina (AP) -": a country's name
			// with its small words
		default:
			return a
		}
	}
	return a
}

func dash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" }

// upperWord: a word of at least two letters, all capitals ("KHARTOUM",
// "AP", "N.H."), as datelines set the city and agency.
func upperWord(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return n >= 2
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
