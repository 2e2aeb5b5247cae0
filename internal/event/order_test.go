package event

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestEntityOrder checks that the parties the actor stage gives its
// entities reach the event stage wherever the entities are listed: the
// actor stage lists them grouped by kind, not in text order, and a
// lookup that assumed text order lost every entity listed after one
// from a later sentence. Every order of the same entities must give the
// same events, and the group's side must reach the act.
func TestEntityOrder(t *testing.T) {
	s := loadStage(t)
	text := "Fighters of the Zarqa Brigade shelled an army post near Saraqib on Tuesday. " +
		"Later, the Hamdan Front said its men had left the hills. " +
		"A spokesman for the Qaroun Legion said the Zarqa Brigade had also attacked a checkpoint."
	ent := func(name string, nth int, kind, side string) parallax.Entity {
		k := -1
		for i := 0; i <= nth; i++ {
			k = strings.Index(text[k+1:], name) + k + 1
		}
		return parallax.Entity{Start: k, End: k + len(name), Text: name, Kind: kind, Actor: name, Side: side}
	}
	// listed as the actor stage lists them: by kind, later text first
	base := []parallax.Entity{
		ent("Hamdan Front", 0, parallax.KindOrganization, "SDF"),
		ent("Qaroun Legion", 0, parallax.KindOrganization, "SNA"),
		ent("Zarqa Brigade", 0, "group", "HTS"),
		ent("Zarqa Brigade", 1, "group", "HTS"),
	}
	run := func(ents []parallax.Entity) *parallax.Document {
		doc := &parallax.Document{Article: parallax.Article{ID: "t", Published: "2025-04-09"}, Text: text,
			Entities: append([]parallax.Entity(nil), ents...)}
		s.Process(doc)
		return doc
	}
	want := run(base)
	for _, trig := range []string{"shelled", "attacked"} {
		e := find(want, trig)
		if e == nil {
			t.Fatalf("no event at %q", trig)
		}
		if e.Initiator.Side != "HTS" {
			t.Errorf("%q: initiator %q, want HTS", trig, e.Initiator.Side)
		}
	}
	wantJSON, _ := json.Marshal(want.Events)
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 24; i++ {
		ents := append([]parallax.Entity(nil), base...)
		r.Shuffle(len(ents), func(a, b int) { ents[a], ents[b] = ents[b], ents[a] })
		got, _ := json.Marshal(run(ents).Events)
		if string(got) != string(wantJSON) {
			t.Fatalf("order %v: events differ:\n got %s\nwant %s", ents, got, wantJSON)
		}
	}
}
