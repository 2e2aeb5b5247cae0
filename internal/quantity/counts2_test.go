package quantity

import "testing"

// TestCounts2Kinds holds general count kinds that wiregold7's first run
// missed, in invented sentences from other conflicts: "uncrewed aerial
// systems" (drones), a seafarer or mariner (a person), a clause "believed
// to be ..." set off by commas between the people and their state,
// "prisoners of war" (captured by the noun itself, not when swapped or
// freed), and "buried" people (killed; not those buried under rubble,
// who may be alive); "its" after the party that struck ("a Turkish strike
// that killed two of its commanders") is the speaker's; an "army vehicle"
// is the state's; a pick-up is a vehicle; "two of their vehicles" after
// "killed 40 militants" are the militants'; a colon after "losses" gives
// their list ("Russian army losses: 1,550 personnel, 12 tanks").
func TestCounts2Kinds(t *testing.T) {
	checkCounts(t, []countCase{
		{"uncrewed", "The frigate shot down three uncrewed aerial systems over the Red Sea.", nil, nil,
			[]string{"three uncrewed aerial systems|drone|3|shot_down||"}},
		{"uncrewed", "Coalition jets destroyed four unmanned aerial systems near Hodeidah.", nil, nil,
			[]string{"four unmanned aerial systems|drone|4|destroyed||"}},
		{"seafarer", "One seafarer remained unaccounted for after the attack on the bulk carrier.", nil, nil,
			[]string{"One seafarer|missing|1|lost||"}},
		{"mariner", "Two mariners were injured when the missile hit the bridge.", nil, nil,
			[]string{"Two mariners|wounded|2|wounded||"}},
		{"hedge clause", "One seafarer, believed to be in the engine room when the missile hit, was unaccounted for.", nil, nil,
			[]string{"One seafarer|missing|1|lost||"}},
		{"hedge clause", "Two fishermen, thought to have been on deck at the time of the blast, were killed.", nil, nil,
			[]string{"Two fishermen|killed|2|killed||"}},
		{"pow", "The Sudanese captain was among 30 prisoners of war shown in the video.", nil, nil,
			[]string{"30 prisoners|captured|30|captured||"}},
		{"pow swapped", "Russia and Ukraine swapped 95 prisoners of war each on Friday.", nil, nil, nil},
		{"prisoners escaped", "Twelve prisoners escaped from the jail.", nil, nil, nil},
		{"buried", "\"We buried twelve people this morning,\" a village elder said.", nil, nil,
			[]string{"twelve people|killed|12|killed||"}},
		{"buried", "Mourners buried the 20 victims in a mass grave.", nil, nil,
			[]string{"20 victims|killed|20|killed||"}},
		{"its after agent", "The Kurdish-led SDF said a Turkish drone strike that killed two of its commanders near Qamishli was a crime.",
			[]claimCue{{"a Turkish drone strike that killed two of its commanders near Qamishli was a crime", "said", "SDF"}}, nil,
			[]string{"two of its commanders|killed|2|killed|SDF|SDF"}},
		{"army vehicle", "Mali's defence ministry said the troops destroyed three pick-ups of the jihadists, while one army vehicle was damaged.",
			[]claimCue{{"the troops destroyed three pick-ups of the jihadists, while one army vehicle was damaged", "said", "MLI"}}, nil,
			[]string{"three pick-ups|vehicle|3|destroyed||MLI", "one army vehicle|vehicle|1|damaged|MLI|MLI"}},
		{"army trucks", "Rebels ambushed the convoy and burned two army trucks, the Congolese army said.",
			[]claimCue{{"Rebels ambushed the convoy and burned two army trucks", "said", "COD"}}, nil,
			[]string{"two army trucks|vehicle|2|destroyed|COD|COD"}},
		{"of their", "Boko Haram fighters stormed a Nigerian base near the lake. Chad's information minister Ali Saleh said the Chadian army and MNJTF troops had killed more than 40 militants during a counter-attack on Friday afternoon and destroyed two of their vehicles.",
			[]claimCue{{"the Chadian army and MNJTF troops had killed more than 40 militants during a counter-attack on Friday afternoon and destroyed two of their vehicles", "said", "TCD"}},
			[]entitySpec{{"Boko Haram", "org", "BOKOHARAM"}, {"MNJTF", "org", "NGA"}},
			[]string{"40 militants|killed|40|killed|BOKOHARAM|TCD", "two of their vehicles|vehicle|2|destroyed|BOKOHARAM|TCD"}},
		{"losses colon", "Israeli army losses in Gaza: 12 soldiers, 3 tanks and 4 armored vehicles over past week", nil, nil,
			[]string{"12 soldiers|killed|12|lost|ISR|", "3 tanks|tank|3|lost|ISR|", "4 armored vehicles|armored_vehicle|4|lost|ISR|"}},
		{"losses colon", "Losses: 1,200 personnel and 9 tanks.", nil, nil,
			[]string{"1,200 personnel|killed|1200|lost||", "9 tanks|tank|9|lost||"}},
		{"colon no losses", "Weapons seized: 12 rifles and 3 tanks.", nil, nil, []string{"3 tanks|tank|3|captured||"}},
		{"buried under", "Two people were buried under the rubble of the house.", nil, nil, nil},
	})
}
