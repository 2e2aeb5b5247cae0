package ingest

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The page-family evaluation: 16 other Voice of America stories (public
// domain, testdata/eval/families.jsonl.gz) laid out the way real content
// systems lay out articles (WordPress themes with comment threads, Arc and
// Drupal bodies split over many <div>s, AMP, live blogs, bodies held only
// in JSON-LD or a hydration script, galleries, author bios, newsletter and
// cookie boxes, teaser lists longer than the story, tables, two-paragraph
// stories beside long sidebars, foreign-language chrome, <br> paragraphs,
// sub-headings). Every page was written for this test; the texts around
// the stories (captions, comments, bios, menus) are invented. Scored as
// the article-extraction benchmarks score: token-level precision, recall
// and F1 of the whitespace tokens (multiset overlap) against the true
// body, and word 4-gram shingle F1.

func loadFamilyStories(t testing.TB) []evalStory {
	return readEvalStories(t, "testdata/eval/families.jsonl.gz", 16)
}

// famPage is what a family builder returns: the page, the blocks of its
// true body, and the outlet the page names.
type famPage struct {
	html   string
	body   []string
	outlet string
}

type famBuilder func(s evalStory, paras []string, others []evalStory) famPage

// family is a page family: its name and the builder of its pages.
type family struct {
	name  string
	build famBuilder
}

// familyRound is the families written at one time (before the rules, or
// after them as their check): the table gives each round a row of its
// own after its families.
type familyRound struct {
	name string
	fams []family
}

var pageFamilies = []family{
	{"wp-comments", wpCommentsPage},
	{"arc-divs", arcDivsPage},
	{"drupal", drupalPage},
	{"amp", ampPage},
	{"liveblog", liveBlogPage},
	{"jsonld-only", jsonLDOnlyPage},
	{"hydration", hydrationPage},
	{"gallery", galleryPage},
	{"quotes-embeds", quotesEmbedsPage},
	{"byline-bio", bylineBioPage},
	{"boxes", boxesPage},
	{"teaser-flood", teaserFloodPage},
	{"table", tablePage},
	{"short-sidebar", shortSidebarPage},
	{"foreign-chrome", foreignChromePage},
	{"br-paras", brParasPage},
	{"subheads", subheadsPage},
	{"next-story", nextStoryPage},
	{"long-comments", longCommentsPage},
}

// Invented sub-headings, captions and comments: none is from an article.
var (
	famSubheads = []string{"What happens next", "Reaction in the region", "A long road ahead", "Questions remain", "The view from the capital"}
	famCaptions = []string{
		"A man walks past shuttered shops on the main street of the old town on a rainy afternoon.",
		"Volunteers sort boxes of donated clothing and food at a community center late last week.",
		"Delegates arrive for the opening session of the conference, held behind closed doors.",
		"A view of the harbor at dawn, where fishing boats wait for the weather to clear.",
		"Students gather outside the university library after classes were suspended for the day.",
		"Police officers stand guard near the entrance of the government building during the protest.",
	}
	famComments = []string{
		"This is exactly what I expected would happen, and nobody in charge seems willing to admit it.",
		"Thanks for the detailed reporting. I would love to see a follow-up piece in a few months.",
		"I lived there for six years and the situation on the ground is far more complicated than this.",
		"The article leaves out the economic side of the story, which is what people actually care about.",
		"Great piece. Sharing this with my students, who have been asking about this for weeks.",
		"Why does every outlet repeat the same official statements without asking any hard questions?",
	}
)

func famOpen(b *strings.Builder, lang, title, site, published, extraHead string) {
	fmt.Fprintf(b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title><meta property="og:site_name" content="%s">`+
		`<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">%s</head>`,
		lang, esc(title), esc(site), esc(site), esc(title), esc(published), extraHead)
}

func wpCommentsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Borderland Dispatch"
	famOpen(&b, "en-US", s.Title, site, s.Published, `<link rel="stylesheet" href="/wp-content/themes/astra/style.css">`)
	fmt.Fprintf(&b, `<body class="post-template-default single single-post"><div id="page" class="hfeed site"><header class="site-header"><div class="ast-container"><p class="site-title"><a href="/">%s</a></p>`+
		`<nav class="main-header-menu"><ul id="primary-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/world">World</a></li><li class="menu-item"><a href="/category/analysis">Analysis</a></li><li class="menu-item"><a href="/about">About</a></li></ul></nav></div></header>`+
		`<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-4411" class="post-4411 post type-post status-publish">`+
		`<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span> / <span class="author vcard"><a href="/author/x">%s</a></span> / <span class="comments-link"><a href="#comments">6 Comments</a></span></div></header>`+
		`<div class="entry-content clear" itemprop="text">`, site, esc(s.Title), esc(s.Published), esc(s.Published[:10]), esc(s.Author))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div><footer class="entry-footer"><span class="cat-links">Filed under <a href="/c">World</a>, <a href="/c2">Analysis</a></span><span class="tags-links">Tagged <a href="/t">diplomacy</a></span></footer></article>`)
	b.WriteString(`<div class="ast-single-related-posts-container"><h2 class="ast-related-posts-title">Related Posts</h2><div class="ast-related-posts-wrapper">`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="/r">%s</a></h3><div class="entry-content ast-related-post-excerpt"><p>%s</p></div><a class="ast-related-post-link" href="/r">Read More »</a></article>`,
			esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div></div><div id="comments" class="comments-area"><h3 class="comments-title">6 thoughts on “` + esc(s.Title) + `”</h3><ol class="comment-list">`)
	for i, c := range famComments {
		fmt.Fprintf(&b, `<li class="comment even thread-even depth-1" id="comment-%d"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">reader_%d</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#c"><time>March %d, 2025 at %d:15 pm</time></a></div></footer><div class="comment-content"><p>%s %s</p></div><div class="reply"><a class="comment-reply-link" href="#r">Reply</a></div></article></li>`,
			100+i, i+1, 10+i, 1+i, esc(c), esc(firstSentence(others[5+i].Text)))
	}
	b.WriteString(`</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div></main></div>`)
	b.WriteString(`<div class="widget-area secondary" id="secondary"><section class="widget widget_search"><form><input type="search"></form></section><section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul><li>reader_2 on <a href="/p">` + esc(others[11].Title) + `</a></li><li>reader_5 on <a href="/p">` + esc(others[12].Title) + `</a></li></ul></section></div></div>`)
	b.WriteString(`<footer class="site-footer"><div class="ast-small-footer">Copyright © 2025 ` + site + ` | Powered by Astra WordPress Theme</div></footer></div></body></html>`)
	return famPage{b.String(), paras, site}
}

func arcDivsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Coastal Herald"
	famOpen(&b, "en", s.Title, site, s.Published, `<script type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="herald";Fusion.deployment="4021";</script>`)
	fmt.Fprintf(&b, `<body><div id="fusion-app" class="layout-section"><header class="nav-container"><div class="nav-sections"><a href="/">Coastal Herald</a><button>Sections</button><a href="/subscribe" class="subscribe-btn">Subscribe</a><a href="/login">Log In</a></div>`+
		`<nav class="section-nav"><a href="/news">News</a><a href="/politics">Politics</a><a href="/world">World</a><a href="/business">Business</a><a href="/sports">Sports</a><a href="/obituaries">Obituaries</a></nav></header>`+
		`<div class="article-template"><div class="b-header"><div class="c-overline"><a href="/world">%s</a></div><h1 class="c-heading" data-testid="headline">%s</h1><h2 class="c-subheadline">%s</h2>`+
		`<div class="c-attribution">By <a href="/people/a">%s</a></div><div class="c-date"><time datetime="%s">Published %s</time></div></div><div class="article-body-wrapper"><article class="b-article-body">`,
		esc(s.Section), esc(s.Title), esc(firstSentence(paras[0])), esc(s.Author), esc(s.Published), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, `<div class="c-paragraph-wrapper" data-type="text"><p class="c-paragraph">%s</p></div>`+"\n", esc(p))
		switch i % 4 {
		case 1:
			fmt.Fprintf(&b, `<div class="arcad arcad-inline" id="arcad_%d"><div class="advertisement-label">ADVERTISEMENT</div><div class="arcad-slot"></div></div>`, i)
		case 2:
			fmt.Fprintf(&b, `<div class="c-interstitial-link" data-type="interstitial_link"><p><b>RELATED:</b> <a href="/x">%s</a></p></div>`, esc(others[i%len(others)].Title))
		}
		if i == 5 {
			b.WriteString(`<div class="story-continues"><p>Story continues below advertisement</p></div>`)
		}
	}
	b.WriteString(`</article><div class="c-tags"><a href="/tags/a">Diplomacy</a><a href="/tags/b">Security</a></div></div>`)
	b.WriteString(`<div class="b-results-list"><h2>Latest headlines</h2>`)
	for _, o := range others[:6] {
		fmt.Fprintf(&b, `<div class="b-results-list__item"><a href="/l"><h3>%s</h3></a><p class="c-description">%s</p><span class="c-date">2 hours ago</span></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div></div><footer class="b-footer"><p>© 2025 Coastal Herald. All rights reserved.</p><a href="/terms">Terms of Service</a><a href="/privacy">Privacy Policy</a><a href="/ccpa">Do Not Sell My Personal Information</a></footer></div></body></html>`)
	return famPage{b.String(), paras, site}
}

func drupalPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Highland Review"
	famOpen(&b, "en", s.Title, site, s.Published, `<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">`)
	fmt.Fprintf(&b, `<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a><div class="dialog-off-canvas-main-canvas"><div class="layout-container">`+
		`<header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">Highland Review</a></div></div><div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/regions">Regions</a></li><li class="menu-item"><a href="/features">Features</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul></nav></div></header>`+
		`<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>`+
		`<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">%s</span></h1>`+
		`<div class="node__meta"><span class="field field--name-uid">%s</span> <span class="field field--name-created">%s</span></div><div class="node__content">`+
		`<div class="field field--name-field-image"><img src="/sites/default/files/a.jpg" alt=""><div class="field field--name-field-caption">%s</div></div>`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]), esc(famCaptions[1]))
	// The body is split over paragraph-type entities, each its own field item.
	b.WriteString(`<div class="field field--name-field-paragraphs field--type-entity-reference-revisions">`)
	for i := 0; i < len(paras); i += 3 {
		b.WriteString(`<div class="field__item"><div class="paragraph paragraph--type--text"><div class="clearfix text-formatted field field--name-field-text field__item">`)
		for _, p := range paras[i:min(i+3, len(paras))] {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		}
		b.WriteString(`</div></div></div>`)
		if i == 3 {
			fmt.Fprintf(&b, `<div class="field__item"><div class="paragraph paragraph--type--related-content"><h3>Related content</h3><div class="views-row"><a href="/r">%s</a></div><div class="views-row"><a href="/r2">%s</a></div></div></div>`, esc(others[0].Title), esc(others[1].Title))
		}
	}
	b.WriteString(`</div><div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/t/1">Region</a></div><div class="field__item"><a href="/t/2">Policy</a></div></div></div></div></article>`)
	b.WriteString(`<div class="views-element-container"><h2>More news</h2><div class="view view-more-news">`)
	for _, o := range others[2:7] {
		fmt.Fprintf(&b, `<div class="views-row"><div class="views-field views-field-title"><a href="/n">%s</a></div><div class="views-field views-field-body"><p>%s</p></div></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div></div></div></div></main><footer role="contentinfo"><div class="region region-footer"><p>Highland Review is a member of the regional press council. © 2025</p><nav><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></nav></div></footer></div></div></body></html>`)
	return famPage{b.String(), paras, site}
}

func ampPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Meridian Post"
	fmt.Fprintf(&b, `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script><title>%s - %s</title><link rel="canonical" href="%s">`+
		`<meta name="viewport" content="width=device-width"><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><style amp-custom>.hdr{color:#111}</style>`+
		`<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":%q,"datePublished":%q,"publisher":{"@type":"Organization","name":%q},"author":{"@type":"Person","name":%q}}</script></head>`,
		esc(s.Title), site, esc(s.URL), s.Title, s.Published, site, s.Author)
	fmt.Fprintf(&b, `<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/markets">Markets</a></li></ul></amp-sidebar>`+
		`<header class="hdr"><button on="tap:sidebar.toggle">☰</button><a href="/">%s</a></header><amp-ad width="320" height="50" type="doubleclick" data-slot="/1/top"><div fallback>Advertisement</div></amp-ad>`+
		`<article><h1>%s</h1><p class="byline">%s · %s</p><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>`+
		`<figure><amp-img src="/a.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>%s</figcaption></figure><div class="article-body">`,
		site, esc(s.Title), esc(s.Author), esc(s.Published[:10]), esc(famCaptions[2]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 3 {
			b.WriteString(`<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/mid"><div placeholder>Loading ad…</div></amp-ad>`)
		}
	}
	b.WriteString(`</div></article><section class="related"><h2>You might also like</h2><amp-carousel type="slides" width="400" height="300" layout="responsive">`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<div class="slide"><a href="/s"><h3>%s</h3><p>%s</p></a></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</amp-carousel></section><amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-1"}}</script></amp-analytics><footer><p>© 2025 ` + site + `. View the <a href="/full">full site</a>.</p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// liveBlogPage makes each paragraph group a timestamped entry with a
// headline; a "key events" list links to the entries. The timestamps are
// not in the true body, the entries' headlines are.
func liveBlogPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "World Desk Live"
	famOpen(&b, "en", s.Title, site, s.Published, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":`+jsonStr(s.Title)+`,"datePublished":`+jsonStr(s.Published)+`,"coverageStartTime":`+jsonStr(s.Published)+`}</script>`)
	var body []string
	var entries []string
	for i := 0; i < len(paras); i += 2 {
		head := fmt.Sprintf("Update %d: %s", i/2+1, famSubheads[(i/2)%len(famSubheads)])
		entries = append(entries, head)
	}
	fmt.Fprintf(&b, `<body><header class="masthead"><a href="/">World Desk</a><span class="live-badge">LIVE</span><nav><a href="/live">All live coverage</a> <a href="/video">Video</a></nav></header><main><h1>%s</h1><p class="live-meta">Last updated %s · %s</p><div class="key-events"><h2>Key events</h2><ul>`,
		esc(s.Title), esc(s.Published[:10]), esc(s.Author))
	for i, e := range entries {
		fmt.Fprintf(&b, `<li><a href="#entry-%d">%s</a></li>`, i, esc(e))
	}
	b.WriteString(`</ul><button>Show all key events</button></div><div class="live-feed" aria-live="polite">`)
	for i := len(entries) - 1; i >= 0; i-- { // newest first
		fmt.Fprintf(&b, `<div class="live-entry" id="entry-%d"><div class="entry-meta"><time datetime="%s">%02d:%02d GMT</time><span class="entry-author">%s</span></div><h3 class="entry-title">%s</h3>`,
			i, esc(s.Published), 8+i, (i*17)%60, esc(s.Author), esc(entries[i]))
		body = append(body, entries[i])
		for _, p := range paras[2*i : min(2*i+2, len(paras))] {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
			body = append(body, p)
		}
		b.WriteString(`<div class="entry-share"><a href="#">Share</a><a href="#">Copy link</a></div></div>`)
	}
	b.WriteString(`<button class="load-more">Show more updates</button></div></main><aside><h2>Across the network</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="promo"><a href="/p">%s</a></div>`, esc(o.Title))
	}
	b.WriteString(`</aside><footer>© 2025 World Desk</footer></body></html>`)
	return famPage{b.String(), body, site}
}

func jsonStr(s string) string {
	j, _ := json.Marshal(s)
	return string(j)
}

// jsonLDOnlyPage is a client-rendered page: the DOM holds the chrome and a
// standfirst; the story is only in the JSON-LD articleBody.
func jsonLDOnlyPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Capital Signal"
	ld := map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.Title, "datePublished": s.Published,
		"author": []map[string]string{{"@type": "Person", "name": s.Author}}, "publisher": map[string]string{"@type": "Organization", "name": site},
		"articleBody": strings.Join(paras, " "), "articleSection": s.Section}
	ldj, _ := json.Marshal(ld)
	famOpen(&b, "en", s.Title, site, s.Published, `<script type="application/ld+json">`+string(ldj)+`</script>`)
	fmt.Fprintf(&b, `<body><div id="app"><header><a href="/">Capital Signal</a><nav><a href="/politics">Politics</a> <a href="/world">World</a> <a href="/tech">Tech</a> <a href="/newsletters">Newsletters</a></nav></header>`+
		`<main><h1>%s</h1><div class="article-skeleton" aria-busy="true"><div class="skeleton-line"></div><div class="skeleton-line"></div></div>`+
		`<noscript><p>Please enable JavaScript to read this story.</p></noscript></main>`+
		`<aside class="trending"><h2>Trending</h2><ol>`, esc(s.Title))
	for _, o := range others[:6] {
		fmt.Fprintf(&b, `<li><a href="/t">%s</a></li>`, esc(o.Title))
	}
	b.WriteString(`</ol></aside><footer><p>Capital Signal is an independent newsroom. © 2025 Capital Signal LLC.</p></footer></div><script src="/static/app.9f3c.js"></script></body></html>`)
	return famPage{b.String(), paras, site}
}

// hydrationPage is a single-page app whose story is only in a hydration
// blob: a Next.js data script with the body as typed blocks.
func hydrationPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Lantern News"
	type block struct {
		Type string `json:"type"`
		HTML string `json:"html,omitempty"`
		URL  string `json:"url,omitempty"`
	}
	var blocks []block
	for i, p := range paras {
		blocks = append(blocks, block{Type: "paragraph", HTML: "<p>" + esc(p) + "</p>"})
		if i == 2 {
			blocks = append(blocks, block{Type: "ad", URL: "/ads/slot-3"})
		}
	}
	var related []map[string]string
	for _, o := range others[:3] {
		related = append(related, map[string]string{"headline": o.Title, "url": "/r", "kicker": o.Section})
	}
	data := map[string]any{"props": map[string]any{"pageProps": map[string]any{
		"article": map[string]any{"headline": s.Title, "byline": s.Author, "published": s.Published, "content": blocks},
		"related": related, "nav": []string{"World", "Politics", "Climate", "Video"},
	}}, "page": "/article/[slug]", "buildId": "k2Qx9"}
	dj, _ := json.Marshal(data)
	famOpen(&b, "en", s.Title, site, s.Published, `<meta name="description" content="`+esc(firstSentence(paras[0]))+`">`)
	fmt.Fprintf(&b, `<body><div id="__next"><div class="shell"><header><a href="/">%s</a><button>Menu</button></header><main><h1>%s</h1><div class="loading">Loading…</div></main><footer>© 2025 %s</footer></div></div>`+
		`<script id="__NEXT_DATA__" type="application/json">%s</script><script src="/_next/static/chunks/main.js" defer></script></body></html>`,
		site, esc(s.Title), site, dj)
	return famPage{b.String(), paras, site}
}

// galleryPage is a story with a paginated photo gallery: slide counters,
// long captions and credits, and page links.
func galleryPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Northern Lens"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Northern Lens</a> <nav><a href="/photos">Photos</a> <a href="/news">News</a> <a href="/about">About</a></nav></header><article><h1>%s</h1><p class="meta">%s | %s</p>`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	half := len(paras) / 2
	for _, p := range paras[:half] {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`<div class="gallery" data-gallery="1"><div class="gallery-header"><span class="gallery-title">In pictures</span> <span class="gallery-count">6 photos</span></div>`)
	for i, c := range famCaptions {
		fmt.Fprintf(&b, `<div class="gallery-slide"><img src="/g/%d.jpg" alt="%s"><div class="gallery-caption"><span class="counter">%d / %d</span><p>%s</p><span class="credit">Photo: Staff photographer</span></div></div>`,
			i, esc(c), i+1, len(famCaptions), esc(c))
	}
	b.WriteString(`<div class="gallery-nav"><a href="?slide=prev">Previous</a> <a href="?slide=next">Next</a></div></div>`)
	for _, p := range paras[half:] {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`<div class="pagination"><span>Page 1 of 3</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next page »</a></div></article><aside><h2>More galleries</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<figure><img src="/m.jpg"><figcaption><a href="/g">%s</a></figcaption></figure>`, esc(o.Title))
	}
	b.WriteString(`</aside><footer>All photographs © Northern Lens unless stated otherwise.</footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// quotesEmbedsPage breaks the story with pull quotes in several markups
// and with social and video embeds carrying prose.
func quotesEmbedsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Riverside Times"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div class="wrapper"><header><a href="/">Riverside Times</a></header><article class="story"><h1>%s</h1><div class="story-meta">%s — %s</div><div class="story-body">`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		switch i {
		case 1:
			fmt.Fprintf(&b, `<aside class="inline-quote" role="complementary"><p>“%s”</p><cite>— from the story</cite></aside>`, esc(strings.Trim(firstSentence(paras[0]), "“”\"")))
		case 2:
			fmt.Fprintf(&b, `<div class="embed embed-social"><blockquote class="twitter-tweet" data-theme="light"><p lang="en" dir="ltr">%s</p>— Regional Monitor (@regmonitor) <a href="https://x.example/regmonitor/status/9">March 12, 2025</a></blockquote></div>`, esc(firstSentence(others[0].Text)))
		case 3:
			fmt.Fprintf(&b, `<figure class="quote-block"><blockquote><p>%s</p></blockquote><figcaption>— %s</figcaption></figure>`, esc(firstSentence(paras[2])), esc(s.Author))
		case 4:
			fmt.Fprintf(&b, `<div class="video-embed"><iframe src="https://video.example/embed/1"></iframe><p class="video-caption">Watch: %s</p></div>`, esc(others[1].Title))
		case 5:
			fmt.Fprintf(&b, `<blockquote class="instagram-media" data-instgrm-permalink="https://ig.example/p/1"><div><p>%s</p><p>A post shared by Field Reporter (@fieldreporter)</p></div></blockquote>`, esc(firstSentence(others[2].Text)))
		}
	}
	b.WriteString(`</div></article><section class="more"><h2>More from Riverside Times</h2><ul>`)
	for _, o := range others[3:7] {
		fmt.Fprintf(&b, `<li><a href="/m">%s</a></li>`, esc(o.Title))
	}
	b.WriteString(`</ul></section><footer>© 2025 Riverside Times</footer></div></body></html>`)
	return famPage{b.String(), paras, site}
}

// bylineBioPage carries a rich byline block above the story and an author
// biography, a corrections note and a "contributed" box below it.
func bylineBioPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Eastern Standard"
	famOpen(&b, "en", s.Title, site, s.Published, `<meta name="author" content="`+esc(s.Author)+`">`)
	fmt.Fprintf(&b, `<body><header class="site"><a href="/">Eastern Standard</a><nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/podcasts">Podcasts</a></nav></header><main><article>`+
		`<h1>%s</h1><div class="byline-block"><img class="avatar" src="/a.png" alt=""><div class="byline-text"><span class="by">By <a rel="author" href="/staff/a">%s</a></span><span class="role">Senior correspondent</span><span class="dates">Published %s · Updated 2 hours ago</span></div><div class="follow"><a href="/follow">Follow</a></div></div>`+
		`<div class="reading-time">6 minute read</div><div class="article-text">`, esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `</div><div class="correction"><p><em>Correction: An earlier version of this story misstated the day of the meeting. It was held on a Tuesday.</em></p></div>`+
		`<div class="author-bio"><img src="/a.png" alt=""><div><h4>About the author</h4><p>%s has reported on politics and security for more than fifteen years, from bureaus on three continents. Before joining the paper, she worked as a radio producer and taught journalism at a state university.</p><p><a href="/staff/a">More stories by this author</a> · <a href="https://x.example/a">Follow on X</a></p></div></div>`+
		`</article></main><aside class="rail"><h3>Editors' picks</h3>`, esc(s.Author))
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="pick"><a href="/p">%s</a></div>`, esc(o.Title))
	}
	b.WriteString(`</aside><footer><p>Eastern Standard is published by Standard Media. Our <a href="/ethics">ethics policy</a> explains how we correct errors.</p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// boxesPage puts prose boxes around and inside the story: a cookie
// dialog, a newsletter sign-up and a donation appeal between paragraphs, a
// metered-paywall notice.
func boxesPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Frontier Journal"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div class="cmp-dialog" role="dialog"><h2>We value your privacy</h2><p>We and our 412 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers for personalised advertising and content, measurement and audience research. You can accept, reject or customise your choices at any time in the privacy centre.</p><button>Accept</button><button>Reject</button><button>Customise</button></div>`+
		`<div class="meter-bar"><p>You have 2 free articles left this month. Subscribe for unlimited access.</p></div><header><a href="/">Frontier Journal</a></header><main><article><h1>%s</h1><p class="byline">By %s, %s</p><div class="body">`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 2 {
			b.WriteString(`<div class="newsletter-signup"><h3>Get the Frontier Briefing</h3><p>Our reporters on the ground send you the essential news from the region every weekday morning, with analysis you will not find anywhere else.</p><form><input type="email" placeholder="Email address"><button>Sign me up</button></form><p class="small">By signing up you agree to our terms and privacy policy.</p></div>`)
		}
		if i == 5 {
			b.WriteString(`<div class="donate-box"><p>Independent reporting from conflict zones is expensive and dangerous. If you value our work, please consider supporting us with a monthly contribution, which keeps our journalism free for everyone.</p><a class="btn" href="/donate">Support us</a></div>`)
		}
	}
	b.WriteString(`</div></article></main><footer><p>© 2025 Frontier Journal</p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// teaserFloodPage is a short story (four paragraphs) followed by a "Read
// more" list of fifteen teasers with two sentences each: more prose than
// the story itself.
func teaserFloodPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Evening Courier"
	short := paras[:min(4, len(paras))]
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Evening Courier</a><nav><a href="/latest">Latest</a> <a href="/region">Region</a></nav></header><div class="container"><div class="article"><h1>%s</h1><div class="info">%s / %s</div><div class="text">`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for _, p := range short {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></div><div class="read-more"><h2>Read more</h2>`)
	for i := 0; i < 15; i++ {
		o := others[i%len(others)]
		op := evalParagraphs(o.Text, i)
		fmt.Fprintf(&b, `<div class="teaser-item"><a href="/t/%d"><h3>%s</h3></a><p>%s</p><span class="time">%d hours ago</span></div>`, i, esc(o.Title), esc(op[min(i/len(others), len(op)-1)]), i+1)
	}
	b.WriteString(`</div></div><footer>© Evening Courier</footer></body></html>`)
	return famPage{b.String(), short, site}
}

// tablePage puts a data table inside the story; its cells are part of the
// true body.
func tablePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Statewide Monitor"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Statewide Monitor</a><nav><a href="/data">Data</a> <a href="/news">News</a></nav></header><article><h1>%s</h1><p class="byline">%s, %s</p><div class="content">`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	body := append([]string{}, paras...)
	rows := [][]string{{"District", "Sites visited", "Reports filed", "Change"}, {"Northgate", "14", "102", "+8%"}, {"Lower Vale", "9", "61", "-3%"}, {"Eastmoor", "21", "187", "+12%"}, {"Total", "44", "350", "+7%"}}
	var tb strings.Builder
	tb.WriteString(`<figure class="table"><table class="data"><caption>Monitoring visits by district, first quarter</caption><thead>`)
	var cells []string
	for r, row := range rows {
		tb.WriteString("<tr>")
		for _, c := range row {
			tag := "td"
			if r == 0 {
				tag = "th"
			}
			fmt.Fprintf(&tb, "<%s>%s</%s>", tag, esc(c), tag)
			cells = append(cells, c)
		}
		tb.WriteString("</tr>")
		if r == 0 {
			tb.WriteString("</thead><tbody>")
		}
	}
	tb.WriteString(`</tbody></table><figcaption>Source: district monitoring offices</figcaption></figure>`)
	at := min(3, len(paras))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == at-1 {
			b.WriteString(tb.String())
		}
	}
	body = append(body, "Monitoring visits by district, first quarter", strings.Join(cells, " "))
	b.WriteString(`</div></article><aside><h2>Popular</h2><ul>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<li><a href="/p">%s</a></li>`, esc(o.Title))
	}
	b.WriteString(`</ul></aside><footer>© Statewide Monitor</footer></body></html>`)
	return famPage{b.String(), body, site}
}

// shortSidebarPage is a two-paragraph brief beside long sidebars of
// summaries.
func shortSidebarPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Valley Wire"
	short := paras[:2]
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div id="container"><div id="header"><a href="/">Valley Wire</a><ul class="menu"><li><a href="/">Home</a></li><li><a href="/briefs">Briefs</a></li><li><a href="/features">Features</a></li></ul></div><div id="content"><div id="left">`+
		`<h2>In brief</h2>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<div class="brief"><h4><a href="/b">%s</a></h4><p>%s</p></div>`, esc(o.Title), esc(evalParagraphs(o.Text, 1)[0]))
	}
	fmt.Fprintf(&b, `</div><div id="center"><div class="post"><h1>%s</h1><div class="date">%s</div><div class="entry">`, esc(s.Title), esc(s.Published[:10]))
	for _, p := range short {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></div></div><div id="right"><h2>Features</h2>`)
	for _, o := range others[5:9] {
		fmt.Fprintf(&b, `<div class="feature"><h4><a href="/f">%s</a></h4><p>%s</p></div>`, esc(o.Title), esc(evalParagraphs(o.Text, 2)[0]))
	}
	b.WriteString(`<div class="about"><h3>About Valley Wire</h3><p>Valley Wire is a nonprofit news service covering the valley and its neighbors since 1998. We are funded by readers and foundations, and we never accept money from the subjects of our reporting.</p></div></div></div><div id="footer">© Valley Wire</div></div></body></html>`)
	return famPage{b.String(), short, site}
}

// foreignChromePage is an English story on a site whose chrome (menus,
// cookie notice, related list labels, footer) is in French and Russian.
func foreignChromePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Le Relais International"
	famOpen(&b, "fr", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div class="bandeau-cookies"><p>Ce site utilise des cookies pour améliorer votre expérience de navigation, réaliser des statistiques de visite et vous proposer des contenus adaptés à vos centres d'intérêt. En poursuivant votre navigation, vous acceptez leur utilisation.</p><button>J'accepte</button><button>Paramétrer</button></div>`+
		`<header><a href="/">Le Relais</a><nav><a href="/fr">Accueil</a> <a href="/fr/monde">Monde</a> <a href="/fr/afrique">Afrique</a> <a href="/ru">Русский</a> <a href="/en">English</a></nav><form><input placeholder="Rechercher"></form></header>`+
		`<main><div class="fil-ariane"><a href="/">Accueil</a> › <a href="/en">English edition</a></div><article lang="en"><h1>%s</h1><p class="auteur">Par %s — publié le %s</p><div class="texte">`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 3 {
			fmt.Fprintf(&b, `<div class="a-lire"><strong>À lire aussi :</strong> <a href="/l">%s</a></div>`, esc(others[0].Title))
		}
	}
	b.WriteString(`</div><div class="partage">Partager : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-mail</a></div></article><section class="sur-le-meme-sujet"><h2>Sur le même sujet</h2><ul>`)
	for _, t := range []string{"Les négociations reprennent à Genève malgré les tensions entre les délégations", "Переговоры возобновились в Женеве, несмотря на напряжённость между делегациями", "Le Conseil de sécurité se réunit en urgence après les frappes de la nuit dernière", "Эксперты предупреждают о росте цен на продовольствие в регионе"} {
		fmt.Fprintf(&b, `<li><a href="/s">%s</a></li>`, esc(t))
	}
	b.WriteString(`</ul></section></main><footer><p>Le Relais International est une rédaction indépendante. Tous droits de reproduction et de diffusion réservés. © 2025</p><p><a href="/mentions">Mentions légales</a> · <a href="/contact">Nous contacter</a> · <a href="/ru/about">О нас</a></p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// brParasPage is a hand-made page: the story is one <p> (and loose text in
// a table cell) with <br><br> between paragraphs and a bold sub-heading.
func brParasPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Harbor Gazette"
	fmt.Fprintf(&b, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s - %s</title><meta name="pubdate" content="%s"><meta name="og:site_name" content="%s"></head>`+
		`<body><table width="100%%"><tr><td colspan="2"><font size="5"><b>Harbor Gazette</b></font><br><a href="/">Home</a> - <a href="/news">News</a> - <a href="/letters">Letters</a> - <a href="/weather">Weather</a></td></tr>`+
		`<tr><td width="75%%" valign="top"><font size="4"><b>%s</b></font><br><i>%s</i><br><br><p class="story">`,
		esc(s.Title), site, esc(s.Published[:10]), site, esc(s.Title), esc(s.Published[:10]))
	body := append([]string{}, paras...)
	for i, p := range paras {
		if i > 0 {
			b.WriteString("<br><br>\n")
		}
		if i == len(paras)/2 {
			fmt.Fprintf(&b, "<b>%s</b><br><br>\n", esc(famSubheads[0]))
		}
		b.WriteString(esc(p))
	}
	body = append(body, famSubheads[0])
	b.WriteString(`</p><br><a href="/print">Print this story</a> | <a href="/mail">Email to a friend</a></td><td valign="top" bgcolor="#eeeeee"><b>Latest</b><br>`)
	for _, o := range others[:6] {
		fmt.Fprintf(&b, `<a href="/l">%s</a><br><br>`, esc(o.Title))
	}
	b.WriteString(`</td></tr><tr><td colspan="2"><font size="1">Copyright 2025 Harbor Gazette. All rights reserved.</font></td></tr></table></body></html>`)
	return famPage{b.String(), body, site}
}

// subheadsPage is a feature with <h2> sub-headings and a bulleted "key
// points" list inside the body; both are part of the true body.
func subheadsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Continental Review"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Continental Review</a><nav><a href="/features">Features</a> <a href="/explainers">Explainers</a></nav></header><main><article><header><h1>%s</h1><p class="dek">%s</p><p class="byline">%s · %s</p></header><div class="article__content">`,
		esc(s.Title), esc(firstSentence(others[0].Text)), esc(s.Author), esc(s.Published[:10]))
	var body []string
	points := []string{"Officials met for a second day of talks", "No agreement was announced", "Further meetings are planned next month"}
	b.WriteString(`<h2>Key points</h2><ul class="key-points">`)
	body = append(body, "Key points")
	for _, p := range points {
		fmt.Fprintf(&b, "<li>%s</li>", esc(p))
		body = append(body, p)
	}
	b.WriteString("</ul>")
	for i, p := range paras {
		if i > 0 && i%3 == 0 {
			h := famSubheads[(i/3)%len(famSubheads)]
			fmt.Fprintf(&b, "<h2>%s</h2>\n", esc(h))
			body = append(body, h)
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		body = append(body, p)
	}
	b.WriteString(`</div></article><section class="recirc"><h2>Explainers</h2>`)
	for _, o := range others[1:5] {
		fmt.Fprintf(&b, `<div class="card"><a href="/e"><h3>%s</h3></a></div>`, esc(o.Title))
	}
	b.WriteString(`</section></main><footer>© 2025 Continental Review</footer></body></html>`)
	return famPage{b.String(), body, site}
}

// nextStoryPage is an infinite-scroll page: the next story, with its own
// <h1>, is loaded below the first.
func nextStoryPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Daily Scroll"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	o := others[0]
	fmt.Fprintf(&b, `<body><header><a href="/">Daily Scroll</a><nav><a href="/latest">Latest</a> <a href="/world">World</a></nav></header><main>`+
		`<article class="article" data-article-id="1"><h1>%s</h1><p class="byline">%s, %s</p><div class="article-body">`, esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `</div></article><div class="next-article-marker"><span>Next article</span></div><article class="article" data-article-id="2"><h1>%s</h1><p class="byline">%s, %s</p><div class="article-body">`,
		esc(o.Title), esc(o.Author), esc(o.Published[:10]))
	for _, p := range evalParagraphs(o.Text, 1) {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></article></main><footer>© Daily Scroll</footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// longCommentsPage is a five-paragraph post under a thread of 24 reader
// responses, in markup that names them neither "comment" nor "reply".
func longCommentsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Town Talk"
	short := paras[:min(5, len(paras))]
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Town Talk</a></header><div class="wrap"><div class="post"><h1>%s</h1><div class="post-body">`, esc(s.Title))
	for _, p := range short {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></div><div class="responses"><h3>24 responses</h3>`)
	for k := 0; k < 24; k++ {
		op := evalParagraphs(others[k%len(others)].Text, k)
		fmt.Fprintf(&b, `<div class="response"><div class="who">user%d</div><div class="said"><p>%s %s</p></div></div>`, k, esc(op[k%len(op)]), esc(famComments[k%len(famComments)]))
	}
	b.WriteString(`</div></div><footer>© Town Talk</footer></body></html>`)
	return famPage{b.String(), short, site}
}

// familyPage is one page of the family evaluation.
type familyPage struct {
	family, round, name, html, body, title, day, outlet string
}

// buildFamilyPages lays every story out in every family of the rounds,
// with the other stories at hand for teasers and related links.
func buildFamilyPages(stories []evalStory, rounds []familyRound) []familyPage {
	var pages []familyPage
	for i, s := range stories {
		paras := evalParagraphs(s.Text, i)
		others := make([]evalStory, 0, len(stories)-1)
		for k := 1; k < len(stories); k++ {
			others = append(others, stories[(i+k)%len(stories)])
		}
		for _, r := range rounds {
			for _, fam := range r.fams {
				p := fam.build(s, paras, others)
				pages = append(pages, familyPage{family: fam.name, round: r.name, name: fam.name + "/" + s.ID, html: p.html,
					body: strings.Join(p.body, "\n\n"), title: s.Title, day: s.Published[:10], outlet: p.outlet})
			}
		}
	}
	return pages
}

// tokenPRF is the benchmarks' token-level score: precision, recall and F1
// of the multiset of whitespace-separated tokens of got against want.
func tokenPRF(got, want string) (p, r, f float64) {
	g, w := strings.Fields(got), strings.Fields(want)
	if len(g) == 0 || len(w) == 0 {
		if len(g) == 0 && len(w) == 0 {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	bag := map[string]int{}
	for _, t := range w {
		bag[t]++
	}
	common := 0
	for _, t := range g {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	p, r = float64(common)/float64(len(g)), float64(common)/float64(len(w))
	if common == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// familyFloors are the combined extractor's least mean token F1 per
// family: its measured figures less about 0.01. At the first run (before
// the rules of html.go and htmlboiler.go that these pages led to) the
// first 17 families scored 0.889 (trafilatura alone 0.883, readability
// alone 0.816), the 7 later ones 0.990; next-story and long-comments,
// added last, 0.767 and 0.225 (trafilatura alone 1.000 and 0.976,
// readability alone 0.493 and 0.225). The 3 last families (families2_test.go),
// written after every rule and not tuned on, scored 0.997 at their first
// run (trafilatura alone 0.923, readability alone 0.980). Session 7's
// rules (html2boiler.go, led by families3_test.go) took all 29 from
// 0.996 to 0.999 (liveblog, longread, notes-credits and short-sidebar,
// whose "About <site>" box is now dropped, to 1.000).
var familyFloors = map[string]float64{
	"wp-comments": 0.99, "arc-divs": 0.99, "drupal": 0.99, "amp": 0.99, "liveblog": 0.99,
	"jsonld-only": 0.99, "hydration": 0.99, "gallery": 0.99, "quotes-embeds": 0.99, "byline-bio": 0.99,
	"boxes": 0.99, "teaser-flood": 0.99, "table": 0.98, "short-sidebar": 0.99, "foreign-chrome": 0.99,
	"br-paras": 0.99, "subheads": 0.99, "next-story": 0.99, "long-comments": 0.99,
	"rich-links": 0.99, "text-blocks": 0.99, "blog-platform": 0.99, "press-release": 0.99,
	"newsletter-post": 0.97, "sponsored": 0.98, "notes-credits": 0.99,
	"interview": 0.99, "longread": 0.99, "wire-mirror": 0.99,
	"first": 0.99, "later": 0.98, "last": 0.99, "all": 0.99,
}

// TestHTMLPageFamilies scores the extractors on every page family and
// holds the combined extractor to a floor per family, and its titles,
// dates and outlets. Run with -v to see the table.
func TestHTMLPageFamilies(t *testing.T) {
	scoreFamilies(t, loadFamilyStories(t), []familyRound{
		{"first", pageFamilies}, {"later", laterFamilies}, {"last", lastFamilies},
	}, familyFloors)
}

// scoreFamilies lays the stories out in the families of the rounds and
// scores the extractors on the pages: mean token P/R/F1 and word 4-gram
// shingle F1 per family, per round and over all. It fails a family,
// round or "all" whose combined extractor's token F1 is below its floor,
// and a family where the combined extractor misses a title, date or
// outlet. With -v it also scores the libraries alone and logs the table.
func scoreFamilies(t *testing.T, stories []evalStory, rounds []familyRound, floors map[string]float64) {
	t.Helper()
	pages := buildFamilyPages(stories, rounds)
	type acc struct{ p, r, f, sf float64 }
	extractors := []Extractor{rawTrafilatura, rawReadability, Combined}
	if !testing.Verbose() {
		// The libraries alone are for the table; the floors hold the
		// combination.
		extractors = []Extractor{Combined}
	}
	res := map[Extractor]map[string]*acc{}
	meta := map[string][3]int{}
	count := map[string]int{}
	for _, pg := range pages {
		count[pg.family]++
		count[pg.round]++
	}
	for _, x := range extractors {
		res[x] = map[string]*acc{}
		for _, pg := range pages {
			got, err := ExtractHTML([]byte(pg.html), "", "", x)
			if err != nil && x == Combined {
				t.Logf("%s %s: %v", x, pg.name, err)
			}
			p, r, f := tokenPRF(got.Text, pg.body)
			_, _, sf := shingleF1(got.Text, pg.body)
			if x == Combined {
				m := meta[pg.family]
				m[0] += b2i(got.Title == pg.title)
				m[1] += b2i(got.Published == pg.day)
				m[2] += b2i(got.Outlet == pg.outlet)
				meta[pg.family] = m
				if testing.Verbose() && f < 0.95 {
					t.Logf("%s: token P %.2f R %.2f F1 %.2f; title %q date %q outlet %q", pg.name, p, r, f, got.Title, got.Published, got.Outlet)
				}
			}
			for _, key := range []string{pg.family, pg.round, "all"} {
				a := res[x][key]
				if a == nil {
					a = &acc{}
					res[x][key] = a
				}
				a.p += p
				a.r += r
				a.f += f
				a.sf += sf
			}
		}
	}
	count["all"] = len(pages)
	var tab strings.Builder
	fmt.Fprintf(&tab, "\n%-17s", "family")
	for _, x := range extractors {
		fmt.Fprintf(&tab, " | %-26s", x.String()+" P/R/F1 sh")
	}
	tab.WriteString(" | title date outlet\n")
	var names []string
	nf := 0
	for _, r := range rounds {
		for _, fam := range r.fams {
			names = append(names, fam.name)
		}
		names = append(names, r.name)
		nf += len(r.fams)
	}
	names = append(names, "all")
	var failed []string
	for _, name := range names {
		n := float64(count[name])
		fmt.Fprintf(&tab, "%-17s", name)
		for _, x := range extractors {
			a := res[x][name]
			fmt.Fprintf(&tab, " | %.3f %.3f %.3f %.3f", a.p/n, a.r/n, a.f/n, a.sf/n)
		}
		if m, ok := meta[name]; ok {
			fmt.Fprintf(&tab, " | %.2f %.2f %.2f", float64(m[0])/n, float64(m[1])/n, float64(m[2])/n)
			if m[0] < count[name] || m[1] < count[name] || m[2] < count[name] {
				failed = append(failed, fmt.Sprintf("%s metadata: title %d, date %d, outlet %d of %d", name, m[0], m[1], m[2], count[name]))
			}
		}
		tab.WriteString("\n")
		if floor, ok := floors[name]; ok && res[Combined][name].f/n < floor {
			failed = append(failed, fmt.Sprintf("%s: combined token F1 %.3f below its floor %.3f", name, res[Combined][name].f/n, floor))
		}
	}
	t.Logf("mean token P/R/F1 and word 4-gram shingle F1 on %d pages (%d families x %d stories):%s", len(pages), nf, len(stories), tab.String())
	sort.Strings(failed)
	for _, f := range failed {
		t.Error(f)
	}
}
