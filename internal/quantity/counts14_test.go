package quantity

import "testing"

// TestLostBeforeNextClause holds the kinds the third and fourth wire golds
// showed for a loss told by its verb: "lost N soldiers" followed by a
// clause of its own about the wounded, and a loss "put at" a number, are
// deaths (invented sentences, none from those golds).
func TestLostBeforeNextClause(t *testing.T) {
	checkCounts(t, []countCase{
		{"lost and others wounded", "\"The army lost four soldiers and nine others were wounded,\" the colonel said.",
			[]claimCue{{"The army lost four soldiers and nine others were wounded", "said", "MLI"}}, nil,
			[]string{"four soldiers|killed|4|lost|MLI|MLI", "nine others|wounded|9|wounded|MLI|MLI"}},
		{"lost comma", "The battalion lost six men, while 12 others were hurt in the ambush, the officer said.",
			[]claimCue{{"The battalion lost six men, while 12 others were hurt in the ambush", "said", "NER"}}, nil,
			[]string{"six men|killed|6|lost||NER", "12 others|wounded|12|wounded||NER"}},
		{"loss put at", "A regional official put the army's loss at five soldiers, with three others wounded.", nil, nil,
			[]string{"five soldiers|killed|5|lost||", "three others|wounded|3|wounded||"}},
		{"lost killed and wounded", "The ministry said the enemy lost 240 soldiers killed and wounded over the day.",
			[]claimCue{{"the enemy lost 240 soldiers killed and wounded over the day", "said", "RUS"}}, nil,
			[]string{"240 soldiers|killed|240|lost||RUS"}},
	})
}

// TestHealthBodyToll holds a health ministry's toll of people no one is
// named as killing: the victims of its own country, the state it serves
// or, for a de facto authority's ministry, the state where the story's
// places lie.
func TestHealthBodyToll(t *testing.T) {
	checkCounts(t, []countCase{
		{"state ministry", "The health ministry said 42 people were killed and 90 wounded since the raids began.",
			[]claimCue{{"42 people were killed and 90 wounded since the raids began", "said", "MLI@The health ministry"}}, nil,
			[]string{"42 people|killed|42|killed|MLI|MLI", "90 wounded|wounded|90|wounded|MLI|MLI"}},
		{"de facto ministry", "Jets struck Sanaa and Saada overnight. The Houthi-run health ministry said 12 people were killed.",
			[]claimCue{{"12 people were killed", "said", "HOUTHIS@The Houthi-run health ministry"}},
			[]entitySpec{{"Sanaa", "place:YE", ""}, {"Saada", "place:YE", ""}},
			[]string{"12 people|killed|12|killed|YEM|HOUTHIS"}},
	})
}

// TestInTheirRanks holds losses a party records "in its ranks": that
// party's own, whoever tells of the fight.
func TestInTheirRanks(t *testing.T) {
	checkCounts(t, []countCase{
		{"its ranks", "The Malian army recorded five dead and eight wounded in its ranks after the ambush near Gao.", nil,
			[]entitySpec{{"Malian army", "gpe", "MLI"}},
			[]string{"five dead|killed|5|killed|MLI|", "eight wounded|wounded|8|wounded|MLI|"}},
	})
}

// TestHostagesRemain holds hostages said to remain somewhere: captives
// still held, of the party whose people were taken just before.
func TestHostagesRemain(t *testing.T) {
	checkCounts(t, []countCase{
		{"remain", "Gunmen took 60 Nigerian villagers hostage on Monday. Officials think 25 hostages remain in the forest.", nil, nil,
			[]string{"60 Nigerian villagers|captured|60|captured|NGA|", "25 hostages|captured|25|captured|NGA|"}},
		{"still in", "Some 14 captives are still in the camp, the mayor said.",
			[]claimCue{{"Some 14 captives are still in the camp", "said", ""}}, nil,
			[]string{"14 captives|captured|14|captured||"}},
		{"prisoners stay", "About 300 prisoners remain in the jail.", nil, nil, nil},
	})
}

// TestUnderTheRubble holds people "under the rubble": missing, not yet
// counted among the dead.
func TestUnderTheRubble(t *testing.T) {
	checkCounts(t, []countCase{
		{"rubble", "After the quake-like blast in Norvik, dozens of residents were still under the rubble, rescuers said.", nil,
			[]entitySpec{{"Norvik", "place:SY", ""}},
			[]string{"dozens of residents|missing|null|lost|SYR|"}},
	})
}
