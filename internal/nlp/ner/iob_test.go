package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestReadIOBFormats(t *testing.T) {
	cases := []struct {
		name, in   string
		words      string
		tags       string
		sentences  int
		docStarts0 bool
	}{
		{"uner", "# sent_id = x\n# text = Al Zaman : forces\n1\tAl\tB-ORG\t-\ts\n2\tZaman\tI-ORG\t-\ts\n3\t:\tO\t-\t-\n4\tforces\tO\t-\t-\n\n",
			"Al Zaman : forces", "B-ORG I-ORG O O", 1, false},
		{"conll", "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n1990 CD I-NP O\nGerman JJ B-NP I-MISC\n\n",
			"EU rejects 1990 German", "B-ORG O O B-MISC", 1, true},
		{"wikigold iob1", "The I-ORG\nMad I-ORG\nCapsule I-ORG\nMarkets I-ORG\nand O\nJapan I-LOC\nB-LOC B-LOC\n",
			"The Mad Capsule Markets and Japan B-LOC", "B-ORG I-ORG I-ORG I-ORG O B-LOC B-LOC", 1, false},
		{"hash token", "# O\nlove O\n",
			"# love", "O O", 1, false},
	}
	for _, c := range cases {
		got, err := ReadIOB(strings.NewReader(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(got) != c.sentences {
			t.Errorf("%s: %d sentences, want %d", c.name, len(got), c.sentences)
			continue
		}
		if w := strings.Join(got[0].Words, " "); w != c.words {
			t.Errorf("%s: words %q, want %q", c.name, w, c.words)
		}
		if g := strings.Join(got[0].Tags, " "); g != c.tags {
			t.Errorf("%s: tags %q, want %q", c.name, g, c.tags)
		}
		if got[0].DocStart != c.docStarts0 {
			t.Errorf("%s: DocStart %v", c.name, got[0].DocStart)
		}
	}
	if _, err := ReadIOB(strings.NewReader("word\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("missing tag: err = %v", err)
	}
	if _, err := ReadIOB(strings.NewReader("word X-PER\n")); err == nil {
		t.Error("bad tag accepted")
	}
}

func TestToIOB2(t *testing.T) {
	cases := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-ORG", "B-PER B-PER B-ORG"},
		{"B-PER I-PER", "B-PER I-PER"},
		{"S-LOC B-ORG E-ORG S-ORG", "B-LOC B-ORG I-ORG B-ORG"},
	}
	for _, c := range cases {
		if got := strings.Join(ToIOB2(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("ToIOB2(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestChunksAndScore(t *testing.T) {
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG")
	pred := strings.Fields("B-PER I-PER O B-ORG O I-ORG")
	if got := Chunks(pred); len(got) != 3 || got[2] != (Chunk{5, 6, "ORG"}) {
		t.Errorf("Chunks = %+v", got)
	}
	s := NewScore()
	s.Add(gold, pred)
	if s.All != (Counts{Correct: 2, Predicted: 3, Gold: 3}) {
		t.Errorf("counts %+v", s.All)
	}
	if c := s.Types["LOC"]; c.Gold != 1 || c.Correct != 0 {
		t.Errorf("LOC %+v", c)
	}
	if f := s.All.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 = %v", f)
	}
	if !strings.Contains(s.String(), "overall") {
		t.Error("no overall line")
	}
	if (Counts{}).F1() != 0 {
		t.Error("empty F1")
	}
}

func TestDropType(t *testing.T) {
	got := strings.Join(DropType(strings.Fields("B-MISC I-MISC B-PER"), "MISC"), " ")
	if got != "O O B-PER" {
		t.Errorf("DropType = %s", got)
	}
}

// TestChunksCounted checks Chunks, which counts its entities before
// listing them, against the one-pass reading on every sequence of up to
// five tags over B-, I- of two types, a stray other prefix and O.
func TestChunksCounted(t *testing.T) {
	reference := func(tags []string) []Chunk {
		var out []Chunk
		open, typ := -1, ""
		for i, t := range tags {
			var p byte
			var ty string
			if len(t) > 2 && t[1] == '-' {
				p, ty = t[0], t[2:]
			}
			if open >= 0 && (p != 'I' || ty != typ) {
				out = append(out, Chunk{open, i, typ})
				open = -1
			}
			if p == 'B' || (p == 'I' && open < 0) {
				open, typ = i, ty
			}
		}
		if open >= 0 {
			out = append(out, Chunk{open, len(tags), typ})
		}
		return out
	}
	alphabet := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "E-PER", "I-"}
	var walk func(tags []string)
	walk = func(tags []string) {
		got, want := Chunks(tags), reference(tags)
		if !slices.Equal(got, want) || cap(got) != len(got) {
			t.Fatalf("Chunks(%q) = %v (cap %d), want %v", tags, got, cap(got), want)
		}
		if len(tags) == 5 {
			return
		}
		for _, a := range alphabet {
			walk(append(tags, a))
		}
	}
	walk(nil)
}
