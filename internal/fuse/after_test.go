package fuse

import (
	"slices"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestPriorClauses: recall clauses ("three days after a raid on X") and
// answer clauses ("in response to", "in retaliation for") are found with
// their kind; "before" sets the report's happening first, "hours" on the
// other's day.
func TestPriorClauses(t *testing.T) {
	type want struct {
		text                 string
		timed, hours, before bool
	}
	for _, tc := range []struct {
		text string
		want []want
	}{
		{"Rockets hit Olvik on Tuesday, hours after a car bomb in the centre, police said.", []want{{"hours after a car bomb in the centre", true, true, false}}},
		{"The front fired rockets at Olvik in response to the killing of its commander. No one was hurt.", []want{{"in response to the killing of its commander", false, false, false}}},
		{"Militants shelled Tarn in retaliation for the raid on Pesk, residents said.", []want{{"in retaliation for the raid on Pesk", false, false, false}}},
		{"The vote comes two weeks before the summit in Arlo.", []want{{"weeks before the summit in Arlo", true, false, true}}},
		{"They responded to the attack in kind.", nil},
	} {
		var words []word
		scanWords(tc.text, nil, func(w word) { words = append(words, w) })
		var got []want
		for _, c := range priorClauses(tc.text, words, nil) {
			got = append(got, want{tc.text[c.Start:c.End], c.timed, c.hours, c.before})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: clauses %+v, want %+v", tc.text, got, tc.want)
		}
	}
}

// TestActAfterAnother: a report of an act that it sets after another
// happening ("three days after a drone strike on the city's market")
// does not join the incident of that happening, though it names the same
// town and parties; a follow-up that tells no act of its own ("two days
// after the drone strike, traders began clearing") joins it. Towns,
// parties and figures invented.
func TestActAfterAnother(t *testing.T) {
	const town = "Varsk"
	mk := func(id, pub, text string, items ...anchored) *parallax.Document {
		d := anchoredDoc(t, id, pub, text, items...)
		for k := range d.Events {
			if d.Events[k].CAMEO != "" && d.Events[k].CAMEO[0] == '1' && d.Events[k].CAMEO != "100" {
				d.Events[k].Initiator = parallax.EventActor{Actor: "Kordan Front", Side: "KORDAN"}
			}
		}
		return d
	}
	place := anchored{phrase: town, lat: 12.1, lon: 30.2}
	strike := mk("a1", "2025-03-11", "A drone struck the crowded market of Varsk on Tuesday, killing 23 people, a hospital source said. The state government blamed the Kordan Front for the drone strike on the market.",
		anchored{phrase: "struck", cameo: "195", typ: parallax.EventExplosions, date: "2025-03-11"}, place)
	toll := mk("a2", "2025-03-12", "The toll from the drone strike on the Varsk market rose to 31 on Wednesday, doctors said, accusing the Kordan Front of targeting the market's crowds. The wounded filled the hospital, which ran short of blood.",
		anchored{phrase: "drone strike", cameo: "195", typ: parallax.EventExplosions, date: "2025-03-11"}, place)
	later := mk("f1", "2025-03-13", "Two days after the drone strike on its market, traders in Varsk began clearing burnt stalls of the market on Thursday.",
		place)
	shelling := mk("b1", "2025-03-14", "The Kordan Front shelled homes in Varsk on Friday, killing nine people, three days after a drone strike on the city's market, a local committee said. Shells landed in two eastern districts at dawn. Three families lost their houses.",
		anchored{phrase: "shelled", cameo: "194", typ: parallax.EventExplosions, date: "2025-03-14"}, place)
	for _, d := range []*parallax.Document{strike, toll, shelling} {
		d.Article.Title = "Kordan Front drone strike on Varsk market"
	}
	shelling.Article.Title = "Kordan Front shells Varsk homes"
	for k := range strike.Events {
		strike.Events[k].Initiator = parallax.EventActor{Actor: "Kordan Front", Side: "KORDAN"}
	}
	incs, dups := New(DefaultOptions()).Fuse([]*parallax.Document{strike, toll, later, shelling})
	if len(dups) > 0 {
		t.Errorf("duplicates %+v, want none", dups)
	}
	if got, want := incidentArticles(incs), []string{"a1+a2+f1", "b1"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
}
