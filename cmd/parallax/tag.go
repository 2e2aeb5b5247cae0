package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallaxhq/parallax/internal/nlp/ner"
	"github.com/parallaxhq/parallax/internal/nlp/pos"
)

// runTag tags a CoNLL-style file: the token in the first column, a blank
// line between sentences, -DOCSTART- lines passed through. It writes
// token<TAB>UPOS<TAB>NER per line with BIO tags.
func runTag(e *env, args []string) int {
	fs := newFlags(e, "tag", "--conll FILE", "Tag the tokens of a CoNLL-style file (token in the first column, blank line between\nsentences; .gz accepted; - for stdin) and write token<TAB>UPOS<TAB>NER per line, BIO tags.")
	file := fs.String("conll", "", "CoNLL-style input file")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if *file == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	in, closeIn, err := openMaybeGzip(e, *file)
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax tag: %v\n", err)
		return exitFailure
	}
	defer closeIn()
	rec, err := ner.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax tag: %v\n", err)
		return exitFailure
	}
	tagger, err := pos.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "parallax tag: %v\n", err)
		return exitFailure
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	var words []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		upos, _, _ := tagger.Tag(words)
		tags := rec.Tag(words)
		for i, w := range words {
			out.WriteString(w)
			out.WriteByte('\t')
			out.WriteString(upos[i])
			out.WriteByte('\t')
			out.WriteString(tags[i])
			out.WriteByte('\n')
		}
		words = words[:0]
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			out.WriteByte('\n')
		case strings.HasPrefix(text, "-DOCSTART-"):
			flush()
			out.WriteString(text)
			out.WriteByte('\n')
		case strings.HasPrefix(text, "# ") && strings.Contains(text, " = "):
			// CoNLL-U style comments ("# sent_id = 1") are kept.
			flush()
			out.WriteString(text)
			out.WriteByte('\n')
		default:
			var tok string
			if i := strings.IndexByte(text, '\t'); i >= 0 {
				tok = text[:i]
			} else {
				tok = strings.Fields(text)[0]
			}
			words = append(words, tok)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(e.stderr, "parallax tag: %s line %d: %v\n", *file, line+1, err)
		return exitFailure
	}
	flush()
	return exitOK
}

// openMaybeGzip opens a file, "-" for stdin, decompressing it when its name
// ends in .gz.
func openMaybeGzip(e *env, path string) (io.Reader, func(), error) {
	var r io.Reader
	closer := func() {}
	if path == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		r, closer = f, func() { f.Close() }
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			closer()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		c := closer
		r, closer = zr, func() { zr.Close(); c() }
	}
	return r, closer, nil
}
