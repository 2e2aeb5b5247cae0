package ingest

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
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
	page, err := os.ReadFile("testdata/html/clashes.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page)
	f.Add([]byte("<p>" + strings.Repeat("The minister said the talks would go on. ", 5) + "</p>"))
	f.Add([]byte("<html><meta charset=shift_jis><p>\x82\xa0\x82\xa2 said the man on Monday in the town hall.</p>"))
	f.Add([]byte("<div><div><div><table><tr><td><p>x<br><br>y</p></td></tr></table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
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
