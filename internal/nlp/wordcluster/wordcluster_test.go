package wordcluster

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Armenia's army didn't fire.", "Armenia 's army did n't fire ."},
		{"(U.S. forces) said: \"no\"", "( U.S. forces ) said : \" no \""},
		{"  Gen. Smith, 45-year-old", "Gen. Smith , 45-year-old"},
		{"", ""},
	}
	for _, c := range cases {
		if got := strings.Join(Tokenize(c.in), " "); got != c.want {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Words that share their contexts must end in one class, words with other
// contexts elsewhere.
func TestBuildGroupsByContext(t *testing.T) {
	var sents [][]string
	for i := 0; i < 30; i++ {
		for _, city := range []string{"Paris", "Berlin", "Rome"} {
			sents = append(sents, strings.Fields("troops arrived in "+city+" on Monday"))
		}
		for _, verb := range []string{"said", "told", "added"} {
			sents = append(sents, strings.Fields("the minister "+verb+" that troops left"))
		}
	}
	c, st := Build(sents, Options{Classes: 4, MinCount: 2, Rounds: 10})
	if st.Vocabulary == 0 || st.Tokens == 0 {
		t.Fatalf("stats = %+v", st)
	}
	if c.Path("Paris") == "" || c.Path("Paris") != c.Path("Berlin") || c.Path("Berlin") != c.Path("Rome") {
		t.Errorf("cities split: %q %q %q", c.Path("Paris"), c.Path("Berlin"), c.Path("Rome"))
	}
	if c.Path("said") != c.Path("told") || c.Path("said") == c.Path("Paris") {
		t.Errorf("verbs: said %q told %q Paris %q", c.Path("said"), c.Path("told"), c.Path("Paris"))
	}
	if c.Path("unseen") != "" {
		t.Errorf("unknown word has a path")
	}
	// The fallback lower-cases; it never capitalises.
	if c.Path("paris") != "" || c.Path("TROOPS") != c.Path("troops") {
		t.Errorf("case fallback: paris %q, TROOPS %q", c.Path("paris"), c.Path("TROOPS"))
	}
}

func TestReadWriteRoundTrip(t *testing.T) {
	c := &Clusters{paths: map[string]string{"a": "0101", "b": "0101", "c": "11"}}
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 3 || d.Path("a") != "0101" || d.Path("c") != "11" || d.Path("A") != "0101" {
		t.Errorf("round trip lost paths: %+v", d.paths)
	}
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("no error for a file that is not gzip")
	}
}

func TestLoad(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 10000 {
		t.Fatalf("only %d words", c.Len())
	}
	// Countries share a class more often than not with other countries;
	// at least they must share a long prefix.
	p, q := c.Path("France"), c.Path("Syria")
	if p == "" || q == "" || Prefix(p, 6) != Prefix(q, 6) {
		t.Errorf("France %q and Syria %q differ in the first 6 bits", p, q)
	}
}

func TestPrefix(t *testing.T) {
	if Prefix("0101", 2) != "01" || Prefix("01", 6) != "01" {
		t.Error("Prefix")
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Armenia's army didn't fire.")
	f.Add("U.S. ... ''")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		total := 0
		for _, tok := range Tokenize(s) {
			if tok == "" || !strings.Contains(s, tok) {
				t.Fatalf("token %q not in input", tok)
			}
			total += len(tok)
		}
		if total > len(s) {
			t.Fatalf("tokens longer than input")
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPath(b *testing.B) {
	c, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("The Armenian Defence Ministry said on Monday that Azerbaijani troops shelled Stepanakert")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			_ = c.Path(w)
		}
	}
}
