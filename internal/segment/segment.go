// Package segment splits a cleaned text into sentences and tokens with byte
// offsets. Tokens follow the conventions of UD English EWT, on which the
// tagger and parser are trained; sentences end at end punctuation that is
// not an abbreviation's full stop, and always at a line break (the cleaner
// has joined the lines broken inside sentences).
package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/clean"
	"github.com/parallaxhq/parallax/internal/dateline"
)

// Segmenter is the sentence and token stage. Made by New it splits by the
// rules alone; made by Load a learned boundary model (see model.go) has the
// last word on every place where a sentence may end, punctuation or not.
type Segmenter struct {
	// q are the boundary model's hashed feature weights in units of
	// scale (nil: rules only); a positive margin starts a sentence.
	// Sixteen bits a weight, as the model file stores them, keep the
	// array in half the cache that float32 would take.
	q     []int16
	scale float32
	// bias is added to the model's margin for a sentence start where the
	// rules put one ([1]) and where they do not ([0]); training tunes it
	// on dev.
	bias [2]float32
	// pool keeps the buffers of finished calls for the next (each call
	// takes its own, so a Segmenter serves any number of goroutines).
	pool sync.Pool
}

// work are the buffers of one call: the tokens before they are copied
// out, and the model's per-line scratch.
type work struct {
	toks   []tok
	bounds []bound
	sc     scratch
}

// New returns the rule-based segmenter.
func New() *Segmenter { return &Segmenter{} }

// Name is the stage name.
func (*Segmenter) Name() string { return "segment" }

// Process fills doc.Sentences from doc.Text.
//
// It also reads the document's datelines (internal/dateline) once its
// sentences are set, so that the later stages that treat a dateline apart
// (ner, geo, actor, claim, when, quantity, event, fuse) share one reading
// of it through the document's derived values.
func (s *Segmenter) Process(doc *parallax.Document) {
	doc.Sentences = s.Segment(doc.Text)
	dateline.Of(doc)
}

// Segment returns the sentences of text with their tokens, as the package
// function does, with the boundary model when the segmenter has one.
func (s *Segmenter) Segment(text string) []parallax.Sentence {
	wk, _ := s.pool.Get().(*work)
	if wk == nil {
		wk = new(work)
	}
	defer s.pool.Put(wk)
	if s.q == nil {
		return segment(text, nil, wk)
	}
	style := styleOf(text)
	q := s.q
	return segment(text, func(text string, all []tok, first int, bullet bool, bounds []bound, sc *scratch) []bound {
		return appendBoundsModel(bounds, text, all, first, bullet, style, sc, true, func(feats []uint32, _ int, rule bool) bool {
			b := s.bias[0]
			if rule {
				b = s.bias[1]
			}
			var m int32
			for _, f := range feats {
				m += int32(q[f&(1<<hashBits-1)])
			}
			return float32(m)*s.scale+b > 0
		})
	}, wk)
}

// Segment returns the sentences of text with their tokens, split by the
// rules alone. A line that is a list item gives sentences marked Bullet;
// a typed marker ("-", "*", "1.", "a)") is the first token of the line's
// first sentence, a bullet sign of the layout ("•") is part of none.
func Segment(text string) []parallax.Sentence { return segment(text, nil, new(work)) }

// lineSplitter appends the sentences of the tokens all[first:] of one line
// to bounds.
type lineSplitter func(text string, all []tok, first int, bullet bool, bounds []bound, sc *scratch) []bound

func segment(text string, split lineSplitter, wk *work) []parallax.Sentence {
	// Find all tokens and sentence ends first, then fill one token array
	// that the sentences share: one allocation per document, not per
	// sentence.
	// About one token in six bytes and one sentence in 120 of news text.
	if n := len(text)/6 + 8; cap(wk.toks) < n {
		wk.toks = make([]tok, 0, n)
	}
	toks := wk.toks[:0]
	defer func() { wk.toks = toks[:0] }()
	// The sentences as token ranges, in a buffer of wk: they are copied
	// out below.
	bounds := wk.bounds[:0]
	defer func() { wk.bounds = bounds[:0] }()
	sc := &wk.sc
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		s := ls
		for s < le && text[s] == ' ' {
			s++
		}
		bullet := false
		mark := len(toks)
		if n := clean.BulletLen(text[s:le]); n > 0 {
			bullet = true
			if typedMarker(text[s:]) {
				toks = tokenizeLine(text, s, s+n, toks)
			}
			s += n
		}
		first := len(toks)
		toks = tokenizeLine(text, s, le, toks)
		nb := len(bounds)
		if split == nil {
			bounds = appendBounds(bounds, text, toks, first, bullet)
		} else {
			bounds = split(text, toks, first, bullet, bounds, sc)
		}
		if len(bounds) > nb {
			bounds = splitLabels(bounds, nb, text, toks)
			// A typed list marker opens the line's first sentence
			// (after the rules and the model have split the rest).
			bounds[nb].first = mark
		}
		ls = le + 1
	}
	if len(bounds) == 0 {
		return nil
	}
	all := make([]parallax.Token, len(toks))
	for k, t := range toks {
		// Set the fields one by one: the array is zero already.
		all[k].Start, all[k].End = t.s, t.e
		all[k].Text = text[t.s:t.e]
	}
	sents := make([]parallax.Sentence, len(bounds))
	for k, b := range bounds {
		st := all[b.first:b.end:b.end]
		sents[k] = parallax.Sentence{
			Span:   parallax.Span{Start: st[0].Start, End: st[len(st)-1].End},
			Tokens: st,
			Bullet: b.bullet,
		}
	}
	return sents
}

// splitLabels ends a widget label that a page flattened into the running
// text ("... in May. WATCH: Tarov Belsk's video report Members of the
// council say ...") before the sentence it was glued to, so that the
// sentence keeps its own subject and speaker. On a line of its own, clean
// drops such a label; inside a line, a sentence of bounds[nb:] that opens
// with a capitalised label and a colon (see labelLen) ends where the
// label's headline gives way to the sentence: the first capitalised word
// between two lower-case words, the first not a function word ("report |
// Members of", not "attack on Kestrova and"). A headline in title case
// has no such place and stays whole.
func splitLabels(bounds []bound, nb int, text string, toks []tok) []bound {
	for k := nb; k < len(bounds); k++ {
		b := bounds[k]
		n := labelLen(text, toks[b.first:b.end])
		if n == 0 {
			continue
		}
		for m := b.first + n + 1; m+1 < b.end; m++ {
			if upperWord(text, toks[m]) && lowerWord(text, toks[m+1]) && lowerWord(text, toks[m-1]) &&
				!clean.SentenceOpener(text[toks[m-1].s:toks[m-1].e]) {
				bounds = append(bounds, bound{})
				copy(bounds[k+2:], bounds[k+1:])
				bounds[k] = bound{b.first, m, b.bullet}
				bounds[k+1] = bound{m, b.end, b.bullet}
				k++
				break
			}
		}
	}
	return bounds
}

// labelLen returns the number of tokens of the widget label and its colon
// that open toks ("WATCH :", "READ MORE :"), or 0.
func labelLen(text string, toks []tok) int {
	if len(toks) < 3 || text[toks[0].s] < 'A' || text[toks[0].s] > 'Z' {
		return 0
	}
	w := text[toks[0].s:toks[0].e]
	n := 1
	if (w == "READ" || w == "ALSO" || w == "SEE" || w == "Read" || w == "Also" || w == "See") && len(toks) > 3 {
		w += " " + text[toks[1].s:toks[1].e]
		n = 2
	}
	if !inlineLabels[w] || text[toks[n].s:toks[n].e] != ":" {
		return 0
	}
	return n + 1
}

// inlineLabels are the labels of video, audio and related-story widgets,
// in capitals or capitalised (clean keeps such a line only when a
// sentence follows the label's headline).
var inlineLabels = map[string]bool{
	"WATCH": true, "LISTEN": true, "VIDEO": true, "RELATED": true, "PHOTOS": true,
	"READ MORE": true, "ALSO READ": true, "READ ALSO": true, "SEE ALSO": true,
	"Watch": true, "Listen": true, "Video": true, "Related": true,
	"Read more": true, "Also read": true, "Read also": true, "See also": true,
}

// lowerWord and upperWord report a token that is a word starting with a
// small or a capital ASCII letter.
func lowerWord(text string, t tok) bool { c := text[t.s]; return c >= 'a' && c <= 'z' }

func upperWord(text string, t tok) bool { c := text[t.s]; return c >= 'A' && c <= 'Z' }

// typedMarker reports a list marker that the writer typed, a dash, an
// asterisk, a number or a letter ("- Will Rogers", "1. Matter is ..."),
// as opposed to a bullet sign of the page's layout ("•", "▪"): the
// treebanks keep a typed marker as the first token of its sentence, and
// the tagger and parser learned it there; a layout sign is not part of
// the text.
func typedMarker(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '–', '—', '(':
		return true
	}
	return r < utf8.RuneSelf && (isDigitByte(byte(r)) || r >= 'a' && r <= 'h')
}

// bound is a sentence as a range of the document's tokens.
type bound struct {
	first, end int
	bullet     bool
}

// appendBounds splits the tokens toks[first:] of one line into sentences.
func appendBounds(bounds []bound, text string, all []tok, first int, bullet bool) []bound {
	toks := all[first:]
	start := 0
	for i := 0; i < len(toks); i++ {
		if t := toks[i]; !t.abbr && !endsByte[text[t.s]] || !terminal(text, t) {
			continue
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < len(toks) && closes(text, toks, j) {
			j++
		}
		// So do reference marks: "... in 1805. [6]", "died.[3][4]",
		// "school.[citation needed]", and quotes closed after them.
		for n := markLen(text, toks, j); n > 0; n = markLen(text, toks, j) {
			j += n
			for j < len(toks) && closes(text, toks, j) {
				j++
			}
		}
		if j >= len(toks) {
			break
		}
		if startsSentence(text, toks, i, j) {
			bounds = append(bounds, bound{first + start, first + j, bullet})
			start = j
		}
		i = j - 1
	}
	if start < len(toks) {
		bounds = append(bounds, bound{first + start, first + len(toks), bullet})
	}
	return bounds
}

// terminal reports a token that can end a sentence: end punctuation, a
// smiley, or an abbreviation's full stop that may double as one ("U.S.",
// "Inc.").
func terminal(text string, t tok) bool {
	if t.abbr {
		return !t.title
	}
	switch text[t.s] {
	case '.', '!', '?', 0xe2: // 0xe2 starts "…"
	case ':', ';', '=':
		// A smiley where a full stop would be ("Hope you are well :)
		// See you soon"): the treebanks end three sentences at one for
		// each they go on across.
		return emoticon(text[t.s:t.e])
	default:
		return false
	}
	w := text[t.s:t.e]
	switch w {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	return strings.Trim(w, ".!?") == "" && w != ""
}

// endsByte marks the first bytes of the tokens that terminal may accept
// besides abbreviations: a table read spares most tokens the call.
var endsByte = [256]bool{'.': true, '!': true, '?': true, 0xe2: true, ':': true, ';': true, '=': true}

// closes reports whether token j closes a quote or bracket right after
// the end punctuation before it: attached to it, or a straight quote
// standing alone.
func closes(text string, toks []tok, j int) bool {
	t := toks[j]
	if !t.closer {
		return false
	}
	if t.s == toks[j-1].e {
		return true
	}
	// A quote separated by spaces on both sides closes when nothing is
	// attached to it.
	return j+1 >= len(toks) || toks[j+1].s > t.e
}

// markLen returns the number of tokens of the reference or note mark
// that starts at token j, or 0: "[6]", and written onto the word before,
// "[a]", "[note 1]", "[citation needed]", "[who?]" (at most four words,
// numbers, single letters or lower-case words, as encyclopedias and
// government texts write them; a bracket of capitalised words is an
// editor's insertion, "[The army] said", and starts the next sentence).
func markLen(text string, toks []tok, j int) int {
	if j >= len(toks) || text[toks[j].s:toks[j].e] != "[" {
		return 0
	}
	if j == 0 || toks[j-1].e != toks[j].s {
		// Set apart by a space, only a number: "... in 1805. [6]".
		if j+2 < len(toks) && allDigits(text[toks[j+1].s:toks[j+1].e]) && text[toks[j+2].s:toks[j+2].e] == "]" {
			return 3
		}
		return 0
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		w := text[toks[k].s:toks[k].e]
		if w == "]" {
			if k == j+1 {
				return 0
			}
			return k + 1 - j
		}
		if allDigits(w) {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		switch {
		case size == len(w) && unicode.IsLetter(r), w == "?":
		case unicode.IsLower(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0:
		default:
			return 0
		}
	}
	return 0
}

// startsSentence decides whether token j begins a new sentence after the
// end punctuation at token i.
func startsSentence(text string, toks []tok, i, j int) bool {
	next := text[toks[j].s:toks[j].e]
	r, _ := utf8.DecodeRuneInString(next)
	if toks[i].abbr {
		// After an abbreviation, only a word that usually starts
		// sentences ("U.S. The ...", not "U.S. President").
		if toks[j].opener && j+1 < len(toks) {
			r2, _ := utf8.DecodeRuneInString(text[toks[j+1].s:])
			return unicode.IsUpper(r2)
		}
		return unicode.IsUpper(r) && (clean.SentenceOpener(strings.ToLower(next)) || firmStarters[next])
	}
	switch {
	case unicode.IsLower(r):
		return lowerStarts(text, toks, i, j)
	case unicode.IsUpper(r), unicode.IsDigit(r), toks[j].opener:
		return true
	case unicode.IsLetter(r): // scripts without case
		return true
	}
	// Other symbols ("*", "-", "$", "#"): a new sentence.
	return !unicode.IsPunct(r) || strings.ContainsRune("-*#@&§", r)
}

// lowerStarts decides a sentence start in lower case after end
// punctuation at token i, as informal text writes them ("Thanks. see you
// there"). After "?" or "!" it is one unless a closing quote stands
// between ("“Why?” he asked"); after a full stop, when the word before it
// is a plain word of three letters or more, lower case after its first (not an unlisted
// abbreviation such as "pop."); never after an ellipsis.
func lowerStarts(text string, toks []tok, i, j int) bool {
	if j > i+1 {
		return false // a closing quote or bracket: the sentence goes on
	}
	p := text[toks[i].s:toks[i].e]
	if strings.Trim(p, "!?") == "" {
		return true
	}
	if p != "." || i == 0 || toks[i-1].e != toks[i].s {
		return false
	}
	if !lowerStarters[text[toks[j].s:toks[j].e]] {
		return false
	}
	w := text[toks[i-1].s:toks[i-1].e]
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for k, r := range w {
		if k > 0 && !unicode.IsLower(r) || k == 0 && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// abbreviation reports whether word, followed by a full stop and then by
// the text after, is an abbreviation that keeps its full stop, and whether
// it is a title that never ends a sentence.
func abbreviation(word, after string) (abbr, title bool) {
	if len(word) > maxListed {
		// Longer than any listed abbreviation: an initial, dotted
		// letters or a capitalised title at most.
		return abbreviationShape(word)
	}
	if titles[word] {
		return true, true
	}
	if word == "No" || word == "no" || word == "Nos" || word == "Art" || word == "Vol" || word == "p" || word == "pp" || word == "c" {
		// "No. 5", "p. 12", "c. 1818": before a number only.
		a := strings.TrimLeft(after, " ")
		if a != "" && (isDigitByte(a[0]) || a[0] == '#') {
			return true, true
		}
		return false, false
	}
	if others[word] {
		return true, false
	}
	return abbreviationShape(word)
}

// maxListed is the length of the longest word of titles and others, and
// of the words abbreviation tests by name ("No", "Nos", "pp").
var maxListed = func() int {
	n := len("Nos")
	for _, m := range []map[string]bool{titles, others} {
		for w := range m {
			n = max(n, len(w))
		}
	}
	return n
}()

// abbreviationShape is abbreviation for a word that is not listed: an
// initial, letters joined by full stops, or a title in capitals.
func abbreviationShape(word string) (abbr, title bool) {
	// An initial ("J. R. R. Tolkien").
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return true, false
	}
	// Letters with full stops between them: "U.S", "a.m", "Ph.D", "e.g".
	if strings.IndexByte(word, '.') > 0 && dotted(word) {
		lw := strings.ToLower(word)
		return true, lw == "e.g" || lw == "i.e" || lw == "cf" || lw == "viz"
	}
	// Capitalised forms in headlines: "GEN.", "CORP.".
	if len(word) > 1 && allUpper(word) {
		t := word[:1] + strings.ToLower(word[1:])
		if titles[t] {
			return true, true
		}
	}
	return false, false
}

// dotted reports letters joined by full stops, one or two letters each:
// "U.S", "a.k.a", "Ph.D".
func dotted(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		if n < 1 || n > 2 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// titles are abbreviations that stand before a name or number and so never
// end a sentence.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Mmes": true, "Dr": true, "Prof": true,
	"Gen": true, "Gens": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Cpt": true,
	"Sgt": true, "Cpl": true, "Pvt": true, "Pfc": true, "Spc": true, "Adm": true, "Cmdr": true,
	"Cdr": true, "Brig": true, "Cmdt": true, "Lieut": true, "Rep": true, "Reps": true,
	"Sen": true, "Sens": true, "Gov": true, "Govs": true, "Pres": true, "Supt": true,
	"Rev": true, "Hon": true, "Amb": true, "Insp": true, "Det": true, "Fr": true, "Msgr": true,
	"St": true, "Ste": true, "Mt": true, "Ft": true, "Pt": true, "Sgt.Maj": true,
	"vs": true, "v": true, "viz": true, "cf": true, "approx": true, "ca": true, "Ca": true,
	"Fig": true, "Figs": true, "fig": true, "figs": true, "Ch": true, "ch": true, "Sec": true,
	"Gov't": true, "Atty": true, "Ald": true, "Mme": true, "Mlle": true, "Dept": true,
	"Drs": true, "Profs": true,
	// A postscript's mark opens the sentence it introduces ("P.S. I am
	// moving", "PS. Love the new website!"): the treebanks never end a
	// sentence after one.
	"PS": true, "P.S": true, "PPS": true, "P.P.S": true,
}

// others are abbreviations that can also end a sentence ("... of Apple
// Inc."); a sentence ends after them only when a typical sentence opener
// follows.
var others = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Jr": true, "Sr": true,
	"Plc": true, "Cos": true, "Assn": true, "Univ": true, "Ave": true, "Blvd": true, "Rd": true,
	"Hwy": true, "Sq": true, "etc": true, "al": true, "esp": true, "incl": true, "est": true,
	"govt": true, "yrs": true, "hrs": true, "mins": true, "min": true, "max": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thur": true,
	"Thurs": true, "Fri": true, "Sat": true, "Sun": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true,
	"Fla": true, "Ga": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true,
	"Mich": true, "Minn": true, "Mo": true, "Neb": true, "Nev": true, "Okla": true,
	"Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true, "Vt": true, "Wis": true,
	"Wyo": true, "oz": true, "lb": true, "lbs": true, "ft": true, "sq": true, "tel": true,
	"Tel": true, "ext": true, "Ext": true, "dept": true, "Attn": true, "attn": true,
	// Retired and reserve officers: "Gen. (ret.) Amos Dor", "Sergeant
	// First Class (res.) NAME" (Israeli army announcements).
	"ret": true, "Ret": true, "res": true, "Res": true,
}

// lowerStarters are the words that informal writing most often starts a
// sentence with in lower case; other lower-case words after a full stop
// continue the sentence ("..., it says. in the message of ...").
var lowerStarters = map[string]bool{
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true,
	"the": true, "this": true, "my": true, "our": true, "your": true, "there": true,
	"so": true, "but": true, "just": true, "please": true, "thanks": true, "thank": true,
	"if": true, "what": true, "how": true, "why": true, "also": true, "do": true,
	"does": true, "is": true, "are": true, "can": true, "im": true, "its": true,
}

// allUpper reports whether strings.ToUpper(w) == w, without making the
// upper-case copy for the common ASCII word that has a small letter.
func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(w) == w
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}
