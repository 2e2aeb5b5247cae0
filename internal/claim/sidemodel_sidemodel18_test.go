package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/claim"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/models"
)

// eagerSideModel is the embedded side model at margin 0 (it fills
// wherever it ranks a side above none), whatever margin it ships with:
// the tests check what it learned, also while the cross-validation keeps
// it off.
func eagerSideModel(t testing.TB) *claim.SideModel {
	t.Helper()
	m, err := claim.ReadSideModel(models.Side, []byte("0"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// sidesWith analyses a with the rules and returns each claim's speaker
// text, the rules' side and the side model's.
func sidesWith(p *pipeline.Pipeline, m *claim.SideModel, a parallax.Article) (texts, rules, model []string) {
	doc := p.Analyze(a)
	// Analyze drops the derived values; FillSides reads the tokens again
	model = claim.New().FillSides(doc, m)
	for _, c := range doc.Claims {
		texts = append(texts, c.Speaker.Text)
		rules = append(rules, c.Speaker.Side)
	}
	return texts, rules, model
}

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
// test. Somaliland's bodies speak for SOMALILAND since session 22 (the de
// facto authorities' rows of data/actors/orgs.tsv; SOM before).
func TestSideModelFills(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, m := rulesPipeline(t), eagerSideModel(t)
	tests := []struct {
		name, text, speaker, rules, model string
	}{
		{"a statement of the story's ministry", "HARGEISA, March 2 - Somaliland's army said on Sunday it had pushed back an attack near Erigavo. The ministry's statement said three soldiers were wounded. Residents said the shooting stopped at dawn.", "ministry's statement", "", "SOMALILAND"},
		{"residents stay none", "HARGEISA, March 2 - Somaliland's army said on Sunday it had pushed back an attack near Erigavo. The ministry's statement said three soldiers were wounded. Residents said the shooting stopped at dawn.", "Residents", "", ""},
		{"set apart", "BOGOTA, May 4 - Colombia's defence ministry said troops killed five guerrillas of the ELN in Arauca. Western diplomats said the talks were in doubt.", "Western diplomats", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts, rules, model := sidesWith(p, m, parallax.Article{Body: tc.text, Published: "2025-05-04"})
			for i, sp := range texts {
				if !sameSpeaker(sp, tc.speaker) {
					continue
				}
				if rules[i] != tc.rules || model[i] != tc.model {
					t.Errorf("side: rules %q, model %q; want %q, %q", rules[i], model[i], tc.rules, tc.model)
				}
				return
			}
			t.Fatalf("no claim by %q in %q", tc.speaker, texts)
		})
	}
}

// TestSideModelKeepsSeeds: on the seed corpus (every line 1.000) the side
// model, even at margin 0, changes no claim: the rules leave two sides
// empty there, rightly.
func TestSideModelKeepsSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, m := rulesPipeline(t), eagerSideModel(t)
	for _, a := range testutil.Seeds(t) {
		texts, rules, model := sidesWith(p, m, a)
		for i := range rules {
			if rules[i] != model[i] {
				t.Errorf("%s: the model gave %q side %q (rules %q)", a.ID, texts[i], model[i], rules[i])
			}
		}
	}
}
