package event

import (
	"strings"
	"testing"
)

// TestCameUnderFire checks that "came under fire / attack / shelling"
// codes an attack whose target is the subject and whose initiator is the
// party after "from" or "by" (session 10: the phrase was coded as a
// meeting, its subject as the initiator). Every sentence is invented.
func TestCameUnderFire(t *testing.T) {
	s := loadStage(t)
	tests := []struct{ text, trigger, initiator, target string }{
		{"Azerbaijan said its positions came under fire from Armenian units overnight.", "came under fire", "ARM", "AZE"},
		{"Ukrainian troops came under attack by Russian forces near Kupiansk.", "came under attack", "RUS", "UKR"},
		{"An Israeli patrol came under fire from Hezbollah fighters near Metula.", "came under fire", "HEZBOLLAH", "ISR"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-03-01")
		found := false
		for _, e := range doc.Events {
			if !strings.Contains(doc.Text[e.Start:e.End], tc.trigger) {
				continue
			}
			found = true
			if !forceful(e.CAMEO) || e.Initiator.Side != tc.initiator || e.Target.Side != tc.target {
				t.Errorf("%q: %s %s->%s, want force %s->%s", tc.text, e.CAMEO, e.Initiator.Side, e.Target.Side, tc.initiator, tc.target)
			}
		}
		if !found {
			t.Errorf("%q: no event at %q", tc.text, tc.trigger)
		}
	}
}

// TestFightingBrokeOut checks that "fighting broke out" or "clashes
// erupted" is one event, not a second one at the verb. Every sentence is
// invented.
func TestFightingBrokeOut(t *testing.T) {
	s := loadStage(t)
	for _, text := range []string{
		"Fighting broke out near Goma on Monday, the army said.",
		"Clashes erupted between soldiers and RSF fighters in Omdurman.",
	} {
		doc := analyse(t, s, text, "2025-03-01")
		n := 0
		for _, e := range doc.Events {
			if forceful(e.CAMEO) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d events of force, want 1", text, n)
		}
	}
}
