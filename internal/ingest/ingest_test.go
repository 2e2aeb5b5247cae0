package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	xhtml "golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// collect reads inputs and returns the articles and the error lines.
func collect(inputs []string, opt Options) ([]parallax.Article, []string) {
	var arts []parallax.Article
	var errs []string
	Read(inputs, opt, func(a parallax.Article) { arts = append(arts, a) },
		func(e *Error) { errs = append(errs, e.Error()) })
	return arts, errs
}

func collectStream(name string, r io.Reader, opt Options) ([]parallax.Article, []string) {
	var arts []parallax.Article
	var errs []string
	ReadStream(name, r, opt, func(a parallax.Article) { arts = append(arts, a) },
		func(e *Error) { errs = append(errs, e.Error()) })
	return arts, errs
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in, date string
		want           parallax.Article
		err            string
	}{
		{name: "header", in: "URL: https://x.example/a\nOutlet: Daily\nDATE: 2024-03-01\nTitle: A title\nLanguage: en\n\nBody text here.\n",
			want: parallax.Article{URL: "https://x.example/a", Outlet: "Daily", Published: "2024-03-01", Title: "A title", Language: "en", Body: "Body text here.\n"}},
		{name: "no header", in: "Fighting resumed on Monday.\n\nA second paragraph.", date: "2024-01-02",
			want: parallax.Article{Published: "2024-01-02", Body: "Fighting resumed on Monday.\n\nA second paragraph."}},
		{name: "colon line is body", in: "Update: the ministry said more.\n\nText.",
			want: parallax.Article{Body: "Update: the ministry said more.\n\nText."}},
		{name: "header date wins over --date", in: "date: Tue, 05 Mar 2024 10:00:00 GMT\n\nBody.", date: "2020-01-01",
			want: parallax.Article{Published: "2024-03-05", Body: "Body."}},
		{name: "CRLF header", in: "Title: T\r\nID: my-id\r\n\r\nBody.\r\n",
			want: parallax.Article{Title: "T", ID: "my-id", Body: "Body.\r\n"}},
		{name: "byte-order mark", in: "\ufeffTitle: T\n\nBody.", want: parallax.Article{Title: "T", Body: "Body."}},
		{name: "header only", in: "Title: T\n\n   \n", err: "empty body"},
		{name: "empty", in: " \n\t\n", err: "empty body"},
		{name: "bad date", in: "Date: yesterday\n\nBody.", err: `header DATE: unreadable date "yesterday"`},
		{name: "invalid UTF-8", in: "Caf\xe9 au lait.", err: "invalid UTF-8 at byte 3"},
		{name: "NUL bytes", in: "PK\x03\x04\x00\x00binary", err: "binary file (NUL bytes"},
		{name: "UTF-16LE", in: "\xff\xfeH\x00i\x00.\x00", want: parallax.Article{Body: "Hi."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseText([]byte(tc.in), Options{Date: tc.date})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestParseJSONLine(t *testing.T) {
	tests := []struct {
		name, in string
		want     parallax.Article
		err      string
	}{
		{name: "full", in: `{"id":"a1","url":"u","outlet":"o","title":"t","published":"2024-05-06T10:00:00+03:00","language":"en","text":"Body.","extra":1}`,
			want: parallax.Article{ID: "a1", URL: "u", Outlet: "o", Title: "t", Published: "2024-05-06", Language: "en", Body: "Body."}},
		{name: "numeric id", in: `{"id":42,"text":"Body."}`, want: parallax.Article{ID: "42", Body: "Body.", Published: "2000-01-01"}},
		{name: "null id", in: `{"id":null,"text":"Body."}`, want: parallax.Article{Body: "Body.", Published: "2000-01-01"}},
		{name: "feed date", in: `{"text":"B.","published":"Mon, 02 Jan 2006 15:04:05 GMT"}`, want: parallax.Article{Body: "B.", Published: "2006-01-02"}},
		{name: "space date", in: `{"text":"B.","published":"2019-11-25 08:00:00Z"}`, want: parallax.Article{Body: "B.", Published: "2019-11-25"}},
		{name: "missing text", in: `{"id":"x"}`, err: `missing "text"`},
		{name: "empty text", in: `{"text":"  "}`, err: `empty "text"`},
		{name: "truncated", in: `{"id":"x","text":"abc`, err: "malformed JSON"},
		{name: "syntax", in: `{"id":"x",,"text":"a"}`, err: "at byte"},
		{name: "array", in: `[1,2]`, err: "not a JSON object"},
		{name: "two values", in: `{"text":"a"} {"text":"b"}`, err: "after top-level value"},
		{name: "wrong type", in: `{"text":5}`, err: `field "text"`},
		{name: "bad id", in: `{"id":true,"text":"a"}`, err: `"id" must be a string or a number`},
		{name: "bad date", in: `{"text":"a","published":"soon"}`, err: `"published": unreadable date`},
		{name: "invalid UTF-8", in: "{\"text\":\"caf\xe9\"}", err: "invalid UTF-8 at byte 12"},
		{name: "escaped NUL", in: `{"text":"a\u0000b"}`, err: "NUL characters"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseJSONLine([]byte(tc.in), Options{Date: "2000-01-01"})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want.Published == "" {
				tc.want.Published = "2000-01-01"
			}
			if got != tc.want {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"", "", ""},
		{"2024-03-01", "2024-03-01", ""},
		{"2024-03-01T23:30:00-05:00", "2024-03-01", ""}, // the day as written, not in UTC
		{"2024-03-01T23:30:00.123Z", "2024-03-01", ""},
		{"2024-03-01 23:30:00", "2024-03-01", ""},
		{"Fri, 01 Mar 2024 10:00:00 +0100", "2024-03-01", ""},
		{"Fri, 1 Mar 2024 10:00:00 GMT", "2024-03-01", ""},
		{"01 Mar 24 10:00 UTC", "2024-03-01", ""},
		{"March 1", "", "unreadable date"},
		{"2024-13-01", "", "unreadable date"},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseDate(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"WARC/1.1\r\nWARC-Type: warcinfo\r\n", formatWARC},
		{"  \n{\"text\":\"a\"}\n", formatJSONL},
		{"<!DOCTYPE html><html><body>x</body></html>", formatHTML},
		{"<!-- saved from url --><html>", formatHTML},
		{"<p>fragment</p>", formatHTML},
		{"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", formatFeed},
		{"<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", formatFeed},
		{"\ufeffTitle: x\n\nBody", formatText},
		{"Plain news text.", formatText},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", formatUnknown},
		{"\xff\xd8\xff\xe0\x00\x10JFIF", formatUnknown},
		{"Latin-1 caf\xe9 text", formatUnknown},
		{"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9", formatHTML},
		{"ends in a cut rune \xe2\x80", formatText},
	}
	for _, tc := range tests {
		if got := sniff([]byte(tc.in)); got != tc.want {
			t.Errorf("sniff(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestRenderText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>One  two.</p><p>Three\nfour.</p>", "One two.\n\nThree four."},
		{"inline split word", "<p><b>Kh</b>ankendi is <i>a</i> city.</p>", "Khankendi is a city."},
		{"br", "<div>line one<br>line two<br><br>para two</div>", "line one\nline two\n\npara two"},
		{"list", "<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"},
		{"skips", "<p>a<script>var x='<p>no</p>'</script><style>p{}</style> b</p><noscript>no</noscript>", "a b"},
		{"hidden", "<p>seen</p><p hidden>unseen</p><div aria-hidden=\"true\">unseen</div>", "seen"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"headings", "<h2>Sub</h2>Text after.", "Sub\n\nText after."},
		{"entities", "<p>Tom &amp; Jerry&nbsp;said &quot;hi&quot;</p>", "Tom & Jerry said \"hi\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParseHTML(t, tc.in)
			if got := tidyText(renderText(doc)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func mustParseHTML(t *testing.T, s string) *xhtml.Node {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestExtractHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []Extractor{Combined, Trafilatura, Readability} {
		t.Run(x.String(), func(t *testing.T) {
			p, err := ExtractHTML(data, "", "", x)
			if err != nil {
				t.Fatal(err)
			}
			if x == Combined {
				want := Page{Title: "Clashes reported on northern border as talks stall", Published: "2024-03-07",
					Outlet: "Regional Monitor", Language: "en",
					URL: "https://www.regionalmonitor.example/world/2024/03/clashes-northern-border"}
				got := p
				got.Text = ""
				if got != want {
					t.Errorf("metadata\n got  %+v\n want %+v", got, want)
				}
			}
			for _, s := range []string{
				"Fighting broke out overnight along the northern border",
				"\"a deliberate provocation\" aimed at derailing negotiations",
				"Talks in doubt",
				"No civilian casualties reported",
				"return to the negotiating table without preconditions.",
			} {
				if !strings.Contains(p.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, p.Text)
				}
			}
			for _, s := range []string{"cookies", "Share on", "Related stories", "Peace talks to resume", "Sign up",
				"All rights reserved", "written by a script", "Newsletters"} {
				if strings.Contains(p.Text, s) {
					t.Errorf("text keeps boilerplate %q:\n%s", s, p.Text)
				}
			}
			if !strings.Contains(p.Text, "officials said on Thursday.\n\nThe defence ministry") {
				t.Errorf("paragraph break lost:\n%s", p.Text)
			}
		})
	}
}

// TestExtractHTMLDate: the publication date comes from the page's metadata,
// a "Published" line or the URL, never from a date the story mentions or
// the copyright year.
func TestExtractHTMLDate(t *testing.T) {
	body := "<p>" + strings.Repeat("The ministry said the talks would go on despite the clashes. ", 5) + "</p>"
	tests := []struct{ name, page, want string }{
		{"meta", `<html><head><meta property="article:published_time" content="2024-02-29T23:10:00-05:00"></head><body><article>` + body + `</article></body></html>`, "2024-02-29"},
		{"published, not modified", `<html><head><meta property="article:modified_time" content="2024-02-01T08:00:00Z"><meta property="article:published_time" content="2024-01-10T08:00:00Z"></head><body><article>` + body + `</article></body></html>`, "2024-01-10"},
		{"json-ld", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-07-04"}</script></head><body><article>` + body + `</article></body></html>`, "2021-07-04"},
		{"published line", `<html><body><div class="date">Published 12 May 2023</div><article>` + body + `</article></body></html>`, "2023-05-12"},
		{"url", `<html><head><link rel="canonical" href="https://x.example/2022/08/15/story"></head><body><article>` + body + `</article></body></html>`, "2022-08-15"},
		{"copyright only", `<html><body><article>` + body + `</article><footer>© 2024 News Ltd</footer></body></html>`, ""},
		{"date in the story", `<html><body><article><p>On March 3, 2021 the ministry said the talks would go on despite the clashes in the north.</p>` + body + `</article></body></html>`, ""},
	}
	for _, tc := range tests {
		p, err := ExtractHTML([]byte(tc.page), "", "", Combined)
		if err != nil || p.Published != tc.want {
			t.Errorf("%s: published %q (%v), want %q", tc.name, p.Published, err, tc.want)
		}
	}
}

func TestExtractHTMLCharset(t *testing.T) {
	data, err := os.ReadFile("testdata/html/cp1251.html")
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(data) {
		t.Fatal("fixture should not be UTF-8")
	}
	p, err := ExtractHTML(data, "", "", Combined)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Text, "Министры иностранных дел двух стран встретятся в начале марта") {
		t.Errorf("windows-1251 text not decoded:\n%s", p.Text)
	}
	if strings.Contains(p.Text, "Главная") || strings.Contains(p.Text, "Все права") {
		t.Errorf("menu or footer kept:\n%s", p.Text)
	}
	if p.Title != "Переговоры возобновятся в марте" || p.Published != "2024-02-19" || p.Outlet != "Вестник Кавказа" {
		t.Errorf("title %q published %q outlet %q", p.Title, p.Published, p.Outlet)
	}
	// A charset given by the HTTP Content-Type overrides the page's own.
	latin := []byte("<html><body><p>" + strings.Repeat("Le caf\xe9 de la gare a rouvert ses portes lundi matin. ", 12) + "</p></body></html>")
	p, err = ExtractHTML(latin, "text/html; charset=iso-8859-1", "", Combined)
	if err != nil || !strings.Contains(p.Text, "Le café de la gare") {
		t.Errorf("latin-1 by Content-Type: %v %q", err, p.Text)
	}
	// No declaration and not UTF-8: windows-1252, as browsers read it.
	p, err = ExtractHTML(latin, "", "", Combined)
	if err != nil || !strings.Contains(p.Text, "Le café de la gare") {
		t.Errorf("undeclared legacy charset: %v %q", err, p.Text)
	}
}

func TestExtractHTMLBad(t *testing.T) {
	tests := []struct{ name, in, err string }{
		{"no text", "<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>", "no article text"},
		{"script only", "<html><body><script>document.write('x')</script></body></html>", "no article text"},
		{"NUL", "<html>\x00\x00</html>", "binary file"},
	}
	for _, tc := range tests {
		_, err := ExtractHTML([]byte(tc.in), "", "", Combined)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
		}
	}
}

// TestExtractHTMLHostile feeds pages built to hurt a parser: they must come
// back (an article or an error), without a panic, in reasonable time.
func TestExtractHTMLHostile(t *testing.T) {
	body := "<p>" + strings.Repeat("The ministry said the talks would go on despite the clashes. ", 10) + "</p>"
	pages := map[string]string{
		"deep nesting":     strings.Repeat("<div>", 20000) + body + strings.Repeat("</div>", 20000),
		"unclosed nesting": strings.Repeat("<span><b><i>", 10000) + body,
		"huge attribute":   `<div class="` + strings.Repeat("x", 4<<20) + `">` + body + "</div>",
		"many scripts":     strings.Repeat("<script>while(true){}</script>", 5000) + body,
		"many elements":    "<body>" + strings.Repeat("<i></i>", 250000) + body,
		"broken markup":    "<p <div>>>" + body + "</td></tr></table><<<!-- unterminated",
		"table soup":       strings.Repeat("<table><tr><td>", 2000) + body,
		"nested captions":  strings.Repeat(`<div class="caption">`, 20000) + body + strings.Repeat("</div>", 20000),
		"nested boxes":     strings.Repeat(`<div class="newsletter">`, 20000) + body + strings.Repeat("</div>", 20000),
		"nested svg links": "<svg>" + strings.Repeat(`<a href="/x">`, 20000) + "x" + strings.Repeat("</a>", 20000) + "</svg>" + body,
		"many links":       strings.Repeat(`<a href="/x">a link text here</a> `, 20000) + body,
		"deep data script": `<script type="application/json">` + strings.Repeat(`{"a":[`, 100000) + `</script>` + body,
	}
	checkHostilePages(t, pages)
}

// checkHostilePages extracts each page with the combined extractor: it
// must come back with valid UTF-8 text or an error, without a panic.
func checkHostilePages(t *testing.T, pages map[string]string) {
	t.Helper()
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			p, err := ExtractHTML([]byte(page), "", "", Combined)
			if err != nil {
				t.Logf("error (allowed): %v", err)
				return
			}
			if !utf8.ValidString(p.Text) {
				t.Error("text is not valid UTF-8")
			}
		})
	}
}

func TestFeeds(t *testing.T) {
	arts, errs := collect([]string{"testdata/feeds/world.rss", "testdata/feeds/briefing.atom"}, Options{Date: "2000-01-01"})
	type row struct{ ID, Source, URL, Outlet, Title, Language, Published, Body string }
	want := []row{
		{"ht-2024-0412", "testdata/feeds/world.rss#1", "https://harbourtimes.example/world/ceasefire-third-day", "Harbour Times – World",
			"Ceasefire holds for a third day", "en", "2024-04-12",
			"A ceasefire brokered by regional mediators held for a third day on Friday, residents and officials said.\n\nThe interior ministry said there had been \"isolated violations\" overnight but no casualties.\n\nShare this\n\nMarkets reopened\n\nSchools remain closed"},
		{"https://harbourtimes.example/world/aid-convoy", "testdata/feeds/world.rss#2", "https://harbourtimes.example/world/aid-convoy", "Harbour Times – World",
			"Aid convoy reaches besieged town", "en", "2024-04-11",
			"A convoy of 20 trucks carrying food and medicine reached the town on Thursday, the Red Cross said."},
		{"https://harbourtimes.example/world/plain", "testdata/feeds/world.rss#4", "", "Harbour Times – World",
			"Plain text summary item", "en", "2000-01-01",
			"Officials met on Tuesday & agreed to meet again.\n\nA second paragraph follows after a blank line."},
		{"tag:pointdujour.example,2024:geneve", "testdata/feeds/briefing.atom#1", "https://pointdujour.example/2024/05/geneve", "Le Point du Jour",
			"Les négociations reprennent à Genève", "fr", "2024-05-02",
			"Les délégations se sont retrouvées jeudi à Genève pour un nouveau cycle de négociations.\n\nLe médiateur a salué « un climat constructif »."},
		{"tag:pointdujour.example,2024:bilan", "testdata/feeds/briefing.atom#2", "https://pointdujour.example/2024/04/bilan", "Le Point du Jour",
			"Bilan de la semaine", "fr", "2024-04-28", "Une semaine marquée par la reprise du dialogue."},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(arts), len(want), arts)
	}
	for i, a := range arts {
		got := row{a.ID, a.Source, a.URL, a.Outlet, a.Title, a.Language, a.Published, a.Body}
		if got != want[i] {
			t.Errorf("article %d\n got  %+v\n want %+v", i, got, want[i])
		}
	}
	wantErrs := []string{`testdata/feeds/world.rss: item 3: "Photo gallery: a week in pictures" has no content or description`}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors\n got  %q\n want %q", errs, wantErrs)
	}
	// A feed in a legacy charset, declared in its XML prolog, on stdin.
	cp1251, err := charmap.Windows1251.NewEncoder().String(`<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Вестник</title><item><title>Переговоры</title><guid>r1</guid>
<description>Министры встретятся в начале марта.</description></item></channel></rss>`)
	if err != nil {
		t.Fatal(err)
	}
	arts, errs = collectStream("-", strings.NewReader(cp1251), Options{})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Body != "Министры встретятся в начале марта." || arts[0].Outlet != "Вестник" {
		t.Errorf("windows-1251 feed: %+v %q", arts, errs)
	}
	_, errs = collectStream("bad.rss", strings.NewReader("<rss><channel><item><title>x</title>"), Options{})
	if len(errs) != 1 || !strings.Contains(errs[0], "bad.rss: not a readable RSS/Atom feed") {
		t.Errorf("broken feed: %q", errs)
	}
}

// warcRecord builds one WARC record.
func warcRecord(typ, uri, contentType string, block string) string {
	var b strings.Builder
	b.WriteString("WARC/1.0\r\nWARC-Type: " + typ + "\r\n")
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	b.WriteString("WARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n")
	if contentType != "" {
		b.WriteString("Content-Type: " + contentType + "\r\n")
	}
	b.WriteString("Content-Length: " + itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n")
	return b.String()
}

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(buf[i:])
		}
	}
}

func httpResponse(status, contentType, body string) string {
	return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + itoa(len(body)) + "\r\n\r\n" + body
}

var warcPage = `<html lang="en"><head><title>Dam talks | River Post</title><meta property="og:site_name" content="River Post">
<meta property="article:published_time" content="2024-05-30"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Dam talks</h1><p>Engineers from both countries met on Thursday to discuss water releases from the dam, the energy ministry said.</p>
<p>The ministry said the two sides agreed to share flow data every week and to meet again in July.</p></article><footer>© River Post</footer></body></html>`

// warcRecords builds the records of a small crawl: the kinds a reader meets.
func warcRecords() []string {
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\nformat: WARC File Format 1.0\r\n"),
		warcRecord("request", "https://riverpost.example/dam", "application/http; msgtype=request", "GET /dam HTTP/1.1\r\nHost: riverpost.example\r\n\r\n"),
		warcRecord("response", "https://riverpost.example/dam", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", warcPage)),
		warcRecord("response", "https://riverpost.example/logo.png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n")),
		warcRecord("response", "https://riverpost.example/gone", "application/http; msgtype=response", httpResponse("404 Not Found", "text/html", "<p>not found</p>")),
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n",
		warcRecord("resource", "file:///notes/statement.txt", "text/plain", "The committee said on Friday it would publish its findings next month."),
		warcRecord("response", "https://riverpost.example/empty", "application/http; msgtype=response", httpResponse("200 OK", "text/html", "<html><body><nav><a href=/>Home</a></nav></body></html>")),
	}
}

func TestWARC(t *testing.T) {
	recs := warcRecords()
	plain := strings.Join(recs, "")
	// Per-record gzip: each record its own gzip member.
	var gz bytes.Buffer
	for _, r := range recs {
		w := gzip.NewWriter(&gz)
		w.Write([]byte(r))
		w.Close()
	}
	dir := t.TempDir()
	for _, tc := range []struct{ name, data string }{{"crawl.warc", plain}, {"crawl.warc.gz", gz.String()}} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, dir, tc.name, []byte(tc.data))
			arts, errs := collect([]string{path}, Options{Date: "2024-01-01"})
			if len(arts) != 2 {
				t.Fatalf("got %d articles, want 2: %+v\nerrors: %q", len(arts), arts, errs)
			}
			a := arts[0]
			if a.ID != "crawl:3" || a.Source != path+"#3" || a.URL != "https://riverpost.example/dam" || a.Title != "Dam talks" ||
				a.Outlet != "River Post" || a.Published != "2024-05-30" || a.Language != "en" ||
				a.Body != "Engineers from both countries met on Thursday to discuss water releases from the dam, the energy ministry said.\n\nThe ministry said the two sides agreed to share flow data every week and to meet again in July." {
				t.Errorf("page record: %+v", a)
			}
			b := arts[1]
			if b.ID != "crawl:7" || b.URL != "file:///notes/statement.txt" || b.Published != "2024-01-01" ||
				b.Body != "The committee said on Friday it would publish its findings next month." {
				t.Errorf("text resource: %+v", b)
			}
			want := []string{
				path + `: record 6: bad Content-Length "banana"; skipping to the next record`,
				path + ": record 8 (https://riverpost.example/empty): no article text found in the page",
			}
			if strings.Join(errs, "\n") != strings.Join(want, "\n") {
				t.Errorf("errors\n got  %q\n want %q", errs, want)
			}
		})
	}
	t.Run("record over the limit", func(t *testing.T) {
		_, errs := collectStream("big.warc", strings.NewReader(plain), Options{MaxBytes: 200})
		found := false
		for _, e := range errs {
			if strings.Contains(e, "big.warc: record 3 (https://riverpost.example/dam): record is") && strings.Contains(e, "over the limit of 200") {
				found = true
			}
		}
		if !found {
			t.Errorf("no over-limit error: %q", errs)
		}
	})
	t.Run("truncated", func(t *testing.T) {
		arts, errs := collectStream("cut.warc", strings.NewReader(plain[:len(recs[0])+len(recs[1])+400]), Options{})
		if len(arts) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "truncated record") {
			t.Errorf("arts %d, errs %q", len(arts), errs)
		}
	})
	t.Run("garbage start", func(t *testing.T) {
		arts, errs := collectStream("junk.warc", strings.NewReader("WARC/1.0\r\nnot a header line\r\n\r\n"+recs[2]), Options{})
		if len(arts) != 1 || len(errs) != 1 || !strings.Contains(errs[0], "junk.warc: record 1: bad WARC header") {
			t.Errorf("arts %d, errs %q", len(arts), errs)
		}
	})
}

// TestReadDirectory throws a folder of mixed scraped files at Read: every
// readable file goes through, every other gets one line naming it.
func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	html, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	var gzJSONL bytes.Buffer
	w := gzip.NewWriter(&gzJSONL)
	w.Write([]byte(`{"id":"z1","text":"Zipped article text."}` + "\n"))
	w.Close()
	writeFile(t, dir, "a.txt", []byte("Title: First\nDate: 2024-02-03\n\nThe first article."))
	writeFile(t, dir, "b.jsonl", []byte(`{"id":"j1","text":"Line one."}`+"\n"+`{"text": broken}`+"\n\n"+`{"text":"Line four, no id."}`+"\n"))
	writeFile(t, dir, "c.html", html)
	writeFile(t, dir, "d.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	writeFile(t, dir, "e.csv", []byte("a,b,c\n1,2,3\n"))
	writeFile(t, dir, "f.txt", nil)
	writeFile(t, dir, "g.txt", []byte("Caf\xe9 latin-1 text"))
	writeFile(t, dir, "h.txt", []byte(strings.Repeat("Long article. ", 100)))
	writeFile(t, dir, "i.jsonl.gz", gzJSONL.Bytes())
	writeFile(t, dir, "index", html) // a saved page with no extension
	writeFile(t, dir, "sub/k.txt", []byte("Nested article."))
	writeFile(t, dir, ".hidden.txt", []byte("Hidden file."))
	writeFile(t, dir, ".git/HEAD.txt", []byte("Not an article."))
	writeFile(t, dir, "notes", []byte("Plain notes saved with no extension."))

	arts, errs := collect([]string{dir, filepath.Join(dir, "missing.txt")}, Options{Date: "2024-01-01", MaxBytes: 1000})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID+"="+a.Published)
	}
	wantIDs := "a=2024-02-03 j1=2024-01-01 b:4=2024-01-01 z1=2024-01-01 notes=2024-01-01 k=2024-01-01"
	if strings.Join(ids, " ") != wantIDs {
		t.Errorf("articles\n got  %s\n want %s", strings.Join(ids, " "), wantIDs)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	wantErrs := []string{
		p("b.jsonl") + `:2: malformed JSON: invalid character 'b' looking for beginning of value (at byte 10)`,
		p("c.html") + ": file is " + itoa(len(html)) + " bytes, over the limit of 1000 (see --max-bytes)",
		p("d.png") + ": binary file (NUL bytes; looks like image/png), not text",
		p("e.csv") + `: unknown input format ".csv" (want .txt, .jsonl, .html/.htm, .rss/.atom/.xml, .warc, each optionally .gz)`,
		p("f.txt") + ": empty file",
		p("g.txt") + ": invalid UTF-8 at byte 3 (convert the file to UTF-8, e.g. with iconv)",
		p("h.txt") + ": file is 1400 bytes, over the limit of 1000 (see --max-bytes)",
		p("index") + ": file is " + itoa(len(html)) + " bytes, over the limit of 1000 (see --max-bytes)",
		p("missing.txt") + ": no such file or directory",
	}
	if strings.Join(errs, "\n") != strings.Join(wantErrs, "\n") {
		t.Errorf("errors\n got:\n%s\n want:\n%s", strings.Join(errs, "\n"), strings.Join(wantErrs, "\n"))
	}
	// With room for the pages, the saved page with no extension is sniffed as HTML.
	arts, _ = collect([]string{p("index"), p("c.html")}, Options{})
	if len(arts) != 2 || arts[0].ID != "index" || arts[0].Title != arts[1].Title || arts[0].Body != arts[1].Body {
		t.Errorf("sniffed page differs from the .html one: %+v", arts)
	}
}

// TestReadSkip checks that a directory walk leaves out the files Skip
// names (the database being written, in the input directory), however the
// paths are spelled, and that such a file named as an input is still read.
func TestReadSkip(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte("The first article."))
	writeFile(t, dir, "p.db", []byte("SQLite format 3\x00\x10\x00"))
	writeFile(t, dir, "p.db-wal", []byte("\x37\x7f\x06\x82\x00\x2d\xe2\x18"))
	writeFile(t, dir, "sub/p.db", []byte("SQLite format 3\x00 of another store"))
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, c := range []struct {
		name   string
		inputs []string
		skip   []string
		ids    string
		errs   []string
	}{
		{"no skip", []string{dir}, nil, "a", []string{p("p.db"), p("p.db-wal"), p("sub/p.db")}},
		{"database skipped", []string{dir}, []string{p("p.db"), p("p.db-wal"), p("p.db-shm")}, "a", []string{p("sub/p.db")}},
		{"relative path", []string{dir}, []string{rel, rel + "-wal"}, "a", []string{p("sub/p.db")}},
		{"named input", []string{p("p.db")}, []string{p("p.db")}, "", []string{p("p.db")}},
		{"nothing else", []string{p("sub")}, []string{p("sub/p.db")}, "", []string{p("sub")}},
	} {
		arts, errs := collect(c.inputs, Options{Skip: c.skip})
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		var inputs []string
		for _, e := range errs {
			inputs = append(inputs, e[:strings.Index(e, ": ")])
		}
		if strings.Join(ids, " ") != c.ids || strings.Join(inputs, " ") != strings.Join(c.errs, " ") {
			t.Errorf("%s: articles %q, errors\n%s\nwant articles %q, errors on %q", c.name, ids, strings.Join(errs, "\n"), c.ids, c.errs)
		}
	}
}

func TestReadStream(t *testing.T) {
	html, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("Gzipped text on stdin."))
	w.Close()
	tests := []struct {
		name, in string
		ids      string
		errs     string
	}{
		{"jsonl", "\n{\"id\":\"s1\",\"text\":\"a\"}\n{\"text\":\"b\"}\n", "s1 stdin:3", ""},
		{"text", "Title: T\n\nStdin text.", "stdin", ""},
		{"html", string(html), "stdin", ""},
		{"gzip", gz.String(), "stdin", ""},
		{"empty", "  \n", "", "-: empty input"},
		{"binary", "\x00\x01\x02\x03", "", "-: binary file (NUL bytes), not text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, errs := collectStream("-", strings.NewReader(tc.in), Options{})
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
				if a.Source == "" {
					t.Errorf("no source: %+v", a)
				}
			}
			if strings.Join(ids, " ") != tc.ids || strings.Join(errs, "\n") != tc.errs {
				t.Errorf("ids %q errs %q; want %q %q", ids, errs, tc.ids, tc.errs)
			}
		})
	}
	_, errs := collect([]string{"-", "https://news.example/story"}, Options{})
	if strings.Join(errs, "\n") != "-: no standard input\nhttps://news.example/story: URLs are not fetched: save the page (or feed) and give the file" {
		t.Errorf("nil stdin, URL: %q", errs)
	}
}

func TestJSONLLineLimit(t *testing.T) {
	long := `{"text":"` + strings.Repeat("x", 300) + `"}`
	in := `{"id":"a","text":"short"}` + "\n" + long + "\n" + `{"id":"c","text":"after"}`
	arts, errs := collectStream("big.jsonl", strings.NewReader(in), Options{MaxBytes: 100})
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "c" {
		t.Errorf("articles %+v", arts)
	}
	if len(errs) != 1 || errs[0] != "big.jsonl:2: line is over the limit of 100 bytes (see --max-bytes)" {
		t.Errorf("errors %q", errs)
	}
}

func TestReadOddFiles(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	saved := writeFile(t, dir, "files/saved-page.txt", page) // a page saved as .txt
	if err := os.Symlink(saved, filepath.Join(dir, "files", "link.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "files", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "empty", ".cache"), 0o755); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect([]string{filepath.Join(dir, "files"), filepath.Join(dir, "empty")}, Options{})
	if len(arts) != 2 || arts[0].ID != "link" || arts[1].ID != "saved-page" || arts[0].Title != "Clashes reported on northern border as talks stall" ||
		strings.Contains(arts[1].Body, "<p>") {
		t.Errorf("articles %+v", arts)
	}
	if want := filepath.Join(dir, "empty") + ": directory holds no files"; len(errs) != 1 || errs[0] != want {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

// TestReadWorkers: reading files at once changes nothing in what is
// emitted, nor in its order.
func TestReadWorkers(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 24; i++ {
		name := fmt.Sprintf("f%02d", i)
		switch i % 4 {
		case 0:
			writeFile(t, dir, name+".html", page)
		case 1:
			writeFile(t, dir, name+".txt", []byte(fmt.Sprintf("Story %d said the ministry on Monday.", i)))
		case 2:
			writeFile(t, dir, name+".jsonl", []byte(fmt.Sprintf("{\"text\":\"Line story %d.\"}\n{bad\n", i)))
		case 3:
			writeFile(t, dir, name+".bin", []byte{0, 1, 2, byte(i)})
		}
	}
	run := func(workers int) string {
		var b strings.Builder
		Read([]string{dir, "missing", dir}, Options{Workers: workers},
			func(a parallax.Article) { fmt.Fprintf(&b, "A %s %s %d\n", a.ID, a.Source, len(a.Body)) },
			func(e *Error) { fmt.Fprintf(&b, "E %v\n", e) })
		return b.String()
	}
	one := run(1)
	if strings.Count(one, "\nA ") < 30 {
		t.Fatalf("too few articles:\n%s", one)
	}
	for _, w := range []int{2, 4, 16} {
		if got := run(w); got != one {
			t.Errorf("%d workers:\n%s\nwant, as with one:\n%s", w, got, one)
		}
	}
}

func TestNotJSONLines(t *testing.T) {
	tests := []struct{ name, in, errs string }{
		{"array", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]\n",
			"x.jsonl: a JSON array, not JSON Lines (one object per line): convert it, e.g. with jq -c '.[]'"},
		{"pretty object", "{\n  \"id\": \"a\",\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n",
			"x.jsonl: not JSON Lines (one JSON object per line): its first 5 lines fail, the first with: malformed JSON: unexpected end of JSON input (at byte 1)"},
		{"broken records then good", "{\"text\n{\"te\n{\"t\n{\"\n{\"x\n{\"text\":\"ok\"}\n",
			"x.jsonl:1: malformed JSON: unexpected end of JSON input (at byte 6)\nx.jsonl:2: malformed JSON: unexpected end of JSON input (at byte 4)\nx.jsonl:3: malformed JSON: unexpected end of JSON input (at byte 3)\nx.jsonl:4: malformed JSON: unexpected end of JSON input (at byte 2)\nx.jsonl:5: malformed JSON: unexpected end of JSON input (at byte 3)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var errs []string
			r := reader{opt: Options{MaxBytes: DefaultMaxBytes}, emit: func(parallax.Article) {}, fail: func(e *Error) { errs = append(errs, e.Error()) }}
			r.jsonl("x.jsonl", "x", strings.NewReader(tc.in))
			if got := strings.Join(errs, "\n"); got != tc.errs {
				t.Errorf("errors\n got:\n%s\n want:\n%s", got, tc.errs)
			}
		})
	}
}

func TestTitleSuffix(t *testing.T) {
	tests := []struct{ full, headline, want string }{
		{"Talks stall | Regional Monitor", "Talks stall", "Regional Monitor"},
		{"Talks stall - Monitor", "Talks stall", "Monitor"},
		{"Talks stall — The News of the North", "Talks stall", "The News of the North"},
		{"Talks stall: what we know about the border clashes so far today", "Talks stall", ""},
		{"Talks stall", "Talks stall", ""},
		{"Other title | Site", "Talks stall", ""},
		{"Talks stall | Site", "", ""},
	}
	for _, tc := range tests {
		if got := titleSuffix(tc.full, tc.headline); got != tc.want {
			t.Errorf("titleSuffix(%q, %q) = %q, want %q", tc.full, tc.headline, got, tc.want)
		}
	}
}

func TestDropFeedFooter(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Body one.\n\nThe post Talks resume appeared first on Harbour Times.", "Body one."},
		{"Body one.\n\nContinue reading →", "Body one."},
		{"Body one.\n\nRead more\n\n[…]", "Body one."},
		{"Body one.\n\nRead more about the talks in our explainer, published on Monday, which the ministry said was wrong.", "Body one."},
		{"Body one.\n\nThe minister said more talks would follow.", "Body one.\n\nThe minister said more talks would follow."},
		{"Read more", ""},
		{"Body that mentions the post office appeared first on Monday.", "Body that mentions the post office appeared first on Monday."},
	}
	for _, tc := range tests {
		if got := dropFeedFooter(tc.in); got != tc.want {
			t.Errorf("dropFeedFooter(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	in := []parallax.Article{{ID: "a"}, {ID: "a"}, {ID: "a~2"}, {ID: "b"}, {ID: "a"}}
	var got []string
	for _, a := range UniqueIDs(in) {
		got = append(got, a.ID)
	}
	if strings.Join(got, " ") != "a a~2 a~2~2 b a~3" {
		t.Errorf("got %v", got)
	}
}
