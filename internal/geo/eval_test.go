package geo

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	gold := []GoldToponym{
		{Start: 0, End: 5, Text: "Paris", Lat: 48.8566, Lon: 2.3522},
		{Start: 10, End: 15, Text: "Lyons", Lat: 45.764, Lon: 4.8357},
		{Start: 20, End: 26, Text: "Berlin", Lat: 52.52, Lon: 13.405},
	}
	pred := []Prediction{
		{Start: 0, End: 5, Lat: 48.8566, Lon: 2.3522},   // exact, 0 km
		{Start: 10, End: 14, Lat: 48.8566, Lon: 2.3522}, // overlapping span, Paris for Lyons: ~392 km
		{Start: 40, End: 45, Lat: 0, Lon: 0},            // not a gold toponym
	}
	var s Score
	s.Add(gold, pred)
	if s.Gold != 3 || s.Predicted != 3 || s.ExactMatch != 1 || s.Overlapped != 2 {
		t.Fatalf("counts: %+v", s)
	}
	if got := s.Acc161(); got != 0.5 {
		t.Errorf("Acc161 = %v, want 0.5", got)
	}
	if got := s.MedianError(); math.Abs(got-196) > 2 {
		t.Errorf("median = %v, want about 196 km (mean of 0 and ~392)", got)
	}
	// AUC of errors {0, e}: the trapezoid between ln(1) and ln(1+e),
	// over one interval, scaled by ln(20039).
	e := s.Errors[1]
	want := (math.Log(1) + math.Log(1+e)) / 2 / math.Log(20039)
	if got := s.AUC(); math.Abs(got-want) > 1e-9 {
		t.Errorf("AUC = %v, want %v", got, want)
	}
	var perfect Score
	perfect.Add(gold[:1], pred[:1])
	if perfect.AUC() != 0 || perfect.Acc161() != 1 {
		t.Errorf("perfect: AUC %v Acc161 %v", perfect.AUC(), perfect.Acc161())
	}
	if !strings.Contains(s.String(), "Acc@161km=0.500") {
		t.Errorf("String: %s", s.String())
	}
}

func TestReadCorpus(t *testing.T) {
	for _, f := range []string{"dev.jsonl", "heldout.jsonl"} {
		docs, err := ReadCorpus(filepath.Join("..", "..", "testdata", "geo", f))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			n += len(d.Toponyms)
		}
		if f == "dev.jsonl" && n < 150 {
			t.Errorf("%s: %d toponyms, want at least 150", f, n)
		}
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"x","text":"in Paris","toponyms":[{"start":0,"end":5,"text":"Paris","lat":1,"lon":2}]}`+"\n"), 0o644)
	if _, err := ReadCorpus(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
		t.Errorf("a span that does not match the text: err = %v", err)
	}
}
