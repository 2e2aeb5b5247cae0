package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestCounts19Aircraft holds aircraft phrasings that the development golds
// and the counts19 battery missed (invented sentences): a model name
// followed by "fighter(s)", materiel "of its own" after a verb of losing,
// the subject's own people after "losing", a second predicate after a list
// of materiel, and captured pilots of the aircraft brought down.
func TestCounts19Aircraft(t *testing.T) {
	checkCounts(t, []countCase{
		{"model fighters", "The air force said it had shot down two Zorvian MiG-29 fighters over the pass.",
			[]claimCue{{"it had shot down two Zorvian MiG-29 fighters over the pass", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"two Zorvian MiG-29 fighters|aircraft|2|shot_down|ZOR|RUR"}},
		{"model fighter lost", "The ministry said it had lost one F-16 fighter in the engagement.",
			[]claimCue{{"it had lost one F-16 fighter in the engagement", "said", "RUR"}}, nil,
			[]string{"one F-16 fighter|aircraft|1|lost|RUR|RUR"}},
		{"group fighters stay people", "The army said 14 FLR fighters were killed near the river.",
			[]claimCue{{"14 FLR fighters were killed near the river", "said", "RUR"}}, []entitySpec{{"FLR", "group", "FLR"}},
			[]string{"14 FLR fighters|killed|14|killed|FLR|RUR"}},
		{"helicopter pilots stay people", "Two helicopter pilots were killed when the base was shelled, the army said.",
			[]claimCue{{"Two helicopter pilots were killed when the base was shelled", "said", "RUR"}}, nil,
			[]string{"Two helicopter pilots|killed|2|killed||RUR"}},
		{"of its own aircraft", "The general staff said its air defences had downed six enemy drones and had lost three of its own aircraft.",
			[]claimCue{{"its air defences had downed six enemy drones and had lost three of its own aircraft", "said", "RUR"}}, nil,
			[]string{"six enemy drones|drone|6|shot_down||RUR", "three of its own aircraft|aircraft|3|lost|RUR|RUR"}},
		{"losing of their own", "The army said its troops had killed 20 Zorvian soldiers, losing four of their own.",
			[]claimCue{{"its troops had killed 20 Zorvian soldiers, losing four of their own", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"20 Zorvian soldiers|killed|20|killed|ZOR|RUR", "four of their own|killed|4|lost|RUR|RUR"}},
		{"second predicate", "The command said its pilots had shot down five Zorvian jets and three helicopters since Monday and had lost two of their own.",
			[]claimCue{{"its pilots had shot down five Zorvian jets and three helicopters since Monday and had lost two of their own", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"five Zorvian jets|aircraft|5|shot_down|ZOR|RUR", "three helicopters|helicopter|3|shot_down|ZOR|RUR", "two of their own|killed|2|lost|RUR|RUR"}},
		{"captured pilots", "The army said its air defences had shot down two Zorvian jets. It said two pilots had been captured.",
			[]claimCue{{"its air defences had shot down two Zorvian jets", "said", "RUR"}, {"two pilots had been captured", "said", "RUR"}}, []entitySpec{{"Zorvian", "gpe", "ZOR"}},
			[]string{"two Zorvian jets|aircraft|2|shot_down|ZOR|RUR", "two pilots|captured|2|captured|ZOR|RUR"}},
	})
}

// TestCounts19Vague holds amounts the golds missed: "a very large number
// of", a quoted amount before its "of", and "N more" with no noun
// (invented sentences).
func TestCounts19Vague(t *testing.T) {
	checkCounts(t, []countCase{
		{"very large", "The ministry said a very large number of militants were killed in the raids.",
			[]claimCue{{"a very large number of militants were killed in the raids", "said", "RUR"}}, nil,
			[]string{"a very large number of militants|killed|null|killed||RUR"}},
		{"quoted amount", `The spokesman said the strikes had killed "a very large number" of fighters.`,
			[]claimCue{{`the strikes had killed "a very large number" of fighters`, "said", "RUR"}}, nil,
			[]string{`a very large number" of fighters|killed|null|killed||RUR`}},
		{"quoted small", `An officer said "a small number" of soldiers had been taken prisoner.`,
			[]claimCue{{`"a small number" of soldiers had been taken prisoner`, "said", ""}}, nil,
			[]string{`a small number" of soldiers|captured|null|captured||`}},
		{"N more", "The army said one soldier was killed and three more were wounded in the ambush.",
			[]claimCue{{"one soldier was killed and three more were wounded in the ambush", "said", "RUR"}}, nil,
			[]string{"one soldier|killed|1|killed||RUR", "three more were wounded|wounded|3|wounded||RUR"}},
		{"N more with a noun", "The army said four more soldiers died in hospital.",
			[]claimCue{{"four more soldiers died in hospital", "said", "RUR"}}, nil,
			[]string{"four more soldiers|killed|4|killed||RUR"}},
		{"very is no amount", "The army said the attack was very large and lasted hours.",
			[]claimCue{{"the attack was very large and lasted hours", "said", "RUR"}}, nil, nil},
	})
}

// TestCounts19Civilians: civilians a party or a monitor counts in a story
// of one country, with no word of violence near, are that country's people
// (invented sentences; a crane's victims stay no one's, TestVictimsOwner).
func TestCounts19Civilians(t *testing.T) {
	s := loadStage(t)
	tests := []struct {
		text   string
		places map[string]string
		want   []string
	}{
		{"The monitor in Tarsk said 40 to 50 civilians were killed in the cordoned zone last week.", map[string]string{"Tarsk": "RU"},
			[]string{"40 to 50 civilians|killed|40-50|killed|RUS|UNO"}},
		{"Tarsk and Omsk were calm. The ministry said no more than six civilians had died.", map[string]string{"Tarsk": "RU", "Omsk": "RU"},
			[]string{"six civilians|killed|6|killed|RUS|RUS"}},
	}
	claims := [][]claimCue{
		{{"40 to 50 civilians were killed in the cordoned zone last week", "said", "UNO"}},
		{{"no more than six civilians had died", "said", "RUS"}},
	}
	for i, tc := range tests {
		got := countsOfPlaced(t, s, tc.text, claims[i], tc.places)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.text, got, tc.want)
		}
	}
}

// countsOfPlaced is countsOf with places of the given countries (ISO
// alpha-2) at the first occurrence of each name.
func countsOfPlaced(t *testing.T, s *Stage, text string, claims []claimCue, places map[string]string) []string {
	t.Helper()
	doc := docWith(t, text, claims, nil)
	for name, cc := range places {
		k := strings.Index(text, name)
		doc.Places = append(doc.Places, parallax.Place{Start: k, End: k + len(name), Text: name, Country: cc})
	}
	when.New().Process(doc)
	s.Process(doc)
	return shownCounts(doc)
}

// TestCounts19EnemyFighters: an armed group's own word for its enemy's
// fighters ("mercenaries", "attackers") names the enemy group the story
// names, and materiel listed after "N of their tanks" is theirs too
// (invented sentences).
func TestCounts19EnemyFighters(t *testing.T) {
	checkCounts(t, []countCase{
		{"mercenaries", "The Zorvian Liberation Front (ZLF) said its fighters had repelled an attack by the Ruritanian-backed Northern Legion (NL). It said 14 mercenaries were killed, two of their tanks and three pick-up trucks were destroyed.",
			[]claimCue{{"its fighters had repelled an attack by the Ruritanian-backed Northern Legion (NL)", "said", "ZLF"}, {"14 mercenaries were killed, two of their tanks and three pick-up trucks were destroyed", "said", "ZLF"}},
			[]entitySpec{{"Zorvian Liberation Front", "group", "ZLF"}, {"ZLF", "group", "ZLF"}, {"Northern Legion", "group", "NL"}, {"NL", "group", "NL"}, {"Ruritanian", "gpe", "RUR"}},
			[]string{"14 mercenaries|killed|14|killed|NL|ZLF", "two of their tanks|tank|2|destroyed|NL|ZLF", "three pick-up trucks|vehicle|3|destroyed|NL|ZLF"}},
		{"own fighters stay the speaker's", "The Zorvian Liberation Front (ZLF) said four of its fighters were killed in the attack by the Northern Legion (NL).",
			[]claimCue{{"four of its fighters were killed in the attack by the Northern Legion (NL)", "said", "ZLF"}},
			[]entitySpec{{"Zorvian Liberation Front", "group", "ZLF"}, {"ZLF", "group", "ZLF"}, {"Northern Legion", "group", "NL"}, {"NL", "group", "NL"}},
			[]string{"four of its fighters|killed|4|killed|ZLF|ZLF"}},
	})
}

// TestCounts19Members: people or machines a sentence names one by one as
// members of a whole it counted just before are no counts of their own,
// also when the list of parts after "including" goes on past a comma (invented
// sentences; golds: "two of the dead were a doctor and a paramedic", "10
// people, a woman and her two children among them").
func TestCounts19Members(t *testing.T) {
	checkCounts(t, []countCase{
		{"copula members", "The ministry said two of the dead were a nurse and a driver who had stopped to help.",
			[]claimCue{{"two of the dead were a nurse and a driver who had stopped to help", "said", "RUR"}}, nil,
			[]string{"two|killed|2|killed||RUR"}},
		{"among them", "The ministry said the shelling killed nine people, a teacher and her three sons among them.",
			[]claimCue{{"the shelling killed nine people, a teacher and her three sons among them", "said", "RUR"}}, nil,
			[]string{"nine people|killed|9|killed||RUR"}},
		{"after the verb", "The ministry said 12 people were killed, two soldiers and a policeman among them.",
			[]claimCue{{"12 people were killed, two soldiers and a policeman among them", "said", "RUR"}}, nil,
			[]string{"12 people|killed|12|killed||RUR"}},
		{"a share with its own number stays", "The ministry said 12 people were killed. It said seven of the dead were children.",
			[]claimCue{{"12 people were killed", "said", "RUR"}, {"seven of the dead were children", "said", "RUR"}}, nil,
			[]string{"12 people|killed|12|killed||RUR", "seven|killed|7|killed||RUR"}},
		{"parts after a comma", "The command said its air defences had shot down six enemy aircraft, including four Su-25s, a MiG-29 and an Su-24.",
			[]claimCue{{"its air defences had shot down six enemy aircraft, including four Su-25s, a MiG-29 and an Su-24", "said", "RUR"}}, nil,
			[]string{"six enemy aircraft|aircraft|6|shot_down||RUR"}},
		{"more people are no members", "The ministry said 12 people were killed and 30 people were wounded.",
			[]claimCue{{"12 people were killed and 30 people were wounded", "said", "RUR"}}, nil,
			[]string{"12 people|killed|12|killed||RUR", "30 people|wounded|30|wounded||RUR"}},
	})
}
