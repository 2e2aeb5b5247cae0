package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestUnownedDenialNoAct: a quote of the next day that says an act did
// not happen and names no party that did or suffered it ("she never
// attacked anyone", said of an escaped animal) gives its report no class
// of act, so that it joins the wire of the day before as a report of an
// accident does (sameDays); a party's denial keeps the act's class, and
// with fighting told by both the days give no such help.
func TestUnownedDenialNoAct(t *testing.T) {
	wire := "A grey wolf slipped out of its pen at Linz animal park on Monday and roamed the nearby woods for five hours before keepers caught it with a dart, the park said."
	quote := "\"He was scared and hungry, he never attacked anybody,\" said keeper Anton Reiter, who darted the wolf in the woods near the animal park; visitors had been kept inside."
	linz := evSpec{date: "2025-03-03", lat: 48.3, lon: 14.29, typ: parallax.EventBattles}
	negated := func(d *parallax.Document, init string) *parallax.Document {
		d.Events[0].Negated = true
		d.Events[0].Initiator.Side = init
		return d
	}
	for _, c := range []struct {
		name   string
		a, b   *parallax.Document
		joined bool
	}{
		{"no party denies", art("a", "2025-03-03", wire, linz), negated(art("b", "2025-03-04", quote, evSpec{date: "2025-03-04", typ: parallax.EventBattles}), ""), true},
		{"a party denies", art("a", "2025-03-03", wire, linz), negated(art("b", "2025-03-04", quote, evSpec{date: "2025-03-04", typ: parallax.EventBattles}), "AUT"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{c.a, c.b})
			checkJoined(t, incs, c.joined)
		})
	}
}

// TestNextDayOneSite: the survivors' or the operator's report of an
// accident on the next day shares few of the wire's words (text under
// MinText) but its town; like two reports of one act of force at one
// site it joins at a lower text similarity (sameActMinText). Not at a
// town 300 km away, nor three days later, nor without a place where
// another accident of the day comes as near (without one, the report
// joins the one incident it comes near: TestSoleNextDay).
func TestNextDayOneSite(t *testing.T) {
	wire := "A minibus carrying 19 passengers overturned on a mountain road outside Huancayo on Sunday night, killing seven people, police said. The vehicle was heading for Lima."
	later := "Relatives of the dead waited outside the morgue in Huancayo on Monday; the transport company said its driver had worked a double shift before the night run."
	at := func(date string, lat, lon float64, town string, d *parallax.Document) *parallax.Document {
		d.Places = append(d.Places, parallax.Place{ID: d.Article.ID + ":p9", Article: d.Article.ID, Start: 0, End: 5, Text: town, Name: town, Lat: lat, Lon: lon, Feature: "P.PPL", Country: "PE"})
		return d
	}
	other := "A landslide buried a night train at a pass near Cusco on Sunday; the rail company said its driver was missing."
	for _, c := range []struct {
		name   string
		a, b   *parallax.Document
		joined bool
		others []*parallax.Document
	}{
		{"the next day, one town", at("", -12.07, -75.21, "Huancayo", art("a", "2025-08-10", wire)), at("", -12.07, -75.21, "Huancayo", art("b", "2025-08-11", later)), true, nil},
		{"the next day, no place, another accident", at("", -12.07, -75.21, "Huancayo", art("a", "2025-08-10", wire)), art("b", "2025-08-11", later), false,
			[]*parallax.Document{at("", -13.53, -71.97, "Cusco", art("c", "2025-08-10", other))}},
		{"a town 300 km away", at("", -12.07, -75.21, "Huancayo", art("a", "2025-08-10", wire)), at("", -13.16, -74.22, "Ayacucho", art("b", "2025-08-11", later)), false, nil},
		{"three days later", at("", -12.07, -75.21, "Huancayo", art("a", "2025-08-10", wire)), at("", -12.07, -75.21, "Huancayo", art("b", "2025-08-13", later)), false, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs := append([]*parallax.Document{c.a}, c.others...)
			incs, _ := New(DefaultOptions()).Fuse(append(docs, c.b))
			checkJoined(t, incs, c.joined, c.others...)
		})
	}
}

// TestOtherPlace: a place named only in a clause that recalls another
// happening ("a week after a fatal attack at Merrin") is that
// happening's, not the report's, whether or not the events read an act
// of the report's own; a place the report names again outside the
// clause, or a clause that refers to the story as known ("after the
// attack at Merrin"), keeps it. Towns invented.
func TestOtherPlace(t *testing.T) {
	kelso := anchored{phrase: "Kelso", lat: -30.1, lon: 153.2}
	merrin := anchored{phrase: "Merrin", lat: -33.9, lon: 151.2}
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"another happening's town", "A surfer was bitten by a shark off the main beach at Kelso on Monday, a week after a fatal attack at Merrin.", []string{"Kelso"}},
		{"named again outside the clause", "A surfer was bitten by a shark off the main beach at Kelso on Monday, a week after a fatal attack at Merrin. Beaches at Merrin stay closed.", []string{"Kelso", "Merrin"}},
		{"the story as known", "Lifeguards patrolled the main beach at Kelso on Monday, a week after the fatal attack at Merrin.", []string{"Kelso", "Merrin"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := anchoredDoc(t, "a", "2025-02-10", c.text, kelso, merrin)
			if strings.Count(c.text, "Merrin") > 1 {
				i := strings.LastIndex(c.text, "Merrin")
				d.Places = append(d.Places, parallax.Place{ID: "a:p9", Article: "a", Start: i, End: i + 6, Text: "Merrin", Name: "Merrin", Lat: -33.9, Lon: 151.2, Feature: "P.PPL", Country: "XX"})
			}
			ix := NewIndex(DefaultOptions())
			ix.Add(d)
			var got []string
			for _, si := range ix.arts[0].segs {
				for _, p := range ix.incs[ix.find(ix.segs[si].inc)].fine {
					for _, pl := range d.Places {
						if placeKey(pl.Name, pl.Text) == p.key && !slices.Contains(got, pl.Name) {
							got = append(got, pl.Name)
						}
					}
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("places %v, want %v", got, c.want)
			}
		})
	}
}

// TestRecallOfUntaggedPlace: a recall clause that sets another
// happening at a place whose name no tagger found ("two days after a
// footbridge collapsed near Tarn Mill") tells another happening, as one
// naming a tagged place does: the report of a second collapse elsewhere
// stays apart from the first, while a follow-up that recalls its story
// as known ("after the footbridge collapsed near Tarn Mill") or names
// the walkers' home ("walkers from Tarn Mill") joins it. Places invented.
func TestRecallOfUntaggedPlace(t *testing.T) {
	first := art("a1", "2025-04-06", "A wooden footbridge over the river collapsed near Tarn Mill on Sunday, throwing a group of walkers into the water and killing six of them, police said.")
	second := art("b1", "2025-04-08", "A wooden footbridge over a river gave way under a group of walkers in Oskel Vale on Tuesday, two days after a footbridge collapsed near Tarn Mill and killed six walkers. Two people were hurt.")
	known := art("f1", "2025-04-08", "Divers searching the river below the wooden footbridge recovered the body of the sixth walker on Tuesday, two days after the footbridge collapsed near Tarn Mill.")
	home := art("f2", "2025-04-08", "Divers searching the river below the wooden footbridge recovered the body of the sixth walker on Tuesday, two days after a collapse that threw walkers from Tarn Mill into the water.")
	for _, c := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"another collapse", []*parallax.Document{first, second}, []string{"a1", "b1"}},
		{"the collapse as known", []*parallax.Document{first, known}, []string{"a1+f1"}},
		{"the walkers' home", []*parallax.Document{first, home}, []string{"a1+f2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(c.docs)
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
}
