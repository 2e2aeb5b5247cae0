package quantity

import "testing"

// TestCountOwner23DamagedMateriel: materiel a speaker tells of as damaged
// or hit, no one named as doing it, is the speaker's own; materiel
// destroyed in the passive is its own only when its words name a state's
// forces and a state tells of it in a fight with an armed group. Materiel
// its own words name, or that the speaker's forces destroyed, keeps the
// enemy's (invented sentences; golds: a transcript's damaged armoured
// vehicle, a federal command's damaged armour, air force planes hit and
// military vehicles set on fire by a cartel's gunmen).
func TestCountOwner23DamagedMateriel(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"damaged by a weapon no side holds", "Fighters of the Black Ridge Front attacked a Zorvian convoy on Sunday. The Zorvian army said one armoured vehicle was damaged by a rocket-propelled grenade.",
			[]claimCue{{"one armoured vehicle was damaged by a rocket-propelled grenade", "said", "BLR"}}, ents,
			[]string{"one armoured vehicle|armored_vehicle|1|damaged|BLR|BLR"}},
		{"damaged, its auxiliary left out", "Fighters of the Black Ridge Front shelled a Zorvian airfield on Sunday. The Zorvian army said a hangar had burned and four trucks damaged.",
			[]claimCue{{"a hangar had burned and four trucks damaged", "said", "BLR"}}, ents,
			[]string{"four trucks|vehicle|4|damaged|BLR|BLR"}},
		{"military vehicles set on fire", "Fighters of the Black Ridge Front attacked a Zorvian base on Sunday. Three military vehicles were set on fire, the Zorvian army said.",
			[]claimCue{{"Three military vehicles were set on fire", "said", "BLR"}}, ents,
			[]string{"Three military vehicles|vehicle|3|destroyed|BLR|BLR"}},
		{"destroyed in a war of two states stays the enemy's", "Zorvian and Ruritanian troops fought along the river for a week. Three military vehicles were destroyed, the Zorvian army said.",
			[]claimCue{{"Three military vehicles were destroyed", "said", "BLR"}}, ents,
			[]string{"Three military vehicles|vehicle|3|destroyed|MDA|BLR"}},
		{"the speaker's forces destroyed them", "Fighters of the Black Ridge Front attacked a Zorvian base on Sunday. The Zorvian army said it had damaged four trucks.",
			[]claimCue{{"it had damaged four trucks", "said", "BLR"}}, ents,
			[]string{"four trucks|vehicle|4|damaged|BRF|BLR"}},
	})
}

// TestCountOwner23Passengers: passengers whose sentence names no vehicle
// rode the one the story named last: a bus's or a train's are the people of
// the country where they were hit, a flight's or a ferry's of no one state
// (invented sentences; golds: a bus's wounded passengers at a hospital, a
// hijacked train's wounded passengers treated in a city).
func TestCountOwner23Passengers(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Kesh", "place:BY", ""}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"a bus named before", "Fighters of the Black Ridge Front attacked a bus near Kesh on Sunday. Doctors in Kesh said eight wounded passengers were being treated.",
			nil, ents,
			[]string{"eight wounded passengers|wounded|8|wounded|BLR|"}},
		{"a ferry named before", "A missile struck a ferry near Kesh on Sunday. Doctors in Kesh said eight wounded passengers were being treated.",
			nil, ents,
			[]string{"eight wounded passengers|wounded|8|wounded||"}},
	})
}

// TestCountOwner23WarTolls: a monitor's tally of the people killed "since
// the fighting intensified" holds every side's dead, however small, and so
// does a war that "left" thousands dead in the reporter's voice; a tally
// since a day, or a party's own, stays the victims' (invented sentences;
// golds: a UN office's toll in a region since fighting intensified, a
// background clause on an insurgency's dead over two decades).
func TestCountOwner23WarTolls(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Kesh", "place:BY", ""}, {"United Nations", "organization", "UNO"}}
	checkCounts(t, []countCase{
		{"since the fighting intensified", "Troops and rebels have fought around Kesh for weeks. The United Nations said at least 140 people had been killed in Kesh since the fighting intensified in March.",
			[]claimCue{{"at least 140 people had been killed in Kesh since the fighting intensified in March", "said", "UNO"}}, ents,
			[]string{"140 people|killed|140|killed||UNO"}},
		{"a war that left thousands dead", "Kesh is the last stronghold of a rebel movement whose war with the Zorvian state left some 30,000 people dead between 1980 and 2000.",
			nil, ents,
			[]string{"30,000 people|killed|30000|killed||"}},
	})
}

// TestCountOwner23NotOwnEnemies: people a speaker calls by an enemy's name,
// or that its own forces killed or took, are never its own losses, though
// the other rules give them to it; its soldiers and civilians, and people
// its first person names, stay its own (invented sentences; golds: a
// group's headline of "mercenaries" killed in an attack it repelled, an
// army's capture of its enemy's commanders).
func TestCountOwner23NotOwnEnemies(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"a group's 'mercenaries'", "Zorvian troops attacked the positions of the Black Ridge Front on Sunday. The Black Ridge Front said 27 mercenaries were killed when it repelled the attack.",
			[]claimCue{{"27 mercenaries were killed when it repelled the attack", "said", "BRF"}}, ents,
			[]string{"27 mercenaries|killed|27|killed|BLR|BRF"}},
		{"our own stay ours", "Zorvian troops attacked the positions of the Black Ridge Front on Sunday. The Black Ridge Front said four of our fighters were killed.",
			[]claimCue{{"four of our fighters were killed", "said", "BRF"}}, ents,
			[]string{"four of our fighters|killed|4|killed|BRF|BRF"}},
	})
}

// TestCountOwner23Origin: the place fire or attackers came from is not
// where their victims were hit (invented sentences; golds: shells fired
// from a neighbour killing people in a border town, attackers said to have
// come from a neighbour; battery countowner22: shelling from Afghanistan).
func TestCountOwner23Origin(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Kesh", "place:BY", ""}, {"Lem", "place:MD", ""}}
	checkCounts(t, []countCase{
		{"fired from a neighbour", "Ruritanian guns have massed at Lem for a week. Shells fired from Lem killed five people in Kesh on Sunday.",
			nil, ents,
			[]string{"five people|killed|5|killed|BLR|"}},
	})
}

// TestCountOwner23BackedForce: what a speaker's forces destroyed of an
// enemy its sentence names as a force "supported by" a state is the
// force's, not the backer's; where the backer is named as a party too, it
// keeps the rules' owner (invented sentences; gold: an army's statement of
// tanks destroyed in repelling groups a neighbour supports).
func TestCountOwner23BackedForce(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}, {"Ruritanian", "gpe", "MDA"}, {"Black Ridge Front", "group", "BRF"}}
	checkCounts(t, []countCase{
		{"a backed force's tanks", "Zorvian troops fought the Black Ridge Front near the border for a week. Zorvian units repelled an attack by the terrorist groups supported by the Ruritanian regime and destroyed four tanks, the army said.",
			[]claimCue{{"Zorvian units repelled an attack by the terrorist groups supported by the Ruritanian regime and destroyed four tanks", "said", "BLR"}}, ents,
			[]string{"four tanks|tank|4|destroyed|BRF|BLR"}},
	})
}
