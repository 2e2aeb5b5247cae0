package fuse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAlignMerged: a sentence that renders two adjacent sentences of the
// other text together aligns with both as one unit, in either text; a
// neighbour that shares nothing with it is not carried along; order holds.
func TestAlignMerged(t *testing.T) {
	s := func(ids ...uint32) []uint32 { return ids }
	prof := func(sents ...[]uint32) *profile {
		p := &profile{sents: sents}
		for _, x := range sents {
			p.terms += len(x)
		}
		return p
	}
	for _, tc := range []struct {
		name  string
		a, b  *profile
		n     int
		share float64
	}{
		// b's first sentence condenses a's first two.
		{"two of the longer for one", prof(s(1, 2, 3, 4, 5, 6, 7, 8), s(9, 10, 11, 12, 13), s(20, 21, 22, 23), s(30, 31, 32, 33)),
			prof(s(1, 2, 3, 4, 9, 10, 40), s(20, 21, 22, 23, 41), s(30, 31, 32, 33, 42), s(50, 51, 52, 53, 54, 55, 56, 57, 58, 59)), 3, 1},
		// The shorter text's sentence on 40-43 shares nothing with b's
		// first: b's first sentence renders a's first alone.
		{"a neighbour sharing nothing", prof(s(1, 2, 3, 4, 5), s(40, 41, 42, 43), s(20, 21, 22, 23)),
			prof(s(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), s(20, 21, 22, 23, 60), s(70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81)), 2, 9.0 / 13},
		// The pairs cross: only one of them is kept.
		{"crossed", prof(s(1, 2, 3, 4), s(5, 6, 7, 8)), prof(s(5, 6, 7, 8, 9), s(1, 2, 3, 4, 10), s(90, 91, 92, 93, 94)), 1, 0.5},
	} {
		share, n := alignMerged(tc.a, tc.b, new([]chain))
		if n != tc.n || share < tc.share-1e-9 || share > tc.share+1e-9 {
			t.Errorf("%s: n %d share %.3f, want %d %.3f", tc.name, n, share, tc.n, tc.share)
		}
	}
}

// TestRelayOfACommunique: a wire that relays a ministry's communique in
// reported speech condenses two of its sentences into its lead and folds
// two more into one, in another order; it renders the communique. A
// report of the same riots written apart from it does not.
func TestRelayOfACommunique(t *testing.T) {
	communique := "The Ministry of the Interior informs national and international opinion that, following the acts of vandalism and looting which occurred on Saturday in certain neighbourhoods of Port Vell, eleven bodies were recovered from the canals and harbour basins of the capital. " +
		"Initial examinations establish that the victims died by drowning. " +
		"The Ministry affirms that the police units acted with restraint and did not fire live ammunition at the rioters who built barricades. " +
		"Forty-two people were detained. " +
		"Several victims were thrown into the water by the instigators of the riots. " +
		"A judicial investigation has been opened to determine responsibilities. " +
		"The Ministry expresses its condolences to the families and calls on citizens to remain calm."
	relay := "The government said on Sunday that eleven bodies had been recovered from canals in Port Vell and that the victims had drowned, denying that riot police had fired live ammunition at protesters. " +
		"Ministry spokeswoman Lina Varga said in a statement broadcast on state radio that police units had acted with restraint against rioters who built barricades. " +
		"She said 42 people had been detained and that a judicial investigation had been opened into the deaths. " +
		"Some victims had been thrown into the water by the instigators of the riots, she said. " +
		"Opposition groups say protesters were shot and that several drowned while running from police. " +
		"The statement did not mention unrest in other towns."
	other := "Riot police fired tear gas at crowds in Port Vell on Saturday as rioters built barricades in several districts, witnesses said. " +
		"Families searched the canals and harbour basins for relatives who had fled the police units. " +
		"Opposition groups said protesters were shot and that several drowned while running from police. " +
		"Shops stayed closed and the city's ferries did not run. " +
		"Doctors at the main hospital said they had treated dozens of people for injuries."
	for _, tc := range []struct {
		name string
		x, y string
		want []string
	}{
		{"relay", communique, relay, []string{"a+b same_statement"}},
		{"report written apart", communique, other, nil},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("a", "2025-04-13", tc.x), art("b", "2025-04-13", tc.y)})
		var got []string
		for _, d := range dups {
			got = append(got, strings.Join(d.Articles, "+")+" "+d.Kind)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: duplicates %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestReferencePoint: a place named only as the point another place of
// its sentence is measured from is no place of the story; a distance that
// locates the happening itself keeps its reference.
func TestReferencePoint(t *testing.T) {
	for _, c := range []struct {
		text, places, want string // places: names, comma-separated; want: the reference, "" for none
	}{
		{"Clashes broke out in Ostra, about 210 km north of Dallin, on Sunday.", "Ostra,Dallin", "Dallin"},
		{"The convoy was hit near Kelm, which lies about 15 kilometres south-west of the city of Varno.", "Kelm,Varno", "Varno"},
		{"Tarsk, a port town 40 miles to the east of Belem, was shelled.", "Tarsk,Belem", "Belem"},
		{"The quake was centred 30 km south of Dallin at a depth of 10 km.", "Dallin", ""},
		{"Rebels attacked Ostra and then marched on Dallin.", "Ostra,Dallin", ""},
		{"Ostra lies on the road from Dallin to the coast.", "Ostra,Dallin", ""},
	} {
		doc := &parallax.Document{Text: c.text}
		for _, name := range strings.Split(c.places, ",") {
			i := strings.Index(c.text, name)
			doc.Places = append(doc.Places, parallax.Place{Text: name, Name: name, Start: i, End: i + len(name), Lat: 1, Lon: 1, Feature: "P.PPL"})
		}
		got := ""
		for p := range doc.Places {
			if referencePoint(doc, p) {
				got = doc.Places[p].Text
			}
		}
		if got != c.want {
			t.Errorf("%q: reference %q, want %q", c.text, got, c.want)
		}
	}
}

// TestConcurrentClause: "also" sentences, "the same day as" and "in the
// same hours as" to the sentence's end, and a sentence opening with a
// span of hours after a definite happening are sequel clauses; a span of
// hours after an indefinite one is a recall clause as before.
func TestConcurrentClause(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the sequel's text, "" for none
	}{
		{"Police fired tear gas in Dallin. Protests were also reported in Ostra in the north.", "Protests were also reported in Ostra in the north"},
		{"One man was killed in Ostra on Thursday, the same day as larger protests in the capital, Dallin.", "the same day as larger protests in the capital, Dallin"},
		{"The depot burned for hours. The attack came in the same hours as a drone attack on a dam at Kelm.", "in the same hours as a drone attack on a dam at Kelm"},
		{"Power failed in Kelm. Hours after the drones, on Monday morning, missiles struck the centre of Varno, killing nine.", "Hours after the drones, on Monday morning, missiles struck the centre of Varno, killing nine"},
		{"Two hours after a blast at a mine, rescuers reached the miners.", ""},
		{"Police dispersed the march in Dallin. Earlier on Monday, two men were shot dead in Ostra.", "Earlier on Monday, two men were shot dead in Ostra"},
		{"The crowd went home. Later in the evening, crowds clashed with police in Kelm.", "Later in the evening, crowds clashed with police in Kelm"},
		{"A drone was downed at dusk. About an hour later a second drone set fire to a depot at Varno.", "About an hour later a second drone set fire to a depot at Varno"},
		{"Later talks were planned.", ""},
		{"Earlier reports said six had died, the mayor said, and later he corrected them.", ""},
		{"The same people came back as before.", ""},
		{"Aid reached Ostra on Friday.", ""},
	} {
		if got := firstSequel(c.text); got != c.want {
			t.Errorf("%q: sequel %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAlsoClaimed: an "also" in what a named speaker claims is a detail
// of the story's act; the reporter's "also" is not.
func TestAlsoClaimed(t *testing.T) {
	text := "Bombs hit the islands on Friday. Two residents said fishermen had also been killed at a camp on Sellis. Protests were also reported in Ostra."
	claimed := strings.Index(text, "fishermen")
	doc := &parallax.Document{Text: text, Claims: []parallax.Claim{{Start: claimed, End: strings.Index(text, " Protests"), Speaker: parallax.Speaker{Text: "Two residents"}}}}
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Two residents said fishermen had also been killed at a camp on Sellis", true},
		{"Protests were also reported in Ostra", false},
		{"Bombs hit the islands on Friday", false},
	} {
		i := strings.Index(text, c.sentence)
		if got := alsoClaimed(doc, parallax.Span{Start: i, End: i + len(c.sentence)}); got != c.want {
			t.Errorf("%q: claimed %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestNewPlaceIn: a sister act's place is one the report names nowhere
// else and no word of a longer name.
func TestNewPlaceIn(t *testing.T) {
	text := "Troops held Ostra. Our forces also captured 40 soldiers, who are treated under the Geneva Conventions. Protests were also reported in Kelm in the north."
	doc := &parallax.Document{Text: text}
	for _, name := range []string{"Ostra", "Geneva", "Kelm"} {
		i := strings.Index(text, name)
		doc.Places = append(doc.Places, parallax.Place{Text: name, Name: name, Start: i, End: i + len(name), Feature: "P.PPL"})
	}
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Our forces also captured 40 soldiers, who are treated under the Geneva Conventions", false},
		{"Protests were also reported in Kelm in the north", true},
		{"Troops held Ostra", true},
	} {
		i := strings.Index(text, c.sentence)
		if got := newPlaceIn(doc, parallax.Span{Start: i, End: i + len(c.sentence)}); got != c.want {
			t.Errorf("%q: new place %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestRecallClauseDaysSplit: an act of force inside a recall clause ("the
// clash came two days after the first round of fighting on Monday")
// names the earlier act as a possessive day does: its days leave the
// story's segment, however a period between chained them, when the story
// tells an act of its own two or more days later. A follow-up with no act
// of its own keeps them.
func TestRecallClauseDaysSplit(t *testing.T) {
	wed := datedEvent{phrase: "Border guards opened fire on the crossing post at Velm", when: "Wednesday evening", day: "2026-03-18", init: "AAA", targ: "BBB", town: "Velm", lat: 34.1, lon: 71.1}
	mon := datedEvent{phrase: "first round of fighting", when: "Monday", day: "2026-03-16", typ: parallax.EventBattles, targ: "BBB"}
	period := datedEvent{phrase: "had been fired on 30 times", when: "the previous 24 hours", day: "2026-03-17", typ: parallax.EventExplosions, targ: "BBB"}
	for _, c := range []struct {
		name string
		text string
		evs  []datedEvent
		want string // the segments' days, in order; * marks the main one
	}{
		{"a second clash two days later",
			"Border guards opened fire on the crossing post at Velm on Wednesday evening, wounding two soldiers. " +
				"The post had been fired on 30 times over the previous 24 hours, officials said. " +
				"The clash came two days after the first round of fighting on Monday, in which two guards were killed.",
			[]datedEvent{wed, period, mon}, "16-16 17-18*"},
		{"no recall clause",
			"Border guards opened fire on the crossing post at Velm on Wednesday evening, wounding two soldiers. " +
				"The post had been fired on 30 times over the previous 24 hours, officials said. " +
				"The first round of fighting on Monday killed two guards.",
			[]datedEvent{wed, period, mon}, "16-18*"},
		{"a toll two days later",
			"The toll rose to three on Wednesday when a wounded guard died, officials said. " +
				"The post had been fired on 30 times over the previous 24 hours, officials said. " +
				"He was hurt two days after the first round of fighting on Monday, officials said.",
			[]datedEvent{{phrase: "toll", when: "Wednesday", day: "2026-03-18", typ: parallax.EventBattles}, period, mon}, "16-18*"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := datedReport("a", "2026-03-19", c.text, c.evs...)
			pub, _ := dayNumber("2026-03-19")
			base, _ := dayNumber("2026-03-01")
			words := []word{}
			scanWords(doc.Text, nil, func(w word) { words = append(words, w) })
			recall := recallClauses(doc.Text, words, nil)
			var got []string
			for _, s := range segmentArticle(doc, 0, pub, 2, 6, recall, nil) {
				g := fmt.Sprintf("%d-%d", s.start-base+1, s.end-base+1)
				if s.main {
					g += "*"
				}
				got = append(got, g)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("segments %v, want %s", got, c.want)
			}
		})
	}
}
