package clean

import "testing"

// TestTitleGivenNameJoins: a government release pasted from a PDF or a
// page of fixed width breaks a line between the given name and the
// surname of the minister it quotes ("Foreign Secretary David" / "Lammy
// said today ..."). A line ending in a title and one capitalised word,
// followed by a line that opens with one capitalised word and a reporting
// verb, is one sentence; headings that end in a title or a full name, and
// lines whose next line repeats the name, stay apart. Invented texts.
func TestTitleGivenNameJoins(t *testing.T) {
	c := load(t)
	tests := []struct{ name, body, want string }{
		// Joins.
		{"title and given name, surname and said",
			"The UK will provide new aid, the department announced today.\n\nForeign Secretary Ira\nDunmore said today that the world could not look away.",
			"The UK will provide new aid, the department announced today.\n\nForeign Secretary Ira Dunmore said today that the world could not look away."},
		{"title and given name across a blank line, surname and told",
			"Defence Minister Tarov\n\nBelsk told parliament the border was shut.",
			"Defence Minister Tarov Belsk told parliament the border was shut."},
		{"minister for a region and a given name, surname and added",
			"Minister for the Middle East Anna\nKestrel added that the talks would resume.",
			"Minister for the Middle East Anna Kestrel added that the talks would resume."},
		{"name in apposition after the title, surname and its comma",
			"The Special Representative for Velora, Ira\nDunmore, said the war must end.",
			"The Special Representative for Velora, Ira Dunmore, said the war must end."},

		// Non-joins.
		{"salutation and a name",
			"Hi Sara, John\nDunmore said he would call.",
			"Hi Sara, John\nDunmore said he would call."},
		{"heading ending in a role noun",
			"Statement by the Foreign Secretary\nDunmore said the world could not look away.",
			"Statement by the Foreign Secretary\nDunmore said the world could not look away."},
		{"heading that is a full name, then the surname and said",
			"Foreign Secretary Ira Dunmore\nDunmore said today that the world could not look away.",
			"Foreign Secretary Ira Dunmore\nDunmore said today that the world could not look away."},
		{"title and name line, then a sentence without a reporting verb",
			"Remarks by President Dorsk\nThank you all for coming.",
			"Remarks by President Dorsk\nThank you all for coming."},
		{"a line with no title before the name",
			"Notes from Velora and Kestrova\nBelsk said the talks would resume.",
			"Notes from Velora and Kestrova\nBelsk said the talks would resume."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := c.Clean(tt.body, "")
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
			checkMap(t, tt.body, got, m)
		})
	}
}
