package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// TestAgencyOwnStory: in a state news agency's own story (the agency in
// the dateline or as the outlet) an unnamed source or official speaks for
// the agency's state; in another outlet's story, or where the story is
// about another state, it does not. "(Xinhua) --" ends the dateline.
func TestAgencyOwnStory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, outlet, text, speaker, side string
	}{
		{"dateline with two hyphens", "", "BEIJING, May 4 (Xinhua) -- A spokesperson said on Sunday that the patrol near Huangyan Dao was lawful.", "spokesperson", "CHN"},
		{"outlet only", "IRNA", "An informed source said on Monday that the air defences over Isfahan had been on alert for 12 hours.", "source", "IRN"},
		{"dateline agency, military source", "", "Homs, SANA- A military source said Syrian army units had destroyed three vehicles of the terrorists in the desert.", "military source", "SYR"},
		{"another outlet", "Reuters", "An informed source said on Monday that 40 trucks had crossed the border near Zakho.", "source", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: tc.outlet, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Speaker.Text == tc.speaker || len(c.Speaker.Text) > len(tc.speaker) && c.Speaker.Text[len(c.Speaker.Text)-len(tc.speaker):] == tc.speaker {
					if c.Speaker.Side != tc.side {
						t.Errorf("%s: side %q, want %q", c.Speaker.Text, c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no claim of %q in %+v", tc.speaker, doc.Claims)
		})
	}
}
