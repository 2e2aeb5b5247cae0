package geo

import "testing"

// TestLocal15 checks the patterns the fifteenth probe battery found in
// local news (our own sentences, invented names and numbers; see
// parseCase for the fields).
func TestLocal15(t *testing.T) {
	checkParseCases(t, []parseCase{
		// Towns of one neighbourhood, each with a bigger namesake in
		// another state, are read together: two or more other names that
		// could lie within 50 km settle a town, and a lone big namesake
		// keeps its place.
		{"PORTSMOUTH — Nurses who live in Dover and Rochester said the hospital garage was full on Friday.", nil,
			[]string{"PORTSMOUTH=US/New Hampshire", "Dover=US/New Hampshire", "Rochester=US/New Hampshire"}, nil},
		{"Newark officials said the plan matched one in Wilmington and another in Elkton.", nil,
			[]string{"Newark=US/Delaware", "Wilmington=US/Delaware", "Elkton=US/Maryland"}, nil},
		{"Newark officials said the rail line would reopen on Monday.", nil, []string{"Newark=US/New Jersey"}, nil},
		{"Rochester police said a storm cut power to 4,000 homes.", nil, []string{"Rochester=US/New York"}, nil},
		// A state's name is the state, not a namesake municipality in
		// another state that the story's towns lie near; a city's
		// alternate name is no town of that name.
		{"MERIDA, Mexico — Tourism rose in Quintana Roo, officials in Progreso and Valladolid said.", nil,
			[]string{"Quintana Roo=MX/Quintana Roo"}, nil},
		// A dish or produce named after a place, and a feast named
		// after a saint, are no places; the place alone stays one.
		{"Farmers near Ghent sold Brussels sprouts and Dijon mustard at the market.", nil,
			[]string{"Ghent=BE/"}, []string{"Brussels", "Dijon"}},
		{"Ministers met in Brussels on Monday.", nil, []string{"Brussels=BE/"}, nil},
		{"Crowds gathered for St. Patrick's Day in Boston.", nil, []string{"Boston=US/Massachusetts"}, []string{"St. Patrick"}},
		// A Persian connector after a hyphen joins the name the
		// gazetteer knows whole ("Mazar" alone is a Jordanian town).
		{"Aid convoys reached Mazar-e Sharif and Kunduz on Sunday.", nil,
			[]string{"Mazar-e Sharif=AF/Balkh", "Kunduz=AF/"}, []string{"Mazar"}},
		{"The Kabul-based charity opened a clinic.", nil, []string{"Kabul=AF/"}, nil},
		// A drive or lane, and a park, known only through a far town of
		// another country, is no place in a story whose places lie
		// elsewhere; a park of the story's own city stays one.
		{"CHICAGO — Beaches along Lake Shore Drive were crowded, and Evanston and Oak Park opened pools.", nil,
			[]string{"Evanston=US/Illinois", "Oak Park=US/Illinois"}, []string{"Lake Shore Drive", "Lake Shore"}},
		{"Marchers gathered in Regents Park before walking to Westminster, London police said.", []string{"L:Regents Park"},
			[]string{"Westminster=GB/England"}, []string{"Regents Park"}},
		// "River X" is a river, whatever the tagger says.
		{"Homes near the River Tweed were flooded, officials in Kelso said.", []string{"O:River Tweed"},
			[]string{"River Tweed=GB/Scotland"}, nil},
		// A dateline that is also a common word is a place by its form.
		{"NORMAL, Ill. — Town leaders voted 5-2 on Monday to widen two roads.", nil,
			[]string{"NORMAL=US/Illinois"}, nil},
		{"READING — Council leaders in Reading voted on Monday to close a library, Berkshire officials said.", nil,
			[]string{"READING=GB/England", "Reading=GB/England", "Berkshire=GB/England"}, nil},
		// Ceremonial and historic counties of the UK that GeoNames'
		// divisions lack.
		{"Floods closed roads across Cheshire and Merseyside, and rail lines in West Yorkshire.", nil,
			[]string{"Cheshire=GB/England", "Merseyside=GB/England", "West Yorkshire=GB/England"}, nil},
		{"A farmer in County Tyrone and another near Enniskillen in Fermanagh lost their herds.", nil,
			[]string{"County Tyrone=GB/Northern Ireland", "Fermanagh=GB/Northern Ireland"}, nil},
		// A town the tagger calls a person, just across a state line
		// from the story's settled towns, is taken back, and so are its
		// other mentions.
		{"PORTSMOUTH — Traffic backed up on the bridge to Kittery on Monday. Workers who live in Dover and Rochester said the backups have grown worse.", []string{"P:Kittery"},
			[]string{"Kittery=US/Maine"}, nil},
		// An office's holder after "TITLE of State" is no place, tagged
		// or not; a name told after "said" at its clause's end is the
		// speaker.
		{"U.S. Secretary of State Kerry will host ministers in Washington.", nil,
			[]string{"Washington=US/"}, []string{"State Kerry", "Kerry"}},
		{"U.S. Secretary of State Kerry will host ministers in Washington.", []string{"L:State Kerry"},
			[]string{"Washington=US/"}, []string{"State Kerry", "Kerry"}},
		{"\"We need proper research in that regard,\" said Nawa.", []string{"L:Nawa"}, nil, []string{"Nawa"}},
		{"\"The roads are closed,\" officials in Nawa, near Daraa, said.", nil, []string{"Nawa=SY/"}, nil},
		// The Arabic article before a hyphen opens one name, no place of
		// its own.
		{"The group declared Al-Raqqa province in Syria in December.", nil,
			[]string{"Al-Raqqa=SY/", "Syria=SY/"}, []string{"Al"}},
	})
}
