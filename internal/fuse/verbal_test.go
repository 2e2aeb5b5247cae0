package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// The tests of this file cover what ties reports into incidents: acts
// (clashes, shellings, arrests, deals), not words (statements, demands,
// talks, plans), and the places of a story's own lead-up.

// anchored is an event or a place at the first occurrence of a phrase.
type anchored struct {
	phrase, cameo, typ, date string
	lat, lon                 float64 // a place when non-zero
	feature                  string
}

// anchoredDoc builds a document whose events and places sit at their
// phrases; an event's places are the places of its sentence.
func anchoredDoc(t *testing.T, id, pub, text string, items ...anchored) *parallax.Document {
	t.Helper()
	d := &parallax.Document{Article: parallax.Article{ID: id, Published: pub}, Text: text}
	for _, it := range items {
		i := strings.Index(text, it.phrase)
		if i < 0 {
			t.Fatalf("%q not in %q", it.phrase, text)
		}
		if it.lat != 0 {
			f := it.feature
			if f == "" {
				f = "P.PPL"
			}
			d.Places = append(d.Places, parallax.Place{ID: id + ":p" + itoa(len(d.Places)+1), Article: id, Start: i, End: i + len(it.phrase),
				Text: it.phrase, Name: it.phrase, Lat: it.lat, Lon: it.lon, Feature: f, Country: "XX"})
			continue
		}
		typ := it.typ
		if typ == "" {
			typ = parallax.EventStrategic
		}
		d.Events = append(d.Events, parallax.Event{ID: id + ":v" + itoa(len(d.Events)+1), Article: id, Start: i, End: i + len(it.phrase),
			Type: typ, CAMEO: it.cameo, Date: parallax.DateRange{Start: it.date, End: it.date, Precision: "day"}})
	}
	for k := range d.Events {
		e := &d.Events[k]
		sp := sentenceSpan(d, e.Start)
		for _, p := range d.Places {
			if sp.Start <= p.Start && p.End <= sp.End {
				e.Places = append(e.Places, p.ID)
			}
		}
	}
	return d
}

// segmentEvents lists each segment's events by their text, the main
// segment first.
func segmentEvents(d *parallax.Document, segs []segment) []string {
	var out []string
	for _, s := range segs {
		var ws []string
		for _, e := range s.events {
			ws = append(ws, d.Text[d.Events[e].Start:d.Events[e].End])
		}
		line := strings.Join(ws, "+")
		if s.main {
			out = append([]string{"main:" + line}, out...)
		} else {
			out = append(out, line)
		}
	}
	return out
}

// TestWordsStayWithStory: a segment dated apart from the story whose
// events are all words (a condemnation, a planned visit, a demand) is
// what the story's people said or plan, and stays in the story's
// segment; one with an act (a kidnapping, an arrest, even with a demand
// beside it) is an earlier happening of its own.
func TestWordsStayWithStory(t *testing.T) {
	text := "Militia fighters shelled the village of Arvo on Monday, killing four farmers. " +
		"The interior minister condemned the shelling on Tuesday. " +
		"He will travel to Brenna on Thursday to meet the governor. " +
		"Last Tuesday, gunmen seized a bus near Corsa. " +
		"On May 20, the army arrested two militia commanders, and the president demanded their trial."
	d := anchoredDoc(t, "a", "2025-06-03", text,
		anchored{phrase: "shelled", cameo: "195", typ: parallax.EventBattles, date: "2025-06-02"},
		anchored{phrase: "condemned", cameo: "111", date: "2025-06-03"},
		anchored{phrase: "travel", cameo: "042", date: "2025-06-05"},
		anchored{phrase: "seized", cameo: "181", typ: parallax.EventViolenceCivilians, date: "2025-05-27"},
		anchored{phrase: "arrested", cameo: "173", date: "2025-05-20"},
		anchored{phrase: "demanded", cameo: "100", date: "2025-05-20"})
	pub, _ := dayNumber("2025-06-03")
	got := segmentEvents(d, segmentArticle(d, 0, pub, 2, 6, nil, nil))
	want := []string{"main:shelled+condemned+travel", "arrested+demanded", "seized"}
	slices.Sort(got[1:])
	if !slices.Equal(got, want) {
		t.Errorf("segments %q, want %q", got, want)
	}
	for _, c := range []struct {
		cameo, typ string
		verbal     bool
	}{
		{"010", parallax.EventStrategic, true}, {"0231", parallax.EventStrategic, true}, {"046", parallax.EventStrategic, true},
		{"057", parallax.EventStrategic, true}, {"112", parallax.EventStrategic, true}, {"138", parallax.EventStrategic, true},
		{"061", parallax.EventStrategic, false}, {"0871", parallax.EventStrategic, false}, {"163", parallax.EventStrategic, false},
		{"173", parallax.EventStrategic, false}, {"190", parallax.EventBattles, false}, {"", parallax.EventStrategic, false},
		{"111", parallax.EventProtests, false},
	} {
		if got := verbalEvent(&parallax.Event{CAMEO: c.cameo, Type: c.typ}); got != c.verbal {
			t.Errorf("verbalEvent(%s %s) = %v", c.cameo, c.typ, got)
		}
	}
}

// TestPlanDoesNotBridgeStories: a report of ceasefire talks says the envoy
// flies on to a donors' conference two days later; the conference's own
// report, filed that day, is another story. Before words stayed with the
// story, the plan's sentence was a segment of its own, dated on the
// conference's day, and joined the conference's incident.
func TestPlanDoesNotBridgeStories(t *testing.T) {
	talks := "Envoys of the government and the Delta Front met in Brenna on Tuesday for ceasefire talks, the first in a year. " +
		"Mediator Halla Vintner said both sides agreed to exchange prisoners and to reopen the Brenna road. " +
		"The Delta Front's delegation asked for guarantees on the ceasefire line. " +
		"Vintner flies on to Sarnak on Thursday for the donors' conference on the flood."
	conf := "A donors' conference on the Sarnak flood opened in Sarnak on Thursday, and donors pledged 40 million dollars. " +
		"Flood relief agencies said the Sarnak conference would fund shelters for the flood's victims."
	a := anchoredDoc(t, "talks", "2025-06-03", talks,
		anchored{phrase: "met", cameo: "046", date: "2025-06-03"},
		anchored{phrase: "agreed to exchange", cameo: "0861", date: "2025-06-03"},
		anchored{phrase: "Brenna", lat: 10.2, lon: 20.4},
		anchored{phrase: "flies", cameo: "042", date: "2025-06-05"},
		anchored{phrase: "Sarnak", lat: 14.9, lon: 22.1})
	b := anchoredDoc(t, "conf", "2025-06-05", conf,
		anchored{phrase: "pledged", cameo: "071", date: "2025-06-05"},
		anchored{phrase: "Sarnak", lat: 14.9, lon: 22.1})
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{a, b})
	if got, want := incidentArticles(incs), []string{"conf", "talks"}; !slices.Equal(got, want) {
		t.Errorf("incidents %v, want %v", got, want)
	}
}

// TestLeadUpPlaces: the main story's points take the places of its
// lead-up (a segment within MaxSpanDays), so that a report telling the
// first days of a siege in a paragraph of their own is set there too; a
// clash ten days before is not the story's.
func TestLeadUpPlaces(t *testing.T) {
	text := "Rebels seized the town of Ostra on Sunday after days of fighting. " +
		"The offensive began on Thursday, when rebels attacked an army post at Tesk. " +
		"On May 22, rebels had ambushed a convoy near Kavo."
	d := anchoredDoc(t, "a", "2025-06-02", text,
		anchored{phrase: "seized", cameo: "1823", typ: parallax.EventBattles, date: "2025-06-01"},
		anchored{phrase: "Ostra", lat: 12.0, lon: 30.0},
		anchored{phrase: "attacked", cameo: "190", typ: parallax.EventBattles, date: "2025-05-29"},
		anchored{phrase: "Tesk", lat: 12.6, lon: 30.4},
		anchored{phrase: "ambushed", cameo: "190", typ: parallax.EventBattles, date: "2025-05-22"},
		anchored{phrase: "Kavo", lat: 9.0, lon: 26.0})
	pub, _ := dayNumber("2025-06-02")
	segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
	if len(segs) != 3 {
		t.Fatalf("%d segments, want 3: %q", len(segs), segmentEvents(d, segs))
	}
	for _, s := range segs {
		var keys []string
		for _, f := range s.fine {
			keys = append(keys, d.Places[slices.IndexFunc(d.Places, func(p parallax.Place) bool { return placeKey(p.Name, p.Text) == f.key })].Text)
		}
		slices.Sort(keys)
		var places []string
		for _, p := range s.places {
			places = append(places, d.Places[p].Text)
		}
		want, wantPlaces := "Tesk", "Tesk"
		switch {
		case s.main:
			want, wantPlaces = "Ostra,Tesk", "Ostra"
		case s.start == s.end && d.Events[s.events[0]].Date.Start == "2025-05-22":
			want, wantPlaces = "Kavo", "Kavo"
		}
		if got := strings.Join(keys, ","); got != want {
			t.Errorf("segment %d..%d (main %v): points %s, want %s", s.start, s.end, s.main, got, want)
		}
		// The incident's places are still those the segment itself tells.
		if got := strings.Join(places, ","); got != wantPlaces {
			t.Errorf("segment %d..%d (main %v): places %s, want %s", s.start, s.end, s.main, got, wantPlaces)
		}
	}
}

// TestSharedFigureLinks: the attackers' claim and a wire that quotes it
// tell one assault in different words; the figure they share (31 killed)
// ties them, while the same two texts with different figures stay apart,
// and figures under minFigure tie nothing.
func TestSharedFigureLinks(t *testing.T) {
	claim := "Fighters of the Jabal Front stormed the barracks of the regime militia at Qarsun at dawn on Tuesday, " +
		"killing 31 soldiers and seizing their weapons, the group's military office said in a statement."
	wire := "The army said it repelled an assault on its base at Qarsun on Tuesday. Local officials said the fighting " +
		"lasted for hours and reinforcements arrived from the provincial capital. According to the Jabal Front, 31 soldiers died."
	figure := func(d *parallax.Document, phrase, item string, n int) *parallax.Document {
		i := strings.Index(d.Text, phrase)
		d.Counts = append(d.Counts, parallax.Count{ID: d.Article.ID + ":n" + itoa(len(d.Counts)+1), Start: i, End: i + len(phrase), Item: item, N: &n})
		return d
	}
	docs := func(na, nb int) []*parallax.Document {
		a := anchoredDoc(t, "claim", "2025-04-08", claim, anchored{phrase: "stormed", cameo: "190", typ: parallax.EventBattles, date: "2025-04-08"})
		b := anchoredDoc(t, "wire", "2025-04-08", wire, anchored{phrase: "repelled", cameo: "190", typ: parallax.EventBattles, date: "2025-04-08"})
		return []*parallax.Document{figure(a, "31 soldiers", "killed", na), figure(b, "31 soldiers", "killed", nb)}
	}
	for _, c := range []struct {
		name   string
		na, nb int
		want   []string
	}{
		{"one figure", 31, 31, []string{"claim+wire"}},
		{"other figures", 31, 17, []string{"claim", "wire"}},
		{"a small figure", 3, 3, []string{"claim", "wire"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse(docs(c.na, c.nb))
			if got := incidentArticles(incs); !slices.Equal(got, c.want) {
				t.Errorf("incidents %v, want %v", got, c.want)
			}
		})
	}
	if got := figureKeys(docs(31, 31)[0], []int{0}); !slices.Equal(got, []string{"killed:31"}) {
		t.Errorf("figureKeys = %q", got)
	}
}

// TestOneMinistryTwoStatements: a defence ministry's two statements of one
// day follow one template ("neutralized N terrorists in REGION, the
// ministry said") on two operations; their figures differ, whoever the
// count stage takes them to be of, so they render two statements, while
// an outlet's rendering of one of them, which keeps its figure, renders
// it.
func TestOneMinistryTwoStatements(t *testing.T) {
	east := "Veloria's forces neutralized 12 Dorvani militants in an air operation near Kestrel, the Defence Ministry said on Tuesday. " +
		"The militants were neutralized after they were detected preparing an attack on Veloria bases in the region, the ministry said in a statement."
	west := "Veloria's security forces neutralized four Dorvani militants in the Brannock hills region, the Defence Ministry said on Tuesday. " +
		"The militants were neutralized in an operation after they were detected near a Veloria base, the ministry said in a statement, adding that operations would continue."
	westAgain := "Four Dorvani militants were neutralized by Veloria's security forces in the Brannock hills region, Veloria's Defence Ministry said on Tuesday. " +
		"According to the ministry's statement, the militants were neutralized in an operation after being detected near a Veloria base, and operations would continue."
	count := func(d *parallax.Document, phrase, owner string, n int) *parallax.Document {
		i := strings.Index(d.Text, phrase)
		d.Counts = append(d.Counts, parallax.Count{ID: d.Article.ID + ":n1", Start: i, End: i + len(phrase), Item: "killed", N: &n, Owner: owner})
		return d
	}
	for _, tc := range []struct {
		name         string
		first, other *parallax.Document
		want         bool
	}{
		{"the other statement", count(art("east", "2024-12-10", east), "12 Dorvani militants", "", 12),
			count(art("west", "2024-12-10", west), "four Dorvani militants", "DOR", 4), false},
		{"the other statement, no owner read", count(art("east", "2024-12-10", east), "12 Dorvani militants", "", 12),
			count(art("west", "2024-12-10", west), "four Dorvani militants", "", 4), false},
		{"a rendering of one", count(art("west", "2024-12-10", west), "four Dorvani militants", "", 4),
			count(art("west2", "2024-12-10", westAgain), "four Dorvani militants", "DOR", 4), true},
	} {
		_, dups := New(DefaultOptions()).Fuse([]*parallax.Document{tc.first, tc.other})
		got := slices.ContainsFunc(dups, func(d parallax.Duplicate) bool { return d.Kind == "same_statement" })
		if got != tc.want {
			t.Errorf("%s: same_statement %v, want %v (%+v)", tc.name, got, tc.want, dups)
		}
	}
}
