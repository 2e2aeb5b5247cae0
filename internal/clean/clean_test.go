package clean

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
	"github.com/parallaxhq/parallax/internal/testutil"
)

func load(t testing.TB) *Cleaner {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkMap verifies the offset map: monotone, inside the body, and every
// cleaned letter or digit maps to the same byte of the body.
func checkMap(t testing.TB, body, text string, m parallax.OffsetMap) {
	t.Helper()
	prev := -1
	for i := 0; i < len(text); i++ {
		o := m.Original(i)
		if o < 0 || o >= len(body) {
			t.Fatalf("cleaned offset %d maps to %d, outside the body (%d bytes)\nbody %q\ntext %q", i, o, len(body), body, text)
		}
		if o < prev {
			t.Fatalf("map not monotone at cleaned offset %d: %d after %d", i, o, prev)
		}
		prev = o
		c := text[i]
		if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && body[o] != c {
			t.Fatalf("cleaned byte %d %q maps to body byte %d %q\nbody %q\ntext %q", i, c, o, body[o], body, text)
		}
	}
	for k := 1; k < len(m); k++ {
		if m[k].Clean <= m[k-1].Clean || m[k].Orig < m[k-1].Orig {
			t.Fatalf("anchors out of order: %v then %v", m[k-1], m[k])
		}
	}
}

func TestClean(t *testing.T) {
	c := load(t)
	tests := []struct {
		name, outlet, body, want string
	}{
		{"plain", "", "One line.", "One line."},
		{"title at a line end joins", "", "Talks were led by Lt.\nGen. Tarov Belsk of the army.", "Talks were led by Lt. Gen. Tarov Belsk of the army."},
		{"U.S. then lower case joins", "", "Sanctions on U.S.\nfirms were lifted.", "Sanctions on U.S. firms were lifted."},
		{"hyphened U.S. then lower case joins", "", "The Velora-U.S.\ntalks ended.", "The Velora-U.S. talks ended."},
		{"title then a capital joins, not wrapped", "", "Talks were led by Gen.\nTarov Belsk.", "Talks were led by Gen. Tarov Belsk."},
		{"plain word and a full stop: a new line", "", "Talks ended.\nfirms were closed.", "Talks ended.\nfirms were closed."},
		{"U.S. then a capital, not wrapped: a new line", "", "Sanctions hit the U.S.\nCongress met later.", "Sanctions hit the U.S.\nCongress met later."},
		{"U.S. then a noun in wrapped text joins", "",
			"The ministry in Velora said on Monday that it had imposed new\nsanctions on U.S.\nDefense firms that supply the army, and that more would\nfollow if the talks failed to bring\na result.",
			"The ministry in Velora said on Monday that it had imposed new sanctions on U.S. Defense firms that supply the army, and that more would follow if the talks failed to bring a result."},
		{"U.S. then an opener in wrapped text stays apart", "",
			"The ministry in Velora said on Monday that it had imposed new\nsanctions on firms in the U.S.\nThe aide said that more would\nfollow if the talks failed to bring\na result.",
			"The ministry in Velora said on Monday that it had imposed new sanctions on firms in the U.S.\nThe aide said that more would follow if the talks failed to bring a result."},
		{"empty", "", "", ""},
		{"only space", "", " \n\t\n ", ""},
		{"crlf paragraphs", "", "First para.\r\n\r\nSecond para.\r\n", "First para.\n\nSecond para."},
		{"many blank lines", "", "A.\n\n\n\n B.  ", "A.\n\nB."},
		{"spaces collapse", "", "Two   spaces\there.", "Two spaces here."},
		{"nbsp and thin space", "", "10\u00a0km from\u2009Kyiv.", "10 km from Kyiv."},
		{"zero width and soft hyphen", "", "Sto\u200bltenberg met mili\u00adtary chiefs\ufeff.", "Stoltenberg met military chiefs."},
		{"nfc", "", "Ame\u0301lie and Zo\u0308e.", "Amélie and Zöe."},
		{"controls", "", "bad\x00\x07 bytes\x1b.", "bad bytes."},
		{"ad token line", "", "[ad_1]\nArmenia says it shot down two helicopters.", "Armenia says it shot down two helicopters."},
		{"ad token inline", "", "He said so. [ad_2] She did not.", "He said so. She did not."},
		{"ad token glued", "", "He said so.[ad_1]", "He said so."},
		{"advertisement line", "", "Troops moved in.\n\nAdvertisement\n\nThe town fell.", "Troops moved in.\n\nThe town fell."},
		{"ADVERTISEMENT inline", "", "Troops moved ADVERTISEMENT in.", "Troops moved in."},
		{"advertisement word kept in prose", "", "The advertisement ran for a week.", "The advertisement ran for a week."},
		{"share widget", "", "Kyiv was hit.\nShare this article\nShare on Facebook\nMore followed.", "Kyiv was hit.\nMore followed."},
		{"read more", "", "Kyiv was hit.\n\nRead more: Russia fires missiles at Ukraine grid\n\nMore followed.", "Kyiv was hit.\n\nMore followed."},
		{"related caps", "", "Kyiv was hit.\n\nRELATED: Drone strikes on Odesa\n\nALSO READ Sudan talks stall\n\nMore followed.", "Kyiv was hit.\n\nMore followed."},
		{"click and follow", "", "Kyiv was hit.\nClick here to subscribe to our newsletter.\nFollow us on Twitter @news", "Kyiv was hit."},
		{"picture credits", "", "Image source, Getty Images\nImage caption, Rescuers search the rubble\n3 min read\nRescuers searched the rubble on Monday.",
			"Rescuers searched the rubble on Monday."},
		{"photo in prose kept", "", "The photo credit went to a local man.", "The photo credit went to a local man."},
		{"section rules stand apart", "", "First part.\n* * *\nSecond part.\n\n-----\n\nThird.", "First part.\n\n* * *\n\nSecond part.\n\n-----\n\nThird."},
		{"no sentence joins a rule", "", "Talks began in the\n\n*****\n\nand ended", "Talks began in the\n\n*****\n\nand ended"},
		{"label glued to a sentence kept", "", "Kyiv was hit.\n\nWATCH: Tarov Belsk's video report Members of the council say the vote was fair.",
			"Kyiv was hit.\n\nWATCH: Tarov Belsk's video report Members of the council say the vote was fair."},
		{"label with a headline alone dropped", "", "Kyiv was hit.\n\nWatch: Army says it repelled attack on Kestrova\n\nMore followed.", "Kyiv was hit.\n\nMore followed."},
		{"caption with a full stop dropped", "", "Kyiv was hit.\nPhoto: Soldiers of the brigade walk past the town hall in Velora on Monday.\nMore followed.", "Kyiv was hit.\nMore followed."},
		{"read more in prose kept", "", "Analysts read more into the move than was there.", "Analysts read more into the move than was there."},
		{"sign-off outlet", "News.az", "The ministry said so.\n\nNews.Az", "The ministry said so."},
		{"sign-off domain", "", "The ministry said so.\n\nTrend.az", "The ministry said so."},
		{"sign-off agency in brackets", "", "Talks resumed in Doha.\n(Reuters)", "Talks resumed in Doha."},
		{"sign-off dash agency", "", "Talks resumed in Doha.\n\n— AP", "Talks resumed in Doha."},
		{"credits kept, copyright dropped", "", "Talks resumed.\n\n(Reporting by Jane Doe; Editing by John Roe)\n© 2024 Reuters", "Talks resumed.\n\n(Reporting by Jane Doe; Editing by John Roe)"},
		{"last line not a sign-off", "", "Talks resumed.\n\nThe next round is in May.", "Talks resumed.\n\nThe next round is in May."},
		{"bullet at the end kept", "", "Key points:\n- Ceasefire", "Key points:\n- Ceasefire"},
		{"name between blank lines", "",
			"It was attended by President\n\nVaughan Khachaturian\n\nand Chairman of the Assembly\n\nAlen Simonyan\n\n.",
			"It was attended by President Vaughan Khachaturian and Chairman of the Assembly Alen Simonyan."},
		{"name then comma line", "", "According to the decree of leader\n\nAraik Harutyunyan\n\n, a mobilization was announced.",
			"According to the decree of leader Araik Harutyunyan, a mobilization was announced."},
		{"title line before name", "", "Prime Minister of Armenia\n\nNikol Pashinyan\n\nheld a meeting.",
			"Prime Minister of Armenia Nikol Pashinyan held a meeting."},
		{"headline kept apart", "", "Counter-terrorist operation in Karabakh\n\nThe ministry announced an operation.",
			"Counter-terrorist operation in Karabakh\n\nThe ministry announced an operation."},
		{"headline then name paragraph", "", "Clashes in the north\n\nJohn Smith reported from Kabul.",
			"Clashes in the north\n\nJohn Smith reported from Kabul."},
		{"lowercase continuation", "", "The army said the attack\nwas repelled overnight.", "The army said the attack was repelled overnight."},
		{"dangling word", "", "Shells fell on the\n\nVillage of Sotk.", "Shells fell on the Village of Sotk."},
		{"terminated line not joined", "", "It ended.\nthen it began.", "It ended.\nthen it began."},
		{"lone full stop", "", "He called Emmanuel Macron\n\n.", "He called Emmanuel Macron."},
		{"full stop as bullet sign", "", "Syria\n.\u00a0 \u00a0Near Mosul, one strike hit a unit.\n.\u00a0 \u00a0Near Sinjar, two strikes.",
			"Syria\n. Near Mosul, one strike hit a unit.\n. Near Sinjar, two strikes."},
		{"bullets stay apart", "", "Losses:\n• two tanks\n• three drones\n\n1. first\n2) second", "Losses:\n• two tanks\n• three drones\n\n1. first\n2) second"},
		{"hyphenation word", "", "The mili-\ntary said.", "The military said."},
		{"hyphenation inflected", "", "Both govern-\nments agreed.", "Both governments agreed."},
		{"hyphen compound kept", "", "A long-\nrunning war.", "A long-running war."},
		{"hyphen capitalised kept", "", "Nagorno-\nKarabakh is disputed.", "Nagorno-Karabakh is disputed."},
		{"hyphen before capital kept", "", "An anti-\nAmerican rally.", "An anti-American rally."},
		{"dash at line end is not hyphenation", "", "He left -\nthe others stayed.", "He left - the others stayed."},
		{"hard wrapped text", "", "The ministry of defence said on Sunday that its forces had\nrepelled an attack near the village and that two soldiers\nwere wounded in the fighting that followed the attack by\nArmenian units near the border.\n\nNext paragraph.",
			"The ministry of defence said on Sunday that its forces had repelled an attack near the village and that two soldiers were wounded in the fighting that followed the attack by Armenian units near the border.\n\nNext paragraph."},
		{"hard wrapped heading kept apart", "", "The ministry of defence said on Sunday that its forces had\nrepelled an attack near the village and that two soldiers\nwere wounded, officials said.\nInternational reaction\nThe United Nations called for restraint and urged both\nsides to return to the table, a spokesman said.",
			"The ministry of defence said on Sunday that its forces had repelled an attack near the village and that two soldiers were wounded, officials said.\nInternational reaction\nThe United Nations called for restraint and urged both sides to return to the table, a spokesman said."},
		{"hard wrapped paragraph before a capital joined", "", "Talks resumed.\nThe ministry of defence said that its forces repelled\nArmenian units near the village and that two soldiers\nwere wounded in the fighting that followed near the\nborder on Sunday.",
			"Talks resumed.\nThe ministry of defence said that its forces repelled Armenian units near the village and that two soldiers were wounded in the fighting that followed near the border on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := c.Clean(tt.body, tt.outlet)
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.body, got, tt.want)
			}
			checkMap(t, tt.body, got, m)
		})
	}
}

// TestLongInputs feeds pathological inputs that a quadratic rule would
// choke on; the test's time limit catches a regression.
func TestLongInputs(t *testing.T) {
	c := load(t)
	for _, body := range []string{
		strings.Repeat("[a", 50000) + "]",
		strings.Repeat("word-\n", 20000),
		strings.Repeat("Name\n\n", 20000),
		strings.Repeat("x ", 100000),
		strings.Repeat("e\u0301", 20000),
	} {
		began := time.Now()
		text, m := c.Clean(body, "")
		t.Logf("%d bytes: %v", len(body), time.Since(began))
		if len(body) < 1000 {
			checkMap(t, body, text, m)
		}
	}
}

func TestBulletLen(t *testing.T) {
	for s, want := range map[string]int{
		"• a": 4, "- a": 2, "* a": 2, "– a": 4, "1. a": 3, "12) a": 4, "(3) a": 4, "a) a": 3,
		". Near": 2, ". and": 0, ".": 0, "-a": 0, "2020. a": 0, "1.5 a": 0, "A) a": 0, "word": 0, "": 0, "(x) a": 0,
	} {
		if got := BulletLen(s); got != want {
			t.Errorf("BulletLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestRealArticles runs the cleaner on real articles (Voice of America and
// Wikinews stories of the demo corpus) and checks the map and that no junk
// or broken paragraphs come out.
func TestRealArticles(t *testing.T) {
	c := load(t)
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		text, m := c.Clean(a.Body, a.Outlet)
		checkMap(t, a.Body, text, m)
		if strings.Contains(text, "\n\n\n") || strings.Contains(text, "[ad_") {
			t.Errorf("%s: junk or triple line breaks left", a.ID)
		}
	}
}

func TestSeedsGolden(t *testing.T) {
	c := load(t)
	var sb strings.Builder
	for _, a := range testutil.Seeds(t) {
		text, m := c.Clean(a.Body, a.Outlet)
		checkMap(t, a.Body, text, m)
		sb.WriteString("=== " + a.ID + "\n" + text + "\n")
		switch a.ID {
		case "001":
			if strings.Contains(text, "[ad_1]") {
				t.Errorf("001 still has [ad_1]")
			}
		case "002":
			if strings.HasSuffix(strings.TrimSpace(text), "News.Az") {
				t.Errorf("002 still ends with the sign-off News.Az")
			}
		case "003":
			want := "attended by President Vaughan Khachaturian and Chairman of the National Assembly Alen Simanyan."
			if !strings.Contains(text, want) {
				t.Errorf("003 lacks %q", want)
			}
		}
	}
	testutil.Golden(t, "seeds.txt", []byte(sb.String()))
}

func FuzzClean(f *testing.F) {
	c := load(f)
	for _, s := range []string{"", "a", "mili-\ntary", "A\n\nB\n\n.", "[ad_1]\nx", "e\u0301\u00a0\u200b\r\n", "• a\n- b", "x\u0958y", "News.Az"} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, body, outlet string) {
		if !utf8.ValidString(body) {
			body = strings.ToValidUTF8(body, "\uFFFD")
		}
		text, m := c.Clean(body, outlet)
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %q", body)
		}
		if len(text) > 0 && len(body) == 0 {
			t.Fatalf("text out of nothing")
		}
		checkMap(t, body, text, m)
	})
}

// BenchmarkClean cleans the demo corpus (seeds, VOA, Wikinews and re3d
// articles); MB/cpu-s is the throughput per CPU second.
func BenchmarkClean(b *testing.B) {
	c := load(b)
	arts, err := demo.Articles()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		n += len(a.Body)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, a := range arts {
			c.Clean(a.Body, a.Outlet)
		}
	}
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// TestHyphenationOnRealWords measures the line-end hyphenation rule on the
// words of the demo corpus: every plain lower-case word of eight letters or
// more, split in its middle, must come back whole ("mili-" "tary"); every
// lower-case compound ("long-running"), split at its hyphen, should keep it
// (most that do not come out as a closed form that is a word too:
// "counterattack", "cooperation").
func TestHyphenationOnRealWords(t *testing.T) {
	c := load(t)
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var words, compounds []string
	for _, a := range arts {
		for _, w := range strings.Fields(a.Body) {
			w = strings.Trim(w, ".,;:!?\"'()“”‘’")
			if seen[w] || !isLowerWord(strings.ReplaceAll(w, "-", "")) {
				continue
			}
			seen[w] = true
			switch strings.Count(w, "-") {
			case 0:
				if len(w) >= 8 {
					words = append(words, w)
				}
			case 1:
				if !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-") {
					compounds = append(compounds, w)
				}
			}
		}
	}
	rejoined, kept := 0, 0
	for _, w := range words {
		got, _ := c.Clean("The "+w[:len(w)/2]+"-\n"+w[len(w)/2:]+" ended.", "")
		if got == "The "+w+" ended." {
			rejoined++
		} else if testing.Verbose() {
			t.Logf("word %q became %q", w, got)
		}
	}
	for _, w := range compounds {
		got, _ := c.Clean("The "+strings.Replace(w, "-", "-\n", 1)+" ended.", "")
		if got == "The "+w+" ended." {
			kept++
		} else if testing.Verbose() {
			t.Logf("compound %q became %q", w, got)
		}
	}
	pw := float64(rejoined) / float64(len(words))
	pc := float64(kept) / float64(len(compounds))
	t.Logf("words rejoined: %d/%d (%.3f); compounds kept: %d/%d (%.3f)", rejoined, len(words), pw, kept, len(compounds), pc)
	if len(words) < 500 || len(compounds) < 100 || pw < 0.99 || pc < 0.75 {
		t.Errorf("hyphenation rule below its measured level")
	}
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// TestPrintable8 checks the eight-byte test against the byte-by-byte one
// for every byte value at every position among printable neighbours.
func TestPrintable8(t *testing.T) {
	base := []byte("abcXYZ ~")
	for pos := 0; pos < 8; pos++ {
		for v := 0; v < 256; v++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(v)
			want := true
			for _, c := range b {
				if c < 0x20 || c >= 0x7f {
					want = false
				}
			}
			if got := printable8(load8(string(b), 0)); got != want {
				t.Fatalf("%q: printable8 %v, want %v", b, got, want)
			}
		}
	}
	// Two odd bytes at once, where borrows could mask one another.
	for v := 0; v < 256; v++ {
		for w := 0; w < 256; w += 7 {
			b := []byte{byte(v), byte(w), 'a', 'a', 'a', 'a', 'a', 'a'}
			want := v >= 0x20 && v < 0x7f && w >= 0x20 && w < 0x7f
			if got := printable8(load8(string(b), 0)); got != want {
				t.Fatalf("%q: printable8 %v, want %v", b, got, want)
			}
		}
	}
}

// TestComposeNFCAfterASCII composes a mark with the ASCII letter before
// it wherever the eight-byte ASCII skip stops.
func TestComposeNFCAfterASCII(t *testing.T) {
	for n := 0; n < 20; n++ {
		prefix := strings.Repeat("x", n)
		got, _ := composeNFC(prefix + "e\u0301 caf\u00e9")
		if want := prefix + "\u00e9 caf\u00e9"; got != want {
			t.Errorf("%d ASCII bytes before: %q, want %q", n, got, want)
		}
		in := prefix + "caf\u00e9"
		if got, m := composeNFC(in); got != in || m != nil {
			t.Errorf("%q: NFC already, got %q with map %v", in, got, m)
		}
	}
}

// TestIsNFC compares isNFC with the norm package on texts that mix ASCII
// with composed, decomposed and reordered marks at every position.
func TestIsNFC(t *testing.T) {
	parts := []string{"a", "e\u0301", "\u00e9", "x\u0327\u0301", "x\u0301\u0327", "\u0301", "\u1100\u1161",
		"\uac00", "\u212b", "  ", "abcdefghij", "Kyiv\u2019s", "\u05d0\u05b8", "\ufb2f", "o\u0308\u0304"}
	var texts []string
	for _, p := range parts {
		for _, q := range parts {
			for _, r := range parts {
				texts = append(texts, p+q+r, "12345678"+p+q+"abcdefgh"+r)
			}
		}
	}
	for _, s := range texts {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%q) = %v, norm says %v", s, got, want)
		}
	}
}

// TestLowerInto compares lowerInto with strings.ToLower, invalid UTF-8
// and characters whose lower case is longer or shorter included.
func TestLowerInto(t *testing.T) {
	for _, s := range []string{"", "READ MORE: Kyiv", "Ünïcödé ÀÉÎ", "\u0130stanbul", "\u212a\u212b", "\u023a\u023e", "a\xffb", "ΣΑΣ", "ok"} {
		if got, want := string(lowerInto(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNameLike checks the word loop of nameLike: up to six capitalised
// words or particles, no end punctuation.
func TestNameLike(t *testing.T) {
	for s, want := range map[string]bool{
		"Vaughan Khachaturian": true, "President": true, "Ali bin Hamad al Noor": true,
		"One Two Three Four Five Six": true, "One Two Three Four Five Six Seven": false,
		"": false, "   ": false, "the President": false, "Minister said.": false,
		"Anna\u00a0Berg": true, " Anna  Berg ": true, "Anna berg": false,
	} {
		if got := nameLike(s); got != want {
			t.Errorf("nameLike(%q) = %v, want %v", s, got, want)
		}
	}
}
