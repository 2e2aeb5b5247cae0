package event

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPersonSpeech checks that a general verb of the CAMEO dictionary
// whose only party is a person the actor stage gave a side to is that
// person's speech or conduct ("the senator contended", "the minister
// lamented", "the governor took office"), not an act of the person's
// party, while the same verb with a state or a group as its agent, or
// with a party as its target, stays an event, and a curated verb (an act
// of force, an arrest) stays one whoever its agent.
func TestPersonSpeech(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text, person, side, trig string
		want                     string // initiator side, "-" for no event
	}{
		{"Senator Halvard Brisk contended that the new levies would pay for themselves.", "Halvard Brisk", "USA", "contended", "-"},
		{"Minister Ines Varga lamented the slow pace of the reforms.", "Ines Varga", "HUN", "lamented", "-"},
		{"Governor Tomas Relli dismissed the fears of a recession on Monday.", "Tomas Relli", "ITA", "dismissed", "-"},
		{"President Odile Marchetti took office in a quiet ceremony on Friday.", "Odile Marchetti", "FRA", "took", "-"},
		{"Kenya dismissed the fears of a recession on Monday.", "", "", "dismissed", "KEN"},
		{"Governor Tomas Relli dismissed Kenya's complaint on Monday.", "Tomas Relli", "ITA", "dismissed", "ITA"},
		{"Commander Yusuf Dara accused Ethiopia of arming the rebels.", "Yusuf Dara", "SOM", "accused", "SOM"},
		{"Colonel Bako Sanni shelled the rebel positions near the bridge on Sunday.", "Bako Sanni", "NGA", "shelled", "NGA"},
	}
	for _, tc := range tests {
		doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: "2025-04-09"}, Text: tc.text}
		if tc.person != "" {
			k := strings.Index(tc.text, tc.person)
			doc.Entities = []parallax.Entity{{Start: k, End: k + len(tc.person), Text: tc.person,
				Kind: parallax.KindPerson, Actor: tc.person, Side: tc.side}}
		}
		s.Process(doc)
		e := find(doc, tc.trig)
		switch {
		case tc.want == "-" && e != nil:
			t.Errorf("%s: event %s/%s by %q, want none", tc.text, e.Type, e.CAMEO, e.Initiator.Side)
		case tc.want != "-" && e == nil:
			t.Errorf("%s: no event at %q", tc.text, tc.trig)
		case tc.want != "-" && e.Initiator.Side != tc.want:
			t.Errorf("%s: initiator %q, want %q", tc.text, e.Initiator.Side, tc.want)
		}
	}
}
