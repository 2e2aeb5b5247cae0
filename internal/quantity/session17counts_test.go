package quantity

import (
	"strings"
	"testing"
)

// checkTitledCounts is checkCounts for documents whose text begins with
// their title: the first line of each case's text is the headline.
func checkTitledCounts(t *testing.T, tests []countCase) {
	t.Helper()
	s := loadStage(t)
	for _, tc := range tests {
		doc := docWith(t, tc.text, tc.claims, tc.entities)
		doc.Article.Title, _, _ = strings.Cut(tc.text, "\n")
		s.Process(doc)
		var got []string
		for _, c := range doc.Counts {
			got = append(got, show(doc, c))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("[%s] %s\n got: %q\nwant: %q", tc.bucket, tc.text, got, tc.want)
		}
	}
}

// TestHeadlineBareNoun holds headlines that leave out the article: a bare
// singular noun after a verb of harm, or a bare subject before its
// participle, is one item, as "a helicopter" is in running text; a
// plural, a determiner or a body sentence is no such noun (invented
// sentences).
func TestHeadlineBareNoun(t *testing.T) {
	checkTitledCounts(t, []countCase{
		{"object after says", "Moldova says it lost helicopter near the river\n\nThe ministry gave no details.",
			[]claimCue{{"it lost helicopter near the river", "says", "MDA"}},
			[]entitySpec{{"Moldova", "gpe", "MDA"}},
			[]string{"helicopter|helicopter|1|lost|MDA|MDA"}},
		{"present tense", "Navy downs drone over the gulf\n\nNo one was hurt.", nil, nil,
			[]string{"drone|drone|1|shot_down||"}},
		{"title case", "Air Strike Kills Commander In The Valley\n\nThe strike came at night.", nil, nil,
			[]string{"Commander|killed|1|killed||"}},
		{"bare subject", "Soldier killed in mortar attack on border post\n\nThe attack came at dawn.", nil, nil,
			[]string{"Soldier|killed|1|killed||"}},
		{"after a colon", "Border clash: Helicopter shot down near the pass\n\nThe crew survived.", nil, nil,
			[]string{"Helicopter|helicopter|1|shot_down||"}},
		{"plural is no one", "Navy downs drones over the gulf\n\nNo one was hurt.", nil, nil, nil},
		{"body keeps its article", "Clashes in the north\n\nRebels said they downed helicopter gunships.", nil, nil, nil},
	})
}

// TestHeadlineParts holds the claimed_by of headline counts: a count in a
// part the semicolon sets off from the cue is told by no one; a count in
// a part that ends on its source (", says X") is the source's (invented
// sentences).
func TestHeadlineParts(t *testing.T) {
	checkTitledCounts(t, []countCase{
		{"outside the cue's part", "Shelling of market kills six; Ruritania says it hit only military targets\n\nThe market was crowded.",
			[]claimCue{{"Shelling of market kills six; Ruritania says it hit only military targets", "says", "RUR"}},
			[]entitySpec{{"Ruritania", "gpe", "RUR"}},
			[]string{"six|killed|6|killed||"}},
		{"inside the cue's part", "Ruritania says its troops killed 40 rebels; talks stall\n\nThe talks resume on Monday.",
			[]claimCue{{"its troops killed 40 rebels", "says", "RUR"}},
			[]entitySpec{{"Ruritania", "gpe", "RUR"}},
			[]string{"40 rebels|killed|40|killed||RUR"}},
		{"source at the end", "Valley fighting: 12 soldiers killed, says FLR\n\nThe front moved.", nil,
			[]entitySpec{{"FLR", "group", "FLR"}},
			[]string{"12 soldiers|killed|12|killed||FLR"}},
		{"no source at the end", "Valley fighting: 12 soldiers killed, dozens hurt\n\nThe front moved.", nil, nil,
			[]string{"12 soldiers|killed|12|killed||", "dozens hurt|wounded|null|wounded||"}},
	})
}

// TestArmsBackerIsNoOpponent holds a story in which a state is accused of
// arming the side that attacks: the materiel the defender shoots down is
// the attacker's, not the backer's, however often the backer is named
// (invented sentences).
func TestArmsBackerIsNoOpponent(t *testing.T) {
	checkCounts(t, []countCase{
		{"accused backer", "The army said its air defences shot down nine drones over Kassala. The army said the Eastern Front militia had launched the drones. The minister accused Avalonia of supplying the drones and said the government would cut ties with Avalonia.",
			[]claimCue{{"its air defences shot down nine drones over Kassala", "said", "SDN"},
				{"the Eastern Front militia had launched the drones", "said", "SDN"},
				{"the government would cut ties with Avalonia", "said", "SDN"}},
			[]entitySpec{{"army", "military", "SDN"}, {"Eastern Front", "group", "EFM"}, {"Avalonia", "gpe", "AVA"}},
			[]string{"nine drones|drone|9|shot_down|EFM|SDN"}},
	})
}

// TestPresentKillVerbsAndCrew holds a headline's present tense of the
// verbs that make fighters dead ("eliminates", "neutralises") and a
// number of crew with no noun after it (invented sentences).
func TestPresentKillVerbsAndCrew(t *testing.T) {
	checkCounts(t, []countCase{
		{"eliminates", "Police eliminates 12 bandits in forest raid", nil, nil,
			[]string{"12 bandits|killed|12|killed||"}},
		{"neutralises", "Army neutralises 40 militants near the lake", nil, nil,
			[]string{"40 militants|killed|40|killed||"}},
		{"crew", "A drone boat kills two crew on a tanker off the cape.", nil, nil,
			[]string{"two crew|killed|2|killed||"}},
		{"crew as a modifier", "An artillery crew chief said the guns were silent.", nil, nil, nil},
		{"one crew", "A crew of four was rescued by a fishing boat.", nil, nil, nil},
	})
}

// TestTheDeadWere holds "the dead were N X" with no "among": the copula
// names who the dead were, each member its own count (plural demonyms
// too); "the dead were buried" is no count (invented sentences).
func TestTheDeadWere(t *testing.T) {
	checkCounts(t, []countCase{
		{"demonyms", "The dead were three Filipinos and one Ukrainian engineer, the owner said.", nil,
			[]entitySpec{{"Filipinos", "norp", "PHL"}, {"Ukrainian", "norp", "UKR"}},
			[]string{"three Filipinos|killed|3|killed|PHL|", "one Ukrainian engineer|killed|1|killed|UKR|"}},
		{"no number", "The dead were buried on Friday in the village cemetery.", nil, nil, nil},
	})
}

// TestNounsOfKilling holds nouns that say people were killed: "the murder
// of", "the martyrdom of", "N murders", and "N martyrs" with no verb
// (invented sentences).
func TestNounsOfKilling(t *testing.T) {
	checkCounts(t, []countCase{
		{"murder of", "The envoy condemned the murder of 30 villagers in the valley.", nil, nil,
			[]string{"30 villagers|killed|30|killed||"}},
		{"murders", "The monitors recorded at least 9 murders in the province in March.", nil, nil,
			[]string{"9 murders|killed|9|killed||"}},
		{"martyrdom of", "The movement announced the martyrdom of two of its fighters on Monday.",
			[]claimCue{{"the martyrdom of two of its fighters on Monday", "announced", "MOV"}},
			[]entitySpec{{"movement", "group", "MOV"}},
			[]string{"two of its fighters|killed|2|killed|MOV|MOV"}},
		{"martyrs", "Shelling of the old market: 7 martyrs including a child.", nil, nil,
			[]string{"7 martyrs|killed|7|killed||"}},
		{"martyrs of a year", "The avenue is named after the martyrs of 1971.", nil, nil, nil},
	})
}

// TestVigilantesAreOwnedWhereHit holds village guards killed in a war
// story told of one country: that country's people, as civilians are, not
// an armed group's (invented sentences).
func TestVigilantesAreOwnedWhereHit(t *testing.T) {
	checkCounts(t, []countCase{
		{"air strike", "A military jet bombed a market near Gusau on Monday. The strike killed 9 vigilantes and two traders, residents said. Gunmen attacked Gusau again on Tuesday.",
			nil, []entitySpec{{"Gusau", "place:NG", ""}},
			[]string{"9 vigilantes|killed|9|killed|NGA|", "two traders|killed|2|killed|NGA|"}},
	})
}

// TestVagueShareOfThe holds a vague amount of people named after "of the"
// ("dozens of the rebels", "hundreds of the group's fighters"): a count
// as "dozens of rebels" is (invented sentences).
func TestVagueShareOfThe(t *testing.T) {
	checkCounts(t, []countCase{
		{"of the", "Officers said dozens of the rebels were killed in the assault.", nil, nil,
			[]string{"dozens of the rebels|killed|null|killed||"}},
		{"possessor", "Officers said hundreds of the movement's fighters had been put out of action.", nil, nil,
			[]string{"hundreds of the movement's fighters|killed|null|killed||"}},
		{"no people", "Dozens of the houses in the street were empty.", nil, nil, nil},
	})
}
