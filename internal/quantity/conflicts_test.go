package quantity

import (
	"strings"
	"testing"
)

// TestConflictOwners covers the owner rules that the probe articles of
// testdata/probes showed wrong across conflicts (see TestProbes), each with
// new sentences of its own: victims belong to where they were hit, not to
// the armed group their attacker fights; a sentence with no place takes
// one only from its clear context.
func TestConflictOwners(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		bucket   string
		text     string
		claims   []claimCue
		entities []entitySpec
		want     []string // span|item|n[-nmax]|outcome|owner|claimed_by
	}{
		// people killed by a party that fights an armed group: the
		// people of the place, not the group's
		{"victims", "Hamas fighters fired rockets at Ashdod. Israeli jets killed 22 people in Khan Younis, Gaza health officials said.",
			[]claimCue{{"Israeli jets killed 22 people in Khan Younis", "said", "HAMAS"}},
			[]entitySpec{{"Ashdod", "place:IL", ""}, {"Khan Younis", "place:PS", ""}, {"Hamas", "group", "HAMAS"}},
			[]string{"22 people|killed|22|killed|PSE|HAMAS"}},
		{"victims", "M23 rebels held the hills. The Congolese army killed 11 civilians in Rutshuru while shelling rebel positions, residents said.",
			[]claimCue{{"The Congolese army killed 11 civilians in Rutshuru while shelling rebel positions", "said", ""}},
			[]entitySpec{{"Rutshuru", "place:CD", ""}, {"M23", "group", "M23"}},
			[]string{"11 civilians|killed|11|killed|COD|"}},
		// a party that fights a state, and no place: that state's people
		{"victims", "Azerbaijani artillery killed four civilians overnight, Armenia said.",
			[]claimCue{{"Azerbaijani artillery killed four civilians overnight", "said", "ARM"}}, nil,
			[]string{"four civilians|killed|4|killed|ARM|ARM"}},
		// no place in the sentence: its paragraph, else the article when
		// one country holds its places, else no one
		{"context", "Insurgents raided a village in Cabo Delgado.\n\nTroops clashed with rebels near Idlib.\n\nAt least 9 civilians were killed in the shelling.", nil,
			[]entitySpec{{"Cabo Delgado", "place:MZ", ""}, {"Idlib", "place:SY", ""}},
			[]string{"9 civilians|killed|9|killed||"}},
		{"context", "Drones struck Kherson and Beryslav on Monday.\n\nAt least 7 civilians were killed in the shelling.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}, {"Beryslav", "place:UA", ""}},
			[]string{"7 civilians|killed|7|killed|UKR|"}},
		{"context", "Shelling hit Kherson. Strikes also hit Idlib and Aleppo. Artillery fire killed 5 civilians.", nil,
			[]entitySpec{{"Kherson", "place:UA", ""}, {"Idlib", "place:SY", ""}, {"Aleppo", "place:SY", ""}},
			[]string{"5 civilians|killed|5|killed|SYR|"}},
		// a country named after a preposition is where it happened; a
		// demonym or an organisation's name is not
		{"context", "Eight civilians were killed in a market bombing in northern Syria.", nil,
			[]entitySpec{{"Syria", "gpe", "SYR"}},
			[]string{"Eight civilians|killed|8|killed|SYR|"}},
		{"context", "According to the Sudanese Doctors Network, 13 civilians were killed in the shelling.",
			[]claimCue{{"13 civilians were killed in the shelling", "According to", ""}},
			[]entitySpec{{"Sudanese Doctors Network", "organization", ""}},
			[]string{"13 civilians|killed|13|killed||"}},
		// the sentence right after the attack tells of its victims
		{"context", "A missile hit a hospital in Dnipro. Another 30 people were wounded.", nil,
			[]entitySpec{{"Dnipro", "place:UA", ""}},
			[]string{"30 people|wounded|30|wounded|UKR|"}},
		{"context", "A heatwave hit Dnipro. Another 30 people were taken to hospital and two people died.", nil,
			[]entitySpec{{"Dnipro", "place:UA", ""}},
			[]string{"two people|killed|2|killed||"}},
		// a death toll counts the victims of whatever the story tells
		{"toll", "Rescuers searched the rubble of a block of flats in Ternopil.\n\nThe death toll has risen to 31, officials said.",
			[]claimCue{{"The death toll has risen to 31", "said", ""}},
			[]entitySpec{{"Ternopil", "place:UA", ""}},
			[]string{"31|killed|31|killed|UKR|"}},
		// "others" after people of no one state are of no one state
		{"others", "Strikes hit a detention centre in Saada, killing 40 migrants and wounding 60 others.", nil,
			[]entitySpec{{"Saada", "place:YE", ""}},
			[]string{"40 migrants|killed|40|killed||", "60 others|wounded|60|wounded||"}},
	}
	for _, tc := range tests {
		if got := countsOf(t, s, tc.text, tc.claims, tc.entities); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("[%s] %s\n got: %q\nwant: %q", tc.bucket, tc.text, got, tc.want)
		}
	}
}
