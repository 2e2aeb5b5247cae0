package claim

import "testing"

// TestAdjectiveForm: the forms beliefObject takes for an adjective of
// judgement the tagger read as a noun. Words invented for the test.
func TestAdjectiveForm(t *testing.T) {
	for w, want := range map[string]bool{
		"incompatible": true, "dangerous": true, "pointless": true, "unconstitutional": true, "illegitimate": true,
		"proposal": false, "agent": false, "table": false, "law": false, "council": false,
	} {
		if got := adjectiveForm(w); got != want {
			t.Errorf("adjectiveForm(%q) = %v, want %v", w, got, want)
		}
	}
}
