package claim

import (
	"io/fs"
	"strings"

	"github.com/parallaxhq/parallax/data"
)

// loadISO2Sides reads each state's side by its ISO alpha-2 code from the
// embedded country table (side first, alpha-2 code sixth); an unreadable
// table gives an empty map, so that no story is placed.
func loadISO2Sides() map[string]string {
	m := map[string]string{}
	for _, f := range countryRows() {
		if len(f) >= 6 && f[5] != "" && f[0] != "" {
			m[strings.TrimSpace(f[5])] = f[0]
		}
	}
	return m
}

// countryRows reads the embedded country table as rows of tab-separated
// fields, blank lines and comments left out; nil when the table cannot
// be read.
func countryRows() [][]string {
	b, err := fs.ReadFile(data.Actors, "actors/countries.tsv")
	if err != nil {
		return nil
	}
	var rows [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// placeState is the state a story is set in by its towns and regions:
// localPlaceState's, when no other state is named more often. A story about a
// strike on one state's towns has the unnamed officials of those towns
// speak ("regional officials said", "police said") even where another
// state is named about as often. "" when the places do not agree.
func (st *state) placeState() string {
	best := st.localPlaceState()
	if best == "" {
		return ""
	}
	// the state named most often must not be another one ("the Moroccan
	// agency broke up a cell ... Authorities said", in a story that also
	// places cells in two Spanish towns)
	named := map[string]int{}
	for _, e := range st.doc.Entities {
		if e.Side != "" && stateKind(e.Kind) {
			named[e.Side]++
		}
	}
	for side, k := range named {
		if side != best && k > named[best] {
			return ""
		}
	}
	return best
}

// sourceHeads head unnamed sources that a definite noun takes up ("a
// security source told AFP ... “…,” the source said"), as unnamedHeads do
// for officials.
var sourceHeads = map[string]bool{"source": true, "sources": true}

// officerHeads head unnamed officers whom a definite noun takes up in the
// same way ("a police officer said ... according to the officer").
var officerHeads = map[string]bool{"officer": true, "officers": true}
