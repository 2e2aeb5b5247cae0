package claim_test

import "testing"

// TestSides31HostDateline: a story filed from a third state's capital
// names that host state's own sources by its demonym ("Kenyan officials
// said", "a Thai army spokesman said") and none of its forces acting: the
// host is no party, and a minister titled without a state ("Defence
// Minister NAME said") holds his office in the story's other state, not
// in the dateline's. Where the dateline's state is a party (its forces
// act, or it is named nowhere else) its bare titles stay its own
// (session 31, lane sides5; sentences and names invented, the positive
// cases failed before the rule).
func TestSides31HostDateline(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"1992-07-10", speakerCase{"host's officials marked, Sudan's minister", "NAIROBI — Rebels said on Friday they had taken the town of Torit in southern Sudan. Kenyan officials said the border crossing at Lokichoggio was open. Defence Minister Ibrahim Suleiman said the army still held Torit.", "said", "-", "SDN", "assert", "-"}},
		{"1987-09-14", speakerCase{"host's officials marked, Mozambique's minister", "LUSAKA — Rebels said they had attacked a convoy near Tete in Mozambique. Zambian officials said refugees were crossing into Zambia. Information Minister Teodato Hunguana said the convoy had reached Tete.", "said", "-", "MOZ", "assert", "-"}},
		{"1993-03-02", speakerCase{"host's army spokesman marked, Cambodia's minister", "BANGKOK — Guerrillas shelled Battambang in western Cambodia overnight. A Thai army spokesman said shells had landed on the Thai side of the border. Defence Minister Tea Sokha said Phnom Penh would protest to the guerrillas' backers.", "said", "-", "KHM", "assert", "-"}},
		// negatives: the dateline's state is a party
		{"2024-05-20", speakerCase{"named nowhere else", "MOSCOW — Troops took the Ukrainian village of Krasne on Monday. Defence Minister Ivan Petrov told officers in Moscow the advance would go on.", "told", "-", "RUS", "assert", "-"}},
		{"2024-08-11", speakerCase{"another state's forces at its land", "TAIPEI — The coast guard said on Sunday it had tracked six Chinese ships near Kinmen. Taiwanese officials said Chinese aircraft had crossed the median line. Legislator Lin Wen-chi said the drills were meant to intimidate voters.", "said", "-", "TWN", "assert", "-"}},
		{"2025-02-03", speakerCase{"its president resumed bare", "PANAMA CITY — Panamanian President Jose Raul Mulino said the canal was not up for discussion. Mulino told reporters his government would review the port contract. Panamanian officials said the canal authority had given no warships free passage. Lawmaker Rita Quintero said the government was giving in to pressure from Washington.", "said", "-", "PAN", "assert", "-"}},
		{"2024-05-20", speakerCase{"its forces act", "MOSCOW — Russian troops took the Ukrainian village of Krasne on Monday, Russian officials said. Defence Minister Ivan Petrov said the advance would go on.", "said", "-", "RUS", "assert", "-"}},
	})
}
