package claim_test

import "testing"

// TestStateBodiesWithoutState: a state body or state source named
// without its state ("police said", "the Home Ministry said", "a military
// officer told") in a story no state's mentions dominate and no towns
// place speaks for the state of the dateline's city, or of the town its
// own name holds; a body of no state, a bureau dateline abroad and a
// body placed by what follows keep no side.
func TestStateBodiesWithoutState(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"police after a dateline", "LAHORE, May 3 (Reuters) - Four people died when a bus was set on fire on Saturday, police said.", "said", "police", "PAK", "assert", "-"},
		{"capitalised ministry after a dateline", "NAIROBI, May 3 (AFP) - The Interior Ministry said on Saturday that 30 suspects had been detained after the riots.", "said", "-", "KEN", "assert", "-"},
		{"force named after its city", "Violence flared again on Saturday. A spokesman for the Lahore City Police told reporters that 12 officers had been hurt.", "told", "-", "-", "assert", "-"},
		{"unnamed military officer", "MANDALAY, May 3 (Reuters) - A military officer told Reuters the convoy had been ambushed on Friday.", "told", "military officer", "MMR", "assert", "-"},
		{"bureau dateline abroad", "NAIROBI, May 3 (Reuters) - Somalia said on Saturday it would expel the envoy. Somalia accused the envoy of meddling. Officials insisted the decision was final.", "insisted", "Officials", "SOM", "assert", "-"},
		{"a party's ministry takes no dateline state", "JERUSALEM, May 3 (Reuters) - The Hamas-run Interior Ministry said six police officers were killed.", "said", "-", "", "assert", "-"},
		{"country-named agency", "The Kenya Wildlife Service said on Monday that three rangers had been wounded by poachers.", "said", "-", "KEN", "assert", "-"},
		{"country-named federation is no agency", "The Kenya Rugby Federation said on Monday that the match would be replayed.", "said", "-", "", "assert", "-"},
	})
}
