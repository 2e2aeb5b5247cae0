package claim_test

import (
	"testing"

	"github.com/parallaxhq/parallax"

	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes14Known are the expectations of the fourteenth battery
// (probes14.txt) parallax does not meet yet, each with the reason; the
// test fails when one of them starts to pass, so the list stays honest.
var probes14Known = map[string]string{
	// first run as written: 46 of 63 items right (17 failing, 2 extra
	// claims); 3 expectations corrected to the conventions (commented in
	// the file); 'a source in BODY told' fixed later in the session
	"ml-rfi-according-to-website: > said | it":                 "'claimed an attack ..., in which it said C': the pronoun's cue inside the first act's words is merged with it (emit's same-speaker rule for 'X told VOA that he believes')",
	"ye-ap-called-it-pronoun: > described | army spokesperson": "actor side: 'An army spokesperson' after 'The Israeli military said' takes the dateline's state (YEM), not the army named just before",
}

// TestSeveralSentenceAndLabelProbes runs the whole pipeline on the
// fourteenth battery: quotations over several sentences and paragraphs,
// labelling verbs with a quotation or clause object, and "according to"
// data, figures and websites.
func TestSeveralSentenceAndLabelProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes14.txt"))
	testutil.CheckKnownFailures(t, failed, probes14Known, "probes14Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes14Known))
}

// TestSentencesOfAQuotation: each sentence of a quotation, after its
// cue's sentence or before a cue that follows the quotation, is a claim of
// the same cue and speaker; reported speech without quotation marks before
// a trailing cue stays one claim; a later sentence with a cue of its own
// ends the run.
func TestSentencesOfAQuotation(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text string
		want       []string // cue|speaker text of each claim, in order
	}{
		{"colon then two sentences", `The Yemeni coast guard said: "Two skiffs approached the tanker. Our patrol turned them back."`,
			[]string{"said|Yemeni coast guard", "said|Yemeni coast guard"}},
		{"split quotation with a tail", `"The corridor stays open," Colonel Darius Venn said, "for now. Convoys leave every morning."`,
			[]string{"said|Darius Venn", "said|Darius Venn"}},
		{"partial quotation over two sentences", `Mayor Anton Brel said the shelling had "destroyed the water plant. We have no clean water left."`,
			[]string{"said|Anton Brel", "said|Anton Brel"}},
		// each sentence before a trailing cue is the speaker's claim too
		// (wiregold4 anchors the first sentence of such quotes)
		{"quote first, cue last", `"The bridge is gone. The village is cut off," said Halim Torres, a farmer.`,
			[]string{"said|Halim Torres", "said|Halim Torres"}},
		{"three sentences before the cue", `"Rangers found the camp at noon. It was empty. The poachers had fled east," the park warden Lisbet Orra told reporters.`,
			[]string{"told|park warden Lisbet Orra", "told|park warden Lisbet Orra", "told|park warden Lisbet Orra"}},
		{"reported speech before a cue stays one claim", `The dam held overnight. Engineers expect no flooding, the water board said.`,
			[]string{"said|water board"}},
		{"a second cue ends the run", `Minister Aino Varga said: "The talks failed. They will resume in May," she added.`,
			[]string{"said|Aino Varga", "added|she"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, c.Cue.Text+"|"+c.Speaker.Text)
			}
			if !sameClaimLines(got, tc.want, true) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLabelsAndIssuers: labelling verbs with a long closing quotation or
// a label completed by a phrase are claims of the subject; a base form
// after "the ADJ" is a noun; the issuer of data, figures or a website
// named is the source; "according to him / the network" refers back.
func TestLabelsAndIssuers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"called it long quotation", `Colonel Ruslan Petrov called it "a deliberate provocation against the people of the region and an attack on the ceasefire."`, "called", "Ruslan Petrov", "-", "assert", "-"},
		{"label with a phrase", "The Kurdish council labelled the blockade a crime against the people of the valley.", "labelled", "Kurdish council", "-", "assert", "-"},
		{"termed the claim a lie", `The foreign ministry termed the Ethiopian claim "an outright lie."`, "termed", "foreign ministry", "-", "deny", "-"},
		{"issuer's figures", "According to Interior Ministry figures, 240 people were arrested in the protests.", "According to", "Interior Ministry", "-", "assert", "-"},
		{"citing a body's data", "The charity said 3 million children were out of school, citing UNICEF data.", "citing", "UNICEF", "UNO", "assert", "-"},
		{"according to the data", "The charity cited UNICEF data on Monday. According to the data, girls were twice as likely to leave school.", "According to", "-", "UNO", "assert", "-"},
		{"according to him", "Governor Lina Okafor said the bridge had been repaired. According to him, trucks could cross by Friday.", "According to", "him", "-", "assert", "Lina Okafor"},
		{"according to the network", "The Darfur Medical Network said 12 people died. According to the network, the clinic had run out of fuel.", "According to", "network", "-", "assert", "-"},
		{"according to civil society", "Three farmers were abducted near the river, according to the civil society of the Beni territory.", "according to", "civil society", "", "assert", "-"},
		{"lauded", "President Ivan Kolar lauded the rescue teams for their work in the flooded towns.", "lauded", "Ivan Kolar", "-", "assert", "-"},
		{"lying along a road is no lie", `A witness told Reuters that "bodies were lying along the road to the market."`, "told", "witness", "", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"a time after the label", "The army called the raid a success on Tuesday.", "called"},
		{"the Ethiopian claim is a noun", `The foreign ministry termed the Ethiopian claim "an outright lie."`, "claim"},
	})
}

// TestAsClaimedTail: ", as X claimed" ending a clause makes what the
// clause says X's claim.
func TestAsClaimedTail(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as X claimed", "The shipping firm denied that the tanker was bound for Israel, as the Houthis claimed.", "claimed", "Houthis", "HOUTHIS", "assert", "-"},
		{"as X alleged", "The ministry said no troops had crossed the river, as Moscow alleged.", "alleged", "Moscow", "RUS", "assert", "-"},
	})
}

// TestCoordinatedAppeals: a warning coordinated after the speaker's
// first reporting act ("said C and warned of D") is an act of its own; a
// demand there ("said C and called for D", "condemned X and urged Y to
// Z") is folded into the first claim since session 21 (demandAfterClaim:
// the golds keep one claim in 33 of 39 such sentences; session 12 had
// counted it an act of its own); a plain object after "called" is none.
func TestCoordinatedAppeals(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said and called for", "The bar association said the detentions were unlawful and called for an independent inquiry.", "said", "bar association", "-", "assert", "-"},
		{"condemned and called on", "The relief agency condemned the looting and called on the militias to reopen the depot.", "condemned", "-", "-", "assert", "-"},
		{"condemned and urged", "Governor Musa Tanko condemned the raid and urged the police to free the hostages.", "condemned", "Musa Tanko", "-", "assert", "-"},
		// (session 22: a warning after the same speaker's claim is folded
		// into it; the case checked the "warned" claim before)
		{"said and warned of folds", "The monitoring group said the dam was cracking and warned of floods downstream.", "said", "-", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"called a meeting", "The mayor said the roads were closed and called a meeting of the council.", "called"},
		{"demand after a claim folded", "The bar association said the detentions were unlawful and called for an independent inquiry.", "called for"},
		{"demand after a condemnation folded", "Governor Musa Tanko condemned the raid and urged the police to free the hostages.", "urged"},
	})
}

// TestVerbOnlyForms: a third-person form that is no plural noun is the
// verb even at a sentence's end ("..., the ministry informs."), and
// "claims to have" is the verb.
func TestVerbOnlyForms(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"informs at the end", "Shelling resumed near the border at dawn, the Ministry of Defence of Tajikistan informs.", "informs", "-", "TJK", "assert", "-"},
		{"insists at the end", "The convoy never crossed the river, the commander insists.", "insists", "commander", "-", "assert", "-"},
		{"claims to have", "The rebel group claims to have downed two army helicopters near Bor.", "claims", "-", "-", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"claims to land", "The court heard the villagers' claims to the land on Monday.", "claims"},
	})
}

// TestCoordinatedSpeaker: a cue after ", and" or after an accusation's
// object is the first act's speaker's, not the nested subject's or the
// accused's; without the comma a verb inside the clause keeps its own.
func TestCoordinatedSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// (session 22: the second act folds into the first; both cases
		// checked the second act's speaker before)
		{"comma and insisted folds", "Colonel Omar Haddad said the militants claimed a victory to hide their losses, and insisted that the base still stood.", "said", "Omar Haddad", "-", "assert", "-"},
		// (session 21: "and urged the United Nations to send observers" is
		// folded into the accusation, demandAfterClaim; a warning with a
		// clause tests the same speaker)
		{"accused object and warned folds", "Governor Lea Morand accused the militia of blocking the aid trucks and warned that the convoys would stop.", "accused", "Lea Morand", "-", "assert", "-"},
	})
}

// TestQuotedWordObjectAndChannels: a one-word quotation after the cue
// heads an object that goes on with a preposition; a channel "close to
// the DESCRIPTION GROUP" speaks for the group.
func TestQuotedWordObjectAndChannels(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quoted word object", `The navy acknowledged "damage" to two patrol boats near the strait.`, "acknowledged", "navy", "-", "assert", "-"},
		{"channel close to a described group", "A Telegram channel close to the Russian paramilitary group Wagner said 12 fighters had been killed near Kidal.", "said", "-", "WAGNER", "assert", "-"},
	})
	noClaimCases(t, [][3]string{
		{"quoted words of an act", `The court alleged the blogger had posted "false" and "hateful" messages about the army.`, "posted"},
	})
}

// TestRaisedAfterInsertion: "X, speaking on condition of anonymity, was
// quoted as saying C": the noun phrase before the insertion speaks.
func TestRaisedAfterInsertion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"insertion before raised cue", "However, a Sudanese officer in El Obeid, speaking on condition of anonymity, was quoted by local media as saying that two drones had been shot down.", "saying", "Sudanese officer", "-", "assert", "-"},
	})
}

// TestSourceInBody: "a source in BODY" after a quotation speaks for the
// body's side without being the body.
func TestSourceInBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"source in a named service", `"The depot will burn for days," a source in Russia's FSB security service told Interfax.`, "told", "source", "RUS", "assert", ""},
	})
}

// TestFirstConjunctSpeaks: unnamed joint speakers of two kinds speak as
// the first named ("residents and officials said": residents, no side).
func TestFirstConjunctSpeaks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"residents and officials", "The militants left the town of Bulo Burde overnight, residents and officials said.", "said", "residents", "", "assert", "-"},
	})
}

// TestTrailingSourceCues: a source set off by a comma at a sentence's end
// speaks with a present-tense form that is also a plural noun ("..., the
// national news agency reports."), and "the presidency" speaks unnamed.
func TestTrailingSourceCues(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p := sharedPipeline(t)
	for _, tc := range []struct {
		name, text string
		want       []string // cue|speaker text of each claim, in order
	}{
		{"agency reports at the end", `Gunmen on motorbikes raided the market of Tambor at dawn, the regional news agency reports.`,
			[]string{"reports|regional news agency"}},
		{"named agency reports at the end", `Troops recovered nine rifles near Kassa, the Zorvanian Press Agency (ZPA) reports.`,
			[]string{"reports|Zorvanian Press Agency"}},
		{"according to media reports stays a noun", `Nine people died in the raid on Tambor, according to local media reports.`,
			[]string{"according to|local media reports"}},
		{"the presidency said", `The army opened a new offensive near Tambor, the presidency said on Friday.`,
			[]string{"said|presidency"}},
		{"told a listener with a slash and possessive", `"The wells are dry," Oren Halvik told RFE/RL's Kazakh Service.`,
			[]string{"told|Oren Halvik"}},
		{"told a listener with a slash", `"The wells are dry," Oren Halvik told RFE/RL.`,
			[]string{"told|Oren Halvik"}},
		{"title-case headline verb", "Zorvania Says Dozens Killed In Border Offensive\n\nFighting went on near Tambor.",
			[]string{"Says|Zorvania"}},
		{"restrictive relative after a speaking noun", `Villagers who fled to Dorra, the district town, told reporters the wells had been poisoned.`,
			[]string{"told|Villagers"}},
		{"restrictive relative without apposition", `Witnesses who reached Dorra said the bridge had collapsed.`,
			[]string{"said|Witnesses"}},
		{"a capitalised name in running text is no cue", `The Reports Office of Tambor opened a new branch on Monday near the market.`,
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := p.Analyze(parallax.Article{Body: tc.text, Published: "2025-05-04"})
			var got []string
			for _, c := range doc.Claims {
				got = append(got, c.Cue.Text+"|"+c.Speaker.Text)
			}
			if !sameClaimLines(got, tc.want, true) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}
