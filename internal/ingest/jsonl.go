package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

type jsonArticle struct {
	ID        idString `json:"id"`
	URL       string   `json:"url"`
	Outlet    string   `json:"outlet"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Language  string   `json:"language"`
	Text      *string  `json:"text"`
}

// idString is an id given as a JSON string or number (data sets number
// their records).
type idString string

func (s *idString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] != '"' && b[0] != 'n' {
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return errors.New(`"id" must be a string or a number`)
		}
		*s = idString(n)
		return nil
	}
	var v *string
	if err := json.Unmarshal(b, &v); err != nil {
		return errors.New(`"id" must be a string or a number`)
	}
	if v != nil {
		*s = idString(*v)
	}
	return nil
}

// jsonl reads one JSON article per line; a bad line is reported with its
// number and the others still go through.
// Lines without an id get idBase:line.
func (r *reader) jsonl(name, idBase string, rd io.Reader) {
	br, ok := rd.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(rd, 64<<10)
	}
	// Until a first line is read, failures wait: when the first lines all
	// fail, the input is not JSON Lines at all (a JSON array, a
	// pretty-printed object) and gets one line, not one per line.
	var pending []*Error
	read, objects, notJSONL := false, 0, false
	fail := func(e *Error, raw []byte) {
		if read {
			r.fail(e)
			return
		}
		pending = append(pending, e)
		if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] == '{' && len(t) > 1 {
			objects++ // a record that is broken, in what may be JSON Lines
		}
		notJSONL = len(pending) == maxLeadingFailures && objects < 2
	}
	defer func() {
		for _, e := range pending {
			r.fail(e)
		}
	}()
	line := 0
	for {
		raw, err := readLine(br, r.opt.MaxBytes)
		if len(raw) == 0 && err == io.EOF {
			if line == 0 {
				r.fail(&Error{Input: name, Err: errors.New("empty input")})
			}
			return
		}
		line++
		if errors.Is(err, errLineTooLong) {
			fail(&Error{Input: name, Line: line, Err: fmt.Errorf("line is over the limit of %d bytes (see --max-bytes)", r.opt.MaxBytes)}, nil)
			continue
		}
		if err != nil && err != io.EOF {
			fail(&Error{Input: name, Line: line, Err: err}, nil)
			return
		}
		if t := bytes.TrimSpace(raw); !read && len(pending) == 0 && len(t) > 0 && t[0] == '[' {
			r.fail(&Error{Input: name, Err: errors.New("a JSON array, not JSON Lines (one object per line): convert it, e.g. with jq -c '.[]'")})
			return
		}
		if len(bytes.TrimSpace(raw)) > 0 {
			a, perr := parseJSONLine(raw, r.opt)
			if perr != nil {
				fail(&Error{Input: name, Line: line, Err: perr}, raw)
				if notJSONL {
					r.fail(&Error{Input: name, Err: fmt.Errorf("not JSON Lines (one JSON object per line): its first %d lines fail, the first with: %v", len(pending), pending[0].Err)})
					pending = nil
					return
				}
			} else {
				if !read {
					read = true
					for _, e := range pending {
						r.fail(e)
					}
					pending = nil
				}
				a.Source = fmt.Sprintf("%s:%d", name, line)
				if a.ID == "" {
					a.ID = fmt.Sprintf("%s:%d", idBase, line)
				}
				r.emit(a)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

var errLineTooLong = errors.New("line is over the size limit")

// maxLeadingFailures is how many failing lines with none read before them
// (and no two of them broken objects) make an input "not JSON Lines".
const maxLeadingFailures = 5

// readLine reads one line without its newline. A line longer than max is
// skipped to its end (never held whole) and reported as errLineTooLong.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
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

// parseJSONLine reads one JSONL record.
func parseJSONLine(raw []byte, opt Options) (parallax.Article, error) {
	raw = bytes.TrimPrefix(raw, utf8BOM)
	if bytes.IndexByte(raw, 0) >= 0 {
		return parallax.Article{}, errors.New("binary data (NUL bytes), not a JSON line")
	}
	if !utf8.Valid(raw) {
		return parallax.Article{}, fmt.Errorf("invalid UTF-8 at byte %d of the line", invalidAt(raw))
	}
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return parallax.Article{}, errors.New("malformed JSON: not a JSON object")
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return parallax.Article{}, fmt.Errorf("malformed JSON: %v", jsonMessage(err))
	}
	if j.Text == nil {
		return parallax.Article{}, errors.New(`missing "text"`)
	}
	if strings.TrimSpace(*j.Text) == "" {
		return parallax.Article{}, errors.New(`empty "text"`)
	}
	if strings.IndexByte(*j.Text, 0) >= 0 {
		return parallax.Article{}, errors.New(`"text" holds NUL characters (\u0000): binary data, not an article`)
	}
	pub, err := ParseDate(j.Published)
	if err != nil {
		return parallax.Article{}, fmt.Errorf(`"published": %v`, err)
	}
	if pub == "" {
		pub = opt.Date
	}
	return parallax.Article{ID: string(j.ID), URL: j.URL, Outlet: j.Outlet, Title: j.Title,
		Published: pub, Language: j.Language, Body: *j.Text}, nil
}

// jsonMessage words a decoding error for a person: the decoder's own text,
// with the byte offset of a syntax error.
func jsonMessage(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("field %q must be a %v, not a JSON %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}
