package actor

import "testing"

// TestUSLegislatorTags: a member of Congress named with the party-and-
// state tag US newsrooms use (", R-Texas,", "(D-N.C.)") or with a state's
// name before the party in apposition (", a New Jersey Democrat who")
// speaks for the United States; Canada's "New Democrat" MPs do not.
func TestUSLegislatorTags(t *testing.T) {
	for _, tc := range []memCase{
		{name: "comma tag", text: "Rep. Lina Corvo, R-Ariz., told reporters the bill would fail.",
			pers: []string{"Lina Corvo"}, want: []want{{"Lina Corvo", "Lina Corvo", "USA", "person"}}},
		{name: "bracketed tag", text: "Sen. Omar Feld (D-Minn.), who chairs the panel, said hearings would resume.",
			pers: []string{"Omar Feld"}, want: []want{{"Omar Feld", "Omar Feld", "USA", "person"}}},
		{name: "state before party", text: "Hugh Bannerman, an Ohio Republican who leads the caucus, said the vote was delayed.",
			pers: []string{"Hugh Bannerman"}, want: []want{{"Hugh Bannerman", "Hugh Bannerman", "USA", "person"}}},
		{name: "two-word state before party", text: "Carla Imbert, a New Mexico Democrat, said the water rules were unfair.",
			pers: []string{"Carla Imbert"}, want: []want{{"Carla Imbert", "Carla Imbert", "USA", "person"}}},
		// negatives
		{name: "Canada's New Democrats", text: "Yves Tardif, a Montreal New Democrat MP, said the ministry had hidden the report.",
			pers: []string{"Yves Tardif"}, want: []want{{"Yves Tardif", "Yves Tardif", "", "person"}}},
		{name: "a capitalised compound that is no tag", text: "Mara Quist, D-Day veteran and author, said the beaches had changed.",
			pers: []string{"Mara Quist"}, want: []want{{"Mara Quist", "Mara Quist", "", "person"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { runMem(t, tc) })
	}
}
