package quantity

import "testing"

// TestWireGold56Kinds holds the general count kinds that the session-13
// wire golds (testdata/wiregold5, wiregold6) showed missed or wrong, each
// in new invented sentences from other conflicts (none taken from those
// golds): a list of materiel whose owner's "of" phrase stands before the
// verb, a name set off after the noun that names the person, a list of
// names, "another officer", "injuring a third", the crew of a craft
// downed, "taken to hospital with burns", "suffered injuries", "from both
// sides", "a larger number of", an age that is no count, "among those
// killed", "of the group's commanders", a share "of them" of the toll
// told before, and how some of the wounded are ("of whom six were in
// critical condition"), no count of its own; "of its own servicemen" (the
// speaker's), a prosecutor's or ombudsman's toll (its own country's), a
// named speaker of no party (no claimant from a demonym in its words),
// "elements" (fighters), a participle after a list's last member, "of both
// sides", a quoted amount after "suffered", "several more", an armoured
// jeep; the party named in an "of" phrase of what the agent took is the
// owner of the materiel it destroyed next; Baku's "Armenian armed
// formations" are the Karabakh forces; a de facto authority's health
// ministry counts its own people; an appositive that spells out who the
// people just counted were is no second count; a "Tor air-defense
// system" is air defence.
func TestWireGold56Kinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"of-phrase list", "Two tanks, three howitzers and five trucks of the Russian army were destroyed near Bakhmut, the brigade said.",
			[]claimCue{{"Two tanks, three howitzers and five trucks of the Russian army were destroyed near Bakhmut", "said", "UKR"}}, nil,
			[]string{"Two tanks|tank|2|destroyed|RUS|UKR", "three howitzers|artillery|3|destroyed|RUS|UKR", "five trucks|vehicle|5|destroyed|RUS|UKR"}},
		{"of-phrase", "\"Four armoured vehicles of the enemy were destroyed,\" the ministry said.",
			[]claimCue{{"Four armoured vehicles of the enemy were destroyed", "said", "AZE"}}, nil,
			[]string{"Four armoured vehicles|armored_vehicle|4|destroyed||AZE"}},
		{"appositive name", "\"As a result of the shelling, a soldier of the 3rd Mechanised Brigade, Sergeant Tamaz Gelashvili, was wounded,\" the ministry said.",
			[]claimCue{{"As a result of the shelling, a soldier of the 3rd Mechanised Brigade, Sergeant Tamaz Gelashvili, was wounded", "said", "GEO"}},
			[]entitySpec{{"Tamaz Gelashvili", "person", ""}},
			[]string{"Sergeant Tamaz Gelashvili|wounded|1|wounded|GEO|GEO"}},
		{"appositive name", "One of the Kenyan peacekeepers, Corporal Daniel Otieno, was killed in the ambush.", nil,
			[]entitySpec{{"Daniel Otieno", "person", ""}},
			[]string{"One of the Kenyan peacekeepers|killed|1|killed|KEN|"}},
		{"name list", "Soldiers Ali Hassan, Omar Farah and Yusuf Warsame were killed when the convoy hit a mine, the army said.",
			[]claimCue{{"Soldiers Ali Hassan, Omar Farah and Yusuf Warsame were killed when the convoy hit a mine", "said", "SOM"}},
			[]entitySpec{{"Ali Hassan", "person", ""}, {"Omar Farah", "person", ""}, {"Yusuf Warsame", "person", ""}},
			[]string{"Soldiers Ali Hassan, Omar Farah and Yusuf Warsame|killed|3|killed|SOM|SOM"}},
		{"another", "Two Nigerian soldiers were killed and another soldier was seriously injured in the attack.", nil, nil,
			[]string{"Two Nigerian soldiers|killed|2|killed|NGA|", "another soldier|wounded|1|wounded|NGA|"}},
		{"a third", "The drone hit the car, killing two journalists and injuring a third.", nil, nil,
			[]string{"two journalists|killed|2|killed||", "a third|wounded|1|wounded||"}},
		{"a third", "The rebels captured a third of the province.", nil, nil, nil},
		{"crew", "A Syrian MiG-23 jet was shot down over Idlib, killing both crew members, the monitor said.", nil, nil,
			[]string{"A Syrian MiG-23 jet|aircraft|1|shot_down|SYR|"}},
		{"crew", "A Syrian MiG-23 jet was shot down over Idlib, killing two crew members.", nil, nil,
			[]string{"A Syrian MiG-23 jet|aircraft|1|shot_down|SYR|", "two crew members|killed|2|killed|SYR|"}},
		{"hospital with", "Eleven miners were taken to hospital with burns after the explosion at the pit.", nil, nil,
			[]string{"Eleven miners|wounded|11|wounded||"}},
		{"hospital with", "Three Indian soldiers were flown to a hospital in Leh with fractures.", nil, nil,
			[]string{"Three Indian soldiers|wounded|3|wounded|IND|"}},
		{"suffered injuries", "Two people died and four others suffered injuries when a shell struck the market.", nil, nil,
			[]string{"Two people|killed|2|killed||", "four others|wounded|4|wounded||"}},
		{"both sides", "Some soldiers from both sides sustained minor injuries in the scuffle.", nil, nil,
			[]string{"Some soldiers|wounded|null|wounded||"}},
		{"larger number", "The Chinese side suffered a larger number of injured in the clash.", nil, nil,
			[]string{"a larger number of injured|wounded|null|wounded|CHN|"}},
		{"aged", "A girl aged 9 was killed by the shell, and two men aged 30 and 45 were wounded.", nil, nil,
			[]string{"A girl|killed|1|killed||", "two men|wounded|2|wounded||"}},
		{"among those killed", "Al-Shabaab said five of its fighters were among those killed in the strike.",
			[]claimCue{{"five of its fighters were among those killed in the strike", "said", "ALSHABAB"}}, nil,
			[]string{"five of its fighters|killed|5|killed|ALSHABAB|ALSHABAB"}},
		{"group's", "The movement said two of the group's commanders were among the dead.",
			[]claimCue{{"two of the group's commanders were among the dead", "said", "HEZBOLLAH"}}, nil,
			[]string{"two of the group's commanders|killed|2|killed|HEZBOLLAH|HEZBOLLAH"}},
		{"of them", "The ministry said 30 Sudanese civilians were wounded in the shelling. Eight of them are in critical condition, a doctor said.",
			[]claimCue{{"30 Sudanese civilians were wounded in the shelling", "said", "SDN"}, {"Eight of them are in critical condition", "said", ""}}, nil,
			[]string{"30 Sudanese civilians|wounded|30|wounded|SDN|SDN", "Eight of them are in|wounded|8|wounded|SDN|"}},
		{"of whom", "The clinic received 40 wounded people, of whom nine were in serious condition.", nil, nil,
			[]string{"40 wounded people|wounded|40|wounded||"}},
		{"its own", "The Ethiopian army accused Eritrean troops of shelling the town and said 14 of its own soldiers had been killed.",
			[]claimCue{{"14 of its own soldiers had been killed", "said", "ETH"}}, nil,
			[]string{"14 of its own soldiers|killed|14|killed|ETH|ETH"}},
		{"toll body", "According to the Lebanese prosecutor general's office, 40 civilians have been killed and 120 injured since March 1.",
			[]claimCue{{"40 civilians have been killed and 120 injured since March 1", "According to", "LBN@Lebanese prosecutor general's office"}}, nil,
			[]string{"40 civilians|killed|40|killed|LBN|LBN", "120 injured|wounded|120|wounded|LBN|LBN"}},
		{"named non-party", "The Russian independent outlet Novaya Zemlya has confirmed the names of 8,400 Russian soldiers killed.",
			[]claimCue{{"the names of 8,400 Russian soldiers killed", "confirmed", "@Novaya Zemlya"}}, nil,
			[]string{"8,400 Russian soldiers|killed|8400|killed|RUS|"}},
		{"elements", "The army said it had killed 12 terrorist elements in an ambush in North Sinai.",
			[]claimCue{{"it had killed 12 terrorist elements in an ambush in North Sinai", "said", "EGY"}}, nil,
			[]string{"12 terrorist elements|killed|12|killed||EGY"}},
		{"participle after list", "The monitoring site lists 1,200 Russian tanks and 400 Ukrainian tanks destroyed or captured.", nil, nil,
			[]string{"1,200 Russian tanks|tank|1200|destroyed|RUS|", "400 Ukrainian tanks|tank|400|destroyed|UKR|"}},
		{"participle after list", "The air force shot down 30 of the drones, the military said, while the rest crashed in fields.", nil, nil,
			[]string{"30 of the drones|drone|30|shot_down||"}},
		{"of both sides", "The clash led to injuries to several soldiers of both sides, the minister said.",
			[]claimCue{{"The clash led to injuries to several soldiers of both sides", "said", "IND"}}, nil,
			[]string{"several soldiers|wounded|null|wounded||IND"}},
		{"quoted amount", "Officials said the rebels had suffered \"a large number of dead\".", nil, []entitySpec{{"rebels", "group", "M23"}},
			[]string{"a large number of dead|killed|null|killed|M23|"}},
		{"several more", "One villager was killed and several more were wounded in the shelling of Kalinovka.", nil, nil,
			[]string{"One villager|killed|1|killed||", "several more were wounded|wounded|null|wounded||"}},
		{"armoured jeep", "The Jenin Battalion said its fighters destroyed an armoured jeep of the occupation army.",
			[]claimCue{{"its fighters destroyed an armoured jeep of the occupation army", "said", "PIJ"}}, nil,
			[]string{"an armoured jeep|armored_vehicle|1|destroyed||PIJ"}},
		{"of-phrase party", "The ministry said its units had captured 12 positions of the Houthi militia and destroyed four military vehicles and two launchers.",
			[]claimCue{{"its units had captured 12 positions of the Houthi militia and destroyed four military vehicles and two launchers", "said", "YEM"}},
			[]entitySpec{{"Houthi", "group", "HOUTHIS"}},
			[]string{"four military vehicles|vehicle|4|destroyed|HOUTHIS|YEM"}},
		{"armed formations", "The ministry said its units destroyed six tanks of the \"Armenian armed formations\".",
			[]claimCue{{"its units destroyed six tanks of the \"Armenian armed formations\"", "said", "AZE"}}, nil,
			[]string{"six tanks|tank|6|destroyed|NKR|AZE"}},
		{"de facto toll", "Karabakh's health ministry said 20 people had died and 40 were taken to hospitals with burns after the blast.",
			[]claimCue{{"20 people had died and 40 were taken to hospitals with burns after the blast", "said", "NKR@Karabakh's health ministry"}},
			[]entitySpec{{"Karabakh", "place:AZ", ""}},
			[]string{"20 people|killed|20|killed|NKR|NKR", "40 were taken|wounded|40|wounded|NKR|NKR"}},
		{"appositive", "Two people, a Turkish citizen and a Syrian resident, were killed and six others injured when a rocket hit a market in Kilis.", nil,
			[]entitySpec{{"Kilis", "place:TR", ""}},
			[]string{"Two people|killed|2|killed|TUR|", "six others|wounded|6|wounded|TUR|"}},
		{"appositive", "Three soldiers, two policemen and a civilian were killed in the attack.", nil, nil,
			[]string{"Three soldiers|killed|3|killed||", "two policemen|killed|2|killed||", "a civilian|killed|1|killed||"}},
		{"air-defense", "The ministry said its troops had destroyed two tanks and a Tor air-defense system.",
			[]claimCue{{"its troops had destroyed two tanks and a Tor air-defense system", "said", "AZE"}}, nil,
			[]string{"two tanks|tank|2|destroyed||AZE", "a Tor air-defense system|air_defense|1|destroyed||AZE"}},
	})
}
