package claim_test

import "testing"

// TestSpeakersNamedLikePlaces: a person whose family name is a state's
// or a capital's keeps the name: the full name by a title or first name
// before it, the later bare surname by the full name before it and a
// courtesy title or reporting verb where it stands; a last word of a
// compound surname that is a body's name yields too. The place where no
// person stands stays the place. Sentences invented (session 28); the
// positive cases failed before the rules.
func TestSpeakersNamedLikePlaces(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"titled full name", "UNITED NATIONS — Ambassador Greta Jordan, the deputy U.S. representative, told the council that the vote would wait.",
			"told", "Greta Jordan", "USA", "assert", "Greta Jordan"},
		{"bare surname after the full name", "UNITED NATIONS — Ambassador Greta Jordan, the deputy U.S. representative, told the council that the vote would wait. Jordan said Washington would table a draft next week.",
			"said", "Jordan", "USA", "assert", "Greta Jordan"},
		{"courtesy title before the surname", "BEIRUT — Tomas Paris, a lawyer for the family, told reporters the engineer was beaten. \"He is ill,\" Mr. Paris said.",
			"said", "-", "", "assert", "Tomas Paris"},
		{"a prime minister named like a state", "LISBON — Portuguese Prime Minister Rui Montenegro met the council president on Monday. Montenegro said Portugal would pay its share.",
			"said", "Montenegro", "-", "assert", "Rui Montenegro"},
		{"compound surname ending in a body's name", "KINSHASA — Foreign Minister Aline Mbuyi Wagner told the council that troops had crossed the border. Mbuyi Wagner said sanctions were overdue.",
			"said", "Mbuyi Wagner", "COD", "assert", "Aline Mbuyi Wagner"},
		// negatives: the place where a person's name does not stand
		{"after a preposition", "BEIRUT — Tomas Paris, a lawyer for the family, told reporters the engineer was beaten. Officials in Paris said the embassy had been informed.",
			"said", "-", "-", "assert", "Government of France"},
		{"a state with no person of the name", "AMMAN — Jordan said it had closed the border crossing with Syria.",
			"said", "Jordan", "JOR", "assert", "Jordan"},
	})
}

// TestYoungerElderOfAFamily: "the younger X" and "the elder X" name, of
// two or more of the family named before, the one introduced last and
// the one introduced first; with one named before, the phrase names
// another of the family and no actor. Sentences invented (session 28).
func TestYoungerElderOfAFamily(t *testing.T) {
	const opening = "BISHKEK — A court jailed former minister Azamat Sultanov on Wednesday. His son, Nurlan Sultanov, a member of parliament, told reporters the family would appeal. "
	runSpeakerCases(t, []speakerCase{
		{"the younger", opening + "The younger Sultanov said the case was revenge.", "said", "-", "KGZ", "assert", "Nurlan Sultanov"},
		{"the elder", opening + "The elder Sultanov said he had never taken a bribe.", "said", "-", "-", "assert", "Azamat Sultanov"},
		{"one of the family named before", "BISHKEK — Lawmaker Nurlan Sultanov spoke on Monday. The younger Sultanov said the vote was rigged.", "said", "-", "-", "assert", ""},
	})
}

// TestPartyAndParliamentSides: officials of the ruling party and members
// of parliament of any camp speak for the state the story is about;
// someone who only criticised the ruling party does not. Sentences
// invented (session 28); the positive cases failed before the rules.
func TestPartyAndParliamentSides(t *testing.T) {
	const kenya = "NAIROBI — Kenya's High Court extended the detention of a youth activist on Tuesday, and police in Kenya asked for more time. "
	runSpeakerCases(t, []speakerCase{
		{"spokesman for the ruling party", kenya + "Peter Wafula, a spokesman for the ruling party, said the courts were independent.", "said", "Peter Wafula", "KEN", "assert", "Peter Wafula"},
		{"officer of the governing party by name", kenya + "Grace Njeri, deputy secretary-general of the governing Jubilee Alliance, said the party did not interfere.", "said", "Grace Njeri", "KEN", "assert", "Grace Njeri"},
		{"opposition member of parliament", kenya + "Otieno Were, an opposition member of parliament, said the arrests were political.", "said", "Otieno Were", "KEN", "assert", "Otieno Were"},
		// negatives
		{"a critic of the ruling party", kenya + "Mercy Achieng, a lawyer who has criticised the ruling party, said the detention was unlawful.", "said", "Mercy Achieng", "", "assert", "Mercy Achieng"},
		{"a former member of parliament", kenya + "Otieno Were, a former opposition member of parliament, said the arrests were political.", "said", "Otieno Were", "", "assert", "Otieno Were"},
	})
}

// TestTerritoryAndRegionSides: the government bodies of a territory a
// party governs apart from its state speak for that party (Gaza's, Hamas,
// since June 2007); those of a special region speak for the sovereign
// state after the handover (Hong Kong's, China, since July 1997; before,
// Hong Kong). Sentences invented (session 28).
func TestTerritoryAndRegionSides(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Gaza's government office", "CAIRO — Gaza's government media office said two strikes hit schools sheltering families.", "said", "-", "HAMAS", "assert", "-"},
		{"Hong Kong's government", "HONG KONG — A Hong Kong government spokesman said the city respected the freedom of the press.", "said", "-", "CHN", "assert", "-"},
		{"Hong Kong's police", "HONG KONG — Hong Kong police said six people were arrested over online posts.", "said", "-", "CHN", "assert", "-"},
		// negative: a body of the state the territory lies in
		{"the Palestinian Authority's ministry", "RAMALLAH — The Palestinian foreign ministry said the settlers had attacked a village.", "said", "-", "PSE", "assert", "-"},
	})
}

// TestNamesWithSuffixAndRank: a known person written with the full stop
// of a generational suffix keeps the knowledge base's entry, and a
// commodore's rank is no part of the name. Sentences invented (session
// 28); both failed before.
func TestNamesWithSuffixAndRank(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"generational suffix with its full stop", "MANILA — President Ferdinand Marcos Jr. said the country would not give up its rights at sea.",
			"said", "-", "PHL", "assert", "Ferdinand Marcos Jr."},
		{"commodore", "MANILA — Commodore Dante Reyes, a spokesman for the Philippine Navy, said two sailors were hurt.",
			"said", "-", "PHL", "assert", "Dante Reyes"},
	})
}

// TestFormerTitleAndCutTitle: a person titled with a former office speaks
// for himself even where the title names a state's body ("Former Iranian
// diplomat NAME"); a state's office whose modifier the speaker's words
// left out ("The interior secretary", read as "secretary") is still the
// state's. Sentences invented (session 28); the positive cases failed
// before the rules.
func TestFormerTitleAndCutTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"former diplomat", "TEHRAN — Iran's foreign ministry told reporters the talks had failed. Former Iranian diplomat Hossein Karimi said the government had misjudged Washington.",
			"said", "-", "", "assert", "Hossein Karimi"},
		{"former army officer", "ISLAMABAD — Pakistan's army told reporters the raids would go on. Former Pakistani army officer Tariq Mehmood said the raids would fail.",
			"said", "-", "", "assert", "Tariq Mehmood"},
		{"cut title after the state's office spoke", "NAIROBI — Kenya's interior secretary told reporters police would be deployed. The interior secretary said 40 officers had been sent.",
			"said", "-", "KEN", "assert", "-"},
		// negatives: a present title keeps the state; a rebel's office is no state's
		{"present diplomat", "TEHRAN — Iran's foreign ministry told reporters the talks had failed. Iranian diplomat Hossein Karimi said the government would try again.",
			"said", "-", "IRN", "assert", "Hossein Karimi"},
		{"a rebel's secretary", "NAIROBI — Kenya's interior secretary told reporters police would be deployed. The rebel defense secretary said the fighters would not disarm.",
			"said", "-", "", "assert", "-"},
	})
}

// TestOppositionLeaderTitle: an opposition politician titled before the
// name with the state's possessive speaks for no state, in the first
// mention as in the later ones; an opposition lawmaker speaks for it.
// Sentences invented (session 28); the first failed before the rule.
func TestOppositionLeaderTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"possessed opposition leader", "KAMPALA — Uganda's opposition leader Moses Kato said his supporters had been arrested.",
			"said", "-", "", "assert", "Moses Kato"},
		{"opposition lawmaker", "KAMPALA — Ugandan opposition lawmaker Moses Kato said his supporters had been arrested.",
			"said", "-", "UGA", "assert", "Moses Kato"},
	})
}

// TestOmbudswomanTitle: "Ombudswoman" before a name is a state's office,
// as "Ombudsman" is: no part of the name. Sentence invented (session 28);
// it failed before.
func TestOmbudswomanTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"ombudswoman", "BOGOTA — Colombia's army told reporters it had killed three rebels. Ombudswoman Iris Lozano said her office had received reports of displaced families.",
			"said", "-", "COL", "assert", "Iris Lozano"},
	})
}

// TestOppositionApposition: a spokesman of the state's opposition, named
// in an apposition with the state's demonym, speaks for no state; a
// lawmaker of the opposition does. Sentences invented (session 28); the
// first failed before the rule.
func TestOppositionApposition(t *testing.T) {
	const kenya = "NAIROBI — Kenyan police fired on protesters in Nairobi on Tuesday, and Kenya's interior ministry told reporters it would investigate. "
	runSpeakerCases(t, []speakerCase{
		{"opposition coalition's spokesman", kenya + "Peter Odhiambo, a spokesman for the Kenyan opposition coalition Umoja, said the police had used live rounds.",
			"said", "-", "", "assert", "Peter Odhiambo"},
		{"opposition lawmaker in apposition", kenya + "Peter Odhiambo, a lawmaker of the opposition Umoja party, said the police had used live rounds.",
			"said", "-", "KEN", "assert", "Peter Odhiambo"},
	})
}

// TestCutTitleAfterPossessive: an office word left out of the speaker's
// words after a non-state possessor ("the party's press secretary") gives
// no state's side. Sentence invented (session 28).
func TestCutTitleAfterPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"party's press secretary", "NAIROBI — Kenya's interior secretary told reporters police would be deployed. The opposition party's press secretary said the deployment was illegal.",
			"said", "-", "", "assert", "-"},
	})
}

// TestBurmeseYouthAddress: "Ko" and "Ma" before a name of two words or
// more are Burmese forms of address in a story about Myanmar, no part of
// the name; elsewhere they are family names ("Ko" of a Korean name).
// Sentences invented (session 28); the first two failed before.
func TestBurmeseYouthAddress(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Ko in a Myanmar story", "YANGON — Fighting spread across Myanmar's Sagaing region on Monday. \"The junta is losing control,\" said Ko Min Htet, a Yangon-based military analyst.",
			"said", "-", "", "assert", "Min Htet"},
		{"Ma in a Myanmar story", "YANGON — Myanmar's military told reporters it had retaken the town. Ma Thida Aye, a resident, said the town was empty.",
			"said", "-", "", "assert", "Thida Aye"},
		{"Ko of a Korean name", "SEOUL — South Korea's unification ministry told reporters talks had stalled. \"The North is not ready,\" said Ko Min Jae, a professor at Seoul National University.",
			"said", "-", "", "assert", "Ko Min Jae"},
	})
}

// TestExcellencyAddress: "His Excellency" before a name is a form of
// address, no part of the name the knowledge base or a later surname
// finds. Sentence invented (session 28); it failed before.
func TestExcellencyAddress(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"his excellency", "MOGADISHU — Somalia's army told reporters the town had been retaken. His Excellency Hassan Sheikh Mohamud said the troops had shown courage.",
			"said", "-", "SOM", "assert", "Hassan Sheikh Mohamud"},
	})
}

// TestTitleApposedBeforeAddressedName: a state's title set off before a
// name with a form of address ("The Head of State, His Excellency NAME",
// "The Defence Secretary, Mr NAME") gives the story's state, as it does
// without the address. Sentences invented (session 28); both failed
// before.
func TestTitleApposedBeforeAddressedName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"head of state, his excellency", "ABIDJAN — Ivorian troops took up positions in the north. The Head of State, His Excellency Laurent Koffi, declared on Sunday that the country would defend itself.",
			"declared", "-", "CIV", "assert", "Laurent Koffi"},
		{"secretary, Mr", "LONDON — British troops landed on the islands. The Defence Secretary, Mr Hollis, said in the House of Commons that the task force had landed.",
			"said", "-", "GBR", "assert", "Hollis"},
	})
}

// TestTerritoryBodyBeforeSpeakerWords: the territory's name just before
// the words the speaker holds ("The Gaza | interior ministry", "Gaza's |
// Government Media Office") still makes the body the governing party's,
// in a story filed from another state's capital. Sentences invented
// (session 28); both failed before.
func TestTerritoryBodyBeforeSpeakerWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the Gaza interior ministry", "CAIRO — The Gaza interior ministry said four police officers were killed in a strike on Rafah.", "said", "-", "HAMAS", "assert", "-"},
		{"Gaza's Government Media Office", "CAIRO — Gaza's Government Media Office said the strike hit a school in Khan Younis.", "said", "-", "HAMAS", "assert", "-"},
		// negative: a body of the state the story is filed from
		{"Egypt's interior ministry", "CAIRO — Egypt's interior ministry said four police officers were killed near Rafah.", "said", "-", "EGY", "assert", "-"},
	})
}
