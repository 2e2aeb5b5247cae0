package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSides28cSpeakers: speakers whose side the story gives without
// naming it (session 28, round 2, lane sides2): a court or judge named by
// its kind (the state that tries the case), a body the knowledge base
// lacks named with a state body's head (the story's state, or the state a
// place in its name lies in; not an NGO of that shape), a shadow minister
// and a party leader who sits in parliament (lawmakers speak for their
// state, devgold conventions), "a government spokesman" after a UN agency
// spoke (a state's, not the agency's: the actor stage leaves it, "?",
// and the claim stage gives the story's state). Sentences invented; the
// cases other than "told the court", the refugee council, the Manila
// council and the protest leader failed before the rules.
func TestSides28cSpeakers(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	type ne struct {
		s, kind string
		n       int
	}
	for _, tc := range []struct {
		name, text string
		ents       []ne
		probe      string
		n          int
		want       string
	}{
		{"a judge named by his court and place",
			"QUITO — Ecuador's president said the port would reopen. A High Court judge in Quito ordered the release of three dockworkers on Monday, saying the police had no warrant.",
			[]ne{{"High Court", org, 1}}, "High Court judge", 1, "ECU"},
		{"a bare judge takes the state of the case",
			"LIMA — Peru's congress voted on the budget. A judge ordered the release of the mayor of Lima, saying the charges were vague.",
			nil, "judge", 1, "PER"},
		{"the court after an appeals court in a capital",
			"Lawyers for the journalist plan to appeal. An appeals court in Hanoi on Monday upheld his sentence. The court said he had spread false news about Vietnam.",
			nil, "court", 1, "VNM"}, // the second "court": "upheld" stands too far for a voice
		{"told the court is no speaker",
			"NAIROBI — Kenya's police chief told the court that the file was lost.",
			nil, "court", 1, "?"},
		{"an electoral commission the base lacks",
			"ACCRA — Ghana's president called for calm. The Independent Electoral Body Commission said the count in Ghana would end on Friday.",
			[]ne{{"Independent Electoral Body Commission", org, 1}}, "Independent Electoral Body Commission", 1, "GHA"},
		{"an audit office the base lacks, in a story about one state",
			"DAKAR — Senegal's debt rose again. The Court of Accounts said in a report that Senegal had hidden loans.",
			[]ne{{"Court of Accounts", org, 1}}, "Court of Accounts", 1, "SEN"},
		{"a court the base lacks, with its place in the name",
			"Two lawyers were arrested at the port. The Manila Regional Trial Court said the lawyers had been freed.",
			[]ne{{"Manila Regional Trial Court", org, 1}}, "Manila Regional Trial Court", 1, "PHL"},
		{"a city court is the state's (sides28d's first run: 'The Tbilisi City Court' had no side)",
			"LIMA — Peru's police detained 40 people at a rally in Peru. The Cusco City Court said the detainees would be fined.",
			[]ne{{"Cusco City Court", org, 1}}, "Cusco City Court", 1, "PER"},
		{"a city council is left to the local-body rules",
			"LIMA — Peru's budget passed in Peru. The Callao City Council said the port road would close.",
			[]ne{{"Callao City Council", org, 1}}, "Callao City Council", 1, ""},
		{"a council named with its place is left to the public-body rules",
			"Two vessels were seen near the port. The Manila Maritime Council said the ships had left.",
			[]ne{{"Manila Maritime Council", org, 1}}, "Manila Maritime Council", 1, ""},
		{"a refugee council is an NGO",
			"OSLO — Norway pledged more aid. The Nordic Refugee Council said camps in Norway were full.",
			[]ne{{"Nordic Refugee Council", org, 1}}, "Nordic Refugee Council", 1, ""},
		{"a shadow minister speaks for his state",
			"OTTAWA — Canada's budget was tabled on Tuesday in Canada. Shadow Finance Minister Greta Holloway said the deficit was too large.",
			[]ne{{"Greta Holloway", per, 1}}, "Greta Holloway", 1, "CAN"},
		{"a party leader who sits in parliament",
			"ACCRA — Ghana's budget passed in Ghana. Kwame Asante, who leads a small opposition party in parliament, said the budget would fail.",
			[]ne{{"Kwame Asante", per, 1}}, "Kwame Asante", 1, "GHA"},
		{"a protest leader outside parliament",
			"ACCRA — Ghana's budget passed in Ghana. Kwame Asante, who leads a protest movement in Accra, said the budget would fail.",
			[]ne{{"Kwame Asante", per, 1}}, "Kwame Asante", 1, ""},
		{"a floor leader of a party",
			"SEOUL — South Korea's budget passed in South Korea. Lee Ho-jin, floor leader of the People Power Party, said the vote was rushed.",
			[]ne{{"Lee Ho-jin", per, 1}}, "Lee Ho-jin", 1, "KOR"},
		{"a government spokesman after a UN agency",
			"HARARE — Zimbabwe's harvest failed. UNICEF said 2 million children in Zimbabwe were hungry. A government spokesman said food stocks were enough.",
			[]ne{{"UNICEF", org, 1}}, "A government spokesman", 1, "?"}, // left to the claim stage, which gives the story's state
	} {
		var es []parallax.Entity
		for _, e := range tc.ents {
			es = append(es, ent(tc.text, e.s, e.kind, e.n))
		}
		doc := run(t, tc.text, "2025-06-10", es...)
		if got := sideOf(doc, tc.probe, tc.n); got != tc.want {
			var seen []string
			for _, e := range doc.Entities {
				seen = append(seen, e.Text+"="+e.Side)
			}
			t.Errorf("%s: %q side %q, want %q (%v)", tc.name, tc.probe, got, tc.want, seen)
		}
	}
}
