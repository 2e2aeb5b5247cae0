package geo

import (
	"strings"
	"testing"
)

// TestContraction: contraction answers as lower-casing the surface with
// curly apostrophes made straight did.
func TestContraction(t *testing.T) {
	for _, s := range []string{"We've", "WE'VE", "they’ll", "THEY’LL", "I'm", "I'M", "can't", "CAN'T", "He'd", "Gaza", "Ma'arib",
		"'d", "d", "", "don’t", "Don't", "N'T", "Kabul's", "ÉTÉ'VE", "x'RE"} {
		r := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		want := false
		for _, suf := range []string{"'ve", "'ll", "'re", "'m", "'d", "n't"} {
			want = want || strings.HasSuffix(r, suf)
		}
		if got := contraction(s); got != want {
			t.Errorf("contraction(%q) = %v, want %v", s, got, want)
		}
	}
}
