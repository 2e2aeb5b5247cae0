package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/parallaxhq/parallax"
	xhtml "golang.org/x/net/html"
)

// feed reads an RSS, Atom or JSON feed: each item becomes an article, its
// text the item's content (else its description) with the HTML turned into
// paragraphs. An item with no text is reported and the others still go
// through.
func (r *reader) feed(name, id string, data []byte) {
	if bytes.IndexByte(data, 0) >= 0 {
		r.fail(&Error{Input: name, Err: binaryError(data[:min(len(data), sniffLen)])})
		return
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		r.fail(&Error{Input: name, Err: fmt.Errorf("not a readable RSS/Atom feed: %v", err)})
		return
	}
	if len(f.Items) == 0 {
		r.fail(&Error{Input: name, Err: errors.New("feed has no items")})
		return
	}
	outlet := parallax.NormalizeSpace(f.Title)
	lang := primaryLanguage(f.Language)
	for i, it := range f.Items {
		n := i + 1
		a, err := feedItem(it, r.opt)
		if err != nil {
			r.fail(&Error{Input: name, Record: fmt.Sprintf("item %d", n), Err: err})
			continue
		}
		a.ID = firstNonEmpty(strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link), fmt.Sprintf("%s:%d", id, n))
		a.Source = fmt.Sprintf("%s#%d", name, n)
		a.Outlet, a.Language = outlet, lang
		r.emit(a)
	}
}

// feedItem reads one feed item (all but its id, source, outlet, language).
func feedItem(it *gofeed.Item, opt Options) (parallax.Article, error) {
	text := fragmentText(it.Content)
	if text == "" {
		text = fragmentText(it.Description)
	}
	title := fragmentText(it.Title)
	text = dropFeedFooter(text)
	if text == "" {
		return parallax.Article{}, fmt.Errorf("%q has no content or description", title)
	}
	a := parallax.Article{URL: strings.TrimSpace(it.Link), Title: parallax.NormalizeSpace(title),
		Body: text, Published: opt.Date}
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			a.Published = t.Format("2006-01-02")
			break
		}
	}
	return a, nil
}

// fragmentText turns a piece of feed text, HTML or plain, into paragraphs
// separated by blank lines, as valid UTF-8.
func fragmentText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.Contains(s, "<") {
		// Plain text: keep its own paragraph breaks, unescape entities.
		return tidyText(strings.ReplaceAll(html.UnescapeString(s), "\r\n", "\n"))
	}
	doc, err := xhtml.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	return tidyText(renderText(doc))
}

// feedFooter matches the last paragraph that feed software appends to an
// item: WordPress's "The post X appeared first on Y.", "Continue reading",
// "Read more", a bare ellipsis.
var feedFooter = regexp.MustCompile(`(?i)^(the post .{1,300} appeared first on .{1,200}|(continue reading|read more|read the full (story|article))\b.{0,200}|\[(…|\.\.\.)\]|…|\.\.\.)$`)

// dropFeedFooter removes such trailing paragraphs.
func dropFeedFooter(text string) string {
	for {
		last := text
		i := strings.LastIndex(text, "\n\n")
		if i >= 0 {
			last = text[i+2:]
		}
		if !feedFooter.MatchString(strings.TrimSpace(last)) {
			return text
		}
		if i < 0 {
			return ""
		}
		text = strings.TrimSpace(text[:i])
	}
}
