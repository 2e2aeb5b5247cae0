package fuse

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

func TestParseClusters(t *testing.T) {
	good := `{"id":"a","text":"x","published":"2024-01-02","incident":"I"}
{"id":"b","text":"y","published":"2024-01-02 10:00:00Z","incident":"I","duplicate_of":"a","duplicate_kind":"near_duplicate"}

{"id":"c","text":"z","incident":"J","duplicate_of":"b"}`
	arts, err := ParseClusters(strings.NewReader(good), "good.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 3 || arts[1].Published != "2024-01-02" || arts[1].Source != "good.jsonl:2" {
		t.Fatalf("parsed %+v", arts)
	}
	inc := ScorePairs(GoldIncidentPairs(arts), map[Pair]bool{})
	dup := ScorePairs(GoldDuplicatePairs(arts), map[Pair]bool{})
	if inc.Gold != 1 || dup.Gold != 3 {
		t.Errorf("gold pairs: incidents %d (want 1), duplicates %d (want 3: a-b, b-c, a-c)", inc.Gold, dup.Gold)
	}
	for _, c := range []struct{ in, msg string }{
		{`{"id":"a","text":"x"}`, "bad.jsonl:1: a: no incident label"},
		{`{"text":"x","incident":"I"}`, "bad.jsonl:1: no id"},
		{`{"id":"a","text":" ","incident":"I"}`, "bad.jsonl:1: a: empty text"},
		{"{\"id\":\"a\",\"text\":\"x\",\"incident\":\"I\"}\n{\"id\":\"a\",\"text\":\"x\",\"incident\":\"I\"}", `bad.jsonl:2: id "a" repeated`},
		{`{"id":"a","text":"x","incident":"I","published":"13/01/2024"}`, `bad.jsonl:1: a: published "13/01/2024" is not YYYY-MM-DD`},
		{`{"id":"a","text":"x","incident":"I","duplicate_of":"z"}`, `bad.jsonl: a: duplicate_of "z" is not in the file`},
		{`{"id":`, "bad.jsonl:1: unexpected end of JSON input"},
	} {
		_, err := ParseClusters(strings.NewReader(c.in), "bad.jsonl")
		if err == nil || err.Error() != c.msg {
			t.Errorf("%s: error %v, want %q", c.in, err, c.msg)
		}
	}
}

func TestScorePairs(t *testing.T) {
	gold := GoldIncidentPairs([]ClusterArticle{
		{Article: parallax.Article{ID: "a"}, Incident: "I"}, {Article: parallax.Article{ID: "b"}, Incident: "I"},
		{Article: parallax.Article{ID: "c"}, Incident: "I"}, {Article: parallax.Article{ID: "d"}, Incident: "J"}})
	pred := IncidentPairs([]parallax.Incident{{Articles: []string{"a", "b"}}, {Articles: []string{"c", "d"}}, {Articles: []string{"c"}}})
	s := ScorePairs(gold, pred)
	if s.Gold != 3 || s.Predicted != 2 || s.Correct != 1 {
		t.Fatalf("score %+v", s)
	}
	if p, r := s.Precision(), s.Recall(); p != 0.5 || r != 1.0/3 {
		t.Errorf("precision %v recall %v", p, r)
	}
	if f := s.F1(); f < 0.399 || f > 0.401 {
		t.Errorf("F1 %v, want 0.4", f)
	}
	if !slices.Equal(s.Wrong, []Pair{{"c", "d"}}) || !slices.Equal(s.Missed, []Pair{{"a", "c"}, {"b", "c"}}) {
		t.Errorf("wrong %v missed %v", s.Wrong, s.Missed)
	}
	if e := ScorePairs(map[Pair]bool{}, map[Pair]bool{}); e.F1() != 1 {
		t.Errorf("empty F1 %v", e.F1())
	}
}

func TestScoreBCubed(t *testing.T) {
	gold := GoldIncidentPairs([]ClusterArticle{
		{Article: parallax.Article{ID: "a"}, Incident: "I"}, {Article: parallax.Article{ID: "b"}, Incident: "I"},
		{Article: parallax.Article{ID: "c"}, Incident: "I"}, {Article: parallax.Article{ID: "d"}, Incident: "J"}})
	ids := []string{"a", "b", "c", "d"}
	for _, tc := range []struct {
		name string
		pred [][]string
		p, r float64
	}{
		// a, b: 2 of 2 right, 2 of 3 found; c: 1 of 2 right, 1 of 3
		// found; d: 1 of 2 right, 1 of 1 found.
		{"split and wrong merge", [][]string{{"a", "b"}, {"c", "d"}}, 0.75, 2.0 / 3},
		{"all singletons", nil, 1, (1.0/3*3 + 1) / 4},
		{"one lump", [][]string{{"a", "b", "c", "d"}}, (0.75*3 + 0.25) / 4, 1},
		{"exact", [][]string{{"a", "b", "c"}}, 1, 1},
		// An article in two predicted incidents counts everyone it
		// shares one with.
		{"overlap", [][]string{{"a", "b"}, {"b", "c"}}, 1, (2.0/3 + 1 + 2.0/3 + 1) / 4},
	} {
		var incs []parallax.Incident
		for _, g := range tc.pred {
			incs = append(incs, parallax.Incident{Articles: g})
		}
		b := ScoreBCubed(ids, gold, IncidentPairs(incs))
		if math.Abs(b.P-tc.p) > 1e-9 || math.Abs(b.R-tc.r) > 1e-9 {
			t.Errorf("%s: P %.4f R %.4f, want %.4f %.4f", tc.name, b.P, b.R, tc.p, tc.r)
		}
	}
	if b := ScoreBCubed(nil, nil, nil); b.F1() != 1 {
		t.Errorf("empty F1 %v", b.F1())
	}
}
