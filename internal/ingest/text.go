package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"golang.org/x/text/encoding/unicode"
)

// parseText reads a .txt article: an optional block of "Key: value" header
// lines (URL, OUTLET, DATE, TITLE, LANGUAGE, ID; case-insensitive), a blank
// line, the body. A UTF-16 file (with its byte-order mark) is decoded; other
// non-UTF-8 data is refused.
func parseText(data []byte, opt Options) (parallax.Article, error) {
	if hasUTF16BOM(data) {
		dec, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return parallax.Article{}, fmt.Errorf("bad UTF-16 text: %v", err)
		}
		data = dec
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return parallax.Article{}, binaryError(data[:min(len(data), sniffLen)])
	}
	if !utf8.Valid(data) {
		return parallax.Article{}, fmt.Errorf("invalid UTF-8 at byte %d (convert the file to UTF-8, e.g. with iconv)", invalidAt(data))
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	var a parallax.Article
	body := text
	if hdr, rest, ok := splitHeader(text); ok {
		body = rest
		for _, kv := range hdr {
			switch kv[0] {
			case "url":
				a.URL = kv[1]
			case "outlet", "source", "site":
				a.Outlet = kv[1]
			case "title":
				a.Title = kv[1]
			case "language", "lang":
				a.Language = kv[1]
			case "id":
				a.ID = kv[1]
			case "date", "published":
				d, err := ParseDate(kv[1])
				if err != nil {
					return a, fmt.Errorf("header %s: %v", strings.ToUpper(kv[0]), err)
				}
				a.Published = d
			}
		}
	}
	if strings.TrimSpace(body) == "" {
		return a, errors.New("empty body (no text after the header)")
	}
	if a.Published == "" {
		a.Published = opt.Date
	}
	a.Body = body
	return a, nil
}

var headerKeys = map[string]bool{"url": true, "outlet": true, "source": true, "site": true,
	"date": true, "published": true, "title": true, "language": true, "lang": true, "id": true}

// maxHeaderLines bounds the header block: a longer run of "Key: value" lines
// is body text, not a header.
const maxHeaderLines = 16

// splitHeader recognises a header block: one or more "Key: value" lines with
// known keys, ended by a blank line. It returns the keys (lower case) and
// values in order, and the text after the blank line.
func splitHeader(text string) ([][2]string, string, bool) {
	var hdr [][2]string
	rest := text
	for len(hdr) <= maxHeaderLines {
		line, after, found := strings.Cut(rest, "\n")
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			if len(hdr) == 0 || !found {
				return nil, text, false
			}
			return hdr, after, true
		}
		k, v, ok := strings.Cut(line, ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !headerKeys[k] {
			return nil, text, false
		}
		hdr = append(hdr, [2]string{k, strings.TrimSpace(v)})
		if !found {
			return nil, text, false
		}
		rest = after
	}
	return nil, text, false
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02 15:04:05Z", "2006-01-02 15:04:05",
	"2006-01-02T15:04:05", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04",
	time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST", "Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", time.RFC822, time.RFC822Z, time.RFC850, time.ANSIC,
}

// ParseDate reads a publication date in one of the forms of DESIGN §2
// (YYYY-MM-DD, RFC 3339, "YYYY-MM-DD HH:MM:SS[Z]", the RFC 1123/822 forms of
// feeds) and returns its day as written, YYYY-MM-DD; "" stays "".
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unreadable date %q (want YYYY-MM-DD, RFC 3339, or RFC 1123)", s)
}
