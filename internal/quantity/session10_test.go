package quantity

import "testing"

// TestSession10Kinds holds the count kinds found by the session-10
// precision audit (the xdoc and xdoc2 reports, the 147 readable news
// articles and the precision battery of testdata/precision): a verb joined
// after an object's of-phrase is the subject's next act ("killed 60
// soldiers of the army and seized weapons"); a speaker set off by commas
// after a list of people is no count ("abducted four women, a community
// leader, NAME, told ..."); "Khawarij" in a Somali story is al-Shabaab's
// fighters, as in a Pakistani one the TTP's (the actor base resolves the
// word by the story's conflict; here its mention is given); a running total of the
// losses counted before ("bringing its total losses to 950,000"); short
// plural demonyms ("three Serbs suspected of ..."); police or soldiers a
// state tells of, lost in a fight with gunmen a demonym names, are its own.
// Every sentence is invented for this test.
func TestSession10Kinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"joined verb", "The group said its fighters killed 44 soldiers of the Nigerien army and their allies and seized three pickup trucks.",
			[]claimCue{{"its fighters killed 44 soldiers of the Nigerien army and their allies and seized three pickup trucks", "said", "JNIM"}},
			[]entitySpec{{"Nigerien army", "military", "NER"}},
			[]string{"44 soldiers|killed|44|killed|NER|JNIM", "three pickup trucks|vehicle|3|captured|NER|JNIM"}},
		// (a state after the of-phrase is still the people's)
		{"joined verb", "Twelve members of the village militia were abducted on Friday.", nil, nil,
			[]string{"Twelve members|captured|12|captured||"}},
		{"named speaker", "The gunmen also kidnapped five traders, a local chief, Ibrahim Sule, told reporters.", nil,
			[]entitySpec{{"Ibrahim Sule", "person", ""}},
			[]string{"five traders|captured|5|captured||"}},
		// (a person named as a victim stays a count)
		{"named speaker", "The gunmen kidnapped five traders and a community leader, Ibrahim Sule, on Monday.", nil,
			[]entitySpec{{"Ibrahim Sule", "person", ""}},
			[]string{"five traders|captured|5|captured||", "a community leader|captured|1|captured||"}},
		{"khawarij", "MOGADISHU - Somali forces repulsed an attack by the Khawarij near Afgooye, killing 23 of the terrorists, the defence ministry said.",
			[]claimCue{{"Somali forces repulsed an attack by the Khawarij near Afgooye, killing 23 of the terrorists", "said", "SOM"}},
			[]entitySpec{{"Somali forces", "military", "SOM"}, {"Afgooye", "place:SO", ""}, {"Khawarij", "group", "ALSHABAB"}},
			[]string{"23 of the terrorists|killed|23|killed|ALSHABAB|SOM"}},
		{"khawarij", "Security forces repulsed an attack by the Khawarij near Tank, killing 14 of the terrorists, the military's media wing said.",
			[]claimCue{{"Security forces repulsed an attack by the Khawarij near Tank, killing 14 of the terrorists", "said", "PAK"}},
			[]entitySpec{{"Tank", "place:PK", ""}, {"Khawarij", "group", "TTP"}},
			[]string{"14 of the terrorists|killed|14|killed|TTP|PAK"}},
		// (the word alone, unresolved by the actor base, names no group)
		{"khawarij", "Security forces repulsed an attack by the Khawarij near Tank, killing 14 of the terrorists, the military's media wing said.",
			[]claimCue{{"Security forces repulsed an attack by the Khawarij near Tank, killing 14 of the terrorists", "said", "PAK"}},
			[]entitySpec{{"Tank", "place:PK", ""}},
			[]string{"14 of the terrorists|killed|14|killed||PAK"}},
		{"total losses", "The General Staff said Russia had lost 1,240 troops in the past day, bringing its total losses since the invasion to about 870,000.",
			[]claimCue{{"Russia had lost 1,240 troops in the past day, bringing its total losses since the invasion to about 870,000", "said", "UKR"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}},
			[]string{"1,240 troops|killed|1240|lost|RUS|UKR", "870,000|killed|870000|lost|RUS|UKR"}},
		// (a total of money is no count)
		{"total losses", "The flood cost farmers 300 cows, bringing their total losses to $4 million.", nil, nil, nil},
		{"short demonym", "Police arrested four Serbs suspected of smuggling weapons across the border.", nil,
			[]entitySpec{{"Serbs", "gpe", "SRB"}},
			[]string{"four Serbs|captured|4|captured|SRB|"}},
		{"short demonym", "Two Croats were wounded when the bus was attacked.", nil, nil,
			[]string{"Two Croats|wounded|2|wounded|HRV|"}},
		// an epidemic told by its cases, no disease named
		{"epidemic", "The fever is endemic in the region, with 1,900 cases reported in nine districts this year, claiming more than 300 lives.", nil, nil, nil},
		// (cases of a court stay: "deaths" alone is no epidemic)
		{"epidemic", "Gunmen killed 14 villagers in Zamfara on Sunday, and police opened cases against three suspects.", nil,
			[]entitySpec{{"Zamfara", "place:NG", ""}},
			[]string{"14 villagers|killed|14|killed|NGA|"}},
		// a condemnation inside another speaker's statement: the toll is
		// that speaker's
		{"condemnation", "The United States condemns the bombing in Mosul that killed at least 12 people, the spokesman said.",
			[]claimCue{{"the bombing in Mosul that killed at least 12 people, the spokesman said", "condemns", "USA"},
				{"The United States condemns the bombing in Mosul that killed at least 12 people", "said", "USA"}},
			[]entitySpec{{"Mosul", "place:IQ", ""}},
			[]string{"12 people|killed|12|killed|IRQ|USA"}},
		// (the condemnation alone carries no count: the toll is the reporter's)
		{"condemnation", "The United States condemns the bombing in Mosul that killed at least 12 people.",
			[]claimCue{{"the bombing in Mosul that killed at least 12 people", "condemns", "USA"}},
			[]entitySpec{{"Mosul", "place:IQ", ""}},
			[]string{"12 people|killed|12|killed|IRQ|"}},
		{"freed later", "Some 40 passengers abducted from a bus near Abuja were freed on Friday, police said.", nil, nil, nil},
		{"freed later", "Some 40 passengers were abducted from a bus near Abuja on Friday and later freed.", nil, nil,
			[]string{"40 passengers|captured|40|captured||"}},
		// the people before an active verb with its own object did it
		{"subject", "A Taliban suicide bomber killed nine Afghan policemen at a checkpoint in Kunduz.", nil,
			[]entitySpec{{"Kunduz", "place:AF", ""}},
			[]string{"nine Afghan policemen|killed|9|killed|AFG|"}},
		{"subject", "Two gunmen killed three worshippers at a mosque in Peshawar.", nil,
			[]entitySpec{{"Peshawar", "place:PK", ""}},
			[]string{"three worshippers|killed|3|killed|PAK|"}},
		// (a headline's state after the people stays theirs)
		{"subject", "Three Afghan soldiers killed in roadside blast in Kunduz.", nil,
			[]entitySpec{{"Kunduz", "place:AF", ""}},
			[]string{"Three Afghan soldiers|killed|3|killed|AFG|"}},
		// what did not happen
		{"counterfactual", "Had the bomb gone off in the market, it could have killed hundreds of people, police said.", nil, nil, nil},
		{"counterfactual", "Officials said the blast would have destroyed two helicopters had the hangar not been empty.", nil, nil, nil},
		{"counterfactual", "None of the 90 passengers was hurt when shrapnel hit the bus, the governor said.", nil, nil, nil},
		// (a perfect without a modal stays)
		{"counterfactual", "Police said at least 30 people had been killed in the blast in Quetta.", nil,
			[]entitySpec{{"Quetta", "place:PK", ""}},
			[]string{"30 people|killed|30|killed|PAK|"}},
		{"attempts", "The governor survived two assassination attempts in 2019 and 2021.", nil, nil, nil},
		{"put out of action", "Ukraine's General Staff said 1,180 Russian troops had been put out of action in the past day.",
			[]claimCue{{"1,180 Russian troops had been put out of action in the past day", "said", "UKR"}}, nil,
			[]string{"1,180 Russian troops|killed|1180|killed|RUS|UKR"}},
		{"total losses", "The army said 14 of its soldiers were killed in the past week, raising its losses since October to 760.",
			[]claimCue{{"14 of its soldiers were killed in the past week, raising its losses since October to 760", "said", "ETH"}}, nil,
			[]string{"14 of its soldiers|killed|14|killed|ETH|ETH", "760|killed|760|lost|ETH|ETH"}},
		{"own police", "Kosovo police said a shootout with Serb gunmen near Zubin Potok killed a police officer and two attackers.",
			[]claimCue{{"a shootout with Serb gunmen near Zubin Potok killed a police officer and two attackers", "said", "UNK"}},
			[]entitySpec{{"Kosovo police", "military", "UNK"}},
			[]string{"a police officer|killed|1|killed|UNK|UNK", "two attackers|killed|2|killed||UNK"}},
	})
}
