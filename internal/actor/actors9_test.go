package actor

import "testing"

// Session 9 (actors9): state bodies the count and cross-article batteries
// found without a side, on new invented sentences.

// TestStoryStateBodiesByCode: a state's air force, navy, general staff,
// prosecutor general's office or brigade named by its kind alone is, when
// no such body was named before, the body of the story's state (its
// dateline's, else the one it is about), as "the army" is.
func TestStoryStateBodiesByCode(t *testing.T) {
	for _, tc := range []memCase{
		{name: "air force, Kyiv dateline",
			text: "KYIV (Reuters) - Air defence units downed 31 of 44 drones over the north overnight, the Air Force said on Tuesday.",
			orgs: []string{"Air Force"}, want: []want{{"Air Force", "Ukrainian Air Force", "UKR", "military"}}},
		{name: "air force lower case, story state",
			text:   "Drones struck a grain terminal in Izmail on Sunday. Of the 52 drones launched at Ukraine overnight, 38 were shot down, the air force said.",
			places: []string{"Izmail=UA"},
			want:   []want{{"air force", "Ukrainian Air Force", "UKR", "military"}}},
		{name: "a named air force before: anaphora first",
			text: "KYIV (Reuters) - The Russian Air Force struck a depot near Sumy on Monday. The Air Force said all its jets had returned.",
			orgs: []string{"Air Force#2"}, want: []want{{"Air Force", "Russian Air Force", "RUS", "military"}}},
		{name: "navy, Manila dateline",
			text: "MANILA - The navy said two Chinese coast guard ships had fired water cannon at a supply boat near the shoal on Saturday.",
			want: []want{{"navy", "Filipino Navy", "PHL", "military"}}},
		{name: "prosecutor general's office, Baku dateline",
			text: "BAKU - The Prosecutor General's Office said on Friday it had charged four men over the shelling of a village near Tartar.",
			orgs: []string{"Prosecutor General's Office"}, want: []want{{"Prosecutor General's Office", "Azerbaijani Prosecutor General's Office", "AZE", "government"}}},
		{name: "brigade, Kyiv dateline",
			text: "KYIV - Seven soldiers of the brigade were wounded near Siversk on Monday, the brigade said in a statement.",
			want: []want{{"brigade#2", "Armed Forces of Ukraine", "UKR", "military"}}},
		{name: "general staff of a named army",
			text: "Russian troops lost 870 soldiers over the past day, the General Staff of Ukraine's Armed Forces reported on Friday.",
			orgs: []string{"General Staff"}, want: []want{{"General Staff of Ukraine's Armed Forces", "Armed Forces of Ukraine", "UKR", "military"}}},
		{name: "a country's headquarters",
			text: "Ukraine's Joint Search Headquarters said 40 more servicemen were expected home on Friday.",
			orgs: []string{"Joint Search Headquarters"}, want: []want{{"Joint Search Headquarters", "Joint Search Headquarters", "UKR", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestDatelineForeignOffice: a body's name the base holds as one state's
// alias that is also a body noun ("the Foreign Office", the UK's) is, bare
// in a story from another state's capital, that state's body; after a
// state's name, in a London story or with no dateline it stays the UK's.
func TestDatelineForeignOffice(t *testing.T) {
	for _, tc := range []memCase{
		{name: "Islamabad dateline",
			text: "ISLAMABAD: The Foreign Office on Thursday rejected the claims as baseless and said the border posts had not fired.",
			orgs: []string{"Foreign Office"}, want: []want{{"Foreign Office", "Pakistani Ministry of Foreign Affairs", "PAK", "government"}}},
		{name: "London dateline",
			text: "LONDON - The Foreign Office said on Thursday it was in contact with the families of two detained aid workers.",
			orgs: []string{"Foreign Office"}, want: []want{{"Foreign Office", "Government of the United Kingdom", "GBR", "government"}}},
		{name: "named British in an Islamabad story",
			text: "ISLAMABAD: The British Foreign Office said on Thursday it had advised against travel to the border districts.",
			orgs: []string{"Foreign Office"}, want: []want{{"Foreign Office", "British Ministry of Foreign Affairs", "GBR", ""}}},
		{name: "no dateline",
			text: "The Foreign Office said on Thursday it was in contact with the families of two detained aid workers.",
			orgs: []string{"Foreign Office"}, want: []want{{"Foreign Office", "Government of the United Kingdom", "GBR", "government"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
