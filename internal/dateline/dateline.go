// Package dateline reads the datelines of a document: the line head that
// says where a story was filed, and often when and through whom ("KYIV,
// Ukraine (AP) —", "BAKU, Sept. 13 (Reuters) -", "Yerevan/Mediamax/.",
// "MOSCOW, October 18. /TASS/.", "QUETTA:", a town in capitals alone on its
// line below the byline). It reads the form only: whether "KHARTOUM" is a
// town or "UPDATE" a heading is for the stages that know places and
// actors to say. Every stage that treats a dateline apart (no subject of
// the first clause, no place of the events, the reporter's state, the
// filing's day) reads it here, once per document (Of), so that they agree
// on where the dateline is and where the story's text begins.
//
// The package is pure: text in, datelines out.
package dateline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// Dateline is one dateline at the head of a paragraph.
type Dateline struct {
	// Span runs from the dateline's first word to its closing mark (the
	// dash, colon or full stop) included; for a town alone on its line,
	// to the town's end.
	parallax.Span
	// Places are the names of places, in the order written: the town,
	// then its state or country ("KYIV", "Ukraine"; "SURIN", "Thailand"),
	// and the towns a slash joins ("JERUSALEM", "DUBAI"). Never empty.
	Places []parallax.Span
	// Towns is how many of the first Places are towns a slash joins: 1
	// for "KYIV, Ukraine", 2 for "JERUSALEM/DUBAI, June 15".
	Towns int
	// Date is the day of filing ("March 3", "Sept. 13", "NOVEMBER 16",
	// "1996-08-08"); zero when there is none.
	Date parallax.Span
	// Credit is the agency or outlet, without its brackets or slashes
	// ("AP", "Example Wire", "TASS", "ARMENPRESS", "Mediamax"); zero when
	// there is none.
	Credit parallax.Span
	// Body is the offset where the story's text begins after the
	// dateline: past the closing mark on the same line, or the next
	// line's first word for a dateline alone on its line.
	Body int
	// Caps: every word of the first place is written in capitals
	// ("KYIV", "NEW DELHI", "SANA'A"), as wires set the town.
	Caps bool
	// Close is the mark that ends the dateline.
	Close Close
	// Bracketed: the town stands in brackets after the date ("March 3,
	// 2025 (KHARTOUM) -").
	Bracketed bool
}

// Close is the mark that ends a dateline.
type Close uint8

const (
	// Dash: "-", "--", "–", "—" ("KYIV, March 3 (Reuters) -").
	Dash Close = iota + 1
	// Colon: a town in capitals before a colon ("QUETTA:", "ISLAMABAD,
	// May 7 (APP):"). A speaker's label in a transcript ("QUESTION:",
	// "MR KIRBY:") has the same form.
	Colon
	// Stop: a full stop after the date or the agency ("MOSCOW, October
	// 18. /TASS/.", "YEREVAN, SEPTEMBER 13, ARMENPRESS.",
	// "Yerevan/Mediamax/.").
	Stop
	// Line: a town in capitals that fills its line ("ANKARA" between the
	// byline and the text), or a line of names ending in a numeric date
	// ("MONTE CARLO 1996-08-08").
	Line
)

// maxTokens bounds how far into a paragraph a dateline may reach: the
// longest ones ("GOMA, Democratic Republic of Congo, Jan 28 (Reuters)
// -") hold about twenty words and marks.
const maxTokens = 24

// Read returns the datelines of text, one at most per paragraph (a line),
// in text order.
func Read(text string) []Dateline {
	var out []Dateline
	r := &reader{text: text, toks: make([]token, 0, maxTokens)}
	for at := 0; at < len(text); {
		end := at
		for end < len(text) && text[end] != '\n' {
			end++
		}
		if d, ok := r.readLine(at, end); ok {
			out = append(out, d)
		}
		at = end + 1
	}
	return out
}

// Of returns the datelines of doc's text (Read), read once per document
// while the pipeline analyses it (parallax.Document.Derived) and shared by
// every stage that asks: no caller may change them.
func Of(doc *parallax.Document) []Dateline {
	return doc.Derived(datelinesKey{}, func() any { return Read(doc.Text) }).([]Dateline)
}

// datelinesKey is the key of Of's datelines among a document's derived
// values.
type datelinesKey struct{}

// Opening returns the dateline that opens the paragraph whose first word
// starts at off (the sentence that begins there begins with it).
func Opening(ds []Dateline, off int) (Dateline, bool) {
	for _, d := range ds {
		if d.Start == off {
			return d, true
		}
		if d.Start > off {
			break
		}
	}
	return Dateline{}, false
}

// Containing returns the dateline whose span holds offset off.
func Containing(ds []Dateline, off int) (Dateline, bool) {
	for _, d := range ds {
		if d.Start <= off && off < d.End {
			return d, true
		}
		if d.Start > off {
			break
		}
	}
	return Dateline{}, false
}

// InPlaces reports whether span s lies inside one of d's places.
func (d Dateline) InPlaces(s parallax.Span) bool {
	for _, p := range d.Places {
		if p.Contains(s) {
			return true
		}
	}
	return false
}

// token is one word or mark of a paragraph's head.
type token struct {
	parallax.Span
	text string
	word bool
}

// next cuts the next token of the line head: a word (letters and digits,
// with the apostrophes, hyphens and full stops inside it: "SANA'A",
// "Ovchi-Kalacha", "N.H.", and the full stop of an abbreviation: "Sept.",
// "Ill.") or a single mark ("--" is one). Tokens are cut as the reading
// asks for them: most paragraphs show they hold no dateline by their
// second or third word.
func (r *reader) next() bool {
	text, end := r.text, r.end
	if len(r.toks) >= maxTokens {
		return false
	}
	i := r.pos
	for i < end {
		c, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(c) {
			break
		}
		i += n
	}
	if i >= end {
		r.pos = i
		return false
	}
	start := i
	c, n := utf8.DecodeRuneInString(text[i:end])
	i += n
	word := isWordRune(c)
	if word {
		for i < end {
			r2, n2 := utf8.DecodeRuneInString(text[i:end])
			if isWordRune(r2) {
				i += n2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' {
				next, _ := utf8.DecodeRuneInString(text[i+n2 : end])
				if i+n2 < end && isWordRune(next) {
					i += n2
					continue
				}
				if r2 == '.' && abbreviation(text[start:i]) {
					i += n2
				}
			}
			break
		}
	} else if c == '-' && i < end && text[i] == '-' {
		i++
	}
	r.toks = append(r.toks, token{Span: parallax.Span{Start: start, End: i}, text: text[start:i], word: word})
	r.pos = i
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// abbreviation reports a word whose full stop belongs to it: a month's or
// a state's short form ("Sept", "Ill", "Calif"), a capital's initials
// ("N.H" of "N.H."), a title's ("St").
func abbreviation(w string) bool {
	if _, ok := months[lowerASCII(w)]; ok && utf8.RuneCountInString(w) <= 4 {
		return !fullMonth(w)
	}
	if stateAbbrevs[w] || weekdayAbbrevs[lowerASCII(w)] {
		return true
	}
	switch w {
	case "ST", "MT", "FT": // "ST. LOUIS", "MT. VERNON"
		return true
	}
	// initials joined by full stops ("N.H", "D.C", "U.S")
	n := 0
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n >= 3
}

// stateAbbrevs are the short forms of states and provinces that AP
// datelines put after a town ("Springfield, Ill.", "London, Ont."), and
// the short forms of saint, mount and fort that open towns' names.
var stateAbbrevs = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true,
	"Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Kans": true, "Ky": true, "La": true,
	"Md": true, "Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true,
	"Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Va": true,
	"Vt": true, "Wash": true, "Wis": true, "Wyo": true, "Ont": true, "Que": true, "Alta": true,
	"Sask": true, "Man": true, "St": true, "Mt": true, "Ft": true,
}

// months are the months' names and the short forms datelines give them.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	// French and Spanish datelines of agencies that file in English
	// ("LOMÉ, 12 janv. (AFP) -", "ABIDJAN, 30 mars -", "3 de marzo")
	"janvier": true, "janv": true, "février": true, "févr": true, "fevrier": true, "fevr": true,
	"mars": true, "avril": true, "avr": true, "mai": true, "juin": true, "juillet": true, "juil": true,
	"août": true, "aout": true, "septembre": true, "octobre": true, "novembre": true, "décembre": true,
	"déc": true, "enero": true, "ene": true, "febrero": true, "marzo": true, "abril": true, "abr": true,
	"mayo": true, "junio": true, "julio": true, "agosto": true, "ago": true, "septiembre": true,
	"setiembre": true, "octubre": true, "noviembre": true, "diciembre": true, "dic": true,
}

// weekdays are the days' names, which a date may open with.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// weekdayAbbrevs are the short forms of the days' names ("KABUL, Tues.
// (AFP) -").
var weekdayAbbrevs = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "weds": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

func fullMonth(w string) bool {
	switch lowerASCII(w) {
	case "may", "june", "july", "mars", "mai", "juin", "août", "aout", "ene", "ago":
		return true
	}
	return false
}

// month reports a month's name, short or in full, with or without the
// full stop of its short form.
func month(w string) bool {
	if n := len(w); n > 1 && w[n-1] == '.' {
		w = w[:n-1]
	}
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return months[string(buf[:len(w)])]
}

// smallWords stand between the capitalised words of one name: "Democratic
// Republic of Congo", "Bosnia and Herzegovina", "Rio de Janeiro",
// "Newcastle upon Tyne".
var smallWords = map[string]bool{
	"of": true, "and": true, "the": true, "de": true, "del": true, "da": true, "do": true, "du": true,
	"al": true, "el": true, "la": true, "le": true, "upon": true, "on": true, "es": true,
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// capWord: a word that opens with a capital letter.
func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// upperWord: a word whose letters are all capitals, as wires set the town
// and the agency ("KHARTOUM", "SANA'A", "N.H."); a single letter ("A")
// is no such word.
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			return false
		}
	}
	return n >= 2
}

func digitWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isoDate: a numeric date, "1996-08-08", "08/08/1996" as one word.
func isoDate(w string) bool {
	digits, marks := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '/' || c == '.':
			marks++
		default:
			return false
		}
	}
	return marks == 2 && digits >= 6
}

func isDash(s string) bool { return s == "-" || s == "--" || s == "–" || s == "—" || s == "―" }

// reader walks the tokens of one paragraph's head, the line [pos, end)
// of text, cutting them as it goes.
type reader struct {
	text     string
	pos, end int
	toks     []token
	// places collects the dateline's places while it is read; the
	// dateline gets its own copy once it is one
	places []parallax.Span
}

func (r *reader) at(k int) (token, bool) {
	for k >= len(r.toks) {
		if !r.next() {
			return token{}, false
		}
	}
	return r.toks[k], true
}

func (r *reader) is(k int, s string) bool {
	t, ok := r.at(k)
	return ok && t.text == s
}

// name reads a place's name from token k: capitalised words, with small
// words between them ("Democratic Republic of Congo"), at most six words.
// It returns the token after the name, or k when there is none.
func (r *reader) name(k int) int {
	t, ok := r.at(k)
	if !ok || !t.word || !capWord(t.text) {
		return k
	}
	e := k + 1
	for n := 1; n < 6; n++ {
		t, ok := r.at(e)
		if !ok || !t.word {
			break
		}
		if capWord(t.text) && !digitWord(t.text) {
			if month(t.text) && r.dayAt(e+1) {
				break // "SANAA March 3": the date
			}
			e++
			continue
		}
		if smallWords[t.text] {
			if next, ok := r.at(e + 1); ok && next.word && capWord(next.text) {
				e += 2
				n++
				continue
			}
		}
		break
	}
	return e
}

// dayAt: token k is a day of the month or a year.
func (r *reader) dayAt(k int) bool {
	t, ok := r.at(k)
	return ok && digitWord(t.text) && len(t.text) <= 4
}

// date reads a date from token k: a month and a day ("March 3", "Sept.
// 13", "NOVEMBER 16"), a day and a month ("13 September"), with a year
// after a comma ("March 3, 2025"), or a numeric date. It returns the
// token after it, or k.
func (r *reader) date(k int) int {
	t, ok := r.at(k)
	if !ok || !t.word {
		return k
	}
	e := k
	switch {
	case isoDate(t.text):
		return k + 1
	case weekdays[lowerASCII(t.text)] || weekdayAbbrevs[lowerASCII(strings.TrimSuffix(t.text, "."))]:
		// "JENIN, Thursday, August 29, 2024 (...) -": the weekday and
		// the date after it are one date
		if r.is(k+1, ",") {
			if e := r.date(k + 2); e > k+2 {
				return e
			}
		}
		return k + 1
	case month(t.text):
		e = k + 1
		if r.dayAt(e) {
			e++
		}
	case digitWord(t.text) && len(t.text) <= 2:
		if n, ok := r.at(k + 1); ok && month(n.text) {
			e = k + 2
		} else if r.is(k+1, "de") {
			// "3 de marzo"
			if n, ok := r.at(k + 2); ok && month(n.text) {
				e = k + 3
			}
		}
	}
	if e == k {
		return k
	}
	// ", 2025", "09 Aug 2021"
	if y, ok := r.at(e); ok && digitWord(y.text) && len(y.text) == 4 {
		e++
	} else if r.is(e, ",") {
		if y, ok := r.at(e + 1); ok && digitWord(y.text) && len(y.text) == 4 {
			e += 2
		}
	}
	return e
}

// credit reads an agency's name in brackets or between slashes from token
// k ("(Reuters)", "(Example Wire)", "/TASS/"): up to five words. It
// returns the span of the name and the token after the closing mark.
func (r *reader) credit(k int) (parallax.Span, int) {
	open, ok := r.at(k)
	if !ok || open.text != "(" && open.text != "/" {
		return parallax.Span{}, k
	}
	closing := ")"
	if open.text == "/" {
		closing = "/"
	}
	e := k + 1
	for e <= k+6 {
		if t, ok := r.at(e); !ok || !t.word {
			break
		}
		e++
	}
	if e == k+1 || !r.is(e, closing) {
		return parallax.Span{}, k
	}
	return parallax.Span{Start: r.toks[k+1].Start, End: r.toks[e-1].End}, e + 1
}

// readLine reads the dateline that opens the line [at, end), if any.
func (r *reader) readLine(at, end int) (Dateline, bool) {
	text := r.text
	// A dateline's first word is a capitalised one or a bracket: skip
	// lines that cannot hold one before cutting any tokens.
	i := at
	for i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if i >= end {
		return Dateline{}, false
	}
	if r, _ := utf8.DecodeRuneInString(text[i:end]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return Dateline{}, false
	}
	r.pos, r.end, r.toks = i, end, r.toks[:0]
	if _, ok := r.at(0); !ok {
		return Dateline{}, false
	}
	var d Dateline
	k := 0
	if e := r.date(0); e > 0 {
		// "March 3, 2025 (KHARTOUM) -": the town in brackets after the date
		if r.is(e, ",") {
			e++
		}
		if !r.is(e, "(") {
			return Dateline{}, false
		}
		n := r.name(e + 1)
		if n == e+1 || !r.is(n, ")") {
			return Dateline{}, false
		}
		for j := e + 1; j < n; j++ {
			if !upperWord(r.toks[j].text) && !smallWords[r.toks[j].text] {
				return Dateline{}, false
			}
		}
		d.Date = parallax.Span{Start: r.toks[0].Start, End: r.toks[e-1].End}
		if r.is(e-1, ",") {
			d.Date.End = r.toks[e-2].End
		}
		r.places = append(r.places[:0], parallax.Span{Start: r.toks[e+1].Start, End: r.toks[n-1].End})
		d.Caps, d.Bracketed, d.Towns = true, true, 1
		return r.close(text, end, d, r.toks[0].Start, n+1)
	}
	// the town, and the towns a slash joins to it ("JERUSALEM/DUBAI")
	e := r.name(0)
	if e == 0 {
		return Dateline{}, false
	}
	r.places = append(r.places[:0], parallax.Span{Start: r.toks[0].Start, End: r.toks[e-1].End})
	d.Caps, d.Towns = true, 1
	for j := 0; j < e; j++ {
		if !upperWord(r.toks[j].text) && !smallWords[r.toks[j].text] {
			d.Caps = false
		}
	}
	k = e
	for r.is(k, "/") {
		n := r.name(k + 1)
		if n == k+1 || r.is(n, "/") {
			break // "Yerevan/Mediamax/.": the agency
		}
		r.places = append(r.places, parallax.Span{Start: r.toks[k+1].Start, End: r.toks[n-1].End})
		d.Towns++
		k = n
	}
	// ", Ukraine", ", March 3", ", ARMENPRESS", in any order the wires use
	for r.is(k, ",") {
		if e := r.date(k + 1); e > k+1 && d.Date == (parallax.Span{}) {
			d.Date = parallax.Span{Start: r.toks[k+1].Start, End: r.toks[e-1].End}
			k = e
			continue
		}
		n := r.name(k + 1)
		if n == k+1 {
			break
		}
		sp := parallax.Span{Start: r.toks[k+1].Start, End: r.toks[n-1].End}
		// An agency in capitals after the date ("YEREVAN, SEPTEMBER 13,
		// ARMENPRESS.") or before the dash of a town in lower case
		// ("Idlib, SANA-"); else the town's state or country.
		agency := n == k+2 && upperWord(r.toks[k+1].text) && d.Credit == (parallax.Span{}) &&
			(d.Date != (parallax.Span{}) || !d.Caps && r.closesAt(n))
		if agency {
			d.Credit = sp
		} else if d.Date == (parallax.Span{}) && d.Credit == (parallax.Span{}) {
			r.places = append(r.places, sp)
		} else {
			break
		}
		k = n
	}
	// "DAMASCUS, (SANA) -": a comma before the agency's bracket
	if r.is(k, ",") && r.is(k+1, "(") {
		k++
	}
	// "MONTE CARLO 1996-08-08": a numeric date with no comma
	if t, ok := r.at(k); ok && d.Date == (parallax.Span{}) && isoDate(t.text) {
		d.Date = t.Span
		k++
	}
	if sp, n := r.credit(k); n > k && d.Credit == (parallax.Span{}) {
		d.Credit = sp
		k = n
	} else if r.is(k, ".") && d.Date != (parallax.Span{}) {
		// "MOSCOW, October 18. /TASS/."
		if sp, n := r.credit(k + 1); n > k+1 {
			d.Credit = sp
			k = n
		}
	}
	return r.close(text, end, d, r.toks[0].Start, k)
}

// dashJoins: token k is a dash that starts at off, right after the
// mark before it with no space between.
func (r *reader) dashJoins(k, off int) bool {
	t, ok := r.at(k)
	return ok && isDash(t.text) && t.Start == off
}

// closesAt: token k is a dateline's dash.
func (r *reader) closesAt(k int) bool {
	t, ok := r.at(k)
	return ok && isDash(t.text)
}

// close reads the closing mark at token k of a dateline that began at
// start, and where the story's text begins after it.
func (r *reader) close(text string, end int, d Dateline, start, k int) (Dateline, bool) {
	d.Span.Start = start
	t, ok := r.at(k)
	if !ok {
		// the line ends: a town in capitals alone on its line, or a line
		// of names ending in a numeric date
		last := r.toks[len(r.toks)-1]
		if k != len(r.toks) || trimmed(text, last.End, end) != "" {
			return Dateline{}, false
		}
		if !(d.Caps && d.Date == (parallax.Span{}) && d.Credit == (parallax.Span{}) || isoDate(last.text) && d.Date.End == last.End) {
			return Dateline{}, false
		}
		d.End, d.Close = last.End, Line
		d.Body = nextLine(text, end)
		d.Places = slices.Clone(r.places)
		return d, true
	}
	switch {
	case isDash(t.text):
		d.Close = Dash
		// "(Xinhua) - -": a dash may come twice
		for r.closesAt(k + 1) {
			k++
		}
	case t.text == ":":
		if !d.Caps {
			return Dateline{}, false // "South Lebanon: Hezbollah fires": a headline's topic
		}
		d.Close = Colon
	case t.text == "." && r.dashJoins(k+1, t.End):
		// "CULIACÁN, Sinaloa.-", "COCHABAMBA.-": the Spanish-language
		// press closes the dateline with a full stop and a dash
		d.Close = Dash
		k++
	case t.text == ".":
		if d.Date == (parallax.Span{}) && d.Credit == (parallax.Span{}) {
			return Dateline{}, false
		}
		d.Close = Stop
	default:
		return Dateline{}, false
	}
	d.End = r.toks[k].End
	body := d.End
	for body < end && (text[body] == ' ' || text[body] == '\t') {
		body++
	}
	if body >= end {
		return Dateline{}, false
	}
	first, _ := utf8.DecodeRuneInString(text[body:end])
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !opensQuote(first) {
		return Dateline{}, false // "Kyiv - based", "Djibo: the army"
	}
	d.Body = body
	d.Places = slices.Clone(r.places)
	return d, true
}

func opensQuote(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '«':
		return true
	}
	return false
}

// trimmed returns text[a:b] without the white space around it.
func trimmed(text string, a, b int) string {
	for a < b && asciiSpace(text[a]) {
		a++
	}
	for b > a && asciiSpace(text[b-1]) {
		b--
	}
	return text[a:b]
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// nextLine is the offset of the first word after the line that ends at
// end, past blank lines; len(text) when none follows.
func nextLine(text string, end int) int {
	i := end
	for i < len(text) && asciiSpace(text[i]) {
		i++
	}
	return i
}
