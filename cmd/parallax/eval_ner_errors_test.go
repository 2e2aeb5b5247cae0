package main

import (
	"strings"
	"testing"
)

// Each gold entity lands in exactly one outcome and a prediction that
// overlaps no gold entity is spurious.
func TestNERErrors(t *testing.T) {
	words := strings.Fields("The Sudan Army said Reuters and Ilham Aliyev met in Baku")
	gold := strings.Fields("O B-LOC O O B-ORG O B-PER I-PER O O B-LOC")
	pred := strings.Fields("B-ORG I-ORG I-ORG O B-ORG O B-PER O O O B-PER")
	e := newNERErrors()
	e.add(words, gold, pred)
	want := map[string]map[string]int{
		"LOC": {"span+type→ORG": 1, "type→PER": 1},
		"ORG": {"correct": 1},
		"PER": {"span": 1},
	}
	for typ, kinds := range want {
		for k, n := range kinds {
			if got := e.outcome[typ][k]; got != n {
				t.Errorf("%s %s: %d, want %d (all: %v)", typ, k, got, n, e.outcome)
			}
		}
	}
	if len(e.spurious) != 0 {
		t.Errorf("spurious %v, want none", e.spurious)
	}
	e.add(strings.Fields("Protests spread"), strings.Fields("O O"), strings.Fields("B-MISC O"))
	if e.spurious["MISC"] != 1 {
		t.Errorf("spurious %v, want MISC 1", e.spurious)
	}
	if len(e.lines) != 4 {
		t.Errorf("%d error lines, want 4:\n%s", len(e.lines), strings.Join(e.lines, "\n"))
	}
	var b strings.Builder
	e.write(&b)
	if !strings.Contains(b.String(), "LOC       2: ") || !strings.Contains(b.String(), "MISC 1") {
		t.Errorf("table:\n%s", b.String())
	}
}
