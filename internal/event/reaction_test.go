package event

import (
	"strings"
	"testing"
)

// TestReactionNotInitiator checks that a party that condemns, mourns or
// investigates an attack is not taken for its initiator (session 10, from
// the readable news: "The United States strongly condemns the horrific
// attacks ..."), while one that claims it, or an agent after "by", is.
// Every sentence is invented.
func TestReactionNotInitiator(t *testing.T) {
	s := loadStage(t)
	tests := []struct{ text, trigger, initiator string }{
		{"France condemned the bombing of the market in Gao on Sunday.", "bombing", ""},
		{"Kenya strongly denounces the attack on the border post at Mandera.", "attack", ""},
		{"The United Nations is investigating the shelling of the camp near Goma.", "shelling", ""},
		{"Pakistan mourned the killing of 11 soldiers in Kurram.", "killing", ""},
		{"Britain condemned the shelling by Russian forces of a school in Kharkiv.", "shelling", "RUS"},
		// (who claims or carries out the act stays its initiator)
		{"Al-Shabaab claimed the bombing of the hotel in Mogadishu.", "bombing", "ALSHABAB"},
		{"Israeli strikes hit a house in Rafah on Sunday.", "strikes", "ISR"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-03-01")
		found := false
		for _, e := range doc.Events {
			if k := strings.Index(doc.Text, tc.trigger); k < e.Start || k >= e.End || !forceful(e.CAMEO) {
				continue
			}
			found = true
			if e.Initiator.Side != tc.initiator {
				t.Errorf("%q: initiator of %q %q, want %q", tc.text, tc.trigger, e.Initiator.Side, tc.initiator)
			}
		}
		if !found {
			t.Errorf("%q: no event of force at %q", tc.text, tc.trigger)
		}
	}
}
