package geo

import "testing"

// TestKindTail checks that a capitalised kind of division after a name
// ends up inside the place's span, as wire services, Russian, Nigerian
// and Myanmar outlets write it (the session-12 golds' convention), while
// the lower-case kind and a kind opening a body's name stay outside
// (our own sentences, invented names and numbers).
func TestKindTail(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Air defences downed nine drones over the Belgorod Region overnight, the ministry said.", nil,
			[]string{"Belgorod Region=RU/Belgorod"}, []string{"Belgorod"}},
		{"Air defences downed nine drones over the Belgorod region overnight, the ministry said.", nil,
			[]string{"Belgorod=RU/Belgorod"}, []string{"Belgorod region"}},
		{"In Krasnodar Krai, debris fell on a fuel depot near Tikhoretsk.", nil,
			[]string{"Krasnodar Krai=RU/Krasnodar"}, nil},
		{"Gunmen abducted 14 farmers near Tsafe, Zamfara State, on Monday.", nil,
			[]string{"Zamfara State=NG/Zamfara", "Tsafe=NG/Zamfara"}, []string{"Zamfara"}},
		{"The Zamfara State Police Command said 14 farmers were freed near Tsafe.", nil,
			nil, []string{"Zamfara State"}},
		{"Residents of Kyauktaw Township said two jets bombed a village near Sittwe.", []string{"L:Kyauktaw"},
			[]string{"Kyauktaw Township=MM/Rakhine", "Sittwe=MM/Rakhine"}, nil},
		{"Kharkiv Oblast Governor Oleh Petrenko said a strike hit Kupiansk.", nil,
			[]string{"Kharkiv=UA/Kharkiv"}, []string{"Kharkiv Oblast"}},
		{"The rebels hold most of Chin State, officials in Hakha said.", nil,
			[]string{"Chin State=MM/Chin"}, []string{"Chin"}},
	})
}

// TestStoryDivisions checks that a division two states share a name for
// is the one that holds the story's other places, and that a division
// written in another transliteration than GeoNames' still places the
// names before it (our own sentences).
func TestStoryDivisions(t *testing.T) {
	checkParseCases(t, []parseCase{
		// The attacker named in the sentence does not pull Punjab to its
		// side of the border when the story's towns lie on the other.
		{"India fired missiles at four sites in Punjab on Tuesday night. Officials in Bahawalpur and Muridke said homes were hit, and a school in Sialkot was damaged.", nil,
			[]string{"Punjab=PK/Punjab", "Bahawalpur=PK/Punjab", "Sialkot=PK/Punjab"}, nil},
		{"Pakistani drones were shot down over Punjab overnight. Debris fell in Amritsar and Pathankot, and schools in Ferozepur stayed shut.", nil,
			[]string{"Punjab=IN/Punjab", "Amritsar=IN/Punjab", "Ferozepur=IN/Punjab"}, nil},
		{"Shelling hit Kotli and Muzaffarabad in Azad Jammu and Kashmir overnight.", nil,
			[]string{"Azad Jammu and Kashmir=PK/Azad Kashmir", "Kotli=PK/Azad Kashmir"}, nil},
		// "near X in the Y Region" with Y transliterated from Russian.
		{"Russian units advanced near Volchansk in the Kharkov Region, the ministry said.", nil,
			[]string{"Volchansk=UA/Kharkiv", "Kharkov Region=UA/Kharkiv"}, nil},
		{"Security forces fired on protesters in Mahabad in West Azarbaijan on Sunday.", nil,
			[]string{"Mahabad=IR/West Azerbaijan"}, nil},
		// A township named with its kind is its town.
		{"Junta jets bombed a village in Depayin Township, Sagaing Region, on Wednesday.", nil,
			[]string{"Depayin Township=MM/Sagain", "Sagaing Region=MM/Sagain"}, nil},
	})
}

// TestCapitalAsides checks that a capital speaking for its government is
// no place when an aside between commas parts it from its verb, or an
// adverb comes before a verb of denial (our own sentences).
func TestCapitalAsides(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"The army said drones were deployed near the border. Kigali, for its part, rejects these accusations.", nil,
			nil, []string{"Kigali"}},
		{"Monitors documented the shipments, something Kigali has always contested.", nil,
			nil, []string{"Kigali"}},
		{"Moscow, in a statement, said the talks had failed.", nil, nil, []string{"Moscow"}},
		// A place in a list before an aside is still a place.
		{"Flights to Kigali, however, resumed on Monday.", nil, []string{"Kigali=RW/"}, nil},
	})
}

// TestPossessiveKind checks that a kind word with a possessive still ends
// the name it follows (our own sentence).
func TestPossessiveKind(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Rebels shelled Paletwa Township's last army camp near Matupi, residents said.", nil,
			[]string{"Paletwa Township=MM/Chin"}, nil},
	})
}

// TestFrontVillageNamesakes checks that a village's name several
// villages of one country share is the namesake near the story's places,
// or none when every namesake lies far from them (our own sentences).
func TestFrontVillageNamesakes(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Russian troops pressed attacks near Novoselivka and Kalynivka west of Donetsk and near Kurakhove, while shelling hit Pokrovsk and Myrnohrad, the General Staff said.", nil,
			[]string{"Novoselivka=UA/Donetsk", "Kurakhove=UA/Donetsk", "Pokrovsk=UA/Donetsk",
				// No far namesake: "west of Donetsk" places it by the
				// city (hostedPlaces).
				"Kalynivka=UA/Donetsk"}, []string{"Kalynivka=UA/Vinnytsia", "Kalynivka=UA/Mykolaiv"}},
		// Placed in a division by the text, a far village stays.
		{"A drone hit a school in Kalynivka in Vinnytsia oblast, while fighting went on near Pokrovsk, Myrnohrad and Kurakhove.", nil,
			[]string{"Kalynivka=UA/Vinnytsia"}, nil},
	})
}

// TestUndottedMonth checks that a month written without its dot before a
// day number, as wire copy does, is a date (our own sentence).
func TestUndottedMonth(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"BEIRUT, Nov 8 — Shelling hit two villages near Idlib, a monitor said.", nil,
			[]string{"BEIRUT=LB/", "Idlib=SY/Idlib"}, []string{"Nov"}},
		{"AMMAN, Sept 21 (Reuters) - Jordan reopened its border crossing with Syria.", nil,
			[]string{"AMMAN=JO/"}, []string{"Sept"}},
	})
}

// TestAdvancingArmy checks that a town a demonym's army takes or advances
// on is read near that country, not in it: the Soviet name of a front
// town is not the big Russian city that bears it (our own sentence).
func TestAdvancingArmy(t *testing.T) {
	checkParseCases(t, []parseCase{
		{"Russian forces took control of Ugledar and pressed on toward Krasnoarmeysk, Artyomovsk and Dzerzhinsk, the ministry said.", nil,
			[]string{"Dzerzhinsk=UA/Donetsk", "Ugledar=UA/Donetsk"}, nil},
	})
}
