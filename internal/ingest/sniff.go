package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"unicode/utf8"
)

// sniffLen is how many leading bytes sniff looks at.
const sniffLen = 4096

// sniff guesses the format of an input from its first bytes. It returns
// formatUnknown for binary data (NUL bytes or bytes that are not UTF-8 text).
func sniff(head []byte) format {
	if hasUTF16BOM(head) {
		return formatText
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return formatWARC // records hold binary payloads
	}
	if bytes.IndexByte(head, 0) >= 0 || !validUTF8Prefix(head) {
		// HTML in a legacy charset is not UTF-8 but is still markup.
		if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '<' && bytes.IndexByte(head, 0) < 0 {
			return sniffMarkup(t)
		}
		return formatUnknown
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return formatWARC
	case len(t) > 0 && t[0] == '{':
		return formatJSONL
	case len(t) > 0 && t[0] == '<':
		return sniffMarkup(t)
	}
	return formatText
}

// sniffMarkup tells a feed from an HTML page by its root element.
func sniffMarkup(t []byte) format {
	lower := bytes.ToLower(t)
	// The first of the root elements that occurs decides.
	first, f := len(lower)+1, formatHTML
	for _, m := range []struct {
		tag string
		f   format
	}{{"<rss", formatFeed}, {"<feed", formatFeed}, {"<rdf:rdf", formatFeed},
		{"<html", formatHTML}, {"<!doctype html", formatHTML}, {"<body", formatHTML}} {
		if i := bytes.Index(lower, []byte(m.tag)); i >= 0 && i < first {
			first, f = i, m.f
		}
	}
	return f
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
}

// validUTF8Prefix reports whether b is valid UTF-8 but for a rune cut off at
// its end (b may be the first bytes of a longer input).
func validUTF8Prefix(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	for cut := 1; cut < utf8.UTFMax && cut <= len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) && !utf8.FullRune(b[len(b)-cut:]) {
			return true
		}
	}
	return false
}

// binaryError describes data that is not text, naming what it looks like.
func binaryError(head []byte) error {
	kind := http.DetectContentType(head)
	if kind == "application/octet-stream" || kind == "text/plain; charset=utf-8" {
		kind = ""
	} else {
		kind = "; looks like " + kind
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("binary file (NUL bytes%s), not text", kind)
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return errors.New("gzip-compressed data: give the file a .gz extension (e.g. x.jsonl.gz)")
	}
	return fmt.Errorf("not UTF-8 text (invalid byte at offset %d%s)", invalidAt(head), kind)
}

// invalidAt is the offset of the first byte of b that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// looksLikeHTMLDocument reports whether data opens as a whole HTML
// document (a doctype or an <html> element first), not just markup.
func looksLikeHTMLDocument(head []byte) bool {
	t := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n"))
	return bytes.HasPrefix(t, []byte("<!doctype html")) || bytes.HasPrefix(t, []byte("<html"))
}
