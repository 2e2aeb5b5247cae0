package gazetteer

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// supplementTSV is the hand-kept supplement: regions and places that the
// GeoNames extract lacks (it has populated places only), and historical or
// exonym names that its alternate names miss. See the file's header.
//
//go:embed supplement.tsv
var supplementTSV string

// BuildStats describes what Build read.
type BuildStats struct {
	Countries, Admin1, Admin2, Orphans, Places, Supplement, Names, CommonWords int
}

// Build makes the gazetteer from the shared data folder (../shared/data):
// geonames/, world_countries/, i18n_iso_countries/, countrystatecity/ and
// wordnet/. Only cmd/parallax-train calls it.
func Build(shared string) (*Gazetteer, BuildStats, error) {
	var st BuildStats
	b := NewBuilder()
	open := func(rel string) (*bufio.Scanner, func(), error) {
		p := filepath.Join(shared, rel)
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, err
		}
		var r io.Reader = f
		closeAll := func() { f.Close() }
		if strings.HasSuffix(p, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("%s: %w", p, err)
			}
			r = zr
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		return sc, closeAll, nil
	}

	// Cities first: admin divisions take their positions from them.
	type city struct {
		row                 []string
		lat, lon            float64
		pop                 int
		cc, a1, a2          string
		feature, name, asci string
	}
	var cities []city
	sc, done, err := open("geonames/cities500.txt.gz")
	if err != nil {
		return nil, st, err
	}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 19 {
			continue
		}
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		cities = append(cities, city{row: f, lat: lat, lon: lon, pop: pop, cc: f[8], a1: f[10], a2: f[11],
			feature: f[6] + "." + f[7], name: f[1], asci: f[2]})
	}
	done()
	if err := sc.Err(); err != nil {
		return nil, st, fmt.Errorf("cities500: %w", err)
	}

	// Countries.
	type country struct {
		iso2, iso3, name, capital string
		id, pop                   int
	}
	var countries []country
	sc, done, err = open("geonames/countryInfo.txt")
	if err != nil {
		return nil, st, err
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 17 {
			continue
		}
		id, _ := strconv.Atoi(f[16])
		pop, _ := strconv.Atoi(f[7])
		countries = append(countries, country{iso2: f[0], iso3: f[1], name: f[4], capital: f[5], id: id, pop: pop})
	}
	done()
	type wcCountry struct {
		Name struct {
			Common, Official string
		}
		CCA2         string
		AltSpellings []string
		Translations map[string]struct{ Official, Common string }
		Latlng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	var wc []wcCountry
	if err := readJSON(filepath.Join(shared, "world_countries/countries.json"), &wc); err != nil {
		return nil, st, err
	}
	wcBy := map[string]wcCountry{}
	for _, c := range wc {
		wcBy[c.CCA2] = c
	}
	var csc []struct {
		ISO2        string `json:"iso2"`
		Nationality string `json:"nationality"`
		Latitude    string `json:"latitude"`
		Longitude   string `json:"longitude"`
	}
	if err := readJSON(filepath.Join(shared, "countrystatecity/countries.json"), &csc); err != nil {
		return nil, st, err
	}
	countryEntry := map[string]int{}
	for _, c := range countries {
		w, ok := wcBy[c.iso2]
		var lat, lon float64
		if ok && len(w.Latlng) == 2 {
			lat, lon = w.Latlng[0], w.Latlng[1]
		}
		names := []string{}
		if ok {
			names = append(names, w.Name.Common, w.Name.Official)
			for _, a := range w.AltSpellings {
				if len(Fold(a)) >= 4 {
					names = append(names, a)
				}
			}
			for _, t := range w.Translations {
				names = append(names, t.Common, t.Official)
			}
		}
		// "Bosnia and Herzegovina" is often just "Bosnia".
		if k := strings.Index(c.name, " and "); k > 0 {
			names = append(names, c.name[:k])
		}
		i := b.Add(c.id, c.name, lat, lon, c.pop, "A.PCLI", c.iso2, "", names...)
		countryEntry[c.iso2] = i
		if ok {
			for _, d := range w.Demonyms {
				b.AddDemonym(d.M, i)
				b.AddDemonym(d.F, i)
			}
		}
		st.Countries++
	}
	for _, c := range csc {
		if i, ok := countryEntry[c.ISO2]; ok {
			for _, n := range strings.Split(c.Nationality, ",") {
				b.AddDemonym(strings.TrimSpace(n), i)
			}
		}
	}
	// i18n-iso-countries: names in 78 languages and the short English
	// forms (USA, U.S., UK).
	langs, _ := filepath.Glob(filepath.Join(shared, "i18n_iso_countries/langs/*.json"))
	for _, p := range langs {
		var l struct {
			Locale    string
			Countries map[string]json.RawMessage
		}
		if err := readJSON(p, &l); err != nil {
			return nil, st, err
		}
		for cc, raw := range l.Countries {
			i, ok := countryEntry[cc]
			if !ok {
				continue
			}
			var one string
			var many []string
			if json.Unmarshal(raw, &one) == nil {
				many = []string{one}
			} else if json.Unmarshal(raw, &many) != nil {
				continue
			}
			for _, n := range many {
				// Two-letter codes (US, UK) only from the English list,
				// where they are the country's usual short name.
				if len(Fold(n)) >= 3 || l.Locale == "en" {
					b.AddNames(i, n)
				}
			}
		}
	}

	// Admin-1 divisions.
	type admin struct {
		key, name, ascii string
		id               int
		entry            int
	}
	adm1 := map[string]*admin{}
	var adm1Keys []string
	sc, done, err = open("geonames/admin1CodesASCII.txt")
	if err != nil {
		return nil, st, err
	}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		id, _ := strconv.Atoi(f[3])
		adm1[f[0]] = &admin{key: f[0], name: f[1], ascii: f[2], id: id, entry: -1}
		adm1Keys = append(adm1Keys, f[0])
	}
	done()
	sort.Strings(adm1Keys)
	admin1Name := func(cc, code string) string {
		if a, ok := adm1[cc+"."+code]; ok {
			return a.name
		}
		return ""
	}
	// Positions: the population-weighted mean of the division's places,
	// or the seat from admin1_seats.tsv when it has none.
	type acc struct {
		lat, lon, w float64
		pop         int
	}
	a1acc := map[string]*acc{}
	a2acc := map[string]*acc{}
	add := func(m map[string]*acc, k string, c city) {
		a := m[k]
		if a == nil {
			a = &acc{}
			m[k] = a
		}
		w := float64(c.pop) + 100
		a.lat += c.lat * w
		a.lon += c.lon * w
		a.w += w
		a.pop += c.pop
	}
	for _, c := range cities {
		add(a1acc, c.cc+"."+c.a1, c)
		add(a2acc, c.cc+"."+c.a1+"."+c.a2, c)
	}
	// countrystatecity gives a representative point per state, which is
	// better than a population mean for a region.
	type state struct {
		cc, name string
		lat, lon float64
		used     bool
		id       int
	}
	var states []*state
	sc, done, err = open("countrystatecity/states.tsv")
	if err != nil {
		return nil, st, err
	}
	for first := true; sc.Scan(); first = false {
		f := strings.Split(sc.Text(), "\t")
		if first || len(f) < 9 {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[7], 64)
		lon, err2 := strconv.ParseFloat(f[8], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		id, _ := strconv.Atoi(f[0])
		states = append(states, &state{cc: f[1], name: f[4], lat: lat, lon: lon, id: id})
	}
	done()
	stateBy := map[string]*state{}
	for _, s := range states {
		stateBy[s.cc+"|"+StripGeneric(Fold(s.name))] = s
	}
	for _, k := range adm1Keys {
		a := adm1[k]
		cc := k[:2]
		ac := a1acc[k]
		var lat, lon float64
		pop := 0
		if ac != nil {
			lat, lon, pop = ac.lat/ac.w, ac.lon/ac.w, ac.pop
		}
		s := stateBy[cc+"|"+StripGeneric(Fold(a.name))]
		if s == nil {
			s = stateBy[cc+"|"+StripGeneric(Fold(a.ascii))]
		}
		if s != nil {
			lat, lon = s.lat, s.lon
			s.used = true
		} else if ac == nil {
			continue
		}
		names := []string{a.ascii, StripGenericName(a.name), StripGenericName(a.ascii)}
		if s != nil {
			names = append(names, s.name, StripGenericName(s.name))
		}
		a.entry = b.Add(a.id, a.name, lat, lon, pop, "A.ADM1", cc, a.name, names...)
		st.Admin1++
	}
	for _, s := range states {
		if s.used {
			continue
		}
		if _, ok := countryEntry[s.cc]; !ok {
			continue
		}
		b.Add(-s.id, s.name, s.lat, s.lon, 0, "A.ADM1", s.cc, s.name, StripGenericName(s.name))
		st.Admin1++
	}

	// Admin-2 divisions that hold at least one place; those that hold
	// none are kept aside (see addOrphans).
	var orphans []orphan
	sc, done, err = open("geonames/admin2Codes.txt.gz")
	if err != nil {
		return nil, st, err
	}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		ac := a2acc[f[0]]
		parts := strings.SplitN(f[0], ".", 3)
		if len(parts) != 3 {
			continue
		}
		if ac == nil {
			if a := adm1[parts[0]+"."+parts[1]]; a != nil && a.entry >= 0 {
				id, _ := strconv.Atoi(f[3])
				orphans = append(orphans, orphan{id: id, name: f[1], ascii: f[2], cc: parts[0], admin1: a.name, entry: a.entry})
			}
			continue
		}
		id, _ := strconv.Atoi(f[3])
		b.Add(id, f[1], ac.lat/ac.w, ac.lon/ac.w, ac.pop, "A.ADM2", parts[0], admin1Name(parts[0], parts[1]),
			f[2], StripGenericName(f[1]), StripGenericName(f[2]))
		st.Admin2++
	}
	done()

	// Populated places.
	byID := map[int]int{}
	for _, c := range cities {
		var names []string
		names = append(names, c.asci)
		if c.row[3] != "" {
			names = append(names, strings.Split(c.row[3], ",")...)
		}
		id, _ := strconv.Atoi(c.row[0])
		byID[id] = b.Add(id, c.name, c.lat, c.lon, c.pop, c.feature, c.cc, admin1Name(c.cc, c.a1), names...)
		st.Places++
	}
	for _, i := range countryEntry {
		byID[int(b.entries[i].ID)] = i
	}
	// First-level divisions too, so that the supplement can give them
	// the names news uses ("Gezira" for Al Jazīrah, "Bekaa" for Béqaa).
	for _, k := range adm1Keys {
		if a := adm1[k]; a.entry >= 0 && a.id > 0 {
			if _, ok := byID[a.id]; !ok {
				byID[a.id] = a.entry
			}
		}
	}

	n, err := addSupplement(b, supplementTSV, byID)
	if err != nil {
		return nil, st, err
	}
	st.Supplement = n

	// Ordinary English words from WordNet: a place named like one needs
	// a place context before it is taken for a place. Capitalised nouns
	// that WordNet knows only as people or groups (Simon, Taliban, Kurd)
	// are kept apart from those it knows as places.
	places, persons := map[string]bool{}, map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		sc, done, err := open("wordnet/data." + pos + ".gz")
		if err != nil {
			return nil, st, err
		}
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "  ") {
				continue
			}
			f := strings.Fields(line)
			if len(f) < 5 {
				continue
			}
			cnt, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil {
				continue
			}
			lexfile := f[1]
			for j := 0; j < int(cnt) && 4+2*j < len(f); j++ {
				w := f[4+2*j]
				if k := strings.IndexByte(w, '('); k > 0 {
					w = w[:k]
				}
				if strings.ContainsAny(w, "_-") {
					continue
				}
				if w == strings.ToLower(w) {
					b.AddCommonWord(w)
				} else if pos == "adj" {
					// Capitalised adjectives: nationalities, religions,
					// languages (Jewish, Islamic, Kurdish).
					persons[Fold(w)] = true
				} else if pos == "noun" {
					// Capitalised nouns: lexicographer file 15 is
					// noun.location; 18 noun.person and 14 noun.group.
					switch lexfile {
					case "15":
						places[Fold(w)] = true
					case "18", "14", "28":
						// people, groups, and times (Christmas, Ramadan)
						persons[Fold(w)] = true
					}
				}
			}
		}
		done()
	}
	for w := range persons {
		if !places[w] {
			b.AddPersonName(w)
		}
	}
	st.Orphans = b.addOrphans(orphans)
	g := b.Gazetteer()
	st.Names = g.Keys()
	st.CommonWords = g.common.len()
	return g, st, nil
}

// addSupplement reads the supplement: one place a line, tab-separated
// `id name lat lon feature country admin1 population names`. A line whose
// id is a GeoNames id already present only adds its names to that entry;
// other lines add a new entry (negative id when 0 is given).
func addSupplement(b *Builder, tsv string, byID map[int]int) (int, error) {
	n := 0
	for ln, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return n, fmt.Errorf("supplement.tsv line %d: want 9 tab-separated fields, got %d", ln+1, len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return n, fmt.Errorf("supplement.tsv line %d: bad id %q", ln+1, f[0])
		}
		var names []string
		for _, s := range strings.Split(f[8], ",") {
			if s = strings.TrimSpace(s); s != "" {
				names = append(names, s)
			}
		}
		if i, ok := byID[id]; ok && id != 0 {
			b.AddNames(i, append([]string{f[1]}, names...)...)
			n++
			continue
		}
		if id > 0 && f[2] == "" {
			return n, fmt.Errorf("supplement.tsv line %d: GeoNames id %d is not in the extract", ln+1, id)
		}
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		pop, err3 := strconv.Atoi(f[7])
		if err1 != nil || err2 != nil || err3 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return n, fmt.Errorf("supplement.tsv line %d: bad lat, lon or population", ln+1)
		}
		if id == 0 {
			id = -(1000000 + ln)
		}
		i := b.Add(id, f[1], lat, lon, pop, f[4], f[5], f[6], names...)
		byID[id] = i
		n++
	}
	return n, nil
}

// orphan is an admin-2 division of GeoNames that holds no place of the
// cities500 extract, so that no point can be derived for it.
type orphan struct {
	id                      int
	name, ascii, cc, admin1 string
	entry                   int // its admin-1 division's entry
}

// orphanGeneric are the kind words of admin-2 names that are written
// before or after the name in GeoNames' admin-2 table but not in news
// ("Jimma Zone", "Kabupaten Nias", "Huyện Ba Tri", "Orakzai Agency").
var orphanGeneric = map[string]bool{
	"zone": true, "agency": true, "huyen": true, "kabupaten": true, "kota": true, "mudiriyat": true,
	"location": true, "degmada": true, "awraja": true, "daerah": true, "city": true, "ville": true,
	"administrasi": true, "quan": true, "thanh": true, "pho": true, "thi": true, "xa": true,
}

// addOrphans adds the admin-2 divisions that hold no place of the extract
// (Kamituga and Mwenga in South Kivu, Fagge in Kano, the zones of
// Ethiopia) at their admin-1 division's point, with no population, so
// that news naming a district is not left without a place: the point is
// rough (the division's), which is better than no place or a namesake
// abroad. Their feature is A.ADMD (a division of unstated level, as
// GeoNames codes it), which tells the geoparser that the point is rough
// and the entry weaker than a place its spelling resembles. Only names that no entry of their country holds yet, of four letters or more,
// and that are neither common English words nor people's names, are
// added. It returns how many were added.
func (b *Builder) addOrphans(orphans []orphan) int {
	// taken is keyed by country and name, and holders by name: a name
	// held far abroad (Bale, an alternate name of Basel) does not keep a
	// country's district of that name (Ethiopia's Bale zone) out; one held
	// within orphanNearKm (Israel's old Gaza subdistrict beside Gaza) does.
	taken := map[string]bool{}
	holders := map[string][]int{}
	for i, ns := range b.names {
		cc := b.ctrys[b.entries[i].country]
		seen := map[string]bool{}
		for _, n := range append([]string{b.entries[i].Name}, ns...) {
			k := Fold(n)
			taken[cc+"|"+k] = true
			if !seen[k] {
				seen[k] = true
				holders[k] = append(holders[k], i)
			}
		}
	}
	strip := func(name string) string {
		w := strings.Fields(StripGenericName(name))
		for len(w) > 1 && (orphanGeneric[Fold(w[0])] || genericWords[Fold(w[0])]) {
			w = w[1:]
		}
		for len(w) > 1 && (orphanGeneric[Fold(w[len(w)-1])] || genericWords[Fold(w[len(w)-1])]) {
			w = w[:len(w)-1]
		}
		return strings.Join(w, " ")
	}
	n := 0
	for _, o := range orphans {
		short := strip(o.ascii)
		k := Fold(short)
		if len(k) < 4 || taken[o.cc+"|"+k] || b.common[k] || b.people[k] {
			continue
		}
		e := b.entries[o.entry]
		near := false
		for _, h := range holders[k] {
			he := b.entries[h]
			near = near || Distance(float64(e.Lat), float64(e.Lon), float64(he.Lat), float64(he.Lon)) < orphanNearKm
		}
		if near {
			continue
		}
		taken[o.cc+"|"+k] = true
		b.Add(o.id, o.name, float64(e.Lat), float64(e.Lon), 0, "A.ADMD", o.cc, o.admin1, o.ascii, short, strip(o.name))
		n++
	}
	return n
}

// orphanNearKm is how far from an entry of its name an admin-2 division
// without places must lie to be added (see addOrphans).
const orphanNearKm = 300

// genericWords are the words that name the kind of a division rather
// than the division: "Lachin District", "Kǝlbǝcǝr Rayonu", "Oblast' Donetsk".
var genericWords = map[string]bool{
	"rayon": true, "rayonu": true, "district": true, "region": true, "province": true, "oblast": true,
	"oblast'": true, "governorate": true, "muhafazat": true, "county": true, "municipality": true,
	"state": true, "prefecture": true, "department": true, "departement": true, "wilayah": true,
	"wilaya": true, "provincia": true, "estado": true, "kray": true, "krai": true, "shrjan": true,
	"marz": true, "mintaqah": true, "ostan": true, "vilayeti": true, "ili": true, "qarku": true,
	"of": true, "raion": true, "rajon": true, "okrug": true, "respublika": true, "autonomous": true,
	"regional": true, "division": true, "territory": true, "sharqiyah": false,
}

// StripGeneric removes generic division words from the ends of a folded
// name ("lachin district" → "lachin"), keeping at least one word.
func StripGeneric(folded string) string {
	w := strings.Fields(folded)
	for len(w) > 1 && genericWords[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	for len(w) > 1 && genericWords[w[0]] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// StripGenericName is StripGeneric on a name as written: it drops the
// leading and trailing generic words, keeping the spelling of the rest.
func StripGenericName(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 && genericWords[Fold(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	for len(w) > 1 && genericWords[Fold(w[0])] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
