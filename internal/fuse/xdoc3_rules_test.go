package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// The tests of this file cover the kinds of error that the third
// cross-article gold (../../testdata/xdoc3) found. Every name, place and
// number in them is invented.

// TestDistinctSites: attacks on two towns about 100 km apart on
// consecutive days, told by one source on one template, are two
// incidents; reports of one attack that name the town and a village
// 20 km away are one; other news that names two cities (a death in one,
// a funeral in the other) is not held apart by them.
func TestDistinctSites(t *testing.T) {
	refinery := func(id, pub, town, day string, lat, lon float64) *parallax.Document {
		text := "Long-range drones struck the oil refinery in " + town + " overnight, the General Staff of Dorvania said on " + day + ". " +
			"A large fire broke out in the area of the refinery's primary processing unit, which supplies fuel to the enemy army. " +
			"The extent of the damage is being clarified, the statement said, adding that strikes on the war's fuel would continue."
		if day == "Wednesday" {
			// The next night's statement: the same template, other words
			// around it (not a copy of the first).
			text = "Long-range drones struck the oil refinery in " + town + " overnight, the General Staff of Dorvania said on " + day + ". " +
				"Explosions and a fire were recorded on the territory of the plant, one of the largest of the state oil company. " +
				"The extent of the damage is being clarified, the statement said."
		}
		return anchoredDoc(t, id, pub, text,
			anchored{phrase: "drones struck the oil refinery", cameo: "195", typ: parallax.EventExplosions, date: pub},
			anchored{phrase: town, lat: lat, lon: lon})
	}
	village := anchoredDoc(t, "wire", "2025-04-08",
		"Drones hit an oil refinery near Kessel village overnight and set a processing unit on fire, the General Staff of Dorvania said on Tuesday; the regional governor said debris had caused the fire.",
		anchored{phrase: "Drones hit an oil refinery", cameo: "195", typ: parallax.EventExplosions, date: "2025-04-08"},
		anchored{phrase: "Kessel", lat: 50.15, lon: 30.1})
	death := func(id, pub, text, city string, lat, lon float64) *parallax.Document {
		return anchoredDoc(t, id, pub, text,
			anchored{phrase: "singer Alba Moreno", cameo: "010", date: pub},
			anchored{phrase: city, lat: lat, lon: lon})
	}
	for _, tc := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"two refineries on consecutive nights", []*parallax.Document{
			refinery("velmora", "2025-04-08", "Velmora", "Tuesday", 50.0, 30.0),
			refinery("drosk", "2025-04-09", "Drosk", "Wednesday", 50.0, 31.4),
		}, []string{"drosk", "velmora"}},
		{"one refinery, the town and a village", []*parallax.Document{
			refinery("velmora", "2025-04-08", "Velmora", "Tuesday", 50.0, 30.0), village,
		}, []string{"velmora+wire"}},
		{"a death and a funeral in two cities", []*parallax.Document{
			death("wire", "2025-06-14", "The singer Alba Moreno, whose ballads sold millions of records, died in Castera on Saturday at 71, her family said. Her songs topped the charts for a decade.", "Castera", 40.4, -3.7),
			death("paper", "2025-06-15", "Fans queued to pay their respects to the singer Alba Moreno, who died on Saturday at 71; her funeral will be held in her native Puerto Lindo, and her ballads topped the charts again.", "Puerto Lindo", 38.2, -5.6),
		}, []string{"paper+wire"}},
	} {
		incs, _ := New(DefaultOptions()).Fuse(tc.docs)
		for i := range incs {
			slices.Sort(incs[i].Articles)
		}
		if got := incidentArticles(incs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: incidents %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDenialOfWhatNotWho: a side blamed for an attack that denies it
// disputes who started it (initiator); one that tells an act of that kind
// as its own and denies a part of the blame ("its troops fired at a
// threat; it rejected claims that it deliberately targeted the
// peacekeepers") disputes what the act was: a denial. An act of its own
// of another kind (a strike where a raid was denied) is no such
// admission. Parties X and Y invented.
func TestDenialOfWhatNotWho(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	ev := func(id, claim, typ, init string, negated bool) parallax.Event {
		return parallax.Event{ID: id, Claim: parallax.OptionalID(claim), Type: typ, Start: 0, End: 5, Date: day,
			Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Kind: "military"}, Negated: negated}
	}
	claim := func(id, side, stance string) parallax.Claim {
		return parallax.Claim{ID: id, Start: 0, End: 10, Speaker: parallax.Speaker{Side: side}, Stance: stance}
	}
	text := "Tank fire hit the observation post at the northern gate; the army said its unit had fired at a threat near the post."
	blame, denial := claim("c1", "X", "assert"), claim("c2", "Y", "deny")
	for _, tc := range []struct {
		name   string
		claims []parallax.Claim
		events []parallax.Event
		want   []string
	}{
		{"blame and denial",
			[]parallax.Claim{blame, denial},
			[]parallax.Event{ev("e1", "c1", parallax.EventBattles, "Y", false), ev("e2", "c2", parallax.EventBattles, "Y", true)},
			[]string{"initiator:X,Y"}},
		{"blame, denial and an act of that kind told as its own",
			[]parallax.Claim{blame, denial, claim("c3", "Y", "assert")},
			[]parallax.Event{ev("e1", "c1", parallax.EventBattles, "Y", false), ev("e2", "c2", parallax.EventBattles, "Y", true),
				ev("e3", "c3", parallax.EventBattles, "Y", false)},
			[]string{"denial:X,Y"}},
		{"blame, denial and an act of another kind",
			[]parallax.Claim{blame, denial, claim("c3", "Y", "assert")},
			[]parallax.Event{ev("e1", "c1", parallax.EventBattles, "Y", false), ev("e2", "c2", parallax.EventBattles, "Y", true),
				ev("e3", "c3", parallax.EventExplosions, "Y", false)},
			[]string{"initiator:X,Y"}},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: text, Claims: tc.claims, Events: tc.events}
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestUntargetedAnswerBlamesTheOther: a side that tells its own act as an
// answer but names no side hit ("its units repelled an attack by outlaw
// militias", the militias given no side) blames the incident's other
// party when there is exactly one; with a third party named there is no
// telling whom, and an act told plainly blames no one. Parties X, Y, Z
// invented.
func TestUntargetedAnswerBlamesTheOther(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	type ev = testEvent
	for _, tc := range []struct {
		name      string
		sentences []string
		claims    map[string]string // claim ci (side) is in sentence i
		events    []ev
		want      []string
	}{
		{"repelled, the other side blames",
			[]string{"The Orlan command said its units had repelled an attack by outlaw militias west of the crossroads.",
				"The Vessan defence ministry said Orlan forces had attacked its positions near the crossroads."},
			map[string]string{"c1": "X", "c2": "Y"},
			[]ev{{"1", "c1", "X", ""}, {"2", "c2", "X", "Y"}},
			[]string{"initiator:X,Y"}},
		{"repelled, with a third party named",
			[]string{"The Orlan command said its units had repelled an attack by outlaw militias west of the crossroads.",
				"The Vessan defence ministry said Orlan forces had attacked its positions near the crossroads.",
				"Tamar said its convoy was hit by the fighting."},
			map[string]string{"c1": "X", "c2": "Y", "c3": "Z"},
			[]ev{{"1", "c1", "X", ""}, {"2", "c2", "X", "Y"}, {"3", "c3", "", "Z"}},
			nil},
		{"an attack told plainly",
			[]string{"The Orlan command said its units had attacked militia positions west of the crossroads.",
				"The Vessan defence ministry said Orlan forces had attacked its positions near the crossroads."},
			map[string]string{"c1": "X", "c2": "Y"},
			[]ev{{"1", "c1", "X", ""}, {"2", "c2", "X", "Y"}},
			nil},
	} {
		d, _ := claimsDoc(tc.sentences, tc.claims, tc.events, day)
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAccusationBlames: an accusation (CAMEO 112) that its accuser tells
// ("the army said, blaming armed Vessans") is a blame of the accused where
// there was fighting; with no fighting in the incident (a row over spies)
// it blames no one for an attack; an international body's accusation is
// no party's blame. Parties X, Y invented.
func TestAccusationBlames(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	ev := func(id, claim, typ, cameo, init, target string) parallax.Event {
		return parallax.Event{ID: id, Claim: parallax.OptionalID(claim), Type: typ, CAMEO: cameo, Start: 0, End: 5, Date: day,
			Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Side: target, Kind: "military"}}
	}
	claim := func(id, side string) parallax.Claim {
		return parallax.Claim{ID: id, Start: 0, End: 10, Speaker: parallax.Speaker{Side: side}, Stance: parallax.StanceAssert}
	}
	text := "Three soldiers were wounded in a shooting on the river, the army said, blaming armed men from across the border."
	for _, tc := range []struct {
		name   string
		claims []parallax.Claim
		events []parallax.Event
		want   []string
	}{
		{"an accusation where there was fighting, met by the other's blame",
			[]parallax.Claim{claim("c1", "X"), claim("c2", "Y")},
			[]parallax.Event{ev("e1", "", parallax.EventBattles, "190", "", "X"), ev("e2", "c1", parallax.EventStrategic, "112", "X", "Y"),
				ev("e3", "c2", parallax.EventBattles, "190", "X", "")},
			[]string{"initiator:X,Y"}},
		{"accusations with no fighting",
			[]parallax.Claim{claim("c1", "X"), claim("c2", "Y")},
			[]parallax.Event{ev("e1", "c1", parallax.EventStrategic, "112", "X", "Y"), ev("e2", "c2", parallax.EventStrategic, "112", "Y", "X")},
			nil},
		{"an international body accuses",
			[]parallax.Claim{claim("c1", "UNO"), claim("c2", "Y")},
			[]parallax.Event{ev("e1", "", parallax.EventBattles, "190", "", "X"), ev("e2", "c1", parallax.EventStrategic, "112", "UNO", "Y"),
				ev("e3", "c2", parallax.EventBattles, "190", "X", "")},
			nil},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: text, Claims: tc.claims, Events: tc.events}
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestBridgeAtOneSite: each side's account of one strike shares few words
// with the other's; a wire that quotes both fits both, and ties them when
// they are set at one town on the same day; so does a live blog that fits
// another story best (it joins that one). Set 200 km apart they stay
// apart. Names invented.
func TestBridgeAtOneSite(t *testing.T) {
	const pub = "2025-03-04"
	strike := anchored{phrase: "struck", cameo: "195", typ: parallax.EventExplosions, date: pub}
	own := func(id, text, town string, lat, lon float64) *parallax.Document {
		s := strike
		s.phrase = "struck"
		return anchoredDoc(t, id, pub, text, s, anchored{phrase: town, lat: lat, lon: lon})
	}
	sideA := "Orlan warplanes struck a bakery and a power station in Velmora, killing eleven civilians who queued for bread, the regional health office said. " +
		"Rescuers pulled survivors from the flour store while neighbours carried the wounded to a clinic. " +
		"Mothers waited outside the morgue for news of their sons, and the mayor declared three days of mourning. " +
		"Electricity was cut across the eastern quarter, leaving families without heating in the frost."
	sideB := "The Vessan air force struck terrorist command positions and weapons depots near Velmora, the defence ministry said. " +
		"All designated targets were destroyed with precision-guided munitions, and the militants' logistics network was crippled. " +
		"Pilots returned safely to their bases after the operation, which the ministry called a success. " +
		"The command stressed that the armed forces observe international humanitarian law."
	wire := func(town string, lat, lon float64) *parallax.Document {
		return own("wire", "Orlan and Vessan gave opposing accounts after jets struck "+town+". "+
			"The Vessan defence ministry said its air force destroyed terrorist command positions and weapons depots with precision-guided munitions. "+
			"The regional health office said a bakery and a power station were hit and eleven civilians who queued for bread were killed, and the mayor declared mourning.", town, lat, lon)
	}
	for _, tc := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"one town, a wire quoting both", []*parallax.Document{
			own("a", sideA, "Velmora", 48.0, 37.0), own("b", sideB, "Velmora", 48.0, 37.0), wire("Velmora", 48.0, 37.0),
		}, []string{"a+b+wire"}},
		{"a live blog that fits both but another story best", []*parallax.Document{
			anchoredDoc(t, "d", pub, "Missiles slammed into apartment blocks in the port of Karsk before dawn, killing four residents and wounding 58, rescue services said. "+
				"Firefighters battled blazes in the harbour district for hours, and cranes lifted slabs of concrete off cars in the port's parking lots.",
				anchored{phrase: "slammed into", cameo: "195", typ: parallax.EventExplosions, date: pub}, anchored{phrase: "Karsk", lat: 40.0, lon: 30.0}),
			own("a", sideA, "Velmora", 48.0, 37.0), own("b", sideB, "Velmora", 48.0, 37.0),
			anchoredDoc(t, "live", pub, "Missiles slammed into apartment blocks in the port of Karsk before dawn, killing four residents and wounding 58; firefighters battled blazes in the harbour district and cranes lifted concrete off cars in the parking lots.\n\n"+
				"In the evening, jets struck Velmora: the health office said a bakery and a power station were hit and eleven civilians queuing for bread were killed, while the Vessan ministry said it destroyed terrorist command positions and weapons depots.",
				anchored{phrase: "slammed into", cameo: "195", typ: parallax.EventExplosions, date: pub}, anchored{phrase: "Karsk", lat: 40.0, lon: 30.0},
				anchored{phrase: "jets struck", cameo: "195", typ: parallax.EventExplosions, date: pub}, anchored{phrase: "Velmora", lat: 48.0, lon: 37.0}),
		}, []string{"a+b", "d+live"}},
		{"two towns 200 km apart", []*parallax.Document{
			own("a", sideA, "Velmora", 48.0, 37.0), own("b", strings.ReplaceAll(sideB, "Velmora", "Drosk"), "Drosk", 48.0, 39.7), wire("Velmora", 48.0, 37.0),
		}, []string{"a+wire", "b"}},
	} {
		incs, _ := New(DefaultOptions()).Fuse(tc.docs)
		for i := range incs {
			slices.Sort(incs[i].Articles)
		}
		if got := incidentArticles(incs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: incidents %v, want %v", tc.name, got, tc.want)
		}
	}
}
