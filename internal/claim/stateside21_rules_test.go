package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPlacedHomeStateSpeakers: a state's bare body or office in a story
// about one state that names it seldom or never takes the state its
// dateline (also in the Spanish "CITY, Region.-" form) and its places lie
// in; a story whose places lie in two states, or that only its dateline
// places, gives none. Officers and sources a demonym or a town
// qualifies, a governor's office and an "it" after a bare body follow.
// Sentences invented.
func TestPlacedHomeStateSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a Spanish dateline and the towns", "CHITRÉ, Herrera.- Police seized two tonnes of cocaine at a farm near Las Tablas and Macaracas on Monday, the Security Ministry said.", "said", "-", "PAN", "-", "-"},
		{"no dateline, the towns alone", "Gunmen killed three guards at a mine near Kitwe and Chingola on Sunday. The Home Affairs Ministry said two suspects had been arrested in Ndola.", "said", "-", "ZMB", "-", "-"},
		{"a bare title in a headline", "Defence says patrols doubled near Néma\n\nNOUAKCHOTT — Troops were sent to Néma and Bassikounou after raids on herders, Defence said.", "says", "-", "MRT", "-", "-"},
		{"two states' towns give none", "Smugglers were stopped between Paso Canoas and Ciudad Neily and near David on Friday. The ministry said a truck had been seized.", "said", "-", "", "-", "-"},
		{"only the dateline gives none", "LONDON - The record sold 20,000 copies in a week, the Ministry of Sound said.", "said", "-", "", "-", "-"},
		{"a demonym's officer", "NOUAKCHOTT — Raiders stole 300 camels near Néma. A Mauritanian officer who served at the border said the patrols had been too few.", "said", "-", "MRT", "-", "-"},
		{"a source in a town", "Troops arrived in Néma and Bassikounou on Monday, according to a security source in Nouakchott.", "according to", "-", "MRT", "-", "-"},
		{"the governor's office", "KITWE — Floods cut the road to Chingola and Mufulira on Tuesday, but the governor's office said no one had been hurt.", "said", "-", "ZMB", "-", "-"},
		{"it after a bare body", "CHITRÉ, Herrera.- According to the Security Ministry, police raided 12 houses in Las Tablas and Macaracas. Two rifles were seized, it said.", "said", "it", "PAN", "-", "-"},
	})
}

// TestDeFactoRulerSpeakers: Afghanistan's bodies the claim stage sides
// speak for the Taliban from 15 August 2021 and for the republic before.
// Sentences invented.
func TestDeFactoRulerSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	text := "KANDAHAR — Floods destroyed 200 houses in Kandahar and Spin Boldak on Monday, the interior ministry said."
	for _, c := range []struct{ day, want string }{{"2024-04-02", "TALIBAN"}, {"2019-04-02", "AFG"}} {
		doc := p.Analyze(parallax.Article{Body: text, Published: c.day})
		found := false
		for _, cl := range doc.Claims {
			if cl.Cue.Text == "said" {
				found = true
				if cl.Speaker.Side != c.want {
					t.Errorf("%s: side %q, want %q", c.day, cl.Speaker.Side, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no claim", c.day)
		}
	}
}
