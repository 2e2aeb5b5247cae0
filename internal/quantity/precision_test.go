package quantity_test

import "testing"

// precisionKnown are the items of the precision battery that the whole
// pipeline does not meet yet, each with the reason.
var precisionKnown = map[string]string{
	"13-ap-redsea|an American MQ-9 Reaper drone": "claim/actor stage: the claim's 'they' (the Houthi rebels) is resolved to the dateline's United Arab Emirates",
	"17-afp-mopti|20 civilians":                  "expectation arguable, left as written before the first run: an unnamed 'local official' in Mali is the state's (MLI) as the claim stage says, where the expectation took him for an unnamed source (\"\")",
}

// TestPrecisionProbes runs the precision battery (testdata/precision,
// session 10): invented conflict articles whose numbers are mostly no
// count of DESIGN §3 (munitions fired, deliveries, troops deployed,
// displaced people, votes, money, disease deaths, hypothetical tolls), next
// to counts that are. An extra count fails as much as a missed one.
func TestPrecisionProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	t.Run("batch1", func(t *testing.T) {
		right, total := runProbeBattery(t, "testdata/precision", "testdata/precision.tsv", precisionKnown, "precisionKnown")
		t.Logf("precision probes: %d/%d items right", right, total)
	})
	t.Run("batch2", func(t *testing.T) {
		right, total := runProbeBattery(t, "testdata/precision2", "testdata/precision2.tsv", precision2Known, "precision2Known")
		t.Logf("precision probes 2: %d/%d items right", right, total)
	})
}

// precision2Known are the items of the second precision battery that the
// whole pipeline does not meet yet, each with the reason.
var precision2Known = map[string]string{
	"13-aj-houthi|80 people":            "no place of the article is in Yemen (the Red Sea only), so the victims of US strikes 'on Houthi targets' have no state",
	"14-kyivpost-pows|8,000 Ukrainians": "actor stage: 'Ukraine's coordination headquarters' gets no side",
}

// realKindsKnown are the items of the real-kinds list that the whole
// pipeline does not meet yet, each with the reason.
var realKindsKnown = map[string]string{}

// TestRealKinds runs the real-kinds regression list (testdata/realkinds,
// session 10): invented articles of each kind the precision audit judged
// on the 147 readable news articles and the xdoc golds.
func TestRealKinds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	right, total := runProbeBattery(t, "testdata/realkinds", "testdata/realkinds.tsv", realKindsKnown, "realKindsKnown")
	t.Logf("real kinds: %d/%d items right", right, total)
}
