package web_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/store/memstore"
	"github.com/parallaxhq/parallax/internal/web"
)

// browser starts headless Chromium from PARALLAX_TEST_CHROMIUM. Without it
// the test skips, except in CI (CI=true), where it fails: CI installs
// Chromium and must run these tests.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("PARALLAX_TEST_CHROMIUM")
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but PARALLAX_TEST_CHROMIUM is not set: .ci/run must install chromium and export it")
		}
		t.Skip("browser test: set PARALLAX_TEST_CHROMIUM=/usr/bin/chromium to run it (apt-get install chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // tests run as root
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// Start the browser on the un-timed context (a timeout would stop it).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

func screenshotDir(t *testing.T) string {
	if d := os.Getenv("PARALLAX_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDemoInBrowser opens the demo corpus as `parallax demo --serve` does,
// goes to the 2020 incident, reads the helicopter row of the contradiction
// table, follows a value to its article and checks the claim's sentence is
// highlighted.
func TestDemoInBrowser(t *testing.T) {
	bctx := browser(t)
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, incs, dups, err := p.AnalyzeAll(context.Background(), arts, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := memstore.New()
	if _, err := st.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := st.SetFusion(context.Background(), incs, dups); err != nil {
		t.Fatal(err)
	}
	app, err := web.New(web.Config{Store: st, Pipeline: p, SideNames: kbSideNames(t)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler())
	defer srv.Close()
	dir := screenshotDir(t)
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	// The incident list, filtered on the Karabakh side, with its timeline.
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(srv.URL+"/incidents"),
		chromedp.WaitVisible(chromedp.CSS("table.incidents")),
	); err != nil {
		t.Fatalf("incident list: %v", err)
	}
	shoot(t, ctx, dir, "incidents.png")
	// Go to the 2020 incident: the first listed incident of September 2020.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/incidents?from=2020-09-01&to=2020-10-31"),
		chromedp.WaitVisible(chromedp.CSS("table.incidents")),
		chromedp.Click(chromedp.CSS(`table.incidents tbody tr:first-child td:first-child a`)),
		chromedp.WaitVisible(chromedp.CSS("table.contradictions")),
	); err != nil {
		t.Fatalf("2020 incident: %v", err)
	}
	// The helicopter row: party -> value.
	row, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`(() => {
		const heads = [...document.querySelectorAll('table.contradictions thead th')].map(th => th.textContent.trim());
		for (const tr of document.querySelectorAll('table.contradictions tbody tr')) {
			if (!/^helicopter/.test(tr.querySelector('th').textContent.trim())) continue;
			const out = {};
			tr.querySelectorAll('td').forEach((td, i) => { const v = td.querySelector('.value'); if (v) out[heads[i+1]] = v.textContent.trim(); });
			return out;
		}
		return {};
	})()`))
	if err != nil {
		t.Fatalf("reading the contradiction table: %v", err)
	}
	shoot(t, ctx, dir, "incident.png")
	incidentURL, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"AZE": "1", "ARM": "2", "NKR": "4"}
	for side, v := range want {
		if row[side] != v {
			got, _ := json.Marshal(row)
			t.Errorf("helicopters: want AZE 1 / ARM 2 / NKR 4, got %s", got)
			break
		}
	}
	// Follow NKR's value to the sentence that claims it.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`table.contradictions tbody tr td[data-side="NKR"] a.value`)),
		chromedp.WaitVisible(chromedp.CSS("div.text")),
	); err != nil {
		t.Fatalf("following the NKR value: %v", err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(loc, "/articles/") || !strings.Contains(loc, "#") {
		t.Fatalf("the value led to %s, want an article with a claim fragment", loc)
	}
	type highlighted struct {
		Text       string `json:"text"`
		Background string `json:"background"`
	}
	h, err := chromedp.Run(ctx, chromedp.Evaluate[highlighted](`(() => {
		const s = document.querySelector('.sentence:has(.anchor:target)');
		if (!s) return {text: '', background: ''};
		return {text: s.textContent, background: getComputedStyle(s).backgroundColor};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.ToLower(h.Text), "helicopter") {
		t.Errorf("highlighted sentence %q does not speak of helicopters", h.Text)
	}
	if h.Background == "" || h.Background == "rgba(0, 0, 0, 0)" || h.Background == "transparent" {
		t.Errorf("the claimed sentence is not highlighted (background %q)", h.Background)
	}
	shoot(t, ctx, dir, "article.png")

	// The same incident on a phone: no horizontal scrolling of the page.
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(incidentURL),
		chromedp.WaitVisible(chromedp.CSS("table.contradictions")),
	); err != nil {
		t.Fatal(err)
	}
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil {
		t.Fatal(err)
	}
	if wide {
		t.Error("the incident page scrolls sideways on a 390 px wide phone")
	}
	shoot(t, ctx, dir, "incident-phone.png")
	t.Logf("screenshots in %s", dir)
}
