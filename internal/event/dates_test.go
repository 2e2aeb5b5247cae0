package event

import "testing"

// TestEventDates: a dateline dates the filing, not the event its sentence
// reports; a date after publication (a plan) does not date the events of
// the sentences that follow.
func TestEventDates(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		pub, text, trigger, want string
	}{
		// 2021-04-13 is a Tuesday.
		{"2021-04-13", "TARVO, April 13 (Reuters) - Drones struck a fuel depot in the port early Sunday, the governor said.", "struck", "2021-04-11"},
		{"2021-04-13", "TARVO, April 13 - Artillery shelled the market on Monday, officials said.", "shelled", "2021-04-12"},
		{"2021-04-13", "TARVO, April 13 (Reuters) - Drones struck a fuel depot in the port, the governor said.", "struck", "2021-04-13"},
		{"2021-04-13", "The envoy will fly to Geneva on Friday. Rebels shelled two villages near the dam.", "shelled", "2021-04-13"},
		{"2021-04-13", "On Monday, the envoy said the truce had held since 2019. Rebels shelled two villages near the dam.", "shelled", "2021-04-12"},
		// The day of the saying dates the saying: what the report goes on
		// to tell is of the act's day (session 23).
		{"2021-04-13", "Gunners opened fire on a border post on Sunday night, the border guard said on Tuesday. Two soldiers were killed and a barracks was shelled.", "shelled", "2021-04-11"},
		{"2021-04-13", "Militia fighters raided the village of Orvo on Saturday, the regional governor told reporters on Monday. The gunmen also shot dead two farmers.", "shot", "2021-04-10"},
		// A sentence dated by its saying alone still dates what follows.
		{"2021-04-13", "The army said on Monday that its positions had come under fire. A depot was shelled.", "shelled", "2021-04-12"},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, tc.pub)
		e := find(doc, tc.trigger)
		if e == nil {
			t.Errorf("%q: no event at %q", tc.text, tc.trigger)
			continue
		}
		if e.Date.Start != tc.want {
			t.Errorf("%q: %q dated %s (%q), want %s", tc.text, tc.trigger, e.Date.Start, e.Date.Text, tc.want)
		}
	}
}
