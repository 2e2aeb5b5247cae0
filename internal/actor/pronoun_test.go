package actor

import "testing"

// TestPronounAfterFrontedTopic: a sentence that opens on "For NAME," or
// "As for NAME," is about that person: "he"/"she" after it refers to the
// person, not to the subject of an earlier sentence. A name after "for"
// or "to" elsewhere in a sentence is no subject.
func TestPronounAfterFrontedTopic(t *testing.T) {
	for _, tc := range []memCase{
		{name: "topic, then a sentence, then the pronoun", text: "Amani Kilua drafted the plan. For Juma Ndege, the vote was a test. But with patience, he has won support. \"We will appeal,\" he said.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}, {"he#2", "Juma Ndege", "", "person"}}},
		{name: "as for", text: "Amani Kilua praised the crews. As for Juma Ndege, he hopes the vote will be fair.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "she after the topic", text: "Amani Kilua spoke first. For Wanjiru Otieno, the drought is personal. She said her farm had failed.",
			pers: []string{"Amani Kilua", "Wanjiru Otieno"}, want: []want{{"She", "Wanjiru Otieno", "", "person"}}},
		// negatives
		{name: "a name after 'for' inside the sentence", text: "Amani Kilua drafted a plan for Juma Ndege, the new mayor. He said it would pass.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
		{name: "an addressee after 'to' opening the sentence", text: "Juma Ndege said the vote was fair. In a letter to Amani Kilua, he said the count was slow.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestPronounAfterPossessorsTitle: in "NAME's spokesman NAME2 said", the
// person titled is the subject "he" refers to, not the possessor; an
// object ("told NAME") is no antecedent over the subject either.
func TestPronounAfterPossessorsTitle(t *testing.T) {
	for _, tc := range []memCase{
		{name: "possessor's spokesman", text: "Amani Kilua's spokesman Juma Ndege said the vote was fair. He added that the count was slow.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Juma Ndege", "", "person"}}},
		{name: "possessor's chief of staff in apposition", text: "Amani Kilua's chief of staff, Juma Ndege, said the vote was fair. He added that the count was slow.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Juma Ndege", "", "person"}}},
		{name: "possessor's senior adviser who rejects", text: "Amani Kilua's senior policy adviser, Wanjiru Otieno, rejected the claim. She said the count was slow.",
			pers: []string{"Amani Kilua", "Wanjiru Otieno"}, want: []want{{"She", "Wanjiru Otieno", "", "person"}}},
		{name: "the possessor's office does not respond", text: "Juma Ndege said the vote was fair. Amani Kilua's office did not respond. \"We will appeal,\" he said.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "the possessor's lawyers decline", text: "Juma Ndege filed the suit on Monday. Amani Kilua's lawyers declined to comment. Later he told reporters the case was strong.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "the possessor's campaign speaks", text: "Wanjiru Otieno led the count. Amani Kilua's campaign said the count was late. \"We will check,\" she said.",
			pers: []string{"Amani Kilua", "Wanjiru Otieno"}, want: []want{{"she", "Wanjiru Otieno", "", "person"}}},
		// negatives
		{name: "the possessor's own remarks", text: "Juma Ndege spoke on Monday. Amani Kilua's remarks drew criticism. He said the vote was fair.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
		{name: "a possessed thing, not a title", text: "Amani Kilua's long-delayed budget plan surprised Juma Ndege. He said it would pass.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
		{name: "the object of 'told'", text: "Juma Ndege told Amani Kilua that the vote was fair. He said the count was slow.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Juma Ndege", "", "person"}}},
		{name: "an object praised by the subject", text: "Juma Ndege met voters on Monday. Amani Kilua praised Ndege for the plan. He said the vote was fair.",
			pers: []string{"Amani Kilua", "Juma Ndege", "Ndege#2"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestPronounGender: the story's own gender marks (a courtesy title, a
// gendered title before the name, "NAME said she") keep "he" from a
// woman and "she" from a man; names alone give no gender.
func TestPronounGender(t *testing.T) {
	for _, tc := range []memCase{
		{name: "courtesy title rules out the last subject", text: "Amani Kilua met Wanjiru Otieno on Monday. Mr. Kilua said the talks went well. \"We agreed,\" she said.",
			pers: []string{"Amani Kilua", "Wanjiru Otieno", "Kilua#2"}, want: []want{{"she", "Wanjiru Otieno", "", "person"}}},
		{name: "the person's own pronoun", text: "Wanjiru Otieno chaired the meeting. Juma Ndege said he would resign. \"It is time,\" she said.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"she", "Wanjiru Otieno", "", "person"}}},
		{name: "a gendered title", text: "Juma Ndege arrived late. Spokeswoman Wanjiru Otieno said the vote was fair. \"We will appeal,\" he said.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		// negatives
		{name: "no mark: names give no gender", text: "Wanjiru Otieno chaired the meeting. Juma Ndege spoke next. \"It is time,\" she said.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"she", "Juma Ndege", "", "person"}}},
		{name: "another person's mark leaves the subject", text: "Ms. Wanjiru Otieno left early. Juma Ndege said the vote was fair. \"We won,\" he said.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "the matching gender", text: "Mr. Juma Ndege left early. Wanjiru Otieno said she was pleased. \"We won,\" she said.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"she#2", "Wanjiru Otieno", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestPronounAfterOpeningClause: a name inside a sentence's opening
// adverbial clause ("After meeting NAME,", "When NAME arrived,") is not
// the subject a later "he" refers to when another actor follows the
// clause's comma; with a pronoun after the comma, it still is.
func TestPronounAfterOpeningClause(t *testing.T) {
	for _, tc := range []memCase{
		{name: "after meeting", text: "After meeting Amani Kilua, Juma Ndege said the vote was fair. \"We will appeal,\" he said.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "when clause", text: "When Amani Kilua arrived in the hall, Juma Ndege told reporters the count was slow. He said the result would come on Friday.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Juma Ndege", "", "person"}}},
		{name: "while clause with a woman", text: "While Amani Kilua toured the north, Wanjiru Otieno stayed in the capital. She said the talks would resume.",
			pers: []string{"Amani Kilua", "Wanjiru Otieno"}, want: []want{{"She", "Wanjiru Otieno", "", "person"}}},
		// negatives
		{name: "a pronoun after the comma", text: "Juma Ndege spoke first. When Amani Kilua arrived, he said the vote was fair.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Amani Kilua", "", "person"}}},
		{name: "no opener", text: "Amani Kilua, who arrived late, met Juma Ndege. He said the vote was fair.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
		{name: "a prepositional object after the comma", text: "After the vote, Amani Kilua spoke with Juma Ndege. He said the count was slow.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"He", "Amani Kilua", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestPronounThatGoesOnSpeaking: "he added" continues the last person who
// spoke, not a person the sentence in between was about; "he said" keeps
// the subject of the sentence before.
func TestPronounThatGoesOnSpeaking(t *testing.T) {
	for _, tc := range []memCase{
		{name: "inverted speaker, then a sentence about another", text: "\"The vote was fair,\" said Juma Ndege. Amani Kilua was not present. \"We will appeal,\" he added.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "told reporters, then background", text: "Juma Ndege told reporters the vote was fair. Amani Kilua has ruled since 2010. \"We will appeal,\" he added.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Juma Ndege", "", "person"}}},
		{name: "she continued", text: "Wanjiru Otieno said the count was slow. Juma Ndege watched from the hall. \"We need more staff,\" she continued.",
			pers: []string{"Wanjiru Otieno", "Juma Ndege"}, want: []want{{"she", "Wanjiru Otieno", "", "person"}}},
		// negatives
		{name: "'he said' after a new actor", text: "Juma Ndege said the vote was fair. Amani Kilua rejected the result. \"We will appeal,\" he said.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Amani Kilua", "", "person"}}},
		{name: "the last speaker is the newer one", text: "Juma Ndege arrived late. Amani Kilua said the count was slow. \"We will check,\" he added.",
			pers: []string{"Amani Kilua", "Juma Ndege"}, want: []want{{"he", "Amani Kilua", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
