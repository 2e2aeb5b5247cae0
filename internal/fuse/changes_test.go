package fuse

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestChangesReplay applies the changes of every batch, in order, to an
// empty result, as a store does, and checks that it ends with Incidents
// and Duplicates; and that a batch touches only a part of the incidents.
func TestChangesReplay(t *testing.T) {
	docs := synthDocs(t, 1200)
	// Exact copies (same words, new ids), some of a copy's copy, so that
	// exact groups grow across batches.
	for i := 0; i < 60; i++ {
		o := *docs[(i*37)%len(docs)]
		o.Article.ID = fmt.Sprintf("copy%03d", i)
		docs = append(docs, &o)
	}
	for _, batch := range []int{1, 7, 100} {
		t.Run(fmt.Sprintf("batch%d", batch), func(t *testing.T) {
			ix := NewIndex(DefaultOptions())
			incs := map[string]parallax.Incident{}
			dups := map[string]KeyedDuplicate{}
			lastChanged := 0
			for start := 0; start < len(docs); start += batch {
				for _, d := range docs[start:min(start+batch, len(docs))] {
					ix.Add(d)
				}
				changed, removed, kd := ix.Changes()
				for _, id := range removed {
					delete(incs, id)
				}
				for _, inc := range changed {
					incs[inc.ID] = inc
				}
				for _, d := range kd {
					dups[d.Key] = d
				}
				lastChanged = len(changed)
			}
			want := ix.Incidents()
			if len(incs) != len(want) {
				t.Fatalf("%d incidents after replaying the changes, want %d", len(incs), len(want))
			}
			for _, inc := range want {
				got, _ := json.Marshal(incs[inc.ID])
				w, _ := json.Marshal(inc)
				if string(got) != string(w) {
					t.Fatalf("incident %s after replaying the changes:\n%s\nwant\n%s", inc.ID, got, w)
				}
			}
			keys := slices.Sorted(maps.Keys(dups))
			slices.SortFunc(keys, func(a, b string) int { return int(dups[a].Order - dups[b].Order) })
			var got []parallax.Duplicate
			for _, k := range keys {
				got = append(got, dups[k].Duplicate)
			}
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(ix.Duplicates())
			if string(g) != string(w) {
				t.Fatalf("duplicates after replaying the changes:\n%s\nwant\n%s", g, w)
			}
			if batch < 100 && lastChanged*4 > len(want) {
				t.Errorf("the last batch of %d changed %d of %d incidents", batch, lastChanged, len(want))
			}
			if c, r, d := ix.Changes(); len(c)+len(r)+len(d) != 0 {
				t.Errorf("changes with nothing added: %d %d %d", len(c), len(r), len(d))
			}
		})
	}
}

// TestChangesGroupMerge: an article that copies two articles of an older
// incident makes them one source there, though it joins another incident
// (its date is weeks later): the older incident is among the changes.
func TestChangesGroupMerge(t *testing.T) {
	docs := synthDocs(t, 600)
	ix := NewIndex(DefaultOptions())
	for _, d := range docs {
		ix.Add(d)
	}
	ix.Changes()
	byID := map[string]*parallax.Document{}
	for _, d := range docs {
		byID[d.Article.ID] = d
	}
	var x, y *parallax.Document
	var old parallax.Incident
	for _, inc := range ix.Incidents() {
		if len(inc.Articles) == 2 && inc.Sources == 2 {
			x, y, old = byID[inc.Articles[0]], byID[inc.Articles[1]], inc
			break
		}
	}
	if x == nil {
		t.Fatal("no incident of two independent articles in the synthetic corpus")
	}
	day, _ := dayNumber(x.Article.Published)
	z := &parallax.Document{Article: parallax.Article{ID: "both", Published: dayString(day + 40)}, Text: x.Text + " " + y.Text}
	ix.Add(z)
	changed, _, dups := ix.Changes()
	if len(dups) != 2 {
		t.Errorf("duplicates of the copy of both: %+v", dups)
	}
	var now *parallax.Incident
	for i := range changed {
		if changed[i].ID == old.ID {
			now = &changed[i]
		}
	}
	if now == nil || now.Sources != 1 {
		t.Fatalf("incident %s (sources %d) not among the changes %v, or its sources unchanged", old.ID, old.Sources, now)
	}
}
