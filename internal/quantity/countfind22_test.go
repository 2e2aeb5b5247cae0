package quantity_test

import "testing"

// countfind22Known are the items of the countfind22 battery that the whole
// pipeline does not meet yet, each with the reason.
var countfind22Known = map[string]string{
	"01-gbr-goosegreen|a fourth":                  "not found: an ordinal after materiel ('shot down three Harrier jets, and that a fourth was damaged') is one more of it",
	"02-irq-basra|14 martyrs":                     "outcome: 'had lost 14 martyrs' reads lost (outcome is not scored by the golds)",
	"02-irq-basra|a third":                        "not found: an ordinal after materiel ('two Iraqi MiG-23 fighters and that a third was hit')",
	"02-irq-basra|hundreds of others":             "item: 'and captured hundreds of others' after a killed count takes the killed verb",
	"02-irq-basra|killed 3,000 Iranian attackers": "not found: the headline's '3,000 Iranians' count takes the body's",
	"03-rus-grozny|rises to 1,146":                "not found: a headline's running toll with no people noun ('Russian toll in Chechnya rises to 1,146')",
	"05-ecu-cenepa|a third was damaged":           "not found: an ordinal after materiel ('two Ecuadorian A-37 jets were shot down and a third was damaged')",
	"06-nato-kosovo|462 soldiers":                 "outcome: 'its army had lost 462 soldiers' reads lost (outcome is not scored by the golds)",
	"08-usa-khafji|11 Marines killed":             "not found: a headline's second part after a semicolon",
	"08-usa-khafji|extra|seven of them":           "spurious: a share set off after the whole ('Eleven U.S. Marines were killed, seven of them by friendly fire') read as a count of its own",
	"08-usa-khafji|more than 400 prisoners":       "item: a list of losses 'lost 30 dead, 37 wounded and more than 400 prisoners' gives the last member the item before",
	"09-vnm-langson|extra|two regiments":          "spurious: 'had lost two regiments': a unit is no people count",
	"10-npl-achham|150 Maoist rebels killed":      "not found: a headline after 'Nepal army:'",
	"13-tur-pkk|its two pilots":                   "not found: the crew of a downed craft ('killing its two pilots')",
	"14-ago-moxico|FAA soldiers killed: 12":       "not found: a tally line 'Heading: N.'",
	"14-ago-moxico|UNITA rebels killed: 204":      "not found: a tally line 'Heading: N.'",
}

// TestCountFind22 runs the countfind22 battery (testdata/countfind22,
// session 22): short invented wire stories of 16 conflicts that no
// development gold covers, for finding counts, their item, number and
// outcome: vague and ranged quantities, numbers in words, ellipsis, lists
// and their breakdowns, people joined under one outcome, tallies, headlines,
// running tolls, and numbers that are no counts. Its expectations were
// written before the pipeline ran on it; an extra count fails as much as a
// missed one.
func TestCountFind22(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countfind22", "testdata/countfind22.tsv", countfind22Known, "countfind22Known")
	t.Logf("countfind22: %d/%d items right", right, total)
}
