package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestUnlistedGroupAfterDateline: an armed group the base lacks that opens
// its clause ("X said its guerrillas ...") is read so after a dateline the
// sentence splitter joined to the first sentence, as it is at the
// sentence's start (session 30, found by the lead where the retrained
// boundary model joined a dateline a lane's gold had split). A name deep
// in a sentence that no dateline opens still needs a comma before it.
// (The tail of a longer name after a dateline, "The Coordination of |
// Azawad Movements (CMA) said its fighters", keeps the whole name's side:
// the claim probe ml-cma-coalition of ownvoice22 guards it.) Group names
// invented.
func TestUnlistedGroupAfterDateline(t *testing.T) {
	org := parallax.KindOrganization
	cases := []struct {
		name, text, speaker, want string
	}{
		{"at the start", "ZOVAR said on Tuesday its guerrillas had blown up a section of the railway west of Beira.", "ZOVAR", "ZOVAR"},
		{"after a dash dateline", "LISBON, June 12 — ZOVAR said on Tuesday its guerrillas had blown up a section of the railway west of Beira.", "ZOVAR", "ZOVAR"},
		{"after a wire's dateline", "LISBON, June 12 (Reuters) - ZOVAR said on Tuesday its guerrillas had blown up a section of the railway west of Beira.", "ZOVAR", "ZOVAR"},
		// a dateline's town the gazetteer lacks, in capitals, is no
		// group's acronym
		{"dateline town in capitals", "KORVAVALE, Nov 10 — The Liberation Tigers of Tamil Eelam said on Tuesday their guerrillas had ambushed a patrol.", "KORVAVALE", ""},
		// no dateline: five words before the name and no comma
		{"deep in a sentence", "Officials in the northern province said ZOVAR and its fighters had blown up a section of the railway.", "ZOVAR", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := run(t, c.text, "1984-06-12", ent(c.text, c.speaker, org, 1))
			got := ""
			for _, e := range doc.Entities {
				if e.Text == c.speaker {
					got = e.Side
				}
			}
			if got != c.want {
				t.Errorf("%q: %q side %q, want %q", c.text, c.speaker, got, c.want)
			}
		})
	}
}
