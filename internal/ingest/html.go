package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/andybalholm/cascadia"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/parallaxhq/parallax"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// Extractor names the main-text extractor(s) parseHTML uses; the evaluation
// compares them.
type Extractor int

const (
	// Combined is go-trafilatura, or go-readability when trafilatura finds
	// clearly less article prose: the reader's default (see chooseText).
	Combined Extractor = iota
	// Trafilatura alone.
	Trafilatura
	// Readability alone.
	Readability
)

// rawTrafilatura and rawReadability are the libraries' own texts, without
// this package's widget pruning, line dedup and headline rule: the
// baselines of the evaluation.
const (
	rawTrafilatura Extractor = iota + 100
	rawReadability
)

func (x Extractor) String() string {
	switch x {
	case Combined:
		return "combined"
	case Trafilatura:
		return "trafilatura"
	case Readability:
		return "readability"
	case rawTrafilatura:
		return "trafilatura-raw"
	case rawReadability:
		return "readability-raw"
	}
	return fmt.Sprintf("Extractor(%d)", int(x))
}

// base is the library an extractor runs, and whether it runs raw.
func (x Extractor) base() (Extractor, bool) {
	switch x {
	case rawTrafilatura:
		return Trafilatura, true
	case rawReadability:
		return Readability, true
	}
	return x, false
}

// maxNodes bounds the element count of a page handed to the extractors:
// their cost grows with it, and no article page needs more.
const maxNodes = 200_000

// Page is what ExtractHTML finds in a page.
type Page struct {
	Title, Published, Outlet, Language, URL string
	// Text is the main text, a blank line between paragraphs.
	Text string
}

// ExtractHTML finds the main text and the metadata of an HTML page. data is
// the page in any charset (declared by a byte-order mark, contentType, or a
// <meta> element; undeclared non-UTF-8 pages are read as windows-1252, as
// browsers do); pageURL, when known, resolves its relative links. The text
// is valid UTF-8.
func ExtractHTML(data []byte, contentType, pageURL string, x Extractor) (page Page, err error) {
	// The extraction libraries walk untrusted markup; a bug of theirs on a
	// hostile page must cost that page, not the run.
	defer func() {
		if p := recover(); p != nil {
			page, err = Page{}, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	text, err := decodeHTML(data, contentType)
	if err != nil {
		return Page{}, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Page{}, fmt.Errorf("unreadable HTML: %v", err)
	}
	if n := tameTree(doc, maxNodes); n >= maxNodes {
		return Page{}, fmt.Errorf("page has over %d elements, more than any article page", maxNodes)
	}
	x, raw := x.base()
	var sig pageSignals
	if !raw {
		pruneWidgets(doc)
		textDivsToParagraphs(doc)
		sig = collectSignals(doc)
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}

	var tres *trafilatura.ExtractResult
	var tText string
	if x != Readability {
		tres, _ = trafilatura.ExtractDocument(doc, trafilatura.Options{
			OriginalURL:  u,
			Focus:        trafilatura.Balanced,
			HtmlDateMode: trafilatura.Fast,
			EnableLog:    false, // the library logs to stderr otherwise
		})
		if tres != nil {
			tText = tidyText(renderText(tres.ContentNode))
		}
	}
	var rArt readability.Article
	var rText string
	var rOK bool
	if x != Trafilatura {
		parser := readability.NewParser()
		parser.MaxElemsToParse = maxNodes
		if a, err := parser.ParseDocument(doc, u); err == nil {
			rArt, rOK = a, true
			if a.Node != nil {
				rText = tidyText(renderText(a.Node))
			}
		}
	}

	switch {
	case raw && x == Trafilatura:
		page.Text = tText
	case raw:
		page.Text = rText
	default:
		page.Text = chooseText(x, tText, rText, title(tres, rArt, rOK), sig)
	}
	prose := proseRunes(page.Text)
	if !raw && prose < scriptCheck && len(sig.scripts) > 0 {
		// A client-rendered page: the markup holds the chrome, a data
		// script the story.
		if st := scriptText(sig.scripts); proseRunes(st) >= minScriptProse && proseRunes(st) > 2*prose {
			page.Text = dropHeadlines(st, append([]string{title(tres, rArt, rOK)}, sig.titles...))
			prose = proseRunes(page.Text)
		}
	}
	if !raw && prose > 0 && len(sig.scripts) > 0 {
		// A paywalled page shows the story's start; its JSON-LD may hold
		// the rest.
		page.Text = completeFromLD(page.Text, sig.scripts)
		prose = proseRunes(page.Text)
	}
	if prose == 0 {
		// Menus, captions and link lists only: no sentence of eight words.
		return Page{}, errors.New("no article text found in the page")
	}

	// Metadata: trafilatura reads meta tags, JSON-LD and OpenGraph; the
	// language is the page's declared one (trafilatura's Language is a guess
	// from the text, used only when the page declares none).
	if tres != nil {
		m := tres.Metadata
		page.Title, page.Outlet, page.URL = m.Title, m.Sitename, m.URL
		if !m.Date.IsZero() {
			page.Published = m.Date.Format("2006-01-02")
		}
	}
	if rOK {
		page.Title = firstNonEmpty(page.Title, rArt.Title())
		page.Outlet = firstNonEmpty(page.Outlet, rArt.SiteName())
		if page.Published == "" {
			if t, err := rArt.PublishedTime(); err == nil && t.Year() > 1900 && t.Year() < 2200 {
				page.Published = t.Format("2006-01-02")
			}
		}
	}
	if !raw && (page.Published == "" || !sig.declaresDate()) {
		// A date under the headline is the publication's; on a page whose
		// metadata declares none, a date found elsewhere may be a later
		// edit's ("last edited on", "updated"), which the byline's earlier
		// date overrules.
		if d := bylineDate(doc, append([]string{page.Title}, sig.titles...)); d != "" && (page.Published == "" || d < page.Published) {
			page.Published = d
		}
	}
	page.Language = pageLanguage(doc)
	if page.Language == "" && tres != nil && prose >= 200 { // a guess needs text
		page.Language = primaryLanguage(tres.Metadata.Language)
	}
	if page.URL == "" {
		page.URL = pageURL
	}
	if page.Outlet != "" && lineKey(page.Outlet) == lineKey(page.Title) {
		page.Outlet = "" // a metadata guess that took the headline for the site
	}
	if page.Outlet == "" {
		page.Outlet = titleSuffix(docTitle(doc), page.Title)
	}
	if page.Outlet == "" {
		page.Outlet = titlePrefix(docTitle(doc), page.Title)
	}
	if page.Outlet == "" {
		page.Outlet = hostName(firstNonEmpty(pageURL, page.URL))
	}
	page.Title = strings.ToValidUTF8(parallax.NormalizeSpace(page.Title), "\uFFFD")
	page.Outlet = strings.ToValidUTF8(parallax.NormalizeSpace(page.Outlet), "\uFFFD")
	page.URL = strings.ToValidUTF8(strings.TrimSpace(page.URL), "\uFFFD")
	page.Text = strings.ToValidUTF8(page.Text, "\uFFFD")
	return page, nil
}

// parseHTML reads an HTML page into an article.
func parseHTML(data []byte, contentType string, opt Options) (parallax.Article, error) {
	return parseHTMLAt(data, contentType, "", opt)
}

// parseHTMLAt reads an HTML page fetched from pageURL ("" when unknown).
func parseHTMLAt(data []byte, contentType, pageURL string, opt Options) (parallax.Article, error) {
	p, err := ExtractHTML(data, contentType, pageURL, Combined)
	if err != nil {
		return parallax.Article{}, err
	}
	a := parallax.Article{URL: p.URL, Outlet: p.Outlet, Title: p.Title, Language: p.Language,
		Published: p.Published, Body: p.Text}
	if pageURL != "" {
		a.URL = pageURL
	}
	if a.Published == "" {
		a.Published = opt.Date
	}
	return a, nil
}

// decodeHTML turns a page in any charset into UTF-8 text.
func decodeHTML(data []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if name != "utf-16le" && name != "utf-16be" && bytes.IndexByte(data, 0) >= 0 {
		return "", binaryError(data[:min(len(data), sniffLen)])
	}
	if name == "utf-8" {
		if utf8.Valid(data) {
			return string(bytes.TrimPrefix(data, utf8BOM)), nil
		}
		if !certain {
			// DetermineEncoding guesses UTF-8 from the first 1 KB only; a
			// page that is not UTF-8 further on and declares nothing is
			// legacy, which the HTML standard reads as windows-1252.
			enc = charmap.Windows1252
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("cannot decode the page as %s: %v", name, err)
	}
	return strings.ToValidUTF8(string(bytes.TrimPrefix(out, utf8BOM)), "\uFFFD"), nil
}

// maxAttr bounds an attribute value. The extractors match class and id
// values against many patterns, so a megabyte-long one (a hostile page, an
// inlined data: URI) costs seconds; no value that helps them is this long.
const maxAttr = 2048

// tameTree counts the element nodes of a tree, stopping at limit, and cuts
// over-long attribute values down to maxAttr bytes.
func tameTree(root *html.Node, limit int) int {
	count := 0
	n := root
	for n != nil && count < limit {
		if n.Type == html.ElementNode {
			count++
			for i := range n.Attr {
				if len(n.Attr[i].Val) > maxAttr {
					n.Attr[i].Val = strings.ToValidUTF8(n.Attr[i].Val[:maxAttr], "")
				}
			}
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil {
			if n == root {
				return count
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	return count
}

// nextNode returns the node after n in document order (its first child,
// else the next sibling of n or of its nearest ancestor that has one),
// or nil after the last. The walks over a whole page use it instead of
// recursion, which a hostile page of deeply nested elements would
// overflow.
func nextNode(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != nil {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}

// writeParagraph appends the kept lines of a paragraph to b, the
// paragraphs parted by a blank line; a paragraph with no line kept
// leaves no blank line behind.
func writeParagraph(b *strings.Builder, kept []string) {
	if len(kept) == 0 {
		return
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	b.WriteString(strings.Join(kept, "\n"))
}

// tidyText trims each paragraph and drops empty ones.
func tidyText(s string) string {
	paras := strings.Split(s, "\n\n")
	out := paras[:0]
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// primaryLanguage keeps the primary subtag of a language tag, lower case:
// "en-US" → "en".
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}

// hostName is a URL's host without "www.", the outlet of last resort.
func hostName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// pageLanguage is the language a page declares: <html lang>, else a
// Content-Language or og:locale meta element.
func pageLanguage(doc *html.Node) string {
	var lang string
	n := doc
	for n != nil && lang == "" {
		if n.Type == html.ElementNode {
			switch tagAtom(n) {
			case atom.Html:
				lang = primaryLanguage(attr(n, "lang"))
				if lang == "" {
					lang = primaryLanguage(attr(n, "xml:lang"))
				}
			case atom.Meta:
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") ||
					strings.EqualFold(attr(n, "property"), "og:locale") {
					lang = primaryLanguage(attr(n, "content"))
				}
			case atom.Body:
				return lang // the declarations are in <html> and <head>
			}
		}
		n = nextNode(n)
	}
	return lang
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// title is the page title the extractors found, for dropping a headline
// that they copied into the body.
func title(tres *trafilatura.ExtractResult, rArt readability.Article, rOK bool) string {
	if tres != nil && tres.Metadata.Title != "" {
		return tres.Metadata.Title
	}
	if rOK {
		return rArt.Title()
	}
	return ""
}

// chooseText picks the body among the extractors' texts. Both are first
// rid of repeated lines (trafilatura sometimes emits a <br>-separated body
// twice) and of a leading headline. Combined keeps trafilatura's text, the
// better extractor on public benchmarks, unless readability's holds clearly
// more article prose: trafilatura then took a menu or a link list for the
// article (table layouts), or missed part of the body.
func chooseText(x Extractor, traf, read, title string, sig pageSignals) string {
	titles := append([]string{title}, sig.titles...)
	foreign := sig.foreignHeads(title)
	traf = dropHeadlines(dedupLines(sig.dropContents(cutForeign(traf, foreign))), titles)
	read = dropHeadlines(dedupLines(sig.dropContents(cutForeign(read, foreign))), titles)
	switch x {
	case Trafilatura:
		traf, _ = sig.pruneLinks(traf, "")
		return traf
	case Readability:
		read, _ = sig.pruneLinks(read, "")
		return read
	}
	// Link lists and teasers are pruned before the prose is weighed: an
	// extractor that took in a sidebar of story summaries does not hold
	// more of the article.
	traf, read = sig.pruneLinks(traf, read)
	pt, pr := proseRunes(traf), proseRunes(read)
	chosen, other, pc, po := traf, read, pt, pr
	// trafilatura's rescue for short pages (its "baseline") returns the
	// article as one run-together block; readability keeps the paragraphs.
	// It may also run the page's menus and lists into that block: then
	// readability's paragraphs are words of it, and half its prose or more.
	flat := !strings.Contains(traf, "\n") && strings.Contains(read, "\n\n") &&
		(5*pr >= 4*pt || (2*wrappedProse(read) >= pt && wordOverlap(read, traf) >= flatOverlap))
	if flat || float64(pr) > proseMargin*float64(pt) || (pt == 0 && pr == 0 && len(read) > len(traf)) {
		chosen, other, pc, po = read, traf, pr, pt
		if pt >= minOwnProse && wordOverlap(traf, read) < minOverlap && titleWords(traf, titles) > titleWords(read, titles) {
			// The two took different texts (a page that loads the next
			// story below the first): the one that speaks of the
			// headline's subject is the article.
			chosen, other, pc, po = traf, read, pt, pr
		} else if pt >= minOwnProse && !flat && sectionsAround(traf, read) {
			// readability took the article and sections around it
			// (comments, an "about us" box, a teaser list).
			chosen, other, pc, po = traf, read, pt, pr
		}
	}
	if 2*po < pc {
		return chosen // the other extractor found too little to vote
	}
	return keepAgreed(chosen, other)
}

// keepAgreed drops from text the lines that are not prose (menus, link
// lists, bylines, widget titles) unless the other extractor's text has
// them too: a sub-heading of the article is in both, a menu that one
// extractor took in is seldom in the other.
func keepAgreed(text, other string) string {
	inOther := lineSet(other)
	otherKey := ""
	var b strings.Builder
	for _, para := range strings.Split(text, "\n\n") {
		var kept []string
		lines := strings.Split(para, "\n")
		// A paragraph broken into printed lines (a PDF conversion, a
		// hard-wrapped post) is prose as a whole, not line by line.
		wrapped := len(lines) > 1 && isProse(strings.Join(lines, " "))
		for i, line := range lines {
			if isProse(line) || inOther[lineKey(line)] || (wrapped && (i == len(lines)-1 || fieldCount(line, 8) >= 8)) ||
				shortSentenceIn(line, other, &otherKey) {
				kept = append(kept, line)
			}
		}
		writeParagraph(&b, kept)
	}
	return b.String()
}

// flatOverlap is the share of readability's words that trafilatura's
// run-together block must hold for readability's paragraphs to be taken
// as the article in it.
const flatOverlap = 0.95

// minOwnProse is the prose (in runes) from which trafilatura's text is an
// article of its own rather than scraps; minOverlap the share of its words
// that readability's text must hold to be about the same article.
const (
	minOwnProse = 500
	minOverlap  = 0.3
)

// sectionsAround reports whether big holds all of small's prose as one
// run of its paragraphs, with the prose it adds outside that run in
// sections that open with a line that is no prose (a heading such as "24
// comments" or "About us"): what an extractor adds around a complete
// article, not an article's missing part. small must have three prose
// paragraphs or more to stand for a complete article.
func sectionsAround(small, big string) bool {
	var sp []string
	for _, p := range strings.Split(small, "\n\n") {
		if isProse(p) {
			sp = append(sp, lineKey(p))
		}
	}
	if len(sp) < 3 {
		return false
	}
	bp := strings.Split(big, "\n\n")
	first, last := -1, -1
	k := 0
	for i, p := range bp {
		if k < len(sp) && lineKey(p) == sp[k] {
			if first < 0 {
				first = i
			}
			last = i
			k++
		}
	}
	if k < len(sp) {
		return false // not all of small's prose, in order
	}
	inside := 0
	for _, p := range bp[first : last+1] {
		if isProse(p) {
			inside++
		}
	}
	if inside > len(sp)+len(sp)/5 {
		return false // big adds prose inside the article
	}
	// The prose outside must open with a line that is no prose.
	opens := func(ps []string) bool {
		for _, p := range ps {
			if strings.TrimSpace(p) == "" {
				continue
			}
			return !isProse(p)
		}
		return true
	}
	tailOK := opens(bp[last+1:])
	head := bp[:first]
	// Before the article, the section's heading is its first paragraph.
	headOK := true
	for _, p := range head {
		if isProse(p) {
			headOK = !isProse(head[0])
			break
		}
	}
	return tailOK && headOK
}

// contentWords are the distinct words of text of four letters or more.
func contentWords(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words(text) {
		if len(w) >= 4 {
			set[w] = true
		}
	}
	return set
}

// wordOverlap is the share of a's content words found in b.
func wordOverlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// titleWords counts the headline's content words that text uses.
func titleWords(text string, titles []string) int {
	tw := map[string]bool{}
	for _, t := range titles {
		if t != "" {
			for w := range contentWords(t) {
				tw[w] = true
			}
			break // the first non-empty title is the page's headline
		}
	}
	n := 0
	for w := range contentWords(text) {
		if tw[w] {
			n++
		}
	}
	return n
}

// scriptCheck is the prose (in runes) below which the page's data scripts
// are searched for the story; minScriptProse is the least prose they must
// then hold (a few sentences), and twice what the markup gave.
const (
	scriptCheck    = 2000
	minScriptProse = 400
)

// proseMargin is how much more prose readability's text must hold to be
// preferred: a wide margin, since an extractor that also takes in comments
// or teasers gains some prose too.
const proseMargin = 1.5

// proseRunes counts the runes of the paragraphs (or lines) that read as
// prose: eight words or more with a sentence end. Menus, headline lists,
// bylines and share bars have none.
func proseRunes(text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		if isProse(line) {
			n += utf8.RuneCountInString(line)
		}
	}
	return n
}

// isProse reports whether a line reads as running text: eight words or more
// and a sentence end. Scripts written without spaces between words
// (Chinese, Japanese, Thai...) count characters instead: sixteen or more
// with a sentence end, or forty.
func isProse(line string) bool {
	line = strings.TrimSpace(line)
	end := strings.TrimRight(line, "\"'”’)]»」』） ")
	if fieldCount(line, 8) < 8 {
		n := unspacedRunes(line, 40)
		return n >= 40 || n >= 16 && (sentenceEnd(end) || strings.ContainsAny(line, "。！？"))
	}
	return sentenceEnd(end) || strings.Contains(line, ". ")
}

// sentenceEnd reports whether s ends with a sentence-final mark (Latin,
// CJK, Devanagari danda, Arabic and Urdu).
func sentenceEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '…', '。', '！', '？', '．', '।', '؟', '۔':
		return true
	}
	return false
}

// unspacedRunes counts the runes of s in scripts written without spaces
// between words, stopping at limit.
func unspacedRunes(s string, limit int) int {
	n := 0
	for _, r := range s {
		if r >= 0x0E00 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao,
			unicode.Khmer, unicode.Myanmar, unicode.Tibetan)) {
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

// dedupLines drops every line that repeats an earlier one (ignoring case
// and spacing), and the blank lines around it.
func dedupLines(text string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, para := range strings.Split(text, "\n\n") {
		var kept []string
		for _, line := range strings.Split(para, "\n") {
			key := lineKey(line)
			if key == "" {
				continue
			}
			// Short lines ("Advertisement", "Reuters") may legitimately recur.
			if len(key) >= 40 && seen[key] {
				continue
			}
			seen[key] = true
			kept = append(kept, line)
		}
		writeParagraph(&b, kept)
	}
	return b.String()
}

// dropHeadlines removes the page's headline from the start of text: any of
// the titles the page gives (its metadata's, its <title>, its <h1>), as
// the first paragraph or as the first line of it.
func dropHeadlines(text string, titles []string) string {
	for _, t := range titles {
		if out := dropHeadline(text, t); out != text {
			return out
		}
	}
	// A kicker or section label ("World", "Analysis") may come first: the
	// headline is dropped with the short lines before it.
	rest := text
	for i := 0; i < 2; i++ {
		first, after, ok := strings.Cut(rest, "\n\n")
		if !ok || fieldCount(first, 4) > 3 || isProse(first) {
			break
		}
		for _, t := range titles {
			if out := dropHeadline(after, t); out != after {
				return out
			}
		}
		rest = after
	}
	first, _, _ := strings.Cut(text, "\n\n")
	if line, _, ok := strings.Cut(first, "\n"); ok {
		k := lineKey(line)
		for _, t := range titles {
			if k != "" && k == lineKey(t) {
				return strings.TrimLeft(text[len(line):], "\n")
			}
		}
	}
	return text
}

// dropHeadline removes a first paragraph that is the page title (or its
// part before a " | Site" or " - Site" suffix): the title is kept apart.
func dropHeadline(text, title string) string {
	first, rest, _ := strings.Cut(text, "\n\n")
	f, t := lineKey(first), lineKey(title)
	if f == "" || t == "" {
		return text
	}
	if f == t || (len(f) >= 20 && strings.HasPrefix(t, f) && len(f) < len(t)) {
		return rest
	}
	return text
}

// widgets matches the elements of a page that are never article text and
// that both extractors tend to keep, being blocks of prose inside the
// article body: social-media embeds (their publishers' own class names) and
// pull quotes, which repeat a sentence of the article.
var widgets = cascadia.MustCompile(`blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, ` +
	`blockquote.tiktok-embed, .fb-post, .bluesky-embed, [class*="pullquote"], [class*="pull-quote"], ` +
	// MediaWiki's "[edit]" links, which run into every section heading,
	// its tagline ("From X, the free encyclopedia"), navigation boxes and
	// category and print footers.
	`.mw-editsection, #siteSub, .navbox, #catlinks, .printfooter`)

// boxFrags name the calls to action that pages put in or beside the
// article (newsletter sign-up, donation appeal, cookie and consent
// notices, the author's biography): prose, so the extractors keep them
// when they sit inside the body. A class name alone is weak evidence (a
// wrapper of the whole story may be named after its newsletter), so a box
// is removed only when it is short (maxBoxWords).
var boxFrags = []string{
	// class or id fragments, matched in any case (CSS-module names are
	// "Newsletter_inline__x1")
	"newsletter", "donate", "donation", "signup", "sign-up", "cookie", "consent", "gdpr", "republish",
	"author-bio", "author_bio", "authorbio", "about-author", "about-the-author",
	// the standfirst under the headline: a summary, not the article
	"standfirst", "_dek", "-dek", "subheadline", "sub-headline",
	// a post's excerpt (Ghost's "article-excerpt" under the headline,
	// themes' teaser excerpts in related-post lists)
	"excerpt",
}

// isBox reports whether an element's class or id names a box.
func isBox(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key != "class" && a.Key != "id") || a.Val == "" {
			continue
		}
		v := strings.ToLower(a.Val)
		if ctaClass(v) {
			return true
		}
		for _, f := range boxFrags {
			if strings.Contains(v, f) {
				return true
			}
		}
	}
	return false
}

// maxBoxWords is the most words a box may hold; article bodies are longer.
// maxBoxes bounds the boxes looked at on a page.
const (
	maxBoxWords = 120
	maxBoxes    = 200
)

// deeper reports whether the subtree of n has more than limit nodes.
func deeper(n *html.Node, limit int) bool {
	count := 0
	c := n
	for c != nil {
		if count++; count > limit {
			return true
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != nil {
			if c == n {
				return false
			}
			if c.NextSibling != nil {
				c = c.NextSibling
				break
			}
			c = c.Parent
		}
	}
	return false
}

// pruneWidgets removes the widgets and short boxes from a parsed page.
func pruneWidgets(doc *html.Node) {
	for _, n := range cascadia.QueryAll(doc, widgets) {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var found []*html.Node
	n := doc
	for n != nil && len(found) < maxBoxes { // a page of nested boxes is hostile
		if n.Type == html.ElementNode && isBox(n) {
			found = append(found, n)
		}
		n = nextNode(n)
	}
	for _, n := range found {
		// <main> and <article> are the article itself whatever their
		// class says.
		a := tagAtom(n)
		if n.Parent != nil && a != atom.Body && a != atom.Html && a != atom.Main && a != atom.Article &&
			fieldCount(renderTextN(n, maxShortNodes), maxBoxWords+1) <= maxBoxWords && !deeper(n, maxShortNodes) {
			n.Parent.RemoveChild(n)
		}
	}
}

// docTitle is the text of the page's <title> element.
func docTitle(doc *html.Node) string {
	n := doc
	for n != nil {
		if n.Type == html.ElementNode && tagAtom(n) == atom.Title {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			return parallax.NormalizeSpace(b.String())
		}
		if n.Type == html.ElementNode && tagAtom(n) == atom.Body {
			return ""
		}
		n = nextNode(n)
	}
	return ""
}

// titleSuffix is the site name that a page title carries after the
// headline ("Talks stall | Regional Monitor", "Talks stall - Monitor"),
// when the headline is known and the name is short.
func titleSuffix(full, headline string) string {
	headline = parallax.NormalizeSpace(headline)
	if headline == "" || !strings.HasPrefix(full, headline) {
		return ""
	}
	rest := strings.TrimSpace(full[len(headline):])
	return siteName(rest, strings.CutPrefix, "|", "-", "–", "—", "·", "::", ":")
}

// siteName is what is left of rest once the first separator that cut
// finds is cut off it (cut is strings.CutPrefix for a name after the
// headline, strings.CutSuffix for one before it), if it is a name of one
// to five words; "" when no separator is found or the rest is no name.
func siteName(rest string, cut func(s, sep string) (string, bool), seps ...string) string {
	for _, sep := range seps {
		if name, ok := cut(rest, sep); ok {
			name = strings.TrimSpace(name)
			if n := len(strings.Fields(name)); n >= 1 && n <= 5 {
				return name
			}
			return ""
		}
	}
	return ""
}
