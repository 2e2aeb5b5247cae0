package data

import (
	"fmt"
	"slices"
	"strings"
)

// Title is one row of lexicon/titles.tsv: a word that titles a person
// ("General", "Gen.", "minister", "spokesman", "Mr."). The file is the one
// list of person titles; each stage picks the subset it needs by kind or
// flag (see the file's header for their meanings).
type Title struct {
	Word   string   // lower case, an abbreviation without its dot ("gen")
	Kind   string   // rank, office, legislator, role, courtesy, religious, honorific, modifier, service
	Full   string   // the title an abbreviation stands for; "" if none
	Before []string // capitalised forms written before a name that the NER trims ("Gen."); nil: none
	Flags  []string // official, state, legislature, possessed, prefix, capitals
}

// Has reports whether the title carries flag f.
func (t Title) Has(f string) bool { return slices.Contains(t.Flags, f) }

// titleKinds and titleFlags are the values the file may use: a typo in
// a hand-edited row is an error, not a title silently left out of a set.
var (
	titleKinds = []string{"rank", "office", "legislator", "role", "courtesy", "religious", "honorific", "modifier", "service"}
	titleFlags = []string{"official", "state", "legislature", "possessed", "prefix", "capitals"}
)

// Titles reads lexicon/titles.tsv. A row with other than five columns, an
// unknown kind or flag, a word that is not in lower case or is listed
// twice is an error naming its line.
func Titles() ([]Title, error) {
	raw, err := Lexicon.ReadFile("lexicon/titles.tsv")
	if err != nil {
		return nil, err
	}
	return parseTitles(string(raw))
}

func parseTitles(raw string) ([]Title, error) {
	var out []Title
	seen := map[string]bool{}
	for n, line := range strings.Split(raw, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("lexicon/titles.tsv:%d: %d columns, want 5", n+1, len(f))
		}
		t := Title{Word: f[0], Kind: f[1], Full: dash(f[2])}
		if t.Word == "" || t.Word != strings.ToLower(t.Word) || seen[t.Word] {
			return nil, fmt.Errorf("lexicon/titles.tsv:%d: word %q empty, not lower case or listed twice", n+1, t.Word)
		}
		seen[t.Word] = true
		if !slices.Contains(titleKinds, t.Kind) {
			return nil, fmt.Errorf("lexicon/titles.tsv:%d: unknown kind %q", n+1, t.Kind)
		}
		if b := dash(f[3]); b != "" {
			t.Before = strings.Split(b, "|")
		}
		if fl := dash(f[4]); fl != "" {
			t.Flags = strings.Split(fl, ",")
		}
		for _, fl := range t.Flags {
			if !slices.Contains(titleFlags, fl) {
				return nil, fmt.Errorf("lexicon/titles.tsv:%d: unknown flag %q", n+1, fl)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// dash reads "-" as an empty cell.
func dash(s string) string {
	if s = strings.TrimSpace(s); s == "-" {
		return ""
	}
	return s
}
