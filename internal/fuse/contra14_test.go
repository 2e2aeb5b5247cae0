package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// contraDoc is one article of sentences, with claims (side, stance, the
// words claimed), events and counts placed on those words.
type contraDoc struct {
	text     string
	claims   []contraClaim
	events   []contraEvent
	counts   []contraCount
	entities []contraEntity
}

// contraEntity is a mention of a party: its side and its words.
type contraEntity struct{ side, words string }

type contraClaim struct{ side, stance, words string }

type contraEvent struct {
	claim             int // index into claims
	typ, init, target string
	kind, words       string
	negated           bool
}

type contraCount struct {
	claim           int
	item, owner, by string
	n               int
	words           string
}

func (cd contraDoc) doc(t *testing.T) *parallax.Document {
	t.Helper()
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	span := func(w string) (int, int) {
		k := strings.Index(cd.text, w)
		if k < 0 {
			t.Fatalf("%q not in the text", w)
		}
		return k, k + len(w)
	}
	d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: cd.text}
	for i, c := range cd.claims {
		a, b := span(c.words)
		d.Claims = append(d.Claims, parallax.Claim{ID: "c" + itoa(i+1), Start: a, End: b, Cue: parallax.Cue{Start: a, End: a + 1},
			Speaker: parallax.Speaker{Side: c.side}, Stance: c.stance})
	}
	for i, e := range cd.events {
		a, b := span(e.words)
		d.Events = append(d.Events, parallax.Event{ID: "e" + itoa(i+1), Claim: parallax.OptionalID("c" + itoa(e.claim+1)), Type: e.typ,
			Start: a, End: b, Date: day, Negated: e.negated,
			Initiator: parallax.EventActor{Side: e.init}, Target: parallax.EventTarget{Side: e.target, Kind: e.kind}})
	}
	for i, c := range cd.counts {
		a, b := span(c.words)
		n := c.n
		d.Counts = append(d.Counts, parallax.Count{ID: "q" + itoa(i+1), Article: "a", Start: a, End: b,
			Claim: parallax.OptionalID("c" + itoa(c.claim+1)), Item: c.item, N: &n, Owner: c.owner, ClaimedBy: c.by})
	}
	for i, e := range cd.entities {
		a, b := span(e.words)
		d.Entities = append(d.Entities, parallax.Entity{ID: "n" + itoa(i+1), Article: "a", Start: a, End: b, Text: e.words, Side: e.side})
	}
	return d
}

// contradictionValues: an incident's contradictions as
// "kind:item:owner:side=value,..." strings.
func contradictionValues(t *testing.T, d *parallax.Document) []string {
	t.Helper()
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{d})
	if len(incs) != 1 {
		t.Fatalf("%d incidents", len(incs))
	}
	var out []string
	for _, c := range incs[0].Contradictions {
		var vs []string
		for _, v := range c.Values {
			vs = append(vs, v.Side+"="+fmtValue(v.Value))
		}
		out = append(out, c.Kind+":"+c.Item+":"+c.Owner+":"+strings.Join(vs, ","))
	}
	return out
}

func fmtValue(v any) string {
	switch x := v.(type) {
	case int:
		return itoa(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case string:
		return x
	}
	return "?"
}

// TestLostItems: the items whose loss a denial's words deny: an item
// noun, then a passive outcome, or a form of "lose" before it; people by
// their state (civilians left to civilian_targeting); an act of the
// denier's own in the active voice denies no loss.
func TestLostItems(t *testing.T) {
	bits := func(items ...string) uint16 {
		var b uint16
		for _, it := range items {
			b |= 1 << slices.Index(lossItems, it)
		}
		return b
	}
	for _, c := range []struct {
		text string
		civ  bool
		want uint16
	}{
		{"any tank had been destroyed", false, bits("tank")},
		{"Orlan reports that Vessan jets had been shot down, calling them false", false, bits("aircraft")},
		{"any of their fighters had been captured", false, bits("captured") | lostFighters},
		{"any Nigerian soldier had been taken prisoner", false, bits("captured") | lostFighters},
		{"any of its people had been captured", false, bits("captured")},
		{"losing any helicopters in the clashes", false, bits("helicopter")},
		{"two of its soldiers were killed and a drone was downed", false, bits("killed", "drone") | lostFighters},
		{"its troops had killed anyone at the checkpoint", false, 0},
		{"its jets struck the school", false, 0},
		{"any civilians were killed in the strike", true, 0},
		{"soldiers were lost", false, 0},
	} {
		if got := lostItems(c.text, c.civ); got != c.want {
			t.Errorf("lostItems(%q) = %b, want %b", c.text, got, c.want)
		}
	}
}

// TestDeniedLossesAreAFigure: a side that denies losing what the other
// says it destroyed, shot down or captured gives its figure: none. Where
// only those two speak of the item, the denial tells their dispute and
// no count contradiction is listed beside it (session 17: the wire golds
// list the denial); where a third party gives a figure of its own, the
// count contradiction lists the none with the figures. A side that gives
// a figure of its own keeps it; a denial of having harmed others gives
// no zero. Parties invented: Orlan (X), Vessan (Y), a monitor (Z).
func TestDeniedLossesAreAFigure(t *testing.T) {
	s1 := "The Orlan command said its fighters destroyed two Vessan tanks and a truck near Kasu."
	s2 := "The Vessan army denied that any tank had been destroyed near Kasu."
	s3 := "The Vessan army said one of its tanks was damaged near Kasu."
	s4 := "The Vessan army denied that its tanks had shelled the hospital."
	s5 := "The monitor said three tanks were destroyed near Kasu."
	assertion := contraClaim{"X", "assert", "its fighters destroyed two Vessan tanks and a truck near Kasu"}
	attack := contraEvent{claim: 0, typ: parallax.EventBattles, init: "X", target: "Y", kind: "military", words: "destroyed"}
	tanks := contraCount{claim: 0, item: "tank", owner: "Y", by: "X", n: 2, words: "two Vessan tanks"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"denial of the loss", contraDoc{text: s1 + " " + s2,
			claims: []contraClaim{assertion, {"Y", "deny", "any tank had been destroyed near Kasu"}},
			events: []contraEvent{attack}, counts: []contraCount{tanks}},
			[]string{"denial:::X=true,Y=false"}},
		{"denial of the loss, a third figure", contraDoc{text: s1 + " " + s2 + " " + s5,
			claims: []contraClaim{assertion, {"Y", "deny", "any tank had been destroyed near Kasu"}, {"Z", "assert", "three tanks were destroyed near Kasu"}},
			events: []contraEvent{attack}, counts: []contraCount{tanks, {claim: 2, item: "tank", owner: "Y", by: "Z", n: 3, words: "three tanks"}}},
			[]string{"count:tank:Y:X=2,Y=0,Z=3", "denial:::X=true,Y=false", "denial:::Z=true,Y=false"}},
		{"a figure of its own", contraDoc{text: s1 + " " + s2 + " " + s3,
			claims: []contraClaim{assertion, {"Y", "deny", "any tank had been destroyed near Kasu"}, {"Y", "assert", "one of its tanks was damaged near Kasu"}},
			events: []contraEvent{attack}, counts: []contraCount{tanks, {claim: 2, item: "tank", owner: "Y", by: "Y", n: 1, words: "one of its tanks"}}},
			[]string{"count:tank:Y:X=2,Y=1", "denial:::X=true,Y=false"}},
		{"a denial of its own act", contraDoc{text: s1 + " " + s4,
			claims: []contraClaim{assertion, {"Y", "deny", "its tanks had shelled the hospital"}},
			events: []contraEvent{attack}, counts: []contraCount{tanks}},
			nil},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestShortDenialMatchesLongClaim: a denial that repeats only a few words
// of the long claim it answers, every one of them found in it, denies
// that claim; a denial that shares one word does not. Two long claims
// that share a phrase of four content words deny each other.
func TestShortDenialMatchesLongClaim(t *testing.T) {
	s1 := "The Orlan command said its units liberated the village of Mereva and pushed the enemy back from the ridge above the river, destroying trenches, dugouts and a fuel depot."
	for _, tc := range []struct {
		denial, words string
		want          []string
	}{
		{"The Vessan staff denied that the units liberated Mereva.", "the units liberated Mereva", []string{"denial:::X=true,Y=false"}},
		{"The Vessan staff denied the village was lost.", "the village was lost", nil},
	} {
		cd := contraDoc{text: s1 + " " + tc.denial, claims: []contraClaim{
			{"X", "assert", "its units liberated the village of Mereva and pushed the enemy back from the ridge above the river, destroying trenches, dugouts and a fuel depot"},
			{"Y", "deny", tc.words}}}
		if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%q: contradictions %q, want %q", tc.denial, got, tc.want)
		}
	}
	// Two long claims that each go on with matters of their own share
	// four content words or more, two in five of the shorter's.
	s2 := `The Orlan ministry said it had destroyed positions of "units of the Vessan armed forces" near Kasu and that a shepherd had been wounded in Mereva by mortar fire.`
	for _, tc := range []struct {
		denial, words string
		want          []string
	}{
		{"The Vessan premier said the Vessan army was not involved in the fighting and that there were no units of the Vessan armed forces in the valley.",
			"the Vessan army was not involved in the fighting and that there were no units of the Vessan armed forces in the valley",
			[]string{"denial:::X=true,Y=false"}},
		{"The Vessan premier said the Vessan army was not involved in the fighting and that its aid convoys would reach the valley by Friday.",
			"the Vessan army was not involved in the fighting and that its aid convoys would reach the valley by Friday", nil},
	} {
		cd := contraDoc{text: s2 + " " + tc.denial, claims: []contraClaim{
			{"X", "assert", `it had destroyed positions of "units of the Vessan armed forces" near Kasu and that a shepherd had been wounded in Mereva by mortar fire`},
			{"Y", "deny", tc.words}}}
		if got := contradictionValues(t, cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%q: contradictions %q, want %q", tc.denial, got, tc.want)
		}
	}
}

// TestCivilianTargetingBetweenVictimAndAccused: a third state that
// condemns an attack on civilians beside the side whose civilians were
// hit backs it: the dispute stands between the side hit and the accused.
// Where the side hit does not accuse, the third state's accusation
// stands. Parties invented: Orlan (X, hit), Vessan (Y, accused), Tamar
// (Z, a third state).
func TestCivilianTargetingBetweenVictimAndAccused(t *testing.T) {
	s1 := "The Orlan prosecutor said a Vessan missile hit a residential block in Kasu, killing nine civilians."
	s2 := "The Tamar foreign minister said Vessan had once more attacked civilians."
	s3 := "The Vessan ministry denied targeting civilians."
	victim := contraClaim{"X", "assert", "a Vessan missile hit a residential block in Kasu, killing nine civilians"}
	third := contraClaim{"Z", "assert", "Vessan had once more attacked civilians"}
	denial := contraClaim{"Y", "deny", "targeting civilians"}
	for _, tc := range []struct {
		name string
		cd   contraDoc
		want []string
	}{
		{"victim and third state", contraDoc{text: s1 + " " + s2 + " " + s3, claims: []contraClaim{victim, third, denial},
			events: []contraEvent{
				{claim: 0, typ: parallax.EventExplosions, init: "Y", target: "X", kind: "civilian", words: "missile hit"},
				{claim: 1, typ: parallax.EventViolenceCivilians, init: "Y", kind: "civilian", words: "attacked civilians"},
				{claim: 2, typ: parallax.EventViolenceCivilians, init: "Y", kind: "civilian", words: "targeting civilians", negated: true}}},
			[]string{"civilian_targeting:::X=true,Y=false"}},
		{"third state alone", contraDoc{text: s1 + " " + s2 + " " + s3, claims: []contraClaim{third, denial},
			events: []contraEvent{
				{claim: 0, typ: parallax.EventViolenceCivilians, init: "Y", kind: "civilian", words: "attacked civilians"},
				{claim: 1, typ: parallax.EventViolenceCivilians, init: "Y", kind: "civilian", words: "targeting civilians", negated: true}}},
			[]string{"civilian_targeting:::Y=false,Z=true"}},
	} {
		if got := contradictionValues(t, tc.cd.doc(t)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}
