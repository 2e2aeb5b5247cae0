package actor

import "testing"

func TestSideNames(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := kb.SideNames()
	for code, want := range map[string]string{"KEN": "Kenya", "ARM": "Armenia", "USA": "United States"} {
		if got := names[code]; got != want {
			t.Errorf("SideNames()[%q] = %q, want %q", code, got, want)
		}
	}
	if len(names) < 190 {
		t.Errorf("SideNames() names %d sides, want every state (≥ 190)", len(names))
	}
}
