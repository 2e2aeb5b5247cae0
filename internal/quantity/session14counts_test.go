package quantity

import "testing"

// TestWholeWarToll holds the toll of a war as a whole, as a monitor or the
// reporter counts it: thousands of "people" a war or its fighting killed
// are the dead of every side, no one party's; a party that counts them
// counts its own, and civilians, smaller tolls and the dead of gang
// violence stay the victims of the state where they were hit (invented
// sentences).
func TestWholeWarToll(t *testing.T) {
	checkCounts(t, []countCase{
		{"perfect", "The insurgency in Tigray province has killed more than 6,000 people since 2019.", nil,
			[]entitySpec{{"Tigray", "place:ET", ""}},
			[]string{"6,000 people|killed|6000|killed||"}},
		{"relative clause", "The conflict in Cabo Delgado, which broke out in 2017 and which several armed groups have claimed a part of, has killed over 4,000 people, according to a monitoring group.",
			[]claimCue{{"The conflict in Cabo Delgado, which broke out in 2017 and which several armed groups have claimed a part of, has killed over 4,000 people", "according to", "UNO"}},
			[]entitySpec{{"Cabo Delgado", "place:MZ", ""}},
			[]string{"4,000 people|killed|4000|killed||UNO"}},
		{"vague thousands", "The violence in Darfur has killed tens of thousands of people and displaced millions, according to the UN.",
			[]claimCue{{"The violence in Darfur has killed tens of thousands of people and displaced millions", "according to", "UNO"}},
			[]entitySpec{{"Darfur", "place:SD", ""}},
			[]string{"tens of thousands of people|killed|null|killed||UNO"}},
		{"in the fighting", "The UN says at least 2,500 people were killed in the fighting for Bukavu.",
			[]claimCue{{"at least 2,500 people were killed in the fighting for Bukavu", "says", "UNO"}},
			[]entitySpec{{"Bukavu", "place:CD", ""}},
			[]string{"2,500 people|killed|2500|killed||UNO"}},
		{"most of them fighters", "Since March, shelling across the frontier has killed more than 300 people in Idlib, most of them fighters.", nil,
			[]entitySpec{{"Idlib", "place:SY", ""}},
			[]string{"300 people|killed|300|killed||"}},
		// a party counts its own dead
		{"party's toll", "The ministry said 20,000 people had been killed in the war in Gaza.",
			[]claimCue{{"20,000 people had been killed in the war in Gaza", "said", "PSE"}},
			[]entitySpec{{"Gaza", "place:PS", ""}},
			[]string{"20,000 people|killed|20000|killed|PSE|PSE"}},
		// civilians, a smaller toll and gang violence: the state's
		{"civilians", "The war in Tigray has killed more than 2,000 civilians since 2020.", nil,
			[]entitySpec{{"Tigray", "place:ET", ""}},
			[]string{"2,000 civilians|killed|2000|killed|ETH|"}},
		{"small", "The fighting in Tigray has killed 40 people since Monday.", nil,
			[]entitySpec{{"Tigray", "place:ET", ""}},
			[]string{"40 people|killed|40|killed|ETH|"}},
		{"gang violence", "More than 1,500 people were killed in gang violence in Port-au-Prince this year.", nil,
			[]entitySpec{{"Port-au-Prince", "place:HT", ""}},
			[]string{"1,500 people|killed|1500|killed|HTI|"}},
	})
}

// TestSoleStateSoldiers holds soldiers whom no word of their sentence
// places or names, in a story of one state's war against an armed group at
// home: they are that state's. A war between two states, or soldiers the
// group says it killed, are left to the rules before (invented sentences).
func TestSoleStateSoldiers(t *testing.T) {
	checkCounts(t, []countCase{
		{"headline", "Six Soldiers Killed In Convoy Ambush\n\nSeparatist fighters attacked an army convoy near Bamenda and Kumba on Monday, the army said.",
			[]claimCue{{"Separatist fighters attacked an army convoy near Bamenda and Kumba on Monday", "said", "CMR"}},
			[]entitySpec{{"Bamenda", "place:CM", ""}, {"Kumba", "place:CM", ""}, {"Separatist fighters", "group", "AMBAZONIA"}},
			[]string{"Six Soldiers|killed|6|killed|CMR|"}},
		{"the wounded soldiers", "Guerrillas fired on a patrol near Davao and Cotabato on Sunday, the brigade said.\n\nThe three wounded soldiers were flown to a military hospital.",
			[]claimCue{{"Guerrillas fired on a patrol near Davao and Cotabato on Sunday", "said", "PHL"}},
			[]entitySpec{{"Davao", "place:PH", ""}, {"Cotabato", "place:PH", ""}, {"Guerrillas", "group", "NPA"}},
			[]string{"three wounded soldiers|wounded|3|wounded|PHL|"}},
		// the group's claim: the soldiers it killed are its enemy's
		{"group speaks", "The rebels said they ambushed a convoy near Davao and Cotabato and killed 12 soldiers.",
			[]claimCue{{"they ambushed a convoy near Davao and Cotabato and killed 12 soldiers", "said", "NPA"}},
			[]entitySpec{{"Davao", "place:PH", ""}, {"Cotabato", "place:PH", ""}},
			[]string{"12 soldiers|killed|12|killed|PHL|NPA"}},
		// two states at war: no one state of the story
		{"two states", "Azerbaijani forces shelled the border villages, the ministry said.\n\nFour soldiers were wounded.",
			[]claimCue{{"Azerbaijani forces shelled the border villages", "said", "ARM"}},
			[]entitySpec{{"Azerbaijani", "gpe", "AZE"}},
			[]string{"Four soldiers|wounded|4|wounded||"}},
	})
}

// TestPartsOfAWhole holds a part of a whole counted just before it in the
// same phrase, after "including" or "among them": some of the same people
// or machines, no second count (the convention the wire golds state since
// wiregold2). A share told in a clause of its own, the next people after
// the part, and a part of another item than its whole stay counts
// (invented sentences).
func TestPartsOfAWhole(t *testing.T) {
	checkCounts(t, []countCase{
		{"including", "A drone strike on the market in Kassala killed 14 people, including three children.", nil,
			[]entitySpec{{"Kassala", "place:SD", ""}},
			[]string{"14 people|killed|14|killed|SDN|"}},
		{"among them", "Twenty fighters were captured near Marib, among them a field commander, the army said.",
			[]claimCue{{"Twenty fighters were captured near Marib, among them a field commander", "said", "YEM"}},
			[]entitySpec{{"Marib", "place:YE", ""}},
			[]string{"Twenty fighters|captured|20|captured||YEM"}},
		{"materiel", "The ministry said its forces destroyed four tanks, including two T-72s, near Avdiivka.",
			[]claimCue{{"its forces destroyed four tanks, including two T-72s, near Avdiivka", "said", "RUS"}},
			[]entitySpec{{"Avdiivka", "place:UA", ""}},
			[]string{"four tanks|tank|4|destroyed||RUS"}},
		// the people after the part are others, not a part
		{"and others", "Shelling killed five people in Kherson, including a nurse, and nine others were wounded.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}},
			[]string{"five people|killed|5|killed|UKR|", "nine others|wounded|9|wounded|UKR|"}},
		{"next count", "The ombudsman said at least 40 people, including eight civilians, had been killed and more than 150 wounded.",
			[]claimCue{{"at least 40 people, including eight civilians, had been killed and more than 150 wounded", "said", "SDN"}}, nil,
			[]string{"40 people|killed|40|killed||SDN", "150 wounded|wounded|150|wounded||SDN"}},
		// a part without commas: the whole reaches its verb past it
		{"no commas", "Five soldiers including a major were killed in the ambush near Gao, officials said.",
			[]claimCue{{"Five soldiers including a major were killed in the ambush near Gao", "said", ""}},
			[]entitySpec{{"Gao", "place:ML", ""}},
			[]string{"Five soldiers|killed|5|killed||"}},
	})
}
