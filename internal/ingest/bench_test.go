package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Ingest throughput: b.SetBytes makes "go test -bench" report MB/s of input.

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	for _, s := range loadEvalStories(b) {
		line, _ := json.Marshal(map[string]string{"id": s.ID, "url": s.URL, "title": s.Title, "published": s.Published, "text": s.Text})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		ReadStream("bench.jsonl", bytes.NewReader(data), Options{}, func(parallax.Article) { n++ }, func(e *Error) { b.Fatal(e) })
		if n != 20 {
			b.Fatalf("read %d articles", n)
		}
	}
}

func BenchmarkReadText(b *testing.B) {
	stories := loadEvalStories(b)
	var docs [][]byte
	total := 0
	for i, s := range stories {
		d := []byte("Title: " + s.Title + "\nURL: " + s.URL + "\nDate: " + s.Published[:10] + "\n\n" + strings.Join(evalParagraphs(s.Text, i), "\n\n"))
		docs = append(docs, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := parseText(d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	pages := buildEvalPages(b)
	total := 0
	for _, p := range pages {
		total += len(p.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ExtractHTML(p.html, p.ct, "", Combined); err != nil {
				b.Fatal(err)
			}
		}
	}
}
