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
