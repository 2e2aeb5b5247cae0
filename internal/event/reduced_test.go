package event

import (
	"strings"
	"testing"
)

// TestReducedRelative checks that a weapon "launched/fired by X" before the
// verb of its clause makes one event at that verb with X as initiator, and
// that a fuel depot hit is infrastructure.
func TestReducedRelative(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig, init, kind string
		events                 int // events whose span holds the trigger
	}{
		{"Missiles fired by Hezbollah struck a grain depot in Kiryat Shmona on Friday.", "struck", "HEZBOLLAH", KindInfrastructure, 1},
		{"Drones launched by Russian forces hit two fuel depots near Izmail.", "hit", "RUS", KindInfrastructure, 1},
		// an agent no list knows: still one event, at the verb
		{"Drones launched by the Kivu Brigade hit two fuel depots near Goma.", "hit", "", KindInfrastructure, 1},
		// an arms depot stays military
		{"Ukrainian drones hit an ammunition depot near Kursk.", "hit", "UKR", KindMilitary, 1},
		// no verb of force after the relative: the launch is the act
		{"Rockets fired by Hamas were seen over Ashkelon.", "fired", "HAMAS", "", 1},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-02-20")
		n, init, kind := 0, "", ""
		var all []string
		for _, e := range doc.Events {
			all = append(all, doc.Text[e.Start:e.End]+"/"+e.Initiator.Side+"/"+e.Target.Kind)
			if strings.Contains(doc.Text[e.Start:e.End], tc.trig) {
				n++
				init, kind = e.Initiator.Side, e.Target.Kind
			}
		}
		if n != tc.events || init != tc.init || (tc.kind != "" && kind != tc.kind) {
			t.Errorf("%s: %d events at %q, initiator %q kind %q; want %d, %q, %q; events %q", tc.text, n, tc.trig, init, kind, tc.events, tc.init, tc.kind, all)
		}
	}
}
