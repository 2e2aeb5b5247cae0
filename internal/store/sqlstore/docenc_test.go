package sqlstore

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// TestDocEncodingFields fails when Sentence or Token gains a field: the
// binary part of the stored form carries exactly these, so a new one
// would be lost silently until EncodeDocument writes it.
func TestDocEncodingFields(t *testing.T) {
	names := func(v any) []string {
		var out []string
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			out = append(out, typ.Field(i).Name)
		}
		return out
	}
	for _, c := range []struct {
		v    any
		want []string
	}{
		{parallax.Sentence{}, []string{"Span", "Tokens", "Bullet"}},
		{parallax.Token{}, []string{"Span", "Text", "UPOS", "XPOS", "Lemma", "Head", "Rel", "NER"}},
		{parallax.Span{}, []string{"Start", "End"}},
	} {
		if got := names(c.v); !slices.Equal(got, c.want) {
			t.Errorf("%T has fields %v; EncodeDocument writes %v: update docenc.go", c.v, got, c.want)
		}
	}
}

var (
	analysedOnce sync.Once
	analysed     []*parallax.Document
	analysedErr  error
)

// analysedDemo is the embedded demo corpus, analysed.
func analysedDemo(tb testing.TB) []*parallax.Document {
	analysedOnce.Do(func() {
		p, err := pipeline.Default()
		if err != nil {
			analysedErr = err
			return
		}
		arts, err := demo.Articles()
		if err != nil {
			analysedErr = err
			return
		}
		for _, a := range arts {
			analysed = append(analysed, p.Analyze(a))
		}
	})
	if analysedErr != nil {
		tb.Fatal(analysedErr)
	}
	return analysed
}

// roundTrip encodes d and decodes it, with the article set back as
// scanDoc does.
func roundTrip(t *testing.T, d *parallax.Document) *parallax.Document {
	t.Helper()
	b, err := EncodeDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeDocument(b, d.Text)
	if err != nil {
		t.Fatalf("%s: %v", d.Article.ID, err)
	}
	got.Article = d.Article
	return got
}

// checkFusionOnly checks that the fusion-only decoding of d's stored form
// is d without its tokens and item sentence texts.
func checkFusionOnly(t *testing.T, name string, d *parallax.Document) {
	t.Helper()
	b, err := EncodeDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeDocument(b, d.Text, true)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	got.Article = d.Article
	want := *d
	want.Sentences = nil
	if d.Sentences != nil {
		want.Sentences = make([]parallax.Sentence, len(d.Sentences))
		for i, s := range d.Sentences {
			want.Sentences[i] = parallax.Sentence{Span: s.Span, Bullet: s.Bullet}
		}
	}
	dropSentences(d, &want, nil) // clones the item lists
	for _, x := range []*parallax.Document{&want, got} {
		sentenceFields(x, func(_ byte, _ int, s *string, _ int) { *s = "" })
	}
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("%s: fusion-only decoding: got\n%+v\nwant\n%+v", name, got, &want)
	}
}

func TestDocEncodingRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the demo corpus")
	}
	docs := analysedDemo(t)
	var v1, v2 int
	for _, d := range docs {
		if got := roundTrip(t, d); !reflect.DeepEqual(got, d) {
			t.Errorf("%s: the decoded document differs", d.Article.ID)
		}
		checkFusionOnly(t, d.Article.ID, d)
		// What version 1 stored decodes to the same document.
		old, err := encodeV1(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeDocument(old, d.Text)
		if err != nil {
			t.Fatal(err)
		}
		got.Article = d.Article
		if !reflect.DeepEqual(got, d) {
			t.Errorf("%s: a version 1 blob decodes to another document", d.Article.ID)
		}
		b, _ := EncodeDocument(d)
		v1, v2 = v1+len(old), v2+len(b)
	}
	t.Logf("%d documents: version 1 %d bytes, version 3 %d bytes", len(docs), v1, v2)
}

func TestDocEncodingCases(t *testing.T) {
	text := "Alpha said two.\n\nBeta"
	tok := func(s, e int, txt string) parallax.Token {
		return parallax.Token{Span: parallax.Span{Start: s, End: e}, Text: txt, UPOS: "PROPN", XPOS: "NNP", Lemma: txt, Head: 2, Rel: "nsubj", NER: "B-PER"}
	}
	n := 2
	for name, d := range map[string]*parallax.Document{
		"empty":             {},
		"empty sentences":   {Text: text, Sentences: []parallax.Sentence{}},
		"nil and empty":     {Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: 15}}, {Span: parallax.Span{Start: 17, End: 21}, Tokens: []parallax.Token{}, Bullet: true}}},
		"derivable texts":   {Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: 15}, Tokens: []parallax.Token{tok(0, 5, "Alpha"), tok(6, 10, "said"), tok(14, 15, ".")}}}},
		"a text of its own": {Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: 15}, Tokens: []parallax.Token{tok(0, 5, "Alpha"), tok(6, 10, "says")}}}},
		"odd spans":         {Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: -3, End: 99}, Tokens: []parallax.Token{tok(-1, 2, ""), tok(50, 40, "x"), tok(1<<40, -1<<40, "\x00é")}}}},
		"sentences": {Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: 15}}, {Span: parallax.Span{Start: 17, End: 21}}},
			Entities: []parallax.Entity{{ID: "e1", Start: 0, End: 5, Sentence: "Alpha said two."}, {ID: "e2", Start: 0, End: 5}, {ID: "e3", Start: 17, End: 21, Sentence: "not its sentence"}},
			Claims:   []parallax.Claim{{ID: "c1", Cue: parallax.Cue{Start: 6, End: 10}, Sentence: "Alpha said two."}, {ID: "c2", Start: 17, Sentence: "Alpha said two."}},
			Events:   []parallax.Event{{ID: "v1", Start: 99}, {ID: "v2", Start: 18, Sentence: "Beta"}},
			Counts:   []parallax.Count{{ID: "n1", Start: 18}, {ID: "n2", Start: 1, Sentence: "Alpha said two."}},
			Places:   []parallax.Place{{ID: "p1", Start: 17, End: 21, Sentence: "Beta"}, {ID: "p2", Start: 17, End: 21}}},
		"items": {Text: text, Origin: parallax.OffsetMap{{Clean: 0, Orig: 3}},
			Counts:   []parallax.Count{{ID: "c1", N: &n}},
			Claims:   []parallax.Claim{{ID: "q1", Quote: "two"}},
			Places:   []parallax.Place{{ID: "p1", Name: "Beta", Lat: 1.5, Lon: -2.25}},
			Dates:    []parallax.DateMention{{Span: parallax.Span{Start: 1, End: 2}}},
			Entities: []parallax.Entity{}},
	} {
		d.Article = parallax.Article{ID: "x", Body: text}
		if got := roundTrip(t, d); !reflect.DeepEqual(got, d) {
			t.Errorf("%s: got\n%+v\nwant\n%+v", name, got, d)
		}
		checkFusionOnly(t, name, d)
	}
}

func TestDecodeDocumentMalformed(t *testing.T) {
	good, err := EncodeDocument(&parallax.Document{Text: "a b", Sentences: []parallax.Sentence{{Span: parallax.Span{End: 3}, Tokens: []parallax.Token{{Span: parallax.Span{End: 1}, Text: "a"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range [][]byte{nil, slices.Clone(docMagic), good[:len(good)-3], append(slices.Clone(docMagic), 0xff, 0xff), []byte("not a document")} {
		if _, err := DecodeDocument(b, "a b"); err == nil {
			t.Errorf("DecodeDocument(%q) accepted", b)
		}
	}
}

// FuzzDocEncoding checks that documents with arbitrary token strings and
// offsets round-trip exactly and that no input makes DecodeDocument panic.
func FuzzDocEncoding(f *testing.F) {
	f.Add("Alpha said.", "PROPN", "alpha", 0, 5, 3, true, []byte("PXD\x02"))
	f.Add("", "", "", -1, 1<<30, -7, false, []byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, text, tag, lemma string, start, end, head int, bullet bool, junk []byte) {
		DecodeDocument(junk, text)
		decodeDocument(junk, text, true)
		d := &parallax.Document{Text: text, Sentences: []parallax.Sentence{{Span: parallax.Span{Start: start, End: end}, Bullet: bullet, Tokens: []parallax.Token{
			{Span: parallax.Span{Start: start, End: end}, Text: lemma, UPOS: tag, XPOS: tag + lemma, Lemma: lemma, Head: head, Rel: tag, NER: lemma},
			{Span: parallax.Span{Start: end, End: start}, Text: text, UPOS: tag, Head: -head},
		}}}}
		if got := roundTrip(t, d); !reflect.DeepEqual(got, d) {
			t.Errorf("got %+v, want %+v", got, d)
		}
		checkFusionOnly(t, "fuzz", d)
	})
}

// encodeV1 is the first stored form, gzip'd JSON, that DecodeDocument
// still reads.
func encodeV1(d *parallax.Document) ([]byte, error) {
	c := *d
	c.Text, c.Article = "", parallax.Article{}
	e := encoded{Doc: &c}
	derivable := true
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.Start < 0 || t.End > len(d.Text) || t.Start > t.End || d.Text[t.Start:t.End] != t.Text {
				derivable = false
			}
		}
	}
	if derivable {
		c.Sentences = make([]parallax.Sentence, len(d.Sentences))
		for i, s := range d.Sentences {
			s.Tokens = append([]parallax.Token(nil), s.Tokens...)
			for j := range s.Tokens {
				s.Tokens[j].Text = ""
			}
			c.Sentences[i] = s
		}
	} else {
		e.TokenTexts = true
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err := json.NewEncoder(zw).Encode(e); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func BenchmarkEncodeDocument(b *testing.B) {
	docs := analysedDemo(b)
	var buf []byte
	for _, c := range []struct {
		name string
		enc  func(*parallax.Document) ([]byte, error)
	}{{"v3", EncodeDocument}, {"v3-reused-buffer", func(d *parallax.Document) ([]byte, error) {
		// as the store encodes a batch
		b, err := appendDocument(buf[:0], d)
		buf = b
		return b, err
	}}, {"v1", encodeV1}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			size := 0
			for i := range b.N {
				enc, err := c.enc(docs[i%len(docs)])
				if err != nil {
					b.Fatal(err)
				}
				size += len(enc)
			}
			b.ReportMetric(float64(size)/float64(b.N), "bytes/doc")
		})
	}
}

func BenchmarkDecodeDocument(b *testing.B) {
	docs := analysedDemo(b)
	for _, c := range []struct {
		name string
		enc  func(*parallax.Document) ([]byte, error)
	}{{"v3", EncodeDocument}, {"v1", encodeV1}} {
		b.Run(c.name, func(b *testing.B) {
			blobs := make([][]byte, len(docs))
			for i, d := range docs {
				blobs[i], _ = c.enc(d)
			}
			b.ResetTimer()
			for i := range b.N {
				if _, err := DecodeDocument(blobs[i%len(docs)], docs[i%len(docs)].Text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzEqualsCollapsed checks the comparisons dropSentences makes without
// collapsing the sentence's white space against the collapsed text itself.
func FuzzEqualsCollapsed(f *testing.F) {
	for _, c := range [][2]string{
		{"", ""}, {"", " \n\t"}, {"Alpha said.", " Alpha\n said. "}, {"Alpha said.", "Alpha  said"}, {"Alpha  said.", "Alpha  said."},
		{"a b", "a\u00a0b"}, {"a\xffb", "a\xffb "}, {"ab", "a b"}, {"a b ", "a b"}, {" a", "a"}, {"a b", "a b"}, {"é b", "é\u2003b"},
		{"x", "x\u0085"}, {"a  b", "a  b"}, {"", " "}, {" ", " "},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, norm, raw string) {
		collapsed := parallax.NormalizeSpace(raw)
		if got := equalsCollapsed(norm, raw); got != (norm == collapsed) {
			t.Errorf("equalsCollapsed(%q, %q) = %v; collapsed %q", norm, raw, got, collapsed)
		}
		if got := equalsCollapsed(collapsed, raw); !got {
			t.Errorf("equalsCollapsed(NormalizeSpace(%q), itself) = false", raw)
		}
		if got := isCollapsed(raw); got != (raw == collapsed) {
			t.Errorf("isCollapsed(%q) = %v; collapsed %q", raw, got, collapsed)
		}
		if got := isBlank(raw); got != (collapsed == "") {
			t.Errorf("isBlank(%q) = %v; collapsed %q", raw, got, collapsed)
		}
	})
}
