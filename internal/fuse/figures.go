package fuse

import (
	"encoding/binary"
	"slices"
)

// A rendering of a statement (a translation, a wire's reported speech of
// a communique) changes the words but keeps the figures: "twenty-two (22)
// detainees were set free at the crossing" renders "22 prisoners were
// released". Content stems leave out one- and two-digit numbers and the
// number words (too common to say which story a text tells), so two such
// sentences share little. Each figure is a term of the sentence profile
// (encodeProfile), the same for the digits and the words, which a
// rendering's test reads (rendersFigures).

// figureWords are the number words up to twenty and the tens.
var figureWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// figureAt returns the value of the figure that word i of words opens in
// text (digits of one or two figures, a number word, a ten joined by a
// hyphen to a unit: "thirty-one") and how many words it takes; ok is false
// for any other word and a list's marker. Digits of three or more figures are content stems
// already; "one" before a noun of time or of an unnamed person ("one of
// the") is a figure too, the test being cheap and the term rare.
func figureAt(text string, words []word, i int) (v, n int, ok bool) {
	w := text[words[i].Start:words[i].End]
	if len(w) <= 2 && isDigits([]byte(w)) {
		// A list's marker ("1. In the early hours ...") numbers no thing.
		if e := words[i].End; (words[i].Start == 0 || text[words[i].Start-1] == '\n') && e < len(text) && (text[e] == '.' || text[e] == ')') {
			return 0, 0, false
		}
		v = int(w[0] - '0')
		if len(w) == 2 {
			v = v*10 + int(w[1]-'0')
		}
		// A date's day ("Tuesday 4 August") or a clock time ("at 09:00")
		// dates the text; it is no figure of its news (as textNumbers).
		s, e := words[i].Start, words[i].End
		if e < len(text) && text[e] == ':' || s > 0 && text[s-1] == ':' ||
			v <= 31 && (monthNear(text[:s], true) || monthNear(text[e:], false)) {
			return 0, 0, false
		}
		return v, 1, true
	}
	if len(w) < 3 || len(w) > 9 {
		return 0, 0, false
	}
	var low [9]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	v, ok = figureWords[string(low[:len(w)])]
	if !ok {
		return 0, 0, false
	}
	// "thirty-one": a ten, a hyphen, a unit.
	if v >= 20 && v%10 == 0 && i+1 < len(words) && words[i+1].Start == words[i].End+1 && text[words[i].End] == '-' {
		u := text[words[i+1].Start:words[i+1].End]
		if d, ok := figureWords[lowerASCII(u)]; ok && d < 10 {
			return v + d, 2, true
		}
	}
	return v, 1, true
}

// lowerASCII lower-cases the ASCII letters of a short word.
func lowerASCII(s string) string {
	for k := 0; k < len(s); k++ {
		if 'A' <= s[k] && s[k] <= 'Z' {
			b := []byte(s)
			for j := k; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// figureBase is the profile id of figure 0: above every stem's dense id,
// so that a sentence's figures sort after its stems (packedProfile).
const figureBase = 1 << 30

// figures appends to dst the figures above commonFigure of p's sentences
// and the numbers of three figures or more of nums (textNumbers), as a
// sorted set: the figures of a statement, whichever way a rendering writes
// them.
func (p *packedProfile) figures(dst []uint32, nums []uint32) []uint32 {
	b := p.b
	for len(b) > 0 {
		k, w := binary.Uvarint(b)
		b = b[w:]
		prev := uint32(0)
		for range k {
			d, w := binary.Uvarint(b)
			b = b[w:]
			prev += uint32(d)
			if prev > figureBase+commonFigure {
				dst = append(dst, prev-figureBase)
			}
		}
	}
	for _, n := range nums {
		if n >= 100 {
			dst = append(dst, n)
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// commonFigure: figures up to five ("two days", "three soldiers", "five
// camps") are in most reports of any story and tell no statement apart.
const commonFigure = 5

// maxRenderingGap is how many days apart, at most, a statement and its
// rendering by figures (rendersFigures) are published: a translation or a
// relay is of the day or the next; one ministry's next statement, with a
// toll raised, is of a later day and gives other figures.
const maxRenderingGap = 1

// rendersFigures tells whether articles a and o, of one incident, render
// one statement by what a translation keeps: its figures, beside its
// sentences' order. A translation changes the words ("nineteen (19)
// elements of the security forces sustained injuries" for "19 police
// officers were hurt"), so that few of its sentences pass the strict test
// of alignStatements with the relay's, which the loose test is held to
// (findSameStatements), and its speaker's side and its counts are read
// less surely than a wire's (statementsAgree); but its figures are the
// statement's own. Two reports published within maxRenderingGap days,
// naming no places apart, that share at least two figures above
// commonFigure and three quarters of the fewer's, and whose sentences align by
// the loose test (or two merged into one) over SameStatement of the
// shorter's content in at least minAligned sentences, render one
// statement, when neither gives the words of more than one party's
// speakers. Own reporting that repeats one official figure shares one, a
// rights group's count a day before the governor's raised toll two of
// three; the other side's claim gives its own; a wire story and a review of one
// product that share its figures align no sentences.
func (ix *Index) rendersFigures(a, o *article, fa, fo *feats) (float64, bool) {
	if a.pub == noDay || o.pub == noDay || max(a.pub-o.pub, o.pub-a.pub) > maxRenderingGap {
		return 0, false
	}
	if !statementPlacesNear(fa, fo, renderingPlaceKm) {
		return 0, false
	}
	// A statement is one party's: a story that sets it beside another
	// party's words (the other state's claim, an ally's) tells more than
	// the statement. Which party, a translation's speaker may be misread
	// ("the National Service" as Britain's), so only the count is asked.
	if len(fa.speakers) > 1 || len(fo.speakers) > 1 {
		return 0, false
	}
	ix.figA = fa.prof.figures(ix.figA[:0], fa.nums)
	ix.figB = fo.prof.figures(ix.figB[:0], fo.nums)
	inter := intersectSorted(ix.figA, ix.figB)
	if inter < 2 || 4*inter < 3*min(len(ix.figA), len(ix.figB)) {
		return 0, false
	}
	// ix.profA holds a's profile (findSameStatements).
	fo.prof.decode(&ix.profB)
	sim, n := alignStatements(&ix.profA, &ix.profB, &ix.chains, true)
	if ms, mn := alignMerged(&ix.profA, &ix.profB, &ix.chains); mn > n || mn == n && ms > sim {
		sim, n = ms, mn
	}
	return sim, sim >= ix.opt.SameStatement && n >= minAligned
}

// renderingPlaceKm: two renderings of one statement name places within
// this distance of each other (as statementsAgree's).
const renderingPlaceKm = 25
