package quantity_test

import "testing"

// countfind24Known are the items of the countfind24 battery that the whole
// pipeline does not meet yet, each with the reason.
var countfind24Known = map[string]string{
	"09-ind-chandel|extra|two jawans":                     "n: the second of two plural groups (see the item above)",
	"02-eth-jijiga|four Somali tanks":                     "not found: 'put N tanks out of action'",
	"02-eth-jijiga|leaving 11 prisoners":                  "not found: 'leaving N prisoners in X hands'",
	"04-lbn-beaufort|shot five men":                       "item: 'shot N men who had surrendered' read captured",
	"05-col-mitu|'several' wounded":                       "not found: a heading's quoted vague amount",
	"05-col-mitu|two of his staff die of wounds":          "not found: 'N of his staff die of wounds'",
	"06-tza-lukaya|\"several hundred\" Ugandan prisoners": "not found: prisoners visited, quoted 'several hundred'",
	"06-tza-lukaya|12 Tanzanian tanks":                    "not found: 'put N tanks out of action'",
	"06-tza-lukaya|captured 40":                           "claimed_by: a state radio the knowledge base lacks speaks for no one (the claims side)",
	"06-tza-lukaya|more than 200 Libyan soldiers":         "claimed_by: a state radio the knowledge base lacks (the claims side)",
	"06-tza-lukaya|one MiG-21 had been lost":              "claimed_by: a state radio the knowledge base lacks (the claims side)",
	"06-tza-lukaya|shot nine villagers":                   "not found: 'shot N villagers' (killed)",
	"08-pak-briefing|extra|11 soldiers":                   "spurious: hostages later freed ('all of them have been freed' a sentence part away)",
	"09-ind-chandel|Eighteen troopers of the 6 Dogra regiment and two jawans of the state police": "n: two plural groups joined, each with its unit, stay two counts (the golds keep '17 soldiers and nine VDP' and '14 civilians and six soldiers' apart; the expectation may be wrong)",
	"09-ind-chandel|seven soldiers and one civilian driver":                                       "claimed_by: the officer's 'said' after the sentence not taken",
	"10-bdi-bujumbura|my two sons":                                                                "not found: kin in a quote, 'took my two sons ... and shot them'",
	"10-bdi-bujumbura|shot dozens of young men":                                                   "not found: 'shot dozens of N' (killed)",
}

// TestCountFind24 runs the countfind24 battery (testdata/countfind24,
// session 24): short invented wire stories, a live blog and a briefing
// transcript of ten conflicts no development gold covers, for finding
// counts, their item and number, and who claims them: coordinated materiel
// of one item, sums written as parts, vague materiel and prisoners, "put
// out of action", "leaving N prisoners", headings, a quote's and a
// transcript's claimants, and negatives (years, unit names, ages, "one of
// the", a phone number, the reporter's own colleagues). Its expectations
// were written before the pipeline ran on it; an extra count fails as much
// as a missed one.
func TestCountFind24(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countfind24", "testdata/countfind24.tsv", countfind24Known, "countfind24Known")
	t.Logf("countfind24: %d/%d items right", right, total)
}
