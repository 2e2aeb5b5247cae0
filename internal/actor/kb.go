// Package actor resolves mentions of actors (states, their governments,
// ministries and forces, de facto authorities, international organisations,
// armed groups and office holders) to canonical actors and sides, using a
// knowledge base kept as text files in data/actors.
package actor

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"github.com/parallaxhq/parallax/data"
)

// Actor is one entry of the knowledge base.
type Actor struct {
	Name  string // canonical name (a person's English Wikipedia title)
	Kind  string // person government military organization group gpe
	Side  string
	Roles []Role
	// Context lists folded words of which one must occur in an article for
	// the entry's aliases to apply there ("" for none).
	Context []string
	// From and To bound the days a curated row holds (ISO days, open ends
	// ""): an organisation that became another's ("the PLO" speaks for
	// the Palestinian authorities after 1994) is two rows
	From, To string
	curated  bool
}

// heldOn: the row holds on day. An undated story is of today: a row
// that ended does not hold there.
func (a Actor) heldOn(day string) bool {
	if day == "" {
		return a.To == ""
	}
	return (a.From == "" || a.From <= day) && (a.To == "" || day <= a.To)
}

// Role is an office an actor held from From to To (ISO days, open ends "").
type Role struct {
	Title string // "president", "spokesperson"
	Of    string // the body a spokesperson speaks for ("defence"), "" otherwise
	// Side is the side the office was held for when it is not the
	// person's own side of today ("leader#HTS" of a man now his state's
	// president; "prime minister#NLD" of NATO's secretary-general), ""
	// otherwise.
	Side string
	From string
	To   string
}

// activeAt reports whether the role was held on day (an empty day matches
// every role).
func (r Role) activeAt(day string) bool {
	if day == "" {
		return true
	}
	return (r.From == "" || r.From <= day) && (r.To == "" || day <= r.To)
}

// Country is a state or de facto state with its names.
type Country struct {
	Side string
	ISO2 string // ISO 3166-1 alpha-2, as the gazetteer gives a place's country
	Name string
	Adj  string // demonym used in canonical names ("Azerbaijani")
	// Context is as for Actor: de facto entities apply only in articles
	// about them.
	Context []string
}

type hitKind uint8

const (
	hitActor hitKind = iota
	hitCountry
	hitDemonym
	hitDemonymPlural
	hitCapital
	hitInstitution
	hitRole
)

type hit struct {
	kind hitKind
	idx  int    // actor or country index
	code string // institution code or role
}

// KB is the actor knowledge base with its look-up indexes. It is read-only
// after Load and safe for concurrent use.
type KB struct {
	Actors    []Actor
	Countries []Country
	bySide    map[string]int
	byISO2    map[string]int
	// phrases maps a folded, space-joined token sequence to what it names;
	// exact does the same for acronyms, which match case-sensitively.
	phrases map[string][]hit
	exact   map[string][]hit
	// capitalized marks phrases that name something only when written
	// with a capital ("Wagner", not "wagner").
	capitalized map[string]bool
	maxLen      int
	// person look-ups for names not spelled as in the KB
	fullSkel map[string][]int
	surname  map[string][]int
	given    map[string][]int // curated people by folded given name
	holders  map[string][]int // side|role -> people
	byName   map[string]int
	prefixes map[string]bool
	// firstNames of curated people: such a word alone is not taken for a
	// surname
	firstNames map[string]bool
	// givenNames: the first words of every person's name in the base,
	// curated and PETRARCH2 ("Andrew" of "Andrew Mitchell"), to tell a
	// name's start from a portfolio's region before it
	givenNames map[string]bool
	// importedSurname indexes the PETRARCH2 office holders by the last
	// word of each of their names, for "President Sisi"
	importedSurname map[string][]int
	// agents maps state agent nouns ("army officer", "lawmakers") to the
	// body they make after a country; agentLen is their longest length in
	// words.
	agents   map[string]string
	agentLen int
	// groupSides are the sides of the base's non-state actors (unlisted.go)
	groupSides map[string]bool
}

// Load reads the knowledge base embedded from data/actors.
func Load() (*KB, error) { return LoadFS(data.Actors, "actors") }

// LoadFS reads a knowledge base from the TSV files in dir of fsys:
// countries.tsv, orgs.tsv, people.tsv and petrarch_people.tsv.
func LoadFS(fsys fs.FS, dir string) (*KB, error) {
	kb := &KB{
		bySide: map[string]int{}, byISO2: map[string]int{}, phrases: map[string][]hit{}, exact: map[string][]hit{},
		capitalized: map[string]bool{}, fullSkel: map[string][]int{}, surname: map[string][]int{}, given: map[string][]int{},
		holders: map[string][]int{}, byName: map[string]int{}, prefixes: map[string]bool{}, firstNames: map[string]bool{},
		agents: map[string]string{}, importedSurname: map[string][]int{},
	}
	read := func(name string, cols int, fn func(f []string) error) error {
		path := dir + "/" + name
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return fmt.Errorf("actor knowledge base: %v", err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			for len(f) < cols {
				f = append(f, "")
			}
			if err := fn(f); err != nil {
				return fmt.Errorf("actor knowledge base %s line %d: %v", path, n, err)
			}
		}
		return nil
	}
	if err := read("countries.tsv", 6, func(f []string) error {
		if len(f[0]) != 3 || f[1] == "" {
			return fmt.Errorf("want side and name, got %q", strings.Join(f, "\t"))
		}
		c := Country{Side: f[0], ISO2: f[5], Name: f[1], Adj: f[1]}
		dems := splitList(f[3])
		// the adjective of canonical body names: the first demonym that
		// is one word group ("Bosnian", not "Bosnian, Herzegovinian")
		for _, d := range dems {
			if !strings.Contains(d, ",") {
				c.Adj = d
				break
			}
		}
		ci := kb.addCountry(c)
		if c.ISO2 != "" {
			kb.byISO2[c.ISO2] = ci
		}
		kb.addPhrase(c.Name, hit{kind: hitCountry, idx: ci})
		for _, a := range splitList(f[2]) {
			kb.addPhrase(a, hit{kind: hitCountry, idx: ci})
		}
		demSet := map[string]bool{}
		for _, d := range dems {
			demSet[d] = true
		}
		for _, d := range dems {
			k := hitDemonym
			if strings.HasSuffix(d, "s") && demSet[strings.TrimSuffix(d, "s")] {
				k = hitDemonymPlural
			}
			kb.addPhrase(d, hit{kind: k, idx: ci})
			if isAbbreviation(d) {
				// "UK", "US", "DRC" stand for the state as nouns too ("the
				// UK said"), as "U.S." among the names does
				kb.addPhrase(d, hit{kind: hitCountry, idx: ci})
			}
		}
		for _, cap := range splitList(f[4]) {
			kb.addPhrase(cap, hit{kind: hitCapital, idx: ci})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := read("orgs.tsv", 6, func(f []string) error {
		name, kind, side := f[0], f[1], f[2]
		ctx := foldList(f[4])
		from, to, ok := strings.Cut(f[5], "..")
		if f[5] != "" && (!ok || kind == "gpe" || kind == "capital") {
			return fmt.Errorf("days %q: want FROM..TO on a body or group", f[5])
		}
		switch kind {
		case "gpe":
			ci := kb.addCountry(Country{Side: side, Name: name, Adj: name, Context: ctx})
			kb.addPhrase(name, hit{kind: hitCountry, idx: ci})
			for _, a := range splitList(f[3]) {
				kb.addPhrase(a, hit{kind: hitCountry, idx: ci})
			}
		case "capital":
			ci, ok := kb.bySide[side]
			if !ok {
				return fmt.Errorf("capital %q of unknown side %q", f[3], side)
			}
			for _, a := range splitList(f[3]) {
				kb.addPhrase(a, hit{kind: hitCapital, idx: ci})
			}
		case "government", "military", "organization", "group":
			ai := kb.addActor(Actor{Name: name, Kind: kind, Side: side, Context: ctx, From: from, To: to, curated: true})
			kb.addPhrase(name, hit{kind: hitActor, idx: ai})
			for _, a := range splitList(f[3]) {
				kb.addPhrase(a, hit{kind: hitActor, idx: ai})
				if sg, ok := memberSingular(kind, a); ok {
					kb.addPhrase(sg, hit{kind: hitActor, idx: ai})
				}
			}
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// curatedKey maps each curated person's names, reduced to their
	// letters, to the person: a generated row spelling one of them another
	// way ("Ursula Von Der Leyen", "Recep Tayyip Erdogan") is that person,
	// whose canonical name and roles are the curated ones
	curatedKey := map[string]int{}
	addPeople := func(file string, curated bool) error {
		return read(file, 4, func(f []string) error {
			if f[0] == "" {
				return fmt.Errorf("empty name")
			}
			if _, dup := kb.byName[f[0]]; dup {
				return nil // the curated entry wins
			}
			if !curated {
				names := append([]string{displayName(f[0])}, splitList(f[2])...)
				ai, same := -1, false
				for _, n := range names {
					if ai, same = curatedKey[letterKey(n)]; same {
						break
					}
				}
				if same {
					// its other spellings ("Haidar Al Abadi") name the
					// curated person too
					for _, n := range names {
						kb.addPhrase(n, hit{kind: hitActor, idx: ai})
					}
					return nil
				}
			}
			a := Actor{Name: f[0], Kind: "person", Side: f[1], curated: curated}
			for _, r := range splitListSep(f[3], ";") {
				role, err := parseRole(r)
				if err != nil {
					return err
				}
				a.Roles = append(a.Roles, role)
			}
			ai := kb.addActor(a)
			names := append([]string{displayName(f[0])}, splitList(f[2])...)
			for _, n := range names {
				kb.addPhrase(n, hit{kind: hitActor, idx: ai})
			}
			if curated {
				for _, n := range names {
					if k := letterKey(n); k != "" {
						if _, ok := curatedKey[k]; !ok {
							curatedKey[k] = ai
						}
					}
					words := strings.Fields(Fold(n))
					if len(words) >= 2 {
						kb.fullSkel[nameSkeleton(words)] = appendUnique(kb.fullSkel[nameSkeleton(words)], ai)
					}
					if len(words) >= 2 {
						kb.firstNames[words[0]] = true
						kb.given[words[0]] = appendUnique(kb.given[words[0]], ai)
					}
					if len(words) >= 1 {
						for _, last := range surnameKeys(words[len(words)-1]) {
							kb.surname[last] = appendUnique(kb.surname[last], ai)
						}
					}
				}
				for _, r := range a.Roles {
					key := a.Side + "|" + r.Title
					if r.Side != "" {
						key = r.Side + "|" + r.Title
					}
					kb.holders[key] = appendUnique(kb.holders[key], ai)
				}
			} else {
				for _, n := range names {
					if words := strings.Fields(Fold(n)); len(words) >= 2 {
						for _, last := range surnameKeys(words[len(words)-1]) {
							kb.importedSurname[last] = appendUnique(kb.importedSurname[last], ai)
						}
					}
				}
			}
			return nil
		})
	}
	if err := addPeople("people.tsv", true); err != nil {
		return nil, err
	}
	if err := addPeople("petrarch_people.tsv", false); err != nil {
		return nil, err
	}
	// agents.tsv is optional: without it, only the curated body nouns
	// apply
	if _, err := fs.Stat(fsys, dir+"/agents.tsv"); err == nil {
		if err := read("agents.tsv", 2, func(f []string) error {
			if _, ok := institutionName[f[1]]; !ok || f[0] == "" {
				return fmt.Errorf("want an agent noun and a body code, got %q", strings.Join(f, "\t"))
			}
			kb.agents[f[0]] = f[1]
			kb.agentLen = max(kb.agentLen, len(strings.Fields(f[0])))
			return nil
		}); err != nil {
			return nil, err
		}
	}
	for p, r := range institutions {
		kb.addPhrase(p, hit{kind: hitInstitution, code: r})
	}
	for p, r := range roles {
		kb.addPhrase(p, hit{kind: hitRole, code: r})
	}
	if len(kb.Countries) == 0 || len(kb.Actors) == 0 {
		return nil, fmt.Errorf("actor knowledge base in %s is empty", dir)
	}
	kb.indexGroupSides()
	kb.givenNames = map[string]bool{}
	for _, a := range kb.Actors {
		if w := strings.Fields(Fold(a.Name)); a.Kind == "person" && len(w) >= 2 {
			kb.givenNames[w[0]] = true
		}
	}
	return kb, nil
}

// letterKey folds a person's name to its letters and digits alone, so
// that spellings differing only in case, diacritics, hyphens, spaces,
// dots or apostrophes ("Ban Ki-moon", "Ban Ki Moon"; "Gideon Sa'ar",
// "Gideon Saar") share one key.
func letterKey(name string) string {
	var b strings.Builder
	for _, r := range Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isAbbreviation: s is written in capitals only, with perhaps dots
// ("UK", "U.K.", "DPRK"): the nationality list's abbreviations of a
// state's name.
func isAbbreviation(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// surnameKeys are the forms a surname is looked up by: as written and,
// for one with an Arabic article, without it ("el-sisi" and "sisi").
func surnameKeys(last string) []string {
	if arabicArticle(last) {
		if i := strings.IndexByte(last, '-'); i > 0 && len(last)-i > 3 {
			return []string{last, last[i+1:]}
		}
	}
	return []string{last}
}

// displayName drops a Wikipedia disambiguation ("Matthew Miller
// (spokesperson)") from a canonical name for matching.
func displayName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}

func parseRole(s string) (Role, error) {
	title, dates, ok := strings.Cut(s, ":")
	from, to, ok2 := strings.Cut(dates, "..")
	if !ok || !ok2 || title == "" {
		return Role{}, fmt.Errorf("bad role %q (want ROLE:FROM..TO)", s)
	}
	r := Role{Title: title, From: from, To: to}
	if t, side, ok := strings.Cut(r.Title, "#"); ok {
		if t == "" || side == "" {
			return Role{}, fmt.Errorf("bad role %q (want ROLE#SIDE:FROM..TO)", s)
		}
		r.Title, r.Side = t, side
	}
	if t, of, ok := strings.Cut(r.Title, "@"); ok {
		r.Title, r.Of = t, of
	}
	return r, nil
}

func (kb *KB) addCountry(c Country) int {
	if i, ok := kb.bySide[c.Side]; ok && kb.Countries[i].Context == nil && c.Context == nil {
		return i
	}
	kb.Countries = append(kb.Countries, c)
	i := len(kb.Countries) - 1
	if _, ok := kb.bySide[c.Side]; !ok {
		kb.bySide[c.Side] = i
	}
	return i
}

func (kb *KB) addActor(a Actor) int {
	kb.Actors = append(kb.Actors, a)
	i := len(kb.Actors) - 1
	if _, ok := kb.byName[a.Name]; !ok {
		kb.byName[a.Name] = i
	}
	return i
}

// addPhrase indexes an alias. A leading "the" is dropped unless the rest is
// a common-noun phrase ("the separatist region"); acronyms ("UN", "IS") are
// indexed case-sensitively.
func (kb *KB) addPhrase(p string, h hit) {
	p = strings.TrimSpace(p)
	if p == "" {
		return
	}
	toks := Tokenize(p)
	if len(toks) == 0 {
		return
	}
	hasUpper := false
	for _, t := range toks[1:] {
		if t.Cap {
			hasUpper = true
		}
	}
	if toks[0].Norm == "the" && len(toks) > 1 && (hasUpper || toks[1].Cap) {
		toks = toks[1:]
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	if len(toks) > kb.maxLen {
		kb.maxLen = len(toks)
	}
	if len(toks) == 1 && isAcronym(toks[0].Text) {
		kb.exact[toks[0].Text] = appendHit(kb.exact[toks[0].Text], h)
		return
	}
	key := strings.Join(words, " ")
	kb.phrases[key] = appendHit(kb.phrases[key], h)
	for i := 1; i < len(words); i++ {
		kb.prefixes[strings.Join(words[:i], " ")] = true
	}
	// a phrase needs a capital only when every alias spelled that way has one
	switch {
	case !toks[0].Cap || h.kind == hitInstitution || h.kind == hitRole:
		kb.capitalized[key] = false
	default:
		if _, seen := kb.capitalized[key]; !seen {
			kb.capitalized[key] = true
		}
	}
}

// isAcronym: two to four capitals, perhaps with dots ("UN", "U.N.", "ISIL").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' {
			continue
		}
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

func appendHit(hs []hit, h hit) []hit {
	for _, x := range hs {
		if x == h {
			return hs
		}
	}
	return append(hs, h)
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func splitList(s string) []string { return splitListSep(s, "|") }

func splitListSep(s, sep string) []string {
	var out []string
	for _, x := range strings.Split(s, sep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func foldList(s string) []string {
	xs := splitList(s)
	for i := range xs {
		xs[i] = Fold(xs[i])
	}
	return xs
}

// Actor returns the entry with the canonical name, if any.
func (kb *KB) Actor(name string) (Actor, bool) {
	i, ok := kb.byName[name]
	if !ok {
		return Actor{}, false
	}
	return kb.Actors[i], true
}

// Country returns the state or de facto state of a side.
func (kb *KB) Country(side string) (Country, bool) {
	i, ok := kb.bySide[side]
	if !ok {
		return Country{}, false
	}
	return kb.Countries[i], true
}

// CountryOfISO2 returns the state of an ISO 3166-1 alpha-2 code.
func (kb *KB) CountryOfISO2(code string) (Country, bool) {
	i, ok := kb.byISO2[code]
	if !ok {
		return Country{}, false
	}
	return kb.Countries[i], true
}

// OfficeHolder returns the person who held role for side on day (ISO), if
// the knowledge base knows exactly one.
func (kb *KB) OfficeHolder(side, role, day string) (Actor, bool) {
	if day == "" {
		// an undated story may be from any year: the one holder the base
		// lists may have taken the office after it ("the Iraqi Foreign
		// Minister" of an undated release is not today's)
		return Actor{}, false
	}
	title, of, _ := strings.Cut(role, "@")
	var found []int
	for _, i := range kb.holders[side+"|"+title] {
		for _, r := range kb.Actors[i].Roles {
			if r.Title == title && (of == "" || r.Of == of) && r.activeAt(day) && roleSide(kb.Actors[i], r) == side {
				found = appendUnique(found, i)
			}
		}
	}
	if len(found) > 1 && of == "" {
		// "the Taliban spokesman": of several spokespeople, the one whose
		// post names no ministry or service (not the defence ministry's)
		var plain []int
		for _, i := range found {
			for _, r := range kb.Actors[i].Roles {
				if r.Title == title && r.Of == "" && r.activeAt(day) && roleSide(kb.Actors[i], r) == side {
					plain = appendUnique(plain, i)
				}
			}
		}
		found = plain
	}
	if len(found) != 1 {
		return Actor{}, false
	}
	return kb.Actors[found[0]], true
}

// roleSide is the side an office of a's was held for.
func roleSide(a Actor, r Role) string {
	if r.Side != "" {
		return r.Side
	}
	return a.Side
}

// sideOn is the side a person spoke for on day: the side of an office
// held that day for another side than the entry's own ("leader#HTS"),
// else the entry's side. An undated story takes the entry's side.
func (a Actor) sideOn(day string) string {
	if day != "" {
		for _, r := range a.Roles {
			if r.Side != "" && r.activeAt(day) {
				return r.Side
			}
		}
	}
	return a.Side
}

// skeleton reduces a folded word to a key that survives the usual
// transliteration differences: the first letter, then the consonants
// without h, w and y, repeated letters collapsed ("Khachaturian" and
// "Khachaturyan" -> "kctrn", "Vaughan" and "Vahagn" -> "vgn").
func skeleton(w string) string {
	var b strings.Builder
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			continue
		}
		if b.Len() > 0 && strings.IndexByte("aeiouhwy", c) >= 0 {
			continue
		}
		if c == 'j' {
			c = 'y'
			if b.Len() > 0 {
				c = 'j'
			}
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

func nameSkeleton(words []string) string {
	// first and last name only: middle names and patronymics come and go
	return skeleton(words[0]) + " " + skeleton(words[len(words)-1])
}

// Stats counts the knowledge base's entries: "countries" (states and de
// facto states), "people" (curated), "people_imported" (from the
// PETRARCH2 dictionaries), each organisation kind, and "aliases" (indexed
// spellings, acronyms included).
func (kb *KB) Stats() map[string]int {
	out := map[string]int{"countries": len(kb.Countries), "aliases": len(kb.phrases) + len(kb.exact)}
	for _, a := range kb.Actors {
		switch {
		case a.Kind == "person" && a.curated:
			out["people"]++
		case a.Kind == "person":
			out["people_imported"]++
		default:
			out[a.Kind]++
		}
	}
	return out
}

// sortedSides lists the sides of the countries, for tests.
func (kb *KB) sortedSides() []string {
	out := make([]string, 0, len(kb.bySide))
	for s := range kb.bySide {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// prefix reports whether k is a proper prefix of an indexed phrase, so that
// a look-up can stop as soon as no longer phrase can match.
func (kb *KB) prefix(k string) bool { return kb.prefixes[k] }

// NewStage loads the embedded knowledge base and returns the actor stage
// over it.
func NewStage() (*Stage, error) {
	kb, err := Load()
	if err != nil {
		return nil, err
	}
	return New(kb), nil
}

// memberSingular is the singular of an armed group's one-word plural name
// for its members ("Tigers", "Maoists"), which news writes before a
// member's title ("A Tiger spokesman, NAME,", "a Maoist commander"); the
// row's context keeps it to the group's conflict as it does the plural.
func memberSingular(kind, alias string) (string, bool) {
	if kind != "group" || strings.ContainsAny(alias, " -.") || len(alias) < 4 || !strings.HasSuffix(alias, "s") || strings.HasSuffix(alias, "ss") {
		return "", false
	}
	if r := alias[0]; r < 'A' || r > 'Z' {
		return "", false
	}
	return strings.TrimSuffix(alias, "s"), true
}
