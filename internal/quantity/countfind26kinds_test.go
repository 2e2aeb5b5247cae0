package quantity

import "testing"

// TestCountFind26TypeNames: aircraft, helicopters and armour named by type
// or maker alone are their item ("two Ruritanian Mustangs", "one Alouette
// had been lost", "two MiGs"), and a pair of one item after a clause's ",
// and" is one count as after a verb; words that only look like a type name
// ("phantom soldiers" of a payroll) are none (invented sentences; golds:
// Mustangs, Corsairs, Harriers and Pucarás of 1969 and 1982).
func TestCountFind26TypeNames(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"type name, plural", "The Zorvian army said it had shot down two Ruritanian Mustangs over the border.",
			nil, ents, []string{"two Ruritanian Mustangs|aircraft|2|shot_down|MDA|"}},
		{"type name, one lost", "The Ruritanian air force said one Corsair had been lost when it ran out of fuel.",
			nil, ents, []string{"one Corsair|aircraft|1|lost||"}},
		{"maker alone", "Zorvian gunners brought down two Ilyushins and a MiG over the capital.",
			nil, ents, []string{"two Ilyushins and a MiG|aircraft|3|shot_down||"}},
		{"helicopter by type", "One Alouette was shot down near the river.",
			nil, ents, []string{"One Alouette|helicopter|1|shot_down||"}},
		{"accented type name", "Two Pucarás were destroyed on the airstrip.",
			nil, ents, []string{"Two Pucarás|aircraft|2|destroyed||"}},
		{"air defence site", "The Zorvian army said it had destroyed about 30 SAM sites.",
			nil, ents, []string{"30 SAM sites|air_defense|30|destroyed||"}},
		{"a pair after a clause's and", "The air force flew 300 sorties, and four F-80s and a B-29 were lost to ground fire.",
			nil, ents, []string{"four F-80s and a B-29|aircraft|5|lost||"}},
		{"a list's last two stay apart", "Gunners destroyed three trucks, and two jets and a bomber.",
			nil, ents, []string{"three trucks|vehicle|3|destroyed||", "two jets|aircraft|2|destroyed||", "a bomber|aircraft|1|destroyed||"}},
		{"phantom soldiers", "The ministry said 40,000 phantom soldiers had been removed from the payroll.",
			nil, ents, nil},
	})
}

// TestCountFind26Taken: captives that are the subject of a passive "taken"
// are captured ("More than 1,000 prisoners have been taken", a heading's
// "19,000 prisoners taken"), as are two joined nouns "taken ... prisoner"
// and a quoted figure after "taken"; people who "had fallen" were killed,
// but not those fallen into enemy hands, nor a figure something has
// fallen to; machines "found destroyed" are destroyed (invented sentences; golds: Goose Green's prisoners, the
// Maoists' captives, Salvadoran soldiers who had fallen, Pucarás found destroyed).
func TestCountFind26Taken(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"passive taken", "More than 1,000 Ruritanian prisoners have been taken, the minister said.",
			nil, ents, []string{"1,000 Ruritanian prisoners|captured|1000|captured|MDA|"}},
		{"heading's taken", "Zorvia says 600 prisoners taken as the port falls",
			nil, ents, []string{"600 prisoners|captured|600|captured||"}},
		{"two nouns then prisoner", "The rebels said they had taken 35 soldiers and policemen prisoner.",
			nil, ents, []string{"35 soldiers|captured|35|captured||"}},
		{"quoted figure", "The radio said the army had taken \"more than 4,000\" prisoners.",
			nil, ents, []string{"4,000\" prisoners|captured|4000|captured||"}},
		{"had fallen", "The ministry said at least 250 Ruritanian soldiers had fallen on the western front.",
			nil, ents, []string{"250 Ruritanian soldiers|killed|250|killed|MDA|"}},
		{"have fallen in battle", "Forty-three soldiers have fallen in battle since May, the army said.",
			nil, ents, []string{"Forty-three soldiers|killed|43|killed||"}},
		{"fallen into hands", "Six soldiers had fallen into enemy hands, the ministry said.",
			nil, ents, nil},
		{"found destroyed", "Two Pucaras were found destroyed on the airstrip.",
			nil, ents, []string{"Two Pucaras|aircraft|2|destroyed||"}},
		{"fallen to a number", "The government said the number of attacks had fallen to 12 this year.",
			nil, ents, nil},
	})
}
