package words

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallaxhq/parallax"
)

func TestScan(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Armenia's T-72 tanks, 1,200 troops and twenty-five Su-25s.", "Armenia|'s|T-72|tanks|,|1,200|troops|and|twenty-five|Su-25s|."},
		{"On 2022-09-13 (Sept. 12) the U.S. said 1.5 million.", "On|2022-09-13|(|Sept|.|12|)|the|U.S|.|said|1.5|million|."},
		{"“OSA” didn't, 12,34 and 1,2345.", "“|OSA|”|didn't|,|12|,|34|and|1|,|2345|."},
		{"Azerbaijan’s 1988–1994", "Azerbaijan|’s|1988|–|1994"},
	}
	for _, tc := range tests {
		ws := Scan(tc.text, parallax.Span{End: len(tc.text)})
		var got []string
		for _, w := range ws {
			got = append(got, tc.text[w.Start:w.End])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Gen. Smith said so. The U.S. Army left on Sept. 12. “We won,” he said.\nNew line here! Done? Yes"
	want := []string{"Gen. Smith said so.", "The U.S. Army left on Sept. 12.", "“We won,” he said.", "New line here!", "Done?", "Yes"}
	var got []string
	for _, sp := range SplitSentences(text) {
		got = append(got, text[sp.Start:sp.End])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestSplitUsesDocumentSentencesAndTokens(t *testing.T) {
	text := "Two tanks. Three drones."
	doc := &parallax.Document{Text: text, Sentences: []parallax.Sentence{
		{Span: parallax.Span{Start: 0, End: 10}, Tokens: []parallax.Token{{Span: parallax.Span{Start: 0, End: 3}}, {Span: parallax.Span{Start: 4, End: 9}}, {Span: parallax.Span{Start: 9, End: 10}}}},
		{Span: parallax.Span{Start: 11, End: 24}},
	}}
	ss := Split(doc)
	if len(ss) != 2 || ss[0].Index != 0 || ss[1].Index != 1 {
		t.Fatalf("got %+v", ss)
	}
	if ss[0].Words[1].Tok != 1 || ss[1].Words[0].Tok != -1 {
		t.Errorf("token links: %+v %+v", ss[0].Words, ss[1].Words)
	}
}

func TestSides(t *testing.T) {
	s, err := LoadSides()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Azerbaijani army, Armenians, the Republic of Armenia, us, US officials, NATO and nato."
	ws := Scan(text, parallax.Span{End: len(text)})
	var got []string
	for i := 0; i < len(ws); i++ {
		if side, n := s.At(ws, i); n > 0 {
			got = append(got, side)
			i += n - 1
		}
	}
	if strings.Join(got, " ") != "AZE ARM ARM USA NATO" {
		t.Errorf("got %v", got)
	}
	// The stages ask about every capitalised word: no look-up may
	// allocate, whether it finds a side of several words or none.
	if n := testing.AllocsPerRun(20, func() {
		for i := range ws {
			s.At(ws, i)
		}
	}); n != 0 {
		t.Errorf("At allocates %.0f times a sentence", n)
	}
}

func FuzzScan(f *testing.F) {
	f.Add("Armenia's T-72 tanks, 1,200 troops. Sept. 12! “Yes”")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &parallax.Document{Text: text}
		for _, s := range Split(doc) {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("sentence %d..%d", s.Start, s.End)
			}
			prev := s.Start
			for _, w := range s.Words {
				if w.Start < prev || w.End > s.End || w.Start >= w.End || w.Text != text[w.Start:w.End] {
					t.Fatalf("word %+v in sentence %d..%d", w, s.Start, s.End)
				}
				prev = w.End
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks. ", 40)
	doc := &parallax.Document{Text: text}
	for b.Loop() {
		Split(doc)
	}
}

func TestClauseStart(t *testing.T) {
	tests := []struct{ text, verb, start string }{
		{"Armenia, which Russia supports, attacked Azerbaijan.", "attacked", "Armenia"},
		{"The ministry said that Ukrainian troops attacked.", "attacked", "Ukrainian"},
		{"After the talks failed, Russian jets bombed the town.", "bombed", "Russian"},
		{"Rebels fled; the army attacked the town.", "attacked", "the"},
		{"Troops who were sent attacked.", "were", "were"},
	}
	for _, tc := range tests {
		ws := Scan(tc.text, parallax.Span{End: len(tc.text)})
		hi := -1
		for i, w := range ws {
			if w.Text == tc.verb {
				hi = i
				break
			}
		}
		if got := ws[ClauseStart(ws, 0, hi)].Text; got != tc.start {
			t.Errorf("%q: clause starts at %q, want %q", tc.text, got, tc.start)
		}
	}
	ws := Scan("strikes in northwestern Syria and against ISIL near Mosul", parallax.Span{End: 57})
	var after []string
	for j, w := range ws {
		if AfterPreposition(ws, j) {
			after = append(after, w.Text)
		}
	}
	if strings.Join(after, " ") != "northwestern Syria ISIL Mosul" {
		t.Errorf("after prepositions: %v", after)
	}
}

func TestPlurals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"tank", "tanks"},
		{"armored personnel carrier", "armored personnel carriers"},
		{"militiaman", "militiamen"},
		{"man", "mans"},
		{"infantry fighting vehicle", "infantry fighting vehicles"},
		{"battery", "batteries"},
		{"convoy", "convoys"},
		{"bus", "buses"},
		{"launch", "launches"},
	} {
		got := Plurals(tc.in)
		if len(got) != 2 || got[0] != tc.in || got[1] != tc.want {
			t.Errorf("Plurals(%q) = %q, want [%q %q]", tc.in, got, tc.in, tc.want)
		}
	}
}
