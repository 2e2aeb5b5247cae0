package ingest_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// goldenArticle is an article as the golden files show it: the source
// without the temporary directory.
type goldenArticle struct {
	ID, Source, URL, Outlet, Title, Language, Published, Body string
}

func readAll(t *testing.T, inputs []string, base string) ([]goldenArticle, []string) {
	t.Helper()
	var arts []goldenArticle
	var errs []string
	ingest.Read(inputs, ingest.Options{}, func(a parallax.Article) {
		rel, err := filepath.Rel(base, a.Source)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = a.Source
		}
		arts = append(arts, goldenArticle{a.ID, filepath.ToSlash(rel), a.URL, a.Outlet, a.Title, a.Language, a.Published, a.Body})
	}, func(e *ingest.Error) { errs = append(errs, e.Error()) })
	return arts, errs
}

// TestGoldenSeeds writes the five seed articles as a text file with a
// header and as a scraped-looking HTML page, reads both back, and compares
// the articles with testdata/golden/seeds.json.
func TestGoldenSeeds(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for _, a := range testutil.Seeds(t) {
		txt := fmt.Sprintf("ID: %s\nURL: %s\nOutlet: %s\nTitle: %s\nDate: %s\n\n%s", a.ID, a.URL, a.Outlet, a.Title, a.Published, a.Body)
		var paras strings.Builder
		for _, p := range strings.Split(a.Body, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				fmt.Fprintf(&paras, "<p>%s</p>\n", html.EscapeString(p))
			}
		}
		page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<div class="share">Share on Facebook Share on X</div><article><h1>%s</h1>%s</article>
<aside><h3>Related stories</h3><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></aside>
<footer>© News site. All rights reserved.</footer></body></html>`,
			html.EscapeString(a.Title), html.EscapeString(a.Outlet), a.Published, html.EscapeString(a.Title), paras.String())
		for name, data := range map[string]string{a.ID + ".txt": txt, a.ID + ".html": page} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, p)
		}
	}
	arts, errs := readAll(t, []string{dir}, dir)
	if len(errs) > 0 {
		t.Fatalf("errors: %q", errs)
	}
	if len(arts) != 10 {
		t.Fatalf("got %d articles, want 10", len(arts))
	}
	testutil.GoldenJSON(t, "seeds.json", arts)
}

// TestGoldenFixtures reads the HTML pages and feeds of testdata.
func TestGoldenFixtures(t *testing.T) {
	arts, errs := readAll(t, []string{"testdata/html", "testdata/feeds"}, ".")
	testutil.GoldenJSON(t, "fixtures.json", struct {
		Articles []goldenArticle
		Errors   []string
	}{arts, errs})
}
