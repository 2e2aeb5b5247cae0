package gazetteer

import (
	"sort"
	"strings"
	"unicode"
)

// Builder collects entries and their names and produces a Gazetteer with
// sorted key indices. Tests use it to make small gazetteers by hand.
type Builder struct {
	entries  []Entry
	names    [][]string
	featIdx  map[string]uint8
	features []string
	ctryIdx  map[string]uint16
	ctrys    []string
	adm1Idx  map[string]uint16
	adm1s    []string
	common   map[string]bool
	people   map[string]bool
	demonyms map[string]int
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{featIdx: map[string]uint8{}, ctryIdx: map[string]uint16{}, adm1Idx: map[string]uint16{},
		common: map[string]bool{}, people: map[string]bool{}, demonyms: map[string]int{}}
}

// noAdmin1 marks an entry without an admin-1 name.
const noAdmin1 = 0xFFFF

// Add appends an entry and returns its index. names are its alternate
// names; the main name is indexed too.
func (b *Builder) Add(id int, name string, lat, lon float64, population int, feature, country, admin1 string, names ...string) int {
	fi, ok := b.featIdx[feature]
	if !ok {
		fi = uint8(len(b.features))
		b.featIdx[feature] = fi
		b.features = append(b.features, feature)
	}
	ci, ok := b.ctryIdx[country]
	if !ok {
		ci = uint16(len(b.ctrys))
		b.ctryIdx[country] = ci
		b.ctrys = append(b.ctrys, country)
	}
	ai := uint16(noAdmin1)
	if admin1 != "" {
		if ai, ok = b.adm1Idx[admin1]; !ok {
			ai = uint16(len(b.adm1s))
			b.adm1Idx[admin1] = ai
			b.adm1s = append(b.adm1s, admin1)
		}
	}
	if population < 0 {
		population = 0
	}
	b.entries = append(b.entries, Entry{ID: int32(id), Name: name, Lat: float32(lat), Lon: float32(lon),
		Population: uint32(population), feature: fi, country: ci, admin1: ai})
	b.names = append(b.names, append([]string{name}, names...))
	return len(b.entries) - 1
}

// AddNames gives entry i more alternate names.
func (b *Builder) AddNames(i int, names ...string) { b.names[i] = append(b.names[i], names...) }

// Len is the number of entries added so far.
func (b *Builder) Len() int { return len(b.entries) }

// SetPopulation overrides the population of entry i.
func (b *Builder) SetPopulation(i, population int) { b.entries[i].Population = uint32(population) }

// AddCommonWord marks a word as an ordinary English word.
func (b *Builder) AddCommonWord(w string) { b.common[Fold(w)] = true }

// AddPersonName marks a name as one of a person or group of people that
// is never a place name in WordNet.
func (b *Builder) AddPersonName(w string) { b.people[Fold(w)] = true }

// AddDemonym records that the demonym names country entry i. Lists
// ("Bosnian, Herzegovinian", "Trinidadian and Tobagonian") are split.
func (b *Builder) AddDemonym(demonym string, i int) {
	for _, part := range strings.FieldsFunc(demonym, func(r rune) bool { return r == ',' || r == '/' || r == ';' }) {
		for _, d := range strings.Split(part, " and ") {
			if k := Fold(d); k != "" {
				if _, ok := b.demonyms[k]; !ok {
					b.demonyms[k] = i
				}
			}
		}
	}
}

// LatinName reports whether a name is written in Latin script (letters of
// other scripts never match English text, and leaving them out keeps the
// index small).
func LatinName(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Gazetteer builds the index.
func (b *Builder) Gazetteer() *Gazetteer {
	g := &Gazetteer{entries: b.entries, features: b.features, countries: b.ctrys, admin1s: b.adm1s}
	exact := map[string][]uint32{}
	skel := map[string][]uint32{}
	addTo := func(m map[string][]uint32, k string, e uint32) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != e {
			m[k] = append(l, e)
		}
	}
	for i, names := range b.names {
		e := uint32(i)
		distinct := map[string]bool{}
		for j, n := range names {
			// All-lower-case alternate names are machine transliterations
			// (pinyin "wa er dai ni si", unvocalised "wardnys") that news
			// never writes; the main name is always kept.
			if !LatinName(n) || j > 0 && !hasUpper(n) {
				continue
			}
			distinct[Fold(n)] = true
			keys := []string{Fold(n), foldWithLetters(n)}
			// Arabic names are written with and without their article
			// (Al Anbar, Anbar; Ar Raqqah, Raqqa). Without it the name
			// is only a skeleton candidate, which needs a place context:
			// Al-Khalil is Hebron, Khalil is mostly a person.
			if bare := StripArticle(keys[0]); bare != keys[0] {
				if sk := Skeleton(bare); len(sk) >= 3 {
					addTo(skel, sk, e)
				}
			}
			for _, k := range keys {
				if len(k) < 2 {
					continue
				}
				addTo(exact, k, e)
				if s := Skeleton(k); len(s) >= 3 {
					addTo(skel, s, e)
				}
			}
		}
		g.entries[i].Names = uint16(min(len(distinct), 65535))
	}
	g.exact = makeIndex(exact)
	g.skeleton = makeIndex(skel)
	// All of them: a variant spelling is no more a place than an exact
	// name when it is an ordinary word (World, Group, Upheaval).
	common := map[string][]uint32{}
	for w := range b.common {
		if len(w) >= 3 {
			common[w] = nil
		}
	}
	g.common = makeIndex(common)
	g.common.poff = nil
	people := map[string][]uint32{}
	for w := range b.people {
		people[w] = nil
	}
	g.people = makeIndex(people)
	g.people.poff = nil
	dem := map[string][]uint32{}
	for k, i := range b.demonyms {
		dem[k] = []uint32{uint32(i)}
	}
	g.demonyms = makeIndex(dem)
	return g
}

func makeIndex(m map[string][]uint32) keyIndex {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var blob strings.Builder
	k := keyIndex{offs: make([]uint32, 1, len(keys)+1), poff: make([]uint32, 1, len(keys)+1)}
	for _, key := range keys {
		blob.WriteString(key)
		k.offs = append(k.offs, uint32(blob.Len()))
		ps := m[key]
		sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
		for i, p := range ps {
			if i == 0 || p != ps[i-1] {
				k.posts = append(k.posts, p)
			}
		}
		k.poff = append(k.poff, uint32(len(k.posts)))
	}
	k.blob = blob.String()
	k.index()
	return k
}

// arabicArticles are the romanised forms of the Arabic article, with its
// assimilations (ar-Raqqah, ash-Shaddadah, ad-Dawr).
var arabicArticles = []string{"al ", "el ", "ar ", "as ", "ash ", "ad ", "az ", "an ", "at ", "ath ", "adh ", "ad "}

// StripArticle removes a leading Arabic article from a folded name that
// has more after it: "al anbar" → "anbar". Other keys are returned as
// they are.
func StripArticle(folded string) string {
	for _, a := range arabicArticles {
		if strings.HasPrefix(folded, a) && len(folded) > len(a)+2 {
			return folded[len(a):]
		}
	}
	return folded
}
