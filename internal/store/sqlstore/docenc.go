package sqlstore

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

// The stored form of a document, version 3: the magic docMagic, then a
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
//	uvarint len(kept), then per item whose empty "sentence" is kept
//	empty: byte kind (entity, place, claim, event, count), uvarint index
//	the JSON of the document without its sentences, article and text,
//	and without the items' "sentence" where it is the text of the
//	sentence that holds the item (Document.SentenceText of its start, a
//	claim's cue), restored when decoded
//
// Tokens are most of a document: as JSON they made encoding (and the
// compression of its repetitive field names) the largest cost of storing
// an article. Their string fields take few distinct values (tags,
// relations) or repeat (lemmas), so each is an index into the document's
// table of strings. Every integer is a zigzag varint and every string is
// kept byte for byte, so any document round-trips exactly (FuzzDocEncoding);
// TestDocEncodingFields fails when Token or Sentence gains a field this
// format does not carry. The items' sentences were most of the JSON (each
// item repeats its sentence). Version 1 (gzip'd JSON of the whole
// document, recognised by gzip's magic) is still read; version 2 was
// written for an hour of development only.
var docMagic = []byte("PXD\x03")

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
	strs map[string]uint64
	// recent is a direct-mapped cache in front of strs (slot by
	// recentSlot): a token's five strings are mostly tags, relations and
	// "O", a few dozen values, which it answers without hashing the
	// string; a lemma that misses goes to strs.
	recent [256]struct {
		s string
		i uint64
	}
	table []byte // the strings, each with its length
	n     uint64 // strings in table
	body  []byte // flags, sentences and JSON
	// jenc writes the JSON part straight after body, as json.Marshal
	// makes it (plus a newline, cut), without Marshal's copy of it.
	jenc *json.Encoder
	zw   *flate.Writer // writes to out: the caller's buffer, during a call
	out  []byte
}

var docEncoders = sync.Pool{New: func() any {
	e := &docEncoder{strs: map[string]uint64{}}
	e.jenc = json.NewEncoder(appendTo{&e.body})
	e.zw, _ = flate.NewWriter(appendTo{&e.out}, flate.BestSpeed)
	return e
}}

// appendTo is an io.Writer that appends to the slice b points to.
type appendTo struct{ b *[]byte }

func (w appendTo) Write(p []byte) (int, error) {
	*w.b = append(*w.b, p...)
	return len(p), nil
}

func (e *docEncoder) str(s string) {
	slot := &e.recent[recentSlot(s)]
	if slot.s == s && (s != "" || slot.i != noIndex) {
		e.body = binary.AppendUvarint(e.body, slot.i)
		return
	}
	i, ok := e.strs[s]
	if !ok {
		i = e.n
		e.n++
		e.strs[s] = i
		e.table = binary.AppendUvarint(e.table, uint64(len(s)))
		e.table = append(e.table, s...)
	}
	slot.s, slot.i = s, i
	e.body = binary.AppendUvarint(e.body, i)
}

// noIndex marks an empty slot of docEncoder.recent (an empty string with
// this index is not cached).
const noIndex = ^uint64(0)

// recentSlot is the slot of s in docEncoder.recent: from its length and
// its first and last bytes, which tell the tags apart.
func recentSlot(s string) uint8 {
	if s == "" {
		return 0
	}
	return uint8(len(s)*7 + int(s[0])*31 + int(s[len(s)-1]))
}

// EncodeDocument makes the compact stored form of d: everything but the
// article and the cleaned text, which have their own columns, and the
// token texts when each is the slice of the text its span says.
func EncodeDocument(d *parallax.Document) ([]byte, error) {
	buf := encodeBuffers.Get().(*[]byte)
	defer encodeBuffers.Put(buf)
	b, err := appendDocument((*buf)[:0], d)
	*buf = b
	if err != nil {
		return nil, err
	}
	return bytes.Clone(b), nil
}

// encodeBuffers hold EncodeDocument's result until it is copied at its
// size, rather than grown from nothing.
var encodeBuffers = sync.Pool{New: func() any { return new([]byte) }}

// appendDocument appends EncodeDocument(d) to dst: the store encodes a
// batch's documents into one buffer, each used only until its row is
// written.
func appendDocument(dst []byte, d *parallax.Document) ([]byte, error) {
	e := docEncoders.Get().(*docEncoder)
	defer docEncoders.Put(e)
	clear(e.strs)
	for i := range e.recent {
		e.recent[i].s, e.recent[i].i = "", noIndex
	}
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
	e.body = dropSentences(d, &c, e.body)
	if err := e.jenc.Encode(&c); err != nil {
		return nil, err
	}
	e.body = e.body[:len(e.body)-1] // Encode's newline

	e.out = append(dst, docMagic...)
	defer func() { e.out = nil }() // the caller's, not the pool's
	e.zw.Reset(appendTo{&e.out})
	var n [binary.MaxVarintLen64]byte
	e.zw.Write(binary.AppendUvarint(n[:0], e.n))
	e.zw.Write(e.table)
	e.zw.Write(e.body)
	if err := e.zw.Close(); err != nil {
		return nil, err
	}
	return e.out, nil
}

// inflaters are reused: a decompressor allocates its 32 KB window, and an
// index rebuild decodes every stored document.
var inflaters sync.Pool

func inflate(b []byte) ([]byte, error) {
	src := bytes.NewReader(b)
	zr, ok := inflaters.Get().(io.ReadCloser)
	if ok {
		zr.(flate.Resetter).Reset(src, nil)
	} else {
		zr = flate.NewReader(src)
	}
	out, err := io.ReadAll(zr)
	if err == nil {
		inflaters.Put(zr)
	}
	return out, err
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
	return decodeDocument(b, text, false)
}

// decodeDocument is DecodeDocument; with fusionOnly it leaves out what
// fusion never reads (see Store.FusionDocuments): the sentences' tokens
// (the sentences keep their spans) and the items' "sentence" texts that
// the stored form drops.
func decodeDocument(b []byte, text string, fusionOnly bool) (*parallax.Document, error) {
	if !bytes.HasPrefix(b, docMagic) {
		return decodeV1(b, text)
	}
	raw, err := inflate(b[len(docMagic):])
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
		if !fusionOnly {
			strs[i] = string(r.b[:k])
		}
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
		n := r.count(8)
		if fusionOnly {
			// Read past the tokens: two offsets, five (six) strings and
			// the head each.
			fields := 8
			if texts {
				fields++
			}
			for range n * fields {
				r.uvarint()
			}
			if r.bad {
				return nil, errDoc
			}
			continue
		}
		if n > 0 || sf&flagEmpty != 0 {
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
	kept := make([]keptSentence, r.count(2))
	for i := range kept {
		kept[i] = keptSentence{r.byte(), r.uvarint()}
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
	if !fusionOnly {
		restoreSentences(d, kept)
	}
	return d, nil
}

// keptSentence names an item whose "sentence" is stored as it is although
// empty: kind is its list (0 entities, 1 places, 2 claims, 3 events, 4
// counts), i its index.
type keptSentence struct {
	kind byte
	i    uint64
}

// sentenceFields calls fn with each item's kind, index, sentence field
// and the offset whose sentence it normally is.
func sentenceFields(d *parallax.Document, fn func(kind byte, i int, s *string, off int)) {
	for i := range d.Entities {
		fn(0, i, &d.Entities[i].Sentence, d.Entities[i].Start)
	}
	for i := range d.Places {
		fn(1, i, &d.Places[i].Sentence, d.Places[i].Start)
	}
	for i := range d.Claims {
		fn(2, i, &d.Claims[i].Sentence, d.Claims[i].Cue.Start)
	}
	for i := range d.Events {
		fn(3, i, &d.Events[i].Sentence, d.Events[i].Start)
	}
	for i := range d.Counts {
		fn(4, i, &d.Counts[i].Sentence, d.Counts[i].Start)
	}
}

// dropSentences empties, in c (a shallow copy of d, whose item lists it
// copies), the items' sentences that are the text of the sentence holding
// the item, and appends to b the list of items whose sentence is empty
// and must stay so (their sentence is not derivable but empty).
func dropSentences(d, c *parallax.Document, b []byte) []byte {
	c.Entities, c.Places, c.Claims = slices.Clone(d.Entities), slices.Clone(d.Places), slices.Clone(d.Claims)
	c.Events, c.Counts = slices.Clone(d.Events), slices.Clone(d.Counts)
	var kept []keptSentence
	sentenceFields(c, func(kind byte, i int, s *string, off int) {
		// The sentence's raw text is compared with the item's as
		// d.SentenceText(off) would give it, without making that copy
		// (one per item, most of the cost of this function).
		raw := ""
		if si := d.SentenceIndex(off); si >= 0 {
			raw = d.Text[d.Sentences[si].Start:d.Sentences[si].End]
		}
		switch {
		case *s == "":
			if !isBlank(raw) {
				kept = append(kept, keptSentence{kind, uint64(i)})
			}
		case equalsCollapsed(*s, raw):
			*s = ""
		}
	})
	b = binary.AppendUvarint(b, uint64(len(kept)))
	for _, k := range kept {
		b = append(b, k.kind)
		b = binary.AppendUvarint(b, k.i)
	}
	return b
}

// isBlank reports whether raw collapses to nothing
// (parallax.NormalizeSpace(raw) == "").
func isBlank(raw string) bool {
	for range strings.FieldsSeq(raw) {
		return false
	}
	return true
}

// equalsCollapsed reports whether norm == parallax.NormalizeSpace(raw),
// word by word, without making the collapsed copy of raw. Most sentences
// are already collapsed (single spaces between words), which one pass
// over their bytes tells.
func equalsCollapsed(norm, raw string) bool {
	if isCollapsed(raw) {
		return norm == raw
	}
	first := true
	for w := range strings.FieldsSeq(raw) {
		if !first {
			if norm == "" || norm[0] != ' ' {
				return false
			}
			norm = norm[1:]
		}
		first = false
		if !strings.HasPrefix(norm, w) {
			return false
		}
		norm = norm[len(w):]
	}
	return norm == ""
}

// isCollapsed reports whether parallax.NormalizeSpace(raw) == raw: no
// white space but single ASCII spaces between words.
func isCollapsed(raw string) bool {
	space := true // a space here would be leading, or the second of a run
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || raw == ""
}

// restoreSentences reverses dropSentences on the decoded d.
func restoreSentences(d *parallax.Document, kept []keptSentence) {
	k := 0
	sentenceFields(d, func(kind byte, i int, s *string, off int) {
		if k < len(kept) && kept[k].kind == kind && kept[k].i == uint64(i) {
			k++
			return
		}
		if *s == "" {
			*s = d.SentenceText(off)
		}
	})
	// SentenceText keeps the sentences' texts in the document's cache
	// (Document.Derived): a stored document leaves the store without it,
	// as it came in, not holding its sentences twice.
	d.DropDerived()
}
