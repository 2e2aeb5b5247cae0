package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = "# sent_id = s1\n# text = I don't know.\n" +
	"1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n" +
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
	"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
	"4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t0:root\t_\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n" +
	"\n" +
	"# sent_id = s2\n" +
	"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n"

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got := s.Comment("text"); got != "I don't know." {
		t.Errorf("text comment = %q", got)
	}
	if got := strings.Join(s.Forms(), " "); got != "I do n't know ." {
		t.Errorf("forms = %q", got)
	}
	if len(s.Multiwords) != 1 || s.Multiwords[0] != (Multiword{2, 3, "don't", "_"}) {
		t.Errorf("multiwords = %+v", s.Multiwords)
	}
	if len(s.Empty) != 1 {
		t.Errorf("empty nodes = %d, want 1", len(s.Empty))
	}
	w := s.Words[3]
	if w.Lemma != "know" || w.UPOS != "VERB" || w.XPOS != "VB" || w.Head != 0 || w.Deprel != "root" || w.Misc != "SpaceAfter=No" {
		t.Errorf("word 4 = %+v", w)
	}
	if sents[1].Words[0].Form != "Hi" {
		t.Errorf("last sentence without a final blank line lost: %+v", sents[1])
	}
}

func TestReadErrors(t *testing.T) {
	cases := map[string]string{
		"columns":  "1\tI\tI\n",
		"sequence": "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"head":     "1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n",
		"beyond":   "1\tI\tI\tPRON\tPRP\t_\t5\troot\t_\t_\n",
		"range":    "3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
	}
	for name, in := range cases {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error for %q", name, in)
		} else if !strings.Contains(err.Error(), "conllu:") {
			t.Errorf("%s: error does not name the format: %v", name, err)
		}
	}
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 2 || len(again[0].Words) != 5 || again[0].Multiwords[0].Form != "don't" || again[0].Words[4].Head != 4 {
		t.Errorf("round trip changed the sentences: %+v", again)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("")
	f.Add("\n\n#\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			for i, w := range s.Words {
				if w.ID != i+1 || w.Head > len(s.Words) {
					t.Fatalf("bad word %+v", w)
				}
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	in := strings.Repeat(sample+"\n", 200)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Read(strings.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}
