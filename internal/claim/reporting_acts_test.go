package claim_test

import (
	"strings"
	"testing"
)

// TestReportingActs covers reporting verbs beyond "say" and "tell" as
// wire copy, court reporting and press releases use them. The sentences
// are written for the test.
func TestReportingActs(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker, stance string
	}{
		{"underscored that", "The general underscored that the offensive would continue until spring.", "underscored", "general", "assert"},
		{"outlined plans", "The defence minister outlined plans to withdraw troops from the border region.", "outlined", "minister", "assert"},
		{"fretted that", "Residents fretted that the fragile ceasefire would collapse within days.", "fretted", "Residents", "assert"},
		{"forecast that", "The central bank forecast that the economy would shrink by 5 percent this year.", "forecast", "bank", "assert"},
		{"court ruled that", "The Supreme Court ruled that the election results were valid and binding.", "ruled", "Supreme Court", "assert"},
		{"judge ruled that", "A federal judge ruled on Friday that the detentions were unlawful.", "ruled", "judge", "assert"},
		{"pleaded not guilty", "The suspect pleaded not guilty to all terrorism charges in a Paris court.", "pleaded", "suspect", "deny"},
		{"vowed to", "The rebels vowed to fight on until the government falls.", "vowed", "rebels", "assert"},
		{"pledged to", "The president pledged to rebuild the city within two years.", "pledged", "president", "assert"},
		{"threatened to", "Al-Shabaab threatened to attack government buildings in Nairobi.", "threatened", "Al-Shabaab", "assert"},
		{"called for", "The opposition called for an independent investigation into the killings.", "called for", "opposition", "assert"},
		{"determined that", "The tribunal has determined that the detention of the journalist was arbitrary.", "determined", "tribunal", "assert"},
		{"conceded", "The ministry conceded that two soldiers had died in the crash.", "conceded", "ministry", "assert"},
		{"cautioned", "Aid workers cautioned that the death toll could rise sharply.", "cautioned", "workers", "assert"},
		{"reaffirmed", "The Foreign Office reaffirmed that Britain would not recognise the vote.", "reaffirmed", "Foreign Office", "assert"},
		{"inverted agreed after a quotation", "\"The danger has not passed,\" agreed Omar Farah, a researcher at the institute.", "agreed", "Omar Farah", "assert"},
		{"act, warning that", "The army shelled the outskirts overnight, warning that civilians should leave the town.", "warning", "army", "assert"},
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
				if string(c.Stance) != tc.stance {
					t.Errorf("stance %q, want %q", c.Stance, tc.stance)
				}
				return
			}
			t.Errorf("no claim with cue %q: %s", tc.cue, describe(doc))
		})
	}
}

// TestNominalCueForms: forms of the new cues used as nouns or with no
// reported content report nothing.
func TestNominalCueForms(t *testing.T) {
	for _, text := range []string{
		"Women under Taliban rule have lost access to secondary schools.",
		"The ruling party won a majority of seats in the capital.",
		"The two sides agreed to a ceasefire on Monday.",
		"The weather forecast for the region predicts heavy rain.",
		"The rebels are determined to take the airport.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			switch c.Cue.Text {
			case "rule", "ruling", "agreed", "forecast", "determined":
				t.Errorf("%q: unexpected claim %s", text, describe(doc))
			}
		}
	}
}

// TestStatementHeaders: a paragraph that is only a speaker and a colon
// opens a press-release statement; a paragraph of lower-case words ending
// in a colon does not.
func TestStatementHeaders(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		claim               bool
	}{
		{"titled name", "UK statement\n\nFCO Minister Alistair Burt:\n\nThe UK is deeply concerned by the air strikes on the port.", "Alistair Burt", true},
		{"title of a place", "Statement\n\nThe Minister for Africa:\n\n\"We condemn the attack on the convoy in Darfur.\"", "Minister for Africa", true},
		{"lower-case lead-in", "Background\n\nKey facts:\n\nThe camp holds 20,000 people.", "", false},
		{"a sentence ending in a colon", "Officials listed three demands:\n\nThe release of all prisoners.", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			var got []string
			for _, c := range doc.Claims {
				if c.Cue.Text == ":" {
					got = append(got, c.Speaker.Text)
				}
			}
			if !tc.claim {
				if len(got) > 0 {
					t.Errorf("unexpected header claims %v", got)
				}
				return
			}
			if len(got) != 1 || !sameSpeaker(got[0], tc.speaker) {
				t.Errorf("header speakers %v, want [%s]: %s", got, tc.speaker, describe(doc))
			}
		})
	}
}

// TestUnclosedStraightQuote: a straight quotation mark left open in one
// paragraph does not pair with the next paragraph's opening mark, which
// would turn every later quotation inside out.
func TestUnclosedStraightQuote(t *testing.T) {
	text := "\"We are in control of the airport, the commander said.\n\n" +
		"The army denied the report.\n\n" +
		"\"We hold every district,\" an army spokesman said.\n\n" +
		"The UN said 200 people had been displaced."
	doc := analyzeParsed(t, text)
	want := map[string]bool{"denied": false, "said": false}
	quoted := false
	for _, c := range doc.Claims {
		want[c.Cue.Text] = true
		if c.Speaker.Text == "an army spokesman" || c.Speaker.Text == "army spokesman" {
			quoted = c.Quote == "direct" && doc.Text[c.Start:c.End] == "We hold every district"
		}
	}
	if !want["denied"] || !want["said"] || !quoted {
		t.Errorf("claims after the unclosed mark lost: %s", describe(doc))
	}
}

// TestSpeakerRefinements: a time phrase is not the speaker, and "NAME of
// the BODY" speaks for the body's side.
func TestSpeakerRefinements(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker, side string
	}{
		{"time phrase before the cue", "Six media and labor groups this week called for the reporter's swift release.", "called for", "groups", ""},
		{"name of the body", "Abdul Karim of the Iraqi army said the militants had withdrawn from the town.", "said", "Abdul Karim", "IRQ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			for _, c := range doc.Claims {
				if c.Cue.Text != tc.cue {
					continue
				}
				if !sameSpeaker(c.Speaker.Text, tc.speaker) || c.Speaker.Side != tc.side {
					t.Errorf("speaker %q (%s), want %q (%s)", c.Speaker.Text, c.Speaker.Side, tc.speaker, tc.side)
				}
				return
			}
			t.Errorf("no claim with cue %q: %s", tc.cue, describe(doc))
		})
	}
}

// TestInvertedTitledSpeaker: after a clause, "said BODY TITLE NAME" gives
// the person, not the body that opens the title.
func TestInvertedTitledSpeaker(t *testing.T) {
	doc := analyzeParsed(t, "The attack on the depot was unprovoked, said Defense Ministry spokesman Ivan Petrov.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "said" {
			if !strings.HasSuffix(c.Speaker.Text, "Ivan Petrov") {
				t.Errorf("speaker %q, want Ivan Petrov", c.Speaker.Text)
			}
			return
		}
	}
	t.Errorf("no claim: %s", describe(doc))
}

// TestPossessedSubject: what a person has is not the person ("Zamora's
// lawyers said" is the lawyers; "A's lawyer, B, said" is B).
func TestPossessedSubject(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"lawyers of a person", "Jose Ruben Zamora was jailed in 2022. Zamora's lawyers said the charges were false.", "Zamora's lawyers"},
		{"lawyer named in apposition", "Jose Ruben Zamora was jailed in 2022. Zamora's lawyer, Chris Mhike, said the charges were false.", "Chris Mhike"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			for _, c := range doc.Claims {
				if c.Cue.Text == "said" {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) || c.Speaker.Actor == "Jose Ruben Zamora" {
						t.Errorf("speaker %q (%s), want %q", c.Speaker.Text, c.Speaker.Actor, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no claim: %s", describe(doc))
		})
	}
}

// TestReleaseVoiceAndPossessiveSpeakers: "We urge" in a government's own
// release speaks for the state that spoke before, not for an armed group
// reported in between; "his family said" closes a clause as "the family
// said" does.
func TestReleaseVoiceAndPossessiveSpeakers(t *testing.T) {
	doc := analyzeParsed(t, "The United States strongly condemns the bombing of the bus station, for which Da'esh has claimed responsibility. "+
		"We urge the Government of Iraq to provide additional security for the camp's residents.")
	found := false
	for _, c := range doc.Claims {
		if c.Cue.Text == "urge" {
			found = true
			if c.Speaker.Side != "USA" {
				t.Errorf("we urge: side %q, want USA", c.Speaker.Side)
			}
		}
	}
	if !found {
		t.Errorf("no claim for 'We urge': %s", describe(doc))
	}
	doc = analyzeParsed(t, "\"We will not negotiate,\" the rebel commander said. \"We are not afraid,\" we told them.")
	for _, c := range doc.Claims {
		if c.Speaker.Text == "we" && c.Speaker.Side != "" {
			t.Errorf("a quoted or reported 'we' took side %q", c.Speaker.Side)
		}
	}
	doc = analyzeParsed(t, "Jose Ruben Zamora was jailed in 2022. Zamora's health has worsened, his family said.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "said" {
			if !sameSpeaker(c.Speaker.Text, "family") {
				t.Errorf("speaker %q, want family", c.Speaker.Text)
			}
			return
		}
	}
	t.Errorf("no claim for 'his family said': %s", describe(doc))
}

// TestStateOfficeHolderSide: a judge or general named with no country
// speaks for the state the article is clearly about; a former one does
// not.
func TestStateOfficeHolderSide(t *testing.T) {
	const lead = "Kenya's parliament impeached the deputy president. Kenyan lawmakers voted 281-44. Kenya's courts have been busy. The Kenyan government welcomed the ruling. "
	tests := []struct{ name, text, side string }{
		{"judge", lead + "\"Public interest favors the constitution,\" said Judge Antony Mrima.", "KEN"},
		{"former general", lead + "\"The vote was rushed,\" said former Gen. Peter Njoroge.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := analyzeParsed(t, tc.text)
			for _, c := range doc.Claims {
				if c.Cue.Text == "said" {
					if c.Speaker.Side != tc.side {
						t.Errorf("side %q, want %q (%s)", c.Speaker.Side, tc.side, describe(doc))
					}
					return
				}
			}
			t.Errorf("no claim: %s", describe(doc))
		})
	}
}

// TestQuotedLabels: "called X “label”" reports the speaker's words; a
// label without quotation marks, or a name, does not.
func TestQuotedLabels(t *testing.T) {
	doc := analyzeParsed(t, "Lena Hoffmann, head of the Europe desk of the Committee to Protect Journalists, called the ruling a “clear case of legal harassment.”")
	found := false
	for _, c := range doc.Claims {
		if c.Cue.Text == "called" && strings.HasSuffix(c.Speaker.Text, "Lena Hoffmann") {
			found = true
		}
	}
	if !found {
		t.Errorf("no label claim: %s", describe(doc))
	}
	for _, text := range []string{
		"The army called the operation a success on Monday.",
		"Residents called the hospital for help.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Cue.Text == "called" {
				t.Errorf("%q: unexpected claim %s", text, describe(doc))
			}
		}
	}
}

// TestInsertionEndingInQuotation: a relative clause between the subject
// and the cue may end inside a quotation.
func TestInsertionEndingInQuotation(t *testing.T) {
	doc := analyzeParsed(t, "Tendai Moyo was detained in March. Moyo, who faces three counts relating to \"publishing false statements harmful to the state,\" denies the accusations against him.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "denies" {
			if !strings.Contains(c.Speaker.Text, "Moyo") || c.Stance != "deny" {
				t.Errorf("speaker %q stance %s", c.Speaker.Text, c.Stance)
			}
			return
		}
	}
	t.Errorf("no claim: %s", describe(doc))
}

// TestPastServiceApposition: a body the speaker worked for before is not
// the side they speak for.
func TestPastServiceApposition(t *testing.T) {
	doc := analyzeParsed(t, "\"We must watch the two detainees carefully,\" said Arun Petchara, who once served with the U.N. refugee agency in Jordan.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "said" {
			if c.Speaker.Side == "UNO" {
				t.Errorf("side %q from a past employer", c.Speaker.Side)
			}
			return
		}
	}
	t.Errorf("no claim: %s", describe(doc))
}

// TestPossessedOppositionIsNoSource: "citing the Taliban's opposition"
// relays no source, while "the opposition" is a speaker.
func TestPossessedOppositionIsNoSource(t *testing.T) {
	doc := analyzeParsed(t, "The U.N. did not invite Afghan women to the talks, however, citing the Taliban's opposition, a move that drew strong criticism.")
	for _, c := range doc.Claims {
		if c.Cue.Text == "citing" {
			t.Errorf("unexpected relay: %s", describe(doc))
		}
	}
}
