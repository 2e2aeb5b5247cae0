package memstore

import (
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
	"github.com/parallaxhq/parallax/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return New() })
}

// hashOfCollapsed is ContentHash as the definition says: the SHA-256 of
// the body with its white space collapsed.
func hashOfCollapsed(body string) [32]byte {
	return sha256.Sum256([]byte(parallax.NormalizeSpace(body)))
}

func TestContentHash(t *testing.T) {
	long := strings.Repeat("x", 3000)
	for _, body := range []string{
		"", " ", "one", "  two  words ", "tab\tand\nnew line\r\n", "no\u00a0break and\u0085next\u2003em",
		"bad \xff utf-8\xc3", strings.Repeat("word ", 400), "a " + long + " b", long, strings.Repeat("abc\n", 300) + long,
	} {
		if got, want := ContentHash(body), hashOfCollapsed(body); got != want {
			t.Errorf("ContentHash(%.40q) = %x, want %x", body, got[:4], want[:4])
		}
	}
	if ContentHash("Shelling in  the\ntown.") != ContentHash(" Shelling in the town. ") {
		t.Error("bodies that differ only in white space hash differently")
	}
	if ContentHash("Shelling in the town.") == ContentHash("Shelling in the towns.") {
		t.Error("different bodies hash the same")
	}
}

func FuzzContentHash(f *testing.F) {
	for _, s := range []string{"", "a b", " \t\u00a0x\xffy ", strings.Repeat("ab ", 600)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if got, want := ContentHash(body), hashOfCollapsed(body); got != want {
			t.Fatalf("ContentHash(%q) = %x, want %x", body, got, want)
		}
	})
}

func BenchmarkContentHash(b *testing.B) {
	body := strings.Repeat("Officials said   the convoy was\nstruck near the border crossing. ", 60)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		ContentHash(body)
	}
}
