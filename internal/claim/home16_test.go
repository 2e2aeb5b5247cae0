package claim_test

import "testing"

// TestHomeStateUnnamedOfficials: a story filed from a town of one of its
// two parties names the other party more often (as the attacker), but its
// unnamed officials are the home state's; a story filed from a bureau
// abroad, whose state it names once, keeps the state it is about.
func TestHomeStateUnnamedOfficials(t *testing.T) {
	clash := "Azerbaijani forces used mortars and drones, and Azerbaijan's army later said it had responded to provocations. " +
		"Baku blamed Armenia for the clash.\n\nAzerbaijan's Defence Ministry said its positions came under fire first. Armenia's government called for calm."
	home := "GORIS: Two Armenian soldiers were killed on Tuesday when Azerbaijani troops shelled border posts near the town, officials said.\n\n" + clash
	spokesman := "GORIS: Azerbaijani troops shelled border posts near the town on Tuesday, a defence spokesman told reporters.\n\n" + clash
	abroad := "NAIROBI, May 3 (Reuters) - Somali forces killed 30 militants in an operation in Somalia's Middle Shabelle region, officials said.\n\n" +
		"Somalia's army said the fighters belonged to al Shabaab. Somali troops seized two villages, and Somalia's information minister praised them."
	runSpeakerCases(t, []speakerCase{
		{"home town dateline, officials", home, "said", "officials", "ARM", "assert", "-"},
		{"home town dateline, untitled spokesman", spokesman, "told", "defence spokesman", "ARM", "assert", "-"},
		{"bureau abroad keeps the story's state", abroad, "said", "officials", "SOM", "assert", "-"},
	})
}
