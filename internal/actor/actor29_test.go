package actor

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestActor29Names: the canonical name of a person speaker (session 29,
// lane actor3): a British courtesy title before a full name is no part of
// the name ("Baroness Jenny Chapman" is Jenny Chapman, her Wikipedia
// title), while a peer known by the title keeps it ("Lord Collins of
// Highbury"); a courtesy title and a given name ("Prince Faisal") name the
// person named in full before with that given name and a patronymic;
// office holders the base holds with diacritics are found from names
// written without them. Sentences invented; the baroness, the dame, the
// prince and the Lithuanian president failed before the rules.
func TestActor29Names(t *testing.T) {
	per := parallax.KindPerson
	type ne struct {
		s string
		n int
	}
	for _, tc := range []struct {
		name, text string
		ents       []ne
		probe      string
		n          int
		want       string
	}{
		{"a baroness",
			"LONDON — Development Minister Baroness Jenny Chapman said the aid would reach Darfur.",
			[]ne{{"Baroness Jenny Chapman", 1}}, "Chapman", 1, "Jenny Chapman"},
		{"a dame",
			"LONDON — Dame Alison Brent, a former judge, said the inquiry was fair.",
			[]ne{{"Dame Alison Brent", 1}}, "Brent", 1, "Alison Brent"},
		{"a knight the base holds",
			"LONDON — Sir Keir Starmer said the UK would send more aid.",
			[]ne{{"Sir Keir Starmer", 1}}, "Starmer", 1, "Keir Starmer"},
		{"a peer known by the title",
			"LONDON — Lord Collins of Highbury said the UK would act.",
			[]ne{{"Lord Collins of Highbury", 1}}, "Collins", 1, "Lord Collins of Highbury"},
		{"a prince by title and given name",
			"RIYADH — Saudi Foreign Minister Prince Faisal bin Farhan said the truce held. Prince Faisal said the coalition had not struck in months.",
			[]ne{{"Prince Faisal bin Farhan", 1}, {"Prince Faisal", 2}}, "Prince Faisal", 2, "Faisal bin Farhan Al Saud"},
		{"a sheikh the base lacks, by title and given name",
			"DOHA — Sheikh Hamad bin Khalifa al-Mansour, a Qatari mediator, said talks would resume. Sheikh Hamad said both sides had agreed.",
			[]ne{{"Sheikh Hamad bin Khalifa al-Mansour", 1}, {"Sheikh Hamad", 2}}, "Sheikh Hamad", 2, "Sheikh Hamad bin Khalifa al-Mansour"},
		{"two princes of one given name are no one's",
			"RIYADH — Prince Faisal bin Farhan said the truce held. Prince Faisal bin Salman said the museum would open. Prince Faisal said the plan was ready.",
			[]ne{{"Prince Faisal bin Farhan", 1}, {"Prince Faisal bin Salman", 1}, {"Prince Faisal", 3}}, "Prince Faisal", 3, "Prince Faisal"},
		{"a president without diacritics",
			"VILNIUS — Lithuanian President Gitanas Nauseda said the brigade was welcome.",
			[]ne{{"Gitanas Nauseda", 1}}, "Nauseda", 1, "Gitanas Nausėda"},
	} {
		var es []parallax.Entity
		for _, e := range tc.ents {
			es = append(es, ent(tc.text, e.s, per, e.n))
		}
		doc := run(t, tc.text, "2025-06-10", es...)
		got, seen := "?", []string{}
		for _, e := range doc.Entities {
			seen = append(seen, e.Text+"="+e.Actor)
		}
		if e, ok := entityHolding(doc, tc.probe, tc.n); ok {
			got = e.Actor
		}
		if got != tc.want {
			t.Errorf("%s: %q actor %q, want %q (%v)", tc.name, tc.probe, got, tc.want, seen)
		}
	}
}

// entityHolding is the person entity that covers the n-th (from 1)
// occurrence of s in the text.
func entityHolding(doc *parallax.Document, s string, n int) (parallax.Entity, bool) {
	at := -1
	for k, from := 0, 0; k < n; k++ {
		i := strings.Index(doc.Text[from:], s)
		if i < 0 {
			return parallax.Entity{}, false
		}
		at, from = from+i, from+i+len(s)
	}
	for _, e := range doc.Entities {
		if e.Kind == parallax.KindPerson && e.Start <= at && at < e.End {
			return e, true
		}
	}
	return parallax.Entity{}, false
}
