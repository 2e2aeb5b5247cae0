package quantity

import "testing"

// TestSession9Kinds holds the count kinds the session-9 probe battery
// (testdata/probes 135-149) found missed: losses sorted into "killed and
// wounded" after a verb of losing, captives "in Russian captivity", people
// who "had gone missing", a toll a party puts after a count of the dead,
// "the number of dead soldiers", a state's alleged proxy before the group's
// own name, running totals of the people the sentence counted, bare rebels
// of the group named before the same noun, a speaker's next figure of the
// same victims, motorcycles; and those the second battery (150-164) found:
// paramedics and rescuers, "were among the dead", a model's number ("an
// Israeli Hermes 450 drone"), an agent's phrase ending at its comma, "downed
// 11 of them" after the materiel counted before, unnamed attackers of the
// one group their sentence names. Every sentence is invented for this test.
func TestSession9Kinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"killed and wounded", "Russia lost 880 soldiers killed and wounded on Friday, the general staff said.",
			[]claimCue{{"Russia lost 880 soldiers killed and wounded on Friday", "said", "UKR"}}, nil,
			[]string{"880 soldiers|killed|880|lost|RUS|UKR"}},
		// (without a verb of losing the pair still tells what befell them)
		{"killed and wounded", "Shelling left 14 civilians killed and wounded in Kherson, the governor said.",
			[]claimCue{{"Shelling left 14 civilians killed and wounded in Kherson", "said", "UKR"}},
			[]entitySpec{{"Kherson", "place:UA", ""}},
			[]string{"14 civilians|killed|14|killed|UKR|UKR"}},
		{"captivity", "The ombudsman said 2,140 Ukrainian civilians were still in Russian captivity.",
			[]claimCue{{"2,140 Ukrainian civilians were still in Russian captivity", "said", "UKR"}}, nil,
			[]string{"2,140 Ukrainian civilians|captured|2140|captured|UKR|UKR"}},
		// (a place, not captivity)
		{"captivity", "Five Ukrainian soldiers were in Russian territory when the drone hit them.", nil, nil, nil},
		{"gone missing", "Nine Sudanese soldiers had gone missing after the battle, the army said.",
			[]claimCue{{"Nine Sudanese soldiers had gone missing after the battle", "said", "SDN"}}, nil,
			[]string{"Nine Sudanese soldiers|missing|9|lost|SDN|SDN"}},
		{"toll put", "Bandits killed at least 30 villagers in Zamfara on Saturday, residents said.\n\nA district official, who asked not to be named, put the toll at 52.",
			nil, []entitySpec{{"Zamfara", "place:NG", ""}},
			[]string{"30 villagers|killed|30|killed|NGA|", "52|killed|52|killed|NGA|"}},
		// (a toll of a storm, no count of the dead before it)
		{"toll put", "The storm flattened homes along the coast.\n\nA district official put the toll at 52.", nil, nil, nil},
		{"number of dead", "Militants killed 23 Nigerien soldiers near the border on Monday, the ministry said.\n\nSecurity sources put the number of dead soldiers at 31.",
			[]claimCue{{"Militants killed 23 Nigerien soldiers near the border on Monday", "said", "NER"}}, nil,
			[]string{"23 Nigerien soldiers|killed|23|killed|NER|NER", "31|killed|31|killed|NER|"}},
		{"proxy", "Security forces killed nine terrorists of the Indian proxy Fitna al Hindustan in Kalat, the ISPR said.",
			[]claimCue{{"Security forces killed nine terrorists of the Indian proxy Fitna al Hindustan in Kalat", "said", "PAK"}}, nil,
			[]string{"nine terrorists|killed|9|killed|BLA|PAK"}},
		{"running total", "Troops killed eight terrorists of the Indian proxy Fitna al Khawarij in Lakki Marwat, bringing the number of terrorists killed in the area this week to 37, the military said.",
			[]claimCue{{"Troops killed eight terrorists of the Indian proxy Fitna al Khawarij in Lakki Marwat, bringing the number of terrorists killed in the area this week to 37", "said", "PAK"}},
			[]entitySpec{{"Fitna al Khawarij", "group", "TTP"}},
			[]string{"eight terrorists|killed|8|killed|TTP|PAK", "37|killed|37|killed|TTP|PAK"}},
		{"bare rebels", "M23 rebels seized a hill near Minova on Friday.\n\nThe army said it had killed 22 rebels.",
			[]claimCue{{"it had killed 22 rebels", "said", "COD"}}, []entitySpec{{"M23", "group", "M23"}},
			[]string{"22 rebels|killed|22|killed|M23|COD"}},
		// (another noun: still the story's one armed group, session 12)
		{"bare rebels", "Al-Shabaab fighters attacked a base near Afgooye.\n\nTroops later killed 12 rebels.",
			nil, []entitySpec{{"Al-Shabaab", "group", "ALSHABAB"}},
			[]string{"12 rebels|killed|12|killed|ALSHABAB|"}},
		{"same speaker", "Israeli strikes killed 31 Palestinians in Gaza on Monday, the health ministry said.\n\nThe ministry said 2,870 people had been wounded since the start of the month.",
			[]claimCue{{"Israeli strikes killed 31 Palestinians in Gaza on Monday", "said", "PSE"}, {"2,870 people had been wounded since the start of the month", "said", "PSE"}},
			[]entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"31 Palestinians|killed|31|killed|PSE|PSE", "2,870 people|wounded|2870|wounded|PSE|PSE"}},
		{"motorcycles", "Soldiers seized 14 motorcycles from the attackers, the army said.",
			[]claimCue{{"Soldiers seized 14 motorcycles from the attackers", "said", "BFA"}}, nil,
			[]string{"14 motorcycles|vehicle|14|captured||BFA"}},
		{"rescuers", "A second strike killed three paramedics and a firefighter in Nabatieh, the health ministry said.",
			[]claimCue{{"A second strike killed three paramedics and a firefighter in Nabatieh", "said", "LBN"}},
			[]entitySpec{{"Nabatieh", "place:LB", ""}},
			[]string{"three paramedics|killed|3|killed|LBN|LBN", "a firefighter|killed|1|killed|LBN|LBN"}},
		{"among the dead", "Fighting around Kadugli killed 61 people, a monitor said.\n\nThe monitor said nine members of the police were among the dead.",
			[]claimCue{{"Fighting around Kadugli killed 61 people", "said", ""}, {"nine members of the police were among the dead", "said", ""}},
			[]entitySpec{{"Kadugli", "place:SD", ""}},
			[]string{"61 people|killed|61|killed|SDN|", "nine members|killed|9|killed|SDN|"}},
		{"designation", "The Houthis said they had shot down an American MQ-9 and two Israeli Hermes 900 drones.",
			[]claimCue{{"they had shot down an American MQ-9 and two Israeli Hermes 900 drones", "said", "HOUTHIS"}}, nil,
			[]string{"an American MQ-9|drone|1|shot_down|USA|HOUTHIS", "two Israeli Hermes 900 drones|drone|2|shot_down|ISR|HOUTHIS"}},
		// (a title-case headline keeps its number)
		{"designation", "Drone Strikes Kill 31 In Darfur Market", nil, []entitySpec{{"Darfur", "place:SD", ""}},
			[]string{"31|killed|31|killed|SDN|"}},
		{"agent comma", "Russian drones struck Sumy overnight, the governor said.\n\nFour people were injured by debris, he said.",
			[]claimCue{{"Russian drones struck Sumy overnight", "said", "UKR"}, {"Four people were injured by debris", "said", "UKR"}},
			[]entitySpec{{"Sumy", "place:UA", ""}},
			[]string{"Four people|wounded|4|wounded|UKR|UKR"}},
		{"of them", "Russia attacked Odesa with 35 drones overnight and air defences downed 29 of them, the navy said.",
			[]claimCue{{"Russia attacked Odesa with 35 drones overnight and air defences downed 29 of them", "said", "UKR"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}, {"Odesa", "place:UA", ""}},
			[]string{"29 of them|drone|29|shot_down|RUS|UKR"}},
		{"of them", "The air force said it shot down six Russian aircraft, four of them Su-34 jets.",
			[]claimCue{{"it shot down six Russian aircraft, four of them Su-34 jets", "said", "UKR"}}, nil,
			[]string{"six Russian aircraft|aircraft|6|shot_down|RUS|UKR", "four of them|aircraft|4|shot_down|RUS|UKR"}},
		// ad hoc phrasings tried after the batteries
		{"attack on a site", "An attack on a market in Katsina state left 17 dead and 25 injured, police said.",
			[]claimCue{{"An attack on a market in Katsina state left 17 dead and 25 injured", "said", ""}},
			[]entitySpec{{"Katsina", "place:NG", ""}},
			[]string{"17 dead|killed|17|killed|NGA|", "25 injured|wounded|25|wounded|NGA|"}},
		// (clashes leave dead of both sides)
		{"attack on a site", "Clashes in Katsina state left 17 dead, police said.",
			[]claimCue{{"Clashes in Katsina state left 17 dead", "said", ""}},
			[]entitySpec{{"Katsina", "place:NG", ""}},
			[]string{"17 dead|killed|17|killed||"}},
		{"fighter-bomber", "The air force said it had destroyed a Russian Su-34 fighter-bomber near Pokrovsk.",
			[]claimCue{{"it had destroyed a Russian Su-34 fighter-bomber near Pokrovsk", "said", "UKR"}}, nil,
			[]string{"a Russian Su-34 fighter-bomber|aircraft|1|destroyed|RUS|UKR"}},
		{"who", "Israeli strikes killed 38 Palestinians in Gaza, including 11 who were queuing for water, the ministry said.",
			[]claimCue{{"Israeli strikes killed 38 Palestinians in Gaza, including 11 who were queuing for water", "said", "PSE"}},
			[]entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"38 Palestinians|killed|38|killed|PSE|PSE"}},
		// an attacker's demonym before a weapon's modifiers, and a
		// country's name that only names the speaking body
		{"naval drone", "A Ukrainian naval drone attack sank a Russian patrol ship, killing 18 sailors, Ukraine's navy said.",
			[]claimCue{{"A Ukrainian naval drone attack sank a Russian patrol ship, killing 18 sailors", "said", "UKR"}},
			[]entitySpec{{"Ukraine", "place:UA:A.PCLI", ""}},
			[]string{"18 sailors|killed|18|killed|RUS|UKR"}},
		{"naval drone", "A Ukrainian naval drone attack sank a Russian patrol ship, killing 18 crew members, Ukraine's navy said.",
			[]claimCue{{"A Ukrainian naval drone attack sank a Russian patrol ship, killing 18 crew members", "said", "UKR"}},
			[]entitySpec{{"Ukraine", "place:UA:A.PCLI", ""}},
			[]string{"18 crew members|killed|18|killed|RUS|UKR"}},
		// a supplier's demonym on materiel is not its owner
		{"supplier", "Russian troops pushed back Ukrainian units near Kupiansk and repelled two Ukrainian attacks, the ministry said.\n\nThe ministry said its forces had destroyed three German-made Leopard tanks.",
			[]claimCue{{"Russian troops pushed back Ukrainian units near Kupiansk and repelled two Ukrainian attacks", "said", "RUS"}, {"its forces had destroyed three German-made Leopard tanks", "said", "RUS"}}, nil,
			[]string{"three German-made Leopard tanks|tank|3|destroyed|UKR|RUS"}},
		// (a state that fights keeps its materiel)
		{"supplier", "Israeli jets struck Iranian air defences, the army said.\n\nThe army said its jets had destroyed four Iranian air defence systems.",
			[]claimCue{{"Israeli jets struck Iranian air defences", "said", "ISR"}, {"its jets had destroyed four Iranian air defence systems", "said", "ISR"}}, nil,
			[]string{"four Iranian air defence systems|air_defense|4|destroyed|IRN|ISR"}},
		// soldiers and fighters counted together are of two sides
		{"two sides", "The military said 14 soldiers and 90 Taliban fighters had been killed in the clashes.",
			[]claimCue{{"14 soldiers and 90 Taliban fighters had been killed in the clashes", "said", "PAK"}},
			[]entitySpec{{"Taliban", "group", "TALIBAN"}},
			[]string{"14 soldiers|killed|14|killed|PAK|PAK", "90 Taliban fighters|killed|90|killed|TALIBAN|PAK"}},
		{"unaccounted", "Three fishermen remain unaccounted for after the strike on the port, the coast guard said.",
			[]claimCue{{"Three fishermen remain unaccounted for after the strike on the port", "said", "UKR"}}, nil,
			[]string{"Three fishermen|missing|3|lost||UKR"}},
		// (materiel unaccounted for is no loss in a fight)
		{"unaccounted", "Auditors said 40 tanks were unaccounted for.", nil, nil, nil},
		{"launched by", "The air force said 71 of the 80 drones launched by Russia overnight were shot down.",
			[]claimCue{{"71 of the 80 drones launched by Russia overnight were shot down", "said", "UKR"}}, []entitySpec{{"Russia", "gpe", "RUS"}},
			[]string{"71 of the 80 drones|drone|71|shot_down|RUS|UKR"}},
		{"lost fighters", "Government forces of Syria lost 14 fighters while the SDF lost nine in clashes near Tabqa, the monitor said.",
			[]claimCue{{"Government forces of Syria lost 14 fighters while the SDF lost nine in clashes near Tabqa", "said", ""}},
			[]entitySpec{{"Syria", "gpe", "SYR"}, {"SDF", "group", "SDF"}},
			[]string{"14 fighters|killed|14|lost|SYR|", "nine|killed|9|lost|SDF|"}},
		{"martyrs", "Occupation forces killed nine martyrs in a strike on a house in Gaza, the ministry said.",
			[]claimCue{{"Occupation forces killed nine martyrs in a strike on a house in Gaza", "said", "PSE"}},
			[]entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"nine martyrs|killed|9|killed|PSE|PSE"}},
		// (people, not materiel: no drone before them)
		{"of them", "Police detained 40 protesters in Lagos and charged 12 of them, a spokesman said.", nil, []entitySpec{{"Lagos", "place:NG", ""}},
			[]string{"40 protesters|captured|40|captured|NGA|"}},
		{"one group", "Fighters of the Islamic State Sahel Province attacked a post near Menaka, killing 14 soldiers, and 20 assailants were killed in the counterattack, the army said.",
			[]claimCue{{"Fighters of the Islamic State Sahel Province attacked a post near Menaka, killing 14 soldiers, and 20 assailants were killed in the counterattack", "said", "MLI"}},
			[]entitySpec{{"Islamic State Sahel Province", "group", "ISIS"}, {"Menaka", "place:ML", ""}},
			[]string{"14 soldiers|killed|14|killed|MLI|MLI", "20 assailants|killed|20|killed|ISIS|MLI"}},
	})
}
