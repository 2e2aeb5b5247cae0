package parse

import (
	"bytes"
	"slices"
	"testing"
)

// TestTemplateLists checks listTemplates against the hashes: on every
// configuration of the seeds, each (template, feature) pair the parts and
// groups append is a pair that features appends, and the other way round,
// so that a part's table that named a feature's template wrongly would
// disagree with the full list's.
func TestTemplateLists(t *testing.T) {
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// Every template, whatever the embedded parser leaves out.
	p := newParser(loaded.model, loaded.labels, selection{})
	type pair struct {
		t int
		f uint64
	}
	pairs := func(dst []pair, l int, feats []uint64) []pair {
		if len(feats) != len(listTemplates[l]) {
			t.Fatalf("list %d appends %d features for %d templates", l, len(feats), len(listTemplates[l]))
		}
		for i, f := range feats {
			dst = append(dst, pair{listTemplates[l][i], f})
		}
		return dst
	}
	less := func(a, b pair) int {
		if a.t != b.t {
			return a.t - b.t
		}
		if a.f < b.f {
			return -1
		}
		if a.f > b.f {
			return 1
		}
		return 0
	}
	partLists := [numParts]int{listStackWord, listStackS1, listStackS0, listBufferWord, listBufferChild}
	configs := walkConfigs(p, taggedSeeds(t), true, func(st *state, words []string) {
		all := pairs(nil, listFull, p.features(nil, &st.s, &st.c))
		parts := pairs(nil, listMixed, p.mixedFeatures(nil, &st.s, &st.c))
		for k, part := range partFeatures {
			parts = pairs(parts, partLists[k], part(p, nil, &st.s, &st.c))
			for _, g := range partGroups[k] {
				key := p.groupKeyOf(g, &st.s, &st.c)
				parts = pairs(parts, listGroup+g, p.groupFeatures(nil, g, &key))
			}
		}
		slices.SortFunc(all, less)
		slices.SortFunc(parts, less)
		if !slices.Equal(all, parts) {
			t.Fatalf("%q: the parts' templates are not those of features", words)
		}
	})
	if configs == 0 {
		t.Fatal("no configuration checked")
	}
}

func fullBest(p *Parser, st *state) int {
	scores := make([]float32, p.model.NClasses)
	p.model.Score(p.features(nil, &st.s, &st.c), scores)
	return bestValid(&st.c, scores)
}

// TestDropTemplates: a parser that leaves templates out appends none of
// their features in any list, parses as full scoring does with the same
// templates left out, and keeps its selection through Write and Read.
func TestDropTemplates(t *testing.T) {
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := newParser(loaded.model, loaded.labels, selection{})
	drop := []int{1, 16, 25, 43, 48, 74, 82, 91, 99, 109}
	sel, err := newSelection(drop)
	if err != nil {
		t.Fatal(err)
	}
	q := newParser(p.model, p.labels, sel)
	for l, ts := range listTemplates {
		kept := q.sel.keep[l]
		n := len(ts)
		if kept != nil {
			n = len(kept)
		}
		want := 0
		for _, tp := range ts {
			if !slices.Contains(drop, tp) {
				want++
			}
		}
		if n != want {
			t.Errorf("list %d keeps %d features, want %d", l, n, want)
		}
	}
	// The full list loses exactly the dropped templates' features.
	st := &state{}
	st.load([]string{"Rebels", "shelled", "the", "town"}, []string{"NOUN", "VERB", "DET", "NOUN"}, []string{"NNS", "VBD", "DT", "NN"})
	st.c.apply(shift)
	if got, all := len(q.features(nil, &st.s, &st.c)), len(p.features(nil, &st.s, &st.c)); got != all-len(drop) {
		t.Errorf("features: %d with %d templates dropped, %d with none", got, len(drop), all)
	}
	checkParsesAsFull(t, q, &state{}, taggedSeeds(t), "templates dropped")
	var w, l bytes.Buffer
	if err := q.Write(&w, &l); err != nil {
		t.Fatal(err)
	}
	r, err := Read(&w, &l)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.sel.drop, drop) || !slices.Equal(r.labels, p.labels) {
		t.Errorf("read back: drop %v labels %d, want %v and %d", r.sel.drop, len(r.labels), drop, len(p.labels))
	}
	if _, err := newSelection([]int{17}); err == nil {
		t.Error("template 17, which does not exist, is accepted")
	}
}

// TestGroupAtoms checks groupAtoms against groupFeaturesAll: changing an
// atom of a key changes exactly the features that groupAtoms says read
// it. And a parser whose templates leave atoms unread masks them in its
// keys without changing its features.
func TestGroupAtoms(t *testing.T) {
	for g := range numGroups {
		k := groupKey{11, 12, 13, 14, 15, 16, 17}
		feats := groupFeaturesAll(nil, g, &k)
		if len(feats) != len(groupAtoms[g]) {
			t.Fatalf("group %d: %d features, %d atom lists", g, len(feats), len(groupAtoms[g]))
		}
		for a := range k {
			k2 := k
			k2[a]++
			feats2 := groupFeaturesAll(nil, g, &k2)
			for i := range feats {
				if changed, reads := feats[i] != feats2[i], slices.Contains(groupAtoms[g][i], a); changed != reads {
					t.Errorf("group %d feature %d: atom %d changes it %v, groupAtoms says it reads it %v", g, i, a, changed, reads)
				}
			}
		}
	}
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	p := newParser(loaded.model, loaded.labels, selection{})
	q, err := p.WithoutTemplates([]int{83, 91, 66, 14, 40})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []int{groupS0Right, groupS1, groupStackTags, groupBufferTags} {
		if !q.sel.masked[g] {
			t.Errorf("group %d: no atom masked", g)
		}
	}
	if q.sel.masked[groupS0Left] || q.sel.masked[groupB0Left] {
		t.Error("a group that reads all its atoms is masked")
	}
	configs := walkConfigs(q, taggedSeeds(t), false, func(st *state, words []string) {
		for g := range numGroups {
			all, masked := q.groupKeyAll(g, &st.s, &st.c), q.groupKeyOf(g, &st.s, &st.c)
			if !slices.Equal(q.groupFeatures(nil, g, &all), q.groupFeatures(nil, g, &masked)) {
				t.Fatalf("group %d: key %v masked to %v changes the features", g, all, masked)
			}
		}
	})
	if configs == 0 {
		t.Fatal("no configuration")
	}
	checkParsesAsFull(t, q, &state{}, taggedSeeds(t), "atoms masked")
}
