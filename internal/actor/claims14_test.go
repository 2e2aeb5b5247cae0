package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestOfficeNamedForAnother: an unknown person under a title the story
// already gave another named holder of the same state ("Serbia's Prime
// Minister NAME1 said ... Prime Minister NAME2 warned") takes no story
// state; another office of the state ("Interior Minister NAME2") and a
// deputy's title still do.
func TestOfficeNamedForAnother(t *testing.T) {
	const lead = "Serbia closed two crossings on Friday. Serbia said the border was calm. Serbia's Prime Minister Dragan Vukic said the army was on alert. "
	for _, tc := range []struct {
		name, second, person, side string
	}{
		{"second prime minister", "Later, Prime Minister Milos Radic warned that smugglers were active.", "Milos Radic", ""},
		{"another office", "Later, Interior Minister Milos Radic warned that smugglers were active.", "Milos Radic", "SRB"},
		{"a deputy's office", "Later, Deputy Prime Minister Milos Radic warned that smugglers were active.", "Milos Radic", "SRB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := lead + tc.second
			doc := run(t, text, "2019-05-04",
				ent(text, "Serbia", "gpe", 1), ent(text, "Serbia", "gpe", 2), ent(text, "Serbia", "gpe", 3),
				ent(text, "Dragan Vukic", "person", 1), ent(text, tc.person, "person", 1))
			var got []parallax.Entity
			for _, e := range doc.Entities {
				if e.Text == tc.person {
					if e.Side != tc.side {
						t.Errorf("%s: side %q, want %q", tc.person, e.Side, tc.side)
					}
					return
				}
				got = append(got, e)
			}
			t.Fatalf("no entity %q: %+v", tc.person, got)
		})
	}
}

// TestUndatedReleaseLead: an undated government release that opens with
// a bare title ("Foreign Secretary welcomes ...") names the government's
// person the next sentence names; a news story's lead does not, and a
// title with no such person after it stays unresolved.
func TestUndatedReleaseLead(t *testing.T) {
	const ukURL = "https://www.gov.uk/government/news/x"
	for _, tc := range []struct {
		name, url, text, side string
	}{
		{"release lead", ukURL, "Foreign Secretary welcomes the ceasefire agreed by the two armies.\n\nPhilip Hammond said: The truce must now hold.", "GBR"},
		{"news lead", "https://www.example.com/news/x", "Foreign Secretary welcomes the ceasefire agreed by the two armies.\n\nPhilip Hammond said: The truce must now hold.", ""},
		{"no person after", ukURL, "Foreign Secretary welcomes the ceasefire agreed by the two armies.\n\nThe truce must now hold, the statement said.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ents []parallax.Entity
			if strings.Contains(tc.text, "Philip Hammond") {
				ents = append(ents, ent(tc.text, "Philip Hammond", "person", 1))
			}
			doc := &parallax.Document{Article: parallax.Article{URL: tc.url}, Text: tc.text, Entities: ents}
			New(sharedKB(t)).Process(doc)
			side := ""
			for _, e := range doc.Entities {
				if e.Text == "Foreign Secretary" {
					side = e.Side
				}
			}
			if side != tc.side {
				t.Errorf("Foreign Secretary: side %q, want %q (%+v)", side, tc.side, doc.Entities)
			}
		})
	}
}
