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
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
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

	// byShape lists the skeleton keys by first byte and length, built on
	// the first fuzzy lookup (see fuzzy).
	shapeOnce sync.Once
	byShape   map[shape][]shapeKey
}

// shapeKey is a skeleton key in a shape list, with the sets of its bytes
// and of its pairs of adjacent bytes (see byteSet and pairSet).
type shapeKey struct {
	pairs      uint64
	key, bytes uint32
}

// pairSet is the set of the pairs of adjacent bytes of s, folded into 64
// bits. An edit removes at most two pairs and adds at most two, so two
// strings within k edits have at most 2k bits each that the other lacks.
// Skeletons use few letters (every vowel is 'a'), which makes byteSet a
// weak test alone; pairs tell them apart.
func pairSet(s string) uint64 {
	var m uint64
	for i := 1; i < len(s); i++ {
		h := (uint32(s[i-1])*0x9e3779b1 ^ uint32(s[i])*0x85ebca6b) >> 26
		m |= 1 << h
	}
	return m
}

// byteSet is the set of the bytes of s, folded into 32 bits: letters have
// a bit each, and the rest share the others. An edit adds at most one
// byte to a string and removes at most one, so two strings within k edits
// have at most k bits each that the other lacks; most keys fail this test,
// which costs a few instructions and no read of the key itself.
func byteSet(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		} else {
			m |= 1 << (26 + c%6)
		}
	}
	return m
}

// shape is what a skeleton key within the fuzzy budget of a query must
// share with it: its first byte, and a length near the query's.
type shape struct {
	first byte
	n     int
}

// keyIndex is a sorted list of keys held in one string, each with a list
// of entry indices.
type keyIndex struct {
	blob  string
	offs  []uint32 // key i is blob[offs[i]:offs[i+1]]
	posts []uint32 // entries of key i are posts[poff[i]:poff[i+1]]
	poff  []uint32
	// slots is a hash table of the keys (position+1; 0 is empty) with
	// linear probing, seeded by seed; find falls back to a binary search
	// when it is nil. The geoparser looks up several keys per word, and a
	// binary search over the 437k names took about 19 steps, most of them
	// cache misses, where the table takes one or two. The bits of a slot
	// above posBits hold the top bits of its key's hash (tag): most words
	// asked are no key, and a probe that compared each key it passed with
	// the word cost two cache misses (the key's offset and its bytes); a
	// key whose tag differs is passed over unread.
	slots   []uint32
	seed    maphash.Seed
	posBits uint // 32 when the table has no room for tags
}

// index builds slots, at most half full.
func (k *keyIndex) index() {
	n := k.len()
	if n <= 0 {
		return
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	k.seed = maphash.MakeSeed()
	k.slots = make([]uint32, size)
	k.posBits = uint(bits.Len32(uint32(n)))
	mask := uint64(size - 1)
	for i := range n {
		h := maphash.String(k.seed, k.key(i))
		j := h & mask
		for k.slots[j] != 0 {
			j = (j + 1) & mask
		}
		k.slots[j] = uint32(i+1) | k.tag(h)
	}
}

// tag is the part of a slot that holds the top bits of its key's hash h.
func (k *keyIndex) tag(h uint64) uint32 {
	if k.posBits >= 32 {
		return 0
	}
	return uint32(h>>(32+k.posBits)) << k.posBits
}

func (k *keyIndex) len() int { return len(k.offs) - 1 }

func (k *keyIndex) key(i int) string { return k.blob[k.offs[i]:k.offs[i+1]] }

// find returns the position of key, or -1.
func (k *keyIndex) find(key string) int {
	n := k.len()
	if n <= 0 {
		return -1
	}
	if k.slots != nil {
		// Keys are unique, so the first match is the one a binary search
		// finds.
		mask := uint64(len(k.slots) - 1)
		h := maphash.String(k.seed, key)
		tag := k.tag(h)
		tagMask := ^uint32(0) << k.posBits
		if k.posBits >= 32 {
			tagMask = 0
		}
		for j := h & mask; ; j = (j + 1) & mask {
			p := k.slots[j]
			if p == 0 {
				return -1
			}
			if p&tagMask == tag && k.key(int(p&^tagMask-1)) == key {
				return int(p&^tagMask - 1)
			}
		}
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
// A river's name is also looked up with its kind word on the other side.
// A key that opens with an abbreviated "Saint", "Sainte", "Mount" or
// "Fort" that no name holds is also looked up spelled out: news writes
// "St. Tammany Parish", "Mt. Vernon", GeoNames "Saint Tammany Parish".
func (g *Gazetteer) Exact(folded string) []uint32 {
	i := g.exact.find(folded)
	if i < 0 {
		if w, rest, ok := strings.Cut(folded, " "); ok && abbreviations[w] != "" {
			i = g.exact.find(abbreviations[w] + " " + rest)
		}
	}
	if i < 0 {
		// "River Niger" for the Niger River, "the Usk River" for the
		// River Usk: English writes a river's kind word before or after
		// its name.
		if rest, ok := strings.CutPrefix(folded, "river "); ok && rest != "" {
			i = g.exact.find(rest + " river")
		} else if rest, ok := strings.CutSuffix(folded, " river"); ok && rest != "" {
			i = g.exact.find("river " + rest)
		}
	}
	if i < 0 {
		return nil
	}
	return g.exact.postings(i)
}

// abbreviations are the folded abbreviations of words that open place
// names, and the words (see Exact).
var abbreviations = map[string]string{"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

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
	exact := g.Exact(folded)
	if len(exact) == 0 {
		if bare := StripArticle(folded); bare != folded {
			folded = bare
			exact = g.Exact(folded)
			if len(exact) == 0 {
				// "Al-Ramadi" for Ar Ramadi: the other form of the article.
				exact = g.withArticle(folded)
			}
		} else if len(folded) >= 4 {
			// The reverse: news drops the article that GeoNames keeps
			// ("Qa'im" for Al Qa'im, "Ramadi" for Ar Ramadi). Only the
			// plain article and the one assimilated to the first letter
			// (ar-R, ash-Sh, ad-D...) are tried.
			exact = g.withArticle(folded)
		}
	}
	if len(exact) == 0 {
		// "Jisr al-Shughur" for Jisr ash Shughur, "Deir al-Zor" for Deir
		// az Zor: the article inside a name, assimilated or not.
		for _, v := range articleForms(folded) {
			if exact = g.Exact(v); len(exact) > 0 {
				break
			}
		}
	}
	sk := Skeleton(folded)
	var skel []uint32 // the skeleton's postings
	if len(sk) >= 3 {
		if i := g.skeleton.find(sk); i >= 0 {
			skel = g.skeleton.postings(i)
		}
	}
	// One allocation for the exact and skeleton candidates: a common
	// name has hundreds of skeleton matches, and growing the list one by
	// one was most of what the geoparser allocated.
	if n := len(exact) + len(skel); n > 0 {
		out = make([]Candidate, 0, n)
	}
	for _, e := range exact {
		out = append(out, Candidate{Entry: int(e), Quality: MatchExact})
	}
	if len(sk) < 3 {
		return out
	}
	// Postings are in ascending order: a merge with the exact matches
	// leaves out those already found, without the set that cost more
	// than the rest of a lookup of a common name.
	x := 0
	for k, e := range skel {
		for x < len(exact) && exact[x] < e {
			x++
		}
		if x < len(exact) && exact[x] == e || k > 0 && e == skel[k-1] {
			continue
		}
		out = append(out, Candidate{Entry: int(e), Quality: MatchSkeleton, Distance: 1})
	}
	if len(out) > 0 || !fuzzy || len(sk) < 4 {
		return out
	}
	seen := map[uint32]bool{}
	for _, m := range g.fuzzy(sk) {
		for _, e := range g.skeleton.postings(int(m.key)) {
			if !seen[e] {
				seen[e] = true
				out = append(out, Candidate{Entry: int(e), Quality: MatchFuzzy, Distance: 1 + m.d})
			}
		}
	}
	return out
}

// withArticle returns the entries named by the folded key with an Arabic
// article before it: "al " or "el ", or the article assimilated to the
// key's first consonant ("ar " before r, "ash " before sh).
func (g *Gazetteer) withArticle(folded string) []uint32 {
	for _, a := range arabicArticles {
		if a != "al " && a != "el " && !strings.HasPrefix(folded, a[1:len(a)-1]) {
			continue
		}
		if e := g.Exact(a + folded); len(e) > 0 {
			return e
		}
	}
	return nil
}

// articleForms returns the folded name with every Arabic article before
// another word written plain ("al") and written assimilated to that word's
// first letter ("ash shughur", "az zor"), leaving out forms equal to the
// name. Names without an article have none.
func articleForms(folded string) []string {
	if strings.IndexByte(folded, ' ') < 0 {
		return nil // one word: no article before another word
	}
	// Most names asked about have no article: they are turned away
	// without the three slices and the words' list built below (the
	// geoparser asks for every name of two words or more that the
	// gazetteer lacks).
	if !articleBeforeWord(folded) {
		return nil
	}
	w := strings.Fields(folded)
	plain := make([]string, len(w))
	assim := make([]string, len(w))
	found := false
	for i, x := range w {
		plain[i], assim[i] = x, x
		if i+1 < len(w) && articleWords[x] {
			found = true
			plain[i] = "al"
			assim[i] = "al"
			next := w[i+1]
			for _, sun := range sunLetters {
				if strings.HasPrefix(next, sun) {
					assim[i] = "a" + sun
					break
				}
			}
		}
	}
	if !found {
		return nil
	}
	var out []string
	for _, v := range []string{strings.Join(plain, " "), strings.Join(assim, " ")} {
		if v != folded && (len(out) == 0 || out[0] != v) {
			out = append(out, v)
		}
	}
	return out
}

// articleBeforeWord reports whether a word of folded, as strings.Fields
// splits it, is an article (articleWords) with another word after it.
func articleBeforeWord(folded string) bool {
	prev := ""
	for w := range strings.FieldsSeq(folded) {
		if articleWords[prev] {
			return true
		}
		prev = w
	}
	return false
}

// articleWords are the folded spellings of the Arabic article as a word.
var articleWords = map[string]bool{
	"al": true, "el": true, "ar": true, "as": true, "ash": true, "ad": true, "az": true, "an": true,
	"at": true, "ath": true, "adh": true, "ed": true, "er": true, "es": true, "esh": true, "et": true,
	"ez": true, "en": true,
}

// sunLetters are the first letters (as romanised) that the article
// assimilates to, longest first.
var sunLetters = []string{"sh", "th", "dh", "t", "d", "r", "z", "s", "n"}

// fuzzyMatch is a skeleton key within the budget of a query, and its
// edit distance.
type fuzzyMatch struct {
	key uint32
	d   int
}

// fuzzy returns the skeleton keys within one edit (two for skeletons of
// nine bytes or more) of sk, in key order. Names rarely change their
// first letter between spellings, so only keys that share it count; and a
// key whose length differs by more than the budget cannot be within it.
// Comparing only the keys of those few (first byte, length) lists instead
// of every key with the first letter makes the fuzzy pass, which runs for
// every unknown capitalised name, several times cheaper; the result is
// the same.
func (g *Gazetteer) fuzzy(sk string) []fuzzyMatch {
	g.shapeOnce.Do(g.indexShapes)
	budget := 1
	if len(sk) >= 9 {
		budget = 2
	}
	var out []fuzzyMatch
	set, pairs := byteSet(sk), pairSet(sk)
	for n := len(sk) - budget; n <= len(sk)+budget; n++ {
		for _, k := range g.byShape[shape{sk[0], n}] {
			if bits.OnesCount32(k.bytes&^set) > budget || bits.OnesCount32(set&^k.bytes) > budget ||
				bits.OnesCount64(k.pairs&^pairs) > 2*budget || bits.OnesCount64(pairs&^k.pairs) > 2*budget {
				continue
			}
			if d := withinEdits(g.skeleton.key(int(k.key)), sk, budget); d <= budget {
				out = append(out, fuzzyMatch{k.key, d})
			}
		}
	}
	// Each list is in key order; merging the lists restores it.
	slices.SortFunc(out, func(a, b fuzzyMatch) int { return int(a.key) - int(b.key) })
	return out
}

func (g *Gazetteer) indexShapes() {
	// The keys are counted by shape first and every list is cut from one
	// array: appended to one key at a time, the lists allocated 14.5 MB,
	// twice what they hold, on the first fuzzy look-up of every process.
	// The counts are kept by first byte and length in slices, which cost
	// less than a map look-up per key.
	var at [256][]int // by first byte and length: the count, then where the list starts
	total := 0
	for i := range g.skeleton.len() {
		if k := g.skeleton.key(i); k != "" {
			c := &at[k[0]]
			if len(k) >= len(*c) {
				*c = append(*c, make([]int, len(k)+1-len(*c))...)
			}
			(*c)[len(k)]++
			total++
		}
	}
	start := 0
	shapes := 0
	for b := range at {
		for n, c := range at[b] {
			at[b][n] = start
			start += c
			if c > 0 {
				shapes++
			}
		}
	}
	all := make([]shapeKey, total)
	next := at
	for b := range next {
		next[b] = slices.Clone(at[b])
	}
	for i := range g.skeleton.len() {
		if k := g.skeleton.key(i); k != "" {
			p := &next[k[0]][len(k)]
			all[*p] = shapeKey{pairSet(k), uint32(i), byteSet(k)}
			*p++
		}
	}
	g.byShape = make(map[shape][]shapeKey, shapes)
	for b := range at {
		for n, first := range at[b] {
			if end := next[b][n]; end > first {
				g.byShape[shape{byte(b), n}] = all[first:end:end]
			}
		}
	}
}

// withinEdits returns the edit distance of a and b when it is at most
// budget, and a larger number otherwise. A common prefix and suffix do
// not change the distance, and they are most of two names that differ by
// a typo, so they are stripped before the quadratic part, which then
// runs on a few bytes without allocating.
func withinEdits(a, b string, budget int) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	a, b = a[p:], b[p:]
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if abs(len(a)-len(b)) > budget {
		return budget + 1
	}
	// With no common first or last byte left, a distance of at most one
	// means that each side has at most one byte left.
	if max(len(a), len(b)) <= 1 {
		return max(len(a), len(b))
	}
	if budget <= 1 {
		return budget + 1
	}
	const stack = 32
	if len(b) >= stack {
		return boundedLevenshtein(a, b, budget)
	}
	var rows [2][stack + 1]int
	return levenshteinRows(a, b, budget, rows[0][:len(b)+1], rows[1][:len(b)+1])
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
	return levenshteinRows(a, b, budget, make([]int, len(b)+1), make([]int, len(b)+1))
}

// levenshteinRows is the row-by-row edit distance of a and b in the two
// rows given (each len(b)+1 long), stopping at budget+1 as soon as a whole
// row exceeds budget.
func levenshteinRows(a, b string, budget int, prev, cur []int) int {
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
	// Squares by multiplication: math.Pow(x, 2) gives the same bits for
	// these values (TestDistanceSquares) at several times the cost, and
	// the geoparser measures many distances per article.
	sl, so := math.Sin((lat2-lat1)*p/2), math.Sin((lon2-lon1)*p/2)
	// The conversions round each product, so that no fused multiply-add
	// changes the result from one build to the next.
	a := float64(sl*sl) + float64(math.Cos(lat1*p)*math.Cos(lat2*p)*(so*so))
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, a)))
}
