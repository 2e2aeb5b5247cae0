package quantity_test

import "testing"

// counts19Known are the items of the counts19 battery that the whole
// pipeline does not meet yet, each with the reason.
var counts19Known = map[string]string{
	"03-ecu-cenepa|11 Ecuadorean soldiers":         "claimed_by: 'A communique from the Ecuadorean command put ... and said' gets no claim side",
	"03-ecu-cenepa|between 30 and 40 soldiers":     "owner and claimed_by: 'put the Peruvian dead at between 30 and 40 soldiers' takes the nearer demonym; the communique gets no side",
	"10-lka-hospital|extra|a government doctor":    "spurious: 'a government doctor working in the area' read as one wounded",
	"13-ind-kangpokpi|14 others":                   "not found: 'admitted with gunshot wounds' is no verb of wounding",
	"13-ind-kangpokpi|Eleven people":               "not found: 'were brought dead to' is no verb of killing",
	"16-phl-marawi|21 troops":                      "claimed_by: a headline ending on '- military' names no source",
	"16-phl-marawi|89 militants,":                  "claimed_by: a headline ending on '- military' names no source",
	"18-pak-jaffar|21 passengers":                  "owner: hostages killed by their captors get no state",
	"19-bdi-vugizo|Nine others":                    "owner: the village 'near the border with the Democratic Republic of Congo' is placed in Congo",
	"19-bdi-vugizo|Twenty people":                  "owner: the village 'near the border with the Democratic Republic of Congo' is placed in Congo",
	"23-dza-inamenas|Thirty-seven foreign workers": "owner: foreign hostages killed in a one-country story get no state",
	"23-dza-inamenas|five foreigners":              "owner: missing foreign hostages get no state",
	"25-rus-argun|More than 40 rebels":             "claimed_by: 'The press service of the joint group of federal forces' gets no side",
	"25-rus-argun|four vehicles":                   "claimed_by: 'The press service of the joint group of federal forces' gets no side",
	"25-rus-argun|seven wounded":                   "owner and claimed_by: 'Federal losses were ...' is no claim and names no side",
	"25-rus-argun|two armoured personnel carriers": "claimed_by: 'The press service of the joint group of federal forces' gets no side",
	"25-rus-argun|two servicemen killed":           "owner and claimed_by: 'Federal losses were ...' is no claim and names no side",
	"26-flk-tally|10 Harriers":                     "not found: 'Harriers' is no aircraft noun, and a tally heading 'Aircraft lost:' is no outcome",
	"26-flk-tally|24 helicopters":                  "owner and claimed_by: a tally line ('Aircraft lost: ...') after the ministry's sentence is no claim",
	"26-flk-tally|255 servicemen":                  "not found: a tally line 'Killed: N servicemen.'",
	"26-flk-tally|Wounded: 777":                    "not found: a tally line 'Wounded: N.'",
	"26-flk-tally|more than 100 aircraft":          "not found: 'put Argentine losses at more than 100 aircraft'",
}

// TestCounts19 runs the counts19 battery (testdata/counts19, session 19):
// short invented wire stories of 15 conflicts that neither the development
// golds nor counts18 cover, in the styles outlets report counts in
// (health-ministry and hospital tolls, "the death toll rose to", "at
// least", ranges, tallies in headlines and "Killed: N" lists, materiel in
// communiqués). Its expectations were written before the pipeline ran on
// it; an extra count fails as much as a missed one.
func TestCounts19(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/counts19", "testdata/counts19.tsv", counts19Known, "counts19Known")
	t.Logf("counts19: %d/%d items right", right, total)
}
