package actor

import "testing"

func TestMostNamedSide(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    map[string]int
		want string
	}{
		{"empty", nil, ""},
		{"one side", map[string]int{"M23": 2}, "M23"},
		{"a clear leader", map[string]int{"M23": 3, "ADF": 1}, "M23"},
		{"a tie at the top", map[string]int{"M23": 2, "ADF": 2}, ""},
		{"a tie below the top", map[string]int{"M23": 4, "ADF": 1, "CODECO": 1}, "M23"},
		{"zero counts only", map[string]int{"M23": 0}, ""},
	} {
		if got := MostNamedSide(tc.n); got != tc.want {
			t.Errorf("%s: MostNamedSide(%v) = %q, want %q", tc.name, tc.n, got, tc.want)
		}
	}
}
