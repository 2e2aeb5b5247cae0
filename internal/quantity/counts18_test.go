package quantity_test

import "testing"

// counts18Known are the items of the counts18 battery that the whole
// pipeline does not meet yet, each with the reason.
var counts18Known = map[string]string{
	"01-cmr-bamenda-army|two army armoured vehicles":  "owner: 'army' as a modifier of materiel a group claims to have destroyed is not read as the state's army",
	"01-cmr-bamenda-army|two of the group's fighters": "owner: 'the group' is not resolved to the speaker's group (the Ambazonia Defence Forces)",
	"03-phl-npa|Five New People's Army rebels":        "claimed_by: 'the army's 3rd Infantry Division' gets no side (speakers lane)",
	"04-ind-maoist-encounter|12 Maoists killed":       "not found: 'Maoists' is no people noun",
	"06-mar-polisario|a military vehicle":             "not found: 'destroyed a military vehicle' after 'a drone strike had killed ...' (the strike, not a drone, is the subject)",
	"06-mar-polisario|three of its fighters":          "owner: 'its' is the speaker's (the Polisario Front), not the strike's side",
	"10-mex-michoacan|two of the gunmen":              "claimed_by: 'They' after 'state security officials said' is resolved to the gunmen",
	"14-tcd-lake|two military pick-up trucks":         "claimed_by: 'It said' after 'the presidency said' is resolved to the attackers",
	"24-hti-kidnap|17 members":                        "owner: kidnapped civilians of a gang story get no state",
	"24-hti-kidnap|17 missionaries":                   "not found: the headline's present 'kidnaps' is no verb of taking",
}

// TestCounts18 runs the counts18 battery (testdata/counts18, session 18):
// short invented wire stories of 13 conflicts the development golds do not
// cover, in the phrasings their count misses recur in (own admitted losses,
// "those killed included", "N personnel were hurt", "were being treated",
// "the bodies of N of them", headline counts with and without a cue,
// tanks and armoured vehicles together, victims placed where they were
// hit, rescued and released hostages, weapons and launched drones). Its
// expectations were written before the pipeline ran on it; an extra count
// fails as much as a missed one.
func TestCounts18(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/counts18", "testdata/counts18.tsv", counts18Known, "counts18Known")
	t.Logf("counts18: %d/%d items right", right, total)
}
