package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 16, contradictions lane: the invented parties of contra15_test.go,
// Orlan (X), Vessan (Y) and the Kasu Front (K), and the UN (UNO).

// TestCivilianDisputeSides: a civilian_targeting dispute stands between
// the side whose civilians were hit and the accused. Where no accuser is
// the side hit, the parties that accuse stand in it and an international
// body only where no party accuses; a side is hit only by an event that
// names civilians as its target (not one typed as violence against
// civilians whose target the extractor read as fighters).
func TestCivilianDisputeSides(t *testing.T) {
	s1 := "The Front said Orlan jets bombed villages near Kasu, killing 30 villagers."
	s2 := "The UN mission said it had credible reports that civilians were killed near Kasu."
	s3 := "The Orlan command said its jets struck camps of the Front near Kasu."
	s4 := "The Vessan ministry said Orlan jets bombed villages near Kasu, killing 30 villagers."
	s5 := "The Front announced the deaths of four of its members near Kasu."
	s6 := "The Orlan command denied that its jets had targeted civilians near Kasu."
	frontAccuses := contraClaim{"K", "assert", "Orlan jets bombed villages near Kasu, killing 30 villagers"}
	unSays := contraClaim{"UNO", "assert", "it had credible reports that civilians were killed near Kasu"}
	strikeOnFront := contraClaim{"X", "assert", "its jets struck camps of the Front near Kasu"}
	bombed := func(claim int) contraEvent {
		return contraEvent{claim: claim, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "Orlan jets bombed villages"}
	}
	unEvent := contraEvent{claim: 1, typ: parallax.EventViolenceCivilians, target: "Y", kind: "civilian", words: "civilians were killed"}
	strikeEvent := contraEvent{claim: 2, typ: parallax.EventExplosions, init: "X", target: "K", kind: "military", words: "its jets struck camps"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"an international body beside an accusing party", contraDoc{text: s1 + " " + s2 + " " + s3,
			claims: []contraClaim{frontAccuses, unSays, strikeOnFront},
			events: []contraEvent{bombed(0), unEvent, strikeEvent}},
			[]string{"civilian_targeting:::K=true,X=false"}},
		{"an international body the only accuser", contraDoc{text: s2 + " " + s3,
			claims: []contraClaim{unSays, strikeOnFront},
			events: []contraEvent{{claim: 0, typ: parallax.EventExplosions, init: "X", target: "Y", kind: "civilian", words: "civilians were killed"},
				{claim: 1, typ: parallax.EventExplosions, init: "X", target: "K", kind: "military", words: "its jets struck camps"}}},
			[]string{"civilian_targeting:::UNO=true,X=false"}},
		{"deaths of fighters make their side no side hit", contraDoc{text: s4 + " " + s5 + " " + s6,
			claims: []contraClaim{{"Y", "assert", "Orlan jets bombed villages near Kasu, killing 30 villagers"},
				{"K", "assert", "the deaths of four of its members near Kasu"},
				{"X", "deny", "its jets had targeted civilians near Kasu"}},
			events: []contraEvent{bombed(0),
				{claim: 1, typ: parallax.EventViolenceCivilians, target: "K", kind: "unknown", words: "the deaths of four"}}},
			[]string{"civilian_targeting:::X=false,Y=true"}},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPointsBack: a denial's words that name what they deny only by
// pointing back to it.
func TestPointsBack(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the accusation", true},
		{"the claim as \"pure fabrication\"", true},
		{"the orlan figures as \"propaganda\", saying the toll was invented", true},
		{"what it called the inflated figures published by the kasu health office", true},
		{"that account", true},
		{"it", true},
		{"it disinformation", true},
		{"it the usual lies of the front", true},
		{"this", true},
		{"the claim that orlan troops had shelled the market", false},
		{"reports spread by the orlan side that vessan units had fired", false},
		{"it had hit nine sites and had not targeted civilians", false},
		{"that the plant had stopped working", false},
		{"that any tank had been destroyed", false},
		{"fears that the tariffs would cause a recession", false},
		{"several experts' reports have documented the support of vessan to the front", false},
		{"this propaganda, whose sole aim is to sow doubt", true},
		{"orlan's claim was \"a fabrication\"", true},
	} {
		if got := pointsBack(c.text); got != c.want {
			t.Errorf("%q: points back %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDenialPointsBack: "Vessan rejected the accusation" answers the
// claim of another side that the sentence or two before it state, and
// only that one.
func TestDenialPointsBack(t *testing.T) {
	s1 := "The Orlan command said Vessan gunboats had mined the harbour of Dorna."
	s2 := "Vessan rejected the accusation."
	s3 := "The Vessan navy said its patrols were routine."
	s4 := "Fishing in the bay has stopped. Prices of fish have doubled. Ferries no longer run."
	s5 := "Vessan called it disinformation."
	s6 := "The Front said Orlan jets had bombed its camps near Kasu."
	s7 := "Vessan dismissed the Front's figures as propaganda."
	mined := contraClaim{"X", "assert", "Vessan gunboats had mined the harbour of Dorna"}
	vessan := []contraEntity{{"Y", "Vessan gunboats"}}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"the sentence before", contraDoc{text: s1 + " " + s2, entities: vessan,
			claims: []contraClaim{mined, {"Y", "deny", "the accusation"}}},
			[]string{"denial:::X=true,Y=false"}},
		{"a pronoun and a label", contraDoc{text: s1 + " " + s5,
			claims: []contraClaim{mined, {"Y", "deny", "it disinformation"}}},
			[]string{"denial:::X=true,Y=false"}},
		{"the denier's own claim between", contraDoc{text: s1 + " " + s3 + " " + s2, entities: vessan,
			claims: []contraClaim{mined, {"Y", "assert", "its patrols were routine"}, {"Y", "deny", "the accusation"}}},
			[]string{"denial:::X=true,Y=false"}},
		{"too far back", contraDoc{text: s1 + " " + s4 + " " + s2, entities: vessan,
			claims: []contraClaim{mined, {"Y", "deny", "the accusation"}}},
			nil},
		{"a paragraph break is one sentence end", contraDoc{text: s1 + " " + s3 + "\n\n" + s2, entities: vessan,
			claims: []contraClaim{mined, {"Y", "assert", "its patrols were routine"}, {"Y", "deny", "the accusation"}}},
			[]string{"denial:::X=true,Y=false"}},
		{"an accusation that does not name the denier", contraDoc{text: s6 + " " + s2,
			claims: []contraClaim{{"K", "assert", "Orlan jets had bombed its camps near Kasu"}, {"Y", "deny", "the accusation"}}},
			nil},
		{"the party the words name", contraDoc{text: s6 + " " + s1 + " " + s7,
			entities: []contraEntity{{"K", "Front's"}},
			claims: []contraClaim{{"K", "assert", "Orlan jets had bombed its camps near Kasu"}, mined,
				{"Y", "deny", "the Front's figures as propaganda"}}},
			[]string{"denial:::K=true,Y=false"}},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDenialOfOneItem: a denial that names its item as one known thing
// ("the drone was not hit") gives none against a rival's figure of one,
// not against a rival's figure of many (another matter: "38 drones downed
// over the border").
func TestDenialOfOneItem(t *testing.T) {
	if got := lostItems("the drone was not hit before it struck", false); got&lostOne == 0 {
		t.Errorf("the drone: lost %b, want the lostOne bit", got)
	}
	for _, text := range []string{"any drone had been hit", "the drones had been shot down", "no Vessan drone had been lost"} {
		if got := lostItems(text, false); got&lostOne != 0 || got == 0 {
			t.Errorf("%q: lost %b, want a drone and no lostOne bit", text, got)
		}
	}
	s2 := "The Vessan air force said the drone was not hit before it struck."
	deny := contraClaim{"Y", "deny", "the drone was not hit before it struck"}
	for _, tc := range []struct {
		name, s1, words string
		n               int
		want            []string
	}{
		// Session 18: the denial answers the rival's count of the drone
		// it denies losing (lossAnswers), and where the two parties alone
		// give the item, the denial tells their dispute without the
		// count (contradictions): the denial, not the count, is listed.
		{"a rival's one", "The Orlan command said its guns shot down a Vessan drone over Dorna.", "a Vessan drone", 1,
			[]string{"denial:::X=true,Y=false"}},
		{"a rival's many", "The Orlan command said its guns shot down 38 Vessan drones over Dorna.", "38 Vessan drones", 38,
			nil},
	} {
		cd := contraDoc{text: tc.s1 + " " + s2,
			claims: []contraClaim{{"X", "assert", strings.TrimSuffix(strings.TrimPrefix(tc.s1, "The Orlan command said "), ".")}, deny},
			counts: []contraCount{{claim: 0, item: "drone", owner: "Y", by: "X", n: tc.n, words: tc.words}}}
		got := contradictionValues(t, cd.doc(t))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSentenceEnds: a stop and the paragraph break after it are one end.
func TestSentenceEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"one. two. three", 2},
		{"one.\n\nTwo said", 1},
		{"one\n\ntwo", 1},
		{"no end here", 0},
	} {
		if got := sentenceEnds(c.text, 0, len(c.text)); got != c.want {
			t.Errorf("%q: %d ends, want %d", c.text, got, c.want)
		}
	}
}

// TestStandingDenial: a denial in the present tense after ", a charge"
// (an accusation, allegation, claim) is a standing position of the
// story's background, not a denial of the incident's claims.
func TestStandingDenial(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Orlan has long accused Vessan of arming the Front, a charge Vessan denies.", nil},
		{"Orlan accuses Vessan of arming the Front, an accusation that Vessan rejects.", nil},
		{"Orlan accused Vessan of arming the Front, a charge Vessan denied on Tuesday.", []string{"denial:::X=true,Y=false"}},
	} {
		words := "Vessan of arming the Front"
		cue := "denies"
		for _, c := range []string{"denies", "rejects", "denied"} {
			if strings.Contains(tc.text, c) {
				cue = c
			}
		}
		cd := contraDoc{text: tc.text, claims: []contraClaim{{"X", "assert", words}, {"Y", "deny", words}}}
		d := cd.doc(t)
		k := strings.Index(tc.text, cue)
		d.Claims[1].Cue = parallax.Cue{Text: cue, Start: k, End: k + len(cue)}
		if got := contradictionValues(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%q: contradictions %q, want %q", tc.text, got, tc.want)
		}
	}
}
