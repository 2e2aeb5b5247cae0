package claim_test

import (
	"fmt"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// TestKindOnlyStateBody: a state's body named by its kind alone, in
// lower case or capitalised ("the army general staff", "military
// intelligence", "the Ministry of Foreign Affairs and Expatriates"), or
// the information such a body gave ("preliminary information from the
// regional military administration"), speaks for the state the story is
// set in, as "the army" does there. A body a state or a party qualifies
// keeps that one's side or none (the speaker's words as the subject
// search reads them). Each want is "cue|speaker|side" of the
// second sentence's claim; the first sets the story in Niger.
func TestKindOnlyStateBody(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	const lead = "NIAMEY, June 3 (Reuters) - Niger's army said on Monday it had repelled an attack near Tillaberi. "
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"lower-case staff", "The army general staff said 30 attackers had been killed.", "said|army general staff|NER"},
		{"intelligence after according to", "The group has about 2,000 fighters, according to military intelligence.", "according to|military intelligence|NER"},
		{"information from an administration", "At least 12 people were killed, according to preliminary information from the regional military administration.",
			"according to|preliminary information from the regional military administration|NER"},
		{"capitalised ministry with its remit", "The Ministry of Foreign Affairs and Expatriates said the attack had been planned abroad.",
			"said|Ministry of Foreign Affairs and Expatriates|NER"},
		{"a state named", "Mali's military intelligence said the attackers had crossed the border.", "said|Mali|MLI"},
		{"a rebel command", "The rebel army command said its fighters had taken the town.", "said|army command|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLeadClaim(t, p, lead, tc.text, tc.want)
		})
	}
}

// TestStateBureau: a bureau whose every capitalised word is a state
// portfolio's ("the regional Peace and Security Bureau", "the Public
// Security Bureau") is a state body named without its state: the
// story's state's, as "the Interior Ministry" is; a bureau a party owns
// keeps no state. Each want is "cue|speaker|side"; the first sentence
// sets the story in Niger.
func TestStateBureau(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	const lead = "NIAMEY, June 3 (Reuters) - Niger's army said on Monday it had repelled an attack near Tillaberi. "
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"peace and security", "The regional Peace and Security Bureau said 14 attackers had been arrested.", "said|Security Bureau|NER"},
		{"public security", "The Public Security Bureau said 14 suspects had been arrested.", "said|Public Security Bureau|NER"},
		{"a party's bureau", "The rebels' Political Bureau said its fighters had withdrawn.", "said|Political Bureau|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLeadClaim(t, p, lead, tc.text, tc.want)
		})
	}
}

// TestAppositeStateOffice: a state office set off by a comma before the
// name, with its remit after "of" and "and" ("The Minister of
// Communication and Government Spokesman, NAME, said"), makes the holder
// the story's state's, as "Communication Minister NAME" does; an
// apposition that holds no state office ("The owner of the bakery,
// NAME,") and a past office keep no side. The first sentence sets the
// story in Niger.
func TestAppositeStateOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	const lead = "NIAMEY, June 3 (Reuters) - Niger's army said on Monday it had repelled an attack near Tillaberi. "
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"minister of", "The Minister of Communication, Moussa Abdou Garba, said the situation was under control.", "said|Moussa Abdou Garba|NER"},
		{"minister and spokesman", "The Minister of Communication and Government Spokesman, Moussa Abdou Garba, said the situation was under control.",
			"said|Moussa Abdou Garba|NER"},
		{"no state office", "The owner of the bakery, Moussa Abdou Garba, said the situation was calm.", "said|Moussa Abdou Garba|"},
		{"a past office", "The former Minister of Communication, Moussa Abdou Garba, said the situation was dire.", "said|Moussa Abdou Garba|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLeadClaim(t, p, lead, tc.text, tc.want)
		})
	}
}

// TestPlacedOfficeSide: a person whose title holds an office in a place
// below the state, before the name or in an apposition after it, speaks
// for the state the place lies in when the story's own state is unclear
// (a story about two states); a past office, a trade and a candidacy in
// the place make no one the state's.
func TestPlacedOfficeSide(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	const lead = "Kyrgyz and Tajik border guards exchanged fire on Monday near the disputed border, officials of both states said. "
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"title before the name", "Plenipotentiary representative of the President in Batken region Nurlan Asanov told reporters that 40 houses had burned.",
			"told|Nurlan Asanov|KGZ"},
		{"apposition after the name", "Nurlan Asanov, the head of the Batken region administration, told reporters that 40 houses had burned.",
			"told|Nurlan Asanov|KGZ"},
		{"a past office", "Nurlan Asanov, a former head of the Batken region administration, told reporters that 40 houses had burned.",
			"told|Nurlan Asanov|"},
		{"a trade", "Nurlan Asanov, a farmer from Batken, told reporters that 40 houses had burned.", "told|Nurlan Asanov|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLeadClaim(t, p, lead, tc.text, tc.want)
		})
	}
}

// wantLeadClaim analyses a lead sentence that sets the story, then text,
// and wants among the claims of text one whose "cue|speaker|side" is want.
func wantLeadClaim(t *testing.T, p *pipeline.Pipeline, lead, text, want string) {
	t.Helper()
	doc := p.Analyze(parallax.Article{Body: lead + text, Published: "2026-06-03"})
	if got := claimTriples(doc.Claims, len(lead)); !holdsClaimLine(got, want) {
		t.Errorf("claims %q, want %q", got, want)
	}
}

// claimTriples lists "cue|speaker|side" of the claims that start at or
// after offset from.
func claimTriples(claims []parallax.Claim, from int) []string {
	var out []string
	for _, c := range claims {
		if c.Start >= from {
			out = append(out, fmt.Sprintf("%s|%s|%s", c.Cue.Text, c.Speaker.Text, c.Speaker.Side))
		}
	}
	return out
}
