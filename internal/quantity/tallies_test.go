package quantity

import "testing"

// TestTallies holds the count kinds of 2023-2026 conflict reporting that
// the session-8 probes (testdata/probes 66-92) found missed: a ministry's
// daily losses with a phrase of place and time before their verb, a clause
// after the people ("when its fighters overran"), demonyms of places,
// breakdowns far from their verb, a state's name for a group's fighters,
// tallies by place, captives held, tolls revised. Every sentence is
// invented for this test.
func TestTallies(t *testing.T) {
	checkCounts(t, []countCase{
		// a party's losses with a phrase of place or time before the verb
		{"losses", "Ukrainian losses in the Vovchansk direction over the past day amounted to up to 145 servicemen, two tanks and nine motor vehicles, the ministry said.",
			[]claimCue{{"Ukrainian losses in the Vovchansk direction over the past day amounted to up to 145 servicemen, two tanks and nine motor vehicles", "said", "RUS"}}, nil,
			[]string{"145 servicemen|killed|145|lost|UKR|RUS", "two tanks|tank|2|lost|UKR|RUS", "nine motor vehicles|vehicle|9|lost|UKR|RUS"}},
		{"losses", "Russian losses over the past week were 2,310 soldiers, the general staff said.",
			[]claimCue{{"Russian losses over the past week were 2,310 soldiers", "said", "UKR"}}, nil,
			[]string{"2,310 soldiers|killed|2310|lost|RUS|UKR"}},
		// (a verb between the losses and the number governs it)
		{"losses", "Russian losses mounted as its forces captured 12 villages in the east.", nil, nil, nil},
		// a clause or phrase after the people ends their noun phrase
		{"clause", "Al-Shabaab said it had killed 45 Kenyan soldiers when its fighters stormed a camp.",
			[]claimCue{{"it had killed 45 Kenyan soldiers when its fighters stormed a camp", "said", "ALSHABAB"}},
			[]entitySpec{{"Al-Shabaab", "group", "ALSHABAB"}},
			[]string{"45 Kenyan soldiers|killed|45|killed|KEN|ALSHABAB"}},
		{"clause", "The army said it had killed 23 Ethiopian soldiers because they had crossed the line.",
			[]claimCue{{"it had killed 23 Ethiopian soldiers because they had crossed the line", "said", "ERI"}}, nil,
			[]string{"23 Ethiopian soldiers|killed|23|killed|ETH|ERI"}},
		// a demonym before a noun of places names where the victims were
		{"demonym place", "Hezbollah said two people were killed in Israeli strikes on Lebanese villages.",
			[]claimCue{{"two people were killed in Israeli strikes on Lebanese villages", "said", "HEZBOLLAH"}},
			[]entitySpec{{"Hezbollah", "group", "HEZBOLLAH"}},
			[]string{"two people|killed|2|killed|LBN|HEZBOLLAH"}},
		// (the attacker's demonym is not where the victims were)
		{"demonym place", "Eleven people were killed when Russian missiles hit Ukrainian towns overnight.", nil, nil,
			[]string{"Eleven people|killed|11|killed|UKR|"}},
		// a part of the people before, past phrases of place and time
		{"including", "Israeli strikes killed at least 40 Palestinians across the central Gaza Strip over the past 24 hours, including nine children, the ministry said.",
			[]claimCue{{"Israeli strikes killed at least 40 Palestinians across the central Gaza Strip over the past 24 hours, including nine children", "said", "PSE"}},
			[]entitySpec{{"Gaza Strip", "place:PS", ""}},
			[]string{"40 Palestinians|killed|40|killed|PSE|PSE", "nine children|killed|9|killed|PSE|PSE"}},
		// Pakistan's military name for the Pakistani Taliban's fighters,
		// and its words for its soldiers' deaths
		{"khwarij", "Security forces killed 11 khwarij in an intelligence-based operation in Tank district, the ISPR said.",
			[]claimCue{{"Security forces killed 11 khwarij in an intelligence-based operation in Tank district", "said", "PAK"}}, nil,
			[]string{"11 khwarij|killed|11|killed|TTP|PAK"}},
		{"khwarij", "Six Indian-sponsored khawarij were sent to hell near the border, the military said.",
			[]claimCue{{"Six Indian-sponsored khawarij were sent to hell near the border", "said", "PAK"}}, nil,
			[]string{"Six Indian-sponsored khawarij|killed|6|killed|TTP|PAK"}},
		{"shahadat", "Three Pakistani soldiers embraced shahadat during the exchange of fire.", nil, nil,
			[]string{"Three Pakistani soldiers|killed|3|killed|PAK|"}},
		// "others" at the head of a sentence are the people of the one before
		{"others", "Gunmen killed 14 Nigerian villagers on Sunday.\n\nDozens of others were wounded, police said.",
			[]claimCue{{"Dozens of others were wounded", "said", "NGA"}}, nil,
			[]string{"14 Nigerian villagers|killed|14|killed|NGA|", "Dozens of others|wounded|null|wounded|NGA|NGA"}},
		// a tally by place
		{"by place", "Russian drones struck three regions overnight, officials said.\n\nThe attacks also damaged a school.\n\nSumy Oblast: 2 killed, 6 injured.\n\nOdesa Oblast: 4 injured.",
			nil, []entitySpec{{"Sumy Oblast", "place:UA", ""}, {"Odesa Oblast", "place:UA", ""}},
			[]string{"2 killed|killed|2|killed|UKR|", "6 injured|wounded|6|wounded|UKR|", "4 injured|wounded|4|wounded|UKR|"}},
		// captives held
		{"captivity", "Kyiv says about 6,000 Ukrainian soldiers remain in Russian captivity.",
			[]claimCue{{"about 6,000 Ukrainian soldiers remain in Russian captivity", "says", "UKR"}}, nil,
			[]string{"6,000 Ukrainian soldiers|captured|6000|captured|UKR|UKR"}},
		{"captivity", "More than 90 hostages are still being held in Gaza.", []claimCue{}, []entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"90 hostages|captured|90|captured||"}},
		{"captivity", "Ten officers were held in reserve near the front.", nil, nil, nil},
		// plural nouns of explosions are violence
		{"explosions", "Explosions at a market killed 9 people in Kharkiv.", nil, []entitySpec{{"Kharkiv", "place:UA", ""}},
			[]string{"9 people|killed|9|killed|UKR|"}},
		// a party that revises a toll gives it
		{"revised", "The United Nations revised the number of children killed in the strikes to 1,200.", nil,
			[]entitySpec{{"United Nations", "organization", "UNO"}},
			[]string{"1,200|killed|1200|killed||UNO"}},
		{"revised", "Health officials in Quetta on Monday revised the death toll down to 19.", nil,
			[]entitySpec{{"Quetta", "place:PK", ""}},
			[]string{"19|killed|19|killed|PAK|"}},
		// materiel that caught fire was damaged
		{"caught fire", "Two Russian tanks caught fire after hitting mines.", nil, nil,
			[]string{"Two Russian tanks|tank|2|damaged|RUS|"}},
		// a state's forces striking in their own country hit its people
		{"own ground", "A junta airstrike on a village in Magway Region killed nine villagers.", nil,
			[]entitySpec{{"junta", "military", "MMR"}, {"Magway Region", "place:MM:A.ADM1", ""}},
			[]string{"nine villagers|killed|9|killed|MMR|"}},
		// (but not where the place is the attacker's country's name)
		{"own ground", "A Russian drone killed two people in Russia's Kursk region, Ukrainian officials said.", nil,
			[]entitySpec{{"Russia", "place:RU:A.PCLI", ""}},
			[]string{"two people|killed|2|killed||"}},
	})
}
