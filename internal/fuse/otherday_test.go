package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestActOtherDays: a report of its own act of force, dated by a day in
// the act's own words, does not join fighting two or more days from it
// whose days its article never names; it may where it names one of them,
// where the act is dated by the day its teller spoke, where it is a day
// apart, and where the report is dated by its publication alone.
func TestActOtherDays(t *testing.T) {
	day := func(s string) int32 { d, _ := dayNumber(s); return d }
	// doc builds a report whose one act is the clause act, dated by the
	// time expressions dates (text, ISO day) where they stand in the text.
	doc := func(text, act string, dates [][2]string) *parallax.Document {
		d := &parallax.Document{Text: text}
		for _, dt := range dates {
			i := strings.Index(text, dt[0])
			d.Dates = append(d.Dates, parallax.DateMention{Span: parallax.Span{Start: i, End: i + len(dt[0])}, Date: parallax.DateRange{Start: dt[1], End: dt[1], Precision: "day", Text: dt[0]}})
		}
		i := strings.Index(text, act)
		ev := parallax.Event{Start: i, End: i + len(act), Type: parallax.EventExplosions, Initiator: parallax.EventActor{Side: "RUS"}}
		if len(dates) > 0 {
			ev.Date = d.Dates[0].Date
		}
		d.Events = []parallax.Event{ev}
		return d
	}
	tuesday := incident{start: day("2027-03-02"), end: day("2027-03-03"), types: classViolence}
	for _, c := range []struct {
		name  string
		doc   *parallax.Document
		start string
		late  bool
		want  bool
	}{
		{"own act on Friday, Tuesday never named",
			doc("Aircraft dropped two bombs on the Lisova district of Ostra on Friday afternoon, killing two, the governor said.", "dropped two bombs on the Lisova district of Ostra on Friday afternoon", [][2]string{{"Friday afternoon", "2027-03-05"}}),
			"2027-03-05", false, true},
		{"the recap names Tuesday",
			doc("Aircraft dropped two bombs on Ostra on Friday afternoon. On Tuesday, a missile hit a cafe there.", "dropped two bombs on Ostra on Friday afternoon", [][2]string{{"Friday afternoon", "2027-03-05"}, {"Tuesday", "2027-03-02"}}),
			"2027-03-05", false, false},
		{"dated by the teller's day",
			doc("The group said on Friday that its fighters had shelled a convoy near Ostra.", "its fighters had shelled a convoy near Ostra", [][2]string{{"Friday", "2027-03-05"}}),
			"2027-03-05", false, false},
		{"a day apart",
			doc("Aircraft dropped two bombs on Ostra on Thursday afternoon.", "dropped two bombs on Ostra on Thursday afternoon", [][2]string{{"Thursday afternoon", "2027-03-04"}}),
			"2027-03-04", false, false},
		{"dated by its publication",
			doc("Aircraft dropped two bombs on Ostra.", "dropped two bombs on Ostra", nil),
			"2027-03-05", true, false},
	} {
		s := &segment{main: true, start: day(c.start), end: day(c.start), late: c.late, types: classViolence, events: []int{0}}
		s.ownAct = actOfOwn(c.doc, &c.doc.Events[0], nil)
		s.named = namedDays(c.doc, s, nil)
		if got := actOtherDays(s, &tuesday); got != c.want {
			t.Errorf("%s: actOtherDays %v, want %v (named %v)", c.name, got, c.want, s.named)
		}
	}
}

// TestSameMove: an expulsion recalled beside an expulsion is the same
// move (a counter-measure); a protest note beside the attack it protests,
// or two statements of one code (words only), are not.
func TestSameMove(t *testing.T) {
	ev := func(typ, cameo string) parallax.Event { return parallax.Event{Type: typ, CAMEO: cameo} }
	for _, c := range []struct {
		name string
		a, b []parallax.Event
		want bool
	}{
		{"expulsion and counter-expulsion", []parallax.Event{ev(parallax.EventStrategic, "166"), ev(parallax.EventStrategic, "112")}, []parallax.Event{ev(parallax.EventStrategic, "166")}, true},
		{"protest note over an attack", []parallax.Event{ev(parallax.EventBattles, "190"), ev(parallax.EventProtests, "141")}, []parallax.Event{ev(parallax.EventStrategic, "040")}, false},
		{"two statements", []parallax.Event{ev(parallax.EventStrategic, "040")}, []parallax.Event{ev(parallax.EventStrategic, "040")}, false},
	} {
		doc := &parallax.Document{Events: append(slices.Clone(c.a), c.b...)}
		a, b := &segment{}, &segment{}
		for i := range c.a {
			a.events = append(a.events, i)
		}
		for i := range c.b {
			b.events = append(b.events, len(c.a)+i)
		}
		if got := sameMove(doc, a, b); got != c.want {
			t.Errorf("%s: sameMove %v, want %v", c.name, got, c.want)
		}
	}
}
