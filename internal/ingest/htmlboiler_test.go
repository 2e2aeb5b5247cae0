package ingest

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Home | News", []string{"home", "news"}},
		{"Kavar's 3rd-party U.S. ÉLAN talks", []string{"kavar", "s", "3rd", "party", "u", "s", "élan", "talks"}},
		{"  Переговоры  возобновились ", []string{"переговоры", "возобновились"}},
	} {
		if got := words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := wordsInto(nil, "Read MORE now"); !reflect.DeepEqual(got, []string{"Read", "MORE", "now"}) {
		t.Errorf("wordsInto keeps the case: got %q", got)
	}
}

func TestLineKeyAndFieldCount(t *testing.T) {
	if got := lineKey("  The  Envoy\tSAID \u00a0 so "); got != "the envoy said so" {
		t.Errorf("lineKey = %q", got)
	}
	for _, tc := range []struct {
		in           string
		limit, count int
	}{{"", 8, 0}, {"one", 8, 1}, {" a  b\tc\n", 8, 3}, {"a b c d e f g h i j", 8, 8}} {
		if got := fieldCount(tc.in, tc.limit); got != tc.count {
			t.Errorf("fieldCount(%q, %d) = %d, want %d", tc.in, tc.limit, got, tc.count)
		}
	}
}

func TestDateLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"2025-03-11", true},
		{"Updated March 3, 2025 4:15 PM GMT", true},
		{"2 hours ago", true},
		{"5 min read", true},
		{"Published on the 21st of May 2024", true},
		{"March", false}, // no number
		{"Update 3: talks resume", false},
		{"The talks resumed on March 3, 2025 in the capital.", false},
		{"14 killed in Saturday blast", false},
		{"14.03.2025 10:42", true},
		{"14 102 350", false}, // a table row of figures
		{"2019 2020 2021", false},
	} {
		if got := dateLine(tc.line); got != tc.want {
			t.Errorf("dateLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// teaserPage has a two-paragraph story, a menu, and a list of three
// teasers (linked headline, summary, time stamp).
const teaserPage = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><p>The harbour authority of Port Calden said on Monday that two cargo ships had collided in fog near the outer breakwater.</p>
<p>Nobody was hurt, the authority said, and both vessels were towed to the inner docks for inspection later in the day.</p>
<p>Read the <a href="/full">full statement</a> on the authority's website for more details about the collision.</p></article>
<section><h2>More stories</h2>
<h3><a href="/a">Farmers in the northern valley count losses after late frost</a></h3><p>Growers said the cold snap destroyed most of the early apricot blossom across the region this week.</p><span>2 hours ago</span>
<h3><a href="/b">City council votes to extend the night bus network</a></h3><p>The new lines will run from the central station to the eastern suburbs starting in the autumn.</p><span>3 hours ago</span>
<h3><a href="/c">Museum reopens its medieval wing after long renovation</a></h3><p>Visitors will again be able to see the carved altarpieces that were restored over four years.</p><span>5 hours ago</span>
</section></body></html>`

func TestPruneLinks(t *testing.T) {
	doc := mustParseHTML(t, teaserPage)
	sig := collectSignals(doc)
	story := "The harbour authority of Port Calden said on Monday that two cargo ships had collided in fog near the outer breakwater.\n\n" +
		"Nobody was hurt, the authority said, and both vessels were towed to the inner docks for inspection later in the day.\n\n" +
		"Read the full statement on the authority's website for more details about the collision."
	withList := "Home World Sport\n\n" + story + "\n\nMore stories\n\n" +
		"Farmers in the northern valley count losses after late frost\n\nGrowers said the cold snap destroyed most of the early apricot blossom across the region this week.\n\n2 hours ago\n\n" +
		"City council votes to extend the night bus network\n\nThe new lines will run from the central station to the eastern suburbs starting in the autumn.\n\n3 hours ago\n\n" +
		"Museum reopens its medieval wing after long renovation\n\nVisitors will again be able to see the carved altarpieces that were restored over four years.\n\n5 hours ago"
	// Summaries without their headlines, as an extractor that dropped the
	// link lines gives them.
	bare := story + "\n\nGrowers said the cold snap destroyed most of the early apricot blossom across the region this week."

	a, b := sig.pruneLinks(withList, bare)
	if want := story + "\n\nMore stories"; a != want {
		t.Errorf("pruned text with the list:\n%q\nwant\n%q", a, want)
	}
	if b != story {
		t.Errorf("a summary that is a teaser in the other text stays:\n%q", b)
	}
	// One linked headline is no list: the paragraph after it stays.
	one := "Farmers in the northern valley count losses after late frost\n\nGrowers said the cold snap destroyed most of the early apricot blossom across the region this week."
	if got, _ := sig.pruneLinks(one, ""); got != "Growers said the cold snap destroyed most of the early apricot blossom across the region this week." {
		t.Errorf("lone linked headline: %q", got)
	}
	// A digest that both extractors take whole keeps its summaries.
	digest := strings.TrimPrefix(withList[strings.Index(withList, "Farmers"):], "")
	if got, _ := sig.pruneLinks(digest, digest); !strings.Contains(got, "Growers said") {
		t.Errorf("digest lost its summaries: %q", got)
	}
	// Without links, the text is unchanged but for date lines.
	if got, _ := (pageSignals{}).pruneLinks("A line.\n\n2 hours ago", ""); got != "A line." {
		t.Errorf("no links: %q", got)
	}
}

func TestLinkCover(t *testing.T) {
	sig := collectSignals(mustParseHTML(t, teaserPage))
	for _, tc := range []struct {
		line  string
		share float64
		whole bool
	}{
		{"Home World Sport", 1, false},
		{"City council votes to extend the night bus network", 1, true},
		{"Related: City council votes to extend the night bus network", 0.9, false},
		{"The city council votes today.", 0, false},
	} {
		share, whole := sig.linkCover(wordsInto(nil, tc.line))
		if share < tc.share-0.01 || share > tc.share+0.01 || whole != tc.whole {
			t.Errorf("linkCover(%q) = %.2f, %v; want %.2f, %v", tc.line, share, whole, tc.share, tc.whole)
		}
	}
}

func TestScriptText(t *testing.T) {
	p1 := "The regional governor said the bridge over the Tarn river would reopen to traffic next week."
	p2 := "Engineers had closed it in January after finding cracks in two of its supporting piers."
	for _, tc := range []struct {
		name    string
		scripts []string
		want    string
	}{
		{"next-data blocks", []string{`{"props":{"pageProps":{"article":{"title":"Bridge to reopen","body":[` +
			`{"type":"paragraph","text":"` + p1 + `"},{"type":"ad","url":"https://ads.example/x"},{"type":"heading","text":"Repairs took months"},` +
			`{"type":"paragraph","text":"` + p2 + `"}]},"related":[{"headline":"Other story","summary":"A short summary of another story."}]}}}`},
			p1 + "\n\nRepairs took months\n\n" + p2},
		{"json-ld articleBody", []string{`{"@type":"NewsArticle","headline":"Bridge","articleBody":"` + p1 + ` ` + p2 + `"}`}, p1 + " " + p2},
		{"state assignment with markup", []string{`window.__STATE__ = {"story":{"html":"<p>` + p1 + `</p><p>` + p2 + `</p>"}};`}, p1 + "\n\n" + p2},
		{"no prose", []string{`{"a":"b","n":[1,2,3]}`}, ""},
		{"not json", []string{`var x = 1; function f() { return "` + p1 + `" }`}, ""},
	} {
		if got := scriptText(tc.scripts); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestDataScript(t *testing.T) {
	for _, tc := range []struct {
		typ, text string
		want      bool
	}{
		{"application/ld+json", "{}", true},
		{"application/json", "[]", true},
		{"", `window.__INITIAL_STATE__ = {"a":1}`, true},
		{"text/javascript", `self.__next_f={"x":1}`, true},
		{"", "console.log(1)", false},
		{"text/template", `__x = {`, false},
	} {
		if got := dataScript(tc.typ, tc.text); got != tc.want {
			t.Errorf("dataScript(%q, %q) = %v", tc.typ, tc.text, got)
		}
	}
}

func TestExtractHTMLFromScript(t *testing.T) {
	p := []string{
		"The port authority of Merrow said on Tuesday that a fuel barge had run aground near the northern channel.",
		"Crews were pumping fuel from the damaged hull, and no leak had been seen by nightfall, a spokeswoman said.",
		"The channel will stay closed to large vessels until the barge is refloated, probably by the end of the week.",
		"It was the third grounding in the channel this year, and local officials renewed calls for it to be dredged.",
	}
	page := `<html lang="en"><head><title>Barge runs aground | Merrow Tidings</title></head><body><div id="root"><header><a href="/">Merrow Tidings</a></header><main><h1>Barge runs aground</h1><p>Loading…</p></main></div>` +
		`<script id="__NEXT_DATA__" type="application/json">{"props":{"story":{"blocks":[{"kind":"p","text":"` + strings.Join(p, `"},{"kind":"p","text":"`) + `"}]}}}</script></body></html>`
	got, err := ExtractHTML([]byte(page), "", "", Combined)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(p, "\n\n"); got.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", got.Text, want)
	}
}

func TestPruneBoxes(t *testing.T) {
	long := strings.Repeat("The delegates met again on Friday and agreed on a timetable for the next round. ", 12)
	page := `<html><body><div class="newsletter-story-wrapper"><p>` + long + `</p>` +
		`<div class="newsletter-signup"><p>Sign up for our morning briefing and get the day's news in your inbox every weekday.</p></div>` +
		`<div class="author-bio"><p>Mara Ostin covers diplomacy and has reported from twelve countries.</p></div></div></body></html>`
	doc := mustParseHTML(t, page)
	pruneWidgets(doc)
	text := renderText(doc)
	if strings.Contains(text, "Sign up") || strings.Contains(text, "Mara Ostin") {
		t.Errorf("boxes kept: %q", text)
	}
	if !strings.Contains(text, "timetable") {
		t.Errorf("a long wrapper named after a newsletter was removed: %q", text)
	}
}

// TestScriptHostile: deep nesting and long scripts cost bounded time.
func TestScriptHostile(t *testing.T) {
	deep := strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000)
	wide := "{" + strings.Repeat(`"k":"a b c d e f g h i.",`, 100_000) + `"z":1}`
	start := time.Now()
	if got := scriptText([]string{deep, wide}); got != "a b c d e f g h i." {
		t.Errorf("got %q", got[:min(len(got), 80)])
	}
	page := "<html><body><p>x</p><script type=\"application/json\">" + deep + "</script></body></html>"
	if _, err := ExtractHTML([]byte(page), "", "", Combined); err == nil {
		t.Errorf("a page without text was accepted")
	}
	_ = start // no timing assertion: the fuzz and benchmark watch the cost
}

func TestCaptionsDropped(t *testing.T) {
	page := `<html><body><article><p>The ferry service between the two islands resumed on Sunday after a week of storms, the operator said.</p>` +
		`<figure><img src="a.jpg"><figcaption>Passengers board the first ferry at the northern pier on Sunday morning.</figcaption></figure>` +
		`<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">The harbour office, seen from the breakwater. (Photo: staff)</p></div>` +
		`<p>Tickets sold out within hours, and a second sailing was added for the afternoon, according to the operator.</p></article></body></html>`
	sig := collectSignals(mustParseHTML(t, page))
	text := "The ferry service between the two islands resumed on Sunday after a week of storms, the operator said.\n\n" +
		"Passengers board the first ferry at the northern pier on Sunday morning.\n\n" +
		"The harbour office, seen from the breakwater. (Photo: staff)\n\n" +
		"Tickets sold out within hours, and a second sailing was added for the afternoon, according to the operator."
	got, _ := sig.pruneLinks(text, "")
	if strings.Contains(got, "Passengers board") || strings.Contains(got, "harbour office") || !strings.Contains(got, "Tickets sold out") {
		t.Errorf("captions: %q", got)
	}
	for _, tc := range []struct {
		class string
		want  bool
	}{{"wp-caption-text", true}, {"Figure_Caption__x", true}, {"photo-credit", true}, {"article-body", false}, {"", false}} {
		if got := captionClass(tc.class); got != tc.want {
			t.Errorf("captionClass(%q) = %v", tc.class, got)
		}
	}
}

func TestIsProseScripts(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"The ferry service resumed on Sunday after a week of storms.", true},
		{"Home News Sport Weather Business Culture Travel Video Audio", false},
		{"北方港口管理局星期一表示，两座岛屿之间的渡轮服务已于周日恢复。", true},
		{"城市议会投票延长夜间公交线路", false}, // a headline: short, no sentence end
		{"बंदरगाह प्राधिकरण ने सोमवार को कहा कि दोनों द्वीपों के बीच नौका सेवा फिर से शुरू हो गई है।", true},
		{"سلطة الميناء قالت يوم الاثنين إن خدمة العبارات بين الجزيرتين استؤنفت بعد أسبوع من العواصف؟", true},
	} {
		if got := isProse(tc.line); got != tc.want {
			t.Errorf("isProse(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestExtractHTMLChinese(t *testing.T) {
	p := []string{"北方港口管理局星期一表示，经过一周的风暴之后，两座岛屿之间的渡轮服务已于周日恢复。",
		"管理局发言人说，首班渡轮在上午八点离开北码头，船上有大约两百名乘客，航行过程非常顺利。"}
	page := `<html lang="zh"><head><meta charset="utf-8"><title>港口恢复运营 - 海滨日报</title></head><body><nav><a href="/">首页</a> <a href="/news">新闻</a></nav>` +
		`<div class="content"><h1>港口恢复运营</h1><p>` + p[0] + `</p><p>` + p[1] + `</p></div>` +
		`<div class="side"><h3>热门新闻</h3><ul><li><a href="/a">城市议会投票延长夜间公交线路</a></li><li><a href="/b">博物馆中世纪展厅重新开放</a></li></ul></div><footer>版权所有 海滨日报</footer></body></html>`
	got, err := ExtractHTML([]byte(page), "", "", Combined)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(p, "\n\n"); got.Text != want || got.Language != "zh" {
		t.Errorf("got %q (language %q), want %q", got.Text, got.Language, want)
	}
}

func TestForeignHeads(t *testing.T) {
	page := `<html><head><title>Ferry service resumes after storms | Island Post</title></head><body><h1>Island Post</h1>` +
		`<article><h1>Ferry service resumes after storms</h1><p>First story.</p></article>` +
		`<article><h1>Council extends the night bus network</h1><p>Second story.</p></article></body></html>`
	sig := collectSignals(mustParseHTML(t, page))
	foreign := sig.foreignHeads("")
	if !foreign["council extends the night bus network"] || foreign["ferry service resumes after storms"] || foreign["island post"] {
		t.Errorf("foreign heads: %v", foreign)
	}
	text := "First story line.\n\nMore of it.\n\nCouncil extends the night bus network\n\nSecond story."
	if got := cutForeign(text, foreign); got != "First story line.\n\nMore of it." {
		t.Errorf("cut: %q", got)
	}
	// A page whose only <h1> differs from its title has no own heading:
	// nothing is foreign.
	lone := collectSignals(mustParseHTML(t, `<html><head><title>SEO title here</title></head><body><h1>A different headline of the story</h1></body></html>`))
	if f := lone.foreignHeads(""); f != nil {
		t.Errorf("lone h1 taken for foreign: %v", f)
	}
}

func TestWordOverlapAndTitleWords(t *testing.T) {
	a := "The ferry service between the islands resumed on Sunday."
	b := "Ferry crews said the islands service would resume soon."
	if o := wordOverlap(a, b); o < 0.5 || o > 0.7 {
		t.Errorf("overlap %.2f", o) // ferry, service, islands of ferry, service, between, islands, resumed, sunday
	}
	if wordOverlap("", b) != 0 {
		t.Error("empty text overlaps")
	}
	if n := titleWords(a, []string{"", "Ferry service resumes"}); n != 2 {
		t.Errorf("title words %d", n)
	}
}

func TestSectionsAround(t *testing.T) {
	a := "The ferry service between the islands resumed on Sunday after the storms."
	b := "Tickets sold out within hours and a second sailing was added for the afternoon."
	c := "The operator said more sailings would be added at the weekend if demand held up."
	art := a + "\n\n" + b + "\n\n" + c
	comment := "I took the ferry on Sunday and it was the calmest crossing I have had in years."
	for _, tc := range []struct {
		name, big string
		want      bool
	}{
		{"comments after a heading", art + "\n\n12 comments\n\nuser1\n\n" + comment, true},
		{"prose right after the article", art + "\n\n" + comment, false},
		{"prose inside the article", a + "\n\n" + comment + "\n\n" + b + "\n\n" + c, false},
		{"a teaser box before", "Top stories\n\n" + comment + "\n\n" + art, true},
		{"small not all in big", a + "\n\n" + b, false},
	} {
		if got := sectionsAround(art, tc.big); got != tc.want {
			t.Errorf("%s: got %v", tc.name, got)
		}
	}
	if sectionsAround(a+"\n\n"+b, a+"\n\n"+b+"\n\nComments\n\n"+comment) {
		t.Error("two paragraphs stand for a complete article")
	}
}

func TestCopyrightLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"© 2025 The Evening Post", true},
		{"Copyright 2025 Harbor Gazette. All rights reserved.", true},
		{"This material may be freely used. All Rights Reserved by the agency.", true},
		{"Copyright lawyers said the ruling would change how songs are licensed in the country.", false},
		{"The court said the copyright claim had no merit and dismissed it on Tuesday.", false},
	} {
		if got := copyrightLine(tc.line); got != tc.want {
			t.Errorf("copyrightLine(%q) = %v", tc.line, got)
		}
	}
}

func TestDropHeadlines(t *testing.T) {
	titles := []string{"Ferry service resumes after storms", "Ferry service resumes after storms | Island Post"}
	body := "The ferry service between the islands resumed on Sunday after the storms."
	for _, tc := range []struct{ in, want string }{
		{"Ferry service resumes after storms\n\n" + body, body},
		{"World\n\nFerry service resumes after storms\n\n" + body, body},
		{"Ferry service resumes after storms\nMarch 3\n\n" + body, "March 3\n\n" + body},
		{"World news today now\n\nFerry service resumes after storms\n\n" + body, "World news today now\n\nFerry service resumes after storms\n\n" + body},
		{body, body},
	} {
		if got := dropHeadlines(tc.in, titles); got != tc.want {
			t.Errorf("dropHeadlines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestInlineLinkedHeadlines: whole-line links to other stories between the
// article's paragraphs leave those paragraphs in.
func TestInlineLinkedHeadlines(t *testing.T) {
	page := `<html><body><article><p>First paragraph.</p><p><a href="/a">Storm damage closes the coastal road again</a></p><p>Second.</p>` +
		`<p><a href="/b">Harbour fees to rise next spring, council says</a></p><p>Third.</p></article></body></html>`
	sig := collectSignals(mustParseHTML(t, page))
	p1 := "The ferry service between the islands resumed on Sunday after the storms."
	p2 := "Tickets sold out within hours and a second sailing was added for the afternoon."
	p3 := "The operator said more sailings would be added at the weekend if demand held up."
	p4 := "Island officials said the harbour wall would be inspected before the next storm season."
	text := p1 + "\n\nStorm damage closes the coastal road again\n\n" + p2 + "\n\nHarbour fees to rise next spring, council says\n\n" + p3 + "\n\n" + p4
	if got, _ := sig.pruneLinks(text, text); got != p1+"\n\n"+p2+"\n\n"+p3+"\n\n"+p4 {
		t.Errorf("got %q", got)
	}
}
