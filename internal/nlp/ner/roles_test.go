package ner

import "testing"

func TestTrimOpeningRoles(t *testing.T) {
	sentenceRule(t, "trimOpeningRoles", trimOpeningRoles, map[string]string{
		"Winger/B-PER Ivo/I-PER Brand/I-PER scored twice .":    "Winger Ivo/B-PER Brand/I-PER scored twice .",
		"Debutant/B-PER Kell/I-PER was run out for nine .":     "Debutant Kell/B-PER was run out for nine .",
		"\" Organiser/B-PER Ana/I-PER Lind/I-PER said so . \"": "\" Organiser Ana/B-PER Lind/I-PER said so . \"",
		// A title is trimTitles' work; a role word alone, a role word
		// inside the sentence and a name that is no role: unchanged.
		"Guard/B-PER scored .":                        "Guard/B-PER scored .",
		"The winger Ivo/B-PER Brand/I-PER scored .":   "The winger Ivo/B-PER Brand/I-PER scored .",
		"Grant/B-PER Ovo/I-PER scored .":              "Grant/B-PER Ovo/I-PER scored .",
		"Then Winger/B-PER Ivo/I-PER Brand/I-PER ran": "Then Winger/B-PER Ivo/I-PER Brand/I-PER ran",
	})
}

func TestClubsBeforeRoles(t *testing.T) {
	gaz := testPlaces()
	rule := func(words, tags []string) { clubsBeforeRoles(words, tags, Chunks(tags), gaz) }
	sentenceRule(t, "clubsBeforeRoles", rule, map[string]string{
		"Kelby/B-LOC coach Ivo/B-PER Brand/I-PER was sent off .":    "Kelby/B-ORG coach Ivo/B-PER Brand/I-PER was sent off .",
		"uncapped Dunmore/B-LOC defender Ana/B-PER Lind/I-PER":      "uncapped Dunmore/B-ORG defender Ana/B-PER Lind/I-PER",
		"Corvo/B-PER striker Ivo/B-PER Corvo/I-PER scored":          "Corvo/B-ORG striker Ivo/B-PER Corvo/I-PER scored",
		"Ostland/B-LOC fast bowler Ivo/B-PER Kell/I-PER took three": "Ostland/B-ORG fast bowler Ivo/B-PER Kell/I-PER took three",
		// A country is its national team; a nationality; no person after
		// the role; an organisation already: unchanged.
		"Valdoria/B-LOC manager Ivo/B-PER Brand/I-PER named": "Valdoria/B-LOC manager Ivo/B-PER Brand/I-PER named",
		"Valdorian/B-MISC striker Ivo/B-PER Brand/I-PER":     "Valdorian/B-MISC striker Ivo/B-PER Brand/I-PER",
		"Kelby/B-LOC coaches will meet":                      "Kelby/B-LOC coaches will meet",
		"Kelby/B-ORG coach Ivo/B-PER Brand/I-PER":            "Kelby/B-ORG coach Ivo/B-PER Brand/I-PER",
		"the Kelby/B-LOC city manager Ivo/B-PER Brand/I-PER": "the Kelby/B-LOC city manager Ivo/B-PER Brand/I-PER",
	})
}

func TestTrimCompoundRanks(t *testing.T) {
	sentenceRule(t, "trimCompoundRanks", trimCompoundRanks, map[string]string{
		"spokesman Lieutenant-Colonel/B-PER Ivo/I-PER Kell/I-PER said": "spokesman Lieutenant-Colonel Ivo/B-PER Kell/I-PER said",
		"Major-General/B-PER Ana/I-PER Lind/I-PER said":                "Major-General Ana/B-PER Lind/I-PER said",
		// A hyphenated given name is no rank.
		"Jean-Pierre/B-PER Kell/I-PER said": "Jean-Pierre/B-PER Kell/I-PER said",
		"Abdul-Karim/B-PER Kell/I-PER said": "Abdul-Karim/B-PER Kell/I-PER said",
	})
}
