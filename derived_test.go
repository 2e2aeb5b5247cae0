package parallax

import (
	"testing"
	"unsafe"
)

// TestDerived checks the cache of Document.Derived: one computation per
// key while Text and Sentences stay, a new one for a copy, a replaced
// Text or replaced Sentences, and none kept after DropDerived.
func TestDerived(t *testing.T) {
	type keyA struct{}
	type keyB struct{}
	calls := map[string]int{}
	count := func(d *Document, name string) any {
		return d.Derived(name, func() any { calls[name]++; return d.Text + "/" + name })
	}
	d := &Document{Text: "Ana Brel spoke.", Sentences: []Sentence{{Span: Span{0, 15}}}}
	// Outside the pipeline nothing is kept.
	count(d, "a")
	count(d, "a")
	if calls["a"] != 2 || d.derived != nil {
		t.Fatalf("without KeepDerived: %d computations, cache %v", calls["a"], d.derived)
	}
	calls["a"] = 0
	d.KeepDerived()
	if got := count(d, "a"); got != "Ana Brel spoke./a" {
		t.Fatalf("first value %q", got)
	}
	count(d, "a")
	count(d, "b")
	if calls["a"] != 1 || calls["b"] != 1 {
		t.Fatalf("same document: computed %v, want each once", calls)
	}
	// Keys of different types do not meet.
	if d.Derived(keyA{}, func() any { return 1 }) == d.Derived(keyB{}, func() any { return 2 }) {
		t.Error("keyA and keyB share a value")
	}

	c := *d
	count(&c, "a")
	if calls["a"] != 2 {
		t.Errorf("a copy reused the original's value (%d computations)", calls["a"])
	}
	count(d, "a")
	if calls["a"] != 2 {
		t.Errorf("the copy's computation replaced the original's cache (%d computations)", calls["a"])
	}

	d.Text = "Cor Mael spoke."
	if got := count(d, "a"); got != "Cor Mael spoke./a" || calls["a"] != 3 {
		t.Errorf("after a new Text: %q, %d computations", got, calls["a"])
	}
	d.Sentences = []Sentence{{Span: Span{0, 15}}}
	count(d, "a")
	if calls["a"] != 4 {
		t.Errorf("new (equal) Sentences kept the old value: %d computations", calls["a"])
	}
	d.DropDerived()
	if d.derived != nil {
		t.Error("DropDerived kept the cache")
	}
	count(d, "a")
	if calls["a"] != 5 || d.derived != nil {
		t.Errorf("after DropDerived: %d computations", calls["a"])
	}
}

// TestSentenceTextAt checks that a sentence's normalised text is made
// once and is the one SentenceText gives for any offset inside it.
func TestSentenceTextAt(t *testing.T) {
	text := "Ana  Brel\nspoke. Cor Mael left."
	d := &Document{Text: text, Sentences: []Sentence{{Span: Span{0, 16}}, {Span: Span{17, 31}}}}
	d.KeepDerived()
	if got := d.SentenceTextAt(0); got != "Ana Brel spoke." {
		t.Errorf("sentence 0: %q", got)
	}
	if got := d.SentenceText(20); got != "Cor Mael left." {
		t.Errorf("offset 20: %q", got)
	}
	if d.SentenceTextAt(2) != "" || d.SentenceTextAt(-1) != "" || d.SentenceText(16) != "" {
		t.Error("text for no sentence")
	}
	a, b := d.SentenceTextAt(1), d.SentenceText(30)
	if unsafe.StringData(a) != unsafe.StringData(b) {
		t.Error("the sentence was normalised twice")
	}
}
