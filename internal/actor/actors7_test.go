package actor

import "testing"

// TestSurnameOfUntaggedFullName: the recogniser tagged only the surname
// of a name the knowledge base does not know ("Will Wang", "Water Lee"):
// the full name written before is the person's name, for that mention and
// for the bare surname later. A name opened by a function word, or one the
// recogniser tagged as a place or an organisation, gives none (the
// surname alone is then the person's one name).
func TestSurnameOfUntaggedFullName(t *testing.T) {
	for _, tc := range []memCase{
		{name: "first word a modal's spelling",
			text: "Will Ostrander, a teacher from Leeds, joined the march. Ostrander said the police pushed him.",
			pers: []string{"Ostrander#1", "Ostrander#2"},
			want: []want{{"Will Ostrander", "Will Ostrander", "", "person"}, {"Ostrander", "Will Ostrander", "", "person"}}},
		{name: "short surname, first word a common noun",
			text: "Crowds gathered on Friday. Water Kim, a lecturer, said the vote was rushed. Kim added that courts would decide.",
			pers: []string{"Kim#1", "Kim#2"},
			want: []want{{"Water Kim", "Water Kim", "", "person"}, {"Kim", "Water Kim", "", "person"}}},
		{name: "three words",
			text: "Tamsin Rowe Halloran runs a shelter in the north. Halloran told reporters more families came.",
			pers: []string{"Halloran#2"},
			want: []want{{"Halloran", "Tamsin Rowe Halloran", "", "person"}}},
		// negatives
		{name: "sentence opened by a function word",
			text: "Unlike Ostrander, the mayor stayed home. Ostrander said the police pushed him.",
			pers: []string{"Ostrander#1", "Ostrander#2"},
			want: []want{{"Ostrander#2", "", "", "person"}}},
		{name: "a heading's last word before the name",
			text: "Fieldwork\n\nOstrander said the police pushed him. Ostrander left.",
			pers: []string{"Ostrander#1", "Ostrander#2"},
			want: []want{{"Ostrander#1", "", "", "person"}}},
		{name: "an interjection",
			text: "Hey Ostrander, the mayor shouted. Ostrander said nothing.",
			pers: []string{"Ostrander#1", "Ostrander#2"},
			want: []want{{"Ostrander#2", "", "", "person"}}},
		{name: "the run is an organisation",
			text: "Harlow Ostrander opened two offices this year. Ostrander said sales rose.",
			pers: []string{"Ostrander#2"}, orgs: []string{"Harlow Ostrander"},
			want: []want{{"Ostrander", "Ostrander", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}

// TestStateAgencies: a state's news agency named by its acronym speaks for
// that state in a story about it, and is nobody in a story that names
// neither the state nor its capital.
func TestStateAgencies(t *testing.T) {
	for _, tc := range []memCase{
		{name: "AKP", text: "Cambodian troops moved to the border, AKP reported on Monday.",
			want: []want{{"AKP", "Agence Kampuchea Presse", "KHM", ""}}},
		{name: "APA", text: "Azerbaijan said two soldiers were wounded, APA reported.",
			want: []want{{"APA", "Azeri-Press Agency", "AZE", ""}}},
		{name: "KPL", text: "Flooding in Vientiane displaced 300 families, KPL said.",
			want: []want{{"KPL", "Lao News Agency", "LAO", ""}}},
		{name: "BSS", text: "Police in Dhaka detained nine men, the state-run BSS said.",
			want: []want{{"BSS", "Bangladesh Sangbad Sangstha", "BGD", ""}}},
		{name: "SONNA", text: "Somali forces retook the village, SONNA reported.",
			want: []want{{"SONNA", "Somali National News Agency", "SOM", ""}}},
		// negative: no state named
		{name: "APA elsewhere", text: "The APA said the new guidelines would help therapists.",
			want: []want{{"APA", "", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
