package claim_test

import "testing"

// TestSides30IssuedIn: a communique or statement "issued in CITY" speaks
// for the state of the city it was issued in; the city is not the
// speaker. A party named in the document's own words keeps its side
// (session 30, lane sides4; sentences invented, the positive cases
// failed before the rule).
func TestSides30IssuedIn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"military communique", "NICOSIA — Israeli jets struck positions in Lebanon on Monday. A military communique issued in Damascus said Syrian troops had repulsed an Israeli probe.", "said", "A military communique", "SYR", "assert", ""},
		{"government statement", "NAIROBI — Fighting broke out on the border near Adre. A government statement issued in N'Djamena said the army had contained the clash.", "said", "A government statement", "TCD", "assert", ""},
		{"bare statement", "ERBIL — A missile struck the city on Monday. A statement issued in Baghdad said Iraq had recalled its ambassador from Tehran.", "said", "A statement", "IRQ", "assert", ""},
		// a party's own document keeps the party's side
		{"a group's statement", "GOMA — Government troops attacked the town of Masisi in Congo. An M23 statement issued in Kampala said the rebels had withdrawn.", "said", "-", "M23", "assert", "-"},
	})
}

// TestSides30OppositionLawmakers: opposition lawmakers and legislators
// sit in their state's parliament and speak for that state, placed by a
// town after them or by the story (golds give Kenya's and Somalia's
// opposition lawmakers their state); an opposition party's spokesman or
// officials are not the state's.
func TestSides30OppositionLawmakers(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"2025-05-04", speakerCase{"placed in a capital", "GAROWE — Somalia's federal government said the new electoral law applied to every member state. Opposition lawmakers in Mogadishu said the law had been passed without a quorum.", "said", "Opposition lawmakers", "SOM", "assert", ""}},
		{"2025-05-04", speakerCase{"legislators placed in a capital", "BANDA ACEH — Floods forced 14,000 people from their homes in Aceh. Opposition legislators in Jakarta said the central government had been slow to respond.", "said", "Opposition legislators", "IDN", "assert", ""}},
		{"2025-05-04", speakerCase{"bare, in a story of one state", "NAIROBI — Kenya's interior minister ordered a curfew in Nairobi. Kenyan police said the curfew would last a week. Opposition lawmakers said they would table a motion against the minister.", "said", "Opposition lawmakers", "KEN", "assert", ""}},
		// negative: the opposition's own officials are a party of their own
		{"2025-05-04", speakerCase{"opposition spokesman", "NAIROBI — Kenya's interior minister ordered a curfew in Nairobi. Kenyan police said the curfew would last a week. An opposition spokesman said the curfew was illegal.", "said", "-", "", "assert", ""}},
	})
}

// TestSides30GroupsOfPastWars: armed groups the base lacked until
// session 30 (orgs.tsv) speak for themselves, with their spokesmen and
// leaders in apposition.
func TestSides30GroupsOfPastWars(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"1986-03-24", speakerCase{"contra rebels", "TEGUCIGALPA — Fighting flared on the Nicaraguan border. The contra rebels said they had shot down a Sandinista helicopter.", "said", "-", "CONTRAS", "assert", "-"}},
		{"1986-03-24", speakerCase{"a contra spokesman", "TEGUCIGALPA — Fighting flared on the Nicaraguan border. A contra spokesman, Bosco Matamoros, said the rebels' supply lines were intact.", "said", "-", "CONTRAS", "assert", "-"}},
		{"1982-07-20", speakerCase{"the PLO", "NICOSIA — Israeli gunboats shelled Beirut overnight. The PLO said 30 people had been killed.", "said", "-", "PLO", "assert", "-"}},
		{"1992-03-10", speakerCase{"RENAMO rebels", "HARARE — Fighting spread along the Beira corridor in Mozambique. RENAMO rebels said they had captured the town of Dombe.", "said", "-", "RENAMO", "assert", "-"}},
		{"1987-10-08", speakerCase{"a group's name before its class noun", "LISBON — Fighting went on in southern Angola. UNITA rebels said on Thursday they had beaten back a government offensive on Mavinga.", "said", "-", "UNITA", "assert", "-"}},
		{"1990-06-05", speakerCase{"NPFL", "ABIDJAN — Fighting neared Monrovia. The National Patriotic Front of Liberia said its fighters were 30 km from the capital.", "said", "-", "NPFL", "assert", "-"}},
		{"1989-02-15", speakerCase{"Hezb-e-Islami", "ISLAMABAD — Rockets hit Kabul airport. Hezb-e-Islami said its guerrillas had fired the rockets.", "said", "-", "HEZBEISLAMI", "assert", "-"}},
		{"1986-03-24", speakerCase{"a party's paper", "TEGUCIGALPA — Fighting flared on the Nicaraguan border. The Sandinista newspaper Barricada said the attack had been repelled.", "said", "-", "NIC", "assert", "-"}},
	})
}

// TestSides30AuthorityNamedBySpeaker: where a story names two separatist
// authorities (the Bosnian Serbs and the Krajina Serbs in 1995), a
// speaker whose own words name one of them speaks for it, not for the
// state its land lies in nor for Serbia.
func TestSides30AuthorityNamedBySpeaker(t *testing.T) {
	const story = "ZAGREB — UN peacekeepers were held near Sarajevo and Knin. "
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"1995-06-02", speakerCase{"the Bosnian Serb leadership", story + "The Bosnian Serb leadership in Pale said it would free the remaining UN hostages.", "said", "-", "REPUBLIKASRPSKA", "assert", "-"}},
		{"1995-06-02", speakerCase{"the Krajina Serb leadership", story + "The Krajina Serb leadership said its forces had been put on full alert.", "said", "-", "KRAJINA", "assert", "-"}},
		{"1995-06-02", speakerCase{"the Bosnian Serb news agency", story + "The Bosnian Serb news agency SRNA said NATO aircraft had flown over Serb positions.", "said", "-", "REPUBLIKASRPSKA", "assert", "-"}},
		{"1993-01-25", speakerCase{"authorities placed in the authority's seat", "ZAGREB — Croatian forces pushed towards the Maslenica bridge on Monday. A spokesman for the Serb authorities in Knin accused Zagreb of breaking the Vance plan.", "accused", "-", "KRAJINA", "assert", "-"}},
		{"1993-01-25", speakerCase{"the parent state's police in the seat", "ZAGREB — Croatian forces pushed towards the Maslenica bridge on Monday. Croatian police officials in Knin said the town was quiet.", "said", "-", "HRV", "assert", "-"}},
		// negative: a state's minister whose words name no authority
		{"1995-06-02", speakerCase{"Croatia's minister", story + "Croatian Foreign Minister Mate Granic said Zagreb would not extend the mandate.", "said", "-", "HRV", "assert", "-"}},
	})
}

// TestSides30RegionOffices: a region's body referred to by a definite
// noun ("The province's disaster management agency") and a region's head
// titled before the name ("The regional president, NAME,") speak for the
// state the story's towns lie in; a region's body with a name of its own
// is read by the rules for names.
func TestSides30RegionOffices(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"2025-08-21", speakerCase{"the province's agency", "BANDA ACEH — Floods hit Aceh on Wednesday, cutting roads between Lhokseumawe and Bireuen. The province's disaster management agency said 14,000 people had left their homes.", "said", "-", "IDN", "assert", ""}},
		{"2024-11-18", speakerCase{"the regional president", "GAROWE — Puntland rejected the federal voting plan on Monday, and officials in Bosaso and Galkayo backed the decision. The regional president, Abdirahman Farole, said Puntland would hold its own elections.", "said", "-", "SOM", "assert", "-"}},
		// negative: a region's body in a story whose towns lie in no one state
		{"2025-08-21", speakerCase{"no towns", "The storm season began early this year. The province's disaster management agency said 14,000 people had left their homes.", "said", "-", "", "assert", ""}},
	})
}

// TestSides30RebelApposition: a person the apposition calls the rebels'
// leader or spokesman speaks for the story's armed group, whatever state
// the knowledge base gives the name; without a group in the story the
// apposition changes nothing.
func TestSides30RebelApposition(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"1990-06-05", speakerCase{"the rebel leader", "ABIDJAN — The National Patriotic Front of Liberia said its fighters were 30 km from Monrovia. Charles Taylor, the rebel leader, told the BBC that President Doe must resign.", "told", "-", "NPFL", "assert", "-"}},
		{"1990-06-05", speakerCase{"the rebels' spokesman", "ABIDJAN — The National Patriotic Front of Liberia said its fighters were 30 km from Monrovia. Tom Woewiyu, the rebels' spokesman, said the front would guarantee the safety of foreigners.", "said", "-", "NPFL", "assert", "-"}},
	})
}
