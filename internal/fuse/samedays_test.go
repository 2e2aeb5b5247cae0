package fuse

import (
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestSameDaysReport: two reports of one happening that is no fighting
// (a stock-market debut, a rescue, a stampede) published on its day and
// the next share fewer words than a wire and its rewrite, but their days
// argue for them; the same second report three days later, two reports
// of fighting a day apart (a war's front has many each day), two
// parties' statements a day apart, or two reports set at towns 220 km
// apart, get no such help.
func TestSameDaysReport(t *testing.T) {
	wire := "Shares of snack maker Corlane Foods jumped 35 percent in their first day of trading in Oslo, valuing the company at four billion crowns after an offering that raised 900 million crowns."
	feature := "Corlane Foods founder Maren Dahl rang the opening bell as the snack maker began trading; staff at its Bergen bakery watched the shares climb on a screen."
	named := func(d *parallax.Document, town string) *parallax.Document {
		d.Places[0].Name, d.Places[0].Text = town, town
		return d
	}
	for _, c := range []struct {
		name   string
		a, b   *parallax.Document
		joined bool
	}{
		{"the next day", art("a", "2025-05-06", wire), art("b", "2025-05-07", feature), true},
		{"the same day", art("a", "2025-05-06", wire), art("b", "2025-05-06", feature), true},
		{"three days later", art("a", "2025-05-06", wire), art("b", "2025-05-09", feature), false},
		{"fighting on both days",
			art("a", "2025-05-06", wire, evSpec{date: "2025-05-06"}),
			art("b", "2025-05-07", feature, evSpec{date: "2025-05-07"}), false},
		{"parties on both",
			art("a", "2025-05-06", wire, evSpec{date: "2025-05-06", init: "NOR", targ: "SWE", typ: parallax.EventStrategic}),
			art("b", "2025-05-07", feature, evSpec{date: "2025-05-07", init: "NOR", typ: parallax.EventStrategic}), false},
		{"towns 220 km apart",
			named(art("a", "2025-05-06", wire, evSpec{date: "2025-05-06", lat: 59.9, lon: 10.7, typ: parallax.EventStrategic}), "Oslo"),
			named(art("b", "2025-05-07", feature, evSpec{date: "2025-05-07", lat: 61.77, lon: 9.54, typ: parallax.EventStrategic}), "Otta"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{c.a, c.b})
			checkJoined(t, incs, c.joined)
		})
	}
}
