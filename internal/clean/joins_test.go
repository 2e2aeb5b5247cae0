package clean

import "testing"

// TestBrokenSentenceJoins is issue 3's table: a paragraph that cannot end a
// sentence (it ends in a title or role noun, an article, a preposition, a
// possessive, a comma or a conjunction, with no end punctuation) and the
// blank-line-separated line(s) that go on with it (a name, a lower-case
// word, a verb) are one sentence; headlines, subheads, bylines, datelines,
// list items, captions and widget lines stay apart. Invented texts.
func TestBrokenSentenceJoins(t *testing.T) {
	c := load(t)
	tests := []struct{ name, body, want string }{
		// Joins.
		{"role noun, name over two lines, verb",
			"The Velora Defence Ministry's spokesman\n\nTarov\n\nBelsk\n\nsaid that two drones were downed.",
			"The Velora Defence Ministry's spokesman Tarov Belsk said that two drones were downed."},
		{"role noun, name over three lines",
			"The brigade's commander, Colonel\n\nMarek\n\nTalvo\n\nVend\n\ntold reporters the town held.",
			"The brigade's commander, Colonel Marek Talvo Vend told reporters the town held."},
		{"name over lines after single breaks",
			"The ministry spokeswoman\nIra\nDunmore\nsaid the strike hit a depot.",
			"The ministry spokeswoman Ira Dunmore said the strike hit a depot."},
		{"role noun then a verb",
			"The army's spokesman\n\nsaid the town was taken.",
			"The army's spokesman said the town was taken."},
		{"role noun then a name and its verb",
			"The ministry's chief negotiator\n\nAnna Kestrel told reporters the talks had stalled.",
			"The ministry's chief negotiator Anna Kestrel told reporters the talks had stalled."},
		{"possessive then a title and a name",
			"Velora's\n\nForeign Minister\n\nIra Dunmore\n\nsaid on Monday the border was shut.",
			"Velora's Foreign Minister Ira Dunmore said on Monday the border was shut."},
		{"possessive then a capitalised noun",
			"Troops crossed into Kestrova's\n\nBorder Region on Monday.",
			"Troops crossed into Kestrova's Border Region on Monday."},
		{"possessive then lower case",
			"Shells hit the region's\n\nnorthern villages overnight.",
			"Shells hit the region's northern villages overnight."},
		{"comma then a capitalised clause",
			"On Tuesday,\n\nVeloran forces shelled the port.",
			"On Tuesday, Veloran forces shelled the port."},
		{"comma inside a quotation then the cue",
			"\"We will not retreat,\"\n\nthe commander said.",
			"\"We will not retreat,\" the commander said."},
		{"comma then the speaker's name",
			"\"The line holds,\"\n\nOleg Varn said on Sunday.",
			"\"The line holds,\" Oleg Varn said on Sunday."},
		{"conjunction",
			"Two soldiers were killed and\n\nthree were wounded.",
			"Two soldiers were killed and three were wounded."},
		{"preposition then a place",
			"Drones struck a depot near\n\nKestrova on Sunday.",
			"Drones struck a depot near Kestrova on Sunday."},
		{"article",
			"Officials said the\n\nattack was repelled.",
			"Officials said the attack was repelled."},
		{"title then a name then a verb",
			"President\n\nAlen Dorsk\n\nsigned the decree.",
			"President Alen Dorsk signed the decree."},

		// Non-joins.
		{"headline ending in a role noun",
			"Velora names new navy commander\n\nAdmiral Ivan Petrov took command on Monday.",
			"Velora names new navy commander\n\nAdmiral Ivan Petrov took command on Monday."},
		{"noun-phrase headline then a plain paragraph",
			"Velora's new army chief\n\nThe appointment came after a week of losses.",
			"Velora's new army chief\n\nThe appointment came after a week of losses."},
		{"subhead ending in a role noun, one capitalised word",
			"A message from the commander\n\nSoldiers were told to hold the line.",
			"A message from the commander\n\nSoldiers were told to hold the line."},
		{"headline and subhead",
			"Drone strikes hit Kestrova\n\nRegional governor says two dead\n\nTwo people were killed overnight.",
			"Drone strikes hit Kestrova\n\nRegional governor says two dead\n\nTwo people were killed overnight."},
		{"byline then dateline",
			"By Jane Roe and Tom Vell\n\nKESTROVA, Velora (Example News) - Two drones struck the port.",
			"By Jane Roe and Tom Vell\n\nKESTROVA, Velora (Example News) - Two drones struck the port."},
		{"byline, role line, paragraph",
			"By Jane Roe\n\nVelora correspondent\n\nThe war entered its third year.",
			"By Jane Roe\n\nVelora correspondent\n\nThe war entered its third year."},
		{"dateline alone",
			"KESTROVA, Velora\n\nTwo drones struck the port.",
			"KESTROVA, Velora\n\nTwo drones struck the port."},
		{"comma then list items",
			"The ministry listed the losses,\n\n- two tanks\n- three drones",
			"The ministry listed the losses,\n\n- two tanks\n- three drones"},
		{"caption then credit then paragraph",
			"Soldiers of the brigade near Kestrova on Monday\n\nJane Roe\n\nThe brigade lost two tanks.",
			"Soldiers of the brigade near Kestrova on Monday\n\nJane Roe\n\nThe brigade lost two tanks."},
		{"widget list of places",
			"Most read\n\nVelora\n\nKestrova\n\nThe strike hit a school.",
			"Velora\n\nKestrova\n\nThe strike hit a school."},
		{"contraction is no possessive",
			"Here is what the army says and what it's\n\nThe ministry denied it.",
			"Here is what the army says and what it's\n\nThe ministry denied it."},
		{"name lines too long for one name",
			"The ministry's spokesman\n\nTarov Belsk\n\nAnna Kestrel\n\nIra Dunmore\n\nsaid so.",
			"The ministry's spokesman\n\nTarov Belsk\n\nAnna Kestrel Ira Dunmore said so."},
		{"two-word lines are no cut name",
			"The ministry's spokesman\n\nTarov Belsk\n\nAnna Kestrel\n\nsaid so.",
			"The ministry's spokesman\n\nTarov Belsk Anna Kestrel said so."},

		// Wire credit lines stay, apart from the last sentence.
		{"credit line kept apart",
			"The talks resumed on Monday.\n\n(Reporting by Jane Roe in Kestrova; Additional reporting by Tom Vell; Editing by Ann Marsh)",
			"The talks resumed on Monday.\n\n(Reporting by Jane Roe in Kestrova; Additional reporting by Tom Vell; Editing by Ann Marsh)"},
		{"additional reporting line after a single break",
			"The talks resumed on Monday.\nAdditional reporting by Tom Vell in Doha",
			"The talks resumed on Monday.\nAdditional reporting by Tom Vell in Doha"},
		{"credit kept, copyright dropped",
			"The talks resumed.\n\n(Reporting by Jane Roe; Editing by Ann Marsh)\n© 2031 Example News",
			"The talks resumed.\n\n(Reporting by Jane Roe; Editing by Ann Marsh)"},
		{"credit after an unpunctuated last line",
			"Two drones were shot down\n(Writing by Jane Roe; Editing by Ann Marsh)",
			"Two drones were shot down\n(Writing by Jane Roe; Editing by Ann Marsh)"},
		{"credit then outlet sign-off",
			"The talks resumed.\n\nReporting by Jane Roe in Doha\n\n(Reuters)",
			"The talks resumed.\n\nReporting by Jane Roe in Doha"},
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
