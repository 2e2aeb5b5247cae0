package ner

import (
	"slices"
	"testing"
)

// TestChunkMemo checks that the memo gives what Chunks gives after tags
// change in place, as the name rules change them.
func TestChunkMemo(t *testing.T) {
	tags := []string{"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"}
	var m chunkMemo
	steps := []func(){
		func() {},
		func() { tags[4] = "O" },
		func() { tags[3] = "B-LOC" },
		func() {},
		func() { tags[2] = "I-PER" },
		func() { tags[0], tags[1], tags[2], tags[3] = "O", "O", "O", "O" },
		func() { tags[5] = "I-MISC" },
	}
	for i, step := range steps {
		step()
		got, want := m.of(tags), Chunks(tags)
		if !slices.Equal(got, want) {
			t.Errorf("step %d: %v: got %v, want %v", i, tags, got, want)
		}
	}
}

// TestSameStrings checks the comparison the memo makes, on strings that
// share their bytes and on equal strings that do not.
func TestSameStrings(t *testing.T) {
	b := []byte("B-PER")
	fresh := string(b) // equal to "B-PER", other bytes
	cases := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{[]string{"O"}, nil, false},
		{[]string{"B-PER", "O"}, []string{"B-PER", "O"}, true},
		{[]string{"B-PER", "O"}, []string{fresh, "O"}, true},
		{[]string{"B-PER", "O"}, []string{"B-LOC", "O"}, false},
		{[]string{"B-PER", "O"}, []string{"I-PER", "O"}, false},
		{[]string{"B-MISC"}, []string{"B-ORG"}, false},
		{[]string{"B-PER"}, []string{"B-PER", "O"}, false},
	}
	for _, c := range cases {
		if got := sameStrings(c.a, c.b); got != c.want {
			t.Errorf("sameStrings(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
