package gazetteer

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kǝlbǝcǝr", "kalbacar"},
		{"Kəlbəcər", "kalbacar"},
		{"Şuşa", "susa"},
		{"İstisu", "istisu"},
		{"K’arvachar", "karvachar"},
		{"Tʻartʻar", "tartar"},
		{"Nagorno-Karabakh", "nagorno karabakh"},
		{"  São  Paulo ", "sao paulo"},
		{"Gyömrő", "gyomro"},
		{"Łódź", "lodz"},
		{"", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := foldWithLetters("Şuşa"); got != "shusha" {
		t.Errorf("foldWithLetters(Şuşa) = %q", got)
	}
}

func TestSkeletonJoinsRomanisations(t *testing.T) {
	same := [][2]string{
		{"Kelbajar", "Kalbajar"},
		{"Fizuli", "Fuzuli"},
		{"Gadabey", "Gadabay"},
		{"Basarkecher", "Basargechar"},
		{"Basarkecher", "Basarkeçər"},
		{"Khachaturian", "Khachaturyan"},
		{"Khankendi", "Xankendi"},
		{"Jabrayil", "Cabrayil"},
		{"Dzhermuk", "Jermuk"},
		{"Shusha", "Şuşa"},
		{"Tchernobyl", "Chernobyl"},
		{"Gorus", "Goris"},
		{"Tartarr", "Tartar"},
	}
	for _, c := range same {
		a, b := Skeleton(foldWithLetters(c[0])), Skeleton(foldWithLetters(c[1]))
		if a != b {
			t.Errorf("Skeleton(%s) = %q, Skeleton(%s) = %q: want equal", c[0], a, c[1], b)
		}
	}
	different := [][2]string{{"Baku", "Paris"}, {"Yerevan", "Tehran"}, {"Lachin", "Latin America"}}
	for _, c := range different {
		if Skeleton(Fold(c[0])) == Skeleton(Fold(c[1])) {
			t.Errorf("Skeleton(%s) == Skeleton(%s)", c[0], c[1])
		}
	}
}

func TestStripGeneric(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"lachin district", "lachin"},
		{"kalbacar rayonu", "kalbacar"},
		{"donetsk oblast", "donetsk"},
		{"district", "district"},
		{"province of kandahar", "kandahar"},
	} {
		if got := StripGeneric(c.in); got != c.want {
			t.Errorf("StripGeneric(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// small builds a gazetteer by hand, as the real one is built.
func small(t testing.TB) *Gazetteer {
	b := NewBuilder()
	az := b.Add(587116, "Azerbaijan", 40.5, 47.5, 10000000, "A.PCLI", "AZ", "", "Azərbaycan")
	b.AddDemonym("Azerbaijani", az)
	b.Add(146970, "Xankandi", 39.8177, 46.7528, 53100, "P.PPL", "AZ", "Xankǝndi", "Stepanakert", "Khankendi", "khankandy")
	b.Add(584871, "Terter", 40.342, 46.9316, 18185, "P.PPLA", "AZ", "Tǝrtǝr", "Tartar", "Tərtər")
	b.Add(174895, "Goris", 39.5111, 46.3417, 20379, "P.PPL", "AM", "Syunik")
	b.Add(614540, "Georgia", 42, 43.5, 3700000, "A.PCLI", "GE", "")
	b.Add(4197000, "Georgia", 32.3, -83.1, 9000000, "A.ADM1", "US", "Georgia")
	b.Add(99062, "Al Qā’im", 34.37, 41.09, 0, "P.PPLA2", "IQ", "Anbar", "Al-Qa'im")
	b.Add(98182, "Ar Ramadi", 33.42, 43.3, 274539, "P.PPLA", "IQ", "Anbar")
	b.Add(170017, "Jisr ash Shughūr", 35.81, 36.32, 0, "P.PPLA2", "SY", "Idlib")
	b.Add(-1, "Vistula River", 52.5, 19.5, 0, "H.STM", "PL", "")
	b.Add(-2, "River Usk", 51.7, -3.0, 0, "H.STM", "GB", "Wales")
	b.AddCommonWord("tartar")
	return b.Gazetteer()
}

func TestLookup(t *testing.T) {
	g := small(t)
	for _, c := range []struct {
		name    string
		fuzzy   bool
		want    string // name of the first candidate, "" for none
		quality int
	}{
		{"Stepanakert", false, "Xankandi", MatchExact},
		{"Xankəndi", false, "Xankandi", MatchExact},
		{"Khankandi", false, "Xankandi", MatchSkeleton},
		{"Tartar", false, "Terter", MatchExact},
		{"Gorus", false, "Goris", MatchSkeleton},
		{"Gores", false, "Goris", MatchSkeleton},
		{"Gorisz", false, "", 0},
		{"Gorisz", true, "Goris", MatchFuzzy},
		{"khankandy", false, "Xankandi", MatchSkeleton}, // lower-case alternates are not indexed
		{"Nowhere", true, "", 0},
		// News drops the Arabic article that GeoNames keeps, plain or
		// assimilated; a longer article that does not fit is not tried.
		{"Qa'im", false, "Al Qā’im", MatchExact},
		{"Ramadi", false, "Ar Ramadi", MatchExact},
		{"Al-Ramadi", false, "Ar Ramadi", MatchExact},
		{"Rami", false, "", 0},
		{"Jisr al-Shughur", false, "Jisr ash Shughūr", MatchExact},
		{"Jisr el Shughur", false, "Jisr ash Shughūr", MatchExact},
		// A river's kind word on either side of its name.
		{"River Vistula", false, "Vistula River", MatchExact},
		{"Usk River", false, "River Usk", MatchExact},
		{"River", false, "", 0},
	} {
		cs := g.Lookup(c.name, c.fuzzy)
		if c.want == "" {
			if len(cs) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", c.name, cs)
			}
			continue
		}
		if len(cs) == 0 {
			t.Errorf("Lookup(%q): no candidates, want %s", c.name, c.want)
			continue
		}
		if p := g.Place(cs[0].Entry); p.Name != c.want || cs[0].Quality != c.quality {
			t.Errorf("Lookup(%q) = %s quality %d, want %s quality %d", c.name, p.Name, cs[0].Quality, c.want, c.quality)
		}
	}
	if n := len(g.Lookup("Georgia", false)); n != 2 {
		t.Errorf("Georgia: %d candidates, want the country and the US state", n)
	}
	if !g.IsCommonWord("tartar") || g.IsCommonWord("goris") {
		t.Error("IsCommonWord: tartar is a word, goris is not")
	}
	if i := g.Demonym("azerbaijanis"); i < 0 || g.Place(i).Country != "AZ" {
		t.Errorf("Demonym(azerbaijanis) = %d", i)
	}
}

func TestEncodeDecode(t *testing.T) {
	g := small(t)
	var buf bytes.Buffer
	if err := g.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	h, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if h2, err := DecodeBytes(buf.String()); err != nil || h2.Len() != g.Len() {
		t.Fatalf("DecodeBytes: %v", err)
	}
	if h.Len() != g.Len() || h.Keys() != g.Keys() {
		t.Fatalf("decoded %d entries %d keys, want %d %d", h.Len(), h.Keys(), g.Len(), g.Keys())
	}
	for i := 0; i < g.Len(); i++ {
		if g.Place(i) != h.Place(i) {
			t.Errorf("entry %d: %+v != %+v", i, h.Place(i), g.Place(i))
		}
	}
	for _, n := range []string{"Stepanakert", "Gorus", "Tartar"} {
		if len(g.Lookup(n, true)) != len(h.Lookup(n, true)) {
			t.Errorf("%s: lookups differ after decoding", n)
		}
	}
	// Truncated or foreign input fails with an error, never a panic.
	for _, cut := range []int{0, 10, buf.Len() / 2, buf.Len() - 1} {
		if _, err := Decode(bytes.NewReader(buf.Bytes()[:cut])); err == nil {
			t.Errorf("Decode of %d of %d bytes: no error", cut, buf.Len())
		}
	}
	if _, err := Decode(strings.NewReader("not gzip")); err == nil {
		t.Error("Decode of garbage: no error")
	}
}

func TestSupplementParses(t *testing.T) {
	b := NewBuilder()
	byID := map[int]int{}
	for _, line := range strings.Split(supplementTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 9 && f[0] != "0" && !strings.HasPrefix(line, "#") {
			var id int
			fmt.Sscan(f[0], &id)
			byID[id] = b.Add(id, f[1], 0, 0, 0, "P.PPL", "AM", "")
		}
	}
	n, err := addSupplement(b, supplementTSV, byID)
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Errorf("supplement: %d lines, want at least 20", n)
	}
	if _, err := addSupplement(NewBuilder(), "0\tX\t100\t0\tP.PPL\tAM\t\t0\t", map[int]int{}); err == nil {
		t.Error("latitude 100 accepted")
	}
}

func TestEmbeddedGazetteer(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 200000 {
		t.Fatalf("embedded gazetteer has %d entries", g.Len())
	}
	for _, c := range []struct {
		name, country string
	}{
		{"Stepanakert", "AZ"}, {"Vardenis", "AM"}, {"Basarkeçər", "AM"}, {"Gyumri", "AM"},
		{"Kharkiv", "UA"}, {"Khan Younis", "PS"}, {"Mogadishu", "SO"}, {"Nagorno-Karabakh", "AZ"},
	} {
		found := false
		for _, cand := range g.Lookup(c.name, false) {
			if g.Country(cand.Entry) == c.country {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: no candidate in %s", c.name, c.country)
		}
	}
}

func FuzzFoldSkeleton(f *testing.F) {
	for _, s := range []string{"Kǝlbǝcǝr", "Şuşa", "tsch", "dzh", "ch", "", "\xff", "K’arvachar"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if !utf8.ValidString(k) || strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") {
			t.Fatalf("Fold(%q) = %q", s, k)
		}
		if Fold(k) != k {
			t.Fatalf("Fold not idempotent on %q: %q -> %q", s, k, Fold(k))
		}
		_ = Skeleton(k)
		_ = StripGeneric(k)
	})
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := small(f).Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Decode(bytes.NewReader(b))
		if err == nil {
			for i := 0; i < g.Len(); i++ {
				_ = g.Place(i)
			}
			_ = g.Lookup("Goris", true)
		}
	})
}

// BenchmarkLoad measures the load time of the embedded index (wall and
// CPU) and, as heapMB, the heap that one loaded gazetteer holds.
func BenchmarkLoad(b *testing.B) {
	var g *Gazetteer
	var err error
	cpu := cpuTime()
	for b.Loop() {
		if g, err = Load(); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time per load (GC included): the figure that holds on a busy
	// machine, where ns/op also counts the wait for a core.
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/1e6, "heapMB")
	runtime.KeepAlive(g)
}

func BenchmarkLookup(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Stepanakert", "Gorus", "Kelbajar", "Paris", "Springfield", "Kharkiv", "Garis", "Fizuli"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		g.Lookup(names[i%len(names)], false)
	}
}

func BenchmarkLookupFuzzy(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		g.Lookup("Gorisz", true)
	}
}

// linearFuzzy is the fuzzy pass as it was before the (first byte, length)
// lists: every key with the query's first byte, compared in key order. It
// is the reference that fuzzy must reproduce.
func linearFuzzy(g *Gazetteer, sk string) []fuzzyMatch {
	budget := 1
	if len(sk) >= 9 {
		budget = 2
	}
	var out []fuzzyMatch
	for i := 0; i < g.skeleton.len(); i++ {
		k := g.skeleton.key(i)
		if k == "" || k[0] != sk[0] || abs(len(k)-len(sk)) > budget {
			continue
		}
		if d := boundedLevenshtein(k, sk, budget); d <= budget {
			out = append(out, fuzzyMatch{uint32(i), d})
		}
	}
	return out
}

// TestFuzzyMatchesLinearScan checks the indexed fuzzy pass against the
// linear scan on typos of real names (deleted, doubled, replaced and
// swapped bytes) and on names with no neighbour.
func TestFuzzyMatchesLinearScan(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var queries []string
	for _, n := range []string{"Gorisz", "Stepanakertt", "Kelbajr", "Mogadisu", "Kharkov", "Xyzzyqq", "Fizuli", "Shushaa", "Zaporizhzhya", "Mariupil", "Severodonetzk"} {
		queries = append(queries, Skeleton(Fold(n)))
	}
	step := max(g.skeleton.len()/150, 1)
	for i := 0; i < g.skeleton.len(); i += step {
		k := g.skeleton.key(i)
		if len(k) < 5 {
			continue
		}
		m := len(k) / 2
		queries = append(queries,
			k[:m]+k[m+1:],                     // deleted
			k[:m]+k[m:m+1]+k[m:],              // doubled
			k[:m]+"q"+k[m+1:],                 // replaced
			k[:m]+k[m+1:m+2]+k[m:m+1]+k[m+2:], // swapped
			k[:1]+"zz"+k[1:],                  // two inserted
		)
	}
	for _, q := range queries {
		if len(q) < 4 {
			continue
		}
		got, want := g.fuzzy(q), linearFuzzy(g, q)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("fuzzy(%q) = %v, linear scan %v", q, got, want)
		}
	}
}

func TestWithinEdits(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		budget int
	}{
		{"goris", "gorisz", 1}, {"goris", "garis", 1}, {"goris", "gors", 1}, {"goris", "sirog", 1},
		{"abc", "abc", 1}, {"ab", "ba", 1}, {"ab", "ba", 2}, {"stepanakert", "stepankaert", 2},
		{"stepanakert", "stpanakrt", 2}, {"kelbajar", "kalbajar", 2}, {"a", "", 1}, {"", "", 2},
		{"abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzabcdefghi", 2},
		{"xabcdefghijklmnopqrstuvwxyzabcdefghijy", "zabcdefghijklmnopqrstuvwxyzabcdefghijw", 2},
	} {
		want := boundedLevenshtein(c.a, c.b, c.budget)
		got := withinEdits(c.a, c.b, c.budget)
		if (want <= c.budget || got <= c.budget) && got != want {
			t.Errorf("withinEdits(%q, %q, %d) = %d, want %d", c.a, c.b, c.budget, got, want)
		}
	}
}

func FuzzWithinEdits(f *testing.F) {
	f.Add("goris", "gorisz", 2)
	f.Add("ab", "ba", 1)
	f.Fuzz(func(t *testing.T, a, b string, budget int) {
		budget = budget & 3
		want := boundedLevenshtein(a, b, budget)
		got := withinEdits(a, b, budget)
		if (want <= budget || got <= budget) && got != want {
			t.Fatalf("withinEdits(%q, %q, %d) = %d, boundedLevenshtein %d", a, b, budget, got, want)
		}
	})
}

// TestDistanceSquares checks that Distance, which squares by
// multiplication, gives bit for bit the distance of the formula with
// math.Pow, on the float32 coordinates the gazetteer stores.
func TestDistanceSquares(t *testing.T) {
	pow := func(lat1, lon1, lat2, lon2 float64) float64 {
		const r = 6371.0088
		p := math.Pi / 180
		a := math.Pow(math.Sin((lat2-lat1)*p/2), 2) +
			math.Cos(lat1*p)*math.Cos(lat2*p)*math.Pow(math.Sin((lon2-lon1)*p/2), 2)
		return 2 * r * math.Asin(math.Sqrt(math.Min(1, a)))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	coord := func(lim float64) float64 { return float64(float32((rng.Float64()*2 - 1) * lim)) }
	for i := range 200000 {
		lat1, lon1 := coord(90), coord(180)
		lat2, lon2 := coord(90), coord(180)
		if i%4 == 0 { // near points, as in one article
			lat2, lon2 = float64(float32(lat1+rng.Float64()*1e-3)), float64(float32(lon1-rng.Float64()*1e-3))
		}
		if i%16 == 1 {
			lat2, lon2 = lat1, lon1
		}
		got, want := Distance(lat1, lon1, lat2, lon2), pow(lat1, lon1, lat2, lon2)
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Distance(%v, %v, %v, %v) = %v, math.Pow gives %v", lat1, lon1, lat2, lon2, got, want)
		}
	}
}

// FuzzFoldASCII checks the byte-wise fold of ASCII strings against the
// general one.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"", " ", "a", "Nagorno-Karabakh", "al-Qa'im", "  new  york ", "new york", "x ", " x",
		"St. Petersburg", "a`b", "a 'b", "A1 b2", "it's", "'s", "-", "a--b", "ab  c", "abc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return
			}
		}
		if got, want := foldASCII(s), foldRunes(s); got != want {
			t.Errorf("foldASCII(%q) = %q, foldRunes gives %q", s, got, want)
		}
	})
}

// TestFindHashed checks that the hash table finds every key of the
// embedded index where the binary search does, and no key that is not
// there.
func TestFindHashed(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, k := range map[string]*keyIndex{"exact": &g.exact, "skeleton": &g.skeleton, "common": &g.common, "demonyms": &g.demonyms, "people": &g.people} {
		if k.slots == nil {
			t.Fatalf("%s: no hash table", name)
		}
		sorted := *k
		sorted.slots = nil
		for i := 0; i < k.len(); i++ {
			key := k.key(i)
			for _, q := range []string{key, key + "x", key[:len(key)/2], " " + key} {
				if got, want := k.find(q), sorted.find(q); got != want {
					t.Fatalf("%s: find(%q) = %d, binary search gives %d", name, q, got, want)
				}
			}
		}
	}
}

// lookupWithSet is Lookup as it was written before the merge of sorted
// postings: candidates already found kept in a set. It is the reference
// Lookup must reproduce.
func lookupWithSet(g *Gazetteer, name string, fuzzy bool) []Candidate {
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
			if len(exact) == 0 {
				exact = g.withArticle(folded)
			}
		} else if len(folded) >= 4 {
			exact = g.withArticle(folded)
		}
	}
	if len(exact) == 0 {
		for _, v := range articleForms(folded) {
			if exact = g.Exact(v); len(exact) > 0 {
				break
			}
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

// TestLookupAsWithSet checks Lookup against lookupWithSet on a sample of
// the index's own keys and of misspellings of them.
func TestLookupAsWithSet(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	checked, skeletal := 0, 0
	for i := 0; i < g.exact.len(); i += 1 + rng.IntN(400) {
		key := g.exact.key(i)
		names := []string{key, "al-" + key, strings.ToUpper(key[:1]) + key[1:]}
		if len(key) > 3 {
			j := 1 + rng.IntN(len(key)-2)
			names = append(names, key[:j]+"a"+key[j+1:], key[:j]+key[j+1:])
		}
		for _, name := range names {
			for _, fuzzy := range []bool{false, true} {
				got, want := g.Lookup(name, fuzzy), lookupWithSet(g, name, fuzzy)
				if !slices.Equal(got, want) {
					t.Fatalf("Lookup(%q, %v) = %v, want %v", name, fuzzy, got, want)
				}
				for _, c := range got {
					if c.Quality == MatchSkeleton {
						skeletal++
						break
					}
				}
				checked++
			}
		}
	}
	if skeletal == 0 {
		t.Fatalf("%d lookups, none with a skeleton match", checked)
	}
	t.Logf("%d lookups, %d with skeleton matches", checked, skeletal)
}

// TestIndexShapes checks the shape index, whose lists are counted and cut
// from one array, against lists appended to one key at a time.
func TestIndexShapes(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	g.shapeOnce.Do(g.indexShapes)
	want := map[shape][]shapeKey{}
	for i := range g.skeleton.len() {
		if k := g.skeleton.key(i); k != "" {
			s := shape{k[0], len(k)}
			want[s] = append(want[s], shapeKey{pairSet(k), uint32(i), byteSet(k)})
		}
	}
	if len(g.byShape) != len(want) {
		t.Fatalf("%d shapes, want %d", len(g.byShape), len(want))
	}
	for s, list := range want {
		if !slices.Equal(g.byShape[s], list) {
			t.Fatalf("shape %v: %d keys, want %d", s, len(g.byShape[s]), len(list))
		}
	}
}
