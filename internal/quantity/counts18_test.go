package quantity_test

import "testing"

// counts18Known are the items of the counts18 battery that the whole
// pipeline does not meet yet, each with the reason.
var counts18Known = map[string]string{}

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
