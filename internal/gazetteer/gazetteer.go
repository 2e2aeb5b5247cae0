// Package gazetteer is the place index of parallax: populated places,
// administrative divisions, countries and regions from GeoNames and the
// country tables in ../shared/data, with every Latin-script alternate name,
// looked up by a folded key (case, accents and punctuation removed) and by
// a romanisation skeleton, with an edit-distance fallback for typos.
//
// The index is built once by `go run ./cmd/parallax-train gazetteer`
// (Build, Encode) and embedded in package models; Decode loads it.
package gazetteer

import (
	"math"
	"sort"
	"strings"
)

// Entry is one place of the gazetteer.
type Entry struct {
	ID         int32  // GeoNames id; supplement entries without one are negative
	Name       string // the gazetteer's preferred name
	Lat, Lon   float32
	Population uint32
	// Names is how many distinct Latin-script names the entry has: a
	// proxy for how well known it is (Geneva, Switzerland has dozens;
	// Geneva, Illinois a few).
	Names   uint16
	feature uint8
	country uint16
	admin1  uint16
}

// Place is an entry with its tables resolved.
type Place struct {
	Index      int // position of the entry in the gazetteer
	ID         int
	Name       string
	Lat, Lon   float64
	Population int
	Names      int    // number of distinct names, a prominence proxy
	Feature    string // GeoNames class.code, "P.PPLA", "A.PCLI"
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames admin-1 name
}

// Match quality of a lookup, best first.
const (
	MatchExact    = iota // the folded name equals a name of the entry
	MatchSkeleton        // same romanisation skeleton
	MatchFuzzy           // within the edit-distance budget
)

// Candidate is an entry that a name may denote, and how well it matched.
type Candidate struct {
	Entry   int // index into the gazetteer's entries
	Quality int // MatchExact, MatchSkeleton or MatchFuzzy
	// Distance is the edit distance between the folded query and the
	// closest name of the entry (0 for exact matches).
	Distance int
}

// Gazetteer is the loaded index. It is read-only and safe for concurrent
// use.
type Gazetteer struct {
	entries   []Entry
	features  []string
	countries []string // alpha-2 codes
	admin1s   []string
	exact     keyIndex // folded names → entries
	skeleton  keyIndex // skeletons → entries
	common    keyIndex // folded names that are also common English words (no postings)
	demonyms  keyIndex // folded demonyms → country entry
	// people are names that WordNet knows as people or groups and never
	// as places (Simon, Kelly, Taliban, Kurd): not places without strong
	// evidence.
	people keyIndex
}

// keyIndex is a sorted list of keys held in one string, each with a list
// of entry indices.
type keyIndex struct {
	blob  string
	offs  []uint32 // key i is blob[offs[i]:offs[i+1]]
	posts []uint32 // entries of key i are posts[poff[i]:poff[i+1]]
	poff  []uint32
}

func (k *keyIndex) len() int { return len(k.offs) - 1 }

func (k *keyIndex) key(i int) string { return k.blob[k.offs[i]:k.offs[i+1]] }

// find returns the position of key, or -1.
func (k *keyIndex) find(key string) int {
	n := k.len()
	if n <= 0 {
		return -1
	}
	i := sort.Search(n, func(i int) bool { return k.key(i) >= key })
	if i < n && k.key(i) == key {
		return i
	}
	return -1
}

func (k *keyIndex) postings(i int) []uint32 {
	if len(k.poff) == 0 {
		return nil
	}
	return k.posts[k.poff[i]:k.poff[i+1]]
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Keys is the number of distinct folded names.
func (g *Gazetteer) Keys() int { return g.exact.len() }

// Place returns entry i with its tables resolved.
func (g *Gazetteer) Place(i int) Place {
	e := &g.entries[i]
	p := Place{Index: i, ID: int(e.ID), Name: e.Name, Lat: round5(e.Lat), Lon: round5(e.Lon),
		Population: int(e.Population), Names: int(e.Names), Feature: g.features[e.feature], Country: g.countries[e.country]}
	if int(e.admin1) < len(g.admin1s) {
		p.Admin1 = g.admin1s[e.admin1]
	}
	return p
}

func round5(f float32) float64 { return math.Round(float64(f)*1e5) / 1e5 }

// Entry returns entry i.
func (g *Gazetteer) Entry(i int) *Entry { return &g.entries[i] }

// Feature returns the feature (class.code) of entry i.
func (g *Gazetteer) Feature(i int) string { return g.features[g.entries[i].feature] }

// Country returns the alpha-2 country code of entry i.
func (g *Gazetteer) Country(i int) string { return g.countries[g.entries[i].country] }

// Admin1 returns the admin-1 name of entry i, "" when it has none.
func (g *Gazetteer) Admin1(i int) string {
	a := g.entries[i].admin1
	if int(a) < len(g.admin1s) {
		return g.admin1s[a]
	}
	return ""
}

// IsCommonWord reports whether the folded name is also an ordinary English
// word (Mobile, Nice, Tartar): such names need a place context. Plurals
// are not stripped: too many short names end in s.
func (g *Gazetteer) IsCommonWord(folded string) bool { return g.common.find(folded) >= 0 }

// IsPersonName reports whether the folded name is, in WordNet, a person, a
// group of people, a nationality or religion adjective or a holiday, and
// never a place (Simon, Kelly, Taliban, Kurds, Jewish, Christmas).
func (g *Gazetteer) IsPersonName(folded string) bool { return findWithPlural(&g.people, folded) }

func findWithPlural(k *keyIndex, folded string) bool {
	if k.find(folded) >= 0 {
		return true
	}
	if n := len(folded); n > 3 && folded[n-1] == 's' {
		return k.find(folded[:n-1]) >= 0 || n > 4 && folded[n-2] == 'e' && k.find(folded[:n-2]) >= 0
	}
	return false
}

// Demonym returns the country entry that a demonym or nationality
// adjective ("Azerbaijani", "Armenians") names, or -1.
func (g *Gazetteer) Demonym(folded string) int {
	i := g.demonyms.find(folded)
	if i < 0 {
		if strings.HasSuffix(folded, "s") {
			i = g.demonyms.find(folded[:len(folded)-1])
		}
		if i < 0 {
			return -1
		}
	}
	p := g.demonyms.postings(i)
	if len(p) == 0 {
		return -1
	}
	return int(p[0])
}

// Exact returns the entries one of whose names folds to the folded key.
func (g *Gazetteer) Exact(folded string) []uint32 {
	i := g.exact.find(folded)
	if i < 0 {
		return nil
	}
	return g.exact.postings(i)
}

// Lookup returns the candidates of a name: the exact matches, then the
// skeleton matches, then, when fuzzy is set and neither found anything,
// entries whose skeleton lies within one edit (two for long names) of the
// query's. The name may be given as written; it is folded here.
func (g *Gazetteer) Lookup(name string, fuzzy bool) []Candidate {
	folded := Fold(name)
	if folded == "" {
		return nil
	}
	var out []Candidate
	seen := map[uint32]bool{}
	exact := g.Exact(folded)
	if len(exact) == 0 {
		if bare := StripArticle(folded); bare != folded {
			folded = bare
			exact = g.Exact(folded)
		}
	}
	for _, e := range exact {
		seen[e] = true
		out = append(out, Candidate{Entry: int(e), Quality: MatchExact})
	}
	sk := Skeleton(folded)
	if len(sk) < 3 {
		return out
	}
	if i := g.skeleton.find(sk); i >= 0 {
		for _, e := range g.skeleton.postings(i) {
			if !seen[e] {
				seen[e] = true
				out = append(out, Candidate{Entry: int(e), Quality: MatchSkeleton, Distance: 1})
			}
		}
	}
	if len(out) > 0 || !fuzzy || len(sk) < 4 {
		return out
	}
	budget := 1
	if len(sk) >= 9 {
		budget = 2
	}
	// Names rarely change their first letter between spellings, so only
	// skeletons that share it are compared: a binary search bounds them.
	lo := sort.Search(g.skeleton.len(), func(i int) bool { return g.skeleton.key(i) >= sk[:1] })
	for i := lo; i < g.skeleton.len(); i++ {
		k := g.skeleton.key(i)
		if k[0] != sk[0] {
			break
		}
		if abs(len(k)-len(sk)) > budget {
			continue
		}
		d := boundedLevenshtein(k, sk, budget)
		if d > budget {
			continue
		}
		for _, e := range g.skeleton.postings(i) {
			if !seen[e] {
				seen[e] = true
				out = append(out, Candidate{Entry: int(e), Quality: MatchFuzzy, Distance: 1 + d})
			}
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// boundedLevenshtein returns the edit distance of a and b, or budget+1 as
// soon as it exceeds budget.
func boundedLevenshtein(a, b string, budget int) int {
	if a == b {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > budget {
			return budget + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// EditDistance is the Levenshtein distance of two strings, in bytes.
func EditDistance(a, b string) int { return boundedLevenshtein(a, b, len(a)+len(b)) }

// Distance returns the great-circle distance in km between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p := math.Pi / 180
	a := math.Pow(math.Sin((lat2-lat1)*p/2), 2) +
		math.Cos(lat1*p)*math.Cos(lat2*p)*math.Pow(math.Sin((lon2-lon1)*p/2), 2)
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, a)))
}
