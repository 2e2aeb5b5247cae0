package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestCounts21Pejoratives: a name a party uses only for its enemy ("regime
// soldiers" in the words of the state that fights the regime, "the
// aggressors' tanks", "aircraft of the ... regime") names the voice's enemy,
// not the speaker's own side nor a maker (invented sentences; gold: a
// Turkish daily's "2,212 regime soldiers"; battery counts21: "the Sadat
// regime", "the aggressors' tanks", "enemy tanks").
func TestCounts21Pejoratives(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"regime soldiers said by the state that fights it", "Ruritanian drones hit Zorvian regime positions on Sunday. The Ruritanian defence minister said his forces had killed 300 regime soldiers near the border.",
			[]claimCue{{"his forces had killed 300 regime soldiers near the border", "said", "MDA"}}, ents,
			[]string{"300 regime soldiers|killed|300|killed|BLR|MDA"}},
		{"the aggressors' tanks", "Ruritanian troops attacked Zorvian posts at dawn. The Zorvian army said it had destroyed 14 of the aggressors' tanks.",
			[]claimCue{{"it had destroyed 14 of the aggressors' tanks", "said", "BLR"}}, ents,
			[]string{"14 of the aggressors' tanks|tank|14|destroyed|MDA|BLR"}},
		{"aircraft of the regime", "Ruritanian jets bombed Zorvian towns on Monday. Zorvian radio said its air defences had shot down six aircraft of the Dorin regime.",
			[]claimCue{{"its air defences had shot down six aircraft of the Dorin regime", "said", "BLR"}}, ents,
			[]string{"six aircraft|aircraft|6|shot_down|MDA|BLR"}},
		{"the government's own soldiers stay its own", "Ruritanian troops attacked Zorvian posts at dawn. The Zorvian army said 12 government soldiers were killed.",
			[]claimCue{{"12 government soldiers were killed", "said", "BLR"}}, ents,
			[]string{"12 government soldiers|killed|12|killed|BLR|BLR"}},
	})
}

// TestCounts21Communique: a statement that speaks in its own first person
// ("Our air defences", "nine of our soldiers") speaks for the party its
// title names as the issuer: "our" is that party's, "enemy" its enemy's
// (invented sentences; gold: a translated General Command communique;
// battery counts21: Egyptian and MILF communiques). A quoted "our" with no
// claim is not the document's own.
func TestCounts21Communique(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Communique of the General Staff of the Zorvian Armed Forces on the border fighting",
			"Ruritanian forces attacked Zorvian border posts at dawn on Sunday. Our units destroyed 11 enemy tanks. Seven of our soldiers were killed.",
			[]string{"11 enemy tanks|tank|11|destroyed|MDA|", "Seven of our soldiers|killed|7|killed|BLR|"}},
		{"Border fighting goes on",
			"Ruritanian forces attacked Zorvian border posts at dawn on Sunday. \"Seven of our soldiers were killed.\"",
			[]string{"Seven of our soldiers|killed|7|killed||"}},
	} {
		text := tc.title + "\n\n" + tc.body
		doc := docWith(t, text, nil, []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}})
		doc.Article.Title = tc.title
		when.New().Process(doc)
		s.Process(doc)
		if got := shownCounts(doc); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.body, got, tc.want)
		}
	}
}

// TestCounts21RegimeOpponent: a state speaker who names "the regime" in its
// own words fights the state the story calls a regime, though it names a
// third state too (invented sentences; gold: a Turkish daily's
// materiel list beside "no intention of clashing with Russia"; the list
// after "regime soldiers" is the regime's, not the third state's).
func TestCounts21RegimeOpponent(t *testing.T) {
	ents := []entitySpec{{"Ruritanian", "gpe", "MDA"}, {"Zorvian", "gpe", "BLR"}, {"Russia", "gpe", "RUS"}, {"Russian", "gpe", "RUS"}}
	checkCounts(t, []countCase{
		{"a third state named too", "Ruritanian drones hit Zorvian regime positions. The minister said the regime had lied, the regime would pay and Ruritania had no quarrel with Russia. He said his forces had destroyed 40 tanks.",
			[]claimCue{{"the regime had lied, the regime would pay and Ruritania had no quarrel with Russia", "said", "MDA"}, {"his forces had destroyed 40 tanks", "said", "MDA"}},
			append(ents, entitySpec{"Ruritania", "gpe", "MDA"}),
			[]string{"40 tanks|tank|40|destroyed|BLR|MDA"}},
	})
}

// TestCounts21Briefing: in a transcript's answers a speaker of no known side
// who says "we" and "our" speaks for the document's author, named by the
// title's place ("..., Eastbridge, 28 February (transcript)"); "heroes" and
// "mujahideen" are people (invented sentences; gold: a joint briefing's "We
// lost one MiG-21 Bison", a press conference's "One of our mujahideen was
// martyred"; battery counts21: "Three of our heroes were martyred").
func TestCounts21Briefing(t *testing.T) {
	s := loadStage(t)
	for _, tc := range []struct {
		title, body string
		want        []string
	}{
		{"Press briefing by the armed forces on the border, Minsk, 28 February (transcript)",
			"Colonel Arvo Tamm: We lost one helicopter. Two of our soldiers were injured.",
			[]string{"one helicopter|helicopter|1|lost|BLR|BLR", "Two of our soldiers|wounded|2|wounded|BLR|BLR"}},
		{"Communique of the General Staff of the Zorvian Armed Forces",
			"Three of our heroes were martyred and eleven of our mujahideen were wounded.",
			[]string{"Three of our heroes|killed|3|killed|BLR|", "eleven of our mujahideen|wounded|11|wounded|BLR|"}},
	} {
		text := tc.title + "\n\n" + tc.body
		doc := docWith(t, text, []claimCue{{"We lost one helicopter", "Colonel Arvo Tamm", ""}}[:boolInt(strings.Contains(text, "We lost"))],
			[]entitySpec{{"Zorvian", "gpe", "BLR"}})
		doc.Article.Title = tc.title
		if k := strings.Index(text, "Minsk"); k >= 0 {
			doc.Places = append(doc.Places, parallax.Place{ID: "p1", Start: k, End: k + len("Minsk"), Name: "Minsk", Country: "BY"})
		}
		when.New().Process(doc)
		s.Process(doc)
		if got := shownCounts(doc); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.body, got, tc.want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestCounts21RunningToll: "bringing the toll ... to N" after a killed
// count is a running total of the same people, with or without "death" and
// with a phrase of time before "to" (invented sentences; gold: "two Turkish
// soldiers had been killed ..., bringing the toll since the beginning of
// February to 56").
func TestCounts21RunningToll(t *testing.T) {
	ents := []entitySpec{{"Zorvian", "gpe", "BLR"}}
	checkCounts(t, []countCase{
		{"toll with a phrase of time", "The ministry said three Zorvian soldiers had been killed on Friday, bringing the toll since the start of the month to 41.",
			[]claimCue{{"three Zorvian soldiers had been killed on Friday, bringing the toll since the start of the month to 41", "said", "BLR"}}, ents,
			[]string{"three Zorvian soldiers|killed|3|killed|BLR|BLR", "41|killed|41|killed|BLR|BLR"}},
		{"no count before: no running toll", "The ministry said the talks were bringing the toll of the crisis to the fore.",
			[]claimCue{{"the talks were bringing the toll of the crisis to the fore", "said", "BLR"}}, ents, nil},
	})
}

// TestCounts21Newsroom: an outlet's own "our correspondent" is no party's
// first person (invented sentence; battery news7: "residents told our
// correspondent").
func TestCounts21Newsroom(t *testing.T) {
	s := loadStage(t)
	title := "Gunmen kill nine in Zorvian village"
	text := title + "\n\nMINSK - Gunmen killed nine villagers in Zorvian Lake district, residents told our correspondent."
	doc := docWith(t, text, []claimCue{{"Gunmen killed nine villagers in Zorvian Lake district", "residents", ""}}, []entitySpec{{"Zorvian", "gpe", "BLR"}})
	doc.Article.Title = title
	k := strings.Index(text, "MINSK")
	doc.Places = append(doc.Places, parallax.Place{ID: "p1", Start: k, End: k + len("MINSK"), Name: "Minsk", Country: "BY"})
	when.New().Process(doc)
	s.Process(doc)
	for _, c := range doc.Counts {
		if c.ClaimedBy != "" {
			t.Errorf("%s: claimed by %q, want none", show(doc, c), c.ClaimedBy)
		}
	}
}
