package claim_test

import (
	"fmt"
	"testing"

	parallax "github.com/parallaxhq/parallax"
)

// recallCase is one invented text and the claim expected at its cue
// (speaker "" with none wanted: the cue must give no claim).
type recallCase struct {
	name, text, cue, speaker, side string
	none                           bool
}

func runRecallCases(t *testing.T, cases []recallCase) {
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
				got = append(got, fmt.Sprintf("%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side))
				if c.Cue.Text != tc.cue {
					continue
				}
				if tc.none {
					t.Errorf("claim %s|%s, want none", c.Cue.Text, c.Speaker.Text)
					return
				}
				if !sameSpeaker(c.Speaker.Text, tc.speaker) {
					t.Errorf("speaker %q, want %q", c.Speaker.Text, tc.speaker)
				}
				if tc.side != "-" && c.Speaker.Side != tc.side {
					t.Errorf("side %q, want %q", c.Speaker.Side, tc.side)
				}
				return
			}
			if !tc.none {
				t.Errorf("no %q claim in %v", tc.cue, got)
			}
		})
	}
}

// TestRecallInfinitive: a promise or threat whose infinitive follows a
// short adverbial is a claim of the cue's subject; an adverbial with no
// infinitive after it, or a noun after "to", is none.
func TestRecallInfinitive(t *testing.T) {
	runRecallCases(t, []recallCase{
		{name: "day", text: "The Pakistani army vowed on Friday to hunt down the attackers in the mountains.\n", cue: "vowed", speaker: "Pakistani army", side: "PAK"},
		{name: "speech", text: "Somali President Hassan Sheikh Mohamud pledged in a televised address to drive the militants out of the region by the end of the year.\n", cue: "pledged", speaker: "Hassan Sheikh Mohamud", side: "SOM"},
		{name: "medium participle", text: "The rebel commander threatened in a video posted on social media to march on the provincial capital.\n", cue: "threatened", speaker: "commander", side: "-"},
		{name: "quoted verb", text: "The Houthis vowed on Sunday to \"punish\" the ships of any state that joins the blockade.\n", cue: "vowed", speaker: "Houthis", side: "HOUTHIS"},
		{name: "fronted adverbial", text: "Earlier, Sudan's army chief Abdel Fattah al-Burhan vowed to retake every town held by the paramilitaries.\n", cue: "vowed", speaker: "Abdel Fattah al-Burhan", side: "SDN"},
		{name: "no infinitive", text: "The mayor promised on Monday a new school for the displaced families.\n", cue: "promised", none: true},
		{name: "to a noun", text: "The governor pledged on Tuesday to the families of the victims a full inquiry.\n", cue: "pledged", none: true},
	})
}

// TestRecallPassiveBy: a passive accusation or condemnation with its
// agent ("has been accused by rights groups of ...") is the agent's
// claim, named or unnamed; a passive of an act with "by" is none.
func TestRecallPassiveBy(t *testing.T) {
	runRecallCases(t, []recallCase{
		{name: "unnamed agent", text: "The regional militia has been accused by aid workers of blocking food convoys near the lake.\n", cue: "accused", speaker: "aid workers", side: ""},
		{name: "named agent", text: "The junta in Niamey was accused by Amnesty International of detaining dozens of journalists without charge.\n", cue: "accused", speaker: "Amnesty International", side: ""},
		{name: "state body", text: "The shelling of the market was condemned by the Turkish foreign ministry as a grave violation of the truce.\n", cue: "condemned", speaker: "Turkish foreign ministry", side: "TUR"},
		{name: "blamed", text: "The blast at the depot was blamed by Ukrainian officials on a Russian missile.\n", cue: "blamed", speaker: "Ukrainian officials", side: "UKR"},
		{name: "means, not agent", text: "The town was condemned by decree to be demolished.\n", cue: "condemned", none: true},
		{name: "place after by", text: "The convoy was claimed by Goma residents to have carried weapons.\n", cue: "claimed", speaker: "Goma residents", side: "-"},
	})
}

// TestRecallAfterRelative: the subject of a clause whose relative clause
// holds a claim of its own speaks again in the cue after it; a relative
// clause without a claim is read by the first pass, and a subject that
// does not open the clause is no antecedent.
func TestRecallAfterRelative(t *testing.T) {
	runRecallCases(t, []recallCase{
		{name: "denied then said", text: "The Taliban government, which denied sheltering the fighters, said that the border crossing would reopen on Monday.\n", cue: "said", speaker: "Taliban government", side: "TALIBAN"},
		{name: "confirmed then said in a statement", text: "The health ministry, which confirmed nine deaths, said in a statement that the wounded had been taken to Kassala.\n", cue: "said", speaker: "health ministry", side: "-"},
		{name: "claimed then warned", text: "Hamas, which claimed the rocket fire, warned that more attacks would follow if the raids went on.\n", cue: "warned", speaker: "Hamas", side: "HAMAS"},
		{name: "quotation after", text: "The ministry, which has accused Kigali of backing the rebels, said: \"Our patience has limits.\"\n", cue: "said", speaker: "ministry", side: "-"},
	})
}

// TestRecallDatelineCountry: a wire dateline whose country's name holds
// small words ("Democratic Republic of Congo", "Bosnia and Herzegovina")
// is no part of the first sentence's subject.
func TestRecallDatelineCountry(t *testing.T) {
	runRecallCases(t, []recallCase{
		{name: "of", text: "BUKAVU, Democratic Republic of Congo, Feb 16 (Reuters) - M23 rebels said on Sunday they had entered the centre of Bukavu.\n", cue: "said", speaker: "M23 rebels", side: "M23"},
		{name: "and", text: "SARAJEVO, Bosnia and Herzegovina (AP) - The Bosnian Serb leader said on Monday his region would hold a referendum within weeks.\n", cue: "said", speaker: "Bosnian Serb leader", side: "-"},
	})
}

// TestRecallArmedMen: armed men named by their kind speak when the parse
// gives no subject ("Al-Qaeda-linked jihadists claimed ...").
func TestRecallArmedMen(t *testing.T) {
	runRecallCases(t, []recallCase{
		{name: "jihadists", text: "Al-Qaeda-linked jihadists claimed responsibility for an ambush on a convoy near the border.\n", cue: "claimed", speaker: "Al-Qaeda-linked jihadists", side: "-"},
		{name: "insurgents", text: "The insurgents told villagers that the road to the market would stay closed.\n", cue: "told", speaker: "insurgents", side: "-"},
	})
}
