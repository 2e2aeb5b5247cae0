// Package ingest reads news articles from files, directories and standard
// input (DESIGN §2) into parallax.Article values: plain text with an optional
// header block, JSONL, HTML pages (main text by go-trafilatura, go-readability
// as fallback), RSS/Atom feeds and WARC archives, each optionally gzipped.
// A bad input is reported with its name (and line or record) and the others
// still go through.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/parallaxhq/parallax"
)

// DefaultMaxBytes bounds the size of one input file, of one JSONL line and of
// one WARC record.
const DefaultMaxBytes = 32 << 20

// Options control reading.
type Options struct {
	// Date is the publication date (YYYY-MM-DD) of inputs that carry none.
	Date string
	// MaxBytes refuses larger files (for the streamed formats, JSONL and
	// WARC: larger lines or records); 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Workers is how many files are read at once; 0 means one per core.
	Workers int
	// Skip names files a directory walk leaves out: the database being
	// written and its side files, when it lies in an input directory
	// (`ingest --db articles/p.db articles/`), which would otherwise be
	// read as inputs and fail as binary files. Named as inputs themselves,
	// they are still read.
	Skip []string
}

// Error is the failure to read one input, or one record of it.
type Error struct {
	Input string
	// Line is the 1-based line of a JSONL record; 0 otherwise.
	Line int
	// Record names a record inside a container input ("item 3", "record 7
	// (https://...)"); "" for the whole input or a JSONL line.
	Record string
	Err    error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	case e.Record != "":
		return fmt.Sprintf("%s: %s: %v", e.Input, e.Record, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// format is an input format.
type format int

const (
	formatUnknown format = iota
	formatText
	formatJSONL
	formatHTML
	formatFeed
	formatWARC
)

func (f format) String() string {
	return [...]string{"unknown", "text", "JSONL", "HTML", "feed", "WARC"}[f]
}

// extFormats maps file extensions to formats. A ".gz" on top of any of them
// is decompressed while reading.
var extFormats = map[string]format{
	".txt": formatText, ".text": formatText,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML, ".shtml": formatHTML,
	".xml": formatFeed, ".rss": formatFeed, ".atom": formatFeed,
	".warc": formatWARC,
}

// knownExtensions names the accepted extensions in messages.
const knownExtensions = ".txt, .jsonl, .html/.htm, .rss/.atom/.xml, .warc, each optionally .gz"

// splitExt returns a file's format by its extension, whether it is gzipped,
// and the extension it has ("" when none).
func splitExt(path string) (f format, gzipped bool, ext string) {
	base := strings.ToLower(filepath.Base(path))
	ext = filepath.Ext(base)
	if ext == ".gz" {
		gzipped = true
		base = strings.TrimSuffix(base, ext)
		ext = filepath.Ext(base)
	}
	return extFormats[ext], gzipped, ext
}

// stem is the file name without its extension (and without ".gz"): the
// article id of a one-article file (DESIGN §2).
func stem(path string) string {
	base := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(base), ".gz") {
		base = base[:len(base)-3]
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Read reads every input in order (directories walked in lexical order),
// calling emit for each article and fail for each bad input or record, in
// input order, from the caller's goroutine. It carries on after a failure.
// Files read whole (HTML pages, text, feeds, gzipped or not) are read by
// Options.Workers goroutines at once, since HTML extraction is the costly
// part of ingest; streamed inputs (JSONL, WARC, gzip of no known kind,
// stdin) are read in turn, a WARC's pages extracted by the workers too.
func Read(inputs []string, opt Options, emit func(parallax.Article), fail func(*Error)) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	items := expand(inputs, opt.Skip)
	r := reader{opt: opt, emit: emit, fail: fail}

	// Each file read by a worker delivers its result on its own channel;
	// the loop below takes them in input order. A slot of sem is held from
	// a worker's start to its result's delivery, so at most `workers`
	// results wait in memory.
	results := make([]chan fileResult, len(items))
	for i, it := range items {
		if it.pooled() {
			results[i] = make(chan fileResult, 1)
		}
	}
	sem := make(chan struct{}, workers)
	go func() {
		for i, it := range items {
			if !it.pooled() {
				continue
			}
			sem <- struct{}{}
			go func() {
				var res fileResult
				w := reader{opt: opt,
					emit: func(a parallax.Article) { res.articles = append(res.articles, a) },
					fail: func(e *Error) { res.errors = append(res.errors, e) }}
				w.file(it.path)
				results[i] <- res
			}()
		}
	}()
	for i, it := range items {
		switch {
		case it.err != nil:
			fail(it.err)
		case it.path == "-":
			ReadStream(it.path, opt.Stdin, opt, emit, fail)
		case !it.pooled():
			r.file(it.path)
		default:
			res := <-results[i]
			<-sem
			for _, a := range res.articles {
				emit(a)
			}
			for _, e := range res.errors {
				fail(e)
			}
		}
	}
}

// item is one file to read, or the failure to list one.
type item struct {
	path string // a file, or "-" for standard input
	err  *Error
}

// pooled reports whether a worker reads the item: a file read whole.
func (it item) pooled() bool {
	if it.err != nil || it.path == "-" {
		return false
	}
	f, gzipped, _ := splitExt(it.path)
	switch {
	case f == formatJSONL || f == formatWARC:
		return false
	case gzipped:
		// A compressed page, text or feed is read whole as well (its
		// size bounded as it is decompressed); a compressed file of no
		// known kind is sniffed and may be a stream, whose articles a
		// worker would hold all at once.
		return f != formatUnknown
	}
	return true
}

type fileResult struct {
	articles []parallax.Article
	errors   []*Error
}

// expand lists the files of the inputs in reading order: directories
// walked in lexical order, hidden files and folders skipped, and the files
// skip names (compared as absolute paths).
func expand(inputs []string, skip []string) []item {
	skipped := map[string]bool{}
	for _, p := range skip {
		if abs, err := filepath.Abs(p); err == nil {
			skipped[abs] = true
		}
	}
	var items []item
	for _, in := range inputs {
		if in == "-" {
			items = append(items, item{path: in})
			continue
		}
		st, err := os.Stat(in)
		if err != nil {
			if u := strings.ToLower(in); strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
				err = errors.New("URLs are not fetched: save the page (or feed) and give the file")
			}
			items = append(items, item{err: &Error{Input: in, Err: plainPathError(err)}})
			continue
		}
		if !st.IsDir() {
			items = append(items, item{path: in})
			continue
		}
		files := 0
		err = filepath.WalkDir(in, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				items = append(items, item{err: &Error{Input: path, Err: plainPathError(err)}})
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && path != in {
				if d.IsDir() {
					return filepath.SkipDir // .git and the like hold no articles
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// A link to a file is read; a link to a directory is not
				// followed (it could loop).
				if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil // sockets, devices, pipes
			}
			if len(skipped) > 0 {
				if abs, err := filepath.Abs(path); err == nil && skipped[abs] {
					return nil
				}
			}
			files++
			items = append(items, item{path: path})
			return nil
		})
		if err != nil {
			items = append(items, item{err: &Error{Input: in, Err: err}})
		} else if files == 0 {
			items = append(items, item{err: &Error{Input: in, Err: errors.New("directory holds no files")}})
		}
	}
	return items
}

// plainPathError drops the operation and path from an *os.PathError: the
// Error that carries it already names the input.
func plainPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadStream reads one stream such as standard input, named name in errors.
// Its format is sniffed from its first bytes: JSONL, HTML, a feed, WARC, or
// plain text; gzip is decompressed.
func ReadStream(name string, r io.Reader, opt Options, emit func(parallax.Article), fail func(*Error)) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if r == nil {
		fail(&Error{Input: name, Err: errors.New("no standard input")})
		return
	}
	rd := reader{opt: opt, emit: emit, fail: fail}
	id := stem(name)
	if name == "-" {
		id = "stdin"
	}
	rd.stream(name, id, bufio.NewReaderSize(r, 64<<10), formatUnknown, true)
}

// reader carries the options and callbacks through one Read.
type reader struct {
	opt  Options
	emit func(parallax.Article)
	fail func(*Error)
}

// file reads one file, named or found in a directory: both get the same
// treatment, so a folder of mixed files gives one line per unreadable file.
func (r *reader) file(path string) {
	f, err := os.Open(path)
	if err != nil {
		r.fail(&Error{Input: path, Err: plainPathError(err)})
		return
	}
	defer f.Close()
	fmtExt, gzipped, ext := splitExt(path)
	st, err := f.Stat()
	if err != nil {
		r.fail(&Error{Input: path, Err: plainPathError(err)})
		return
	}
	// JSONL and WARC are streamed record by record, so their bound is per
	// record; every other format is read whole, so the file is bounded
	// before a byte of it is read.
	streamed := fmtExt == formatJSONL || fmtExt == formatWARC
	if !streamed && !gzipped && st.Size() > r.opt.MaxBytes {
		r.fail(&Error{Input: path, Err: fmt.Errorf("file is %d bytes, over the limit of %d (see --max-bytes)", st.Size(), r.opt.MaxBytes)})
		return
	}
	if st.Size() == 0 {
		r.fail(&Error{Input: path, Err: errors.New("empty file")})
		return
	}
	var src io.Reader = f
	if gzipped {
		gz, err := gzip.NewReader(f)
		if err != nil {
			r.fail(&Error{Input: path, Err: fmt.Errorf("not a valid gzip file: %v", err)})
			return
		}
		defer gz.Close()
		src = gz
	}
	br := bufio.NewReaderSize(src, 64<<10)
	if fmtExt == formatUnknown {
		// An unknown extension: take the file if its content is clearly one
		// of the formats (scraped pages are often saved as "index.php" or
		// with no extension at all), else name the extension.
		head, _ := br.Peek(sniffLen)
		sniffed := sniff(head)
		switch {
		case (sniffed == formatText || sniffed == formatJSONL) && ext != "":
			// Plain text or JSON under another extension (.md, .csv,
			// .json) is more likely something else than an article.
			r.fail(&Error{Input: path, Err: fmt.Errorf("unknown input format %q (want %s)", ext, knownExtensions)})
			return
		case sniffed == formatUnknown:
			r.fail(&Error{Input: path, Err: binaryError(head)})
			return
		}
		fmtExt = sniffed
	} else if fmtExt == formatText {
		// Scrapers often save pages as .txt: a file that opens as an HTML
		// document is read as one.
		head, _ := br.Peek(sniffLen)
		if looksLikeHTMLDocument(head) {
			fmtExt = formatHTML
		}
	}
	r.stream(path, stem(path), br, fmtExt, false)
}

// stream reads one input of format f (sniffed when formatUnknown). id is the
// article id of a one-article input; sniffGzip lets a gzip stream through.
func (r *reader) stream(name, id string, br *bufio.Reader, f format, sniffGzip bool) {
	if f == formatUnknown {
		head, _ := br.Peek(sniffLen)
		if sniffGzip && len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
			gz, err := gzip.NewReader(br)
			if err != nil {
				r.fail(&Error{Input: name, Err: fmt.Errorf("not a valid gzip stream: %v", err)})
				return
			}
			defer gz.Close()
			r.stream(name, id, bufio.NewReaderSize(gz, 64<<10), formatUnknown, false)
			return
		}
		if len(bytes.TrimSpace(head)) == 0 {
			r.fail(&Error{Input: name, Err: errors.New("empty input")})
			return
		}
		f = sniff(head)
		if f == formatUnknown {
			r.fail(&Error{Input: name, Err: binaryError(head)})
			return
		}
	}
	switch f {
	case formatJSONL:
		r.jsonl(name, id, br)
		return
	case formatWARC:
		r.warc(name, id, br)
		return
	}
	data, err := readBounded(br, r.opt.MaxBytes)
	if err != nil {
		r.fail(&Error{Input: name, Err: err})
		return
	}
	switch f {
	case formatText:
		a, err := parseText(data, r.opt)
		if err != nil {
			r.fail(&Error{Input: name, Err: err})
			return
		}
		r.emitOne(name, id, a)
	case formatHTML:
		a, err := parseHTML(data, "", r.opt)
		if err != nil {
			r.fail(&Error{Input: name, Err: err})
			return
		}
		r.emitOne(name, id, a)
	case formatFeed:
		r.feed(name, id, data)
	}
}

func (r *reader) emitOne(name, id string, a parallax.Article) {
	a.Source = name
	if a.ID == "" {
		a.ID = id
	}
	r.emit(a)
}

// readBounded reads r whole, refusing more than max bytes without reading
// past max+1.
func readBounded(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("input is over the limit of %d bytes (see --max-bytes)", max)
	}
	return data, nil
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
