package actor

import (
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
