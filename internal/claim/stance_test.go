package claim_test

import "testing"

// noDeny: no claim of the texts is a denial.
func noDeny(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		doc := analyzeParsed(t, text)
		for _, c := range doc.Claims {
			if c.Stance == "deny" {
				t.Errorf("%q: a denial by %q through %q: %q", text, c.Speaker.Text, c.Cue.Text, doc.Text[c.Start:c.End])
			}
		}
	}
}

// TestNoBeforeAFact: "no" denies when it denies the truth of something
// or the evidence for it ("no truth", "no evidence"); before an act, a
// part in it or its victims it states what happened ("no attack had
// occurred", "no role in the ambush": negative content under a neutral
// cue is assert, the golds' convention).
func TestNoBeforeAFact(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"no role", "The rebels said they had no role in the ambush near Kasu.", "said", "rebels", "", "assert", "no role in the ambush"},
		{"no truth", "The spokesman said there was no truth to the reports of a mutiny in Dorvan.", "said", "spokesman", "", "deny", "no truth"},
		{"no evidence", "The spokesman said there was no evidence of a mutiny in Dorvan.", "said", "spokesman", "", "deny", "no evidence"},
		{"no responsibility", "Colonel Ivo Brandt said his unit bore no responsibility for the flooding of Mirov.", "said", "Ivo Brandt", "", "assert", "no responsibility"},
	})
	noDeny(t, []string{
		"The army said no soldiers were killed in the raid on Belmor.",
		"Colonel Arden Vasko said no attack had occurred near the Tarnow dam.",
		"Officials said no civilians were hurt when the shell landed in Tovo.",
	})
}

// TestNegatedPledge: a negation under a modal or before an infinitive
// promises, wishes or undertakes ("would not strike", "agreed not to
// fire"); a negated past act under a neutral cue is asserted too (the
// golds' convention), unless the speaker sets it against what it struck
// "only"; a plea of not guilty denies the charge.
func TestNegatedPledge(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"did not bomb", "Korvia said its jets did not bomb the school in Dalny.", "said", "Korvia", "", "assert", "did not bomb"},
		{"never shelled", "The rebels said they had never shelled the market in Tovo.", "said", "rebels", "", "assert", "never shelled"},
		{"not involved", "General Pero Lasko said his men were not involved in the killings at Varna Ford.", "said", "Pero Lasko", "", "assert", "not involved"},
		{"did not carry out", "The militia said its fighters did not carry out the raid on Kasu.", "said", "militia", "", "assert", "did not carry out"},
		{"only, then not targeted", "The air force said its jets struck only rebel depots and civilians were not targeted in Dalny.", "said", "air force", "", "deny", "not targeted"},
		{"only, then no one hit", "The brigade said it fired only at gun positions and no homes were hit in Tovo.", "said", "brigade", "", "deny", "no homes were hit"},
		{"pleaded not guilty", "The defendant, Omar Rusk, pleaded not guilty to the charges.", "pleaded", "Omar Rusk", "", "deny", "not guilty"},
	})
	noDeny(t, []string{
		"Korvia said it would not strike the bridge at Dalny.",
		"Lawyer Mara Quist said her clients should be declared not guilty because of their youth.",
		"The army agreed not to fire on the convoys, the mediator Ana Dorr said.",
		"General Pero Lasko said he was not the first commander to leave the city.",
		"Police in Dorvan said the driver did not carry a rifle when he was stopped.",
	})
}

// TestDenialAdjectiveBeforeAThing: "false", "fake" or "baseless" before a
// noun that is no statement describes a thing ("false passports");
// calling a statement false denies it.
func TestDenialAdjectiveBeforeAThing(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"predicate", "The minister, Jana Holt, said the report was false.", "said", "Jana Holt", "", "deny", "the report was false"},
		{"before a statement noun", "The spokesman Elan Ward said the baseless accusations were meant to hide the defeat.", "said", "Elan Ward", "", "deny", "baseless accusations"},
		{"fake news", "Defence Minister Tor Valen said the story was fake news.", "said", "Tor Valen", "", "deny", "fake news"},
		{"coordinated", "Mayor Ilse Drom said the rumors were untrue and harmful.", "said", "Ilse Drom", "", "deny", "untrue and harmful"},
	})
	noDeny(t, []string{
		"Officials said the men carried false passports when they were arrested in Tovo.",
		"The court in Dalny alleged the editor had posted “false” messages about the governor.",
		"Police said the gang printed fake banknotes in a garage near Kasu.",
	})
}

// TestRejectedObject: rejecting or rebuffing denies a statement, a
// finding or a view ("rejected the accusations"); rejecting a measure,
// a proposal or a call does not ("rejected the new budget").
func TestRejectedObject(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"accusations", "Korvia rejected the accusations, saying its troops had left the town.", "rejected", "Korvia", "", "deny", "the accusations"},
		{"claims that", "The rebels rejected claims that they had shelled the market in Tovo.", "rejected", "rebels", "", "deny", "shelled the market"},
		{"findings", "Minister Ivo Vasko rejected the findings of the inquiry as biased.", "rejected", "Ivo Vasko", "", "deny", "findings"},
		{"possessed claims", "Belmor rejected Korvia's claims about the raid on Tovo.", "rejected", "Belmor", "", "deny", "claims about the raid"},
		{"possessed version", "The ministry rejected the U.S.-led coalition's version of events.", "rejected", "ministry", "", "deny", "version of events"},
		{"fears", "Port chief Lena Orr rebuffed fears that the dock strike might spread to Kasu.", "rebuffed", "Lena Orr", "", "deny", "the dock strike might spread"},
	})
	noDeny(t, []string{
		"Two farmers' blocs in Dorvan rejected the new budget on Monday, calling it a burden on the villages.",
		"The minister, Ada Krull, rejected calls for his resignation.",
		"Belmor rejects the levy its neighbours put on grain, the spokesman Kai Lund said.",
		"The guard said the scanner rejected forged identity cards all morning.",
	})
}

// TestDeniedOrDismissedNonStatement: "denied" and "dismissed" in the
// senses of refusing or removing ("denied entry", "dismissed the
// commander", "dismissed the lawsuit") deny nothing.
func TestDeniedOrDismissedNonStatement(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"denied the attack", "Korvia denied the attack on the convoy near Dalny.", "denied", "Korvia", "", "deny", "the attack"},
		{"denied involvement", "Korvia denied any involvement in the blast at Tovo.", "denied", "Korvia", "", "deny", "involvement"},
		{"dismissed concerns", "Finance Minister Rui Abel dismissed concerns over the fuel queues in Varna.", "dismissed", "Rui Abel", "", "deny", "concerns"},
	})
	noDeny(t, []string{
		"Border guards denied entry to the reporters from Lurin.",
		"The regime denied the prisoners the right to see a lawyer.",
		"The president dismissed the commander of the northern front on Monday.",
		"The court in Kasu dismissed the lawsuit filed by the miners.",
	})
}

// TestBarePluralClaimNoun: ", charges the commission denied" takes up
// the clause before it as ", a charge the commission denied" does; a
// possessor before the body gives its side, and "has" may stand before
// the cue.
func TestBarePluralClaimNoun(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"charges, possessor", "Rivals have alleged that the army rigged the vote in Nakuru, charges Kenya's election commission denied.", "denied", "election commission", "KEN", "deny", "the army rigged the vote"},
		{"accusations, has", "Rivals said the army rigged the vote in Dorvan, accusations the Korvian government has denied.", "denied", "government", "", "deny", "the army rigged the vote"},
		{"which, has", "The militia shelled the market in Tovo, which the ministry has denied.", "denied", "ministry", "", "deny", "shelled the market"},
	})
	// a plural noun in a list, and a bare plural before a cue that denies nothing
	runNoClaims4(t, []string{
		"The rebels seized rifles, charges and fuses near Kasu.",
		"The rebels seized rifles, charges the police found later.",
	}, "denied", "found")
}

// TestRequestNounInTheClause: a request noun makes "dismissed" a decision
// only as its object ("dismissed the appeal"), not inside the clause
// after "concerns that".
func TestRequestNounInTheClause(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"motion in the clause", "Oren Vall dismissed concerns that the motion would delay the loan.", "dismissed", "Oren Vall", "", "deny", "the motion would delay"},
		{"bill in the clause", "Finance chief Ida Roos dismissed fears that the new bill would scare off lenders.", "dismissed", "Ida Roos", "", "deny", "the new bill would scare"},
		{"plan in the clause", "Mayor Sven Tal rejected claims that the plan had been leaked.", "rejected", "Sven Tal", "", "deny", "the plan had been leaked"},
	})
	runNoClaims4(t, []string{
		"The court in Kasu dismissed the appeal filed by the miners.",
		"The council rejected a plea by the traders of Dorvan.",
	}, "dismissed", "rejected")
}

// TestAdverbBetweenAuxiliaryAndCue: an adverb of manner between "have"
// and the cue ("have persistently alleged") keeps the subject the
// speaker, and a negation before the adverb still negates the cue ("has
// not openly said": nothing is claimed).
func TestAdverbBetweenAuxiliaryAndCue(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"persistently", "The opposition party of jailed former Prime Minister Omar Rusk and independent observers have persistently alleged that the army was behind the rigging.", "alleged", "observers", "-", "assert", "the army was behind the rigging"},
		{"openly", "Local monitors and independent observers have openly alleged that the vote in Dorvan was rigged.", "alleged", "observers", "-", "assert", "the vote in Dorvan was rigged"},
		{"consistently", "The farmers of Tovo and their lawyers have consistently claimed that the dam flooded their fields.", "claimed", "lawyers", "-", "assert", "the dam flooded their fields"},
	})
	runNoClaims4(t, []string{
		"The ministry in Dorvan has not openly said that the dam was hit.",
		"The rebels have never privately claimed that the bridge at Tovo was mined.",
	}, "said", "claimed")
}

// TestLieVerbNoDenial: the verb "lie" of resting with someone, lying
// ahead or lying somewhere between (after an adverb too: "the truth
// usually lies") tells no lie; the noun "lies" still denies.
func TestLieVerbNoDenial(t *testing.T) {
	noDeny(t, []string{
		`"The responsibility for the escalation lies entirely with the junta in Niamey," the minister said.`,
		"The foreign ministry said the blame lies with the rebels who broke the truce near Goma.",
		"The general said difficult weeks lie ahead for the troops in Bakhmut.",
		"The governor said the fault lies in Khartoum, not in the provinces.",
		`"The truth usually lies somewhere between the two communiques," the mediator said.`,
		"The analyst said the answer probably lies between the two figures given in Juba.",
	})
	runClaims4(t, []claims4Case{
		{"lies about", "The ministry said the report was full of lies about the fighting in Tigray.", "said", "ministry", "", "deny", "lies"},
		{"verb lies about a matter", "The ministry said Moscow lies about its losses near Kupiansk.", "said", "ministry", "", "deny", "lies"},
		{"verb lies about a distance", "The ministry said the depot lies about 20 kilometres from the border.", "said", "ministry", "", "assert", "depot"},
		{"lies and propaganda", `"These are lies and propaganda," the spokesman said of the video from Kherson.`, "said", "spokesman", "", "deny", "lies"},
	})
}

// TestPretextDenial: a statement called a pretext or a ploy is rejected;
// an attempt that is no statement's is no denial.
func TestPretextDenial(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"claims an attempt", `"The Serbian claims are an attempt to justify the raid on our police," the Kosovo interior minister wrote on X.`, "wrote", "minister", "", "deny", "attempt"},
		{"accusations a pretext", "The junta's spokesman said the accusations were simply a pretext for sanctions against Bamako.", "said", "spokesman", "", "deny", "pretext"},
	})
	noDeny(t, []string{
		"The army said the offensive was an attempt to retake the bridge at Kherson.",
		"Police said the march was a provocation by the opposition in Tbilisi.",
	})
}

// TestStatementCalledInvented: a statement or a figure called an
// invention ("pure fiction", "a fairy tale", "invented") or, past a
// quotation mark, a pretext is rejected; a demonstrative that opens the
// quoted words stands for the statement before it. A judgement in a
// later "that" clause leaves the first clause's stance, and an
// invention or an attempt that is no statement's is no denial.
// Invented sentences.
func TestStatementCalledInvented(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"claims pure fiction", `"The rebel claims are pure fiction," the army spokesman told reporters in Dorvan.`, "told", "spokesman", "", "deny", "fiction"},
		{"figures pure fantasy quoted", `The militia's commander wrote that the ministry's figures were "pure fantasy" and that his men had lost two fighters.`, "wrote", "commander", "", "deny", "fantasy"},
		{"an attempt quoted", `The analyst told the radio that the navy's claims were "an attempt to hide the loss of the frigate".`, "told", "analyst", "", "deny", "attempt"},
		{"toll invented", `A militia source said the toll was "invented to cover up the shelling of the market".`, "said", "source", "", "deny", "invented"},
		{"this a fairy tale", `"This is a fairy tale written to excuse the blockade," the governor said.`, "said", "governor", "", "deny", "fairy"},
		{"called another attempt", `The spokeswoman called the ministry's account "another attempt to mislead the mediators".`, "called", "spokeswoman", "", "deny", "attempt"},
	})
	noDeny(t, []string{
		"The governor said the militia shelled the market first, and that the story was invented to justify the blockade.",
		"The engineer said the fuse was invented at the plant in Tovo.",
		`"This is an attempt to starve the city," the mayor said.`,
		"The minister said it is wrong to bomb the depots near Dorvan.",
	})
}

// TestRejectedWarrant: a warrant or an indictment states a charge, so
// rejecting it denies; a request rejected is no denial. Invented
// sentences.
func TestRejectedWarrant(t *testing.T) {
	runClaims4(t, []claims4Case{
		{"warrant", "The opposition leader rejected the arrest warrant, telling reporters that it was politically motivated.", "rejected", "leader", "", "deny", "warrant"},
		{"indictment", "The general rejected the indictment as a political manoeuvre by the prosecutors in Dorvan.", "rejected", "general", "", "deny", "indictment"},
	})
}
