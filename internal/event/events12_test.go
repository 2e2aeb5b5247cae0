package event

import (
	"strings"
	"testing"
)

// TestEvents12Kinds covers the five per-article readings cross-article
// fusion needs (session 10): an attack told in the progressive with
// "aiming at" or "going after"; people named by a demonym's uniform or
// flag; "came under fire from the X side"; a denial that civilians were
// harmed or that a site was anything but a military target; and a
// possessive pronoun whose antecedent is the party named before it, not
// the speaker; and people counted before "when" as the target of the act
// the "when" clause tells. Every sentence is invented; "-" wants no event of force at
// the trigger, and want "" leaves a field unchecked.
func TestEvents12Kinds(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text    string
		claims  []claimSpec
		trigger string
		init    string // "-": no event of force
		targ    string
		kind    string
		neg     bool
	}{
		// 1. the progressive "aiming at" / "going after" with a target
		{"The Russian army is deliberately aiming at civilians in Zaporizhzhia, officials said.", nil, "aiming at", "RUS", "", "civilian", false},
		{"Al-Shabaab fighters are going after villagers who refused to pay zakat.", nil, "going after", "ALSHABAB", "", "civilian", false},
		{"Houthi forces have been aiming at merchant vessels off Hodeidah for weeks.", nil, "aiming at", "HOUTHIS", "", "", false},
		{"The mediators are aiming at a ceasefire by the end of the month.", nil, "aiming at", "-", "", "", false},
		{"The opposition is going after the ruling party's majority in the vote.", nil, "going after", "-", "", "", false},
		{"Sudan's envoy is aiming at reopening talks in Jeddah.", nil, "aiming at", "-", "", "", false},
		// 2. uniforms and flags name whose people they are
		{"Men in Ethiopian army uniforms opened fire on an Eritrean border post, witnesses said.", nil, "opened fire", "ETH", "", "", false},
		{"Gunmen in Burundian military fatigues attacked a Congolese village near Uvira.", nil, "attacked", "BDI", "", "", false},
		{"Russian-flagged boats fired on a Ukrainian patrol near Odesa.", nil, "fired on", "RUS", "UKR", "", false},
		{"Gunmen in a pickup opened fire near a Kenyan police post.", nil, "opened fire", "", "", "", false},
		// 3. "came under fire from the X side"
		{"Indian posts in the Poonch sector came under fire from the Pakistani side overnight.", nil, "came under fire", "PAK", "IND", "", false},
		{"A Tajik border patrol came under fire from the Kyrgyz side of the river.", nil, "came under fire", "KGZ", "TJK", "", false},
		// 4. denials that civilians were harmed
		{"No civilians were harmed in the raid on the Hamas tunnel, the army said.", []claimSpec{{"No civilians were harmed in the raid on the Hamas tunnel", "ISR", ""}}, "harmed", "ISR", "", "civilian", true},
		{"The ministry said none of the residents of Tuzla were harmed in the strikes.", []claimSpec{{"none of the residents of Tuzla were harmed in the strikes", "RUS", ""}}, "harmed", "RUS", "", "civilian", true},
		{"The depot was a legitimate military target, the Russian defence ministry said.", []claimSpec{{"The depot was a legitimate military target", "RUS", ""}}, "legitimate military target", "RUS", "", "civilian", true},
		{"American warships in the Red Sea are a legitimate target, the Houthi spokesman said.", []claimSpec{{"American warships in the Red Sea are a legitimate target", "HOUTHIS", ""}}, "legitimate target", "-", "", "", false},
		{"Cheap imports are harming our farmers, the minister said.", nil, "harming", "-", "", "", false},
		// 5. "its"/"their" stand for the party named before them
		{"The Houthis said the American aggressor had resumed its raids on Sanaa.", []claimSpec{{"the American aggressor had resumed its raids on Sanaa", "HOUTHIS", ""}}, "raids", "USA", "", "", false},
		{"The junta said the Arakan Army had stepped up their attacks on Sittwe.", []claimSpec{{"the Arakan Army had stepped up their attacks on Sittwe", "MMR", ""}}, "attacks", "AA", "", "", false},
		// the people a count gives before "when" are whom the act hit
		{"Four Malian soldiers were killed on Sunday when gunmen opened fire on their convoy near Gao.", nil, "opened fire", "", "MLI", "", false},
		{"Azerbaijan accused Armenia of stepping up its attacks on Azerbaijani positions.", nil, "attacks", "ARM", "AZE", "", false},
		{"Israel said its strikes on Beirut hit Hezbollah depots.", []claimSpec{{"its strikes on Beirut hit Hezbollah depots", "ISR", ""}}, "strikes", "ISR", "", "", false},
	}
	for _, tc := range tests {
		doc := analyse(t, s, tc.text, "2025-06-10", tc.claims...)
		k := strings.Index(doc.Text, tc.trigger)
		var got *struct {
			init, targ, kind string
			neg              bool
		}
		for _, e := range doc.Events {
			if k < e.Start || k >= e.End || !forceful(e.CAMEO) {
				continue
			}
			got = &struct {
				init, targ, kind string
				neg              bool
			}{e.Initiator.Side, e.Target.Side, e.Target.Kind, e.Negated}
			break
		}
		switch {
		case tc.init == "-":
			if got != nil {
				t.Errorf("%q: event of force %+v, want none", tc.text, *got)
			}
		case got == nil:
			t.Errorf("%q: no event of force at %q", tc.text, tc.trigger)
		case got.init != tc.init || tc.targ != "" && got.targ != tc.targ || tc.kind != "" && got.kind != tc.kind || got.neg != tc.neg:
			t.Errorf("%q: %+v, want init %q targ %q kind %q negated %v", tc.text, *got, tc.init, tc.targ, tc.kind, tc.neg)
		}
	}
}

// TestEvacuationWarning checks that a warning to people to leave is no
// threat against them (it was coded 130 with civilians as its target,
// which fusion read as the warner's own word that it aimed at civilians),
// while a warning of force stays one. Every sentence is invented.
func TestEvacuationWarning(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		text string
		want bool // a threat (CAMEO 13) at "warned"
	}{
		{"The Israeli army warned residents of Tyre to leave their homes before the strikes.", false},
		{"Russia warned civilians in the border villages to evacuate immediately.", false},
		{"Iran warned Israel that it would face a crushing response.", true},
	} {
		doc := analyse(t, s, tc.text, "2025-06-10")
		k := strings.Index(doc.Text, "warned")
		got := false
		for _, e := range doc.Events {
			if k >= e.Start && k < e.End && strings.HasPrefix(e.CAMEO, "13") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: event at warned %v, want %v", tc.text, got, tc.want)
		}
	}
}
