// Package clean turns an article body as scraped into the text the analysis
// stages read: Unicode normalised, scraping junk and the outlet's sign-off
// removed, lines broken inside a sentence joined, hyphenation at line ends
// undone, paragraphs separated by one blank line. It keeps an exact map from
// every cleaned byte back to the body byte it came from.
package clean

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

//go:embed words.txt.gz
var wordsFS embed.FS

// Cleaner is the cleaning stage. Its word list decides line-end hyphenation.
type Cleaner struct {
	// words holds 64-bit FNV-1a hashes of the words: a map without
	// pointers, which the garbage collector need not scan.
	words map[uint64]struct{}
}

// wordHash is the 64-bit FNV-1a hash of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// known reports whether w is in the word list.
func (c *Cleaner) known(w string) bool {
	_, ok := c.words[wordHash(w)]
	return ok
}

// Load reads the embedded word list.
func Load() (*Cleaner, error) {
	f, err := wordsFS.Open("words.txt.gz")
	if err != nil {
		return nil, fmt.Errorf("clean: word list: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("clean: word list words.txt.gz: %w", err)
	}
	words := make(map[uint64]struct{}, 90000)
	sc := bufio.NewScanner(gz)
	for sc.Scan() {
		if w := sc.Bytes(); len(w) > 0 {
			words[wordHash(string(w))] = struct{}{}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clean: word list words.txt.gz: %w", err)
	}
	return &Cleaner{words: words}, nil
}

// Name is the stage name.
func (c *Cleaner) Name() string { return "clean" }

// Process sets doc.Text and doc.Origin from doc.Article.Body.
func (c *Cleaner) Process(doc *parallax.Document) {
	doc.Text, doc.Origin = c.Clean(doc.Article.Body, doc.Article.Outlet)
}

// Clean returns the cleaned text of body and the map from its offsets back
// to offsets in body. outlet, when known, helps recognise a sign-off line.
func (c *Cleaner) Clean(body, outlet string) (string, parallax.OffsetMap) {
	text, m := composeNFC(body)
	text, m = normalizeChars(text, m)
	lines := splitLines(text)
	lines = dropJunkLines(lines)
	lines = dropSignOff(lines, outlet)
	b := newBuilder(text, m)
	wrap := 0 // the width the lines were wrapped at; 0: not wrapped
	if hardWrapped(lines) {
		wrap = wrapWidth(lines)
	}
	for i := range lines {
		l := &lines[i]
		if i > 0 {
			c.separate(b, lines, i, wrap)
		}
		for k, r := range l.runs {
			if k > 0 && b.last() != ' ' && !startsNoSpace(text[r.s:r.e]) {
				b.replace(" ", l.runs[k-1].e, r.s)
			}
			b.copy(r.s, r.e)
		}
	}
	return b.result()
}

// span is a half-open byte range of the normalised text.
type span struct{ s, e int }

// line is one non-blank line of the text after inline junk removal.
type line struct {
	runs  []span // the words and spaces kept, in order
	text  string // the kept text (runs joined by single spaces)
	nl    int    // offset of the line break before the line (-1 for the first)
	blank bool   // a blank line (or more) stood before this line
}

// splitLines cuts text into its non-blank lines, trimming white space,
// collapsing runs of spaces to one and removing inline junk tokens.
func splitLines(text string) []line {
	var out []line
	// All lines' runs share one array (most lines are one run): one
	// allocation or a few, not one a line.
	var all []span
	blank := false
	prevNL := -1
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		n := len(all)
		all = lineRuns(all, text, start, end)
		runs := all[n:len(all):len(all)]
		if len(runs) == 0 {
			if start > 0 {
				blank = true
			}
		} else {
			l := line{runs: runs, nl: prevNL, blank: blank}
			if len(runs) == 1 {
				l.text = text[runs[0].s:runs[0].e]
			} else {
				var sb strings.Builder
				for k, r := range runs {
					if k > 0 && !startsNoSpace(text[r.s:r.e]) {
						sb.WriteByte(' ')
					}
					sb.WriteString(text[r.s:r.e])
				}
				l.text = sb.String()
			}
			out = append(out, l)
			blank = false
		}
		prevNL = end
		start = end + 1
	}
	return out
}

// lineRuns appends to out the runs of text[start:end], split at runs of
// spaces (dropping them; a single space is re-inserted between runs),
// without inline junk tokens. A line with no junk and no double or edge
// spaces is one run.
func lineRuns(out []span, text string, start, end int) []span {
	line := text[start:end]
	if line != "" && line[0] != ' ' && line[len(line)-1] != ' ' && !strings.Contains(line, "  ") &&
		strings.IndexByte(line, '[') < 0 && !strings.Contains(line, "ADVERTISEMENT") {
		return append(out, span{start, end})
	}
	base := len(out)
	i := start
	for i < end {
		for i < end && text[i] == ' ' {
			i++
		}
		if i >= end {
			break
		}
		j := i
		for j < end && text[j] != ' ' {
			j++
		}
		// A word: drop it when it is junk; cut junk brackets out of it.
		w := text[i:j]
		if !junkWord(w) {
			parts := []span{{i, j}}
			if strings.IndexByte(w, '[') >= 0 {
				parts = cutJunkTokens(text, i, j)
			}
			for _, r := range parts {
				// Merge with the previous run when only one space separates them.
				if n := len(out); n > base && out[n-1].e+1 == r.s && text[out[n-1].e] == ' ' {
					out[n-1].e = r.e
				} else {
					out = append(out, r)
				}
			}
		}
		i = j
	}
	return out
}

// junkWord reports scraping junk that stands as a word of its own:
// advertisement markers of WordPress scrapers ("[ad_1]") and the all-caps
// "ADVERTISEMENT" that print layouts insert inside paragraphs.
func junkWord(w string) bool {
	return w == "ADVERTISEMENT" || w == "ADVERTISEMENTS" || isAdToken(w)
}

// isAdToken matches "[ad]", "[ad_1]", "[ad_12]", "[ads]".
func isAdToken(w string) bool {
	if len(w) < 4 || w[0] != '[' || w[len(w)-1] != ']' {
		return false
	}
	in := strings.ToLower(w[1 : len(w)-1])
	switch {
	case in == "ad" || in == "ads":
		return true
	case strings.HasPrefix(in, "ad_") && len(in) > 3:
		for _, c := range in[3:] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// cutJunkTokens returns the parts of word text[s:e] left after removing ad
// tokens glued to it ("said.[ad_1]").
func cutJunkTokens(text string, s, e int) []span {
	var out []span
	from := s
	for k := s; k < e; k++ {
		if text[k] != '[' {
			continue
		}
		// Ad tokens are short: look for the closing bracket nearby only,
		// so that a long run of brackets costs linear time.
		close := strings.IndexByte(text[k:min(e, k+12)], ']')
		if close < 0 {
			continue
		}
		if isAdToken(text[k : k+close+1]) {
			if k > from {
				out = append(out, span{from, k})
			}
			from = k + close + 1
			k = from - 1
		}
	}
	if from < e {
		out = append(out, span{from, e})
	}
	return out
}

// startsNoSpace reports a run that attaches to the previous one without a
// space: closing punctuation.
func startsNoSpace(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '.':
		return !strings.HasPrefix(s, "..") // an ellipsis opens a line
	case ',', ';', ':', ')', ']', '!', '?':
		return true
	}
	return false
}

// separate writes what stands between line i-1 and line i: nothing or a
// space when line i continues the sentence of line i-1, else a line break
// ("\n") or a paragraph break ("\n\n").
func (c *Cleaner) separate(b *builder, lines []line, i int, wrap int) {
	prev, cur := &lines[i-1], &lines[i]
	nl := cur.nl
	gapStart := prev.runs[len(prev.runs)-1].e
	gapEnd := cur.runs[0].s
	switch c.join(lines, i, wrap) {
	case joinTight:
		return
	case joinSpace:
		b.replace(" ", nl, nl+1)
		return
	case joinHyphen:
		// Drop the hyphen that ends the previous line: it was written
		// already, so take it back (it is the last byte).
		b.unwrite(1)
		return
	}
	if cur.blank {
		b.replace("\n\n", gapStart, gapEnd)
	} else {
		b.replace("\n", nl, nl+1)
	}
}

type joinKind int

const (
	noJoin     joinKind = iota
	joinSpace           // one sentence across the break: a space
	joinTight           // punctuation or a kept hyphen: nothing between
	joinHyphen          // a word hyphenated at the line end: drop the hyphen
)

// join decides whether line i continues the sentence of line i-1; wrap is
// the width a hard-wrapped text was wrapped at (0: not wrapped).
func (c *Cleaner) join(lines []line, i int, wrap int) joinKind {
	prev, cur := lines[i-1].text, lines[i].text
	if isBullet(cur) || separatorLine(cur) || separatorLine(prev) {
		return noJoin
	}
	// A line that starts with closing punctuation (a lone "." or ",")
	// belongs to the sentence before it.
	if startsNoSpace(cur) {
		return joinTight
	}
	if !lines[i].blank {
		if k := c.hyphenation(prev, cur); k != noJoin {
			return k
		}
	}
	if !lines[i].blank && abbreviationEnd(prev, cur, wrap > 0) {
		return joinSpace
	}
	if terminated(prev) || isBullet(prev) && lines[i].blank {
		return noJoin
	}
	first, _ := utf8.DecodeRuneInString(cur)
	open := openEnd(prev)
	switch {
	case unicode.IsLower(first) && (!lines[i].blank || nameLike(prev) || open):
		// Across a blank line only after a name or title ("Nikol
		// Pashinyan" / "held a meeting") or a line that cannot end a
		// sentence ("The army's spokesman" / "said ..."): any other
		// paragraph without end punctuation followed by one in lower
		// case ("Let me know" / "you don't know what that means?",
		// "wrong location" / "this is not where ...") is more often two
		// sentences of informal text than one sentence broken by a
		// scraper.
		return joinSpace
	case danglingEnd(prev) || (clauseComma(prev) || possessiveEnd(prev)) && twoCapitals(cur) || quoteComma(prev):
		// No sentence, headline or byline ends in a function word, a
		// comma or a possessive ("After the talks on Tuesday," /
		// "Foreign Minister Ira Dunmore said ..."). A comma or a
		// possessive goes on with a name of two capitalised words
		// ("Kestrova's" / "Border Region ..."), and a quotation closed
		// after a comma with anything ("\"The line holds,\"" / "Oleg
		// Varn said"). Before a sentence they stay apart: a short line
		// ending in a comma is a letter's salutation or closing ("Hi
		// Sara," / "I just wanted ...", "Talk to you soon," / "Kam"), a
		// transcript's turn breaks off at a comma ("I don't put lemon
		// in my tea," / "You ever do?"), and a possessive ends a
		// review's line ("I <3 Max's" / "Excellent bagels"): UD EWT
		// emails and reviews, GUM conversations. Lower case after a
		// comma or a possessive joins above.
		return joinSpace
	case nameRun(lines, i, open || nameLike(prev)):
		// A name alone between line breaks inside a sentence ("attended
		// by President" / "Vaughan Khachaturian" / "and Chairman ..."),
		// or cut into one line a word ("spokesman" / "Igor" /
		// "Konashenkov" / "said that").
		return joinSpace
	case roleEnd(prev) && determinerStart(prev) && namedSubject(cur):
		// "The ministry's chief negotiator" / "Anna Kestrel told ...":
		// a noun phrase ending in a role noun, then a full name and its
		// verb. A headline ending in a role noun ("Velora names new navy
		// commander" / "Admiral Ivan Petrov took ...") has a verb and no
		// determiner before it, and stays apart.
		return joinSpace
	case titleGivenEnd(prev) && surnameSpeaks(cur, prev):
		// A release pasted from a PDF or a page of fixed width breaks
		// between a minister's given name and surname ("Foreign
		// Secretary David" / "Lammy said today ..."). A heading ends in
		// the title itself or in the whole name, and the sentence after
		// it does not open with a lone surname and a reporting verb.
		return joinSpace
	case wrap > 0 && !lines[i].blank && !heading(lines, i-1, wrap):
		return joinSpace
	}
	return noJoin
}

// titleGivenEnd reports a line that ends in a title and one capitalised
// word, a given name waiting for its surname: "Foreign Secretary David",
// "Minister for the Middle East Hamish", "... said Defence Minister Ira".
// The title is a role noun among the capitalised words (and name
// particles, "for") right before the last word; the last word is no role
// noun, day or month itself ("Statement by the Foreign Secretary").
func titleGivenEnd(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if !capitalisedName(last) || roleNouns[strings.ToLower(last)] || dayOrMonth[last] {
		return false
	}
	for k := len(f) - 2; k >= 0; k-- {
		w := f[k]
		if k == len(f)-2 {
			// the name in apposition ("Special Representative for
			// Sudan, Richard" / "Crowder, said")
			w = strings.TrimSuffix(w, ",")
		}
		if roleNouns[strings.ToLower(w)] && capitalisedName(w) {
			return true
		}
		if !capitalisedName(w) && !nameParticles[w] && w != "for" {
			return false
		}
	}
	return false
}

// surnameSpeaks reports a line that opens with one capitalised word, not
// a sentence opener and not already in the line before (a heading that is
// the whole name, then "Lammy said"), followed by a reporting verb:
// "Lammy said today that ...".
func surnameSpeaks(s, prev string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	name := strings.TrimSuffix(f[0], ",") // "Crowder, said" after an apposed title
	if !capitalisedName(name) || SentenceOpener(strings.ToLower(name)) || !surnameVerbs[f[1]] {
		return false
	}
	for _, w := range strings.Fields(prev) {
		if strings.TrimSuffix(w, ",") == name {
			return false
		}
	}
	return true
}

// surnameVerbs are the reporting verbs that follow a speaker's surname.
var surnameVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "announced": true, "warned": true,
	"stated": true, "wrote": true, "confirmed": true, "stressed": true, "insisted": true, "explained": true,
}

// capitalisedName reports a word of letters (hyphens and apostrophes
// inside) that opens with a capital and has a lower-case letter: a name,
// not an acronym or a number.
func capitalisedName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return lower
}

// maxNameLines is the most lines a name cut one word a line may take.
const maxNameLines = 4

// nameRun reports a name written alone on line i and followed by a line
// that goes on with a sentence (lower case or closing punctuation), or a
// name cut one word a line over up to maxNameLines lines ("Igor" /
// "Konashenkov" / "said"). Lines of two or more names each are a list
// ("Tarov Belsk" / "Anna Kestrel"), and a cut name joins only when the
// line before cannot end a sentence (afterOpen): a headline followed by
// one-word widget lines does not.
func nameRun(lines []line, i int, afterOpen bool) bool {
	for k := i; k < len(lines) && k < i+maxNameLines; k++ {
		s := lines[k].text
		if k > i && continues(s) {
			return k == i+1 || afterOpen
		}
		if !nameLike(s) || k > i && strings.IndexByte(lines[i].text, ' ') >= 0 ||
			k > i && strings.IndexByte(s, ' ') >= 0 {
			return false
		}
	}
	return false
}

// openEnd reports a line that ends where no sentence can: in a role noun,
// a comma or a possessive (function words are danglingEnd's).
func openEnd(s string) bool {
	return roleEnd(s) || commaEnd(s) || possessiveEnd(s)
}

// clauseComma reports a line ending in a comma that leaves a clause
// open: inside closing quotation marks ("\"The line holds,\"" / "Oleg
// Varn said"), or after a clause of five words or more (counted from the
// last sentence end in the line) whose last word is not a capitalised
// name. Shorter ones and a name before the comma are mostly salutations
// and closings of letters ("Hi Sara,", "Thanks and regards,", "... 14:57
// John,").
func clauseComma(s string) bool {
	if !commaEnd(s) {
		return false
	}
	if quoteComma(s) {
		return true
	}
	tail := s
	for _, end := range [...]string{". ", "! ", "? "} {
		if k := strings.LastIndex(tail, end); k >= 0 {
			tail = tail[k+2:]
		}
	}
	if strings.Count(tail, " ") < 4 {
		return false
	}
	w := strings.TrimSuffix(lastWord(tail), ",")
	r, _ := utf8.DecodeRuneInString(w)
	return (!unicode.IsUpper(r) || dayOrMonth[w]) && !greetings[strings.ToLower(w)]
}

// greetings are the last words of a letter's salutation or closing.
var greetings = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "regards": true, "thanks": true,
	"soon": true, "all": true, "everyone": true, "guys": true, "folks": true,
	"sincerely": true, "cheers": true, "best": true, "wishes": true, "truly": true,
	"team": true, "colleagues": true, "friends": true, "again": true,
}

// quoteComma reports a line ending in a comma inside closing quotation
// marks: the cue follows ("\"The line holds,\"" / "Oleg Varn said").
func quoteComma(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return commaEnd(s) && r != ','
}

// dayOrMonth are capitalised words that end a clause, not a name.
var dayOrMonth = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true,
}

// twoCapitals reports a line that opens with two capitalised words, the
// first no sentence opener: a name ("Border Region", "Foreign Minister").
func twoCapitals(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || SentenceOpener(strings.ToLower(f[0])) {
		return false
	}
	a, _ := utf8.DecodeRuneInString(f[0])
	b, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(a) && unicode.IsUpper(b)
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// commaEnd reports a line that ends in a comma, also inside closing
// quotation marks ("\"We will not retreat,\"").
func commaEnd(s string) bool {
	s = strings.TrimRight(s, "\"'”’»")
	return strings.HasSuffix(s, ",")
}

// possessiveEnd reports a line whose last word is a possessive ("Velora's",
// "the region's"), not a contraction ("it's", "what's").
func possessiveEnd(s string) bool {
	w := lastWord(s)
	var stem string
	switch {
	case strings.HasSuffix(w, "'s"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "’s"):
		stem = w[:len(w)-len("’s")]
	default:
		return false
	}
	return stem != "" && !contractions[strings.ToLower(stem)]
}

var contractions = map[string]bool{
	"it": true, "that": true, "he": true, "she": true, "there": true, "here": true,
	"what": true, "who": true, "let": true, "where": true, "how": true, "this": true,
	"when": true, "why": true, "everyone": true, "nobody": true, "one": true,
}

// roleEnd reports a line whose last word is a title or role noun that
// stands before a name ("spokesman", "Colonel").
func roleEnd(s string) bool {
	return roleNouns[strings.ToLower(lastWord(s))]
}

// roleNouns are titles and roles that a name follows in news ("the
// ministry's spokesman Igor ...", "Foreign Minister Ira ...").
var roleNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"president": true, "commander": true, "chief": true, "secretary": true,
	"governor": true, "mayor": true, "ambassador": true, "envoy": true, "general": true,
	"colonel": true, "lieutenant": true, "captain": true, "major": true, "sergeant": true,
	"admiral": true, "marshal": true, "director": true, "leader": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "head": true, "official": true,
	"adviser": true, "advisor": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "emir": true, "sheikh": true, "senator": true,
	"representative": true, "correspondent": true, "deputy": true, "speaker": true,
	"prosecutor": true, "judge": true, "negotiator": true, "coordinator": true,
	"commissioner": true, "officer": true, "analyst": true, "counterpart": true,
	"cleric": true, "imam": true, "activist": true, "journalist": true, "reporter": true,
	"lawmaker": true, "legislator": true, "mp": true,
}

// determinerStart reports a line that opens with a determiner or a
// possessive pronoun: a noun phrase or a sentence, not a headline.
func determinerStart(s string) bool {
	w := s
	if k := strings.IndexByte(s, ' '); k >= 0 {
		w = s[:k]
	}
	switch w {
	case "The", "A", "An", "Its", "His", "Her", "Their", "Our", "This", "That":
		return true
	}
	return false
}

// namedSubject reports a line that opens with a full name, two or more
// capitalised words (or name particles) not opening like a sentence,
// followed by a word in lower case or a comma: "Anna Kestrel told ...".
func namedSubject(s string) bool {
	words := strings.Fields(s)
	n := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case n == 0 && SentenceOpener(strings.ToLower(w)):
			return false
		case unicode.IsUpper(r) || n > 0 && nameParticles[w]:
			n++
			if strings.HasSuffix(w, ",") {
				return n >= 2
			}
			if terminated(w) {
				return false
			}
			continue
		}
		return n >= 2 && unicode.IsLower(r)
	}
	return false
}

// abbreviationEnd reports a line that ends with an abbreviation's full
// stop inside a sentence that the next line goes on with, so that a hard
// wrap after "U.S." or "Gen." does not cut the sentence in two ("sanctions
// on U.S." / "Defense firms"). A title ("Gen.", "Sen.") stands before a
// name and never ends a sentence. Letters joined by full stops ("U.S.",
// "U.N.", "p.m.") and company or month abbreviations ("Corp.", "Sept.") can
// end one: the line goes on with them when the next line starts in lower
// case or with a digit, or, in a hard-wrapped text, with a capitalised
// word that is not a usual sentence opener ("U.S." / "Congress voted", but
// "the U.S." / "The next day"). Without a hard wrap a single line break
// after "U.S." more often ends a paragraph, so a capital there stays a
// sentence start.
func abbreviationEnd(prev, cur string, wrapped bool) bool {
	if len(prev) < 2 || prev[len(prev)-1] != '.' {
		return false
	}
	w := prev[strings.LastIndexByte(prev, ' ')+1 : len(prev)-1]
	w = strings.TrimLeft(w, "(\"'“‘[")
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:] // "Turkish-U.S." / "relations"
	}
	title, other := lineEndTitles[w], lineEndOthers[w] || dottedLetters(w)
	if !title && !other {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cur)
	switch {
	case title:
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	case unicode.IsLower(r) || unicode.IsDigit(r):
		return true
	case !wrapped || !unicode.IsUpper(r):
		return false
	}
	next := cur
	if k := strings.IndexAny(cur, " ,;:.!?"); k >= 0 {
		next = cur[:k]
	}
	return !SentenceOpener(strings.ToLower(next))
}

// dottedLetters reports letters joined by full stops, one or two each,
// with the last full stop cut off: "U.S", "a.m", "Ph.D".
func dottedLetters(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			n = 0
		case unicode.IsLetter(r):
			if n++; n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// lineEndTitles are abbreviated titles that stand before a name ("Gen.",
// "Sen.", "Lt. Col."); lineEndOthers are abbreviations that may end a
// sentence as well as go on with it ("Corp.", "Sept."). The segmenter's
// lists are longer; these are the ones a line break falls after in news.
var lineEndTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true,
	"Col": true, "Maj": true, "Capt": true, "Sgt": true, "Cpl": true, "Pvt": true, "Adm": true,
	"Cmdr": true, "Brig": true, "Rep": true, "Sen": true, "Gov": true, "Rev": true, "Hon": true,
	"Amb": true, "Insp": true, "Det": true, "Fr": true, "Mt": true, "Ft": true,
}

var lineEndOthers = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Jr": true, "Sr": true, "St": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// SentenceOpener reports a word (in lower case) that opens sentences far
// more often than it follows a capitalised abbreviation inside one:
// pronouns, determiners, conjunctions, prepositions and sentence adverbs
// ("... in the U.S. The next day", not "the U.S. Congress").
func SentenceOpener(lower string) bool { return sentenceOpeners[lower] }

var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "but": true, "and": true, "or": true, "so": true,
	"yet": true, "if": true, "when": true, "while": true, "after": true, "before": true,
	"however": true, "meanwhile": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "some": true, "many": true, "most": true, "all": true,
	"both": true, "each": true, "no": true, "yes": true, "then": true, "also": true,
	"according": true, "what": true, "why": true, "how": true, "who": true, "where": true,
	"in": true, "on": true, "at": true, "for": true, "as": true, "since": true, "with": true,
	"from": true, "by": true, "to": true, "not": true, "only": true, "such": true,
	"one": true, "two": true, "three": true, "other": true, "another": true, "several": true,
	"although": true, "though": true, "because": true, "during": true, "earlier": true,
	"later": true, "now": true, "today": true, "yesterday": true, "still": true,
	"instead": true, "moreover": true, "furthermore": true, "thus": true, "therefore": true,
	"officials": true, "authorities": true, "police": true, "troops": true,
}

// continues reports a line that starts in the middle of a sentence.
func continues(s string) bool {
	if startsNoSpace(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// hyphenation handles a word hyphenated at the end of prev and continued at
// the start of cur. The hyphen goes when the joined form is a word
// ("mili-" "tary"), or when neither it nor both parts are known words (a
// name split by typesetting). It stays when the continuation is capitalised
// ("Nagorno-" "Karabakh", "anti-" "American"), when both parts are words and
// the joined form is not ("long-" "running"), and in reduplications
// ("guk-" "guk"). Measured on the words of the demo corpus
// (TestHyphenationOnRealWords): 99.6% of words split in the middle come
// back whole, 82% of compounds keep their hyphen (most of the rest become a
// closed form that is a word too, "counterattack").
//
// The rule of keeping every hyphen whose joined form is not a known word
// fails on words the list lacks ("storytelling", "chatbots"); this one
// fails instead on compounds with an unknown part ("coronavirus-related"),
// which are rarer.
func (c *Cleaner) hyphenation(prev, cur string) joinKind {
	if len(prev) < 3 || prev[len(prev)-1] != '-' {
		return noJoin
	}
	left := trailingLetters(prev[:len(prev)-1])
	if left == "" {
		return noJoin
	}
	right := leadingLetters(cur)
	if right == "" {
		return noJoin
	}
	r, _ := utf8.DecodeRuneInString(right)
	if unicode.IsUpper(r) {
		return joinTight
	}
	l := strings.ToLower(left)
	switch {
	case c.isWord(l + right):
		return joinHyphen
	case l == right: // "guk-guk"
		return joinTight
	case c.isWord(l) && c.isWord(right):
		return joinTight
	}
	return joinHyphen
}

// isWord reports whether w (lower case) or the stem left by a regular
// inflection is in the word list.
func (c *Cleaner) isWord(w string) bool {
	if c.known(w) || functionWords[w] {
		return true
	}
	for _, suf := range [...]struct{ cut, add string }{
		{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ied", "y"},
		{"ing", ""}, {"ing", "e"}, {"ly", ""}, {"er", ""}, {"er", "e"}, {"est", ""}, {"est", "e"},
		{"iest", "y"}, {"ier", "y"}, {"'s", ""},
	} {
		if len(w) > len(suf.cut)+2 && strings.HasSuffix(w, suf.cut) {
			stem := w[:len(w)-len(suf.cut)] + suf.add
			if c.known(stem) {
				return true
			}
			// Doubled consonant: "running" → "run".
			if n := len(stem); suf.add == "" && n > 2 && stem[n-1] == stem[n-2] {
				if c.known(stem[:n-1]) {
					return true
				}
			}
		}
	}
	return false
}

// functionWords are the closed-class words WordNet leaves out; compounds
// use them ("how-to", "for-profit", "built-in").
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "for": true, "how": true, "to": true, "in": true,
	"on": true, "of": true, "by": true, "with": true, "and": true, "or": true, "at": true,
	"from": true, "into": true, "all": true, "any": true, "no": true, "non": true,
	"what": true, "who": true, "which": true, "when": true, "where": true, "this": true,
	"that": true, "it": true, "its": true, "one": true, "self": true, "some": true,
	"mid": true, "pre": true, "post": true, "anti": true, "pro": true, "ex": true,
	// Pronouns WordNet lacks, so that "every-" "thing" joins.
	"everything": true, "something": true, "anything": true, "nothing": true,
	"everyone": true, "someone": true, "anyone": true, "everybody": true,
	"somebody": true, "anybody": true, "nobody": true, "myself": true, "yourself": true,
	"himself": true, "herself": true, "itself": true, "ourselves": true,
	"yourselves": true, "themselves": true, "whatever": true, "whoever": true,
	"however": true, "whenever": true, "wherever": true,
}

func trailingLetters(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

func leadingLetters(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}

// terminated reports a line that ends a sentence: its last character,
// after closing quotes and brackets, is a full stop, question or
// exclamation mark, ellipsis, colon or semicolon.
func terminated(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// danglingWords are words that cannot end a sentence or a headline: a line
// that ends with one breaks a sentence.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "by": true, "to": true, "for": true,
	"with": true, "and": true, "or": true, "but": true, "nor": true, "in": true, "on": true,
	"at": true, "from": true, "into": true, "onto": true, "upon": true, "about": true,
	"as": true, "than": true, "that": true, "which": true, "who": true, "whose": true,
	"whom": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "these": true, "those": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "between": true, "among": true, "against": true,
	"during": true, "under": true, "via": true, "per": true, "including": true,
	"said": true, "says": true, "told": true, "called": true, "named": true,
	"near": true, "toward": true, "towards": true, "amid": true, "amidst": true,
	"despite": true, "across": true,
}

// danglingEnd reports a line whose last word is a function word. A
// reporting verb whose object the line opens with ends a section
// heading ("What Ukraine says", "What the ministry said"), not a
// sentence cut before its quotation.
func danglingEnd(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	if reportingEnds[w] && strings.HasPrefix(s, "What ") {
		return false
	}
	return danglingWords[w]
}

// reportingEnds are the reporting verbs among danglingWords.
var reportingEnds = map[string]bool{"said": true, "says": true, "told": true, "called": true, "named": true}

// nameLike reports a short line that looks like a name or title: up to six
// words, capitalised, with no sentence punctuation.
func nameLike(s string) bool {
	if terminated(s) {
		return false
	}
	// The words as strings.Fields gives them, without making the list:
	// every line break between two lines may ask.
	k := 0
	for rest := s; ; k++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		if k == 6 {
			return false // a seventh word
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !(k > 0 && nameParticles[w]) {
			return false
		}
	}
	return k > 0
}

var nameParticles = map[string]bool{
	"of": true, "the": true, "de": true, "al": true, "al-": true, "bin": true, "ibn": true,
	"van": true, "von": true, "der": true, "la": true, "le": true, "da": true, "and": true,
}

// isBullet reports a line that is a list item: a bullet sign or a number or
// letter with "." or ")" then a space.
func isBullet(s string) bool {
	return BulletLen(s) > 0
}

// BulletLen returns the length in bytes of the bullet marker that starts s,
// including the space after it, or 0 when s is not a list item.
func BulletLen(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '●', '◦', '‣', '∙', '■', '□', '➢', '►', '-', '*', '–', '—':
		if size < len(s) && s[size] == ' ' {
			return size + 1
		}
		return 0
	}
	// ". Near Mosul, ...": a bullet sign that scraping turned into a full
	// stop (a lone "." line or ". and" go on the sentence before instead).
	if r == '.' && len(s) > 2 && s[1] == ' ' {
		if n, _ := utf8.DecodeRuneInString(s[2:]); unicode.IsUpper(n) {
			return 2
		}
		return 0
	}
	// "1. ", "12) ", "(3) ", "a) ".
	i := 0
	paren := false
	if i < len(s) && s[i] == '(' {
		paren = true
		i++
	}
	j := i
	for j < len(s) && j-i < 2 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i && j < len(s) && s[j] >= 'a' && s[j] <= 'h' {
		j++
		if j >= len(s) || s[j] != ')' {
			return 0
		}
	}
	if j == i || j >= len(s) {
		return 0
	}
	switch {
	case paren && s[j] == ')', !paren && (s[j] == ')' || s[j] == '.'):
		j++
	default:
		return 0
	}
	if j < len(s) && s[j] == ' ' {
		return j + 1
	}
	return 0
}

// heading reports a line of a hard-wrapped text that is a heading of its
// own ("Background", "International reaction") and not the first line of a
// wrapped paragraph: it starts a paragraph, is capitalised, ends without
// punctuation, is less than half the wrap width long (a wrapped line fills
// it), and a capitalised line follows. A sentence wrapped after a short
// first line would continue in lower case or fill the line.
func heading(lines []line, k, wrap int) bool {
	if k > 0 && !lines[k].blank && !terminated(lines[k-1].text) || k+1 >= len(lines) {
		return false
	}
	s, next := lines[k].text, lines[k+1].text
	if terminated(s) || danglingEnd(s) || 2*utf8.RuneCountInString(s) >= wrap {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	n, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && (unicode.IsUpper(n) || unicode.IsDigit(n))
}

// wrapWidth returns the length in characters of the longest line.
func wrapWidth(lines []line) int {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(l.text))
	}
	return w
}

// hardWrapped reports a text whose lines were wrapped at a fixed width:
// several single line breaks fall inside sentences (the line before has no
// end punctuation and the next starts in lower case), and they make up at
// least a third of the line breaks that follow a line without end
// punctuation.
func hardWrapped(lines []line) bool {
	open, inside := 0, 0
	for i := 1; i < len(lines); i++ {
		if lines[i].blank || isBullet(lines[i].text) || terminated(lines[i-1].text) {
			continue
		}
		open++
		if continues(lines[i].text) {
			inside++
		}
	}
	return inside >= 2 && 3*inside >= open
}
