package ingest

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageSignals is what the page itself says about the extractors' texts:
// which words are link texts (menus, related-story lists, teasers are links;
// an article's prose seldom is), and the data scripts that may hold the
// story when the markup does not (client-rendered pages).
type pageSignals struct {
	// links holds every link text as lower-case words, indexed by its first
	// word, so that a line's linked share is found in one pass.
	links map[string][][]string
	// scripts are the texts of JSON data scripts (JSON-LD, hydration blobs
	// of JavaScript frameworks).
	scripts []string
	// titles are the page's own headlines: its <title> (whole, and its
	// part before a site-name suffix), its og:title and its first <h1>s.
	titles []string
	// metaTitles are those of the head only; h1s the page's <h1> texts.
	metaTitles, h1s []string
	// captions are the line keys of figure captions and credits, read
	// from at most maxCaptions elements.
	captions  map[string]bool
	nCaptions int
	// pubMeta is set when a <meta> element declares the publication date.
	pubMeta bool
	// anchors are the line keys of links into the page itself ("#id").
	anchors map[string]bool
	// siteName is the og:site_name's line key.
	siteName string
}

// Bounds on what collectSignals keeps: a hostile page must not make it
// store or scan without limit.
const (
	maxLinkWords = 120
	maxLinks     = 5000
	// maxLinksPerWord bounds the link texts that start with one word, and
	// so the work per word of a line in linkCover.
	maxLinksPerWord = 64
	maxScriptLen    = 4 << 20
	maxScriptRead   = 16 << 20
	// maxJSONDepth bounds the nesting followed in a data script; a story's
	// blocks sit a few levels down, a hostile script nests without end.
	maxJSONDepth = 64
)

// collectSignals walks the page once for its link texts and data scripts.
func collectSignals(doc *html.Node) pageSignals {
	sig := pageSignals{links: map[string][][]string{}, captions: map[string]bool{}, anchors: map[string]bool{}}
	nLinks, scriptBytes := 0, 0
	seenLink := map[string]bool{}
	n := doc
	for n != nil {
		if n.Type == html.ElementNode {
			switch tagAtom(n) {
			case atom.A:
				href := strings.TrimSpace(attr(n, "href"))
				// In-page anchors (tables of contents, heading permalinks)
				// point into the article itself.
				if strings.HasPrefix(href, "#") && len(href) > 1 && len(sig.anchors) < maxAnchors {
					// A table of contents or key-events list: its entries
					// repeat the headings below them.
					if k := lineKey(renderTextN(n, maxShortNodes)); k != "" && len(k) <= 200 {
						sig.anchors[k] = true
					}
				}
				if href != "" && !strings.HasPrefix(href, "#") && nLinks < maxLinks {
					for _, piece := range strings.Split(renderTextN(n, maxShortNodes), "\n") {
						if w := words(piece); len(w) > 0 && len(w) <= maxLinkWords && len(sig.links[w[0]]) < maxLinksPerWord {
							if k := strings.Join(w, " "); !seenLink[k] {
								seenLink[k] = true
								sig.links[w[0]] = append(sig.links[w[0]], w)
								nLinks++
							}
						}
					}
				}
			case atom.H1:
				if len(sig.h1s) < maxH1s {
					if t := parallax.NormalizeSpace(renderTextN(n, maxShortNodes)); t != "" {
						sig.h1s = append(sig.h1s, t)
					}
				}
			case atom.Title:
				if c := n.FirstChild; c != nil && c.Type == html.TextNode && parallax.NormalizeSpace(c.Data) != "" {
					t := parallax.NormalizeSpace(c.Data)
					sig.metaTitles = append(sig.metaTitles, t)
					for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
						if i := strings.LastIndex(t, sep); i > 0 {
							sig.metaTitles = append(sig.metaTitles, strings.TrimSpace(t[:i]))
						}
					}
				}
			case atom.Meta:
				sig.pubMeta = sig.pubMeta || publishedMeta(n)
				if attr(n, "property") == "og:site_name" && sig.siteName == "" {
					sig.siteName = lineKey(attr(n, "content"))
				}
				if p := attr(n, "property"); p == "og:title" || attr(n, "name") == "twitter:title" {
					if t := parallax.NormalizeSpace(attr(n, "content")); t != "" {
						sig.metaTitles = append(sig.metaTitles, t)
					}
				}
			case atom.Figcaption:
				sig.addCaption(n)
			case atom.Script:
				if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) <= maxScriptLen &&
					scriptBytes+len(c.Data) <= maxScriptRead && dataScript(attr(n, "type"), c.Data) {
					sig.scripts = append(sig.scripts, c.Data)
					scriptBytes += len(c.Data)
				}
			}
		}
		if n.Type == html.ElementNode && tagAtom(n) != atom.Figcaption && (captionClass(attr(n, "class")) || (sig.nCaptions < maxCaptions && imageCaption(n))) {
			sig.addCaption(n)
		}
		n = nextNode(n)
	}
	sig.titles = append(sig.titles, sig.metaTitles...)
	sig.titles = append(sig.titles, sig.h1s[:min(3, len(sig.h1s))]...)
	return sig
}

// maxShortNodes bounds the nodes read for the text of a link, heading or
// caption: such elements nest inside one another on hostile pages (SVG
// links do), and reading each whole would cost the square of their depth.
const maxShortNodes = 2000

// maxH1s bounds the <h1> texts kept.
const maxH1s = 10

// foreignHeads are the line keys of the page's <h1>s that head another
// article: on a page that also has an <h1> matching its own title (given
// by the head, or title), the other <h1>s of four words or more. Pages
// that load the next story below the first (infinite scroll) have them;
// an extractor that takes in the next story, or only it, is cut there.
func (sig pageSignals) foreignHeads(title string) map[string]bool {
	titles := append([]string{title}, sig.metaTitles...)
	own := false
	var foreign map[string]bool
	for _, h := range sig.h1s {
		if titleMatch(h, titles) {
			own = true
			continue
		}
		if fieldCount(h, 4) >= 4 {
			if foreign == nil {
				foreign = map[string]bool{}
			}
			foreign[lineKey(h)] = true
		}
	}
	if !own {
		return nil
	}
	return foreign
}

// titleMatch reports whether a heading is one of the titles, or the part
// of one before a site-name suffix.
func titleMatch(h string, titles []string) bool {
	k := lineKey(h)
	for _, t := range titles {
		tk := lineKey(t)
		if k != "" && (k == tk || len(k) >= 20 && strings.HasPrefix(tk, k)) {
			return true
		}
	}
	return false
}

// cutForeign cuts text at its first line that is a foreign heading.
func cutForeign(text string, foreign map[string]bool) string {
	if len(foreign) == 0 {
		return text
	}
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		if foreign[lineKey(text[start:start+end])] {
			return strings.TrimSpace(text[:start])
		}
		start += end + 1
	}
	return text
}

// maxCaptionWords bounds a caption; an element that holds more is no
// caption whatever its class says.
const (
	maxCaptionWords = 80
	maxCaptions     = 500
)

// addCaption records the lines of a caption element.
func (sig *pageSignals) addCaption(n *html.Node) {
	if sig.nCaptions++; sig.nCaptions > maxCaptions {
		return
	}
	text := renderTextN(n, maxShortNodes)
	if fieldCount(text, maxCaptionWords+1) > maxCaptionWords {
		return
	}
	for _, line := range strings.Split(text, "\n") {
		if k := lineKey(line); k != "" {
			sig.captions[k] = true
		}
	}
}

// captionClass reports whether a class attribute names a caption or a
// photo credit.
func captionClass(class string) bool {
	if class == "" {
		return false
	}
	c := strings.ToLower(class)
	return strings.Contains(c, "caption") || strings.Contains(c, "photo-credit") || strings.Contains(c, "image-credit")
}

// dataScript reports whether a script holds data rather than code: a JSON
// type, or a state object assigned to a global ("window.__STATE__ = {").
func dataScript(typ, text string) bool {
	typ = strings.ToLower(typ)
	if strings.Contains(typ, "json") {
		return true
	}
	if typ != "" && !strings.Contains(typ, "javascript") {
		return false
	}
	head := text[:min(len(text), 200)]
	return strings.Contains(head, "__") && (strings.Contains(head, "= {") || strings.Contains(head, "={"))
}

// linkCover is the share of a line's words that lie inside link texts,
// and whether one link text is the whole line.
func (sig pageSignals) linkCover(ws []string) (share float64, whole bool) {
	if len(ws) == 0 {
		return 0, false
	}
	c, end := 0, 0 // words covered; the end of the links met so far
	for i, w := range ws {
		for _, link := range sig.linksFrom(w) {
			if len(link) > len(ws)-i || !equalWords(link, ws[i:i+len(link)]) {
				continue
			}
			if i == 0 && len(link) == len(ws) {
				whole = true
			}
			end = max(end, i+len(link))
		}
		if i < end {
			c++
		}
	}
	return float64(c) / float64(len(ws)), whole
}

// equalWords compares a link's lower-case words with a line's words.
func equalWords(link, ws []string) bool {
	for i := range link {
		if !strings.EqualFold(link[i], ws[i]) {
			return false
		}
	}
	return true
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// words splits text into lower-case words (runs of letters and digits).
func words(s string) []string {
	ws := wordsInto(nil, s)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// wordsInto appends the words of s (runs of letters and digits, in their
// own case) to dst.
func wordsInto(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') || r >= utf8.RuneSelf && isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// linksFrom are the link texts that start with word w (in any case).
func (sig pageSignals) linksFrom(w string) [][]string {
	var buf [48]byte
	if len(w) <= len(buf) {
		n := 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return sig.links[strings.ToLower(w)]
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		return sig.links[string(buf[:n])] // no allocation for the look-up
	}
	return sig.links[strings.ToLower(w)]
}

// lineKey is a line lower-cased with its spaces collapsed: the form in
// which lines of the two extractors' texts are compared.
func lineKey(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// fieldCount counts the space-separated fields of s, stopping at limit.
func fieldCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			if n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// linkDense is the linked share from which a line is taken for navigation
// (a menu, a list of related stories, "Related: <title>", a teaser wrapped
// in its link) rather than article text, where links are a few words of a
// sentence.
const linkDense = 0.7

// linkMarks is an extractor's text cut into lines, with the lines that
// are mostly link text marked, and the teasers: a prose line right after a
// line of four words or more that is one link (a linked headline).
type linkMarks struct {
	captions map[string]bool
	lines    [][]string // per paragraph
	drop     [][]bool
	teasers  [][2]int // paragraph, line
}

// markLinks marks the link lines and teasers of text.
func (sig pageSignals) markLinks(text string) linkMarks {
	m := linkMarks{captions: sig.captions}
	if text == "" {
		return m
	}
	paras := strings.Split(text, "\n\n")
	m.lines = make([][]string, len(paras))
	m.drop = make([][]bool, len(paras))
	var ws []string
	afterHeadline := false
	// pending is a prose line after a linked headline: a teaser if no
	// prose line follows it (a teaser list goes on with a headline or a
	// time stamp, an article with its next paragraph).
	pending := [2]int{-1, -1}
	for i, para := range paras {
		m.lines[i] = strings.Split(para, "\n")
		m.drop[i] = make([]bool, len(m.lines[i]))
		if len(sig.links) == 0 {
			continue
		}
		for j, line := range m.lines[i] {
			ws = wordsInto(ws[:0], line)
			if len(ws) == 0 {
				continue
			}
			share, whole := sig.linkCover(ws)
			if share >= linkDense {
				m.drop[i][j] = true
				if pending[0] >= 0 {
					m.teasers = append(m.teasers, pending)
					pending = [2]int{-1, -1}
				}
				afterHeadline = whole && len(ws) >= 4 && len(ws) <= maxHeadlineWords
				continue
			}
			prose := isProse(line)
			switch {
			case pending[0] >= 0 && !prose:
				m.teasers = append(m.teasers, pending)
				pending = [2]int{-1, -1}
			case pending[0] >= 0:
				pending = [2]int{-1, -1}
			case afterHeadline && prose:
				pending = [2]int{i, j}
			}
			afterHeadline = false
		}
	}
	if pending[0] >= 0 {
		m.teasers = append(m.teasers, pending)
	}
	sig.markAboutSite(m)
	return m
}

// maxHeadlineWords is the longest linked line taken for a teaser's
// headline; a longer one is a linked summary itself.
const maxHeadlineWords = 24

// adopt marks as teasers the lines of m that are teasers in o.
func (m *linkMarks) adopt(o linkMarks) {
	keys := map[string]bool{}
	for _, t := range o.teasers {
		keys[lineKey(o.lines[t[0]][t[1]])] = true
	}
	have := map[[2]int]bool{}
	for _, t := range m.teasers {
		have[t] = true
	}
	for i, para := range m.lines {
		for j, line := range para {
			if !have[[2]int{i, j}] && !m.drop[i][j] && keys[lineKey(line)] {
				m.teasers = append(m.teasers, [2]int{i, j})
			}
		}
	}
}

// maxTeaserShare bounds the share of a text's prose that its teasers may
// hold for them to be dropped: a digest of linked stories with summaries
// is all teasers, and then they are its text.
const maxTeaserShare = 0.6

// text is the text without its link lines, and without its teasers when
// the page lists them (two or more teasers in either extractor's text:
// teasers come in lists, while an article whose own headline is a link
// has one) and either the other extractor's text leaves most of them out
// or they are a minor part of the text.
func (m linkMarks) text(listed bool, other string) string {
	if listed && len(m.teasers) > 0 {
		inOther := lineSet(other)
		shared := 0
		for _, t := range m.teasers {
			shared += b2i(inOther[lineKey(m.lines[t[0]][t[1]])])
		}
		teaserProse, allProse := 0, 0
		for _, t := range m.teasers {
			teaserProse += utf8.RuneCountInString(m.lines[t[0]][t[1]])
		}
		for _, para := range m.lines {
			for _, line := range para {
				if isProse(line) {
					allProse += utf8.RuneCountInString(line)
				}
			}
		}
		if 2*shared < len(m.teasers) || float64(teaserProse) <= maxTeaserShare*float64(allProse) {
			// A teaser lies among other teasers or beside boilerplate; a
			// summary-like paragraph with the article's own prose on both
			// sides (after an inline link to another story) is the
			// article's.
			isTeaser := map[[2]int]bool{}
			for _, t := range m.teasers {
				isTeaser[t] = true
			}
			var seq [][2]int // the prose lines, in order
			for i, para := range m.lines {
				for j, line := range para {
					if !m.drop[i][j] && isProse(line) {
						seq = append(seq, [2]int{i, j})
					}
				}
			}
			for k, pos := range seq {
				if !isTeaser[pos] {
					continue
				}
				sandwiched := k > 0 && k+1 < len(seq) && !isTeaser[seq[k-1]] && !isTeaser[seq[k+1]]
				if !sandwiched {
					m.drop[pos[0]][pos[1]] = true
				}
			}
		}
	}
	var b strings.Builder
	var kept []string
	seenProse := false
	for i := range m.lines {
		kept = kept[:0]
		if contactBlock(m.lines[i]) {
			continue
		}
		for j, line := range m.lines[i] {
			if m.drop[i][j] || dateLine(line) || furniture(line) || (!seenProse && (bylineLine(line) || datedByline(line))) || (len(m.captions) > 0 && m.captions[lineKey(line)]) || copyrightLine(line) || ctaLine(line) || noWords(line) || republished(line) {
				continue
			}
			seenProse = seenProse || isProse(line)
			kept = append(kept, line)
		}
		writeParagraph(&b, kept)
	}
	return b.String()
}

// pruneLinks drops the link lines and listed teasers of two extractors'
// texts.
func (sig pageSignals) pruneLinks(a, b string) (string, string) {
	ma, mb := sig.markLinks(a), sig.markLinks(b)
	listed := len(ma.teasers)+len(mb.teasers) >= 2
	if listed {
		// An extractor that left a teaser's headline out still took in
		// its summary: a teaser in one text is one in the other.
		ma.adopt(mb)
		mb.adopt(ma)
	}
	return ma.text(listed, b), mb.text(listed, a)
}

// furnitureLines are the labels that pages scatter through and around
// their articles, never article text on their own line.
var furnitureLines = map[string]bool{}

func init() {
	for _, l := range strings.Split(`advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|
		story continues below advertisement|article continues below advertisement|continue reading below|
		scroll to continue with content|content continues below|read more|read more below|continue reading|
		related|related articles|related stories|related content|related coverage|more on this story|
		share|share this|share this article|share this story|share on facebook|share on twitter|share via email|
		tweet|email|print|copy link|link copied|comments|show comments|hide comments|view comments|
		skip advertisement|skip to main content|listen to this article|play video|watch|photo|video|audio|
		click here|subscribe|sign up|follow us|follow|back to top|top of page`, "|") {
		furnitureLines[strings.TrimSpace(l)] = true
	}
}

// furniture reports whether a line is one of the furniture labels (case,
// spacing and trailing punctuation aside).
func furniture(line string) bool {
	if len(line) > 60 {
		return false
	}
	return furnitureLines[strings.TrimRight(lineKey(line), ".:!…›»> ")]
}

// copyrightLine reports whether a line is a copyright notice: it opens
// with "©", "(c)" or "Copyright" and a year, or says "all rights
// reserved", and is short.
func copyrightLine(line string) bool {
	if !strings.Contains(line, "©") && !strings.Contains(line, "opyright") && !strings.Contains(line, "OPYRIGHT") &&
		!strings.Contains(line, "eserved") && !strings.Contains(line, "ESERVED") && !strings.Contains(line, "(c)") &&
		!strings.Contains(line, "(C)") && !cjkRights(line) {
		return false // the common case, without building the line's key
	}
	if cjkRights(line) {
		return utf8.RuneCountInString(line) <= 120
	}
	if fieldCount(line, 41) > 40 {
		return false
	}
	k := lineKey(line)
	if rest, ok := strings.CutPrefix(k, "copyright "); ok {
		// "Copyright 2025 ...", "Copyright © ...", not "Copyright lawyers".
		k = rest
		if k != "" && k[0] >= '0' && k[0] <= '9' {
			return true
		}
	}
	return strings.HasPrefix(k, "©") || strings.HasPrefix(k, "(c) ") || strings.Contains(k, "all rights reserved")
}

// bylineLine reports whether a line is a byline: "By NAME" with at most a
// date or a role after it. Only lines before the article's first prose
// are tested: "by" opens many lines of text.
func bylineLine(line string) bool {
	k := lineKey(line)
	return strings.HasPrefix(k, "by ") && fieldCount(k, 13) <= 12 && !isProse(line)
}

// dateWords are the words of a dateline or time stamp line ("Updated
// March 3, 2025 4:15 PM GMT", "2 hours ago", "5 min read").
var dateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
		mon tue tues wed thu thurs fri sat sun am pm a m p gmt utc est edt cst cdt pst pdt bst cet cest eet eest ist jst
		updated published posted last modified on at ago hour hours minute minutes min mins read day days
		yesterday today th st nd rd of the`) {
		dateWords[w] = true
	}
}

// dateLine reports whether a line is only a date or time stamp, with at
// least one number: page furniture, never article text.
func dateLine(line string) bool {
	if len(line) > 80 {
		return false
	}
	ws := words(line)
	if len(ws) == 0 || len(ws) > 10 {
		return false
	}
	digits, named := false, false
	for _, w := range ws {
		if w[0] >= '0' && w[0] <= '9' {
			for i := 0; i < len(w); i++ {
				if w[i] < '0' || w[i] > '9' {
					// "3rd", "4th", "15pm": a number with a date suffix.
					if !dateWords[w[i:]] {
						return false
					}
					break
				}
			}
			digits = true
			continue
		}
		if !dateWords[w] {
			return false
		}
		named = true
	}
	if digits && !named {
		// Numbers alone are a date only in a date's shape ("2025-03-11",
		// "14.03.2025", "10:42"), not a row of figures from a table.
		return len(ws) <= 6 && strings.ContainsAny(line, "-/:.")
	}
	return digits
}

// lineSet is the set of a text's line keys.
func lineSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		set[lineKey(line)] = true
	}
	return set
}

// scriptText is the story a page holds only in its data scripts: among
// the JSON strings of every script, those that read as prose, grouped by
// where they sit (the array of a hydration blob's body blocks, a JSON-LD
// articleBody); the group with the most prose wins, with the other strings
// kept under the same field name (sub-headings among the body blocks).
// Strings holding markup are read as HTML.
func scriptText(scripts []string) string {
	var all []scriptStr
	prose := map[string]int{}
	keys := map[string]map[string]bool{}
	for _, s := range scripts {
		i := strings.IndexAny(s, "{[")
		if i < 0 {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(s[i:]))
		// The path: one entry per open object or array; an array entry
		// stands for all its elements.
		var stack []jsonFrame
		expectKey := false
	scan:
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch v := tok.(type) {
			case json.Delim:
				switch v {
				case '{':
					if len(stack) >= maxJSONDepth {
						break scan
					}
					stack = append(stack, jsonFrame{})
					expectKey = true
					continue
				case '[':
					if len(stack) >= maxJSONDepth {
						break scan
					}
					stack = append(stack, jsonFrame{array: true})
					expectKey = false
					continue
				default:
					if len(stack) > 0 {
						stack = stack[:len(stack)-1]
					}
				}
			case string:
				if expectKey && len(stack) > 0 && !stack[len(stack)-1].array {
					stack[len(stack)-1].key = v
					expectKey = false
					continue
				}
				group, key := jsonGroup(stack)
				text := v
				if strings.ContainsRune(v, '<') {
					if nodes, err := html.ParseFragment(strings.NewReader(v), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
						var b strings.Builder
						for _, n := range nodes {
							b.WriteString(renderText(n))
							b.WriteString("\n\n")
						}
						text = b.String()
					}
				}
				text = tidyText(text)
				if text != "" {
					all = append(all, scriptStr{group, key, text})
					if p := proseRunes(text); p > 0 {
						prose[group] += p
						if keys[group] == nil {
							keys[group] = map[string]bool{}
						}
						keys[group][key] = true
					}
				}
			}
			// After a value inside an object, the next string is a key.
			expectKey = len(stack) > 0 && !stack[len(stack)-1].array
		}
	}
	best, most := "", 0
	for g, p := range prose {
		if p > most || (p == most && g < best) {
			best, most = g, p
		}
	}
	if most == 0 {
		return ""
	}
	if whole := wholeStory(all, best, most); whole != "" {
		return whole
	}
	var b strings.Builder
	seen := map[string]bool{}
	for _, s := range all {
		if s.group != best || !keys[best][s.key] || seen[s.text] {
			continue
		}
		// Identifiers, URLs and labels are no text: a kept string that is
		// no prose must at least be words.
		if !isProse(s.text) && (len(strings.Fields(s.text)) < 2 || strings.Contains(s.text, "://") || utf8.RuneCountInString(s.text) > 300) {
			continue
		}
		seen[s.text] = true
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s.text)
	}
	return b.String()
}

// jsonFrame is one open object (with its current field name) or array on
// the path to a JSON value.
type jsonFrame struct {
	array bool
	key   string
}

// jsonGroup is the path of a JSON string up to its innermost array (the
// list it is an element of), and the field name that holds it.
func jsonGroup(stack []jsonFrame) (group, key string) {
	last := -1
	for i, f := range stack {
		if f.array {
			last = i
		}
	}
	var b strings.Builder
	for i, f := range stack {
		if last >= 0 && i > last {
			break
		}
		if f.array {
			b.WriteString("[]")
		} else {
			b.WriteString("." + f.key)
		}
	}
	if n := len(stack); n > 0 && !stack[n-1].array {
		key = stack[n-1].key
	}
	if last < 0 {
		b.WriteString("=" + key) // no list: each field is its own group
	}
	return b.String(), key
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
