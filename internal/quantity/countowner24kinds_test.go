package quantity

import "testing"

// TestCountOwner24OfThemNearest: "N of them" after both a state's forces
// and the fighters they engaged stands for the nearer noun, the people the
// verb acted on, not the forces that acted (invented sentences; gold: an
// army's soldiers who engaged rebels "killing N of them").
func TestCountOwner24OfThemNearest(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"the fighters engaged", "Fighters of the Black Ridge Front raided a Zorvian village on Sunday. The Zorvian army said its soldiers had engaged the rebels at dawn, killing 14 of them.",
			[]claimCue{{"its soldiers had engaged the rebels at dawn, killing 14 of them", "said", "BLR"}}, ents,
			[]string{"14 of them|killed|14|killed|BRF|BLR"}},
		{"the soldiers alone", "Fighters of the Black Ridge Front raided a Zorvian base on Sunday. The Zorvian army said 30 soldiers had held the gate and that nine of them were wounded.",
			[]claimCue{{"30 soldiers had held the gate and that nine of them were wounded", "said", "BLR"}}, ents,
			[]string{"nine of them were wounded|wounded|9|wounded|BLR|BLR"}},
	})
}

// TestCountOwner24ReportedOur: "our" inside a claim told as a noun ("the
// claims of X that 30 of our soldiers were killed are lies") is the
// reporting voice's, here the party X fights, not X's; a claim told with a
// verb keeps its speaker's "our" (invented sentences; golds: a general
// command's and a ministry's statements rejecting the other side's claims
// about "our" soldiers and tanks).
func TestCountOwner24ReportedOur(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"a claim told as a noun", "Zorvian and Ruritanian troops fought along the river for a week. The claims of the Zorvian side that 30 of our soldiers were killed and dozens of our tanks destroyed are lies.",
			[]claimCue{{"30 of our soldiers were killed and dozens of our tanks destroyed", "claims", "BLR"}}, ents,
			[]string{"30 of our soldiers|killed|30|killed|MDA|BLR", "dozens of our tanks|tank|null|destroyed|MDA|BLR"}},
		{"a claim told with a verb", "Zorvian and Ruritanian troops fought along the river for a week. A Zorvian army spokesman said 30 of our soldiers were killed.",
			[]claimCue{{"30 of our soldiers were killed", "said", "BLR"}}, ents,
			[]string{"30 of our soldiers|killed|30|killed|BLR|BLR"}},
	})
}

// TestCountOwner24SideBefore: a toll told as a side's before its figures
// ("the toll on the X side is nine soldiers killed and 55 wounded") is that
// side's, both figures (invented sentences; gold: a general staff's
// provisional toll on its own side).
func TestCountOwner24SideBefore(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"the toll on the side", "Zorvian and Ruritanian troops fought along the river for a week. The provisional toll on the Ruritanian side is seven soldiers killed and 30 wounded.",
			nil, ents,
			[]string{"seven soldiers|killed|7|killed|MDA|", "30 wounded|wounded|30|wounded|MDA|"}},
		{"the toll had risen", "Zorvian and Ruritanian troops fought along the river for a week. The toll on the Zorvian side had risen to 12 killed.",
			nil, ents,
			[]string{"12 killed|killed|12|killed|BLR|"}},
	})
}

// TestCountOwner24PartyPlace: civilians whose sentence's only place lies
// in a state that takes no part in the story and that the sentence does
// not name (a namesake abroad) are the people of the story's country; a
// state the sentence names keeps them (invented sentences; gold: nomads
// wounded near a border garrison whose name the gazetteer matched to a
// French village).
func TestCountOwner24PartyPlace(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Kesh", "place:BY", ""}, {"Tarn", "place:BY", ""},
		{"Varen", "place:FR", ""}, {"France", "gpe", "FRA"}}
	checkCounts(t, []countCase{
		{"a namesake abroad", "Ruritanian troops shelled Kesh on Monday, the Zorvian army said. Ruritanian artillery also fired on the area of Varen, wounding four civilians. Tarn and Kesh were quiet on Tuesday.",
			[]claimCue{{"Ruritanian troops shelled Kesh on Monday", "said", "BLR"}}, ents,
			[]string{"four civilians|wounded|4|wounded|BLR|BLR"}},
		{"a state the sentence names", "Ruritanian troops shelled Kesh on Monday, the Zorvian army said. A stray shell hit Varen in France, wounding four civilians. Tarn and Kesh were quiet on Tuesday.",
			[]claimCue{{"Ruritanian troops shelled Kesh on Monday", "said", "BLR"}}, ents,
			[]string{"four civilians|wounded|4|wounded|FRA|BLR"}},
	})
}

// TestCountOwner24ClaimedDeed: materiel a party "claimed to have
// destroyed" is its enemy's, the other party its sentence names, though
// the parse reads that party as the doer; the speaker's own materiel told
// as damaged keeps the speaker (invented sentences; gold: a drone unit's
// video of a burning column and the vehicles it claimed to have
// destroyed).
func TestCountOwner24ClaimedDeed(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}}
	checkCounts(t, []countCase{
		{"claimed to have destroyed", "Zorvian and Ruritanian troops fought along the river for a week. A Zorvian drone unit posted a video it said showed a burning Ruritanian column and claimed to have destroyed three tanks and two trucks.",
			[]claimCue{{"showed a burning Ruritanian column and claimed to have destroyed three tanks and two trucks", "said", "BLR"}}, ents,
			[]string{"three tanks|tank|3|destroyed|MDA|BLR", "two trucks|vehicle|2|destroyed|MDA|BLR"}},
	})
}

// TestCountOwner24StateArrests: suspects a state's police say they
// arrested after an attack the story's armed group carried out are the
// group's, not the arresting state's own people (invented sentences; gold:
// a police statement on two suspects held after separatists attacked a
// convoy).
func TestCountOwner24StateArrests(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"the state tells of its arrests", "Fighters of the Black Ridge Front attacked a Zorvian convoy on Sunday. Zorvian police say two suspects have been arrested near the border.",
			[]claimCue{{"two suspects have been arrested near the border", "say", "BLR"}}, ents,
			[]string{"two suspects|captured|2|captured|BRF|BLR"}},
	})
}

// TestCountOwner24TravellingBody: members of a delegation or team killed
// abroad are of the state an earlier mention of the body names, not of the
// host state where they were hit (invented sentences; gold: a national
// team's delegation shot at in a host country's province).
func TestCountOwner24TravellingBody(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Kesh", "place:BY", ""}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"the delegation named before", "Fighters of the Black Ridge Front fired on a bus carrying the Ruritanian delegation near Kesh on Sunday. Two members of the delegation died of their wounds in Kesh.",
			nil, ents,
			[]string{"Two members|killed|2|killed|MDA|"}},
		{"no body named", "Fighters of the Black Ridge Front fired on a bus near Kesh on Sunday. Two passengers died of their wounds in Kesh.",
			nil, ents,
			[]string{"Two passengers|killed|2|killed|BLR|"}},
	})
}

// TestCountOwner24DisasterVictims: the people a storm or flood injures or
// leaves missing are the people of the country where it struck, by their
// sentence's place or the state body that counts them; a bare figure of a
// storm's dead stays no one's (invented sentences; gold: a cyclone's
// injured and missing counted by a disaster department).
func TestCountOwner24DisasterVictims(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Kesh", "place:BY", ""}}
	checkCounts(t, []countCase{
		{"the state body counts them", "A cyclone struck the coast on Tuesday. The Zorvian disaster department said falling walls injured 12 people.",
			[]claimCue{{"falling walls injured 12 people", "said", "BLR"}}, ents,
			[]string{"12 people|wounded|12|wounded|BLR|BLR"}},
		{"a place in the sentence", "Floods swept the region on Tuesday. Rescuers were looking for five people who went missing near Kesh.",
			nil, ents,
			[]string{"five people|missing|5|lost|BLR|"}},
	})
}

// TestCountOwner24HospitalWounded: soldiers a hospital treated are the
// soldiers of the state where it stands; a bare figure of wounded a
// hospital received, partly civilians, is no one's (invented sentences;
// golds: a military hospital's wounded soldiers, hospitals' wounded "most
// of them civilians" and "among them four civilians").
func TestCountOwner24HospitalWounded(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Kesh", "place:BY", ""}}
	checkCounts(t, []countCase{
		{"soldiers treated", "Zorvian and Ruritanian troops fought along the river for a week. Doctors at the military hospital in Kesh said they had treated 14 wounded soldiers.",
			nil, ents,
			[]string{"14 wounded soldiers|wounded|14|wounded|BLR|"}},
		{"partly civilians", "Zorvian and Ruritanian troops fought along the river for a week. The hospital in Kesh received 20 wounded, most of them civilians, a nurse said.",
			nil, ents,
			[]string{"20 wounded|wounded|20|wounded||"}},
	})
}
