package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestBurmeseFormsOfAddress: the Burmese "U" and "Daw" before a name of
// two words or more are no part of it: the person is named without them
// and takes the side of the body in the title before them. Before a
// one-word name ("U Thant") the form is kept, as such men are known by
// it. Sentences invented.
func TestBurmeseFormsOfAddress(t *testing.T) {
	per := parallax.KindPerson
	cases := []struct {
		name, text, nerPerson, person, actor, side string
	}{
		{"spokesman of an acronym", "The Kachin Independence Army shelled a junta camp near Bhamo. KIA spokesman U Naw Bu Lum told reporters that the camp had fallen.",
			"U Naw Bu Lum", "Naw Bu Lum", "Naw Bu Lum", "KIA"},
		{"spokeswoman of a full name", "Karen National Union spokeswoman Daw Saw Mya Win said six villagers were killed in the air strike.",
			"Daw Saw Mya Win", "Saw Mya Win", "Saw Mya Win", "KNU"},
		{"no title", "U Kyaw Zin Oo, a farmer, said the shelling lasted two hours.",
			"U Kyaw Zin Oo", "Kyaw Zin Oo", "Kyaw Zin Oo", ""},
		{"one name after the form keeps it", "U Thant said in 1962 that both sides must step back.",
			"U Thant", "U Thant", "U Thant", ""},
	}
	for _, c := range cases {
		doc := run(t, c.text, "2024-12-21", ent(c.text, c.nerPerson, per, 1))
		found := false
		for _, e := range doc.Entities {
			if e.Text == c.person && e.Kind == per {
				found = true
				if e.Actor != c.actor || e.Side != c.side {
					t.Errorf("%s: %q is %q/%q, want %q/%q", c.name, c.person, e.Actor, e.Side, c.actor, c.side)
				}
			} else if e.Kind == per && e.Text != c.person && e.Actor != "" && e.Actor != c.actor {
				t.Errorf("%s: other person %q/%q", c.name, e.Text, e.Actor)
			}
		}
		if !found {
			t.Errorf("%s: no person %q (%+v)", c.name, c.person, doc.Entities)
		}
	}
}

// TestAdjectiveTitleIsNoPerson: "general" before a lower-case noun it
// qualifies ("the general hospital", "a general strike") names no
// general, so it is not the general named before; before a verb it is.
// Sentences invented.
func TestAdjectiveTitleIsNoPerson(t *testing.T) {
	per := parallax.KindPerson
	cases := []struct {
		name, text string
		want       bool // "general" is the general named before
	}{
		{"hospital", "Army chief General Paul Okello Mugisha said the town was retaken. A nurse at the district's general hospital said 12 people died.", false},
		{"strike", "General Paul Okello Mugisha said troops advanced. The general strike that unions called closed the port, officials said.", false},
		{"before a verb", "General Paul Okello Mugisha said troops advanced. The general visited the wounded on Monday.", true},
		{"before a reporting verb", "General Paul Okello Mugisha said troops advanced. The general told reporters the town was calm.", true},
		{"before an adverb", "General Paul Okello Mugisha said troops advanced. The general also said the town was calm.", true},
	}
	for _, c := range cases {
		doc := run(t, c.text, "2024-03-02", ent(c.text, "Paul Okello Mugisha", per, 1))
		got := false
		for _, e := range doc.Entities {
			if e.Text == "general" && e.Actor == "Paul Okello Mugisha" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: general resolved %v, want %v (%+v)", c.name, got, c.want, doc.Entities)
		}
	}
}

// TestTitleWithDefinedAcronym: a person titled with an acronym the story
// defines ("The Chin National Front (CNF) ... CNF spokesman NAME") speaks
// for the body the acronym stands for; an acronym used as no title gives
// no side; "the group" after the acronym is that body. Sentences invented.
func TestTitleWithDefinedAcronym(t *testing.T) {
	per := parallax.KindPerson
	cases := []struct {
		name, text, person, side string
	}{
		{"spokesman", "The Chin National Front (CNF) said its fighters had taken a camp near Falam. CNF spokesman Thang Lian Pau told reporters that 12 soldiers surrendered.",
			"Thang Lian Pau", "CNF"},
		{"commander after a form of address", "The Arakan Army (AA) seized a hill near Ann. AA commander U Kyaw Han Min said the junta's troops fled.",
			"Kyaw Han Min", "AA"},
		{"no title", "The Arakan Army (AA) seized a hill near Ann. Speaking to AA, farmer Kyaw Han Min said shells hit his house.",
			"Kyaw Han Min", ""},
	}
	for _, c := range cases {
		doc := run(t, c.text, "2024-12-21", ent(c.text, c.person, per, 1))
		if got := sideOf(doc, c.person, 1); got != c.side {
			t.Errorf("%s: %q side %q, want %q (%+v)", c.name, c.person, got, c.side, doc.Entities)
		}
	}
	// "the group" after the acronym is the body it stands for
	text := "The Chin National Front (CNF) said its fighters had taken a camp near Falam. In a statement, the CNF said 12 soldiers surrendered. The group said it had seized two trucks."
	if got := sideOf(run(t, text, "2024-12-21"), "The group", 1); got != "CNF" {
		t.Errorf("the group after a defined acronym: side %q, want CNF", got)
	}
}

// TestBritishMaritimeAgency: the Royal Navy's UK Maritime Trade
// Operations, which reports attacks on shipping, speaks for Britain under
// its name and acronym. Sentences invented.
func TestBritishMaritimeAgency(t *testing.T) {
	cases := []struct{ text, entity string }{
		{"A tanker reported an explosion near its hull off Mukalla, UK Maritime Trade Operations said.", "UK Maritime Trade Operations"},
		{"The crew of a bulk carrier saw a small craft approach off Eyl, the UKMTO said on Sunday.", "UKMTO"},
	}
	for _, c := range cases {
		if got := sideOf(run(t, c.text, "2024-02-10"), c.entity, 1); got != "GBR" {
			t.Errorf("%q: %q side %q, want GBR", c.text, c.entity, got)
		}
	}
}

// TestMissionRefersBack: "the mission" refers back to the peacekeeping or
// observer mission named before it. Sentences invented.
func TestMissionRefersBack(t *testing.T) {
	cases := []struct{ text, side string }{
		{"Gunmen fired at a UNIFIL patrol near Naqoura on Monday. The mission said two peacekeepers were hurt.", "UNO"},
		{"Insurgents shelled an ATMIS camp near Baidoa. The mission said the camp was held.", "AU"},
	}
	for _, c := range cases {
		if got := sideOf(run(t, c.text, "2023-05-27"), "The mission", 1); got != c.side {
			t.Errorf("%q: the mission side %q, want %q", c.text, got, c.side)
		}
	}
}
