package ingest

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scriptStr is one string of a data script, with the list it sits in
// (its group) and the field that holds it.
type scriptStr struct{ group, key, text string }

// wholeStory is the one string of a script group that is the whole story:
// a string of several paragraphs holding more of the group's prose than
// all its other strings. A
// flat serialisation (Nuxt's __NUXT_DATA__, devalue: every value of the
// page's state an element of one array) puts the story's HTML in the same
// list as its author, date and the related stories' titles and teasers;
// a list of body blocks has no string that is most of it.
func wholeStory(all []scriptStr, group string, prose int) string {
	for _, s := range all {
		if s.group == group && strings.Contains(s.text, "\n\n") && 2*proseRunes(s.text) > prose {
			return s.text
		}
	}
	return ""
}

// imageCaption reports whether n is an image with its caption in markup
// that names no caption (`<p><img><br><em>…</em></p>`, `<div><img><p>
// <small>…</small></p></div>`, `<center><img><br><font>…</font>`): a
// block with an <img> among its children (or in a child link), whose text
// is short and set apart (emphasised or small throughout) or carries a
// photo credit.
func imageCaption(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.P, atom.Div, atom.Center, atom.Td, atom.Span:
	default:
		return false
	}
	img := false
	for c := n.FirstChild; c != nil && !img; c = c.NextSibling {
		switch tagAtom(c) {
		case atom.Img, atom.Picture:
			img = true
		case atom.A:
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				img = img || tagAtom(g) == atom.Img || tagAtom(g) == atom.Picture
			}
		}
	}
	if !img || deeper(n, maxCaptionNodes) {
		return false
	}
	text := renderTextN(n, maxCaptionNodes)
	if k := fieldCount(text, maxImageCaptionWords+1); k == 0 || k > maxImageCaptionWords {
		return false
	}
	return creditRE.MatchString(text) || setApart(n)
}

// maxImageCaptionWords is the longest caption found by its image;
// maxCaptionNodes bounds the nodes of a block looked at for one.
const (
	maxImageCaptionWords = 60
	maxCaptionNodes      = 200
)

// creditRE matches a photo credit: "Photo: NAME", "(AP Photo/NAME)",
// "REUTERS/NAME", "Getty Images", "| Agency photo", "Courtesy of".
var creditRE = regexp.MustCompile(`(?i)\b(photo|photograph|image|picture)s?\b\s*(:|/|by\b|credit)|\bcredit\s*:|\bcourtesy\b|\b(photo|image)\s*\)|\bgetty images\b|\b[A-Z]{2,}/[A-Z][a-z]+|\|\s*[\w ]{0,30}\bphoto\b|\bphoto\s*$`)

// setApart reports whether every text of n sits in an emphasis or small
// print element (em, i, small, font, cite, sub): a caption's styling, not
// a paragraph's.
func setApart(n *html.Node) bool {
	any := false
	var walk func(c *html.Node, styled bool) bool
	walk = func(c *html.Node, styled bool) bool {
		for ; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					if !styled {
						return false
					}
					any = true
				}
			case html.ElementNode:
				a := tagAtom(c)
				if !walk(c.FirstChild, styled || a == atom.Em || a == atom.I || a == atom.Small || a == atom.Font || a == atom.Cite || a == atom.Sub) {
					return false
				}
			}
		}
		return true
	}
	return walk(n.FirstChild, false) && any
}

// datedByline reports whether a line before the article's prose is a
// byline or time stamp that holds a full date ("Jane Doe — March 14,
// 2025", "Source: Daily | 2025-03-14"): short, no prose, with a date.
func datedByline(line string) bool {
	return fieldCount(line, 13) <= 12 && !isProse(line) && findDate(line) != ""
}

// titlePrefix is the site name that a page title carries before the
// headline ("Coast Notes: Talks stall", Blogger's form), when the
// headline is known and the name is short.
func titlePrefix(full, headline string) string {
	headline = parallax.NormalizeSpace(headline)
	if headline == "" || !strings.HasSuffix(full, headline) || len(full) == len(headline) {
		return ""
	}
	rest := strings.TrimSpace(full[:len(full)-len(headline)])
	return siteName(rest, strings.CutSuffix, ":", "|", "-", "–", "—", "·", "::")
}

// cjkRights reports whether a line carries a Chinese or Japanese rights
// notice ("版权所有", "版權所有", "無断転載", "著作権").
func cjkRights(line string) bool {
	return strings.Contains(line, "版权所有") || strings.Contains(line, "版權所有") ||
		strings.Contains(line, "无断转载") || strings.Contains(line, "無断転載") || strings.Contains(line, "著作権")
}

// wrappedProse is proseRunes counting paragraphs broken into printed
// lines (a PDF conversion) as prose when they read as prose whole.
func wrappedProse(text string) int {
	n := 0
	for _, para := range strings.Split(text, "\n\n") {
		if strings.Contains(para, "\n") && isProse(strings.ReplaceAll(para, "\n", " ")) {
			lines := strings.Split(para, "\n")
			for i, line := range lines {
				if isProse(line) || i == len(lines)-1 || fieldCount(line, 8) >= 8 {
					n += utf8.RuneCountInString(line)
				}
			}
			continue
		}
		n += proseRunes(para)
	}
	return n
}

// shortSentenceIn reports whether line is a short sentence of three words
// or more ("Officials declined to comment.") found within the other
// extractor's text, whatever its line breaks: a one-sentence paragraph
// that an extractor which ran the article into one block holds too.
// otherKey caches the other text's key.
func shortSentenceIn(line, other string, otherKey *string) bool {
	if other == "" || fieldCount(line, 3) < 3 || !sentenceEnd(strings.TrimRight(strings.TrimSpace(line), "\"'”’)]» ")) {
		return false
	}
	if *otherKey == "" {
		*otherKey = lineKey(other)
	}
	return strings.Contains(*otherKey, lineKey(line))
}

func init() {
	// The end marks of press releases and wire copy.
	for _, l := range []string{"###", "# # #", "-30-", "- 30 -", "-ends-", "ends"} {
		furnitureLines[l] = true
	}
}

// contactRE matches the first line of a press contact block.
var contactRE = regexp.MustCompile(`(?i)^\s*((media|press|news|investor)\s+)?(contacts?|inquiries|enquiries)\s*:?\s*$|^\s*for (more|further) information,?( please)? contact\s*:?\s*$`)

// contactBlock reports whether a paragraph's lines are a press contact
// block: "Media contact:" and then short lines (a name, an office, a
// telephone number, an address), none of them prose.
func contactBlock(lines []string) bool {
	if len(lines) < 2 || len(lines) > 12 || !contactRE.MatchString(lines[0]) {
		return false
	}
	for _, l := range lines[1:] {
		if fieldCount(l, 9) > 8 || isProse(l) {
			return false
		}
	}
	return true
}

// ctaClass reports whether a class or id value names a call-to-action box
// ("cta", "footer-cta", "cta_banner"): the fragment as a whole word of it.
func ctaClass(v string) bool {
	if !strings.Contains(v, "cta") {
		return false
	}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == "cta" {
			return true
		}
	}
	return false
}

// ctaAsk and ctaObject are the two halves of an inline call to action
// ("Sign up for our newsletter", "Click here to subscribe").
var (
	ctaAsk    = regexp.MustCompile(`(?i)\b(sign up|subscribe|click here|tap here|download (our|the) app|follow us|register now|join us)\b`)
	ctaObject = regexp.MustCompile(`(?i)\b(newsletters?|inbox|our app|podcast|for free|free trial|alerts|notifications)\b`)
)

// reportedRE matches the words of reported speech.
var reportedRE = regexp.MustCompile(`(?i)\b(said|says|say|told|according to)\b`)

// ctaLine reports whether a line is an inline call to action: short,
// asking the reader to sign up, subscribe or click, for a newsletter, an
// app or alerts, in the site's own voice. Article sentences on such
// things seldom do both.
func ctaLine(line string) bool {
	if len(line) > 400 || !containsAny(line, ctaCues) || fieldCount(line, 41) > 40 || strings.ContainsAny(line, "\"“”") || reportedRE.MatchString(line) {
		return false // a quoted appeal ("sign up for alerts," the mayor said) is news
	}
	return ctaAsk.MatchString(line) && ctaObject.MatchString(line)
}

// ctaCues are parts of ctaAsk's words, whatever their first letter's
// case: a line without any is no call to action, with no regexp run.
var ctaCues = []string{"ign up", "ubscribe", "lick here", "ap here", "ownload", "ollow us", "egister now", "oin us",
	"IGN UP", "UBSCRIBE", "LICK HERE", "AP HERE", "OWNLOAD", "OLLOW US", "EGISTER NOW", "OIN US"}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sentences reports whether a text reads as prose or as a short sentence
// of three words or more ("Officials declined to comment.").
func sentences(text string) bool {
	return isProse(text) || (fieldCount(text, 3) >= 3 && sentenceEnd(strings.TrimRight(strings.TrimSpace(text), "\"'”’)]» ")))
}

// textDivsToParagraphs turns the <div>s that hold only text and inline
// elements, read as sentences and sit beside another such <div> (the
// paragraphs of a body) into <p>s. Labels, bylines and menus in <div>s
// stay as they are, and so does a lone text <div> (a forum post, a
// comment), which the extractors weigh well as it is. go-trafilatura reads such a <div> as loose text
// and trims the text after each inline element in it: "flush out
// <em>al-Shabab</em> terrorists" came out as "flush" and "outal-Shabab
// terrorists", two broken paragraphs. readability makes the same change
// itself. Elements are collected in document order and looked at from
// the last, so each element's children are settled before it.
func textDivsToParagraphs(doc *html.Node) {
	var elems []*html.Node
	for n := doc; n != nil; {
		if n.Type == html.ElementNode {
			elems = append(elems, n)
		}
		n = nextNode(n)
	}
	// block holds the elements that are blocks or hold one; runs counts
	// the text <div>s of each parent.
	block := make(map[*html.Node]bool, len(elems)/2)
	runs := map[*html.Node]int{}
	var cands []*html.Node
	for i := len(elems) - 1; i >= 0; i-- {
		n := elems[i]
		a := tagAtom(n)
		inner, text := false, false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.ElementNode:
				inner = inner || block[c]
				text = text || tagAtom(c) != atom.Br
			case html.TextNode:
				text = text || strings.TrimSpace(c.Data) != ""
			}
		}
		if a == atom.Div && !inner && text && n.Parent != nil && sentences(renderText(n)) {
			cands = append(cands, n)
			runs[n.Parent]++
		}
		if inner || breakAround(a) > 0 || skipped(n) {
			block[n] = true
		}
	}
	for _, n := range cands {
		if runs[n.Parent] >= 2 {
			n.Data, n.DataAtom = "p", atom.P
		}
	}
}

// completeFromLD completes the text of a paywalled page from its JSON-LD:
// when a script marks the article not free ("isAccessibleForFree":
// false) and its articleBody holds the text's last paragraph with more
// prose after it, that rest is the part the page hides. The visible
// paragraphs keep their markup's breaks.
func completeFromLD(text string, scripts []string) string {
	for _, sc := range scripts {
		if !strings.Contains(sc, `"articleBody"`) || !notFree(sc) {
			continue
		}
		body := ldString(sc, `"articleBody"`)
		if body == "" {
			continue
		}
		// The last visible paragraph that the body holds (a paywall's
		// notice after it is not the article's), and the body after it.
		paras := strings.Split(text, "\n\n")
		tried := 0
		for pi := len(paras) - 1; pi >= 0 && tried < 3; pi-- {
			if !isProse(paras[pi]) {
				continue
			}
			tried++
			if rest := ldRest(body, parallax.NormalizeSpace(paras[pi])); rest != "" {
				return strings.Join(paras[:pi+1], "\n\n") + "\n\n" + rest
			}
		}
	}
	return text
}

// ldRest is what follows the paragraph last in the article body, with the
// body's own paragraph breaks: "" when the body does not hold last or
// holds too little after it.
func ldRest(body, last string) string {
	if len(last) < 40 {
		return ""
	}
	k := len(last) - 40
	for k < len(last) && !utf8.RuneStart(last[k]) {
		k++
	}
	tail := last[k:]
	var rest []string
	found := false
	for _, bp := range strings.Split(body, "\n") {
		bp = parallax.NormalizeSpace(bp)
		if found {
			if bp != "" {
				rest = append(rest, bp)
			}
			continue
		}
		if k := strings.Index(bp, tail); k >= 0 {
			found = true
			if after := strings.TrimSpace(bp[k+len(tail):]); after != "" {
				rest = append(rest, after)
			}
		}
	}
	text := strings.Join(rest, "\n\n")
	if !found || proseRunes(text) < minLDRest {
		return ""
	}
	return text
}

// minLDRest is the least prose (in runes) the hidden rest must hold.
const minLDRest = 200

// notFreeRE matches a schema.org mark of paywalled content.
var notFreeRE = regexp.MustCompile(`"isAccessibleForFree"\s*:\s*"?(?i:false)"?`)

func notFree(script string) bool { return notFreeRE.MatchString(script) }

// ldString is the JSON string value that follows key in a script, "" when
// there is none.
func ldString(script, key string) string {
	i := strings.Index(script, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(script[i+len(key):], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	var v string
	if err := json.NewDecoder(strings.NewReader(strings.TrimLeft(rest[1:], " \t\r\n"))).Decode(&v); err != nil {
		return ""
	}
	return v
}

// publishedMeta reports whether a <meta> element declares a publication
// date (OpenGraph, Dublin Core, parse.ly, Sailthru and common names).
func publishedMeta(n *html.Node) bool {
	for _, key := range []string{"property", "name", "itemprop"} {
		switch strings.ToLower(attr(n, key)) {
		case "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
			"publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
			"parsely-pub-date", "sailthru.date", "article.published", "published_time", "original-publish-date":
			return true
		}
	}
	return false
}

// declaresDate reports whether the page declares its publication date in
// metadata: a <meta> element or a data script's datePublished.
func (sig pageSignals) declaresDate() bool {
	if sig.pubMeta {
		return true
	}
	for _, s := range sig.scripts {
		if strings.Contains(s, `"datePublished"`) {
			return true
		}
	}
	return false
}

// maxAnchors bounds the in-page link texts kept.
const maxAnchors = 500

// dropContents drops the lines of a table of contents or key-events list:
// lines that are the text of a link into the page and come again later
// in the text (as the heading the link points to).
func (sig pageSignals) dropContents(text string) string {
	if len(sig.anchors) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	last := map[string][2]int{} // line key → its last paragraph and line
	lines := make([][]string, len(paras))
	for i, p := range paras {
		lines[i] = strings.Split(p, "\n")
		for j, l := range lines[i] {
			if k := lineKey(l); sig.anchors[k] {
				last[k] = [2]int{i, j}
			}
		}
	}
	if len(last) == 0 {
		return text
	}
	var b strings.Builder
	for i := range lines {
		var kept []string
		for j, l := range lines[i] {
			if k := lineKey(l); sig.anchors[k] && last[k] != [2]int{i, j} {
				continue
			}
			kept = append(kept, l)
		}
		writeParagraph(&b, kept)
	}
	return b.String()
}

// noWords reports whether a line holds no letter or digit and no
// sentence punctuation: section breaks ("* * *", "•", "~~~") and rules. A
// lone "." or "," stays: it ends a sentence whose last name was a link
// set apart from it.
func noWords(line string) bool {
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,;:!?)]\"'”’»", r) {
			return false
		}
	}
	return strings.TrimSpace(line) != ""
}

// republishedRE matches a republication notice: "This article was first
// published by X", "This article is republished from X under a Creative
// Commons license", "Originally published on X".
var republishedRE = regexp.MustCompile(`(?i)^\W*(this (article|story|piece|post|essay|report) (was|is|has been|first appeared|originally appeared)\b.{0,40}\b(published|republished|appeared)|originally (published|appeared) (on|in|at|by)\b)`)

// republished reports whether a line is a republication notice.
func republished(line string) bool {
	return (strings.Contains(line, "ublished") || strings.Contains(line, "ppeared") || strings.Contains(line, "UBLISHED")) &&
		fieldCount(line, 41) <= 40 && republishedRE.MatchString(line)
}

// markAboutSite marks the site's "About" box in an extractor's text: a
// line "About <site name>" or "About us", and the paragraphs right after
// it that name the site ("Valley Wire is a nonprofit news service...").
// "About <another organisation>" (a press release's boilerplate on its
// issuer) is the article's.
func (sig pageSignals) markAboutSite(m linkMarks) {
	if sig.siteName == "" {
		return
	}
	about := "about " + sig.siteName
	for i, para := range m.lines {
		for j, line := range para {
			if t := strings.TrimSpace(line); len(t) < 5 || !strings.EqualFold(t[:5], "about") {
				continue
			}
			k := strings.TrimRight(lineKey(line), ".:")
			if k != about && k != "about us" {
				continue
			}
			m.drop[i][j] = true
			// The rest of its paragraph, then the next paragraphs, while
			// they name the site.
			for i2 := i; i2 < len(m.lines); i2++ {
				start := 0
				if i2 == i {
					start = j + 1
				}
				named := false
				for j2 := start; j2 < len(m.lines[i2]); j2++ {
					if strings.Contains(lineKey(m.lines[i2][j2]), sig.siteName) {
						m.drop[i2][j2] = true
						named = true
					}
				}
				if !named && (i2 > i || start < len(m.lines[i2])) {
					break
				}
			}
		}
	}
}
