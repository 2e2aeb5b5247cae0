package claim_test

import "testing"

// TestUnsidedStateSpeakers: a state's body or office that no other rule
// sides, in a story about two states, takes the state its possessor or
// its own words name, else, named bare, the state the story is filed
// from; a definite noun takes up the body named before it; rebels,
// opposition figures and people of no office stay unsided. Sentences
// invented.
func TestUnsidedStateSpeakers(t *testing.T) {
	two := "Guatemala and Belize traded accusations over the Sarstoon river. Guatemalan troops and Belizean soldiers faced each other on Tuesday. "
	runSpeakerCases(t, []speakerCase{
		{"a possessed body", two + "Belize's Coast Guard Authority said its boat had been blocked.", "said", "-", "BLZ", "-", "-"},
		{"the body's pronoun", two + "Belize's Coast Guard Authority said its boat had been blocked. It said the Guatemalan navy had fired flares.", "said", "-", "BLZ", "-", "-"},
		{"a demonym in the name", two + "The Belizean Defence Force Command said its patrol had turned back.", "said", "-", "BLZ", "-", "-"},
		{"a region's government", two + "The Toledo District government said fishermen had been stopped.", "said", "-", "BLZ", "-", "-"},
		{"a bare body under the dateline", "BELMOPAN — " + two + "The Coast Guard Command said two boats had been stopped.", "said", "-", "BLZ", "-", "-"},
		{"a bare title under the dateline", "GUATEMALA CITY — " + two + "The defence minister said the river was Guatemala's.", "said", "-", "GTM", "-", "-"},
		{"the definite noun takes up the body", "BELMOPAN — " + two + "Guatemala's Naval Command said the river was Guatemalan. The command said its boats would stay.", "said", "-", "GTM", "-", "-"},
		{"a rebel commander stays unsided", "BELMOPAN — " + two + "A rebel commander said his fighters had fired on a boat.", "said", "-", "", "-", "-"},
		{"a liberation army takes no state", "BELMOPAN — " + two + "The Sarstoon Liberation Army said its fighters had fired on a boat.", "said", "-", "SLA", "-", "-"}, // its initials since session 23 (three English words with an armed head)
		{"an opposition party stays unsided", "BELMOPAN — " + two + "The opposition party said the government had failed.", "said", "-", "", "-", "-"},
	})
}

// TestAppositeStateTitles: a person named in apposition after a state's
// title ("The Minister of Information, NAME,", "The national ombudsman,
// NAME,", "The chairman of X Local Government Area, NAME,") or with a
// hyphenated rank ("Lieutenant-Colonel NAME") speaks for the story's
// state, else the state it is filed from; a party's chairman stays
// unsided. Sentences invented.
func TestAppositeStateTitles(t *testing.T) {
	story := "Burundi's army fought the rebels near Bujumbura on Sunday. Burundi accused the rebels of crossing from the forest. Burundian troops held the town. "
	runSpeakerCases(t, []speakerCase{
		{"a minister before the name", story + "The Minister of Public Security, Martin Niteretse, said 12 rebels had been killed.", "said", "-", "BDI", "-", "-"},
		{"an ombudsman before the name", story + "The national ombudswoman, Aimee Ndayizeye, said families had fled.", "said", "-", "BDI", "-", "-"},
		{"a hyphenated rank", story + "The spokesman of the operations, Lieutenant-Colonel Gaspard Baratuza, said the town was calm.", "said", "-", "BDI", "-", "-"},
		{"a party's chairman stays unsided", story + "The chairman of the opposition party, Jean-Claude Bizimungu, said the vote had been stolen.", "said", "-", "", "-", "-"},
	})
}
