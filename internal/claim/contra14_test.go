package claim_test

import (
	"strings"
	"testing"
)

// TestRelativeDenialWithLabel: ", which X dismissed as lies" takes up the
// clause before it as ", which X denied" does: the first speaker's claim
// ends before the relative clause and keeps its own stance (the denial's
// word is no part of it), and the denial's content is that clause.
// Parties and places invented.
func TestRelativeDenialWithLabel(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"claim asserts", `The rebel spokesman Joran Vell claimed in a statement that their forces had taken control of Dorvan district, which the army spokesman Tamar Kest dismissed as "pure lies."`,
			"claimed", "Joran Vell", "", "assert", "taken control of Dorvan district"},
		{"label denies", `The rebel spokesman Joran Vell claimed in a statement that their forces had taken control of Dorvan district, which the army spokesman Tamar Kest dismissed as "pure lies."`,
			"dismissed", "Tamar Kest", "", "deny", "taken control of Dorvan district"},
		{"rejected as baseless", "The militia claimed it had seized two tanks near Kasu, which the army rejected as baseless on Sunday.",
			"claimed", "militia", "", "assert", "seized two tanks near Kasu"},
		{"rejected as baseless denies", "The militia claimed it had seized two tanks near Kasu, which the army rejected as baseless on Sunday.",
			"rejected", "army", "", "deny", "seized two tanks near Kasu"},
		{"bare relative denial unchanged", "Rebels said they had shot down a helicopter, which the ministry denied.",
			"denied", "ministry", "", "deny", "shot down a helicopter"},
	})
	// A relative clause whose verb takes an object of its own is no
	// comment on the clause before it.
	doc := analyzeParsed(t, "The army said the rebels had fired on the market, which the rebels denied entering.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "said" && !strings.Contains(doc.Text[c.Start:c.End], "market") {
			t.Errorf("said: content %q", doc.Text[c.Start:c.End])
		}
	}
}
