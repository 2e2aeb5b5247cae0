package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// junkLines are whole lines that scraped pages carry between paragraphs:
// advertisement markers and share or related-story widgets. They are
// compared in lower case with trailing punctuation and spaces removed.
var junkLines = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "ads": true,
	"sponsored": true, "sponsored content": true, "paid content": true,
	"skip advertisement": true, "story continues below": true,
	"story continues below advertisement": true, "article continues below": true,
	"continue reading": true, "continue reading below": true, "scroll to continue": true,
	"scroll to continue with content": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share this post": true,
	"share on facebook": true, "share on twitter": true, "share on whatsapp": true,
	"share via email": true, "tweet": true, "print": true, "email": true, "e-mail": true,
	"comments": true, "comment": true, "related": true, "related stories": true,
	"related articles": true, "related content": true, "related news": true,
	"related posts": true, "more on this story": true, "more stories": true,
	"read more": true, "read also": true, "also read": true, "see also": true,
	"you may also like": true, "you might also like": true, "recommended": true,
	"most read": true, "most popular": true, "top stories": true, "trending": true,
	"listen to this article": true, "listen to article": true, "getty images": true,
	"facebook": true, "twitter": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "copy link": true, "link copied": true,
}

// junkPrefixes start widget lines: links to other stories, calls to follow
// or subscribe. Compared in lower case; the line must be short.
var junkPrefixes = []string{
	// The first labelPrefixes are the labels of video and related-story
	// widgets, which a flattened page may glue to a sentence of the text.
	"watch:", "listen:", "video:", "related:", "read more:", "also read:", "see also:",
	"read more -", "read more |", "read more »", "read more on",
	"read also:", "read also -", "also read -", "also read |", "also read »",
	"related -", "related |", "related story:", "related article:",
	"watch video:", "photo:", "photos:",
	"click here", "follow us on", "follow us:", "follow our", "subscribe to our",
	"subscribe to the", "sign up for our", "sign up to our", "like us on",
	"join our telegram", "join our whatsapp", "download our app", "download the app",
	"for more news", "for the latest news", "get the latest",
	// Picture credits and captions of scraped pages ("Image source, Getty
	// Images", "Image caption, Rescuers search ...").
	"image source,", "image source:", "image caption,", "image caption:", "media caption,",
	"media caption:", "photo credit:", "(photo:", "(photo by", "(image:",
}

// labelPrefixes is the number of junkPrefixes that are widget labels.
const labelPrefixes = 7

// labelThenSentence reports a widget label's text that goes on into a
// sentence of the article, as a page flattened into one paragraph leaves
// it ("WATCH: Tarov Belsk's video report Members of the council say the
// vote was fair."): it ends with end punctuation, which headlines rarely
// do, and at least six words after the headline's end, a capitalised word
// between two lower-case words, the first not a function word. The line
// is kept; the segmenter makes the label a sentence of its own.
func labelThenSentence(rest string) bool {
	rest = strings.TrimSpace(rest)
	if !terminated(rest) {
		return false
	}
	words := strings.Fields(rest)
	for i := 1; i+6 <= len(words); i++ {
		a, b, c := words[i-1][0], words[i][0], words[i+1][0]
		if b >= 'A' && b <= 'Z' && a >= 'a' && a <= 'z' && c >= 'a' && c <= 'z' && !SentenceOpener(words[i-1]) {
			return true
		}
	}
	return false
}

// junkLine reports a whole line of scraping junk.
func junkLine(s string) bool {
	if len(s) > 200 {
		return false
	}
	// The line in lower case, in a buffer on the stack: every line of a
	// text passes here, and strings.ToLower would copy each to the heap.
	var buf [256]byte
	low := lowerInto(buf[:0], s)
	if junkLines[string(bytes.TrimRight(low, " :.-|»>"))] {
		return true
	}
	for k, p := range junkPrefixes {
		if len(low) >= len(p) && string(low[:len(p)]) == p {
			return k >= labelPrefixes || !labelThenSentence(s[len(p):])
		}
	}
	// "3 min read": reading-time labels.
	if len(low) < 16 && (bytes.HasSuffix(low, []byte(" min read")) || bytes.HasSuffix(low, []byte(" minute read"))) {
		return true
	}
	// "ALSO READ Armenia says ...", "READ MORE Headline": the capitalised
	// widget label before a linked headline.
	for _, p := range [...]string{"ALSO READ ", "READ MORE ", "READ ALSO ", "RELATED ", "WATCH "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lowerInto appends s in lower case to buf, as strings.ToLower writes it.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// dropJunkLines removes junk lines; a paragraph break that stood before a
// removed line passes to the line after it. A rule drawn between sections
// ("-----", "***") stays, a paragraph of its own: it is part of the text
// (the treebanks make each one a sentence: 40 in EWT train), and the
// paragraph breaks around it keep it from joining a sentence.
func dropJunkLines(lines []line) []line {
	out := lines[:0]
	carry := false
	for _, l := range lines {
		if separatorLine(l.text) {
			l.blank = l.nl >= 0 // a break before it, unless it opens the text
			out = append(out, l)
			carry = true
			continue
		}
		if junkLine(l.text) {
			carry = carry || l.blank
			continue
		}
		if carry {
			l.blank = true
			carry = false
		}
		out = append(out, l)
	}
	return out
}

// agencies are news agencies and outlets whose name often stands alone as
// the last line of a syndicated or scraped story.
var agencies = map[string]bool{
	"ap": true, "afp": true, "reuters": true, "xinhua": true, "tass": true, "interfax": true,
	"anadolu": true, "anadolu agency": true, "aa": true, "dpa": true, "upi": true,
	"ians": true, "pti": true, "ani": true, "efe": true, "ansa": true, "yonhap": true,
	"kyodo": true, "sputnik": true, "ria novosti": true, "apa": true, "trend": true,
	"azertac": true, "armenpress": true, "news.az": true, "irna": true, "wafa": true,
	"sana": true, "ukrinform": true, "unian": true, "bernama": true, "antara": true,
	"kuna": true, "wam": true, "qna": true, "mena": true, "associated press": true,
	"agence france-presse": true, "agencies": true, "agency": true,
}

// dropSignOff removes from the end of the text the lines that sign a story
// off rather than tell it: the outlet's name or web domain ("News.Az",
// "(Reuters)", "— AP") and a copyright line. Reporting credits among them
// ("(Reporting by NAME in CITY; Editing by NAME)") stay: they name the
// journalists, whom the report lists as people, and stand as a sentence
// of their own.
func dropSignOff(lines []line, outlet string) []line {
	end := len(lines)
	for end > 1 && (signOff(lines[end-1].text, outlet) || creditLine(lines[end-1].text)) {
		end--
	}
	if end == len(lines) {
		return lines
	}
	kept := lines[:end]
	for _, l := range lines[end:] {
		if creditLine(l.text) {
			kept = append(kept, l)
		}
	}
	return kept
}

// creditLine reports a wire's reporting credit: "(Reporting by NAME;
// Editing by NAME)", "Additional reporting by NAME in CITY".
func creditLine(s string) bool {
	if len(s) > 300 {
		return false
	}
	inner := strings.TrimLeft(strings.ToLower(s), "(")
	for _, p := range [...]string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "edited by ", "compiled by ", "translated by "} {
		if strings.HasPrefix(inner, p) {
			return true
		}
	}
	return false
}

func signOff(s, outlet string) bool {
	if len(s) > 300 {
		// Too long for any test below: a credit line or a copyright
		// line is at most 300 bytes, any other sign-off 40 characters.
		return false
	}
	low := strings.ToLower(s)
	for _, p := range [...]string{"©", "(c) ", "copyright ", "all rights reserved"} {
		if strings.HasPrefix(low, p) && len(s) <= 160 {
			return true
		}
	}
	if utf8.RuneCountInString(s) > 40 {
		return false
	}
	// Strip the wrapping that marks a credit: dashes, slashes, brackets.
	core := strings.Trim(s, " -–—/()[]|")
	wrapped := core != s
	if core == "" || strings.Count(core, " ") > 2 {
		return false
	}
	key := alnum(core)
	if key == "" {
		return false
	}
	if outlet != "" && key == alnum(outlet) {
		return true
	}
	if agencies[strings.ToLower(core)] {
		return true
	}
	if isDomain(core) {
		return true
	}
	// "(Xinhua)", "— Kyiv Post", "/TASS/": a short capitalised name set off
	// by brackets, slashes or a leading dash (a lone "- Name" line is a
	// bullet, so a hyphen-minus alone does not count).
	if wrapped && !strings.HasPrefix(s, "- ") && !strings.HasPrefix(s, "* ") {
		for _, w := range strings.Fields(core) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return !terminated(core)
	}
	return false
}

// isDomain reports a web domain such as "News.Az" or "www.apa.az": labels
// of letters, digits and hyphens joined by dots, the last two to six
// letters.
func isDomain(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(s), "https://"), "http://")
	s = strings.TrimSuffix(s, "/")
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, c := range tld {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
		for _, c := range l {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// alnum keeps the letters and digits of s, in lower case.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// separatorLine reports a line drawn between sections: "***", "* * *",
// "-----", "___", "=====".
func separatorLine(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		switch r {
		case '*', '-', '_', '=', '~', '#', '•', '·', ' ', '—', '–':
		default:
			return false
		}
	}
	return true
}
