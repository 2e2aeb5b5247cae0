package gazetteer

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldNFD is Fold of a string with a non-ASCII rune as Fold computed it
// before appendFoldTable: the folded NFD of the string.
func foldNFD(s string) string {
	return string(appendFoldRunes(nil, norm.NFD.AppendString(nil, s)))
}

// checkFoldTable: where appendFoldTable folds s, it folds it as the NFD
// path does, after a prefix already written too.
func checkFoldTable(t *testing.T, s string) bool {
	t.Helper()
	got, ok := appendFoldTable(nil, s)
	if !ok {
		return false
	}
	if want := foldNFD(s); string(got) != want {
		t.Errorf("appendFoldTable(%q) = %q, NFD path %q", s, got, want)
	}
	got, _ = appendFoldTable([]byte("ab"), s)
	if want := string(appendFoldRunes([]byte("ab"), norm.NFD.AppendString(nil, s))); string(got) != want {
		t.Errorf("appendFoldTable(%q) after a prefix = %q, NFD path %q", s, got, want)
	}
	return true
}

// TestFoldTable checks appendFoldTable against the folded NFD for every
// rune it folds, alone and among others, and for every name of the
// gazetteer (its preferred names are what the geoparser folds most).
func TestFoldTable(t *testing.T) {
	folded := 0
	runes := []rune{}
	for r := rune(0); r < 0x250; r++ {
		runes = append(runes, r)
	}
	for r := rune(punctuationStart); r < 0x2070; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		c := string(r)
		for _, s := range []string{c, "a" + c + "b", c + " x", "x  " + c, c + c, "K" + c + "’" + c + "-" + c, c + "\u0301", "\u0301" + c, c + "é" + c, "“" + c + "” – " + c + "…"} {
			if checkFoldTable(t, s) {
				folded++
			}
		}
	}
	if folded == 0 {
		t.Fatal("appendFoldTable folds nothing")
	}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	n, fast := 0, 0
	for i := range g.Len() {
		name := g.Entry(i).Name
		if !utf8.ValidString(name) {
			continue
		}
		nonASCII := false
		for j := 0; j < len(name); j++ {
			nonASCII = nonASCII || name[j] >= utf8.RuneSelf
		}
		if !nonASCII {
			continue
		}
		n++
		if checkFoldTable(t, name) {
			fast++
		}
		if got, want := Fold(name), foldBefore(name); got != want {
			t.Errorf("Fold(%q) = %q, before %q", name, got, want)
		}
	}
	t.Logf("%d of the gazetteer's %d non-ASCII names folded without NFD", fast, n)
}
