package claim_test

import (
	"fmt"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestGovSide22Rules: the forms session 22's government-side lane made
// parallax read, with negatives. In a home daily (the outlet's name holds
// a state, its dateline's town lies there) a bare "the government", "the
// ministry", "officials" and the "It" right after them speak for that
// state, not for the other state named nearer; a wire's or a body that
// takes up another state's ("Malawi's defence ministry ... The ministry
// said", "The country's ...") keep theirs. "The Kenyan-led force" and
// "Its spokesman, Colonel NAME," speak for Kenya; "The spokesman of
// ECOWAS's standby force" for ECOWAS, not for the army spokesman named
// before; an official of one state
// "in" another's capital for his own, diplomats in a capital for none; the
// de facto authorities of Transnistria for TRANSNISTRIA. Sentences
// invented.
func TestGovSide22Rules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	cases := []struct {
		name, outlet, text, cue, speaker, side string
	}{
		{"a home daily's bare government", "Example Lusaka Times",
			"LUSAKA — Malawian soldiers crossed the Luangwa bridge on Friday and seized a customs post, the government said. Lilongwe said the post stood on Malawian land.",
			"said", "government", "ZMB"},
		{"the pronoun right after it", "Example Lusaka Times",
			"LUSAKA — Malawian soldiers crossed the Luangwa bridge on Friday and seized a customs post, the government said. It denied Malawian reports that Zambian police had fired first.",
			"denied", "It", "ZMB"},
		{"a home daily's bare officials", "Example Lusaka Times",
			"LUSAKA — Malawian soldiers seized a customs post on Friday, according to Malawi's defence force. Officials said the post would be retaken within days.",
			"said", "Officials", "ZMB"},
		{"a wire's bare government takes up the government named before", "Example Global Wire",
			"LUSAKA — Malawi's government said on Friday that its soldiers had only patrolled Malawian land near the Luangwa bridge. The government said no shot had been fired.",
			"said", "government", "MWI"},
		{"a home daily's ministry that takes up the other state's", "Example Lusaka Times",
			"LUSAKA — Malawi's defence ministry said on Friday that its soldiers had only patrolled Malawian land. The ministry said no shot had been fired.",
			"said", "ministry", "MWI"},
		{"an X-led force", "Example Global Wire",
			"MOGADISHU — The Kenyan-led force said it had retaken the port of Kismayo after two days of fighting.",
			"said", "force", "KEN"},
		{"its spokesman after the force spoke", "Example Global Wire",
			"MOGADISHU — Somali troops entered the town on Friday, the army said. The Kenyan-led force said it had retaken the port. Its spokesman, Colonel Joseph Owuoth Mutua, said 40 militants had been killed.",
			"said", "Joseph Owuoth Mutua", "KEN"},
		{"a title whose owner follows it", "Example Global Wire",
			"COTONOU — The Nigerien army's spokesman, Colonel Amadou Zakari Issa, said Beninese troops had crossed the river.\n\nThe spokesman of ECOWAS's standby force said no soldier had crossed into Niger.",
			"said", "The spokesman of ECOWAS's standby force", "ECOWAS"},
		{"an official in another state's capital", "Example Global Wire",
			"BAMAKO — Soldiers loyal to the government retook the airport on Tuesday, a Malian government official in Dakar said.",
			"said", "Malian government official", "MLI"},
		{"diplomats in a capital speak for no state", "Example Lusaka Times",
			"LUSAKA — Diplomats in Lusaka said they expected the border dispute to be settled within weeks.",
			"said", "Diplomats in Lusaka", ""},
		{"a de facto authority", "Example Global Wire",
			"CHISINAU — The Transnistrian authorities said two blasts had hit a radio tower near Grigoriopol.",
			"said", "Transnistrian authorities", "TRANSNISTRIA"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: tc.outlet, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side))
				if c.Cue.Text == tc.cue && sameSpeaker(c.Speaker.Text, tc.speaker) {
					if c.Speaker.Side != tc.side {
						t.Errorf("side %q, want %q", c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no %q claim of %q in %v", tc.cue, tc.speaker, got)
		})
	}
}
