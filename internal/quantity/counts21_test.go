package quantity_test

import "testing"

// counts21Known are the items of the counts21 battery that the whole
// pipeline does not meet yet, each with the reason.
var counts21Known = map[string]string{
	"02-lby-tripoli|14 martyrs":                        "claimed_by: the quote's speaker 'the radio' gets no side (speakers lanes); outcome lost for 'lost 14 martyrs'",
	"02-lby-tripoli|60 dead":                           "claim not found: 'Libyan radio said on Saturday that ...' is no claim (claims lanes); 'the aggressors had left 60 dead' then gets the place's owner",
	"02-lby-tripoli|9 planes":                          "owner: the headline's 'Sadat regime lost 9 planes' names no state before 'regime'",
	"02-lby-tripoli|nine aircraft of the Sadat regime": "claim not found: 'Libyan radio said ... that' is no claim (claims lanes), so the regime has no voice to be the enemy of",
	"03-mli-bamako|11 dead":                            "claimed_by: a tally line after 'issued the following communique' is no claim",
	"03-mli-bamako|15 wounded":                         "claimed_by: a tally line after 'issued the following communique' is no claim",
	"03-mli-bamako|Enemy killed: 41":                   "not found: a tally line 'Heading: N.'",
	"03-mli-bamako|Tanks captured from the enemy: 2":   "not found: a tally line 'Heading: N.'",
	"04-bfa-ouaga|27 wounded":                          "owner: a hospital's wounded in the sentence after the bombing get no owner",
	"08-isr-golan|18 Egyptian and Syrian aircraft":     "not found: two demonyms joined by 'and' before the noun",
	"09-irq-joc|kill 75 Daesh terrorists":              "claimed_by: the headline's 'JOC says' gets no side (speakers lanes)",
	"12-phl-pnp|44 police commandos":                   "owner: 'police commandos' in a headline with no state named",
	"12-phl-pnp|extra|a spokesman":                     "spurious: 'a spokesman for the front' read as one more killed",
	"13-phl-milf|Five civilians":                       "owner: civilians who 'lost their lives' in a statement with no place of a state",
	"14-col-army|extra|the FARC":                       "spurious: '17 narco-terrorists of the FARC' leaves 'the FARC' read as one more killed",
	"15-col-farc|12 soldiers":                          "claimed_by: 'our fronts killed' in a communique's own voice; the FARC-EP speaker gets no side",
	"15-col-farc|16 of our guerrillas":                 "not found: 'fell' is no outcome",
	"15-col-farc|wounded 20":                           "claimed_by: a communique's own voice is no claim",
	"16-dji-defence|dozens of dead":                    "owner: 'the Eritrean aggressor had suffered heavy losses, with dozens of dead' gets the speaker's side",
	"20-lby-tv|35 of the \"rats\"":                     "not found: a quoted pejorative head 'rats' is no people noun",
	"20-lby-tv|captured 12":                            "owner: the captives of an unnamed armed gang are given NATO, the party of the sentence before",
	"21-nato-brussels|11 tanks of Gaddafi forces":      "outcome: the headline's 'hit' reads damaged",
	"23-dza-radio|Our martyrs number 14":               "not found: 'Our martyrs number 14'",
	"26-irq-mosul-toll|38 wounded":                     "claimed_by: 'The Nineveh health directorate' gets no side (speakers lanes)",
	"27-egy-sinai-tally|Our martyrs: 16":               "not found: a tally line 'Heading: N.'",
	"27-egy-sinai-tally|Our wounded: 24":               "not found: a tally line 'Heading: N.'",
	"27-egy-sinai-tally|Takfiri elements killed: 105":  "not found: a tally line 'Heading: N.'",
	"27-egy-sinai-tally|Vehicles destroyed: 42":        "not found: a tally line 'Heading: N.'",
	"28-col-headline|Three soldiers":                   "claim not found: 'the army's 12th Brigade said' after the counts (claims lanes)",
	"28-col-headline|Two soldiers":                     "owner and claimed_by: wounded soldiers in the sentence after the claim get no owner",
	"28-col-headline|eight FARC guerrillas":            "claim not found: 'the army's 12th Brigade said' after the counts (claims lanes)",
	"29-bfa-toll|41 Burkinabe":                         "not found: a demonym as the people noun ('41 Burkinabe')",
	"29-bfa-toll|more than 100 men":                    "claimed_by: 'Malian radio had claimed' gets no side (speakers lanes); outcome lost for 'lost'",
	"30-egy-radio|13 aircraft":                         "owner and claimed_by: 'Cairo radio' gets no side (speakers lanes), so 'the enemy had also lost' has no voice",
	"30-egy-radio|destroyed 80 tanks":                  "claimed_by: 'Cairo radio' gets no side (speakers lanes)",
}

// TestCounts21 runs the counts21 battery (testdata/counts21, session 21):
// short invented wire stories and communiques of 14 conflicts that neither
// the development golds nor counts18-20 cover, in the styles one party's own
// press uses (a pejorative for the enemy, a communique's first-person "our"
// losses) and in tolls, ranges and tallies. Its expectations were written
// before the pipeline ran on it; an extra count fails as much as a missed one.
func TestCounts21(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/counts21", "testdata/counts21.tsv", counts21Known, "counts21Known")
	t.Logf("counts21: %d/%d items right", right, total)
}
