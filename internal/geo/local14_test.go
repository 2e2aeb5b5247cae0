package geo

import "testing"

// TestLocalAndOutbreak14 checks the patterns the fourteenth probe
// batteries found in outbreak reports and local news (our own sentences,
// invented names and numbers; see parseCase for the fields).
func TestLocalAndOutbreak14(t *testing.T) {
	checkParseCases(t, []parseCase{
		// "states" after the last name of a list, or before a
		// participle, is the plural noun, not a verb of saying.
		{"Cholera cases rose, with Sokoto, Zamfara and Katsina states reporting the most.", nil,
			[]string{"Sokoto=NG/Sokoto", "Zamfara=NG/Zamfara", "Katsina=NG/Katsina"}, nil},
		{"Floods hit Kogi and Benue states accounting for most of the damage.", nil,
			[]string{"Kogi=NG/Kogi", "Benue=NG/Benue"}, nil},
		// A disease named by its kind word is a tally: the place is where
		// it happened.
		{"Rwanda confirmed Marburg virus disease in two nurses in Kigali.", nil,
			[]string{"Rwanda=RW/", "Kigali=RW/"}, nil},
		{"Bolivia confirmed yellow fever in three villages near Trinidad.", nil, []string{"Bolivia=BO/"}, nil},
		{"Beijing confirmed the talks would go ahead.", nil, nil, []string{"Beijing"}},
		// Two names the tagger joined into one organisation are places
		// where the sentence's division holds both; a company's name is
		// not.
		{"Floods in KwaZulu-Natal cut off Ladysmith and Estcourt on Monday.", []string{"O:Ladysmith and Estcourt"},
			[]string{"KwaZulu-Natal=ZA/KwaZulu-Natal", "Ladysmith=ZA/KwaZulu-Natal", "Estcourt=ZA/KwaZulu-Natal"}, nil},
		{"Shares of Marks and Spencer rose in London on Friday.", []string{"O:Marks and Spencer"},
			[]string{"London=GB/England"}, []string{"Marks", "Spencer"}},
		// A dateline that names its division sets the local paper's home:
		// a county of the story with a namesake there is that one.
		{"WINDSOR, Ont. — Growers in Essex County asked Ottawa for help.", nil,
			[]string{"WINDSOR=CA/Ontario", "Essex County=CA/Ontario"}, nil},
		{"NEWARK, N.J. — Growers in Essex County asked for help.", nil,
			[]string{"Essex County=US/New Jersey"}, nil},
		// A force or authority named after its area is an organisation;
		// a country opening such a name stays a toponym.
		{"Gwent Police said a man from Cwmbran was charged.", nil, []string{"Cwmbran=GB/Wales"}, []string{"Gwent"}},
		{"Essex County Council approved the budget in Chelmsford.", nil, []string{"Chelmsford=GB/England"}, []string{"Essex County"}},
		{"The Kenya Police said two officers were hurt in Garissa.", nil, []string{"Kenya=KE/", "Garissa=KE/"}, nil},
		// A demonym before a division noun names the division of that
		// name; before other nouns it stays an adjective.
		{"Aid reached the Somali region near Gode and Kebri Dahar.", nil, []string{"Somali=ET/Somali"}, nil},
		{"Somali troops patrolled Baidoa on Monday.", nil, []string{"Baidoa=SO/"}, []string{"Somali"}},
		// A Romance connector with its article joins a name the
		// gazetteer knows whole.
		{"Ash fell near the Rincón de la Vieja volcano in Guanacaste.", []string{"L:Rincón"},
			[]string{"Rincón de la Vieja=CR/Guanacaste", "Guanacaste=CR/Guanacaste"}, nil},
		// A square, street, bay or island known only through a far
		// village or town of its first word is no place in a story
		// whose other places lie far away; a lone name keeps it.
		{"CAMBRIDGE, Mass. — Shops near Central Square closed early, Cambridge officials said. Crews came from Somerville and Boston.", nil,
			[]string{"Cambridge=US/Massachusetts", "Somerville=US/Massachusetts"}, []string{"Central Square"}},
		{"SYRACUSE, N.Y. — A barn burned in Central Square, Oswego County officials said.", nil,
			[]string{"Central Square=US/New York", "Oswego County=US/New York"}, nil},
		{"VICTORIA, B.C. — Ferries from Swartz Bay to Tsawwassen were cancelled.", []string{"L:Swartz Bay"},
			[]string{"VICTORIA=CA/British Columbia", "Tsawwassen=CA/British Columbia"}, []string{"Swartz Bay"}},
		{"Oil washed up along Galveston Bay, officials in Houston said.", nil,
			[]string{"Galveston Bay=US/Texas", "Houston=US/Texas"}, nil},
		{"Coast guard ships were seen near Liuheng Island on Friday.", nil, []string{"Liuheng Island=CN/"}, nil},
		// "St.", "Ste.", "Mt.", "Ft." open place names that GeoNames
		// spells out; the dot ends no sentence.
		{"Deputies in St. Tammany Parish arrested a man from Slidell.", nil,
			[]string{"St. Tammany Parish=US/Louisiana", "Slidell=US/Louisiana"}, nil},
		{"Police in St. Louis and St. Charles County made arrests.", nil,
			[]string{"St. Louis=US/Missouri", "St. Charles County=US/Missouri"}, []string{"Charles County"}},
		{"Flights to Ft. Lauderdale resumed on Monday.", nil, []string{"Ft. Lauderdale=US/Florida"}, nil},
		// A kind word heading "X of Y" is no place of its own, even with
		// the article: Y is.
		{"The Village of Pleasant Prairie approved a new warehouse.", []string{"L:The Village"},
			[]string{"Pleasant Prairie=US/Wisconsin"}, []string{"The Village"}},
		{"The City of Grand Rapids will repave its streets.", nil, []string{"Grand Rapids=US/Michigan"}, []string{"The City"}},
		{"He lives in The Village, a suburb of Oklahoma City.", nil,
			[]string{"The Village=US/Oklahoma", "Oklahoma City=US/Oklahoma"}, nil},
		{"Talks resumed in The Hague on Monday.", nil, []string{"The Hague=NL/"}, nil},
		// Irish news abbreviates County: "Co Clare", "Co. Donegal".
		{"A man was brought before a court in Ennis, Co Clare.", nil, []string{"Ennis=IE/", "Clare=IE/"}, nil},
		{"He was arrested in Letterkenny, Co. Donegal, on Friday.", nil, []string{"Letterkenny=IE/", "Donegal=IE/Donegal"}, nil},
		// A storm's given name is no place.
		{"Hurricane Nadia tore roofs off homes in Kingston.", nil, []string{"Kingston=JM/"}, []string{"Nadia"}},
		{"Residents of Storm Lake, Iowa, cleaned up after the flood.", nil, []string{"Storm Lake=US/Iowa"}, nil},
		// A dateline's town settles the local story's division for names
		// the tagger calls organisations.
		{"KANO — Traders from Fagge and Gwale said they lost goods.", []string{"O:Fagge and Gwale"},
			[]string{"Fagge=NG/Kano", "Gwale=NG/Kano"}, nil},
		// A small town naming a road far from the story is no place.
		{"TOWNSVILLE — Floodwaters cut the Bruce Highway south of Ingham, isolating Cardwell and Tully, Queensland police said.", nil,
			[]string{"Ingham=AU/Queensland", "Cardwell=AU/Queensland"}, []string{"Bruce"}},
		// A country's name that an apposition calls a town is its
		// namesake in the division of the article's places.
		{"Sinaloa police said soldiers went to Navolato and to Costa Rica, a town south of Culiacán.", nil,
			[]string{"Costa Rica=MX/Sinaloa", "Navolato=MX/Sinaloa"}, nil},
		{"Costa Rica, a country of five million, held elections.", nil, []string{"Costa Rica=CR/"}, nil},
		// Places the supplement adds.
		{"Schools in Umlazi and Inanda closed after the floods.", nil,
			[]string{"Umlazi=ZA/KwaZulu-Natal", "Inanda=ZA/KwaZulu-Natal"}, nil},
		{"Commuters in Gurugram waited hours for buses.", nil, []string{"Gurugram=IN/Haryana"}, nil},
		{"Fighting in the Kivu region displaced thousands of families.", nil, []string{"Kivu=CD/"}, nil},
		{"Floods hit Marikina and Valenzuela, officials in Manila said.", nil,
			[]string{"Marikina=PH/Metro Manila", "Valenzuela=PH/Metro Manila"}, nil},
		{"Cholera cases rose in the Kutupalong camp near Cox's Bazar.", nil, []string{"Kutupalong=BD/"}, nil},
		{"New arrivals were taken to Bidibidi in Yumbe district.", nil, []string{"Bidibidi=UG/"}, nil},
		{"Council staff in Saanich cleared fallen trees near Victoria.", nil,
			[]string{"Saanich=CA/British Columbia", "Victoria=CA/British Columbia"}, nil},
	})
}
