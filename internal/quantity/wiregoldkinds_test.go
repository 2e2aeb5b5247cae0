package quantity

import "testing"

// TestWireGoldKinds holds the general count kinds that the session-12 wire
// golds (testdata/wiregold1, wiregold2) showed missed or wrong, each in
// new invented sentences (none taken from those golds): a loss inflicted
// "on X of up to N", a tally's losses "in that area", a gun "made in" a
// state, "had become martyrs", a running total of the "neutralized",
// fighters who "surrendered" past a part set off by commas, a list's
// first member past a group's acronym, "tanks and other armored vehicles",
// drone launchers, "a small number of", "treated for wounds", "injured
// people", materiel "left behind", "bodies of N people myself", a side
// named after the count, the militia's bodies, acronyms joined by a
// slash, unnamed fighters of the story's one armed group, and the speaker
// of a paragraph's first sentence going on in the next.
func TestWireGoldKinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"inflicted", "The Dnepr battlegroup inflicted losses on the Ukrainian armed forces of up to 90 servicemen near Kherson, the ministry said.",
			[]claimCue{{"The Dnepr battlegroup inflicted losses on the Ukrainian armed forces of up to 90 servicemen near Kherson", "said", "RUS"}}, nil,
			[]string{"90 servicemen|killed|90|killed|UKR|RUS"}},
		{"in that area", "Russian losses in this sector amounted to 310 personnel and two tanks, the brigade said.",
			[]claimCue{{"Russian losses in this sector amounted to 310 personnel and two tanks", "said", "UKR"}}, nil,
			[]string{"310 personnel|killed|310|lost|RUS|UKR", "two tanks|tank|2|lost|RUS|UKR"}},
		{"made in", "Ukrainian troops attacked again. Russian forces destroyed a 155mm howitzer made in France near Kupyansk, the ministry said.",
			[]claimCue{{"Russian forces destroyed a 155mm howitzer made in France near Kupyansk", "said", "RUS"}}, []entitySpec{{"Russian", "gpe", "RUS"}, {"Ukrainian", "gpe", "UKR"}},
			[]string{"a 155mm howitzer|artillery|1|destroyed|UKR|RUS"}},
		{"martyrs", "The ministry said 12 servicemen of the army had become martyrs in the border clash.",
			[]claimCue{{"12 servicemen of the army had become martyrs in the border clash", "said", "AZE"}}, nil,
			[]string{"12 servicemen|killed|12|killed|AZE|AZE"}},
		{"number neutralized", "The number of terrorists neutralized this year has reached 640, the ministry said.",
			[]claimCue{{"The number of terrorists neutralized this year has reached 640", "said", "TUR"}}, []entitySpec{{"PKK", "group", "PKK"}},
			[]string{"640|killed|640|killed||TUR"}},
		{"surrendered", "Five militants, including a local commander, had surrendered to the police, the ministry said.",
			[]claimCue{{"Five militants, including a local commander, had surrendered to the police", "said", "TUR"}}, nil,
			[]string{"Five militants|captured|5|captured||TUR", "a local commander|captured|1|captured||TUR"}},
		{"acronym list", "Six soldiers and 11 fighters of the Islamic State (IS) group were killed in the raid.", nil,
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"Six soldiers|killed|6|killed||", "11 fighters|killed|11|killed|ISIS|"}},
		{"and other", "The ministry said 4,200 tanks and other armored combat vehicles have been destroyed.",
			[]claimCue{{"4,200 tanks and other armored combat vehicles have been destroyed", "said", "RUS"}}, nil,
			[]string{"4,200 tanks and other armored combat vehicles|armored_vehicle|4200|destroyed||RUS"}},
		{"drone launchers", "Coalition aircraft destroyed three drone launchers and a radar near Hodeidah.", nil, nil, nil},
		{"small number", "The group said it had lost \"a small number of fighters\".",
			[]claimCue{{"it had lost \"a small number of fighters\"", "said", "HTS"}}, nil,
			[]string{"a small number of fighters|killed|null|lost|HTS|HTS"}},
		{"treated for wounds", "Four soldiers died and some 15 others were being treated for wounds, the officer said.",
			[]claimCue{{"Four soldiers died and some 15 others were being treated for wounds", "said", "SOM"}}, nil,
			[]string{"Four soldiers|killed|4|killed|SOM|SOM", "15 others|wounded|15|wounded|SOM|SOM"}},
		{"injured people", "The clinic in Mota received 40 injured people overnight, a nurse said.",
			[]claimCue{{"The clinic in Mota received 40 injured people overnight", "said", ""}}, []entitySpec{{"Mota", "place:ET", ""}},
			[]string{"40 injured people|wounded|40|wounded||"}},
		{"left behind", "Two tanks had been left behind during the withdrawal, a military source said.",
			[]claimCue{{"Two tanks had been left behind during the withdrawal", "said", "SOM"}}, nil,
			[]string{"Two tanks|tank|2|lost|SOM|SOM"}},
		{"myself", "\"I buried the bodies of nine people myself,\" the imam said.", nil, nil,
			[]string{"nine people|killed|9|killed||"}},
		{"side after", "The shelling has caused 14 civilian deaths on the Lebanese side since October.", nil, nil,
			[]string{"14 civilian|killed|14|killed|LBN|"}},
		{"both sides", "Clashes near Idlib killed at least 30 people on both sides, a monitor said.",
			[]claimCue{{"Clashes near Idlib killed at least 30 people on both sides", "said", ""}}, []entitySpec{{"Idlib", "place:SY", ""}},
			[]string{"30 people|killed|30|killed||"}},
		{"militia bodies", "RSF fighters attacked El Fasher again.\n\n\"The militia left 60 bodies in the streets,\" the army spokesman said.",
			[]claimCue{{"The militia left 60 bodies in the streets", "said", "SDN"}}, []entitySpec{{"RSF", "group", "RSF"}},
			[]string{"60 bodies|killed|60|killed|RSF|SDN"}},
		{"slash", "The ministry said 12 PKK/YPG terrorists were neutralized in Syria.",
			[]claimCue{{"12 PKK/YPG terrorists were neutralized in Syria", "said", "TUR"}}, nil,
			[]string{"12 PKK/YPG terrorists|killed|12|killed|PKK|TUR"}},
		{"story's group", "JNIM fighters attacked a post near Djibo on Sunday.\n\nThe army said it had neutralised 40 terrorists in the pursuit.",
			[]claimCue{{"it had neutralised 40 terrorists in the pursuit", "said", "BFA"}}, []entitySpec{{"JNIM", "group", "JNIM"}},
			[]string{"40 terrorists|killed|40|killed|JNIM|BFA"}},
		{"paragraph speaker", "The battlegroup repelled five attacks near Siversk, the ministry said. Ukrainian forces lost up to 140 troops and a tank there.",
			[]claimCue{{"The battlegroup repelled five attacks near Siversk", "said", "RUS"}}, nil,
			[]string{"140 troops|killed|140|lost|UKR|RUS", "a tank|tank|1|lost|UKR|RUS"}},
		// (not after an act announced, nor in another paragraph)
		{"paragraph speaker", "The ministry announced the death of a soldier. Two civilians were wounded in the same strike.",
			[]claimCue{{"the death of a soldier", "announced", "GBR"}}, nil,
			[]string{"a soldier|killed|1|killed|GBR|GBR", "Two civilians|wounded|2|wounded||"}},
		{"paragraph speaker", "The battlegroup repelled five attacks near Siversk, the ministry said.\n\nUkrainian forces lost up to 140 troops there.",
			[]claimCue{{"The battlegroup repelled five attacks near Siversk", "said", "RUS"}}, nil,
			[]string{"140 troops|killed|140|lost|UKR|"}},
		{"named dead", "The group has named 52 fighters who were killed in the fighting since May.", nil,
			[]entitySpec{{"The group", "group", "HTS"}},
			[]string{"52 fighters|killed|52|killed|HTS|HTS"}},
		{"of the group", "Fano fighters attacked Bahir Dar. The army said 30 members of the \"armed group\" had been killed.",
			[]claimCue{{"30 members of the \"armed group\" had been killed", "said", "ETH"}}, []entitySpec{{"Fano", "group", "FANO"}},
			[]string{"30 members|killed|30|killed|FANO|ETH"}},
		{"of them", "The rebels said regime soldiers who fled the camp were chased, and that 25 of them were killed.",
			[]claimCue{{"regime soldiers who fled the camp were chased, and that 25 of them were killed", "said", "AA"}}, []entitySpec{{"regime", "military", "MMR"}},
			[]string{"25 of them were killed|killed|25|killed|MMR|AA"}},
		{"opponent group", "The PKK and the YPG were named in the report, which blamed the PKK. The ministry said 9 of the terrorists were neutralized in Iraq.",
			[]claimCue{{"9 of the terrorists were neutralized in Iraq", "said", "TUR"}, {"The PKK and the YPG were named in the report, which blamed the PKK", "said", "TUR"}},
			[]entitySpec{{"PKK", "group", "PKK"}, {"YPG", "group", "SDF"}},
			[]string{"9 of the terrorists|killed|9|killed|PKK|TUR"}},
	})
}
