package quantity

import "testing"

// TestWire13Kinds holds the count kinds the wire13 battery found missed or
// wrong: a bare toll that rises, "apprehended", "paid the supreme price",
// "Among those killed were", a quoted group name in an of-phrase, a
// relative clause's share of a launched whole, drones that hit targets, a
// headline's second verb, a possessive before the number, bodies a party
// left behind, a share of people counted the sentence before, a junta's
// strikes at home, a gun's calibre, "suppliers of the terrorists". Every
// sentence is invented for this test.
func TestWire13Kinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"toll rose", "Russian missiles hit a shopping centre in Kremenchuk on Monday.\n\nBy evening the toll rose to 17, regional officials said.",
			[]claimCue{{"By evening the toll rose to 17", "said", "UKR"}},
			[]entitySpec{{"Kremenchuk", "place:UA", ""}},
			[]string{"17|killed|17|killed|UKR|UKR"}},
		// (a toll road, or a toll of another kind, is no count)
		{"toll rose", "The toll on the new bridge rose to 12 dollars in May.", nil, nil, nil},
		{"apprehended", "Security forces apprehended six khwarij near Bannu, the ISPR said.",
			[]claimCue{{"Security forces apprehended six khwarij near Bannu", "said", "PAK"}},
			[]entitySpec{{"khwarij", "group", "TTP"}, {"Bannu", "place:PK", ""}},
			[]string{"six khwarij|captured|6|captured|TTP|PAK"}},
		{"supreme price", "Two soldiers paid the supreme price in the ambush near Gao, the army said.",
			[]claimCue{{"Two soldiers paid the supreme price in the ambush near Gao", "said", "MLI"}},
			[]entitySpec{{"Gao", "place:ML", ""}},
			[]string{"Two soldiers|killed|2|killed|MLI|MLI"}},
		{"among those", "Among those killed were three Taliban commanders, the ministry said.",
			[]claimCue{{"Among those killed were three Taliban commanders", "said", "AFG"}},
			[]entitySpec{{"Taliban", "group", "TALIBAN"}},
			[]string{"three Taliban commanders|killed|3|killed|TALIBAN|AFG"}},
		{"quoted name", "Nine terrorists of \"Fitna al Khawarij\" were killed in Bannu, the ISPR said.",
			[]claimCue{{"Nine terrorists of \"Fitna al Khawarij\" were killed in Bannu", "said", "PAK"}},
			[]entitySpec{{"Fitna al Khawarij", "group", "TTP"}, {"Bannu", "place:PK", ""}},
			[]string{"Nine terrorists|killed|9|killed|TTP|PAK"}},
		{"of which", "Russia launched 64 drones and three missiles overnight, of which 50 drones were shot down, the air force said.",
			[]claimCue{{"Russia launched 64 drones and three missiles overnight, of which 50 drones were shot down", "said", "UKR"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}},
			[]string{"50 drones|drone|50|shot_down|RUS|UKR"}},
		{"hit targets", "Twelve drones hit targets in Kharkiv and Sumy, the air force said.",
			[]claimCue{{"Twelve drones hit targets in Kharkiv and Sumy", "said", "UKR"}}, nil, nil},
		// (drones hit in a strike were damaged; since session 23 the
		// damage a speaker tells of in the passive is its own)
		{"hit targets", "Four drones were hit in the strike on the airfield, the ministry said.",
			[]claimCue{{"Four drones were hit in the strike on the airfield", "said", "RUS"}}, nil,
			[]string{"Four drones|drone|4|damaged|RUS|RUS"}},
		{"headline", "Missile Strike Kills 4, Wounds 30 in Dnipro\n\nA Russian missile hit Dnipro on Friday.",
			nil, []entitySpec{{"Dnipro", "place:UA", ""}},
			[]string{"4|killed|4|killed|UKR|", "30|wounded|30|wounded|UKR|"}},
		{"possessive", "Bandits attacked the village at dawn.\n\n\"They killed my three sons,\" said a farmer in Zamfara.",
			nil, []entitySpec{{"Zamfara", "place:NG", ""}},
			[]string{"three sons|killed|3|killed|NGA|"}},
		{"left bodies", "Russian troops attacked the village again.\n\n\"The enemy left 80 bodies on the approaches to the village,\" the commander said.",
			[]claimCue{{"The enemy left 80 bodies on the approaches to the village", "said", "UKR"}},
			[]entitySpec{{"Russian", "gpe", "RUS"}, {"commander", "military", "UKR"}},
			[]string{"80 bodies|killed|80|killed|RUS|UKR"}},
		{"share before", "Gunmen abducted 20 passengers travelling in a bus near Katsina on Friday, police said.\n\nThree of the passengers were later killed, police said.",
			[]claimCue{{"Gunmen abducted 20 passengers travelling in a bus near Katsina on Friday", "said", "NGA"}, {"Three of the passengers were later killed", "said", "NGA"}},
			[]entitySpec{{"Katsina", "place:NG", ""}},
			[]string{"20 passengers|captured|20|captured|NGA|NGA", "Three of the passengers|killed|3|killed|NGA|NGA"}},
		{"junta", "Fighting raged in Sagaing and Magway.\n\nJunta jets bombed a village on Monday, killing nine civilians, residents said.",
			[]claimCue{{"Junta jets bombed a village on Monday, killing nine civilians", "said", ""}},
			[]entitySpec{{"Sagaing", "place:MM", ""}, {"Magway", "place:MM", ""}, {"Junta", "military", "MMR"}},
			[]string{"nine civilians|killed|9|killed|MMR|"}},
		{"calibre", "The rebels said they seized four 122mm howitzers from the army.",
			[]claimCue{{"they seized four 122mm howitzers from the army", "said", "M23"}}, nil,
			[]string{"four 122mm howitzers|artillery|4|captured||M23"}},
		{"of the terrorists", "Troops killed 23 ISWAP terrorists in Borno State, the army said.\n\nThe troops also arrested 11 logistics suppliers of the terrorists and recovered two gun trucks, the army said.",
			[]claimCue{{"Troops killed 23 ISWAP terrorists in Borno State", "said", "NGA"}, {"The troops also arrested 11 logistics suppliers of the terrorists and recovered two gun trucks", "said", "NGA"}},
			[]entitySpec{{"ISWAP", "group", "ISIS"}, {"Borno State", "place:NG", ""}},
			[]string{"23 ISWAP terrorists|killed|23|killed|ISIS|NGA", "11 logistics suppliers|captured|11|captured|ISIS|NGA", "two gun trucks|vehicle|2|captured|ISIS|NGA"}},
	})
}

// TestWire13bKinds holds the kinds the wire13b battery (written after the
// wire13 fixes) found: a loss list with its teller after it, a drone that
// crashed somewhere (lost) against one that crashed into something (an
// attack), a force's acronym inside its name, "N of its members" after
// the party named. Every sentence is invented for this test.
func TestWire13bKinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"teller after", "Russian losses have reached: tanks – 9,120 (+4), helicopters – 331 and boats – 28, the General Staff said on Tuesday.",
			[]claimCue{{"Russian losses have reached: tanks – 9,120 (+4), helicopters – 331 and boats – 28", "said", "UKR"}}, nil,
			[]string{"tanks – 9,120|tank|9120|lost|RUS|UKR", "(+4)|tank|4|lost|RUS|UKR", "helicopters – 331|helicopter|331|lost|RUS|UKR"}},
		{"crashed", "Two U.S. officials said one drone had crashed in Yemen.",
			[]claimCue{{"one drone had crashed in Yemen", "said", "USA"}}, nil,
			[]string{"one drone|drone|1|lost|USA|USA"}},
		{"crashed", "A drone crashed into a block of flats in Sumy overnight, the mayor said.",
			[]claimCue{{"A drone crashed into a block of flats in Sumy overnight", "said", "UKR"}}, nil, nil},
		{"acronym", "The rebels said they killed 40 Congolese Armed Forces (FARDC) soldiers near Sake.",
			[]claimCue{{"they killed 40 Congolese Armed Forces (FARDC) soldiers near Sake", "said", "M23"}}, nil,
			[]string{"40 Congolese Armed Forces (FARDC) soldiers|killed|40|killed|COD|M23"}},
		{"of its members", "The government said its forces had destroyed a Fano unit and killed 87 of its members.",
			[]claimCue{{"its forces had destroyed a Fano unit and killed 87 of its members", "said", "ETH"}},
			[]entitySpec{{"Fano", "group", "FANO"}},
			[]string{"87 of its members|killed|87|killed|FANO|ETH"}},
		{"of its members", "Hamas said three of its commanders died in the strikes.",
			[]claimCue{{"three of its commanders died in the strikes", "said", "HAMAS"}}, []entitySpec{{"Hamas", "group", "HAMAS"}},
			[]string{"three of its commanders|killed|3|killed|HAMAS|HAMAS"}},
	})
}
