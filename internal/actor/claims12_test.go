package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestCivilSocietyBodies: a relief, press or civil-liberties body named
// after its country is no organ of that state; the state's own bodies
// with the same demonym keep its side.
func TestCivilSocietyBodies(t *testing.T) {
	for _, tc := range []struct {
		name, text, org, side string
	}{
		{"refugee council", "The Finnish Refugee Council said 900 families had fled the valley.", "Finnish Refugee Council", ""},
		{"journalists union", "The Kenyan Journalists Union said two reporters were held.", "Kenyan Journalists Union", ""},
		{"relief committee", "The Chadian Relief Committee said the camp was full.", "Chadian Relief Committee", ""},
		{"a state's council", "The Finnish Security Council said the border would close.", "Finnish Security Council", "FIN"},
		{"a refugees ministry", "The Afghan Refugees Ministry said 300 families had returned.", "Afghan Refugees Ministry", "AFG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, tc.text, "2025-05-04", ent(tc.text, tc.org, "organization", 1))
			for _, e := range doc.Entities {
				if e.Text == tc.org {
					if e.Side != tc.side {
						t.Errorf("%s: side %q, want %q", tc.org, e.Side, tc.side)
					}
					return
				}
			}
			t.Fatalf("no entity %q: %+v", tc.org, doc.Entities)
		})
	}
}

// TestPublisherOffices: in a government's own release a bare capitalised
// title that no one in the text held before names that government's
// office holder on the day, even when the release is about another
// country; a lower-case title, a former one and a title in another
// outlet's story do not.
func TestPublisherOffices(t *testing.T) {
	const ukURL = "https://www.gov.uk/government/news/x"
	for _, tc := range []struct {
		name, url, text, mention, actor, side string
	}{
		{"foreign secretary in a UK release about Sudan", ukURL,
			"Sudan's army and Sudan's paramilitaries fought near Sudan's border. The Foreign Secretary said: the attack on the convoy was deliberate.",
			"Foreign Secretary", "David Lammy", "GBR"},
		{"lower-case title", ukURL,
			"Sudan's army and Sudan's paramilitaries fought near Sudan's border. The foreign secretary of the region said the road was shut.",
			"foreign secretary", "", ""},
		{"a news story", "https://www.example.com/news/x",
			"Sudan's army and Sudan's paramilitaries fought near Sudan's border. The Foreign Secretary said the road was shut.",
			"Foreign Secretary", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &parallax.Document{Article: parallax.Article{Published: "2025-03-03", URL: tc.url}, Text: tc.text}
			New(sharedKB(t)).Process(doc)
			for _, e := range doc.Entities {
				if e.Text == tc.mention {
					if e.Actor != tc.actor || e.Side != tc.side {
						t.Errorf("%s: %q/%q, want %q/%q", tc.mention, e.Actor, e.Side, tc.actor, tc.side)
					}
					return
				}
			}
			if tc.actor != "" {
				t.Fatalf("no entity %q: %+v", tc.mention, doc.Entities)
			}
		})
	}
}
