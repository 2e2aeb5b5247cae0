package quantity

import "testing"

// Session 28 (counts2 lane): kinds of item and number misses on invented
// conflict wire (testdata/counts28), each with sentences of the lane's own;
// Zorvian (BLR) and Ruritanian (MDA) stand for any two states.

// TestCounts28MartyrsBeforeWounded: "martyrs" says its people were killed;
// a state after the next number ("46 martyrs and 113 wounded") is that
// number's. People whose noun says nothing take the state after the list.
// (Owners of civilians with no place are other rules' and left "" here.)
func TestCounts28MartyrsBeforeWounded(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"losses were martyrs and wounded", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said Zorvian losses were 46 martyrs and 113 wounded.",
			[]claimCue{{"Zorvian losses were 46 martyrs and 113 wounded", "said", "BLR"}}, ents,
			[]string{"46 martyrs|killed|46|killed|BLR|BLR", "113 wounded|wounded|113|wounded|BLR|BLR"}},
		{"martyrs and wounded arrived", "Zorvian and Ruritanian troops fought along the river for a week. Sixty martyrs and 20 wounded were brought to the Zorvian hospital, its director said.",
			[]claimCue{{"Sixty martyrs and 20 wounded were brought to the Zorvian hospital", "said", ""}}, ents,
			[]string{"Sixty martyrs|killed|60|killed||", "20 wounded|wounded|20|wounded||"}},
		{"soldiers and civilians wounded", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian defence ministry said 12 Zorvian soldiers and 30 civilians were wounded.",
			[]claimCue{{"12 Zorvian soldiers and 30 civilians were wounded", "said", "BLR"}}, ents,
			[]string{"12 Zorvian soldiers|wounded|12|wounded|BLR|BLR", "30 civilians|wounded|30|wounded||BLR"}},
	})
}

// TestCounts28KilledFirstOfAlternatives: "killed, wounded or captured N" is
// a figure of losses of any kind, counted as killed (as "killed or
// wounded N" is); a list that does not open with "killed" keeps its verb.
func TestCounts28KilledFirstOfAlternatives(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"killed, wounded or captured", "Zorvian and Ruritanian troops fought along the river for a week. Zorvian radio said its forces had killed, wounded or captured 5,300 Ruritanian troops.",
			[]claimCue{{"its forces had killed, wounded or captured 5,300 Ruritanian troops", "said", "BLR"}}, ents,
			[]string{"5,300 Ruritanian troops|killed|5300|killed|MDA|BLR"}},
		{"killed, injured or abducted", "Zorvian and Ruritanian troops fought along the river for a week. The Ruritanian army said the raiders had killed, injured or abducted 40 Ruritanian soldiers.",
			[]claimCue{{"the raiders had killed, injured or abducted 40 Ruritanian soldiers", "said", "MDA"}}, ents,
			[]string{"40 Ruritanian soldiers|killed|40|killed|MDA|MDA"}},
		{"wounded or captured", "Zorvian and Ruritanian troops fought along the river for a week. Zorvian radio said its forces had wounded or captured 70 Ruritanian soldiers.",
			[]claimCue{{"its forces had wounded or captured 70 Ruritanian soldiers", "said", "BLR"}}, ents,
			[]string{"70 Ruritanian soldiers|captured|70|captured|MDA|BLR"}},
		{"captured alone", "Zorvian and Ruritanian troops fought along the river for a week. Zorvian radio said its forces had captured 300 Ruritanian soldiers.",
			[]claimCue{{"its forces had captured 300 Ruritanian soldiers", "said", "BLR"}}, ents,
			[]string{"300 Ruritanian soldiers|captured|300|captured|MDA|BLR"}},
	})
}

// TestCounts28SpeakerWithPlace: a person counted by "a"/"an" who speaks
// after a phrase naming where ("a Western diplomat in Zorvograd said") is
// the teller, not a victim.
func TestCounts28SpeakerWithPlace(t *testing.T) {
	ents := []entitySpec{{"Zorvograd", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"diplomat in a city", "Three Ruritanian soldiers were killed when their post was shelled on Thursday, a Western diplomat in Zorvograd said.",
			[]claimCue{{"Three Ruritanian soldiers were killed when their post was shelled on Thursday", "said", ""}}, ents,
			[]string{"Three Ruritanian soldiers|killed|3|killed|MDA|"}},
		{"a soldier in a city was killed", "Ruritanian officials said a soldier in Zorvograd was killed on Thursday.",
			[]claimCue{{"a soldier in Zorvograd was killed on Thursday", "said", "MDA"}}, ents,
			[]string{"a soldier|killed|1|killed|MDA|MDA"}},
	})
}

// TestCounts28OfficerAndHisMen: an officer named alone before soldiers
// whose words name their party ("a colonel and 12 Ruritanian soldiers")
// are one unit's loss, of that party; a civilian or fighters of another
// kind stay a count of their own.
func TestCounts28OfficerAndHisMen(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"colonel and soldiers", "Zorvian and Ruritanian troops fought along the river for a week. A colonel and 12 Ruritanian soldiers were killed when their position was overrun, the Ruritanian army said.",
			[]claimCue{{"A colonel and 12 Ruritanian soldiers were killed when their position was overrun", "said", "MDA"}}, ents,
			[]string{"A colonel and 12 Ruritanian soldiers|killed|13|killed|MDA|MDA"}},
		{"journalist and soldiers", "Zorvian and Ruritanian troops fought along the river for a week. A journalist and 12 Ruritanian soldiers were wounded, the Ruritanian army said.",
			[]claimCue{{"A journalist and 12 Ruritanian soldiers were wounded", "said", "MDA"}}, ents,
			[]string{"A journalist|wounded|1|wounded||MDA", "12 Ruritanian soldiers|wounded|12|wounded|MDA|MDA"}},
	})
}

// TestCounts28SpeakersLosses: a toll noun the speaker's possessive names
// ("its own losses were 18 martyrs", "our losses stood at 40 dead") is the
// teller's, not the state of the dateline's city.
func TestCounts28SpeakersLosses(t *testing.T) {
	ents := []entitySpec{{"ZORVOGRAD", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"its own losses", "ZORVOGRAD - The Black Ridge Front said its guerrillas had killed 320 Ruritanian soldiers. Its own losses were 18 martyrs, it said.",
			[]claimCue{{"its guerrillas had killed 320 Ruritanian soldiers", "said", "BRF"}, {"Its own losses were 18 martyrs", "said", "BRF"}}, ents,
			[]string{"320 Ruritanian soldiers|killed|320|killed|MDA|BRF", "18 martyrs|killed|18|lost|BRF|BRF"}},
		{"another's losses", "ZORVOGRAD - The Black Ridge Front said its guerrillas had killed 320 Ruritanian soldiers. Ruritanian losses were 320 martyrs, it said.",
			[]claimCue{{"its guerrillas had killed 320 Ruritanian soldiers", "said", "BRF"}, {"Ruritanian losses were 320 martyrs", "said", "BRF"}}, ents,
			[]string{"320 Ruritanian soldiers|killed|320|killed|MDA|BRF", "320 martyrs|killed|320|lost|MDA|BRF"}},
	})
}

// TestCounts28MoreOfMateriel: "N more" taken right after a materiel count
// are more of its machines ("destroyed seven armoured personnel carriers
// and captured three more near the bridge"); after a people count they
// stay captives.
func TestCounts28MoreOfMateriel(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"tanks and more", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said it had destroyed 17 Ruritanian tanks and captured four more.",
			[]claimCue{{"it had destroyed 17 Ruritanian tanks and captured four more", "said", "BLR"}}, ents,
			[]string{"17 Ruritanian tanks|tank|17|destroyed|MDA|BLR", "four more|tank|4|captured|MDA|BLR"}},
		{"more near a place", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said it had destroyed seven Ruritanian armoured personnel carriers and captured three more near the bridge.",
			[]claimCue{{"it had destroyed seven Ruritanian armoured personnel carriers and captured three more near the bridge", "said", "BLR"}}, ents,
			[]string{"seven Ruritanian armoured personnel carriers|armored_vehicle|7|destroyed|MDA|BLR", "three more|armored_vehicle|3|captured|MDA|BLR"}},
		{"soldiers and more", "Zorvian and Ruritanian troops fought along the river for a week. The Zorvian army said it had killed 40 Ruritanian soldiers and captured 12 more.",
			[]claimCue{{"it had killed 40 Ruritanian soldiers and captured 12 more", "said", "BLR"}}, ents,
			[]string{"40 Ruritanian soldiers|killed|40|killed|MDA|BLR", "12 more|captured|12|captured|MDA|BLR"}},
	})
}

// TestCounts28TollOpensHeading: a toll noun that opens a live blog's
// heading ("14:55 — Toll rises to 155", "toll of academy strike rises to
// 30" after a source's colon) with a verb of rising, after an attack or a
// count of dead, is a count of the dead; a toll of another kind ("Toll
// rises" in a business story, a road toll) is none. (The toll's owner, the
// place's state, is the place stage's; no places are given here.)
func TestCounts28TollOpensHeading(t *testing.T) {
	ents := []entitySpec{{"Zorvograd", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"time stamp and dash", "A missile struck a market in Zorvograd on Monday, killing 15 people, officials said.\n\n14:55 — Toll rises to 155\n\nRescuers were still searching the rubble.",
			[]claimCue{{"A missile struck a market in Zorvograd on Monday, killing 15 people", "said", "BLR"}}, ents,
			[]string{"15 people|killed|15|killed|BLR|BLR", "155|killed|155|killed||"}},
		{"after a source's colon", "A missile struck a market in Zorvograd on Monday, killing 15 people, officials said.\n\nHealth ministry: toll of market strike rises to 30\n\nRescuers were still searching the rubble.",
			[]claimCue{{"A missile struck a market in Zorvograd on Monday, killing 15 people", "said", "BLR"}}, ents,
			[]string{"15 people|killed|15|killed|BLR|BLR", "30|killed|30|killed||"}},
		{"no attack before", "Traffic on the Zorvograd ring road grew again this year.\n\nToll rises to 155\n\nDrivers will pay more from March.",
			nil, ents, nil},
	})
}
