package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestRenderingFollowsItsStatement: a rendering of a statement follows it
// sentence by sentence. An agency's rendering of a ministry's statement is
// found; a wire story that relays two of its points among another side's
// voice, a report that sums it up in one sentence, and a report that meets
// it only in a spokesman's line and a recalled clash, in the other order,
// are not renderings.
func TestRenderingFollowsItsStatement(t *testing.T) {
	statement := "The Ministry of Defence of Veloria said that units of the Dorvani army shelled Veloria positions near the village of Kestrel Ford with mortars and heavy machine guns on Monday night. " +
		"Veloria units returned fire and silenced the enemy firing points, the ministry said. " +
		"Two Veloria soldiers were wounded and evacuated to the military hospital in Brannock, the ministry said. " +
		"Responsibility for the escalation lies entirely with the political leadership of Dorvan, the statement said."
	rendering := "Units of the Dorvani army shelled Veloria positions near Kestrel Ford village on Monday night using mortars and heavy machine guns, the Veloria Ministry of Defence said. " +
		"The ministry said Veloria units returned fire and silenced the firing points of the enemy. " +
		"According to the ministry, two Veloria soldiers were wounded and were evacuated to the Brannock military hospital. " +
		"The ministry said the political leadership of Dorvan bears full responsibility for the escalation."
	relay := "Veloria and Dorvan traded fire near Kestrel Ford on Monday night, each accusing the other of starting it. " +
		"Veloria's defence ministry said Dorvani units shelled its positions with mortars and heavy machine guns. " +
		"Dorvan's foreign ministry said its border guards came under fire first and denied shelling anyone. " +
		"Two Veloria soldiers were wounded and taken to the military hospital in Brannock, Veloria said. " +
		"Monitors from the regional observer mission said they would visit the area on Wednesday."
	summary := "Veloria's defence ministry said Dorvani units shelled its positions with mortars and machine guns near Kestrel Ford on Monday night, wounding two soldiers taken to hospital in Brannock, and blamed Dorvan's leadership for the escalation. " +
		"Dorvan did not comment on the fighting. " +
		"Observers said the border had been calm for most of the winter after talks in the spring."
	crossed := "Responsibility for the new escalation lies with the political leadership of Dorvan, the Veloria defence ministry said on Tuesday. " +
		"A commission will study the border markers near the northern lakes next month. " +
		"Farmers near the border asked for compensation for burned fields. " +
		"Mortar and machine gun fire hit Veloria positions near Kestrel Ford village on Monday night when Dorvani army units shelled them, the ministry had said then."
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"an agency's rendering", rendering, true},
		{"a wire relaying two points", relay, false},
		{"a one-sentence summary", summary, false},
		{"two sentences met in the other order", crossed, false},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{art("ministry", "2024-03-05", statement), art("other", "2024-03-05", tc.text)})
		got := slices.ContainsFunc(dups, func(d parallax.Duplicate) bool { return d.Kind == "same_statement" })
		if got != tc.want {
			t.Errorf("%s: same_statement %v, want %v (%+v)", tc.name, got, tc.want, dups)
		}
	}
}

// TestAlignStatementsChain: each sentence of the shorter text aligns with
// one sentence of the other at most, and the aligned pairs keep their
// order in both (the heaviest chain).
func TestAlignStatementsChain(t *testing.T) {
	s := func(ids ...uint32) []uint32 { return ids }
	prof := func(sents ...[]uint32) *profile {
		p := &profile{sents: sents}
		for _, x := range sents {
			p.terms += len(x)
		}
		return p
	}
	a1, a2, a3 := s(1, 2, 3, 4), s(5, 6, 7, 8), s(9, 10, 11, 12)
	for _, tc := range []struct {
		name  string
		a, b  *profile
		share float64
		n     int
	}{
		{"in order", prof(a1, a2, a3), prof(a1, a2, a3, s(40, 41, 42, 43, 44)), 1, 3},
		{"one sentence of b for three of a", prof(a1, a2, a3), prof(s(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), s(50, 51, 52, 53), s(60, 61, 62, 63, 64)), 1.0 / 3, 1},
		{"crossed: the heavier pair kept", prof(a1, s(5, 6, 7, 8, 13, 14)), prof(s(5, 6, 7, 8, 13, 14), s(20, 21, 22, 23), a1, s(30, 31, 32, 33, 34, 35)), 0.6, 1},
		{"a short sentence never aligns", prof(a1, s(), a3), prof(a1, s(70), a3, s(71, 72, 73, 74, 75)), 1, 2},
	} {
		share, n := alignStatements(tc.a, tc.b, new([]chain), false)
		if n != tc.n || share < tc.share-1e-9 || share > tc.share+1e-9 {
			t.Errorf("%s: share %.3f n %d, want %.3f n %d", tc.name, share, n, tc.share, tc.n)
		}
	}
	// enoughAligned: all but one of the shorter text's sentences, up to
	// three, and never fewer than minAligned unless both texts are of one
	// sentence, nearly the same words (oneSentenceJaccard; session 28:
	// a one-sentence brief and a longer report no longer render one
	// statement by one sentence).
	four := prof(a1, a2, a3, s(13, 14, 15, 16))
	for _, tc := range []struct {
		n    int
		a, b *profile
		want bool
	}{
		{2, four, four, false},
		{3, four, four, true},
		{2, prof(a1, a2, a3), four, true},
		{1, prof(a1, a2, a3), four, false},
		{1, prof(a1), four, false},
		{1, prof(a1), prof(s(1, 2, 3, 4, 5)), true},
		{1, prof(a1), prof(s(1, 2, 30, 31, 32)), false},
		{1, prof(a1, s()), prof(s(1, 2, 3, 4, 5)), false},
	} {
		if got := enoughAligned(tc.n, tc.a, tc.b); got != tc.want {
			t.Errorf("enoughAligned(%d, %d and %d sentences) = %v, want %v", tc.n, len(tc.a.sents), len(tc.b.sents), got, tc.want)
		}
	}
}

// contradictionKeys fuses one document and lists its incident's
// contradictions as kind:sides.
func contradictionKeys(t *testing.T, d *parallax.Document) []string {
	t.Helper()
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{d})
	if len(incs) != 1 {
		t.Fatalf("%d incidents", len(incs))
	}
	var got []string
	for _, k := range incs[0].Contradictions {
		got = append(got, k.Kind+":"+strings.Join(k.Between, ","))
	}
	return got
}

// TestInitiatorFromAnswersAndMutualBlame: a side that tells its own attack
// as an answer to the side it hit blames that side; a report that says in
// its own voice that two parties blame each other, in a sentence that
// tells a clash or reports a claim, counts as a blame by each. Two
// parties, Orlan (X) and Vessan (Y), invented.
func TestInitiatorFromAnswersAndMutualBlame(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	type ev = testEvent
	type ent struct {
		sentence int
		side     string
	}
	for _, tc := range []struct {
		name      string
		sentences []string
		claims    map[string]string // claim id → side; claim ci is in sentence i-1
		events    []ev
		ents      []ent
		want      []string
	}{
		{"an answer blames the side hit",
			[]string{"Orlan's army said its units carried out retaliatory strikes on Vessan positions near the ridge overnight.",
				"Vessan's defence ministry said Orlan forces attacked its border posts first."},
			map[string]string{"c1": "X", "c2": "Y"},
			[]ev{{"1", "c1", "X", "Y"}, {"2", "c2", "X", ""}}, nil,
			[]string{"initiator:X,Y"}},
		{"returned fire in self-defence",
			[]string{"Orlan's border guards returned fire in self-defence at Vessan troops, the ministry said.",
				"Vessan's army said Orlan guards fired on its patrol without warning."},
			map[string]string{"c1": "X", "c2": "Y"},
			[]ev{{"1", "c1", "X", "Y"}, {"2", "c2", "X", ""}}, nil,
			[]string{"initiator:X,Y"}},
		{"an attack told plainly blames no one",
			[]string{"Orlan's army said its units carried out strikes on Vessan positions near the ridge overnight.",
				"Vessan's defence ministry said Orlan forces attacked its border posts first."},
			map[string]string{"c1": "X", "c2": "Y"},
			[]ev{{"1", "c1", "X", "Y"}, {"2", "c2", "X", ""}}, nil,
			nil},
		{"two parties named blame each other",
			[]string{"Orlan and Vessan blamed each other for the clash on the ridge.", "Three soldiers were wounded."},
			map[string]string{"c1": ""}, []ev{{"2", "", "", ""}}, []ent{{1, "X"}, {1, "Y"}},
			[]string{"initiator:X,Y"}},
		{"a sentence of no event or claim is not read",
			[]string{"Orlan and Vessan blamed each other for the clash on the ridge.", "Three soldiers were wounded."},
			nil, []ev{{"2", "", "", ""}}, []ent{{1, "X"}, {1, "Y"}},
			nil},
		{"the two sides traded accusations",
			[]string{"Orlan troops and Vessan guards fought near the ridge on Sunday.", "The two sides traded accusations over who fired first."},
			map[string]string{"c2": ""}, []ev{{"1", "", "X", "Y"}}, nil,
			[]string{"initiator:X,Y"}},
		{"each side blaming the other, with a mediator named",
			[]string{"Orlan and Vessan forces fought for hours, each side blaming the other, and the UN urged calm.", "The ridge was quiet by noon."},
			nil, []ev{{"1", "", "", ""}}, []ent{{1, "X"}, {1, "Y"}, {1, "UNO"}},
			[]string{"initiator:X,Y"}},
		{"three parties: whose blame is unclear",
			[]string{"Orlan, Vessan and Tamar accused each other of violating the truce.", "Three soldiers were wounded."},
			map[string]string{"c1": ""}, []ev{{"2", "", "", ""}}, []ent{{1, "X"}, {1, "Y"}, {1, "Z"}},
			nil},
		{"one side blames, no reciprocal",
			[]string{"Orlan blamed Vessan for the clash on the ridge.", "Three soldiers were wounded."},
			map[string]string{"c1": ""}, []ev{{"2", "", "", ""}}, []ent{{1, "X"}, {1, "Y"}},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, starts := claimsDoc(tc.sentences, tc.claims, tc.events, day)
			for _, e := range tc.ents {
				st := starts[e.sentence-1]
				d.Entities = append(d.Entities, parallax.Entity{Start: st, End: st + 4, Side: e.side})
			}
			if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
				t.Errorf("contradictions %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCivilianTargetingOnce: accusations of harm to civilians that name
// the initiator and others that do not, met by one denial, are one
// contradiction; two sides that each accuse the other are two.
func TestCivilianTargetingOnce(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	civ := func(id, claim, init string, negated bool) parallax.Event {
		return parallax.Event{ID: id, Claim: parallax.OptionalID(claim), Type: parallax.EventExplosions, Start: 0, End: 5, Date: day,
			Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Kind: "civilian"}, Negated: negated}
	}
	claim := func(id, side, stance string) parallax.Claim {
		return parallax.Claim{ID: id, Start: 0, End: 10, Speaker: parallax.Speaker{Side: side}, Stance: stance}
	}
	text := "A missile hit a block of flats in the city centre; the other side said it struck only a depot."
	for _, tc := range []struct {
		name   string
		claims []parallax.Claim
		events []parallax.Event
		want   []string
	}{
		{"named and unnamed accusations, one denial",
			[]parallax.Claim{claim("c1", "X", "assert"), claim("c2", "X", "assert"), claim("c3", "Y", "assert")},
			[]parallax.Event{civ("e1", "c1", "Y", false), civ("e2", "c2", "", false), civ("e3", "c3", "Y", true)},
			[]string{"civilian_targeting:X,Y"}},
		{"each accuses the other, and an unnamed accusation",
			[]parallax.Claim{claim("c1", "X", "assert"), claim("c2", "Y", "assert"), claim("c3", "X", "assert"), claim("c4", "Y", "assert"), claim("c5", "X", "assert")},
			[]parallax.Event{civ("e1", "c1", "Y", false), civ("e2", "c2", "X", false), civ("e3", "c3", "X", true), civ("e4", "c4", "Y", true), civ("e5", "c5", "", false)},
			[]string{"initiator:X,Y", "civilian_targeting:X,Y", "civilian_targeting:X,Y"}},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: text, Claims: tc.claims, Events: tc.events}
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// testEvent is one battle of a claimsDoc: the sentence it is in ("1",
// "2", ...), the claim that carries it, and its initiator's and target's
// sides.
type testEvent struct{ sentence, claim, init, target string }

// claimsDoc is a one-article document for the contradiction rules: the
// sentences joined by a space, claim ci with side claims[ci] in sentence
// i, and the events as battles on day. It also returns where each
// sentence starts.
func claimsDoc(sentences []string, claims map[string]string, events []testEvent, day parallax.DateRange) (*parallax.Document, []int) {
	d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}}
	var starts []int
	for i, s := range sentences {
		if i > 0 {
			d.Text += " "
		}
		starts = append(starts, len(d.Text))
		d.Text += s
		d.Sentences = append(d.Sentences, parallax.Sentence{Span: parallax.Span{Start: starts[i], End: len(d.Text)}})
	}
	for i := range sentences {
		id := "c" + string(rune('1'+i))
		if side, ok := claims[id]; ok {
			d.Claims = append(d.Claims, parallax.Claim{ID: id, Start: starts[i], End: starts[i] + 10,
				Speaker: parallax.Speaker{Side: side}, Cue: parallax.Cue{Start: starts[i] + 2, End: starts[i] + 6}, Stance: parallax.StanceAssert})
		}
	}
	for k, e := range events {
		i := int(e.sentence[0] - '1')
		d.Events = append(d.Events, parallax.Event{ID: "e" + string(rune('1'+k)), Claim: parallax.OptionalID(e.claim),
			Type: parallax.EventBattles, Start: starts[i], End: starts[i] + 5, Date: day,
			Initiator: parallax.EventActor{Side: e.init}, Target: parallax.EventTarget{Side: e.target, Kind: "military"}})
	}
	return d, starts
}
