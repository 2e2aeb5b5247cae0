package ner

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/segment"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// A model trained on a handful of patterned sentences must tag unseen
// names in the same contexts, survive a write/read round trip, and learn
// MISC from a corpus that annotates it while another leaves it open.
func TestTrainTinyFixture(t *testing.T) {
	people := []string{"Anna Petrova", "John Smith", "Ali Hassan", "Maria Lopez", "Tom Brown", "Lena Weber"}
	places := []string{"Paris", "Berlin", "Kabul", "Lima", "Oslo", "Accra"}
	orgs := []string{"Acme Corp", "Globex Inc", "Initech Ltd", "Hooli Corp"}
	var train []Example
	for i := 0; i < 40; i++ {
		p, l, o := people[i%4], places[i%4], orgs[i%3]
		words := strings.Fields(p + " of " + o + " said in " + l + " that French troops left .")
		tags := strings.Fields("B-PER I-PER O B-ORG I-ORG O O B-LOC O B-MISC O O O")
		train = append(train, ExampleFromTags(words, tags, i%2 == 0))
	}
	gaz := NewGazetteer()
	gaz.Add([]string{"Oslo"}, GazCity)
	m, res := Train(train, nil, nil, gaz, TrainOptions{Epochs: 5, Seed: 1})
	if res.BestEpoch != 5 || m.Features() == 0 {
		t.Fatalf("result %+v, %d features", res, m.Features())
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	r := New(m2, nil)
	words := strings.Fields("Lena Weber of Hooli Corp said in Oslo that French troops left .")
	got := strings.Join(r.Tag(words), " ")
	want := "B-PER I-PER O B-ORG I-ORG O O B-LOC O B-MISC O O O"
	if got != want {
		t.Errorf("unseen names:\n got %s\nwant %s", got, want)
	}
	if _, err := ReadModel([]byte("junk")); err == nil {
		t.Error("ReadModel accepted junk")
	}
}

// Decoding without masks (viterbiOpen) gives the labels that the general
// decoder gives with every label allowed, ties included: emissions and
// transitions are small integers, so many paths score alike, and some
// transitions are -Inf.
func TestViterbiOpenMatchesMasked(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	neg := float32(math.Inf(-1))
	var lt lattice
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(12)
		emit := make([]float32, n*nLabels)
		for k := range emit {
			emit[k] = float32(rng.IntN(5) - 2)
		}
		var trans [nLabels + 1][nLabels]float32
		for p := range trans {
			for l := range trans[p] {
				trans[p][l] = float32(rng.IntN(3) - 1)
				if rng.IntN(10) == 0 {
					trans[p][l] = neg
				}
			}
		}
		masks := make([]uint16, n)
		for k := range masks {
			masks[k] = maskAll
		}
		want := slices.Clone(lt.viterbi(emit, n, &trans, masks, nil))
		got := lt.viterbi(emit, n, &trans, nil, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: open decoding %v, masked %v", trial, got, want)
		}
	}
}

func TestViterbiRespectsBIO(t *testing.T) {
	// Emissions favour I-PER at the start and I-LOC second: the best
	// valid path is B-LOC I-LOC (1 point for B-PER I-PER, 5 for it).
	emit := make([]float32, 2*nLabels)
	emit[labelIndex("I-PER")] = 5
	emit[labelIndex("B-PER")] = 1
	emit[nLabels+labelIndex("I-LOC")] = 5
	emit[nLabels+labelIndex("I-PER")] = 1
	var trans [nLabels + 1][nLabels]float32
	out := viterbi(emit, 2, &trans, nil, nil)
	if labelNames[out[0]] != "B-LOC" || labelNames[out[1]] != "I-LOC" {
		t.Errorf("got %s %s", labelNames[out[0]], labelNames[out[1]])
	}
	// A mask forces O on the second token.
	out = viterbi(emit, 2, &trans, []uint16{maskAll, maskO}, nil)
	if labelNames[out[1]] != "O" {
		t.Errorf("mask ignored: %s", labelNames[out[1]])
	}
}

func TestGazetteerMatch(t *testing.T) {
	g := NewGazetteer()
	g.Add([]string{"United", "States"}, GazCountry)
	g.Add([]string{"US"}, GazCountry)
	words := []string{"the", "United", "States", "and", "us"}
	lower := []string{"the", "united", "states", "and", "us"}
	got := g.Match(words, lower, nil)
	want := []uint32{0, 1 << (2 * GazCountry), 1 << (2*GazCountry + 1), 0, 1 << (2*GazCountry + 16)}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: %b, want %b", i, got[i], want[i])
		}
	}
}

func TestShape(t *testing.T) {
	cases := map[string]string{"Armenia": "Xxx", "U.S.": "X.X.", "2020": "dd", "F-16": "X-dd", "iPhone": "xXxx", "Łódź": "Xxx"}
	for in, want := range cases {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func seedDocs(t testing.TB) []*parallax.Document {
	var docs []*parallax.Document
	for _, a := range testutil.Seeds(t) {
		d := &parallax.Document{Article: a, Text: a.Body}
		d.Sentences = segment.Segment(d.Text)
		docs = append(docs, d)
	}
	return docs
}

func TestTable(t *testing.T) {
	r := recognizer(t)
	cases := []struct{ sentence, want string }{
		{"Armenian Prime Minister Nikol Pashinyan said on Monday that Azerbaijan attacked .",
			"PER:Nikol Pashinyan LOC:Azerbaijan"},
		{"The United Nations Security Council met in New York on Friday .",
			"ORG:United Nations Security Council LOC:New York"},
		{"Hikmet Hajiyev , an aide to President Ilham Aliyev , denied the report .",
			"PER:Hikmet Hajiyev PER:Ilham Aliyev"},
	}
	for _, c := range cases {
		words := strings.Fields(c.sentence)
		tags := r.Tag(words)
		var got []string
		for _, ch := range Chunks(tags) {
			if ch.Type == "MISC" {
				continue
			}
			got = append(got, ch.Type+":"+strings.Join(words[ch.Start:ch.End], " "))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.sentence, g, c.want)
		}
	}
}

// The seed articles must name these people as persons.
func TestSeedPersons(t *testing.T) {
	r := recognizer(t)
	found := map[string]bool{}
	for _, d := range seedDocs(t) {
		r.Process(d)
		for _, e := range d.Entities {
			if e.Kind == parallax.KindPerson {
				found[e.Text] = true
			}
		}
	}
	for _, p := range []string{"Nikol Pashinyan", "Hikmet Hajiyev", "Ilham Aliyev", "Vaughan Khachaturian", "Alen Simanyan", "Emmanuel Macron", "Araik Harutyunyan"} {
		if !found[p] {
			t.Errorf("%s not found as a person", p)
		}
	}
}

func TestProcessInvariants(t *testing.T) {
	r := recognizer(t)
	for _, d := range seedDocs(t) {
		d.Entities = append(d.Entities, parallax.Entity{ID: "e1", Kind: "person"})
		r.Process(d)
		checkDoc(t, d)
		if d.Entities[1].ID != "e2" {
			t.Errorf("ids do not continue after existing entities: %s", d.Entities[1].ID)
		}
	}
}

func checkDoc(t *testing.T, d *parallax.Document) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range d.Entities {
		if ids[e.ID] {
			t.Fatalf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End || d.Text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %+v out of the text", e)
		}
		switch e.Kind {
		case parallax.KindPerson, parallax.KindOrganization, parallax.KindLocation, parallax.KindGPE:
		default:
			t.Fatalf("entity kind %q", e.Kind)
		}
	}
	for _, s := range d.Sentences {
		tags := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			if labelIndex(tok.NER) < 0 {
				t.Fatalf("token %q has tag %q", tok.Text, tok.NER)
			}
			tags[i] = tok.NER
		}
		for i, tag := range tags {
			if isInside(labelIndex(tag)) && (i == 0 || tags[i-1][2:] != tag[2:]) {
				t.Fatalf("invalid BIO at %d: %v", i, tags)
			}
		}
	}
}

func TestGoldenSeeds(t *testing.T) {
	r := recognizer(t)
	var out strings.Builder
	for _, d := range seedDocs(t) {
		r.Process(d)
		fmt.Fprintf(&out, "# %s\n", d.Article.ID)
		for _, e := range d.Entities {
			fmt.Fprintf(&out, "%s\t%d\t%d\t%s\t%s\n", e.ID, e.Start, e.End, e.Kind, e.Text)
		}
		for _, s := range d.Sentences {
			for _, tok := range s.Tokens {
				if tok.NER != "O" && strings.HasSuffix(tok.NER, "MISC") {
					fmt.Fprintf(&out, "misc\t%d\t%s\t%s\n", tok.Start, tok.NER, tok.Text)
				}
			}
		}
	}
	testutil.Golden(t, "seeds.tsv", []byte(out.String()))
}

func FuzzTag(f *testing.F) {
	f.Add("Nikol Pashinyan visited Paris .")
	f.Add("  \u00e9\u00e9 U.S. 's-- ")
	f.Add("")
	f.Add("Wikinews interviewed the Soviet Union Mountains Star said the Korvan Accord")
	f.Add("In Dunmore : Rapid Kelby ( Valdoria ) 1 Ostmark 's 2 ( OT )")
	f.Add("( Laughter . ) Tropical Storm Delia hit Orvik . Delia weakened . See Q3.xls")
	f.Add("i moved to malaysia near greater noida and the Ministry of Fishing and Rural Development")
	f.Add("KELBY 'S BRAND SAYS DEAL HOLDING .\nIvo Brand said Dunmore beat Kelby United 4-2 ( Ovo 12 , Van Kell 90+2 pen ) .")
	f.Add("T. Latham c Kell b Ovo 4\nBowling : Ovo 24-6-70-3 , Kell 20-4-66-2 .\nKelby 22 points , Dunmore 4\nScorers : Ovo 12 ,")
	f.Add("Brand ( Valdoria ) Kelvo 1:50.671 won the Tour of Valdoria ; the Organisation for Peace in Kelby ; a dealer at Kelby Bank")
	f.Add("SOCCER - KELBY SIGN BRAND .\nKelby have signed Ivo al-Brand from Corvo Rovers after a 2-1 defeat at\nAt Hove : Sussex 201 v Kent\n68 Ivo Kell , Kelby Pryde ( U.S. ) , Ana\nKing Tarik of Jordan met Lieutenant-Colonel Ivo Kell , 34 , said Ana of Banco Rio at MONTE CARLO 1996-08-08")
	r := recognizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		words := strings.Fields(s)
		tags := r.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		d := &parallax.Document{Text: s, Sentences: segment.Segment(s)}
		r.Process(d)
		checkDoc(t, d)
	})
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuSeconds()-cpu0)*1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkTag reports tokens per second on the seed articles.
func BenchmarkTag(b *testing.B) {
	r := recognizer(b)
	docs := seedDocs(b)
	var sents [][]string
	tokens := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			var w []string
			for _, t := range s.Tokens {
				w = append(w, t.Text)
			}
			sents = append(sents, w)
			tokens += len(w)
		}
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			r.Tag(s)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time counts the waits for a core; the
	// process's CPU time does not.
	b.ReportMetric(float64(tokens*b.N)/(cpuSeconds()-cpu0), "tokens/cpu-s")
}

// cpuSeconds is the user+system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func BenchmarkProcess(b *testing.B) {
	r := recognizer(b)
	docs := seedDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Entities = d.Entities[:0]
			r.Process(d)
		}
	}
}

// The recogniser is shared by the pipeline's workers.
func TestConcurrentTag(t *testing.T) {
	r := recognizer(t)
	docs := seedDocs(t)
	var sents [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			var w []string
			for _, tok := range s.Tokens {
				w = append(w, tok.Text)
			}
			sents = append(sents, w)
		}
	}
	want := make([]string, len(sents))
	for i, s := range sents {
		want[i] = strings.Join(r.Tag(s), " ")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range sents {
				i := (k + g*7) % len(sents)
				if got := strings.Join(r.Tag(sents[i]), " "); got != want[i] {
					errs <- fmt.Sprintf("sentence %d differs under concurrency", i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestJoinHyphenated(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"guinea-bissau"}, GazCountry)
	gaz.Add([]string{"guinea"}, GazCountry)
	gaz.Add([]string{"israel"}, GazCountry)
	gaz.Add([]string{"hamas"}, GazGroup)
	gaz.freeze()
	tests := []struct {
		words, tags, want string
	}{
		{"in Nagorno - Karabakh today", "O B-LOC O B-PER O", "O B-LOC I-LOC I-LOC O"},
		{"in Guinea - Bissau", "O B-LOC O O", "O B-LOC I-LOC I-LOC"},
		{"the Al - Qaeda group", "O B-ORG O B-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"the Israel - Gaza border", "O B-LOC O B-LOC O", "O B-LOC O B-LOC O"},
		{"a Russia - based group", "O B-LOC O O O", "O B-LOC O O O"},
		{"the Israel - Hamas war", "O B-LOC O B-ORG O", "O B-LOC O B-ORG O"},
		{"a well - known man", "O O O O O", "O O O O O"},
		{"SOCCER - LEEDS BEAT BURNLEY", "O O B-ORG O B-ORG", "O O B-ORG O B-ORG"},
		{"TENNIS - SMITH WINS", "B-ORG O B-PER O", "B-ORG O B-PER O"},
		{"-", "O", "O"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		joinHyphenated(words, tags, gaz)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestTrimTitles(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"Brig. Gen. Tomas Ferro said", "B-PER I-PER I-PER I-PER O", "O O B-PER I-PER O"},
		{"Daw Aye Myat Thu fled", "B-PER I-PER I-PER I-PER O", "O B-PER I-PER I-PER O"},
		{"Senior General Ko Lin", "B-PER I-PER I-PER I-PER", "O O B-PER I-PER"},
		{"Prime Minister Sara Lind and Lt. Col. Oleh Marchuk", "B-PER I-PER I-PER I-PER O B-PER I-PER I-PER I-PER", "O O B-PER I-PER O O O B-PER I-PER"},
		// Already without the title, or a title alone: unchanged.
		{"Gen. Tomas Ferro", "O B-PER I-PER", "O B-PER I-PER"},
		{"General Motors", "B-ORG I-ORG", "B-ORG I-ORG"},
		{"the President said", "O B-PER O", "O B-PER O"},
		{"Captain America", "B-PER I-PER", "O B-PER"},
		{"Sheikh Abdi Nur", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		{"Mr. al-Amin", "B-PER I-PER", "O B-PER"},
		{"Lt. Gen. -", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		// Words that begin names as often as they title someone are not
		// in the list (data/lexicon/titles.tsv).
		{"Major Ruth Okafor", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		{"Mawlawi Rahim Gul", "B-PER I-PER I-PER", "O B-PER I-PER"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		trimTitles(words, tags)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestToponymPrefixes(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"shelling of Kfar Dunin village", "O O B-PER I-PER O", "O O B-LOC I-LOC O"},
		{"near Debre Selam , residents", "O B-MISC I-MISC O O", "O B-LOC I-LOC O O"},
		{"Beit Sahour and Deir Qanun", "B-PER I-PER O B-ORG I-ORG", "B-LOC I-LOC O B-ORG I-ORG"},
		// One word alone, an organisation, or no prefix: unchanged.
		{"Tel said", "B-PER O", "B-PER O"},
		{"Ras Omar said", "B-PER I-PER O", "B-PER I-PER O"},
		{"Wadi Rum Tours", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		toponymPrefixes(words, tags)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestNameHeads(t *testing.T) {
	tests := []struct{ words, tags, want string }{
		{"shepherds in the Korvan Mountains said", "O O O B-ORG I-ORG O", "O O O B-LOC I-LOC O"},
		{"crowds on the Selmet Bridge", "O O O B-PER I-PER", "O O O B-LOC I-LOC"},
		{"prayers at the Temple Mount", "O O O B-ORG I-ORG", "O O O B-LOC I-LOC"},
		{"told the Lakeview Herald that", "O O B-LOC I-LOC O", "O O B-ORG I-ORG O"},
		{"the Ardent Valley Reporters said", "O B-MISC I-MISC I-MISC O", "O B-ORG I-ORG I-ORG O"},
		{"under the Kessel Accord signed", "O O B-ORG I-ORG O", "O O B-MISC I-MISC O"},
		{"the Trilateral Statement ended", "O B-ORG I-ORG O", "O B-MISC I-MISC O"},
		{"shares of Brellin Holdings fell", "O O B-PER I-PER O", "O O B-ORG I-ORG O"},
		{"Varta Kessel Co said", "B-PER I-PER I-PER O", "B-ORG I-ORG I-ORG O"},
		{"won the Korvan Cup", "O O B-ORG I-ORG", "O O B-MISC I-MISC"},
		{"at the Selmet Open", "O O B-LOC I-LOC", "O O B-MISC I-MISC"},
		{"won the Korvan Peace Prize", "O O B-ORG I-ORG I-ORG", "O O B-MISC I-MISC I-MISC"},
		{"won the Dena Kell Medal", "O O B-ORG I-ORG I-ORG", "O O B-MISC I-MISC I-MISC"},
		{"led the KRC Rally on", "O O B-ORG I-ORG O", "O O B-MISC I-MISC O"},
		{"shares of Selmet Cement Pcl fell", "O O B-LOC I-LOC I-LOC O", "O O B-ORG I-ORG I-ORG O"},
		{"fire at the Korvan Barracks", "O O O B-ORG I-ORG", "O O O B-LOC I-LOC"},
		{"to win the Korvan Series", "O O O B-LOC I-LOC", "O O O B-MISC I-MISC"},
		{"a deal with Don Kell Productions was", "O O O B-PER I-PER I-PER O", "O O O B-ORG I-ORG I-ORG O"},
		// A firm named "... Games" stays as the model has it.
		{"Ardent Games said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		// A contest head after a lower-case word is no contest's name.
		{"Korvan and the Cup", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"},
		{"Government of National Accord forces", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG O"},
		// One word, a joining word before the head, or already of the
		// head's type: unchanged.
		{"the Bridge", "O B-ORG", "O B-ORG"},
		{"Al - Qaeda in the Arabian Peninsula", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"the Rift Valley", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"Mount Pleasant Times", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		nameHeads(words, tags, Chunks(tags))
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestStatesAsPlaces(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdoria"}, GazCountry)
	gaz.Add([]string{"Upper", "Tessa"}, GazCountry)
	gaz.Add([]string{"Marrow", "Union"}, GazCountry)
	gaz.Add([]string{"Marrow", "Union"}, GazGroup)
	gaz.Add([]string{"Kessel"}, GazAdmin1)
	tests := []struct{ words, tags, want string }{
		{"Valdoria imposed a curfew", "B-ORG O O O", "B-LOC O O O"},
		{"the Upper Tessa government", "O B-ORG I-ORG O", "O B-LOC I-LOC O"},
		{"after the Soviet Union broke up", "O O B-ORG I-ORG O O", "O O B-LOC I-LOC O O"},
		{"the Ottoman Empire", "O B-ORG I-ORG", "O B-LOC I-LOC"},
		{"the European Union", "O B-ORG I-ORG", "O B-ORG I-ORG"},
		// A body by the same name, a region (a county's club), a person,
		// or a longer name: unchanged.
		{"the Marrow Union said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"Kessel won by six wickets", "B-ORG O O O O", "B-ORG O O O O"},
		{"Valdoria said", "B-PER O", "B-PER O"},
		{"Valdoria Airways", "B-ORG I-ORG", "B-ORG I-ORG"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		statesAsPlaces(words, tags, Chunks(tags), gaz)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
	statesAsPlaces([]string{"Valdoria"}, []string{"B-ORG"}, []Chunk{{0, 1, "ORG"}}, nil)
}

func TestSpeakersAsBodies(t *testing.T) {
	gaz := NewGazetteer()
	gaz.Add([]string{"Valdorian"}, GazDemonym)
	tests := []struct{ words, tags, want string }{
		{"Newsbeam interviewed the mayor", "B-MISC O O O", "B-ORG O O O"},
		{"Kestrix said on Monday", "B-MISC O O O", "B-ORG O O O"},
		// A longer name, a demonym, a name after an article, a name not
		// speaking, or the end of the sentence: unchanged.
		{"the Harbour Safety Plan says", "O B-MISC I-MISC I-MISC O", "O B-MISC I-MISC I-MISC O"},
		{"Valdorian said", "B-MISC O", "B-MISC O"},
		{"the Marlin reported a fire", "O B-MISC O O O", "O B-MISC O O O"},
		{"Kestrix phones sold", "B-MISC O O", "B-MISC O O"},
		{"they bought Kestrix", "O O B-MISC", "O O B-MISC"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		speakersAsBodies(words, tags, Chunks(tags), gaz)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestWaterNames(t *testing.T) {
	fieldsRule(t, waterNames, []fieldsCase{
		{"seas in the Sea of Valdoria , spilling", "O O O O O B-LOC O O", "O O O B-LOC I-LOC I-LOC O O"},
		{"pirates in the Gulf of Upper Tessa", "O O O B-LOC O B-LOC I-LOC", "O O O B-LOC I-LOC I-LOC I-LOC"},
		// Not a water head, no place after "of", a body's name: unchanged.
		{"the Bank of Valdoria", "O O O B-LOC", "O O O B-LOC"},
		{"the Sea of troubles", "O O O O", "O O O O"},
		{"the Gulf Cooperation of Valdoria", "O B-ORG I-ORG O B-LOC", "O B-ORG I-ORG O B-LOC"},
	})
}

func TestHeadTails(t *testing.T) {
	fieldsRule(t, headTails, []fieldsCase{
		{"the semi-finals of the Valdoria Championship at", "O O O O B-LOC O O", "O O O O B-MISC I-MISC O"},
		{"won the Korvan Cup on", "O O B-ORG O O", "O O B-MISC I-MISC O"},
		// A person before a head, a lower-case word after, a head already
		// inside the name: unchanged.
		{"the Ivo Kell Trophy", "O B-PER I-PER O", "O B-PER I-PER O"},
		{"the Valdoria championship", "O B-LOC O", "O B-LOC O"},
		{"the Korvan Cup", "O B-MISC I-MISC", "O B-MISC I-MISC"},
		// Legal forms and kinds of companies.
		{"co-leads Tovey Brothers", "O B-PER O", "O B-ORG I-ORG"},
		{"a deal with Kelby Airways", "O O O B-LOC O", "O O O B-ORG I-ORG"},
		{"and Marsh Co said", "O B-PER O O", "O B-ORG I-ORG O"},
		// An outlet's head after a place or body; not after a person, nor
		// where the run goes on.
		{"( Kelby Post )", "O B-LOC O O", "O B-ORG I-ORG O"},
		{"told the Ostland Herald that", "O O B-LOC O O", "O O B-ORG I-ORG O"},
		{"said Ana Times", "O B-PER O", "O B-PER O"},
		{"the Kelby Post Office", "O B-LOC O O", "O B-LOC O O"},
	})
}

// fieldsCase is a sentence's words, the tags a rule reads and the tags
// it should leave, each space-separated.
type fieldsCase struct{ words, tags, want string }

// fieldsRule runs a sentence rule on each case.
func fieldsRule(t *testing.T, rule func(words, tags []string), cases []fieldsCase) {
	t.Helper()
	for _, tc := range cases {
		words := strings.Fields(tc.words)
		tags := strings.Fields(tc.tags)
		rule(words, tags)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.words, got, tc.want)
		}
	}
}
