package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax/internal/when/words"
)

// TestConflictOwners covers the owner rules that the probe articles of
// testdata/probes showed wrong across conflicts (see TestProbes), each with
// new sentences of its own: victims belong to where they were hit, not to
// the armed group their attacker fights; a sentence with no place takes
// one only from its clear context.
func TestConflictOwners(t *testing.T) {
	checkCounts(t, []countCase{
		// people killed by a party that fights an armed group: the
		// people of the place, not the group's
		{"victims", "Hamas fighters fired rockets at Ashdod. Israeli jets killed 22 people in Khan Younis, Gaza health officials said.",
			[]claimCue{{"Israeli jets killed 22 people in Khan Younis", "said", "HAMAS"}},
			[]entitySpec{{"Ashdod", "place:IL", ""}, {"Khan Younis", "place:PS", ""}, {"Hamas", "group", "HAMAS"}},
			[]string{"22 people|killed|22|killed|PSE|HAMAS"}},
		{"victims", "M23 rebels held the hills. The Congolese army killed 11 civilians in Rutshuru while shelling rebel positions, residents said.",
			[]claimCue{{"The Congolese army killed 11 civilians in Rutshuru while shelling rebel positions", "said", ""}},
			[]entitySpec{{"Rutshuru", "place:CD", ""}, {"M23", "group", "M23"}},
			[]string{"11 civilians|killed|11|killed|COD|"}},
		// a party that fights a state, and no place: that state's people
		{"victims", "Azerbaijani artillery killed four civilians overnight, Armenia said.",
			[]claimCue{{"Azerbaijani artillery killed four civilians overnight", "said", "ARM"}}, nil,
			[]string{"four civilians|killed|4|killed|ARM|ARM"}},
		// no place in the sentence: its paragraph, else the article when
		// one country holds its places, else no one
		{"context", "Insurgents raided a village in Cabo Delgado.\n\nTroops clashed with rebels near Idlib.\n\nAt least 9 civilians were killed in the shelling.", nil,
			[]entitySpec{{"Cabo Delgado", "place:MZ", ""}, {"Idlib", "place:SY", ""}},
			[]string{"9 civilians|killed|9|killed||"}},
		{"context", "Drones struck Kherson and Beryslav on Monday.\n\nAt least 7 civilians were killed in the shelling.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}, {"Beryslav", "place:UA", ""}},
			[]string{"7 civilians|killed|7|killed|UKR|"}},
		{"context", "Shelling hit Kherson. Strikes also hit Idlib and Aleppo. Artillery fire killed 5 civilians.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}, {"Idlib", "place:SY", ""}, {"Aleppo", "place:SY", ""}},
			[]string{"5 civilians|killed|5|killed|SYR|"}},
		// a country named after a preposition is where it happened; a
		// demonym or an organisation's name is not
		{"context", "Eight civilians were killed in a market bombing in northern Syria.", nil,
			[]entitySpec{{"Syria", "gpe", "SYR"}},
			[]string{"Eight civilians|killed|8|killed|SYR|"}},
		{"context", "According to the Sudanese Doctors Network, 13 civilians were killed in the shelling.",
			[]claimCue{{"13 civilians were killed in the shelling", "According to", ""}},
			[]entitySpec{{"Sudanese Doctors Network", "organization", ""}},
			[]string{"13 civilians|killed|13|killed||"}},
		// the sentence right after the attack tells of its victims
		{"context", "A missile hit a hospital in Dnipro. Another 30 people were wounded.", nil,
			[]entitySpec{{"Dnipro", "place:UA", ""}},
			[]string{"30 people|wounded|30|wounded|UKR|"}},
		{"context", "A heatwave hit Dnipro. Another 30 people were taken to hospital and two people died.", nil,
			[]entitySpec{{"Dnipro", "place:UA", ""}},
			[]string{"two people|killed|2|killed||"}},
		// a death toll counts the victims of whatever the story tells
		{"toll", "Rescuers searched the rubble of a block of flats in Ternopil.\n\nThe death toll has risen to 31, officials said.",
			[]claimCue{{"The death toll has risen to 31", "said", ""}},
			[]entitySpec{{"Ternopil", "place:UA", ""}},
			[]string{"31|killed|31|killed|UKR|"}},
		// "others" after people of no one state are of no one state
		{"others", "Strikes hit a detention centre in Saada, killing 40 migrants and wounding 60 others.", nil,
			[]entitySpec{{"Saada", "place:YE", ""}},
			[]string{"40 migrants|killed|40|killed||", "60 others|wounded|60|wounded||"}},

		// a bomb that kills soldiers was set off by someone unknown, not
		// by the officer who tells it: the soldiers are of where it blew
		{"agent", "Al-Shabab fighters attacked a base.\n\nA roadside bomb struck a patrol near Kismayo, killing six soldiers, a military official said.",
			[]claimCue{{"A roadside bomb struck a patrol near Kismayo, killing six soldiers", "said", "SOM"}},
			[]entitySpec{{"Al-Shabab", "group", "ALSHABAB"}, {"Kismayo", "place:SO", ""}},
			[]string{"six soldiers|killed|6|killed|SOM|SOM"}},
		// a state's foe is the party its claims name most; a tie with
		// states it names once (the backers of a plan) goes to the party
		// the whole story names most, not to the first code in order
		{"opponent", "A military source said the army destroyed a Polisario vehicle near Mahbes. The Polisario Front says Moroccan drone strikes have killed dozens of its fighters. The Polisario wants a referendum. Morocco considers the region part of its territory, a plan backed by the United States, Spain and France.",
			[]claimCue{{"the army destroyed a Polisario vehicle near Mahbes", "said", "MAR"}, {"Moroccan drone strikes have killed dozens of its fighters", "says", "POLISARIO"},
				{"the region part of its territory, a plan backed by the United States, Spain and France", "considers", "MAR"}},
			[]entitySpec{{"Polisario Front", "group", "POLISARIO"}, {"Polisario", "group", "POLISARIO"}, {"Morocco", "gpe", "MAR"}, {"United States", "gpe", "USA"}, {"Spain", "gpe", "ESP"}, {"France", "gpe", "FRA"}},
			[]string{"a Polisario vehicle|vehicle|1|destroyed|POLISARIO|MAR", "dozens of its fighters|killed|null|killed|POLISARIO|POLISARIO"}},
		// an armed group fights a state, not another group the story names
		{"opponent", "Militants of the Balochistan Liberation Army stormed a checkpoint in Turbat.\n\nThe BLA said it killed 14 soldiers. The TTP denied any role. Police in Gwadar were on alert.",
			[]claimCue{{"it killed 14 soldiers", "said", "BLA"}},
			[]entitySpec{{"Balochistan Liberation Army", "group", "BLA"}, {"BLA", "group", "BLA"}, {"TTP", "group", "TTP"}, {"Turbat", "place:PK", ""}, {"Gwadar", "place:PK", ""}},
			[]string{"14 soldiers|killed|14|killed|PAK|BLA"}},
		// "government soldiers", "junta troops": the state's
		{"government", "The rebels said they had captured 40 government soldiers.",
			[]claimCue{{"they had captured 40 government soldiers", "said", ""}}, nil,
			[]string{"40 government soldiers|captured|40|captured||"}},
		{"government", "Fighting went on near Rutshuru. The rebels said they had captured 40 government soldiers.",
			[]claimCue{{"they had captured 40 government soldiers", "said", "M23"}},
			[]entitySpec{{"The rebels", "group", "M23"}, {"Rutshuru", "place:CD", ""}},
			[]string{"40 government soldiers|captured|40|captured|COD|M23"}},
		{"government", "Resistance fighters overran a base in Kale. At least 25 junta troops were killed.", nil,
			[]entitySpec{{"Kale", "place:MM", ""}},
			[]string{"25 junta troops|killed|25|killed|MMR|"}},
		{"government", "A Sudanese army spokesman said 12 government soldiers were wounded.",
			[]claimCue{{"12 government soldiers were wounded", "said", "SDN"}}, nil,
			[]string{"12 government soldiers|wounded|12|wounded|SDN|SDN"}},
		// a part of the people before is no second count (the people a
		// list names are)
		{"list", "The strike on Jabalia killed 15 people, including six children.", nil,
			[]entitySpec{{"Jabalia", "place:PS", ""}},
			[]string{"15 people|killed|15|killed|PSE|"}},
		{"list", "Gunmen killed 8 herders, including a child, and injured about 10 others in Benue.", nil,
			[]entitySpec{{"Benue", "place:NG", ""}},
			[]string{"8 herders|killed|8|killed|NGA|", "10 others|wounded|10|wounded|NGA|"}},
		{"list", "Shells hit a market in Kherson. Among the dead were 4 nurses and a teacher, the hospital said.",
			[]claimCue{{"Among the dead were 4 nurses and a teacher", "said", ""}},
			[]entitySpec{{"Kherson", "place:UA", ""}},
			[]string{"4 nurses|killed|4|killed|UKR|", "a teacher|killed|1|killed|UKR|"}},
		// (a bus is a vehicle as a car is; materiel of civilians gets no
		// owner yet)
		{"list", "A drone hit a bus near Sumy. The injured included two drivers.", nil,
			[]entitySpec{{"Sumy", "place:UA", ""}},
			[]string{"a bus|vehicle|1|damaged||", "two drivers|wounded|2|wounded|UKR|"}},
		{"list", "Among the guests were 30 diplomats.", nil, nil, nil},
		// a speaker after the count is no count
		{"speaker", "The blast killed 12 passengers, a police officer said.",
			[]claimCue{{"The blast killed 12 passengers", "said", ""}}, nil,
			[]string{"12 passengers|killed|12|killed||"}},
		{"speaker", "The raid killed 9 fighters, two local officials told Reuters.",
			[]claimCue{{"The raid killed 9 fighters", "told", ""}}, nil,
			[]string{"9 fighters|killed|9|killed||"}},

		// ages, parts of the people named before, quoted words
		{"phrase", "Shelling killed a 71-year-old woman in Nikopol.", nil,
			[]entitySpec{{"Nikopol", "place:UA", ""}},
			[]string{"a 71-year-old woman|killed|1|killed|UKR|"}},
		{"phrase", "Two of the attackers were shot dead, police said.",
			[]claimCue{{"Two of the attackers were shot dead", "said", ""}}, nil,
			[]string{"Two of the attackers|killed|2|killed||"}},
		{"phrase", "A rocket hit a market in Kassala. Seven of the injured died in hospital.", nil,
			[]entitySpec{{"Kassala", "place:SD", ""}},
			[]string{"Seven of the injured|killed|7|killed|SDN|"}},
		{"phrase", "The army said it had \"neutralised\" 40 fighters.",
			[]claimCue{{"it had \"neutralised\" 40 fighters", "said", "MLI"}}, nil,
			[]string{"40 fighters|killed|40|killed||MLI"}},
		{"phrase", "The militants said they had killed \"dozens\" of soldiers.", nil, nil,
			[]string{"dozens\" of soldiers|killed|null|killed||"}},
		// an armed group's one-word name for its fighters
		{"phrase", "Afghan forces killed 30 Taliban in Helmand.", nil,
			[]entitySpec{{"Taliban", "group", "TALIBAN"}},
			[]string{"30 Taliban|killed|30|killed|TALIBAN|"}},
		{"phrase", "Afghan forces killed 30 Taliban fighters in Helmand.", nil,
			[]entitySpec{{"Taliban", "group", "TALIBAN"}},
			[]string{"30 Taliban fighters|killed|30|killed|TALIBAN|"}},
		// a launcher or system of a named kind
		{"phrase", "Russian forces destroyed a Grad launcher and two Buk systems.", nil, nil,
			[]string{"a Grad launcher|artillery|1|destroyed||", "two Buk systems|air_defense|2|destroyed||"}},
		// a sentence that goes on with the one before it
		{"context", "Drones also flew over Giurgiulesti on the border.\n\nA missile struck a block of flats in Odesa on Friday, killing three people.\n\nAnother 12 people were injured, the governor said.",
			[]claimCue{{"Another 12 people were injured", "said", "UKR"}},
			[]entitySpec{{"Giurgiulesti", "place:MD", ""}, {"Odesa", "place:UA", ""}},
			[]string{"three people|killed|3|killed|UKR|", "12 people|wounded|12|wounded|UKR|UKR"}},
		{"context", "Drones also flew over Giurgiulesti on the border.\n\nA missile struck a block of flats in Odesa on Friday, killing three people.\n\nAt least 12 people were injured, the governor said.",
			[]claimCue{{"At least 12 people were injured", "said", "UKR"}},
			[]entitySpec{{"Giurgiulesti", "place:MD", ""}, {"Odesa", "place:UA", ""}},
			[]string{"three people|killed|3|killed|UKR|", "12 people|wounded|12|wounded||UKR"}},
		{"amount", "A Kosovo police officer was killed and another wounded in Mitrovica.", nil,
			[]entitySpec{{"Kosovo", "gpe", "UNK"}, {"Mitrovica", "place:XK", ""}},
			[]string{"A Kosovo police officer|killed|1|killed|UNK|", "another wounded|wounded|1|wounded|UNK|"}},
		// people killed where a war story places them, not in an accident
		{"war", "Fighting raged in the east. Rebels shelled the city. Drones attacked the airport.\n\nThe UN said 300 people were killed in Bunia in March.",
			[]claimCue{{"300 people were killed in Bunia in March", "said", "UNO"}},
			[]entitySpec{{"Bunia", "place:CD", ""}},
			[]string{"300 people|killed|300|killed|COD|UNO"}},
		{"war", "A bridge collapsed in Genoa.\n\nAt least 40 people were killed in Genoa, officials said.",
			[]claimCue{{"At least 40 people were killed in Genoa", "said", ""}},
			[]entitySpec{{"Genoa", "place:IT", ""}},
			[]string{"40 people|killed|40|killed||"}},

		// "according to the report": the report's author, the speaker before
		{"speaker", "The General Staff said its forces repelled 40 assaults. According to the report, Russia also lost 12 tanks.",
			[]claimCue{{"its forces repelled 40 assaults", "said", "UKR"}, {"Russia also lost 12 tanks", "According to", "@the report"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}},
			[]string{"12 tanks|tank|12|lost|RUS|UKR"}},

		// "N of the drones": the drones the party before launched
		{"launch", "Russia launched 90 drones at Ukraine overnight. Air defences downed 74 of the drones, the air force said.",
			[]claimCue{{"Air defences downed 74 of the drones", "said", ""}},
			[]entitySpec{{"Russia", "gpe", "RUS"}, {"Ukraine", "gpe", "UKR"}},
			[]string{"74 of the drones|drone|74|shot_down|RUS|"}},
		{"launch", "The Houthis fired 12 drones at the ship, and the navy shot down 10 of the 12 drones.", nil,
			[]entitySpec{{"Houthis", "group", "HOUTHIS"}},
			[]string{"10 of the 12 drones|drone|10|shot_down|HOUTHIS|"}},

		// one person named by what they do, with an adverb before the state
		{"phrase", "A Ukrainian volunteer was critically wounded near Pokrovsk.", nil, nil,
			[]string{"A Ukrainian volunteer|wounded|1|wounded|UKR|"}},
		{"phrase", "A French paratrooper was killed in the ambush.", nil, nil,
			[]string{"A French paratrooper|killed|1|killed|FRA|"}},
		{"phrase", "A local reporter said the town was calm.", nil, nil, nil},
		{"phrase", "The strike killed six citizens and a 4-year-old girl in Taiz.", nil,
			[]entitySpec{{"Taiz", "place:YE", ""}},
			[]string{"six citizens|killed|6|killed|YEM|", "a 4-year-old girl|killed|1|killed|YEM|"}},
		// a running total of losses
		{"losses", "Russia's combat losses have reached 980,000 personnel and 10,400 tanks, the General Staff said.",
			[]claimCue{{"Russia's combat losses have reached 980,000 personnel and 10,400 tanks", "said", "UKR"}},
			[]entitySpec{{"Russia", "gpe", "RUS"}},
			[]string{"980,000 personnel|killed|980000|lost|RUS|UKR", "10,400 tanks|tank|10400|lost|RUS|UKR"}},
		{"losses", "Sales have reached 980,000 cars this year.", nil, nil, nil},

		// a neutral body's toll is of the place's people, not its own
		{"neutral", "Israeli troops fired on crowds in Khan Younis.\n\nThe UN said it had recorded 210 killings since May.",
			[]claimCue{{"it had recorded 210 killings since May", "said", "UNO"}},
			[]entitySpec{{"Khan Younis", "place:PS", ""}},
			[]string{"210 killings|killed|210|killed|PSE|UNO"}},
		{"neutral", "The UN said two of its peacekeepers were killed near Naqoura.",
			[]claimCue{{"two of its peacekeepers were killed near Naqoura", "said", "UNO"}},
			[]entitySpec{{"Naqoura", "place:LB", ""}},
			[]string{"two of its peacekeepers|killed|2|killed|UNO|UNO"}},
		// members of a state's forces are no civilians
		{"members", "The interior ministry said 14 members of the security forces were killed by gunmen.",
			[]claimCue{{"14 members of the security forces were killed by gunmen", "said", "SYR"}}, nil,
			[]string{"14 members|killed|14|killed|SYR|SYR"}},
		// "violence" is an attack's word
		{"context", "At least 60 people were killed in two days of violence in Syria's coastal region.", nil,
			[]entitySpec{{"Syria", "gpe", "SYR"}},
			[]string{"60 people|killed|60|killed|SYR|"}},

		// "took out" destroys; "lost contact with" soldiers are missing
		{"phrase", "Ukrainian drones took out two Russian tanks near Kupiansk.", nil, nil,
			[]string{"two Russian tanks|tank|2|destroyed|RUS|"}},
		{"phrase", "The brigade said it had lost contact with six soldiers after the assault.",
			[]claimCue{{"it had lost contact with six soldiers after the assault", "said", "UKR"}}, nil,
			[]string{"six soldiers|missing|6|lost|UKR|UKR"}},
		// a running total of people killed
		{"toll", "The army said two soldiers were killed on Monday, bringing the number of soldiers killed in the offensive to 215.",
			[]claimCue{{"two soldiers were killed on Monday, bringing the number of soldiers killed in the offensive to 215", "said", "ISR"}}, nil,
			[]string{"two soldiers|killed|2|killed|ISR|ISR", "215|killed|215|killed|ISR|ISR"}},
		{"toll", "The number of people displaced by the fighting rose to 3,000.", nil, nil, nil},
		{"toll", "The number of soldiers deployed in the region rose to 500.", nil, nil, nil},

		// a place the knowledge base gives to de facto authorities is theirs
		{"defacto", "Shelling hit Stepanakert overnight.\n\nThe ombudsman said 9 civilians had been killed.",
			[]claimCue{{"9 civilians had been killed", "said", "NKR"}},
			[]entitySpec{{"Stepanakert", "place:AZ", ""}, {"Stepanakert", "gpe", "NKR"}},
			[]string{"9 civilians|killed|9|killed|NKR|NKR"}},
		// "destroyed" fighters at the end of a long list of materiel
		{"list", "The army destroyed two Grad launchers, three howitzers, four trucks and up to 60 personnel of the enemy.", nil, nil,
			[]string{"two Grad launchers|artillery|2|destroyed||", "three howitzers|artillery|3|destroyed||", "four trucks|vehicle|4|destroyed||", "60 personnel|killed|60|killed||"}},

		// members of a gang or militia are fighters, not the place's civilians
		{"members", "Police in Mirebalais said they had killed 12 gang members.",
			[]claimCue{{"they had killed 12 gang members", "said", "HTI"}},
			[]entitySpec{{"Mirebalais", "place:HT", ""}},
			[]string{"12 gang members|killed|12|killed||HTI"}},
		{"members", "Gunmen killed 5 family members in Mirebalais.", nil,
			[]entitySpec{{"Mirebalais", "place:HT", ""}},
			[]string{"5 family members|killed|5|killed|HTI|"}},

		// fighters each named by their own words keep their own owners
		{"list", "At least 32 pro-government fighters and 28 Houthi rebels were killed near Marib.", nil,
			[]entitySpec{{"Houthi", "group", "HOUTHIS"}, {"Marib", "place:YE", ""}},
			[]string{"32 pro-government fighters|killed|32|killed|YEM|", "28 Houthi rebels|killed|28|killed|HOUTHIS|"}},
		// bodies recovered after fighting are its victims
		{"context", "Clashes shook Tripoli overnight.\n\nMedics recovered nine bodies, officials said.",
			[]claimCue{{"Medics recovered nine bodies", "said", ""}},
			[]entitySpec{{"Tripoli", "place:LY", ""}},
			[]string{"nine bodies|killed|9|killed|LBY|"}},
		// a story of forces' losses is a war story: its civilians killed
		// and wounded belong to where it places them
		{"war", "Moscow said Ukraine had lost 300 servicemen and 12 tanks. Kyiv said Russian troops were killed in the raid.\n\nThe governor said 7 civilians were killed and 30 injured in Belgorod, including 4 children.",
			[]claimCue{{"7 civilians were killed and 30 injured in Belgorod, including 4 children", "said", "RUS"}},
			[]entitySpec{{"Belgorod", "place:RU", ""}, {"Ukraine", "gpe", "UKR"}},
			[]string{"300 servicemen|killed|300|lost|UKR|", "12 tanks|tank|12|lost|UKR|", "7 civilians|killed|7|killed|RUS|RUS", "30 injured|wounded|30|wounded|RUS|RUS"}},

		// unnamed fighters named by the word the sentence before gives
		// a group ("Fano rebels" ... "two rebel fighters") are its own;
		// fighters no word ties to a group are the story's one armed
		// group's (session 12: both wire golds read them so)
		{"modifier", "Fano rebels ambushed an army convoy near Gondar. Two rebel fighters were also killed.", nil,
			[]entitySpec{{"Fano rebels", "group", "FANO"}, {"Gondar", "place:ET", ""}},
			[]string{"Two rebel fighters|killed|2|killed|FANO|"}},
		{"modifier", "Fano rebels ambushed an army convoy near Gondar. Troops later killed 12 insurgents near Dessie.", nil,
			[]entitySpec{{"Fano rebels", "group", "FANO"}, {"Gondar", "place:ET", ""}, {"Dessie", "place:ET", ""}},
			[]string{"12 insurgents|killed|12|killed|FANO|"}},
		// captives set free are no capture of this report
		// (the suspects arrested are a capture since arrests count as
		// captures; suspects are no civilians of the place's state)
		{"freed", "Police in Kaduna rescued 14 abducted passengers and arrested two suspects.", nil,
			[]entitySpec{{"Kaduna", "place:NG", ""}}, []string{"two suspects|captured|2|captured||"}},
		{"freed", "Troops freed all 9 kidnapped farmers near Gusau, the army said.",
			[]claimCue{{"Troops freed all 9 kidnapped farmers near Gusau", "said", "NGA"}},
			[]entitySpec{{"Gusau", "place:NG", ""}}, nil},
		{"freed", "Gunmen kidnapped 14 passengers near Kaduna.", nil,
			[]entitySpec{{"Kaduna", "place:NG", ""}},
			[]string{"14 passengers|captured|14|captured||"}},
		// guerrillas are fighters of the group named with them
		{"guerrilla", "Troops killed six FARC guerrillas in Cauca, the army said.",
			[]claimCue{{"Troops killed six FARC guerrillas in Cauca", "said", "COL"}},
			[]entitySpec{{"FARC", "group", "FARC"}, {"Cauca", "place:CO", ""}},
			[]string{"six FARC guerrillas|killed|6|killed|FARC|COL"}},
		// the shares of a toll a copula says whose they were
		{"share", "Fighting near Ansongo killed 26 people. Nineteen of the dead were Wagner fighters and seven were Malian soldiers.", nil,
			[]entitySpec{{"Wagner", "group", "WAGNER"}, {"Ansongo", "place:ML", ""}},
			[]string{"26 people|killed|26|killed|MLI|", "Nineteen|killed|19|killed|WAGNER|", "seven|killed|7|killed|MLI|"}},
		{"share", "Shelling hit Kharkiv on Sunday. Twelve of the injured were children.", nil,
			[]entitySpec{{"Kharkiv", "place:UA", ""}},
			[]string{"Twelve|wounded|12|wounded|UKR|"}},
		{"share", "Ten of the wounded were taken to Kassala by road.", nil,
			[]entitySpec{{"Kassala", "place:SD", ""}}, nil},
		{"share", "In 2023, 40 of the deaths were recorded in May.", nil, nil, nil},
		{"phrase", "The army said 40 assailants were \"neutralised\" near Tillaberi.",
			[]claimCue{{"40 assailants were \"neutralised\" near Tillaberi", "said", "NER"}}, nil,
			[]string{"40 assailants|killed|40|killed||NER"}},
	})
}

// TestEndorserMention: the parties after "backed by" (alone or in a list)
// back a plan or a side and are no speaker's foe; a party named after
// "by" as the doer of an act is not one of them.
func TestEndorserMention(t *testing.T) {
	cases := []struct {
		text  string
		sides map[string]string // word -> side of the mention that word is part of
		at    string            // the mention's first word
		want  bool
	}{
		{"a plan backed by the United States , Spain and France", map[string]string{"United": "USA", "States": "USA", "Spain": "ESP", "France": "FRA"}, "United", true},
		{"a plan backed by the United States , Spain and France", map[string]string{"United": "USA", "States": "USA", "Spain": "ESP", "France": "FRA"}, "Spain", true},
		{"a plan backed by the United States , Spain and France", map[string]string{"United": "USA", "States": "USA", "Spain": "ESP", "France": "FRA"}, "France", true},
		{"a resolution supported by Ghana", map[string]string{"Ghana": "GHA"}, "Ghana", true},
		{"the village was shelled by Armenia and Azerbaijan", map[string]string{"Armenia": "ARM", "Azerbaijan": "AZE"}, "Azerbaijan", false},
		{"talks between Spain and France", map[string]string{"Spain": "ESP", "France": "FRA"}, "France", false},
		{"Morocco rejects the claim", map[string]string{"Morocco": "MAR"}, "Morocco", false},
	}
	for _, c := range cases {
		var ws []words.Word
		var sides []string
		j := -1
		for _, f := range strings.Fields(c.text) {
			if f == c.at && j < 0 {
				j = len(ws)
			}
			ws = append(ws, words.Word{Text: f, Lower: strings.ToLower(f)})
			sides = append(sides, c.sides[f])
		}
		if got := endorserMention(ws, sides, j); got != c.want {
			t.Errorf("%q at %q: got %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
