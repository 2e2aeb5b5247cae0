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
