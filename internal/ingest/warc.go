package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/parallaxhq/parallax"
)

// warc reads a WARC file (ISO 28500; gzip per record is undone by the
// caller, since gzip members concatenate into one stream). Each response or
// resource record that holds an HTML page or plain text becomes an article
// whose URL is the record's WARC-Target-URI; other records (requests,
// metadata, images, redirects, errors) hold no article and are passed over.
// A malformed record is reported, and reading goes on at the next record.
func (r *reader) warc(name, id string, br *bufio.Reader) {
	tp := textproto.NewReader(br)
	record := 0
	for {
		line, err := nextVersionLine(br, r.opt.MaxBytes)
		if err == io.EOF {
			if record == 0 {
				r.fail(&Error{Input: name, Err: errors.New("no WARC records")})
			}
			return
		}
		record++
		label := fmt.Sprintf("record %d", record)
		if err != nil {
			r.fail(&Error{Input: name, Record: label, Err: err})
			return
		}
		if !strings.HasPrefix(line, "WARC/") {
			r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("expected a WARC/1.x version line, found %q; skipping to the next record", clip(line, 40))})
			if skipToRecord(br, r.opt.MaxBytes) != nil {
				return
			}
			continue
		}
		hdr, err := tp.ReadMIMEHeader()
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			r.fail(&Error{Input: name, Record: label, Err: errors.New("truncated record header")})
			return
		}
		if err != nil {
			r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("bad WARC header: %v; skipping to the next record", err)})
			if skipToRecord(br, r.opt.MaxBytes) != nil {
				return
			}
			continue
		}
		uri := strings.Trim(hdr.Get("WARC-Target-URI"), "<> ")
		if uri != "" {
			label += " (" + clip(uri, 120) + ")"
		}
		size, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
		if err != nil || size < 0 {
			r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("bad Content-Length %q; skipping to the next record", hdr.Get("Content-Length"))})
			if skipToRecord(br, r.opt.MaxBytes) != nil {
				return
			}
			continue
		}
		typ := strings.ToLower(hdr.Get("WARC-Type"))
		if typ != "response" && typ != "resource" {
			if _, err := io.CopyN(io.Discard, br, size); err != nil {
				r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("truncated record: %v", err)})
				return
			}
			continue
		}
		if size > r.opt.MaxBytes {
			r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("record is %d bytes, over the limit of %d (see --max-bytes)", size, r.opt.MaxBytes)})
			if _, err := io.CopyN(io.Discard, br, size); err != nil {
				return
			}
			continue
		}
		block := make([]byte, size)
		if _, err := io.ReadFull(br, block); err != nil {
			r.fail(&Error{Input: name, Record: label, Err: fmt.Errorf("truncated record: %v", err)})
			return
		}
		a, ok, err := warcArticle(typ, hdr.Get("Content-Type"), uri, block, r.opt)
		if err != nil {
			r.fail(&Error{Input: name, Record: label, Err: err})
			continue
		}
		if !ok {
			continue
		}
		a.ID = fmt.Sprintf("%s:%d", id, record)
		a.Source = fmt.Sprintf("%s#%d", name, record)
		r.emit(a)
	}
}

// warcArticle reads the article of one response or resource record; ok is
// false for a record that holds none (not a page, not a success).
func warcArticle(typ, contentType, uri string, block []byte, opt Options) (a parallax.Article, ok bool, err error) {
	body := block
	if typ == "response" {
		mt, _, _ := mime.ParseMediaType(contentType)
		if mt != "application/http" {
			return a, false, nil // dns:, whois: and other non-HTTP responses
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
		if err != nil {
			return a, false, fmt.Errorf("bad HTTP response: %v", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return a, false, nil
		}
		contentType = resp.Header.Get("Content-Type")
		var rd io.Reader = resp.Body
		switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
		case "", "identity":
		case "gzip", "x-gzip":
			gz, err := gzip.NewReader(resp.Body)
			if err != nil {
				return a, false, fmt.Errorf("bad gzip body: %v", err)
			}
			rd = gz
		case "deflate":
			rd = flate.NewReader(resp.Body)
		default:
			if isArticleType(contentType) {
				return a, false, fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))
			}
			return a, false, nil
		}
		if !isArticleType(contentType) {
			return a, false, nil
		}
		body, err = readBounded(rd, opt.MaxBytes)
		if err != nil {
			return a, false, fmt.Errorf("reading the HTTP body: %v", err)
		}
	} else if !isArticleType(contentType) {
		return a, false, nil
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "text/plain" {
		a, err = parseText(body, opt)
	} else {
		a, err = parseHTMLAt(body, contentType, uri, opt)
	}
	if err != nil {
		return a, false, err
	}
	if a.URL == "" {
		a.URL = uri
	}
	return a, true, nil
}

// isArticleType reports whether a media type can hold an article. A missing
// type is taken as HTML, as crawlers store most pages.
func isArticleType(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml" || mt == "text/plain"
}

// nextVersionLine skips the blank lines between records and returns the
// next line.
func nextVersionLine(br *bufio.Reader, max int64) (string, error) {
	for {
		line, err := readLine(br, max)
		if errors.Is(err, errLineTooLong) {
			return "", errors.New("over-long line where a record should start")
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return string(line), nil
		}
		if err != nil {
			return "", err
		}
	}
}

// skipToRecord reads up to the start of the next record: the line before a
// "WARC/" version line, which it leaves unread.
func skipToRecord(br *bufio.Reader, max int64) error {
	for {
		b, err := br.Peek(5)
		if err == nil && string(b) == "WARC/" {
			return nil
		}
		if _, err := readLine(br, max); err != nil && !errors.Is(err, errLineTooLong) {
			return err
		}
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
