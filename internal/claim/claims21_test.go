package claim_test

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestStatementNounAuthor: a statement noun with its author and its
// clause ("claims by X that C", "reports spread by X that C", "the
// allegations of X that C") is X's claim of C, nested in the claim that
// reports or rejects it; C ends before the verb the statement is the
// subject of. Invented sentences.
func TestStatementNounAuthor(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"claims by", "The Serbian army dismissed as false claims by the Kosovo police that its drones had crossed the border near Jarinje.", "claims", "Kosovo police", "", "assert", "its drones had crossed the border"},
		{"reports spread by", "The ministry rejected reports spread by the Eritrean side that Ethiopian troops had shelled Zalambessa.", "reports", "Eritrean side", "", "assert", "Ethiopian troops had shelled Zalambessa"},
		{"subject: cut at its verb", "The army said that the information spread by Hamas that soldiers fired at the crowd in Jenin is another lie.", "information", "Hamas", "", "assert", "soldiers fired at the crowd in Jenin"},
	})
	for _, text := range []string{
		"The army said that the information spread by Hamas that soldiers fired at the crowd in Jenin is another lie.",
		"The Serbian army dismissed as false claims by the Kosovo police that its drones had crossed the border near Jarinje.",
	} {
		doc := analyzeParsed(t, text)
		var outer, inner string
		for _, c := range doc.Claims {
			switch c.Cue.Text {
			case "said", "dismissed":
				outer = c.ID
			case "information", "claims":
				inner = c.Parent
				if strings.Contains(doc.Text[c.Start:c.End], "lie") || c.Stance == "deny" {
					t.Errorf("%q: the inner claim holds the outer judgement: %s", text, describe(doc))
				}
			}
		}
		if outer == "" || inner != outer {
			t.Errorf("%q: inner claim's parent %q, want the outer claim %q: %s", text, inner, outer, describe(doc))
		}
	}
	// Not a claim: a noun without a clause of its author, or "that" of a
	// relative clause.
	for _, text := range []string{
		"The ministry rejected reports by local media about the shelling of Kharkiv.",
		"Officials studied the report of the commission that investigated the raid on Tovo.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Cue.Text == "reports" || c.Cue.Text == "report" {
				t.Errorf("%q: a claim through the noun %q: %s", text, c.Cue.Text, describe(doc))
			}
		}
	}
}

// TestStatementNounAuthorEnds: the author's clause ends before the
// rejecter's participle and before the verb judging it.
func TestStatementNounAuthorEnds(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"calling them", `The general dismissed claims by the rebels that they had taken the airport at Goma, calling them "pure fiction."`, "claims", "rebels", "", "assert", "they had taken the airport at Goma"},
		{"said statements ... were false", "He said statements by the Malian side that the convoy had been ambushed were false and that the road was open.", "statements", "Malian side", "", "assert", "the convoy had been ambushed"},
	})
	for _, text := range []string{
		`The general dismissed claims by the rebels that they had taken the airport at Goma, calling them "pure fiction."`,
		"He said statements by the Malian side that the convoy had been ambushed were false and that the road was open.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if got := doc.Text[c.Start:c.End]; (c.Cue.Text == "claims" || c.Cue.Text == "statements") && (strings.Contains(got, "fiction") || strings.Contains(got, "false")) {
				t.Errorf("%q: the author's claim holds the judgement: %q", text, got)
			}
		}
	}
}

// TestPutBlameAndDemonstrativeObject: "put the blame on X" accuses as
// "blamed X" does; a toll put at a quoted figure; "rejected that figure,
// saying ..." keeps its speaker for the participle after it.
// Invented sentences.
func TestPutBlameAndDemonstrativeObject(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"put the blame on", "The Kyrgyz government put the blame squarely on Tajik forces for the shelling of Batken.", "put the blame squarely", "Kyrgyz government", "", "assert", "Tajik forces for the shelling"},
		{"placed the blame on", "Later the junta placed the blame on the rebels.", "placed the blame", "junta", "", "assert", "the rebels"},
		{"toll at a quotation", `The province's governor, Ali Hamdan, put the death toll on the government side at "at least 45, including 12 civilians."`, "put", "Ali Hamdan", "", "assert", "at least 45"},
		{"rejected that figure", `Sudanese army spokesman Nabil Abdallah rejected that figure, saying the withdrawal from Wad Madani was "orderly."`, "rejected", "Nabil Abdallah", "", "deny", "that figure"},
	})
	for _, text := range []string{
		"The sanctions put pressure on Moscow to end the war.",
		"The new law put the blame for delays out of the courts' reach.",
	} {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Cue.Text != "" && c.Cue.Text[0] == 'p' {
				t.Errorf("%q: a claim through %q: %s", text, c.Cue.Text, describe(doc))
			}
		}
	}
}

// TestCapitalAsSpeaker: a capital alone as the speaker speaks for its
// state's government (full pipeline: the geoparser resolves the
// capital); a capital after a preposition is only where someone was.
func TestCapitalAsSpeaker(t *testing.T) {
	p := sharedPipeline(t)
	for _, tc := range []struct{ text, cue, side string }{
		{"Border guards of the two states clashed again on Friday near the disputed village. Bamako put the blame on Niamey.", "put the blame", "MLI"},
		{"A nurse reached by telephone in Bamako said that at least 12 patients were hurt in the blast.", "said", ""},
	} {
		doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
		found := false
		for _, c := range doc.Claims {
			if c.Cue.Text == tc.cue {
				found = true
				if c.Speaker.Side != tc.side {
					t.Errorf("%q: %q by %q side %q, want %q", tc.text, c.Cue.Text, c.Speaker.Text, c.Speaker.Side, tc.side)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim through %q: %s", tc.text, tc.cue, describe(doc))
		}
	}
}
