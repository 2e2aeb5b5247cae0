package claim_test

import "testing"

// TestAttrib29DeniedNot: "did not deny that C" lets C stand, a claim of
// the speaker (attrib29's convention: assert); a denial cue negated
// without a clause after it ("did not deny the report") and a negated
// assertion ("did not say") stay no claims. Sentences invented.
func TestAttrib29DeniedNot(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"did not deny that",
			"The ministry did not deny that some suspects had been held longer than the law allows.",
			"deny", "The ministry", "-", "assert", "-"},
		{"has not denied that",
			"The navy has not denied that its frigate entered the strait on Monday.",
			"denied", "The navy", "-", "assert", "-"},
		{"does not dispute that",
			"The mining company does not dispute that the dam leaked twice last year.",
			"dispute", "The mining company", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"did not deny the report", "The ministry did not deny the report on Monday.", "deny"},
		{"did not say", "The ministry did not say how many suspects were held.", "say"},
	})
}

// TestAttrib29DeniedAct: a denial whose object opens with a verb's -ing
// form denies the speaker's act, whatever that act's object ("denied
// obstructing aid": aid is no refused thing here); "denied aid" and
// "denied access" refuse. Sentences invented.
func TestAttrib29DeniedAct(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"denied obstructing aid",
			"The militia denied obstructing aid and blamed the army for shelling the road.",
			"denied", "The militia", "-", "deny", "-"},
		{"denied ever blocking food",
			"The border police denied ever blocking food deliveries to the camp.",
			"denied", "The border police", "-", "deny", "-"},
	})
}

// TestAttrib29ClauseEndAfterQuote: a quotation that closes after its comma
// ends the reported clause before ", while X said D" and before ", a
// claim X called absurd", as a bare comma does. Sentences invented.
func TestAttrib29ClauseEndAfterQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"while after a closing quote: the first claim's stance",
			`The foreign ministry spokeswoman told a briefing that Kabul had been given "actionable evidence," while a Taliban official said the charge was false.`,
			"told", "The foreign ministry spokeswoman", "-", "assert", "-"},
	})
}

// TestAttrib29LabelledApposition: "C, a claim X called absurd" is X's
// denial of C, as "C, a claim X rejected" is; C stays the first
// speaker's assertion. A label that calls nothing untrue ("a claim X
// called a turning point") is no denial. Sentences invented.
func TestAttrib29LabelledApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a claim X called absurd: the denial",
			`The prosecutor said the men had been caught "planning violence," a claim the opposition leader called absurd.`,
			"called", "the opposition leader", "-", "deny", "-"},
		{"a claim X called absurd: the first claim",
			`The prosecutor said the men had been caught "planning violence," a claim the opposition leader called absurd.`,
			"said", "The prosecutor", "-", "assert", "-"},
		{"an account X called baseless, no quote",
			"The governor said the convoy was attacked by bandits, an account the rebels called baseless.",
			"said", "The governor", "-", "assert", "-"},
	})
}

// TestAttrib29TrailingPossessiveTitle: a trailing speaker whose title
// has a possessive owner before it ("C, the ministry's spokeswoman NAME
// said") speaks, as "C, the ministry spokeswoman NAME said" does; and a
// member of the clergy is a speaker noun (`," said the bishop of X`).
// Sentences invented.
func TestAttrib29TrailingPossessiveTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the ministry's spokeswoman NAME said",
			"Police detained 27 people overnight after protesters threw fireworks at the parliament, the ministry's spokeswoman Tamar Lomidze said.",
			"said", "the ministry's spokeswoman Tamar Lomidze", "-", "assert", "Tamar Lomidze"},
		{"the army's chief spokesman NAME told",
			"Two soldiers were wounded near the border, the army's chief spokesman Daniel Okoro told reporters.",
			"told", "the army's chief spokesman Daniel Okoro", "-", "assert", "Daniel Okoro"},
		{"said the bishop",
			`"The families have been waiting for weeks," said the bishop.`,
			"said", "the bishop", "-", "assert", "-"},
	})
}

// TestAttrib29NoFactShared: "no evidence had been shared" states that an
// act did not happen (negative content under a neutral cue: assert);
// "there was no evidence of that" says a statement lacks a ground (deny,
// as before). Sentences invented.
func TestAttrib29NoFactShared(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"no such evidence had been shared",
			"A rebel commander told VOA that no such evidence had been shared with the mediators.",
			"told", "A rebel commander", "-", "assert", "-"},
		{"no proof was given",
			"The defence lawyer said no proof was given to the court.",
			"said", "The defence lawyer", "-", "assert", "-"},
		{"there was no evidence of that",
			"The rebel commander said there was no evidence of that.",
			"said", "The rebel commander", "-", "deny", "-"},
	})
}
