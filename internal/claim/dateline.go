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

// homeState is the state a story is filed from when that state is a
// party to it: the state of the town of the story's first dateline
// ("SRINAGAR:", "BEIRUT —", "Nabatieh - Example Channel") when the
// story names that state's side at least twice. A reporter marks the
// other party by its state ("Pakistani troops opened fire", "Israeli
// strikes") and leaves the home state's officials unmarked ("officials
// said", "a defence spokesman said", "the Health Ministry said"), however
// often the story names the other party: those are the home state's.
// "" without a dateline in the story's first lines, for towns a slash
// joins or of no state, and for a story filed from a bureau abroad
// ("NAIROBI" on Somalia's ministers), which names its post's state once
// at most.
func (st *state) homeState() string {
	if st.homeDone {
		return st.home
	}
	st.homeDone = true
	var d dateline.Dateline
	found := false
	for _, x := range st.datelines {
		if x.Start > homeDatelineReach {
			break
		}
		d, found = x, true
		break
	}
	if !found || d.Towns > 1 {
		return ""
	}
	side := ""
	for _, p := range st.doc.Places {
		if p.Country != "" && d.Places[0].Contains(parallax.Span{Start: p.Start, End: p.End}) {
			side = st.sideOfISO2[p.Country]
			break
		}
	}
	if side == "" {
		return ""
	}
	named := 0
	for _, e := range st.doc.Entities {
		if e.Side == side && stateKind(e.Kind) {
			named++
		}
	}
	if named >= 2 {
		st.home = side
	}
	return st.home
}

// homeDatelineReach bounds where the story's dateline may start: below
// the headline, a byline and a date line, not in a later paragraph
// (a live blog's entry, a quoted bulletin).
const homeDatelineReach = 600

// coordinatedAfterDateline: the cue at ca follows "and" in a sentence
// whose wire dateline the claim rules read past ("MOMBASA — The
// president went to parliament and said C"): the parse, which saw the
// dateline, gave the coordinated verb no subject, and the sentence's
// opening phrase is the subject of both verbs.
func (st *state) coordinatedAfterDateline(si, a, ca int) bool {
	if si < 0 || a <= 0 || a >= len(st.toks) {
		return false
	}
	after := false
	for _, d := range st.datelines {
		if d.Body == st.toks[a].Start {
			after = true
			break
		}
	}
	if !after {
		return false
	}
	k := ca - 1
	for k > a && adverbials[st.norm(k)] {
		k--
	}
	return k > a && st.norm(k) == "and" && !st.inQuote(ca)
}

// datelineSubject reads the subject that opens a sentence after its
// dateline, past an opening time ("On Tuesday evening President X ...",
// "Late on Monday, the army ..."): a person after a title, an entity
// before a lower-case word, or the opening noun phrase sentenceSubject
// reads.
func (st *state) datelineSubject(a, ca int) (speaker, bool) {
	k := a
	if w := st.norm(k); w == "on" || w == "late" || w == "early" || w == "last" || w == "this" {
		k++
		for k < ca && k < a+5 && (calendarWords[st.norm(k)] || timeHeads[st.norm(k)] || st.norm(k) == "on") {
			k++
		}
		if st.norm(k) == "," {
			k++
		}
	}
	if k >= ca {
		return speaker{}, false
	}
	if ei, ea, eb, ok := st.entityAfterTitle(k, ca); ok && eb < ca && st.lowerWord(eb) {
		return st.speakerFromEntity(ei, ea, eb), true
	}
	return st.sentenceSubject(k, ca)
}
