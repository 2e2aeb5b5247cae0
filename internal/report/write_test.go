package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/parallaxhq/parallax"
)

// encoderBytes is what Write replaces: the encoder with indentation.
func encoderBytes(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sampleReport has every kind of item, empty and nil lists, optional ids
// set and not, a speaker without a span, and strings with quotes,
// backslashes, brackets, HTML characters and non-ASCII text.
func sampleReport() parallax.Report {
	r := parallax.Report{
		Articles: []parallax.ArticleInfo{{ID: "a1", Title: `The "Q" <b>& [x] {y}</b>\`, Text: "Line one,\nline: two\t\"q\" \\ – Ağdam ✓\u2028"}},
		Entities: []parallax.Entity{{ID: "a1:e1", Article: "a1", Text: "Zorvania", Kind: parallax.KindGPE}},
		Claims: []parallax.Claim{
			{ID: "a1:c1", Article: "a1", Speaker: parallax.Speaker{Actor: "Ministry of Defence", Side: "ZRV"}, Parent: "", Sentence: "{[,:]}"},
			{ID: "a1:c2", Article: "a1", Speaker: parallax.Speaker{Text: "he", Start: 3, End: 5}, Parent: "a1:c1"},
		},
		Counts: []parallax.Count{{ID: "a1:n1", Article: "a1", Claim: "a1:c1"}},
		Events: []parallax.Event{{ID: "a1:v1", Article: "a1", Places: []string{}}},
	}
	r.Normalize()
	return r
}

func TestWriteAsEncoder(t *testing.T) {
	for _, r := range []parallax.Report{{}, sampleReport()} {
		var got bytes.Buffer
		if err := Write(&got, r); err != nil {
			t.Fatal(err)
		}
		if want := encoderBytes(t, r); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("Write gives\n%s\nthe encoder\n%s", got.Bytes(), want)
		}
	}
}

// FuzzIndent compares indent with json.Indent on the marshalled form of
// any JSON value.
func FuzzIndent(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `[[],{},[{}]]`, `{"a":[1,2,{"b":null}],"c":"x\"]}\\"}`, `"s"`, `1e3`, `true`,
		`{"k":"<&>","u":"\u2028 Ağdam"}`, `[{"a":{"b":{"c":[[[]]]}}}]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return
		}
		if got, want := indent(nil, buf.Bytes()), encoderBytes(t, v); !bytes.Equal(got, want) {
			t.Errorf("indent of %s:\n%s\njson.Indent:\n%s", buf.Bytes(), got, want)
		}
	})
}
