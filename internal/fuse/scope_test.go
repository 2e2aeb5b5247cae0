package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestIsTally: a figure is a tally (a running or a period total) when a
// tally mark is nearer to it in its sentence than a mark of one day or
// one happening, or when a daily increment follows it. The figure is the
// one in braces.
func TestIsTally(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
		pub  string
	}{
		{"Since the start of the war, the army has lost {9,424} tanks, the ministry said.", true, ""},
		{"Ukrainian forces destroyed {11} tanks over the past day, the General Staff said.", false, ""},
		{"Since October 8, the group has lost {264} fighters, according to its notices.", true, ""},
		{"Since Tuesday, {12} people have been killed in the clashes in the town.", false, ""},
		{"The enemy lost about {8,670} tanks (+8) and 17,055 armored vehicles (+21).", true, ""},
		{"The enemy lost about 8,670 tanks (+8) and {17,055} armored vehicles (+21).", true, ""},
		{"Security forces neutralised {86} terrorists over the past week, the council said.", true, ""},
		{"So far this year, {44} militants have been killed in the valley, police said.", true, ""},
		{"The strike killed {23} people on Tuesday, bringing the toll since October 7 to 37,296.", false, ""},
		{"The strike killed 23 people on Tuesday, bringing the toll since October 7 to {37,296}.", true, ""},
		{"Last week, at least {76} people were killed when a hotel collapsed near the mosque.", false, ""},
		{"Troops killed {15} militants in the raid, adding that more than 300 had been killed since the war began.", false, ""},
		{"Troops killed 15 militants in the raid, adding that more than {300} had been killed since the war began.", true, ""},
		{"A total of {9} people were killed in the attack on the market, police said.", false, ""},
		{"The army said it had killed {1,200} fighters since May in the fighting around the city.", true, ""},
		{"Since March 2, {40} people have been killed in the clashes around the town.", false, "2025-03-05"},
		{"Since March 2, {40} people have been killed in the clashes around the town.", true, "2025-06-01"},
		{"Since December 30, {40} people have been killed in the clashes around the town.", false, "2025-01-03"},
		{"Since Mayor Ostrov took office, {40} people have been killed in the town.", false, "2025-01-03"},
	} {
		i, j := strings.IndexByte(c.text, '{'), strings.IndexByte(c.text, '}')
		text := c.text[:i] + c.text[i+1:j] + c.text[j+1:]
		doc := &parallax.Document{Article: parallax.Article{Published: c.pub}, Text: text}
		k := parallax.Count{Start: i, End: j - 1}
		sc := sentenceScan{doc: doc}
		if got := isTally(&k, &sc); got != c.want {
			t.Errorf("%q: tally %v, want %v", c.text, got, c.want)
		}
	}
}

// tallyDoc is a report of one strike: count figures as item:n:owner:by,
// found in the text by their number.
func tallyDoc(id, text string, counts ...[4]string) *parallax.Document {
	d := art(id, "2024-03-12", text, evSpec{date: "2024-03-12", lat: 33.12, lon: 35.46, init: "ISR", targ: "HEZBOLLAH"})
	for n, c := range counts {
		at := strings.Index(text, c[1])
		v := 0
		for _, r := range strings.ReplaceAll(c[1], ",", "") {
			v = v*10 + int(r-'0')
		}
		d.Counts = append(d.Counts, parallax.Count{ID: id + ":q" + string(rune('1'+n)), Article: id, Start: at, End: at + len(c[1]),
			Item: c[0], N: &v, Owner: c[2], ClaimedBy: c[3]})
	}
	return d
}

// TestTallyNoRival: each side's figure of one strike contradicts the
// other's; the running totals they add ("since October 8") are neither
// party's figure of the strike, so no contradiction or estimate sets 310
// against 3.
func TestTallyNoRival(t *testing.T) {
	a := tallyDoc("idf", "Israeli jets struck a Hezbollah compound in Aitaroun, killing 15 Hezbollah operatives, the army said. The army said it had killed 310 Hezbollah operatives since October 8.",
		[4]string{"killed", "15", "HEZBOLLAH", "ISR"}, [4]string{"killed", "310", "HEZBOLLAH", "ISR"})
	b := tallyDoc("hzb", "Hezbollah said 3 of its fighters were killed when Israeli jets struck a house in Aitaroun. The group said it has lost 264 fighters since October 8.",
		[4]string{"killed", "3", "HEZBOLLAH", "HEZBOLLAH"}, [4]string{"killed", "264", "HEZBOLLAH", "HEZBOLLAH"})
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
	if got := incidentArticles(incs); !slices.Equal(got, []string{"idf+hzb"}) {
		t.Fatalf("incidents %v, want one", got)
	}
	vals := countRivalValues(incs[0])
	if !slices.Equal(vals, []int{3, 15}) {
		t.Errorf("count contradiction values %v, want [3 15]", vals)
	}
	for _, e := range incs[0].Estimates {
		if e.High != 15 || e.Low != 3 {
			t.Errorf("estimate %+v, want low 3 high 15", e)
		}
	}
}

// roundupDoc is a front-wide daily summary: one paragraph per site, an
// act of fighting in each, the place named in it.
func roundupDoc(id string, paras []string, sites map[string][2]float64) *parallax.Document {
	text := strings.Join(paras, "\n\n")
	d := &parallax.Document{Article: parallax.Article{ID: id, Published: "2024-09-11"}, Text: text}
	off := 0
	for i, p := range paras {
		ev := parallax.Event{ID: id + ":e" + string(rune('1'+i)), Article: id, Start: off, End: off + 5, Type: parallax.EventBattles,
			Initiator: parallax.EventActor{Side: "RUS"}, Target: parallax.EventTarget{Side: "UKR"},
			Date: parallax.DateRange{Start: "2024-09-11", End: "2024-09-11", Precision: "day"}}
		for name, ll := range sites {
			if k := strings.Index(p, name); k >= 0 {
				pid := id + ":p" + string(rune('1'+len(d.Places)))
				d.Places = append(d.Places, parallax.Place{ID: pid, Article: id, Text: name, Name: name, Start: off + k, End: off + k + len(name),
					Lat: ll[0], Lon: ll[1], Feature: "P.PPL", Country: "UA"})
				ev.Places = append(ev.Places, pid)
			}
		}
		d.Events = append(d.Events, ev)
		off += len(p) + 2
	}
	return d
}

// TestRoundups: two sides' daily summaries of one front, on the same
// day, share the war, the parties, the towns and the words, and are two
// incidents; they are one where they give a figure in common (one strike
// both tell), and the same two texts without the day's span ("over the
// past day": then reports of one battle along the front) join as before.
func TestRoundups(t *testing.T) {
	sites := map[string][2]float64{"Pokrovsk": {48.28, 37.18}, "Kupiansk": {49.71, 37.61}, "Orikhiv": {47.57, 35.78}}
	ukr := []string{
		"Russian troops attacked Ukrainian positions near Pokrovsk 38 times over the past day, the General Staff said.",
		"Near Kupiansk, Ukrainian defenders repelled 9 Russian attacks.",
		"Near Orikhiv, Russian troops shelled Ukrainian positions 14 times and tried to advance.",
	}
	rus := []string{
		"Russian forces struck Ukrainian units near Pokrovsk over the past day and repelled 3 counterattacks, the ministry said.",
		"Near Kupiansk, Russian troops attacked Ukrainian positions 5 times.",
		"Near Orikhiv, Russian artillery hit 2 Ukrainian positions.",
	}
	for _, c := range []struct {
		name     string
		ukr, rus []string
		want     []string
	}{
		{"two summaries", ukr, rus, []string{"rus", "ukr"}},
		{"a figure in common", ukr, append([]string{strings.Replace(rus[0], "repelled 3 counterattacks", "repelled 38 attacks", 1)}, rus[1:]...), []string{"ukr+rus"}},
		{"no day's span", []string{strings.Replace(ukr[0], " over the past day", "", 1), ukr[1], ukr[2]},
			[]string{strings.Replace(rus[0], " over the past day", "", 1), rus[1], rus[2]}, []string{"ukr+rus"}},
	} {
		a, b := roundupDoc("ukr", c.ukr, sites), roundupDoc("rus", c.rus, sites)
		if c.name == "a figure in common" {
			for _, d := range []*parallax.Document{a, b} {
				at := strings.Index(d.Text, "38")
				n := 38
				d.Counts = append(d.Counts, parallax.Count{ID: d.Article.ID + ":q1", Article: d.Article.ID, Start: at, End: at + 2, Item: "attack", N: &n})
			}
		}
		incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
		if got := incidentArticles(incs); !slices.Equal(got, c.want) {
			t.Errorf("%s: incidents %v, want %v", c.name, got, c.want)
		}
	}
}

// TestTextNumbers: the numbers a text writes in digits, dates and clock
// times aside.
func TestTextNumbers(t *testing.T) {
	for _, c := range []struct {
		text string
		want []uint32
	}{
		{"Kyiv, November 20. Russian troops carried out 172 attacks over the past day.", []uint32{172}},
		{"In total, since February 24, 2022, Russia has lost about 9,424 tanks (+11).", []uint32{11, 9424}},
		{"At 00:05 on 13 September the shelling began near Sotk; 49 servicemen were killed.", []uint32{49}},
		{"A 155mm howitzer and 3 Su-30 jets, 2 F-16s.", []uint32{2, 3}},
		{"No digits at all.", nil},
	} {
		if got := textNumbers(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDenialOfBlameInADispute: a side that denies what the other blames
// it for, and blames the other in turn, disputes who started: the
// initiator contradiction tells it, and no denial repeats it; a side that
// only denies ("the claims are a lie") makes a denial.
// Parties X and Y invented.
func TestDenialOfBlameInADispute(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	s1 := "The Orlan ministry said Vessan sabotage groups had mined the roads near the border posts."
	s2 := "The Vessan ministry said the claims that Vessan sabotage groups had mined the roads near the border posts were a lie."
	s3 := "The Vessan ministry said Orlan artillery had shelled its border posts at dawn."
	text := s1 + " " + s2 + " " + s3
	span := func(s string) (int, int) { k := strings.Index(text, s); return k, k + len(s) }
	claim := func(id, side, stance, s string) parallax.Claim {
		a, b := span(s)
		return parallax.Claim{ID: id, Start: a, End: b, Cue: parallax.Cue{Start: a, End: a + 5}, Speaker: parallax.Speaker{Side: side}, Stance: stance}
	}
	ev := func(id, claim, typ, init, s string) parallax.Event {
		a, _ := span(s)
		return parallax.Event{ID: id, Claim: parallax.OptionalID(claim), Type: typ, Start: a, End: a + 5, Date: day,
			Initiator: parallax.EventActor{Side: init}, Target: parallax.EventTarget{Kind: "military"}}
	}
	blame, denial := claim("c1", "X", "assert", s1), claim("c2", "Y", "deny", s2)
	for _, tc := range []struct {
		name   string
		claims []parallax.Claim
		events []parallax.Event
		want   []string
	}{
		{"denial and counter-blame", []parallax.Claim{blame, denial, claim("c3", "Y", "assert", s3)},
			[]parallax.Event{ev("e1", "c1", parallax.EventExplosions, "Y", s1), ev("e3", "c3", parallax.EventExplosions, "X", s3)},
			[]string{"initiator:X,Y"}},
		{"denial alone", []parallax.Claim{blame, denial},
			[]parallax.Event{ev("e1", "c1", parallax.EventExplosions, "Y", s1)},
			[]string{"denial:X,Y"}},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: text, Claims: tc.claims, Events: tc.events}
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// addCount adds a count of killed at the first occurrence of figure in
// d's text.
func addCount(d *parallax.Document, figure string, n int, owner, by string) {
	at := strings.Index(d.Text, figure)
	d.Counts = append(d.Counts, parallax.Count{ID: d.Article.ID + ":q" + string(rune('1'+len(d.Counts))), Article: d.Article.ID,
		Start: at, End: at + len(figure), Item: "killed", N: &n, Owner: owner, ClaimedBy: by})
}

// TestRoundupDayTotal: a roundup's total of the day over the whole front
// ("over the past day") is a period total beside one clash's figure; its
// figure of one sector is that sector's, and a rival of the other side's
// figure of the clash there.
func TestRoundupDayTotal(t *testing.T) {
	sites := map[string][2]float64{"Pokrovsk": {48.28, 37.18}, "Kupiansk": {49.71, 37.61}, "Orikhiv": {47.57, 35.78}}
	ukr := roundupDoc("ukr", []string{
		"Ukrainian forces eliminated 1,530 Russian troops on the front over the past day, the General Staff said.",
		"Near Pokrovsk, Ukrainian defenders repelled an assault and killed 45 Russian soldiers.",
		"Near Kupiansk, Ukrainian defenders repelled 9 Russian attacks.",
		"Near Orikhiv, Russian troops shelled Ukrainian positions 14 times.",
	}, sites)
	addCount(ukr, "1,530 Russian troops", 1530, "RUS", "UKR")
	addCount(ukr, "45 Russian soldiers", 45, "RUS", "UKR")
	rus := roundupDoc("rus", []string{"Russian troops attacked Ukrainian positions near Pokrovsk and lost 6 soldiers in the assault, the Russian ministry said."}, sites)
	addCount(rus, "6 soldiers", 6, "RUS", "RUS")
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{ukr, rus})
	if got := incidentArticles(incs); !slices.Equal(got, []string{"ukr+rus"}) {
		t.Fatalf("incidents %v, want one", got)
	}
	vals := countRivalValues(incs[0])
	if !slices.Equal(vals, []int{6, 45}) {
		t.Errorf("count contradiction values %v, want [6 45]", vals)
	}
}

// countRivalValues are the values of an incident's count contradictions,
// in ascending order.
func countRivalValues(inc parallax.Incident) []int {
	var vals []int
	for _, c := range inc.Contradictions {
		if c.Kind == "count" {
			for _, v := range c.Values {
				vals = append(vals, v.Value.(int))
			}
		}
	}
	slices.Sort(vals)
	return vals
}
