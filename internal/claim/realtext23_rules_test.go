package claim_test

import "testing"

// TestRealText23Rules: the session-23 realtext rules on sentences written
// for the test, negatives included.
func TestRealText23Rules(t *testing.T) {
	// a body noun before an adverb heads the body ("the army now
	// claims"), so a third party's claim inside a quotation speaks
	runClaims4(t, []claims4Case{
		{"army now claims in a quotation", "\"The Ethiopian army now claims complete control of the town, but the fighting has not stopped,\" the envoy said.", "claims", "Ethiopian army", "ETH", "assert", "complete control"},
		{"police there said", "Two men were arrested, police there said on Monday.", "said", "police", "", "assert", "Two men were arrested"},
	})
	// "As reported by X, C" opening a quotation: X reports C, also
	// after a bracketed short name and a title
	runClaims4(t, []claims4Case{
		{"as reported by, in a quotation", "\"As reported by the World Food Programme, rations in the camps were cut by half in May,\" the minister said.", "As reported by", "World Food Programme", "UNO", "assert", "rations in the camps"},
		{"as reported by, bracketed short name and title", "\"As reported by the World Food Programme (WFP) Executive Director, rations were cut by half,\" the minister said.", "As reported by", "World Food Programme", "UNO", "assert", "rations were cut"},
	})
	// the quoted speaker's own report, and a pronoun, stay the quoted
	// speaker's
	runNoClaims4(t, []string{
		"\"As reported by us last week, rations were cut by half,\" the minister said.",
		"\"As we reported last week, rations were cut by half,\" the minister said.",
	}, "As reported by", "reported")
	// a bare title and a name as two coordinated subjects: the first
	// conjunct speaks, as "Qatar and Saudi Arabia urged" is Qatar's;
	// two titles of one person stay that person's
	runClaims4(t, []claims4Case{
		{"title and name agreed", "Defense Secretary Lloyd Austin met Iraqi Prime Minister Mohammed Shia al-Sudani on Thursday. The secretary and Sudani agreed that the talks had gone well, the release said.", "agreed", "secretary", "USA", "assert", "talks had gone well"},
		{"two states urged", "Egypt and Jordan urged both sides to stop the shelling.", "urged", "Egypt", "EGY", "assert", "stop the shelling"},
		{"two titles of one person", "He said Chinese State Councilor and Foreign Minister Wang Yi had told his Indian counterpart that the border was calm.", "told", "Wang Yi", "CHN", "assert", "border was calm"},
	})
	// "it" after a sentence that opens with a named body and its verb,
	// and no claim between: the body speaks
	runClaims4(t, []claims4Case{
		{"it after a body's sentence", "The World Food Programme (WFP) shares that fear. It issued a statement on Monday saying rations would be cut by half.", "issued a statement", "It", "UNO", "assert", "rations would be cut"},
	})
	// a person's sentence leaves "it" no one's
	runNoClaims4(t, []string{
		"Amina Yusuf closed her shop on Monday. It said on the sign that the shop would reopen in June.",
	}, "said")
	// an apposition of origin names no speaker; "officials from" do
	runClaims4(t, []claims4Case{
		{"both from a country", "Two men stood trial in Paris. Hakimov and Nazarov, both from Tajikistan, have pleaded not guilty.", "pleaded", "Nazarov", "-", "deny", "not guilty"},
	})
	// a straight quotation left open, then narration with its own
	// speaker, then a new quotation in the same paragraph: the open one
	// ends with its sentence
	runClaims4(t, []claims4Case{
		{"quotation reopened after narration", "The minister said, \"Nobody owns the river . As the talks stall, engineers said the dam could be filled within a year. \"We will not wait,\" said Abebe Tadesse, a farmer.", "said", "engineers", "-", "assert", "dam could be filled"},
	})
	// a quotation of two sentences closed in the paragraph stays whole
	runClaims4(t, []claims4Case{
		{"closed quotation of two sentences", "The minister said, \"Nobody owns the river. The dam will be filled slowly.\" Engineers agreed.", "said", "minister", "", "assert", "Nobody owns the river"},
	})
	// the body noun as a modifier still makes no body of its own
	runNoClaims4(t, []string{
		"The army helicopter landed near the camp on Monday.",
	})
}
