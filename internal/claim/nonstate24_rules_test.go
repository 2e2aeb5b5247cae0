package claim_test

import (
	"fmt"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// TestPronounChain24Rules: a person named by a noun ("An LRA commander")
// stays the speaker of each later "he said" that takes him up in turn,
// though a head of state was named, and spoke, paragraphs before; a head
// of state who speaks after him takes the next "He" back. Sentences
// invented.
func TestPronounChain24Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a chain of pronouns after an unnamed rebel commander",
			"GULU — President Okello Abura told a rally in Kitgum that the army would end the war this year.\n\n" +
				"An LRA commander who called a radio station in Gulu denied that his men had attacked the camp. \"We fight soldiers, not farmers,\" he said. He said the army had burned the huts. He added that two of his fighters had died.",
			"added", "He", "LRA", "assert", ""},
		{"a head of state who speaks after the commander takes the pronoun",
			"GULU — An LRA commander who called a radio station in Gulu denied that his men had attacked the camp. \"We fight soldiers, not farmers,\" he said. President Okello Abura told a rally in Kitgum that the army would end the war this year. He added that the rebels were finished.",
			"added", "He", "-", "assert", "Okello Abura"},
	})
}

// TestRegionInArms24Rules: on the days a region fights its own state
// (actor.Authority's Region rows), the region's bodies, forces,
// officials, its president named in apposition and the pronouns that
// take them up speak for the region as a party; the state's bodies, the
// federal government in the region's own paper, and the same region's
// officials on a day it fights no one but a third party, keep the state.
// Sentences invented.
func TestRegionInArms24Rules(t *testing.T) {
	runDatedSpeakerCases(t, []datedSpeakerCase{
		{"2017-10-21", speakerCase{"the region's officials in its war with the state",
			"DOHUK, Iraq — Iraqi troops moved on Zummar on Saturday. Kurdish officials said two villages had been shelled.",
			"said", "Kurdish officials", "KRG", "assert", "-"}},
		{"2017-10-21", speakerCase{"a commander named for the region's forces",
			"DOHUK, Iraq — Iraqi troops moved on Zummar on Saturday. A Peshmerga officer said his men had held the road.",
			"said", "Peshmerga officer", "KRG", "assert", "-"}},
		{"2017-10-21", speakerCase{"the state's own command keeps the state",
			"DOHUK, Iraq — Kurdish fighters fell back from Zummar on Saturday. The Iraqi Joint Operations Command said its units had taken the town.",
			"said", "Iraqi Joint Operations Command", "IRQ", "assert", "-"}},
		{"2022-03-14", speakerCase{"the same officials when a third state strikes the region",
			"ERBIL, Iraq — Missiles fired from Iran hit Erbil on Sunday. Kurdish officials said no one had been killed.",
			"said", "Kurdish officials", "IRQ", "assert", "-"}},
		{"2020-11-20", speakerCase{"a president named with the region in apposition",
			"NAIROBI — Ethiopian jets struck Mekelle on Thursday. Abraha Tekle, the Tigray region's president, said the strikes had hit a university.",
			"said", "Abraha Tekle", "TPLF", "assert", "-"}},
		{"2020-11-20", speakerCase{"the bare regional government in a story of the region's war",
			"NAIROBI — Ethiopian jets struck Mekelle on Thursday, Tigrayan officials said. A spokesman for the regional government said the strikes had hit a university.",
			"said", "regional government", "TPLF", "-", "-"}},
		{"2021-07-02", speakerCase{"the federal government in the region's own paper",
			"MEKELLE — Federal troops left Mekelle on Monday, the communication bureau said. The federal government said it had declared a ceasefire.",
			"said", "-", "ETH", "assert", "-"}},
	})
}

// datedSpeakerCase is a speakerCase analysed as published on day.
type datedSpeakerCase struct {
	day string
	speakerCase
}

// runDatedSpeakerCases is runSpeakerCases with each case's own day,
// checking the last claim whose cue is tc.cue (the earlier ones set the
// scene).
func runDatedSpeakerCases(t *testing.T, cases []datedSpeakerCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, dc := range cases {
		tc := dc.speakerCase
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: dc.day})
			var got []string
			found := -1
			for i, c := range doc.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side, c.Stance, c.Speaker.Actor))
				if c.Cue.Text == tc.cue {
					found = i
				}
			}
			if found < 0 {
				t.Fatalf("no %q claim in %v", tc.cue, got)
			}
			c := doc.Claims[found]
			if tc.speaker != "-" && !sameSpeaker(c.Speaker.Text, tc.speaker) {
				t.Errorf("speaker %q, want %q (%v)", c.Speaker.Text, tc.speaker, got)
			}
			if tc.side != "-" && c.Speaker.Side != tc.side {
				t.Errorf("side %q, want %q (%v)", c.Speaker.Side, tc.side, got)
			}
			if tc.stance != "-" && c.Stance != tc.stance {
				t.Errorf("stance %q, want %q", c.Stance, tc.stance)
			}
			if tc.actor != "-" && c.Speaker.Actor != tc.actor {
				t.Errorf("actor %q, want %q", c.Speaker.Actor, tc.actor)
			}
		})
	}
}

// TestInsurgentStatements24Rules: "the Maoists" of a story of India's
// Maoist belt are CPI (Maoist), their spokesman and their statement
// too, and "the same statement" takes up the group's statement across a
// transcript's answers; the Maoists of a Nepali story are not. Sentences
// invented.
func TestInsurgentStatements24Rules(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the Maoists of a Chhattisgarh story",
			"RAIPUR — Gunmen ambushed a police patrol near Sukma on Monday. The Maoists say the patrol had burned a village.",
			"say", "Maoists", "CPIMAOIST", "assert", "-"},
		{"the same statement across a transcript's answers",
			"QUESTION: The Maoists' spokesman has said in a statement that the ambush near Sukma answered the raids.\nOFFICIAL: I have not read it.\nOFFICIAL: We will reply in due course.\nQUESTION: The same statement says six villagers were shot in March.",
			"says", "statement", "CPIMAOIST", "assert", "-"},
		{"the Maoists of a Nepali story are not India's",
			"KATHMANDU — Gunmen attacked a police post in Rolpa on Monday. The Maoists say the police had arrested their cadres.",
			"say", "Maoists", "", "assert", "-"},
	})
}
