package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/testutil"
	"github.com/parallaxhq/parallax/internal/when"
)

// TestSeedsWithHandClaims gives the seed articles the claims a claim stage
// should find around their counts (spans and speaker sides written by hand)
// and checks every count of the seeds' hand gold: item, n, owner, claimed_by.
func TestSeedsWithHandClaims(t *testing.T) {
	s := loadStage(t)
	claims := map[string][]claimSpec{
		"000": {
			{"his forces managed to destroy a large number of Armenian military installations and vehicles deep within the front line, including 12 “OSA” anti-aircraft missile systems", "AZE"},
			{"the Armenian army shot down an Azerbaijani military helicopter near the “Tartar” site in the region, and the helicopter crew survived", "AZE"},
			{"its forces shot down two helicopters and three drones for Azerbaijan in response to this attack", "ARM"},
		},
		"001": {
			{"it shot down two Azerbaijani helicopters and destroyed three tanks in fighting around the disputed Nagorno-Karabakh territory", "ARM"},
			{"it had destroyed four Azerbaijani helicopters, 15 drones and 10 tanks during the clashes early Sunday morning", "NKR"},
		},
		"003": {
			{"the death of two military contractors and the wounding of 14 soldiers", "NKR"},
			{"the death of an Azerbaijani soldier", "AZE"},
		},
	}
	want := map[string][]string{ // article: span|item|n|owner|claimed_by
		"000": {"12 “OSA” anti-aircraft missile systems|air_defense|12|ARM|AZE", "an Azerbaijani military helicopter|helicopter|1|AZE|AZE",
			"two helicopters|helicopter|2|AZE|ARM", "three drones|drone|3|AZE|ARM"},
		"001": {"two Azerbaijani helicopters|helicopter|2|AZE|ARM", "three tanks|tank|3|AZE|ARM", "four Azerbaijani helicopters|helicopter|4|AZE|NKR",
			"15 drones|drone|15|AZE|NKR", "10 tanks|tank|10|AZE|NKR"},
		"003": {"two military contractors|killed|2|NKR|NKR", "14 soldiers|wounded|14|NKR|NKR", "an Azerbaijani soldier|killed|1|AZE|AZE",
			"30,000 people|killed|30000||"}, // background, reporter's voice
		// not in the hand gold, which lists no 004 counts, but a count all the same
		"004": {"a vehicle|vehicle|1|AZE|"},
	}
	for _, a := range testutil.Seeds(t) {
		doc := &parallax.Document{Article: a, Text: a.Body}
		for i, c := range claims[a.ID] {
			k := strings.Index(doc.Text, c.span)
			if k < 0 {
				t.Fatalf("%s: claim %q not in the text", a.ID, c.span)
			}
			doc.Claims = append(doc.Claims, parallax.Claim{ID: fmt.Sprintf("c%d", i+1), Start: k, End: k + len(c.span), Speaker: parallax.Speaker{Side: c.side}})
		}
		when.New().Process(doc)
		s.Process(doc)
		got := map[string]bool{}
		for _, c := range doc.Counts {
			if c.N == nil {
				continue
			}
			got[fmt.Sprintf("%s|%s|%d|%s|%s", doc.Text[c.Start:c.End], c.Item, *c.N, c.Owner, c.ClaimedBy)] = true
		}
		for _, w := range want[a.ID] {
			if !got[w] {
				t.Errorf("%s: missing %s; got %v", a.ID, w, got)
			}
		}
		if len(got) != len(want[a.ID]) {
			t.Errorf("%s: %d counts with a number, want %d: %v", a.ID, len(got), len(want[a.ID]), got)
		}
	}
}
