package claim_test

import (
	"strings"
	"testing"
)

// TestHeadlineForms16: headline lines that name their source: a title
// with its party before a colon says the words after it, verbless and in
// sentence case as live blogs title them ("Lebanese minister: children
// among the dead"); a body whose name runs over "of" closes a headline
// after a dash ("... - Ministry of Defense"). A person's name before a
// colon still needs a verb and a capital after it (the title of a piece),
// and a place or a label before a colon is no speaker. Invented articles.
func TestHeadlineForms16(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"title and party, verbless", "Shelling goes on\n\nThe army fired again.\n\nSyrian minister: three children among the wounded in Idlib\n\nHealth Minister Hassan al-Ghabbash told reporters that three children were wounded.", ":", "Syrian minister", "SYR", "assert", "three children among the wounded"},
		{"body with of after a dash", "Rebels shell two border villages overnight, attack repelled - Ministry of Defense\n\nKyiv, May 3\n\nRussian forces shelled two villages in the Sumy region overnight, the Ministry of Defense of Ukraine said.", "-", "Ministry of Defense", "UKR", "assert", "Rebels shell two border villages"},
	})
	runNoClaims4(t, []string{
		"Leila Haddad: a life in pictures\n\nThe exhibition opens on Monday.",
		"Kharkiv: three killed in overnight strikes\n\nThree people were killed overnight.",
		"Live updates: strikes across the south\n\nThe strikes continued overnight.",
	}, ":")
}

// TestHeadlineTurnSentence: where the segmenter takes the party and its
// colon for a dateline ("Hamas: Fighters destroyed four tanks ..."), the
// claim's sentence is the whole headline line, party and words.
func TestHeadlineTurnSentence(t *testing.T) {
	doc := analyzeParsed(t, "Hamas: Fighters destroyed four tanks east of Khan Younis\n\nGaza, Example Agency – The armed wing of Hamas said on Monday that its fighters destroyed four tanks east of the city.\n\nIn a statement posted on Telegram, the group said that two soldiers had been killed in the ambush.\n\nThe statement said that the fighters returned safely, adding that the operation was continuing.")
	for _, c := range doc.Claims {
		if c.Cue.Text == ":" {
			if !strings.HasPrefix(c.Sentence, "Hamas:") || !strings.Contains(c.Sentence, "destroyed four tanks") {
				t.Errorf("sentence %q, want the headline line", c.Sentence)
			}
			return
		}
	}
	t.Errorf("no headline claim: %s", describe(doc))
}
