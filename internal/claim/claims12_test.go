package claim_test

import (
	"testing"

	parallax "github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/testutil/pipetest"
)

// probes5Known are the expectations of the fifth battery (long-form
// news, probes5.txt) parallax does not meet yet, each with the reason.
// At its first run, as written, 48 of the 63 expected claims were right
// and 8 claims were extra (23 failing items of 71); 57 right now.
var probes5Known = map[string]string{
	"mali-voa-feature: > said | Amadou Kone":                                                  "the invented NGO officer shares his name with an Ivorian minister of 2007-2010 in the imported office-holder list, whose side (CIV) wins over the apposition naming his employer",
	"mali-voa-feature: > said | Kone":                                                         "as above",
	"mali-voa-feature: > told | Souleymane Dembele":                                           "'Army spokesman Col. NAME' takes the story's dominant state (USA: the WASHINGTON dateline, 'Washington' and a U.S. official) rather than the state of the military government named in the sentence before; a wire dateline is kept as a sign of the story's home (Kyodo's TOKYO), so a bureau dateline is not told apart",
	"pakistan-wikinews-quetta: extra condemned | Provincial government spokesman Shahid Rind": "'condemned the bombing' is read as a claim; the expectation listed none (a condemnation with no reported content)",
	"sudan-voa-famine: > said | hunger monitor":                                               "side right (UNO); the speaker span is 'U.N.' from 'the U.N.-backed hunger monitor'",
	"sudan-voa-famine: extra said | the U.N.":                                                 "the same claim as the one above",
	"ukraine-voa-kharkiv: > says | volunteer":                                                 "'Most of them, the 43-year-old volunteer says, were ...': the nominal anaphor is not resolved to the person named in the sentence before (actor empty)",
	"us-pentagon-houthis: > said | political bureau":                                          "side right (HOUTHIS); the speaker span is 'Houthis' without 'political bureau'",
	"us-pentagon-houthis: > vowed | political bureau":                                         "folded into the bureau's 'said' claim since session 22 (a second act after the same speaker's claim is one claim, as the golds keep it)",
	"us-pentagon-houthis: extra said | The Houthis":                                           "the same claim as the one above",
}

// TestLongFormProbes runs the whole pipeline on the fifth battery:
// invented articles in the styles of long-form news (features, analyses,
// government statements, Wikinews), where held-out claims are missed or
// given the wrong speaker more often than in wire copy.
func TestLongFormProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	failed, items := pipetest.ClaimProbeMismatches(t, testutil.ReadClaimProbes(t, "testdata/probes/probes5.txt"))
	testutil.CheckKnownFailures(t, failed, probes5Known, "probes5Known")
	t.Logf("%d probe items, %d failing (%d known)", items, len(failed), len(probes5Known))
}

// TestSpeakerAfterQuotedName: a name inside a closed quotation is no
// subject of the cue after it, even where the parse makes it so (as it
// does for the first sentence); the speaker after the quotation speaks.
func TestSpeakerAfterQuotedName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a parse that makes the quoted body the subject", "“The American Civil Liberties Union cares about Americans,” a Pentagon spokesman told VOA.", "told", "Pentagon spokesman", "USA", "assert", "-"},
		{"union in the quotation", "“The Farmers Union of Velmora cares more about Americans than about farmers,” a State Department spokeswoman told VOA.", "told", "-", "USA", "assert", "-"},
		{"party in the quotation", "“The Green Alliance has misled Canadians for years,” a spokesman for the Canadian government told reporters.", "told", "-", "CAN", "assert", "-"},
		{"named speaker after it", "“Doctors Without Borders helps Sudanese families every day,” Amira Haddad told VOA.", "told", "Amira Haddad", "", "assert", "Amira Haddad"},
	})
}

// TestInsertedParticiple: "X, responding to Y, told Z that C": the
// participle set off by commas is the circumstance of the finite cue
// after it, not a claim of its own, and its object (Y) does not speak.
func TestInsertedParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"responding to a named person", "Hamas spokesman Tarek Salim, responding to Netanyahu's threats, told reporters that the group would not disarm.", "told", "Tarek Salim", "HAMAS", "assert", "Tarek Salim"},
		{"speaking after a meeting", "Kenyan Foreign Minister Musalia Mudavadi, speaking after meeting Sudan's army chief, said the talks would resume in Nairobi.", "said", "-", "KEN", "assert", "Musalia Mudavadi"},
		{"a gerund that reports", "The army said it had retaken the bridge, saying the rebels had fled east.", "said", "army", "-", "assert", "-"},
	})
	p := sharedPipeline(t)
	for _, text := range []string{
		"Hamas spokesman Tarek Salim, responding to Netanyahu's threats, told reporters that the group would not disarm.",
		"The governor, reacting to the court's ruling, said the vote would go ahead.",
	} {
		doc := p.Analyze(parallax.Article{Body: text, Published: "2025-05-04"})
		if len(doc.Claims) != 1 {
			var got []string
			for _, c := range doc.Claims {
				got = append(got, c.Cue.Text+"|"+c.Speaker.Text)
			}
			t.Errorf("%q: %d claims %v, want one", text, len(doc.Claims), got)
		}
	}
}

// TestNonPartySpeakers: people placed by a state's possessive, by a place
// after a region adjective or named with a war speak for no party; a
// source cited in an insertion is not the subject; a UN specialised
// agency such as the World Bank is UNO (testdata/devgold3 README).
func TestNonPartySpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a state's sellers", "Chad's cattle traders are urging the authorities to reopen the border market.", "urging", "cattle traders", "", "assert", ""},
		{"a state's residents", "Ethiopia's farmers say the locusts destroyed half of the harvest.", "say", "-", "", "assert", ""},
		{"a state's ministry keeps its side", "Chad's interior ministry said the border market would reopen.", "said", "-", "TCD", "assert", "-"},
		{"region adjective before the state", "“Our elders keep the old calendar,” said Tobias Mwale, a chairman for the Zion churches in northern Zambia.", "said", "Tobias Mwale", "", "assert", "Tobias Mwale"},
		{"a war veteran", "“The clinics here are good,” said Harold Pike, a Korean War veteran who lives in Busan.", "said", "Harold Pike", "", "assert", "Harold Pike"},
		{"a spokesman keeps the state's side", "“The road is open,” said Tobias Mwale, a spokesman for the Zambia Police Service.", "said", "Tobias Mwale", "ZMB", "assert", "Tobias Mwale"},
		{"a cited source is not the subject", "A Dutch charity for the blind, citing World Bank data, says the region could gain billions.", "says", "Dutch charity", "", "assert", ""},
		{"the World Bank", "The World Bank said on Tuesday that growth in Kenya would slow to 4 percent.", "said", "World Bank", "UNO", "assert", "-"},
		{"the IMF", "The International Monetary Fund warned that Egypt's debt was rising.", "warned", "-", "UNO", "assert", "-"},
	})
}

// TestStateRunMediaAndUndersecretaries: media a state runs speak for it
// when the knowledge base does not know their name (the possessive's
// state, else the story's); an undersecretary is a state office.
func TestStateRunMediaAndUndersecretaries(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"government-run paper in a story about its state", "Syria's army shelled Idlib. Syria's air force struck Hama. Syrian troops advanced. The government-run Al-Nour newspaper said the rebels had lost 40 fighters.", "said", "Al-Nour newspaper", "SYR", "assert", "-"},
		{"state-run daily with its state's possessive", "Iraq's army and Iraq's police were on alert in Basra. Iran's state-run Sobh daily said the strikes were a warning.", "said", "-", "IRN", "assert", "-"},
		{"a private paper has no side", "Syria's army shelled Idlib. Syria's air force struck Hama. Syrian troops advanced. The independent Al-Nour newspaper said the rebels had lost 40 fighters.", "said", "-", "", "assert", "-"},
		{"undersecretary in apposition", "Spain cut school taxes. Spain will vote in May. Lucia Ferrer, undersecretary to the prime minister, said the schools would be consulted.", "said", "Lucia Ferrer", "ESP", "assert", "-"},
		{"undersecretary before the name", "Spain cut school taxes. Spain will vote in May. Undersecretary for Education Mr. Ortega says many schools will raise their fees.", "says", "-", "ESP", "assert", "-"},
	})
}

// TestColonBeforeUnclosedQuotation: "X said:" then a quotation whose
// paragraph ends without its closing mark (wire copy reopens each quoted
// paragraph) is X's claim over that paragraph.
func TestColonBeforeUnclosedQuotation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two quoted paragraphs", "Ministers met in Rome today.\nA Defence Ministry spokesman said:\n“The minister met the Latvian delegation to discuss air defence. They also discussed training.\n“The minister stressed Italy’s support for its allies.”", "said", "Defence Ministry spokesman", "-", "assert", "-"},
		{"one closed paragraph", "Ministers met in Rome today.\nA Defence Ministry spokesman said:\n“The minister met the Latvian delegation to discuss air defence.”", "said", "Defence Ministry spokesman", "-", "assert", "-"},
	})
}

// TestSpeakerAmongSeveralNames: a sentence that names several people
// reports one of them; the others are met, echoed, answered, addressed
// or named in an opening adjunct or an insertion (the held-out aggregate's
// commonest wrong-person kind: another speaker of the same sentence).
func TestSpeakerAmongSeveralNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"opening 'unlike'", "Unlike his predecessor Joe Biden, President Donald Trump said Ukraine should cede land.", "said", "Donald Trump", "USA", "assert", "Donald Trump"},
		{"opening 'despite'", "Despite pressure from Washington, Israeli Prime Minister Benjamin Netanyahu said the offensive would continue.", "said", "Benjamin Netanyahu", "ISR", "assert", "Benjamin Netanyahu"},
		{"adjunct ends before the subject's own insertion", "After the talks, Vladimir Putin, who was in Minsk, said the war would go on.", "said", "Vladimir Putin", "RUS", "assert", "Vladimir Putin"},
		{"relative clause naming another", "Kenyan President William Ruto, who met Sudan's army chief Abdel Fattah al-Burhan on Monday, said the talks would resume in Nairobi.", "said", "William Ruto", "KEN", "assert", "William Ruto"},
		{"phone call with another", "In a phone call with Turkish President Recep Tayyip Erdogan, Russian President Vladimir Putin said Moscow was ready for a ceasefire.", "said", "Vladimir Putin", "RUS", "assert", "Vladimir Putin"},
		{"asked about another's remarks", "Asked about Zelenskyy's remarks, Kremlin spokesman Dmitry Peskov said Moscow did not trust Kyiv.", "said", "Dmitry Peskov", "RUS", "assert", "Dmitry Peskov"},
		{"echoing another", "Echoing French President Emmanuel Macron, German Chancellor Friedrich Merz said Europe must spend more on defense.", "said", "Friedrich Merz", "DEU", "assert", "Friedrich Merz"},
		{"said of another", "\"We will not be intimidated,\" Taiwanese President Lai Ching-te said of Chinese leader Xi Jinping.", "said", "Lai Ching-te", "TWN", "assert", "Lai Ching-te"},
		{"referring to another", "\"This is a provocation,\" said Japanese Prime Minister Shigeru Ishiba, referring to North Korean leader Kim Jong Un's missile test.", "said", "Shigeru Ishiba", "JPN", "assert", "Shigeru Ishiba"},
		{"another's spokesman", "Pakistani Prime Minister Shehbaz Sharif's spokesman, Rana Ihsan Afzal, said India had violated the ceasefire.", "said", "Rana Ihsan Afzal", "PAK", "assert", "-"},
		{"told a counterpart", "Indian Foreign Minister S. Jaishankar told his Chinese counterpart Wang Yi that the border must stay calm.", "told", "S. Jaishankar", "IND", "assert", "-"},
		{"speaking alongside another", "Somali President Hassan Sheikh Mohamud, speaking alongside Kenyan President William Ruto, said al-Shabab was losing ground.", "said", "Hassan Sheikh Mohamud", "SOM", "assert", "Hassan Sheikh Mohamud"},
		{"another in the content", "Ukrainian Foreign Minister Andrii Sybiha said Russian Foreign Minister Sergei Lavrov had lied about the talks.", "said", "Andrii Sybiha", "UKR", "assert", "Andrii Sybiha"},
	})
}

// TestOfficialsInStoriesOfPlaces: a state's police or government titled
// official in a short story that names its state's places more than its
// state speaks for that state; an NGO's official does not.
func TestOfficialsInStoriesOfPlaces(t *testing.T) {
	const lead = "On Sunday, a bomb went off at a bus station in Peshawar, the capital of Pakistan's Khyber Pakhtunkhwa province, killing six people. "
	runSpeakerCases(t, []speakerCase{
		{"police official", lead + "Police official Tariq Nawaz told reporters that the bomb had been hidden in a cart.", "told", "Tariq Nawaz", "PAK", "assert", "Tariq Nawaz"},
		{"government spokesman then surname", lead + "Provincial government spokesman Imran Saleem condemned the attack. Saleem said most of the victims were porters.", "said", "Saleem", "PAK", "assert", "Imran Saleem"},
		{"an aid worker", lead + "Aid worker Imran Saleem said the hospitals were full.", "said", "Imran Saleem", "", "assert", "Imran Saleem"},
	})
}
