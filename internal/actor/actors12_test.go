package actor

import "testing"

// Session 11 (actors12): states' designations of armed groups kept to
// their conflict, and "it said" after a body's statement.

// TestDesignations: a state's own name for an armed group is the group's
// in the stories of that state's conflict: "Khawarij" is the TTP in a
// Pakistani story and al-Shabaab in a Somali one, and no group elsewhere.
// Every sentence is invented.
func TestDesignations(t *testing.T) {
	for _, tc := range []memCase{
		{name: "Pakistan's word for the TTP, by a Pakistani place",
			text:   "Troops killed seven Khawarij near Bannu, the military said.",
			places: []string{"Bannu=PK"},
			want:   []want{{"Khawarij", "Tehrik-i-Taliban Pakistan", "TTP", "group"}}},
		{name: "the full designation, lower case fighters",
			text: "Pakistani security forces said they had killed nine terrorists of Fitna al Khawarij, and that two more khwarij were arrested.",
			want: []want{{"Fitna al Khawarij", "Tehrik-i-Taliban Pakistan", "TTP", "group"}, {"khwarij", "Tehrik-i-Taliban Pakistan", "TTP", "group"}}},
		{name: "Somalia's word for al-Shabaab",
			text:   "The Somali army said it had repelled an attack by the Khawarij on a base near Jowhar.",
			places: []string{"Jowhar=SO"},
			want:   []want{{"Khawarij", "Al-Shabaab", "ALSHABAB", "group"}}},
		{name: "Pakistan's word for the Baloch separatists",
			text: "The ISPR said troops had killed four militants of Fitna al Hindustan in Kech.",
			want: []want{{"Fitna al Hindustan", "Balochistan Liberation Army", "BLA", "group"}}},
		{name: "no conflict of the word: a history lecture",
			text: "The professor said the Kharijites had split from the caliph's camp in the seventh century.",
			want: []want{{"Kharijites", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestItSaidAfterStatement: "it said" is the body that spoke last, not a
// dateline's wire or a party its statement was about, and never fighters
// named by a plural noun; the subject of its own sentence comes first.
func TestItSaidAfterStatement(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a ministry's statement about its army, after a wire's dateline",
			text:   "KHARTOUM, June 2 (Reuters) - Sudan's defence ministry said in a statement that the army had pushed the Rapid Support Forces out of two villages. It said the paramilitary had shelled a market.",
			orgs:   []string{"Reuters", "Rapid Support Forces"},
			places: []string{"KHARTOUM=SD", "Sudan=SD"},
			want:   []want{{"It", "Sudanese Ministry of Defense", "SDN", ""}}},
		{name: "a statement about the other side's forces",
			text:   "Armenia's foreign ministry said on Monday that Azerbaijan's army had fired on a village. It said two houses had burned.",
			places: []string{"Armenia=AM", "Azerbaijan=AZ"},
			want:   []want{{"It", "Armenian Ministry of Foreign Affairs", "ARM", ""}}},
		{name: "fighters named by a plural designation are no 'it'",
			text:   "RAWALPINDI (APP) - Troops killed six khwarij in Tank, the ISPR said. Weapons were seized from the dead khwarij, the ISPR said. One soldier was martyred, it added.",
			orgs:   []string{"APP"},
			places: []string{"RAWALPINDI=PK", "Tank=PK"},
			want:   []want{{"it", "Inter-Services Public Relations", "PAK", ""}}},
		{name: "the subject of its own sentence first",
			text:   "Ukraine's army said on Friday it had taken the ridge. Russia's Defence Ministry has published footage of the assault, it says.",
			places: []string{"Ukraine=UA", "Russia=RU"},
			want:   []want{{"it", "Russian Ministry of Defense", "RUS", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
