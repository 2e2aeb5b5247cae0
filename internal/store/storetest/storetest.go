// Package storetest is the conformance suite that every store backend runs,
// as go-cloud does for its drivers: the same behaviour, whatever the engine.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
)

// Open returns a new, empty store for one test; the suite closes it.
type Open func(t *testing.T) store.Store

// Run runs every conformance test against the backend that open makes.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"DuplicateContent", testDuplicateContent},
		{"DocumentsInOrder", testDocumentsInOrder},
		{"NotFound", testNotFound},
		{"Fusion", testFusion},
		{"IncidentFilters", testIncidentFilters},
		{"Paging", testPaging},
		{"Search", testSearch},
		{"Stats", testStats},
		{"PutCanceledStoresNothing", testPutCanceled},
		{"LargeBatch", testLargeBatch},
		{"ConcurrentWritersAndReaders", testConcurrent},
		{"SameIDNewContent", testSameIDNewContent},
		{"HostileText", testHostileText},
		{"SameIDTwiceInOneBatch", testSameIDTwiceInOneBatch},
		{"FusionUpdate", testFusionUpdate},
		{"PutFused", testPutFused},
		{"FusionUpdateEach", testFusionUpdateEach},
		{"SavedIndex", testSavedIndex},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

// Doc makes a small analysed document whose items carry report ids.
func Doc(id, published, body string) *parallax.Document {
	d := &parallax.Document{
		Article:   parallax.Article{ID: id, Source: id + ".txt", Title: "Title of " + id, Published: published, Body: body},
		Text:      body,
		Sentences: []parallax.Sentence{{Span: parallax.Span{Start: 0, End: len(body)}}},
	}
	d.Places = []parallax.Place{{ID: id + ":p1", Article: id, Start: 0, End: 1, Text: body[:1], Name: "Goris", GeonameID: 174875, Lat: 39.51, Lon: 46.34, Country: "AM"}}
	d.Claims = []parallax.Claim{{ID: id + ":c1", Article: id, Start: 0, End: len(body), Stance: "assert", Quote: "indirect",
		Speaker: parallax.Speaker{Text: "x", Start: 0, End: 1, Actor: "Armenian Ministry of Defense", Side: "ARM"}, Cue: parallax.Cue{Text: "x", Start: 0, End: 1}}}
	d.Events = []parallax.Event{{ID: id + ":v1", Article: id, Type: "battles", CAMEO: "190", Claim: parallax.OptionalID(id + ":c1"), Places: []string{id + ":p1"}}}
	n := 2
	d.Counts = []parallax.Count{{ID: id + ":n1", Article: id, Item: "helicopter", N: &n, Owner: "AZE", ClaimedBy: "ARM", Claim: parallax.OptionalID(id + ":c1")}}
	return d
}

func put(t *testing.T, s store.Store, docs ...*parallax.Document) []store.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if len(res) != len(docs) {
		t.Fatalf("Put returned %d results for %d documents", len(res), len(docs))
	}
	return res
}

func testPutAndGet(t *testing.T, s store.Store) {
	in := Doc("a1", "2022-09-13", "Armenia says it shot down two helicopters.")
	put(t, s, in)
	got, err := s.Document(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Title != in.Article.Title || got.Text != in.Text || got.Article.Published != "2022-09-13" {
		t.Errorf("article round trip: got %+v", got.Article)
	}
	if len(got.Claims) != 1 || got.Claims[0].Speaker.Side != "ARM" || len(got.Counts) != 1 || *got.Counts[0].N != 2 {
		t.Errorf("extractions round trip: claims %+v counts %+v", got.Claims, got.Counts)
	}
	if len(got.Events) != 1 || got.Events[0].Places[0] != "a1:p1" || got.Places[0].GeonameID != 174875 {
		t.Errorf("events/places round trip: %+v %+v", got.Events, got.Places)
	}
}

func testDuplicateContent(t *testing.T, s store.Store) {
	res := put(t, s, Doc("a1", "2022-09-13", "Same text."), Doc("a2", "2022-09-14", "Same  text."))
	if res[0].DuplicateOf != "" || res[1].DuplicateOf != "a1" {
		t.Errorf("results %+v: want a2 a duplicate of a1", res)
	}
	res = put(t, s, Doc("a1", "2022-09-13", "Same text."))
	if res[0].DuplicateOf != "a1" {
		t.Errorf("storing a1 again: %+v, want a duplicate of a1", res)
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 1 {
		t.Errorf("%d articles stored, want 1", st.Articles)
	}
}

func testDocumentsInOrder(t *testing.T, s store.Store) {
	for i := range 5 {
		put(t, s, Doc(fmt.Sprintf("a%d", 5-i), "2022-09-13", fmt.Sprintf("Text %d.", i)))
	}
	var ids []string
	err := s.Documents(context.Background(), func(d *parallax.Document) error {
		ids = append(ids, d.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(ids) != "[a5 a4 a3 a2 a1]" {
		t.Errorf("documents in order %v, want storage order", ids)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Documents(context.Background(), func(*parallax.Document) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Documents did not stop at the first error: %v after %d", err, n)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	if _, err := s.Document(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope): %v, want ErrNotFound", err)
	}
	if _, err := s.Incident(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Incident(nope): %v, want ErrNotFound", err)
	}
}

func incident(id, start, end string, sides []string, oneSided bool, arts ...string) parallax.Incident {
	inc := parallax.Incident{ID: id, Articles: arts, Date: parallax.DaySpan{Start: start, End: end}, Sides: sides, OneSided: oneSided, Sources: len(arts)}
	for _, a := range arts {
		inc.Events = append(inc.Events, a+":v1")
		inc.Places = append(inc.Places, a+":p1")
	}
	inc.Contradictions = []parallax.Contradiction{{Kind: "count", Item: "helicopter", Owner: "AZE", Between: []string{"ARM", "AZE"},
		Values: []parallax.ContradictionValue{{Side: "ARM", Value: 2.0, Claims: []string{arts[0] + ":c1"}}}}}
	inc.Estimates = []parallax.Estimate{{Item: "helicopter", Owner: "AZE", Low: 1, Best: 2, High: 4, Claims: []string{arts[0] + ":c1"}}}
	return inc
}

func testFusion(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc("a1", "2020-09-27", "One."), Doc("a2", "2020-09-27", "Two."))
	err := s.SetFusion(ctx, []parallax.Incident{incident("i1", "2020-09-27", "2020-09-27", []string{"ARM", "AZE"}, false, "a1", "a2")},
		[]parallax.Duplicate{{Articles: []string{"a1", "a2"}, Kind: "same_statement", Similarity: 0.8}})
	if err != nil {
		t.Fatal(err)
	}
	inc, err := s.Incident(ctx, "i1")
	if err != nil {
		t.Fatal(err)
	}
	if len(inc.Articles) != 2 || len(inc.Contradictions) != 1 || inc.Contradictions[0].Values[0].Claims[0] != "a1:c1" || inc.Estimates[0].High != 4 {
		t.Errorf("incident round trip: %+v", inc)
	}
	if v, ok := inc.Contradictions[0].Values[0].Value.(float64); !ok || v != 2 {
		t.Errorf("contradiction value %#v, want the number 2", inc.Contradictions[0].Values[0].Value)
	}
	dups, err := s.Duplicates(ctx)
	if err != nil || len(dups) != 1 || dups[0].Kind != "same_statement" {
		t.Errorf("duplicates %+v %v", dups, err)
	}
	// SetFusion replaces what was there.
	if err := s.SetFusion(ctx, []parallax.Incident{incident("i2", "2020-09-28", "2020-09-28", nil, true, "a2")}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Incident(ctx, "i1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("i1 survived SetFusion: %v", err)
	}
	if dups, _ := s.Duplicates(ctx); len(dups) != 0 {
		t.Errorf("duplicates survived SetFusion: %+v", dups)
	}
}

func testIncidentFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc("a1", "2020-09-27", "Helicopters over Stepanakert."), Doc("a2", "2022-09-13", "Shelling near Jermuk."), Doc("a3", "2023-09-19", "Operation in Karabakh."))
	yes, no := true, false
	incs := []parallax.Incident{
		incident("i1", "2020-09-27", "2020-09-27", []string{"ARM", "AZE", "NKR"}, false, "a1"),
		incident("i2", "2022-09-12", "2022-09-13", []string{"ARM", "AZE"}, false, "a2"),
		incident("i3", "2023-09-19", "2023-09-19", []string{"AZE"}, true, "a3"),
	}
	if err := s.SetFusion(ctx, incs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    store.IncidentFilter
		want string
	}{
		{"all, latest first", store.IncidentFilter{}, "[i3 i2 i1]"},
		{"from", store.IncidentFilter{From: "2022-09-13"}, "[i3 i2]"},
		{"to", store.IncidentFilter{To: "2022-09-12"}, "[i2 i1]"},
		{"window", store.IncidentFilter{From: "2021-01-01", To: "2022-12-31"}, "[i2]"},
		{"side", store.IncidentFilter{Side: "NKR"}, "[i1]"},
		{"one-sided", store.IncidentFilter{OneSided: &yes}, "[i3]"},
		{"two-sided", store.IncidentFilter{OneSided: &no}, "[i2 i1]"},
		{"place", store.IncidentFilter{Place: "goris"}, "[i3 i2 i1]"},
		{"unknown place", store.IncidentFilter{Place: "Paris"}, "[]"},
		{"text", store.IncidentFilter{Text: "jermuk"}, "[i2]"},
		{"text and side", store.IncidentFilter{Text: "helicopters", Side: "AZE"}, "[i1]"},
	}
	for _, tc := range tests {
		got, total, err := s.Incidents(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ids := make([]string, len(got))
		for i, inc := range got {
			ids[i] = inc.ID
		}
		if fmt.Sprint(ids) != tc.want || total != len(got) {
			t.Errorf("%s: got %v (total %d), want %s", tc.name, ids, total, tc.want)
		}
	}
}

func testPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	var incs []parallax.Incident
	for i := range 12 {
		id := fmt.Sprintf("a%02d", i)
		put(t, s, Doc(id, fmt.Sprintf("2022-01-%02d", i+1), "Text "+id+"."))
		incs = append(incs, incident("i"+id, fmt.Sprintf("2022-01-%02d", i+1), fmt.Sprintf("2022-01-%02d", i+1), []string{"ARM"}, true, id))
	}
	if err := s.SetFusion(ctx, incs, nil); err != nil {
		t.Fatal(err)
	}
	got, total, err := s.Incidents(ctx, store.IncidentFilter{Page: store.Page{Offset: 10, Limit: 5}})
	if err != nil || total != 12 || len(got) != 2 || got[0].ID != "ia01" {
		t.Errorf("page 3: %d incidents, total %d, err %v", len(got), total, err)
	}
	arts, total, err := s.Articles(ctx, store.Page{Limit: 3})
	if err != nil || total != 12 || len(arts) != 3 || arts[0].ID != "a11" {
		t.Errorf("articles page: %+v total %d err %v", arts, total, err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc("a1", "2020-09-27", "Armenia says it shot down two Azerbaijani helicopters."),
		Doc("a2", "2022-09-13", "The ministry says positions are under fire."))
	hits, total, err := s.Search(ctx, "helicopters", store.Page{})
	if err != nil || total != 1 || len(hits) != 1 || hits[0].Article.ID != "a1" || hits[0].Snippet == "" {
		t.Errorf("search helicopters: %+v total %d err %v", hits, total, err)
	}
	hits, _, err = s.Search(ctx, "says", store.Page{})
	if err != nil || len(hits) != 2 {
		t.Errorf("search says: %+v err %v", hits, err)
	}
	hits, _, err = s.Search(ctx, "zeppelin", store.Page{})
	if err != nil || len(hits) != 0 {
		t.Errorf("search zeppelin: %+v err %v", hits, err)
	}
}

func testStats(t *testing.T, s store.Store) {
	put(t, s, Doc("a1", "2020-09-27", "One."), Doc("a2", "2020-09-27", "Two."))
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Claims != 2 || st.Counts != 2 || st.Events != 2 || st.Places != 2 {
		t.Errorf("stats %+v", st)
	}
}

func testPutCanceled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Put(ctx, []*parallax.Document{Doc("a1", "2022-09-13", "One."), Doc("a2", "2022-09-13", "Two.")}); err == nil {
		t.Errorf("Put with a canceled context succeeded")
	}
	if st, err := s.Stats(context.Background()); err != nil || st.Articles != 0 {
		t.Errorf("after a canceled Put: %+v %v, want nothing stored", st, err)
	}
}

func testLargeBatch(t *testing.T, s store.Store) {
	var docs []*parallax.Document
	for i := range 1000 {
		docs = append(docs, Doc(fmt.Sprintf("b%04d", i), fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1), fmt.Sprintf("Batch text number %d.", i)))
	}
	put(t, s, docs...)
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 1000 || st.Claims != 1000 {
		t.Errorf("stats after 1000 articles in one batch: %+v %v", st, err)
	}
	if _, total, err := s.Search(context.Background(), "number", store.Page{}); err != nil || total != 1000 {
		t.Errorf("search over the batch: %d %v", total, err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range 10 {
				id := fmt.Sprintf("w%d-%d", w, i)
				if _, err := s.Put(ctx, []*parallax.Document{Doc(id, "2022-09-13", "Text of "+id+".")}); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range 10 {
				if _, _, err := s.Articles(ctx, store.Page{}); err != nil {
					errs <- err
				}
				if _, _, err := s.Search(ctx, "text", store.Page{}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent use: %v", err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 40 {
		t.Errorf("%d articles after concurrent writes, want 40", st.Articles)
	}
}

func testSameIDNewContent(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc("a1", "2022-09-13", "First version."))
	res := put(t, s, Doc("a1", "2022-09-14", "Second version."))
	if res[0].DuplicateOf != "" {
		t.Errorf("new content under a stored id: %+v, want it stored", res)
	}
	d, err := s.Document(ctx, "a1")
	if err != nil || d.Text != "Second version." {
		t.Errorf("a1 after replacement: %v %v", d, err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 || st.Claims != 1 {
		t.Errorf("stats after replacement %+v", st)
	}
}

func testHostileText(t *testing.T, s store.Store) {
	ctx := context.Background()
	body := "Robert'); DROP TABLE articles;-- \"quoted\" NEAR(x y) AND OR NOT * ^ ü 日本 \x00 end."
	put(t, s, Doc("h1", "2022-09-13", body))
	d, err := s.Document(ctx, "h1")
	if err != nil || d.Text != body {
		t.Fatalf("hostile text round trip: %q %v", d.Text, err)
	}
	for _, q := range []string{`"`, `*`, `AND`, `NEAR(`, `'`, `DROP TABLE`, `日本`, `a:b`, `-x`, strings.Repeat("x", 2000)} {
		if _, _, err := s.Search(ctx, q, store.Page{}); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
		if _, _, err := s.Incidents(ctx, store.IncidentFilter{Text: q, Place: q, Side: q}); err != nil {
			t.Errorf("incidents filtered by %q: %v", q, err)
		}
	}
	if hits, _, err := s.Search(ctx, "DROP TABLE", store.Page{}); err != nil || len(hits) != 1 {
		t.Errorf("search DROP TABLE: %d hits %v", len(hits), err)
	}
}

func testSameIDTwiceInOneBatch(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Doc("a1", "2022-09-13", "First zebra version."), Doc("a1", "2022-09-14", "Second yak version."))
	d, err := s.Document(ctx, "a1")
	if err != nil || d.Text != "Second yak version." {
		t.Errorf("a1 after replacement in one batch: %v %v", d, err)
	}
	for q, want := range map[string]int{"zebra": 0, "yak": 1, "version": 1} {
		if hits, total, err := s.Search(ctx, q, store.Page{}); err != nil || total != want || len(hits) != want {
			t.Errorf("search %q after replacement in one batch: %d hits, total %d, %v; want %d", q, len(hits), total, err, want)
		}
	}
}

// testFusionUpdate: an update replaces changed incidents, deletes removed
// ones and leaves unchanged ones untouched (not rewritten), for incidents
// and duplicate entries; a complete update deletes what it does not name.
func testFusionUpdate(t *testing.T, s store.Store) {
	u, ok := s.(store.FusionUpdater)
	if !ok {
		t.Skip("the store does not update fusion results in place")
	}
	ctx := context.Background()
	put(t, s, Doc("a1", "2020-09-27", "One."), Doc("a2", "2020-09-28", "Two."), Doc("a3", "2020-09-29", "Three."))
	i1 := incident("i1", "2020-09-27", "2020-09-27", []string{"ARM"}, true, "a1")
	i2 := incident("i2", "2020-09-28", "2020-09-28", []string{"AZE"}, true, "a2")
	i3 := incident("i3", "2020-09-29", "2020-09-29", []string{"NKR"}, true, "a3")
	exact := store.KeyedDuplicate{Key: "exact a1", Order: 10, Duplicate: parallax.Duplicate{Articles: []string{"a1", "a2"}, Kind: "exact", Similarity: 1}}
	near := store.KeyedDuplicate{Key: "near a2 a3", Order: 20, Duplicate: parallax.Duplicate{Articles: []string{"a2", "a3"}, Kind: "near_duplicate", Similarity: 0.7}}
	w, err := u.UpdateFusion(ctx, store.FusionUpdate{Incidents: []parallax.Incident{i1, i2, i3}, Duplicates: []store.KeyedDuplicate{near, exact}})
	if err != nil {
		t.Fatal(err)
	}
	if w != (store.FusionWrites{Incidents: 3, Duplicates: 2}) {
		t.Errorf("first update wrote %+v", w)
	}
	// i1 unchanged, i2 grows (a3 joins it, so i3 merged into it goes), the
	// exact group grows, the near duplicate is unchanged.
	i2b := incident("i2", "2020-09-28", "2020-09-29", []string{"AZE", "NKR"}, false, "a2", "a3")
	exactB := exact
	exactB.Articles = []string{"a1", "a2", "a3"}
	w, err = u.UpdateFusion(ctx, store.FusionUpdate{Incidents: []parallax.Incident{i1, i2b}, Removed: []string{"i3"}, Duplicates: []store.KeyedDuplicate{exactB, near}})
	if err != nil {
		t.Fatal(err)
	}
	want := store.FusionWrites{Incidents: 1, UnchangedIncidents: 1, DeletedIncidents: 1, Duplicates: 1, UnchangedDuplicates: 1}
	if w != want {
		t.Errorf("second update wrote %+v, want %+v", w, want)
	}
	if _, err := s.Incident(ctx, "i3"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removed i3: %v", err)
	}
	if got, err := s.Incident(ctx, "i2"); err != nil || len(got.Articles) != 2 || got.OneSided || got.Date.End != "2020-09-29" {
		t.Errorf("replaced i2: %+v %v", got, err)
	}
	if got, err := s.Incident(ctx, "i1"); err != nil || len(got.Articles) != 1 || !got.OneSided {
		t.Errorf("unchanged i1: %+v %v", got, err)
	}
	// The filters see the replaced incident's new sides and articles, and
	// the removed one nowhere.
	ids := func(f store.IncidentFilter) string {
		got, total, err := s.Incidents(ctx, f)
		if err != nil || total != len(got) {
			t.Fatalf("incidents %+v: total %d of %d, %v", f, total, len(got), err)
		}
		var out []string
		for _, inc := range got {
			out = append(out, inc.ID)
		}
		return fmt.Sprint(out)
	}
	for _, tc := range []struct {
		f    store.IncidentFilter
		want string
	}{
		{store.IncidentFilter{}, "[i2 i1]"},
		{store.IncidentFilter{Side: "NKR"}, "[i2]"},
		{store.IncidentFilter{Side: "ARM"}, "[i1]"},
		{store.IncidentFilter{Text: "three"}, "[i2]"},
		{store.IncidentFilter{From: "2020-09-29"}, "[i2]"},
	} {
		if got := ids(tc.f); got != tc.want {
			t.Errorf("incidents %+v after the update: %s, want %s", tc.f, got, tc.want)
		}
	}
	dups, err := s.Duplicates(ctx)
	if err != nil || len(dups) != 2 || len(dups[0].Articles) != 3 || dups[1].Kind != "near_duplicate" {
		t.Errorf("duplicates after the update, in order: %+v %v", dups, err)
	}
	if st, _ := s.Stats(ctx); st.Incidents != 2 || st.Duplicates != 2 {
		t.Errorf("stats after the update: %+v", st)
	}
	// An incident can lose an article and a side: the filters follow.
	i2c := incident("i2", "2020-09-28", "2020-09-28", []string{"NKR"}, true, "a2")
	if w, err := u.UpdateFusion(ctx, store.FusionUpdate{Incidents: []parallax.Incident{i2c}}); err != nil || w.Incidents != 1 {
		t.Fatalf("shrinking i2: %+v %v", w, err)
	}
	for _, tc := range []struct {
		f    store.IncidentFilter
		want string
	}{
		{store.IncidentFilter{Text: "three"}, "[]"},
		{store.IncidentFilter{Text: "two"}, "[i2]"},
		{store.IncidentFilter{Side: "AZE"}, "[]"},
		{store.IncidentFilter{Side: "NKR"}, "[i2]"},
	} {
		if got := ids(tc.f); got != tc.want {
			t.Errorf("incidents %+v after i2 shrank: %s, want %s", tc.f, got, tc.want)
		}
	}
	// A complete update deletes what it does not name.
	w, err = u.UpdateFusion(ctx, store.FusionUpdate{Incidents: []parallax.Incident{i1}, Duplicates: []store.KeyedDuplicate{near}, Complete: true})
	if err != nil {
		t.Fatal(err)
	}
	want = store.FusionWrites{UnchangedIncidents: 1, DeletedIncidents: 1, UnchangedDuplicates: 1, DeletedDuplicates: 1}
	if w != want {
		t.Errorf("complete update wrote %+v, want %+v", w, want)
	}
	if ids(store.IncidentFilter{}) != "[i1]" {
		t.Errorf("after the complete update: %s", ids(store.IncidentFilter{}))
	}
}

// testPutFused: articles and their fusion update in one transaction; a
// stale article count or a failing update stores nothing.
func testPutFused(t *testing.T, s store.Store) {
	u, ok := s.(store.FusionUpdater)
	if !ok {
		t.Skip("the store does not update fusion results in place")
	}
	ctx := context.Background()
	var missedIDs []string
	fuse := func(res []store.PutResult, missed []*parallax.Document) (store.FusionUpdate, error) {
		var arts []string
		for _, d := range missed {
			missedIDs = append(missedIDs, d.Article.ID)
		}
		for _, r := range res {
			if r.DuplicateOf == "" {
				arts = append(arts, r.ID)
			}
		}
		return store.FusionUpdate{Incidents: []parallax.Incident{incident("i-"+arts[0], "2022-09-13", "2022-09-13", []string{"ARM"}, true, arts...)}}, nil
	}
	res, w, ok, err := u.PutFused(ctx, 0, []*parallax.Document{Doc("a1", "2022-09-13", "One."), Doc("a2", "2022-09-13", "Two.")}, fuse)
	if err != nil || !ok || len(res) != 2 || w.Incidents != 1 {
		t.Fatalf("PutFused: %+v %+v %v %v", res, w, ok, err)
	}
	if inc, err := s.Incident(ctx, "i-a1"); err != nil || len(inc.Articles) != 2 {
		t.Errorf("the batch's incident: %+v %v", inc, err)
	}
	if len(missedIDs) != 0 {
		t.Errorf("missed %v in an empty store", missedIDs)
	}
	// Another writer stores a3; a caller that has seen a1 only gets a2 and
	// a3 as missed, in storage order.
	put(t, s, Doc("a3", "2022-09-13", "Three."))
	_, _, ok, err = u.PutFused(ctx, 1, []*parallax.Document{Doc("a5", "2022-09-13", "Five.")}, fuse)
	if err != nil || !ok || fmt.Sprint(missedIDs) != "[a2 a3]" {
		t.Errorf("PutFused after another writer: ok %v, %v, missed %v, want [a2 a3]", ok, err, missedIDs)
	}
	// A caller that has seen more articles than are stored: nothing stored.
	_, _, ok, err = u.PutFused(ctx, 9, []*parallax.Document{Doc("a6", "2022-09-13", "Six.")}, fuse)
	if err != nil || ok {
		t.Errorf("PutFused with a count above the store's: ok %v, %v", ok, err)
	}
	boom := errors.New("boom")
	_, _, _, err = u.PutFused(ctx, 4, []*parallax.Document{Doc("a4", "2022-09-13", "Four.")}, func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error) {
		return store.FusionUpdate{}, boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("PutFused with a failing update: %v", err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 4 || st.Incidents != 2 {
		t.Errorf("after the refused batches: %+v, want 4 articles and 2 incidents", st)
	}
	if _, err := s.Document(ctx, "a4"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a4 stored though its update failed: %v", err)
	}
}

// testFusionUpdateEach: incidents given through Each are stored as those
// in Incidents are (both at once too, a complete update deleting what
// neither names); an error from Each fails the update, and PutFused then
// stores neither the articles nor any incident.
func testFusionUpdateEach(t *testing.T, s store.Store) {
	u, ok := s.(store.FusionUpdater)
	if !ok {
		t.Skip("the store does not update fusion results in place")
	}
	ctx := context.Background()
	put(t, s, Doc("a1", "2022-09-13", "One."), Doc("a2", "2022-09-14", "Two."), Doc("a3", "2022-09-15", "Three."))
	i1 := incident("i1", "2022-09-13", "2022-09-13", []string{"ARM"}, true, "a1")
	i2 := incident("i2", "2022-09-14", "2022-09-14", []string{"AZE"}, false, "a2")
	i3 := incident("i3", "2022-09-15", "2022-09-15", []string{"ARM", "AZE"}, false, "a3")
	each := func(incs ...parallax.Incident) func(func(parallax.Incident) error) error {
		return func(fn func(parallax.Incident) error) error {
			for _, inc := range incs {
				if err := fn(inc); err != nil {
					return err
				}
			}
			return nil
		}
	}
	w, err := u.UpdateFusion(ctx, store.FusionUpdate{Incidents: []parallax.Incident{i1}, Each: each(i2, i3)})
	if err != nil || w.Incidents != 3 {
		t.Fatalf("update through Each: %+v %v", w, err)
	}
	for _, want := range []parallax.Incident{i1, i2, i3} {
		got, err := s.Incident(ctx, want.ID)
		if err != nil || fmt.Sprint(got.Articles, got.Sides) != fmt.Sprint(want.Articles, want.Sides) {
			t.Errorf("incident %s: %+v %v", want.ID, got, err)
		}
	}
	w, err = u.UpdateFusion(ctx, store.FusionUpdate{Each: each(i3, i1), Complete: true})
	if want := (store.FusionWrites{UnchangedIncidents: 2, DeletedIncidents: 1}); err != nil || w != want {
		t.Errorf("complete update through Each wrote %+v (%v), want %+v", w, err, want)
	}
	if _, err := s.Incident(ctx, "i2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("i2 not deleted by a complete update that did not name it: %v", err)
	}
	boom := errors.New("boom")
	i4 := incident("i4", "2022-09-16", "2022-09-16", []string{"ARM"}, true, "a4")
	_, _, _, err = u.PutFused(ctx, 3, []*parallax.Document{Doc("a4", "2022-09-16", "Four.")}, func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error) {
		return store.FusionUpdate{Each: func(fn func(parallax.Incident) error) error {
			if err := fn(i4); err != nil {
				return err
			}
			return boom
		}}, nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("PutFused with a failing Each: %v", err)
	}
	if _, err := s.Document(ctx, "a4"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a4 stored though its update failed: %v", err)
	}
	if _, err := s.Incident(ctx, "i4"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("i4 stored though its update failed: %v", err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 3 || st.Incidents != 2 {
		t.Errorf("after the failed update: %+v, want 3 articles and 2 incidents", st)
	}
}

// testSavedIndex: a fusion index's saved state is kept with the articles
// and results it covers, and given back only while it applies: not to an
// index of another key, not once another writer wrote the results, not
// once one of its articles is replaced; articles stored after it are read
// after its mark. Incremental updates from an index whose key did not
// write the results are refused.
func testSavedIndex(t *testing.T, s store.Store) {
	k, ok := s.(store.IndexKeeper)
	u, ok2 := s.(store.FusionUpdater)
	if !ok || !ok2 {
		t.Skip("the store keeps no saved fusion index")
	}
	ctx := context.Background()
	// More than a few parts of any backend's size.
	state := make([]byte, 3<<20+12345)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range state {
		state[i] = byte(rng.Uint32())
	}
	write := func(b []byte) func(io.Writer) error {
		return func(w io.Writer) error {
			for len(b) > 0 {
				n := min(len(b), 1000003)
				if _, err := w.Write(b[:n]); err != nil {
					return err
				}
				b = b[n:]
			}
			return nil
		}
	}
	load := func(key string) (store.IndexMark, []byte, bool) {
		t.Helper()
		var got []byte
		at, found, err := k.LoadIndex(ctx, key, func(r io.Reader) error {
			var err error
			got, err = io.ReadAll(r)
			return err
		})
		if err != nil {
			t.Fatalf("LoadIndex(%q): %v", key, err)
		}
		return at, got, found
	}
	fuse := func(index string, complete bool) func([]store.PutResult, []*parallax.Document) (store.FusionUpdate, error) {
		return func(res []store.PutResult, _ []*parallax.Document) (store.FusionUpdate, error) {
			return store.FusionUpdate{Incidents: []parallax.Incident{incident("i-"+res[0].ID, "2022-09-13", "2022-09-13", nil, false, res[0].ID)},
				Complete: complete, Index: index}, nil
		}
	}
	if _, _, found := load("k1"); found {
		t.Fatal("a saved index in an empty store")
	}
	// An incremental update from an index when no index wrote the
	// results: refused; a complete one is taken.
	if _, _, ok, err := u.PutFused(ctx, 0, []*parallax.Document{Doc("a1", "2022-09-13", "One.")}, fuse("k1", false)); ok || err != nil {
		t.Fatalf("incremental update over no index's results: ok %v, %v", ok, err)
	}
	if _, _, ok, err := u.PutFused(ctx, 0, []*parallax.Document{Doc("a1", "2022-09-13", "One."), Doc("a2", "2022-09-13", "Two.")}, fuse("k1", true)); !ok || err != nil {
		t.Fatalf("complete update: ok %v, %v", ok, err)
	}
	// Saved only over exactly the stored articles and by their results'
	// writer.
	for _, c := range []struct {
		key string
		n   int
	}{{"k1", 1}, {"k1", 3}, {"k2", 2}, {"", 2}} {
		if ok, err := k.SaveIndex(ctx, c.key, c.n, write(state)); ok || err != nil {
			t.Errorf("SaveIndex(%q, %d): ok %v, %v; want refused", c.key, c.n, ok, err)
		}
	}
	results := func(key string) (store.IndexMark, bool) {
		t.Helper()
		at, ok, err := k.IndexResults(ctx, key)
		if err != nil {
			t.Fatalf("IndexResults(%q): %v", key, err)
		}
		return at, ok
	}
	if at, ok := results("k1"); !ok || at.Articles != 2 {
		t.Errorf("IndexResults after k1's complete update: %+v %v, want 2 articles", at, ok)
	}
	if _, ok := results("k2"); ok {
		t.Error("IndexResults of another key")
	}
	if ok, err := k.SaveIndex(ctx, "k1", 2, write(state)); !ok || err != nil {
		t.Fatalf("SaveIndex: ok %v, %v", ok, err)
	}
	at, got, found := load("k1")
	if !found || !bytes.Equal(got, state) || at.Articles != 2 {
		t.Fatalf("LoadIndex: found %v, mark %+v, %d bytes (equal %v)", found, at, len(got), bytes.Equal(got, state))
	}
	if _, _, found := load("k2"); found {
		t.Error("loaded under another key")
	}
	// A failing write keeps the saved state.
	boom := errors.New("boom")
	if _, err := k.SaveIndex(ctx, "k1", 2, func(w io.Writer) error { w.Write(state[:100]); return boom }); !errors.Is(err, boom) {
		t.Errorf("SaveIndex with a failing write: %v", err)
	}
	if _, got, found := load("k1"); !found || !bytes.Equal(got, state) {
		t.Error("a failed save lost the saved state")
	}
	// A reader that fails: its error.
	if _, _, err := k.LoadIndex(ctx, "k1", func(io.Reader) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("LoadIndex with a failing read: %v", err)
	}

	// Articles stored without fusion (a queue worker) and by the same
	// kind of index: the state still applies; they are read after it.
	put(t, s, Doc("a3", "2022-09-14", "Three."))
	if _, _, ok, err := u.PutFused(ctx, 3, []*parallax.Document{Doc("a4", "2022-09-14", "Four.")}, fuse("k1", false)); !ok || err != nil {
		t.Fatalf("incremental update by the results' writer: ok %v, %v", ok, err)
	}
	at, _, found = load("k1")
	if !found {
		t.Fatal("the saved state no longer applies after articles were added")
	}
	if r, ok := results("k1"); !ok || r.Articles != 4 {
		t.Errorf("IndexResults after k1's update over 4 articles: %+v %v", r, ok)
	}
	var after []string
	if err := k.FusionDocumentsAfter(ctx, at, func(d *parallax.Document) error {
		after = append(after, d.Article.ID)
		return nil
	}); err != nil || fmt.Sprint(after) != "[a3 a4]" {
		t.Errorf("FusionDocumentsAfter: %v %v, want [a3 a4]", after, err)
	}
	// A newer save replaces it.
	small := []byte("newer state")
	if ok, err := k.SaveIndex(ctx, "k1", 4, write(small)); !ok || err != nil {
		t.Fatalf("SaveIndex over 4: ok %v, %v", ok, err)
	}
	if at, got, found := load("k1"); !found || !bytes.Equal(got, small) || at.Articles != 4 {
		t.Errorf("after the newer save: %v %q %+v", found, got, at)
	}

	// An article replaced (same id, other content): its saved state no
	// longer applies.
	put(t, s, Doc("a2", "2022-09-13", "Two, corrected."))
	if _, _, found := load("k1"); found {
		t.Error("the saved state applies after one of its articles was replaced")
	}
	if _, ok := results("k1"); ok {
		t.Error("IndexResults after one of the articles was replaced")
	}
	if _, _, ok, err := u.PutFused(ctx, 4, []*parallax.Document{Doc("a5", "2022-09-15", "Five.")}, fuse("k1", true)); !ok || err != nil {
		t.Fatalf("complete update: ok %v, %v", ok, err)
	}
	if ok, err := k.SaveIndex(ctx, "k1", 5, write(small)); !ok || err != nil {
		t.Fatalf("SaveIndex over 5: ok %v, %v", ok, err)
	}
	if _, _, found := load("k1"); !found {
		t.Fatal("the saved state over 5 does not apply")
	}
	// Another writer's results (a batch fusion): it no longer applies,
	// and an incremental update from the index is refused.
	if err := s.SetFusion(ctx, []parallax.Incident{incident("i-x", "2022-09-13", "2022-09-13", nil, false, "a1")}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, found := load("k1"); found {
		t.Error("the saved state applies after another writer wrote the results")
	}
	if _, ok := results("k1"); ok {
		t.Error("IndexResults after another writer wrote the results")
	}
	if _, _, ok, err := u.PutFused(ctx, 5, []*parallax.Document{Doc("a6", "2022-09-15", "Six.")}, fuse("k1", false)); ok || err != nil {
		t.Errorf("incremental update over another writer's results: ok %v, %v", ok, err)
	}
	if ok, err := k.SaveIndex(ctx, "k1", 5, write(small)); ok || err != nil {
		t.Errorf("SaveIndex over another writer's results: ok %v, %v", ok, err)
	}
}
