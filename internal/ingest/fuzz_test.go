package ingest

import (
	"bytes"
	"math/rand"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	xhtml "golang.org/x/net/html"
)

var dayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func checkArticle(t *testing.T, a parallax.Article) {
	t.Helper()
	for name, s := range map[string]string{"id": a.ID, "url": a.URL, "outlet": a.Outlet, "title": a.Title,
		"language": a.Language, "body": a.Body} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if strings.TrimSpace(a.Body) == "" {
		t.Fatal("empty body accepted")
	}
	if strings.IndexByte(a.Body, 0) >= 0 {
		t.Fatal("NUL in the body")
	}
	if a.Published != "" && !dayRE.MatchString(a.Published) {
		t.Fatalf("published %q is not YYYY-MM-DD", a.Published)
	}
}

func FuzzParseJSONLine(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"b","published":"2024-01-02"}`, `{"text":5}`, `[]`, `{"id":1e400,"text":"x"}`,
		`{"text":"\ud800"}`, "{\"text\":\"\xff\"}", `{"published":"Mon, 02 Jan 2006 15:04:05 GMT","text":"t"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := parseJSONLine(line, Options{})
		if err == nil {
			checkArticle(t, a)
		}
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{"Title: T\nDate: 2024-01-02\n\nBody.", "Body only.", "URL: x\n\n", "\xff\xfeH\x00", "id:\n\nb", "Date: 2024-13-01\n\nx"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseText(data, Options{})
		if err != nil {
			return
		}
		checkArticle(t, a)
		if !hasUTF16BOM(data) && !strings.HasSuffix(string(data), a.Body) {
			t.Fatalf("body %q is not the end of the input", a.Body)
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	// Small seeds: the extractors are slow under coverage instrumentation,
	// and a whole page leaves the fuzzer a few runs a minute.
	f.Add([]byte(`<html lang="en"><head><title>T | Site</title><meta property="og:site_name" content="Site">` +
		`<meta property="article:published_time" content="2024-03-07"></head><body><nav><a href="/">Home</a></nav>` +
		`<article><h1>T</h1><p>The ministry said on Thursday that two soldiers had been wounded overnight.</p>` +
		`<blockquote class="twitter-tweet"><p>embedded post text here</p></blockquote></article><footer>© Site</footer></body></html>`))
	f.Add([]byte("<p>" + strings.Repeat("The minister said the talks would go on. ", 5) + "</p>"))
	f.Add([]byte("<html><meta charset=shift_jis><p>\x82\xa0\x82\xa2 said the man on Monday in the town hall.</p>"))
	f.Add([]byte("<div><div><div><table><tr><td><p>x<br><br>y</p></td></tr></table>"))
	f.Add([]byte(`<html><body><h3><a href="/a">A linked headline of a teaser</a></h3><p>The summary of that other story runs to a sentence.</p>` +
		`<div class="newsletter"><p>Sign up.</p></div><script type="application/json">{"b":[{"t":"The story held only in the data script, one sentence long."}]}</script></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPage(t, data)
	})
}

// checkPage runs ExtractHTML on data and checks its invariants.
func checkPage(t *testing.T, data []byte) {
	t.Helper()
	p, err := ExtractHTML(data, "", "", Combined)
	if err != nil {
		return
	}
	for name, s := range map[string]string{"text": p.Text, "title": p.Title, "outlet": p.Outlet, "url": p.URL} {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if strings.TrimSpace(p.Text) == "" {
		t.Fatal("empty text accepted")
	}
	if p.Published != "" && !dayRE.MatchString(p.Published) {
		t.Fatalf("published %q", p.Published)
	}
}

// TestExtractHTMLMutations is FuzzExtractHTML's invariant on a fixed set of
// random mutations (byte flips, cuts, insertions of bytes and tags) of real
// pages. Native fuzzing gets only a few runs a minute through the
// extraction libraries once they are coverage-instrumented, so this test
// is where most of their random inputs come from.
func TestExtractHTMLMutations(t *testing.T) {
	page, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		t.Fatal(err)
	}
	cp, err := os.ReadFile("testdata/html/cp1251.html")
	if err != nil {
		t.Fatal(err)
	}
	seeds := [][]byte{page, cp, []byte("<div><div><table><tr><td><p>The envoy said on Monday that the talks would go on.<br><br>Second.</p></td></tr></table>")}
	snippets := []string{"<", ">", "</p>", "<p>", "<script>", "<!--", "&#", "\x00", "<table>", "<br>", "\xff", "<meta charset=utf-16>", "\""}
	rng := rand.New(rand.NewSource(1))
	n := 300
	if testing.Short() {
		n = 60
	}
	for i := 0; i < n; i++ {
		s := append([]byte(nil), seeds[i%len(seeds)]...)
		for k := 0; k < 1+rng.Intn(10) && len(s) > 0; k++ {
			j := rng.Intn(len(s))
			switch rng.Intn(4) {
			case 0:
				s[j] = byte(rng.Intn(256))
			case 1:
				s = append(s[:j], s[min(len(s), j+1+rng.Intn(200)):]...)
			case 2:
				s = append(s[:j], append([]byte(snippets[rng.Intn(len(snippets))]), s[j:]...)...)
			case 3:
				s = s[:j]
			}
		}
		checkPage(t, s)
	}
}

// FuzzRenderText: the text of any markup has single spaces inside lines,
// at most one blank line between paragraphs, no space at either end.
func FuzzRenderText(f *testing.F) {
	for _, s := range []string{"<p>a <b>b</b>c</p><ul><li>x<li>y</ul>", "a<br><br><br>b", "<table><tr><td>1<td>2<tr><td>3</table>",
		"<div hidden>x</div><script>y</script>z", "  <p>\n\t</p>  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, markup string) {
		doc, err := xhtml.Parse(strings.NewReader(markup))
		if err != nil {
			return
		}
		text := tidyText(renderText(doc))
		if strings.Contains(text, "\n\n\n") || strings.Contains(text, "  ") || strings.TrimSpace(text) != text {
			t.Fatalf("badly spaced text %q from %q", text, markup)
		}
	})
}

// FuzzReadStream sends any bytes through sniffing and every reader (WARC,
// feeds, JSONL, text, HTML, gzip): each article valid, no panic.
func FuzzReadStream(f *testing.F) {
	f.Add([]byte(strings.Join(warcRecords(), "")))
	f.Add([]byte("{\"text\":\"a\"}\n{bad\n"))
	f.Add([]byte(`<?xml version="1.0"?><rss><channel><item><description>x y</description></item></channel></rss>`))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\nWARC-Type: resource\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadStream("fuzz", bytes.NewReader(data), Options{MaxBytes: 1 << 16},
			func(a parallax.Article) { checkArticle(t, a) },
			func(e *Error) {
				if e.Input != "fuzz" || e.Err == nil {
					t.Fatalf("error without its input: %+v", e)
				}
			})
	})
}
