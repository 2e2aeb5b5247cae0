package data

import (
	"embed"
	"strings"
)

// Actors holds the actor knowledge base (data/actors/*.tsv): the generated
// country and office-holder tables and the curated people and organisations.
// The actor stage loads it once; the file formats are described in each
// file's header.
//
//go:embed actors/*.tsv
var Actors embed.FS

// Org is one row of the curated organisations (actors/orgs.tsv): a
// government, armed force, organisation, armed group, de facto state
// ("gpe") or capital standing for its state ("capital").
type Org struct {
	Name, Kind, Side string
	Aliases          []string // trimmed, none empty
	Context          []string // words of which one must occur in the article for the row to apply; nil: always
}

// Orgs reads actors/orgs.tsv, the one place that knows its columns: the
// actor stage resolves these rows, and the geo, claim and quantity stages
// each need one view of them (group names that are no places, the sides
// of news agencies, the de facto states). Rows with fewer than three
// columns are skipped; the actor stage's loader validates the file.
func Orgs() ([]Org, error) {
	raw, err := Actors.ReadFile("actors/orgs.tsv")
	if err != nil {
		return nil, err
	}
	var orgs []Org
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		o := Org{Name: f[0], Kind: f[1], Side: f[2]}
		if len(f) > 3 {
			o.Aliases = splitBars(f[3])
		}
		if len(f) > 4 {
			o.Context = splitBars(f[4])
		}
		orgs = append(orgs, o)
	}
	return orgs, nil
}

func splitBars(s string) []string {
	var out []string
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}
