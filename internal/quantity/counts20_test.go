package quantity_test

import "testing"

// counts20Known are the items of the counts20 battery that the whole
// pipeline does not meet yet, each with the reason.
var counts20Known = map[string]string{
	"06-som-radio|two Ethiopian jets":                            "claimed_by: the headline's 'Somali radio claims' gets no speaker side (speakers lanes)",
	"07-tcd-toll|29 dead":                                        "claimed_by: a tally line after the ministry's 'issued the following toll' is no claim",
	"07-tcd-toll|58 wounded":                                     "claimed_by: a tally line after the ministry's 'issued the following toll' is no claim",
	"07-tcd-toll|Aircraft destroyed on the ground: 11":           "not found: a tally line 'Heading: N.'",
	"07-tcd-toll|Libyans killed: 1,269":                          "not found: a tally line 'Heading: N.'",
	"07-tcd-toll|Prisoners: 438":                                 "not found: a tally line 'Heading: N.'",
	"07-tcd-toll|Tanks destroyed: 86":                            "not found: a tally line 'Heading: N.'",
	"10-bih-dobrinja|extra|a doctor":                             "spurious: 'a doctor at Kosevo hospital said' after 'wounding 23' read as one more wounded",
	"11-bih-srebrenica|between 6,000 and 8,000 men":              "owner: missing men with no word of violence near (the one-country rule is kept to 'civilians')",
	"11-bih-srebrenica|several hundred":                          "not found: a quoted vague amount in 'had taken \"several hundred\" ... soldiers prisoner'",
	"11-bih-srebrenica|thousands missing":                        "owner: missing people with no word of violence near",
	"19-sle-unamsil|500 peacekeepers held":                       "not found: a headline's 'N peacekeepers held by' after 'says'",
	"22-mda-tiraspol|kills nine":                                 "owner: the de facto Dniester republic (PMR) is not in the actor base; Tiraspol's civilians go to Moldova",
	"22-mda-tiraspol|nine civilians":                             "owner: the de facto Dniester republic (PMR) is not in the actor base",
	"22-mda-tiraspol|three Moldovan armoured personnel carriers": "claimed_by: 'The self-proclaimed Dniester republic' gets no side",
	"22-mda-tiraspol|wounding 30":                                "owner: the de facto Dniester republic (PMR) is not in the actor base",
	"23-mda-bender|26 police and soldiers":                       "not found: 'police' alone is no people noun",
	"23-mda-bender|four tanks":                                   "owner: the separatists the tanks went to (PMR) are not in the actor base; the backer's side is dropped",
	"24-sdn-kauda|kills seven":                                   "owner: 'Nuba Mountains' is placed in the Palestinian territories (geo)",
	"24-sdn-kauda|seven civilians":                               "owner: 'Nuba Mountains' is placed in the Palestinian territories (geo)",
	"24-sdn-kauda|wounding 12":                                   "owner: 'Nuba Mountains' is placed in the Palestinian territories (geo)",
	"26-uga-radio|40 Tanzanian soldiers":                         "claimed_by: 'Radio Uganda' gets no side (speakers lanes)",
	"26-uga-radio|40 invaders":                                   "owner: the headline's invaders are the enemy of the source 'Uganda radio:', unworked",
	"26-uga-radio|two Tanzanian MiG-21 jets":                     "claimed_by: 'Radio Uganda' gets no side (speakers lanes)",
	"29-irq-nasiriyah|two Royal Air Force crew":                  "not found: 'crew were missing'",
}

// TestCounts20 runs the counts20 battery (testdata/counts20, session 20):
// short invented wire stories of 15 conflicts that neither the development
// golds nor counts18/19 cover, in the styles outlets report counts in
// (health-ministry and hospital tolls, "the death toll rose to", "at
// least", ranges, tallies in headlines and "Killed: N" lists, materiel in
// communiqués, a backer's materiel, civilians under a de facto authority).
// Its expectations were written before the pipeline ran on it; an extra
// count fails as much as a missed one.
func TestCounts20(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/counts20", "testdata/counts20.tsv", counts20Known, "counts20Known")
	t.Logf("counts20: %d/%d items right", right, total)
}
