package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestCountFind24JoinedMateriel: materiel of one item joined by "and" under
// one outcome is one loss of as many machines ("two jets and a fighter": 3),
// while two items stay two counts (invented sentences; golds: fighter-bombers
// and a jet downed in one act, twice).
func TestCountFind24JoinedMateriel(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"jets and a fighter", "The Zorvian air force said it had shot down two Ruritanian jets and a MiG-29 fighter over the valley.",
			nil, ents, []string{"two Ruritanian jets and a MiG-29 fighter|aircraft|3|shot_down|MDA|"}},
		{"tanks and a howitzer stay apart", "The Zorvian army said it had destroyed two Ruritanian tanks and a howitzer.",
			nil, ents, []string{"two Ruritanian tanks|tank|2|destroyed|MDA|", "a howitzer|artillery|1|destroyed|MDA|"}},
		{"jets and a helicopter stay apart", "Zorvian gunners shot down two Ruritanian jets and a helicopter.",
			nil, ents, []string{"two Ruritanian jets|aircraft|2|shot_down|MDA|", "a helicopter|helicopter|1|shot_down|MDA|"}},
		{"two groups stay apart", "The Zorvian army said it had seized two pick-up trucks and a dozen motorcycles.",
			nil, ents, []string{"two pick-up trucks|vehicle|2|captured||", "a dozen motorcycles|vehicle|12|captured||"}},
		{"destroyed and captured stay apart", "The Zorvian army said it had destroyed 12 tanks and captured three tanks.",
			nil, ents, []string{"12 tanks|tank|12|destroyed||", "three tanks|tank|3|captured||"}},
	})
}

// TestCountFind24SumAsParts: a state's forces joined with one more person
// under one outcome are one count, also when each names its unit in an
// of-phrase ("N personnel of A and one constable of B were killed") or the
// one is a civilian ("seven soldiers and one civilian were abducted"), and
// when the pair opens the sentence; two plural groups stay apart (invented
// sentences; golds: a sum of two units' personnel, soldiers and a civilian
// abducted, twice).
func TestCountFind24SumAsParts(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"parts with their units", "Thirty-one personnel of the border guard and one sergeant of the national guard were killed.",
			nil, ents, []string{"Thirty-one personnel of the border guard and one sergeant|killed|32|killed||"}},
		{"soldiers and one civilian", "Gunmen abducted nine soldiers and one civilian near the border.",
			nil, ents, []string{"nine soldiers and one civilian|captured|10|captured||"}},
		{"opening the sentence", "Six policemen and a colonel were killed in the ambush.",
			nil, ents, []string{"Six policemen and a colonel|killed|7|killed||"}},
		{"two plural groups stay apart", "Twelve civilians and four soldiers were killed in the shelling.",
			nil, ents, []string{"Twelve civilians|killed|12|killed||", "four soldiers|killed|4|killed||"}},
	})
}

// TestCountFind24BriefersRemarks: in a transcript, a briefer's remark in
// the third person ("Seven were wounded") is the briefers' word as much as
// one in the first person; a journalist's question is not (invented
// sentences; golds: a press conference's toll and wounded, a joint
// briefing's aircraft).
func TestCountFind24BriefersRemarks(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Press conference of the interior ministry on the ambush, Minsk, 3 May (transcript)",
			"COLONEL ARVO TAMM (spokesman): Good evening. Twelve policemen were killed. Seven were wounded.",
			[]string{"Twelve policemen|killed|12|killed||BLR", "Seven were wounded|wounded|7|wounded||BLR"}},
		{"Press conference of the interior ministry on the ambush, Minsk, 3 May (transcript)",
			"COLONEL ARVO TAMM (spokesman): Good evening.\n\nQUESTION: A newspaper says 40 policemen were killed. Is that so?",
			[]string{"40 policemen|killed|40|killed||"}},
	} {
		text := tc.title + "\n\n" + tc.body
		doc := docWith(t, text, nil, nil)
		doc.Article.Title = tc.title
		if k := strings.Index(text, "Minsk"); k >= 0 {
			doc.Places = append(doc.Places, parallax.Place{ID: "p1", Start: k, End: k + len("Minsk"), Name: "Minsk", Country: "BY"})
		}
		when.New().Process(doc)
		s.Process(doc)
		if got := shownCounts(doc); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.body, got, tc.want)
		}
	}
}

// TestCountFind24NotFound: counts the stage missed: wounded people with a
// participle of moving after the noun ("46 wounded soldiers brought by
// road"), materiel with a relative clause before its verb, materiel put
// "out of action", older aircraft by type name; a share's "of which" clause
// stays its share's (invented sentences; golds: a hospital's wounded flown
// out, a mine-protected vehicle sent to reinforce a company, armoured
// vehicles put out of action, a Sukhoi lost).
func TestCountFind24NotFound(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"participle after the wounded", "Doctors have treated 46 wounded soldiers brought by road since Friday.",
			nil, ents, []string{"46 wounded soldiers|wounded|46|wounded||"}},
		{"a hospital's wounded soldiers", "The army hospital in Dorin has received 14 wounded soldiers flown out by helicopter.",
			nil, append(ents, entitySpec{"Dorin", "place:BY", ""}), []string{"14 wounded soldiers|wounded|14|wounded|BLR|"}},
		{"relative clause", "One armoured personnel carrier that was sent to relieve the camp was destroyed by a mine.",
			nil, ents, []string{"One armoured personnel carrier|armored_vehicle|1|destroyed||"}},
		{"out of action", "The army had put four Zorvian tanks out of action.",
			nil, ents, []string{"four Zorvian tanks|tank|4|destroyed|BLR|"}},
		{"out of action, a share", "The army killed 40 of the attackers and put three of their trucks out of action.",
			nil, ents, []string{"40 of the attackers|killed|40|killed||", "three of their trucks|vehicle|3|destroyed||"}},
		{"type name", "The air force said one Kfir had been lost in a crash.",
			nil, ents, []string{"one Kfir|aircraft|1|lost||"}},
		{"of which stays the share's", "Russia launched 64 drones and three missiles overnight, of which 50 drones were shot down.",
			nil, ents, []string{"50 drones|drone|50|shot_down||"}},
	})
}
