package quantity

import (
	"strings"
	"testing"

	"github.com/parallaxhq/parallax"
)

// TestAuthorityOwners: in a story where one separatist authority speaks,
// counts its words call the separatists' and the civilians it counts
// take the authority as owner; other counts keep theirs, and a story
// where no authority speaks changes nothing.
func TestAuthorityOwners(t *testing.T) {
	text := "Federal troops killed 120 rebel fighters near Aba. The army said 40 soldiers died. " +
		"A Biafran spokesman said rebel losses were \"no more than 15 men\" and that 30 civilians had been killed."
	count := func(phrase, item, owner, by string) parallax.Count {
		i := strings.Index(text, phrase)
		return parallax.Count{Start: i, End: i + len(phrase), Item: item, Owner: owner, ClaimedBy: by}
	}
	cases := []struct {
		name    string
		speaker string
		in      parallax.Count
		want    string
	}{
		{"rebel fighters", "BIAFRA", count("120 rebel fighters", "killed", "", "NGA"), "BIAFRA"},
		{"soldiers keep their state", "BIAFRA", count("40 soldiers", "killed", "NGA", "NGA"), "NGA"},
		{"rebel losses before the figure", "BIAFRA", count("15 men", "killed", "NGA", "BIAFRA"), "BIAFRA"},
		{"civilians the authority counts", "BIAFRA", count("30 civilians", "killed", "NGA", "BIAFRA"), "BIAFRA"},
		{"no authority speaks", "NGA", count("120 rebel fighters", "killed", "", "NGA"), ""},
		{"out of the authority's days", "BIAFRA", count("120 rebel fighters", "killed", "", "NGA"), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			day := "1968-09-04"
			if tc.name == "out of the authority's days" {
				day = "2021-09-04"
			}
			doc := &parallax.Document{Article: parallax.Article{Published: day}, Text: text}
			doc.Claims = []parallax.Claim{{Speaker: parallax.Speaker{Side: tc.speaker}}}
			doc.Counts = []parallax.Count{tc.in}
			authorityOwners(doc)
			if got := doc.Counts[0].Owner; got != tc.want {
				t.Errorf("owner %q, want %q", got, tc.want)
			}
		})
	}
}
