package actor

import "testing"

// TestSpecialRegionHandover: Hong Kong's mentions speak for China in a
// story published after the July 1997 handover, for Hong Kong before it.
// Sentences invented (session 28); the first failed before the rule.
func TestSpecialRegionHandover(t *testing.T) {
	const text = "Hong Kong said the new law would restore order."
	for _, tc := range []struct{ day, want string }{{"2024-03-20", "CHN"}, {"1995-03-20", "HKG"}} {
		doc := run(t, text, tc.day, ent(text, "Hong Kong", "gpe", 1))
		if got := sideOf(doc, "Hong Kong", 1); got != tc.want {
			t.Errorf("%s: side %q, want %q (%+v)", tc.day, got, tc.want, doc.Entities)
		}
	}
}
