package fuse

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/parallaxhq/parallax"
)

// fuzzDocs builds documents from arbitrary text and bytes: events, claims,
// counts and places with dates, sides, spans and references drawn from the
// bytes, valid or not.
func fuzzDocs(texts []string, b []byte) []*parallax.Document {
	at := 0
	next := func() int {
		if len(b) == 0 {
			return 0
		}
		v := int(b[at%len(b)])
		at++
		return v
	}
	sides := []string{"", "ARM", "AZE", "NKR", "UNO", "X"}
	kinds := []string{"", "civilian", "military"}
	types := []string{parallax.EventBattles, parallax.EventProtests, parallax.EventStrategic, ""}
	dates := []string{"", "2024-01-01", "2024-01-02", "2024-01-09", "2023-12-31", "bad", "2024-02-30"}
	var docs []*parallax.Document
	for i, text := range texts {
		id := fmt.Sprintf("a%d", i%3) // repeated ids must not break fusion
		d := &parallax.Document{Article: parallax.Article{ID: id, Published: dates[next()%len(dates)]}, Text: text}
		q := func(s string) string { return parallax.Ref(id, s) }
		np := next() % 4
		for j := 0; j < np; j++ {
			d.Places = append(d.Places, parallax.Place{ID: q(fmt.Sprint("p", j)), Start: next() - 20, End: next(),
				Lat: float64(next()-128) / 1.5, Lon: float64(next()-128) * 1.4, Feature: []string{"P.PPL", "A.PCLI", ""}[next()%3],
				Country: []string{"", "AM", "AZ"}[next()%3], GeonameID: next() % 3})
		}
		nc := next() % 4
		for j := 0; j < nc; j++ {
			d.Claims = append(d.Claims, parallax.Claim{ID: q(fmt.Sprint("c", j)), Start: next() - 10, End: next() * 3,
				Speaker: parallax.Speaker{Side: sides[next()%len(sides)], Actor: []string{"", "MoD"}[next()%2]},
				Stance:  []string{"assert", "deny"}[next()%2], Cue: parallax.Cue{Start: next(), End: next()}})
		}
		ne := next() % 5
		for j := 0; j < ne; j++ {
			e := parallax.Event{ID: q(fmt.Sprint("e", j)), Start: next() - 5, End: next(), Type: types[next()%len(types)],
				CAMEO:     []string{"", "190", "036"}[next()%3],
				Initiator: parallax.EventActor{Side: sides[next()%len(sides)]},
				Target:    parallax.EventTarget{Side: sides[next()%len(sides)], Kind: kinds[next()%len(kinds)]},
				Date: parallax.DateRange{Start: dates[next()%len(dates)], End: dates[next()%len(dates)],
					Precision: []string{"day", "month", "", "unknown"}[next()%4]},
				Negated: next()%2 == 0}
			if nc > 0 && next()%2 == 0 {
				e.Claim = parallax.OptionalID(q(fmt.Sprint("c", next()%(nc+1))))
			}
			if np > 0 {
				e.Places = []string{q(fmt.Sprint("p", next()%(np+1)))}
			}
			d.Events = append(d.Events, e)
		}
		nk := next() % 3
		for j := 0; j < nk; j++ {
			n, m := next()-2, next()
			c := parallax.Count{ID: q(fmt.Sprint("k", j)), Start: next(), End: next(), Item: []string{"killed", "tank"}[next()%2],
				Owner: sides[next()%len(sides)], ClaimedBy: sides[next()%len(sides)], N: &n}
			if next()%3 == 0 {
				c.N = nil
			}
			if next()%3 == 0 {
				c.NMax = &m
			}
			if nc > 0 {
				c.Claim = parallax.OptionalID(q(fmt.Sprint("c", next()%(nc+1))))
			}
			if ne > 0 {
				c.Event = parallax.OptionalID(q(fmt.Sprint("e", next()%(ne+1))))
			}
			d.Counts = append(d.Counts, c)
		}
		docs = append(docs, d)
	}
	return docs
}

func FuzzFuse(f *testing.F) {
	f.Add(story, other, story, []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add("", "x", "\xff\xfe", []byte{})
	f.Add("Mines. Mines! Mines?\n\nMines", "mines mines mines mines", "Ереван сказал, что", []byte{200, 3, 3, 3, 0, 9, 1, 2, 250})
	f.Fuzz(func(t *testing.T, t1, t2, t3 string, b []byte) {
		docs := fuzzDocs([]string{t1, t2, t3, t1}, b)
		opt := DefaultOptions()
		incs, dups := New(opt).Fuse(docs)
		events, places, claims, arts := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, d := range docs {
			arts[d.Article.ID] = true
			for _, e := range d.Events {
				events[e.ID] = true
			}
			for _, p := range d.Places {
				places[p.ID] = true
			}
			for _, c := range d.Claims {
				claims[c.ID] = true
			}
		}
		covered := map[string]bool{}
		ids := map[string]bool{}
		for _, in := range incs {
			if ids[in.ID] {
				t.Errorf("incident id %s twice", in.ID)
			}
			ids[in.ID] = true
			if len(in.Articles) == 0 {
				t.Errorf("incident %s has no article", in.ID)
			}
			for _, a := range in.Articles {
				covered[a] = true
			}
			for _, e := range in.Events {
				if !events[e] {
					t.Errorf("incident %s: unknown event %s", in.ID, e)
				}
			}
			for _, p := range in.Places {
				if !places[p] {
					t.Errorf("incident %s: unknown place %s", in.ID, p)
				}
			}
			s, okS := dayNumber(in.Date.Start)
			e, okE := dayNumber(in.Date.End)
			if okS != okE || okS && (e < s || e-s > int32(opt.MaxSpanDays)) {
				t.Errorf("incident %s: date %v", in.ID, in.Date)
			}
			for _, c := range in.Contradictions {
				for _, v := range c.Values {
					for _, id := range v.Claims {
						if !claims[id] {
							t.Errorf("incident %s: contradiction cites unknown claim %s", in.ID, id)
						}
					}
				}
			}
			for _, es := range in.Estimates {
				if es.Low > es.Best || es.Best > es.High {
					t.Errorf("incident %s: estimate %+v out of order", in.ID, es)
				}
				for _, id := range es.Claims {
					if !claims[id] {
						t.Errorf("incident %s: estimate cites unknown claim %s", in.ID, id)
					}
				}
			}
		}
		for a := range arts {
			if !covered[a] {
				t.Errorf("article %s is in no incident", a)
			}
		}
		for _, d := range dups {
			if len(d.Articles) < 2 || d.Similarity <= 0 || d.Similarity > 1 {
				t.Errorf("duplicate %+v", d)
			}
			for _, a := range d.Articles {
				if !arts[a] {
					t.Errorf("duplicate cites unknown article %s", a)
				}
			}
		}
		// Same input, same output.
		incs2, dups2 := New(opt).Fuse(fuzzDocs([]string{t1, t2, t3, t1}, b))
		j1, _ := json.Marshal([]any{incs, dups})
		j2, _ := json.Marshal([]any{incs2, dups2})
		if string(j1) != string(j2) {
			t.Error("fusing the same input twice gives different output")
		}
		// Incrementally, with every article compacted once added, as
		// without compaction.
		plain, cold := NewIndex(opt), NewIndex(opt)
		cold.SetCold(&MemCold{})
		for _, d := range fuzzDocs([]string{t1, t2, t3, t1}, b) {
			plain.Add(d)
			cold.Add(d)
			cold.compactBefore(math.MaxInt32)
		}
		j1, _ = json.Marshal([]any{plain.Incidents(), plain.Duplicates()})
		j2, _ = json.Marshal([]any{cold.Incidents(), cold.Duplicates()})
		if string(j1) != string(j2) || cold.Err() != nil {
			t.Errorf("compaction changes the result (%v):\n%s\nwant\n%s", cold.Err(), j2, j1)
		}
	})
}
