package claim_test

import (
	"fmt"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestStateMedia24Rules: a broadcaster qualified by a state's demonym,
// name or capital speaks for that state ("Libyan radio", "Tehran radio",
// a neighbour's radio reporting on a war); a name followed by "state
// television" for the story's state; people named by a demonym and a
// station someone speaks to are no broadcaster. Sentences invented.
func TestStateMedia24Rules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	cases := []struct {
		name, text, cue, speaker, side string
	}{
		{"a demonym's radio",
			"NAIROBI — Eritrean troops shelled Zalambessa on Monday, Ethiopian officials said. Eritrean radio said the town had been taken.",
			"said", "Eritrean radio", "ERI"},
		{"a capital's radio",
			"BAGHDAD — Iraqi forces repelled an attack near Basra, the army said. Tehran radio said Iranian units had crossed the Shatt al-Arab.",
			"said", "Tehran radio", "IRN"},
		{"a neighbour's radio reporting",
			"NAIROBI — Fighting broke out in Beledweyne on Sunday. Ugandan radio reported that Ugandan troops had been sent to the town.",
			"reported", "Ugandan radio", "UGA"},
		{"a name before state television",
			"BEIRUT — Syrian troops entered Homs on Friday. Addounia state television said the army had killed dozens of gunmen.",
			"said", "Addounia state television", "SYR"},
		{"people named by a demonym",
			"FREETOWN — Liberian fighters told reporters they had not been paid for a month.",
			"told", "Liberian fighters", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: "Example Global Wire", Published: "1999-05-04"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side))
				if c.Cue.Text == tc.cue && sameSpeaker(c.Speaker.Text, tc.speaker) {
					if c.Speaker.Side != tc.side {
						t.Errorf("side %q, want %q", c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no %q claim of %q in %v", tc.cue, tc.speaker, got)
		})
	}
}
