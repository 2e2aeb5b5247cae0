package fuse

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/parallaxhq/parallax"
)

// ClusterArticle is one line of a development cluster file (format in
// testdata/clusters/README.md): an article in the JSONL input format with
// its gold incident label and, for a copy, the article it copies.
type ClusterArticle struct {
	parallax.Article
	Incident      string // articles with the same label report the same incident
	DuplicateOf   string // the id of the article this one copies or renders, "" if none
	DuplicateKind string // exact, near_duplicate or same_statement
}

// ReadClusters reads a cluster file; errors name the file and line.
func ReadClusters(path string) ([]ClusterArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseClusters(f, path)
}

// ParseClusters reads cluster lines from r; name labels errors.
func ParseClusters(r io.Reader, name string) ([]ClusterArticle, error) {
	type line struct {
		ID, URL, Outlet, Title, Published, Language, Text string
		Incident                                          string
		DuplicateOf                                       string `json:"duplicate_of"`
		DuplicateKind                                     string `json:"duplicate_kind"`
	}
	var out []ClusterArticle
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		switch {
		case l.ID == "":
			return nil, fmt.Errorf("%s:%d: no id", name, n)
		case seen[l.ID]:
			return nil, fmt.Errorf("%s:%d: id %q repeated", name, n, l.ID)
		case strings.TrimSpace(l.Text) == "":
			return nil, fmt.Errorf("%s:%d: %s: empty text", name, n, l.ID)
		case l.Incident == "":
			return nil, fmt.Errorf("%s:%d: %s: no incident label", name, n, l.ID)
		}
		if l.Published != "" {
			if _, ok := dayNumber(l.Published); !ok {
				return nil, fmt.Errorf("%s:%d: %s: published %q is not YYYY-MM-DD", name, n, l.ID, l.Published)
			}
			l.Published = l.Published[:10]
		}
		seen[l.ID] = true
		out = append(out, ClusterArticle{
			Article: parallax.Article{ID: l.ID, Source: fmt.Sprintf("%s:%d", name, n), URL: l.URL, Outlet: l.Outlet,
				Title: l.Title, Published: l.Published, Language: l.Language, Body: l.Text},
			Incident: l.Incident, DuplicateOf: l.DuplicateOf, DuplicateKind: l.DuplicateKind,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	for _, a := range out {
		if a.DuplicateOf != "" && !seen[a.DuplicateOf] {
			return nil, fmt.Errorf("%s: %s: duplicate_of %q is not in the file", name, a.ID, a.DuplicateOf)
		}
	}
	return out, nil
}

// Pair is an unordered pair of article ids, smaller first.
type Pair [2]string

func pairOf(a, b string) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

// groupPairs returns every pair of distinct articles that share a group.
func groupPairs(groups [][]string) map[Pair]bool {
	out := map[Pair]bool{}
	for _, g := range groups {
		g = slices.Clone(g)
		slices.Sort(g)
		g = slices.Compact(g)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				out[pairOf(g[i], g[j])] = true
			}
		}
	}
	return out
}

// GoldIncidentPairs are the article pairs with the same incident label.
func GoldIncidentPairs(arts []ClusterArticle) map[Pair]bool {
	by := map[string][]string{}
	for _, a := range arts {
		by[a.Incident] = append(by[a.Incident], a.ID)
	}
	var groups [][]string
	for _, g := range by {
		groups = append(groups, g)
	}
	return groupPairs(groups)
}

// GoldDuplicatePairs are the article pairs linked, directly or through
// other copies, by duplicate_of.
func GoldDuplicatePairs(arts []ClusterArticle) map[Pair]bool {
	root := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if r, ok := root[x]; ok && r != x {
			r = find(r)
			root[x] = r
			return r
		}
		return x
	}
	for _, a := range arts {
		if a.DuplicateOf != "" {
			ra, rb := find(a.ID), find(a.DuplicateOf)
			if ra != rb {
				root[ra] = rb
			}
		}
	}
	by := map[string][]string{}
	for _, a := range arts {
		r := find(a.ID)
		by[r] = append(by[r], a.ID)
	}
	var groups [][]string
	for _, g := range by {
		groups = append(groups, g)
	}
	return groupPairs(groups)
}

// IncidentPairs are the article pairs that share a predicted incident.
func IncidentPairs(incs []parallax.Incident) map[Pair]bool {
	var groups [][]string
	for _, in := range incs {
		groups = append(groups, in.Articles)
	}
	return groupPairs(groups)
}

// DuplicatePairs are the article pairs of the predicted duplicates, of any
// kind.
func DuplicatePairs(dups []parallax.Duplicate) map[Pair]bool {
	var groups [][]string
	for _, d := range dups {
		groups = append(groups, d.Articles)
	}
	return groupPairs(groups)
}

// PairScore is pairwise precision, recall and F1.
type PairScore struct {
	Gold, Predicted, Correct int
	Missed, Wrong            []Pair // sorted
}

// ScorePairs compares predicted pairs with gold ones.
func ScorePairs(gold, pred map[Pair]bool) PairScore {
	s := PairScore{Gold: len(gold), Predicted: len(pred)}
	for p := range pred {
		if gold[p] {
			s.Correct++
		} else {
			s.Wrong = append(s.Wrong, p)
		}
	}
	for p := range gold {
		if !pred[p] {
			s.Missed = append(s.Missed, p)
		}
	}
	less := func(a, b Pair) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	}
	slices.SortFunc(s.Missed, less)
	slices.SortFunc(s.Wrong, less)
	return s
}

// Precision, Recall and F1; 1 when there is nothing to find and nothing
// was found.
func (s PairScore) Precision() float64 { return ratio(s.Correct, s.Predicted) }
func (s PairScore) Recall() float64    { return ratio(s.Correct, s.Gold) }
func (s PairScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// BCubed is the B-cubed precision, recall and F1 of a grouping, the
// usual score of cross-document event coreference: per article, the share
// of the articles grouped with it (itself included) that are right, and
// the share of those that should be that are, averaged over articles.
// Pairs rather than clusters, so that an article in two predicted
// incidents (an article that tells two stories) counts every article it
// shares one with. ids are every article scored; an id in no pair is a
// singleton.
type BCubed struct{ P, R float64 }

// ScoreBCubed scores predicted pairs against gold ones over ids.
func ScoreBCubed(ids []string, gold, pred map[Pair]bool) BCubed {
	if len(ids) == 0 {
		return BCubed{1, 1}
	}
	g, p, both := map[string]int{}, map[string]int{}, map[string]int{}
	for pr := range gold {
		g[pr[0]]++
		g[pr[1]]++
		if pred[pr] {
			both[pr[0]]++
			both[pr[1]]++
		}
	}
	for pr := range pred {
		p[pr[0]]++
		p[pr[1]]++
	}
	var sp, sr float64
	for _, id := range ids {
		// Each article is grouped with itself: the +1s.
		sp += float64(both[id]+1) / float64(p[id]+1)
		sr += float64(both[id]+1) / float64(g[id]+1)
	}
	n := float64(len(ids))
	return BCubed{sp / n, sr / n}
}

// F1 is the harmonic mean of P and R.
func (b BCubed) F1() float64 {
	if b.P+b.R == 0 {
		return 0
	}
	return 2 * b.P * b.R / (b.P + b.R)
}

func ratio(a, b int) float64 {
	if b == 0 {
		if a == 0 {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}
