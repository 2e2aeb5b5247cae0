package quantity_test

import "testing"

// countfind26Known are the items of the countfind26 battery that the whole
// pipeline does not meet yet, each with the reason.
var countfind26Known = map[string]string{
	"01-irn-khorramshahr|scores of Iraqi officers had perished":         "claimed_by: 'The radio said' after 'Tehran radio said' (the claims side)",
	"01-irn-khorramshahr|some 300 Iraqi tanks":                          "claimed_by: 'The radio said' after 'Tehran radio said' (the claims side)",
	"01-irn-khorramshahr|took more than 19,000 Iraqi soldiers prisoner": "claimed_by: a state radio named by its capital, 'Tehran radio' (the claims side)",
	"03-nga-aba|41 of its men had lost their lives":                     "claimed_by: 'a Federal Military Government statement' has no side (the claims side)",
	"03-nga-aba|600 rebels captured":                                    "claimed_by: the headline's 'Lagos says' has no side",
	"03-nga-aba|between 200 and 300 rebels":                             "claimed_by: 'a Federal Military Government statement' has no side (the claims side)",
	"03-nga-aba|four Ferret armoured cars":                              "claimed_by: 'a Federal Military Government statement' has no side (the claims side)",
	"03-nga-aba|taken 600 Biafran soldiers prisoner":                    "claimed_by: 'a Federal Military Government statement' has no side (the claims side)",
	"05-egy-canal|destroyed 40 Israeli tanks":                           "not found: the communique's count not read (the headline's taken instead?)",
	"05-egy-canal|extra|two of them":                                    "spurious: a subset ('three aircraft had been lost, two of them to missiles') counted",
	"08-aus-longtan|18 Australian soldiers had died":                    "claimed_by: 'The 1st Australian Task Force' has no side",
	"08-aus-longtan|24 had been wounded":                                "claimed_by: 'The 1st Australian Task Force' has no side",
	"08-aus-longtan|245 Viet Cong killed":                               "not found: 'Viet Cong' is no people noun",
	"08-aus-longtan|extra|three of the wounded":                         "spurious: a subset ('three of the wounded were in a serious condition') counted",
	"08-aus-longtan|killed 245 Viet Cong":                               "n: 'Viet Cong' is no people noun, '245' not read with it; claimed_by: the task force has no side",
	"09-ind-longewala|'scores of' Pakistani tanks destroyed":            "not found: a headline's quoted vague amount",
	"11-nic-hasenfus|American crewman captured":                         "not found: a headline's 'crewman captured' with no number",
	"11-nic-hasenfus|US cargo plane downed":                             "not found: a headline's 'plane downed' with no number",
	"11-nic-hasenfus|captured one of its crew":                          "not found: 'captured one of its crew'",
	"12-lbr-monrovia|\"several hundred\" refugees":                      "not found: 'massacred \"several hundred\" refugees', a quoted vague amount",
}

// TestCountFind26 runs the countfind26 battery (testdata/countfind26,
// session 26): short invented wire stories of twelve conflicts and eras no
// development gold covers, for finding counts and their item and number:
// aircraft named by type or maker alone, prisoners taken, the dead told by
// a verb of their own ("fallen", "perished", "lost their lives"),
// casualties split into dead and wounded, numbers in words, vague and
// approximate amounts, ranges, totals with a subset after them and
// headlines, with negatives (years, unit numbers, ages, calibres,
// distances, forces not lost, subsets). Its expectations were written
// before the pipeline ran on it; an extra count fails as much as a missed
// one.
func TestCountFind26(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/countfind26", "testdata/countfind26.tsv", countfind26Known, "countfind26Known")
	t.Logf("countfind26: %d/%d items right", right, total)
}
