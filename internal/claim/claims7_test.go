package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAgencyOwnStory: in a state news agency's own story (the agency in
// the dateline or as the outlet) an unnamed source or official speaks for
// the agency's state; in another outlet's story, or where the story is
// about another state, it does not. "(Xinhua) --" ends the dateline.
func TestAgencyOwnStory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, outlet, text, speaker, side string
	}{
		{"dateline with two hyphens", "", "BEIJING, May 4 (Xinhua) -- A spokesperson said on Sunday that the patrol near Huangyan Dao was lawful.", "spokesperson", "CHN"},
		{"outlet only", "IRNA", "An informed source said on Monday that the air defences over Isfahan had been on alert for 12 hours.", "source", "IRN"},
		{"dateline agency, military source", "", "Homs, SANA- A military source said Syrian army units had destroyed three vehicles of the terrorists in the desert.", "military source", "SYR"},
		{"another outlet", "Reuters", "An informed source said on Monday that 40 trucks had crossed the border near Zakho.", "source", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Outlet: tc.outlet, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if sameSpeaker(c.Speaker.Text, tc.speaker) || len(c.Speaker.Text) > len(tc.speaker) && c.Speaker.Text[len(c.Speaker.Text)-len(tc.speaker):] == tc.speaker {
					if c.Speaker.Side != tc.side {
						t.Errorf("%s: side %q, want %q", c.Speaker.Text, c.Speaker.Side, tc.side)
					}
					return
				}
			}
			t.Errorf("no claim of %q in %+v", tc.speaker, doc.Claims)
		})
	}
}

// TestStateSources: unnamed sources of a state body ("security sources",
// "a military source") speak for the story's state; plain or foreign
// sources do not.
func TestStateSources(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"security sources", "Gunmen killed 14 villagers near Djibo in northern Burkina Faso on Sunday, security sources told reporters. Burkina Faso's army said it had sent troops to Burkina Faso's north.", "told", "security sources", "BFA", "assert", "Gunmen killed"},
		{"military source", "Nigerian troops freed 30 hostages in Zamfara, a Nigerian army statement said. A military source said two soldiers were wounded in Nigeria's northwest.", "said", "military source", "NGA", "assert", "two soldiers were wounded"},
		{"plain sources", "Kenya's parliament met on Tuesday in Kenya. Sources said the vote in Kenya would be close.", "said", "Sources", "-", "assert", "the vote"},
		{"western sources", "Pakistan's army said its troops held the pass in Pakistan. Western security sources said the pass in Pakistan had fallen.", "said", "Western security sources", "-", "assert", "the pass"},
	})
}

// TestPronounAfterDay: "X said on Thursday it had ...": the pronoun
// after the day opens the reported clause whatever the parse made of it.
func TestPronounAfterDay(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"group on a weekday", "The Kachin Independence Army said on Thursday it had captured the town of Loije.", "said", "Kachin Independence Army", "", "assert", "it had captured the town"},
		{"they after a date", "The Tamer Front said on Monday they had shot down two drones over Valka.", "said", "Tamer Front", "", "assert", "they had shot down"},
	})
}

// TestPlatformChannel: a platform's channel or page linked to a party
// speaks for the party, not for the platform.
func TestPlatformChannel(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"telegram channel linked to", "A Telegram channel linked to Wagner acknowledged on Monday that 12 fighters had been killed near Kidal.", "acknowledged", "Telegram channel linked to Wagner", "WAGNER", "assert", "12 fighters had been killed"},
		{"account affiliated with", "A Telegram account affiliated with Hamas said two hostages had been moved from Rafah.", "said", "Telegram account affiliated with Hamas", "HAMAS", "assert", "two hostages had been moved"},
	})
	// the platform itself, or a channel of no party, keeps its own reading
	runClaims4(t, []claims4Case{
		{"channel of no party", "A Telegram channel run by bloggers said 12 fighters had been killed near Kidal.", "said", "Telegram", "-", "assert", "12 fighters had been killed"},
	})
}

// TestModifiedTitleAnaphor: "the provincial police commander said" after
// another body's spokesman is not that spokesman; "the commander said"
// still is.
func TestModifiedTitleAnaphor(t *testing.T) {
	text := "Colonel Petro Valk, a spokesman for the Ruvian army, said troops had crossed the river at Lask. The provincial police commander said the town was calm."
	doc := analyzeParsed(t, text)
	for _, c := range doc.Claims {
		if c.Speaker.Text == "provincial police commander" && c.Speaker.Actor == "Petro Valk" {
			t.Errorf("the police commander taken for the army spokesman: %+v", c.Speaker)
		}
	}
	runClaims4(t, []claims4Case{
		{"bare title", "Commander Petro Valk of the Ruvian army said troops had crossed the river at Lask. The commander said the town was calm.", "said", "commander", "", "assert", "the town was calm"},
	})
}
