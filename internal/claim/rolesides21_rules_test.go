package claim_test

import "testing"

// TestRoleSides21Rules: the forms session 21's role-side lane made
// parallax read, with negatives. In a story filed from two states' towns
// at once, an official titled without a country takes the state of the
// dateline town their sentence places them in ("In TOWN, ...", "said in
// TOWN", "told reporters in TOWN"), the unnamed ones too; not in a story
// filed from one town, nor with a country in the title. A longer body's
// name that ends in an intergovernmental body's common words ("Peace and
// Security Council") is its owner's. An unnamed official of a hospital,
// school or company speaks for no party, a military hospital's for the
// state; "Commandant" is a rank. Sentences invented.
func TestRoleSides21Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a spokesman placed by the sentence's opening town",
			"ASMARA/DJIBOUTI, May 3 (Example Wire) - Eritrea's army reported that Djiboutian troops had crossed the border at dawn. In Djibouti, army spokesman Colonel Houssein Ali Farah said the troops had stayed on their side.",
			"said", "Houssein Ali Farah", "DJI", "assert", "-"},
		{"a spokesman placed by 'told reporters in TOWN'",
			"BUJUMBURA/KIGALI, May 3 (Example Wire) - Rwanda's army said Burundian soldiers had fired across the Akanyaru river. Army spokesman Colonel Gaspard Baratuza told reporters in Bujumbura that no shot had been fired.",
			"told", "Gaspard Baratuza", "BDI", "assert", "-"},
		{"an unnamed spokesman placed by the opening town",
			"ASMARA/DJIBOUTI, May 3 (Example Wire) - Djibouti's army reported that Eritrean troops had crossed the border at dawn. In Asmara, an army spokesman said no Eritrean unit had moved.",
			"said", "army spokesman", "ERI", "assert", "-"},
		{"no two-town dateline: the place is no mark",
			"DJIBOUTI, May 3 (Example Wire) - Djibouti's army reported that Eritrean troops had crossed the border at dawn. Army spokesman Colonel Houssein Ali Farah told reporters in Asmara that the troops had stayed for an hour.",
			"told", "Houssein Ali Farah", "DJI", "assert", "-"},
		{"a country in the title wins over the place",
			"ASMARA/DJIBOUTI, May 3 (Example Wire) - Eritrea's army reported that Djiboutian troops had crossed the border at dawn. In Asmara, Djiboutian army spokesman Colonel Houssein Ali Farah said the troops had stayed on their side.",
			"said", "Houssein Ali Farah", "DJI", "assert", "-"},
		{"a union's Peace and Security Council",
			"ADDIS ABABA, May 3 (Example Wire) - The African Union's Peace and Security Council said Eritrea and Djibouti must return to talks.",
			"said", "African Union's Peace and Security Council", "AU", "assert", "African Union"},
		{"the UN Security Council stays the UN's",
			"NEW YORK, May 3 (Example Wire) - The UN Security Council said Eritrea and Djibouti must return to talks.",
			"said", "UN Security Council", "UNO", "assert", "United Nations"},
		{"a hospital's spokeswoman speaks for no party",
			"ASMARA, May 3 (Example Wire) - Eritrea's army reported that Djiboutian shells had hit a village near Assab. Twelve wounded were brought in, a spokeswoman for the Assab hospital said.",
			"said", "spokeswoman", "", "assert", "-"},
		{"officials at a hospital speak for no party",
			"ASMARA, May 3 (Example Wire) - Eritrea's army said Djiboutian shells had hit a village near Assab. Officials at the Assab Referral Hospital told reporters that twelve wounded had been admitted.",
			"told", "Officials", "", "assert", "-"},
		{"a military hospital's officials stay the state's",
			"ASMARA, May 3 (Example Wire) - Eritrea's army said Djiboutian shells had hit a village near Assab. Officials at the Assab military hospital told reporters that twelve wounded soldiers had been admitted.",
			"told", "Officials", "ERI", "assert", "-"},
		{"the rank Commandant after a possessed title",
			"CONAKRY, May 3 (Example Wire) - Guinea's army spokesman, Commandant Ibrahima Sory Bangoura, said the villages lay inside Guinea. He accused Sierra Leonean police of provoking the standoff.",
			"accused", "He", "GIN", "assert", "Ibrahima Sory Bangoura"},
	})
}
