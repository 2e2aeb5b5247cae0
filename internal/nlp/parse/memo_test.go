package parse

import (
	"fmt"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax/internal/nlp/perceptron"
)

// TestMemo: a memo holds the sum of the rows it was filled with for
// exactly the key it was filled with; a key that differs in one atom, or
// that takes its slot, does not find it.
func TestMemo(t *testing.T) {
	tr := perceptron.NewTrainer(3)
	tr.Tick()
	tr.Update([]uint64{11, 12}, 2, 0)
	tr.Update([]uint64{12, 13}, 1, 0)
	model := tr.Average(0)
	rows := make([]perceptron.Row, 3)
	model.Lookup([]uint64{11, 12, 13}, rows)
	want := make([]int32, 3)
	model.AddRows(rows, want)

	var m memo
	m.reset(4, 3)
	k := groupKey{1, 2, 3}
	if _, hit := m.find(&k); hit {
		t.Fatal("an empty memo finds a key")
	}
	i, _ := m.find(&k)
	m.fill(i, &k, model, rows)
	if j, hit := m.find(&k); !hit || j != i || !slices.Equal(m.sum(j), want) {
		t.Fatalf("after fill: slot %d hit %v sum %v, want slot %d sum %v", j, hit, m.sum(j), i, want)
	}
	for a := range k {
		other := k
		other[a]++
		if j, hit := m.find(&other); hit {
			t.Errorf("key %v finds the sum of %v (slot %d)", other, k, j)
		}
	}
	// A key that takes the slot replaces the one there.
	var rival groupKey
	for x := uint64(100); ; x++ {
		rival = groupKey{x}
		if j, _ := m.find(&rival); j == i {
			break
		}
	}
	m.fill(i, &rival, model, rows[:1])
	if _, hit := m.find(&k); hit {
		t.Error("a replaced key is still found")
	}
	if _, hit := m.find(&rival); !hit {
		t.Error("the key that replaced it is not found")
	}
	// reset to another size empties the memo.
	m.reset(8, 3)
	if _, hit := m.find(&rival); hit {
		t.Error("a key is found after a reset to another size")
	}
}

// TestMemoSizesParseAsFull: whatever the memos' size (one slot, where
// every new key replaces the last, or a few), the trees are those of
// scoring every configuration in full, on the seeds; TestPartsParseAsFull
// checks the default size on the demo corpus.
func TestMemoSizesParseAsFull(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := taggedSeeds(t)
	for _, size := range []int{1, 2, 16} {
		checkParsesAsFull(t, p, &state{memoEntries: size}, docs, fmt.Sprintf("memo of %d", size))
	}
}
