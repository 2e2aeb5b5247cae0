package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 15, contradictions lane: invented parties Orlan (X), Vessan (Y)
// and a Vessan-based armed group, the Kasu Front (K).

// TestMilitaryTargetAnswersCivilianHarm: a side that tells its own strike
// as one on another side's military target answers the other side's word
// that the strike hit civilians: a civilian_targeting contradiction. Not
// where the target is no named side's (often the speaker taken for the
// initiator of an agentless passive; session 22 lets such a strike answer
// an accuser that names the striker in words the strike shares), nor where the accusation is of
// another kind of act (a raid, a massacre, not a strike), nor where the
// striking side accuses the other of hitting civilians in turn (a war of
// words over both sides' civilians, where a strike on soldiers answers
// neither), nor where its own claim names civilians hit, nor where an
// accusation that names no one comes from a side other than the one
// struck.
func TestMilitaryTargetAnswersCivilianHarm(t *testing.T) {
	s1 := "The Vessan ministry said Orlan missiles hit a market in Dorna, killing 20 civilians."
	s2 := "The Orlan command said its missiles struck a meeting of Vessan officers in Dorna."
	s3 := "The Orlan command said Vessan rockets hit a school in Mirel."
	s4 := "The Orlan command said its missiles struck a meeting of Vessan officers in Dorna, and two civilians were hurt."
	s5 := "The Vessan ministry said missiles hit a market in Dorna, killing 20 civilians."
	s6 := "The Orlan command said its drones destroyed an arms depot near Kesh."
	accuse := contraClaim{"Y", "assert", "Orlan missiles hit a market in Dorna, killing 20 civilians"}
	strikeCiv := contraEvent{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "Orlan missiles hit a market"}
	answer := contraClaim{"X", "assert", "its missiles struck a meeting of Vessan officers in Dorna"}
	strikeMil := contraEvent{claim: 1, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "military", words: "its missiles struck a meeting"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"strike on civilians against strike on officers", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{accuse, answer}, events: []contraEvent{strikeCiv, strikeMil}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
		// Session 22: a target of no named side answers an accusation
		// that names the striker where the words meet
		// (TestUnnamedMilitaryTargetAnswersItsAccuser); this strike
		// shares none.
		{"a military target of no named side", contraDoc{text: s1 + " " + s6,
			claims: []contraClaim{accuse, {"X", "assert", "its drones destroyed an arms depot near Kesh"}},
			events: []contraEvent{strikeCiv, {claim: 1, typ: parallax.EventExplosions, init: "X", kind: "military", words: "its drones destroyed an arms depot"}}},
			nil},
		{"an accusation of another kind of act", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{accuse, answer},
			events: []contraEvent{{claim: 0, typ: parallax.EventViolenceCivilians, init: "X", target: "Y", kind: "civilian", words: "Orlan missiles hit a market"}, strikeMil}},
			nil},
		{"the striking side accuses in turn", contraDoc{text: s1 + " " + s2 + " " + s3,
			claims: []contraClaim{accuse, answer, {"X", "assert", "Vessan rockets hit a school in Mirel"}},
			events: []contraEvent{strikeCiv, strikeMil,
				{claim: 2, typ: parallax.EventExplosions, init: "Y", target: "X", kind: "civilian", words: "Vessan rockets hit a school"}}},
			[]string{"initiator:::X=Y,Y=X"}},
		{"its own claim names civilians hit", contraDoc{text: s1 + " " + s4,
			claims: []contraClaim{accuse, {"X", "assert", "its missiles struck a meeting of Vessan officers in Dorna, and two civilians were hurt"}},
			events: []contraEvent{strikeCiv, strikeMil},
			// the toll the count stage reads there (session 23: civilians
			// named with no toll are what the strike spared)
			counts: []contraCount{{claim: 1, item: "wounded", by: "X", n: 2, words: "two civilians"}}},
			nil},
		{"an accusation naming no one, by the side struck", contraDoc{text: s5 + " " + s2,
			claims: []contraClaim{{"Y", "assert", "missiles hit a market in Dorna, killing 20 civilians"}, answer},
			events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, target: "Y", kind: "civilian", words: "missiles hit a market"}, strikeMil}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
		{"an accusation naming no one, by a side not struck", contraDoc{text: s5 + " " + s2,
			claims: []contraClaim{{"Y", "assert", "missiles hit a market in Dorna, killing 20 civilians"}, answer},
			events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, target: "Y", kind: "civilian", words: "missiles hit a market"},
				{claim: 1, typ: parallax.EventExplosions, init: "X", target: "K", kind: "military", words: "its missiles struck a meeting"}}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDenialOfMilitaryTargetIsTheCivilianDispute: a side that accuses the
// other of hitting civilians and rejects the other's word that the target
// was military disputes the civilian_targeting matter, told once.
func TestDenialOfMilitaryTargetIsTheCivilianDispute(t *testing.T) {
	s1 := "The Vessan ministry said Orlan missiles hit the Dorna school shelter, killing 20 civilians."
	s2 := "The Orlan command said its missiles struck a command post of Vessan officers inside the Dorna school."
	s3 := "The Vessan ministry rejected the claim that the Dorna school held a command post of Vessan officers."
	cd := contraDoc{text: s1 + " " + s2 + " " + s3,
		claims: []contraClaim{{"Y", "assert", "Orlan missiles hit the Dorna school shelter, killing 20 civilians"},
			{"X", "assert", "its missiles struck a command post of Vessan officers inside the Dorna school"},
			{"Y", "deny", "the Dorna school held a command post of Vessan officers"}},
		events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "Orlan missiles hit"},
			{claim: 1, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "military", words: "its missiles struck"}}}
	want := []string{"civilian_targeting:::X=false,Y=true"}
	if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, want) {
		t.Errorf("contradictions %q, want %q", got, want)
	}
}

// TestLossDenialIsNoDenialOfAttack: a denial of a loss whose event the
// extractor gave the denier as initiator ("denied that any of its tanks
// had been destroyed") does not deny starting the fight: the blame stays
// one-sided and the denial stands as a denial.
func TestLossDenialIsNoDenialOfAttack(t *testing.T) {
	s1 := "The Orlan command said Vessan troops attacked its posts near Kasu and its fighters destroyed two Vessan tanks."
	s2 := "The Vessan army denied that any of its tanks had been destroyed near Kasu."
	cd := contraDoc{text: s1 + " " + s2,
		claims: []contraClaim{{"X", "assert", "Vessan troops attacked its posts near Kasu and its fighters destroyed two Vessan tanks"},
			{"Y", "deny", "any of its tanks had been destroyed near Kasu"}},
		events: []contraEvent{{claim: 0, typ: parallax.EventBattles, init: "Y", target: "X", kind: "military", words: "Vessan troops attacked"},
			{claim: 1, typ: parallax.EventBattles, init: "Y", kind: "military", words: "destroyed near Kasu", negated: true}},
		counts: []contraCount{{claim: 0, item: "tank", owner: "Y", by: "X", n: 2, words: "two Vessan tanks"}}}
	// Session 17: the none it gives is no count contradiction beside the
	// denial between the same two parties (TestDeniedLossesAreAFigure).
	want := []string{"denial:::X=true,Y=false"}
	if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, want) {
		t.Errorf("contradictions %q, want %q", got, want)
	}
}

// TestDeniedDeathsAnswerTheirClaim: a denial that any of a side's people
// were killed gives its figure, none, against a rival's figure only where
// it answers the claim of that figure; a tank is a tank whoever counts it.
func TestDeniedDeathsAnswerTheirClaim(t *testing.T) {
	s1 := "The Orlan command said its jets killed 20 Front fighters at their camp near Kasu."
	s2 := "The Front denied that any of its fighters had been killed near Kasu."
	s3 := "Vessan officials said 41 people died when bombs fell on villages across the valley."
	deny := contraClaim{"K", "deny", "any of its fighters had been killed near Kasu"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
		low  int // the estimate's low of killed K
	}{
		{"the claim it answers", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{{"X", "assert", "its jets killed 20 Front fighters at their camp near Kasu"}, deny},
			counts: []contraCount{{claim: 0, item: "killed", owner: "K", by: "X", n: 20, words: "20 Front fighters"}}},
			[]string{"denial:::X=true,K=false"}, 0}, // the none is in the estimates (session 17: no count beside the denial)
		{"a toll of another matter", contraDoc{text: s3 + " " + s2,
			claims: []contraClaim{{"Y", "assert", "41 people died when bombs fell on villages across the valley"}, deny},
			counts: []contraCount{{claim: 0, item: "killed", owner: "K", by: "Y", n: 41, words: "41 people"}}},
			nil, 41},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
		incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{tc.cd.doc(t)})
		for _, e := range incs[0].Estimates {
			if e.Item == "killed" && e.Owner == "K" && e.Low != tc.low {
				t.Errorf("%s: estimate low %d, want %d", tc.name, e.Low, tc.low)
			}
		}
	}
}

// TestAboutEndsAtParticiple: what a claim is about runs from the end of
// its span ('|') to the end of its sentence, unless its speaker goes on
// with a participle clause.
func TestAboutEndsAtParticiple(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{`X said it had "never targeted"| the civilian population of Kasu. Next.`, ` the civilian population of Kasu`},
		{"X denied that any of its fighters had been killed|, saying the victims were civilians. Next.", ""},
		{"X denied the strike|, including on the market, adding nothing. Next.", ", including on the market"},
		{"X denied the strike| in the morning, calling it a lie", " in the morning"},
	} {
		i := strings.Index(c.text, "|")
		text := c.text[:i] + c.text[i+1:]
		if got := text[i:aboutEnd(text, i)]; got != c.want {
			t.Errorf("%q: about %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOnlyForceHitsCivilians: an event on civilians that is no act of
// force ("took control of two villages", "took steps to spare
// civilians") accuses no one of hitting civilians and makes no side hit.
func TestOnlyForceHitsCivilians(t *testing.T) {
	s1 := "The Orlan command said Vessan forces took control of two villages near Kasu."
	s2 := "The Vessan army denied that its forces had harmed any civilians in the valley."
	for _, tc := range []struct {
		name string
		typ  string
		want []string
	}{
		{"taking villages", parallax.EventStrategic, nil},
		{"an attack on villagers", parallax.EventViolenceCivilians, []string{"civilian_targeting:::X=true,Y=false"}},
	} {
		cd := contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{{"X", "assert", "Vessan forces took control of two villages near Kasu"},
				{"Y", "deny", "its forces had harmed any civilians in the valley"}},
			events: []contraEvent{{claim: 0, typ: tc.typ, init: "Y", target: "X", kind: "civilian", words: "Vessan forces took control"}}}
		if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
