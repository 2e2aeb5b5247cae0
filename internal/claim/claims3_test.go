package claim_test

import (
	"strings"
	"testing"
)

// TestMidSentenceAndRelativeLabels covers attributions set between two
// clauses, relative clauses that label something in a speaker's words,
// and nested reporting. The sentences are written for the test.
func TestMidSentenceAndRelativeLabels(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker, content string
	}{
		{"inserted, participle after", "The convoy was hit near the border, officials said, killing three drivers.", "said", "officials", "The convoy was hit near the border"},
		{"inserted, participle after (2)", "Two schools were shelled overnight, the mayor said, leaving hundreds without classes.", "said", "mayor", "Two schools were shelled overnight"},
		{"inserted, clause goes on", "The ceasefire, the spokesman said, would hold until Friday.", "said", "spokesman", "The ceasefire, the spokesman said, would hold until Friday"},
		{"inserted with adverbial", "Food prices rose sharply last year, the World Bank noted in its annual report, and are expected to climb further.", "noted", "World Bank", "Food prices rose sharply last year"},
		{"inserted with adverbial, clause goes on", "The attack, the ministry said in a statement, was the deadliest this year.", "said", "ministry", "The attack, the ministry said in a statement, was the deadliest this year"},
		{"inserted with a day, clause goes on", "The road, police said Tuesday, will stay closed until further notice.", "said", "police", "The road, police said Tuesday, will stay closed until further notice"},
		{"according to between clauses", "Three soldiers were wounded, according to the army, when their patrol hit a mine.", "according to", "army", "Three soldiers were wounded"},
		{"according to after an opening time", "On Monday morning, according to the army, rebels shelled the airport.", "according to", "army", "rebels shelled the airport"},
		{"according to inside a relative clause", "Both countries turned away boats which, according to the agency, the navy had towed back to sea.", "according to", "agency", "the navy had towed back to sea"},
		{"relative quoted label", "The government defended the measures, which Amnesty International called \"inhumane\", as necessary.", "called", "Amnesty International", "the measures, which Amnesty International called \"inhumane\""},
		{"relative label with as", "The new curfew rules, which rights groups described as draconian, took effect on Monday.", "described", "rights groups", "The new curfew rules, which rights groups described as draconian"},
		{"relative quoted label with article", "Residents fled the raids, which the opposition branded a \"collective punishment\", on Sunday.", "branded", "opposition", "the raids, which the opposition branded a \"collective punishment\""},
		{"nested: inquiry found", "The defence minister said the inquiry found that the soldiers had acted lawfully.", "found", "inquiry", "the soldiers had acted lawfully"},
		{"nested: quoted from the inner cue", "The defence lawyer said the judge \"indicated that the charges would be dropped\" at the next hearing.", "indicated", "judge", "the charges would be dropped"},
		{"nested: quoted from the inner cue, named", "Reporters said Kenyatta \"claimed that the election had been stolen\" in a speech.", "claimed", "Kenyatta", "the election had been stolen"},
		{"nested: judge indicated", "Lawyers said the judge indicated that the trial would resume in May.", "indicated", "judge", "the trial would resume in May"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			for _, c := range doc.Claims {
				if c.Cue.Text != tc.cue {
					continue
				}
				if !strings.Contains(c.Speaker.Text, tc.speaker) {
					t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
				}
				if got := doc.Text[c.Start:c.End]; got != tc.content {
					t.Errorf("content %q, want %q", got, tc.content)
				}
				if strings.HasPrefix(tc.name, "nested") && c.Parent == "" {
					t.Errorf("nested claim has no parent: %s", describe(doc))
				}
				return
			}
			t.Errorf("no claim with cue %q: %s", tc.cue, describe(doc))
		})
	}
}

// TestRelativeClausesThatAreNotLabels: a relative clause with an object
// after the verb, or a name rather than a label, claims nothing by the
// labelling verb; neither do questions and hedges with no speaker.
func TestRelativeClausesThatAreNotLabels(t *testing.T) {
	for _, text := range []string{
		"The town, which residents call Little Kabul, was shelled on Monday.",
		"The minister, whom reporters called on Monday, declined to comment on the raids.",
		"Will the army withdraw from the city before the talks?",
		"Did the army say that the town had fallen to the rebels?",
		"Why did the minister claim the border was closed on Monday?",
		"The commander is said to be hiding in the mountains near the border.",
		"The militants reportedly seized two villages overnight.",
		"The so-called peace plan was rejected by both parties.",
	} {
		doc := analyzeParsed(t, text)
		if len(doc.Claims) > 0 {
			t.Errorf("%q: unexpected claims %s", text, describe(doc))
		}
	}
}

// TestUnclosedQuoteEndsBeforeNarration: a quotation left open does not
// swallow the rest of its paragraph when a later sentence carries its
// own closing attribution; that sentence and the ones after it are
// narration again.
func TestUnclosedQuoteEndsBeforeNarration(t *testing.T) {
	tests := []struct {
		text     string
		speakers []string
	}{
		{"The minister described the talks as \"productive. The rebels attacked the convoy near Goma on Sunday, the army said. Officials said the road to the airport remained closed.",
			[]string{"army", "Officials"}},
		{"Protesters chanted \"down with the junta. Two people were shot dead near the square, said the hospital director. Police said they had fired in the air.",
			[]string{"hospital director", "Police"}},
	}
	for _, tc := range tests {
		doc := analyzeParsed(t, tc.text)
		for _, want := range tc.speakers {
			found := false
			for _, c := range doc.Claims {
				if strings.Contains(c.Speaker.Text, want) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no claim by %q: %s", tc.text, want, describe(doc))
			}
		}
	}
}
