package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseBodyFirst parses markup and returns the first element child of
// its <body>.
func parseBodyFirst(t *testing.T, markup string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		t.Fatal(err)
	}
	var body *html.Node
	for n := doc; n != nil && body == nil; n = nextNode(n) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
		}
	}
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	t.Fatalf("no element in %q", markup)
	return nil
}

func TestImageCaption(t *testing.T) {
	for _, tc := range []struct {
		markup string
		want   bool
	}{
		{`<p><img src="a.jpg"><br><em>Boats wait in the harbor at dawn for the weather to clear.</em></p>`, true},
		{`<div><img src="a.jpg"><p><small>Boats in the harbor | Agency photo</small></p></div>`, true},
		{`<center><img src="a.jpg"><br><font size="1">Boats in the harbor. REUTERS/Staff</font></center>`, true},
		{`<p><a href="/big.jpg"><img src="a.jpg"></a> Boats in the harbor at dawn. (Photo: Ana Ruiz)</p>`, true},
		// A paragraph beside a floated image is the article's, unless set apart.
		{`<p><img src="a.jpg" class="alignleft">The mayor said on Monday that the harbor would reopen next week.</p>`, false},
		{`<p>The mayor said on Monday that the harbor would reopen next week.</p>`, false},
		{`<div><img src="a.jpg"><p>` + strings.Repeat("The mayor said the harbor would reopen. ", 10) + `Photo: staff</p></div>`, false},
		{`<p><img src="a.jpg"></p>`, false},
		{`<h2><img src="a.jpg"><em>Heading in italics</em></h2>`, false},
	} {
		if got := imageCaption(parseBodyFirst(t, tc.markup)); got != tc.want {
			t.Errorf("imageCaption(%s) = %v, want %v", tc.markup, got, tc.want)
		}
	}
}

func TestTextDivsToParagraphs(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a">The minister said on Monday that talks <a href="/x">would go on</a> for a <em>second</em> week.</div><div id="a2">Officials declined to comment.</div>` +
		`<div id="b"><div id="c">The envoy said on Tuesday that the two delegations would meet again.</div></div>` +
		`<div id="d">Home <a href="/n">News</a> Sport</div><div id="e"><span><p>A block inside a span, said the page, which is odd.</p></span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	textDivsToParagraphs(doc)
	// a and a2 are a body's paragraphs; c is a lone text <div> (a post).
	want := map[string]atom.Atom{"a": atom.P, "a2": atom.P, "b": atom.Div, "c": atom.Div, "d": atom.Div, "e": atom.Div}
	for n := doc; n != nil; n = nextNode(n) {
		if n.Type == html.ElementNode {
			if w, ok := want[attr(n, "id")]; ok && n.DataAtom != w {
				t.Errorf("element %s became %s, want %s", attr(n, "id"), n.Data, w)
			}
		}
	}
}

func TestLostSpace(t *testing.T) {
	for _, tc := range []struct{ markup, want string }{
		{"<p><strong>Correction:</strong>An earlier version erred.</p>", "Correction: An earlier version erred."},
		{"<p><b>Q.</b>What happened?</p>", "Q. What happened?"},
		{"<p><b>Kh</b>ankendi is a town.</p>", "Khankendi is a town."},
		{"<p><em>U.S.</em>-led talks</p>", "U.S.-led talks"},
		{"<p>Version 3.<b>5</b> is out.</p>", "Version 3.5 is out."},
		{"<p><i>said</i>. Then</p>", "said. Then"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.markup))
		if err != nil {
			t.Fatal(err)
		}
		if got := tidyText(renderText(doc)); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.markup, got, tc.want)
		}
	}
}

func TestWholeStoryScript(t *testing.T) {
	// A flat __NUXT_DATA__ array: the story's HTML beside an author, a date
	// and related stories' titles and teasers, all in one list.
	flat := `[{"title":1,"html":2},"Talks resume in the capital","<p>The envoy said on Monday that the talks would resume next week in the capital.</p><p>Both delegations confirmed that they would attend the meeting, officials said.</p><p>A third round is planned for the spring, the ministry said on Tuesday.</p>","Jane Roe","2025-03-14",` +
		`"Another story about floods in the north that teases its readers here.","A third story about a strike at the port, with a summary sentence."]`
	got := scriptText([]string{flat})
	if strings.Contains(got, "floods") || strings.Contains(got, "Jane Roe") || !strings.Contains(got, "A third round is planned") {
		t.Errorf("flat array: %q", got)
	}
	// Body blocks: every paragraph its own string, none most of the list.
	blocks := `{"body":[{"text":"The envoy said on Monday that the talks would resume next week."},{"text":"Both delegations confirmed that they would attend the meeting on Friday."},{"text":"A third round is planned for the spring, the ministry said on Tuesday."}]}`
	if got := scriptText([]string{blocks}); strings.Count(got, "\n\n") != 2 {
		t.Errorf("blocks: %q", got)
	}
}

func TestBoilerplateLines(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func(string) bool
		line string
		want bool
	}{
		{"dated byline", datedByline, "Jane Roe — March 14, 2025", true},
		{"dated byline", datedByline, "Source: Daily | Author: Jane Roe | 2025-03-14", true},
		{"dated byline", datedByline, "The talks began on March 14, 2025, in the capital, the ministry said.", false},
		{"dated byline", datedByline, "What happens next", false},
		{"cta", ctaLine, "Sign up for our free morning newsletter to get the top stories in your inbox. Click here to subscribe.", true},
		{"cta", ctaLine, "Download our app for breaking news alerts.", true},
		{"cta", ctaLine, `"Sign up for alerts and stay indoors," the mayor said on Monday.`, false},
		{"cta", ctaLine, "Residents were told to subscribe to the city's text alerts, officials say.", false},
		{"cta", ctaLine, "The newsletter's editor resigned on Friday after a dispute with the owners.", false},
		{"cjk rights", cjkRights, "版权所有 华南日报社 未经授权禁止转载", true},
		{"cjk rights", cjkRights, "北京时间周一上午，双方代表团在日内瓦举行会谈。", false},
		{"cta class", ctaClass, "footer-cta outer", true},
		{"cta class", ctaClass, "cta_banner", true},
		{"cta class", ctaClass, "selectable-list", false},
		{"no words", noWords, "* * *", true},
		{"no words", noWords, "• • •", true},
		{"no words", noWords, ".", false},
		{"no words", noWords, "2025", false},
		{"republished", republished, "This article was first published by Commons Report and is republished under a Creative Commons license.", true},
		{"republished", republished, "This article is republished from The Forum under a Creative Commons license.", true},
		{"republished", republished, "Originally published on the author's blog.", true},
		{"republished", republished, "The report was first published in 2019 and has been cited widely since then.", false},
		{"furniture", furniture, "###", true},
		{"furniture", furniture, "-30-", true},
	} {
		if got := tc.f(tc.line); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", tc.name, tc.line, got, tc.want)
		}
	}
}

func TestContactBlock(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Media Contact:", "Press Office, Relief Alliance", "+41 22 555 0100", "media@relief.example"}, true},
		{[]string{"For more information, contact:", "Jane Roe", "jane@example.org"}, true},
		{[]string{"Contacts", "Ana Ruiz, spokesperson", "+1 555 0100"}, true},
		{[]string{"Media Contact:"}, false},
		{[]string{"Contact:", "The ministry said it had lost contact with the convoy on Monday night near the border."}, false},
		{[]string{"Contact with the rebels", "was lost on Monday"}, false},
	} {
		if got := contactBlock(tc.lines); got != tc.want {
			t.Errorf("contactBlock(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

func TestTitlePrefix(t *testing.T) {
	for _, tc := range []struct{ full, headline, want string }{
		{"Coast Notes: Talks stall in the capital", "Talks stall in the capital", "Coast Notes"},
		{"Coast Notes | Talks stall in the capital", "Talks stall in the capital", "Coast Notes"},
		{"Talks stall in the capital", "Talks stall in the capital", ""},
		{"A very long blog name with many words in it: Talks stall", "Talks stall", ""},
		{"Talks stall in the capital | Coast Notes", "Talks stall in the capital", ""},
	} {
		if got := titlePrefix(tc.full, tc.headline); got != tc.want {
			t.Errorf("titlePrefix(%q, %q) = %q, want %q", tc.full, tc.headline, got, tc.want)
		}
	}
}

func TestWrappedText(t *testing.T) {
	wrapped := "The envoy said on Monday that the talks\nwould resume next week in the capital of\nthe region.\n\nHome\nNews"
	if got, want := wrappedProse(wrapped), utf8.RuneCountInString("The envoy said on Monday that the talks")+
		utf8.RuneCountInString("would resume next week in the capital of")+utf8.RuneCountInString("the region."); got != want {
		t.Errorf("wrappedProse = %d, want %d", got, want)
	}
	if proseRunes(wrapped) != 0 {
		t.Errorf("proseRunes of wrapped lines = %d, want 0", proseRunes(wrapped))
	}
	other := "Menu Home The envoy said the talks would resume. Officials declined to comment. Footer"
	var key string
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Officials declined to comment.", true},
		{"Officials declined", false},
		{"Home", false},
		{"Reporters were not told.", false},
	} {
		if got := shortSentenceIn(tc.line, other, &key); got != tc.want {
			t.Errorf("shortSentenceIn(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	// keepAgreed keeps a wrapped paragraph whole and drops the menu.
	if got := keepAgreed(wrapped, ""); got != "The envoy said on Monday that the talks\nwould resume next week in the capital of\nthe region." {
		t.Errorf("keepAgreed = %q", got)
	}
}

// TestHTML2Hostile: the new signals stay bounded on pages built for them.
func TestHTML2Hostile(t *testing.T) {
	body := "<p>" + strings.Repeat("The ministry said the talks would go on despite the clashes. ", 10) + "</p>"
	pages := map[string]string{
		"nested image blocks": strings.Repeat(`<div><img src="a.jpg"><em>Photo: x</em>`, 20000) + body + strings.Repeat("</div>", 20000),
		"many image captions": strings.Repeat(`<p><img src="a.jpg"><br><em>A caption. (Photo: Staff)</em></p>`, 5000) + body,
		"many text divs":      strings.Repeat(`<div>The envoy said on Monday that the <a href="/x">talks</a> would go on.</div>`, 5000) + body,
		"inline in div soup":  strings.Repeat(`<div><span><b><i>`, 5000) + body,
	}
	checkHostilePages(t, pages)
}

func TestCompleteFromLD(t *testing.T) {
	visible := "The envoy said on Monday that the talks would resume next week in the capital.\n\nBoth delegations confirmed that they would attend the meeting, officials said on Tuesday."
	rest := "A third round is planned for the spring, the ministry said in a statement on Wednesday evening.\n\nThe last round ended without an agreement on the border, and both sides blamed the other for it."
	body := strings.ReplaceAll(visible+"\n\n"+rest, "\n\n", "\n")
	ld := func(free string) string {
		return `{"@type":"NewsArticle","isAccessibleForFree":` + free + `,"articleBody":` + jsonStr(body) + `}`
	}
	notice := "\n\nYou have reached the end of your free preview, so subscribe today to keep reading our journalism."
	for _, tc := range []struct {
		name, text, script, want string
	}{
		{"paywalled", visible, ld("false"), visible + "\n\n" + rest},
		{"string false", visible, ld(`"False"`), visible + "\n\n" + rest},
		{"notice after the text", visible + notice, ld("false"), visible + "\n\n" + rest},
		{"free article", visible, ld("true"), visible},
		{"whole text shown", visible + "\n\n" + rest, ld("false"), visible + "\n\n" + rest},
		{"another story", "The port strike entered its third day on Friday as talks with the union broke down again.", ld("false"), "The port strike entered its third day on Friday as talks with the union broke down again."},
	} {
		if got := completeFromLD(tc.text, []string{tc.script}); got != tc.want {
			t.Errorf("%s:\n got  %q\n want %q", tc.name, got, tc.want)
		}
	}
	if got := ldString(`{"articleBody" : "a \"quoted\" word"}`, `"articleBody"`); got != `a "quoted" word` {
		t.Errorf("ldString = %q", got)
	}
	if got := ldString(`{"articleBody"}`, `"articleBody"`); got != "" {
		t.Errorf("ldString of a broken script = %q", got)
	}
}

// TestBylineDateOverride: a date under the headline overrules a later
// date found elsewhere only on pages whose metadata declares none.
func TestBylineDateOverride(t *testing.T) {
	story := strings.Repeat("<p>The envoy said on Monday that the talks would resume next week in the capital of the region.</p>", 6)
	for _, tc := range []struct{ name, head, want string }{
		{"no metadata", ``, "2025-03-14"},
		{"declared later", `<meta property="article:published_time" content="2025-03-20T10:00:00Z">`, "2025-03-20"},
	} {
		page := `<html><head><title>Talks resume in the capital after a pause</title>` + tc.head + `</head><body><h1>Talks resume in the capital after a pause</h1>` +
			`<p>Friday, March 14, 2025</p>` + story + `<div id="footer">This page was last edited on 19 March 2025, at 10:42.</div></body></html>`
		got, err := ExtractHTML([]byte(page), "", "", Combined)
		if err != nil {
			t.Fatal(err)
		}
		if got.Published != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got.Published, tc.want)
		}
	}
}

func TestDropContents(t *testing.T) {
	sig := pageSignals{anchors: map[string]bool{"1. who is involved": true, "what comes next": true, "home": true}}
	text := "1. Who is involved\nWhat comes next\n\nThe intro paragraph of the story, which says what it is about.\n\n1. Who is involved\n\nThe first item's text.\n\nWhat comes next\n\nThe last item's text.\n\nHome"
	want := "The intro paragraph of the story, which says what it is about.\n\n1. Who is involved\n\nThe first item's text.\n\nWhat comes next\n\nThe last item's text.\n\nHome"
	if got := sig.dropContents(text); got != want {
		t.Errorf("dropContents:\n got  %q\n want %q", got, want)
	}
}

func TestMarkAboutSite(t *testing.T) {
	sig := pageSignals{siteName: "valley wire", links: map[string][][]string{}}
	text := "The council met on Monday and voted to close the bridge for repairs.\n\nAbout Valley Wire\n\nValley Wire is a nonprofit news service covering the valley.\n\nThe vote was close, officials said."
	m := sig.markLinks(text)
	want := "The council met on Monday and voted to close the bridge for repairs.\n\nThe vote was close, officials said."
	if got := m.text(false, ""); got != want {
		t.Errorf("about the site:\n got  %q\n want %q", got, want)
	}
	// "About" another organisation is a press release's own text.
	text = "The alliance sent 40 trucks of aid to the coast on Friday, it said.\n\nAbout Coastal Relief Alliance\n\nCoastal Relief Alliance is a network of aid groups."
	if got := sig.markLinks(text).text(false, ""); got != text {
		t.Errorf("about another body: %q", got)
	}
}
