package ingest

import (
	"fmt"
	"strings"
)

// laterFamilies were written after the rules that the first families led
// to, as a check on them: their first-run figures are the honest measure
// of those rules on layouts they were not written for.
var laterFamilies = []family{
	{"rich-links", richLinksPage},
	{"text-blocks", textBlocksPage},
	{"blog-platform", blogPlatformPage},
	{"press-release", pressReleasePage},
	{"newsletter-post", newsletterPostPage},
	{"sponsored", sponsoredPage},
	{"notes-credits", notesCreditsPage},
}

// richLinksPage: the body carries rich links to other stories between its
// paragraphs; a numbered "most viewed" list and topic links follow.
func richLinksPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Observer Line"
	famOpen(&b, "en-GB", s.Title, site, s.Published, `<meta name="author" content="`+esc(s.Author)+`">`)
	fmt.Fprintf(&b, `<body><a class="skip" href="#maincontent">Skip to main content</a><header><nav aria-label="Sections"><ul><li><a href="/uk">UK</a></li><li><a href="/world">World</a></li><li><a href="/climate">Climate crisis</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>`+
		`<main id="maincontent"><article><div class="headline"><h1>%s</h1></div><div class="standfirst"><p>%s</p></div><address><a rel="author" href="/profile/x">%s</a></address><details><summary>%s</summary></details>`+
		`<div id="maincontent-body" class="article-body-commercial-selector article-body-viewer-selector">`, esc(s.Title), esc(firstSentence(others[0].Text)), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 1 || i == 5 {
			o := others[1+i%3]
			fmt.Fprintf(&b, `<aside data-component="rich-link" data-link-name="rich-link-%d"><div class="rich-link"><a href="/r%d"><div class="kicker">%s</div><div class="title">%s</div><div class="byline">%s</div></a></div></aside>`, i, i, esc(o.Section), esc(o.Title), esc(o.Author))
		}
	}
	b.WriteString(`</div><div class="submeta"><span>Explore more on these topics</span><ul><li><a href="/t/a">Diplomacy</a></li><li><a href="/t/b">Human rights</a></li><li><a href="/t/c">Trade</a></li></ul><a href="#share">Share</a> <a href="/reuse">Reuse this content</a></div></article>`)
	b.WriteString(`<section data-component="most-viewed"><h2>Most viewed</h2><ol>`)
	for i, o := range others[4:14] {
		fmt.Fprintf(&b, `<li><span class="num">%d</span><a href="/mv"><h4>%s</h4></a></li>`, i+1, esc(o.Title))
	}
	b.WriteString(`</ol></section></main><footer><p>© 2025 The Observer Line and its affiliated companies. All rights reserved.</p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// textBlocksPage: every paragraph is its own text-block component, images
// carry "Image source" and "Image caption" labels, topic and story lists
// follow.
func textBlocksPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Public Service News"
	famOpen(&b, "en-GB", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div id="orb-header"><a href="/">Public Service News</a><a href="/signin">Sign in</a><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a><a href="/iplayer">Watch</a><a href="/sounds">Listen</a></nav></div>`+
		`<main id="main-content"><article><header data-component="headline-block"><h1 id="main-heading">%s</h1></header><div data-component="byline-block"><span>%s</span><span>Role, %s correspondent</span></div><time datetime="%s">%s</time>`,
		esc(s.Title), esc(s.Author), esc(s.Section), esc(s.Published), esc(s.Published[:10]))
	for i, p := range paras {
		if i == 0 || i == 4 {
			fmt.Fprintf(&b, `<div data-component="image-block"><figure><div><span class="image-source">Image source, Getty Images</span><img src="/i%d.jpg" alt=""></div><figcaption><span class="visually-hidden">Image caption, </span>%s</figcaption></figure></div>`, i, esc(famCaptions[i%len(famCaptions)]))
		}
		fmt.Fprintf(&b, `<div data-component="text-block"><p>%s</p></div>`+"\n", esc(p))
		if i == 3 {
			fmt.Fprintf(&b, `<div data-component="links-block"><p><b>Read more on this story:</b></p><ul><li><a href="/x1">%s</a></li><li><a href="/x2">%s</a></li></ul></div>`, esc(others[2].Title), esc(others[3].Title))
		}
	}
	b.WriteString(`<div data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/t1">Diplomacy</a></li><li><a href="/t2">Security</a></li></ul></div></article>`)
	b.WriteString(`<section data-component="top-stories"><h2>Top stories</h2>`)
	for _, o := range others[4:8] {
		fmt.Fprintf(&b, `<div class="promo"><a href="/p"><span>%s</span></a><p>%s</p><span class="when">Live</span></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</section></main><footer><p>Copyright 2025 Public Service News. We are not responsible for the content of external sites. <a href="/external">Read about our approach to external linking.</a></p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// blogPlatformPage: a hosted blog post with obfuscated class names,
// applause and response counts, "more from the author" and "recommended"
// teasers with summaries.
func blogPlatformPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Scribe"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div id="root"><div class="a b c"><div class="l"><a href="/">Scribe</a><a href="/write">Write</a><a href="/signup">Sign up</a><a href="/signin">Sign in</a></div></div>`+
		`<article><div class="l"><section><div class="ab ca"><h1 class="pw-post-title">%s</h1><div class="pw-author"><a href="/@x">%s</a><span>Follow</span></div><div><span>%s</span><span>·</span><span>7 min read</span></div><div class="pw-multi-vote-count">1.2K</div><div class="pw-responses-count">23</div>`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for _, p := range paras {
		fmt.Fprintf(&b, `<p class="pw-post-body-paragraph kx ky lz">%s</p>`+"\n", esc(p))
	}
	b.WriteString(`</div></section></div></article><div class="footer-actions"><span>1.2K</span><span>23</span><button>Share</button></div>`)
	fmt.Fprintf(&b, `<div class="more-from"><h2>More from %s</h2>`, esc(s.Author))
	for _, o := range others[:4] {
		fmt.Fprintf(&b, `<div class="mf"><a href="/m"><h2>%s</h2><h3>%s</h3></a><span>5 min read</span><span>Mar 2</span></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div><div class="recommended"><h2>Recommended from Scribe</h2>`)
	for _, o := range others[4:10] {
		fmt.Fprintf(&b, `<div class="rec"><a href="/r"><h2>%s</h2></a><div><p>%s</p></div><span>4 min read</span></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div><footer><a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></div></body></html>`)
	return famPage{b.String(), paras, site}
}

// pressReleasePage: a government press release in a table layout, with a
// release line, contact block and "###" end mark.
func pressReleasePage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Ministry of Coastal Affairs"
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title><meta name="DC.date.issued" content="%s"><meta name="DC.publisher" content="%s"></head>`+
		`<body><table class="layout" width="100%%"><tr><td class="banner" colspan="2"><img src="/seal.png" alt="Seal"> <span>%s</span><div class="gov-banner">An official website of the government. Here is how you know.</div></td></tr>`+
		`<tr><td class="leftnav" width="200"><ul><li><a href="/press">Press releases</a></li><li><a href="/speeches">Speeches</a></li><li><a href="/reports">Reports</a></li><li><a href="/foia">Freedom of information</a></li><li><a href="/careers">Careers</a></li></ul></td>`+
		`<td class="content"><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/press">Press releases</a></div><p class="release">FOR IMMEDIATE RELEASE<br>%s</p><h1>%s</h1><div class="field-body">`,
		esc(s.Title), esc(site), esc(s.Published[:10]), esc(site), esc(site), esc(s.Published[:10]), esc(s.Title))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`<p style="text-align:center">###</p></div><div class="contact"><p><strong>Media contact:</strong><br>Press Office<br>+1 555 0100<br>press@coastal.example</p></div><div class="print"><a href="javascript:print()">Print this page</a> | <a href="/share">Share</a></div></td></tr>`)
	b.WriteString(`<tr><td colspan="2" class="footer"><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy policy</a> | <a href="/nofear">No FEAR Act</a> | <a href="/usa">USA.example</a><br>Last updated ` + esc(s.Published[:10]) + `</td></tr></table></body></html>`)
	return famPage{b.String(), paras, site}
}

// newsletterPostPage: a newsletter platform post with subscribe widgets
// inside the body, a comment thread and "ready for more" footer.
func newsletterPostPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Field Letter"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div class="main"><div class="topbar"><a href="/">The Field Letter</a><a class="button primary" href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>`+
		`<article class="post"><div class="post-header"><h1 class="post-title">%s</h1><h3 class="subtitle">%s</h3><div class="post-meta"><a href="/profile">%s</a><div class="post-date">%s</div></div></div>`+
		`<div class="available-content"><div class="body markup" dir="auto">`, esc(s.Title), esc(firstSentence(others[0].Text)), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 2 {
			b.WriteString(`<div class="subscription-widget-wrap"><div class="subscription-widget"><div class="preamble"><p>The Field Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>`)
		}
		if i == 6 {
			b.WriteString(`<p class="button-wrapper"><a class="button primary" href="/share"><span>Share</span></a></p>`)
		}
	}
	b.WriteString(`</div></div></article><div class="comments-section"><h4>Discussion about this post</h4>`)
	for i, c := range famComments[:4] {
		fmt.Fprintf(&b, `<div class="comment"><div class="comment-meta"><a href="/u">subscriber%d</a> <span>Mar %d</span></div><div class="comment-body"><p>%s</p></div><div class="comment-actions"><span>Like (%d)</span><span>Reply</span></div></div>`, i+1, 10+i, esc(c), 3+i)
	}
	b.WriteString(`</div><div class="footer-cta"><h3>Ready for more?</h3><form><input type="email"><input type="submit" value="Subscribe"></form></div><footer>© 2025 Field Letter Media · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/collection">Collection notice</a></footer></div></body></html>`)
	return famPage{b.String(), paras, site}
}

// sponsoredPage: a local news story with an inline "trending now" list and
// a sponsored-content grid with prose teasers after it.
func sponsoredPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "KVLT 9 News"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">KVLT 9 News</a><a href="/live">Watch live</a><a href="/weather">First Alert Weather</a><a href="/traffic">Traffic</a></header><div class="alert-banner"><a href="/alerts">Weather alert: flood watch in effect for the valley until Friday</a></div>`+
		`<main><div class="story"><h1 class="headline">%s</h1><div class="meta"><span class="author">By %s</span><span class="time">Published: %s</span></div><div class="story-text">`, esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 2 {
			b.WriteString(`<div class="inline-trending"><h4>Trending now</h4><ul>`)
			for _, o := range others[:4] {
				fmt.Fprintf(&b, `<li><a href="/tr">%s</a></li>`, esc(o.Title))
			}
			b.WriteString(`</ul></div>`)
		}
	}
	b.WriteString(`<p class="copyright">Copyright 2025 KVLT. All rights reserved.</p></div></div><div id="taboola-below-article" class="trc_related_container"><div class="trc_header">You May Like</div>`)
	for i, c := range famCaptions {
		fmt.Fprintf(&b, `<div class="videoCube"><a href="https://ads.example/%d"><span class="video-label">%s</span><span class="branding">Sponsored | Brand %d</span></a></div>`, i, esc(c), i)
	}
	b.WriteString(`</div></main><footer><p>KVLT 9 News is a member of the regional broadcast group. <a href="/eeo">EEO report</a> <a href="/fcc">FCC public file</a></p></footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// notesCreditsPage: an editor's note above the story, italic photo
// credits between paragraphs, a "first published" note and a republishing
// notice below it.
func notesCreditsPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Commons Report"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header><a href="/">Commons Report</a><nav><a href="/topics">Topics</a> <a href="/republish">Republish our work</a></nav></header><div class="entry"><h1 class="entry-title">%s</h1><p class="entry-byline">%s | %s</p>`,
		esc(s.Title), esc(s.Author), esc(s.Published[:10]))
	b.WriteString(`<div class="entry-content"><p class="editors-note"><em>Editor's note: This story is part of a series on public institutions. Sign up for alerts to get the next one.</em></p>`)
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 1 || i == 5 {
			fmt.Fprintf(&b, `<div class="wp-caption"><img src="/c%d.jpg"><p class="wp-caption-text">%s (Photo credit: Commons Report staff)</p></div>`, i, esc(famCaptions[i%len(famCaptions)]))
		}
	}
	b.WriteString(`<p><em>This article was first published by Commons Report and is republished under a Creative Commons license.</em></p></div>`)
	b.WriteString(`<div class="republish-box"><h3>Republish this story</h3><p>You may republish this article online or in print under our Creative Commons license, provided you credit the author and link back to the original.</p><button>Copy HTML</button></div></div><footer>© Commons Report 2025</footer></body></html>`)
	return famPage{b.String(), paras, site}
}

// The last families were written after every rule of this session, and
// not tuned on: their first run is reported as it came.
var lastFamilies = []family{
	{"interview", interviewPage},
	{"longread", longreadPage},
	{"wire-mirror", wireMirrorPage},
}

// interviewPage: a question-and-answer interview with bold speaker labels
// and a list of other interviews with summaries.
func interviewPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "Crosstalk Weekly"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><div id="top"><a href="/">Crosstalk Weekly</a> <a href="/interviews">Interviews</a> <a href="/podcast">Podcast</a></div><div id="content"><h1>%s</h1><p class="intro-meta">Interview by %s</p><div class="interview">`, esc(s.Title), esc(s.Author))
	var body []string
	for i, p := range paras {
		label := "Q:"
		if i%2 == 1 {
			label = "A:"
		}
		fmt.Fprintf(&b, "<p><strong>%s</strong> %s</p>\n", label, esc(p))
		body = append(body, label+" "+p)
	}
	b.WriteString(`</div><div class="more-interviews"><h2>More interviews</h2>`)
	for _, o := range others[:5] {
		fmt.Fprintf(&b, `<div class="item"><h3><a href="/i">%s</a></h3><p>%s</p></div>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</div></div><div id="bottom">Crosstalk Weekly · Independent since 2009</div></body></html>`)
	return famPage{b.String(), body, site}
}

// longreadPage: a magazine long read with a drop cap splitting the first
// word, section breaks and a closing "about this series" note.
func longreadPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "The Long Table"
	famOpen(&b, "en", s.Title, site, s.Published, "")
	fmt.Fprintf(&b, `<body><header class="mag"><a href="/">The Long Table</a><nav><a href="/issues">Issues</a> <a href="/essays">Essays</a> <a href="/subscribe">Subscribe</a></nav></header><article class="longform"><header><p class="series">Series: Borders</p><h1>%s</h1><p class="credits">Words by %s</p></header><div class="longform-body">`,
		esc(s.Title), esc(s.Author))
	for i, p := range paras {
		if i == 0 {
			r := []rune(p)
			fmt.Fprintf(&b, `<p class="first"><span class="dropcap">%s</span>%s</p>`+"\n", esc(string(r[:1])), esc(string(r[1:])))
			continue
		}
		if i%4 == 0 {
			b.WriteString(`<hr class="section-break"><p class="asterism">* * *</p>`)
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div><footer class="series-note"><p><em>This essay is part of Borders, a series about the lines that divide places and people, supported by a grant from a cultural foundation.</em></p></footer></article>`)
	b.WriteString(`<aside class="next-read"><h2>Read next</h2>`)
	for _, o := range others[:3] {
		fmt.Fprintf(&b, `<a href="/n"><h3>%s</h3><p>%s</p></a>`, esc(o.Title), esc(firstSentence(o.Text)))
	}
	b.WriteString(`</aside></body></html>`)
	return famPage{b.String(), paras, site}
}

// wireMirrorPage: a small site mirroring wire copy in a table cell, with
// "click here" links and a source line.
func wireMirrorPage(s evalStory, paras []string, others []evalStory) famPage {
	var b strings.Builder
	site := "NewsMirror24"
	fmt.Fprintf(&b, `<html><head><meta charset="utf-8"><title>%s - %s</title><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"></head><body>`+
		`<table border="0" width="980"><tr><td colspan="2"><b>NewsMirror24</b> | <a href="/">Home</a> | <a href="/top">Top news</a> | <a href="/world">World</a> | <a href="/rss">RSS</a></td></tr><tr><td width="700" valign="top"><h2>%s</h2><font size="2" color="#666">%s</font><br>`,
		esc(s.Title), site, site, esc(s.Published), esc(s.Title), esc(s.Published[:10]))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p><font face=\"Verdana\">%s</font></p>\n", esc(p))
	}
	b.WriteString(`<p><font size="1">Source: wire services</font></p><p><a href="/more">Click here for more world news</a></p></td><td valign="top"><b>Headlines</b><br>`)
	for _, o := range others[:8] {
		fmt.Fprintf(&b, `&raquo; <a href="/h">%s</a><br>`, esc(o.Title))
	}
	b.WriteString(`</td></tr></table></body></html>`)
	return famPage{b.String(), paras, site}
}
