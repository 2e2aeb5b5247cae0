package claim_test

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// analyzeParsed runs the whole pipeline, so that the claim stage sees
// the parse and the recogniser's entities as it does in production.
func analyzeParsed(t *testing.T, text string) *parallax.Document {
	t.Helper()
	if testing.Short() {
		t.Skip("loads every model")
	}
	return sharedPipeline(t).Analyze(parallax.Article{Body: text, Published: "2025-03-14"})
}

// sharedPipeline is the default pipeline, loaded once for all the tests
// of the package: each load reads every model (about half a second).
func sharedPipeline(t testing.TB) *pipeline.Pipeline { return pipetest.Pipeline(t) }

// parsedWant is one expected claim, found by its cue; "-" for speaker or
// side means "must be empty", "" means "not checked".
type parsedWant struct {
	cue, speaker, actor, side, stance, content string
}

// TestSyntaxThroughParse covers the attribution patterns that need the
// parse or the recogniser: appositions, insertions, coordinated and
// relative cues, relayed sources, agents of participles, parenthetical
// and inverted attributions. The sentences are written for the test.
func TestSyntaxThroughParse(t *testing.T) {
	tests := []struct {
		name, text string
		want       []parsedWant
		absent     []string // cues that must not yield a claim
	}{
		{"appositive person after a title", "The Ukrainian interior minister, Olena Marchuk, said the roads were reopened.",
			[]parsedWant{{cue: "said", speaker: "Olena Marchuk", side: "UKR"}}, nil},
		{"rank between the comma and the name", "The task force commander, Maj. Gen. Peter Olsen, told reporters the bridge was destroyed.",
			[]parsedWant{{cue: "told", speaker: "Peter Olsen"}}, nil},
		{"however as an insertion", "The Ukrainian army, however, said the town was still contested.",
			[]parsedWant{{cue: "said", side: "UKR"}}, nil},
		{"gerund insertion", "Police chief Tom Brandt, while visiting the site, says the blast was caused by a gas leak.",
			[]parsedWant{{cue: "says", speaker: "Tom Brandt", content: "the blast was caused by a gas leak"}}, nil},
		{"coordinated cue", "The Ukrainian army repelled the attack and said five tanks were destroyed.",
			[]parsedWant{{cue: "said", side: "UKR", content: "five tanks were destroyed"}}, nil},
		{"relative cue", "The strike angered the Kremlin, which claims the drones were launched from Poland.",
			[]parsedWant{{cue: "claims", side: "RUS"}}, nil},
		{"stacked appositions and an analyst", "Maria Lopez, an analyst at the Wilson Center, a Washington-based think tank, said the truce would not hold.",
			[]parsedWant{{cue: "said", speaker: "Maria Lopez", side: "-", content: "the truce would not hold"}}, nil},
		{"analyst of a country speaks for no side", "Peter Hall, a senior Russia analyst at Chatham House, said the sanctions were working.",
			[]parsedWant{{cue: "said", speaker: "Peter Hall", side: "-"}}, nil},
		{"common noun subject", "The shopkeeper said that soldiers fired at the crowd.",
			[]parsedWant{{cue: "said", speaker: "shopkeeper", side: "-"}}, nil},
		{"stray comma before the cue", "“We will rebuild the school,” Mayor Anna Kovacs, told reporters.",
			[]parsedWant{{cue: "told", speaker: "Anna Kovacs", content: "We will rebuild the school"}}, nil},
		{"modal may is no month", "Anna Berg, a researcher at a Swedish institute, said Russia may attack again.",
			[]parsedWant{{cue: "said", speaker: "Anna Berg", content: "Russia may attack again"}}, nil},
		{"found that", "The inquiry found that the hospital was hit by artillery.",
			[]parsedWant{{cue: "found", content: "the hospital was hit by artillery"}}, nil},
		{"found as a passive is no claim", "Three bodies were found near the river on Sunday.", nil, []string{"found"}},
		{"found with an object is no claim", "Soldiers found a weapons cache in the cellar.", nil, []string{"found"}},
		{"progressive cue", "Moscow is warning it could cut gas supplies to Europe.",
			[]parsedWant{{cue: "warning", side: "RUS", content: "it could cut gas supplies to Europe"}}, nil},
		{"inverted warned with an apposition", "“The ceasefire is fragile,” warned Karl Meyer, a fellow at the Brookings Institution.",
			[]parsedWant{{cue: "warned", speaker: "Karl Meyer", side: "-", content: "The ceasefire is fragile"}}, nil},
		{"relayed source", "According to the Tass news agency, quoting the Russian Defence Ministry, 20 drones were shot down overnight.",
			[]parsedWant{{cue: "According to"}, {cue: "quoting", side: "RUS", content: "20 drones were shot down overnight"}}, nil},
		{"citing a topic is no claim", "The agency withdrew its staff, citing the deteriorating security.", nil, []string{"citing"}},
		{"participle with its agent", "Two bombings, later claimed by the Islamic State, killed 30 people in the market.",
			[]parsedWant{{cue: "claimed", side: "ISIS"}}, nil},
		{"agentless passive accusation", "Kyiv was accused of shelling the market.",
			[]parsedWant{{cue: "accused", speaker: "-", side: "-"}}, nil},
		{"parenthetical attribution", "Still, the governor says, most roads remain closed.",
			[]parsedWant{{cue: "says", speaker: "governor", content: "Still, the governor says, most roads remain closed"}}, nil},
		{"according to a titled person", "The bridge collapsed at dawn, according to local farmer Ali Hassan.",
			[]parsedWant{{cue: "according to", speaker: "Ali Hassan"}}, nil},
		{"according to a body's figures", "According to official U.N. figures, 300 families fled the district.",
			[]parsedWant{{cue: "According to", side: "UNO"}}, nil},
		{"inverted unnamed speaker", "“They took everything we had,” said the shop owner.",
			[]parsedWant{{cue: "said", speaker: "shop owner", content: "They took everything we had"}}, nil},
		{"a statement speaks for its issuer", "The White House said it was monitoring the situation. A statement said the president had been briefed.",
			[]parsedWant{{cue: "said", side: "USA"}, {cue: "said", speaker: "statement", side: "USA"}}, nil},
		{"statement with a saying clause", "The Ukrainian foreign ministry issued a statement Friday saying Kyiv was “deeply concerned” by the vote.",
			[]parsedWant{{cue: "issued a statement", side: "UKR", content: "Kyiv was “deeply concerned” by the vote"}}, nil},
		{"a named body's officials inside a quotation", "“At the checkpoint, the Russian officials said that we had to turn back,” said the driver.",
			[]parsedWant{{cue: "said", side: "RUS"}, {cue: "said", speaker: "driver"}}, nil},
		{"an analysis has found", "The tanker switched off its transponder twice, a Reuters analysis has found.",
			[]parsedWant{{cue: "found", speaker: "Reuters analysis", content: "The tanker switched off its transponder twice"}}, nil},
		{"abbreviation before that", "The general made it clear during his Jan. 5 briefing that the strikes would go on.",
			[]parsedWant{{cue: "made it clear", content: "the strikes would go on"}}, nil},
		{"the official takes up the official before", "“The door is open,” a senior Pentagon official told reporters. The official added that talks could resume.",
			[]parsedWant{{cue: "told", side: "USA"}, {cue: "added", speaker: "official", side: "USA"}}, nil},
		{"an author is no speaker", "She held up a memoir of the siege, written by a former soldier.", nil, []string{"written"}},
		{"a noun that ends in -ing after the cue", "“We hold the line,” the commander wrote in a social media posting late Monday.",
			[]parsedWant{{cue: "wrote", speaker: "commander", content: "We hold the line"}}, nil},
		{"the release cited before", "Two soldiers died in the blast, according to a Ukrainian army news release. The release said the attack came at dawn.",
			[]parsedWant{{cue: "according to", side: "UKR"}, {cue: "said", speaker: "The release", side: "UKR"}}, nil},
		// stance: a denial rejects a statement (the truth of a report);
		// any negative statement under a neutral cue is asserted, a
		// negated act too, as the golds annotate
		{"negated act under a neutral cue asserts", "The ministry said its forces did not shell the village.",
			[]parsedWant{{cue: "said", stance: "assert"}}, nil},
		{"negative statement under a neutral cue asserts", "Police said no ransom was paid for the students.",
			[]parsedWant{{cue: "said", stance: "assert"}}, nil},
		{"no threat asserts", "The defence minister said the radar poses no threat to the alliance.",
			[]parsedWant{{cue: "said", stance: "assert"}}, nil},
		{"gerund phrase ends the clause before it", "We welcome the panel's report, which found that the convoy was hit from the air, making it clear that aircraft struck it.",
			[]parsedWant{{cue: "found", content: "the convoy was hit from the air, making it clear that aircraft struck it"}}, nil},
		{"sees N as M", "Analyst Sam Reed sees the truce as a pause before a new offensive.",
			[]parsedWant{{cue: "sees", speaker: "Sam Reed"}}, nil},
		{"saw N as a clause is no claim", "Residents saw the planes as they flew over the town.", nil, []string{"saw"}},
		{"records show a clause", "Flight-tracking websites show the plane landed in Minsk on Sunday.",
			[]parsedWant{{cue: "show", content: "the plane landed in Minsk on Sunday"}}, nil},
		{"show with an object is no claim", "The soldiers showed the reporters the damaged tanks.", nil, []string{"showed"}},
		{"what X calls", "The offensive is part of what the Kremlin calls a special military operation.",
			[]parsedWant{{cue: "calls", side: "RUS", content: "a special military operation"}}, nil},
		{"what X has described as", "The ship belongs to what the State Department has described as a front company for Tehran.",
			[]parsedWant{{cue: "described", side: "USA", content: "a front company for Tehran"}}, nil},
		{"nested straight quotation", "\"We will never accept \"so-called\" referendums in our regions,\" the foreign minister said.",
			[]parsedWant{{cue: "said", speaker: "foreign minister", content: "We will never accept \"so-called\" referendums in our regions"}}, nil},
		{"inner and outer quotation closed by one mark", "\"They cannot silence us by \"banning newspapers,\" said Amina Yusuf, but \"they will not erase us.\"",
			[]parsedWant{{cue: "said", speaker: "Amina Yusuf"}}, nil},
		{"a view raised by someone", "It is a theory raised by another lawyer of the families, but few believe it.",
			[]parsedWant{{cue: "raised", speaker: "lawyer"}}, nil},
		{"funds raised by are no view", "The money raised by the charity was sent to Gaza.", nil, []string{"raised"}},
		{"title anaphor", "Foreign Minister Sergey Lavrov arrived in Ankara on Monday. The minister said the talks would continue.",
			[]parsedWant{{cue: "said", speaker: "minister", actor: "Sergey Lavrov", side: "RUS"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzeParsed(t, tt.text)
			used := map[int]bool{}
			for _, w := range tt.want {
				found := false
				for i, c := range doc.Claims {
					if used[i] || c.Cue.Text != w.cue {
						continue
					}
					used[i], found = true, true
					check := func(field, got, want string) {
						if want == "-" && got != "" || want != "" && want != "-" && got != want && !(field == "speaker" && sameSpeaker(got, want)) {
							t.Errorf("%s claim: %s %q, want %q", w.cue, field, got, want)
						}
					}
					// the actor stage may or may not take the article into an
					// unnamed speaker's mention ("The official", "official")
					check("speaker", trimArticle(c.Speaker.Text), trimArticle(w.speaker))
					check("actor", c.Speaker.Actor, w.actor)
					check("side", c.Speaker.Side, w.side)
					check("stance", c.Stance, w.stance)
					check("content", doc.Text[c.Start:c.End], w.content)
					break
				}
				if !found {
					t.Errorf("no claim with cue %q; claims: %s", w.cue, describe(doc))
				}
			}
			for _, cue := range tt.absent {
				for _, c := range doc.Claims {
					if c.Cue.Text == cue {
						t.Errorf("unexpected claim with cue %q: speaker %q, %q", cue, c.Speaker.Text, doc.Text[c.Start:c.End])
					}
				}
			}
		})
	}
}

// TestStatementOverParagraphs: "X said:" at the end of its paragraph
// introduces the paragraphs after it, up to one with a cue of its own.
func TestStatementOverParagraphs(t *testing.T) {
	doc := analyzeParsed(t, "The foreign minister said:\n\nWe condemn the attack on the convoy. It was cowardly.\n\nWe will raise it at the Security Council.\n\nThe army said the road was reopened.")
	if len(doc.Claims) == 0 {
		t.Fatal("no claims")
	}
	c := doc.Claims[0]
	got := doc.Text[c.Start:c.End]
	if !strings.HasPrefix(got, "We condemn the attack") || !strings.HasSuffix(got, "at the Security Council") {
		t.Errorf("statement content %q, want both paragraphs after the colon", got)
	}
}

func trimArticle(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

func describe(doc *parallax.Document) string {
	var b strings.Builder
	for _, c := range doc.Claims {
		b.WriteString("[" + c.Cue.Text + " by " + c.Speaker.Text + "/" + c.Speaker.Side + ": " + doc.Text[c.Start:c.End] + "] ")
	}
	return b.String()
}
