package claim_test

import (
	"fmt"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// speakerCase is one sentence and the claim expected at its cue; side
// and actor are checked when want.side/actor is not "-".
type speakerCase struct {
	name, text, cue, speaker, side, stance, actor string
}

// runSpeakerCases analyses each text with the default pipeline and
// checks the first claim whose cue is tc.cue.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side, c.Stance, c.Speaker.Actor))
				if c.Cue.Text != tc.cue {
					continue
				}
				if tc.speaker != "-" && !sameSpeaker(c.Speaker.Text, tc.speaker) {
					t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
				}
				if tc.side != "-" && c.Speaker.Side != tc.side {
					t.Errorf("side %q, want %q", c.Speaker.Side, tc.side)
				}
				if tc.stance != "-" && c.Stance != tc.stance {
					t.Errorf("stance %q, want %q", c.Stance, tc.stance)
				}
				if tc.actor != "-" && c.Speaker.Actor != tc.actor {
					t.Errorf("actor %q, want %q", c.Speaker.Actor, tc.actor)
				}
				return
			}
			t.Errorf("no %q claim in %v", tc.cue, got)
		})
	}
}

// TestInformedSpeakers: "people familiar with the matter", "sources close
// to the talks", "a person with knowledge of the deal" speak; the topic
// after "familiar with" (a place, a body) is not the speaker and gives no
// side; a body named before the noun does ("U.S. officials briefed on").
func TestInformedSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"according to people familiar", "The refinery deal was shelved in June, according to three people familiar with the negotiations.", "according to", "three people", "", "assert", ""},
		{"according to a person", "The minister will resign next week, according to a person familiar with her plans.", "according to", "person", "", "assert", ""},
		{"subject with a place in the topic", "Two sources familiar with the talks in Doha said the mediators had sent a new draft to Hamas.", "said", "Two sources", "", "assert", ""},
		{"body before the noun", "Canadian officials briefed on the inquiry said the suspect had travelled to Lahore twice.", "said", "Canadian officials", "CAN", "assert", "-"},
		{"with knowledge of", "The bid was worth $4 billion, a person with direct knowledge of the deal told Reuters.", "told", "person", "", "assert", ""},
	})
}

// TestRelayedSource: "OUTLET, quoting a source in the ministry, said C"
// is the outlet's claim (its cue after the insertion; the source is its
// source, no speaker of its own: TestCitingAside); without a cue of the
// outlet's own after it, the relayed source speaks, a speaker noun placed
// in a body, and a body named by its kind alone is the relaying outlet's
// state's.
func TestRelayedSource(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"outlet's own cue", "KYIV - Thirty drones hit Odesa overnight. Russia's TASS news agency, quoting a source in the defence ministry, said troops had entered the village of Zorivka.", "said", "-", "RUS", "assert", "-"},
		{"source in the ministry", "KYIV - Thirty drones hit Odesa overnight. According to Russia's TASS news agency, quoting a source in the defence ministry, troops had entered the village of Zorivka.", "quoting", "source", "RUS", "assert", ""},
		{"citing officials of a named body", "The envoy would visit Muscat next week, IRNA reported citing officials at the Iranian Foreign Ministry.", "citing", "officials", "IRN", "assert", ""},
	})
}

// TestInvertedTitleApposition: an inverted title followed by the
// person's name in apposition (`," said Macron's spokeswoman, NAME.`,
// `," said the budget minister, NAME.`): the person speaks, with the
// possessor's side when the title gives none.
func TestInvertedTitleApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"possessor's title", "\"We will not back down,\" said Macron's spokeswoman, Sophie Delmas.", "said", "Sophie Delmas", "FRA", "assert", "Sophie Delmas"},
		{"definite title", "\"The budget is balanced,\" said the finance minister, Tomas Lindgren.", "said", "Tomas Lindgren", "-", "assert", "Tomas Lindgren"},
		{"title alone stays", "\"The budget is balanced,\" said the finance minister.", "said", "finance minister", "-", "assert", ""},
	})
}

// TestNoRoleToPlay: "has no role to play" denies a standing to come, not
// a past act: a statement under "said" stays assert; "had no role in the
// attack", a part in an act denied under a neutral cue, is asserted too
// (the golds' convention since session 16).
func TestNoRoleToPlay(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"role to play", "Egypt's foreign ministry said Qatar had no role to play in the border talks.", "said", "-", "-", "assert", "-"},
		{"role in an act", "The militia said it had no role in the attack on the convoy.", "said", "-", "-", "assert", "-"},
	})
}

// TestAddNeedsWords: "add" reports words only with a clause or a
// quotation ("added that", `," he added`); "would add $3 billion to the
// deficit" and "is adding a levy" report nothing.
func TestAddNeedsWords(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The treasury said the plan would add $3 billion to the deficit.", false},
		{"Governor Ray Coster said the state was adding a 10% levy on power sold to Ohio.", false},
		{"The treasury said the plan was sound. The treasury added that the deficit would shrink.", true},
		{"\"We will not pay,\" the minister added.", true},
	} {
		doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
		got := false
		for _, c := range doc.Claims {
			if c.Cue.Text == "add" || c.Cue.Text == "adding" || c.Cue.Text == "added" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: an 'add' claim %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTitledPersonPastInsertion: "BODY leader NAME, known as X, said":
// the person titled after the body speaks, also when an insertion
// stands between the name and the cue.
func TestTitledPersonPastInsertion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"known as", "JNIM leader Iyad Ag Ghaly, known as the Lion of the Desert, said the group would keep fighting.", "said", "Iyad Ag Ghaly", "JNIM", "assert", "Iyad Ag Ghaly"},
		{"who lives abroad", "Rebel commander Saw Lin Htet, who lives in Thailand, said the base had fallen.", "said", "Saw Lin Htet", "-", "assert", "Saw Lin Htet"},
	})
}

// TestCoordinatedSayingCue: a saying cue the parse coordinates with an
// earlier claim's cue ("has denied any wrongdoing and says C") is a claim
// of the same speaker; an appeal coordinated with it ("and urged him to")
// is part of the act before it.
func TestCoordinatedSayingCue(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// (session 22: the "and says" after the same speaker's claim is
		// folded into it, the golds' one claim in 73 of 95 such sentences;
		// these cases checked the "says" claim before)
		{"perfect denial then says folds", "The former mayor, Carla Duarte, was charged on Monday. Duarte has denied any wrongdoing and says the case is political.", "denied", "Duarte", "", "deny", "Carla Duarte"},
		{"rejection then says folds", "The army rejected the report and says its troops never entered the village of Tabit.", "rejected", "army", "-", "deny", "-"},
	})
	if testing.Short() {
		return
	}
	p := sharedPipeline(t)
	doc := p.Analyze(parallax.Article{Body: "The envoy raised these concerns in a call with the minister and urged him to stop the shelling of Idlib.", Published: "2025-05-04"})
	for _, c := range doc.Claims {
		if c.Cue.Text == "urged" {
			t.Errorf("an appeal coordinated with the act before it is a claim: %+v", c)
		}
	}
}

// TestBodyHeadNoun: a subject whose head noun follows the body that
// opens it ("A Home Office spokesperson", "The Afghan Taliban
// government", "Russia's RIA news agency") is spoken by the whole phrase,
// for the body's side.
func TestBodyHeadNoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"spokesperson of a body", "A Home Office spokesperson said 400 people had been returned to Albania.", "said", "Home Office spokesperson", "GBR", "assert", ""},
		{"government of a group", "The Afghan Taliban government rejected the report on Monday.", "rejected", "Afghan Taliban government", "TALIBAN", "deny", "-"},
		{"agency after a state's possessive", "Iran's IRNA news agency reported that the envoy had reached Muscat.", "reported", "Iran's IRNA news agency", "IRN", "assert", "-"},
	})
}

// TestNGOPostApposition: "Amnesty International's Nigeria director,
// NAME, said": the person speaks for the organisation, which has no
// side, not for the country of the post.
func TestNGOPostApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the director speaks, no side", "Amnesty International's Nigeria director, Musa Danladi, said the killings must stop.", "said", "Musa Danladi", "", "assert", "Musa Danladi"},
	})
}
