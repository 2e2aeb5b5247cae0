package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestCivilianDenialOfABareAct: a denial that names the civilians after a
// quotation cut short ('had "never shelled" the town's residential
// quarters', the claim ending at the quote) disputes harm to civilians,
// though the event read in it is a bare act of the denying side: a
// civilian_targeting contradiction, not a dispute over who started. A
// denial with no civilians in its sentence still disputes who started.
// Parties invented: Orlan (X), Vessan (Y).
func TestCivilianDenialOfABareAct(t *testing.T) {
	day := parallax.DateRange{Start: "2024-06-02", End: "2024-06-02", Precision: "day"}
	for _, tc := range []struct {
		name, denial string
		want         []string
	}{
		{"civilians after the quote", `A spokesman said Vessan had "never shelled" the town's residential quarters.`, []string{"civilian_targeting:X,Y"}},
		{"the population after the quote", `Its envoy said Vessan "did not fire" on the civilian population of Tarvel.`, []string{"civilian_targeting:X,Y"}},
		{"no civilians: who started", `A spokesman said Vessan had "never fired first" at the border post.`, []string{"initiator:X,Y"}},
	} {
		accusation := "Orlan said Vessan artillery shelled a school in Tarvel, killing four civilians."
		text := accusation + " " + tc.denial
		q := strings.Index(tc.denial, `"`)
		q = len(accusation) + 1 + q + strings.Index(tc.denial[q+1:], `"`) + 2 // the claim ends at the closing quote
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2024-06-02"}, Text: text,
			Claims: []parallax.Claim{
				{ID: "c1", Start: 11, End: len(accusation) - 1, Speaker: parallax.Speaker{Side: "X"}, Stance: parallax.StanceAssert},
				{ID: "c2", Start: len(accusation) + 18, End: q, Speaker: parallax.Speaker{Side: "Y"}, Stance: parallax.StanceDeny},
			},
			Events: []parallax.Event{
				{ID: "e1", Claim: "c1", Type: parallax.EventExplosions, Start: 25, End: 32, Date: day,
					Initiator: parallax.EventActor{Side: "Y"}, Target: parallax.EventTarget{Kind: "civilian"}},
				{ID: "e2", Claim: "c2", Type: parallax.EventBattles, Start: len(accusation) + 30, End: len(accusation) + 36, Date: day,
					Initiator: parallax.EventActor{Side: "Y"}, Target: parallax.EventTarget{Kind: "unknown"}},
			}}
		if got := contradictionKeys(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestComparesHappening: the words that tell a happening as another of
// the story's kind.
func TestComparesHappening(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Last Sunday, a similar attack on Ganja killed 10 civilians.", true},
		{"On March 3, an earlier strike hit the port of Odesa.", true},
		{"A previous raid on the camp in May left six dead.", true},
		{"On Friday, rebels attacked the town of Beni.", false},
		{"Officials gave similar figures on Monday.", false},
		{"The attack came earlier than expected.", false},
	} {
		if got := comparesHappening(c.sent); got != c.want {
			t.Errorf("comparesHappening(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestRecalledDayStaysInItsParagraph: an article about a strike of its
// day recalls, in a paragraph of its own, "a similar attack" of a day
// last week; the next paragraph (the accused side's denial, which the
// date stage dated by the recalled day for want of a date of its own) is
// the story's. A recalled day that no comparison word marks dates what
// follows as before. (The story's incident comes first: Incidents.)
func TestRecalledDayStaysInItsParagraph(t *testing.T) {
	const (
		lead   = "Missiles hit apartment blocks in Kramsk early on Tuesday, killing nine people, the regional governor said."
		recall = "Last Wednesday, a similar attack on Kramsk killed four."
		plain  = "Last Wednesday, rebels attacked Kramsk and killed four."
		denial = "The rebel command denied firing at the city."
	)
	day := func(d, text string) parallax.DateRange {
		return parallax.DateRange{Start: d, End: d, Precision: "day", Text: text}
	}
	build := func(id, middle string) *parallax.Document {
		text := lead + "\n\n" + middle + "\n\n" + denial
		mid := len(lead) + 2
		den := mid + len(middle) + 2
		return &parallax.Document{Article: parallax.Article{ID: id, Published: "2024-09-10"}, Text: text,
			Dates: []parallax.DateMention{
				{Span: parallax.Span{Start: strings.Index(text, "early on Tuesday"), End: strings.Index(text, "early on Tuesday") + 16}, Date: day("2024-09-10", "early on Tuesday")},
				{Span: parallax.Span{Start: mid, End: mid + 14}, Date: day("2024-09-04", "Last Wednesday")},
			},
			Events: []parallax.Event{
				{ID: id + ":e1", Type: parallax.EventExplosions, Start: 9, End: 12, Date: day("2024-09-10", "early on Tuesday"),
					Initiator: parallax.EventActor{Side: "Y"}, Target: parallax.EventTarget{Side: "X", Kind: "civilian"}},
				{ID: id + ":e2", Type: parallax.EventBattles, Start: mid + 16, End: mid + 30, Date: day("2024-09-04", "Last Wednesday"),
					Initiator: parallax.EventActor{Side: "Y"}, Target: parallax.EventTarget{Kind: "civilian"}},
				{ID: id + ":e3", Type: parallax.EventBattles, Start: den + 25, End: den + 31, Date: day("2024-09-04", "Last Wednesday"),
					Initiator: parallax.EventActor{Side: "Y"}},
			}}
	}
	eventsOf := func(incs []parallax.Incident) []string {
		var out []string
		for _, in := range incs {
			out = append(out, strings.Join(in.Events, "+"))
		}
		return out
	}
	incs, _ := New(DefaultOptions()).Fuse([]*parallax.Document{build("a", recall)})
	if got, want := eventsOf(incs), []string{"a:e1+a:e3", "a:e2"}; !slices.Equal(got, want) {
		t.Errorf("compared day: incidents %q, want %q", got, want)
	}
	incs, _ = New(DefaultOptions()).Fuse([]*parallax.Document{build("a", plain)})
	if got, want := eventsOf(incs), []string{"a:e1", "a:e2+a:e3"}; !slices.Equal(got, want) {
		t.Errorf("recalled day: incidents %q, want %q", got, want)
	}
}
