package claim_test

import "testing"

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
