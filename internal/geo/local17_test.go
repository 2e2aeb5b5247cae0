package geo

import "testing"

// TestLocal17 checks the patterns the seventeenth probe battery found in
// local, business and regional news (our own sentences, invented names
// and numbers; see parseCase for the fields).
func TestLocal17(t *testing.T) {
	checkParseCases(t, []parseCase{
		// A court, station, stadium or arena named after a place is a
		// building or body, whether its kind comes between ("Sheriff
		// Court") or the gazetteer holds the whole as a town's other name
		// (Union, South Carolina, for "Union Station").
		{"A sheriff at Dundee Sheriff Court fined the firm on Monday.", nil, nil, []string{"Dundee"}},
		{"The trial opened at Leeds Crown Court, and protesters gathered in Bradford.", nil,
			[]string{"Bradford=GB/England"}, []string{"Leeds"}},
		{"Commuters were stranded at Union Station after a signal failure near Alexandria.", nil,
			nil, []string{"Union Station", "Union"}},
		{"Fans left Wembley Stadium late on Saturday.", nil, nil, []string{"Wembley"}},
		{"Crowds filled the streets of Dundee on Monday.", nil, []string{"Dundee=GB/Scotland"}, nil},
		// Two names with a comma before "and" are two clauses: a speaker
		// after it does not make the name before it speak.
		{"Trawlers were banned from the North Sea, and Oslo said the rules were fair.", nil,
			[]string{"North Sea=/"}, []string{"Oslo"}},
		{"Egypt and Jordan said on Monday they would send aid.", nil, nil, []string{"Egypt", "Jordan"}},
		{"Egypt, Qatar, and Jordan said on Monday they would send aid.", nil, nil, []string{"Egypt", "Qatar", "Jordan"}},
		// Names GeoNames joins with slashes are one name.
		{"Floods hit Ido/Osi and Ogba/Egbema/Ndoni local government areas this week.", nil,
			[]string{"Ogba/Egbema/Ndoni=NG/Rivers"}, []string{"Ogba"}},
		// A river named with its kind word is the river, though its one
		// point lies far from the story (the Niger's, in Mali).
		{"Floods hit Bayelsa and Port Harcourt after the River Niger overflowed.", nil,
			[]string{"Bayelsa=NG/Bayelsa", "Port Harcourt=NG/Rivers", "River Niger=ML/"}, nil},
		// A name after a country's or division's possessive is a place of
		// it, whatever the tagger says; a person there stays a person.
		{"Further south, Calabria's Tropea drew record crowds.", []string{"P:Tropea"}, []string{"Calabria=IT/Calabria", "Tropea=IT/Calabria"}, nil},
		{"Italy's Tropea drew record crowds.", []string{"P:Tropea"}, []string{"Italy=IT/", "Tropea=IT/Calabria"}, nil},
		{"Turkey's Erdogan said on Monday that talks would resume.", []string{"P:Erdogan"}, nil, []string{"Erdogan"}},
		// No country is named by a word of three letters with one
		// capital (the United States holds "Sam" as another name).
		{"Walmart, which also runs Sam's Club, reported higher sales.", nil, nil, []string{"Sam"}},
		// A name the gazetteer knows exactly before a kind word is that
		// name, not a look-alike whose other name has the whole run's
		// skeleton (Pasay City for "Passi City"); the span keeps its "City".
		{"Classes were suspended in Passi City and the towns of Calinog and Janiuay.", nil,
			[]string{"Passi City=PH/Western Visayas", "Calinog=PH/Western Visayas"}, nil},
		{"Flights to Pasay City were delayed.", nil, []string{"Pasay City=PH/Metro Manila"}, nil},
		// A town's name listed with a city of another country is the
		// national capital of that name, whatever the story's focus; a
		// town placed by its state, or listed with its neighbours, keeps
		// its place.
		{"The company, based in Austin, Texas, with a campus in Round Rock, will hire staff in Dublin and Singapore.", nil,
			[]string{"Austin=US/Texas", "Dublin=IE/", "Singapore=SG/"}, nil},
		{"Crews from Dublin, Calif., and Pleasanton helped firefighters in Livermore.", nil,
			[]string{"Dublin=US/California", "Pleasanton=US/California"}, nil},
		{"Firefighters from Dublin and Pleasanton helped crews in Livermore, Calif.", nil,
			[]string{"Dublin=US/California", "Pleasanton=US/California"}, nil},
		// A common word that opens a sentence is no far town for its
		// capital, tagged or not; a town of the story's country so
		// written stays one.
		{"Classes were suspended across Albay. Lahar flowed down the slopes of Mayon Volcano into Guinobatan and Camalig.", []string{"L:Lahar"},
			[]string{"Albay=PH/Bicol", "Guinobatan=PH/Bicol"}, []string{"Lahar"}},
		{"Storms crossed Alabama overnight. Mobile lost power for six hours, and Dothan and Montgomery were flooded.", []string{"L:Mobile"},
			[]string{"Alabama=US/Alabama", "Mobile=US/Alabama", "Dothan=US/Alabama"}, nil},
		// "X, of Y": a company or a person told by its home town.
		{"Rival Target, based in Minneapolis, and Costco, of Issaquah, Wash., reported stronger sales.", []string{"O:Target", "O:Costco"},
			[]string{"Minneapolis=US/Minnesota", "Issaquah=US/Washington"}, []string{"Costco"}},
		{"The winner, Maria Lopez, of Leeds, took home the prize.", nil, []string{"Leeds=GB/England"}, nil},
	})
}
