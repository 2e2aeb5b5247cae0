package quantity

import "testing"

// TestSetOffAfterOfPhrase holds people named with an of-phrase and then
// words set off by commas before their verb: a part after "including" or
// "among them" (also with a possessive, "among them his two sons") or an
// appositive of names; the whole is counted with the verb past them, the
// part is no second count. A speaker's name set off after "one of the
// victims" is no appositive before a state (invented sentences).
func TestSetOffAfterOfPhrase(t *testing.T) {
	checkCounts(t, []countCase{
		{"among them", "Six members of the Haddad family, among them his three sons, were killed when a shell struck their home in Zarqa.", nil, nil,
			[]string{"Six members|killed|6|killed||"}},
		{"including", "Four members of the crew, including the captain, were wounded when the ferry hit a mine.", nil, nil,
			[]string{"Four members|wounded|4|wounded||"}},
		{"possessive part", "Seven relatives, among them her two nephews, were killed in the raid on Kafr Sousa.", nil, nil,
			[]string{"Seven relatives|killed|7|killed||"}},
		{"names", "Three officers of the border guard, Captain Omar Sadiq, Lieutenant Ravi Anand and Sergeant Li Wei, died in the ambush.", nil, nil,
			[]string{"Three officers|killed|3|killed||"}},
		// a speaker's name after the of-phrase: not the count's verb
		{"speaker", "The father of one of the hostages, Amos Keret, said gunmen also killed two guards at the gate.", nil, nil,
			[]string{"two guards|killed|2|killed||"}},
	})
}

// TestFellAndBodies holds two ways of telling the dead: soldiers who "fell"
// in battle, and the bodies of people received or recovered at the head of
// a list whose last member is the wounded (invented sentences).
func TestFellAndBodies(t *testing.T) {
	checkCounts(t, []countCase{
		{"fell in combat", "Nine gendarmes fell in combat and 14 others were wounded near Dori.", nil, nil,
			[]string{"Nine gendarmes|killed|9|killed||", "14 others|wounded|14|wounded||"}},
		{"weapons in hand", "Eleven soldiers fell with weapons in hand during the assault.", nil, nil,
			[]string{"Eleven soldiers|killed|11|killed||"}},
		{"battlefield", "Twenty volunteers fell on the battlefield last week.", nil, nil,
			[]string{"Twenty volunteers|killed|20|killed||"}},
		// "fell" of a town or of prices counts no one
		{"town fell", "The town fell in battle after 12 days of siege.", nil, nil, nil},
		{"bodies and wounded", "The clinic in Sirte received the bodies of four fighters and 30 wounded on Friday.", nil, nil,
			[]string{"four fighters|killed|4|killed||", "30 wounded|wounded|30|wounded||"}},
	})
}

// TestLossesOfAParty holds a daily tally's "the losses of X amounted to":
// the losses are the party's the of-phrase names (the enemy's: the
// speaker's opponent's), not the speaker's own (invented sentences).
func TestLossesOfAParty(t *testing.T) {
	checkCounts(t, []countCase{
		{"named", "In the past day, the losses of the Russian army near Kupiansk amounted to 240 personnel and three tanks, the General Staff in Kyiv said.",
			[]claimCue{{"In the past day, the losses of the Russian army near Kupiansk amounted to 240 personnel and three tanks", "said", "UKR"}},
			[]entitySpec{{"Russian", "gpe", "RUS"}, {"Kupiansk", "place:UA", ""}},
			[]string{"240 personnel|killed|240|lost|RUS|UKR", "three tanks|tank|3|lost|RUS|UKR"}},
		{"enemy", "Ukrainian drones struck Kursk overnight, the ministry said. The losses of the enemy in this direction amounted to 90 servicemen, the ministry said.",
			[]claimCue{{"Ukrainian drones struck Kursk overnight", "said", "RUS"}, {"The losses of the enemy in this direction amounted to 90 servicemen", "said", "RUS"}},
			[]entitySpec{{"Ukrainian", "gpe", "UKR"}, {"Kursk", "place:RU", ""}},
			[]string{"90 servicemen|killed|90|lost|UKR|RUS"}},
		// a party's own losses stay its own
		{"own", "Our losses amounted to 14 servicemen, the General Staff in Kyiv said.",
			[]claimCue{{"Our losses amounted to 14 servicemen", "said", "UKR"}}, nil,
			[]string{"14 servicemen|killed|14|lost|UKR|UKR"}},
	})
}

// TestClaimedStrikeKilled holds "X claimed that a strike on a place killed
// N": the strike is the subject of what X claims, so X tells the toll; a
// group that claims "the attack on the base that killed N" claims the
// attack, and the toll stays no one's claim (invented sentences).
func TestClaimedStrikeKilled(t *testing.T) {
	checkCounts(t, []countCase{
		{"strike on a place", "The health office claimed that a drone strike on a school in Kadugli killed at least nine pupils.",
			[]claimCue{{"a drone strike on a school in Kadugli killed at least nine pupils", "claimed", "SDN"}},
			[]entitySpec{{"Kadugli", "place:SD", ""}},
			[]string{"nine pupils|killed|9|killed|SDN|SDN"}},
		{"claims the attack", "The group claimed the attack on the barracks in Diffa that killed 12 soldiers.",
			[]claimCue{{"the attack on the barracks in Diffa that killed 12 soldiers", "claimed", "ISIS"}},
			[]entitySpec{{"Diffa", "place:NE", ""}},
			[]string{"12 soldiers|killed|12|killed|NER|"}},
	})
}

// TestBreakawayFighters holds fighters a state says it killed in a story of
// separatists whose side is also a self-proclaimed state (a gpe of the
// actor base): they are the separatists', as an armed group's fighters
// are, not left without owner (invented sentences).
func TestBreakawayFighters(t *testing.T) {
	checkCounts(t, []countCase{
		{"separatists", "Ambazonia fighters attacked a checkpoint near Kumbo on Friday, the army said.\n\nThe army said its troops neutralised seven terrorists in the counter-attack.",
			[]claimCue{{"Ambazonia fighters attacked a checkpoint near Kumbo on Friday", "said", "CMR"}, {"its troops neutralised seven terrorists in the counter-attack", "said", "CMR"}},
			[]entitySpec{{"Ambazonia fighters", "group", "AMBAZONIA"}, {"Kumbo", "place:CM", ""}},
			[]string{"seven terrorists|killed|7|killed|AMBAZONIA|CMR"}},
	})
}

// TestTakenByTheEnemy holds materiel a state's source says "the attackers"
// or "the militants" seized or destroyed: the state's own, not what the
// state took from its enemy. A party's own forces as the subject ("its
// troops") leave the old rule (invented sentences).
func TestTakenByTheEnemy(t *testing.T) {
	checkCounts(t, []countCase{
		{"attackers seized", "An army officer said the attackers also seized three armoured vehicles before fleeing towards Tillaberi.",
			[]claimCue{{"the attackers also seized three armoured vehicles before fleeing towards Tillaberi", "said", "NER"}},
			[]entitySpec{{"Tillaberi", "place:NE", ""}},
			[]string{"three armoured vehicles|armored_vehicle|3|captured|NER|NER"}},
		{"militants destroyed", "The ministry said the militants had destroyed two army trucks near Tillaberi.",
			[]claimCue{{"the militants had destroyed two army trucks near Tillaberi", "said", "NER"}},
			[]entitySpec{{"Tillaberi", "place:NE", ""}},
			[]string{"two army trucks|vehicle|2|destroyed|NER|NER"}},
		// the state's own troops did it: the old rule
		{"own troops", "The ministry said its troops seized three pick-up trucks near Tillaberi.",
			[]claimCue{{"its troops seized three pick-up trucks near Tillaberi", "said", "NER"}},
			[]entitySpec{{"Tillaberi", "place:NE", ""}, {"Islamic State", "group", "ISIS"}},
			[]string{"three pick-up trucks|vehicle|3|captured||NER"}},
	})
}

// TestMaterielOfTheAssailants holds materiel a state's forces destroyed
// that the sentence gives to "the assailants" or "the terrorists": the
// armed group's the story names, not another state's (invented sentences).
func TestMaterielOfTheAssailants(t *testing.T) {
	checkCounts(t, []countCase{
		{"of the assailants", "Fighters of the Islamic State attacked a post near Tera, the ministry said.\n\nThe ministry said the army destroyed three motorcycles of the assailants near Tera.",
			[]claimCue{{"Fighters of the Islamic State attacked a post near Tera", "said", "NER"}, {"the army destroyed three motorcycles of the assailants near Tera", "said", "NER"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}, {"Tera", "place:NE", ""}},
			[]string{"three motorcycles|vehicle|3|destroyed|ISIS|NER"}},
		// the state the speaker quarrels with is not whose the
		// assailants' motorcycles were
		{"state opponent", "The ministry accused Burkina Faso of sheltering fighters of the Islamic State. The ministry said Burkina Faso had ignored its warnings. The ministry said the army destroyed three motorcycles of the assailants near Tera.",
			[]claimCue{{"Burkina Faso of sheltering fighters of the Islamic State", "accused", "NER"}, {"Burkina Faso had ignored its warnings", "said", "NER"}, {"the army destroyed three motorcycles of the assailants near Tera", "said", "NER"}},
			[]entitySpec{{"Burkina Faso", "gpe", "BFA"}, {"Islamic State", "group", "ISIS"}, {"Tera", "place:NE", ""}},
			[]string{"three motorcycles|vehicle|3|destroyed|ISIS|NER"}},
		{"belonging to", "Fighters of the Islamic State attacked a post near Tera, the ministry said.\n\nThe ministry said troops seized two trucks belonging to the terrorists.",
			[]claimCue{{"Fighters of the Islamic State attacked a post near Tera", "said", "NER"}, {"troops seized two trucks belonging to the terrorists", "said", "NER"}},
			[]entitySpec{{"Islamic State", "group", "ISIS"}, {"Tera", "place:NE", ""}},
			[]string{"two trucks|vehicle|2|captured|ISIS|NER"}},
	})
}

// TestNominalClaim holds a count inside a claim a noun names: "X's claim
// that ...", "claims by X that ...": X claims it, not the party that
// rejects or reports the claim (invented sentences).
func TestNominalClaim(t *testing.T) {
	checkCounts(t, []countCase{
		{"claims by", "The ministry in Kyiv rejected as false claims by the Russian Defence Ministry that 14 Ukrainian tanks had been destroyed near Robotyne.",
			[]claimCue{{"claims by the Russian Defence Ministry that 14 Ukrainian tanks had been destroyed near Robotyne", "rejected", "UKR"}},
			[]entitySpec{{"Russian Defence Ministry", "government", "RUS"}, {"Ukrainian", "gpe", "UKR"}, {"Robotyne", "place:UA", ""}},
			[]string{"14 Ukrainian tanks|tank|14|destroyed|UKR|RUS"}},
		{"possessive", "Kyiv dismissed the Russian ministry's claim that 14 Ukrainian tanks had been destroyed.",
			[]claimCue{{"the Russian ministry's claim that 14 Ukrainian tanks had been destroyed", "dismissed", "UKR"}},
			[]entitySpec{{"Russian ministry", "government", "RUS"}, {"Ukrainian", "gpe", "UKR"}},
			[]string{"14 Ukrainian tanks|tank|14|destroyed|UKR|RUS"}},
		// a clause after "that" with no claim noun: the speaker's
		{"said that", "The Russian Defence Ministry said that 14 Ukrainian tanks had been destroyed.",
			[]claimCue{{"14 Ukrainian tanks had been destroyed", "said", "RUS"}},
			[]entitySpec{{"Russian Defence Ministry", "government", "RUS"}, {"Ukrainian", "gpe", "UKR"}},
			[]string{"14 Ukrainian tanks|tank|14|destroyed|UKR|RUS"}},
	})
}

// TestAccordingToPartyTallies holds a count the reporter gives "according
// to Israeli tallies" (figures, data) with no claim found: the party whose
// figures they are claims it; a tally of no party leaves it unclaimed
// (invented sentences).
func TestAccordingToPartyTallies(t *testing.T) {
	checkCounts(t, []countCase{
		{"tallies", "The raid on the border town killed 38 people, according to Israeli tallies.", nil,
			[]entitySpec{{"Israeli", "gpe", "ISR"}},
			[]string{"38 people|killed|38|killed||ISR"}},
		{"figures", "More than 90 soldiers were killed in the first week, according to Ukrainian figures.", nil,
			[]entitySpec{{"Ukrainian", "gpe", "UKR"}},
			[]string{"90 soldiers|killed|90|killed|UKR|UKR"}},
		{"no party", "More than 90 soldiers were killed in the first week, according to independent tallies.", nil, nil,
			[]string{"90 soldiers|killed|90|killed||"}},
	})
}
