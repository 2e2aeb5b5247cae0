package fuse

import (
	"slices"

	"github.com/parallaxhq/parallax"
)

// Duplicates returns the duplicates found so far: each group of exact
// copies once (similarity 1), then near duplicates and same-statement
// pairs, in the order of their articles.
func (ix *Index) Duplicates() []parallax.Duplicate {
	keyed := ix.KeyedDuplicates()
	res := make([]parallax.Duplicate, len(keyed))
	for i := range keyed {
		res[i] = keyed[i].Duplicate
	}
	return res
}

// Incidents returns the incidents found so far: first those that some
// article tells as its own story, then those its articles only recall as
// background; each by start date (undated last), then by creation order.
// An article that recalls an earlier clash is in two incidents of the same
// articles; a reader (or a scorer) that takes the first incident of an
// article as what it reports then finds its story, not its recap.
func (ix *Index) Incidents() []parallax.Incident {
	var roots []int32
	for i := range ix.incs {
		if ix.incs[i].parent == int32(i) {
			roots = append(roots, int32(i))
		}
	}
	told := make(map[int32]bool, len(roots)) // holds an article's story (segment.main)
	for _, r := range roots {
		for _, s := range ix.incs[r].segs {
			if ix.segs[s].main {
				told[r] = true
				break
			}
		}
	}
	slices.SortFunc(roots, func(a, b int32) int {
		if told[a] != told[b] {
			if told[a] {
				return -1
			}
			return 1
		}
		sa, sb := ix.incs[a].start, ix.incs[b].start
		if sa != sb {
			if sa == noDay {
				return 1
			}
			if sb == noDay {
				return -1
			}
			return int(sa - sb)
		}
		return int(ix.incs[a].order - ix.incs[b].order)
	})
	out := make([]parallax.Incident, 0, len(roots))
	for _, r := range roots {
		out = append(out, ix.describe(r))
	}
	return out
}

// member is one segment's share of an incident, resolved to report items.
type member struct {
	art *feats
	ai  int32 // the article's index
	seg *segItems
}

func (ix *Index) describe(r int32) parallax.Incident {
	in := &ix.incs[r]
	segs := slices.Clone(in.segs)
	slices.SortFunc(segs, func(a, b int32) int { return int(a - b) })
	ms := make([]member, len(segs))
	var f *feats // of the previous member's article: an article's segments are adjacent
	for i, s := range segs {
		ai := ix.segs[s].art
		if i == 0 || ai != ms[i-1].ai {
			f = ix.feats(ai)
		}
		k := slices.Index(ix.arts[ai].segs, s)
		ms[i] = member{f, ai, &f.items[k]}
	}
	inc := parallax.Incident{ID: in.id}
	if in.start != noDay {
		inc.Date = parallax.DaySpan{Start: dayString(in.start), End: dayString(in.end)}
	}
	// Places: one id per distinct place, the most mentioned first.
	type placeCount struct {
		id  string
		key string
		n   int
		at  int
	}
	var places []placeCount
	pidx := map[string]int{}
	for _, m := range ms {
		inc.Articles = append(inc.Articles, m.art.id)
		for _, e := range m.seg.events {
			inc.Events = append(inc.Events, m.art.name(m.art.events[e].id))
		}
		for _, p := range m.seg.places {
			pl := &m.art.places[p]
			key := ix.str(pl.key)
			if i, ok := pidx[key]; ok {
				places[i].n++
				continue
			}
			pidx[key] = len(places)
			places = append(places, placeCount{m.art.name(pl.id), key, 1, len(places)})
		}
	}
	inc.Articles = slices.Compact(inc.Articles)
	slices.SortStableFunc(places, func(a, b placeCount) int { return b.n - a.n })
	const maxPlaces = 10
	for i := 0; i < len(places) && i < maxPlaces; i++ {
		inc.Places = append(inc.Places, places[i].id)
	}
	ix.assess(&inc, ms)
	return inc
}
