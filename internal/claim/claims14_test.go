package claim_test

import "testing"

// TestAccordingToRunningAccount: "according to the update", "according to
// the information received" with no medium named before refer back to the
// speaker of the last claim within the two sentences before (a body's
// running account of its own); with no such claim, or one further back,
// no source (invented sentences).
func TestAccordingToRunningAccount(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"update", "Turkey's Defence Ministry said its troops had repelled two attacks near Afrin on Monday. The ministry posted the figures on its website. Overnight, army units destroyed four positions, according to the update.", "according to", "update", "TUR", "assert", "army units destroyed four positions"},
		{"information received", "Azerbaijan's Defence Ministry said its units had returned fire near Lachin. Three Armenian soldiers were taken prisoner, according to the information received.", "according to", "information", "AZE", "assert", "Three Armenian soldiers were taken prisoner"},
	})
	runNoClaims4(t, []string{
		"Four positions were destroyed overnight, according to the update.",
		"Turkey's Defence Ministry said its troops had repelled two attacks near Afrin on Monday. Patrols continued. Traffic resumed on the highway. Markets opened in the morning. Four positions were destroyed overnight, according to the update.",
	}, "according to")
}
