package quantity_test

import "testing"

// countowner23Known are the items of the countowner23 battery that the
// whole pipeline does not meet yet, each with the reason.
var countowner23Known = map[string]string{
	"02-uga-gulu|extra|two of them in":                   "a subset of the wounded just counted, counted (countfind's part)",
	"02-uga-gulu|killed 20 of them":                      "owner: 'of them' after 'the rebels' given the speaker's side",
	"07-sle-ruf|Fifteen fighters of the Kamajor militia": "not found: 'Fifteen fighters of the ... militia' (countfind's part)",
	"09-mar-polisario|35 of the attackers":               "owner and claimed_by: a communique's 'the attackers' read in the Polisario's claim",
	"12-irq-ferry|30 passengers":                         "outcome: 'were missing' read as lost",
	"14-nga-statement|17 terrorists":                     "owner: a statement's 'terrorists' in an enclave the sentence names by its group",
}

// TestCountOwner23 runs the countowner23 battery (testdata/countowner23,
// session 23): short invented wire stories and statements of 13 conflicts
// that neither the development golds nor countowner22 cover, about whose a
// count is and who claims it, sorted by the causes of the development
// golds' owner and claimant misses: a party's own losses, the enemy's losses
// a speaker's forces inflicted, passengers whose bus or train an earlier
// sentence names, bodies of no stated side, headline and narration
// claimants, the drones that did the harm, a militia beside the army, and
// materiel a speaker tells of as damaged or set on fire. Its expectations
// were written before the pipeline ran on it; an extra count fails as much
// as a missed one.
func TestCountOwner23(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countowner23", "testdata/countowner23.tsv", countowner23Known, "countowner23Known")
	t.Logf("countowner23: %d/%d items right", right, total)
}
