package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// datelineEnd returns the first token of sentence [a, b) after the wire
// dateline that opens it ("KHARTOUM, Jan 20 (Reuters) -", "SANAA, Yemen
// (AP) —", "QUETTA:"), as the document's dateline reading has it, or a
// when the sentence opens with none or the dateline runs past it. The
// dateline's words (a city, a month, the agency) are no part of the first
// sentence's clause: read as its subject they made "Jan" or "Yemen" the
// speaker of "The RSF said ...".
func (st *state) datelineEnd(a, b int) int {
	if a < 0 || a >= b {
		return a
	}
	d, ok := dateline.Opening(st.datelines, st.toks[a].Start)
	if !ok || !st.subjectFree(d) {
		return a
	}
	for k := a + 1; k < b; k++ {
		if st.toks[k].Start >= d.Body {
			return k
		}
	}
	return a
}

// subjectFree reports a dateline that the claim rules read past: one
// before a dash or a colon with a word in capitals (the town, the agency:
// "KIGALI - The", "Idlib, SANA- Army") or its agency in brackets ("Phnom
// Penh, June 5 (AKP) - Troops"), whose text goes on with a capital, as
// wires set them.
func (st *state) subjectFree(d dateline.Dateline) bool {
	t := st.doc.Text
	if d.Close != dateline.Dash && d.Close != dateline.Colon {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[d.Body:]); !unicode.IsUpper(r) {
		return false
	}
	if d.Caps || d.Credit != (parallax.Span{}) && d.Credit.Start > 0 && t[d.Credit.Start-1] == '(' {
		return true
	}
	for _, w := range strings.FieldsFunc(t[d.Start:d.End], func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' }) {
		if upperWord(w) {
			return true
		}
	}
	return false
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
