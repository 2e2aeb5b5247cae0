package event

import (
	"strings"
	"testing"
)

// TestPossessiveSubject checks that a state's possessive before an armed
// group ("Yemen's Houthi rebels") leaves the group as the initiator, and
// that a state's post at an international body stays the state's.
func TestPossessiveSubject(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig, want string
	}{
		{"Lebanon's Hezbollah fighters attacked an Israeli army post near Metula.", "attacked", "HEZBOLLAH"},
		{"Russia's army shelled the town of Vovchansk.", "shelled", "RUS"},
		{"Sudan's UN mission condemned the attack on the convoy.", "condemned", "SDN"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-02-20")
		got, found := "", false
		for _, e := range doc.Events {
			if strings.Contains(doc.Text[e.Start:e.End], tc.trig) {
				got, found = e.Initiator.Side, true
				break
			}
		}
		if !found || got != tc.want {
			t.Errorf("%s: initiator %q (found %v), want %q", tc.text, got, found, tc.want)
		}
	}
}
