package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// targetActors builds the generated part of the actor knowledge base
// (data/actors/countries.tsv and data/actors/petrarch_people.tsv) from the
// country data and the PETRARCH2 actor dictionary. The curated part
// (people.tsv, orgs.tsv) is edited by hand.
func targetActors() target {
	return target{
		order:   40,
		summary: "actor knowledge base: countries, demonyms, capitals, office holders (data/actors)",
		run:     buildActors,
	}
}

type countryRow struct {
	iso3, iso2, name        string
	aliases, dems, capitals []string
}

func buildActors(o options) error {
	countries, err := readCountries(o.shared)
	if err != nil {
		return err
	}
	if err := writeCountries(filepath.Join("data", "actors", "countries.tsv"), countries); err != nil {
		return err
	}
	known := map[string]bool{}
	for _, c := range countries {
		known[c.iso3] = true
	}
	n, err := buildPetrarchPeople(o.shared, known, filepath.Join("data", "actors", "petrarch_people.tsv"))
	if err != nil {
		return err
	}
	fmt.Printf("countries: %d\npeople from PETRARCH2 (government or military roles ending 2010 or later): %d\n", len(countries), n)
	return nil
}

// readCountries merges world_countries (names, alternate spellings,
// English demonyms, capitals) with the NGEC nationality list.
func readCountries(shared string) ([]countryRow, error) {
	path := filepath.Join(shared, "world_countries", "countries.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA3        string   `json:"cca3"`
		CCA2        string   `json:"cca2"`
		Independent bool     `json:"independent"`
		AltSpelling []string `json:"altSpellings"`
		Capital     []string `json:"capital"`
		Demonyms    map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	nat, err := readNationalities(filepath.Join(shared, "ngec", "countries_nationalities.csv"))
	if err != nil {
		return nil, err
	}
	english, err := readEnglishNames(shared)
	if err != nil {
		return nil, err
	}
	placeNames := map[string]bool{}
	for _, r := range raw {
		placeNames[strings.ToLower(r.Name.Common)] = true
	}
	// A demonym shared by a state and a dependent territory ("Dutch" for the
	// Netherlands and Caribbean Netherlands) belongs to the state.
	stateDemonym := map[string]bool{}
	for _, r := range raw {
		if d, ok := r.Demonyms["eng"]; ok && r.Independent {
			stateDemonym[d.M], stateDemonym[d.F] = true, true
		}
	}
	var out []countryRow
	for _, r := range raw {
		c := countryRow{iso3: r.CCA3, iso2: r.CCA2, name: r.Name.Common}
		c.aliases = addUnique(c.aliases, r.Name.Official)
		for _, a := range english[r.CCA3] {
			if isASCIIName(a) && len(a) > 3 && !strings.Contains(a, ",") {
				c.aliases = addUnique(c.aliases, a)
			}
		}
		for _, a := range r.AltSpelling {
			if isASCIIName(a) && len(a) > 3 {
				c.aliases = addUnique(c.aliases, a)
			}
		}
		if d, ok := r.Demonyms["eng"]; ok && (r.Independent || !stateDemonym[d.M]) {
			c.dems = addUnique(c.dems, d.M)
			c.dems = addUnique(c.dems, d.F)
		}
		for _, d := range nat[r.CCA3] {
			// The nationality list mixes in territories ("Guam", "Puerto Rican"
			// for the United States): keep single words that are not names of
			// other places.
			if strings.EqualFold(d, r.Name.Common) || strings.ContainsAny(d, " ()") || placeNames[strings.ToLower(d)] {
				continue
			}
			c.dems = addUnique(c.dems, d)
		}
		for _, cap := range r.Capital {
			if isASCIIName(cap) {
				c.capitals = addUnique(c.capitals, cap)
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iso3 < out[j].iso3 })
	return out, nil
}

// readEnglishNames reads the English country names of i18n-iso-countries
// ("Turkey" beside "Türkiye"), keyed by ISO alpha-3.
func readEnglishNames(shared string) (map[string][]string, error) {
	dir := filepath.Join(shared, "i18n_iso_countries")
	b, err := os.ReadFile(filepath.Join(dir, "codes.json"))
	if err != nil {
		return nil, err
	}
	var codes [][]string
	if err := json.Unmarshal(b, &codes); err != nil {
		return nil, fmt.Errorf("%s/codes.json: %v", dir, err)
	}
	alpha3 := map[string]string{}
	for _, c := range codes {
		if len(c) >= 2 {
			alpha3[c[0]] = c[1]
		}
	}
	b, err = os.ReadFile(filepath.Join(dir, "langs", "en.json"))
	if err != nil {
		return nil, err
	}
	var en struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := json.Unmarshal(b, &en); err != nil {
		return nil, fmt.Errorf("%s/langs/en.json: %v", dir, err)
	}
	out := map[string][]string{}
	for a2, raw := range en.Countries {
		var names []string
		if json.Unmarshal(raw, &names) != nil {
			var one string
			if json.Unmarshal(raw, &one) != nil {
				continue
			}
			names = []string{one}
		}
		out[alpha3[a2]] = names
	}
	return out, nil
}

func readNationalities(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := map[string][]string{}
	for i, r := range rows {
		if i == 0 || len(r) < 4 {
			continue
		}
		for _, d := range strings.Split(r[3], ",") {
			if d = strings.TrimSpace(d); d != "" && isASCIIName(d) {
				out[r[2]] = append(out[r[2]], d)
			}
		}
	}
	return out, nil
}

func writeCountries(path string, cs []countryRow) error {
	var b strings.Builder
	b.WriteString("# Generated by `go run ./cmd/parallax-train actors` from world-countries\n")
	b.WriteString("# (https://github.com/mledoze/countries, ODbL 1.0), i18n-iso-countries English names (MIT)\n")
	b.WriteString("# and NGEC countries_nationalities.csv (MIT).\n")
	b.WriteString("# This table is made available under the ODbL 1.0. Do not edit: rebuild.\n")
	b.WriteString("# side\tname\taliases\tdemonyms\tcapitals\tISO 3166-1 alpha-2\n")
	for _, c := range cs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", c.iso3, c.name, strings.Join(c.aliases, "|"), strings.Join(c.dems, "|"), strings.Join(c.capitals, "|"), c.iso2)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// petrarchCode matches one code of a PETRARCH2 actor entry: the owner
// (a country's alpha-3 or "IGO" + organisation), the sector and an optional
// date range with 6- or 8-digit days.
var petrarchCode = regexp.MustCompile(`\[([A-Z]{3})([A-Z]*)\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]`)

// igoSides maps the PETRARCH2 codes of international organisations to the
// sides of DESIGN.md (longest prefix first).
var igoSides = []struct{ prefix, side string }{
	{"IGOUNO", "UNO"}, {"IGOEUREEC", "EU"}, {"IGOWSTNAT", "NATO"}, {"IGOAFRAFU", "AU"},
}

// orgWords mark an entry of the country dictionary that names a body, not a
// person ("UNITED_STATES_DEPARTMENT_OF_ENERGY", "PEOPLES_LIBERATION_ARMY").
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`army forces force military ministry department party front council committee
		agency bank government police guard guards navy court union movement alliance assembly parliament
		congress senate league brigade brigades battalion regiment command office commission bureau service
		services authority administration republic kingdom state states national people's peoples
		organization organisation association federation institute university company corporation
		group rebels militia militants coalition cabinet regime junta opposition islamic revolutionary
		the of and for`) {
		orgWords[w] = true
	}
}

// buildPetrarchPeople keeps the named office holders of the PETRARCH2
// actor dictionaries (countries and international organisations) whose
// government, military or international role lasts into 2010 or later:
// name, side, spelling variants, and roles with date ranges. The country
// dictionary marks its CountryInfo entries as people; elsewhere an entry is
// taken for a person when its name has two to five words, none of which
// names a body, and it holds at least one dated role.
func buildPetrarchPeople(shared string, known map[string]bool, out string) (int, error) {
	type person struct {
		name    string
		aliases []string
		side    string
		roles   []string
		info    bool // a CountryInfo entry: a person for sure
		dated   bool
	}
	var people []person
	seen := map[string]int{} // name -> index in people
	var cur *person
	flush := func() {
		if cur == nil || cur.side == "" || len(cur.roles) == 0 {
			cur = nil
			return
		}
		if i, ok := seen[cur.name]; ok {
			// the same person in two sections: one entry with both's roles
			if p := &people[i]; p.side == cur.side {
				for _, a := range cur.aliases {
					p.aliases = addUnique(p.aliases, a)
				}
				for _, r := range cur.roles {
					p.roles = addUnique(p.roles, r)
				}
			}
			cur = nil
			return
		}
		words := strings.Fields(strings.ToLower(cur.name))
		ok := cur.info
		if !ok && cur.dated && len(words) >= 2 && len(words) <= 5 {
			ok = true
			for _, w := range words {
				if orgWords[w] || len(w) == 1 {
					ok = false
				}
			}
		}
		if ok {
			seen[cur.name] = len(people)
			people = append(people, *cur)
		}
		cur = nil
	}
	code := func(c []string) {
		if cur == nil {
			return
		}
		side, role := "", ""
		switch {
		case c[1] == "IGO":
			for _, g := range igoSides {
				if strings.HasPrefix(c[1]+c[2], g.prefix) {
					side, role = g.side, "official"
					break
				}
			}
		case known[c[1]] && strings.HasPrefix(c[2], "GOV"):
			side, role = c[1], "government"
		case known[c[1]] && strings.HasPrefix(c[2], "MIL"):
			side, role = c[1], "military"
		}
		if side == "" {
			return
		}
		from, to := petrarchRange(c[3])
		if to != "" && to < "2010-01-01" {
			return
		}
		if cur.side != "" && cur.side != side {
			return
		}
		cur.side = side
		cur.dated = cur.dated || c[3] != ""
		cur.roles = addUnique(cur.roles, role+":"+from+".."+to)
	}
	read := func(name string, gz bool) error {
		path := filepath.Join(shared, "petrarch2_dictionaries", name)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var r io.Reader = f
		if gz {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return fmt.Errorf("%s: %v", path, err)
			}
			r = zr
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			body, comment, _ := strings.Cut(line, "#")
			switch {
			case !strings.HasPrefix(line, "+") && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "["):
				flush()
				head := body
				if i := strings.Index(head, "["); i >= 0 {
					head = head[:i]
				}
				head = strings.TrimSpace(head)
				if strings.ContainsAny(head, "&") {
					continue
				}
				cur = &person{name: petrarchName(untitled(head)), info: strings.Contains(comment, "CountryInfo.txt")}
				for _, c := range petrarchCode.FindAllStringSubmatch(body, -1) {
					code(c)
				}
			case strings.HasPrefix(line, "+"):
				if cur == nil {
					continue
				}
				alias := strings.TrimSpace(body[1:])
				if strings.ContainsAny(alias, ".") || titledAlias(alias) {
					continue
				}
				if a := petrarchName(alias); a != "" && a != cur.name && strings.Contains(a, " ") {
					cur.aliases = addUnique(cur.aliases, a)
				}
			default:
				for _, c := range petrarchCode.FindAllStringSubmatch(body, -1) {
					code(c)
				}
			}
		}
		flush()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		return nil
	}
	if err := read("Phoenix.Countries.actors.txt.gz", true); err != nil {
		return 0, err
	}
	if err := read("Phoenix.International.actors.txt", false); err != nil {
		return 0, err
	}
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	var b strings.Builder
	b.WriteString("# Generated by `go run ./cmd/parallax-train actors` from the PETRARCH2 Phoenix.Countries\n")
	b.WriteString("# and Phoenix.International actor dictionaries (Open Event Data Alliance, MIT). Do not edit: rebuild.\n")
	b.WriteString("# name\tside\taliases\troles (role:from..to, dates YYYY-MM-DD, open ends empty)\n")
	for _, p := range people {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", p.name, p.side, strings.Join(p.aliases, "|"), strings.Join(p.roles, ";"))
	}
	return len(people), os.WriteFile(out, []byte(b.String()), 0o644)
}

// untitled drops the titles before a name ("SECRETARY-GENERAL_BAN_KI-MOON"
// -> "BAN_KI-MOON").
func untitled(head string) string {
	words := strings.Split(strings.Trim(head, "_"), "_")
	i := 0
	for i < len(words)-1 && titledAlias(words[i]) {
		i++
	}
	return strings.Join(words[i:], "_")
}

// titledAlias: a spelling that carries a title ("SECRETARY_KERRY_",
// "RUSSIAN_FOREIGN_MINISTER_LAVROV"); the stage reads titles itself, and a
// title in a name would keep it from matching the bare name. Honorifics
// that belong to a name as it is known ("King Abdullah", "Sheikh Hasina")
// are no titles.
func titledAlias(a string) bool {
	for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == '_' || r == ' ' || r == '-' }) {
		switch w {
		case "PRESIDENT", "MINISTER", "SECRETARY", "SENATOR", "GENERAL", "GEN", "ADMIRAL", "COLONEL", "CHIEF",
			"SPOKESMAN", "SPOKESWOMAN", "AMBASSADOR", "FORMER", "DIRECTOR", "COMMANDER", "GOVERNOR", "REPRESENTATIVE",
			"PREMIER", "CHAIRMAN", "LEADER", "ENVOY", "DEPUTY", "MAYOR":
			return true
		}
	}
	return false
}

// petrarchName turns "ILHAM_ALIYEV_" into "Ilham Aliyev".
func petrarchName(s string) string {
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		for j := range r {
			if j == 0 || r[j-1] == '-' || r[j-1] == '\'' {
				r[j] = unicode.ToUpper(r[j])
			}
		}
		words[i] = string(r)
		if romanNumeral(w) {
			words[i] = strings.ToUpper(w) // "Abdullah II"
		}
	}
	return strings.Join(words, " ")
}

func romanNumeral(w string) bool {
	switch w {
	case "ii", "iii", "iv", "vi", "vii", "viii":
		return true
	}
	return false
}

// petrarchRange turns ">031031", "<990809" or "991231-080507" into ISO days.
func petrarchRange(s string) (from, to string) {
	day := func(d string) string {
		if len(d) == 8 {
			return d[:4] + "-" + d[4:6] + "-" + d[6:8]
		}
		if len(d) != 6 {
			return ""
		}
		century := "20"
		if d[:2] >= "30" {
			century = "19"
		}
		return century + d[:2] + "-" + d[2:4] + "-" + d[4:6]
	}
	switch {
	case s == "":
		return "", ""
	case s[0] == '>':
		return day(s[1:]), ""
	case s[0] == '<':
		return "", day(s[1:])
	default:
		parts := strings.SplitN(s, "-", 2)
		if len(parts) == 2 {
			return day(parts[0]), day(parts[1])
		}
		return day(s), day(s)
	}
}

func isASCIIName(s string) bool {
	if s == "" {
		return false
	}
	hasLetter := false
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
		if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	return hasLetter
}

func addUnique(list []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
