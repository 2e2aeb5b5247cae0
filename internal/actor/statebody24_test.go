package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestStateBody24Actors: office holders of the generated dictionaries are
// named by their full name in the stories of their era only, and take the
// name as the text writes it; a capital written with diacritics stands for
// its state; a delegation an owner's possessive names in a capital is the
// owner's. Sentences invented.
func TestStateBody24Actors(t *testing.T) {
	per := parallax.KindPerson
	cases := []sideCase{
		{name: "president of his era", text: "President Ahmad Tejan Kabbah said the rebels were retreating.",
			published: "1999-01-12", ents: []sideEnt{{"Ahmad Tejan Kabbah", per}}, entity: "Ahmad Tejan Kabbah", want: "SLE"},
		{name: "namesake long after his offices", text: "Charles Taylor, the coach of the visiting club, said his players were attacked.",
			published: "2021-09-14", ents: []sideEnt{{"Charles Taylor", per}}, entity: "Charles Taylor", want: ""},
		{name: "same name in his era", text: "Charles Taylor said the city would hold.",
			published: "2003-07-22", ents: []sideEnt{{"Charles Taylor", per}}, entity: "Charles Taylor", want: "LBR"},
		{name: "capital with diacritics", text: "Bogotá says the camp lay inside Colombia.",
			published: "2008-03-03", entity: "Bogotá", want: "COL"},
		{name: "owner's delegation in a capital", text: "The European Union's delegation in Chisinau said the talks would resume.",
			published: "2025-06-02", ents: []sideEnt{{"European Union", parallax.KindOrganization}}, entity: "delegation in Chisinau", want: "?"},
	}
	runSideCases(t, cases)
	doc := &parallax.Document{Article: parallax.Article{Published: "1987-03-30"}, Text: "President Hissène Habré said the war was won.",
		Entities: []parallax.Entity{ent("President Hissène Habré said the war was won.", "Hissène Habré", per, 1)}}
	New(sharedKB(t)).Process(doc)
	for _, e := range doc.Entities {
		if e.Text == "Hissène Habré" && (e.Actor != "Hissène Habré" || e.Side != "TCD") {
			t.Errorf("Habré: actor %q side %q, want the text's spelling and TCD", e.Actor, e.Side)
		}
	}
}
