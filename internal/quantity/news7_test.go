package quantity

import "testing"

// TestNews7Counts covers the count rules the session-7 battery
// (internal/event/testdata/news7: protests and insurgencies in South Asian,
// African and Latin-American papers) showed missing, each with invented
// sentences of its own: South Asian and francophone names of soldiers and
// police, "sustained injuries", "burned to death", "sent to hell", tolls
// that rise in long sentences and their shares after "including" or
// "among them", "N of them" taking up the people named before, police and
// soldiers hurt by crowds or unnamed fighters, state vehicles, "members of
// the X (X)", and a release demanded that frees no one.
func TestNews7Counts(t *testing.T) {
	checkCounts(t, []countCase{
		// soldiers and police of many names; hurt by a crowd or by
		// unnamed fighters: the forces of the story's one country
		{"forces", "Two BSF jawans sustained bullet injuries when militants fired on a patrol near Kupwara.", nil,
			[]entitySpec{{"Kupwara", "place:IN", ""}},
			[]string{"Two BSF jawans|wounded|2|wounded|IND|"}},
		{"forces", "Six constables sustained minor injuries when the mob pelted stones at the police station in Sitapur.", nil,
			[]entitySpec{{"Sitapur", "place:IN", ""}},
			[]string{"Six constables|wounded|6|wounded|IND|"}},
		{"forces", "Three gendarmes were killed when separatist fighters ambushed their vehicle near Kumba.", nil,
			[]entitySpec{{"Kumba", "place:CM", ""}},
			[]string{"Three gendarmes|killed|3|killed|CMR|"}},
		{"forces", "A police officer was burned to death when rioters set fire to his car in Puno.", nil,
			[]entitySpec{{"Puno", "place:PE", ""}},
			[]string{"A police officer|killed|1|killed|PER|"}},
		// not across a border: soldiers hurt where the story's places lie
		// mostly in another state are left open
		{"forces", "Two soldiers were wounded when protesters threw stones near Torkham. Afghan officials in Jalalabad and Kabul condemned it.", nil,
			[]entitySpec{{"Torkham", "place:PK", ""}, {"Jalalabad", "place:AF", ""}, {"Kabul", "place:AF", ""}},
			[]string{"Two soldiers|wounded|2|wounded||"}},
		// ISPR's idiom; bandits and Maoists are fighters
		{"idiom", "Security forces sent 14 terrorists to hell in an operation in Zhob, the ISPR said.",
			[]claimCue{{"Security forces sent 14 terrorists to hell in an operation in Zhob", "said", "PAK"}},
			[]entitySpec{{"Zhob", "place:PK", ""}},
			[]string{"14 terrorists|killed|14|killed||PAK"}},
		{"idiom", "Troops neutralised nine bandits in Birnin Gwari, the army said.",
			[]claimCue{{"Troops neutralised nine bandits in Birnin Gwari", "said", "NGA"}},
			[]entitySpec{{"Birnin Gwari", "place:NG", ""}},
			[]string{"nine bandits|killed|9|killed||NGA"}},
		{"idiom", "Twelve Maoists were killed in an encounter in Narayanpur, police said.",
			[]claimCue{{"Twelve Maoists were killed in an encounter in Narayanpur", "said", "IND"}},
			[]entitySpec{{"Narayanpur", "place:IN", ""}},
			[]string{"Twelve Maoists|killed|12|killed||IND"}},
		// a toll told far from its number, and its shares
		{"toll", "The death toll from the attack by gunmen on the mining village of Kibali rose to 44 on Sunday, including nine miners.", nil,
			[]entitySpec{{"Kibali", "place:CD", ""}},
			// (a toll is listed after the counts of its sentence)
			[]string{"nine miners|killed|9|killed|COD|", "44|killed|44|killed|COD|"}},
		{"toll", "The number of suspected rebels killed in the week-long operation in the hills of Mindanao rose to 23.", nil,
			[]entitySpec{{"Mindanao", "place:PH", ""}},
			[]string{"23|killed|23|killed||"}},
		{"toll", "Gunmen killed at least 14 villagers, among them five children, in Bokkos on Monday.", nil,
			[]entitySpec{{"Bokkos", "place:NG", ""}},
			[]string{"14 villagers|killed|14|killed|NGA|"}},
		// "N of them": the civilians named before, not the troops between
		{"them", "Police fired tear gas at hundreds of students protesting against the deployment of troops in Wamena and arrested 21 of them.", nil,
			[]entitySpec{{"Wamena", "place:ID", ""}},
			[]string{"21 of them|captured|21|captured|IDN|"}},
		// a list ends at another clause
		{"clause", "Soldiers killed five rebels near Saravena, while three guerrillas were captured.", nil,
			[]entitySpec{{"Saravena", "place:CO", ""}},
			[]string{"five rebels|killed|5|killed||", "three guerrillas|captured|3|captured||"}},
		// a state's vehicle in a riot
		{"materiel", "Rioters torched a police van and two state buses in Meerut.", nil,
			[]entitySpec{{"Meerut", "place:IN", ""}},
			[]string{"a police van|vehicle|1|destroyed|IND|", "two state buses|vehicle|2|destroyed|IND|"}},
		// members of a named group, past its acronym
		{"members", "Four members of the New People's Army (NPA) were killed in a clash in Samar, the army said.",
			[]claimCue{{"Four members of the New People's Army (NPA) were killed in a clash in Samar", "said", "PHL"}},
			[]entitySpec{{"New People's Army", "group", "NPA"}, {"NPA", "group", "NPA"}, {"Samar", "place:PH", ""}},
			[]string{"Four members|killed|4|killed|NPA|PHL"}},
		// a release demanded frees no one; a release done does
		{"release", "Families demanded the release of 17 fishermen arrested by the coast guard near Jaffna.", nil,
			[]entitySpec{{"Jaffna", "place:LK", ""}},
			[]string{"17 fishermen|captured|17|captured|LKA|"}},
		{"release", "The coast guard freed 17 fishermen arrested near Jaffna.", nil,
			[]entitySpec{{"Jaffna", "place:LK", ""}},
			nil},
		// the second batch
		{"lead", "Gunmen killed four farmers and abducted no fewer than 25 others near Birnin Gwari.", nil,
			[]entitySpec{{"Birnin Gwari", "place:NG", ""}},
			[]string{"four farmers|killed|4|killed|NGA|", "25 others|captured|25|captured|NGA|"}},
		{"hospital", "Eleven students were hospitalised with injuries after the march in Kandy.", nil,
			[]entitySpec{{"Kandy", "place:LK", ""}},
			[]string{"Eleven students|wounded|11|wounded|LKA|"}},
		{"members", "Police fired rubber bullets at the marchers in Cordoba. Twelve members of the security forces were hurt.", nil,
			[]entitySpec{{"Cordoba", "place:AR", ""}},
			[]string{"Twelve members|wounded|12|wounded|ARG|"}},
		{"leaders", "Police detained 14 student leaders during the march in Lahore.", nil,
			[]entitySpec{{"Lahore", "place:PK", ""}},
			[]string{"14 student leaders|captured|14|captured|PAK|"}},
		// people taken to hospital at a protest or after an attack are
		// wounded; elsewhere the sick are taken there too
		{"hospital", "Police fired rubber bullets at the marchers in Gulu, and 12 students were taken to hospital.", nil,
			[]entitySpec{{"Gulu", "place:UG", ""}},
			[]string{"12 students|wounded|12|wounded|UGA|"}},
		{"hospital", "Twelve students were taken to hospital with food poisoning in Gulu.", nil,
			[]entitySpec{{"Gulu", "place:UG", ""}},
			nil},
		// the third batch: inmates are people
		{"inmates", "At least nine inmates were killed in a riot at the prison in Guayaquil.", nil,
			[]entitySpec{{"Guayaquil", "place:EC", ""}},
			[]string{"nine inmates|killed|9|killed|ECU|"}},
	})
}
