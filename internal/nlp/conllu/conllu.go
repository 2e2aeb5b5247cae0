// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html): one token a
// line in ten tab-separated columns, comment lines starting with '#', and a
// blank line after each sentence. Multiword-token ranges ("3-4") and empty
// nodes ("5.1") are kept apart from the syntactic words, so that Words holds
// exactly the nodes that carry heads.
package conllu

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose ID is an integer).
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // the word as written
	Lemma  string
	UPOS   string // universal part of speech
	XPOS   string // language-specific tag (Penn Treebank for English)
	Feats  string // morphological features, "_" when none
	Head   int    // ID of the head, 0 for the root, -1 when the column is "_"
	Deprel string // dependency relation to the head
	Deps   string // enhanced dependencies, kept as written
	Misc   string // e.g. "SpaceAfter=No"
}

// Multiword is a multiword-token line ("3-4  don't"): the surface form that
// spans the syntactic words First..Last.
type Multiword struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	Comments   []string // comment lines without the leading "# "
	Words      []Word
	Multiwords []Multiword
	// Empty holds the empty nodes ("5.1") of enhanced UD as raw lines; they
	// are not part of the basic tree.
	Empty []string
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Forms returns the word forms of the sentence.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// Read parses a whole CoNLL-U stream. Errors name the line.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var cur Sentence
	started := false
	line := 0
	flush := func() {
		if started {
			out = append(out, cur)
		}
		cur = Sentence{}
		started = false
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		started = true
		if strings.HasPrefix(text, "#") {
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("conllu: line %d: want 10 tab-separated columns, got %d", line, len(cols))
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			cur.Empty = append(cur.Empty, text)
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return nil, fmt.Errorf("conllu: line %d: bad multiword range %q", line, id)
			}
			cur.Multiwords = append(cur.Multiwords, Multiword{First: first, Last: last, Form: cols[1], Misc: cols[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, fmt.Errorf("conllu: line %d: word ID %q out of sequence (want %d)", line, id, len(cur.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("conllu: line %d: bad head %q", line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{
			ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", line+1, err)
	}
	flush()
	for i := range out {
		for _, w := range out[i].Words {
			if w.Head > len(out[i].Words) {
				return nil, fmt.Errorf("conllu: sentence %d: word %d has head %d beyond the sentence", i+1, w.ID, w.Head)
			}
		}
	}
	return out, nil
}

// ReadFile reads a CoNLL-U file, gunzipping it when its name ends in ".gz".
// Errors name the file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	s, err := Read(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Write writes sentences in CoNLL-U, comments and multiword lines included.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", c)
		}
		mw := 0
		for _, wd := range s.Words {
			for mw < len(s.Multiwords) && s.Multiwords[mw].First == wd.ID {
				m := s.Multiwords[mw]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, m.Misc)
				mw++
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, wd.Lemma, wd.UPOS, wd.XPOS,
				wd.Feats, head, wd.Deprel, wd.Deps, wd.Misc)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}
