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
	// The whole file is read first: names are made consistent within a
	// document (-DOCSTART- to -DOCSTART-), or within a sentence when the
	// file has no document marks.
	type item struct {
		line  string   // a line passed through ("" for a blank line)
		words []string // or a sentence
	}
	var items []item
	var words []string
	marked := false
	endSentence := func() {
		if len(words) > 0 {
			items = append(items, item{words: words})
			words = nil
		}
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			endSentence()
			items = append(items, item{})
		case strings.HasPrefix(text, "-DOCSTART-"):
			endSentence()
			marked = true
			items = append(items, item{line: text})
		case strings.HasPrefix(text, "# ") && strings.Contains(text, " = "):
			// CoNLL-U style comments ("# sent_id = 1") are kept.
			endSentence()
			items = append(items, item{line: text})
		default:
			tok, _, _ := strings.Cut(text, "\t")
			if tok == text {
				tok = strings.Fields(text)[0]
			}
			words = append(words, tok)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(e.stderr, "parallax tag: %s line %d: %v\n", *file, line+1, err)
		return exitFailure
	}
	endSentence()

	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	var doc []int // indices of the current document's sentences in items
	flushDoc := func() {
		if len(doc) == 0 {
			return
		}
		sents := make([][]string, len(doc))
		for k, i := range doc {
			sents[k] = items[i].words
		}
		tags := rec.TagDocument(sents)
		for k, i := range doc {
			upos, _, _ := tagger.Tag(items[i].words)
			var b strings.Builder
			for w, word := range items[i].words {
				b.WriteString(word)
				b.WriteByte('\t')
				b.WriteString(upos[w])
				b.WriteByte('\t')
				b.WriteString(tags[k][w])
				b.WriteByte('\n')
			}
			items[i].line = b.String()
		}
		doc = doc[:0]
	}
	for i, it := range items {
		switch {
		case it.words != nil:
			doc = append(doc, i)
			if !marked {
				flushDoc()
			}
		case strings.HasPrefix(it.line, "-DOCSTART-"):
			flushDoc()
		}
	}
	flushDoc()
	for _, it := range items {
		out.WriteString(it.line)
		if it.words == nil {
			out.WriteByte('\n')
		}
	}
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
