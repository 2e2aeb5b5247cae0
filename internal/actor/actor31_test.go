package actor

import "testing"

// TestActor31PortfolioInName: the recogniser takes the portfolio of a
// title written before the name into the name ("Minister for Africa Lord
// Collins" read as "Africa Lord Collins", "Secretary of State Dana Ruiz"
// as "State Dana Ruiz"): after "for" or "of" behind a title word, the
// span's leading portfolio words, or the words before a British honorific
// that opens the name, are the title's, and the title anaphor that
// follows ("The Minister said") is that person. Sentences invented; the
// positives failed before the rule.
func TestActor31PortfolioInName(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a region before a peer's honorific", text: "Minister for Africa Lord Ellery said the funding would reach families in the camps. The Minister said the UK would press both sides to agree a ceasefire.",
			pers: []string{"Africa Lord Ellery"}, want: []want{{"Lord Ellery", "Lord Ellery", "GBR", "person"}}},
		{name: "the region of two words", text: "Minister for the Middle East Baroness Kestrel said the crossing must open.",
			pers: []string{"Middle East Baroness Kestrel"}, want: []want{{"Baroness Kestrel", "Baroness Kestrel", "", "person"}}},
		{name: "the recogniser's organisation of a region and a peer", text: "Minister for Africa Lord Ellery said the funding would reach families in the camps. The Minister said the UK would press both sides to agree a ceasefire.",
			orgs: []string{"Africa Lord Ellery"}, want: []want{{"Lord Ellery", "Lord Ellery", "GBR", "person"}}},
		{name: "a portfolio of two parts, a region before a full name", text: "Minister for Development and Africa Andrew Vell said the UK would provide more aid. The Minister said the funding would reach 100,000 people.",
			pers: []string{"Africa Andrew Vell"}, want: []want{{"Andrew Vell", "Andrew Vell", "GBR", "person"}}},
		// negatives
		{name: "an organisation after a title and for, no honorific", text: "Minister for Africa Development Bank Relations Tom Ellery spoke. The minister said the loans would double.",
			orgs: []string{"Africa Development Bank"}, want: []want{{"Africa Development Bank", "Africa Development Bank", "", "organization"}}},
		{name: "no title before the preposition", text: "A fund for Africa Lord Ellery set up in 2010 said the grants would double.",
			pers: []string{"Africa Lord Ellery"}, want: []want{{"Africa Lord Ellery", "Africa Lord Ellery", "", "person"}}},
		{name: "a name the recogniser cut right stays", text: "Secretary of Defense Lloyd Marsh said the base was hit.",
			pers: []string{"Lloyd Marsh"}, want: []want{{"Lloyd Marsh", "Lloyd Marsh", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestActor31SaidGivenName: the given name "Said" that opens a name the
// recogniser read as the verb ("Said Omar Farah, the governor, said")
// belongs to the name when the person has a reporting verb of his own;
// "Said Omar Farah:" is the verb. Sentences invented; the positives
// failed before the rule.
func TestActor31SaidGivenName(t *testing.T) {
	for _, tc := range []memCase{
		{name: "at the sentence start, apposition and said", text: "Said Omar Farah, the governor of the region, said the road was open. Farah told reporters the army had left.",
			pers: []string{"Omar Farah", "Farah#2"}, want: []want{{"Said Omar Farah", "Said Omar Farah", "", "person"}, {"Farah", "Said Omar Farah", "", "person"}}},
		{name: "after a title, told", text: "Regional leader Said Omar Farah told reporters the road was open.",
			pers: []string{"Omar Farah"}, want: []want{{"Said Omar Farah", "Said Omar Farah", "", "person"}}},
		// negatives
		{name: "the verb before the name", text: "Said Omar Farah: \"We will not leave the town.\"",
			pers: []string{"Omar Farah"}, want: []want{{"Omar Farah", "Omar Farah", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
