package attrib

import (
	"bytes"
	"testing"
)

// TestLoad loads the embedded model: it must parse and carry weights.
func TestLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.W) == 0 {
		t.Fatal("no speaker weights")
	}
	if m.Policy.FillSides && len(m.S) == 0 {
		t.Fatal("side filler on without weights")
	}
}

// TestWriteRead round-trips a model with both weight sets and its policy.
func TestWriteRead(t *testing.T) {
	m := &Model{W: map[uint64]float32{1: 0.5, 7: -2}, S: map[uint64]float32{3: 1.25}, Policy: Policy{UseRule: true, FillSides: true, Margin: 1.5}}
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Policy != m.Policy || len(got.W) != 2 || got.W[7] != -2 || got.S[3] != 1.25 {
		t.Fatalf("round trip: %+v", got)
	}
	if _, err := Read(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Fatal("garbage read as a model")
	}
}
