package report

import (
	"fmt"
	"regexp"

	"github.com/parallaxhq/parallax"
)

// Vocabularies of contract v1 (DESIGN §3).
var (
	entityKinds = set("person", "organization", "government", "military", "group", "location", "gpe")
	eventTypes  = set("battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots", "strategic_developments")
	targetKinds = set("military", "civilian", "infrastructure", "unknown", "")
	precisions  = set("day", "week", "month", "year", "unknown")
	items       = set("helicopter", "drone", "tank", "air_defense", "armored_vehicle", "artillery", "aircraft", "vehicle", "killed", "wounded", "captured", "missing")
	outcomes    = set("destroyed", "shot_down", "damaged", "killed", "wounded", "captured", "lost", "")
	contraKinds = set("initiator", "count", "civilian_targeting", "denial")
	dupKinds    = set("exact", "near_duplicate", "same_statement")
	// a side is a state's or body's code or a group's short name in
	// capitals (DESIGN §3), which may be the letters of a long name: the
	// knowledge base has KATAIBHEZBOLLAH, the golds MUJAHIDEENSHURACOUNCIL
	sideCode = regexp.MustCompile(`^([A-Z0-9]{2,40})?$`)
	day      = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Check reports every way in which r breaks contract v1: unknown
// vocabulary, spans outside the text or not matching their text, ids used
// twice, references to items that do not exist. texts maps an article id to
// its cleaned text, for the span checks. It is the Go twin of the shared
// check-report tool, for tests.
func Check(r parallax.Report, texts map[string]string) []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if r.Version != parallax.ReportVersion {
		bad("version %d", r.Version)
	}
	arts := map[string]bool{}
	for _, a := range r.Articles {
		if arts[a.ID] {
			bad("article id %q used twice", a.ID)
		}
		arts[a.ID] = true
		if a.Published != "" && !day.MatchString(a.Published) {
			bad("article %s: published %q", a.ID, a.Published)
		}
	}
	ids := map[string]string{}
	id := func(kind, v string) {
		if v == "" {
			bad("%s without id", kind)
		} else if k, ok := ids[v]; ok {
			bad("id %q used by a %s and a %s", v, k, kind)
		}
		ids[v] = kind
	}
	span := func(what, art string, start, end int, text *string) {
		if !arts[art] {
			bad("%s: unknown article %q", what, art)
			return
		}
		t, ok := texts[art]
		if start < 0 || end < start || (ok && end > len(t)) {
			bad("%s: span %d..%d outside the text", what, start, end)
			return
		}
		if ok && text != nil && t[start:end] != *text {
			bad("%s: text %q != text[%d:%d] %q", what, *text, start, end, t[start:end])
		}
	}
	side := func(what, s string) {
		if !sideCode.MatchString(s) {
			bad("%s: side %q is not a side code", what, s)
		}
	}
	for _, e := range r.Entities {
		id("entity", e.ID)
		span("entity "+e.ID, e.Article, e.Start, e.End, &e.Text)
		if !entityKinds[e.Kind] {
			bad("entity %s: kind %q", e.ID, e.Kind)
		}
		side("entity "+e.ID, e.Side)
	}
	for _, p := range r.Places {
		id("place", p.ID)
		span("place "+p.ID, p.Article, p.Start, p.End, &p.Text)
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			bad("place %s: lat/lon %v/%v", p.ID, p.Lat, p.Lon)
		}
	}
	for _, c := range r.Claims {
		id("claim", c.ID)
		span("claim "+c.ID, c.Article, c.Start, c.End, nil)
		if c.Speaker.Text != "" {
			span("claim "+c.ID+" speaker", c.Article, c.Speaker.Start, c.Speaker.End, &c.Speaker.Text)
		}
		span("claim "+c.ID+" cue", c.Article, c.Cue.Start, c.Cue.End, &c.Cue.Text)
		side("claim "+c.ID, c.Speaker.Side)
		if c.Stance != parallax.StanceAssert && c.Stance != parallax.StanceDeny {
			bad("claim %s: stance %q", c.ID, c.Stance)
		}
		if c.Quote != parallax.QuoteDirect && c.Quote != parallax.QuoteIndirect {
			bad("claim %s: quote %q", c.ID, c.Quote)
		}
		if c.Sentence == "" {
			bad("claim %s: no sentence", c.ID)
		}
	}
	for _, e := range r.Events {
		id("event", e.ID)
		span("event "+e.ID, e.Article, e.Start, e.End, nil)
		if !eventTypes[e.Type] {
			bad("event %s: type %q", e.ID, e.Type)
		}
		if !targetKinds[e.Target.Kind] {
			bad("event %s: target kind %q", e.ID, e.Target.Kind)
		}
		side("event "+e.ID+" initiator", e.Initiator.Side)
		side("event "+e.ID+" target", e.Target.Side)
		if e.Date != (parallax.DateRange{}) && !precisions[e.Date.Precision] {
			bad("event %s: precision %q", e.ID, e.Date.Precision)
		}
		for _, d := range []string{e.Date.Start, e.Date.End} {
			if d != "" && !day.MatchString(d) {
				bad("event %s: date %q", e.ID, d)
			}
		}
	}
	for _, c := range r.Counts {
		id("count", c.ID)
		span("count "+c.ID, c.Article, c.Start, c.End, nil)
		if !items[c.Item] {
			bad("count %s: item %q", c.ID, c.Item)
		}
		if !outcomes[c.Outcome] {
			bad("count %s: outcome %q", c.ID, c.Outcome)
		}
		if c.N != nil && *c.N < 0 {
			bad("count %s: n %d", c.ID, *c.N)
		}
		side("count "+c.ID+" owner", c.Owner)
		side("count "+c.ID+" claimed_by", c.ClaimedBy)
	}
	ref := func(what, kind, v string) {
		if v != "" && ids[v] != kind {
			bad("%s: %s %q does not exist", what, kind, v)
		}
	}
	for _, c := range r.Claims {
		ref("claim "+c.ID+" parent", "claim", c.Parent)
	}
	for _, e := range r.Events {
		ref("event "+e.ID, "claim", string(e.Claim))
		for _, p := range e.Places {
			ref("event "+e.ID, "place", p)
		}
	}
	for _, c := range r.Counts {
		ref("count "+c.ID, "claim", string(c.Claim))
		ref("count "+c.ID, "event", string(c.Event))
	}
	for _, inc := range r.Incidents {
		id("incident", inc.ID)
		if len(inc.Articles) == 0 {
			bad("incident %s: no articles", inc.ID)
		}
		for _, a := range inc.Articles {
			if !arts[a] {
				bad("incident %s: unknown article %q", inc.ID, a)
			}
		}
		for _, e := range inc.Events {
			ref("incident "+inc.ID, "event", e)
		}
		for _, p := range inc.Places {
			ref("incident "+inc.ID, "place", p)
		}
		for _, d := range []string{inc.Date.Start, inc.Date.End} {
			if d != "" && !day.MatchString(d) {
				bad("incident %s: date %q", inc.ID, d)
			}
		}
		for _, c := range inc.Contradictions {
			if !contraKinds[c.Kind] {
				bad("incident %s: contradiction kind %q", inc.ID, c.Kind)
			}
			for _, v := range c.Values {
				side("incident "+inc.ID+" contradiction", v.Side)
				for _, cl := range v.Claims {
					ref("incident "+inc.ID+" contradiction", "claim", cl)
				}
			}
		}
		for _, es := range inc.Estimates {
			for _, cl := range es.Claims {
				ref("incident "+inc.ID+" estimate", "claim", cl)
			}
		}
	}
	for _, d := range r.Duplicates {
		if !dupKinds[d.Kind] {
			bad("duplicate kind %q", d.Kind)
		}
		if len(d.Articles) < 2 {
			bad("duplicate of fewer than two articles: %v", d.Articles)
		}
		for _, a := range d.Articles {
			if !arts[a] {
				bad("duplicate: unknown article %q", a)
			}
		}
	}
	return errs
}
