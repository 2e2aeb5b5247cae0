package event

import (
	"strings"
	"testing"
)

// TestMannerTargets checks that an act of force told as the manner of the
// act before it ("killed ... in an ambush") takes that act's target, and
// that an act after "in response to" does not.
func TestMannerTargets(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, trig, want string
	}{
		{"Jihadists killed eight Nigerien soldiers in an ambush near Tillia on Sunday.", "ambush", "NER"},
		{"Gunmen wounded six Kenyan policemen during a night raid on their post.", "raid", "KEN"},
		// the manner's own agent stays; the victims are its target
		{"At least 30 Nigerien soldiers were killed in an assault by jihadists on an army post near Tillia.", "assault", "NER"},
		{"Militants killed four Pakistani policemen, and in response to the attack troops sealed the district.", "attack", ""},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-02-20")
		got, found := "", false
		for _, e := range doc.Events {
			if doc.Text[e.Start:e.End] == tc.trig || strings.HasSuffix(doc.Text[e.Start:e.End], " "+tc.trig) {
				got, found = e.Target.Side, true
			}
		}
		if !found || got != tc.want {
			var all []string
			for _, e := range doc.Events {
				all = append(all, doc.Text[e.Start:e.End]+"→"+e.Target.Side)
			}
			t.Errorf("%s: target of %q %q (found %v), want %q; events %q", tc.text, tc.trig, got, found, tc.want, all)
		}
	}
}
