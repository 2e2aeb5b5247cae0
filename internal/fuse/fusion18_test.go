package fuse

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// Session 18, fusion lane: denials that answer a witness, a count of the
// item denied, or a claim of another segment. The invented parties of
// contra15_test.go: Orlan (X), Vessan (Y).

// TestWitnessDenial: a party's denial that answers no party's claim
// answers the witnesses (survivors, a doctor, a rights group: side "")
// who tell it in their own reporting act and in words the denial shares;
// not an agentless passive, not the reports a denial names inside itself,
// not another cue of the denial's own sentence, and not beside a party
// that asserts it.
func TestWitnessDenial(t *testing.T) {
	s1 := "Survivors said the jet came back and fired on villagers who were running from the market."
	s2 := "The Orlan air force denied that its jet had fired on villagers running from the market."
	s3 := "The Vessan ministry said the Orlan jet fired on villagers running from the market."
	witness := contraClaim{"", "assert", "the jet came back and fired on villagers who were running from the market"}
	denial := contraClaim{"X", "deny", "its jet had fired on villagers running from the market"}
	party := contraClaim{"Y", "assert", "the Orlan jet fired on villagers running from the market"}
	for _, tc := range []struct {
		name    string
		text    string
		claims  []contraClaim
		speaker string // the witness's words naming it
		parent  bool   // the witness's claim is reported inside the denial
		sameSay bool   // the witness's claim is told in the denial's sentence
		want    []string
	}{
		{"survivors", s1 + " " + s2, []contraClaim{witness, denial}, "Survivors", false, false,
			[]string{"denial:::=true,X=false"}},
		{"no one speaks", s1 + " " + s2, []contraClaim{witness, denial}, "", false, false, nil},
		{"the reports the denial names", s1 + " " + s2, []contraClaim{witness, denial}, "Survivors", true, false, nil},
		{"a cue of the denial's sentence", s1 + " " + s2, []contraClaim{witness, denial}, "Survivors", false, true, nil},
		{"a party asserts it too", s1 + " " + s3 + " " + s2, []contraClaim{witness, party, denial}, "Survivors", false, false,
			[]string{"denial:::Y=true,X=false"}},
	} {
		d := contraDoc{text: tc.text, claims: tc.claims}.doc(t)
		for i := range d.Claims {
			c := &d.Claims[i]
			c.Sentence = "sentence " + itoa(i)
			if c.Speaker.Side == "" {
				c.Speaker.Text = tc.speaker
				if tc.parent {
					c.Parent = d.Claims[len(d.Claims)-1].ID
				}
				if tc.sameSay {
					c.Sentence = "sentence " + itoa(len(d.Claims)-1)
				}
			}
		}
		if got := contradictionValues(t, d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLossDenialAnswersItsCount: a denial of losing an item answers the
// claim of another side that counts that item among the denier's losses,
// whose words it need not share ("a second helicopter had been lost" /
// "shot down two attack helicopters"); not a claim that counts another
// item, nor people (a denial about people must share the claim's matter).
func TestLossDenialAnswersItsCount(t *testing.T) {
	s2 := "A source in the Orlan ministry denied that a second helicopter had been lost."
	deny := contraClaim{"X", "deny", "a second helicopter had been lost"}
	for _, tc := range []struct {
		name, s1, words, claimed, item string
		n                              int
		want                           []string
	}{
		{"its helicopters", "The Vessan army said its gunners had downed two Orlan attack helicopters near Dorna.",
			"two Orlan attack helicopters", "its gunners had downed two Orlan attack helicopters near Dorna", "helicopter", 2,
			[]string{"denial:::Y=true,X=false"}},
		{"another item", "The Vessan army said its gunners had burnt two Orlan tanks near Dorna.",
			"two Orlan tanks", "its gunners had burnt two Orlan tanks near Dorna", "tank", 2, nil},
		{"people", "The Vessan army said its gunners had killed two Orlan pilots near Dorna.",
			"two Orlan pilots", "its gunners had killed two Orlan pilots near Dorna", "killed", 2, nil},
	} {
		cd := contraDoc{text: tc.s1 + " " + s2,
			claims: []contraClaim{{"Y", "assert", tc.claimed}, deny},
			counts: []contraCount{{claim: 0, item: tc.item, owner: "X", by: "Y", n: tc.n, words: tc.words}}}
		got := contradictionValues(t, cd.doc(t))
		got = slices.DeleteFunc(got, func(s string) bool { return s[:6] == "count:" })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: contradictions %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDenialOfAnotherSegment: a denial that points back to a claim
// ("rejected those figures") answers it though another segment of the
// article holds that claim (a campaign's tally "since July" beside the
// capture the story ends with); a denial that does not point back
// answers only the claims of its own incident.
func TestDenialOfAnotherSegment(t *testing.T) {
	tally := &claimF{id: "a:c1", side: "Y", stance: parallax.StanceAssert, stems: []uint32{1, 2, 3}}
	for _, tc := range []struct {
		name   string
		refers string
		want   int
	}{
		{"points back", "a:c1", 1},
		{"names its content", "", 0},
	} {
		d := &claimF{id: "a:c2", side: "X", stance: parallax.StanceDeny, stems: []uint32{7}, refers: tc.refers}
		v := &view{claims: map[string]*claimF{tally.id: tally, d.id: d}, inClaims: []*claimF{d}}
		got := v.denials(map[string]bool{}, map[string]string{})
		if len(got) != tc.want {
			t.Fatalf("%s: %d denials, want %d", tc.name, len(got), tc.want)
		}
		if tc.want == 1 && !slices.Equal(got[0].Between, []string{"X", "Y"}) {
			t.Errorf("%s: between %q", tc.name, got[0].Between)
		}
	}
}

// TestBegunHappeningIsTheStory: a segment that starts on the day the
// article says its happening began, weeks at most before the story's
// days, stays with the story, and so do the segments of the days between;
// the story's days start there only where the whole stays an incident's
// length, or where the story's own days are only a week's (an analysis
// written after the fighting: its days are the happening's first). A
// recalled clash of its own day, or a beginning too long ago
// (a war of a year before), stays a segment of its own.
func TestBegunHappeningIsTheStory(t *testing.T) {
	for _, tc := range []struct {
		name      string
		text      string
		acts      []string // event words
		days      []string // their dates, each the text of a date mention
		iso       []string
		want      []string // segmentEvents
		wantStart string
	}{
		{"a siege of weeks", "The siege of Korvel, which began on May 2, went on. On May 9 rebels shelled the market. On May 20 the rebels stormed the citadel.",
			[]string{"siege", "shelled", "stormed"}, []string{"May 2", "May 9", "May 20"}, []string{"2025-05-02", "2025-05-09", "2025-05-20"},
			[]string{"main:siege+shelled+stormed"}, "2025-05-20"},
		{"begun three days before", "The siege of Korvel, which began on May 17, went on. On May 20 the rebels stormed the citadel.",
			[]string{"siege", "stormed"}, []string{"May 17", "May 20"}, []string{"2025-05-17", "2025-05-20"},
			[]string{"main:siege+stormed"}, "2025-05-17"},
		{"a clash recalled", "Rebels attacked Korvel on May 2. On May 20 the rebels stormed the citadel.",
			[]string{"attacked", "stormed"}, []string{"May 2", "May 20"}, []string{"2025-05-02", "2025-05-20"},
			[]string{"main:stormed", "attacked"}, "2025-05-20"},
		{"a war of months before", "The war, which began on January 4, goes on. On May 20 the rebels stormed the citadel.",
			[]string{"war", "stormed"}, []string{"January 4", "May 20"}, []string{"2025-01-04", "2025-05-20"},
			[]string{"main:stormed", "war"}, "2025-05-20"},
		{"an analysis of the week after", "The siege of Korvel, which began on May 2, is over. On May 9 rebels shelled the market. This week both sides counted their dead.",
			[]string{"siege", "shelled", "counted"}, []string{"May 2", "May 9", "This week"}, []string{"2025-05-02", "2025-05-09", "2025-05-19"},
			[]string{"main:siege+shelled+counted"}, "2025-05-02"},
	} {
		d := &parallax.Document{Article: parallax.Article{ID: "a", Published: "2025-05-20"}, Text: tc.text}
		for i, act := range tc.acts {
			a := strings.Index(tc.text, act)
			m := strings.Index(tc.text, tc.days[i])
			day := parallax.DateRange{Start: tc.iso[i], End: tc.iso[i], Precision: "day", Text: tc.days[i]}
			if tc.days[i] == "This week" {
				day.End, day.Precision = "2025-05-25", "week"
			}
			d.Dates = append(d.Dates, parallax.DateMention{Span: parallax.Span{Start: m, End: m + len(tc.days[i])}, Date: day})
			d.Events = append(d.Events, parallax.Event{ID: "e" + itoa(i+1), Type: parallax.EventBattles, CAMEO: "190",
				Start: a, End: a + len(act), Date: day})
		}
		pub, _ := dayNumber(d.Article.Published)
		segs := segmentArticle(d, 0, pub, 2, 6, nil, nil)
		if got := segmentEvents(d, segs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: segments %q, want %q", tc.name, got, tc.want)
			continue
		}
		want, _ := dayNumber(tc.wantStart)
		for _, s := range segs {
			if s.main && s.start != want {
				t.Errorf("%s: the story starts on day %d, want %d", tc.name, s.start, want)
			}
		}
	}
}
