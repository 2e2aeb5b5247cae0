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
