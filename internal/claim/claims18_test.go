package claim_test

import "testing"

// TestSpeakerBatteryMisses: the claim-stage kinds the speaker batteries
// (internal/actor/testdata/probes/speakers2.txt, speakers3.txt) listed as
// known misses, on new sentences. Each case fails without its rule.
func TestSpeakerBatteryMisses(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a past office anywhere in the title before the name: the scans
		// of capitalised titles stopped at "foreign" before "Former"
		{"former deputy minister", "Former Ukrainian deputy defence minister Taras Holub said the brigade lacked shells.\n\nUkraine's General Staff said the attack was repelled. Ukrainian officials said the front held.", "said", "Taras Holub", "", "assert", "-"},
		{"present office kept", "Ukrainian deputy defence minister Taras Holub said the brigade lacked shells.\n\nUkraine's General Staff said the attack was repelled. Ukrainian officials said the front held.", "said", "Taras Holub", "UKR", "assert", "-"},
		// a resident named by a state's name is no party
		{"country dweller", "A Laos dweller said the river had risen overnight.", "said", "Laos dweller", "", "assert", ""},
		{"country villager", "A Chad villager told reporters the militia took the cattle.", "told", "Chad villager", "", "assert", ""},
		{"displaced villager in", "A displaced villager in Sittwe told reporters that the soldiers burned the market.", "told", "villager", "", "assert", ""},
		// a speaker named by age, as news style takes up a person named
		// before (session 22, realtext lane: the person named just
		// before, who need not have spoken, as "NAME lost her house ...
		// said the 52-year-old"; the expectations were "" while the rule
		// took up speakers only)
		{"age noun trailing", "Rosa Pinel, a nurse, fled the town on Monday.\n\n\"We will not go back,\" the 52-year-old said.", "said", "52-year-old", "", "assert", "Rosa Pinel"},
		{"age noun told", "Rosa Pinel, a nurse, fled the town on Monday.\n\n\"The road is closed,\" the 47-year-old told reporters.", "told", "47-year-old", "", "assert", "Rosa Pinel"},
		{"age noun takes up speaker", "Senator Hal Brenner told reporters the bill was dead.\n\n\"We lost the vote,\" the 66-year-old said.", "said", "66-year-old", "-", "assert", "Hal Brenner"},
		{"age noun subject", "Rosa Pinel, a nurse, fled the town on Monday. The 52-year-old said the clinic had no power.", "said", "52-year-old", "", "assert", "Rosa Pinel"},
		// a negation on a verb that is no act: the act word after it only
		// describes the object
		{"not cover bombed", "The minister said the deal did not cover the shelled districts.", "said", "-", "-", "assert", "-"},
		{"not visit attacked", "The envoy said he did not visit the attacked villages.", "said", "-", "-", "assert", "-"},
		{"not shell asserted", "The ministry said its forces did not shell the market.", "said", "-", "-", "assert", "-"},
		// a statement or figure called wrong is denied
		{"figures wrong", "The army said the casualty figures were wrong.", "said", "-", "-", "deny", "-"},
		{"report inaccurate", "A ministry spokesman said the report was completely inaccurate.", "said", "-", "-", "deny", "-"},
		{"numbers exaggerated", "Police said the numbers were exaggerated.", "said", "-", "-", "deny", "-"},
		// a thing judged wrong is no statement rejected
		{"road wrong", "The driver said the road was wrong.", "said", "-", "-", "assert", "-"},
		{"wrong to strike", "The minister said it was wrong to strike the depot.", "said", "-", "-", "assert", "-"},
	})
}

// TestNestedNonClaims: words inside a reported clause that only look like
// a second reporting act. Each case fails without its rule.
func TestNestedNonClaims(t *testing.T) {
	noClaimCases(t, [][3]string{
		// "state" as a noun: a legislature's member, a polity after a determiner
		{"state senator", "Democratic state Sen. Lia Moreno, who wrote the bill, said the vote was close.", "state"},
		{"state rep", "Republican state Rep. Owen Tall said the budget was late.", "state"},
		{"the demonym state", "He said the Iraqi state alone could decide on the bases.", "state"},
		{"a state", "The envoy said a Kurdish state was not on the table.", "state"},
		// an act to come or owed, under a modal, inside the reported clause
		{"must brief", "The senator said the ministry must brief Congress on the strikes.", "brief Congress on"},
		{"would brief", "The spokesman said the council would brief Parliament on the talks.", "brief Parliament on"},
		{"will announce", "The spokesman said the minister will announce that the crossing is open.", "announce"},
		{"would respond", "Mahdi Karimi, the movement's negotiator, said the group would respond positively to any offer that ended the siege.", "respond"},
		// what an act shows is the speaker's reading
		{"ruling showed", "The lawyer said the Supreme Court's ruling showed that the law was clear.", "showed"},
	})
	runSpeakerCases(t, []speakerCase{
		// "states" with its subject stays a cue
		{"the law states", "The ministry said the law states that no convoy may cross at night.", "states", "-", "-", "assert", "-"},
	})
}

// TestSpokespersonAndReporterSpans: who speaks in "a spokeswoman for
// PERSON" and "a OUTLET correspondent in PLACE". Each case fails without
// its rule.
func TestSpokespersonAndReporterSpans(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// the spokesperson speaks for the principal's side, and is not the principal
		{"spokeswoman for title", "Prime Minister Keir Starmer flew to Paris on Monday. A spokeswoman for the prime minister said the talks would resume in June.", "said", "spokeswoman", "GBR", "assert", ""},
		{"spokesman for titled name", "A spokesman for President Emmanuel Macron said the summit would go ahead.", "said", "spokesman", "FRA", "assert", ""},
		// an outlet's reporter, placed before the cue, is the speaker
		{"correspondent in place", "An AFP correspondent in Tyre said smoke was rising over the port.", "said", "AFP correspondent", "", "assert", ""},
	})
}

// TestCountryClosingBodyName: a country's name that closes a body's name
// ("Greenpeace Spain") gives the body's staff no state side, even where a
// stage resolved the mention to the country. Fails without the rule.
func TestCountryClosingBodyName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"body named after country", "Spain's government approved the dam on Tuesday.\n\n\"The birds will not come back,\" said Ramon Vidal, network director for Birdlife Spain.\n\nSpanish officials said the plan was ready.", "said", "Ramon Vidal", "", "assert", "-"},
		{"state body kept", "Spain's government approved the dam on Tuesday.\n\n\"The birds will come back,\" said Ramon Vidal, a spokesman for the government of Spain.", "said", "Ramon Vidal", "ESP", "assert", "-"},
	})
}
