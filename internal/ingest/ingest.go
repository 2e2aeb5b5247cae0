// Package ingest reads news articles from files, directories and standard
// input (DESIGN §2) into parallax.Article values. A bad input is reported
// with its name (and line, for JSONL) and the others still go through.
package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// DefaultMaxBytes bounds the size of one input file (and of one JSONL line).
const DefaultMaxBytes = 32 << 20

// Options control reading.
type Options struct {
	// Date is the publication date (YYYY-MM-DD) of inputs that carry none.
	Date string
	// MaxBytes refuses larger files; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the input "-".
	Stdin io.Reader
}

// Error is the failure to read one input, or one record (line) of it.
type Error struct {
	Input string
	Line  int // 1-based line of a JSONL record; 0 for the whole input
	Err   error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Read reads every input in order (directories walked in lexical order),
// calling emit for each article and fail for each bad input or record. It
// carries on after a failure.
func Read(inputs []string, opt Options, emit func(parallax.Article), fail func(*Error)) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	for _, in := range inputs {
		if in == "-" {
			ReadStream(in, opt.Stdin, opt, emit, fail)
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			fail(&Error{Input: in, Err: err})
			continue
		}
		if !st.IsDir() {
			readFile(in, opt, emit, fail)
			continue
		}
		err = filepath.WalkDir(in, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				fail(&Error{Input: path, Err: err})
				return nil
			}
			if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if _, ok := formats[strings.ToLower(filepath.Ext(path))]; !ok {
				return nil // a directory may hold other files: take only known formats
			}
			readFile(path, opt, emit, fail)
			return nil
		})
		if err != nil {
			fail(&Error{Input: in, Err: err})
		}
	}
}

var formats = map[string]bool{".txt": true, ".jsonl": true}

func readFile(path string, opt Options, emit func(parallax.Article), fail func(*Error)) {
	f, err := os.Open(path)
	if err != nil {
		fail(&Error{Input: path, Err: err})
		return
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > opt.MaxBytes {
		fail(&Error{Input: path, Err: fmt.Errorf("file is %d bytes, over the limit of %d", st.Size(), opt.MaxBytes)})
		return
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".jsonl":
		readJSONL(path, f, opt, emit, fail)
	case ".txt":
		data, err := readBounded(f, opt.MaxBytes)
		if err != nil {
			fail(&Error{Input: path, Err: err})
			return
		}
		a, err := parseText(data, opt)
		if err != nil {
			fail(&Error{Input: path, Err: err})
			return
		}
		a.Source = path
		if a.ID == "" {
			a.ID = stem(path)
		}
		emit(a)
	default:
		fail(&Error{Input: path, Err: fmt.Errorf("unknown input format %q (want .txt or .jsonl)", ext)})
	}
}

// ReadStream reads one stream such as standard input, named name in errors:
// JSONL when its first non-space byte is '{', text otherwise.
func ReadStream(name string, r io.Reader, opt Options, emit func(parallax.Article), fail func(*Error)) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if r == nil {
		fail(&Error{Input: name, Err: errors.New("no standard input")})
		return
	}
	br := bufio.NewReader(r)
	for {
		b, err := br.Peek(1)
		if err != nil || !(b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t') {
			break
		}
		br.ReadByte()
	}
	if b, err := br.Peek(1); err == nil && b[0] == '{' {
		readJSONL(name, br, opt, emit, fail)
		return
	}
	data, err := readBounded(br, opt.MaxBytes)
	if err != nil {
		fail(&Error{Input: name, Err: err})
		return
	}
	a, err := parseText(data, opt)
	if err != nil {
		fail(&Error{Input: name, Err: err})
		return
	}
	a.Source = name
	if a.ID == "" {
		a.ID = "stdin"
	}
	emit(a)
}

func readBounded(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("input is over the limit of %d bytes", max)
	}
	return data, nil
}

type jsonArticle struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Outlet    string  `json:"outlet"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Language  string  `json:"language"`
	Text      *string `json:"text"`
}

func readJSONL(name string, r io.Reader, opt Options, emit func(parallax.Article), fail func(*Error)) {
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	for {
		raw, err := readLine(br, opt.MaxBytes)
		if len(raw) == 0 && err == io.EOF {
			return
		}
		line++
		if errors.Is(err, errLineTooLong) {
			fail(&Error{Input: name, Line: line, Err: err})
			continue
		}
		if err != nil && err != io.EOF {
			fail(&Error{Input: name, Line: line, Err: err})
			return
		}
		if len(bytes.TrimSpace(raw)) > 0 {
			a, perr := parseJSONLine(raw, opt)
			if perr != nil {
				fail(&Error{Input: name, Line: line, Err: perr})
			} else {
				a.Source = fmt.Sprintf("%s:%d", name, line)
				if a.ID == "" {
					a.ID = fmt.Sprintf("%s:%d", stem(name), line)
				}
				emit(a)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

var errLineTooLong = errors.New("line is over the size limit")

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported as errLineTooLong.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			if err == nil {
				err = errLineTooLong
			} else if err == io.EOF {
				return []byte{0}, errLineTooLong
			}
			return []byte{0}, err
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func parseJSONLine(raw []byte, opt Options) (parallax.Article, error) {
	if !utf8.Valid(raw) {
		return parallax.Article{}, errors.New("invalid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return parallax.Article{}, fmt.Errorf("malformed JSON: %v", err)
	}
	if j.Text == nil {
		return parallax.Article{}, errors.New(`missing "text"`)
	}
	if strings.TrimSpace(*j.Text) == "" {
		return parallax.Article{}, errors.New("empty text")
	}
	pub, err := ParseDate(j.Published)
	if err != nil {
		return parallax.Article{}, err
	}
	if pub == "" {
		pub = opt.Date
	}
	return parallax.Article{ID: j.ID, URL: j.URL, Outlet: j.Outlet, Title: j.Title,
		Published: pub, Language: j.Language, Body: *j.Text}, nil
}

// parseText reads a .txt article: an optional block of "Key: value" header
// lines (URL, OUTLET, DATE, TITLE, LANGUAGE, ID), a blank line, the body.
func parseText(data []byte, opt Options) (parallax.Article, error) {
	if !utf8.Valid(data) {
		return parallax.Article{}, errors.New("invalid UTF-8 (is it a text file?)")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return parallax.Article{}, errors.New("binary data (NUL bytes), not text")
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	var a parallax.Article
	body := text
	if hdr, rest, ok := splitHeader(text); ok {
		body = rest
		for k, v := range hdr {
			switch k {
			case "url":
				a.URL = v
			case "outlet":
				a.Outlet = v
			case "title":
				a.Title = v
			case "language":
				a.Language = v
			case "id":
				a.ID = v
			case "date", "published":
				d, err := ParseDate(v)
				if err != nil {
					return a, err
				}
				a.Published = d
			}
		}
	}
	if strings.TrimSpace(body) == "" {
		return a, errors.New("empty body")
	}
	if a.Published == "" {
		a.Published = opt.Date
	}
	a.Body = body
	return a, nil
}

var headerKeys = map[string]bool{"url": true, "outlet": true, "date": true, "title": true,
	"language": true, "id": true, "published": true}

// splitHeader recognises a header block: one or more "Key: value" lines with
// known keys, ended by a blank line.
func splitHeader(text string) (map[string]string, string, bool) {
	hdr := map[string]string{}
	rest := text
	for {
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
		hdr[k] = strings.TrimSpace(v)
		if !found {
			return nil, text, false
		}
		rest = after
	}
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02 15:04:05Z", "2006-01-02 15:04:05",
	"2006-01-02T15:04:05", time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
}

// ParseDate reads a publication date in one of the forms of DESIGN §2 and
// returns its day, YYYY-MM-DD; "" stays "".
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

func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// UniqueIDs makes article ids unique, in order: a repeated id gets the
// suffix "~2", "~3"... Report items are keyed by article id, so two articles
// must never share one.
func UniqueIDs(articles []parallax.Article) []parallax.Article {
	seen := make(map[string]int, len(articles))
	for i := range articles {
		id := articles[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			for {
				cand := fmt.Sprintf("%s~%d", id, n)
				if seen[cand] == 0 {
					seen[cand] = 1
					articles[i].ID = cand
					break
				}
				n++
			}
		}
	}
	return articles
}
