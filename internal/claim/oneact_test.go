package claim_test

import (
	"strings"
	"testing"
)

// TestOneActForAParticiple: a participle of the speaker after a comma
// after a denial ("denied C, saying D") reports the same act as the
// denial: one claim, on the denial's cue, with its stance. A participle
// after an assertion, of another subject, coordinated finite cues and a
// participle followed by a finite cue of its own keep their claims.
// Invented sentences.
func TestOneActForAParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		cues       []string // the claims' cues, in order
		stance     string   // the first claim's
	}{
		{"denied, saying", "The border police denied that any migrant had been shot, saying the officers fired only warning rounds into the air.", []string{"denied"}, "deny"},
		{"dismissed, saying", "The rebel command dismissed the report as invented, saying its fighters still held the bridge over the river.", []string{"dismissed"}, "deny"},
		{"denied, insisting", "The ministry denied that the airport had been hit, insisting the runway was still in use.", []string{"denied"}, "deny"},
		{"an assertion's participle stays", "The coastal command said the strikes had stopped, blaming the militia for the deaths in the port.", []string{"said", "blaming"}, "assert"},
		{"rejected, telling", "The governor rejected the figures, telling local radio that only three people had died in the floods.", []string{"rejected"}, "deny"},
		// (session 22: coordinated finite cues of one speaker fold into
		// the first, secondActAfterClaim; two claims before)
		{"coordinated finite cues fold", "The navy put its own losses at six sailors and said 40 raiders had been killed.", []string{"put"}, "assert"},
		{"participle then a finite cue stays", "The minister rejected the idea that sanctions can end the war, arguing talks always fail and warned the blockade brings famine.", []string{"rejected", "arguing", "warned"}, "deny"},
		{"another speaker's participle", "The army said the convoy was hit by a mine. Villagers told reporters it was a drone, saying two trucks burned.", []string{"said", "told"}, "assert"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			var got []string
			for _, c := range doc.Claims {
				got = append(got, c.Cue.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.cues, "|") {
				t.Fatalf("cues %q, want %q: %s", got, tc.cues, describe(doc))
			}
			if string(doc.Claims[0].Stance) != tc.stance {
				t.Errorf("stance %q, want %q", doc.Claims[0].Stance, tc.stance)
			}
		})
	}
}
