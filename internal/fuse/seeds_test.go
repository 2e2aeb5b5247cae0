package fuse_test

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/fuse"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/report"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// fixture is the hand-made extraction of testdata/seed_extractions.json:
// what the per-article stages should deliver on the seeds.
type fixture struct {
	Places []struct {
		ID, Text, Country, Feature string
		Lat, Lon                   float64
	}
	Claims []struct {
		ID, Anchor, Side, Stance, Actor string
	}
	Events []struct {
		ID, Anchor, Claim, Type, Cameo, Initiator, Target string
		TargetKind                                        string `json:"target_kind"`
		Date                                              string
		DateEnd                                           string `json:"date_end"`
		Precision                                         string
		Places                                            []string
		Negated                                           bool
	}
	Counts []struct {
		ID, Anchor, Item, Owner, Claim, Event, Outcome string
		ClaimedBy                                      string `json:"claimed_by"`
		N                                              *int
	}
}

// fixtureStage plays the per-article stages: it fills each document from
// the fixture, with spans at the anchors.
type fixtureStage struct {
	t  testing.TB
	fx map[string]fixture
}

func (fixtureStage) Name() string { return "fixture" }

func (s fixtureStage) Process(doc *parallax.Document) {
	fx, ok := s.fx[doc.Article.ID]
	if !ok {
		return
	}
	span := func(anchor string) (int, int) {
		i := strings.Index(doc.Text, anchor)
		if i < 0 {
			s.t.Errorf("%s: anchor %q not in the text", doc.Article.ID, anchor)
			return 0, 0
		}
		return i, i + len(anchor)
	}
	for _, p := range fx.Places {
		st, en := span(p.Text)
		doc.Places = append(doc.Places, parallax.Place{ID: p.ID, Start: st, End: en, Text: p.Text, Name: p.Text,
			Lat: p.Lat, Lon: p.Lon, Country: p.Country, Feature: p.Feature})
	}
	for _, c := range fx.Claims {
		st, en := span(c.Anchor)
		doc.Claims = append(doc.Claims, parallax.Claim{ID: c.ID, Start: st, End: en,
			Speaker: parallax.Speaker{Actor: c.Actor, Side: c.Side},
			Cue:     parallax.Cue{Start: st, End: st}, Stance: c.Stance, Quote: parallax.QuoteIndirect})
	}
	for _, e := range fx.Events {
		st, en := span(e.Anchor)
		end, prec := e.DateEnd, e.Precision
		if end == "" {
			end = e.Date
		}
		switch {
		case prec == "" && e.Date != "":
			prec = "day"
		case prec == "":
			prec = "unknown"
		}
		doc.Events = append(doc.Events, parallax.Event{ID: e.ID, Start: st, End: en, Claim: parallax.OptionalID(e.Claim),
			Type: e.Type, CAMEO: e.Cameo, Initiator: parallax.EventActor{Side: e.Initiator},
			Target: parallax.EventTarget{Side: e.Target, Kind: e.TargetKind}, Places: slices.Clone(e.Places),
			Date: parallax.DateRange{Start: e.Date, End: end, Precision: prec}, Negated: e.Negated})
	}
	for _, c := range fx.Counts {
		st, en := span(c.Anchor)
		doc.Counts = append(doc.Counts, parallax.Count{ID: c.ID, Start: st, End: en, Claim: parallax.OptionalID(c.Claim),
			Event: parallax.OptionalID(c.Event), Item: c.Item, N: c.N, Owner: c.Owner, Outcome: c.Outcome, ClaimedBy: c.ClaimedBy})
	}
}

func loadFixture(t testing.TB) map[string]fixture {
	t.Helper()
	b, err := os.ReadFile("testdata/seed_extractions.json")
	if err != nil {
		t.Fatal(err)
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	fx := map[string]fixture{}
	for k, v := range raw {
		if k == "about" {
			continue
		}
		var f fixture
		if err := json.Unmarshal(v, &f); err != nil {
			t.Fatalf("fixture %s: %v", k, err)
		}
		fx[k] = f
	}
	return fx
}

// fuseSeeds runs the seed articles through the fixture stage and the
// fuser, as the pipeline would.
func fuseSeeds(t testing.TB) ([]*parallax.Document, []parallax.Incident, []parallax.Duplicate) {
	t.Helper()
	p := &pipeline.Pipeline{Stages: []pipeline.Stage{fixtureStage{t, loadFixture(t)}}, Fuser: fuse.New(fuse.DefaultOptions())}
	docs, inc, dups, err := p.AnalyzeAll(context.Background(), testutil.Seeds(t), 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	return docs, inc, dups
}

func incidentOf(incs []parallax.Incident, event string) *parallax.Incident {
	for i := range incs {
		if slices.Contains(incs[i].Events, event) {
			return &incs[i]
		}
	}
	return nil
}

// TestSeedsGold checks fusion on the seeds against what
// ../shared/corpus/seeds/gold.json says (copied here as expectations):
// incidents A–D, their dates, the same-statement pair, the contradictions
// and the one-sided incident.
func TestSeedsGold(t *testing.T) {
	docs, incs, dups := fuseSeeds(t)
	if len(docs) != 5 {
		t.Fatalf("%d docs", len(docs))
	}
	type want struct {
		event, start, end string
		articles          []string
		oneSided          bool
		contra            []string // kind or kind:item:owner:side=value,...
	}
	for _, w := range []want{
		{"000:e1", "2020-09-27", "2020-09-27", []string{"000", "001"}, false,
			[]string{"initiator:ARM,AZE", "count:drone:AZE:ARM=3,NKR=15", "count:helicopter:AZE:ARM=2,AZE=1,NKR=4", "count:tank:AZE:ARM=3,NKR=10"}},
		{"002:e1", "2022-09-12", "2022-09-13", []string{"002", "003"}, false,
			[]string{"initiator:ARM,AZE", "civilian_targeting:ARM,AZE"}},
		{"003:e8", "2022-08-03", "2022-08-03", []string{"003"}, false, nil},
		{"004:e1", "2023-09-19", "2023-09-19", []string{"004"}, true, nil},
	} {
		in := incidentOf(incs, w.event)
		if in == nil {
			t.Errorf("no incident holds %s", w.event)
			continue
		}
		if !slices.Equal(in.Articles, w.articles) {
			t.Errorf("%s: articles %v, want %v", w.event, in.Articles, w.articles)
		}
		if in.Date.Start != w.start || in.Date.End != w.end {
			t.Errorf("%s: date %v, want %s..%s", w.event, in.Date, w.start, w.end)
		}
		if in.OneSided != w.oneSided {
			t.Errorf("%s: one_sided %v (unheard %v)", w.event, in.OneSided, in.Unheard)
		}
		var got []string
		for _, c := range in.Contradictions {
			if c.Kind == "count" {
				var vs []string
				for _, v := range c.Values {
					vs = append(vs, v.Side+"="+strings.TrimSpace(jsonString(v.Value)))
				}
				got = append(got, c.Kind+":"+c.Item+":"+c.Owner+":"+strings.Join(vs, ","))
			} else {
				got = append(got, c.Kind+":"+strings.Join(c.Between, ","))
			}
		}
		if !slices.Equal(got, w.contra) {
			t.Errorf("%s: contradictions\n got %q\nwant %q", w.event, got, w.contra)
		}
	}
	if in := incidentOf(incs, "004:e1"); in != nil && !slices.Equal(in.Unheard, []string{"ARM"}) {
		t.Errorf("004: unheard %v, want [ARM]", in.Unheard)
	}
	if len(incs) != 4 {
		t.Errorf("%d incidents, want 4", len(incs))
	}
	if len(dups) != 1 || !slices.Equal(dups[0].Articles, []string{"002", "003"}) || dups[0].Kind != "same_statement" {
		t.Errorf("duplicates %+v, want one same_statement 002/003", dups)
	}
	// The background events with vague dates join no incident.
	for _, e := range []string{"000:e7", "001:e9", "003:e11", "003:e12"} {
		if in := incidentOf(incs, e); in != nil {
			t.Errorf("background event %s is in incident %s", e, in.ID)
		}
	}
	if out := os.Getenv("FUSE_SEEDS_REPORT"); out != "" {
		rep := report.Build(docs, incs, dups, report.Options{WithText: true})
		b, _ := json.MarshalIndent(rep, "", " ")
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestSeedsGolden pins the whole fusion output on the seeds.
func TestSeedsGolden(t *testing.T) {
	_, incs, dups := fuseSeeds(t)
	testutil.GoldenJSON(t, "seeds.json", struct {
		Incidents  []parallax.Incident  `json:"incidents"`
		Duplicates []parallax.Duplicate `json:"duplicates"`
	}{incs, dups})
}
