package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// rulesPipeline is the default pipeline without the side model.
func rulesPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{NoSideModel: true})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSideModelFills: the side model gives a side to speakers the rules
// leave without one where the story gives it (a body named by its noun
// after its full name, a statement of the story's ministry), and leaves
// none where the speaker is no party (residents) or is set apart from the
// story's states ("Western diplomats"). The sentences are written for the
// test.
func TestSideModelFills(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, rules := sharedPipeline(t), rulesPipeline(t)
	tests := []struct {
		name, text, speaker, rules, model string
	}{
		{"a body by its noun", "TEHRAN, Jan 5 - Iran's Revolutionary Guard Corps said it struck a militant base. The Guards said the base belonged to Jaish al-Adl.", "Guards", "", "IRN"},
		{"the ministry's statement", "HARGEISA, March 2 - Somaliland's army said on Sunday it had pushed back an attack near Erigavo. The ministry's statement said three soldiers were wounded. Residents said the shooting stopped at dawn.", "ministry's statement", "", "SOM"},
		{"residents stay none", "HARGEISA, March 2 - Somaliland's army said on Sunday it had pushed back an attack near Erigavo. The ministry's statement said three soldiers were wounded. Residents said the shooting stopped at dawn.", "Residents", "", ""},
		{"set apart", "BOGOTA, May 4 - Colombia's defence ministry said troops killed five guerrillas of the ELN in Arauca. Western diplomats said the talks were in doubt.", "Western diplomats", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parallax.Article{Body: tc.text, Published: "2025-05-04"}
			side := func(doc *parallax.Document) (string, bool) {
				for _, c := range doc.Claims {
					if c.Speaker.Text == tc.speaker {
						return c.Speaker.Side, true
					}
				}
				return "", false
			}
			got, ok := side(p.Analyze(a))
			before, ok0 := side(rules.Analyze(a))
			if !ok || !ok0 {
				t.Fatalf("no claim by %q", tc.speaker)
			}
			if before != tc.rules || got != tc.model {
				t.Errorf("side: rules %q, model %q; want %q, %q", before, got, tc.rules, tc.model)
			}
		})
	}
}

// TestSideModelKeepsSeeds: on the seed corpus (every line 1.000) the side
// model changes no claim: the rules leave two sides empty there, rightly.
func TestSideModelKeepsSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, rules := sharedPipeline(t), rulesPipeline(t)
	for _, a := range testutil.Seeds(t) {
		d1, d0 := p.Analyze(a), rules.Analyze(a)
		if len(d1.Claims) != len(d0.Claims) {
			t.Fatalf("%s: %d claims with the model, %d without", a.ID, len(d1.Claims), len(d0.Claims))
		}
		for i := range d1.Claims {
			if d1.Claims[i] != d0.Claims[i] {
				t.Errorf("%s: the model changed %+v to %+v", a.ID, d0.Claims[i].Speaker, d1.Claims[i].Speaker)
			}
		}
	}
}
