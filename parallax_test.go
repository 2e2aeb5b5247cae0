package parallax

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOffsetMapOriginal(t *testing.T) {
	// Original "ab[x]cd", cleaned "abcd": c and d moved back by 3.
	m := OffsetMap{{Clean: 0, Orig: 0}, {Clean: 2, Orig: 5}}
	tests := []struct{ clean, orig int }{{0, 0}, {1, 1}, {2, 5}, {3, 6}, {4, 7}}
	for _, tc := range tests {
		if got := m.Original(tc.clean); got != tc.orig {
			t.Errorf("Original(%d) = %d, want %d", tc.clean, got, tc.orig)
		}
	}
	if got := (OffsetMap{}).Original(7); got != 7 {
		t.Errorf("empty map: Original(7) = %d, want 7", got)
	}
}

func TestSpan(t *testing.T) {
	a, b := Span{2, 5}, Span{4, 9}
	if !a.Overlaps(b) || a.Contains(b) || !(Span{0, 10}).Contains(a) || a.Len() != 3 {
		t.Errorf("span relations wrong for %v %v", a, b)
	}
	if (Span{0, 2}).Overlaps(Span{2, 4}) {
		t.Error("adjacent spans must not overlap")
	}
}

func TestSentenceText(t *testing.T) {
	d := &Document{Text: "One  two.\nThree\n four.", Sentences: []Sentence{{Span: Span{0, 9}}, {Span: Span{10, 22}}}}
	tests := []struct {
		off  int
		want string
	}{{0, "One two."}, {8, "One two."}, {9, ""}, {12, "Three four."}, {22, ""}}
	for _, tc := range tests {
		if got := d.SentenceText(tc.off); got != tc.want {
			t.Errorf("SentenceText(%d) = %q, want %q", tc.off, got, tc.want)
		}
	}
}

func TestSpeakerJSONOmitsSpanWithoutMention(t *testing.T) {
	b, _ := json.Marshal(Speaker{Actor: "X", Side: "ARM"})
	if strings.Contains(string(b), "start") {
		t.Errorf("speaker without mention has a span: %s", b)
	}
	b, _ = json.Marshal(Speaker{Text: "he", Start: 3, End: 5})
	if !strings.Contains(string(b), `"start":3`) {
		t.Errorf("speaker with mention lacks its span: %s", b)
	}
}

func TestOptionalIDJSON(t *testing.T) {
	b, _ := json.Marshal(struct{ C OptionalID }{""})
	if string(b) != `{"C":null}` {
		t.Errorf("empty OptionalID = %s, want null", b)
	}
	var v struct{ C OptionalID }
	if err := json.Unmarshal([]byte(`{"C":"a:c1"}`), &v); err != nil || v.C != "a:c1" {
		t.Errorf("unmarshal: %v %q", err, v.C)
	}
	if err := json.Unmarshal([]byte(`{"C":null}`), &v); err != nil || v.C != "" {
		t.Errorf("unmarshal null: %v %q", err, v.C)
	}
}

func TestReportNormalizeHasNoNullLists(t *testing.T) {
	r := Report{Incidents: []Incident{{Contradictions: []Contradiction{{Values: []ContradictionValue{{}}}}}},
		Events: []Event{{}}, Duplicates: []Duplicate{{}}}
	r.Normalize()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "null") && !strings.Contains(string(b), `"claim":null`) {
		t.Errorf("normalised report has a null list: %s", b)
	}
	for _, key := range []string{`"articles":[]`, `"entities":[]`, `"places":[]`, `"unheard":[]`, `"between":[]`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("normalised report lacks %s: %s", key, b)
		}
	}
	if r.Version != 1 {
		t.Errorf("version %d", r.Version)
	}
}
