package claim_test

import (
	"strings"
	"testing"
)

// TestCueFormsAsNouns17: forms of cues that are nouns or participles
// here report nothing: "state(s)" ending a place's name after a
// preposition or a count, "post" after a possessive and a medium, and
// "accused of" after a common noun (a reduced passive). The verbs keep
// their claims. Invented sentences.
func TestCueFormsAsNouns17(t *testing.T) {
	tests := []struct {
		name, text string
		cues       []string // the claims' cues, in order
	}{
		{"of NAME state", `The army said it had shelled Tovo, the capital of Upper Dorvan state, killing "dozens of fighters".`, []string{"said"}},
		{"count of NAME states", "The premier said he would tax power sold to three northern U.S. states that border the province.", []string{"said"}},
		{"several NAME states", "Foreign ministers of several European states said they would meet in Geneva.", []string{"said"}},
		{"the NAME states that", "The Pentagon states that the strike killed two commanders.", []string{"states"}},
		{"in NAME state said", "Activists in Gezira state said 40 people were killed.", []string{"said"}},
		{"social media post", "The president said in his social media post that the tariffs would double next month.", []string{"said"}},
		{"posted on", "The minister posted on X that the talks had failed.", []string{"posted"}},
		{"men accused of", "Residents said soldiers shot dead two farmers accused of helping the rebels.", []string{"said"}},
		{"accused the rebels of", "The army accused the rebels of shelling the market in Tovo.", []string{"accused"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			var got []string
			for _, c := range doc.Claims {
				got = append(got, c.Cue.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.cues, "|") {
				t.Fatalf("cues %q, want %q: %s", got, tc.cues, describe(doc))
			}
		})
	}
}

// TestPronounAfterUnnamedPerson: "He" or "She" opening a sentence after
// the claim of an unnamed person (a person noun, or a noun that a "who"
// clause follows) stands for that speaker; after a body it names no one.
// Invented sentences.
func TestPronounAfterUnnamedPerson(t *testing.T) {
	tests := []struct {
		name, text string
		n          int // claims
	}{
		{"who clause", `"The plane came back twice," said a 40-year-old herdsman who was hit in the arm. He said he had counted 11 bodies near the well.`, 2},
		{"person noun", "A nurse at the clinic said most of the wounded were children. She said the drone came back an hour later.", 2},
		{"after a body", "The army said the rebels attacked first. He said nothing else about the raid.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			if len(doc.Claims) != tc.n {
				t.Fatalf("%d claims, want %d: %s", len(doc.Claims), tc.n, describe(doc))
			}
		})
	}
}

// TestAccordingToRecords17: "according to" a list, a tally or a posting
// is a claim whose source is the record, past a participle that says who
// made it ("a list compiled by elders and seen by reporters", "a posting
// made a day ago"); a demonym before the data gives its state's side.
// Invented sentences.
func TestAccordingToRecords17(t *testing.T) {
	tests := []struct {
		name, text, speaker, side string
	}{
		{"list compiled and seen", "According to a list compiled by village elders and seen by reporters, the dead included nine herders.", "list", ""},
		{"demonym tallies", "The raid killed about 300 people, according to Ugandan tallies.", "Ugandan tallies", "UGA"},
		{"posting made", "The portal went offline, according to an online posting made two days ago.", "online posting", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			for _, c := range doc.Claims {
				if strings.EqualFold(c.Cue.Text, "according to") {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) || c.Speaker.Side != tc.side {
						t.Fatalf("speaker %q side %q, want %q %q", c.Speaker.Text, c.Speaker.Side, tc.speaker, tc.side)
					}
					return
				}
			}
			t.Fatalf("no 'according to' claim: %s", describe(doc))
		})
	}
}
