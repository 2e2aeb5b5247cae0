package event_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/ingest"
	"github.com/parallaxhq/parallax/internal/pipeline"
	"github.com/parallaxhq/parallax/internal/testutil"
)

// protestsKnown are the expectations of the protest battery that the whole
// pipeline does not meet yet, each with the reason. TestProtestProbes fails
// when one of them starts to pass (remove it) as much as when another item
// fails, so the list stays honest.
var protestsKnown = map[string]string{
	"02-za-alexandra|Twelve people":                  "geo: 'Alexandra' (the Johannesburg township) is resolved in Australia, so owner AUS; 'she said' gets no side",
	"02-za-alexandra|event|rubber bullets":           "geo: 'Alexandra' is resolved in Australia, so the story's state is AUS and the police are its",
	"04-brazil-brasilia|none|took part in the march": "the march named again ('took part in the march') is coded a second time: events are not linked by coreference",
	"05-china-guangdong|10 villagers":                "'taken to hospital' is no wounded outcome (it is said of the sick too)",
	"05-china-guangdong|six people":                  "claim/actor stage: 'Local authorities said' gets no side",
	"09-za-taxi-strike|A police officer":             "geo: Nyanga (a Cape Town township) is not found; 'the provincial police commissioner said' gets no side",
	"09-za-taxi-strike|two men":                      "geo: Khayelitsha is not found, so the men get no state; 'police said' gets no side",
	"09-za-taxi-strike|event|assaulted":              "geo: Khayelitsha is not found",
	"14-kenya-election|One man":                      "claim/actor stage: 'a police commander told Reuters' gets no side",
	"14-kenya-election|event|abducted":               "geo: Embakasi (a Nairobi district) is not found",
	"16-argentina-cacerolazo|a man":                  "claim/actor stage: 'Police in Rosario said' gets no side since the recogniser was retrained in session 6 (held-out stories replaced)",
	"19-iran-protests|60 women":                      "a share after 'including' of an arrest count is not read as a count",
	"19-iran-protests|739 people":                    "claim/actor stage: 'the governor of Tehran province' gets no side",
	"22-za-durban-mob|Three foreign nationals":       "'were assaulted and admitted to hospital with serious injuries' gives no wounded outcome",
	"22-za-durban-mob|event|set alight":              "geo: Umlazi (a Durban township) is not found",
	"23-georgia-tbilisi|11 officers":                 "claim/actor stage: 'The interior ministry said' gets no side, and officers hurt that no party tells of get no owner",
	"23-georgia-tbilisi|63 people":                   "claim/actor stage: 'The interior ministry said' (Georgia's) gets no side",
	"24-kenya-saba-saba|312 suspects":                "convention unsettled: the first batch expected arrested suspects to be the state's (06: 681 suspects), this one none; the stage gives the state",
	"24-kenya-saba-saba|six people":                  "actor stage: the Kenya Human Rights Commission, a rights body, is given the state's side",
	"26-nigeria-mob|three suspects":                  "convention unsettled: arrested suspects are given the state's side (see 24-kenya-saba-saba)",
}

// TestProtestProbes runs the whole pipeline on the invented protest, riot,
// strike and crackdown stories of testdata/protests (Indian, South African,
// Argentine, Brazilian, Chinese, Nigerian, Kenyan, Pakistani, wire styles,
// with non-events: planned or called-off protests, "protested the
// decision", a sports clash, "attacked the bill") and checks them against
// testdata/protests.tsv, whose expectations were written before the
// pipeline ran on them. Every count found must be expected.
func TestProtestProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every model")
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*parallax.Document{}
	ingest.Read([]string{"testdata/protests"}, ingest.Options{}, func(a parallax.Article) {
		docs[a.ID] = p.Analyze(a)
	}, func(e *ingest.Error) { t.Fatal(e) })
	results := map[string]string{} // item key: "" when right, else what is wrong
	used := map[*parallax.Count]bool{}
	for _, pl := range testutil.ReadProbeLines(t, "testdata/protests.tsv") {
		n, f := pl.N, pl.Fields
		doc := docs[f[0]]
		if doc == nil {
			t.Fatalf("line %d: no probe article %q", n, f[0])
		}
		var key string
		switch {
		case f[1] == "count" && len(f) == 8:
			key = f[0] + "|" + f[2]
			if _, dup := results[key]; dup {
				t.Fatalf("line %d: %s listed twice", n, key)
			}
			results[key] = testutil.ProbeCount(doc, f[2:], used)
		case f[1] == "event" && len(f) == 11:
			key = f[0] + "|event|" + f[2]
			results[key] = probeEvent(doc, f[2:])
		case f[1] == "none" && len(f) == 4:
			key = f[0] + "|none|" + f[2]
			results[key] = probeNone(doc, f[2], f[3])
		default:
			t.Fatalf("line %d: bad line %q", n, strings.Join(f, "\t"))
		}
	}
	for id, doc := range docs {
		for i := range doc.Counts {
			if c := &doc.Counts[i]; !used[c] {
				results[id+"|extra|"+doc.Text[c.Start:c.End]] = "unexpected count " + testutil.DescribeCount(c)
			}
		}
	}
	right := testutil.CheckKnown(t, results, protestsKnown, "protestsKnown")
	t.Logf("protest probes: %d/%d items right", right, len(results))
}

// eventOver returns the shortest event whose span holds the first
// occurrence of trig and whose type is typ ("*" or "" for any).
func eventOver(doc *parallax.Document, trig, typ string) *parallax.Event {
	k := strings.Index(doc.Text, trig)
	if k < 0 {
		return nil
	}
	var got *parallax.Event
	for i := range doc.Events {
		e := &doc.Events[i]
		if e.Start >= k+len(trig) || k >= e.End || typ != "" && typ != "*" && e.Type != typ {
			continue
		}
		if got == nil || e.End-e.Start < got.End-got.Start {
			got = e
		}
	}
	return got
}

// probeEvent compares the shortest event over the words trigger with want
// (type, CAMEO prefix, initiator side, target side, target kind, negated,
// a place among its places, its start date).
func probeEvent(doc *parallax.Document, want []string) string {
	if !strings.Contains(doc.Text, want[0]) {
		return "trigger not in the text"
	}
	got := eventOver(doc, want[0], "")
	if got == nil {
		return "no event"
	}
	var miss []string
	check := func(what, w, g string) {
		if w != "*" && w != g {
			miss = append(miss, fmt.Sprintf("%s %q want %q", what, g, w))
		}
	}
	check("type", want[1], got.Type)
	if w := want[2]; w != "*" && !strings.HasPrefix(got.CAMEO, w) {
		miss = append(miss, fmt.Sprintf("cameo %q want %s…", got.CAMEO, w))
	}
	check("initiator", want[3], got.Initiator.Side)
	check("target", want[4], got.Target.Side)
	check("kind", want[5], got.Target.Kind)
	check("negated", want[6], strconv.FormatBool(got.Negated))
	if w := want[7]; w != "*" {
		found := false
		for _, id := range got.Places {
			for _, pl := range doc.Places {
				if pl.ID == id && pl.Text == w {
					found = true
				}
			}
		}
		if !found {
			miss = append(miss, fmt.Sprintf("place %q not among %v", w, got.Places))
		}
	}
	check("date", want[8], got.Date.Start)
	return strings.Join(miss, "; ")
}

// forceOrProtest are the event types a word used in another sense
// ("attacked the bill", "Sunday's clash") must not be given.
var forceOrProtest = map[string]bool{
	parallax.EventBattles: true, parallax.EventExplosions: true, parallax.EventViolenceCivilians: true,
	parallax.EventProtests: true, parallax.EventRiots: true,
}

// probeNone checks that no event of type typ ("*": of force or protest)
// holds the words trig.
func probeNone(doc *parallax.Document, trig, typ string) string {
	k := strings.Index(doc.Text, trig)
	if k < 0 {
		return "trigger not in the text"
	}
	for _, e := range doc.Events {
		if e.Start >= k+len(trig) || k >= e.End {
			continue
		}
		if typ == "*" && forceOrProtest[e.Type] || typ == e.Type {
			return fmt.Sprintf("event %s %s %q", e.Type, e.CAMEO, doc.Text[e.Start:e.End])
		}
	}
	return ""
}
