package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// warcCrawl is a crawl of n rounds of the small crawl's records (pages,
// failures, records without articles), each page with its own closing
// line so that the articles differ.
func warcCrawl(n int) string {
	var b strings.Builder
	for i := range n {
		for j, rec := range warcRecords() {
			if j == 2 {
				page := strings.Replace(warcPage, "</article>", fmt.Sprintf("<p>Round %d of the talks.</p></article>", i), 1)
				rec = warcRecord("response", fmt.Sprintf("https://riverpost.example/dam/%d", i), "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page))
			}
			b.WriteString(rec)
		}
	}
	return b.String()
}

// TestWARCParallelAsSerial: records extracted by several goroutines give
// the articles and failures of one reader, in record order, also when
// the stream ends in a truncated record.
func TestWARCParallelAsSerial(t *testing.T) {
	crawl := warcCrawl(12)
	for _, data := range []string{crawl, crawl[:len(crawl)-len(crawl)/7]} {
		wantArts, wantErrs := collectStream("crawl.warc", strings.NewReader(data), Options{Workers: 1})
		if len(wantArts) < 12 || len(wantErrs) < 12 {
			t.Fatalf("serial read: %d articles, %d failures; want at least 12 of each", len(wantArts), len(wantErrs))
		}
		for _, w := range []int{2, 3, 8} {
			arts, errs := collectStream("crawl.warc", strings.NewReader(data), Options{Workers: w})
			if !reflect.DeepEqual(arts, wantArts) || !reflect.DeepEqual(errs, wantErrs) {
				t.Errorf("%d workers: %d articles, %d failures differ from one reader's %d, %d", w, len(arts), len(errs), len(wantArts), len(wantErrs))
			}
		}
	}
}

// BenchmarkReadWARC measures reading a WARC crawl of the evaluation pages
// (140 HTML pages of 7 templates): ms/page is the wall time per page,
// with as many extraction goroutines as GOMAXPROCS (-cpu sets it).
func BenchmarkReadWARC(b *testing.B) {
	pages := buildEvalPages(b)
	var crawl strings.Builder
	for i, p := range pages {
		ct := p.ct
		if ct == "" {
			ct = "text/html"
		}
		crawl.WriteString(warcRecord("response", fmt.Sprintf("https://news.example/%d", i), "application/http; msgtype=response", httpResponse("200 OK", ct, string(p.html))))
	}
	data := crawl.String()
	b.SetBytes(int64(len(data)))
	cpu := startCPU()
	runs := 0
	for b.Loop() {
		runs++
		arts, errs := collectStream("crawl.warc", strings.NewReader(data), Options{})
		if len(arts) != len(pages) || len(errs) != 0 {
			b.Fatalf("%d articles, %v", len(arts), errs)
		}
	}
	cpu.report(b, len(data), runs)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1e3/float64(runs*len(pages)), "ms/page")
}

// TestGzippedPagesPooledInOrder: a folder of pages, some gzipped, read by
// several workers gives the articles of one reader, in file order.
func TestGzippedPagesPooledInOrder(t *testing.T) {
	dir := t.TempDir()
	for i := range 10 {
		page := strings.Replace(warcPage, "</article>", fmt.Sprintf("<p>Round %d of the talks.</p></article>", i), 1)
		name := fmt.Sprintf("p%02d.html", i)
		if i%2 == 0 {
			var gz bytes.Buffer
			zw := gzip.NewWriter(&gz)
			zw.Write([]byte(page))
			zw.Close()
			writeFile(t, dir, name+".gz", gz.Bytes())
		} else {
			writeFile(t, dir, name, []byte(page))
		}
	}
	read := func(workers int) ([]parallax.Article, []string) {
		var arts []parallax.Article
		var errs []string
		Read([]string{dir}, Options{Workers: workers}, func(a parallax.Article) { arts = append(arts, a) }, func(e *Error) { errs = append(errs, e.Error()) })
		return arts, errs
	}
	want, wantErrs := read(1)
	if len(want) != 10 || len(wantErrs) != 0 || want[0].ID != "p00" || want[9].ID != "p09" {
		t.Fatalf("one reader: %d articles, %v", len(want), wantErrs)
	}
	if got, errs := read(4); !reflect.DeepEqual(got, want) || len(errs) != 0 {
		t.Errorf("4 workers: %d articles, %v; differ from one reader's", len(got), errs)
	}
}
