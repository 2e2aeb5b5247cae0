package fuse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"helicopters", "helicopter"},
		{"mines", "min"},
		{"mined", "min"},
		{"planted", "plant"},
		{"shelling", "shel"},
		{"casualties", "casualty"},
		{"the", ""},
		{"said", ""},
		{"12", ""},
		{"2022", "2022"},
		{"Азербайджан", "азербайджан"},
	} {
		var got string
		scanWords(c.in, nil, func(w word) {
			if w.Stem != 0 {
				b := []byte(strings.ToLower(c.in))
				got = string(stem(b))
			}
		})
		if got != c.want {
			t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScanWords(t *testing.T) {
	text := "Azerbaijan's MoD: 15 drones — «Ереван» said."
	var got []string
	scanWords(text, nil, func(w word) { got = append(got, text[w.Start:w.End]) })
	want := []string{"Azerbaijan", "s", "MoD", "15", "drones", "Ереван", "said"}
	if !slices.Equal(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
}

func TestDays(t *testing.T) {
	for _, c := range []struct {
		in   string
		ok   bool
		back string
	}{
		{"2022-09-13", true, "2022-09-13"},
		{"2020-02-29T10:00:00Z", true, "2020-02-29"},
		{"1969-12-31", true, "1969-12-31"},
		{"2022-13-01", false, ""},
		{"", false, ""},
		{"yesterday", false, ""},
	} {
		d, ok := dayNumber(c.in)
		if ok != c.ok || dayString(d) != c.back {
			t.Errorf("dayNumber(%q) = %d %v → %q", c.in, d, ok, dayString(d))
		}
	}
}

func TestKm(t *testing.T) {
	// Tartar to Stepanakert, and Goris to Gyumri, by great circle.
	for _, c := range []struct {
		a, b     point
		low, top float64
	}{
		{point{40.342, 46.932}, point{39.815, 46.752}, 55, 65},
		{point{39.511, 46.339}, point{40.789, 43.848}, 250, 260},
		{point{0, 179.9}, point{0, -179.9}, 20, 25},
		{point{10, 10}, point{10, 10}, 0, 0},
	} {
		if d := km(c.a, c.b); d < c.low || d > c.top {
			t.Errorf("km(%v, %v) = %.1f, want %v–%v", c.a, c.b, d, c.low, c.top)
		}
	}
}

func wordHashes(text string) []uint64 {
	var out []uint64
	scanWords(text, nil, func(w word) { out = append(out, w.Hash) })
	return out
}

const story = `Armenia says it shot down two Azerbaijani helicopters and destroyed three tanks in fighting around the disputed Nagorno-Karabakh territory. The defense ministry of the separatist region also claimed that it had destroyed four Azerbaijani helicopters, 15 drones and 10 tanks during the clashes early Sunday morning. The Armenian Defense Ministry said the latest incident started with an Azerbaijani attack, while Azerbaijan said that the Armenian side attacked first and that they had launched a counteroffensive. Both Armenia and Nagorno-Karabakh declared martial law and military mobilization.`

const other = `Cyclone Jude battered Malawi and Mozambique on Thursday, flattening homes and cutting power lines, but officials said no deaths had been reported. Aid groups warned that flooding could spread cholera in camps for displaced families, and the government appealed for tents, food and clean water for thousands of people left without shelter.`

func TestSignature(t *testing.T) {
	a, _ := newSignature(wordHashes(story))
	copyJunk, _ := newSignature(wordHashes("[ad_1] BREAKING: " + story + " Read more: subscribe to our newsletter"))
	half, _ := newSignature(wordHashes(story[:len(story)/2]))
	b, _ := newSignature(wordHashes(other))
	if j := a.jaccard(&a); j != 1 {
		t.Errorf("self jaccard %v", j)
	}
	if j := a.jaccard(&copyJunk); j < 0.7 {
		t.Errorf("copy with junk: jaccard %v, want ≥ 0.7", j)
	}
	j := a.jaccard(&half)
	if c := a.containment(&half, j); c < 0.85 {
		t.Errorf("truncated copy: containment %v (jaccard %v), want ≥ 0.85", c, j)
	}
	if j := a.jaccard(&b); j > 0.1 {
		t.Errorf("different stories: jaccard %v, want ≤ 0.1", j)
	}
	if _, ok := newSignature(wordHashes("two words")); ok {
		t.Error("a signature from two words")
	}
}

func TestOneSided(t *testing.T) {
	for _, c := range []struct {
		speaking, named []string
		one             bool
		unheard         []string
	}{
		{[]string{"AZE"}, []string{"ARM", "AZE"}, true, []string{"ARM"}},
		{[]string{"AZE", "UNO"}, []string{"ARM", "AZE"}, true, []string{"ARM"}},
		{[]string{"ARM", "AZE"}, []string{"ARM", "AZE"}, false, nil},
		{[]string{"AZE"}, []string{"AZE"}, false, nil},
		{nil, []string{"ARM", "AZE"}, false, nil},
		{[]string{"RUS"}, []string{"UKR", "UNO"}, true, []string{"UKR"}},
	} {
		one, unheard := oneSided(c.speaking, c.named)
		if one != c.one || !slices.Equal(unheard, c.unheard) {
			t.Errorf("oneSided(%v, %v) = %v %v", c.speaking, c.named, one, unheard)
		}
	}
}

func TestLowerMedian(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want int
	}{{[]int{4, 1, 2}, 2}, {[]int{15, 3}, 3}, {[]int{7}, 7}, {[]int{1, 2, 3, 4}, 2}} {
		if got := lowerMedian(c.in); got != c.want {
			t.Errorf("lowerMedian(%v) = %d", c.in, got)
		}
	}
}

// art builds a document with a publication date, text, and optionally one
// event on a day at a place with sides.
type evSpec struct {
	date       string
	lat, lon   float64
	init, targ string
	typ        string
}

func art(id, pub, text string, evs ...evSpec) *parallax.Document {
	d := &parallax.Document{Article: parallax.Article{ID: id, Published: pub}, Text: text}
	for i, e := range evs {
		eid := fmt.Sprintf("%s:e%d", id, i+1)
		ev := parallax.Event{ID: eid, Article: id, Start: 0, End: min(10, len(text)), Type: e.typ,
			Initiator: parallax.EventActor{Side: e.init}, Target: parallax.EventTarget{Side: e.targ},
			Date: parallax.DateRange{Start: e.date, End: e.date, Precision: "day"}}
		if e.typ == "" {
			ev.Type = parallax.EventBattles
		}
		if e.lat != 0 {
			pid := fmt.Sprintf("%s:p%d", id, i+1)
			d.Places = append(d.Places, parallax.Place{ID: pid, Article: id, Lat: e.lat, Lon: e.lon, Feature: "P.PPL", Country: "XX"})
			ev.Places = []string{pid}
		}
		if e.date == "" {
			ev.Date = parallax.DateRange{Precision: "unknown"}
		}
		d.Events = append(d.Events, ev)
	}
	return d
}

// checkJoined: articles "a" and "b" make one incident when joined, two
// apart otherwise, and every other article stands alone.
func checkJoined(t *testing.T, incs []parallax.Incident, joined bool, others ...*parallax.Document) {
	t.Helper()
	want := []string{"a", "b"}
	if joined {
		want = []string{"a+b"}
	}
	for _, o := range others {
		want = append(want, o.Article.ID)
	}
	slices.Sort(want)
	if got := incidentArticles(incs); !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

func incidentArticles(incs []parallax.Incident) []string {
	var out []string
	for _, in := range incs {
		out = append(out, strings.Join(in.Articles, "+"))
	}
	slices.Sort(out)
	return out
}

func TestIncidents(t *testing.T) {
	kabul := evSpec{date: "2024-05-02", lat: 34.53, lon: 69.17, init: "TALIBAN", targ: "AFG"}
	mogadishu := evSpec{date: "2024-05-02", lat: 2.04, lon: 45.34, init: "ALSHABAB", targ: "SOM"}
	bombing1 := "A suicide bomber struck a crowded market in Kabul, killing 12 people and wounding 30, police said. The Taliban claimed the attack on the market near the ministry of interior."
	bombing2 := "At least 12 people died when a suicide bomber blew himself up at a Kabul market near the interior ministry; Taliban fighters claimed responsibility for the market attack."
	somalia := "Al-Shabaab militants stormed a hotel in Mogadishu overnight, and Somali forces battled the gunmen for hours before retaking the building, officials said."
	for _, c := range []struct {
		name string
		docs []*parallax.Document
		want []string
	}{
		{"same clash, two reports", []*parallax.Document{art("a", "2024-05-02", bombing1, kabul), art("b", "2024-05-03", bombing2, kabul)}, []string{"a+b"}},
		{"same day, other country", []*parallax.Document{art("a", "2024-05-02", bombing1, kabul), art("c", "2024-05-02", somalia, mogadishu)}, []string{"a", "c"}},
		{"same place, weeks apart", []*parallax.Document{art("a", "2024-05-02", bombing1, kabul),
			art("b", "2024-05-20", bombing2, evSpec{date: "2024-05-20", lat: 34.53, lon: 69.17, init: "TALIBAN", targ: "AFG"})}, []string{"a", "b"}},
		{"no events: text and publication date", []*parallax.Document{art("a", "2024-05-02", bombing1), art("b", "2024-05-02", bombing2), art("c", "2024-05-02", somalia)}, []string{"a+b", "c"}},
		{"no date: text alone", []*parallax.Document{art("a", "", bombing1), art("b", "", bombing2), art("c", "", bombing1), art("d", "", somalia)}, []string{"a+b+c", "d"}},
		{"background incident", []*parallax.Document{
			art("a", "2024-05-02", bombing1+" "+somalia, kabul, evSpec{date: "2024-04-10", lat: 2.04, lon: 45.34, init: "ALSHABAB", targ: "SOM"}),
			art("b", "2024-04-10", somalia, evSpec{date: "2024-04-10", lat: 2.04, lon: 45.34, init: "ALSHABAB", targ: "SOM"})}, []string{"a", "a+b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(c.docs)
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
}

func TestDuplicates(t *testing.T) {
	docs := []*parallax.Document{
		art("orig", "2020-09-27", story),
		art("copy", "2020-09-27", "[ad_1]\n"+story+"\nShare this article"),
		art("same", "2020-09-28", story),
		art("other", "2020-09-27", other),
		art("trunc", "2020-09-27", story[:len(story)*2/3]),
	}
	_, dups := New(DefaultOptions()).Fuse(docs)
	var got []string
	for _, d := range dups {
		got = append(got, d.Kind+":"+strings.Join(d.Articles, "+"))
		if d.Similarity <= 0 || d.Similarity > 1 {
			t.Errorf("%v: similarity %v", d.Articles, d.Similarity)
		}
	}
	want := []string{"exact:orig+same", "near_duplicate:orig+copy", "near_duplicate:orig+trunc", "near_duplicate:copy+trunc"}
	if !slices.Equal(got, want) {
		t.Errorf("duplicates %q, want %q", got, want)
	}
}

// TestIncremental: adding articles one by one keeps the ids of the
// incidents already made, and the output does not depend on when it is
// asked for.
func TestIncremental(t *testing.T) {
	kabul := evSpec{date: "2024-05-02", lat: 34.53, lon: 69.17, init: "TALIBAN", targ: "AFG"}
	ix := NewIndex(DefaultOptions())
	ix.Add(art("a", "2024-05-02", "A suicide bomber struck a crowded market in Kabul, killing 12 people; the Taliban claimed the market attack.", kabul))
	first := ix.Incidents()
	ix.Add(art("b", "2024-05-02", "Taliban suicide bomber kills 12 at a Kabul market, the interior ministry said of the market attack.", kabul))
	ix.Add(art("c", "2024-05-02", other))
	second := ix.Incidents()
	if len(first) != 1 || len(second) != 2 {
		t.Fatalf("incidents %d then %d", len(first), len(second))
	}
	if second[0].ID != first[0].ID || !slices.Equal(second[0].Articles, []string{"a", "b"}) {
		t.Errorf("after adding: %s %v, want %s [a b]", second[0].ID, second[0].Articles, first[0].ID)
	}
	again := ix.Incidents()
	if fmt.Sprint(again) != fmt.Sprint(second) {
		t.Error("asking twice gives different incidents")
	}
}

// TestContradictions covers the rules one by one on hand-built incidents.
func TestContradictions(t *testing.T) {
	n := func(x int) *int { return &x }
	claim := func(id, side, stance, text string) parallax.Claim {
		return parallax.Claim{ID: id, Speaker: parallax.Speaker{Side: side}, Stance: stance}
	}
	ev := func(id, claim, init, kind string, negated bool) parallax.Event {
		return parallax.Event{ID: id, Claim: parallax.OptionalID(claim), Type: parallax.EventBattles,
			Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Kind: kind},
			Date: parallax.DateRange{Start: "2024-01-01", End: "2024-01-01", Precision: "day"}, Negated: negated}
	}
	// No words of mutual blame: the claims and events alone decide
	// (TestInitiatorFromAnswersAndMutualBlame covers reports that say
	// two sides blame each other).
	text := "Both sides traded fire across the border near the river crossing."
	for _, c := range []struct {
		name string
		doc  parallax.Document
		want []string
	}{
		{"mutual blame", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", ""), claim("c2", "Y", "assert", "")},
			Events: []parallax.Event{ev("e1", "c1", "Y", "military", false), ev("e2", "c2", "X", "military", false)},
		}, []string{"initiator:X,Y"}},
		{"blame and denial", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", ""), claim("c2", "Y", "deny", "")},
			Events: []parallax.Event{ev("e1", "c1", "Y", "military", false), ev("e2", "c2", "Y", "military", false)},
		}, []string{"initiator:X,Y"}},
		{"one side blames, the other is silent", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", "")},
			Events: []parallax.Event{ev("e1", "c1", "Y", "military", false)},
		}, nil},
		{"civilians hit, denied by a negated event", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", ""), claim("c2", "Y", "assert", "")},
			Events: []parallax.Event{ev("e1", "c1", "Y", "civilian", false), ev("e2", "c2", "Y", "civilian", true)},
		}, []string{"civilian_targeting:X,Y"}},
		{"same figures are no contradiction", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", ""), claim("c2", "Y", "assert", "")},
			Counts: []parallax.Count{{ID: "k1", Claim: "c1", Item: "killed", Owner: "X", N: n(5), ClaimedBy: "X"},
				{ID: "k2", Claim: "c2", Item: "killed", Owner: "X", N: n(5), ClaimedBy: "Y"}},
		}, nil},
		{"different figures; the largest per side", parallax.Document{
			Claims: []parallax.Claim{claim("c1", "X", "assert", ""), claim("c2", "Y", "assert", ""), claim("c3", "Y", "assert", "")},
			Counts: []parallax.Count{{ID: "k1", Claim: "c1", Item: "killed", Owner: "X", N: n(5), ClaimedBy: "X"},
				{ID: "k2", Claim: "c2", Item: "killed", Owner: "X", N: n(20), ClaimedBy: "Y"},
				{ID: "k3", Claim: "c3", Item: "killed", Owner: "X", N: n(8), ClaimedBy: "Y"},
				{ID: "k4", Item: "killed", Owner: "X", N: nil, ClaimedBy: "Z"}},
		}, []string{"count:killed:X:X=5,Y=20"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := c.doc
			d.Article = parallax.Article{ID: "a", Published: "2024-01-01"}
			d.Text = text
			for i := range d.Claims {
				d.Claims[i].Start, d.Claims[i].End = 0, 10
			}
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{&d})
			if len(incs) != 1 {
				t.Fatalf("%d incidents", len(incs))
			}
			var got []string
			for _, k := range incs[0].Contradictions {
				s := k.Kind + ":"
				if k.Kind == "count" {
					var vs []string
					for _, v := range k.Values {
						vs = append(vs, fmt.Sprintf("%s=%v", v.Side, v.Value))
					}
					s += k.Item + ":" + k.Owner + ":" + strings.Join(vs, ",")
				} else {
					s += strings.Join(k.Between, ",")
				}
				got = append(got, s)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("contradictions %q, want %q", got, c.want)
			}
		})
	}
}

func TestEstimates(t *testing.T) {
	n := func(x int) *int { return &x }
	d := parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-01-01"}, Text: "x",
		Claims: []parallax.Claim{{ID: "c1", Speaker: parallax.Speaker{Side: "X"}, Stance: "assert"},
			{ID: "c2", Speaker: parallax.Speaker{Side: "Y"}, Stance: "assert"},
			{ID: "c3", Speaker: parallax.Speaker{Side: "UNO"}, Stance: "assert"}},
		Counts: []parallax.Count{{ID: "k1", Claim: "c1", Item: "killed", Owner: "Y", N: n(3), ClaimedBy: "X"},
			{ID: "k2", Claim: "c2", Item: "killed", Owner: "Y", N: n(30), NMax: n(40), ClaimedBy: "Y"},
			{ID: "k3", Claim: "c3", Item: "killed", Owner: "Y", N: n(12), ClaimedBy: "UNO"},
			{ID: "k4", Claim: "c1", Item: "tank", Owner: "Y", N: n(4), ClaimedBy: "X"},
			{ID: "k5", Claim: "c2", Item: "tank", Owner: "Y", N: n(1), ClaimedBy: "Y"}}}
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{&d})
	got := fmt.Sprint(incs[0].Estimates)
	want := "[{killed Y 3 12 40 [c1 c2 c3]} {tank Y 1 1 4 [c1 c2]}]"
	if got != want {
		t.Errorf("estimates %s, want %s", got, want)
	}
}
