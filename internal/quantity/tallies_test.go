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
			[]string{"40 Palestinians|killed|40|killed|PSE|PSE"}},
		// Pakistan's military name for the Pakistani Taliban's fighters
		// (the actor base resolves it in a Pakistani story, internal/actor
		// TestDesignations), and its words for its soldiers' deaths
		{"khwarij", "Security forces killed 11 khwarij in an intelligence-based operation in Tank district, the ISPR said.",
			[]claimCue{{"Security forces killed 11 khwarij in an intelligence-based operation in Tank district", "said", "PAK"}},
			[]entitySpec{{"khwarij", "group", "TTP"}},
			[]string{"11 khwarij|killed|11|killed|TTP|PAK"}},
		{"khwarij", "Six Indian-sponsored khawarij were sent to hell near the border, the military said.",
			[]claimCue{{"Six Indian-sponsored khawarij were sent to hell near the border", "said", "PAK"}},
			[]entitySpec{{"khawarij", "group", "TTP"}},
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

		// second batch (probes 93-104)
		// "the enemy" in a party's report is its opponent
		{"enemy", "Russian forces repelled four Ukrainian attacks, the ministry said.\n\nThe enemy lost up to 185 servicemen and two tanks in the Kupiansk direction, the ministry said.",
			[]claimCue{{"Russian forces repelled four Ukrainian attacks", "said", "RUS"}, {"The enemy lost up to 185 servicemen and two tanks in the Kupiansk direction", "said", "RUS"}}, nil,
			[]string{"185 servicemen|killed|185|lost|UKR|RUS", "two tanks|tank|2|lost|UKR|RUS"}},
		// a gun or piece after an item word keeps its item
		{"guns", "Drones destroyed four field artillery guns of the Russian army.", nil, nil,
			[]string{"four field artillery guns|artillery|4|destroyed|RUS|"}},
		// a participle of taking before the people's noun
		{"captured", "The rebels paraded dozens of captured Burundian soldiers in Uvira.", nil, nil,
			[]string{"dozens of captured Burundian soldiers|captured|null|captured|BDI|"}},
		{"captured", "Forty kidnapped farmers were freed by troops on Monday.", nil, nil, nil},
		// a vague share of the count just told is no count of its own
		{"share", "Gunmen killed dozens of villagers, many of them women.", nil, nil,
			[]string{"dozens of villagers|killed|null|killed||"}},
		// an aircraft that crashed is lost; a drone that crashed into a
		// building reached its target
		{"crashed", "A Sudanese army helicopter crashed near Kassala.", nil, nil,
			[]string{"A Sudanese army helicopter|helicopter|1|lost|SDN|"}},
		{"crashed", "A Russian drone crashed into a block of flats in Kyiv.", nil, nil, nil},
		// bodies pulled from rubble are the dead of where they lay
		{"rubble", "Rescuers pulled the bodies of 7 people from the rubble in Khan Younis.", nil,
			[]entitySpec{{"Khan Younis", "place:PS", ""}},
			[]string{"7 people|killed|7|killed|PSE|"}},
		// a toll a party sets in a story of war
		{"put the toll", "Russian shelling hit the market in Kherson. Artillery fire went on overnight. The regional government put the toll at 17.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}, {"regional government", "government", "UKR"}},
			[]string{"17|killed|17|killed|UKR|UKR"}},
		// shares of a whole of materiel named at the head of the sentence
		{"fronted", "Of the 64 drones launched by Russia overnight, 51 were shot down and 9 were lost to jamming, the air force said.",
			[]claimCue{{"Of the 64 drones launched by Russia overnight, 51 were shot down and 9 were lost to jamming", "said", "UKR"}}, nil,
			[]string{"51 were shot down|drone|51|shot_down|RUS|UKR", "9 were lost|drone|9|lost|RUS|UKR"}},
		{"fronted", "Of the 30 people killed, 12 were children.", nil, nil,
			[]string{"30 people|killed|30|killed||"}},
		// a militia the government backs is the government's
		{"backed", "Jihadists attacked Djibo in Burkina Faso on Sunday. JNIM said it had killed 70 members of the government-backed VDP in Djibo.",
			[]claimCue{{"it had killed 70 members of the government-backed VDP in Djibo", "said", "JNIM"}},
			[]entitySpec{{"Djibo", "place:BF", ""}, {"Burkina Faso", "place:BF:A.PCLI", ""}},
			[]string{"70 members|killed|70|killed|BFA|JNIM"}},
		// a list member reaches its verb over the members before it
		{"list", "The army said it had killed some 300 militants in the hills of the north since the offensive began, and about 40 gunmen near the border.",
			[]claimCue{{"it had killed some 300 militants in the hills of the north since the offensive began, and about 40 gunmen near the border", "said", "NGA"}}, nil,
			[]string{"300 militants|killed|300|killed||NGA", "40 gunmen|killed|40|killed||NGA"}},

		// third batch (probes 105-114)
		// the toll's list of whom it included
		{"toll included", "Clashes raged for two days. The toll included 40 Syrian soldiers and 12 civilians in Latakia, the monitor said.", nil,
			[]entitySpec{{"Latakia", "place:SY", ""}},
			[]string{"40 Syrian soldiers|killed|40|killed|SYR|", "12 civilians|killed|12|killed|SYR|"}},
		// the name a relative clause hangs on lost its people
		{"which lost", "The Houthis, which lost hundreds of fighters in the offensive, did not comment.", nil,
			[]entitySpec{{"Houthis", "group", "HOUTHIS"}},
			[]string{"hundreds of fighters|killed|null|lost|HOUTHIS|"}},
		// a bus's passengers are the country's people
		{"passengers", "A roadside bomb killed 14 passengers on a minibus near Kandahar.", nil,
			[]entitySpec{{"Kandahar", "place:AF", ""}},
			[]string{"14 passengers|killed|14|killed|AFG|"}},
		{"passengers", "The plane was shot down over the sea, killing all 60 passengers.", nil, nil,
			[]string{"60 passengers|killed|60|killed||"}},
		// troops recover materiel; bodies recovered are no capture
		{"recovered", "Troops recovered three gun trucks from the insurgents.", nil, nil,
			[]string{"three gun trucks|vehicle|3|captured||"}},
		{"recovered", "Rescuers recovered 9 bodies from the river near Sennar.", nil,
			[]entitySpec{{"Sennar", "place:SD", ""}}, []string{"9 bodies|killed|9|killed||"}},
		// killings recorded are victims, and "Of those" opens a share of them
		{"killings", "The UN office said it had recorded 212 killings in Darfur in May.\n\nOf those, 150 were killed in El Fasher, it said.",
			[]claimCue{{"it had recorded 212 killings in Darfur in May", "said", "UNO"}, {"Of those, 150 were killed in El Fasher", "said", "UNO"}},
			[]entitySpec{{"Darfur", "place:SD", ""}, {"El Fasher", "place:SD", ""}},
			[]string{"212 killings|killed|212|killed|SDN|UNO", "150 were killed|killed|150|killed|SDN|UNO"}},

		// fourth batch (probes 115-120)
		// the victims a few sentences after the attack, placed by a noun of
		// the story's place
		{"the capital", "Russian missiles struck Kyiv overnight.\n\nThe air force said most were downed.\n\nOne man was killed and four people were injured in the capital, officials said.", nil,
			[]entitySpec{{"Kyiv", "place:UA", ""}},
			[]string{"One man|killed|1|killed|UKR|", "four people|wounded|4|wounded|UKR|"}},
		// (not when no attack is told before)
		{"the capital", "The summit opened in Kyiv on Monday.\n\nOne man was killed and four people were injured in the capital in a road crash.", nil,
			[]entitySpec{{"Kyiv", "place:UA", ""}},
			[]string{"One man|killed|1|killed||", "four people|wounded|4|wounded||"}},
		// bare numbers killed by a strike from afar are the people where
		// it hit
		{"strike", "A Russian missile strike on Zaporizhzhia killed 7 and injured 31.", nil,
			[]entitySpec{{"Zaporizhzhia", "place:UA", ""}},
			[]string{"7|killed|7|killed|UKR|", "31|wounded|31|wounded|UKR|"}},
		{"strike", "Israeli drones struck the outskirts of Tyre, killing 2.", nil,
			[]entitySpec{{"Tyre", "place:LB", ""}},
			[]string{"2|killed|2|killed|LBN|"}},

		// fifth batch (probes 121-128)
		// a breakdown of a toll is not the attacker's
		{"including", "The death toll from the Russian attack on Odesa rose to 9, including two children, officials said.", nil,
			[]entitySpec{{"Odesa", "place:UA", ""}},
			[]string{"two children|killed|2|killed|UKR|", "9|killed|9|killed|UKR|"}},
		// civilian materiel is the country's where it was hit
		{"civilian materiel", "Israeli strikes on Sanaa airport destroyed two civilian aircraft.", nil,
			[]entitySpec{{"Sanaa", "place:YE", ""}},
			[]string{"two civilian aircraft|aircraft|2|destroyed|YEM|"}},
		// raids and aggression are violence; a hyphenated pair of
		// demonyms before an attack noun are both attackers
		{"raids", "A citizen was killed and 9 others were injured in the raids on a factory in Hodeidah.", nil,
			[]entitySpec{{"Hodeidah", "place:YE", ""}},
			[]string{"A citizen|killed|1|killed|YEM|", "9 others|wounded|9|wounded|YEM|"}},
		// a group of N: the verb of the group, the group's side
		{"group of", "Border guards liquidated a Ukrainian sabotage group of five people in the Kursk region.", nil,
			[]entitySpec{{"Kursk", "place:RU", ""}},
			[]string{"five people|killed|5|killed|UKR|"}},
		// an army announces its own ranked dead
		{"announced", "Staff Sergeant Ilan Dorfman, 24, was killed in combat in northern Gaza, the army announced.",
			[]claimCue{{"Staff Sergeant Ilan Dorfman, 24, was killed in combat in northern Gaza", "announced", "ISR"}},
			[]entitySpec{{"Ilan Dorfman", "person", ""}, {"Gaza", "place:PS", ""}},
			[]string{"Ilan Dorfman|killed|1|killed|ISR|ISR"}},

		// sixth batch (probes 129-134)
		// the wounded who later died
		{"succumbed", "Four villagers who had been wounded in the attack on Eringeti later succumbed to their injuries.", nil,
			[]entitySpec{{"Eringeti", "place:CD", ""}},
			[]string{"Four villagers|killed|4|killed|COD|"}},
		// those who surrender are taken
		{"surrendered", "About 150 junta soldiers surrendered to the rebels in Lashio, the group said.",
			[]claimCue{{"About 150 junta soldiers surrendered to the rebels in Lashio", "said", "MNDAA"}},
			[]entitySpec{{"junta", "military", "MMR"}, {"Lashio", "place:MM", ""}},
			[]string{"150 junta soldiers|captured|150|captured|MMR|MNDAA"}},
		// a participle of harm before the noun is no verb of the count
		{"wounded", "Three wounded Malian soldiers died of their wounds in Gao.", nil,
			[]entitySpec{{"Gao", "place:ML", ""}},
			[]string{"Three wounded Malian soldiers|killed|3|killed|MLI|"}},
		{"wounded", "Two people were killed and 9 injured when the shells hit Kherson.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}},
			[]string{"Two people|killed|2|killed|UKR|", "9 injured|wounded|9|wounded|UKR|"}},
		// "lost N of their own": the subject's people, not the killed
		{"own", "Kenyan troops said they had killed 20 militants and lost four of their own.",
			[]claimCue{{"they had killed 20 militants and lost four of their own", "said", "KEN"}}, nil,
			[]string{"20 militants|killed|20|killed||KEN", "four of their own|killed|4|lost|KEN|KEN"}},
		// a part set off by commas between the people and their verb
		{"among them", "At least 17 people, among them three children, died in the bombing in Mogadishu.", nil,
			[]entitySpec{{"Mogadishu", "place:SO", ""}},
			[]string{"17 people|killed|17|killed|SOM|"}},
		{"among them", "Nine Nigerian soldiers, including a captain, were abducted near Damboa.", nil,
			[]entitySpec{{"Damboa", "place:NG", ""}},
			[]string{"Nine Nigerian soldiers|captured|9|captured|NGA|"}},
		// a place after a place's possessive lies in that place's country
		{"possessive", "Gunmen killed 14 villagers in Zamfara's Maru district.", nil,
			[]entitySpec{{"Zamfara", "place:NG", ""}, {"Maru", "place:TZ", ""}},
			[]string{"14 villagers|killed|14|killed|NGA|"}},
		// the found dead
		{"found dead", "Three aid workers were found dead near Kadugli after the attack on their convoy.", nil,
			[]entitySpec{{"Kadugli", "place:SD", ""}},
			[]string{"Three aid workers|killed|3|killed|SDN|"}},
		// clergy and herders are people
		{"clergy", "Gunmen stormed a church in Enugu, killing a pastor and abducting 9 worshippers.", nil,
			[]entitySpec{{"Enugu", "place:NG", ""}},
			[]string{"a pastor|killed|1|killed|NGA|", "9 worshippers|captured|9|captured|NGA|"}},
	})
}
