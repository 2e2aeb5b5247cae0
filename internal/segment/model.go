package segment

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/data"
	"github.com/parallaxhq/parallax/models"
)

// The boundary model. Punctuation marks most sentence ends, but informal
// text (mail, reviews, forum posts) ends many without any ("Thanks, Sean
// Here you go"), starts them in lower case, and puts emoticons or lists
// where a full stop would be; and the rules' guess after an abbreviation or
// a closing quote is sometimes wrong. A binary averaged perceptron scores
// each place inside a line where a sentence may end (see candidate): the
// rules' sentence ends except the firm ones (see firm), and places without
// punctuation where the treebanks start sentences, fewer in edited text
// than in informal text (see docStyle). Its features are the words and
// shapes around the place, the document's style and the rules' own
// decision, so it learns where to trust them. Line ends still always end
// a sentence. On edited news it changes little: the firm ends and the
// style keep it from joining sentences or splitting names and dates.

// Load returns the segmenter with the boundary model embedded in package
// models (built by `parallax-train segment`).
func Load() (*Segmenter, error) {
	w, err := ReadWeights(bytes.NewReader(models.SegmentWeights))
	if err != nil {
		return nil, fmt.Errorf("segment: boundary model: %w", err)
	}
	seg := newSegmenter(w)
	if seg.bias, err = ParseBias(string(models.SegmentBias)); err != nil {
		return nil, fmt.Errorf("segment: models/segment.bias.txt: %w", err)
	}
	return seg, nil
}

// The model is a binary averaged perceptron over hashed features: each
// feature indexes a fixed array of 2^hashBits weights directly, with no
// key to compare (colliding features share a weight). One lookup is one
// read from an array of 512 KB that stays in the cache, where a keyed
// table of the same features costs a cache miss or two per feature; the
// boundary model scores a quarter of all tokens, so this decides its
// speed. On dev, 2^17 weights lose nothing measurable against 2^20.
const hashBits = 16

const weightsMagic = "PXSEGW1\n"

// newSegmenter returns the segmenter with the weights w, quantised to 16
// bits against the largest magnitude as WriteWeights stores them: what
// training scores on dev is what Load gives.
func newSegmenter(w []float32) *Segmenter {
	q, scale := quantize(w)
	return &Segmenter{q: q, scale: scale}
}

// quantize returns w in units of scale, the largest magnitude / 32767.
func quantize(w []float32) ([]int16, float32) {
	var top float32
	for _, x := range w {
		top = max(top, x, -x)
	}
	scale := top / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(w))
	for i, x := range w {
		q[i] = int16(math.Round(float64(x / scale)))
	}
	return q, scale
}

// WriteWeights stores w gzip-compressed: the magic, the number of hash
// bits, the scale, then every weight quantised to 16 bits against the
// largest magnitude (most are zero, which gzip folds away).
func WriteWeights(out io.Writer, w []float32) error {
	bits := 0
	for 1<<bits < len(w) {
		bits++
	}
	if 1<<bits != len(w) {
		return fmt.Errorf("segment: %d weights, not a power of two", len(w))
	}
	q, scale := quantize(w)
	zw := gzip.NewWriter(out)
	bw := bufio.NewWriter(zw)
	bw.WriteString(weightsMagic)
	bw.WriteByte(byte(bits))
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], math.Float32bits(scale))
	bw.Write(b[:])
	for _, x := range q {
		binary.LittleEndian.PutUint16(b[:2], uint16(x))
		bw.Write(b[:2])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadWeights reads what WriteWeights wrote.
func ReadWeights(in io.Reader) ([]float32, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(string(data[:min(len(data), len(weightsMagic))]), weightsMagic) {
		return nil, fmt.Errorf("not a boundary model (bad magic)")
	}
	data = data[len(weightsMagic):]
	if len(data) < 5 || data[0] > 24 {
		return nil, fmt.Errorf("bad header")
	}
	n := 1 << data[0]
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data[1:5]))
	data = data[5:]
	if len(data) != 2*n {
		return nil, fmt.Errorf("%d bytes of weights, want %d", len(data), 2*n)
	}
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(int16(binary.LittleEndian.Uint16(data[2*i:]))) * scale
	}
	return w, nil
}

// ParseBias reads "rule=X other=Y", the biases FormatBias writes.
func ParseBias(s string) ([2]float32, error) {
	var b [2]float32
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "rule=%g other=%g", &b[1], &b[0]); err != nil {
		return b, fmt.Errorf("want \"rule=X other=Y\": %w", err)
	}
	return b, nil
}

// FormatBias writes the biases for ParseBias.
func FormatBias(b [2]float32) string { return fmt.Sprintf("rule=%g other=%g\n", b[1], b[0]) }

// scratch holds the buffers that one Segment call reuses line after line.
type scratch struct {
	rule  []bound
	marks []bool
	cls   []uint8
	feats []uint32
	// hw and sh are each token's word hash and shape, filled for the
	// line's tokens before its candidates are scored.
	hw []uint64
	sh []uint64
}

// appendBoundsModel splits the tokens all[first:] of one line where decide
// says a sentence starts at the candidate token (decide gets the features
// and the token's index in all); with guard, never where guarded says no
// sentence starts.
func appendBoundsModel(bounds []bound, text string, all []tok, first int, bullet bool, style docStyle, sc *scratch, guard bool, decide func(feats []uint32, k int, rule bool) bool) []bound {
	toks := all[first:]
	n := len(toks)
	if n == 0 {
		return bounds
	}
	sc.rule = appendBounds(sc.rule[:0], text, all, first, bullet)
	if n == 1 {
		return append(bounds, bound{first, first + 1, bullet})
	}
	if cap(sc.marks) < n {
		// Room for a long line at once, so that a document's lines
		// seldom grow the buffers again.
		c := max(n, 256)
		sc.marks = make([]bool, c)
		sc.cls = make([]uint8, c)
		sc.hw = make([]uint64, c)
		sc.sh = make([]uint64, c)
	}
	marks := sc.marks[:n]
	clear(marks)
	for _, b := range sc.rule {
		marks[b.first-first] = true
	}
	// Every token's first letter decides where the candidates are; the
	// word hashes and shapes that the features need are computed when
	// first asked for (a shape of 0: not yet), for the tenth of the
	// tokens next to a candidate.
	cls, hw, sh := sc.cls[:n], sc.hw[:n], sc.sh[:n]
	for k := range toks {
		cls[k] = firstClass(text, toks[k])
	}
	clear(sh)
	start := 0
	lastLower := -1 // the last lower-case word before k
	lastOpen := -1  // the last opening bracket before k
	edited := style.open == 0
	// runOn: a lower-case word after a word is a candidate only in text
	// that runs sentences together (see candidate).
	runOn := style.open == 2 && style.lower == 2
	// A web address holds "://" or starts with "www.": in a line with
	// neither (nearly all), no token needs the test.
	line := text[toks[0].s:toks[n-1].e]
	web := strings.Contains(line, "://") || strings.Contains(line, "www.")
	ln := lineInfo{}
	for k := 1; k < n; k++ {
		if !marks[k] && cls[k-1] <= clsDigit {
			// The common cases, a word then a word (in edited text)
			// or a word then a lower-case word (but in text that
			// runs sentences together), and neither a web address:
			// no candidate (see candidate).
			if cls[k] != clsLower && edited || cls[k] == clsLower && !runOn && (!web || !maybeWeb(text, toks[k]) && !maybeWeb(text, toks[k-1])) {
				if cls[k-1] == clsLower {
					lastLower = k - 1
				}
				continue
			}
		}
		if cls[k-1] == clsLower {
			lastLower = k - 1
		}
		if c := text[toks[k-1].s]; c == '(' || c == '[' {
			lastOpen = k - 1
		}
		if marks[k] && firm(text, toks, cls, k) {
			bounds = append(bounds, bound{first + start, first + k, bullet})
			start = k
			continue
		}
		if !candidate(text, toks, cls, k, start, lastOpen, marks[k], style) || !marks[k] && joined(text, toks, cls, k, style) {
			continue
		}
		if guard && !marks[k] && guarded(text, toks, cls, k) {
			continue
		}
		if !ln.done {
			ln = lineOf(text, toks, cls)
		}
		sc.feats = features(sc.feats[:0], text, toks, cls, hw, sh, k, start, marks[k], bullet, lastLower < start, style, ln)
		if decide(sc.feats, first+k, marks[k]) {
			bounds = append(bounds, bound{first + start, first + k, bullet})
			start = k
		}
	}
	return append(bounds, bound{first + start, first + n, bullet})
}

// firm reports a sentence start of the rules that the model may not undo:
// a capitalised word or an opening quote or bracket after a full stop,
// question or exclamation mark that is no abbreviation's or ellipsis's
// (closing quotes and brackets between), "... the internet. | An
// insurgency", "... years.” | There are". The treebanks have a sentence
// start at 99 % of them, and the few they do not (a title "Mr." the
// rules do not know, a list number) are not the model's to find; left to
// it, every rare word around such a full stop is a chance to join two
// sentences of edited text.
func firm(text string, toks []tok, cls []uint8, k int) bool {
	if cls[k] != clsUpper && !toks[k].opener {
		return false
	}
	j := k - 1
	for j > 0 {
		if toks[j].closer {
			// A closing quote or bracket, or the end of a reference
			// mark: "... killed.[2] | After", "died.[3][4] | A".
			if m := markOpen(text, toks, j); m > 0 {
				j = m - 1
			} else {
				j--
			}
			continue
		}
		break
	}
	t := toks[j]
	if t.abbr {
		// An abbreviation that can end a sentence ends it before a
		// capitalised pronoun, article or preposition: "... in the
		// U.S. | The next day", never "U.S. | Army".
		return !t.title && firmStarters[text[toks[k].s:toks[k].e]]
	}
	w := text[t.s:t.e]
	if w == "." {
		return true
	}
	return strings.Trim(w, "!?") == ""
}

// markOpen returns the index of the opening bracket of the reference mark
// that ends at token j (see markLen), or 0.
func markOpen(text string, toks []tok, j int) int {
	for m := j - 1; m > 0 && m >= j-5; m-- {
		if text[toks[m].s:toks[m].e] == "[" {
			if markLen(text, toks, m) == j+1-m {
				return m
			}
			return 0
		}
	}
	return 0
}

// firmStarters are the capitalised words after which a sentence-final
// abbreviation ("U.S.", "Inc.", "a.m.") surely ends its sentence: pronouns,
// articles and the prepositions that open news sentences, which never
// continue a name ("U.S. Army", "Apple Inc. Chief").
var firmStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "This": true, "These": true, "Those": true,
	"There": true, "But": true, "In": true, "On": true, "At": true, "After": true,
	"Before": true, "During": true, "His": true, "Her": true, "Its": true, "Their": true,
	"However": true, "Meanwhile": true, "When": true, "While": true, "If": true,
	"Now": true, "Many": true, "Some": true, "Most": true, "Both": true, "Each": true,
	"Our": true, "My": true, "Your": true, "What": true, "Why": true, "How": true,
	"Who": true, "Where": true, "And": true, "Or": true, "Yet": true, "Then": true,
	"Although": true, "Because": true, "Since": true, "That": true, "Such": true,
	// And the words that open questions, requests and thanks in mail
	// and reviews, which no name goes on with: "... on Fri, Sat, or
	// Sun. | Please let me know", "... of X. | So I may as well".
	"So": true, "Please": true, "Thanks": true, "Thank": true, "Do": true, "Does": true,
	"Did": true, "Is": true, "Are": true, "Was": true, "Were": true, "Can": true,
	"Could": true, "Would": true, "Should": true, "Let": true, "Here": true,
}

// candidate reports a place before token k where a sentence may start:
// where the rules start one, and else where a capitalised word, a sign or
// a number follows, or anything follows a sign; a lower-case word only
// after a full stop in text that starts sentences so now and then (see
// slipCandidate), and anywhere in text that does so often and leaves
// most lines open. That costs the rare lower-case start without
// punctuation in other text ("... later dude see you") and keeps the
// model cheap on running text.
func candidate(text string, toks []tok, cls []uint8, k, start, lastOpen int, rule bool, style docStyle) bool {
	if rule {
		return true
	}
	// Nor after a title ("Mr.") or an opening quote or bracket, nor
	// before a sign that cannot open a sentence: news has many of these,
	// and no sentence ends there in the treebanks ("'It reflects the
	// fear' Abdul ..." is no sentence "'").
	if toks[k-1].title || toks[k-1].opener {
		return false
	}
	switch text[toks[k].s] {
	case ',', '.', ';', ':', ')', ']', '}', '%', '?', '!':
		return false
	}
	if text[toks[k-1].s] == ',' {
		// After a comma only when a capitalised word follows a short
		// opening: the salutations and closings of mail ("Regards, |
		// Debra", "Hi Sean, | I faxed"), which news writes as
		// "Meanwhile, Russia" and the model learns apart.
		return k-1-start <= 3 && cls[k] == clsUpper
	}
	// Not between two words or numbers of which the second is in lower
	// case or the first in lower case and the second a number ("Putin
	// said", "5 people", "killed 12"): a quarter of all places in news,
	// and in the treebanks a sentence starts at one in five hundred of
	// them, at none that the model could tell. Except where a web
	// address starts or ends ("...html | http://...").
	a, b := cls[k-1], cls[k]
	if b == clsLower && a <= clsDigit || a == clsLower && b == clsDigit {
		// Informal text that ends most lines without punctuation and
		// starts sentences in lower case runs sentences together
		// ("... how you feel | it may sound like a bad idea"): there
		// every such place is one (EWT dev F1 +0.002; no news text
		// has this style).
		if style.open == 2 && style.lower == 2 && b == clsLower {
			return true
		}
		return isWebAddr(text[toks[k].s:toks[k].e]) || isWebAddr(text[toks[k-1].s:toks[k-1].e])
	}
	// A lower-case word after a sign starts a sentence only in text
	// that starts sentences in lower case (style 2), or after a full
	// stop in text that does so now and then; in edited text it goes on
	// after "%", "]", ";" or a dash ("surging 60% | in the past").
	if b == clsLower && style.lower < 2 && !slipCandidate(text, toks, k, style) {
		// Except a web address: "... well worth a visit. | http://...".
		return isWebAddr(text[toks[k].s:toks[k].e])
	}
	// Nor after a bracket opened inside the sentence: "[her predecessor
	// Anton] | Berg", "(CTF) | 50".
	if c := text[toks[k-1].s]; (c == ')' || c == ']') && lastOpen > start {
		return false
	}
	// A capitalised word or a number right after a word starts a
	// sentence that no punctuation ends: in mail, lists and signatures
	// ("Thanks Sean | Here you go", "Phillip Allen | 713-853-7041"),
	// whose lines often go without end punctuation too. In a document
	// that ends nearly all its lines with punctuation such places are
	// names and dates ("sub-Saharan | Africa", "In November | 2006").
	if a <= clsDigit && style.open == 0 {
		return false
	}
	// Nor after a number that opens a quotation at the start of its
	// sentence or follows a lower-case word: the number counts the
	// capitalised word ('"31,000 | Ukrainian soldiers were killed"',
	// "figures of 300,000 or 150,000 | Ukrainian dead"), in documents
	// whose headings and bylines leave many lines open too. (A bare
	// number opening a line is left to the model: list numbers, "1 |
	// The first step".)
	if a == clsDigit && b == clsUpper && k-1 > start && (cls[k-2] == clsLower || k-2 == start && toks[k-2].opener) {
		return false
	}
	return true
}

// guarded reports a candidate at k where no sentence starts, whatever the
// model says: between an ordinal and the name it numbers ("the army's 5th
// | Infantry Division", "the 21st | Century"), and inside a name that a
// person's title opens ("Brigadier General Ali Mohammad | Naini said",
// "spokesman Ali | Naini"), unless a firm starter follows. The
// treebanks hold too few of these in text with open lines for the model
// to learn them, and each retrain decided them anew.
//
// The guards apply when the model decides (Segment), not to the
// candidates it is trained on: so a guard added later changes no
// weight, and the committed model still rebuilds byte for byte
// (parallax-train --check segment) without moving the decisions the
// guards do not touch.
func guarded(text string, toks []tok, cls []uint8, k int) bool {
	a, b := cls[k-1], cls[k]
	if b != clsUpper {
		return false
	}
	if a == clsDigit {
		// And a number after a comma counts the capitalised word
		// after it, as one after a lower-case word does (candidate):
		// "Tiwinza retaken, 17 | Ecuadorean soldiers killed"; but
		// not a date's year ("May 7, 2015 | On Tuesday").
		return ordinal(text[toks[k-1].s:toks[k-1].e]) || k >= 3 && text[toks[k-2].s:toks[k-2].e] == "," && cls[k-3] == clsLower
	}
	return (a == clsUpper || a == clsLower) && !firmStarters[text[toks[k].s:toks[k].e]] && afterTitle(text, toks, cls, k)
}

// ordinal reports a number written as an ordinal: "5th", "21st", "2nd",
// "3rd".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// afterTitle reports a capitalised word at k that goes on a name opened
// by a person's title (data/lexicon/titles.tsv, or a title abbreviation
// such as "Gen.") at most four words back in its line, every word between
// capitalised: "General Ali | Naini", "spokesman | Ali".
func afterTitle(text string, toks []tok, cls []uint8, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].title || personTitles[strings.ToLower(text[toks[j].s:toks[j].e])] {
			// After a number "PM" is the time of day, no prime
			// minister: "08/16/2000 03:14:14 PM | Steve".
			return j == 0 || cls[j-1] != clsDigit
		}
		if cls[j] != clsUpper {
			return false
		}
	}
	return false
}

// personTitles are the title words of data/lexicon/titles.tsv written
// before a person's name: ranks, offices, roles, courtesy and religious
// titles, honorifics. The file is part of the binary and its test parses
// it, so failing to read it is a broken build.
var personTitles = func() map[string]bool {
	titles, err := data.Titles()
	if err != nil {
		panic("segment: " + err.Error())
	}
	m := map[string]bool{}
	for _, t := range titles {
		switch t.Kind {
		case "rank", "office", "legislator", "role", "courtesy", "religious", "honorific":
			m[t.Word] = true
		}
	}
	return m
}()

// maybeWeb reports a token that is a web address (isWebAddr), looking at
// its first two bytes only for the many words that cannot be one ("he",
// "which"): an address starts with "ht" or "ww".
func maybeWeb(text string, t tok) bool {
	return t.e-t.s >= 4 && (text[t.s+1] == 't' || text[t.s+1] == 'w') && isWebAddr(text[t.s:t.e])
}

// isWebAddr reports a token that is a web address.
func isWebAddr(w string) bool {
	return strings.HasPrefix(w, "http") && strings.Contains(w, "://") || strings.HasPrefix(w, "www.")
}

// joined reports a place where the model may not start a sentence that
// the rules do not start: between a colon and the quotation it
// introduces, which stays with its speaker; and, in a document that
// seldom writes a lower-case word after a full stop (edited text, style
// below 2), there, except as slipCandidate allows: such a full stop is
// a slip (", it says. in the message"), while informal text starts
// sentences so ("ok. thanks").
func joined(text string, toks []tok, cls []uint8, k int, style docStyle) bool {
	a := text[toks[k-1].s:toks[k-1].e]
	return toks[k].opener && a == ":" || style.lower < 2 && a == "." && cls[k] == clsLower && !isWebAddr(text[toks[k].s:toks[k].e]) && !slipCandidate(text, toks, k, style)
}

// slipCandidate reports a lower-case word after a full stop, in a document
// that writes one now and then (style 1), that may start a sentence: the
// model decides ("they are not toys. | maybe the cat needs"; EWT dev F1
// +0.007). A word that joins what comes before it never does: the full
// stop before "and", "in" or "which" is a slip of edited text ("much of
// the provinces. and Fuzuli", "it says. in the message").
func slipCandidate(text string, toks []tok, k int, style docStyle) bool {
	if style.lower != 1 || text[toks[k-1].s:toks[k-1].e] != "." {
		return false
	}
	return !joiners[text[toks[k].s:toks[k].e]]
}

// joiners are lower-case words that continue a sentence rather than start
// one after a stray full stop: conjunctions, prepositions, relative
// pronouns and articles.
var joiners = map[string]bool{
	"and": true, "or": true, "nor": true, "in": true, "of": true, "to": true, "for": true,
	"with": true, "on": true, "at": true, "by": true, "from": true, "as": true,
	"than": true, "that": true, "which": true, "who": true, "whom": true, "whose": true,
	"into": true, "onto": true, "about": true, "against": true, "between": true,
	"including": true, "while": true, "whereas": true, "the": true, "a": true, "an": true,
}

// Feature hashing: a feature is its template's seed mixed with its parts
// (word hashes, shapes, small integers); the top hashBits bits of the
// mixed value index the weights.
const mulK = 0x9e3779b97f4a7c15

func mix(x, v uint64) uint64 {
	x = (x ^ v) * mulK
	return x ^ x>>31
}

func seed(t int) uint64 { return (uint64(t) + 1) * 0xa24baed4963ee407 }

func index(x uint64) uint32 { return uint32((x * mulK) >> (64 - hashBits)) }

// The classes of a token's first letter.
const (
	clsLower  = 1 + iota // a small letter
	clsUpper             // a capital
	clsLetter            // a letter of a script without case
	clsDigit             // a digit
	clsSign              // anything else
)

// firstClass classes the first letter of t.
func firstClass(text string, t tok) uint8 {
	if c := text[t.s]; c < utf8.RuneSelf {
		// A token never starts with white space: the table's class.
		return asciiClass[c]
	}
	return runeClass(text, t)
}

// runeClass classes the first letter of a token that starts with a
// character outside ASCII.
func runeClass(text string, t tok) uint8 {
	r, _ := utf8.DecodeRuneInString(text[t.s:t.e])
	switch {
	case unicode.IsLower(r):
		return clsLower
	case unicode.IsUpper(r):
		return clsUpper
	case unicode.IsLetter(r):
		return clsLetter
	case unicode.IsDigit(r):
		return clsDigit
	}
	return clsSign
}

// lowerFirst and upperFirst mark, in a token's shape, a word that
// starts with a small or a capital letter.
const (
	lowerFirst = 1 << 32
	upperFirst = 1 << 33
)

// wordShape returns the hash of the ASCII-lower-cased token (its first 24
// bytes) and its shape: all capitals (one letter apart), capitalised,
// lower case, mixed, digits; other tokens are their first sign, marked
// when the token is a run ("...", "!!"); lowerFirst or upperFirst added.
func wordShape(text string, t tok) (uint64, uint64) {
	w := text[t.s:t.e]
	hw := w
	if len(hw) > 24 {
		hw = hw[:24]
	}
	// One pass over an ASCII word, the common case: hash and shape.
	x := uint64(14695981039346656037)
	upper, lower, ascii := 0, 0, true
	for i := 0; i < len(hw); i++ {
		c := hw[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
			lower++
		case c >= utf8.RuneSelf:
			ascii = false
		}
		x = (x ^ uint64(c)) * 1099511628211
	}
	c := w[0]
	if ascii && len(w) <= 24 {
		switch {
		case c >= 'a' && c <= 'z':
			return x, shapeClass(upper, lower, len(w) == 1, false) | lowerFirst
		case c >= 'A' && c <= 'Z':
			return x, shapeClass(upper, lower, len(w) == 1, true) | upperFirst
		case c >= '0' && c <= '9':
			return x, 6
		case emoticon(w):
			return x, 7
		case len(w) > 1:
			return x, 0x400000 + uint64(c)
		}
		return x, 100 + uint64(c)
	}
	r, size := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsLetter(r):
		upper, lower := 0, 0
		for _, x := range w {
			if unicode.IsUpper(x) {
				upper++
			} else if unicode.IsLower(x) {
				lower++
			}
		}
		sh := shapeClass(upper, lower, size == len(w), unicode.IsUpper(r))
		switch {
		case unicode.IsUpper(r):
			sh |= upperFirst
		case unicode.IsLower(r):
			sh |= lowerFirst
		}
		return x, sh
	case unicode.IsDigit(r):
		return x, 6
	}
	if size < len(w) {
		return x, 0x400000 + uint64(r)
	}
	return x, 100 + uint64(r)
}

// emoticon reports a smiley written with signs (":)", ";-)", ":D",
// "=P"): informal text ends sentences with one where it would put a full
// stop, and one class lets the few in the treebanks teach all of them.
func emoticon(w string) bool {
	if len(w) < 2 || len(w) > 3 || w[0] != ':' && w[0] != ';' && w[0] != '=' {
		return false
	}
	m := w[1:]
	if len(m) == 2 {
		if m[0] != '-' && m[0] != '\'' {
			return false
		}
		m = m[1:]
	}
	return strings.IndexByte(")(]DPpOo/|*", m[0]) >= 0
}

// shapeClass is the class of a word with upper capitals and lower small
// letters.
func shapeClass(upper, lower int, single, firstUpper bool) uint64 {
	switch {
	case lower == 0 && single:
		return 1
	case lower == 0:
		return 2
	case firstUpper && upper == 1:
		return 3
	case upper == 0:
		return 4
	}
	return 5
}

// wordAt returns the word hash and shape of token i, computing them the
// first time.
func wordAt(text string, toks []tok, hw, sh []uint64, i int) (uint64, uint64) {
	if sh[i] == 0 {
		hw[i], sh[i] = wordShape(text, toks[i])
	}
	return hw[i], sh[i]
}

// features appends the features of a sentence start before token k of a
// line's toks (hw and sh their word hashes and shapes); start is the
// first token of the current sentence and rule the rules' decision.
func features(f []uint32, text string, toks []tok, cls []uint8, hw, sh []uint64, k, start int, rule, bullet, title bool, style docStyle, ln lineInfo) []uint32 {
	a, b := toks[k-1], toks[k]
	aw, sa := wordAt(text, toks, hw, sh, k-1)
	bw, sb := wordAt(text, toks, hw, sh, k)
	pw, sp := uint64(1), uint64(1<<40)
	if k >= 2 {
		pw, sp = wordAt(text, toks, hw, sh, k-2)
	}
	cw, sc := uint64(2), uint64(2<<40)
	if k+1 < len(toks) {
		cw, sc = wordAt(text, toks, hw, sh, k+1)
	}
	r := uint64(0)
	if rule {
		r = 1
	}
	flags := r
	if a.abbr {
		flags |= 2
	}
	if a.title {
		flags |= 4
	}
	if a.e == b.s {
		flags |= 8
	}
	if start == 0 {
		flags |= 16
	}
	if bullet {
		flags |= 32
	}
	tc := uint64(0)
	if title {
		tc = 1
	}
	sw, _ := wordAt(text, toks, hw, sh, start) // the sentence's first word: "Regards , | Debra"
	before, after := uint64(bucket(k-start)), uint64(bucket(len(toks)-k))
	alen := uint64(min(a.e-a.s, 8))
	st, op := uint64(style.lower), uint64(style.open)
	return append(f,
		index(seed(0)),
		index(mix(seed(1), r)),
		index(mix(seed(2), aw)),
		index(mix(seed(3), bw)),
		index(mix(mix(seed(4), aw), bw)),
		index(mix(mix(seed(5), sa), sb)),
		index(mix(mix(mix(seed(6), sp), sa), sb)),
		index(mix(mix(seed(7), sb), sc)),
		index(mix(mix(seed(8), pw), aw)),
		index(mix(mix(seed(9), bw), sc)),
		index(mix(mix(mix(seed(10), flags), sa), sb)),
		index(mix(mix(seed(12), before), r)),
		index(mix(mix(seed(13), after), r)),
		index(mix(mix(seed(14), aw), sb)),
		index(mix(mix(seed(15), sa), bw)),
		index(mix(mix(mix(seed(16), r), sa), sb)),
		index(mix(mix(seed(17), bw), cw)),
		index(mix(mix(mix(seed(18), aw), sb), sc)),
		// Whether the document writes sentences in lower case after a
		// full stop: informal text does ("ok. thanks"), edited text
		// does not, and there a lower-case word after one is a slip
		// (", it says. in the").
		index(mix(mix(mix(seed(19), st), sb), r)),
		index(mix(mix(mix(seed(20), st), aw), sb)),
		// The length of the word before: short ones are abbreviations
		// ("Drs.", "PS.") more often than sentence ends.
		index(mix(mix(mix(seed(21), alen), flags), sb)),
		index(mix(mix(mix(mix(seed(22), sa), sb), sc), r)),
		index(mix(mix(mix(seed(23), pw), aw), sb)),
		index(mix(mix(mix(seed(24), before), sa), sb)),
		index(mix(mix(mix(seed(25), sw), sa), sb)),
		// No lower-case word since the sentence began: a title or a
		// name ("Lovely Cottage | This cottage is ...").
		index(mix(mix(mix(mix(seed(26), tc), before), sb), r)),
		index(mix(mix(seed(27), tc), bw)),
		// How much of the document ends lines without punctuation.
		index(mix(mix(mix(mix(seed(28), op), r), sa), sb)),
		index(mix(mix(mix(seed(29), op), st), r)),
		// How the line ends and how much of it is capitalised: a line of
		// capitalised words without end punctuation is a heading, a
		// signature or a list of names ("Thanks For A Great Job",
		// "Attendees: Pam Butler Renee Ratcliff").
		index(mix(mix(mix(mix(seed(30), ln.end), ln.caps), sb), r)),
		index(mix(mix(mix(seed(31), ln.end), aw), sb)),
		// What follows: a name goes on in capitals ("Renee | Ratcliff
		// Larry"), a sentence in lower case ("Sean | Here you go").
		index(mix(mix(mix(seed(32), next3(cls, k)), sb), r)),
		index(mix(mix(mix(seed(33), next3(cls, k)), aw), ln.caps)),
	)
}

// lineInfo describes the line a candidate is in: end is how it ends (0 end
// punctuation, 1 another sign, 2 a word or number), caps buckets the share
// of its words that start with a capital.
type lineInfo struct {
	done      bool // worked out (lineOf) for the current line
	end, caps uint64
}

// lineOf describes the line whose tokens are toks (cls their classes);
// it is worked out once a line, at its first candidate, since most lines
// of running text have none the model is asked about.
func lineOf(text string, toks []tok, cls []uint8) lineInfo {
	ln := lineInfo{done: true, end: 2}
	last := toks[len(toks)-1]
	switch {
	case terminal(text, last) || last.closer:
		ln.end = 0
	case cls[len(toks)-1] == clsSign:
		ln.end = 1
	}
	upper, words := 0, 0
	for _, c := range cls {
		switch c {
		case clsUpper:
			upper++
			words++
		case clsLower:
			words++
		}
	}
	switch {
	case words == 0 || upper*10 < words*3:
	case upper*10 < words*6:
		ln.caps = 1
	default:
		ln.caps = 2
	}
	return ln
}

// next3 packs the classes of the three tokens after token k (0 past the
// line's end).
func next3(cls []uint8, k int) uint64 {
	var x uint64
	for j := k + 1; j <= k+3; j++ {
		x <<= 4
		if j < len(cls) {
			x |= uint64(cls[j])
		}
	}
	return x
}

// docStyle describes how a document writes: lower buckets the share of
// full stops followed by a space and a lower-case letter rather than a
// capital (0 none or no full stops; 1 under a quarter, or just one; 2
// more, or the only one: "Too much pepper. no place to sit"),
// not counting abbreviations' ("U.S. diplomat", "a.m. on", "etc. and");
// open buckets the share of lines that end without end punctuation (0
// at most one in ten, 1 at most one in three, 2 more). Edited text has
// both low, and there a sentence that no punctuation ends is rare.
type docStyle struct{ lower, open int }

func styleOf(text string) docStyle {
	lower, upper := 0, 0
	for i := 0; i+2 < len(text); i++ {
		k := strings.IndexByte(text[i:], '.')
		if k < 0 || i+k+2 >= len(text) {
			break
		}
		i += k
		if text[i+1] == '\n' {
			// A paragraph that ends with a full stop, and the next
			// starts with a capital: news that writes a sentence a
			// paragraph has few full stops followed by a space.
			j := i + 1
			for j < len(text) && text[j] == '\n' {
				j++
			}
			if j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
				upper++
			}
			continue
		}
		if text[i+1] != ' ' {
			continue
		}
		switch c := text[i+2]; {
		case c >= 'a' && c <= 'z':
			if plainWordBefore(text, i) {
				lower++
			}
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	var st docStyle
	switch {
	case lower == 0:
	case lower < 2 && upper > 0 || lower*4 < lower+upper:
		st.lower = 1
	default:
		st.lower = 2
	}
	lines, open := 0, 0
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := strings.TrimRight(text[ls:le], " ")
		if line != "" {
			lines++
			switch line[len(line)-1] {
			case '.', '!', '?', ':', ';', '"', ')', '\'':
			default:
				if !strings.HasSuffix(line, "”") && !strings.HasSuffix(line, "’") && !strings.HasSuffix(line, "…") {
					open++
				}
			}
		}
		ls = le + 1
	}
	switch {
	case open*10 <= lines:
	case open*3 <= lines:
		st.open = 1
	default:
		st.open = 2
	}
	return st
}

// plainWordBefore reports whether the full stop at text[i] follows a
// word of two letters or more without full stops of its own and not all
// in capitals, and not a listed abbreviation: a full stop that ends a
// sentence if any does.
func plainWordBefore(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= 'A' && text[j-1] <= 'Z') {
		j--
	}
	w := text[j:i]
	if len(w) < 2 || j > 0 && text[j-1] == '.' || strings.ToUpper(w) == w {
		return false
	}
	return !others[w] && !titles[w]
}

// bucket groups a token count.
func bucket(n int) int {
	switch {
	case n <= 4:
		return n
	case n <= 7:
		return 5
	case n <= 12:
		return 6
	case n <= 20:
		return 7
	}
	return 8
}

// TrainDoc is a cleaned training document: its text, the map back to the
// raw text, and the raw offsets where gold sentences start.
type TrainDoc struct {
	Text   string
	Origin parallax.OffsetMap
	Starts map[int]bool
}

// NewTrainDoc pairs a gold document with its cleaned text.
func NewTrainDoc(g GoldDoc, cleaned string, origin parallax.OffsetMap) TrainDoc {
	st := make(map[int]bool, len(g.Sentences))
	for _, s := range g.Sentences {
		st[s.Start] = true
	}
	return TrainDoc{Text: cleaned, Origin: origin, Starts: st}
}

// TrainOptions set the training run.
type TrainOptions struct {
	Iterations int
	Runs       int // runs averaged, each with its own document order
	Seed       uint64
	Log        io.Writer
}

// DevSet is a development treebank: its gold documents and their cleaned
// versions, in the same order.
type DevSet struct {
	Name  string
	Gold  []GoldDoc
	Clean []TrainDoc
}

// score is the sentence score of seg on the dev sets, each and summed.
func (seg *Segmenter) score(dev []DevSet) (Score, []Score) {
	var all Score
	each := make([]Score, len(dev))
	for k, d := range dev {
		for i, g := range d.Gold {
			ps, _ := Predicted(seg.Segment(d.Clean[i].Text), d.Clean[i].Origin)
			each[k].Add(g.Sentences, ps)
		}
		all.Gold += each[k].Gold
		all.Predicted += each[k].Predicted
		all.Correct += each[k].Correct
	}
	return all, each
}

// Train learns the boundary weights on train and tunes the two biases
// (at the rules' sentence ends and elsewhere) on the dev sets together.
// Each of o.Runs runs is a binary averaged perceptron that visits the
// documents in its own order and keeps its iteration with the best dev
// F1; the weights are the mean of the runs'. One run's weights depend on
// the order it saw the documents in; their mean depends less.
func Train(train []TrainDoc, dev []DevSet, o TrainOptions) ([]float32, [2]float32, error) {
	for _, d := range dev {
		if len(d.Gold) != len(d.Clean) {
			return nil, [2]float32{}, fmt.Errorf("segment: dev %s: %d documents but %d cleaned", d.Name, len(d.Gold), len(d.Clean))
		}
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format, args...)
		}
	}
	if o.Iterations < 1 {
		return nil, [2]float32{}, fmt.Errorf("segment: no training iterations")
	}
	runs := max(o.Runs, 1)
	mean := make([]float32, 1<<hashBits)
	for run := range runs {
		best := trainRun(train, dev, o.Iterations, o.Seed+uint64(run), func(format string, args ...any) {
			logf("segment: run %d: "+format, append([]any{run + 1}, args...)...)
		})
		for i, x := range best {
			mean[i] += x / float32(runs)
		}
	}
	bestF := -1.0
	// The biases, on a grid scaled to the model's typical margin.
	grid := []float32{-16, -12, -8, -6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6, 8, 12, 16}
	var bias [2]float32
	for _, r := range grid {
		for _, x := range grid {
			seg := newSegmenter(mean)
			seg.bias = [2]float32{x, r}
			all, _ := seg.score(dev)
			if f := all.F1(); f > bestF+1e-9 {
				bestF, bias = f, seg.bias
			}
		}
	}
	final := newSegmenter(mean)
	final.bias = bias
	all, each := final.score(dev)
	logf("segment: biases %s", FormatBias(bias))
	logf("segment: dev sentence F1 %.4f", all.F1())
	for k, d := range dev {
		logf(" (%s P %.4f R %.4f F1 %.4f)", d.Name, each[k].Precision(), each[k].Recall(), each[k].F1())
	}
	logf("\n")
	return mean, bias, nil
}

// trainRun trains one averaged perceptron for the given iterations and
// returns the averaged weights of its best iteration on dev.
func trainRun(train []TrainDoc, dev []DevSet, iterations int, seed uint64, logf func(string, ...any)) []float32 {
	// w are the current weights; u sums each update times the step it
	// was made at, so that the average over all steps is w - u/step.
	w := make([]float32, 1<<hashBits)
	u := make([]float64, 1<<hashBits)
	step := 1.0
	average := func() []float32 {
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = w[i] - float32(u[i]/step)
		}
		return avg
	}
	rng := rand.New(rand.NewPCG(seed, 0x5e9))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best []float32
	bestF := -1.0
	wk := new(work)
	for it := 1; it <= iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, seen := 0, 0
		for _, di := range order {
			d := &train[di]
			style := styleOf(d.Text)
			segment(d.Text, func(text string, all []tok, first int, bullet bool, bounds []bound, sc *scratch) []bound {
				// No guards (see guarded): the candidates the model
				// learns on do not move when a guard is added.
				return appendBoundsModel(bounds, text, all, first, bullet, style, sc, false, func(feats []uint32, k int, _ bool) bool {
					truth := d.Starts[d.Origin.Original(all[k].s)]
					var m float32
					for _, f := range feats {
						m += w[f]
					}
					if guess := m > 0; guess != truth {
						errs++
						d := float32(1)
						if !truth {
							d = -1
						}
						for _, f := range feats {
							w[f] += d
							u[f] += float64(d) * step
						}
					}
					step++
					seen++
					return truth
				})
			}, wk)
		}
		avg := average()
		all, each := newSegmenter(avg).score(dev)
		var names []string
		for k, d := range dev {
			names = append(names, fmt.Sprintf("%s %.4f", d.Name, each[k].F1()))
		}
		logf("iteration %d: %d candidates, %.2f%% wrong; dev sentence F1 %.4f (%s)\n", it, seen, 100*float64(errs)/float64(max(seen, 1)), all.F1(), strings.Join(names, ", "))
		if f := all.F1(); f > bestF {
			best, bestF = avg, f
		}
	}
	return best
}
