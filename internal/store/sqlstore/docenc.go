package sqlstore

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/parallaxhq/parallax"
)

// The stored form of a document, version 2: the magic docMagic, then a
// flate stream (best speed) of
//
//	uvarint len(strings), then each string as uvarint length and bytes
//	byte flags (flagTokenTexts)
//	uvarint len(sentences), then per sentence:
//	    varint Start, varint End, byte Bullet, uvarint len(tokens),
//	    then per token: varint Start - the previous token's End (the
//	    sentence's Start for the first), varint End - Start, uvarint
//	    string indexes of UPOS, XPOS, Lemma, Rel, NER (and Text with
//	    flagTokenTexts), varint Head
//	the JSON of the document without its sentences, article and text
//
// Tokens are most of a document: as JSON they made encoding (and the
// compression of its repetitive field names) the largest cost of storing
// an article. Their string fields take few distinct values (tags,
// relations) or repeat (lemmas), so each is an index into the document's
// table of strings. Every integer is a zigzag varint and every string is
// kept byte for byte, so any document round-trips exactly (FuzzDocEncoding);
// TestDocEncodingFields fails when Token or Sentence gains a field this
// format does not carry. Version 1 (gzip'd JSON of the whole document,
// recognised by gzip's magic) is still read.
var docMagic = []byte("PXD\x02")

// Flags of a document, and of a sentence: flagTokenTexts, the token
// texts are stored (some is not the slice of the text its span says);
// flagEmpty, an empty list of sentences (tokens) that is not nil; flagBullet,
// Sentence.Bullet.
const (
	flagTokenTexts = 1 << iota
	flagEmpty
	flagBullet
)

// docEncoder is the reusable state of EncodeDocument.
type docEncoder struct {
	strs  map[string]uint64
	table []byte // the strings, each with its length
	n     uint64 // strings in table
	body  []byte // flags, sentences and JSON
	out   bytes.Buffer
	zw    *flate.Writer
}

var docEncoders = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return &docEncoder{strs: map[string]uint64{}, zw: zw}
}}

func (e *docEncoder) str(s string) {
	i, ok := e.strs[s]
	if !ok {
		i = e.n
		e.n++
		e.strs[s] = i
		e.table = binary.AppendUvarint(e.table, uint64(len(s)))
		e.table = append(e.table, s...)
	}
	e.body = binary.AppendUvarint(e.body, i)
}

// EncodeDocument makes the compact stored form of d: everything but the
// article and the cleaned text, which have their own columns, and the
// token texts when each is the slice of the text its span says.
func EncodeDocument(d *parallax.Document) ([]byte, error) {
	e := docEncoders.Get().(*docEncoder)
	defer docEncoders.Put(e)
	clear(e.strs)
	e.table, e.n, e.body = e.table[:0], 0, e.body[:0]

	texts := false
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.Start < 0 || t.End > len(d.Text) || t.Start > t.End || d.Text[t.Start:t.End] != t.Text {
				texts = true
			}
		}
	}
	var flags byte
	if texts {
		flags |= flagTokenTexts
	}
	if d.Sentences != nil && len(d.Sentences) == 0 {
		flags |= flagEmpty
	}
	e.body = append(e.body, flags)
	e.body = binary.AppendUvarint(e.body, uint64(len(d.Sentences)))
	for _, s := range d.Sentences {
		e.body = binary.AppendVarint(e.body, int64(s.Start))
		e.body = binary.AppendVarint(e.body, int64(s.End))
		var sf byte
		if s.Bullet {
			sf |= flagBullet
		}
		if s.Tokens != nil && len(s.Tokens) == 0 {
			sf |= flagEmpty
		}
		e.body = append(e.body, sf)
		e.body = binary.AppendUvarint(e.body, uint64(len(s.Tokens)))
		prev := s.Start
		for _, t := range s.Tokens {
			e.body = binary.AppendVarint(e.body, int64(t.Start-prev))
			e.body = binary.AppendVarint(e.body, int64(t.End-t.Start))
			prev = t.End
			e.str(t.UPOS)
			e.str(t.XPOS)
			e.str(t.Lemma)
			e.str(t.Rel)
			e.str(t.NER)
			if texts {
				e.str(t.Text)
			}
			e.body = binary.AppendVarint(e.body, int64(t.Head))
		}
	}
	c := *d
	c.Text, c.Article, c.Sentences = "", parallax.Article{}, nil
	j, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	e.body = append(e.body, j...)

	e.out.Reset()
	e.out.Write(docMagic)
	e.zw.Reset(&e.out)
	var n [binary.MaxVarintLen64]byte
	e.zw.Write(binary.AppendUvarint(n[:0], e.n))
	e.zw.Write(e.table)
	e.zw.Write(e.body)
	if err := e.zw.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(e.out.Bytes()), nil
}

var errDoc = errors.New("decoding the stored document: malformed")

// docReader reads the fields of a decompressed stored document.
type docReader struct {
	b   []byte
	bad bool
}

func (r *docReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *docReader) varint() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *docReader) byte() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// count reads a length of items that take at least min bytes each.
func (r *docReader) count(min int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/min) {
		r.bad, r.b = true, nil
		return 0
	}
	return int(n)
}

// DecodeDocument reverses EncodeDocument; text is the cleaned text. The
// caller sets the article.
func DecodeDocument(b []byte, text string) (*parallax.Document, error) {
	if !bytes.HasPrefix(b, docMagic) {
		return decodeV1(b, text)
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(b[len(docMagic):])))
	if err != nil {
		return nil, fmt.Errorf("decoding the stored document: %w", err)
	}
	r := &docReader{b: raw}
	strs := make([]string, r.count(1))
	for i := range strs {
		k := r.count(1)
		if k > len(r.b) {
			return nil, errDoc
		}
		strs[i] = string(r.b[:k])
		r.b = r.b[k:]
	}
	str := func() string {
		i := r.uvarint()
		if i >= uint64(len(strs)) {
			r.bad = true
			return ""
		}
		return strs[i]
	}
	flags := r.byte()
	texts := flags&flagTokenTexts != 0
	// Token records take at least 8 bytes (2 varints, 5 indexes, Head).
	sents := make([]parallax.Sentence, r.count(4))
	for i := range sents {
		s := &sents[i]
		s.Start, s.End = r.varint(), r.varint()
		sf := r.byte()
		s.Bullet = sf&flagBullet != 0
		if n := r.count(8); n > 0 || sf&flagEmpty != 0 {
			s.Tokens = make([]parallax.Token, n)
		}
		prev := s.Start
		for j := range s.Tokens {
			t := &s.Tokens[j]
			t.Start = prev + r.varint()
			t.End = t.Start + r.varint()
			prev = t.End
			t.UPOS, t.XPOS, t.Lemma, t.Rel, t.NER = str(), str(), str(), str(), str()
			if texts {
				t.Text = str()
			} else if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
				t.Text = text[t.Start:t.End]
			}
			t.Head = r.varint()
		}
		if r.bad {
			return nil, errDoc
		}
	}
	if r.bad {
		return nil, errDoc
	}
	d := &parallax.Document{}
	if err := json.Unmarshal(r.b, d); err != nil {
		return nil, fmt.Errorf("decoding the stored document: %w", err)
	}
	if len(sents) > 0 || flags&flagEmpty != 0 {
		d.Sentences = sents
	}
	d.Text = text
	return d, nil
}
