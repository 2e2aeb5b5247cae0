package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestLocalTitleApposition: a local office or police title before a comma
// and the name ("The governor of X, NAME,") is an office of the state in
// whose territory the title's place lies, else the place named earlier in
// the sentence, else the story's state; a clause before the comma, a
// former or opposition title give no side.
func TestLocalTitleApposition(t *testing.T) {
	type pl struct{ text, country string }
	for _, tc := range []struct {
		name, text, person string
		places             []pl
		side               string
	}{
		{"governor of a state", "The governor of Kebbi State, Musa Danjuma, said 14 villagers were freed.", "Musa Danjuma", []pl{{"Kebbi State", "NG"}}, "NGA"},
		{"regional administration", "The head of the Odesa regional military administration, Petro Lysenko, said two ports were hit.", "Petro Lysenko", []pl{{"Odesa", "UA"}}, "UKR"},
		{"place earlier in the sentence", "In the Zaporizhzhia region, the governor, Ivan Fedko, said a school burned.", "Ivan Fedko", []pl{{"Zaporizhzhia", "UA"}}, "UKR"},
		{"adjective title", "The Gedo regional governor, Abdi Warsame, said the road was reopened.", "Abdi Warsame", []pl{{"Gedo", "SO"}}, "SOM"},
		{"police officer, story's state", "Gunmen raided a market in Kenya. A police officer, Inspector Otieno Kamau, told reporters four died.", "Otieno Kamau", nil, "KEN"},
		{"capitalised title", "Zamfara State Governor, Bello Garba, said the roads were closed.", "Bello Garba", []pl{{"Zamfara State", "NG"}}, "NGA"},
		{"clause before the comma", "After news of the police response in Texas spread, Omar Haddad received letters.", "Omar Haddad", []pl{{"Texas", "US"}}, ""},
		{"former governor", "The former governor of Kano State, Sani Lawal, said the vote was rigged.", "Sani Lawal", []pl{{"Kano State", "NG"}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: tc.text,
				Entities: []parallax.Entity{ent(tc.text, tc.person, "person", 1)}}
			for _, p := range tc.places {
				i := strings.Index(tc.text, p.text)
				doc.Places = append(doc.Places, parallax.Place{Start: i, End: i + len(p.text), Text: p.text, Country: p.country})
			}
			New(sharedKB(t)).Process(doc)
			for _, e := range doc.Entities {
				if e.Text == tc.person {
					if e.Side != tc.side {
						t.Errorf("%s: side %q, want %q", tc.person, e.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no entity %q in %+v", tc.person, doc.Entities)
		})
	}
}

// TestSpecificActorFirst: where two knowledge base actors share a name, the
// one kept for a conflict's stories wins in those stories, and the other
// elsewhere; an armed group's wing word before its title ("the Houthis'
// military spokesman") still resolves the title to the holder.
func TestSpecificActorFirst(t *testing.T) {
	for _, tc := range []struct{ text, name, actor, side string }{
		{"SEOUL, June 3 - The Joint Chiefs of Staff said two balloons crossed the border.", "Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "KOR"},
		{"WASHINGTON - The Joint Chiefs of Staff said two carriers were sent to the Gulf.", "Joint Chiefs of Staff", "United States Armed Forces", "USA"},
		{"Taipei, May 2 - The Ministry of National Defense said 12 aircraft crossed the median line.", "Ministry of National Defense", "Ministry of National Defense (Taiwan)", "TWN"},
		{"The Tripoli-based government said the port of Misrata was calm, Libya's state media said.", "Tripoli-based government", "Government of National Unity (Libya)", "LBY"},
	} {
		doc := run(t, tc.text, "2024-06-03")
		if e, ok := find(doc, tc.name); !ok || e.Actor != tc.actor || e.Side != tc.side {
			t.Errorf("%q: %s got %+v, want %s/%s", tc.text, tc.name, doc.Entities, tc.actor, tc.side)
		}
	}
	text := "The Houthis said they fired a missile. The Houthis' military spokesman said more attacks would follow."
	doc := run(t, text, "2024-06-03")
	if e, ok := find(doc, "spokesman"); !ok || e.Actor != "Yahya Saree" || e.Side != "HOUTHIS" {
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Text+"="+e.Actor+"/"+e.Side)
		}
		t.Errorf("group's wing title: got %v", got)
	}
}

// TestModifiedClassAnaphor: "the militant group said" refers back to the
// armed group named before, as "the group said" does.
func TestModifiedClassAnaphor(t *testing.T) {
	for _, tc := range []struct{ text, anaphor, actor, side string }{
		{"Al-Shabab fighters stormed a hotel in Kismayo. The militant group said 20 officials were killed.", "The militant group", "Al-Shabaab", "ALSHABAB"},
		{"The Taliban took two districts in the north. The armed group said it held the road.", "The armed group", "Taliban", "TALIBAN"},
	} {
		doc := run(t, tc.text, "2024-06-03")
		e, ok := find(doc, tc.anaphor)
		if !ok || e.Side != tc.side {
			t.Errorf("%q: %q got %+v, want side %s", tc.text, tc.anaphor, doc.Entities, tc.side)
		}
	}
}

// TestOwnedBody: a body the knowledge base does not name, written after
// "OWNER-run", is the owner's.
func TestOwnedBody(t *testing.T) {
	for _, tc := range []struct{ text, body, side string }{
		{"The Houthi-run health ministry said 9 people died in Hodeidah.", "Houthi-run health ministry", "HOUTHIS"},
		{"The Taliban-run interior ministry said four men were arrested in Herat.", "Taliban-run interior ministry", "TALIBAN"},
		{"The Russian-run local administration said the power was back in Kakhovka.", "Russian-run local administration", "RUS"},
	} {
		doc := run(t, tc.text, "2024-06-03")
		if e, ok := find(doc, tc.body); !ok || e.Side != tc.side {
			t.Errorf("%q: %q got %+v, want side %s", tc.text, tc.body, doc.Entities, tc.side)
		}
	}
	// an owner of no side gives no body
	doc := run(t, "The state-run news agency said the talks failed.", "2024-06-03")
	if e, ok := find(doc, "state-run news agency"); ok {
		t.Errorf("unexpected %+v", e)
	}
}

// TestPoliceNamedWithPlace: a police command named with a place is the
// police of the place's state; a police of no placed name keeps no side.
func TestPoliceNamedWithPlace(t *testing.T) {
	text := "Gunmen raided Gusau in Katsina overnight. The Katsina State Police Command said 12 people were freed."
	i := strings.Index(text, "Katsina")
	j := strings.Index(text, "Katsina State Police Command")
	doc := &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: text,
		Entities: []parallax.Entity{{ID: "e1", Start: j, End: j + len("Katsina State Police Command"), Text: "Katsina State Police Command", Kind: "organization"}},
		Places:   []parallax.Place{{Start: i, End: i + len("Katsina"), Text: "Katsina", Country: "NG"}}}
	New(sharedKB(t)).Process(doc)
	if e := doc.Entities[0]; e.Side != "NGA" {
		t.Errorf("police command: got %+v, want side NGA", e)
	}
	text = "The Harbour Police Command said 12 boats were seized."
	doc = &parallax.Document{Article: parallax.Article{Published: "2024-05-01"}, Text: text,
		Entities: []parallax.Entity{{ID: "e1", Start: 4, End: 4 + len("Harbour Police Command"), Text: "Harbour Police Command", Kind: "organization"}}}
	New(sharedKB(t)).Process(doc)
	if e := doc.Entities[0]; e.Side != "" {
		t.Errorf("unplaced police command: got %+v, want no side", e)
	}
}
