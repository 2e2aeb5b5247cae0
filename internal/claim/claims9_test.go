package claim_test

import (
	"strings"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// TestWhichClauseSpeaker: a relative clause set off by commas between
// the body that opens the sentence and its cue ("The army, which holds
// the port, said") leaves that body the speaker, not a place or party
// the clause names.
func TestWhichClauseSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, cue, speaker string
	}{
		{"place in the clause", "The army, which controls Kassala and the town of Gedaref, said it had pushed back a raid on Sennar.", "said", "army"},
		{"institution in the clause", "The ministry, which oversees the border police, said 9 guards were hurt near Torkham.", "said", "ministry"},
		{"named body", "The Ukrainian navy, which patrols the coast near Odesa, said 3 drones were shot down.", "said", "Ukrainian navy"},
		{"unlisted noun", "The militia, which has fought the government in Benghazi since 2019, denied the report.", "denied", "militia"},
		{"who still works", "A doctor in Rafah, who asked not to be named, said 6 children were brought in.", "said", "doctor"},
		{"inverted after the clause", "Shells hit the water plant, which serves Kherson, said Governor Oleg Marchuk.", "said", "Oleg Marchuk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Cue.Text == tc.cue {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) {
						t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no %q claim in %+v", tc.cue, doc.Claims)
		})
	}
}

// TestMediumParticiple: a participle after the medium in an adverbial
// between the cue and "that" ("said in a video posted on social media
// that") says where the words appeared; the clause after "that" is still
// what the speaker said.
func TestMediumParticiple(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, speaker, content string
	}{
		{"video posted", "Gang leader Remy Castel said in a video posted on social media that his men would hold the port.", "Remy Castel", "his men would hold the port"},
		{"audio posted online", "Al-Shabab said in an audio recording posted online that it had killed 8 soldiers near Baidoa.", "Al-Shabab", "it had killed 8 soldiers"},
		{"statement sent", "The commander said in a statement sent to reporters that the bridge had been blown up.", "commander", "the bridge had been blown up"},
		{"video released by", "The army said in a video released by its media wing that 17 fighters had surrendered.", "army", "17 fighters had surrendered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Cue.Text == "said" {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) {
						t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
					}
					if got := tc.text[c.Start:c.End]; !strings.Contains(got, tc.content) || strings.Contains(got, "posted") || strings.Contains(got, "sent") || strings.Contains(got, "released") {
						t.Errorf("content %q, want %q", got, tc.content)
					}
					return
				}
			}
			t.Errorf("no claim in %+v", doc.Claims)
		})
	}
}

// TestCoordinatedAccusation: an accusation coordinated with the verb
// before it ("denied the report and accused the army of ...", "took the
// town and blamed ...") is a claim of that verb's subject, and the first
// claim stops before it.
func TestCoordinatedAccusation(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, first, speaker string
	}{
		{"after a denial", "The militia denied the report and accused the army of shelling a clinic in Djugu.", "denied", "militia"},
		{"after said", "The insurgents said they had seized the bridge and accused the police of killing 5 herders.", "said", "insurgents"},
		{"after a rejection", "Moscow rejected the charges and accused Kyiv of staging the blast in Sumy.", "rejected", "Moscow"},
		{"after an act", "The rebels captured the airstrip and accused the army of bombing civilians.", "", "rebels"},
		{"blamed for", "The ministry said 7 people were killed and blamed the RSF for the shelling.", "said", "ministry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var acc, first *parallax.Claim
			for i, c := range doc.Claims {
				switch c.Cue.Text {
				case "accused", "blamed":
					acc = &doc.Claims[i]
				case tc.first:
					first = &doc.Claims[i]
				}
			}
			if acc == nil || !sameSpeaker(acc.Speaker.Text, tc.speaker) {
				t.Fatalf("accusation %+v, want one by %q", acc, tc.speaker)
			}
			if tc.first != "" {
				if first == nil {
					t.Fatalf("no %q claim", tc.first)
				}
				if got := tc.text[first.Start:first.End]; strings.Contains(got, "accused") || strings.Contains(got, "blamed") {
					t.Errorf("first claim runs on into the accusation: %q", got)
				}
			}
		})
	}
}

// TestPlacedTrailingSpeaker: a trailing attribution whose speaker is
// placed by a phrase ("officials in Vorlan said", "the civil defence
// agency in the rebel-held territory said", "police in the capital
// said") is found after a long first sentence, and the noun before the
// place speaks.
func TestPlacedTrailingSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, speaker string
	}{
		{"unrecognised town", "Ukraine's eastern Donetsk region has lost power and water to thousands of homes after shelling hit a substation on Monday, officials in Kramatorsk said.", "officials"},
		{"territory with a modifier", "DEIR AL-BALAH, Palestinian Territories (AFP) - An air strike on a tent camp sheltering displaced families in Khan Younis killed 27 people on Sunday, the civil defence agency in the Hamas-run territory said.", "civil defence agency"},
		{"capital", "A car bomb at a checkpoint in Mogadishu killed 6 soldiers on Thursday, police in the Somali capital said.", "police"},
		{"residents of the town", "Gunmen on motorbikes killed 14 villagers in a raid near Djibo in the north of the country, residents of the town said.", "residents"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Cue.Text == "said" {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) {
						t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no claim in %+v", doc.Claims)
		})
	}
}

// TestPlaceModifierSpeaker: a compass word or other modifier between the
// preposition and the place ("A resident of eastern Kassala told") still
// leaves the noun before the preposition the speaker. (Where the
// recogniser reads the modifier with some towns, "eastern Kassala", the
// place is still taken; not fixed yet.)
func TestPlaceModifierSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text, cue, speaker string
	}{
		{"southern", "A resident of southern Beirut told Reuters that 3 buildings collapsed after the strike.", "told", "resident"},
		{"northern", "A resident of northern Khartoum told AFP that drones hit the power station twice.", "told", "resident"},
		{"no modifier", "A resident of Kassala told AFP that shells fell near the bus station.", "told", "resident"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			for _, c := range doc.Claims {
				if c.Cue.Text == tc.cue {
					if !sameSpeaker(c.Speaker.Text, tc.speaker) {
						t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no claim in %+v", doc.Claims)
		})
	}
}
