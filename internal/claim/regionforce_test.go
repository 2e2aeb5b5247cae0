package claim_test

import "testing"

// TestRegionForceSide: a force named for a region (not a state) where the
// story names an armed group named for that region speaks for the group,
// and so do the region's own bodies; the state's army and a region force
// with no such group keep what they had.
func TestRegionForceSide(t *testing.T) {
	p := sharedPipeline(t)
	lead := "MEKELLE, Ethiopia - Fighting between the Ethiopian National Defense Force and the Tigray People's Liberation Front spread to new districts of Tigray on Tuesday. "
	for _, tc := range []struct{ name, text, want string }{
		{"force", "The Tigray Army said its units had pushed back a column near Adigrat.", "said|Tigray Army|TPLF"},
		{"region's government", "The Tigray Army said it held the pass. The Tigray government said two schools were hit in the shelling.", "said|Tigray government|TPLF"},
		{"state army", "The Ethiopian army said it had retaken three villages. The Tigray Army said the claim was false.", "said|Ethiopian army|ETH"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLeadClaim(t, p, lead, tc.text, tc.want)
		})
	}
}
