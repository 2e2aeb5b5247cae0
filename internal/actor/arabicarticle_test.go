package actor

import (
	"strings"
	"testing"
)

// TestArabicArticleAsList holds arabicArticle's quick refusal (no hyphen
// at the third or fourth byte) to the walk over its list alone.
func TestArabicArticleAsList(t *testing.T) {
	walk := func(w string) bool {
		for _, p := range []string{"al-", "el-", "ad-", "as-", "an-", "ar-", "ash-", "at-", "az-", "bin-", "ibn-"} {
			if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
				return true
			}
		}
		return false
	}
	words := []string{"", "a", "al", "al-", "al-a", "al-as", "al-assad", "el-sisi", "ad-din", "ash-", "ash-s", "ash-sh",
		"bin-", "bin-ab", "ibn-sina", "az-zawiya", "ar-", "an-n", "at-tall", "x-ray", "re-elected", "ex-minister",
		"all-out", "pro-government", "said", "al_assad", "alassad", "el-", "as-s", "ibn", "ibn-s", "bin-la", "ash-sham"}
	for _, a := range sharedKB(t).Actors {
		words = append(words, strings.Fields(Fold(a.Name))...)
	}
	for _, w := range words {
		if got, want := arabicArticle(w), walk(w); got != want {
			t.Errorf("arabicArticle(%q) = %v, the list says %v", w, got, want)
		}
	}
}
