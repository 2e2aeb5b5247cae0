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
