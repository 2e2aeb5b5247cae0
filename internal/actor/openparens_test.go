package actor

import (
	"slices"
	"testing"
)

// TestOpenParens: the index of the "(" tokens that definedNonParty walks
// holds exactly the positions a scan of every token finds, and asking
// twice gives the same list (it is built once a document).
func TestOpenParens(t *testing.T) {
	for _, text := range []string{
		"",
		"No brackets here.",
		"(",
		"the Forces armées nationales tchadiennes (FANT) said (again) that a FANT officer (",
		"(LADH) opens it and ( closes",
	} {
		st := &docState{toks: Tokenize(text)}
		var want []int
		for i, tk := range st.toks {
			if tk.Text == "(" {
				want = append(want, i)
			}
		}
		if got := st.openParens(); !slices.Equal(got, want) {
			t.Errorf("%q: openParens = %v, want %v", text, got, want)
		}
		if got := st.openParens(); !slices.Equal(got, want) {
			t.Errorf("%q: second openParens = %v, want %v", text, got, want)
		}
	}
}
