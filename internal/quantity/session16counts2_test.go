package quantity

import "testing"

// TestPatronGroupIsNoOwner holds a story whose one named group is named
// only as another group's patron ("linked to", "a shadow group of"): that
// name says nothing of whose the unnamed fighters are, while the group it
// patronises, where named, still owns them (invented sentences).
func TestPatronGroupIsNoOwner(t *testing.T) {
	checkCounts(t, []countCase{
		{"patron beside the group", "Fighters of JNIM, which is linked to al-Qaeda, stormed an army post near Djenne on Sunday. The army said its troops killed 30 assailants before the attackers withdrew.",
			[]claimCue{{"its troops killed 30 assailants", "said", "MLI"}},
			[]entitySpec{{"JNIM", "group", "JNIM"}, {"al-Qaeda", "group", "ALQAEDA"}},
			[]string{"30 assailants|killed|30|killed|JNIM|MLI"}},
		{"patron alone", "Troops killed two infiltrators near the border fence, the army said. Last month a patrol was ambushed near Poonch; the People's Front, a shadow group of the Lashkar-e-Taiba, said it carried out that attack.",
			[]claimCue{{"Troops killed two infiltrators near the border fence", "said", "IND"}},
			[]entitySpec{{"Lashkar-e-Taiba", "group", "LET"}},
			[]string{"two infiltrators|killed|2|killed||IND"}},
	})
}

// TestPassiveMaterielOnTheTally holds materiel a speaker tells of in the
// passive, with no one named as doing it, right after a people count of
// the same claim: it goes with those people, the speaker's own losses or
// the enemy's (invented sentences).
func TestPassiveMaterielOnTheTally(t *testing.T) {
	checkCounts(t, []countCase{
		{"own losses", "The defence ministry said nine of its soldiers had been killed and that a transport helicopter had been shot down near Kolda.",
			[]claimCue{{"nine of its soldiers had been killed and that a transport helicopter had been shot down near Kolda", "said", "SEN"}}, nil,
			[]string{"nine of its soldiers|killed|9|killed|SEN|SEN", "a transport helicopter|helicopter|1|shot_down|SEN|SEN"}},
		{"enemy losses", "The army said 14 Russian soldiers were taken prisoner and three tanks were destroyed in the counter-attack.",
			[]claimCue{{"14 Russian soldiers were taken prisoner and three tanks were destroyed in the counter-attack", "said", "UKR"}}, nil,
			[]string{"14 Russian soldiers|captured|14|captured|RUS|UKR", "three tanks|tank|3|destroyed|RUS|UKR"}},
	})
}

// TestTheRebelsLost holds "the rebels had lost N men" in the account of
// an armed group's spokesman, in a story that names several groups: the
// speaker's own fighters, not its enemy's (invented sentences).
func TestTheRebelsLost(t *testing.T) {
	checkCounts(t, []countCase{
		{"group's own", "Government troops and the Mai-Mai militias fought the RDF near Rutshuru. An RDF spokesman said the army's account was false and that the rebels had lost five men in the week.",
			[]claimCue{{"the army's account was false and that the rebels had lost five men in the week", "said", "RDF"}},
			[]entitySpec{{"Mai-Mai", "group", "MAIMAI"}, {"RDF", "group", "RDF"}, {"army", "military", "COD"}, {"Government troops", "military", "COD"}},
			[]string{"five men|killed|5|lost|RDF|RDF"}},
	})
}

// TestFightersLinkedToAGroup holds unnamed fighters "linked to" a group:
// they are that group's, the name no patron of another (invented
// sentences).
func TestFightersLinkedToAGroup(t *testing.T) {
	checkCounts(t, []countCase{
		{"linked fighters", "Gunmen linked to the Islamic State raided a village near Ansongo on Friday. The army said soldiers killed 12 militants in a counterattack.",
			[]claimCue{{"soldiers killed 12 militants in a counterattack", "said", "MLI"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"12 militants|killed|12|killed|ISIS|MLI"}},
		{"sentence-initial", "Fighters linked to the Islamic State burned a market near Ansongo on Friday. The army said soldiers killed 12 militants in a counterattack.",
			[]claimCue{{"soldiers killed 12 militants in a counterattack", "said", "MLI"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"12 militants|killed|12|killed|ISIS|MLI"}},
	})
}

// TestListMembersWithTheNounLeftOut holds a list whose later members leave
// out the noun and verb of the first ("30 drones were shot down over A,
// 12 over B and five over C"): each member counts the same item with the
// same outcome, owner and claim (invented sentences).
func TestListMembersWithTheNounLeftOut(t *testing.T) {
	checkCounts(t, []countCase{
		{"regions", "The ministry said 30 Ukrainian drones were shot down over the Kursk region, 12 over the Bryansk region and five over the Oryol region.",
			[]claimCue{{"30 Ukrainian drones were shot down over the Kursk region, 12 over the Bryansk region and five over the Oryol region", "said", "RUS"}}, nil,
			[]string{"30 Ukrainian drones|drone|30|shot_down|UKR|RUS", "12|drone|12|shot_down|UKR|RUS", "five|drone|5|shot_down|UKR|RUS"}},
		{"places", "Air defences destroyed nine Russian drones over Odesa and four over Mykolaiv, the air force said.",
			[]claimCue{{"Air defences destroyed nine Russian drones over Odesa and four over Mykolaiv", "said", "UKR"}}, nil,
			[]string{"nine Russian drones|drone|9|destroyed|RUS|UKR", "four|drone|4|destroyed|RUS|UKR"}},
	})
}

// TestTheDronesReferBack holds "the drones" / "the drone" downed after the
// materiel was told with its number and not counted ("attacked the town
// with three drones", "one of its drones had landed"): the count takes
// that number; the plural needs more than one, and a mention counted
// already is not counted again (invented sentences).
func TestTheDronesReferBack(t *testing.T) {
	checkCounts(t, []countCase{
		{"plural", "The governor said the militia attacked Taiz with a missile and three explosive-laden drones, adding that air defences downed the drones before they reached the city.",
			[]claimCue{{"the militia attacked Taiz with a missile and three explosive-laden drones, adding that air defences downed the drones before they reached the city", "said", "YEM"}},
			[]entitySpec{{"militia", "group", "HOUTHIS"}},
			[]string{"the drones|drone|3|shot_down|HOUTHIS|YEM"}},
		{"singular", "The army said one of its drones had come down near Kidal because of a fault. A rebel spokesman said the fighters had shot down the drone over Anefis.",
			[]claimCue{{"one of its drones had come down near Kidal because of a fault", "said", "MLI"}, {"the fighters had shot down the drone over Anefis", "said", "CSP"}},
			[]entitySpec{{"army", "military", "MLI"}},
			[]string{"the drone|drone|1|shot_down|MLI|CSP"}},
		// counted where first told: not again
		{"counted", "Air defences shot down two Ukrainian drones over Belgorod, the ministry said. The drones were launched from Kharkiv.",
			[]claimCue{{"Air defences shot down two Ukrainian drones over Belgorod", "said", "RUS"}}, nil,
			[]string{"two Ukrainian drones|drone|2|shot_down|UKR|RUS"}},
		// what the drone did, or a verb of another clause
		{"subject", "The army said a drone of the militia crossed the border at dawn. A farmer who saw the market when it was hit said the drone hit the roof of a shop.",
			[]claimCue{{"a drone of the militia crossed the border at dawn", "said", "YEM"}, {"the drone hit the roof of a shop", "said", ""}},
			[]entitySpec{{"militia", "group", "HOUTHIS"}}, nil},
		// singular after a number above one: no reference
		{"number", "The militia launched four drones at the base on Monday. Soldiers later shot down the drone that flew over the camp.",
			nil, []entitySpec{{"militia", "group", "HOUTHIS"}},
			nil},
	})
}

// TestMerchantCrew holds the crew of a merchant ship hit in an attack: of
// many nations, no party's, unless their own words name one; a navy's
// crew stays its state's (invented sentences).
func TestMerchantCrew(t *testing.T) {
	checkCounts(t, []countCase{
		{"bulk carrier", "A drone boat struck a Panama-flagged bulk carrier off Mokha on Monday, killing two crew members, the U.S. military said.",
			[]claimCue{{"A drone boat struck a Panama-flagged bulk carrier off Mokha on Monday, killing two crew members", "said", "USA"}}, nil,
			[]string{"two crew members|killed|2|killed||USA"}},
		{"missing", "A missile hit a tanker in the Gulf of Aden on Friday. Three sailors were missing after the attack, the agency said.",
			[]claimCue{{"Three sailors were missing after the attack", "said", "GBR"}}, nil,
			[]string{"Three sailors|missing|3|lost||GBR"}},
		{"nationality", "A missile hit a tanker in the Gulf of Aden on Friday, killing two Indian sailors, the agency said.",
			[]claimCue{{"A missile hit a tanker in the Gulf of Aden on Friday, killing two Indian sailors", "said", "GBR"}}, nil,
			[]string{"two Indian sailors|killed|2|killed|IND|GBR"}},
		{"warship", "Ukrainian sea drones struck a Russian landing ship off the Crimean coast, killing nine sailors, the navy said.",
			[]claimCue{{"Ukrainian sea drones struck a Russian landing ship off the Crimean coast, killing nine sailors", "said", "UKR"}}, nil,
			[]string{"nine sailors|killed|9|killed|RUS|UKR"}},
	})
}

// TestSlashPairOwner holds fighters named by two groups joined by a slash
// ("PKK/YPG"): the one that speaks in the story, where only one does
// (invented sentences).
func TestSlashPairOwner(t *testing.T) {
	checkCounts(t, []countCase{
		{"speaking part", "The ministry said troops neutralized 14 PKK/YPG terrorists near Tal Rifaat. The SDF said its fighters had repelled the attack.",
			[]claimCue{{"troops neutralized 14 PKK/YPG terrorists near Tal Rifaat", "said", "TUR"}, {"its fighters had repelled the attack", "said", "SDF"}},
			[]entitySpec{{"PKK", "group", "PKK"}, {"YPG", "group", "SDF"}, {"SDF", "group", "SDF"}},
			[]string{"14 PKK/YPG terrorists|killed|14|killed|SDF|TUR"}},
		{"neither speaks", "The ministry said troops neutralized 14 PKK/YPG terrorists near Tal Rifaat.",
			[]claimCue{{"troops neutralized 14 PKK/YPG terrorists near Tal Rifaat", "said", "TUR"}},
			[]entitySpec{{"PKK", "group", "PKK"}, {"YPG", "group", "SDF"}},
			[]string{"14 PKK/YPG terrorists|killed|14|killed|PKK|TUR"}},
	})
}

// TestMaterielOfTheTerroristOrganization holds materiel "belonging to the
// terrorist organization", and the list members before it: the story's
// armed group's, as for "of the assailants" (invented sentences).
func TestMaterielOfTheTerroristOrganization(t *testing.T) {
	checkCounts(t, []countCase{
		{"list", "Islamic State fighters attacked an army post near Menaka. The ministry said the army destroyed three pick-ups and a mortar belonging to the terrorist organization.",
			[]claimCue{{"the army destroyed three pick-ups and a mortar belonging to the terrorist organization", "said", "MLI"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"three pick-ups|vehicle|3|destroyed|ISIS|MLI", "a mortar|artillery|1|destroyed|ISIS|MLI"}},
		// another clause's object: not the list's
		{"clause", "Islamic State fighters attacked an army post near Menaka. The ministry said one army truck was damaged and soldiers destroyed two pick-ups of the terrorist group.",
			[]claimCue{{"one army truck was damaged and soldiers destroyed two pick-ups of the terrorist group", "said", "MLI"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}},
			[]string{"one army truck|vehicle|1|damaged|MLI|MLI", "two pick-ups|vehicle|2|destroyed|ISIS|MLI"}},
	})
}

// TestAmongTheDeadShare holds "Among the dead are N X" after a toll: a
// part of that toll with its owner, and a noun phrase that goes on past
// "responsible for ..." (invented sentences).
func TestAmongTheDeadShare(t *testing.T) {
	checkCounts(t, []countCase{
		{"share", "The army said 40 al-Shabaab fighters were killed near Bulo Burte. Among the dead are two commanders responsible for the ambush on the convoy, the army said.",
			[]claimCue{{"40 al-Shabaab fighters were killed near Bulo Burte", "said", "SOM"}, {"Among the dead are two commanders responsible for the ambush on the convoy", "said", "SOM"}},
			[]entitySpec{{"al-Shabaab", "group", "ALSHABAB"}},
			[]string{"40 al-Shabaab fighters|killed|40|killed|ALSHABAB|SOM", "two commanders|killed|2|killed|ALSHABAB|SOM"}},
	})
}
