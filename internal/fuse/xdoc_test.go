package fuse_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/pipeline"
)

// xdocGold is the part of ../../testdata/xdoc/gold.json (the score tool's
// format) that fusion answers for.
type xdocGold struct {
	Incidents []struct {
		ID       string
		Date     any // "YYYY-MM-DD" or [first, last]
		Articles []string
	}
	SameStatement  [][]string `json:"same_statement"`
	OneSided       []string   `json:"one_sided"`
	Contradictions []struct {
		Incident, Kind, Item, Owner string
		Between                     []string
		Values                      map[string]float64
	}
}

// knownXDoc lists the items of the cross-article gold that the pipeline
// gets wrong, with the reason. TestXDoc fails on any other wrong item and
// on a listed item that comes right, so that the list stays honest.
var knownXDoc = map[string]string{
	// Incident grouping.
	"pair p1-dawn p1-tribune":  "missed: the follow-up three days later tells the closed crossings, lorries and the defence minister, not the clash (cosine 0.04)",
	"pair p1-kabul p1-tribune": "missed: as above (cosine 0.03)",
	"pair p1-tribune p1-wire":  "missed: as above (cosine 0.16)",
	// Dates and one-sidedness.
	"one_sided R2": "actor stage: 'the regional governor said' in a Moscow-datelined story about drones on Saratov is given UKR (the drones' side), so Ukraine seems heard",
	// Contradictions: the per-article stages give no side or the wrong
	// one to a figure or a claim.
	"contradiction Y1 initiator USA,HOUTHIS": "the US report is an incident apart (above); Saba's 'Ministry of Health' (Houthi-run) is given YEM",
	"extra contradiction D1 denial M23,RWA":  "Rwanda's rejection of Congo's claim is matched by words with an M23 claim the claim stage gave M23",
}

// TestXDoc runs the whole pipeline on the invented conflict reports of
// ../../testdata/xdoc (48 reports, 15 incidents in 12 conflicts) and checks
// each cross-article line of the gold as the score tool reads it: every
// article pair (in one incident or not), each incident's dates (the best
// matching report incident's range overlaps the gold day or window and
// spans at most 7 days) and one-sidedness, every same-statement pair and
// every other pair found as duplicates, every gold contradiction (found in
// the best matching incident with the same kind, sides, item, owner and
// values), and every contradiction of those incidents that no gold one
// explains.
func TestXDoc(t *testing.T) { runXDoc(t, "../../testdata/xdoc", knownXDoc) }

// runXDoc runs the pipeline on dir's articles.jsonl and checks every
// cross-article item of its gold.json (xdocCheck) against the known
// misses.
func runXDoc(t *testing.T, dir string, known map[string]string) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	arts, err := readJSONLArticles(dir + "/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(dir + "/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g xdocGold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	_, incs, dups, err := p.AnalyzeAll(context.Background(), arts, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	wrong := xdocCheck(&g, arts, incs, dups)
	for k, why := range wrong {
		if _, ok := known[k]; !ok {
			t.Errorf("%s: %s", k, why)
		}
	}
	for k := range known {
		if _, still := wrong[k]; !still {
			t.Errorf("%s: listed as known but right now: remove it", k)
		}
	}
	n := 2*len(g.Incidents) + len(g.SameStatement) + len(g.Contradictions)
	for _, in := range g.Incidents {
		n += len(in.Articles) * (len(in.Articles) - 1) / 2
	}
	t.Logf("%d items wrong (%d known); %d gold items (article pairs, dates, one-sidedness, same statements, contradictions)", len(wrong), len(known), n)
}

// knownXDoc2 lists the items of the second cross-article gold
// (../../testdata/xdoc2: 26 reports, 9 incidents in 6 conflicts) that the
// pipeline gets wrong, with the reason, as knownXDoc does.
var knownXDoc2 = map[string]string{
	// Incident grouping.
	"pair b1-aib l1-fama": "wrong: b1-wire tells both attacks (the gold puts it in both) and b1-aib joins through it; geo does not find Boulkessi, about 90 km from Djibo",
	"pair b1-aib l1-wire": "wrong: as above",
	"pair b1-aib l1-jnim": "wrong: as above (JNIM's report now joins its attack's incident, which b1-aib joins through b1-wire)",
	// One-sidedness.
	"one_sided G2": "the Civil Defence that speaks for the victims (PSE, the target) gets another side or none, so PSE seems unheard",
	// Contradictions.
	"contradiction G1 civilian_targeting HAMAS,ISR":            "found as ISR,PSE (below): Israel's 'precise strike on Hamas terrorists operating from a command and control center' answers the accusations, and the dispute stands with the side hit, the wire's health officials (PSE), where the gold puts Hamas",
	"extra contradiction G1 civilian_targeting ISR,PSE":        "as above",
	"extra contradiction B1 count killed MLI ALQAEDA,JNIM,MLI": "the incident holds both attacks (above), so it is matched to B1; its figures are L1's (MLI 5, JNIM 60), with the wire's 'al Qaeda-linked JNIM' given ALQAEDA (actor stage)",
	"contradiction L1 count killed MLI":                        "actor stage: 'the al Qaeda-linked JNIM said' gives JNIM's figure to al Qaeda (ALQAEDA)",
}

// TestXDoc2 checks the second cross-article gold as TestXDoc the first.
func TestXDoc2(t *testing.T) { runXDoc(t, "../../testdata/xdoc2", knownXDoc2) }

// knownXDoc3 lists the items of the third cross-article gold
// (../../testdata/xdoc3: 36 reports, 12 incidents in 9 conflicts) that the
// pipeline gets wrong, with the reason, as knownXDoc does.
var knownXDoc3 = map[string]string{
	// The live blog tells the Haifa and the Tehran strikes in paragraphs
	// of their own (splitSites): it is in both incidents, as the gold.
	// Per-article stages.
	"extra contradiction N1 denial ISR,LBN":    "Lebanon's 'the Israeli enemy targeted the headquarters' is met by Israel's rejection as UNIFIL's is: a right denial the gold leaves out (it names UNIFIL's only)",
	"date C0":                                  "the memorial report's story is its ceremony of the publication week, in which the event stage dates the killing's later words (the army's first denial, a relative's loss) by the ceremony's Friday; the gold files the report under the killing it remembers, its recalled segment, which since session 23 comes after the story in the report (Incidents: stories first)",
	"extra contradiction K1 initiator COL,ELN": "the ELN statement's 'As long as the army attacks the people, we will answer' is the ELN's since session 21 (the claim stage's groupside rules; it had no side) and is read as an initiator claim against the army's account, which the gold does not list",
}

// TestXDoc3 checks the third cross-article gold as TestXDoc the first.
func TestXDoc3(t *testing.T) { runXDoc(t, "../../testdata/xdoc3", knownXDoc3) }

// xdocCheck returns the wrong items, keyed, with what is wrong.
func xdocCheck(g *xdocGold, arts []parallax.Article, incs []parallax.Incident, dups []parallax.Duplicate) map[string]string {
	wrong := map[string]string{}
	pair := func(a, b string) string {
		if a > b {
			a, b = b, a
		}
		return a + " " + b
	}
	// Article pairs.
	gold := map[string]bool{}
	for _, in := range g.Incidents {
		for i, a := range in.Articles {
			for _, b := range in.Articles[i+1:] {
				gold[pair(a, b)] = true
			}
		}
	}
	got := map[string]bool{}
	for _, in := range incs {
		for i, a := range in.Articles {
			for _, b := range in.Articles[i+1:] {
				got[pair(a, b)] = true
			}
		}
	}
	for k := range gold {
		if !got[k] {
			wrong["pair "+k] = "missed: the articles report one incident"
		}
	}
	for k := range got {
		if !gold[k] {
			wrong["pair "+k] = "wrong: the articles report different incidents"
		}
	}
	// Each gold incident's best match: the report incident whose articles
	// have the highest Jaccard with its own.
	best := func(garts []string) *parallax.Incident { return judgedIncident(incs, garts) }
	matched := map[*parallax.Incident]string{}
	for _, in := range g.Incidents {
		r := best(in.Articles)
		if r == nil {
			wrong["date "+in.ID] = "no incident"
			wrong["one_sided "+in.ID] = "no incident"
			continue
		}
		matched[r] = in.ID
		lo, hi := "", ""
		switch d := in.Date.(type) {
		case string:
			lo, hi = d, d
		case []any:
			lo, hi = d[0].(string), d[1].(string)
		}
		st, en := r.Date.Start, r.Date.End
		if en == "" {
			en = st
		}
		if st == "" || st > hi || lo > en || xdocDays(st, en) > 7 {
			wrong["date "+in.ID] = fmt.Sprintf("incident %s dated %s..%s, gold %s..%s", r.ID, st, en, lo, hi)
		}
		if want := slices.Contains(g.OneSided, in.ID); r.OneSided != want {
			wrong["one_sided "+in.ID] = fmt.Sprintf("incident %s one_sided %v (unheard %v), gold %v", r.ID, r.OneSided, r.Unheard, want)
		}
	}
	// Duplicates of any kind.
	goldDup := map[string]bool{}
	for _, s := range g.SameStatement {
		goldDup[pair(s[0], s[1])] = true
	}
	gotDup := map[string]string{}
	for _, d := range dups {
		for i, a := range d.Articles {
			for _, b := range d.Articles[i+1:] {
				gotDup[pair(a, b)] = d.Kind
			}
		}
	}
	for k := range goldDup {
		if _, ok := gotDup[k]; !ok {
			wrong["duplicate "+k] = "missed: one statement rendered twice"
		}
	}
	for k, kind := range gotDup {
		if !goldDup[k] {
			wrong["duplicate "+k] = "wrong: found as " + kind
		}
	}
	// Contradictions.
	gi := map[string][]string{}
	for _, in := range g.Incidents {
		gi[in.ID] = in.Articles
	}
	explained := map[*parallax.Contradiction]bool{}
	for _, c := range g.Contradictions {
		key := "contradiction " + c.Incident + " " + c.Kind
		if c.Kind == "count" {
			key += " " + c.Item + " " + c.Owner
		} else {
			key += " " + strings.Join(c.Between, ",")
		}
		r := best(gi[c.Incident])
		if r == nil {
			wrong[key] = "no incident"
			continue
		}
		var found []string
		ok := false
		for i := range r.Contradictions {
			x := &r.Contradictions[i]
			if x.Kind != c.Kind {
				continue
			}
			if c.Kind == "count" {
				if x.Item != c.Item || x.Owner != c.Owner {
					continue
				}
				vals := map[string]float64{}
				for _, v := range x.Values {
					if n, isInt := v.Value.(int); isInt {
						vals[v.Side] = float64(n)
					}
				}
				if fmt.Sprint(vals) == fmt.Sprint(c.Values) {
					ok, explained[x] = true, true
				}
				found = append(found, fmt.Sprint(vals))
				continue
			}
			if xdocSameSet(x.Between, c.Between) {
				ok, explained[x] = true, true
			}
			found = append(found, strings.Join(x.Between, ","))
		}
		if !ok {
			wrong[key] = fmt.Sprintf("incident %s has %q", r.ID, found)
		}
	}
	for r, id := range matched {
		for i := range r.Contradictions {
			x := &r.Contradictions[i]
			if explained[x] {
				continue
			}
			key := "extra contradiction " + id + " " + x.Kind
			if x.Kind == "count" {
				key += " " + x.Item + " " + x.Owner
			}
			key += " " + strings.Join(x.Between, ",")
			wrong[key] = fmt.Sprintf("incident %s: no gold contradiction of this kind and sides", r.ID)
		}
	}
	return wrong
}

func xdocSameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sort.Strings(a)
	sort.Strings(b)
	return slices.Equal(a, b)
}

func xdocDays(a, b string) int {
	da, okA := dayOf(a)
	db, okB := dayOf(b)
	if !okA || !okB {
		return 1 << 30
	}
	return db - da
}

func dayOf(s string) (int, bool) {
	var y, m, d int
	if _, err := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); err != nil {
		return 0, false
	}
	// Days from a civil date (Howard Hinnant's algorithm).
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe, true
}

// readJSONLArticles reads articles in the JSONL input format.
func readJSONLArticles(path string) ([]parallax.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []parallax.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l struct{ ID, URL, Outlet, Title, Published, Language, Text string }
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, parallax.Article{ID: l.ID, Source: fmt.Sprintf("%s:%d", path, n), URL: l.URL, Outlet: l.Outlet,
			Title: l.Title, Published: l.Published, Language: l.Language, Body: l.Text})
	}
	return out, sc.Err()
}
