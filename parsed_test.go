package parallax

import (
	"encoding/json"
	"strings"
	"testing"
)

// countingParser parses by making every token depend on the first, and
// counts its calls.
type countingParser struct{ calls []int }

func (p *countingParser) ParseSentence(doc *Document, si int) {
	p.calls = append(p.calls, si)
	for i := range doc.Sentences[si].Tokens {
		doc.Sentences[si].Tokens[i].Head, doc.Sentences[si].Tokens[i].Rel = 1, "dep"
	}
	doc.Sentences[si].Tokens[0].Head, doc.Sentences[si].Tokens[0].Rel = 0, "root"
}

func TestParsed(t *testing.T) {
	newDoc := func() *Document {
		return &Document{Sentences: []Sentence{
			{Tokens: []Token{{Text: "Rebels"}, {Text: "left"}}},
			{Tokens: []Token{{Text: "Yes", Rel: "root"}}},
			{},
		}}
	}
	tests := []struct {
		name   string
		parser bool
		si     int
		want   bool
		calls  []int
	}{
		{"unparsed, no parser", false, 0, false, nil},
		{"parsed, no parser", false, 1, true, nil},
		{"unparsed, parser", true, 0, true, []int{0}},
		{"parsed, parser not called", true, 1, true, nil},
		{"no tokens", true, 2, false, nil},
		{"before the first", true, -1, false, nil},
		{"past the last", true, 3, false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc()
			p := &countingParser{}
			if tc.parser {
				d.Parser = p
			}
			if got := d.Parsed(tc.si); got != tc.want {
				t.Errorf("Parsed(%d) = %v, want %v", tc.si, got, tc.want)
			}
			if len(p.calls) != len(tc.calls) {
				t.Errorf("parser called for %v, want %v", p.calls, tc.calls)
			}
			// ParsedOnDemand answers the same on a fresh document
			// without calling the parser.
			fresh, q := newDoc(), &countingParser{}
			if tc.parser {
				fresh.Parser = q
			}
			if got := fresh.ParsedOnDemand(tc.si); got != tc.want {
				t.Errorf("ParsedOnDemand(%d) = %v, want %v (as Parsed)", tc.si, got, tc.want)
			}
			if len(q.calls) != 0 {
				t.Errorf("ParsedOnDemand(%d) parsed %v", tc.si, q.calls)
			}
			// A second ask never parses again.
			n := len(p.calls)
			d.Parsed(tc.si)
			if len(p.calls) != n {
				t.Errorf("second Parsed(%d) parsed again", tc.si)
			}
		})
	}
}

// The parser a document carries while it is analysed is no part of its
// JSON.
func TestParserNotInJSON(t *testing.T) {
	d := &Document{Text: "x", Parser: &countingParser{}}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "Parser") {
		t.Errorf("JSON holds the parser: %s", b)
	}
}
