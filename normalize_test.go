package parallax

import (
	"strings"
	"testing"
)

// normalizeSpaceBefore is NormalizeSpace as first written, the reference.
func normalizeSpaceBefore(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestNormalizeSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "\n\t ", "Ana spoke.", " Ana  spoke.\n", "Ana\u00a0spoke\u2009 at\u3000noon",
		"\u0085lead and trail\u2028", "tab\there\vand\fthere\r\n", "bad \xff byte \xc3", "é ü  ß",
		"one\u200bzero-width (not a space)", "  \u202f  ",
	} {
		if got, want := NormalizeSpace(s), normalizeSpaceBefore(s); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeSpace(f *testing.F) {
	f.Add("Two  villages\nwere shelled.\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeSpace(s), normalizeSpaceBefore(s); got != want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkNormalizeSpace(b *testing.B) {
	s := "Troops of the Veltan army crossed the river at dawn on Tuesday, the ministry said,\nand two villages near Orsk were shelled overnight."
	for _, f := range []struct {
		name string
		fn   func(string) string
	}{{"now", NormalizeSpace}, {"before", normalizeSpaceBefore}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				f.fn(s)
			}
		})
	}
}
