// Package apitest builds stores for the tests and benchmarks of the API and
// the web pages: a small hand-made fixture (two parties' reports of one
// clash, with a count contradiction) and a generator of many synthetic
// incidents for load measurements on any store.Store backend.
package apitest

import (
	"context"
	"fmt"
	"strings"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/store"
)

// Fixture texts: written for the tests, in the style of wire reports.
const (
	textA = "Armenia said its forces shot down two Azerbaijani helicopters near Martakert on Sunday. " +
		"Baku denied the report.\n\nThe defence ministry in Yerevan said <fighting> continued."
	textB = "Azerbaijan's defence ministry said it lost one helicopter near Martakert. " +
		"\"Our forces are advancing,\" the ministry said."
)

func n(i int) *int { return &i }

// find returns the span of the first occurrence of sub in text.
func find(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("apitest: " + sub + " not in fixture text")
	}
	return i, i + len(sub)
}

func sentences(text string) []parallax.Sentence {
	var out []parallax.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '"') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			if text[i] == '"' && i > 0 && text[i-1] != '.' && text[i-1] != ',' {
				continue
			}
			if text[i] == '.' && i+1 < len(text) && text[i+1] == '"' {
				continue
			}
			out = append(out, parallax.Sentence{Span: parallax.Span{Start: start, End: i + 1}})
			start = i + 1
			for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
				start++
			}
			i = start - 1
		}
	}
	if start < len(text) {
		out = append(out, parallax.Sentence{Span: parallax.Span{Start: start, End: len(text)}})
	}
	return out
}

// Fixture returns two analysed documents and the incident that joins them:
// ARM claims 2 AZE helicopters, AZE admits 1.
func Fixture() ([]*parallax.Document, []parallax.Incident) {
	a := &parallax.Document{Article: parallax.Article{ID: "a1", Source: "a1.txt", Outlet: "Armenpress", Title: "Armenia reports <two> helicopters down",
		Published: "2020-09-27", Language: "en", Body: textA}, Text: textA}
	a.Sentences = sentences(textA)
	s, e := find(textA, "its forces shot down two Azerbaijani helicopters near Martakert on Sunday")
	cs, ce := find(textA, "said")
	ss, se := find(textA, "Armenia")
	a.Claims = []parallax.Claim{
		{ID: "a1:c1", Article: "a1", Start: s, End: e, Speaker: parallax.Speaker{Text: "Armenia", Start: ss, End: se, Actor: "Armenia", Side: "ARM"},
			Cue: parallax.Cue{Text: "said", Start: cs, End: ce}, Stance: "assert", Quote: "indirect"},
	}
	ds, de := find(textA, "denied")
	bs, be := find(textA, "Baku")
	a.Claims = append(a.Claims, parallax.Claim{ID: "a1:c2", Article: "a1", Start: ds, End: de + len(" the report"),
		Speaker: parallax.Speaker{Text: "Baku", Start: bs, End: be, Actor: "Azerbaijan", Side: "AZE"},
		Cue:     parallax.Cue{Text: "denied", Start: ds, End: de}, Stance: "deny", Quote: "indirect", Parent: "a1:c1"})
	ms, me := find(textA, "Martakert")
	a.Places = []parallax.Place{{ID: "a1:p1", Article: "a1", Start: ms, End: me, Text: "Martakert", Name: "Martakert", GeonameID: 174875,
		Lat: 40.21, Lon: 46.81, Country: "AZ", Admin1: "Tartar", Feature: "P.PPL"}}
	a.Entities = []parallax.Entity{{ID: "a1:e1", Article: "a1", Start: ss, End: se, Text: "Armenia", Kind: "gpe", Actor: "Armenia", Side: "ARM"},
		{ID: "a1:e2", Article: "a1", Start: ms, End: me, Text: "Martakert", Kind: "gpe"}}
	hs, he := find(textA, "two Azerbaijani helicopters")
	a.Events = []parallax.Event{{ID: "a1:v1", Article: "a1", Start: hs - len("shot down "), End: he, Claim: "a1:c1", Type: "battles", CAMEO: "190",
		Initiator: parallax.EventActor{Actor: "Armenia", Side: "ARM"}, Target: parallax.EventTarget{Side: "AZE", Kind: "military"},
		Places: []string{"a1:p1"}, Date: parallax.DateRange{Start: "2020-09-27", End: "2020-09-27", Precision: "day", Text: "Sunday"}}}
	a.Counts = []parallax.Count{{ID: "a1:n1", Article: "a1", Start: hs, End: he, Claim: "a1:c1", Event: "a1:v1", Item: "helicopter", N: n(2),
		Owner: "AZE", Outcome: "shot_down", ClaimedBy: "ARM"}}

	b := &parallax.Document{Article: parallax.Article{ID: "b1", Source: "b1.txt", Outlet: "APA", Title: "Azerbaijan admits one loss",
		Published: "2020-09-28", Language: "en", Body: textB}, Text: textB}
	b.Sentences = sentences(textB)
	s, e = find(textB, "it lost one helicopter near Martakert")
	cs, ce = find(textB, "said")
	ss, se = find(textB, "Azerbaijan's defence ministry")
	qs, qe := find(textB, "Our forces are advancing,")
	c2s, c2e := find(textB, "the ministry said")
	b.Claims = []parallax.Claim{
		{ID: "b1:c1", Article: "b1", Start: s, End: e, Speaker: parallax.Speaker{Text: "Azerbaijan's defence ministry", Start: ss, End: se,
			Actor: "Ministry of Defense (Azerbaijan)", Side: "AZE"}, Cue: parallax.Cue{Text: "said", Start: cs, End: ce}, Stance: "assert", Quote: "indirect"},
		{ID: "b1:c2", Article: "b1", Start: qs, End: qe, Speaker: parallax.Speaker{Text: "the ministry", Start: c2s, End: c2s + len("the ministry"),
			Actor: "Ministry of Defense (Azerbaijan)", Side: "AZE"}, Cue: parallax.Cue{Text: "said", Start: c2e - 4, End: c2e}, Stance: "assert", Quote: "direct"},
	}
	ms, me = find(textB, "Martakert")
	b.Places = []parallax.Place{{ID: "b1:p1", Article: "b1", Start: ms, End: me, Text: "Martakert", Name: "Martakert", GeonameID: 174875,
		Lat: 40.21, Lon: 46.81, Country: "AZ", Admin1: "Tartar", Feature: "P.PPL"}}
	hs, he = find(textB, "one helicopter")
	b.Counts = []parallax.Count{{ID: "b1:n1", Article: "b1", Start: hs, End: he, Claim: "b1:c1", Item: "helicopter", N: n(1),
		Owner: "AZE", Outcome: "lost", ClaimedBy: "AZE"}}

	inc := parallax.Incident{ID: "i1", Articles: []string{"a1", "b1"}, Events: []string{"a1:v1"}, Date: parallax.DaySpan{Start: "2020-09-27", End: "2020-09-27"},
		Places: []string{"a1:p1", "b1:p1"}, Sides: []string{"ARM", "AZE"}, Unheard: []string{}, Sources: 2,
		Estimates: []parallax.Estimate{{Item: "helicopter", Owner: "AZE", Low: 1, Best: 1, High: 2, Claims: []string{"a1:c1", "b1:c1"}}},
		Contradictions: []parallax.Contradiction{{Kind: "count", Item: "helicopter", Owner: "AZE", Between: []string{"ARM", "AZE"},
			Values: []parallax.ContradictionValue{{Side: "ARM", Value: 2, Claims: []string{"a1:c1"}}, {Side: "AZE", Value: 1, Claims: []string{"b1:c1"}}}}}}
	solo := parallax.Incident{ID: "i2", Articles: []string{"b1"}, Events: []string{}, Date: parallax.DaySpan{Start: "2020-10-02", End: "2020-10-02"},
		Places: []string{}, Sides: []string{"AZE"}, OneSided: true, Unheard: []string{"ARM"}, Sources: 1,
		Estimates: []parallax.Estimate{}, Contradictions: []parallax.Contradiction{}}
	return []*parallax.Document{a, b}, []parallax.Incident{inc, solo}
}

// Load puts the fixture into st.
func Load(ctx context.Context, st store.Store) error {
	docs, incs := Fixture()
	if _, err := st.Put(ctx, docs); err != nil {
		return err
	}
	return st.SetFusion(ctx, incs, nil)
}

// Populate stores nIncidents synthetic incidents over nIncidents/5
// articles (each article copied from the fixture under a new id, with its
// item ids requalified), dated over ten years, for load measurements.
func Populate(ctx context.Context, st store.Store, nIncidents int) error {
	base, tmpl := Fixture()
	nDocs := max(1, nIncidents/5)
	var docs []*parallax.Document
	for i := range nDocs {
		src := base[i%len(base)]
		id := fmt.Sprintf("gen%06d", i)
		d := *src
		d.Article.ID = id
		// A distinct body per copy, so content deduplication keeps them all.
		d.Article.Body = src.Article.Body + fmt.Sprintf("\n\nReport %d.", i)
		d.Text = d.Article.Body
		d.Claims = requalify(src.Claims, src.Article.ID, id, func(c *parallax.Claim, q func(string) string) {
			c.ID, c.Article, c.Parent = q(c.ID), id, q(c.Parent)
		})
		d.Places = requalify(src.Places, src.Article.ID, id, func(p *parallax.Place, q func(string) string) { p.ID, p.Article = q(p.ID), id })
		d.Entities = requalify(src.Entities, src.Article.ID, id, func(e *parallax.Entity, q func(string) string) { e.ID, e.Article = q(e.ID), id })
		d.Counts = requalify(src.Counts, src.Article.ID, id, func(c *parallax.Count, q func(string) string) {
			c.ID, c.Article, c.Claim, c.Event = q(c.ID), id, parallax.OptionalID(q(string(c.Claim))), parallax.OptionalID(q(string(c.Event)))
		})
		d.Events = requalify(src.Events, src.Article.ID, id, func(e *parallax.Event, q func(string) string) {
			e.ID, e.Article, e.Claim = q(e.ID), id, parallax.OptionalID(q(string(e.Claim)))
			ps := make([]string, len(e.Places))
			for k, p := range e.Places {
				ps[k] = q(p)
			}
			e.Places = ps
		})
		docs = append(docs, &d)
	}
	for i := 0; i < len(docs); i += 500 {
		if _, err := st.Put(ctx, docs[i:min(len(docs), i+500)]); err != nil {
			return err
		}
	}
	incs := make([]parallax.Incident, nIncidents)
	for i := range incs {
		a := fmt.Sprintf("gen%06d", (2*i)%nDocs)
		b := fmt.Sprintf("gen%06d", (2*i+1)%nDocs)
		day := fmt.Sprintf("%04d-%02d-%02d", 2015+i%10, 1+i%12, 1+i%28)
		inc := tmpl[0]
		inc.ID = fmt.Sprintf("g%06d", i)
		inc.Articles = []string{a, b}
		inc.Events = []string{a + ":v1"}
		inc.Places = []string{a + ":p1", b + ":p1"}
		inc.Date = parallax.DaySpan{Start: day, End: day}
		inc.Contradictions = []parallax.Contradiction{{Kind: "count", Item: "helicopter", Owner: "AZE", Between: []string{"ARM", "AZE"},
			Values: []parallax.ContradictionValue{{Side: "ARM", Value: 2, Claims: []string{a + ":c1"}}, {Side: "AZE", Value: 1, Claims: []string{b + ":c1"}}}}}
		incs[i] = inc
	}
	return st.SetFusion(ctx, incs, nil)
}

func requalify[T any](xs []T, from, to string, set func(*T, func(string) string)) []T {
	q := func(id string) string {
		if rest, ok := strings.CutPrefix(id, from+":"); ok {
			return to + ":" + rest
		}
		return id
	}
	out := make([]T, len(xs))
	copy(out, xs)
	for i := range out {
		set(&out[i], q)
	}
	return out
}
