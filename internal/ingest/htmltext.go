package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// breakAround is the number of newlines an element puts around its content:
// 2 for blocks (a paragraph break), 1 for a line, 0 for inline elements.
func breakAround(a atom.Atom) int {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Caption, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Aside, atom.Main, atom.Figure, atom.Figcaption, atom.Hr, atom.Address,
		atom.Details, atom.Summary, atom.Center, atom.Fieldset, atom.Form, atom.Nav,
		atom.Body, atom.Html:
		return 2
	case atom.Tr:
		return 1
	}
	return 0
}

// tagAtom is an element's atom. Trees built by extraction libraries may
// leave DataAtom unset and only name the tag in Data.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// skipped elements hold no readable text.
func skipped(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Audio,
		atom.Video, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Option:
		return true
	}
	for _, at := range n.Attr {
		if at.Key == "hidden" || (at.Key == "aria-hidden" && at.Val == "true") {
			return true
		}
	}
	return false
}

// textBuilder writes words with the pending separator between them: the
// largest break asked for since the last word, else a space if one was seen.
type textBuilder struct {
	b        strings.Builder
	space    bool
	newlines int
	// closed is set when an inline element ended since the last word.
	closed bool
}

func (t *textBuilder) word(w string) {
	if t.b.Len() > 0 {
		switch {
		case t.newlines > 0:
			t.b.WriteString("\n\n"[:t.newlines])
		case t.space:
			t.b.WriteByte(' ')
		case t.closed && lostSpace(t.b.String(), w):
			t.b.WriteByte(' ')
		}
	}
	t.space, t.newlines, t.closed = false, 0, false
	t.b.WriteString(w)
}

func (t *textBuilder) brk(n int) {
	if n > t.newlines {
		t.newlines = n
	}
}

// text writes a text node's words, keeping whether it starts or ends with
// white space (inline elements may split a word: "<b>Kh</b>ankendi").
func (t *textBuilder) text(s string) {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsSpace(r) {
			t.space = true
			s = s[n:]
			continue
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		t.word(s[:end])
		s = s[end:]
	}
}

// renderText returns the readable text of an HTML tree: words separated by
// single spaces, a blank line between blocks (paragraphs, headings, list
// items, two <br> in a row), a newline at one <br> and at table rows. It walks the tree without
// recursion, so deep nesting costs no stack.
func renderText(root *html.Node) string { return renderTextN(root, -1) }

// renderTextN is renderText visiting at most limit nodes (no limit when
// negative): the text of an element that should be short (a link, a
// caption) at a cost that stays bounded on hostile nesting.
func renderTextN(root *html.Node, limit int) string {
	if root == nil {
		return ""
	}
	var t textBuilder
	n := root
	for n != nil {
		if limit == 0 {
			break
		}
		limit--
		descend := false
		switch n.Type {
		case html.TextNode:
			t.text(n.Data)
		case html.ElementNode:
			if !skipped(n) {
				a := tagAtom(n)
				t.brk(breakAround(a))
				if a == atom.Br && t.newlines < 2 {
					// One <br> breaks the line; two or more, the paragraph.
					t.newlines++
				}
				if a == atom.Td || a == atom.Th {
					t.space = true
				}
				descend = true
			}
		case html.DocumentNode:
			descend = true
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		// Leave n and every ancestor whose last child it is.
		for n != nil {
			if n.Type == html.ElementNode {
				b := breakAround(tagAtom(n))
				t.brk(b)
				t.closed = t.closed || b == 0
			}
			if n == root {
				n = nil
				break
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	return t.b.String()
}

// lostSpace reports whether a word that follows an inline element must
// have been spaced from it: the element's text ends a label or clause
// (a colon, period, comma...) after a letter or digit, and the word opens
// with a letter. go-trafilatura trims the text after an inline element
// ("<strong>Correction:</strong> An earlier" came out "Correction:An").
func lostSpace(before, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) || len(before) < 2 {
		return false
	}
	switch before[len(before)-1] {
	case ':', ';', ',', '.', '!', '?':
	default:
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
	return unicode.IsLetter(p) || unicode.IsDigit(p)
}
