package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSides29Speakers: speakers whose side the sentence gives and the
// stage missed (session 29, lane sides3). Sentences invented.
func TestSides29Speakers(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	type ne struct {
		s, kind string
		n       int
	}
	for _, tc := range []struct {
		name, day, text string
		ents            []ne
		probe           string
		n               int
		want            string
	}{
		{"a military media wing's director in the other side's daily", "1999-06-14",
			"KARGIL — Army sources said troops had recaptured a ridge. Brigadier Rashid Qureshi, the ISPR director-general, said Pakistani troops had not crossed the line.",
			[]ne{{"Rashid Qureshi", per, 1}, {"ISPR", org, 1}}, "Rashid Qureshi", 1, "PAK"},
		{"a demonym before a minister's title in the other side's capital", "1977-09-14",
			"ADDIS ABABA — Ethiopia said Somali troops had attacked the town. The Somali Information Minister, Abdulkassim Salad Hassan, denied that Somali troops were fighting.",
			[]ne{{"Abdulkassim Salad Hassan", per, 1}}, "Abdulkassim Salad Hassan", 1, "SOM"},
		{"the director of an NGO's national chapter", "2025-05-20",
			"KANO, Nigeria — Amnesty International Nigeria said security forces had killed protesters. Isa Sanusi, the director of Amnesty International Nigeria, said the killings must be investigated.",
			[]ne{{"Amnesty International Nigeria", org, 1}, {"Isa Sanusi", per, 1}, {"Amnesty International Nigeria", org, 2}}, "Isa Sanusi", 1, ""},
		{"a minister who resigned, later the former minister", "2025-06-17",
			"SANTIAGO — Chile's interior minister, Ramon Ezquerra, resigned on Monday after a dispute over a bill. Ezquerra told a radio station that he had been overruled. The former minister said he would stay in politics.",
			[]ne{{"Ramon Ezquerra", per, 1}, {"Ezquerra", per, 2}}, "Ezquerra", 1, ""},
		{"a minister who resigned but stays as caretaker", "2025-06-17",
			"SANTIAGO — Chile's interior minister, Ramon Ezquerra, resigned on Monday but remains in office until a successor is named. Ezquerra said the bill would pass.",
			[]ne{{"Ramon Ezquerra", per, 1}, {"Ezquerra", per, 2}}, "Ezquerra", 1, "CHL"},
		{"a minister who accepted another's resignation", "2025-06-17",
			"SANTIAGO — Chile's interior minister, Ramon Ezquerra, said on Monday that the police chief had resigned.",
			[]ne{{"Ramon Ezquerra", per, 1}}, "Ramon Ezquerra", 1, "CHL"},
		{"an armed group's leader in apposition", "1987-10-08",
			"LISBON — UNITA rebels said they had beaten back an offensive. Jonas Savimbi, the UNITA leader, told a news conference in Jamba that the offensive had failed.",
			[]ne{{"UNITA", org, 1}, {"Jonas Savimbi", per, 1}, {"UNITA", org, 2}}, "Jonas Savimbi", 1, "UNITA"},
	} {
		var es []parallax.Entity
		for _, e := range tc.ents {
			es = append(es, ent(tc.text, e.s, e.kind, e.n))
		}
		doc := run(t, tc.text, tc.day, es...)
		if got := sideOf(doc, tc.probe, tc.n); got != tc.want {
			var seen []string
			for _, e := range doc.Entities {
				seen = append(seen, e.Text+"="+e.Side)
			}
			t.Errorf("%s: %q side %q, want %q (%v)", tc.name, tc.probe, got, tc.want, seen)
		}
	}
}
