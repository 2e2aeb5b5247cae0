package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Labelled is one sentence with gold BIO tags, as read from an IOB file.
type Labelled struct {
	Words []string
	Tags  []string // IOB2 ("B-PER", "I-PER", "O")
	// DocStart marks a sentence that followed a -DOCSTART- line.
	DocStart bool
}

// ReadIOBFile reads an IOB file (gzip-compressed when the name ends in .gz);
// see ReadIOB. Errors name the file.
func ReadIOBFile(path string) ([]Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	s, err := ReadIOB(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// ReadIOB reads token-per-line NER data: the formats of Universal NER
// (ID, token, tag, ... with "#" comment lines), of CoNLL (token first, gold
// tag last, "-DOCSTART-" lines) and of wikigold (token and tag separated by
// a space). Columns are split on tabs when the line has one, else on
// spaces. Tags may be IOB1 or IOB2; both come out as IOB2.
func ReadIOB(r io.Reader) ([]Labelled, error) {
	var out []Labelled
	var cur Labelled
	docStart := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = ToIOB2(cur.Tags)
			cur.DocStart = docStart
			docStart = false
			out = append(out, cur)
		}
		cur = Labelled{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		tabbed := strings.Contains(text, "\t")
		var cols []string
		if tabbed {
			cols = strings.Split(text, "\t")
		} else {
			cols = strings.Fields(text)
		}
		if strings.HasPrefix(text, "#") && (strings.Contains(text, " = ") || !validTag(cols[len(cols)-1])) {
			// A comment ("# text = ..."); a token "#" carries a tag.
			// "# newdoc" opens a document, as -DOCSTART- does.
			if strings.HasPrefix(text, "# newdoc") {
				flush()
				docStart = true
			}
			continue
		}
		if strings.HasPrefix(cols[0], "-DOCSTART-") {
			flush()
			docStart = true
			continue
		}
		word, tag, err := iobColumns(cols, tabbed)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// iobColumns picks the token and the gold tag of one line: the UNER layout
// is tab-separated "ID token tag annotator..." (the first column an
// integer), any other is "token ... tag".
func iobColumns(cols []string, tabbed bool) (word, tag string, err error) {
	if len(cols) < 2 {
		return "", "", fmt.Errorf("want a token and a tag, got %q", strings.Join(cols, " "))
	}
	if tabbed && len(cols) >= 3 && isInt(cols[0]) && validTag(cols[2]) {
		word, tag = cols[1], cols[2]
	} else {
		word, tag = cols[0], cols[len(cols)-1]
	}
	if !validTag(tag) {
		return "", "", fmt.Errorf("tag %q is not O, B-TYPE or I-TYPE", tag)
	}
	return word, tag, nil
}

func isInt(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func validTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && (t[0] == 'B' || t[0] == 'I' || t[0] == 'E' || t[0] == 'S') && t[1] == '-'
}

// ToIOB2 converts IOB1 tags (I- opens an entity unless it continues one of
// the same type; B- only between two adjacent entities) and BIOES tags to
// IOB2, where every entity opens with B-. IOB2 input comes back unchanged.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		switch {
		case t == "O" || len(t) < 3:
			out[i] = "O"
		case t[0] == 'I' || t[0] == 'E':
			typ := t[2:]
			if prev == "O" || prev[2:] != typ {
				out[i] = "B-" + typ
			} else {
				out[i] = "I-" + typ
			}
		default: // B- or S-
			out[i] = "B-" + t[2:]
		}
		out[i] = strings.Clone(out[i])
		prev = out[i]
		if t[0] == 'E' || t[0] == 'S' {
			// An E-/S- closes its entity: a following I- must open anew.
			prev = "O"
		}
	}
	return out
}

// SplitByDocument splits sentences by document (a document starts at a
// sentence marked DocStart): every tenth document, counting from the
// ninth, goes to dev, every tenth from the tenth to test, the rest to
// train. The training command and the prose comparison use it for the
// wikigold held-out parts.
func SplitByDocument(sents []Labelled) (train, dev, test []Labelled) {
	doc := -1
	for _, s := range sents {
		if s.DocStart || doc < 0 {
			doc++
		}
		switch doc % 10 {
		case 8:
			dev = append(dev, s)
		case 9:
			test = append(test, s)
		default:
			train = append(train, s)
		}
	}
	return
}

// Chunk is one entity: tokens [Start, End) of a sentence with a type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entities of IOB2 tags. A stray I- (after O or after
// another type) opens an entity, as conlleval counts it.
func Chunks(tags []string) []Chunk {
	// The entities are counted first, so that the list is allocated once
	// at its size: the name rules ask for a sentence's chunks again after
	// each rule, and growing the list was half the cost of a call.
	n := 0
	prev := ""
	for _, t := range tags {
		if len(t) > 2 && t[1] == '-' && (t[0] == 'B' || t[0] == 'I' && !continues(prev, t)) {
			n++
		}
		prev = t
	}
	if n == 0 {
		return nil
	}
	out := make([]Chunk, 0, n)
	open := -1
	typ := ""
	for i, t := range tags {
		var p byte
		var ty string
		if len(t) > 2 && t[1] == '-' {
			p, ty = t[0], t[2:]
		}
		if open >= 0 && (p != 'I' || ty != typ) {
			out = append(out, Chunk{open, i, typ})
			open = -1
		}
		if p == 'B' || (p == 'I' && open < 0) {
			open, typ = i, ty
		}
	}
	if open >= 0 {
		out = append(out, Chunk{open, len(tags), typ})
	}
	return out
}

// continues reports whether the I- tag t continues the entity of the tag
// before it, prev: a B- or I- tag of the same type.
func continues(prev, t string) bool {
	return len(prev) > 2 && prev[1] == '-' && (prev[0] == 'B' || prev[0] == 'I') && prev[2:] == t[2:]
}

// Score counts exact-span matches, per type and overall (conlleval rules:
// an entity is right only when both its span and its type are).
type Score struct {
	Types map[string]*Counts
	All   Counts
}

// Counts are the true positives, predicted and gold entities of one type.
type Counts struct{ Correct, Predicted, Gold int }

// Precision, Recall and F1 are fractions in [0, 1] (0 when undefined).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }
func (c Counts) Recall() float64    { return ratio(c.Correct, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{Types: map[string]*Counts{}} }

// Add scores one sentence's predicted tags against its gold tags.
func (s *Score) Add(gold, pred []string) {
	g, p := Chunks(gold), Chunks(pred)
	set := map[Chunk]bool{}
	for _, c := range g {
		set[c] = true
		s.counts(c.Type).Gold++
		s.All.Gold++
	}
	for _, c := range p {
		s.counts(c.Type).Predicted++
		s.All.Predicted++
		if set[c] {
			s.counts(c.Type).Correct++
			s.All.Correct++
		}
	}
}

func (s *Score) counts(t string) *Counts {
	c := s.Types[t]
	if c == nil {
		c = &Counts{}
		s.Types[t] = c
	}
	return c
}

// String formats the score as a table, one line per type and overall.
func (s *Score) String() string {
	var b strings.Builder
	types := make([]string, 0, len(s.Types))
	for t := range s.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(&b, "%-8s %9s %9s %9s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred")
	for _, t := range types {
		c := s.Types[t]
		fmt.Fprintf(&b, "%-8s %9.4f %9.4f %9.4f %7d %7d\n", t, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted)
	}
	fmt.Fprintf(&b, "%-8s %9.4f %9.4f %9.4f %7d %7d\n", "overall", s.All.Precision(), s.All.Recall(), s.All.F1(), s.All.Gold, s.All.Predicted)
	return b.String()
}

// Documents groups sentences into documents at the DocStart marks; a file
// without marks gives one document per sentence, so that nothing is
// carried between unrelated sentences.
func Documents(sents []Labelled) [][]Labelled {
	marked := false
	for _, s := range sents {
		marked = marked || s.DocStart
	}
	var out [][]Labelled
	for i, s := range sents {
		if !marked || s.DocStart || i == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

// chunkMemo keeps a sentence's chunks with a copy of the tags they were
// read from: most name rules change no tag of a sentence, and asking for
// its chunks again then costs a comparison of the tags (equal strings
// share their bytes) instead of a new chunking. The rules given the
// chunks only read them, so one list may serve several.
type chunkMemo struct {
	tags   []string
	chunks []Chunk
	filled bool
}

// of returns Chunks(tags), read again only if tags changed since the
// last call.
func (m *chunkMemo) of(tags []string) []Chunk {
	if m.filled && sameStrings(m.tags, tags) {
		return m.chunks
	}
	m.tags = append(m.tags[:0], tags...)
	m.chunks = Chunks(tags)
	m.filled = true
	return m.chunks
}

// chunkMemos keeps a chunkMemo for each sentence of a document: the
// document's rules (propagate, surnamePersons, lonePlacePersons,
// firmShortNames) each read every sentence's chunks, most of them twice,
// and few change a tag. A nil chunkMemos chunks the tags at every call.
type chunkMemos []chunkMemo

// of returns Chunks(tags), the tags of sentence i (see chunkMemo.of).
func (c chunkMemos) of(i int, tags []string) []Chunk {
	if c == nil {
		return Chunks(tags)
	}
	return c[i].of(tags)
}

// sameStrings reports whether a and b hold equal strings. A tag that no
// rule rewrote still points at the bytes the copy points at, and Go's
// string comparison returns at once for equal lengths and pointers.
func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i, s := range a {
		if s != b[i] {
			return false
		}
	}
	return true
}
