package geo

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/parallaxhq/parallax/internal/gazetteer"
)

// GoldDoc is one document of a geoparsing corpus in the JSONL format that
// `parallax eval geo` reads: one document a line,
//
//	{"id": "voa-12", "source": "where the text is from", "text": "...",
//	 "toponyms": [{"start": 10, "end": 16, "text": "Kharkiv",
//	               "lat": 49.98, "lon": 36.25, "geonameid": 706483,
//	               "name": "Kharkiv"}]}
//
// start/end are byte offsets into text and text[start:end] must equal the
// toponym's text; lat/lon are the gold point; geonameid and name are
// optional and informative.
type GoldDoc struct {
	ID       string        `json:"id"`
	Source   string        `json:"source,omitempty"`
	Text     string        `json:"text"`
	Toponyms []GoldToponym `json:"toponyms"`
}

// GoldToponym is one annotated place name.
type GoldToponym struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Name      string  `json:"name,omitempty"`
}

// ReadCorpus reads a JSONL geoparsing corpus (optionally .gz) and checks
// every span.
func ReadCorpus(path string) ([]GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var docs []GoldDoc
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d GoldDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, ln, err)
		}
		for _, t := range d.Toponyms {
			if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End || d.Text[t.Start:t.End] != t.Text {
				return nil, fmt.Errorf("%s:%d: toponym %q at %d-%d does not match the text", path, ln, t.Text, t.Start, t.End)
			}
			if t.Lat < -90 || t.Lat > 90 || t.Lon < -180 || t.Lon > 180 {
				return nil, fmt.Errorf("%s:%d: toponym %q has no valid lat/lon", path, ln, t.Text)
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}

// Prediction is a place the system found: its span and point.
type Prediction struct {
	Start, End int
	Lat, Lon   float64
}

// maxError is the largest possible error on Earth in km, the scale of
// the AUC (Gritta et al. 2018, 2019).
const maxError = 20039

// Score accumulates detection and resolution figures over documents:
// detection precision/recall/F1 with exact spans and with overlapping
// spans, and, for gold toponyms whose span the system found (overlap),
// the distance errors behind Acc@161km, mean and median error and AUC as
// defined by Gritta et al. 2019 ("A pragmatic guide to geoparsing
// evaluation").
type Score struct {
	Gold, Predicted        int
	ExactMatch, Overlapped int // true positives, by exact span and by overlap
	predictedOverlapping   int // predictions that overlap some gold span
	Errors                 []float64
}

// Add scores one document. Matching is one to one: each gold toponym
// takes the first unused prediction that overlaps it.
func (s *Score) Add(gold []GoldToponym, pred []Prediction) {
	s.Gold += len(gold)
	s.Predicted += len(pred)
	used := make([]bool, len(pred))
	for _, p := range pred {
		for _, g := range gold {
			if p.Start < g.End && g.Start < p.End {
				s.predictedOverlapping++
				break
			}
		}
	}
	for _, g := range gold {
		best := -1
		for i, p := range pred {
			if used[i] || !(p.Start < g.End && g.Start < p.End) {
				continue
			}
			if best < 0 || p.Start == g.Start && p.End == g.End {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		p := pred[best]
		s.Overlapped++
		if p.Start == g.Start && p.End == g.End {
			s.ExactMatch++
		}
		s.Errors = append(s.Errors, gazetteer.Distance(g.Lat, g.Lon, p.Lat, p.Lon))
	}
}

// Acc161 is the share of resolved toponyms within 161 km (100 miles).
func (s *Score) Acc161() float64 {
	if len(s.Errors) == 0 {
		return 0
	}
	n := 0
	for _, e := range s.Errors {
		if e <= 161 {
			n++
		}
	}
	return float64(n) / float64(len(s.Errors))
}

// MeanError and MedianError are in km.
func (s *Score) MeanError() float64 {
	if len(s.Errors) == 0 {
		return 0
	}
	t := 0.0
	for _, e := range s.Errors {
		t += e
	}
	return t / float64(len(s.Errors))
}

// MedianError is the median distance error in km.
func (s *Score) MedianError() float64 {
	if len(s.Errors) == 0 {
		return 0
	}
	e := append([]float64(nil), s.Errors...)
	sort.Float64s(e)
	if len(e)%2 == 1 {
		return e[len(e)/2]
	}
	return (e[len(e)/2-1] + e[len(e)/2]) / 2
}

// AUC is the area under the curve of the sorted log errors, scaled to
// [0, 1] by the number of toponyms and by ln(20039 km): 0 is perfect,
// lower is better. It is the trapezoid rule over ln(1+error) as in the
// evaluation code of Gritta et al.
func (s *Score) AUC() float64 {
	e := append([]float64(nil), s.Errors...)
	sort.Float64s(e)
	switch len(e) {
	case 0:
		return 0
	case 1:
		return math.Log(1+e[0]) / math.Log(maxError)
	}
	area := 0.0
	for i := 1; i < len(e); i++ {
		area += (math.Log(1+e[i-1]) + math.Log(1+e[i])) / 2
	}
	return area / float64(len(e)-1) / math.Log(maxError)
}

func prf(tp, predicted, gold int) (p, r, f float64) {
	if predicted > 0 {
		p = float64(tp) / float64(predicted)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// String renders the figures.
func (s *Score) String() string {
	var b strings.Builder
	p, r, f := prf(s.ExactMatch, s.Predicted, s.Gold)
	fmt.Fprintf(&b, "detection (exact span)    P=%.3f R=%.3f F1=%.3f  (%d gold, %d predicted, %d matched)\n",
		p, r, f, s.Gold, s.Predicted, s.ExactMatch)
	p, r, f = prf(s.Overlapped, s.Predicted, s.Gold)
	p = 0
	if s.Predicted > 0 {
		p = float64(s.predictedOverlapping) / float64(s.Predicted)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Fprintf(&b, "detection (overlap)       P=%.3f R=%.3f F1=%.3f\n", p, r, f)
	fmt.Fprintf(&b, "resolution (%d detected)  Acc@161km=%.3f  mean=%.1f km  median=%.1f km  AUC=%.3f\n",
		len(s.Errors), s.Acc161(), s.MeanError(), s.MedianError(), s.AUC())
	within := 0
	for _, e := range s.Errors {
		if e <= 161 {
			within++
		}
	}
	if s.Gold > 0 {
		fmt.Fprintf(&b, "end to end                %d of %d gold toponyms found within 161 km (%.3f)\n",
			within, s.Gold, float64(within)/float64(s.Gold))
	}
	return b.String()
}
