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

// TestFiredFromAndHurtIn checks two readings of who acted: a weapon "fired
// from" a place was fired by that place's side, not by who intercepted it,
// and a party "hurt in the attack" is its target, not its initiator.
// Every sentence is invented.
func TestFiredFromAndHurtIn(t *testing.T) {
	s := loadStage(t)
	tests := []struct{ text, trigger, initiator, target string }{
		{"Israel said it had intercepted a missile fired from Yemen on Sunday.", "fired", "YEM", ""},
		{"No Israeli soldiers were hurt in the attack, the army said.", "attack", "", "ISR"},
		{"Two Russian soldiers were wounded in the strike near Kursk.", "strike", "", "RUS"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-03-01")
		k := strings.Index(doc.Text, tc.trigger)
		found := false
		for _, e := range doc.Events {
			if k < e.Start || k >= e.End || !forceful(e.CAMEO) || (tc.trigger == "fired" && !strings.HasPrefix(e.CAMEO, "19")) {
				continue
			}
			if e.CAMEO == "190" && tc.trigger == "fired" {
				continue // the interception
			}
			found = true
			if e.Initiator.Side != tc.initiator || e.Target.Side != tc.target {
				t.Errorf("%q: %s %s->%s, want %s->%s", tc.text, e.CAMEO, e.Initiator.Side, e.Target.Side, tc.initiator, tc.target)
			}
		}
		if !found {
			t.Errorf("%q: no event of force at %q", tc.text, tc.trigger)
		}
	}
}
