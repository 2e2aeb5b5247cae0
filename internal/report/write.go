package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/parallaxhq/parallax"
)

// Write writes r as `parallax analyze` prints it: JSON indented by one
// space, HTML characters unescaped, and a final newline; the bytes of a
// json.Encoder with SetIndent("", " ") and SetEscapeHTML(false). The
// encoder's indenting pass runs its validating scanner over every byte,
// three quarters of the encoding time of a big report; the marshalled
// JSON is valid already, so Write indents it with a plain loop (the same
// output: TestWriteAsEncoder, FuzzIndent).
func Write(w io.Writer, r parallax.Report) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	_, err := w.Write(indent(make([]byte, 0, 2*buf.Len()), buf.Bytes()))
	return err
}

// indent appends src, JSON as json.Marshal writes it (no space outside
// strings), to dst indented as json.Indent(dst, src, "", " ") does: a
// newline and one space per level before each element and closing
// bracket, "{}" and "[]" kept empty, a space after each colon.
func indent(dst, src []byte) []byte {
	depth := 0
	open := false // after '{' or '[': the newline waits for the first element
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, depth)
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(src)-1)
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, depth)
		case ':':
			dst = append(dst, ':', ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ')
	}
	return dst
}
