package actor

import "testing"

// TestSides31GroupPosts: a leader or secretary-general in apposition by
// a class noun's possessive ("NAME, the group's leader,", "NAME, the
// movement's secretary-general,") holds a post of the story's armed
// group; no group's post where the possessor is no armed group's class
// noun (session 31, lane sides5;
// sentences invented, the positives failed before the rule).
func TestSides31GroupPosts(t *testing.T) {
	for _, tc := range []memCase{
		{name: "the movement's secretary-general", published: "1999-01-20", text: "LISBON, Jan 20 — UNITA rebels shot down a plane. Paulo Lukamba Gato, the movement's secretary-general, denied that UNITA had shot down the plane.",
			pers: []string{"Paulo Lukamba Gato"}, orgs: []string{"UNITA", "UNITA#2"}, want: []want{{"Paulo Lukamba Gato", "Paulo Lukamba Gato", "UNITA", "person"}}},
		{name: "the group's leader", published: "1996-08-02", text: "NEW DELHI, Aug 2 — Troops killed 200 Tamil Tiger guerrillas. Velupillai Prabhakaran, the group's leader, said the war would go on.",
			pers: []string{"Velupillai Prabhakaran"}, want: []want{{"Velupillai Prabhakaran", "Velupillai Prabhakaran", "LTTE", "person"}}},
		// negatives
		{name: "a company's chairman", published: "1999-01-20", text: "LISBON, Jan 20 — UNITA rebels shot down a plane. Antonio Mosquito, the company's chairman, said its flights would stop.",
			pers: []string{"Antonio Mosquito"}, orgs: []string{"UNITA"}, want: []want{{"Antonio Mosquito", "Antonio Mosquito", "", "person"}}},
		{name: "a team's leader", published: "1996-08-02", text: "COLOMBO, Aug 2 — Tamil Tiger guerrillas attacked a camp. Kumar Ponnambalam, the team's leader, said the match would go ahead.",
			pers: []string{"Kumar Ponnambalam"}, want: []want{{"Kumar Ponnambalam", "Kumar Ponnambalam", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestSides31MemberSingular: the singular of an armed group's one-word
// plural name stands for the group before a member's title ("A Tiger
// spokesman, NAME,"), in the stories of its conflict only.
func TestSides31MemberSingular(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a Tiger spokesman", published: "1996-08-02", text: "NEW DELHI, Aug 2 — Fighting raged near Mullaitivu in Sri Lanka. A Tiger spokesman, Anton Balasingham, said the camp had been overrun.",
			pers: []string{"Anton Balasingham"}, want: []want{{"Anton Balasingham", "Anton Balasingham", "LTTE", "person"}}},
		// negative: another conflict's story
		{name: "a tiger elsewhere", published: "2019-08-02", text: "NAIROBI, Aug 2 — A Tiger spokesman, John Kamau, said the club would sign two players.",
			pers: []string{"John Kamau"}, want: []want{{"John Kamau", "John Kamau", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestSides31Days: a curated row holds on its days only (orgs.tsv's days
// column): the PLO is an armed group until the Palestinian Authority's
// creation in May 1994 and speaks for the Palestinian authorities (PSE)
// after; the RUF and the FMLN are armed groups until they laid down
// their arms.
func TestSides31Days(t *testing.T) {
	for _, tc := range []memCase{
		{name: "the PLO in 1982", published: "1982-07-20", text: "NICOSIA — Israeli gunboats shelled Beirut. The PLO said 30 people had been killed.",
			orgs: []string{"PLO"}, want: []want{{"PLO", "Palestine Liberation Organization", "PLO", "group"}}},
		{name: "the PLO in 2001", published: "2001-12-11", text: "CAIRO — Israeli jets struck Gaza. The PLO said four policemen had been killed.",
			orgs: []string{"PLO"}, want: []want{{"PLO", "Palestine Liberation Organization", "PSE", "organization"}}},
		{name: "the PLO undated", published: "undated", text: "Israeli jets struck Gaza. The PLO said four policemen had been killed.",
			orgs: []string{"PLO"}, want: []want{{"PLO", "Palestine Liberation Organization", "PSE", "organization"}}},
		{name: "the RUF in 1991", published: "1991-03-18", text: "ABIDJAN — Fighting spread in Sierra Leone. The RUF said its fighters had taken two towns.",
			orgs: []string{"RUF"}, want: []want{{"RUF", "Revolutionary United Front", "RUF", "group"}}},
		{name: "the FMLN in 1989", published: "1989-11-14", text: "MEXICO CITY — Fighting spread in San Salvador. The FMLN said its offensive would go on in El Salvador.",
			orgs: []string{"FMLN"}, want: []want{{"FMLN", "Farabundo Marti National Liberation Front", "FMLN", "group"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
