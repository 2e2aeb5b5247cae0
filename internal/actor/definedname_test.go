package actor

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAcronymSpells: an acronym is read off the opening letters of its
// name's words, small words skipped, the first word always used.
func TestAcronymSpells(t *testing.T) {
	cases := []struct {
		acr   string
		words []string
		want  bool
	}{
		{"MNJ", []string{"MOUVEMENT", "DES", "NIGERIENS", "POUR", "LA", "JUSTICE"}, true},
		{"FROLINAT", []string{"FRONT", "DE", "LIBERATION", "NATIONALE", "DU", "TCHAD"}, true},
		{"M-19", []string{"MOVIMIENTO", "19", "DE", "ABRIL"}, true},
		{"NPFL", []string{"NATIONAL", "PATRIOTIC", "FRONT", "OF", "LIBERIA"}, true},
		{"MNJ", []string{"NIGERIENS", "POUR", "LA", "JUSTICE"}, false}, // the first word opens the acronym
		{"UGTA", []string{"UNION", "GENERALE"}, false},
	}
	for _, c := range cases {
		if got := acronymSpells(c.acr, c.words); got != c.want {
			t.Errorf("acronymSpells(%q, %q) = %v, want %v", c.acr, c.words, got, c.want)
		}
	}
}

// TestDefinedMovements25: a movement the base lacks, named in French,
// Spanish or after its state with the acronym the story defines, or
// shown a party by a relative clause, its armed men or a qualifier in
// brackets, takes its short name as side; a state's army named in French
// and a trade union do not. Sentences invented.
func TestDefinedMovements25(t *testing.T) {
	org, per := parallax.KindOrganization, parallax.KindPerson
	cases := []sideCase{
		{name: "French name cut by the recogniser", text: "NIAMEY — In a statement, the Mouvement des Nigériens pour la justice (MNJ) said its fighters had attacked an army post.",
			published: "2007-06-23", ents: []sideEnt{{"Mouvement des Nigériens", org}}, entity: "Mouvement des Nigériens pour la justice", want: "MNJ"},
		{name: "syllabic acronym", text: "Guerrillas of the Front de libération nationale du Tchad (FROLINAT) took the garrison. A FROLINAT spokesman said 800 soldiers had surrendered.",
			published: "1978-02-20", ents: []sideEnt{{"Front", org}}, entity: "FROLINAT", want: "FROLINAT"},
		{name: "whose guerrillas", text: "The MRTA, whose guerrillas hold 72 hostages, said none of them was ill.",
			published: "1997-01-10", ents: []sideEnt{{"MRTA", org}}, entity: "MRTA", want: "MRTA"},
		{name: "which has fought", text: "The Union des forces pour la démocratie et le développement (UFDD), which has fought the army since 2006, said its columns had reached Massaguet.",
			published: "2008-02-01", entity: "UFDD", want: "UFDD"},
		{name: "rebel forces of", text: "The General Staff said the building had been used by rebel forces of the Forces Nouvelles. A spokesman for the Forces Nouvelles said the rebels had never been there.",
			published: "2004-11-07", ents: []sideEnt{{"Forces Nouvelles", org}}, entity: "Forces Nouvelles", want: "FORCESNOUVELLES"},
		{name: "state's name in a defined movement", text: "The Rwandese Patriotic Front (RPF), whose fighters crossed from Uganda, said it had taken Gabiro.",
			published: "1990-10-09", ents: []sideEnt{{"Rwandese Patriotic Front", org}}, entity: "Rwandese Patriotic Front", want: "RPF"},
		{name: "qualifier in brackets", text: "The Communist Party of Nepal (Maoist) said 47 of its fighters had been killed. Security forces said 500 Maoist rebels had died.",
			published: "2004-03-22", ents: []sideEnt{{"Communist Party of Nepal", org}}, entity: "Communist Party of Nepal", want: "CPNMAOIST"},
		{name: "a state's army in French", text: "The Forces armées nationales tchadiennes (FANT), whose troops crossed the desert, said they had retaken Fada. A FANT officer said 700 Libyan soldiers had been killed.",
			published: "1987-01-05", ents: []sideEnt{{"FANT", org}}, entity: "FANT", want: ""},
		{name: "a union", text: "The Union générale des travailleurs algériens (UGTA), whose members struck for a day, said 12 workers had been killed.",
			published: "1994-06-14", ents: []sideEnt{{"UGTA", org}}, entity: "UGTA", want: ""},
		// the army's spokesman is the claim stage's to side; here he
		// must not take the dateline's town as a group (BUNIA)
		{name: "a dateline in capitals", text: "BUNIA, May 12 - The CODECO militia said its fighters had pushed back the army. An army spokesman in Bunia, Lieutenant Jules Ngongo, said the army held the area.",
			published: "2024-05-12", ents: []sideEnt{{"Jules Ngongo", per}}, entity: "Jules Ngongo", want: ""},
	}
	runSideCases(t, cases)
}
