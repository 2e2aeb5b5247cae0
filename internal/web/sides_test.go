package web

import "testing"

func TestSideNamer(t *testing.T) {
	n := newSideNamer(map[string]string{"KEN": "Kenya", "TUR": "Türkiye", "ABC": ""})
	for _, c := range []struct{ code, want string }{
		{"KEN", "Kenya (KEN)"},       // from the knowledge base
		{"TUR", "Turkey (TUR)"},      // the curated display name wins
		{"ICRC", "Red Cross (ICRC)"}, // an organisation: curated only
		{"NKR", "Nagorno-Karabakh authorities (NKR)"},
		{"ABC", "ABC"},   // an empty name shows the code
		{"XYZ", "XYZ"},   // unknown
		{"OSCE", "OSCE"}, // a name equal to its code is not repeated
	} {
		if got := n.Name(c.code); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
