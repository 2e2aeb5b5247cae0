package quantity

import "testing"

// TestLossLists holds daily loss lists printed as one figure per item
// ("tanks — 11,870 (+5)"), one line each or in one sentence after a colon:
// the running total and the day's figure in brackets are two counts of
// the list's party, told by the body that published it. Every sentence is
// invented for this test.
func TestLossLists(t *testing.T) {
	checkCounts(t, []countCase{
		// lines under a lead that names the losing party
		{"lines", "The General Staff released its figures for Russian losses on Monday.\n\npersonnel — about 998,300 (+1,020) persons;\ntanks — 10,880 (+3);\nhelicopters — 340 (+0).",
			nil, []entitySpec{{"General Staff", "military", "UKR"}},
			[]string{"personnel — about 998,300|killed|998300|lost|RUS|UKR", "(+1,020)|killed|1020|lost|RUS|UKR",
				"tanks — 10,880|tank|10880|lost|RUS|UKR", "(+3)|tank|3|lost|RUS|UKR", "helicopters — 340|helicopter|340|lost|RUS|UKR"}},
		// one sentence after a colon, told in a claim; "the enemy" is the
		// teller's opponent
		{"colon", "Ukraine's army says it repelled 120 Russian attacks near Pokrovsk.\n\nAccording to the General Staff, the enemy's total losses are approximately: personnel – 1,002,110 (+980), tanks – 10,901 (+2), MLRS – 1,433 (+1) and cruise missiles – 3,560.",
			[]claimCue{{"the enemy's total losses are approximately: personnel – 1,002,110 (+980), tanks – 10,901 (+2), MLRS – 1,433 (+1) and cruise missiles – 3,560", "According to", "UKR"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}, {"Ukraine", "gpe", "UKR"}},
			[]string{"personnel – 1,002,110|killed|1002110|lost|RUS|UKR", "(+980)|killed|980|lost|RUS|UKR",
				"tanks – 10,901|tank|10901|lost|RUS|UKR", "(+2)|tank|2|lost|RUS|UKR",
				"MLRS – 1,433|artillery|1433|lost|RUS|UKR", "(+1)|artillery|1|lost|RUS|UKR"}},
		// (a list of deliveries is no one's losses)
		{"not losses", "The defence ministry said the package includes:\n\ntanks — 31;\narmoured vehicles — 60 (+12).",
			[]claimCue{{"the package includes:", "said", "DEU"}}, nil, nil},
		// (an entry whose item is no count ends the reading: no list)
		{"not items", "Total losses since February:\n\ncruise missiles — 3,560 (+4);\nships and boats — 28.", nil, nil, nil},
	})
}
