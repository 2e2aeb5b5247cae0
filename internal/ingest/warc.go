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
	"runtime"
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
//
// A crawl is mostly HTML pages, whose main-text extraction is the costly
// part of reading it (several CPU-ms a page, more than the analysis takes
// per article on two cores): the records are read in turn, but their pages
// are extracted by Options.Workers goroutines at once, and the articles
// and failures are given to emit and fail in record order, from the
// caller's goroutine, as if read one by one.
func (r *reader) warc(name, id string, br *bufio.Reader) {
	workers := r.opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each record's outcome, in record order; the buffer lets the
	// scanner run ahead of the caller by a few records, and sem bounds
	// the extractions in flight (each holds its record's bytes).
	queue := make(chan chan warcOutcome, 2*workers)
	sem := make(chan struct{}, workers)
	go func() {
		defer close(queue)
		r.scanWARC(name, id, br, func(o warcOutcome) {
			c := make(chan warcOutcome, 1)
			c <- o
			queue <- c
		}, func(rec warcBlock) {
			c := make(chan warcOutcome, 1)
			queue <- c
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				c <- rec.extract(r.opt)
			}()
		})
	}()
	for c := range queue {
		o := <-c
		switch {
		case o.fail != nil:
			r.fail(o.fail)
		case o.ok:
			r.emit(o.article)
		}
	}
}

// warcOutcome is what one record gives: an article (ok), a failure, or
// neither (a record that holds no article).
type warcOutcome struct {
	article parallax.Article
	ok      bool
	fail    *Error
}

// warcBlock is a response or resource record whose block is read, to be
// turned into an article (extract).
type warcBlock struct {
	name, id, label string
	record          int
	typ, ctype, uri string
	block           []byte
}

func (rec warcBlock) extract(opt Options) warcOutcome {
	a, ok, err := warcArticle(rec.typ, rec.ctype, rec.uri, rec.block, opt)
	if err != nil {
		return warcOutcome{fail: &Error{Input: rec.name, Record: rec.label, Err: err}}
	}
	if !ok {
		return warcOutcome{}
	}
	a.ID = fmt.Sprintf("%s:%d", rec.id, rec.record)
	a.Source = fmt.Sprintf("%s#%d", rec.name, rec.record)
	return warcOutcome{article: a, ok: true}
}

// scanWARC reads the records of a WARC stream in turn: done is given
// each failure found in the stream itself, extract each record whose
// block may hold an article.
func (r *reader) scanWARC(name, id string, br *bufio.Reader, done func(warcOutcome), extract func(warcBlock)) {
	fail := func(e *Error) { done(warcOutcome{fail: e}) }
	tp := textproto.NewReader(br)
	record := 0
	for {
		line, err := nextVersionLine(br, r.opt.MaxBytes)
		if err == io.EOF {
			if record == 0 {
				fail(&Error{Input: name, Err: errors.New("no WARC records")})
			}
			return
		}
		record++
		label := fmt.Sprintf("record %d", record)
		if err != nil {
			fail(&Error{Input: name, Record: label, Err: err})
			return
		}
		if !strings.HasPrefix(line, "WARC/") {
			fail(&Error{Input: name, Record: label, Err: fmt.Errorf("expected a WARC/1.x version line, found %q; skipping to the next record", clip(line, 40))})
			if skipToRecord(br, r.opt.MaxBytes) != nil {
				return
			}
			continue
		}
		hdr, err := tp.ReadMIMEHeader()
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			fail(&Error{Input: name, Record: label, Err: errors.New("truncated record header")})
			return
		}
		if err != nil {
			fail(&Error{Input: name, Record: label, Err: fmt.Errorf("bad WARC header: %v; skipping to the next record", err)})
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
			fail(&Error{Input: name, Record: label, Err: fmt.Errorf("bad Content-Length %q; skipping to the next record", hdr.Get("Content-Length"))})
			if skipToRecord(br, r.opt.MaxBytes) != nil {
				return
			}
			continue
		}
		typ := strings.ToLower(hdr.Get("WARC-Type"))
		if typ != "response" && typ != "resource" {
			if _, err := io.CopyN(io.Discard, br, size); err != nil {
				fail(&Error{Input: name, Record: label, Err: fmt.Errorf("truncated record: %v", err)})
				return
			}
			continue
		}
		if size > r.opt.MaxBytes {
			fail(&Error{Input: name, Record: label, Err: fmt.Errorf("record is %d bytes, over the limit of %d (see --max-bytes)", size, r.opt.MaxBytes)})
			if _, err := io.CopyN(io.Discard, br, size); err != nil {
				return
			}
			continue
		}
		block := make([]byte, size)
		if _, err := io.ReadFull(br, block); err != nil {
			fail(&Error{Input: name, Record: label, Err: fmt.Errorf("truncated record: %v", err)})
			return
		}
		extract(warcBlock{name: name, id: id, label: label, record: record, typ: typ, ctype: hdr.Get("Content-Type"), uri: uri, block: block})
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
