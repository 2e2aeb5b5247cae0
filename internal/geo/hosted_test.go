package geo

import "testing"

// TestHostedPlaces checks that a village, hamlet or sector the gazetteer
// lacks (or knows only as a far namesake) is placed at the division or
// island the sentence puts it in, and that nothing else is. Own sentences.
func TestHostedPlaces(t *testing.T) {
	checkParseCases(t, []parseCase{
		// "the village of X in Y province", "X, a hamlet in Y district",
		// "near X in Y prefecture", "outside X in Y State".
		{"Two shepherds were wounded by mortar fire near the village of Kharbakh in Tavush province, the ministry said.", nil,
			[]string{"Kharbakh=AM/Tavush", "Tavush=AM/Tavush"}, nil},
		{"Militants torched Dharkuli, a hamlet in Kishtwar district, officials said on Monday.", nil,
			[]string{"Dharkuli=IN/Jammu and Kashmir"}, nil},
		{"Fighters regrouped near Bakoum in Mbomou prefecture, the army said.", nil,
			[]string{"Bakoum=CF/Mbomou"}, nil},
		{"Police said two men were shot outside Kwalata in Bauchi State.", nil,
			[]string{"Kwalata=NG/Bauchi"}, nil},
		// The country's possessive before the host is skipped.
		{"Drones struck the Kharbakh settlement of Armenia's Tavush province overnight.", nil,
			[]string{"Kharbakh=AM/Tavush"}, nil},
		// A name the gazetteer holds only far away (Tashkurgan, China).
		{"Gunmen attacked the village of Tashkurgan in Jowzjan province on Sunday.", nil,
			[]string{"Tashkurgan=AF/Jowzjan"}, nil},
		// An island hosts too.
		{"A strike hit a market in the village of Thit Poke Taw on Ramree Island, residents said.", nil,
			[]string{"Thit Poke Taw=MM/Rakhine"}, nil},
		// One division the gazetteer lacks may stand between.
		{"Gunmen ambushed a patrol at Ndzong, a village in Tubah Subdivision of Momo Division, on Sunday.", nil,
			[]string{"Ndzong=CM/North-West"}, nil},
		// No host: a country says too little; a person met in a city
		// is no place by this rule; a part of a capitalised run is no
		// name; a host read as a town of a country the story never
		// names passes on no error.
		{"Shells fell near the village of Qubaybat in Syria, the monitor said.", nil,
			[]string{"Syria=SY/"}, []string{"Qubaybat"}},
		{"Fighting raged in the Mom Bei area of Choam Ksant district in Preah Vihear province.", nil,
			[]string{"Choam Ksant=KH/Preah Vihear"}, []string{"Bei", "Mom Bei"}},
		{"Jets bombed Otaw village in Kani township on Friday. Residents fled to Monywa and Mandalay, Myanmar.", nil,
			[]string{"Monywa=MM/Sagain"}, []string{"Otaw"}},
	})
}

// TestKindBeforeComma checks that a division after "X township," or "X
// district," is the one X lies in, and that the subject of the next
// clause is not.
func TestKindBeforeComma(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Troops shelled Kani township, Sagaing Region, on Monday, killing three.", nil,
			[]string{"Kani=MM/Sagaing", "Sagaing Region=MM/Sagaing"}, nil},
		{"Ukrainian troops still hold positions in the Kursk region, Kyiv said.", nil,
			[]string{"Kursk=RU/Kursk"}, []string{"Kyiv"}},
	})
}

// TestCityTail checks that the "City" of a Philippine city's name the
// gazetteer knows without it belongs to the span, and that a kind word
// before a body's name does not.
func TestCityTail(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Floods hit Bayawan City and Tanjay City in Negros Oriental.", nil,
			[]string{"Bayawan City=PH/Central Visayas", "Tanjay City=PH/Central Visayas"}, nil},
		{"The Bayawan City Council met on Monday in Dumaguete.", nil,
			nil, []string{"Bayawan City"}},
	})
}

// TestRegionDivisions checks that a name both a region across borders and
// a country's first-level division is the division when the sentence
// calls it a region and places a town of it there, and stays the region
// otherwise.
func TestRegionDivisions(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Gunmen attacked the town of Djibo, in the Sahel region, from several directions, the army of Burkina Faso said.", nil,
			[]string{"Djibo=BF/Sahel", "Sahel=BF/Sahel"}, nil},
		{"Gunmen attacked Djibo in the Sahel region of Burkina Faso.", nil,
			[]string{"Sahel=BF/Sahel"}, nil},
		{"Jihadist groups are active across the Sahel region, from Mali to Chad, the UN said. Attacks hit the towns of Djibo and Gao.", nil,
			[]string{"Sahel=/", "Djibo=BF/Sahel"}, nil},
	})
}

// TestHostApart checks that a place set off from its host by a comma or a
// compass direction (", in northern Kabul", ", south of Kyiv") lies there:
// a namesake the resolver took in another country moves to the host, a
// name the gazetteer lacks is placed at it, and a town of the host's own
// country or a country keeps its own point.
func TestHostApart(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Gunmen attacked a checkpoint in Valencia, north of Tripoli, the Libyan interior ministry in Misrata said.", nil,
			[]string{"Valencia=LY/Tripoli", "Misrata=LY/Mişrātah"}, []string{"Valencia=ES/Valencia"}},
		{"The blast hit Springfield, in northern Kabul, police said. Officials in Herat condemned it.", nil,
			[]string{"Springfield=AF/Kabul"}, nil},
		{"Shells landed in Paris, south of Kyiv, officials in Kharkiv said.", nil,
			[]string{"Paris=UA/Kyiv City"}, nil},
		{"The army fought off attacks near Gabaat, west of Marib governorate, and in Sirwah, the ministry said.", nil,
			[]string{"Gabaat=YE/Ma’rib"}, nil},
		{"Shelling hit El Fasher, the capital of North Darfur state, and Kutum, residents said.", nil,
			[]string{"El Fasher=SD/Northern Darfur"}, nil},
		{"Troops from France, in Gao since May, met officials of Mali on Monday.", nil,
			[]string{"France=FR/", "Gao=ML/Gao"}, nil},
	})
}
