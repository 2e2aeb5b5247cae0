package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestStateBody25Actors: a person the knowledge base lacks, titled with a
// state's office and no state ("President NAME", "army spokesman Col.
// NAME"), in a story filed from the capital of one of its two parties,
// is that state's; a dateline in a third state decides nothing, and the
// other party's president is marked by its demonym. Sentences invented.
func TestStateBody25Actors(t *testing.T) {
	per := parallax.KindPerson
	quito := parallax.Place{Text: "QUITO", Country: "EC", Feature: "P.PPLC"}
	lima := parallax.Place{Text: "LIMA", Country: "PE", Feature: "P.PPLC"}
	santiago := parallax.Place{Text: "SANTIAGO", Country: "CL", Feature: "P.PPLC"}
	two := " Peru said Peruvian troops held the ridge and Peruvian jets bombed it. Ecuador denied it, and Ecuadorian gunners fired back."
	cases := []sideCase{
		{name: "president in his capital's story", text: "QUITO — President Ramiro Oquendo Vela said the post had held." + two,
			published: "1995-02-08", ents: []sideEnt{{"Ramiro Oquendo Vela", per}}, places: []parallax.Place{quito}, entity: "Ramiro Oquendo Vela", want: "ECU"},
		{name: "army spokesman in his capital's story", text: "LIMA — An army spokesman, Col. Gonzalo Terán Pazmiño, said the ridge was taken." + two,
			published: "1995-02-08", ents: []sideEnt{{"Gonzalo Terán Pazmiño", per}}, places: []parallax.Place{lima}, entity: "Gonzalo Terán Pazmiño", want: "PER"},
		{name: "dateline in a third state", text: "SANTIAGO — President Ramiro Oquendo Vela said the post had held." + two,
			published: "1995-02-08", ents: []sideEnt{{"Ramiro Oquendo Vela", per}}, places: []parallax.Place{santiago}, entity: "Ramiro Oquendo Vela", want: ""},
		{name: "the other party's president marked", text: "QUITO — The Peruvian president, Julio Salcedo Arana, said the post had fallen." + two,
			published: "1995-02-08", ents: []sideEnt{{"Julio Salcedo Arana", per}}, places: []parallax.Place{quito}, entity: "Julio Salcedo Arana", want: "PER"},
	}
	runSideCases(t, cases)
}
