package ingest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The third round of page families: 19 layouts unlike the 29 of
// families_test.go and families2_test.go (hosted blog and newsletter
// platforms, partial server renders with the story in a hydration blob,
// paywalls, consent walls, multi-page stories, furniture written as plain
// paragraphs inside the body, footnotes, bold-question interviews,
// listicles, teaser <article>s, right-to-left and CJK chrome, wire press
// releases, wiki pages, PDF conversions, <span>-only text), around 12
// Voice of America stories (public domain) that no earlier evaluation
// uses (testdata/families3/stories.jsonl.gz). Every page and every text
// around the stories was written for this test. Scored by whitespace
// tokens, as the article-extraction benchmarks score.

func loadFamily3Stories(t testing.TB) []evalStory {
	return readEvalStories(t, "testdata/families3/stories.jsonl.gz", 12)
}

// thirdFamilies were written after every rule of the earlier rounds; their
// first run is reported in familyFloors3's comment.
var thirdFamilies = []family{
	{"ghost", ghostPage},
	{"blogger", bloggerPage},
	{"next-partial", nextPartialPage},
	{"nuxt-partial", nuxtPartialPage},
	{"paywall-ld", paywallLDPage},
	{"metered-teaser", meteredTeaserPage},
	{"consent-wall", consentWallPage},
	{"multipage", multiPage},
	{"inline-bylines", inlineBylinesPage},
	{"captions-inline", captionsInlinePage},
	{"readmore-inline", readMoreInlinePage},
	{"footnotes", footnotesPage},
	{"qa-bold", qaBoldPage},
	{"listicle", listiclePage},
	{"article-teasers", articleTeasersPage},
	{"rtl-chrome", rtlChromePage},
	{"cjk-chrome", cjkChromePage},
	{"pr-wire", prWirePage},
	{"wiki", wikiPage},
	{"pdf-html", pdfHTMLPage},
	{"span-divs", spanDivsPage},
}

// storyTime is a story's publication time.
func storyTime(s evalStory) time.Time {
	t, err := time.Parse("2006-01-02 15:04:05Z", s.Published)
	if err != nil {
		t, _ = time.Parse("2006-01-02", s.Published[:10])
	}
	return t
}

func longDate(s evalStory) string { return storyTime(s).Format("January 2, 2006") }

func isoTime(s evalStory) string { return storyTime(s).Format(time.RFC3339) }

// ghostPage: a Ghost blog post: bookmark cards with another site's title
// and summary, a callout, captioned images, a members sign-up and post
// cards with excerpts.
func ghostPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Slow Dispatches"
	ld := `{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":` + jsonStr(site) + `},"author":{"@type":"Person","name":` + jsonStr(s.Author) + `},"headline":` + jsonStr(s.Title) + `,"datePublished":` + jsonStr(isoTime(s)) + `}`
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="generator" content="Ghost 5.82"><meta property="og:site_name" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><script type="application/ld+json">%s</script></head>`,
		esc(s.Title), site, esc(s.Title), isoTime(s), ld)
	fmt.Fprintf(&b, `<body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">%s</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/archive/">Archive</a></li><li><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>`+
		`<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/x/">%s</a></section><h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>`+
		`<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/x/" class="author-avatar"><img class="author-profile-image" src="/a.jpg" alt="%s"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">%s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div>`+
		`<figure class="article-image"><img src="/i.jpg" alt=""><figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure></header><section class="gh-content gh-canvas">`,
		site, esc(s.Section), esc(s.Title), esc(firstSentence(others[0].Text)), esc(s.Author), esc(s.Author), s.Published[:10], longDate(s), esc(famCaptions[0]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		switch i {
		case 1:
			o := others[1]
			fmt.Fprintf(&b, `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://other.example/x"><div class="kg-bookmark-content"><div class="kg-bookmark-title">%s</div><div class="kg-bookmark-description">%s</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/f.ico" alt=""><span class="kg-bookmark-author">Other Outlet</span><span class="kg-bookmark-publisher">%s</span></div></div><div class="kg-bookmark-thumbnail"><img src="/t.jpg" alt=""></div></a></figure>`,
				esc(o.Title), esc(firstSentence(o.Text)), esc(o.Author))
		case 3:
			b.WriteString(`<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">If someone forwarded you this post, you can subscribe for free and get the next one in your inbox on Sunday morning.</div></div>`)
		case 5:
			fmt.Fprintf(&b, `<figure class="kg-card kg-image-card kg-card-hascaption"><img class="kg-image" src="/k.jpg" alt=""><figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>`, esc(famCaptions[3]))
		}
	}
	b.WriteString(`</section><section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>`)
	b.WriteString(`<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>`)
	b.WriteString(`<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>`)
	for _, o := range others[2:5] {
		fmt.Fprintf(&b, `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/c.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-primary-tag">%s</div><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date">Mar 3, 2025</time><span class="post-card-meta-length">5 min read</span></footer></div></article>`,
			esc(o.Section), esc(o.Title), esc(firstSentence(o.Text)))
	}
	fmt.Fprintf(&b, `</div></aside><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> © 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/sign-up/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// bloggerPage: a Blogger post: a date header, paragraphs as styled <div>s
// with <br> spacers, a caption table, share links, labels, a comment
// thread, pager, popular posts with snippets, an archive tree and an
// "about me" profile. The outlet is only in the <title> ("Blog: Post").
func bloggerPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Notes From the Coast Road"
	fmt.Fprintf(&b, `<!DOCTYPE html><html dir="ltr"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator"><title>%s: %s</title><link rel="alternate" type="application/atom+xml" title="%s - Atom" href="/feeds/posts/default"><meta content="%s" property="og:title"></head>`,
		site, esc(s.Title), site, esc(s.Title))
	fmt.Fprintf(&b, `<body><div class="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">%s</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Notes on the news from a retired foreign correspondent</span></p></div></div></div></div></div>`+
		`<div class="main-inner"><div class="columns"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry"><a name="7011"></a><h3 class="post-title entry-title">%s</h3><div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" id="post-body-7011">`,
		site, storyTime(s).Format("Monday, January 2, 2006"), esc(s.Title))
	for i, p := range paras {
		fmt.Fprintf(&b, `<div style="text-align: justify;"><span style="font-family: georgia;">%s</span></div><div style="text-align: justify;"><br /></div>`+"\n", esc(p))
		if i == 1 {
			fmt.Fprintf(&b, `<div class="separator" style="clear: both; text-align: center;"><a href="/img.jpg" style="margin-left: 1em;"><img border="0" height="240" src="/img.jpg" width="320" /></a></div><table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table>`, esc(famCaptions[4]))
		}
	}
	fmt.Fprintf(&b, `<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/p"><abbr class="published" title="%s">10:42 AM</abbr></a></span> <div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a><a class="share-button sb-twitter" href="#"><span class="share-button-link-text">Share to X</span></a><a class="share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a></div></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/l" rel="tag">%s</a>, <a href="/l2" rel="tag">politics</a></span></div></div></div>`,
		esc(s.Author), isoTime(s), esc(s.Section))
	b.WriteString(`<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><div class="comment-thread"><ol>`)
	for i, c := range famComments[:3] {
		fmt.Fprintf(&b, `<li class="comment" id="c%d"><div class="avatar-image-container"><img src="/u.png" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/u">Anonymous</a></cite><span class="datetime secondary-text"><a rel="nofollow" href="#c">%s at %d:12 PM</a></span></div><p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply">Reply</a><span class="item-control blog-admin"><a href="#">Delete</a></span></span></div></li>`,
			i, storyTime(s).Format("January 2, 2006"), i+1, esc(c))
	}
	b.WriteString(`</ol></div></div><p class="comment-footer"><a href="/comment">Post a Comment</a></p></div></div></div></div>`)
	b.WriteString(`<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n" title="Newer Post">Newer Post</a></span> <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o" title="Older Post">Older Post</a></span> <a class="home-link" href="/">Home</a></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds">Post Comments (Atom)</a></div></div></div></div></div>`)
	b.WriteString(`<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><div class="item-content"><div class="item-title"><a href="/p">%s</a></div><div class="item-snippet">%s</div></div><div style="clear: both;"></div></li>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</ul></div></div><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)">▼ </a><a class="post-count-link" href="/2025/">2025</a> <span class="post-count" dir="ltr">(14)</span><ul class="posts">`)
	for _, o := range others[4:8] {
		fmt.Fprintf(&b, `<li><a href="/p">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></li></ul></div></div></div><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="/profile"><img class="profile-img" src="/me.jpg" alt=""></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile">%s</a></dt><dd class="profile-textblock">Thirty years on the foreign desk, now writing from a small town by the sea about the places I used to cover and the people I met there.</dd></dl><a class="profile-link" href="/profile">View my complete profile</a></div></div></div></div></div></div>`, esc(s.Author))
	b.WriteString(`<div class="footer-outer"><div class="widget Attribution"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></div></div></body></html>`)
	return famPage{b.String(), paras, site}
}

// nextPartialPage: a Next.js page whose server render holds the first two
// paragraphs and a "continue reading" button; the whole story is in
// __NEXT_DATA__ as typed blocks, beside related stories' summaries.
func nextPartialPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Pulse Daily"
	type block struct {
		Type string `json:"type"`
		Text string `json:"text,omitempty"`
		ID   string `json:"id,omitempty"`
	}
	var blocks []block
	for i, p := range paras {
		blocks = append(blocks, block{Type: "paragraph", Text: p})
		if i == 3 {
			blocks = append(blocks, block{Type: "newsletter", ID: "daily-brief"})
		}
	}
	var related []map[string]string
	for _, o := range others[:4] {
		related = append(related, map[string]string{"headline": o.Title, "summary": firstSentence(o.Text), "slug": "/r"})
	}
	data := map[string]any{"props": map[string]any{"pageProps": map[string]any{
		"story":   map[string]any{"headline": s.Title, "authors": []string{s.Author}, "publishedAt": isoTime(s), "body": blocks, "section": s.Section},
		"related": related,
	}, "__N_SSP": true}, "page": "/[section]/[slug]", "query": map[string]string{"slug": "x"}, "buildId": "bX7q", "isFallback": false}
	dj, _ := json.Marshal(data)
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div id="__next"><div class="Page_wrap__1"><header class="Nav_nav__2"><a href="/">%s</a><nav><a href="/news">News</a><a href="/world">World</a><a href="/opinion">Opinion</a></nav><a class="Nav_cta__3" href="/subscribe">Subscribe</a></header><main><article><p class="Story_kicker__k">%s</p><h1 class="Story_headline__h">%s</h1><div class="Story_byline__b">By %s · %s</div><div class="Story_body__x">`,
		site, esc(s.Section), esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range paras[:2] {
		fmt.Fprintf(&b, `<p class="Story_p__p">%s</p>`, esc(p))
	}
	b.WriteString(`</div><div class="Story_fade__f"></div><button class="Story_more__m">Continue reading</button></article><section class="Related_rail__r"><h2>Related</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<a class="Related_card__c" href="/r"><h3>%s</h3></a>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</section></main><footer class="Foot_f__1">© 2025 %s Media</footer></div></div><script id="__NEXT_DATA__" type="application/json">%s</script><script src="/_next/static/chunks/pages/_app.js" defer></script></body></html>`, site, dj)
	return famPage{b.String(), paras, site}
}

// nuxtPartialPage: a Nuxt 3 page whose server render holds the first
// paragraph; the story's HTML is a string of the __NUXT_DATA__ array
// (devalue's flat form: objects point at other elements by index),
// beside related stories' titles and summaries.
func nuxtPartialPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Harbourline"
	var body strings.Builder
	for _, p := range paras {
		fmt.Fprintf(&body, "<p>%s</p>", esc(p))
	}
	arr := []any{
		[]any{"ShallowReactive", 1}, map[string]int{"data": 2, "state": 9}, []any{"ShallowReactive", 3}, map[string]int{"story-x": 4},
		map[string]int{"title": 5, "html": 6, "author": 7, "date": 8, "related": 10},
		s.Title, body.String(), s.Author, isoTime(s), map[string]any{}, []int{11, 14, 17},
	}
	for _, o := range others[:3] {
		n := len(arr) + 1
		arr = append(arr, map[string]int{"title": n, "teaser": n + 1}, o.Title, firstSentence(o.Text))
	}
	dj, _ := json.Marshal(arr)
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div id="__nuxt"><div class="layout"><header class="topbar"><a href="/">%s</a><nav><a href="/latest">Latest</a><a href="/region">Region</a><a href="/podcasts">Podcasts</a></nav></header><main class="story"><h1>%s</h1><p class="meta">%s</p><div class="story-body"><p>%s</p><div class="skeleton" aria-hidden="true"></div></div></main><aside class="more"><h2>More from %s</h2><ul>`,
		site, esc(s.Title), esc(s.Author), esc(paras[0]), site)
	for _, o := range others[:3] {
		fmt.Fprintf(&b, `<li><a href="/m">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></aside><footer>%s · Independent local journalism</footer></div></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">%s</script><script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:"/"}}</script></body></html>`, site, dj)
	return famPage{b.String(), paras, site}
}

// paywallLDPage: a hard paywall: the markup holds three paragraphs and a
// subscription overlay; the whole story is in the JSON-LD articleBody,
// marked not free. The true body is the whole story.
func paywallLDPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Meridian Ledger"
	ld := map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.Title, "datePublished": isoTime(s),
		"author": map[string]string{"@type": "Person", "name": s.Author}, "publisher": map[string]string{"@type": "Organization", "name": site},
		"isAccessibleForFree": "False", "hasPart": map[string]any{"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywalled"},
		"articleBody": strings.Join(paras, "\n\n")}
	ldj, _ := json.Marshal(ld)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - %s</title><script type="application/ld+json">%s</script></head>`, esc(s.Title), site, ldj)
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/markets">Markets</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav><a href="/subscribe">Subscribe</a></header><main><article><h1>%s</h1><p class="byline">By %s</p><div class="article-body">`,
		site, esc(s.Title), esc(s.Author))
	for _, p := range paras[:3] {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div><div class="paywalled" hidden></div><div class="paywall-overlay"><h3>Subscribe to keep reading</h3><p>You have reached the end of your free preview. Subscribers get unlimited access to our reporting, the daily newsletter and the full archive on any device.</p><button>Start your free trial</button><p>Already a subscriber? <a href="/login">Log in</a></p></div></article></main>`)
	b.WriteString(`<section class="latest"><h2>Latest</h2><ul>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<li><a href="/l">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></section><footer>© 2025 %s. All rights reserved.</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// meteredTeaserPage: a metered page that holds only the first three
// paragraphs and a "sign in to read" box; the story is nowhere else, so
// the true body is the three paragraphs.
func meteredTeaserPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Capital Briefing"
	short := paras[:3]
	ld := `{"@context":"https://schema.org","@type":"NewsArticle","headline":` + jsonStr(s.Title) + `,"datePublished":` + jsonStr(isoTime(s)) + `,"description":` + jsonStr(firstSentence(paras[0])) + `,"isAccessibleForFree":false,"publisher":{"@type":"Organization","name":` + jsonStr(site) + `}}`
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title><meta name="description" content="%s"><script type="application/ld+json">%s</script></head>`,
		esc(s.Title), site, esc(firstSentence(paras[0])), ld)
	fmt.Fprintf(&b, `<body><div class="meter-banner">This is your last free article this month.</div><header><a href="/">%s</a></header><div class="container"><h1 class="story-title">%s</h1><div class="story-meta">%s | %s</div><div class="story-body truncated">`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range short {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`<div class="fade-out"></div></div><div class="regwall"><h2>Create a free account to continue reading</h2><p>Register in less than a minute to read more stories each month, get our morning newsletter and save articles to read later.</p><a class="btn" href="/register">Create account</a> <a href="/signin">Sign in</a></div>`)
	b.WriteString(`<div class="more-stories"><h2>More stories</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="more-item"><a href="/m">%s</a><p>%s</p></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	fmt.Fprintf(&b, `</div></div><footer><p>%s is published by Briefing Media Group.</p></footer></body></html>`, site)
	return famPage{b.String(), short, site}
}

// consentWallPage: a full-page consent dialog with paragraphs of legal
// prose and a list of purposes comes before the story.
func consentWallPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Northern Times"
	famOpen(&b, "en-GB", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div class="fc-consent-root"><div class="fc-dialog-container"><div class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true"><div class="fc-dialog-content"><h1 class="fc-dialog-headline">%s asks for your consent to use your personal data to:</h1><div class="fc-stacks">`+
		`<div class="fc-stack"><p class="fc-stack-name">Personalised advertising and content, advertising and content measurement, audience research and services development</p></div><div class="fc-stack"><p class="fc-stack-name">Store and/or access information on a device</p></div></div>`+
		`<p class="fc-dialog-body">Your personal data will be processed and information from your device (cookies, unique identifiers, and other device data) may be stored by, accessed by and shared with 135 vendors and 65 advertising partners, or used specifically by this site.</p>`+
		`<p class="fc-dialog-body">Some vendors may process your personal data on the basis of legitimate interest, which you can object to by managing your options below. Look for a link at the bottom of this page or in our privacy policy where you can withdraw consent at any time.</p>`+
		`<div class="fc-footer-buttons"><button class="fc-cta-consent">Consent</button><button class="fc-cta-manage-options">Manage options</button></div></div></div></div></div>`,
		site)
	fmt.Fprintf(&b, `<header class="masthead"><a href="/">%s</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a></nav></header><main><div class="article"><h1>%s</h1><div class="article-meta">%s, %s</div><div class="article-text">`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></div><div class="related"><h2>Related</h2><ul>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><a href="/r">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></div></main><footer>© %s 2025</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// multiPage: page 1 of a story split over three pages, with a page list
// and "next page" links at the top and bottom. The true body is page 1.
func multiPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Weekend Review"
	n := max(2, len(paras)/3)
	first := paras[:n]
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/features">Features</a> <a href="/essays">Essays</a></nav></header><div id="main"><h1>%s</h1><p class="by">By %s | %s</p>`+
		`<div class="pages-top"><span>Page 1 of 3</span> <a href="?page=2">Next page</a> <a href="?single=1">View as single page</a></div><div class="story">`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range first {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `</div><div class="pagination"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a class="next" href="?page=2">Next »</a></div><p class="continue"><a href="?page=2">Continue reading: %s</a></p></div>`, esc(famSubheads[1]))
	b.WriteString(`<div class="sidebar"><h3>Most read</h3><ol>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<li><a href="/m">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ol></div><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), first, site}
}

// datelineParas puts a wire dateline before the first paragraph unless
// the story has one.
func datelineParas(paras []string, place string) []string {
	out := append([]string{}, paras...)
	if i := strings.Index(out[0], " — "); i < 0 || i > 30 {
		out[0] = place + " — " + out[0]
	}
	return out
}

// inlineBylinesPage: the byline, an update time and an author box are
// plain paragraphs inside the body <div>; the first paragraph opens with a
// dateline (part of the true body).
func inlineBylinesPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Metro Wire Service"
	body := datelineParas(paras, "WASHINGTON")
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/national">National</a> <a href="/world">World</a></nav></header><div class="story"><h1>%s</h1><div class="story-text"><p><strong>By %s</strong></p><p><em>Updated 10:42 a.m. EDT %s</em></p>`,
		site, esc(s.Title), esc(strings.ToUpper(s.Author)), longDate(s))
	for i, p := range body {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 3 {
			fmt.Fprintf(&b, `<div class="author-box"><img src="/a.jpg" alt=""><p><strong>%s</strong> is a correspondent who covers diplomacy and security. Reach the author at desk@metrowire.example.</p></div>`, esc(s.Author))
		}
	}
	b.WriteString(`</div></div><div class="wire-more"><h2>More from the wire</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<p><a href="/w">%s</a></p>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</div><footer>© 2025 %s</footer></body></html>`, site)
	return famPage{b.String(), body, site}
}

// captionsInlinePage: image captions and credits between paragraphs in
// markup that names no caption: an <em> after an <img> in a <p>, a
// <small> below an image, a <font> line in a <center>.
func captionsInlinePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Valley Chronicle"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div id="top"><a href="/">%s</a> <a href="/news">News</a> <a href="/photos">Photos</a></div><div id="story"><h1>%s</h1><p class="info">%s — %s</p>`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		switch i {
		case 0:
			fmt.Fprintf(&b, `<p><img src="/p1.jpg" alt=""><br><em>%s (Photo: Dana Reyes/Valley Chronicle)</em></p>`, esc(famCaptions[0]))
		case 3:
			fmt.Fprintf(&b, `<div><img src="/p2.jpg" alt=""><p><small>%s | Agency photo</small></p></div>`, esc(famCaptions[2]))
		case 6:
			fmt.Fprintf(&b, `<center><img src="/p3.jpg" alt=""><br><font size="1">%s REUTERS/Staff</font></center>`, esc(famCaptions[5]))
		}
	}
	b.WriteString(`</div><div id="side"><b>Photo galleries</b><ul>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><a href="/g">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></div><div id="foot">© %s</div></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// readMoreInlinePage: "READ MORE:", "Also read", "SEE ALSO" lines, a bare
// link line, a newsletter plug and a "related coverage" list, all plain
// paragraphs and lists inside the body.
func readMoreInlinePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Daily Standard"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a></header><article><h1>%s</h1><p>%s · %s</p><div class="body">`, site, esc(s.Title), esc(s.Author), longDate(s))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		switch i {
		case 0:
			fmt.Fprintf(&b, `<p><strong>READ MORE:</strong> <a href="/a">%s</a></p>`, esc(others[0].Title))
		case 2:
			fmt.Fprintf(&b, `<p>Also read: <a href="/b">%s</a></p>`, esc(others[1].Title))
		case 3:
			fmt.Fprintf(&b, `<p><a href="/c">%s</a></p>`, esc(others[2].Title))
		case 4:
			fmt.Fprintf(&b, `<p><strong>SEE ALSO:</strong> <a href="/d">%s</a> | <a href="/e">%s</a></p>`, esc(others[3].Title), esc(others[4].Title))
		case 5:
			b.WriteString(`<p><em>Sign up for our free morning newsletter to get the day's top stories in your inbox. <a href="/nl">Click here to subscribe.</a></em></p>`)
		}
	}
	fmt.Fprintf(&b, `<h3>RELATED COVERAGE</h3><ul><li><a href="/f">%s</a></li><li><a href="/g">%s</a></li></ul></div></article><footer>© %s</footer></body></html>`,
		esc(others[5].Title), esc(others[6].Title), site)
	return famPage{b.String(), paras, site}
}

// footnotesPage: an analysis with superscript note references, a "Notes"
// list (part of the true body), a correction box above the text and an
// update note below it (not part of it).
func footnotesPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Institute for Regional Studies"
	notes := []string{
		"Figures from the agency's annual report, published in January.",
		"Interview with a regional official, who asked not to be named, conducted by telephone.",
		"The earlier estimate was revised twice during the year; the latest revision is used here.",
	}
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/analysis">Analysis</a> <a href="/reports">Reports</a> <a href="/events">Events</a></nav></header><main><h1>%s</h1><p class="authors">%s</p><p class="pubdate">%s</p>`+
		`<div class="correction"><strong>Correction, %s:</strong> An earlier version of this analysis gave the wrong year for one of the figures cited below.</div><div class="analysis-body">`,
		site, esc(s.Title), esc(s.Author), longDate(s), storyTime(s).Format("January 2"))
	var body []string
	k := 0
	for i, p := range paras {
		if i%3 == 1 && k < len(notes) {
			k++
			fmt.Fprintf(&b, `<p>%s<sup><a href="#fn%d" id="r%d">%d</a></sup></p>`+"\n", esc(p), k, k, k)
			body = append(body, fmt.Sprintf("%s%d", p, k))
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		body = append(body, p)
	}
	b.WriteString(`<h2>Notes</h2><ol class="footnotes">`)
	body = append(body, "Notes")
	for i, n := range notes[:k] {
		fmt.Fprintf(&b, `<li id="fn%d">%s <a href="#r%d">↩</a></li>`, i+1, esc(n), i+1)
		body = append(body, n)
	}
	b.WriteString(`</ol></div><p class="update"><em>Update: This analysis has been updated with figures released after its first publication.</em></p></main><aside><h2>Related analysis</h2>`)
	for _, o := range others[:3] {
		fmt.Fprintf(&b, `<div><a href="/a">%s</a><p>%s</p></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	fmt.Fprintf(&b, `</aside><footer>%s is an independent research institute. © 2025</footer></body></html>`, site)
	return famPage{b.String(), body, site}
}

// qaBoldPage: an interview whose questions are whole paragraphs in bold
// (no speaker labels), with an intro and an editing note.
func qaBoldPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Crossroads Radio"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/shows">Shows</a> <a href="/interviews">Interviews</a></nav></header><article><h1>%s</h1><p class="meta">%s · %s</p><div class="entry">`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	var body []string
	for i, p := range paras {
		if i > 0 && i%2 == 1 {
			fmt.Fprintf(&b, "<p><strong>%s</strong></p>\n", esc(p))
		} else {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		}
		body = append(body, p)
	}
	note := "This interview has been edited for length and clarity."
	fmt.Fprintf(&b, "<p><em>%s</em></p></div></article>", note)
	body = append(body, note)
	b.WriteString(`<section class="more-interviews"><h2>More interviews</h2>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="card"><a href="/i"><h3>%s</h3></a></div>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</section><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), body, site}
}

// listiclePage: an intro, a contents list of anchors and numbered <h2>
// items with a paragraph or two each (the headings are part of the true
// body), an advertisement label between items.
func listiclePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Explainer Hub"
	heads := []string{"Who is involved", "What happened first", "Why it matters now", "What officials say", "What critics say", "What comes next", "The numbers behind it", "How people are coping"}
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a></header><main><h1>%s</h1><div class="meta">By %s, %s</div><div class="content"><p>%s</p>`, site, esc(s.Title), esc(s.Author), longDate(s), esc(paras[0]))
	body := []string{paras[0]}
	rest := paras[1:]
	n := min(len(heads), (len(rest)+1)/2)
	b.WriteString(`<nav class="toc"><p>In this article</p><ol>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<li><a href="#item-%d">%s</a></li>`, i+1, heads[i])
	}
	b.WriteString(`</ol></nav>`)
	for i := 0; i < n; i++ {
		h := fmt.Sprintf("%d. %s", i+1, heads[i])
		fmt.Fprintf(&b, `<h2 id="item-%d">%s</h2>`, i+1, esc(h))
		body = append(body, h)
		end := 2*i + 2
		if i == n-1 {
			end = len(rest)
		}
		for _, p := range rest[2*i : min(end, len(rest))] {
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
			body = append(body, p)
		}
		if i == 1 {
			b.WriteString(`<div class="ad-container"><p class="ad-label">Advertisement</p><div class="ad"></div></div>`)
		}
	}
	b.WriteString(`</div></main><aside><h2>Popular explainers</h2><ul>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><a href="/e">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></aside><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), body, site}
}

// articleTeasersPage: the story is an <article> without a class; six
// teaser <article>s with the same markup (heading, two sentences, byline)
// follow it in the same <main>.
func articleTeasersPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Lakeside Post"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a><nav><a href="/a">Local</a> <a href="/b">State</a> <a href="/c">World</a></nav></header><main><article><header><h1>%s</h1><p>By %s · %s</p></header>`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</article><h2>More stories</h2>`)
	for i, o := range others[:6] {
		op := evalParagraphs(o.Text, i)
		fmt.Fprintf(&b, `<article><header><h2><a href="/s%d">%s</a></h2></header><p>%s</p><footer>By %s · %d min read</footer></article>`, i, esc(o.Title), esc(op[0]), esc(o.Author), 3+i)
	}
	fmt.Fprintf(&b, `</main><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// rtlChromePage: the English edition of an Arabic site: right-to-left
// chrome, an Arabic cookie notice, most-read list and footer around an
// English story.
func rtlChromePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Al Manara English"
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s | %s</title><meta property="og:site_name" content="%s"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s"></head>`,
		esc(s.Title), site, site, esc(s.Title), isoTime(s))
	b.WriteString(`<body><div class="cookie-ar"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة المرور وتقديم محتوى مخصص لك. بمتابعة التصفح فإنك توافق على استخدامها.</p><button>موافق</button></div>`)
	b.WriteString(`<header><a href="/">المنارة</a><nav><a href="/ar">الرئيسية</a> <a href="/ar/world">العالم</a> <a href="/ar/economy">اقتصاد</a> <a href="/ar/sport">رياضة</a> <a href="/en">English</a></nav></header>`)
	fmt.Fprintf(&b, `<main><article dir="ltr" lang="en"><h1>%s</h1><p class="byline">%s | <time datetime="%s">%s</time></p><div class="article-content">`, esc(s.Title), esc(s.Author), isoTime(s), longDate(s))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></article><aside class="most-read"><h2>الأكثر قراءة</h2><ol>`)
	for _, t := range []string{"وزراء الخارجية يجتمعون في العاصمة لبحث الأزمة الإقليمية وسبل التهدئة", "ارتفاع أسعار المواد الغذائية في الأسواق المحلية للشهر الثالث على التوالي", "الأمم المتحدة تحذر من تفاقم الوضع الإنساني في المناطق الحدودية", "افتتاح معرض الكتاب الدولي بمشاركة أكثر من ستمائة دار نشر"} {
		fmt.Fprintf(&b, `<li><a href="/ar/x">%s</a></li>`, t)
	}
	b.WriteString(`</ol></aside></main><footer><p>جميع الحقوق محفوظة لشبكة المنارة الإعلامية. لا يجوز نسخ أو إعادة نشر أي محتوى من هذا الموقع دون إذن خطي مسبق من الإدارة.</p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// cjkChromePage: the English channel of a Chinese site: Chinese menus, a
// related list of Chinese headlines, a hot-topics box and a licence
// footer around an English story.
func cjkChromePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Huanan Daily English"
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><meta name="publishdate" content="%s"><meta name="source" content="%s"><meta property="og:site_name" content="%s"></head>`,
		esc(s.Title), site, s.Published[:10], site, site)
	b.WriteString(`<body><div class="top-bar"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/world">国际</a> | <a href="/finance">财经</a> | <a href="/en">English</a> | <a href="/login">登录</a></div><div class="header"><a href="/">华南日报</a></div>`)
	fmt.Fprintf(&b, `<div class="main"><div class="left"><h1>%s</h1><div class="info">Source: %s | Author: %s | %s</div><div class="TRS_Editor">`, esc(s.Title), site, esc(s.Author), s.Published[:10])
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div><div class="editor">责任编辑：王明</div><div class="related"><h3>相关新闻</h3><ul>`)
	for _, t := range []string{"多地出台新措施支持中小企业发展，进一步优化营商环境", "专家解读最新经济数据：消费市场持续回暖，外贸稳中有进", "国际观察：地区局势紧张，各方呼吁通过对话解决分歧", "春季农业生产有序推进，各地抓好粮食稳产保供工作"} {
		fmt.Fprintf(&b, `<li><a href="/r">%s</a><span>%s</span></li>`, t, s.Published[:10])
	}
	b.WriteString(`</ul></div></div><div class="right"><h3>热点专题</h3><p>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网站版权所有，未经协议授权，禁止下载使用。</p></div></div>`)
	b.WriteString(`<div class="footer"><p>版权所有 华南日报社 未经授权禁止转载</p><p>粤ICP备12345678号</p></div></body></html>`)
	return famPage{b.String(), paras, site}
}

// prWirePage: a press release on a distribution wire: a dateline with the
// wire's name, an "About" section (part of the true body), a media
// contact block, "SOURCE" line, "###", and the wire's own furniture.
func prWirePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "NewsRelease Wire"
	org := "Coastal Relief Alliance"
	body := append([]string{}, paras...)
	body[0] = fmt.Sprintf("GENEVA, %s /NewsRelease Wire/ -- %s", longDate(s), paras[0])
	about := org + " is a network of aid groups working in disaster and conflict zones in more than thirty countries. It was founded in 1994 and is funded by private donors and foundations."
	famOpen(&b, "en-US", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header class="wire-header"><a href="/">%s</a><nav><a href="/news-releases">News</a> <a href="/products">Products</a> <a href="/contact">Contact</a> <a href="/send">Send a release</a></nav></header>`+
		`<main><div class="release-header"><h1>%s</h1><p class="release-date">News provided by <a href="/org">%s</a></p><p>%s, 08:00 ET</p><div class="share-bar"><a href="#">Share this article</a></div></div><section class="release-body">`,
		site, esc(s.Title), org, longDate(s))
	for _, p := range body {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `<p><b>About %s</b></p><p>%s</p>`, org, esc(about))
	body = append(body, "About "+org, about)
	fmt.Fprintf(&b, `<p>Media Contact:<br>Press Office, %s<br>+41 22 555 0100<br>media@relief.example</p><p>SOURCE %s</p><p>###</p></section>`, org, org)
	fmt.Fprintf(&b, `<div class="cta"><h3>Looking to send a release?</h3><p>Reach journalists and newsrooms around the world with our distribution network. Plans start at a few hundred dollars.</p><a href="/send">Get started</a></div><aside class="also"><h3>Also from this source</h3>`)
	for _, o := range others[:3] {
		fmt.Fprintf(&b, `<div class="card"><a href="/x">%s</a><p>%s</p></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	fmt.Fprintf(&b, `</aside></main><footer>© 2025 %s. All Rights Reserved.</footer></body></html>`, site)
	return famPage{b.String(), body, site}
}

// wikiPage: a MediaWiki news page: a date line, an infobox, a contents
// box, headings with [edit] links, sources, a navigation box, categories
// and the page footer. The sections' headings are part of the true body.
func wikiPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Openwire"
	fmt.Fprintf(&b, `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>%s - %s</title><meta name="generator" content="MediaWiki 1.42"><link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="%s (en)"></head>`,
		esc(s.Title), site, site)
	fmt.Fprintf(&b, `<body class="mediawiki ltr skin-vector"><div id="mw-page-base"></div><div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">%s</span></h1><div id="bodyContent" class="vector-body"><div id="siteSub">From %s, the free news source you can write!</div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">`,
		esc(s.Title), site)
	fmt.Fprintf(&b, `<p><strong class="published">%s</strong></p>`, storyTime(s).Format("Monday, January 2, 2006"))
	fmt.Fprintf(&b, `<table class="infobox"><tbody><tr><th colspan="2">Related news</th></tr><tr><td><a href="/r1">%s</a></td></tr><tr><td><a href="/r2">%s</a></td></tr><tr><th>Location</th><td><a href="/loc">Map of the region</a></td></tr></tbody></table>`, esc(others[0].Title), esc(others[1].Title))
	var body []string
	secs := 0
	for i, p := range paras {
		if i == 2 {
			b.WriteString(`<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul><li class="toclevel-1"><a href="#s1"><span class="tocnumber">1</span> <span class="toctext">Background</span></a></li><li class="toclevel-1"><a href="#s2"><span class="tocnumber">2</span> <span class="toctext">Reactions</span></a></li><li class="toclevel-1"><a href="#Sources"><span class="tocnumber">3</span> <span class="toctext">Sources</span></a></li></ul></div>`)
		}
		if i == 2 || i == len(paras)/2+1 {
			secs++
			h := []string{"Background", "Reactions"}[secs-1]
			fmt.Fprintf(&b, `<h2><span class="mw-headline" id="s%d">%s</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=%d">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`, secs, h, secs)
			body = append(body, h)
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		body = append(body, p)
	}
	b.WriteString(`<h2><span class="mw-headline" id="Sources">Sources</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></h2><ul>`)
	for _, o := range others[2:4] {
		fmt.Fprintf(&b, `<li><span class="sourceTemplate"><a class="external text" href="https://src.example/">"%s"</a> — <i>%s</i>, %s</span></li>`, esc(o.Title), esc(o.Author), o.Published[:10])
	}
	b.WriteString(`</ul><table class="navbox"><tr><th>Recent stories in this region</th></tr><tr><td>`)
	for _, o := range others[4:8] {
		fmt.Fprintf(&b, `<a href="/n">%s</a> • `, esc(o.Title))
	}
	fmt.Fprintf(&b, `</td></tr></table></div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/cat">Categories</a>: <ul><li><a href="/c1">%s</a></li><li><a href="/c2">Published</a></li><li><a href="/c3">Archived</a></li></ul></div></div></div></div>`, esc(s.Section))
	fmt.Fprintf(&b, `<div id="mw-navigation"><div id="mw-panel"><ul><li><a href="/main">Main page</a></li><li><a href="/random">Random article</a></li><li><a href="/write">Write an article</a></li><li><a href="/help">Help</a></li></ul></div></div><div id="footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on %s, at 10:42.</li><li id="footer-info-copyright">All text is available under the Creative Commons Attribution 2.5 License.</li></ul><ul id="footer-places"><li><a href="/privacy">Privacy policy</a></li><li><a href="/about">About %s</a></li><li><a href="/disclaimer">Disclaimers</a></li></ul></div></body></html>`,
		storyTime(s).AddDate(0, 0, 3).Format("2 January 2006"), site)
	return famPage{b.String(), body, site}
}

// pdfHTMLPage: a briefing note converted from PDF: every printed line
// ends in <br/>, paragraphs are separated by an empty line, each page
// repeats a running header and ends with its number.
func pdfHTMLPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Regional Monitoring Office"
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="author" content="%s"><meta name="date" content="%s"><meta name="generator" content="pdftohtml 0.86"></head><body bgcolor="#A0A0A0" vlink="blue" link="blue">`,
		esc(s.Title), site, storyTime(s).Format("2006-01-02T15:04:05+00:00"))
	page := 1
	lines := 0
	header := func() {
		fmt.Fprintf(&b, `<a name=%d></a><i>%s — Briefing note</i><br/>`+"\n", page, site)
	}
	header()
	fmt.Fprintf(&b, "<b>%s</b><br/>\n<br/>\n", esc(s.Title))
	for _, p := range paras {
		var line []string
		n := 0
		for _, w := range strings.Fields(p) {
			if n+len(w) > 78 && len(line) > 0 {
				fmt.Fprintf(&b, "%s<br/>\n", esc(strings.Join(line, " ")))
				line, n = nil, 0
				lines++
			}
			line = append(line, w)
			n += len(w) + 1
		}
		fmt.Fprintf(&b, "%s<br/>\n<br/>\n", esc(strings.Join(line, " ")))
		lines++
		if lines >= 40 {
			fmt.Fprintf(&b, "%d<br/>\n<hr/>\n", page)
			page++
			lines = 0
			header()
		}
	}
	fmt.Fprintf(&b, "%d<br/>\n<hr/>\n</body></html>", page)
	// No metadata names a publisher: the office is only the PDF's author.
	return famPage{b.String(), paras, ""}
}

// spanDivsPage: a page built from <div>s and <span>s only (no <p>): each
// sentence its own span, paragraphs as <div>s with empty <div><br></div>
// spacers, as rich-text editors export them.
func spanDivsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Plainview Online"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div class="hdr"><span class="logo">%s</span> <a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></div><div class="wrap"><div class="ttl"><span style="font-size:26px;font-weight:bold">%s</span></div><div class="sub"><span>%s</span> <span>%s</span></div><div class="txt">`,
		site, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range paras {
		b.WriteString(`<div dir="ltr" style="line-height:1.38">`)
		for _, sent := range strings.SplitAfter(p, ". ") {
			fmt.Fprintf(&b, `<span style="font-size:11pt;font-family:Arial">%s</span>`, esc(sent))
		}
		b.WriteString(`</div><div><br></div>` + "\n")
	}
	b.WriteString(`</div></div><div class="side"><span class="h">Latest</span>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<div><a href="/l">%s</a></div>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</div><div class="ftr"><span>© 2025 %s</span></div></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// afterFamilies were written after the fixes the third-round families led
// to, as their check; their first run is in familyFloors3's comment.
var afterFamilies = []family{
	{"div-inline", divInlinePage},
	{"forum-thread", forumThreadPage},
	{"hidden-styled", hiddenStyledPage},
	{"paywall-long", paywallLongPage},
	{"gov-feedback", govFeedbackPage},
	{"companion-columns", companionColumnsPage},
	{"tabbed-rail", tabbedRailPage},
	{"audio-header", audioHeaderPage},
}

// govFeedbackPage: a government news page: a phase banner, "Share this
// page", a "Related content" list, a page-feedback form and a long
// footer of links and licence text.
func govFeedbackPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Department for Overseas Affairs"
	famOpen(&b, "en-GB", s.Title, site, isoTime(s), `<meta name="govuk:format" content="news_story">`)
	fmt.Fprintf(&b, `<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a><div class="gem-c-cookie-banner" role="region"><p>We use some essential cookies to make this service work. We would also like to use analytics cookies so we can understand how you use the service and make improvements.</p><button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>`+
		`<header class="govuk-header"><a href="/" class="govuk-header__link">%s</a></header><div class="govuk-phase-banner"><p><strong>BETA</strong> This is a new service – your <a href="/feedback">feedback</a> will help us to improve it.</p></div>`+
		`<main id="main-content" class="govuk-main-wrapper"><span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text">%s</h1><p class="gem-c-lead-paragraph">%s</p>`+
		`<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/org">%s</a></dd><dt>Published</dt><dd>%s</dd></dl></div><div class="gem-c-share-links"><h2>Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div><div class="govspeak">`,
		site, esc(s.Title), esc(firstSentence(others[0].Text)), site, storyTime(s).Format("2 January 2006"))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div><div class="gem-c-related-navigation"><h2>Related content</h2><ul>`)
	for _, o := range others[1:4] {
		fmt.Fprintf(&b, `<li><a href="/r">%s</a></li>`, esc(o.Title))
	}
	b.WriteString(`</ul><h3>Explore the topic</h3><ul><li><a href="/t">Foreign affairs</a></li></ul></div></main><div class="gem-c-feedback"><div class="gem-c-feedback__prompt"><h2>Is this page useful?</h2><button>Yes</button><button>No</button><button>Report a problem with this page</button></div><form class="gem-c-feedback__form" hidden><h3>Help us improve this site</h3><p>Don't include personal or financial information like your National Insurance number or credit card details.</p><textarea></textarea></form></div>`)
	fmt.Fprintf(&b, `<footer class="govuk-footer"><h2 class="govuk-visually-hidden">Topics</h2><ul><li><a href="/benefits">Benefits</a></li><li><a href="/visas">Visas and immigration</a></li><li><a href="/work">Working, jobs and pensions</a></li></ul><p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p><a href="/copyright">© Crown copyright</a></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// companionColumnsPage: the body cut into companion columns of two or
// three paragraphs, with "Continue reading the main story" and ad slots
// between them and a "See more on" footer list.
func companionColumnsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Metropolitan Record"
	famOpen(&b, "en", s.Title, site, isoTime(s), `<meta name="byl" content="By `+esc(s.Author)+`">`)
	fmt.Fprintf(&b, `<body><div id="app"><header class="css-1x"><a href="/">%s</a><div class="css-2y"><a href="/section/world">World</a><a href="/section/us">U.S.</a><a href="/section/politics">Politics</a></div><a class="css-3z" href="/subscription">Subscribe for €1 a week</a></header><main id="site-content"><article id="story"><header class="css-hdr"><h1 data-testid="headline">%s</h1><p class="css-byline">By <span>%s</span></p><time datetime="%s">%s</time></header><section name="articleBody" itemprop="articleBody">`,
		site, esc(s.Title), esc(s.Author), isoTime(s), longDate(s))
	for i := 0; i < len(paras); i += 3 {
		b.WriteString(`<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">`)
		for _, p := range paras[i:min(i+3, len(paras))] {
			fmt.Fprintf(&b, `<p class="css-at9mc1 evys1bk0">%s</p>`, esc(p))
		}
		b.WriteString(`</div></div>`)
		if i+3 < len(paras) {
			fmt.Fprintf(&b, `<div class="css-1bd8bfl"><div class="ad" id="mid%d"><p class="css-ad-label">Advertisement</p></div><a class="css-skip" href="#after-mid%d">Continue reading the main story</a></div>`, i, i)
		}
	}
	b.WriteString(`</section><div class="bottom-of-article"><p>A version of this article appears in print, Section A, Page 8 of the New York edition with the headline: ` + esc(s.Title) + `. <a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></article><div class="see-more"><h2>See more on: ` + esc(s.Section) + `</h2><ul>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<li><a href="/m">%s</a></li>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</ul></div></main><footer><p>© 2025 %s Company</p></footer></div></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// tabbedRailPage: a rail of "Most read" and "Most shared" tabs, each
// story with a summary sentence, placed before the story in the markup.
func tabbedRailPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Southern Star Online"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a></header><div class="layout"><aside class="rail-left"><div class="tabs" role="tablist"><button role="tab" aria-selected="true">Most read</button><button role="tab">Most shared</button></div><div role="tabpanel">`, site)
	for i, o := range others[:5] {
		fmt.Fprintf(&b, `<div class="rank"><span class="num">%d</span><a href="/r"><h4>%s</h4></a><p>%s</p></div>`, i+1, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div><div role="tabpanel" hidden>`)
	for i, o := range others[5:9] {
		fmt.Fprintf(&b, `<div class="rank"><span class="num">%d</span><a href="/s"><h4>%s</h4></a><p>%s</p></div>`, i+1, esc(o.Title), esc(firstSentence(o.Text)))
	}
	fmt.Fprintf(&b, `</div></aside><div class="content"><h1>%s</h1><div class="meta">%s · %s</div><div class="text">`, esc(s.Title), esc(s.Author), longDate(s))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `</div></div></div><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// audioHeaderPage: a header crowded with furniture: "Listen to this
// article" with a duration, an audio player, reading time, a gift-article
// button, font-size controls and a "key takeaways" summary generated for
// the page (not the article's text).
func audioHeaderPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Global Ledger"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><header><a href="/">%s</a></header><main><article><h1>%s</h1><div class="byline">By %s | %s</div>`+
		`<div class="tools"><div class="listen"><span>Listen to this article</span><span class="dur">6 min</span><audio controls src="/a.mp3"></audio></div><span class="read-time">5 min read</span><button>Gift this article</button><button>A-</button><button>A+</button></div>`+
		`<div class="ai-summary"><h2>Key takeaways</h2><p>This summary was generated automatically and checked by an editor before publication.</p><ul><li>%s</li><li>%s</li></ul></div><div class="article-body">`,
		site, esc(s.Title), esc(s.Author), longDate(s), esc(firstSentence(paras[0])), esc(firstSentence(paras[len(paras)/2])))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `</div></article></main><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// paywallLongPage: paywallLDPage showing six tenths of the story before
// its overlay: too much prose for the page to pass for client-rendered.
func paywallLongPage(s evalStory, paras []string, others []evalStory) famPage {
	p := paywallLDPage(s, paras, others)
	var vis strings.Builder
	for _, para := range paras[3:max(3, len(paras)*6/10)] {
		fmt.Fprintf(&vis, "<p>%s</p>\n", esc(para))
	}
	p.html = strings.Replace(p.html, `</div><div class="paywalled" hidden>`, vis.String()+`</div><div class="paywalled" hidden>`, 1)
	return p
}

// divInlinePage: paragraphs as <div>s holding links, emphasis and bold
// lead-ins, a "Key quote" label and a short kicker in <div>s too.
func divInlinePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Interior Dispatch"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div class="top"><div class="brand">%s</div><div class="links"><a href="/">Home</a> <a href="/region">Region</a> <a href="/about">About</a></div></div><div class="page"><div class="kicker">%s</div><div class="head">%s</div><div class="who">%s</div><div class="copy">`,
		site, esc(s.Section), esc(s.Title), esc(s.Author))
	for j, p := range paras {
		w := strings.Fields(p)
		for k := range w {
			w[k] = esc(w[k])
		}
		if len(w) > 10 {
			switch j % 3 {
			case 0:
				w[3] = `<a href="/t">` + w[3]
				w[5] += `</a>`
				w[8] = `<em>` + w[8] + `</em>`
			case 1:
				w[0] = `<strong>` + w[0]
				w[1] += `</strong>`
			case 2:
				w[len(w)-3] = `<b>` + w[len(w)-3] + `</b>`
			}
		}
		fmt.Fprintf(&b, `<div class="graf">%s</div>`+"\n", strings.Join(w, " "))
	}
	b.WriteString(`</div><div class="more"><div class="label">More from the region</div>`)
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="item"><a href="/m">%s</a></div>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</div></div><div class="bottom">© 2025 %s</div></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// forumThreadPage: a forum thread whose opening post is the story (a
// member's copy of it), with replies, signatures and the board's chrome.
// The true body is the opening post.
func forumThreadPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Regional Affairs Forum"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div id="wrap"><div class="headerbar"><a href="/">%s</a><ul class="navbar"><li><a href="/faq">FAQ</a></li><li><a href="/register">Register</a></li><li><a href="/login">Login</a></li></ul></div>`+
		`<div class="breadcrumbs"><a href="/">Board index</a> ‹ <a href="/f/5">World news</a></div><h2 class="topic-title">%s</h2><div class="pagination">12 posts • Page <strong>1</strong> of 1</div>`,
		site, esc(s.Title))
	fmt.Fprintf(&b, `<div id="p1" class="post bg2"><div class="postbody"><h3 class="first">%s</h3><p class="author">by <strong>newsreader</strong> » %s</p><div class="content">`, esc(s.Title), longDate(s))
	for i, p := range paras {
		if i > 0 {
			b.WriteString("<br><br>")
		}
		b.WriteString(esc(p))
	}
	b.WriteString(`</div><div class="signature">Stay informed, stay curious.</div></div><dl class="postprofile"><dt>newsreader</dt><dd><strong>Posts:</strong> 2841</dd><dd><strong>Joined:</strong> 2016</dd></dl></div>`)
	for i, c := range famComments {
		fmt.Fprintf(&b, `<div id="p%d" class="post bg1"><div class="postbody"><h3>Re: %s</h3><p class="author">by <strong>member%d</strong> » %s</p><div class="content">%s %s</div></div><dl class="postprofile"><dt>member%d</dt><dd><strong>Posts:</strong> %d</dd></dl></div>`,
			i+2, esc(s.Title), i, longDate(s), esc(c), esc(firstSentence(others[i].Text)), i, 40+i*13)
	}
	fmt.Fprintf(&b, `<div class="action-bar"><a href="/reply">Post Reply</a></div><div class="stat-block"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div><div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></body></html>`)
	return famPage{b.String(), paras, site}
}

// hiddenStyledPage: a page that hides furniture with inline styles: a
// "display:none" print header and summary, a hidden sign-in modal, and an
// off-screen screen-reader menu, beside a story with a visible teaser rail.
func hiddenStyledPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Lowland Courier"
	famOpen(&b, "en", s.Title, site, isoTime(s), "")
	fmt.Fprintf(&b, `<body><div class="print-only" style="display:none"><p>Printed from %s. %s</p></div><div id="signin-modal" style="display: none"><h2>Sign in to continue</h2><p>Sign in or create a free account to save stories, follow topics and comment on articles across our network of local sites.</p></div>`+
		`<header><a href="/">%s</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main><article><h1>%s</h1><p class="byline">By %s, %s</p><div class="summary" style="display:none">%s</div><div class="body">`,
		site, esc(firstSentence(others[0].Text)), site, esc(s.Title), esc(s.Author), longDate(s), esc(firstSentence(others[1].Text)))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></article><aside class="rail"><h2>Latest</h2>`)
	for _, o := range others[2:6] {
		fmt.Fprintf(&b, `<div class="card"><a href="/c">%s</a></div>`, esc(o.Title))
	}
	fmt.Fprintf(&b, `</aside></main><footer>© %s</footer></body></html>`, site)
	return famPage{b.String(), paras, site}
}

// familyFloors3 are the combined extractor's least mean token F1 per
// third-round family: its measured figures less about 0.01. At the first
// run (html.go and htmlboiler.go as of commit 2165d6c) the 21 families
// of thirdFamilies scored 0.983 (P 0.971 R 0.997; trafilatura alone
// 0.876, readability alone 0.869); the worst: nuxt-partial 0.892 (related
// teasers of a flat __NUXT_DATA__ array taken with the story), footnotes
// 0.943, captions without caption markup 0.944, ghost 0.972, pr-wire
// 0.973, wiki 0.975 (dates 0/12: the footer's "last edited" date; outlet
// 11/12), readmore 0.980, pdf-html 0.980, span-divs 0.981; Blogger's
// outlet (only in "Blog: Post" titles) 0/12. Now 0.996 (footnotes 0.942
// and wiki 0.979 left: the notes list and the sources). The 3
// afterFamilies, written after those fixes, scored at their first run
// (commit 5ee0d7b): div-inline 0.997, forum-thread 0.679 (the <div> to
// <p> change had made the replies paragraphs; trafilatura alone 1.000),
// hidden-styled 1.000; now 1.000, 0.996, 1.000. paywall-long (written
// after them) scored 0.803 (the visible six tenths) at commit c92e9c3;
// now 1.000, the rest read from the JSON-LD articleBody. The last four
// (gov-feedback, companion-columns, tabbed-rail, audio-header), written
// after every fix and not tuned on, scored 0.972, 1.000, 1.000, 1.000 at
// their first run (commit c7c3098; gov-feedback keeps the lead paragraph
// that summarises the story).
var familyFloors3 = map[string]float64{
	"ghost": 0.99, "blogger": 0.99, "next-partial": 0.99, "nuxt-partial": 0.99, "paywall-ld": 0.99,
	"metered-teaser": 0.99, "consent-wall": 0.99, "multipage": 0.99, "inline-bylines": 0.99,
	"captions-inline": 0.99, "readmore-inline": 0.99, "footnotes": 0.93, "qa-bold": 0.99,
	"listicle": 0.99, "article-teasers": 0.99, "rtl-chrome": 0.99, "cjk-chrome": 0.99,
	"pr-wire": 0.98, "wiki": 0.97, "pdf-html": 0.99, "span-divs": 0.99,
	"div-inline": 0.99, "forum-thread": 0.98, "hidden-styled": 0.99, "paywall-long": 0.99,
	"gov-feedback": 0.96, "companion-columns": 0.99, "tabbed-rail": 0.99, "audio-header": 0.99, "all": 0.99,
}

// TestHTMLPageFamilies3 scores the extractors on the third-round families
// and holds the combined extractor to a floor per family, and its titles,
// dates and outlets. Run with -v to see the table.
func TestHTMLPageFamilies3(t *testing.T) {
	scoreFamilies(t, loadFamily3Stories(t), []familyRound{{"third", thirdFamilies}, {"after", afterFamilies}}, familyFloors3)
}
