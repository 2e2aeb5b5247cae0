package actor

import (
	"testing"
	"testing/fstest"
)

// Session 9 (actors8): the kinds the second speaker battery found, on new
// sentences with invented people beside real office holders.

// TestRoleSideOnTheDay: an office held for another side than the entry's
// own ("ROLE#SIDE") gives that side on the days it was held, and its
// holder is that side's office holder then.
func TestRoleSideOnTheDay(t *testing.T) {
	fsys := fstest.MapFS{
		"kb/countries.tsv": {Data: []byte("NLD\tNetherlands\t\tDutch\tAmsterdam\tNL\nBEL\tBelgium\t\tBelgian\tBrussels\tBE\n")},
		"kb/orgs.tsv":      {Data: []byte("NATO\torganization\tNATO\tthe alliance\t\n")},
		"kb/people.tsv": {Data: []byte("Joost Verbeek\tNATO\t\tprime minister#NLD:2012-01-01..2020-06-30;secretary-general:2021-01-01..\n" +
			"Anke Mol\tNLD\t\tprime minister:2020-07-01..\n")},
		"kb/petrarch_people.tsv": {},
	}
	kb, err := LoadFS(fsys, "kb")
	if err != nil {
		t.Fatal(err)
	}
	p, ok := kb.Actor("Joost Verbeek")
	if !ok {
		t.Fatal("no Joost Verbeek")
	}
	for _, tc := range []struct{ day, side string }{
		{"2015-03-01", "NLD"}, {"2022-03-01", "NATO"}, {"2020-09-01", "NATO"}, {"", "NATO"},
	} {
		if got := p.sideOn(tc.day); got != tc.side {
			t.Errorf("side on %q = %q, want %q", tc.day, got, tc.side)
		}
	}
	for _, tc := range []struct{ side, day, want string }{
		{"NLD", "2015-03-01", "Joost Verbeek"},
		{"NLD", "2021-03-01", "Anke Mol"},
		{"NATO", "2015-03-01", ""}, // the Dutch office is no NATO office
	} {
		got, _ := kb.OfficeHolder(tc.side, "prime minister", tc.day)
		if got.Name != tc.want {
			t.Errorf("%s prime minister on %s = %q, want %q", tc.side, tc.day, got.Name, tc.want)
		}
	}
	if _, err := parseRole("#NLD:2012-01-01.."); err == nil {
		t.Error("a role with a side and no title parsed")
	}
}

// TestTitleOfTheDay: a person's side follows the office held on the
// story's day; titles and honorifics around known names; a definite title
// that speaks names the holder of the day in the story's state.
func TestTitleOfTheDay(t *testing.T) {
	for _, tc := range []memCase{
		// an armed group's leader before he led the state
		{name: "group leader in 2022", published: "2022-10-03",
			text: "HTS leader Abu Mohammed al-Jolani said on Monday that his fighters would hold the front near Saraqib.",
			pers: []string{"Abu Mohammed al-Jolani"}, want: []want{{"Abu Mohammed al-Jolani", "Ahmed al-Sharaa", "HTS", "person"}}},
		{name: "the same man as president", published: "2025-06-03",
			text: "President Ahmed al-Sharaa said on Tuesday that elections would follow within four years.",
			pers: []string{"Ahmed al-Sharaa"}, want: []want{{"Ahmed al-Sharaa", "Ahmed al-Sharaa", "SYR", "person"}}},
		{name: "a prime minister who later led NATO", published: "2019-02-11",
			text: "Prime Minister Mark Rutte said the Dutch budget would not grow. Rutte added that the coalition was stable.",
			pers: []string{"Mark Rutte", "Rutte#2"}, want: []want{{"Mark Rutte", "Mark Rutte", "NLD", "person"}, {"Rutte", "Mark Rutte", "NLD", "person"}}},
		// a courtesy title the base writes without, cut from the
		// recogniser's name as ranks are (after a title it stays)
		{name: "Sir before a name", published: "2025-02-11",
			text: "Sir Keir Starmer said Britain would double its aid to Moldova.",
			pers: []string{"Sir Keir Starmer"}, want: []want{{"Keir Starmer", "Keir Starmer", "GBR", "person"}}},
		{name: "Sir after a title", published: "2025-02-11",
			text: "Prime Minister Sir Keir Starmer said Britain would double its aid to Moldova.",
			pers: []string{"Prime Minister Sir Keir Starmer"}, want: []want{{"Keir Starmer", "Keir Starmer", "GBR", "person"}}}, // the name without "Sir", as before a name (session 29)
		{name: "a long name with Sheikh and particles", published: "2025-02-11",
			text: "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks in Doha had made progress.",
			pers: []string{"Sheikh Mohammed bin Abdulrahman Al Thani"},
			want: []want{{"Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani", "QAT", "person"}}},
		// a surname opened by its particle, capitalised at a sentence's start
		{name: "particle surname", published: "2025-02-11",
			text: "The summit ended late on Thursday. Von der Leyen told reporters that the tariffs would be answered.",
			pers: []string{"Von der Leyen"}, want: []want{{"Von der Leyen", "Ursula von der Leyen", "EU", "person"}}},
		{name: "particle surname of a premier", published: "2025-09-11",
			text: "Belgium will not seize the frozen assets, De Wever said on Friday.",
			pers: []string{"De Wever"}, want: []want{{"De Wever", "Bart De Wever", "BEL", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestDefiniteTitleOfTheStory: "The foreign secretary said" with no one
// so titled before is the holder of the day in the story's state; a title
// that does not speak, a former office and a story with no state stay
// unresolved.
func TestDefiniteTitleOfTheStory(t *testing.T) {
	uk := "Britain will send 40 more engineers to Estonia, the Ministry of Defence in London said. The British contingent will train Estonian units. "
	for _, tc := range []memCase{
		{name: "foreign secretary in March 2025", published: "2025-03-10",
			text: uk + "The Foreign Secretary said the deployment would last a year.",
			want: []want{{"Foreign Secretary", "David Lammy", "GBR", "person"}}},
		{name: "foreign secretary in November 2025", published: "2025-11-10",
			text: uk + "The foreign secretary told MPs that the deployment would last a year.",
			want: []want{{"foreign secretary", "Yvette Cooper", "GBR", "person"}}},
		{name: "the defence minister of a one-state story", published: "2025-10-01",
			text: "Kyiv wants more air defence, Ukraine's government said. Ukraine has asked Berlin for two more systems. The defence minister said the first would arrive in winter.",
			want: []want{{"defence minister", "Denys Shmyhal", "UKR", "person"}}},
		// negatives
		{name: "a title that does not speak", published: "2025-03-10",
			text: uk + "The decision was taken by the Foreign Secretary on Monday.",
			want: []want{{"Foreign Secretary", "", "", ""}}},
		{name: "a former office", published: "2025-03-10",
			text: uk + "The former foreign secretary said the deployment was too small.",
			want: []want{{"foreign secretary", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestNamesakeUnderAnotherTitle: a known office holder's name under
// another chief office he does not hold is a namesake's; under his own
// office it is his.
func TestNamesakeUnderAnotherTitle(t *testing.T) {
	colombia := "Colombia's government sent troops to Catatumbo on Tuesday. Colombia's army said the rebels had fled. Bogota wants talks. "
	for _, tc := range []memCase{
		{name: "a defence minister named as a premier", published: "2025-03-11",
			text: colombia + "Defense Minister Pedro Sanchez told reporters that 5,000 troops had arrived.",
			pers: []string{"Pedro Sanchez"}, want: []want{{"Pedro Sanchez", "Pedro Sanchez", "COL", "person"}}},
		{name: "the premier under his own title", published: "2025-03-11",
			text: "Spain will raise its defence spending, Prime Minister Pedro Sanchez said in Madrid.",
			pers: []string{"Pedro Sanchez"}, want: []want{{"Pedro Sanchez", "Pedro Sánchez", "ESP", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestOwnersOfTitles: "her spokeswoman, NAME" speaks for the person named
// before; "Arizona Gov. NAME" is a local office of the place's state;
// "Brussels said" is the EU's in a story that names the EU; "the junta
// chief" is the head of the army the base lists as the junta.
func TestOwnersOfTitles(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a governor's abbreviated title", published: "2025-04-02",
			text: "Nevada Gov. Martin Okafor signed the water bill on Tuesday.",
			pers: []string{"Martin Okafor"}, places: []string{"Nevada=US"},
			want: []want{{"Martin Okafor", "Martin Okafor", "USA", "person"}}},
		{name: "her spokeswoman", published: "2025-04-02",
			text: "Nevada Gov. Martin Okafor signed the water bill on Tuesday, and his spokeswoman, Lena Brandt, said farmers would be paid first.",
			pers: []string{"Martin Okafor", "Lena Brandt"}, places: []string{"Nevada=US"},
			want: []want{{"Lena Brandt", "Lena Brandt", "USA", "person"}}},
		{name: "two sides before the pronoun", published: "2025-04-02",
			text: "Defence Minister Rustam Aliev of Tajikistan met Kyrgyz Foreign Minister Jeenbek Kulubaev. His spokesman, Farrukh Saidov, said the border would reopen.",
			pers: []string{"Rustam Aliev", "Jeenbek Kulubaev", "Farrukh Saidov"}, places: []string{"Tajikistan=TJ"},
			want: []want{{"Farrukh Saidov", "Farrukh Saidov", "", "person"}}},
		{name: "Brussels for the EU", published: "2025-04-02",
			text: "The European Commission will fine the carmaker. Brussels said on Friday that the fine would reach 900 million euros.",
			want: []want{{"Brussels", "European Union", "EU", "organization"}}},
		{name: "Brussels for Belgium", published: "2025-04-02",
			text: "Belgium will close two reactors. Brussels said on Friday that the reactors were too old.",
			want: []want{{"Brussels", "Government of Belgium", "BEL", "government"}}},
		{name: "the junta chief", published: "2025-04-02",
			text: "Myanmar's junta lifted the curfew in Mandalay. The junta chief said the election would take place in December.",
			want: []want{{"junta chief", "Min Aung Hlaing", "MMR", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestFormerAndPartyAppositions: a former office holder speaks for
// himself unless the base or a title before the name gives a present
// office; "a Democrat from Colorado" is a US politician.
func TestFormerAndPartyAppositions(t *testing.T) {
	for _, tc := range []memCase{
		{name: "former run before an unknown name", published: "2025-08-20",
			text: "Former Russian deputy foreign minister Pavel Orlov said the summit had changed nothing.",
			pers: []string{"Pavel Orlov"}, want: []want{{"Pavel Orlov", "Pavel Orlov", "", "person"}}},
		{name: "former apposition, no title before", published: "2025-08-20",
			text: "Russia's army kept advancing. Pavel Orlov, a former Russian deputy foreign minister, said the summit had changed nothing.",
			pers: []string{"Pavel Orlov"}, want: []want{{"Pavel Orlov", "Pavel Orlov", "", "person"}}},
		{name: "present title before, former apposition", published: "2025-03-12",
			text: "\"The freeze is over,\" Republican Representative Ted Hollis, former chairman of the House Foreign Affairs Committee, told reporters in Washington.",
			pers: []string{"Ted Hollis"}, want: []want{{"Ted Hollis", "Ted Hollis", "USA", "person"}}},
		{name: "party apposition after a quote", published: "2025-05-07",
			text: "\"We were never told,\" said Rep. Nora Blake, a Democrat from Oregon who sits on the Armed Services Committee.",
			pers: []string{"Nora Blake"}, want: []want{{"Nora Blake", "Nora Blake", "USA", "person"}}},
		{name: "party apposition of a German", published: "2025-05-07",
			text: "Klaus Berger, a Christian Democrat from Bavaria, said the budget was too small.",
			pers: []string{"Klaus Berger"}, want: []want{{"Klaus Berger", "Klaus Berger", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestUnnamedOfficials: an official "close to" a body speaks for it, and
// "A second official" and "The official" after refer back to it; a
// definite title in a dated story from a capital is that state's.
func TestUnnamedOfficials(t *testing.T) {
	for _, tc := range []memCase{
		{name: "close to the group, then the official", published: "2025-09-30",
			text: "Hezbollah will not hand over its heavy weapons, a Lebanese official close to the group said on Tuesday. A second official said talks with the army would resume. The official said no date had been set.",
			want: []want{{"Lebanese official", "Hezbollah", "HEZBOLLAH", "group"}, {"A second official", "Hezbollah", "HEZBOLLAH", "group"}, {"The official", "Hezbollah", "HEZBOLLAH", "group"}}},
		{name: "a source close to the army", published: "2025-09-30",
			text: "The Sudanese army retook the bridge, a source close to the army said.",
			want: []want{{"source close to the army", "", "", ""}, {"Sudanese army", "Sudanese Armed Forces", "SDN", "military"}}},
		{name: "the dateline's prime minister", published: "2025-05-29",
			text: "YEREVAN - The Prime Minister said on Thursday that talks with Azerbaijan would go on. Azerbaijan wants a new text. Baku has asked for more. Azerbaijan's foreign ministry agreed.",
			want: []want{{"Prime Minister", "Nikol Pashinyan", "ARM", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestPlacePossessedTitle: an official title a place possesses, set off
// before the name ("Ohio's top election official, NAME,"), is an office
// of the place's state; a place's private title is none.
func TestPlacePossessedTitle(t *testing.T) {
	for _, tc := range []memCase{
		{name: "a state's election official", published: "2016-11-25",
			text: "Recount requests rose, and Ohio's top election official, Dana Kerrigan, said the count would finish on time.",
			pers: []string{"Dana Kerrigan"}, places: []string{"Ohio=US"}, want: []want{{"Dana Kerrigan", "Dana Kerrigan", "USA", "person"}}},
		{name: "a place's chef", published: "2016-11-25",
			text: "Votes were counted, and Ohio's best-known chef, Dana Kerrigan, said the count would finish on time.",
			pers: []string{"Dana Kerrigan"}, places: []string{"Ohio=US"}, want: []want{{"Dana Kerrigan", "Dana Kerrigan", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
