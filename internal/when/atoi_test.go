package when

import (
	"strconv"
	"testing"
)

// TestAtoi checks atoi against strconv.Atoi on words of every kind the
// rules try (numbers with and without a sign, words, a lone sign,
// underscores, overflow), and that a word that is no number costs no
// allocation.
func TestAtoi(t *testing.T) {
	for _, w := range []string{"", "0", "7", "31", "2024", "0031", "+5", "-5", "+", "-", "+-5", "5-",
		"with", "days", "1_000", "1,000", "12th", "3.5", "mid-2020", "٣", "99999999999999999999", "-9223372036854775808"} {
		n, err := strconv.Atoi(w)
		got, ok := atoi(w)
		if ok != (err == nil) || ok && got != n {
			t.Errorf("atoi(%q) = %d, %v; Atoi gives %d, %v", w, got, ok, n, err)
		}
	}
	if n := testing.AllocsPerRun(100, func() { atoi("with") }); n != 0 {
		t.Errorf("atoi of a word allocates %v times", n)
	}
}
